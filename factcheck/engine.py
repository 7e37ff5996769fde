"""Run the selected checks over a claim graph and apply the claims' own waivers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from factcheck.checks.context import Context
from factcheck.checks.registry import RULES, Rule
from factcheck.culprit import Localisation, localise
from factcheck.findings import Implied, Outcome, Severity, Verdict
from factcheck.graph import ClaimGraph


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


def run_checks(graph: ClaimGraph, rules: list[Rule], context: Context | None = None) -> FileReport:
    ctx = context or Context(graph)
    report = FileReport(graph)
    selected = {r.code for r in rules}
    for rule in rules:
        for result in rule.run(ctx):
            if isinstance(result, Implied):
                report.implied.append(result)
            elif result.code in selected or result.code == "FC403":
                sev = RULES[result.code].severity if result.code in RULES else rule.severity
                # (a copy only when the severity changes: replace() costs more than a check)
                report.outcomes.append(result if result.severity is sev
                                       else replace(result, severity=sev))
    _apply_waivers(report, selected)
    # each claim's place read once, not once per outcome naming it
    starts = {cid: (n.quote_span.start if n.quote_span else -1) for cid, n in graph.by_id.items()}
    report.outcomes.sort(key=lambda o: (_order(starts, o), o.code, o.claim_ids, o.message))
    report.implied.sort(key=lambda i: (_first_quote(graph, i.claim_ids), i.claim_ids, i.description))
    report.localisation = localise(graph, rules, ctx, report.outcomes)
    return report


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


def _apply_waivers(report: FileReport, selected: set[str]) -> None:
    """A failing check is waived by any claim it involves that waives its code."""
    used: set[tuple[str, str]] = set()
    waived: list[Outcome] = []
    for o in report.outcomes:
        reason = None
        if o.verdict is Verdict.FAIL:
            for cid in o.claim_ids:
                node = report.graph.by_id.get(cid)
                if node is not None and o.code in node.claim.ignore:
                    reason = node.claim.ignore[o.code]
                    used.add((cid, o.code))
                    break
        waived.append(o if reason is None else replace(o, verdict=Verdict.WAIVED,
                                                         waiver_reason=reason))
    report.outcomes = waived
    if "FC105" not in selected:
        return
    for node in report.graph.nodes:
        for code in sorted(node.claim.ignore):
            # a waiver of a check that did not run this time cannot be judged unused
            if code in selected and (node.id, code) not in used:
                report.outcomes.append(Outcome(
                    "FC105", Verdict.FAIL, (node.id,),
                    f"The waiver of {code} on claim {node.id!r} suppresses nothing; remove it.",
                    severity=Severity.WARNING))
