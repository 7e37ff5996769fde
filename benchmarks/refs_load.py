"""Reference tables at scale: a table of 1 000 000 rows loaded and indexed.

    python benchmarks/refs_load.py [--rows N] [--runs N]

Generates a CSV of N rows (three key columns, region × indicator × period, and two value
columns) with its sidecar in a temporary data folder, then, each in a fresh process:

1. load: ``DataFolder(...).table(NAME)`` — read, decode, split (the plain reader: the
   generated table has no quotes; quoted tables go through the csv module), check the grid
   and the keys, and build the index of rows by key; timed inside the process with
   ``time.perf_counter`` and ``time.process_time`` (start-up excluded; on a shared machine
   the CPU time is the steadier figure, and the load average is printed). Goal: ≤ 2 s for
   1 000 000 rows.
2. lookup: one cited cell found by its keys once the table is loaded.
3. run: ``factcheck run`` on a claims file citing one cell of the table, end to end
   (start-up, loading the table, the checks, the report), wall clock.

Each figure is the median of the runs with the spread; peak memory is the ru_maxrss of the
measuring process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "FACTCHECK_NO_CACHE": "1"}
GOAL_SECONDS = 2.0

SIDECAR = """\
title: Generated table for the load benchmark
publisher: factcheck benchmarks
url: https://example.org/benchmark
released: 2024-10-18
vintage: first release
keys: [region, indicator, period]
columns:
  region: {}
  indicator: {}
  period: {}
  growth: {unit: "%"}
  level: {unit: 元, multiplier: 亿}
"""

CHILD = """
import json, resource, sys, time
from pathlib import Path
from factcheck.refs.model import Citation
from factcheck.refs.resolve import DataFolder
folder = Path(sys.argv[1])
t0, c0 = time.perf_counter(), time.process_time()
table = DataFolder(folder, str(folder)).table("big")
t1, c1 = time.perf_counter(), time.process_time()
found = DataFolder(folder, str(folder))
found._tables["big"] = table
citation = Citation.model_validate({"table": "big", "column": "growth",
    "row": {"region": sys.argv[2], "indicator": sys.argv[3], "period": sys.argv[4]}})
t2 = time.perf_counter()
cell = found.look_up(citation)
t3 = time.perf_counter()
assert cell.status.value == "ok", cell
print(json.dumps({"load": t1 - t0, "cpu": c1 - c0, "lookup": t3 - t2, "rows": len(table),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_table(folder: Path, rows: int, quoted: bool = False) -> tuple[str, str, str]:
    """Write big.csv and big.yaml; return the keys of the last row. ``quoted`` quotes each
    region, so that the csv module reads the table."""
    regions, indicators = 1000, 100
    periods = -(-rows // (regions * indicators))
    lines = ["region,indicator,period,growth,level"]
    n = 0
    last = ("", "", "")
    for p in range(periods):
        for i in range(indicators):
            for r in range(regions):
                if n == rows:
                    break
                key = (f"R{r:04d}", f"IND{i:03d}", f"{2000 + p // 4}Q{p % 4 + 1}")
                region = f'"{key[0]}"' if quoted else key[0]
                lines.append(f"{region},{key[1]},{key[2]},{(n * 7919) % 2000 / 100:.2f},{n % 9973}")
                last = key
                n += 1
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "big.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "big.yaml").write_text(SIDECAR, encoding="utf-8")
    return last


def median_spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quoted", action="store_true",
                        help="quote a column, so that the csv module reads the table")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = root / "data"
        keys = make_table(data, args.rows, args.quoted)
        size_mb = (data / "big.csv").stat().st_size / 1e6
        (root / "article.txt").write_text("工业增长8.1%。\n", encoding="utf-8")
        growth_cell = subprocess.run(
            [sys.executable, "-c", "import csv,sys; r=list(csv.reader(open(sys.argv[1])))[-1];"
             " print(r[3])", str(data / "big.csv")], capture_output=True, text=True,
            check=True).stdout.strip()
        (root / "claims.yaml").write_text(
            "article: article.txt\npublished: 2024-11-05\ndata: data\nclaims:\n"
            "  - id: g\n    quote: 工业增长8.1%\n    value: 8.1%\n    kind: growth\n"
            f"    source: {{table: big, row: {{region: {keys[0]}, indicator: {keys[1]}, "
            f"period: {keys[2]}}}, column: growth}}\n"
            "    ignore: {FC601: \"a generated value, not the article's\"}\n", encoding="utf-8")
        loads, cpus, lookups, runs, rss = [], [], [], [], []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", CHILD, str(data), *keys], env=ENV,
                                 capture_output=True, text=True, check=True)
            got = json.loads(out.stdout)
            assert got["rows"] == args.rows, got
            loads.append(got["load"])
            cpus.append(got["cpu"])
            lookups.append(got["lookup"])
            rss.append(got["rss_mb"])
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "factcheck", "run", "claims.yaml",
                                   "--format", "text"], cwd=root, env=ENV,
                                  capture_output=True, text=True)
            runs.append(time.perf_counter() - start)
            if done.returncode not in (0, 1):
                print(done.stderr, file=sys.stderr)
                return 2
    load = statistics.median(loads)
    reader = "csv module" if args.quoted else "plain reader"
    print(f"reference table ({reader}): {args.rows:,} rows, {size_mb:.1f} MB (cell cited: {growth_cell}); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| what | time | peak memory | goal |")
    print("|---|---|---|---|")
    print(f"| load and index {args.rows:,} rows | {median_spread(loads)} | "
          f"{statistics.median(rss):.0f} MB | ≤ {GOAL_SECONDS:.0f} s: "
          f"{'met' if load <= GOAL_SECONDS else 'NOT met'} |")
    print(f"| the same, CPU time of the process | {median_spread(cpus)} | | |")
    print(f"| look up one cell by its keys | {statistics.median(lookups) * 1e3:.2f} ms | | |")
    print(f"| `factcheck run` citing one cell of it | {median_spread(runs)} | | |")
    return 0 if load <= GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
