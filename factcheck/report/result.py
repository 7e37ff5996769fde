"""The result of a run: each file's report or error, and the exit code they give."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.core.errors import InputError
from factcheck.core.i18n import N_, _
from factcheck.report.engine import FileReport
from factcheck.report.findings import Outcome, Severity, blocks

# what a report says of an article in which discovery found no relation it could check
NOTHING_CHECKED = N_("no relation found: 0 arithmetic checks")


@dataclass(frozen=True)
class RenderedFile:
    """A claims file checked and rendered already: its section of the report, the files it
    read, and its outcomes reduced to what totals and the exit code read (code, verdict,
    severity)."""

    path: str
    inputs: tuple[str, ...]
    text: str
    outcomes: tuple[Outcome, ...]


def checked_nothing(report: FileReport) -> bool:
    """An article checked without a claims file on which no relation was evaluated."""
    return report.graph.source.discovered and not report.outcomes


def dropped_notes(report: FileReport) -> tuple[str, ...]:
    """Relations discovery proposed but left unchecked, one note each, in the language."""
    provenance = report.graph.provenance
    return tuple(_(n) for n in provenance.dropped) if provenance is not None else ()


@dataclass
class RunResult:
    reports: list[FileReport] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    # files rendered where they were checked (``run_paths(section=...)``), in file order
    rendered: list[RenderedFile] = field(default_factory=list)

    def checked_nothing(self) -> bool:
        """Every file was an article in which no relation was evaluated: not a clean pass."""
        return (bool(self.reports) and not self.errors and not self.rendered
                and all(checked_nothing(r) for r in self.reports))

    def status(self, fail_on: Severity = Severity.ERROR) -> str:
        """OK, FAILED, ERROR, or NOTHING CHECKED when no relation was evaluated."""
        code = self.exit_code(fail_on)
        if code == 0 and self.checked_nothing():
            return "NOTHING CHECKED"
        return {0: "OK", 1: "FAILED", 2: "ERROR"}[code]

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> int:
        if self.errors:
            return 2
        for outcomes in [r.outcomes for r in self.reports] + [r.outcomes for r in self.rendered]:
            if any(blocks(o, fail_on) for o in outcomes):
                return 1
        return 0
