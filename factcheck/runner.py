"""From paths to reports: load, build the graph, run the checks. Prints nothing.

Many files run in worker processes. A worker sends back the ``FileReport`` itself (it
pickles: plain dataclasses, pydantic models and Fractions) or, for a broken file, the
error's location and message (an ``InputError`` does not pickle its location). Results
are merged by the files' order, so the report does not depend on which worker was fastest.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.checks.context import Context
from factcheck.checks.registry import Rule
from factcheck.engine import FileReport, run_checks
from factcheck.errors import InputError, Location
from factcheck.findings import Severity, Verdict
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances

CLAIM_SUFFIXES = (".yaml", ".yml")
# Below this many files a pool costs more to start than it saves.
PARALLEL_FROM = 8

Progress = Callable[[int, int], None]  # (files done, files in all)
Outcome = FileReport | tuple[Location, str]


@dataclass
class RunResult:
    reports: list[FileReport] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> int:
        if self.errors:
            return 2
        levels = ([Severity.ERROR] if fail_on is Severity.ERROR
                  else [Severity.ERROR, Severity.WARNING])
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
            out.extend(sorted(q for q in p.rglob("*")
                              if q.suffix in CLAIM_SUFFIXES and q.is_file()))
        else:
            out.append(p)
    return out


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def run_paths(paths: list[Path], rules: list[Rule], *, article: Path | None = None,
              tolerances: Tolerances = DEFAULT_TOLERANCES, jobs: int | None = None,
              progress: Progress | None = None) -> RunResult:
    """Check every claims file under ``paths``; ``jobs`` > 1 uses worker processes."""
    result = RunResult()
    files = expand(paths)
    if not files:
        shown = ", ".join(str(p) for p in paths) or "."
        result.errors.append(InputError(Location(shown), "no claims files (*.yaml) found"))
        return result
    workers = min(jobs or default_jobs(), len(files))
    codes = [r.code for r in rules]
    if workers > 1 and len(files) >= PARALLEL_FROM:
        outcomes = _parallel(files, codes, article, tolerances, workers, progress)
    else:
        outcomes = []
        for done, path in enumerate(files, 1):
            outcomes.append(_check_one(path, codes, article, tolerances))
            if progress is not None:
                progress(done, len(files))
    for outcome in outcomes:
        if isinstance(outcome, FileReport):
            result.reports.append(outcome)
        else:
            result.errors.append(InputError(*outcome))
    return result


def _check_one(path: Path, codes: list[str], article: Path | None,
               tolerances: Tolerances) -> Outcome:
    """One file, in whichever process; a broken file becomes its error, never an exception."""
    from factcheck.checks.registry import RULES, all_rules

    all_rules()  # a fresh worker process declares the checks here
    try:
        return check_file(path, [RULES[c] for c in codes], article=article,
                          tolerances=tolerances)
    except InputError as exc:
        return exc.location, exc.message
    except RecursionError:
        return Location(str(path)), "claims file too deeply nested to check"


def _parallel(files: list[Path], codes: list[str], article: Path | None,
              tolerances: Tolerances, workers: int, progress: Progress | None) -> list[Outcome]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # fork is cheap (the checks are already imported) but only safe on Linux; elsewhere the
    # platform's default start method (spawn) re-imports in each worker.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    slots: list[Outcome | None] = [None] * len(files)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # Every task is submitted (and every worker forked) before the caller's progress
        # display can start a thread.
        futures = {pool.submit(_check_one, path, codes, article, tolerances): i
                   for i, path in enumerate(files)}
        for done, future in enumerate(as_completed(futures), 1):
            slots[futures[future]] = future.result()
            if progress is not None:
                progress(done, len(files))
    return [s for s in slots if s is not None]
