"""The result of a run: each file's report or error, and the exit code they give."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.core.errors import InputError
from factcheck.report.engine import FileReport
from factcheck.report.findings import Outcome, Severity, blocks


@dataclass(frozen=True)
class RenderedFile:
    """A claims file checked and rendered already: its section of the report, the files it
    read, and its outcomes reduced to what totals and the exit code read (code, verdict,
    severity)."""

    path: str
    inputs: tuple[str, ...]
    text: str
    outcomes: tuple[Outcome, ...]


@dataclass
class RunResult:
    reports: list[FileReport] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    # files rendered where they were checked (``run_paths(section=...)``), in file order
    rendered: list[RenderedFile] = field(default_factory=list)

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> int:
        if self.errors:
            return 2
        for outcomes in [r.outcomes for r in self.reports] + [r.outcomes for r in self.rendered]:
            if any(blocks(o, fail_on) for o in outcomes):
                return 1
        return 0
