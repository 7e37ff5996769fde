"""From paths to reports: load, build the graph, run the checks. Prints nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcheck.checks.context import Context
from factcheck.checks.registry import Rule
from factcheck.engine import FileReport, run_checks
from factcheck.errors import InputError, Location
from factcheck.findings import Severity, Verdict
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances

CLAIM_SUFFIXES = (".yaml", ".yml")


@dataclass
class RunResult:
    reports: list[FileReport] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> int:
        if self.errors:
            return 2
        levels = [Severity.ERROR] if fail_on is Severity.ERROR else [Severity.ERROR, Severity.WARNING]
        for report in self.reports:
            if any(o.verdict is Verdict.FAIL and o.severity in levels for o in report.outcomes):
                return 1
        return 0


def check_file(path: Path, rules: list[Rule], *, article: Path | None = None,
               tolerances: Tolerances = DEFAULT_TOLERANCES) -> FileReport:
    from factcheck.graph import build_graph
    from factcheck.load.claims import load_claims_file

    loaded = load_claims_file(path, article)
    graph = build_graph(loaded, tolerances)
    return run_checks(graph, rules, Context(graph, tolerances))


def expand(paths: list[Path]) -> list[Path]:
    """Claims files named, and every claims file under named directories, in a stable order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix in CLAIM_SUFFIXES and q.is_file()))
        else:
            out.append(p)
    return out


def run_paths(paths: list[Path], rules: list[Rule], *, article: Path | None = None,
              tolerances: Tolerances = DEFAULT_TOLERANCES) -> RunResult:
    result = RunResult()
    files = expand(paths)
    if not files:
        shown = ", ".join(str(p) for p in paths) or "."
        result.errors.append(InputError(Location(shown), "no claims files (*.yaml) found"))
    for path in files:
        try:
            result.reports.append(check_file(path, rules, article=article, tolerances=tolerances))
        except InputError as exc:
            result.errors.append(exc)
    return result
