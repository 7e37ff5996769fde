"""A run flattened into rows: one ``Finding`` per check performed, with every place it points.

The machine formats (JSON, SARIF, JUnit, GitHub, Markdown) all render these rows, so they
carry the same findings. Positions come from the claims file as loaded; nothing is read here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.core.errors import InputError, Location, visible
from factcheck.core.exact import exact
from factcheck.core.i18n import _
from factcheck.report.findings import (
    SEVERITY_RANK,
    Category,
    Number,
    Outcome,
    Severity,
    Verdict,
    blocks,
    category,
    category_counts,
)

if TYPE_CHECKING:
    from factcheck.core.interval import Interval
    from factcheck.report.engine import FileReport
    from factcheck.report.result import RunResult

__all__ = ["SEVERITY_RANK", "Finding", "findings", "visible_strings"]


def visible_strings(data: object) -> object:
    """A JSON document (dicts, lists, strings, numbers) with every string value passed
    through ``visible`` keeping its line breaks (JSON escapes those): a quote's
    bidirectional control is the six characters ``\\u202e`` in the value itself, so a
    tool that prints the value (``jq -r``) shows it too. Keys are factcheck's own."""
    if isinstance(data, str):
        return visible(data, lines=True)
    if isinstance(data, dict):
        return {key: visible_strings(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [visible_strings(value) for value in data]
    return data


@dataclass(frozen=True)
class Finding:
    """One check performed, as every format reports it."""

    file: str
    code: str
    name: str
    severity: Severity
    verdict: Verdict
    message: str
    arithmetic: str | None
    discrepancy: str | None
    claim_ids: tuple[str, ...]
    subject: str | None
    waiver_reason: str | None
    numbers: tuple[Number, ...]
    claim: Location | None  # the claim (or waiver) in the claims file
    article: Location | None  # the quoted text in the article
    primary: Location  # where an annotation goes: the claim, else the article, else the file
    outcome: Outcome  # what the finding reports, for its category and fail level

    @property
    def failed(self) -> bool:
        return self.verdict is Verdict.FAIL

    @property
    def target(self) -> str:
        """What the check was about: the first claim id, the subject, or the file."""
        if self.claim_ids:
            return self.claim_ids[0]
        return self.subject or "file"

    @property
    def category(self) -> Category:
        return category(self.outcome)

    def blocks(self, fail_on: Severity) -> bool:
        """Whether this finding makes the run fail at ``fail_on``."""
        return blocks(self.outcome, fail_on)


def findings(report: FileReport) -> list[Finding]:
    """Every outcome of a file, in the report's order."""
    from factcheck.checks.registry import RULES

    ends = _mapping_ends(report)
    out: list[Finding] = []
    for o in report.outcomes:
        rule = RULES.get(o.code)
        claim = _claim_location(report, o, ends)
        article = _article_location(report, o)
        primary = claim or article or Location(report.path)
        out.append(Finding(
            report.path, o.code, rule.name if rule else o.code, o.severity, o.verdict, _(o.message),
            _(o.arithmetic) if o.arithmetic else o.arithmetic,
            _(o.discrepancy) if o.discrepancy else o.discrepancy, o.claim_ids, o.subject,
            o.waiver_reason, o.numbers,
            claim, article, primary, o,
        ))
    return out


def _mapping_ends(report: FileReport) -> dict[tuple[str, int], tuple[int, int]]:
    """The end of the last one-line value written in each claim and waiver mapping.

    A block mapping's own end runs on to the next item (past comments and blank lines), and
    so does a nested block mapping (``ignore:``); the last one-line value ends where a
    reader expects the region to end.
    """
    ends: dict[tuple[str, int], tuple[int, int]] = {}
    for path, loc in report.graph.source.positions.spans.items():
        if len(path) < 3 or path[0] not in ("claims", "waivers") or not isinstance(path[1], int):
            continue
        if loc.end_line is not None and loc.end_line != loc.line:
            continue
        end = (loc.end_line or loc.line, loc.end_column or loc.column)
        key = (str(path[0]), path[1])
        if key not in ends or end > ends[key]:
            ends[key] = end
    return ends


def _claim_location(report: FileReport, o: Outcome,
                    ends: dict[tuple[str, int], tuple[int, int]]) -> Location | None:
    graph = report.graph
    index: tuple[str, int] | None = None
    for cid in o.claim_ids:
        node = graph.by_id.get(cid)
        if node is not None:
            index = ("claims", node.index)
            break
    if index is None and o.waiver is not None and o.waiver < len(graph.waivers):
        index = ("waivers", o.waiver)
    if index is None:
        return None
    start = graph.source.positions.at(index)
    end_line, end_column = ends.get(index, (start.end_line or start.line,
                                            start.end_column or start.column))
    return Location(start.path, start.line, start.column, end_line, end_column)


def _article_location(report: FileReport, o: Outcome) -> Location | None:
    graph = report.graph
    span: tuple[int, int] | None = None
    for cid in o.claim_ids:
        node = graph.by_id.get(cid)
        if node is not None and node.quote_span is not None:
            span = (node.quote_span.start, node.quote_span.end)
            break
    if span is None:
        span = o.article_offset
    if span is None:
        return None
    # the graph's line index: a scan from the top per outcome is quadratic on big files
    line, column = graph.lines.position(span[0])
    end_line, end_column = graph.lines.position(max(span[1] - 1, span[0]))
    return Location(graph.source.article.path, line, column, end_line, end_column)


def culprit(report: FileReport) -> tuple[Location, str, tuple[str, ...]] | None:
    """The likely culprit of a file's failing checks: where to look (the suspected claim,
    else the file), the sentence, and the suspected claim ids; None when nothing failed."""
    loc = report.localisation
    if loc is None:
        return None
    where = Location(report.path)
    single = loc.single
    ids: tuple[str, ...] = ()
    if single is not None:
        ids = single.claim_ids
        node = report.graph.by_id.get(ids[0])
        if node is not None:
            start = report.graph.source.positions.at(("claims", node.index))
            where = Location(start.path, start.line, start.column)
    return where, _(loc.sentence()), ids


def interval_data(iv: Interval) -> dict[str, object]:
    return {
        "lo": None if iv.lo is None else exact(iv.lo),
        "hi": None if iv.hi is None else exact(iv.hi),
        "lo_closed": iv.lo_closed,
        "hi_closed": iv.hi_closed,
    }


def number_data(n: Number) -> dict[str, object]:
    return {
        "name": n.name,
        "display": n.display,
        "value": None if n.value is None else exact(n.value),
        "interval": None if n.interval is None else interval_data(n.interval),
    }


def location_data(loc: Location | None) -> dict[str, object] | None:
    if loc is None:
        return None
    return {"path": loc.path, "line": loc.line, "column": loc.column,
            "end_line": loc.end_line or loc.line, "end_column": loc.end_column or loc.column}


def error_data(error: InputError) -> dict[str, object]:
    data = location_data(error.location)
    assert data is not None
    return {**data, "message": _(error.message)}


def verdict_counts(rows: list[Finding]) -> dict[str, int]:
    """Checks by outcome; a failed check below error severity counts as a warning."""
    counts = category_counts(f.outcome for f in rows)
    # (the key order of the JSON schema, which predates the categories)
    return {c.value: counts[c] for c in (Category.PASS, Category.ROUNDING, Category.FAIL,
                                          Category.WARNING, Category.WAIVED,
                                          Category.UNDETERMINED)}


@dataclass(frozen=True)
class CodeStatistics:
    code: str
    name: str
    severity: Severity
    checks: int
    passed: int
    failed: int
    waived: int
    # failed below error severity: counted as the summary counts them, not as failures
    warned: int = 0
    # could not be evaluated (a divisor that may be 0): counted apart, never a pass
    undetermined: int = 0


def statistics(result: RunResult) -> list[CodeStatistics]:
    """Per check code: how often it ran and how it came out, by code, each outcome in its
    category (``findings.category``), as every summary counts it."""
    from factcheck.checks.registry import RULES

    runs: Counter[str] = Counter()
    by: Counter[tuple[str, Category]] = Counter()
    for report in result.reports:
        for o in report.outcomes:
            runs[o.code] += 1
            by[(o.code, category(o))] += 1
    out = []
    for code in sorted(runs):
        rule = RULES.get(code)
        out.append(CodeStatistics(
            code, rule.name if rule else code, rule.severity if rule else Severity.ERROR,
            runs[code], by[(code, Category.PASS)] + by[(code, Category.ROUNDING)],
            by[(code, Category.FAIL)], by[(code, Category.WAIVED)],
            by[(code, Category.WARNING)], by[(code, Category.UNDETERMINED)]))
    return out


def statistics_text(rows: list[CodeStatistics]) -> str:
    """Per code, like ``ruff --statistics``: how often each check ran and how it came out."""
    lines = [f"{'code':<6} {'name':<28} {'severity':<8} {'checks':>6} {'pass':>6} {'fail':>6} "
             f"{'warning':>7} {'waived':>6} {'undetermined':>12}"]
    for s in rows:
        lines.append(f"{s.code:<6} {s.name:<28} {s.severity.value:<8} {s.checks:>6} "
                     f"{s.passed:>6} {s.failed:>6} {s.warned:>7} {s.waived:>6} "
                     f"{s.undetermined:>12}")
    return "\n".join(lines) + "\n"


def statistics_json(rows: list[CodeStatistics]) -> str:
    import json

    return json.dumps([{"code": s.code, "name": s.name, "severity": s.severity.value,
                        "checks": s.checks, "pass": s.passed, "fail": s.failed,
                        "warning": s.warned, "waived": s.waived,
                        "undetermined": s.undetermined} for s in rows],
                      ensure_ascii=False, indent=2, sort_keys=True) + "\n"
