"""Accuracy and speed of ``factcheck extract`` against chinese2digits and Recognizers-Text.

Not a test: run it by hand in an environment that has the peers installed, e.g.

    python -m venv /tmp/benchenv
    /tmp/benchenv/bin/pip install -e . chinese2digits recognizers-text-suite "emoji<1.0"
    /tmp/benchenv/bin/python benchmarks/extract.py

A peer that cannot be imported is skipped with a note. Accuracy is measured on the labelled
corpus of tests/corpus/ (every *.labels.yaml): precision and recall of spans, exact and
overlapping, and the share of matched mentions whose value is right. Speed is measured on a
paragraph-split text of at least 5 MB written by benchmarks/make_corpus.py; every system is
given the text one paragraph at a time.
"""

from __future__ import annotations

import argparse
import multiprocessing
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


def _work(chunk: str) -> int:
    return len(extract(chunk))


def throughput(system: System, text: str, sample: int | None = None) -> tuple[float, int]:
    """MB/s of CPU time on the first ``sample`` bytes (all when None), one paragraph at a time."""
    if sample is not None:
        cut = text.encode("utf-8")[:sample].decode("utf-8", "ignore")
        text = cut[: cut.rfind("\n") + 1]
    size = len(text.encode("utf-8"))
    t0 = time.process_time()
    count = len(by_paragraph(system, text)) if system is not run_factcheck else len(extract(text))
    return size / (time.process_time() - t0) / 1e6, count


def parallel(text: str, jobs: int) -> float:
    """Wall-clock MB/s with ``jobs`` processes, each taking whole paragraphs."""
    paragraphs = text.split("\n")
    step = len(paragraphs) // (jobs * 8) + 1
    chunks = ["\n".join(paragraphs[i:i + step]) for i in range(0, len(paragraphs), step)]
    size = len(text.encode("utf-8"))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        pool.map(_work, chunks[:jobs])  # warm the workers' caches of compiled patterns
        t0 = time.perf_counter()
        pool.map(_work, chunks)
        return size / (time.perf_counter() - t0) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--peer-sample-kb", type=int, default=300,
                        help="peers are timed on this many kB of the text (they are slow)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    systems: dict[str, System] = {"factcheck": run_factcheck}
    for name, loader in (("chinese2digits", load_chinese2digits),
                         ("recognizers-text", load_recognizers)):
        system = loader()
        if system is not None:
            systems[name] = system

    corpus = labelled()
    text = generate(int(args.megabytes * 1_000_000))
    extract(text[:10000])  # compile patterns before timing
    print(f"labelled corpus: {len(corpus)} texts, {sum(len(g) for _, g in corpus)} mentions; "
          f"speed text: {len(text.encode('utf-8')) / 1e6:.2f} MB, "
          f"{text.count(chr(10) * 2) + 1} paragraphs\n")
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
        speed, _ = throughput(system, text, sample)
        speeds[name] = speed
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {fo:.3f} | {acc:.3f} | {speed:.2f} |")
    wall = parallel(text, args.jobs)
    print(f"\nfactcheck with {args.jobs} processes: {wall:.2f} MB/s (wall clock, "
          f"{multiprocessing.cpu_count()} CPUs visible)")
    peers = [v for k, v in speeds.items() if k != "factcheck"]
    if peers:
        print(f"factcheck / fastest peer (1 core each): {speeds['factcheck'] / max(peers):.1f}×")


if __name__ == "__main__":
    main()
