"""Trailing zeros: a relation that fails only because 97,000 was read as exact.

An integer printed without a multiplier is exact unless the claims file declares its
rounding (``rounded-to``). Releases often round such counts to their trailing zeros
(97,000 to the thousand, 120,000 to the ten thousand). When a failed check passes once the
undeclared round integers it reads are taken as rounded to their zeros, the failure is
reported as a warning that names the rounding and how to declare it, not as an error.
A declared rounding stays as it is; the outcome keeps the code its check declared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from factcheck.checks.context import Context
from factcheck.checks.registry import Rule
from factcheck.claims.graph import ClaimGraph, Node
from factcheck.claims.values import Figure, Range, rounded_to
from factcheck.core.i18n import N_, Message, joined
from factcheck.numbers.reading import Qualifier, UnitKind
from factcheck.report.findings import Outcome, Severity, Verdict

# a failed check is re-run at most this many times (each run is one check on one trial graph),
# and the outcomes all trials compute together stay under MAX_WORK (a deterministic budget:
# the same input stops at the same trial)
MAX_TRIALS = 50
MAX_WORK = 20_000


def zeros_step(node: Node) -> int | None:
    """The rounding a round integer amount would have if rounded to its trailing zeros
    (97,000 → 1000), or None: not an exact integer amount printed without a multiplier,
    no trailing zero, fewer than two significant digits (600, 40), or a rounding the claims
    file declares already."""
    value = node.value
    if not isinstance(value, Figure) or isinstance(value, Range):
        return None
    if node.claim.rounded_to is not None:
        return None
    r = value.reading
    if (r.unit_kind is not UnitKind.AMOUNT or r.qualifier is not Qualifier.EXACT
            or r.decimals or r.scale != 1 or r.value.denominator != 1 or r.value == 0
            or r.interval.lo != r.interval.hi):
        return None
    digits = str(abs(r.value.numerator))
    significant = digits.rstrip("0")
    # at least two significant digits must remain: 97,000 may be rounded to the thousand
    # (half a step is 0.5%), but 600 to the hundred or 40 to the ten would be a quarter or
    # an eighth of the figure, no longer a rounding but another figure
    if len(significant) < 2:
        return None
    zeros = len(digits) - len(significant)
    return 10 ** zeros if zeros else None


def soften(outcomes: list[Outcome], graph: ClaimGraph, rules: Iterable[Rule],
           context: Context) -> list[Outcome]:
    """``outcomes`` with each error-level arithmetic failure that round integers read as
    rounded would pass turned into a warning saying so."""
    if graph.source.claims.rounded_to is not None:
        return outcomes  # the file declares how its integers are rounded
    failing = [k for k, o in enumerate(outcomes)
               if o.verdict is Verdict.FAIL and o.severity is Severity.ERROR
               and not o.undetermined and not o.code.startswith(("FC1", "FC5"))]
    if not failing:
        return outcomes
    by_code = {code: rule for rule in rules if not rule.reads_outcomes for code in rule.codes}
    out = list(outcomes)
    work = [0]
    for k in failing[:MAX_TRIALS]:
        if work[0] > MAX_WORK:
            break
        o = outcomes[k]
        rule = by_code.get(o.code)
        steps = {cid: s for cid in o.claim_ids
                 if (n := graph.by_id.get(cid)) is not None and (s := zeros_step(n))}
        if rule is None or not steps:
            continue
        if _passes(o, rule, graph, steps, context, work):
            out[k] = replace(o, severity=Severity.WARNING,
                             message=joined([o.message, _advice(graph, steps)], ""))
    return out


def _passes(o: Outcome, rule: Rule, graph: ClaimGraph, steps: dict[str, int],
            context: Context, work: list[int]) -> bool:
    from factcheck.report.culprit import _with_values

    changes: dict[str, Figure] = {}
    for cid, step in steps.items():
        value = graph.by_id[cid].value
        assert isinstance(value, Figure)
        changes[cid] = rounded_to(value, step)
    trial = replace(context, graph=_with_values(graph, changes), hints=False)
    try:
        results = [r for r in rule.run(trial) if isinstance(r, Outcome)]
    except (ArithmeticError, ValueError, TypeError):
        return False
    work[0] += len(results) + len(graph.nodes)
    same = [r for r in results if (r.code, r.claim_ids, r.subject) == (o.code, o.claim_ids, o.subject)]
    return bool(same) and all(r.verdict in (Verdict.PASS, Verdict.ROUNDING) for r in same)


def _advice(graph: ClaimGraph, steps: dict[str, int]) -> Message:
    named = joined([Message(N_("{value} ({claim}) to the nearest {step}"),
                            value=graph.by_id[cid].claim.value.strip(), claim=cid,
                            step=f"{step:,}") for cid, step in steps.items()], ", ")
    return Message(N_(" It holds if the round figures are rounded: {named}. If the release "
                      "rounds them, declare it with `rounded-to: {first}` on the claim (or for "
                      "the whole file); a declared rounding is not a failure."),
                   named=named, first=next(iter(steps.values())))
