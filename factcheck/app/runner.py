"""From paths to reports: load, build the graph, run the checks. Prints nothing.

Many files run in worker processes, a chunk of consecutive files per task. A worker sends
back each ``FileReport`` as its pickle, slimmed to what renderers read (plain dataclasses,
pydantic models and Fractions; the same bytes the result cache stores), or, for a broken
file, the error's location and message (an ``InputError`` does not pickle its location).
When the caller gives a ``section`` renderer (the terminal report, which is one section per
file), each file is rendered where it was checked and only its text and the verdicts the
totals need travel (``RenderedFile``): sending and rendering a whole report in the parent
cost more than checking it. Results are merged by the files' order, so the report does not
depend on which worker was fastest.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

from factcheck.app.cache import ReportCache, report_inputs
from factcheck.checks.context import Context
from factcheck.checks.registry import Rule
from factcheck.core.collector import collector_paused
from factcheck.core.errors import InputError, Location
from factcheck.core.i18n import N_, Message
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances
from factcheck.report.engine import FileReport, run_checks
from factcheck.report.findings import Outcome
from factcheck.report.result import RenderedFile, RunResult

CLAIM_SUFFIXES = (".yaml", ".yml")
# Below this many files a pool costs more to start than it saves.
PARALLEL_FROM = 8

Progress = Callable[[int, int], None]  # (files done, files in all)
Section = Callable[[FileReport], str]  # one file's part of a report


def rendered_file(report: FileReport, section: Section) -> RenderedFile:
    """``report`` rendered by ``section``, reduced to what totals and the exit code read."""
    return RenderedFile(report.path, tuple(report_inputs(report)), section(report),
                        tuple(Outcome(o.code, o.verdict, (), "", severity=o.severity,
                                      undetermined=o.undetermined)
                              for o in report.outcomes))


Done = FileReport | RenderedFile | tuple[Location, str]  # a file's result, or its error
# what a worker sends back: a report's pickle; a rendered file with, when the parent
# caches, the report's pickle; or an error
Sent = bytes | tuple[RenderedFile, bytes | None] | tuple[Location, str]




def check_file(path: Path, rules: list[Rule], *, article: Path | None = None,
               tolerances: Tolerances = DEFAULT_TOLERANCES,
               root: Path | None = None) -> FileReport:
    from factcheck.claims.graph import build_graph
    from factcheck.load.claims import load_claims_file

    loaded = load_claims_file(path, article, root)
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
              section: Section | None = None, root: Path | None = None,
              config_dir: Path | None = None) -> RunResult:
    """Check every claims file under ``paths``; ``jobs`` > 1 uses worker processes.

    With a ``cache``, a claims file whose stored report is still right is not checked
    again, and every report checked is stored. With a ``section`` renderer the results are
    ``RenderedFile``s in ``RunResult.rendered`` instead of reports.

    Articles named by the claims files, and claims files found in directories, must lie
    inside their project root (``root`` when given; see ``factcheck.load.paths``).
    """
    from factcheck.load.paths import confined_to
    from factcheck.refs.resolve import folders_shared

    with confined_to(root, config_dir), folders_shared():
        return _run_paths(paths, rules, article, tolerances, jobs, progress, cache, section)


def _run_paths(paths: list[Path], rules: list[Rule], article: Path | None,
               tolerances: Tolerances, jobs: int | None, progress: Progress | None,
               cache: ReportCache | None, section: Section | None) -> RunResult:
    from factcheck.load.paths import confine, root_for

    result = RunResult()
    files = expand(paths)
    named = set(paths)
    for path in files:
        if path not in named:  # found in a directory: a name anyone could have pushed
            try:
                confine(path, root_for(path), Location(str(path)), "claims file")
            except InputError as exc:
                result.errors.append(exc)
    if result.errors:
        return result
    if not files:
        shown = ", ".join(str(p) for p in paths) or "."
        result.errors.append(InputError(Location(shown),
                                        Message(N_("no claims files (*.yaml) found"))))
        return result
    codes = [r.code for r in rules]
    results: list[Done | None] = [None] * len(files)
    keys: dict[int, str] = {}
    with collector_paused():
        if cache is not None:
            for i, path in enumerate(files):
                found = cache.get(path)
                if found is None:
                    continue
                keys[i], report = found
                if report is not None:
                    results[i] = report if section is None else rendered_file(report, section)
        todo = [i for i, o in enumerate(results) if o is None]
        done = len(files) - len(todo)
        if progress is not None and done:
            progress(done, len(files))
        workers = pool_size(jobs, len(todo))
        if workers > 1:
            sent = _parallel([files[i] for i in todo], codes, article, tolerances, workers,
                             _offset(progress, done, len(files)), section, cache is not None)
            for i, arrived in zip(todo, sent, strict=True):
                results[i] = _received(arrived, cache, keys.get(i))
        else:
            for i in todo:
                checked: Done = _check_one(files[i], codes, article, tolerances)
                if isinstance(checked, FileReport):
                    if cache is not None and i in keys:
                        cache.put(keys[i], _dumps(checked), report_inputs(checked))
                    if section is not None:
                        checked = rendered_file(checked, section)
                results[i] = checked
                done += 1
                if progress is not None:
                    progress(done, len(files))
    for item in results:
        if isinstance(item, FileReport):
            result.reports.append(item)
        elif isinstance(item, RenderedFile):
            result.rendered.append(item)
        elif item is not None:
            result.errors.append(InputError(*item))
    return result


def pool_size(jobs: int | None, files: int) -> int:
    """Worker processes for ``files`` files: ``jobs`` (default: the cores this process may
    use), but none (serial) when there are too few files for a pool to pay for itself,
    and never more than there are chunks of files to share out."""
    wanted = jobs or default_jobs()
    if wanted <= 1 or files < PARALLEL_FROM:
        return 1
    return min(wanted, files)


def _offset(progress: Progress | None, already: int, total: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, _: progress(already + done, total)


def _dumps(report: FileReport) -> bytes:
    from multiprocessing.reduction import ForkingPickler

    _register_reducers()
    return bytes(ForkingPickler.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))


def _received(item: Sent, cache: ReportCache | None, key: str | None) -> Done:
    """A worker's result in the parent: a report arrives as its pickle, which is also what
    the cache stores; a rendered file with the pickle to store, if the parent caches."""
    if isinstance(item, bytes):
        report: FileReport = pickle.loads(item)
        if cache is not None and key is not None:
            cache.put(key, item, report_inputs(report))
        return report
    first, second = item
    if isinstance(first, RenderedFile):
        if cache is not None and key is not None and isinstance(second, bytes):
            cache.put(key, second, first.inputs)
        return first
    assert isinstance(first, Location) and isinstance(second, str)
    return first, second


def _check_one(path: Path, codes: list[str], article: Path | None,
               tolerances: Tolerances) -> FileReport | tuple[Location, str]:
    """One file, in whichever process; a broken file becomes its error, never an exception."""
    from factcheck.checks import all_rules
    from factcheck.checks.registry import RULES

    all_rules()  # a fresh worker process declares the checks here
    try:
        return check_file(path, [RULES[c] for c in codes], article=article,
                          tolerances=tolerances)
    except InputError as exc:
        return exc.location, exc.message
    except RecursionError:
        return Location(str(path)), Message(N_("claims file too deeply nested to check"))


def _check_chunk(paths: list[Path], codes: list[str], article: Path | None,
                 tolerances: Tolerances, section: Section | None, keep: bool) -> list[Sent]:
    """A worker's task: several files, so one round trip carries many results. Each report
    goes back as its pickle, or rendered (with its pickle only when ``keep``: the parent
    stores it in the cache as it is)."""
    with collector_paused():
        out: list[Sent] = []
        for path in paths:
            checked = _check_one(path, codes, article, tolerances)
            if not isinstance(checked, FileReport):
                out.append(checked)
            elif section is None:
                out.append(_dumps(checked))
            else:
                out.append((rendered_file(checked, section), _dumps(checked) if keep else None))
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

    from factcheck.claims.graph import ArticleSpan
    from factcheck.claims.values import Figure, Label, RatioList, Span
    from factcheck.core.errors import Location
    from factcheck.core.interval import Interval
    from factcheck.numbers.reading import Reading
    from factcheck.units import Unit

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
              section: Section | None = None, keep: bool = False) -> list[Sent]:
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
        futures = {pool.submit(_check_chunk, part, codes, article, tolerances, section, keep): i
                   for i, part in enumerate(parts)}
        for future in as_completed(futures):
            outcomes = future.result()
            slots[futures[future]] = outcomes
            for _ in outcomes:
                done += 1
                if progress is not None:
                    progress(done, len(files))
    return [o for part in slots for o in part]
