"""Reading figures on the real published texts of tests/corpus/real: span F1, value,
qualifier and sign accuracy against labels written by reading.

Run: python benchmarks/real_figures.py --split dev [-v]
The held-back split (``--split heldout``) is scored once, with the code frozen; ``--split
spent`` scores the held-back texts moved to development once their scoring was spent.
Sign accuracy is measured on the claims `factcheck init` drafts (a decline drafted negative).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from realcorpus import figure_totals, names, score_figures


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout", "spent"), required=True)
    ap.add_argument("--batch", help="only the texts of the split files whose name contains "
                    "this (batch3: split-batch3-*.yaml)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every problem")
    args = ap.parse_args(argv)
    try:
        texts = names(args.split, args.batch)
    except ValueError as exc:
        ap.error(str(exc))
    scores = [score_figures(n) for n in texts]
    head = (f"{'text':<34} {'figs':>5} {'found':>5} {'exact':>5} {'value':>7} {'qual':>7} "
            f"{'sign':>7} {'non-fig asked':>13}")
    print(head)
    print("-" * len(head))
    for s in scores:
        print(f"{s.name:<34} {s.labelled:>5} {s.found:>5} {s.exact:>5} "
              f"{s.value_ok:>3}/{s.value_n:<3} {s.qualifier_ok:>3}/{s.qualifier_n:<3} "
              f"{s.sign_ok:>3}/{s.sign_n:<3} {s.nonfigures_demanded:>6}/{s.nonfigures:<6}")
        if args.verbose:
            for p in s.problems:
                print(f"    {p}")
    t = figure_totals(scores)
    print("-" * len(head))
    print(f"split {args.split}: {t.texts} texts, {t.labelled} figures, {t.nonfigures} non-figures")
    print(f"span precision / recall / F1  {t.precision:.3f} / {t.recall:.3f} / {t.f1:.3f}")
    print(f"value accuracy                {t.value_accuracy:.3f}  ({t.value_ok}/{t.value_n})")
    print(f"qualifier accuracy            {t.qualifier_accuracy:.3f}  "
          f"({t.qualifier_ok}/{t.qualifier_n})")
    print(f"sign accuracy (init drafts)   {t.sign_accuracy:.3f}  ({t.sign_ok}/{t.sign_n})")
    print(f"kind accuracy (init drafts)   {t.kind_accuracy:.3f}  ({t.kind_ok}/{t.kind_n})")
    print(f"non-figures asked for claims  {t.nonfigures_demanded}/{t.nonfigures}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
