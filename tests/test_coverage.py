"""FC104 on the extractor: the bundled article is fully covered; added figures are flagged."""

from __future__ import annotations

from pathlib import Path

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS, CaseWriter, outcomes, run_case

from factcheck.app.runner import check_file
from factcheck.checks import all_rules
from factcheck.report.findings import Verdict


def _fc104_failures(path: Path, article: Path | None = None) -> list[str]:
    report = check_file(path, all_rules(), article=article) if article else run_case(path)
    return [o.message for o in outcomes(report, "FC104") if o.verdict is Verdict.FAIL]


def test_bundled_article_is_fully_covered() -> None:
    assert _fc104_failures(BUNDLED_CLAIMS) == []


def test_figure_added_to_the_bundled_article_is_flagged(tmp_path: Path) -> None:
    text = BUNDLED_ARTICLE.read_text("utf-8")
    anchor = "新增高新技术企业3125家，增长19%。"
    assert anchor in text
    edited = tmp_path / "draft.txt"
    edited.write_text(text.replace(anchor, anchor + "新增企业500家。"), encoding="utf-8")
    line = next(i for i, row in enumerate(edited.read_text("utf-8").splitlines(), 1)
                if "新增企业500家" in row)
    column = edited.read_text("utf-8").splitlines()[line - 1].index("500家") + 1
    assert _fc104_failures(BUNDLED_CLAIMS, edited) == [
        f"“500家” at line {line}, column {column} is neither claimed nor waived: 新增企业500家。"]


def test_non_figures_need_no_cover(write_case: CaseWriter) -> None:
    # identifiers, years, ROC years, dates, periods, durations, ordinals and ranks: none is a
    # figure a claim must state
    path = write_case("问界M7搭载5G模块。2023年销量位列第一。民国112年1至10月、前三季度、"
                      "10月29日,连续3年。Q3 output in Quarter 3 of 2024, the 3rd estimate.\n"
                      "第一产业增加值3.5亿元。\n", """
        - id: sales
          quote: 问界M7搭载5G模块
          value: '1'
          kind: label
          ignore: {FC102: "fixture: the claim only anchors the file"}
    """)
    failures = _fc104_failures(path)
    assert [f.split("”")[0].lstrip("“") for f in failures] == ["3.5亿元"]


def test_waiver_covers_a_figure(write_case: CaseWriter) -> None:
    article = "全市新增企业500家，增长8.1%。\n"
    path = write_case(article, """
        - id: growth
          quote: 增长8.1%
          value: 8.1%
          kind: growth
    """)
    assert len(_fc104_failures(path)) == 1
    path.write_text(path.read_text("utf-8") + "waivers:\n  - quote: 新增企业500家\n"
                    "    reason: counted by the registry office\n", encoding="utf-8")
    assert _fc104_failures(path) == []
