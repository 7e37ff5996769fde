"""The checks: one module per family, each declaring its checks in the registry.

This package lists the declared checks (importing it imports every family); the
registry itself imports no check, so declaring and listing never form a cycle.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.checks import (  # noqa: F401 - importing declares the checks
    change,
    comparable,
    coverage,
    fidelity,
    growth,
    labels_time,
    relations,
    review,
    shares,
    sources,
    totals,
)
from factcheck.checks.registry import RULES, Rule


def all_rules() -> list[Rule]:
    """Every declared check, by code."""
    return [RULES[c] for c in sorted(RULES)]


def rules_to_run(selected: Iterable[str]) -> list[Rule]:
    """The declared checks whose outcomes can carry a selected code, by code."""
    wanted = set(selected)
    return [r for r in all_rules() if not wanted.isdisjoint(r.codes)]


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """Rules whose code starts with a selected prefix and with no ignored prefix."""
    chosen = [p.strip().upper() for p in select if p.strip()]
    dropped = [p.strip().upper() for p in ignore if p.strip()]
    rules = all_rules()
    for prefix in (*chosen, *dropped):
        if prefix != "ALL" and not any(r.code.startswith(prefix) for r in rules):
            from factcheck.core.i18n import N_, Message
            from factcheck.core.suggest import did_you_mean

            raise ValueError(Message(N_("no check code starts with {prefix}{hint}"),
                                     prefix=repr(prefix),
                                     hint=did_you_mean(prefix, [r.code for r in rules
                                                                if len(r.code) == len(prefix)],
                                                       0.7)))
    out = []
    for rule in rules:
        if any(rule.code.startswith(p) for p in dropped):
            continue
        # a check that judges the relations of a chosen one first comes with it: a relation
        # it stops is otherwise reported by nobody
        if chosen and "ALL" not in chosen and not any(
                code.startswith(p) for code in (rule.code, *rule.guards) for p in chosen):
            continue
        out.append(rule)
    return out


def codes_of_discovered(kind: str) -> tuple[str, ...]:
    """The codes whose findings a discovered relation of this kind may carry, by code."""
    return tuple(r.code for r in all_rules() if kind in r.discovered)
