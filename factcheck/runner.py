"""From paths to reports: load, build the graph, run the checks. Prints nothing.

Many files run in worker processes, a chunk of consecutive files per task. A worker sends
back each ``FileReport`` as its pickle, slimmed to what renderers read (plain dataclasses,
pydantic models and Fractions; the same bytes the result cache stores), or, for a broken
file, the error's location and message (an ``InputError`` does not pickle its location).
Results are merged by the files' order, so the report does not depend on which worker was
fastest.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

from factcheck.cache import ReportCache, report_inputs
from factcheck.checks.context import Context
from factcheck.checks.registry import Rule
from factcheck.engine import FileReport, run_checks
from factcheck.errors import InputError, Location
from factcheck.findings import Severity, blocks
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances

CLAIM_SUFFIXES = (".yaml", ".yml")
# Below this many files a pool costs more to start than it saves.
PARALLEL_FROM = 8

Progress = Callable[[int, int], None]  # (files done, files in all)
Outcome = FileReport | tuple[Location, str]
Sent = bytes | tuple[Location, str]  # what a worker sends back: a report's pickle, or an error
Roots = tuple[Path | None, Path | None]  # (--root, the configuration's directory)


@dataclass
class RunResult:
    reports: list[FileReport] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> int:
        if self.errors:
            return 2
        for report in self.reports:
            if any(blocks(o, fail_on) for o in report.outcomes):
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
              progress: Progress | None = None, cache: ReportCache | None = None,
              root: Path | None = None, config_dir: Path | None = None) -> RunResult:
    """Check every claims file under ``paths``; ``jobs`` > 1 uses worker processes.

    With a ``cache``, a claims file whose stored report is still right is not checked
    again, and every report checked is stored. Articles named by the claims files, and
    claims files found in directories, must lie inside their project root (``root`` when
    given; see ``factcheck.load.paths``).
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
    codes = [r.code for r in rules]
    outcomes: list[Outcome | None] = [None] * len(files)
    keys: dict[int, str] = {}
    with collector_paused():
        if cache is not None:
            for i, path in enumerate(files):
                found = cache.get(path)
                if found is None:
                    continue
                keys[i], outcomes[i] = found
        todo = [i for i, o in enumerate(outcomes) if o is None]
        done = len(files) - len(todo)
        if progress is not None and done:
            progress(done, len(files))
        workers = min(jobs or default_jobs(), len(todo))
        if workers > 1 and len(todo) >= PARALLEL_FROM:
            sent = _parallel([files[i] for i in todo], codes, article, tolerances, workers,
                             _offset(progress, done, len(files)), roots)
            for i, item in zip(todo, sent, strict=True):
                outcomes[i] = _received(item, cache, keys.get(i))
        else:
            for i in todo:
                checked = _check_one(files[i], codes, article, tolerances, roots)
                if cache is not None and i in keys and isinstance(checked, FileReport):
                    cache.put(keys[i], _dumps(checked), report_inputs(checked))
                outcomes[i] = checked
                done += 1
                if progress is not None:
                    progress(done, len(files))
    for done_outcome in outcomes:
        if isinstance(done_outcome, FileReport):
            result.reports.append(done_outcome)
        elif done_outcome is not None:
            result.errors.append(InputError(*done_outcome))
    return result


def _offset(progress: Progress | None, already: int, total: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, _: progress(already + done, total)


def _dumps(report: FileReport) -> bytes:
    from multiprocessing.reduction import ForkingPickler

    _register_reducers()
    return bytes(ForkingPickler.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))


def _received(outcome: Sent, cache: ReportCache | None, key: str | None) -> Outcome:
    """A worker's result in the parent: a report arrives as its pickle, which is also what
    the cache stores."""
    if not isinstance(outcome, bytes):
        return outcome
    report: FileReport = pickle.loads(outcome)
    if cache is not None and key is not None:
        cache.put(key, outcome, report_inputs(report))
    return report


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
                 tolerances: Tolerances, roots: Roots = (None, None)) -> list[Sent]:
    """A worker's task: several files, so one round trip carries many reports (each as
    its pickle, which the parent may store in the cache as it is)."""
    with collector_paused():
        out: list[Sent] = []
        for path in paths:
            outcome = _check_one(path, codes, article, tolerances, roots)
            out.append(_dumps(outcome) if isinstance(outcome, FileReport) else outcome)
        return out


def _chunks(files: list[Path], workers: int) -> list[list[Path]]:
    """Consecutive runs of files: about eight per worker, so the work stays balanced and
    the progress display moves, and at most 32 files each."""
    size = max(1, min(32, -(-len(files) // (workers * 8))))
    return [files[i:i + size] for i in range(0, len(files), size)]


_REGISTERED = False


def _register_reducers() -> None:
    """Send the small frozen records of a report as constructor calls.

    A dataclass with slots pickles through Python-level ``__getstate__``/``__setstate__``
    that look up its fields on every object; a report holds hundreds of them (locations,
    intervals, readings), which made sending a report cost a third of checking it.
    ``(cls, field values)`` is the same object, rebuilt by its own constructor. Only the
    pickler that carries results between processes is affected.
    """
    global _REGISTERED
    if _REGISTERED:
        return
    _REGISTERED = True
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
              roots: Roots = (None, None)) -> list[Sent]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # fork is cheap (the checks are already imported) but only safe on Linux; elsewhere the
    # platform's default start method (spawn) re-imports in each worker.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    _register_reducers()  # before the workers fork; a spawned worker registers its own
    parts = _chunks(files, workers)
    slots: list[list[Sent]] = [[] for _ in parts]
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
