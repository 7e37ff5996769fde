"""From paths to reports: load, build the graph, run the checks. Prints nothing.

Many files run in worker processes, a chunk of consecutive files per task. A worker sends
back each ``FileReport`` itself, slimmed to what renderers read (it pickles: plain
dataclasses, pydantic models and Fractions), or, for a broken file, the error's location and
message (an ``InputError`` does not pickle its location). Results are merged by the files'
order, so the report does not depend on which worker was fastest.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

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
Roots = tuple[Path | None, Path | None]  # (--root, the configuration's directory)


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
               tolerances: Tolerances = DEFAULT_TOLERANCES,
               root: Path | None = None, config_dir: Path | None = None) -> FileReport:
    from factcheck.graph import build_graph
    from factcheck.load.claims import load_claims_file

    loaded = load_claims_file(path, article, root, config_dir)
    graph = build_graph(loaded, tolerances)
    graph.slim()  # the positions of every key were for loading errors only
    report = run_checks(graph, rules, Context(graph, tolerances))
    graph.slim()  # and the checks' own indexes
    return report


def expand(paths: list[Path]) -> list[Path]:
    """Claims files named, and every claims file under named directories, in a stable order
    (nothing under a ``.git`` directory)."""
    from factcheck.load.paths import GIT

    out: list[Path] = []
    for p in paths:
        if "\x00" not in str(p) and p.is_dir():
            out.extend(sorted(q for q in p.rglob("*")
                              if q.suffix in CLAIM_SUFFIXES and GIT not in q.parts
                              and q.is_file()))
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
              progress: Progress | None = None, root: Path | None = None,
              config_dir: Path | None = None) -> RunResult:
    """Check every claims file under ``paths``; ``jobs`` > 1 uses worker processes.

    Articles named by the claims files, and claims files found in directories, must lie
    inside their project root (``root`` when given; see ``factcheck.load.paths``).
    """
    from factcheck.load.paths import confine, root_for

    roots = (root, config_dir)
    result = RunResult()
    files = expand(paths)
    named = set(paths)
    for path in files:
        if path not in named:  # found in a directory: a name anyone could have pushed
            try:
                confine(path, root_for(path, root, config_dir), Location(str(path)),
                        "claims file")
            except InputError as exc:
                result.errors.append(exc)
    if result.errors:
        return result
    if not files:
        shown = ", ".join(str(p) for p in paths) or "."
        result.errors.append(InputError(Location(shown), "no claims files (*.yaml) found"))
        return result
    workers = min(jobs or default_jobs(), len(files))
    codes = [r.code for r in rules]
    with collector_paused():
        if workers > 1 and len(files) >= PARALLEL_FROM:
            outcomes = _parallel(files, codes, article, tolerances, workers, progress, roots)
        else:
            outcomes = []
            for done, path in enumerate(files, 1):
                outcomes.append(_check_one(path, codes, article, tolerances, roots))
                if progress is not None:
                    progress(done, len(files))
    for outcome in outcomes:
        if isinstance(outcome, FileReport):
            result.reports.append(outcome)
        else:
            result.errors.append(InputError(*outcome))
    return result


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while reports are built.

    A run allocates millions of small objects that live until the end (claims, intervals,
    outcomes), few of them in cycles; the collector would walk the growing heap again and
    again (about a fifth of a run's time). Reference counting still frees everything else.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_one(path: Path, codes: list[str], article: Path | None,
               tolerances: Tolerances, roots: Roots = (None, None)) -> Outcome:
    """One file, in whichever process; a broken file becomes its error, never an exception."""
    from factcheck.checks.registry import RULES, all_rules

    all_rules()  # a fresh worker process declares the checks here
    try:
        return check_file(path, [RULES[c] for c in codes], article=article,
                          tolerances=tolerances, root=roots[0], config_dir=roots[1])
    except InputError as exc:
        return exc.location, exc.message
    except RecursionError:
        return Location(str(path)), "claims file too deeply nested to check"


def _check_chunk(paths: list[Path], codes: list[str], article: Path | None,
                 tolerances: Tolerances, roots: Roots = (None, None)) -> list[Outcome]:
    """A worker's task: several files, so one round trip carries many reports."""
    _register_reducers()
    with collector_paused():
        return [_check_one(path, codes, article, tolerances, roots) for path in paths]


def _chunks(files: list[Path], workers: int) -> list[list[Path]]:
    """Consecutive runs of files: about eight per worker, so the work stays balanced and
    the progress display moves, and at most 32 files each."""
    size = max(1, min(32, -(-len(files) // (workers * 8))))
    return [files[i:i + size] for i in range(0, len(files), size)]


def _register_reducers() -> None:
    """Send the small frozen records of a report as constructor calls.

    A dataclass with slots pickles through Python-level ``__getstate__``/``__setstate__``
    that look up its fields on every object; a report holds hundreds of them (locations,
    intervals, readings), which made sending a report cost a third of checking it.
    ``(cls, field values)`` is the same object, rebuilt by its own constructor. Only the
    pickler that carries results between processes is affected.
    """
    from dataclasses import fields
    from multiprocessing.reduction import ForkingPickler

    from factcheck.errors import Location
    from factcheck.graph import ArticleSpan
    from factcheck.interval import Interval
    from factcheck.numbers.reading import Reading
    from factcheck.units import Unit
    from factcheck.values import Figure, Label, RatioList, Span

    for cls in (Location, ArticleSpan, Interval, Reading, Unit, Figure, Label, RatioList, Span):
        if any(not f.init for f in fields(cls)):
            continue  # not rebuildable from its constructor; keep the default
        ForkingPickler.register(cls, _by_constructor(cls, [f.name for f in fields(cls)]))


def _by_constructor(cls: type, names: list[str]) -> Callable[[object], tuple[type, tuple[Any, ...]]]:
    get = attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (cls, (get(obj),))
    return lambda obj: (cls, get(obj))


def _parallel(files: list[Path], codes: list[str], article: Path | None,
              tolerances: Tolerances, workers: int, progress: Progress | None,
              roots: Roots = (None, None)) -> list[Outcome]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # fork is cheap (the checks are already imported) but only safe on Linux; elsewhere the
    # platform's default start method (spawn) re-imports in each worker.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    _register_reducers()  # before the workers fork; a spawned worker registers its own
    parts = _chunks(files, workers)
    slots: list[list[Outcome]] = [[] for _ in parts]
    done = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # Every task is submitted (and every worker forked) before the caller's progress
        # display can start a thread.
        futures = {pool.submit(_check_chunk, part, codes, article, tolerances, roots): i
                   for i, part in enumerate(parts)}
        for future in as_completed(futures):
            outcomes = future.result()
            slots[futures[future]] = outcomes
            for _ in outcomes:
                done += 1
                if progress is not None:
                    progress(done, len(files))
    return [o for part in slots for o in part]
