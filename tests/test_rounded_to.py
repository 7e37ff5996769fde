"""Precision of integers: rounded releases state their rounding on a claim or a file."""

from __future__ import annotations

from conftest import CaseWriter, outcomes, run_case

from factcheck.report.findings import Verdict

ARTICLE = "就业人数减少63,000人，其中男性31,000人，女性33,000人。"
CLAIMS = """
  - {id: all, quote: "减少63,000人", value: 63000 人, exhaustive: true}
  - {id: men, quote: "男性31,000人", value: 31000 人, part-of: all%s}
  - {id: women, quote: "女性33,000人", value: 33000 人, part-of: all%s}
"""


def test_exact_integers_fail_the_partition(write_case: CaseWriter) -> None:
    path = write_case(ARTICLE, CLAIMS % ("", ""))
    assert [o.verdict for o in outcomes(run_case(path), "FC402")] == [Verdict.FAIL]


def test_rounded_to_on_the_claims_passes_within_rounding(write_case: CaseWriter) -> None:
    path = write_case(ARTICLE, CLAIMS.replace("exhaustive: true", "exhaustive: true, rounded-to: 1000")
                      % (", rounded-to: 1000", ", rounded-to: 1000"))
    report = run_case(path)
    assert [o.verdict for o in outcomes(report, "FC402")] == [Verdict.ROUNDING]
    assert all(o.verdict is not Verdict.FAIL for o in outcomes(report, "FC401"))


def test_a_file_default(write_case: CaseWriter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_case(ARTICLE, CLAIMS % ("", ""))
    text = path.read_text(encoding="utf-8").replace("claims:\n", "rounded-to: 1000\nclaims:\n", 1)
    path.write_text(text, encoding="utf-8")
    assert [o.verdict for o in outcomes(run_case(path), "FC402")] == [Verdict.ROUNDING]


def test_a_multiplier_carries_its_rounding(write_case: CaseWriter) -> None:
    path = write_case("就业人数减少6.3万人，其中男性3.1万人，女性3.3万人。", """
      - {id: all, quote: 减少6.3万人, value: 6.3万 人, exhaustive: true}
      - {id: men, quote: 男性3.1万人, value: 3.1万 人, part-of: all}
      - {id: women, quote: 女性3.3万人, value: 3.3万 人, part-of: all}
    """)
    assert [o.verdict for o in outcomes(run_case(path), "FC402")] == [Verdict.ROUNDING]
