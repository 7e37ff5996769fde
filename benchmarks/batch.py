"""Time `run_paths` over 1, 100 and 1 000 copies of the bundled claims file, serial and parallel.

    python benchmarks/batch.py [--sizes 1 100 1000] [--jobs N]

The copies go to a temporary directory (claims/NNNN.yaml beside seeds/, so each copy's
relative article path still resolves). Prints a Markdown table of wall-clock seconds.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from factcheck.app.runner import default_jobs, run_paths
from factcheck.checks import all_rules

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims" / "chongqing-manufacturing-2024.yaml"
ARTICLE = ROOT / "seeds" / "chongqing-manufacturing-2024.txt"


def make_copies(base: Path, n: int) -> Path:
    claims = base / f"n{n}" / "claims"
    seeds = base / f"n{n}" / "seeds"
    claims.mkdir(parents=True)
    seeds.mkdir()
    shutil.copy(ARTICLE, seeds / ARTICLE.name)
    for i in range(n):
        shutil.copy(CLAIMS, claims / f"{i:04d}.yaml")
    return claims


def timed(directory: Path, jobs: int) -> tuple[float, int]:
    start = time.perf_counter()
    result = run_paths([directory], all_rules(), jobs=jobs)
    elapsed = time.perf_counter() - start
    assert not result.errors, result.errors[:1]
    return elapsed, sum(len(r.outcomes) for r in result.reports)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--jobs", type=int, default=default_jobs())
    args = parser.parse_args()
    run_paths([CLAIMS], all_rules(), jobs=1)  # warm the imports and caches once
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            directory = make_copies(Path(tmp), n)
            serial, checks = timed(directory, 1)
            parallel, checks_p = timed(directory, args.jobs)
            assert checks == checks_p
            rows.append((n, checks, serial, parallel))
    print(f"| files | checks | serial (s) | parallel, {args.jobs} jobs (s) | speed-up |")
    print("|--:|--:|--:|--:|--:|")
    for n, checks, serial, parallel in rows:
        print(f"| {n} | {checks} | {serial:.2f} | {parallel:.2f} | {serial / parallel:.2f}× |")


if __name__ == "__main__":
    main()
