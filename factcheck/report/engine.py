"""Run the selected checks over a claim graph; settle every outcome in one place."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from factcheck.checks import rules_to_run
from factcheck.checks.context import Context
from factcheck.checks.registry import RULES, Rule
from factcheck.claims.graph import ClaimGraph
from factcheck.core.i18n import N_, Message, joined
from factcheck.report.culprit import Localisation, localise
from factcheck.report.findings import Implied, Outcome, Severity, Verdict

if TYPE_CHECKING:
    from factcheck.claims.provenance import Provenance


@dataclass
class FileReport:
    """Everything one claims file produced: outcomes in a stable order, implied values."""

    graph: ClaimGraph
    outcomes: list[Outcome] = field(default_factory=list)
    implied: list[Implied] = field(default_factory=list)
    # the figures most likely at fault when checks fail (None: nothing to localise)
    localisation: Localisation | None = None

    @property
    def path(self) -> str:
        return self.graph.source.path

    def count(self, verdict: Verdict, severity: Severity | None = None) -> int:
        return sum(1 for o in self.outcomes if o.verdict is verdict
                   and (severity is None or o.severity is severity))


# No claims file: quoting, coverage, waiver and calendar checks say nothing about claims
# drafted from the text itself.
NOT_FOR_DISCOVERED = ("FC1", "FC5")


def run_checks(graph: ClaimGraph, rules: list[Rule], context: Context | None = None) -> FileReport:
    """Run every check whose outcomes can carry a selected code, then settle its outcomes."""
    selected = frozenset(r.code for r in rules if not (
        graph.source.discovered and r.code.startswith(NOT_FOR_DISCOVERED)))
    ctx = replace(context or Context(graph), selected=selected)
    from factcheck.checks.comparable import prepare

    prepare(graph, ctx.tolerances)
    report = FileReport(graph)
    raw: list[tuple[Rule, Outcome]] = []
    late: list[Rule] = []
    for rule in rules_to_run(selected):
        if rule.reads_outcomes:
            late.append(rule)
            continue
        for result in rule.run(ctx):
            if isinstance(result, Implied):
                if rule.code in selected:
                    report.implied.append(result)
            else:
                raw.append((rule, result))
    outcomes = settle(raw, graph, selected)
    if late:
        after = replace(ctx, earlier=tuple(outcomes))
        outcomes += settle([(rule, r) for rule in late for r in rule.run(after)
                            if isinstance(r, Outcome)], graph, selected)
    from factcheck.report.rounding import soften

    # a relation that fails only because round integers were read as exact is a warning
    report.outcomes = soften(outcomes, graph, rules_to_run(selected), ctx)
    # each claim's place read once, not once per outcome naming it
    starts = {cid: (n.quote_span.start if n.quote_span else -1) for cid, n in graph.by_id.items()}
    report.outcomes.sort(key=lambda o: (_order(starts, o), o.code, o.claim_ids, o.message))
    report.implied.sort(key=lambda i: (_first_quote(graph, i.claim_ids), i.claim_ids, i.description))
    report.localisation = localise(graph, rules, ctx, report.outcomes)
    return report


class UndeclaredCode(RuntimeError):
    """A check reported a code it does not declare: a programming error, not bad input."""


def settle(results: Iterable[tuple[Rule, Outcome]], graph: ClaimGraph,
           selected: frozenset[str]) -> list[Outcome]:
    """The one place every outcome passes through before any report sees it.

    Each outcome comes with the check that reported it, and its code must be one that
    check declares (its own or one it ``emits``): ``--select`` runs checks by their
    declared codes, so an undeclared code would vanish from a selection. An outcome that
    breaks this raises ``UndeclaredCode``.

    Then, in order: only selected codes are kept (every code, FC403 included); each outcome takes
    the severity its code is declared with; the alternative readings of a discovered
    relation leave one outcome (one that holds, else the first); a failure resting on a
    low-confidence discovered relation becomes a note and shows its evidence; a failure
    whose claim waives the code is waived.
    """
    kept: list[Outcome] = []
    for check, o in results:
        if o.code not in check.codes:
            raise UndeclaredCode(f"check {check.code} reported the undeclared code {o.code} "
                                 f"(it declares {', '.join(check.codes)})")
        if o.code not in selected:
            continue
        rule = RULES.get(o.code)
        if rule is None:
            raise UndeclaredCode(f"a check reported the undeclared code {o.code}")
        # (a copy only when the severity changes: replace() costs more than a check)
        kept.append(o if o.severity is rule.severity else replace(o, severity=rule.severity))
    provenance = graph.provenance
    if provenance is not None:
        kept = _discovered(kept, provenance)
    return [_waived(o, graph) for o in kept]


def _waived(o: Outcome, graph: ClaimGraph) -> Outcome:
    if o.verdict is not Verdict.FAIL:
        return o
    waiver = graph.waiver_of(o.code, o.claim_ids)
    if waiver is None:
        return o
    return replace(o, verdict=Verdict.WAIVED, waiver_reason=waiver[1])


def _discovered(outcomes: list[Outcome], provenance: Provenance) -> list[Outcome]:
    """Readings and evidence of discovered relations."""
    evidence = [provenance.evidence_for(o.code, o.claim_ids) for o in outcomes]
    dropped: set[int] = set()
    notes: dict[int, str] = {}
    for readings in provenance.readings:
        reading_of = {a.carrier: a.reading for a in readings.alternatives}
        groups: dict[str, list[int]] = {}
        for k, o in enumerate(outcomes):
            if o.claim_ids and o.claim_ids[0] in reading_of \
                    and any(e.relation == readings.relation for e in evidence[k]):
                groups.setdefault(o.code, []).append(k)
        for ks in groups.values():
            tried = []
            for k in ks:
                o = outcomes[k]
                reading = reading_of[o.claim_ids[0]]
                if reading in o.claim_ids:  # (a check of the carrier alone reads no whole)
                    mark = "✗" if o.verdict is Verdict.FAIL else "✓"
                    tried.append(f"{readings.role} {reading} {mark}")
            holding = [k for k in ks if outcomes[k].verdict is not Verdict.FAIL]
            keep = holding[0] if holding else ks[0]
            dropped.update(k for k in ks if k != keep)
            if tried:
                notes[keep] = joined([notes.get(keep, ""), Message(
                    N_(" Readings tried: {readings}."), readings="; ".join(tried))], "")
    out: list[Outcome] = []
    for k, o in enumerate(outcomes):
        if k in dropped:
            continue
        if not evidence[k]:
            out.append(o)
            continue
        message = joined([o.message, notes.get(k, "")], "")
        severity = o.severity
        weakest = min(evidence[k], key=lambda e: e.confidence)
        if not weakest.confident and o.verdict is Verdict.FAIL:
            severity = Severity.NOTE
            message = Message(N_("Low-confidence relation, not a failure: {message}"),
                              message=message)
        message = Message(N_("{message} [discovered: {why}; {cues}]"), message=message,
                          why=Message(weakest.why), cues=Message(weakest.cues))
        out.append(replace(o, message=message, severity=severity))
    return out


def _first_quote(graph: ClaimGraph, ids: tuple[str, ...]) -> int:
    starts = [n.quote_span.start for n in (graph.by_id.get(i) for i in ids)
              if n is not None and n.quote_span is not None]
    return min(starts, default=-1)


def _order(starts: dict[str, int], outcome: Outcome) -> int:
    """Where an outcome sorts: the place of its first claim, else its own place."""
    for cid in outcome.claim_ids:
        start = starts.get(cid)
        if start is not None:
            return start
    if outcome.article_offset is not None:
        return outcome.article_offset[0]
    return -1
