"""The report a journalist reads: rich on a terminal, the same content as plain text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

from factcheck.engine import FileReport
from factcheck.findings import Outcome, Severity, Verdict
from factcheck.runner import RunResult

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

MARKS = {
    Verdict.PASS: ("✓", "green"),
    Verdict.ROUNDING: ("≈", "cyan"),
    Verdict.FAIL: ("✗", "bold red"),
    Verdict.WAIVED: ("–", "dim"),
}
WARN = ("!", "yellow")


def mark(outcome: Outcome) -> tuple[str, str, str]:
    """Symbol, style and word for an outcome; a failed warning-level check is a warning."""
    if outcome.verdict is Verdict.FAIL and outcome.severity is not Severity.ERROR:
        return WARN[0], WARN[1], outcome.severity.value
    sym, style = MARKS[outcome.verdict]
    return sym, style, outcome.verdict.label


def shown(outcome: Outcome, show_all: bool) -> bool:
    """Problems and worked arithmetic are shown; plain passes (a quote found, a share
    within 0–100%) only on request."""
    if show_all or outcome.verdict is not Verdict.PASS:
        return True
    return outcome.arithmetic is not None


def counts(reports: Iterable[FileReport]) -> dict[str, int]:
    c = {"pass": 0, "within rounding": 0, "warning": 0, "fail": 0, "waived": 0}
    for report in reports:
        for o in report.outcomes:
            word = mark(o)[2]
            c["warning" if word in ("warning", "note") else word] += 1
    return c


def make_console(stream: IO[str], *, color: bool, width: int | None = None) -> Console:
    from rich.console import Console

    if color:
        return Console(file=stream, highlight=False, soft_wrap=False)
    return Console(file=stream, width=width or 100, color_system=None, force_terminal=False,
                   highlight=False, no_color=True, emoji=False)


def render(result: RunResult, stream: IO[str], *, color: bool, show_all: bool = False,
           fail_on: Severity = Severity.ERROR, width: int | None = None) -> None:
    console = make_console(stream, color=color, width=width)
    for report in result.reports:
        for part in file_report(report, show_all):
            console.print(part)
    for error in result.errors:
        console.print(f"[bold red]error[/] {error}", markup=True)
    console.print(footer(result, fail_on))


def file_report(report: FileReport, show_all: bool) -> list[RenderableType]:
    from rich.panel import Panel
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    graph = report.graph
    c = counts([report])
    head = Text()
    if graph.source.discovered:
        head.append(f"{graph.source.article.path}", style="bold")
        head.append("  (no claims file: relations discovered in the text)\n")
        head.append(f"{len(graph.nodes)} figures in discovered relations · "
                    f"{len(report.outcomes)} checks\n")
    else:
        head.append(f"{report.path}", style="bold")
        head.append(f"  →  {graph.source.article.path}\n")
        head.append(f"published {graph.source.claims.published} · {len(graph.nodes)} claims · "
                    f"{len(graph.waivers)} waivers · {len(report.outcomes)} checks\n")
    for (word, n), (sym, style) in zip(c.items(), [MARKS[Verdict.PASS], MARKS[Verdict.ROUNDING],
                                                   WARN, MARKS[Verdict.FAIL],
                                                   MARKS[Verdict.WAIVED]], strict=True):
        head.append(f"{sym} {n} {word}", style=style if n else "dim")
        head.append("   ")
    parts: list[RenderableType] = [Panel(head, title="factcheck", title_align="left")]

    by_paragraph: dict[int, list[Outcome]] = {}
    for o in report.outcomes:
        if shown(o, show_all):
            by_paragraph.setdefault(_paragraph(report, o), []).append(o)
    text = graph.article_text
    for para in sorted(by_paragraph):
        if para and para <= len(graph.paragraphs):
            s, e = graph.paragraphs[para - 1]
            excerpt = text[s:e].strip()
            excerpt = excerpt[:48] + ("…" if len(excerpt) > 48 else "")
            line = graph.span_at(s, s).line
            title = f"¶{para} · line {line} · {excerpt}"
        else:
            title = "claims file"
        parts.append(Rule(Text(title, style="bold"), align="left"))
        for o in by_paragraph[para]:
            parts.append(_outcome(report, o))
    if report.implied:
        table = Table(title="Implied values (not printed, but implied by the figures)",
                      title_justify="left", show_lines=False, expand=False)
        table.add_column("claims", overflow="fold")
        table.add_column("what", overflow="fold")
        table.add_column("implied", justify="right", no_wrap=True)
        table.add_column("interval", justify="right", no_wrap=True)
        for imp in report.implied:
            table.add_row(", ".join(imp.claim_ids), imp.description, imp.display,
                          imp.interval_display)
        parts.append(table)
    return parts


def _paragraph(report: FileReport, outcome: Outcome) -> int:
    graph = report.graph
    for cid in outcome.claim_ids:
        node = graph.by_id.get(cid)
        if node is not None and node.quote_span is not None:
            return node.quote_span.paragraph
    if outcome.article_offset is not None:
        return graph.span_at(*outcome.article_offset).paragraph
    return 0


def _outcome(report: FileReport, o: Outcome) -> RenderableType:
    from rich.text import Text

    sym, style, word = mark(o)
    t = Text()
    t.append(f" {sym} ", style=style)
    t.append(f"{o.code} ", style="bold")
    from factcheck.checks.registry import RULES

    rule = RULES.get(o.code)
    t.append(f"{rule.name if rule else ''} ", style="dim")
    t.append(f"[{word}]", style=style)
    if o.claim_ids:
        t.append("  " + ", ".join(o.claim_ids), style="dim")
    node = report.graph.by_id.get(o.claim_ids[0]) if o.claim_ids else None
    if node is not None:
        where = node.quote_span
        loc = f"  ({node.location.line}:{node.location.column}"
        loc += f"; article {where.line}:{where.column})" if where else ")"
        t.append(loc, style="dim")
        t.append(f"\n     “{node.claim.quote}”", style="italic")
    if o.arithmetic:
        t.append(f"\n     {o.arithmetic}")
    t.append(f"\n     {o.message}")
    if o.waiver_reason:
        t.append(f"\n     waived: {o.waiver_reason}", style="dim")
    return t


def footer(result: RunResult, fail_on: Severity) -> RenderableType:
    from rich.text import Text

    c = counts(result.reports)
    code = result.exit_code(fail_on)
    t = Text()
    files = len(result.reports) + len(result.errors)
    t.append(f"{files} claims file{'s' if files != 1 else ''} · ")
    t.append(" · ".join(f"{n} {w}" for w, n in c.items()))
    if result.errors:
        t.append(f" · {len(result.errors)} input error{'s' if len(result.errors) != 1 else ''}",
                 style="bold red")
    verdict = {0: ("OK", "bold green"), 1: ("FAILED", "bold red"), 2: ("ERROR", "bold red")}[code]
    t.append("  →  ")
    t.append(verdict[0], style=verdict[1])
    return t
