"""One line per finding, as ruff and yamllint print them: ``path:line:column: CODE message``.

A finding points at its claim in the claims file (else at the article), and names the
article's place too; a file whose checks fail gets one more line for the likely culprit.
The last line counts everything. Passes are listed only with ``--show-all``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.core.errors import Location, visible
from factcheck.core.i18n import N_, _, plural
from factcheck.render.flat import Finding, culprit, findings, verdict_counts
from factcheck.report.findings import Category, Severity
from factcheck.report.result import NOTHING_CHECKED, checked_nothing, dropped_notes

if TYPE_CHECKING:
    from factcheck.render import RenderOptions
    from factcheck.report.engine import FileReport
    from factcheck.report.result import RunResult


def position(loc: Location) -> str:
    return f"{loc.path}:{loc.line}:{loc.column}"


def one_line(text: str) -> str:
    """A message on one line: line breaks, control and invisible format characters
    (bidirectional controls, zero-width characters) as visible escapes."""
    return visible(text)


N_("pass-within-rounding")  # a category's name, translated where shown (with the others)


def line(f: Finding) -> str:
    if f.failed and f.outcome.undetermined:
        level = f"[{_(f.category.value)}] "
    elif f.failed:
        level = "" if f.severity is Severity.ERROR else f"[{_(f.severity.value)}] "
    else:
        level = f"[{_(f.category.value)}] "
    text = f"{position(f.primary)}: {f.code} {level}{f.message}"
    if f.article is not None and f.article is not f.primary:
        text += _(" (article {where})").format(where=position(f.article))
    return one_line(text)


def culprit_line(report: FileReport) -> str | None:
    """The likely culprit, at its claim when there is one figure to suspect."""
    found = culprit(report)
    return None if found is None else one_line(f"{position(found[0])}: {found[1]}")


def render(result: RunResult, options: RenderOptions) -> str:
    lines: list[str] = []
    every: list[Finding] = []
    for report in result.reports:
        rows = findings(report)
        every.extend(rows)
        lines.extend(line(f) for f in rows if f.failed or options.show_all)
        culprit = culprit_line(report)
        if culprit is not None:
            lines.append(culprit)
    lines.extend(one_line(f"{position(error.location)}: {_(error.message)}")
                 for error in result.errors)
    c = verdict_counts(every)
    files = len(result.reports) + len(result.errors)
    failed = c[Category.FAIL.value]
    warned = c[Category.WARNING.value]
    undetermined = c[Category.UNDETERMINED.value]
    summary = (plural(failed, "{n} failing check", "{n} failing checks").format(n=failed) + _(", ")
               + plural(warned, "{n} warning", "{n} warnings").format(n=warned)
               + (_(", ") + plural(undetermined, "{n} undetermined", "{n} undetermined").format(
                   n=undetermined) if undetermined else "")
               + plural(files, " in {n} claims file", " in {n} claims files").format(n=files)
               + _(" ({passed} passed, {waived} waived)").format(
                   passed=c[Category.PASS.value] + c[Category.ROUNDING.value],
                   waived=c[Category.WAIVED.value]))
    if result.errors:
        n = len(result.errors)
        summary += _("; ") + plural(n, "{n} input error", "{n} input errors").format(n=n)
    for report in result.reports:
        if checked_nothing(report):
            lines.append(f"{report.path}:1:1: {_(NOTHING_CHECKED)}")
        lines.extend(f"{report.path}:1:1: note: {one_line(n)}" for n in dropped_notes(report))
    if result.checked_nothing():
        summary += f"; {_(NOTHING_CHECKED)}"
    lines.append(summary)
    return "\n".join(lines) + "\n"
