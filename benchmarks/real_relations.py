"""Relation discovery (`run --auto`) on the real published texts of tests/corpus/real:
figure-pair recall and precision, labelled inconsistencies flagged, false failures, and
time per article.

Run: python benchmarks/real_relations.py --split dev [-v]
The held-back split (``--split heldout``) is scored once, with the code frozen; ``--split
spent`` scores the held-back texts moved to development once their scoring was spent.
A labelled relation counts as recalled when discovery relates any pair of its figures; a
discovered pair is right when some labelled relation joins those two figures.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from realcorpus import names, relation_totals, score_init, score_relations, warm_up


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout", "spent"), required=True)
    ap.add_argument("--batch", help="only the texts of the split files whose name contains "
                    "this (batch3: split-batch3-*.yaml)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and spurious pairs")
    ap.add_argument("--by-kind", action="store_true",
                    help="recall of the labelled pairs by labelled relation kind")
    args = ap.parse_args(argv)
    warm_up()
    try:
        texts = names(args.split, args.batch)
    except ValueError as exc:
        ap.error(str(exc))
    scores = [score_relations(n) for n in texts]
    head = (f"{'text':<34} {'pairs':>5} {'recalled':>8} {'found':>5} {'right':>5} "
            f"{'incons.':>7} {'flagged':>7} {'false':>5} {'ms':>6}")
    print(head)
    print("-" * len(head))
    for s in scores:
        print(f"{s.name:<34} {s.labelled_pairs:>5} {s.pairs_recalled:>8} {s.found_pairs:>5} "
              f"{s.found_pairs_right:>5} {s.inconsistencies:>7} {s.flagged:>7} "
              f"{len(s.false_failures):>5} {s.seconds * 1000:>6.0f}")
        if args.verbose:
            for m in s.missed:
                print(f"    missed:   {m}")
            for m in s.spurious:
                print(f"    spurious: {m}")
            for m in s.false_failures:
                print(f"    false failure: {m}")
        if s.error:
            print(f"    --auto refused the article: {s.error}")
    t = relation_totals(scores)
    print("-" * len(head))
    print(f"split {args.split}: {t.texts} texts, {t.relations_labelled} labelled relations")
    print(f"figure-pair recall       {t.pair_recall:.3f}  ({t.pairs_recalled}/{t.labelled_pairs})")
    print(f"figure-pair precision    {t.pair_precision:.3f}  "
          f"({t.found_pairs_right}/{t.found_pairs})")
    for lang, prefix in (("zh (simplified)", "zh-"), ("zht (traditional)", "zht-"), ("en", "en-")):
        sub = relation_totals([s for s in scores if s.name.startswith(prefix)])
        print(f"  {lang:<18} recall {sub.pair_recall:.3f} ({sub.pairs_recalled}/{sub.labelled_pairs})"
              f"  precision {sub.pair_precision:.3f} ({sub.found_pairs_right}/{sub.found_pairs})")
    if args.by_kind:
        kinds: dict[str, list[int]] = {}
        for s in scores:
            for kind, (n, got) in s.by_kind.items():
                tally = kinds.setdefault(kind, [0, 0])
                tally[0] += n
                tally[1] += got
        total = sum(n for n, _ in kinds.values()) or 1
        print("recall by labelled kind (labelled pairs summed per relation; a pair in two "
              "relations counts in each)")
        for kind, (n, got) in sorted(kinds.items(), key=lambda kv: (-kv[1][0], kv[0])):
            if n:
                print(f"  {kind:<18} {n:>5} pairs ({n / total:.2f})  recall {got / n:.2f}")
    print(f"relations exactly found  {t.relations_right}/{t.relations_labelled} "
          f"(of {t.relations_found} found)")
    print(f"inconsistencies flagged  {t.flagged}/{t.inconsistencies}")
    print(f"false failures           {t.false_failures}")
    print(f"articles --auto refused  {sum(1 for s in scores if s.error)}/{t.texts}")
    print(f"time per article         {t.seconds / max(t.texts, 1) * 1000:.0f} ms (--auto, in process)")
    inits = [score_init(n) for n in texts]
    claims = sum(i.claims for i in inits)
    print(f"init: drafts that load   {sum(i.loads for i in inits)}/{len(inits)}")
    for i in inits:
        if not i.loads:
            print(f"    {i.name}: {i.error}")
    print(f"init: claims kept        {sum(i.kept for i in inits)}/{claims} "
          f"(a labelled figure with the sign its words state); "
          f"{sum(i.not_figures for i in inits)} drafted for dates, ordinals or periods")
    print(f"init: time per article   {sum(i.seconds for i in inits) / max(len(inits), 1) * 1000:.0f} ms"
          " (in process)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
