"""The likely culprit: the fewest printed figures whose change makes every failing check pass."""

from __future__ import annotations

from pathlib import Path

from factcheck.app.runner import check_file
from factcheck.checks import all_rules
from factcheck.report.culprit import typos

FIXTURES = Path(__file__).parent / "fixtures"


def _localise(path: Path):  # type: ignore[no-untyped-def]
    return check_file(path, all_rules()).localisation


def test_one_swapped_component_explains_three_failures() -> None:
    loc = _localise(FIXTURES / "culprit" / "claims.yaml")
    assert loc is not None
    assert [k[0] for k in loc.failing] == ["FC401", "FC402", "FC301"]
    assert loc.single is not None and loc.single.claim_ids == ("auto",)
    assert loc.single.suggestion == "2706.91亿元"
    assert loc.sentence() == ("likely culprit: 2760.91亿元 (auto) is the likely typo: "
                              "with 2706.91亿元 all 3 failing checks pass")


def test_one_failing_growth_names_every_figure_that_could_explain_it() -> None:
    loc = _localise(FIXTURES / "failing" / "claims.yaml")
    assert loc is not None
    # the waived FC301 and the fidelity FC101 are not localised
    assert [k[0] for k in loc.failing] == ["FC201"]
    assert [c.claim_ids for c in loc.culprits] == [("output-growth",), ("output",),
                                                   ("output-prior",)]
    assert loc.single is None
    assert loc.sentence() == (
        "likely culprit: any one of 25.0% (output-growth; 20.0% would fit), "
        "1200亿元 (output; 1250亿元 would fit), 1000亿元 (output-prior) "
        "would make the failing check pass")


def test_two_independent_errors_have_no_single_culprit(tmp_path: Path) -> None:
    article = "甲地产值100亿元，增长10.0%，上年产值80亿元。乙地产值300亿元，增长20.0%，上年产值200亿元。\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "c.yaml").write_text("""\
article: a.txt
published: 2024-11-05
claims:
  - {id: a, quote: 甲地产值100亿元, value: 100亿元}
  - {id: a-prior, quote: 上年产值80亿元, value: 80亿元}
  - {id: a-growth, quote: 增长10.0%, value: 10.0%, kind: growth, current: a, prior: a-prior}
  - {id: b, quote: 乙地产值300亿元, value: 300亿元}
  - {id: b-prior, quote: 上年产值200亿元, value: 200亿元}
  - {id: b-growth, quote: 增长20.0%, value: 20.0%, kind: growth, current: b, prior: b-prior}
""", encoding="utf-8")
    loc = _localise(tmp_path / "c.yaml")
    assert loc is not None and len(loc.failing) == 2
    assert loc.single is None
    assert all(len(c.claim_ids) == 2 for c in loc.culprits)
    assert loc.sentence().startswith("no single figure explains the failures; changing ")


def test_nothing_failing_localises_nothing() -> None:
    assert _localise(Path(__file__).parent.parent / "claims"
                     / "chongqing-manufacturing-2024.yaml") is None


def test_typos_likeliest_first() -> None:
    variants = list(typos("2760.91亿元"))
    assert variants[:3] == ["7260.91亿元", "2670.91亿元", "2706.91亿元"]
    assert "2760.9亿元" in variants and "276.091亿元" in variants
    assert all(v.endswith("亿元") for v in variants)
    assert len(variants) == len(set(variants))
    assert list(typos("no digits")) == []


def test_json_carries_the_culprit() -> None:
    import json

    from factcheck.app.runner import run_paths
    from factcheck.render import Format, RenderOptions, render

    result = run_paths([FIXTURES / "culprit" / "claims.yaml"], all_rules())
    data = json.loads(render(Format.JSON, result, RenderOptions()))["files"][0]["culprit"]
    assert data["claim_ids"] == ["auto"] and data["suggestion"] == "2706.91亿元"
    assert data["message"].startswith("likely culprit: 2760.91亿元 (auto)")
    assert [f["code"] for f in data["failing"]] == ["FC401", "FC402", "FC301"]


def test_one_likely_culprit_and_the_others_implicated() -> None:
    import json

    from factcheck.app.runner import run_paths
    from factcheck.render import Format, RenderOptions, render

    for path, likely, implicated in (
            (FIXTURES / "culprit" / "claims.yaml", "auto", []),
            (FIXTURES / "failing" / "claims.yaml", None,
             ["output-growth", "output", "output-prior"])):
        result = run_paths([path], all_rules())
        data = json.loads(render(Format.JSON, result, RenderOptions()))["files"][0]["culprit"]
        assert (data["likely"], data["implicated"]) == (likely, implicated)
        page = render(Format.HTML, result, RenderOptions())
        import re

        marks = re.findall(r'<mark class="fig s-\w+([^"]*)"', page)
        assert sum(" culprit" in m.split(" implicated")[0] for m in marks) == (1 if likely else 0)
        assert sum(" suspect" in m for m in marks) == len(implicated)
        assert '<a href="#findings">Findings</a>' in page


def test_culprits_are_written_as_the_article_prints_them(tmp_path: Path) -> None:
    # the claims file writes 12.142万 辆 (with a space), the article 12.142万辆
    article = "重庆汽车产量12.142万辆，其中新能源汽车产量39.1万辆。\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "c.yaml").write_text("""\
article: a.txt
published: 2024-11-05
claims:
  - {id: cars, quote: 重庆汽车产量12.142万辆, value: 12.142万 辆, measures: cars}
  - {id: nev, quote: 新能源汽车产量39.1万辆, value: 39.1万 辆, part-of: cars, measures: nev}
""", encoding="utf-8")
    loc = _localise(tmp_path / "c.yaml")
    assert loc is not None
    assert [c.printed for c in loc.culprits] == [("12.142万辆",), ("39.1万辆",)]
    assert loc.culprits[0].suggestion == "42.142万辆"
