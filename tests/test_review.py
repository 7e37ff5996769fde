"""FC106: the markers a draft leaves for a person fail until someone removes them."""

from __future__ import annotations

from pathlib import Path

from factcheck.app.runner import check_file
from factcheck.checks import all_rules, select_rules
from factcheck.report.findings import Verdict

ARTICLE = "全市工业产值1200亿元，同比增长20.0%。第3季度。\n"


def _outcomes(tmp_path: Path, claims: str) -> list[tuple[str, Verdict, tuple[str, ...], str]]:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.yaml").write_text("article: a.txt\npublished: 2024-11-05\n" + claims,
                                     encoding="utf-8")
    report = check_file(tmp_path / "c.yaml", all_rules())
    return [(o.code, o.verdict, o.claim_ids, o.message) for o in report.outcomes
            if o.code == "FC106"]


def test_todo_review_and_waiver_markers_fail(tmp_path: Path) -> None:
    found = _outcomes(tmp_path, """\
claims:
  - {id: output, quote: 工业产值1200亿元, value: 1200亿元, measures: "TODO: what is measured"}
  - id: growth
    quote: 同比增长20.0%
    value: 20.0%
    kind: growth
    measures: industrial output, year on year
    note: relations discovered — review
waivers:
  - {quote: 第3季度, reason: "TODO: a list or series marker, not a quantity?"}
""")
    assert found == [
        ("FC106", Verdict.FAIL, ("output",), "Claim 'output' is an unreviewed draft: measures "
         "says “TODO: what is measured”; run factcheck review to accept, edit or delete it."),
        ("FC106", Verdict.FAIL, ("growth",), "Claim 'growth' is an unreviewed draft: note says "
         "“relations discovered — review”; run factcheck review to accept, edit or delete it."),
        ("FC106", Verdict.FAIL, (), "The waiver of “第3季度” is an unreviewed draft: its reason "
         "says “TODO: a list or series marker, not a quantity?”; run factcheck review to accept, "
             "edit or delete it."),
    ]


def test_a_reviewed_file_has_no_finding_and_the_check_is_selectable(tmp_path: Path) -> None:
    assert _outcomes(tmp_path, """\
claims:
  - {id: output, quote: 工业产值1200亿元, value: 1200亿元, measures: "industrial output; TODO list done"}
  - {id: growth, quote: 同比增长20.0%, value: 20.0%, kind: growth, note: reviewed by the desk}
waivers:
  - {quote: 第3季度, reason: "a quarter, not a quantity"}
""") == []
    assert [r.code for r in select_rules(["FC106"])] == ["FC106"]
    assert "FC106" not in [r.code for r in select_rules([], ["FC106"])]
