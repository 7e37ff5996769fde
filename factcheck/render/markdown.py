"""Markdown for a pull-request comment or the GitHub step summary: a table and the findings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.core.errors import visible
from factcheck.core.i18n import N_, _, plural
from factcheck.render.flat import Finding, culprit, findings, verdict_counts
from factcheck.report.findings import Category, Verdict
from factcheck.report.result import NOTHING_CHECKED, checked_nothing, dropped_notes

if TYPE_CHECKING:
    from factcheck.render import RenderOptions
    from factcheck.report.result import RunResult

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
COLUMNS = ("pass", "pass-within-rounding", "warning", "fail", "undetermined", "waived")
HEADERS = (N_("pass"), N_("within rounding"), N_("warning"), N_("fail"), N_("undetermined"),
           N_("waived"))


def escape(text: str) -> str:
    """Text that Markdown shows as written, on one line, control characters written out."""
    one_line = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return _SPECIAL.sub(r"\\\1", visible(one_line))


def code_span(text: str) -> str:
    """``text`` as one code span that nothing in it can close: the fence is longer than
    any run of backticks inside, ``|`` is escaped (GFM splits table cells even in code
    spans), and control characters are written out."""
    one_line = visible(text.replace("\r\n", " ").replace("\r", " ").replace("\n", " "))
    longest = max((len(run) for run in re.findall("`+", one_line)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if one_line.startswith(("`", " ")) or one_line.endswith(("`", " ")) else ""
    return f"{fence}{pad}{one_line.replace('|', chr(92) + '|')}{pad}{fence}"


def _mark(f: Finding) -> str:
    cat = f.category
    if cat is Category.WAIVED:
        return "➖ " + _("waived")
    if cat is Category.FAIL:
        return "❌ " + _("fail")
    if cat is Category.UNDETERMINED:
        return "❓ " + _("undetermined")
    return f"⚠️ {_(f.severity.value)}"


def _finding(f: Finding) -> list[str]:
    where = f"{f.primary.path}:{f.primary.line}:{f.primary.column}"
    if f.article is not None and f.article.path != f.primary.path:
        where += _(" (article {where})").format(
            where=f"{f.article.path}:{f.article.line}:{f.article.column}")
    ids = ", ".join(code_span(i) for i in f.claim_ids)
    lines = [f"- {_mark(f)} **{f.code}** {escape(f.name)}" + (f" · {ids}" if ids else "")
             + f" · {code_span(where)}",
             f"  {escape(f.message)}"]
    if f.arithmetic:
        lines.append(f"  {code_span(f.arithmetic)}")
    if f.waiver_reason:
        lines.append("  " + _("waived: {reason}").format(reason=escape(f.waiver_reason)))
    return lines


def render(result: RunResult, options: RenderOptions) -> str:
    code = result.exit_code(options.fail_on)
    verdict = {0: "✅ " + _("OK"), 1: "❌ " + _("FAILED"), 2: "❌ " + _("ERROR")}[code]
    if result.status(options.fail_on) == "NOTHING CHECKED":
        verdict = f"⚠️ {_('NOTHING CHECKED')} ({_(NOTHING_CHECKED)})"
    headers = [_(h) for h in HEADERS]
    rows = [(report.path, findings(report)) for report in result.reports]
    every = [f for _, fs in rows for f in fs]
    total = verdict_counts(every)
    files = len(result.reports) + len(result.errors)
    out = [
        "## factcheck",
        "",
        f"**{verdict}** · " + plural(files, "{n} claims file", "{n} claims files").format(n=files)
        + " · " + _("{n} checks").format(n=len(every)) + " · "
        + " · ".join(f"{total[c]} {h}" for c, h in zip(COLUMNS, headers, strict=True))
        + (" · " + _("{n} input errors").format(n=len(result.errors)) if result.errors else ""),
        "",
        f"| {_('claims file')} | {_('checks')} | " + " | ".join(headers) + " |",
        "|---|--:|" + "--:|" * len(HEADERS),
    ]
    for path, fs in rows:
        c = verdict_counts(fs)
        cell = code_span(path)
        out.append(f"| {cell} | {len(fs)} | "
                   + " | ".join(str(c[k]) for k in COLUMNS) + " |")
    for error in result.errors:
        out.append(f"| {code_span(error.location.path)} | {_('input error')} | "
                   + " | ".join("–" for _ in COLUMNS) + " |")
    notes = [f"- {code_span(r.path)}: {_(NOTHING_CHECKED)}" for r in result.reports
             if checked_nothing(r)]
    notes += [f"- {code_span(r.path)}: {escape(note)}" for r in result.reports
              for note in dropped_notes(r)]
    if notes:
        out += ["", "### " + _("Discovery notes"), "", *notes]
    shown = [f for f in every if f.verdict in (Verdict.FAIL, Verdict.WAIVED)]
    if shown:
        out += ["", "### " + _("Findings"), ""]
        for f in shown:
            out += _finding(f)
    culprits = [c for c in (culprit(r) for r in result.reports) if c is not None]
    if culprits:
        out += ["", "### " + _("Likely culprit"), ""]
        out += [f"- {code_span(f'{w.path}:{w.line}:{w.column}')} {escape(text)}"
                for w, text, _ in culprits]
    if result.errors:
        out += ["", "### " + _("Input errors"), ""]
        out += [f"- {code_span(str(e))}" for e in result.errors]
    return "\n".join(out) + "\n"
