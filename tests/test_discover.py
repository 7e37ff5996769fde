"""Relation discovery: cue rules, the corpus with its sidecars, and --auto on the bundled article."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.checks import select_rules
from factcheck.claims.model import Claim
from factcheck.discover import detect_language, discover_relations, draft_for_review
from factcheck.discover.auto import CODES, AutoReport, check_article, check_text
from factcheck.discover.evaluate import score_corpus, totals
from factcheck.discover.relation import Operand, Relation
from factcheck.report.findings import Severity, Verdict

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "discovery"
ARTICLE = ROOT / "seeds" / "chongqing-manufacturing-2024.txt"
CLAIMS = ROOT / "claims" / "chongqing-manufacturing-2024.yaml"


def sigs(text: str, language: str | None = None) -> set[tuple[str, ...]]:
    return {r.signature() for r in discover_relations(text, language) if len(r.roles) > 1
            or r.kind == "structure"}


# --- cue rules, one at a time ---------------------------------------------------------

def test_growth_with_increase_is_one_relation() -> None:
    found = sigs("全年粮食产量12000万吨，比上年增加300万吨，增长2.6%。")
    assert ("growth", "current=12000万吨", "increase=300万吨", "rate=2.6%") in found


def test_of_which_parts_and_nesting() -> None:
    found = sigs("在研创新药物56个，进入临床24个，其中Ⅲ期临床10个。")
    assert ("part-of", "part=10个", "total=24个") in found


def test_share_names_its_whole() -> None:
    text = "前三季度，全市工业产值1000亿元。其中，汽车产业实现产值500亿元，占全市的50.0%。"
    found = sigs(text)
    assert ("share", "part=500亿元", "share=50.0%", "whole=1000亿元") in found


def test_pp_change_finds_the_earlier_rate_by_period() -> None:
    text = "上半年，工业增加值增长6.9%。全年工业增加值增长7.5%，增速比上半年提高0.6个百分点。"
    assert ("pp-change", "change=0.6个百分点", "of=7.5%", "prior=6.9%") in sigs(text)


def test_respectively_pairs_rates_with_amounts() -> None:
    found = sigs("工业总产值829.16亿元，营收771.78亿元，同比分别增长15.85%和10.67%。")
    assert ("growth", "current=829.16亿元", "rate=15.85%") in found
    assert ("growth", "current=771.78亿元", "rate=10.67%") in found


def test_structure_and_partition_link() -> None:
    text = ("地区生产总值600.0亿元。其中，第一产业增加值48.12亿元，第二产业增加值330.55亿元，"
            "第三产业增加值221.33亿元。三次产业结构为8.0:55.1:36.9。")
    found = sigs(text)
    assert ("structure", "structure=8.0:55.1:36.9",
            "component=221.33亿元,330.55亿元,48.12亿元") in found


def test_traditional_characters_fold() -> None:
    found = sigs("全年貨物出口總額820億元；其中，電子產品出口410億元，佔出口總額的比重為50.0%。")
    assert ("share", "part=410億元", "share=50.0%", "whole=820億元") in found


def test_english_cues() -> None:
    text = ("Retail sales rose 7.2% to 536 billion yuan from 500 billion yuan. "
            "The rate was 5.0%, down 0.3 percentage points from 5.3%.")
    found = sigs(text, "en")
    assert ("growth", "current=536 billion yuan", "prior=500 billion yuan", "rate=7.2%") in found
    assert ("pp-change", "change=0.3 percentage points", "of=5.0%", "prior=5.3%") in found


def test_evidence_carries_cue_and_span() -> None:
    text = "汽车产量121.42万辆。其中，新能源汽车产量39.1万辆。"
    rel = next(r for r in discover_relations(text) if r.kind == "part-of")
    cue = rel.cues[0]
    assert (cue.text, text[cue.start:cue.end]) == ("其中", "其中")
    assert rel.confidence >= 0.7 and "其中" in rel.evidence()


def test_language_detection() -> None:
    assert detect_language("全年粮食产量12000万吨") == "zh"
    assert detect_language("Retail sales rose 7.2%.") == "en"


# --- verdicts on discovered relations -------------------------------------------------

def _auto(text: str) -> AutoReport:
    return check_text(text, "article.txt", select_rules())


def test_wrong_base_fails_and_names_the_fitting_base() -> None:
    text = ("前三季度，全市规模以上工业实现产值1000亿元。其中，装备制造业实现产值800亿元，"
            "汽车产业实现产值500亿元，占全市的62.5%。")
    auto = _auto(text)
    fails = [o for o in auto.report.outcomes if o.code == "FC301" and o.failed]
    assert len(fails) == 1
    assert "It would fit as a share of 800亿元" in fails[0].message
    assert "[discovered:" in fails[0].message and "“占全市的”" in fails[0].message
    # nested parts (汽车 within 装备制造) are each checked against the total, not summed
    assert not [o for o in auto.report.outcomes if o.code == "FC401" and o.failed]


def test_several_readings_fail_only_if_none_holds() -> None:
    holds = ("GDP was 850 billion yuan, up 5.5% from 800 billion yuan. "
             "Services were 480 billion yuan, accounting for 60.0% of GDP.")
    auto = check_text(holds, "a.txt", select_rules(), language="en")
    share = [o for o in auto.report.outcomes if o.code == "FC301"]
    assert len(share) == 1 and share[0].verdict is Verdict.PASS
    assert "Readings tried:" in share[0].message and "✗" in share[0].message
    fails = check_text(holds.replace("60.0%", "55.0%"), "a.txt", select_rules(), language="en")
    share = [o for o in fails.report.outcomes if o.code == "FC301"]
    assert len(share) == 1 and share[0].failed and share[0].message.count("✗") == 2


def test_real_growth_against_nominal_amounts_is_a_warning() -> None:
    auto = check_text("The city's GDP was 850 billion yuan, up 5.5% from 800 billion yuan.",
                      "a.txt", select_rules(), language="en")
    real = [o for o in auto.report.outcomes if o.code == "FC206"]
    assert len(real) == 1 and real[0].failed and real[0].severity is Severity.WARNING
    assert not [o for o in auto.report.outcomes if o.code == "FC201"]


def test_low_confidence_relation_fails_only_as_a_note() -> None:
    # a later stage (进入…) of the things counted: a guess, so a note
    auto = _auto("在研创新药物56个，进入临床64个。")
    rel = [i for i, r in enumerate(auto.relations) if r.kind == "part-of"]
    assert len(rel) == 1 and not auto.relations[rel[0]].confident
    assert auto.verdict(rel[0]) == "note"
    assert all(o.severity is Severity.NOTE for o in auto.report.outcomes if o.failed)


def test_gaps_against_one_unnamed_rate_must_agree() -> None:
    good = _auto("A、B投资分别增长18.6%、12.4%，快于全部投资12.1、5.9个百分点。")
    bad = _auto("A、B投资分别增长18.6%、12.4%，快于全部投资12.1、5.2个百分点。")
    assert [o.verdict for o in good.report.outcomes if o.code == "FC204"] == [Verdict.PASS]
    failed = [o for o in bad.report.outcomes if o.code == "FC204"]
    assert [o.verdict for o in failed] == [Verdict.FAIL]
    assert "disagree" in failed[0].message


# --- drafting ---------------------------------------------------------------------------

def test_draft_claims_are_valid_and_marked_for_review() -> None:
    text = ARTICLE.read_text("utf-8")
    drafted = draft_for_review(text, discover_relations(text, "zh"), "zh")
    claims = drafted.claims
    assert claims and all(isinstance(c, Claim) and c.note == "discovered — review" for c in claims)
    assert drafted.dropped == []
    ids = {c.id for c in claims}
    for c in claims:
        assert c.quote in text
        assert all(target in ids for _, target in c.references())


def test_a_relation_whose_claims_the_model_refuses_is_dropped_with_a_note() -> None:
    """Discovery's records are validated by the loader's model: a relation whose claim it
    refuses (here a figure read with no text, so its claim has an empty value) is left out
    with a note naming where and why, and the others are drafted; init and ``run --auto``
    take the same typed claims."""
    from dataclasses import replace

    from factcheck.discover.claims import draft_claims
    from factcheck.discover.relation import RelationKind, Role

    text = "全年社会消费品零售总额1000亿元，增长10.0%。其中，城镇消费品零售额800亿元。\n"
    found = discover_relations(text, "zh")
    rate = next(f for r in found for _, f in r.roles if f.is_percent)
    blank = replace(rate, reading=replace(rate.reading, text=" "))
    # drafted first, so its claim is the blank one; the least confident of the relations
    # of that figure is the one to go
    bad = Relation(RelationKind.GROWTH, ((Role.RATE, blank),), (), 0.1, why="a misreading")
    drafted = draft_claims(text, [bad, *found])
    assert drafted.kept == found
    assert len(drafted.dropped) == 1
    assert drafted.dropped[0].startswith("line 1, column 21: growth not checked, the relation "
                                         "discovery proposed cannot be built (")
    assert {c.id for c in drafted.claims} == {c.id for c in draft_claims(text, found).claims}
    assert all(isinstance(c, Claim) for c in drafted.claims)


# --- the corpus -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return score_corpus(CORPUS)


def test_corpus_is_large_enough(scores) -> None:  # type: ignore[no-untyped-def]
    assert len(scores) >= 8
    kinds = {e.signature[0] for s in scores for e in s.planted}
    assert kinds == {"growth", "part-of", "partition", "share", "pp-change", "pp-gap", "structure"}


def test_corpus_precision_and_recall(scores) -> None:  # type: ignore[no-untyped-def]
    t = totals(scores)
    assert t.recall >= 0.8, [(s.name, s.missed) for s in scores if s.missed]
    assert t.precision >= 0.95, [(s.name, s.spurious) for s in scores if s.spurious]


def test_corpus_verdicts(scores) -> None:  # type: ignore[no-untyped-def]
    t = totals(scores)
    assert t.caught == t.planted, [(s.name, [e.signature for e in s.planted
                                             if s.found.get(e.signature) != "fail"])
                                   for s in scores]
    assert t.false_failures == 0 and t.consistent_failures == 0
    assert [w for s in scores for w in s.wrong_verdicts] == []


def test_fitting_base_is_named_where_the_sidecar_says(scores) -> None:  # type: ignore[no-untyped-def]
    for s in scores:
        for e in s.planted:
            if e.fits:
                assert f"It would fit as a share of {e.fits}" in s.messages[e.signature]


# --- the bundled article ----------------------------------------------------------------

def _figure_in(fig: Operand, span: tuple[int, int], value: object) -> bool:
    from factcheck.claims.values import Figure

    if not (span[0] <= fig.start and fig.end <= span[1]) or not isinstance(value, Figure):
        return False
    return abs(fig.reading.value) == abs(value.reading.value)


HAND = {  # claim field → (discovered kind, role of the claim, role of the target)
    "current": ("growth", "rate", "current"),
    "prior": ("growth", "rate", "prior"),
    "increase": ("growth", "rate", "increase"),
    "part_growth": ("share", "share", "part-growth"),
    "whole_growth": ("share", "share", "whole-growth"),
    "part": ("share", "share", "part"),
    "whole": ("share", "share", "whole"),
    "of": (None, None, "of"),
    "against": ("pp-gap", "gap", "against"),
    "part_of": ("part-of", "part", "total"),
}


def _hand_verdict(report, claim_id: str, kind: str) -> str:  # type: ignore[no-untyped-def]
    outcomes = [o for o in report.outcomes if o.claim_ids and o.claim_ids[0] == claim_id
                and o.code in CODES[kind]]
    if kind in ("part-of", "partition"):
        outcomes = [o for o in report.outcomes if o.claim_ids and claim_id in o.claim_ids[1:]
                    and o.code in CODES[kind]]
    failed = [o for o in outcomes if o.failed]
    if not outcomes:
        return "none"
    if not failed:
        return "pass"
    return "fail" if any(o.severity is Severity.ERROR for o in failed) else "warning"


def test_auto_on_the_bundled_article_matches_the_claims_file() -> None:
    from factcheck.claims.graph import build_graph
    from factcheck.load.claims import load_claims_file
    from factcheck.report.engine import run_checks

    graph = build_graph(load_claims_file(CLAIMS))
    hand = run_checks(graph, select_rules())
    auto = check_article(ARTICLE, select_rules())
    checked = 0
    for node in graph.nodes:
        for name, target in node.claim.references():
            if name not in HAND or node.quote_span is None or target not in graph.by_id:
                continue  # (a reference value from a data table is not in the article)
            kind, own_role, target_role = HAND[name]
            if kind is None:
                kind = node.claim.kind.value
                own_role = {"pp-change": "change", "pp-gap": "gap"}[kind]
            other = graph.by_id[target]
            assert other.quote_span is not None
            own = (node.quote_span.start, node.quote_span.end)
            far = (other.quote_span.start, other.quote_span.end)
            match = [i for i, r in enumerate(auto.relations) if r.kind == kind
                     and _has(r, own_role, own, node.value) and _has(r, target_role, far, other.value)]
            assert match, f"{node.id}.{name} → {target} not discovered"
            assert auto.verdict(match[0]) == _hand_verdict(hand, node.id, kind), node.id
            checked += 1
    assert checked >= 20  # the claims file records 23 such relations


def _has(rel: Relation, role: str, span: tuple[int, int], value: object) -> bool:
    figs = rel.all(role) + (list(rel.readings) if rel.reading_role == role else [])
    return any(_figure_in(f, span, value) for f in figs)


def test_auto_on_the_bundled_article_exits_zero_and_marks_findings() -> None:
    result = CliRunner().invoke(app, ["run", "--auto", str(ARTICLE), "--format", "text"])
    assert result.exit_code == 0, result.output
    assert "FC305" in result.output and "[discovered:" in result.output


def test_auto_exits_one_on_a_planted_error() -> None:
    result = CliRunner().invoke(app, ["run", "--auto", str(CORPUS / "zh-news-planted.txt"),
                                      "--format", "text"])
    assert result.exit_code == 1
    assert "FC301" in result.output


def test_auto_reports_a_missing_article_as_input_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", "--auto", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt:1:1: article not found" in result.output


# --- robustness -------------------------------------------------------------------------

_PIECES = ["其中，", "分别增长", "占全市的", "比重", "提高", "下降", "高于全国", "快于", "个百分点",
           "增长", "增加", "合计", "三次产业结构为", "每", "中，有", "进入", "新增", "，", "。", "；",
           "、", "第一产业", "第二产业", "第三产业", "比上半年", "比全国高", "去年同期为", "8.1%",
           "2.4个百分点", "500亿元", "800亿元", "1000亿元", "39.1万辆", "7.7:57.5:34.8", "5.0、",
           "1.2倍", "120%", "6个", "of which", " respectively", " accounted for ", " up ",
           " from ", " to ", "percentage points higher than ", " a total of ", "5.2%",
           " 1.2 billion yuan", " 0.3 percentage points"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
def test_any_arrangement_of_cues_checks_without_error(pieces: list[str]) -> None:
    text = "".join(pieces)
    auto = check_text(text, "a.txt", select_rules())
    for i, rel in enumerate(auto.relations):
        if not rel.confident:
            assert auto.verdict(i) != "fail"


def test_failing_gap_names_the_rate_it_would_hold_against() -> None:
    auto = _auto("全市零售总额增长6.5%，增速高于全国2.3个百分点。全国零售总额增长4.7%，中部地区增长4.2%。")
    [gap] = [o for o in auto.report.outcomes if o.code == "FC204"]
    assert gap.failed
    assert "It would hold against 4.2% (line 1, column 47)." in gap.message


def test_of_which_past_a_semicolon_is_only_a_note(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.app.cli import app

    article = tmp_path / "news.txt"
    article.write_text("全市新增规模以上工业企业120家，其中高新技术企业56家；软件企业4万余家。\n",
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "--auto", str(article), "--format", "text"])
    assert result.exit_code == 0, result.stdout
    assert "Low-confidence relation, not a failure" in result.stdout
