"""Relation discovery on the corpus in tests/corpus/discovery: precision and recall of the
relations found, planted errors caught, and false alarms.

Run: python benchmarks/discover.py [CORPUS_DIR]
Goals: recall >= 0.8, precision >= 0.95, every planted error caught, no false failure.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from factcheck.discover.evaluate import score_corpus, totals  # noqa: E402


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else ROOT / "tests" / "corpus" / "discovery"
    started = time.perf_counter()
    scores = score_corpus(corpus)
    elapsed = time.perf_counter() - started
    header = (f"{'text':<28} {'expected':>8} {'found':>6} {'right':>6} {'planted':>8} "
              f"{'caught':>7} {'false':>6}")
    print(header)
    print("-" * len(header))
    for s in scores:
        print(f"{s.name:<28} {len(s.expected):>8} {len(s.found):>6} {s.true_positives:>6} "
              f"{len(s.planted):>8} {s.caught:>7} {len(s.false_failures):>6}")
        for sig in s.missed:
            print(f"    missed:   {' '.join(sig)}")
        for sig in s.spurious:
            print(f"    spurious: {' '.join(sig)}")
        for sig, want, got in s.wrong_verdicts:
            print(f"    verdict:  {' '.join(sig)}: expected {want}, got {got}")
    t = totals(scores)
    print("-" * len(header))
    print(f"texts                      {len(scores)}")
    print(f"relation recall            {t.recall:.3f}  ({t.true_positives}/{t.expected})")
    print(f"relation precision         {t.precision:.3f}  ({t.true_positives}/{t.found})")
    print(f"planted errors caught      {t.caught}/{t.planted}")
    print(f"false failures             {t.false_failures} (on consistent texts: {t.consistent_failures})")
    print(f"verdicts agreeing          {t.verdicts_agree}/{t.verdicts_compared}")
    print(f"time                       {elapsed:.2f} s")
    ok = (t.recall >= 0.8 and t.precision >= 0.95 and t.caught == t.planted
          and t.false_failures == 0)
    print("goals                      " + ("met" if ok else "NOT met"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
