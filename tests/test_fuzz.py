"""The fuzzer's quick mode (benchmarks/fuzz.py): mangled articles and claims files, in
this process, each command under an alarm. The long mode runs thousands of cases in
worker processes under a memory limit: ``python benchmarks/fuzz.py``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import fuzz
finally:
    sys.path.remove(str(ROOT / "benchmarks"))


def test_the_same_seed_gives_the_same_cases() -> None:
    first = list(fuzz.cases(5, 20, 20))
    assert first == list(fuzz.cases(5, 20, 20))
    assert first != list(fuzz.cases(6, 20, 20))
    assert {kind for _, kind, _ in first} == {"article", "claims"}


def test_mutations_bring_odd_numerals_long_digit_runs_and_invisible_characters() -> None:
    texts = "".join(str(data) for _, _, data in fuzz.cases(1, 300, 0))
    for family in ("０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "⁰¹²³⁴⁵⁶⁷⁸⁹", "壹贰叁肆伍陆柒捌玖",
                   "\u202e\u2066\u200b", "廿卅"):
        assert any(ch in texts for ch in family), family
    assert any(len(run) >= 4301 for run in __import__("re").findall(r"\d+", texts))


def test_quick_mode_finds_no_internal_error_hang_bad_exit_or_unloadable_draft(
        tmp_path: Path) -> None:
    results = fuzz.quick(seed=21, n_articles=120, n_claims=180, alarm=30, work=tmp_path)
    assert len(results) == 300
    problems = [(r.index, p) for r in results for p in r.problems]
    assert problems == []
    # the cases reach every command, and init wrote drafts that were run
    assert sum(1 for r in results if "run-draft" in r.codes) > 30
    assert {c for r in results for c in r.codes.values()} <= {0, 1, 2}
