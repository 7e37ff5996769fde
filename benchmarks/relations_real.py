"""How many of the relations real releases state the claims format expresses, and the verdicts.

For each claims file ``tests/corpus/relations/NAME.yaml`` (written by hand for the real text
``tests/corpus/real/NAME.txt``), ``NAME.map.yaml`` names, for every relation labelled in
``tests/corpus/real/NAME.yaml`` (in order), the check and the claims that express it — or
``inexpressible`` with the reason (``checked: false`` when the relation is written but the
text prints nothing it can be checked against). The script runs the checks and reports, per text, the
relations stated, those expressed, and the verdicts against the labelled ones. A failing check
is a defect of the claims file unless the labels expect it (a real published error) or it is a
warning on the relation mapped (a finding about the notation, the arithmetic holding).

    python benchmarks/relations_real.py [-v]
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
RELATIONS = ROOT / "tests" / "corpus" / "relations"
REAL = ROOT / "tests" / "corpus" / "real"
# a labelled verdict and the verdicts of factcheck that agree with it
# (a "warning" is a failure of warning severity: a finding about the notation, such as a change
# of a rate printed in % where only percentage points fit, while the arithmetic holds)
AGREES = {"pass": {"pass", "pass-within-rounding", "implied", "warning"}, "fail": {"fail"},
          "none": {"implied", "pass", "pass-within-rounding"}}


@dataclass
class TextScore:
    name: str
    stated: int = 0
    expressed: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    disagreements: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    inexpressible: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # any failing check of the file


def names() -> list[str]:
    return sorted(p.name[:-len(".map.yaml")] for p in RELATIONS.glob("*.map.yaml"))


def score(name: str) -> TextScore:
    from factcheck.app.runner import check_file
    from factcheck.checks import select_rules

    labels = yaml.safe_load((REAL / f"{name}.yaml").read_text("utf-8"))["relations"] or []
    mapping: list[dict[str, Any]] = yaml.safe_load(
        (RELATIONS / f"{name}.map.yaml").read_text("utf-8")) or []
    if len(mapping) != len(labels):
        raise SystemExit(f"{name}: {len(mapping)} mapped relations for {len(labels)} labelled")
    report = check_file(RELATIONS / f"{name}.yaml", select_rules(ignore=["FC104"]))
    sc = TextScore(name, stated=len(labels))
    # a failure the labels expect (a real published error) is a verdict, not a defect of the file
    expected = [(e["code"], set(e["claims"])) for label, e in zip(labels, mapping, strict=True)
                if label.get("verdict") == "fail" and "code" in e]
    sc.failures = [f"{o.code} {o.message}" for o in report.outcomes if o.verdict.value == "fail"
                   and not any(o.code == code and want <= set(o.claim_ids)
                               for code, want in expected)
                   and not any(o.code == e.get("code") and set(e.get("claims", ())) <= set(o.claim_ids)
                               and o.severity.value == "warning" for e in mapping)]
    for label, entry in zip(labels, mapping, strict=True):
        what = f"{label['kind']} " + " ".join(f"{k}={v}" for k, v in label.items()
                                               if k not in ("kind", "verdict"))
        if "inexpressible" in entry:
            sc.inexpressible.append(f"{what}: {entry['inexpressible']}")
            continue
        sc.expressed += 1
        if entry.get("checked") is False:  # written, but no figure printed to check it by
            sc.verdicts["none"] += 1
            if label.get("verdict") not in ("none", None):
                sc.disagreements.append(f"{what}: labelled {label.get('verdict')}, not checkable")
            continue
        want = set(entry["claims"])
        found = ["warning" if o.verdict.value == "fail" and o.severity.value == "warning"
                 else o.verdict.value for o in report.outcomes
                 if o.code == entry["code"] and want <= set(o.claim_ids)]
        if not found and any(i.code == entry["code"] and want <= set(i.claim_ids)
                             for i in report.implied):
            found = ["implied"]
        if not found:
            sc.unresolved.append(f"{what}: no {entry['code']} outcome on {sorted(want)}")
            continue
        verdict = "fail" if "fail" in found else found[0]
        sc.verdicts[verdict] += 1
        if verdict not in AGREES[str(label.get("verdict", "none"))]:
            sc.disagreements.append(f"{what}: labelled {label.get('verdict')}, got {verdict}")
    return sc


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    scores = [score(n) for n in names()]
    print(f"{'text':36} {'stated':>6} {'expressed':>9}  verdicts")
    for sc in scores:
        shown = ", ".join(f"{k} {v}" for k, v in sorted(sc.verdicts.items()))
        print(f"{sc.name:36} {sc.stated:6} {sc.expressed:9}  {shown}")
        if verbose:
            for line in sc.inexpressible:
                print(f"    not expressed: {line}")
        for line in sc.unresolved + sc.disagreements + sc.failures:
            print(f"    ! {line}")
    stated = sum(s.stated for s in scores)
    expressed = sum(s.expressed for s in scores)
    total: Counter[str] = Counter()
    for s in scores:
        total.update(s.verdicts)
    print(f"{'total':36} {stated:6} {expressed:9}  "
          + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    print(f"texts {len(scores)}; expressed {expressed}/{stated} = {expressed / stated:.3f}; "
          f"disagreements with the labels {sum(len(s.disagreements) for s in scores)}; "
          f"unresolved {sum(len(s.unresolved) for s in scores)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
