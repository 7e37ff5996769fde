"""``factcheck init``: a draft claims file that loads and runs cleanly, never overwriting."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from factcheck.app.init_draft import unique_quote
from factcheck.app.runner import check_file
from factcheck.checks import all_rules
from factcheck.report.findings import Verdict

ARTICLE = """长江上游某市今年前三季度地区生产总值达2531亿元，同比增长6.3%，比上半年提高0.4个百分点。
全市新增规模以上工业企业120家，其中高新技术企业56家；软件企业4万余家，从业人员超过40万人。
该市工业增加值分别增长8.5%、6.3%。到2027年，全市将建成智能工厂30个以上，位列西部第一。
早在1958年，当地就建成第一座水电站；新增企业56家。
"""


def _init(tmp_path: Path, *args: str) -> tuple[int, str]:
    article = tmp_path / "news.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        __import__("factcheck.app.cli", fromlist=["app"]).app,
        ["init", str(article), "-o", str(tmp_path / "claims" / "news.yaml"),
         "--published", "2024-11-05", *args])
    return result.exit_code, result.stderr


def test_draft_loads_and_passes_fidelity_and_coverage(tmp_path: Path) -> None:
    code, _ = _init(tmp_path)
    assert code == 0
    path = tmp_path / "claims" / "news.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    assert data["article"] == "../news.txt"
    assert data["published"].isoformat() == "2024-11-05"
    report = check_file(path, all_rules(), root=tmp_path)
    bad = [(o.code, o.message) for o in report.outcomes
           if o.verdict is Verdict.FAIL and o.code.startswith("FC1") and o.code != "FC106"]
    assert bad == []
    # until a person has read what each figure measures (a guess from its clause, marked
    # "— review", or a TODO), the draft fails FC106 for each
    drafted = {o.claim_ids[0] for o in report.outcomes if o.code == "FC106" and o.claim_ids}
    assert drafted == {c["id"] for c in data["claims"]}
    assert all(c["measures"].startswith("TODO") or c["measures"].endswith("— review")
               for c in data["claims"])
    values = {c["value"] for c in data["claims"]}
    assert {"2531亿 元", "6.3%", "0.4 个百分点", "4万余 家", "超过40万 人", "30 个以上",
            "2027"} <= values
    # a past year is not a figure: no claim is drafted for it (a target is checked)
    assert "1958" not in values
    kinds = {c["value"]: c["kind"] for c in data["claims"]}
    assert kinds["2027"] == "target"
    assert kinds["6.3%"] == "growth" and kinds["0.4 个百分点"] == "pp-change"


def test_quotes_are_unique_or_carry_an_occurrence(tmp_path: Path) -> None:
    _init(tmp_path)
    data = yaml.safe_load((tmp_path / "claims" / "news.yaml").read_text("utf-8"))
    assert data["claims"]
    for claim in data["claims"]:
        count = ARTICLE.count(claim["quote"])
        if "occurrence" in claim:
            assert count >= claim["occurrence"] > 1
        else:
            assert count == 1, claim["quote"]


def test_unique_quote_grows_clause_by_clause() -> None:
    text = "新增企业56家，增长5%。另有企业56家，增长5%。"
    start = text.index("56家")
    assert unique_quote(text, start, start + 3) == ("新增企业56家", 1)
    second = text.index("增长5%", start + 5)
    assert unique_quote(text, second + 2, second + 4) == ("另有企业56家，增长5%。", 1)
    assert unique_quote("增长5%。\n增长5%。", 8, 10) == ("增长5%。", 2)


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "claims" / "news.yaml"
    target.parent.mkdir()
    target.write_text("keep me\n", encoding="utf-8")
    code, err = _init(tmp_path)
    assert code == 2
    assert err.strip() == f"{target}:1:1: already exists; pass --force to overwrite it"
    assert target.read_text("utf-8") == "keep me\n"
    code, _ = _init(tmp_path, "--force")
    assert code == 0 and target.read_text("utf-8").startswith("# Draft")


def test_missing_article_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(__import__("factcheck.app.cli", fromlist=["app"]).app,
                                ["init", str(tmp_path / "none.txt"), "-o",
                                 str(tmp_path / "x.yaml")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{tmp_path / 'none.txt'}:1:1: article not found"
    assert not (tmp_path / "x.yaml").exists()


def test_draft_carries_discovered_relations(tmp_path: Path) -> None:
    assert _init(tmp_path)[0] == 0
    path = tmp_path / "claims" / "news.yaml"
    claims = {c["quote"]: c for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]}
    by_id = {c["id"]: c for c in claims.values()}
    [growth] = [c for c in claims.values() if c["value"] == "6.3%" and "current" in c]
    assert by_id[growth["current"]]["value"] == "2531亿 元"
    assert growth["note"] == "relations discovered — review"
    [part] = [c for c in claims.values() if c.get("part-of")]
    assert (part["value"], by_id[part["part-of"]]["value"]) == ("56 家", "120 家")
    report = check_file(path, all_rules(), root=tmp_path)
    assert not [o for o in report.outcomes if o.verdict is Verdict.FAIL and o.code != "FC106"]
    flagged = [o.message for o in report.outcomes if o.code == "FC106"
               and o.claim_ids == (growth["id"],)]
    assert f"Claim {growth['id']!r} is an unreviewed draft: note says “relations discovered — " \
        "review”; run factcheck review to accept, edit or delete it." in flagged


def test_no_drafted_waiver_repeats_a_claims_quote() -> None:
    import datetime as dt

    import yaml

    from factcheck.app.init_draft import draft

    text = "11月出口增长3.2%，第一产业增加值增长4.1%。\n"
    doc = yaml.safe_load(draft(text, "a.txt", dt.date(2024, 11, 5)))
    assert [c["quote"] for c in doc["claims"]] == ["11月出口增长3.2%", "第一产业增加值增长4.1%"]
    assert doc["waivers"] == []  # 11月 and 第一 sit inside quotes that are checked


def _init_text(tmp_path: Path, text: str) -> dict[str, object]:
    tmp_path.mkdir(exist_ok=True)
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "claims" / "story.yaml"
    result = CliRunner().invoke(__import__("factcheck.app.cli", fromlist=["app"]).app,
                                ["init", str(article), "-o", str(out), "--published", "2024-11-05"])
    assert result.exit_code == 0, result.output
    report = check_file(out, all_rules(), root=tmp_path)
    assert not [o for o in report.outcomes if o.verdict is Verdict.FAIL and o.code != "FC106"]
    doc: dict[str, object] = yaml.safe_load(out.read_text(encoding="utf-8"))
    return doc


def _stated(doc: dict[str, object]) -> list[tuple[str, list[str]]]:
    values = {c["id"]: c["value"] for c in doc["claims"]}  # type: ignore[attr-defined]
    return [(r["kind"], [values[m] for m in r["members"]])
            for r in doc.get("relations", [])]  # type: ignore[attr-defined]


def test_draft_carries_relations_stated_among_claims(tmp_path: Path) -> None:
    # an order of printed rates, one quantity in two units: relations of the claims file
    doc = _init_text(tmp_path, "The highest rates were recorded in Ohio (5.1%), followed by "
                               "Texas (4.2%) and Utah (3.3%).\n")
    assert ("order", ["5.1%", "4.2%", "3.3%"]) in _stated(doc)
    doc = _init_text(tmp_path / "zh", "全省油菜播种面积200万公顷(3000万亩)，比上年增长5.0%。\n")
    assert [kind for kind, _ in _stated(doc)] == ["same"]
