"""Accuracy and speed of ``factcheck extract`` against chinese2digits and Recognizers-Text.

Not a test: run it by hand in an environment that has the peers installed, e.g.

    python -m venv /tmp/benchenv
    /tmp/benchenv/bin/pip install -e . chinese2digits recognizers-text-suite "emoji<1.0"
    /tmp/benchenv/bin/python benchmarks/extract.py

A peer that cannot be imported is skipped with a note. Accuracy is measured on the labelled
corpus of tests/corpus/ (every *.labels.yaml): precision and recall of spans, exact and
overlapping, and the share of matched mentions whose value is right. Speed is measured on a
paragraph-split text of at least 5 MB written by benchmarks/make_corpus.py; every system is
given the text one paragraph at a time. Each timing starts with factcheck's caches of
readings empty; ``--repeat`` keeps the best of several runs (the cores are shared) and
``--cold`` turns the cache of digit-figure readings off.
"""

from __future__ import annotations

import argparse
import functools
import gc
import multiprocessing
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import generate  # noqa: E402

from factcheck.extract import extract  # noqa: E402

Found = tuple[int, int, Fraction | None]  # start, end (exclusive), value
System = Callable[[str], list[Found]]


def _fraction(text: str) -> Fraction | None:
    try:
        return Fraction(text.replace(",", "").rstrip("%"))
    except (ValueError, ZeroDivisionError):
        return None


def run_factcheck(text: str) -> list[Found]:
    return [(m.start, m.end, m.value) for m in extract(text)]


def load_chinese2digits() -> System | None:
    try:
        import chinese2digits as c2d  # type: ignore[import-not-found]
    except ImportError as exc:
        print(f"note: chinese2digits is not importable ({exc}); skipped")
        return None

    def run(text: str) -> list[Found]:
        out: list[Found] = []
        pos = 0
        result = c2d.takeNumberFromString(text)
        for found, digits in zip(result["CHNumberStringList"], result["digitsStringList"],
                                 strict=False):
            i = text.find(found, pos)
            if i < 0:
                continue
            out.append((i, i + len(found), _fraction(str(digits))))
            pos = i + len(found)
        return out

    return run


def load_recognizers() -> System | None:
    try:
        from recognizers_suite import (  # type: ignore[import-not-found]
            Culture,
            recognize_number,
            recognize_percentage,
        )
    except ImportError as exc:
        print(f"note: recognizers-text-suite is not importable ({exc}); skipped")
        return None

    def run(text: str) -> list[Found]:
        culture = Culture.Chinese if any("\u4e00" <= c <= "\u9fff" for c in text) \
            else Culture.English
        spans: list[Found] = []
        percents = recognize_percentage(text, culture)
        for r in percents:
            spans.append((r.start, r.end + 1, _fraction(str(r.resolution.get("value", "")))))
        for r in recognize_number(text, culture):
            if any(s <= r.start < e for s, e, _ in spans[:len(percents)]):
                continue
            spans.append((r.start, r.end + 1, _fraction(str(r.resolution.get("value", "")))))
        return sorted(spans, key=lambda x: x[0])

    return run


@dataclass
class Score:
    labels: int = 0
    found: int = 0
    exact: int = 0
    overlap: int = 0
    valued: int = 0
    value_right: int = 0

    @staticmethod
    def f1(hit: int, found: int, labels: int) -> tuple[float, float, float]:
        p = hit / found if found else 0.0
        r = hit / labels if labels else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def labelled() -> list[tuple[str, list[Found]]]:
    out = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.labels.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        text = (path.parent / data["source"]).read_text("utf-8")
        gold: list[Found] = []
        pos = 0
        for m in data["mentions"]:
            start = text.index(m["text"], pos)
            value = None if m["value"] is None else Fraction(m["value"])
            gold.append((start, start + len(m["text"]), value))
            pos = start + 1
        out.append((text, gold))
    return out


def by_paragraph(system: System, text: str) -> list[Found]:
    out: list[Found] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.extend((s + offset, e + offset, v) for s, e, v in system(line))
        offset += len(line) + 1
    return out


def score(system: System, corpus: list[tuple[str, list[Found]]]) -> Score:
    sc = Score()
    for text, gold in corpus:
        found = by_paragraph(system, text)
        sc.labels += len(gold)
        sc.found += len(found)
        exact = {(s, e) for s, e, _ in found} & {(s, e) for s, e, _ in gold}
        sc.exact += len(exact)
        used: set[int] = set()
        for gs, ge, gv in gold:
            match = next((i for i, (s, e, _) in enumerate(found)
                          if i not in used and s < ge and gs < e), None)
            if match is None:
                continue
            used.add(match)
            sc.overlap += 1
            if gv is not None:
                sc.valued += 1
                sc.value_right += found[match][2] == gv
    return sc


def cold_start(text: str) -> None:
    """Empty factcheck's caches of readings, then read the first 10 kB, as every timing does.

    Patterns are compiled and tables built once per process; readings are cached per
    figure, so without this a second timing of the same text would find every figure read.
    """
    from factcheck.extract import clear_caches

    clear_caches()
    extract(text[:10000])


def throughput(system: System, text: str, sample: int | None = None) -> tuple[float, int]:
    """MB/s of CPU time on the first ``sample`` bytes (all when None), one paragraph at a time."""
    if sample is not None:
        cut = text.encode("utf-8")[:sample].decode("utf-8", "ignore")
        text = cut[: cut.rfind("\n") + 1]
    size = len(text.encode("utf-8"))
    if system is run_factcheck:
        cold_start(text)
    t0 = time.process_time()
    count = len(by_paragraph(system, text)) if system is not run_factcheck else len(extract(text))
    return size / (time.process_time() - t0) / 1e6, count


_TEXT = ""  # the speed text, inherited by forked workers so tasks carry only offsets


def _work(span: tuple[int, int]) -> tuple[int, float]:
    t0 = time.process_time()
    found = len(extract(_TEXT[span[0]:span[1]]))
    return found, time.process_time() - t0


def _spans(text: str, parts: int) -> list[tuple[int, int]]:
    """``parts`` slices of ``text`` of about equal length, cut after line breaks."""
    spans, start = [], 0
    for k in range(1, parts + 1):
        end = len(text) if k == parts else text.find("\n", len(text) * k // parts) + 1
        if end > start:
            spans.append((start, end))
            start = end
    return spans


def parallel(text: str, jobs: int) -> tuple[float, float]:
    """Wall-clock MB/s with ``jobs`` processes, each taking runs of whole paragraphs, and the
    share of the ``jobs`` cores the workers were given (below 1 when others use the cores).

    Workers are forked after a cold start (empty caches of readings, as for the one-core
    timing) and inherit the text, so a task is a pair of offsets and its answer a count:
    nothing of size crosses the pipes. The text is cut into 8 slices per worker so that
    a worker slowed by other load on the machine is not left holding a large share.
    """
    global _TEXT
    _TEXT = text
    cold_start(text)
    size = len(text.encode("utf-8"))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        pool.map(abs, range(jobs))  # the workers are up before the clock starts
        t0 = time.perf_counter()
        done = pool.map(_work, _spans(text, jobs * 8), chunksize=1)
        wall = time.perf_counter() - t0
    assert sum(n for n, _ in done) == len(extract(text)), "the slices must hold every mention"
    return size / wall / 1e6, sum(cpu for _, cpu in done) / (wall * jobs)


def cache_hits(text: str) -> float:
    """Share of digit figures whose reading a one-core run finds in the cache."""
    from factcheck.extract import cache_info

    cold_start(text)
    hits0, misses0 = cache_info()
    extract(text)
    hits, misses = cache_info()
    return (hits - hits0) / (hits - hits0 + misses - misses0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--peer-sample-kb", type=int, default=300,
                        help="peers are timed on this many kB of the text (they are slow)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3,
                        help="time each system this many times and keep the best (the cores "
                             "are shared, so the best run is the least disturbed one)")
    parser.add_argument("--cold", action="store_true",
                        help="read every digit figure afresh (no cache of readings)")
    args = parser.parse_args()
    if args.cold:
        from factcheck.extract import digits

        # the same function behind a cache that keeps nothing
        digits.read_digits = functools.lru_cache(maxsize=0)(digits.read_digits.__wrapped__)

    systems: dict[str, System] = {"factcheck": run_factcheck}
    for name, loader in (("chinese2digits", load_chinese2digits),
                         ("recognizers-text", load_recognizers)):
        system = loader()
        if system is not None:
            systems[name] = system

    corpus = labelled()
    text = generate(int(args.megabytes * 1_000_000))
    extract(text[:10000])  # compile patterns before timing
    # The peers' imports leave a large heap (Recognizers-Text compiles thousands of
    # objects); move it out of the collector's sight so that no system is timed walking
    # the others' objects.
    gc.collect()
    gc.freeze()
    load = os.getloadavg()[0]
    print(f"labelled corpus: {len(corpus)} texts, {sum(len(g) for _, g in corpus)} mentions; "
          f"speed text: {len(text.encode('utf-8')) / 1e6:.2f} MB, "
          f"{text.count(chr(10) * 2) + 1} paragraphs; best of {args.repeat} runs\n")
    header = ("| system | span P | span R | span F1 | overlap F1 | value acc. | MB/s (1 core) |")
    print(header)
    print("|" + "---|" * 7)
    speeds: dict[str, float] = {}
    for name, system in systems.items():
        sc = score(system, corpus)
        p, r, f = Score.f1(sc.exact, sc.found, sc.labels)
        _, _, fo = Score.f1(sc.overlap, sc.found, sc.labels)
        acc = sc.value_right / sc.valued if sc.valued else 0.0
        sample = None if name == "factcheck" else args.peer_sample_kb * 1000
        speed = max(throughput(system, text, sample)[0] for _ in range(args.repeat))
        speeds[name] = speed
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {fo:.3f} | {acc:.3f} | {speed:.2f} |")
    wall, share = max(parallel(text, args.jobs) for _ in range(args.repeat))
    print(f"\nfactcheck with {args.jobs} processes: {wall:.2f} MB/s (wall clock, "
          f"{multiprocessing.cpu_count()} CPUs visible; the workers got {share:.0%} of "
          f"{args.jobs} cores)")
    if not args.cold:
        print(f"factcheck cache of readings: {cache_hits(text):.0%} of digit figures found "
              "read already (run with --cold to read every one afresh)")
    peers = [v for k, v in speeds.items() if k != "factcheck"]
    if peers:
        print(f"factcheck / fastest peer (1 core each): {speeds['factcheck'] / max(peers):.1f}×; "
              f"{args.jobs} processes / fastest peer: {wall / max(peers):.1f}×")
    print(f"load average (1 min) before / after: {load:.2f} / {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
