"""GitHub Actions workflow commands: an annotation for each failed check and input error.

An annotation does not fail the job; the exit code does. The Markdown step summary is the
``markdown`` format, appended by the command line to ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.core.errors import Location, visible
from factcheck.core.i18n import _, plural
from factcheck.render.flat import culprit, findings, verdict_counts
from factcheck.report.findings import Severity
from factcheck.report.result import NOTHING_CHECKED, checked_nothing, dropped_notes

if TYPE_CHECKING:
    from factcheck.render import RenderOptions
    from factcheck.report.result import RunResult

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, loc: Location, title: str, message: str) -> str:
    """One workflow command. Text from the files (quotes, values, names) has its control
    and invisible format characters written out (``\\u202e``); the message keeps its line
    breaks, which ``escape_data`` encodes."""
    props = [("file", loc.path.replace("\\", "/")), ("line", str(loc.line))]
    end_line = loc.end_line or loc.line
    if end_line != loc.line:
        props.append(("endLine", str(end_line)))
    else:
        # GitHub uses columns only on single-line annotations.
        props.append(("col", str(loc.column)))
        props.append(("endColumn", str(loc.end_column or loc.column)))
    props.append(("title", title))
    head = ",".join(f"{k}={escape_property(visible(v))}" for k, v in props)
    return f"::{command} {head}::{escape_data(visible(message, lines=True))}"


def render(result: RunResult, options: RenderOptions) -> str:
    lines: list[str] = []
    every = []
    for report in result.reports:
        rows = findings(report)
        every.extend(rows)
        for f in rows:
            if not f.failed:
                continue
            message = f.message if not f.arithmetic else f"{f.message}\n{f.arithmetic}"
            if f.outcome.undetermined:
                message = f"{_('undetermined')}: {message}"
            title = f"{f.code} {f.name}" + (f" ({', '.join(f.claim_ids)})" if f.claim_ids else "")
            lines.append(annotation(COMMANDS[f.severity], f.primary, title, message))
        found = culprit(report)
        if found is not None:
            lines.append(annotation("notice", found[0], _("factcheck likely culprit"), found[1]))
    for error in result.errors:
        lines.append(annotation("error", error.location, _("factcheck input error"),
                                _(error.message)))
    c = verdict_counts(every)
    files = len(result.reports) + len(result.errors)
    verdict = result.status(options.fail_on)
    for report in result.reports:
        if checked_nothing(report):
            lines.append(f"::notice file={report.path},title=factcheck::{NOTHING_CHECKED}")
        lines.extend(f"::notice file={report.path},title=factcheck discovery::{escape_data(note)}"
                     for note in dropped_notes(report))
    lines.append("factcheck: " + plural(files, "{n} claims file", "{n} claims files").format(n=files)
                 + _(", ") + _(", ").join(f"{n} {_(w)}" for w, n in c.items())
                 + _(", ") + plural(len(result.errors), "{n} input error",
                                    "{n} input errors").format(n=len(result.errors))
                 + f": {_(verdict)}")
    return "\n".join(lines) + "\n"
