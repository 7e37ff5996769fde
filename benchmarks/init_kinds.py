"""Every figure whose kind ``factcheck init`` drafts wrong, with the words around it, grouped
by the labelled measure and the drafted kind.

    python benchmarks/init_kinds.py --split dev|spent [--measure growth] [--width 50]

A figure of a labelled measure (growth, share, change, contribution …) drafted as a kind the
measure does not take (``realcorpus.DRAFTED_KINDS``) is listed with the text before and after
it, so that the words that should have told its kind can be read; the same comparison as
``real_figures.py``'s "kind accuracy (init drafts)". Held-out texts are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from realcorpus import DRAFTED_KINDS, _draft, _match_claims, labels, names


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "spent"), required=True)
    ap.add_argument("--measure", help="only figures labelled with this measure")
    ap.add_argument("--width", type=int, default=50, help="characters shown on each side")
    args = ap.parse_args(argv)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in names(args.split):
        text, language, gold = labels(name)
        figs = [g for g in gold if g.figure]
        drafted = {g.start: c for c, g in _match_claims(text, figs, _draft(text, language))
                   if g is not None}
        for g in figs:
            claim = drafted.get(g.start)
            if claim is None or g.measure not in DRAFTED_KINDS:
                continue
            if args.measure and g.measure != args.measure:
                continue
            kind = str(claim.get("kind", "amount"))
            if kind in DRAFTED_KINDS[g.measure]:
                continue
            before = text[max(0, g.start - args.width):g.start].replace("\n", " ")
            after = text[g.end:g.end + args.width // 2].replace("\n", " ")
            groups[(g.measure, kind)].append(f"{name}: …{before}[{g.text}]{after}…")
    for (measure, kind), lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"== {measure} drafted {kind}: {len(lines)}")
        for line in lines:
            print(f"   {line}")
    print(f"total: {sum(len(v) for v in groups.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
