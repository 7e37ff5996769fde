"""Declaring checks: each is declared once, with code, name, summary and documentation.

``factcheck rules``, ``--select``/``--ignore``, every report format and docs/checks.md
all come from these declarations.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.report.findings import Implied, Outcome, Severity

if TYPE_CHECKING:
    from factcheck.checks.context import Context

Result = Outcome | Implied
CheckFunction = Callable[["Context"], Iterable[Result]]

FAMILIES = {
    "FC1": "Fidelity and coverage",
    "FC2": "Growth and change",
    "FC3": "Shares and structure",
    "FC4": "Totals and parts",
    "FC5": "Labels, spans and time",
    "FC6": "Reference data",
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    severity: Severity
    doc: str
    function: CheckFunction
    # other codes its function reports where it meets them (FC203 from FC213)
    emits: tuple[str, ...] = ()
    # runs after the others, on their settled outcomes (``Context.earlier``)
    reads_outcomes: bool = False
    # the checks whose relations it judges first (FC403: units), run whenever they run
    guards: tuple[str, ...] = ()
    # the kinds of discovered relation (``factcheck.discover.relation.RelationKind``) whose
    # findings carry this code
    discovered: tuple[str, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code an outcome of this check may carry."""
        return (self.code, *self.emits)

    @property
    def family(self) -> str:
        return FAMILIES[self.code[:3]]

    def run(self, context: Context) -> Iterator[Result]:
        yield from self.function(context)


RULES: dict[str, Rule] = {}


def check(
    code: str, name: str, summary: str, severity: Severity = Severity.ERROR, *,
    emits: tuple[str, ...] = (), reads_outcomes: bool = False,
    guards: tuple[str, ...] = (), discovered: tuple[str, ...] = (),
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under a stable code.

    ``emits`` names the other codes the function reports (each is declared on its own,
    with its severity and documentation); ``reads_outcomes`` runs it after the others;
    ``guards`` names the checks whose relations this one judges first (selecting one of
    them selects it too, unless it is ignored); ``discovered`` names the kinds of
    discovered relation whose findings carry the code.
    """

    def register(function: CheckFunction) -> CheckFunction:
        if code in RULES:
            raise RuntimeError(f"check code {code} declared twice")
        if code[:3] not in FAMILIES:
            raise RuntimeError(f"check code {code} is in no family")
        RULES[code] = Rule(code, name, summary, severity, inspect.cleandoc(function.__doc__ or ""),
                           function, tuple(emits), reads_outcomes, tuple(guards),
                           tuple(discovered))
        return function

    return register
