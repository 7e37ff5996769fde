"""Discovery in time linear in the text: ``run --auto``'s work (discover, draft, build the
graph, check) on a text of 1x, 4x and 16x a base size, CPU time of this process.

Run: python benchmarks/discover_scaling.py [--base 50]

Four texts: a Chinese line repeated (a rate and a gap against the national rate: every
gap looks for that rate in the text around it), the in-sample bulletin repeated, and a
Chinese text with no figures and no punctuation (one sentence of the whole length), and
an English trade story repeated (the statement templates on every sentence). The
ratio 16x / 1x should stay near 16 (quadratic work gives 256).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.checks import all_rules  # noqa: E402
from factcheck.discover.auto import check_text  # noqa: E402

CASES = {
    "rate and gap lines": lambda n: "增长8.1%，高于全国2.3个百分点。\n" * (50 * n),
    "bulletin": lambda n: ((ROOT / "tests/corpus/discovery/zh-bulletin-consistent.txt")
                           .read_text(encoding="utf-8") + "\n") * (4 * n),
    "no figures, one sentence": lambda n: "全市经济运行总体平稳" * (2000 * n),
    "English trade story": lambda n: (
        "Exports rose 2.1% to $257.6 billion and imports fell 0.7% to $326.9 billion, leaving "
        "a deficit of $69.3 billion. Of this, $40.1 billion was with Asia.\n") * (8 * n),
    # balances whose flows are named sentences and paragraphs away, rates with earlier values
    "English flows apart": lambda n: (
        "Exports during May totaled $14.2 billion, down 1.1 percent from April, while imports "
        "edged up 0.3 percent to $16.5 billion. The result was a trade deficit of $2.3 billion "
        "in May.\n\nThe jobless rate was 6.1% in May, down from 6.4% in April and up from 5.9% "
        "a year before.\n") * (8 * n),
}


def seconds(text: str) -> float:
    rules = all_rules()
    t0 = time.process_time()
    check_text(text, "scale.txt", rules)
    return time.process_time() - t0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=1, help="multiply every base size")
    args = ap.parse_args(argv)
    seconds("增长8.1%。")  # warm the caches of patterns and tables
    print(f"{'text':<26} {'chars 1x':>9} {'1x s':>7} {'4x s':>7} {'16x s':>7} {'16x/1x':>7}")
    for name, make in CASES.items():
        times = [seconds(make(args.base * k)) for k in (1, 4, 16)]
        chars = len(make(args.base))
        print(f"{name:<26} {chars:>9} {times[0]:>7.2f} {times[1]:>7.2f} {times[2]:>7.2f} "
              f"{times[2] / max(times[0], 1e-3):>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
