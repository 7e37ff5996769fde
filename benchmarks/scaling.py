"""Does every stage grow linearly with its input? Exit 1 when one grows faster.

    python benchmarks/scaling.py                       # every stage, base size 1
    python benchmarks/scaling.py --stages extract,html # some stages
    python benchmarks/scaling.py --base 0.05 --repeats 1 --json   # a tiny run, JSON out

Each stage runs in this process on generated input at 1×, 4× and 16× its base size, and
the CPU time of the fastest of ``--repeats`` runs is kept (the minimum is the figure least
disturbed by other work on the machine). A stage fails when time(16×) / time(1×) exceeds
16 × ``--slack`` (default 2.5: room for n log n, caches and noise; a quadratic stage shows
about 256). This is a benchmark, not a test: timings are never asserted in the test suite.

Stages:

* ``extract``: ``factcheck.extract.extract`` on a generated article (several figures per
  sentence, some identifiers);
* ``extract-ids``: the same on ``'x1 ' * n`` (identifiers only);
* ``run``: ``factcheck run --no-cache --format text`` of a generated claims file with
  relations (load, validate, check, render);
* ``html``: the same run with ``--format html``;
* ``auto``: ``factcheck run --auto`` on the generated article;
* ``auto-growth``: ``run --auto`` on lines of 增长8.1%，高于全国2.3个百分点。;
* ``run-draft``: ``factcheck run`` of the draft ``init`` writes for a generated article with
  repeated lines (waivers, occurrence numbers);
* ``init``: ``factcheck init`` on the generated article (relation discovery included).

``--stages`` picks some of them; ``--skip`` leaves some out (``--skip auto,auto-growth``
while relation discovery is known to be super-linear). Stages in ``--report-only`` are
measured and printed but never fail the run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

FACTORS = (1, 4, 16)


def _claims(n_claims: int, where: Path) -> Path:
    from run import generate  # benchmarks/run.py: consistent claims with relations

    return generate(max(10, n_claims), where)


def _article(n_sentences: int) -> str:
    out = []
    for i in range(n_sentences):
        out.append(f"第{i + 1}区规上工业产值{1000 + i * 7 % 997}.{i % 10}亿元，同比增长{i % 23}.{i % 9}%，"
                   f"占全市比重{i % 40 + 1}.{i % 7}%，比上年提高{i % 3}.{i % 10}个百分点，"
                   f"型号A{i}X的产量为{i * 13 % 1000 + 10}万台。")
        if i % 5 == 4:
            out.append("\n")
    return "".join(out) + "\n"


@dataclass
class Stage:
    name: str
    base: int  # input units at 1×
    unit: str
    prepare: Callable[[int, Path], object]
    work: Callable[[object], None]


def _cli(args: list[str]) -> None:
    from typer.testing import CliRunner

    from factcheck.app.cli import app

    result = CliRunner().invoke(app, args)
    if result.exit_code not in (0, 1):
        raise SystemExit(f"scaling: {' '.join(args)} exited {result.exit_code}:\n"
                         f"{result.output[-2000:]}")


def _write(where: Path, name: str, text: str) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    path = where / name
    path.write_text(text, encoding="utf-8")
    return path


def _extract(text: object) -> None:
    from factcheck.extract import clear_caches, extract

    clear_caches()
    extract(str(text))


def _draft(n: int, where: Path) -> Path:
    """An article of ``n`` sentences, some repeated, and the draft ``init`` writes for it
    (claims, waivers, occurrences)."""
    text = _article(n) + "".join("增长8.1%，高于全国2.3个百分点。\n" for _ in range(n // 4))
    article = _write(where, "article.txt", text)
    _cli(["init", str(article), "-o", str(where / "draft.yaml"), "--force",
          "--published", "2024-11-05"])
    return where / "draft.yaml"


def _stages() -> list[Stage]:
    return [
        Stage("extract", 400, "sentences", lambda n, w: _article(n), _extract),
        Stage("extract-ids", 4000, "identifiers", lambda n, w: "x1 " * n, _extract),
        Stage("run", 400, "claims", lambda n, w: _claims(n, w),
              lambda p: _cli(["run", str(p), "--no-cache", "--jobs", "1", "--format", "text",
                              "-o", str(Path(str(p)).parent / "report.txt")])),
        Stage("html", 400, "claims", lambda n, w: _claims(n, w),
              lambda p: _cli(["run", str(p), "--no-cache", "--jobs", "1", "--format", "html",
                              "-o", str(Path(str(p)).parent / "report.html")])),
        Stage("auto", 100, "sentences",
              lambda n, w: _write(w, "article.txt", _article(n)),
              lambda p: _cli(["run", "--auto", str(p), "--no-cache", "--jobs", "1",
                              "--format", "text", "-o", str(Path(str(p)).parent / "r.txt")])),
        Stage("auto-growth", 50, "lines",
              lambda n, w: _write(w, "article.txt", "增长8.1%，高于全国2.3个百分点。\n" * n),
              lambda p: _cli(["run", "--auto", str(p), "--no-cache", "--jobs", "1",
                              "--format", "text", "-o", str(Path(str(p)).parent / "r.txt")])),
        Stage("run-draft", 100, "sentences", _draft,
              lambda p: _cli(["run", str(p), "--no-cache", "--jobs", "1", "--format", "text",
                              "-o", str(Path(str(p)).parent / "report.txt")])),
        Stage("init", 100, "sentences",
              lambda n, w: _write(w, "article.txt", _article(n)),
              lambda p: _cli(["init", str(p), "-o", str(Path(str(p)).parent / "draft.yaml"),
                              "--force", "--published", "2024-11-05"])),
    ]


def measure(stage: Stage, base: float, repeats: int, work: Path) -> list[tuple[int, float]]:
    """(input units, best CPU seconds) at each factor."""
    out = []
    for factor in FACTORS:
        n = max(1, round(stage.base * base * factor))
        where = work / f"{stage.name}-{factor}"
        data = stage.prepare(n, where)
        stage.work(data)  # warm: imports, compiled patterns
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            stage.work(data)
            best = min(best, time.process_time() - start)
        out.append((n, best))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stages", default="", help="comma-separated stages (default: all)")
    parser.add_argument("--skip", default="", help="comma-separated stages to leave out")
    parser.add_argument("--report-only", default="",
                        help="comma-separated stages measured but never failing the run")
    parser.add_argument("--base", type=float, default=1.0, help="scale of the 1× inputs")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--slack", type=float, default=2.5)
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    os.environ["FACTCHECK_NO_CACHE"] = "1"
    os.environ["NO_COLOR"] = "1"
    stages = _stages()
    names = [s.name for s in stages]
    chosen = [x for x in args.stages.split(",") if x] or names
    skip = {x for x in args.skip.split(",") if x}
    report_only = {x for x in args.report_only.split(",") if x}
    unknown = sorted((set(chosen) | skip | report_only) - set(names))
    if unknown:
        parser.error(f"unknown stage(s) {', '.join(unknown)}; stages: {', '.join(names)}")
    limit = FACTORS[-1] * args.slack
    rows = []
    work = Path(tempfile.mkdtemp(prefix="factcheck-scaling-"))
    try:
        for stage in stages:
            if stage.name not in chosen or stage.name in skip:
                continue
            points = measure(stage, args.base, args.repeats, work)
            ratio = points[-1][1] / max(points[0][1], 1e-6)
            linear = ratio <= limit
            rows.append({"stage": stage.name, "unit": stage.unit,
                         "sizes": [n for n, _ in points],
                         "seconds": [round(t, 4) for _, t in points],
                         "ratio": round(ratio, 2), "linear": linear,
                         "counts": stage.name not in report_only})
            if not args.json:
                times = "  ".join(f"{n} {stage.unit}: {t:.3f} s" for n, t in points)
                verdict = "linear" if linear else "SUPER-LINEAR"
                note = "" if stage.name not in report_only else " (reported only)"
                print(f"{stage.name:12} {times}  16×/1× = {ratio:.1f} (limit {limit:g}) "
                      f"{verdict}{note}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = [r["stage"] for r in rows if not r["linear"] and r["counts"]]
    if args.json:
        print(json.dumps({"limit": limit, "stages": rows, "failed": failed}))
    else:
        print("every stage linear" if not failed else f"super-linear: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
