"""Which discovered relations may fail a run: per rule, how often its links are right and
how its failures split between real inconsistencies and consistent figures, on one split of
tests/corpus/real.

Run: python benchmarks/calibration.py --split dev [--split spent]
The policy it informs lives in factcheck/discover/confidence.py: a relation is a note, never a
failure, when a rule's links are not known to be right. A rule is one ``why`` of a relation,
with the names it quotes taken out.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from realcorpus import REAL, SPLITS, _pair_keys, _pairs, _slots_of_entry, _slots_of_relation, names, warm_up


def rule_of(why: str) -> str:
    """A relation's rule: its ``why`` up to the first ';' with quoted names taken out."""
    head = why.split(";")[0]
    return re.sub(r"\bfor \S.*$|\bof [^,]*, (?=named|whose)", "", head).strip()[:70]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS, action="append", required=True)
    args = ap.parse_args(argv)
    from factcheck.checks import select_rules
    from factcheck.discover.auto import check_text
    from factcheck.discover.evaluate import counted

    warm_up()
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    for split in args.split:
        for name in names(split):
            text = (REAL / f"{name}.txt").read_text("utf-8")
            side = yaml.safe_load((REAL / f"{name}.yaml").read_text("utf-8"))
            auto = check_text(text, f"{name}.txt", select_rules(), language=side.get("language"))
            gold: set[tuple[str, str]] = set()
            bad: list[set[tuple[str, str]]] = []
            for entry in side.get("relations") or []:
                keys: set[tuple[str, str]] = set()
                for a, b in _pairs(_slots_of_entry(entry)):
                    keys |= _pair_keys(a, b)
                gold |= keys
                if entry.get("inconsistent") or entry.get("planted"):
                    bad.append(keys)
            for i, rel in enumerate(auto.relations):
                if not counted(rel):
                    continue
                st = stats[f"{rel.kind.value}: {rule_of(rel.why)}"]
                found: set[tuple[str, str]] = set()
                right = total = 0
                for a, b in _pairs(_slots_of_relation(rel)):
                    k = _pair_keys(a, b)
                    found |= k
                    total += 1
                    right += bool(k & gold)
                st["relations"] += 1
                st["pairs"] += total
                st["right"] += right
                st["confident"] += rel.confident
                verdict = auto.verdict(i)
                st[verdict] += 1
                if verdict == "fail":
                    st["true" if any(b & found for b in bad) else "false"] += 1
    head = f"{'n':>4} {'conf.':>5} {'pairs right':>11} {'pass':>4} {'fail':>4} {'false':>5} {'note':>4}  rule"
    print(head)
    print("-" * len(head))
    for rule, st in sorted(stats.items(), key=lambda kv: (-kv[1]["relations"], kv[0])):
        share = f"{st['right'] / st['pairs']:.2f}" if st["pairs"] else "  –"
        print(f"{st['relations']:>4} {st['confident']:>5} {share:>11} {st['pass']:>4} "
              f"{st['fail']:>4} {st['false']:>5} {st['note']:>4}  {rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
