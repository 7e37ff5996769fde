"""Discovery of the relations of statistical prose: simplified, traditional and English cues,
and their checks under ``run --auto``."""

from __future__ import annotations

from factcheck.checks import select_rules
from factcheck.discover import discover_relations
from factcheck.discover.auto import check_text
from factcheck.report.findings import Verdict

ZH = ("全市生产总值1000亿元，增长5.0%。其中工业增加值300亿元，增长10.0%，拉动全市经济增长2.9个百分点，"
      "对经济增长的贡献率为57.3%。\n"
      "全年进出口总额1200亿元，比上年增加86.3亿元。出口700亿元，进口500亿元，贸易顺差200亿元。\n"
      "两年平均增长5.2%。城镇化率由52.5%提高到58.1%。\n")
ZHT = ("全市生產總值1000億元，增長5.0%。其中工業增加值300億元，增長10.0%，拉動全市經濟增長2.9個百分點，"
       "對經濟增長的貢獻率為57.3%。\n"
       "全年進出口總額1200億元，比上年增加86.3億元。出口700億元，進口500億元，貿易順差200億元。\n"
       "兩年平均增長5.2%。城鎮化率由52.5%提高到58.1%。\n")
EN = ("Unemployment was 6.1%, down from 6.2% in May. The number of unemployed people fell by "
      "145,000 to 2.6 million. Exports were $212.4 billion and imports $260.7 billion, a trade "
      "deficit of $48.3 billion. Output rose 2.0%, and manufacturing contributed 0.4 percentage "
      "points to growth. The economy grew at an average annual rate of 2.1%.\n")


def found(text: str, language: str) -> dict[str, list[tuple[tuple[str, str], ...]]]:
    out: dict[str, list[tuple[tuple[str, str], ...]]] = {}
    for rel in discover_relations(text, language):
        out.setdefault(rel.kind, []).append(tuple((role, f.text) for role, f in rel.roles))
    return out


def test_simplified_cues() -> None:
    rels = found(ZH, "zh")
    assert rels["contribution"] == [(("contribution", "2.9个百分点"), ("part-growth", "10.0%"),
                                     ("part", "300亿元"))]
    assert rels["contribution-rate"] == [(("contribution-rate", "57.3%"),)]
    assert rels["change"] == [(("delta", "86.3亿元"), ("current", "1200亿元"))]
    assert rels["balance"] == [(("balance", "200亿元"), ("left", "700亿元"), ("right", "500亿元"))]
    assert rels["average-growth"] == [(("average", "5.2%"),)]
    assert rels["from-to"] == [(("current", "58.1%"), ("prior", "52.5%"))]
    # a 拉动 figure is not a percentage-point change of the rate before it
    assert "pp-change" not in rels


def test_traditional_cues_fold_to_the_same_relations() -> None:
    simplified = {k: len(v) for k, v in found(ZH, "zh").items()}
    assert {k: len(v) for k, v in found(ZHT, "zh").items()} == simplified


def test_english_cues() -> None:
    rels = found(EN, "en")
    assert rels["from-to"] == [(("current", "6.1%"), ("prior", "6.2%"))]
    assert rels["change"] == [(("delta", "145,000"), ("current", "2.6 million"))]
    assert rels["balance"] == [(("balance", "$48.3 billion"), ("left", "$212.4 billion"),
                                ("right", "$260.7 billion"))]
    assert rels["contribution"] == [(("contribution", "0.4 percentage points"),
                                     ("part-growth", "2.0%"))]
    assert rels["average-growth"] == [(("average", "2.1%"),)]
    [direction] = [r.extra["direction"] for r in discover_relations(EN, "en") if r.kind == "from-to"]
    assert direction == "down"


def _auto_verdicts(text: str, code: str, language: str = "zh") -> list[Verdict]:
    auto = check_text(text, "article.txt", select_rules(), language=language)
    return [o.verdict for o in auto.report.outcomes if o.code == code]


def test_auto_checks_a_balance() -> None:
    assert _auto_verdicts(ZH, "FC405") == [Verdict.PASS]
    assert _auto_verdicts(ZH.replace("顺差200亿元", "顺差300亿元"), "FC405") == [Verdict.FAIL]
    assert _auto_verdicts(EN, "FC405", "en") == [Verdict.PASS]
    assert _auto_verdicts(EN.replace("deficit of $48.3", "surplus of $48.3"), "FC405", "en") \
        == [Verdict.FAIL]


def test_auto_checks_the_direction_of_the_words() -> None:
    assert _auto_verdicts(ZH, "FC208") == [Verdict.PASS]
    assert _auto_verdicts(ZH.replace("提高到", "下降到"), "FC208") == [Verdict.FAIL]
    assert _auto_verdicts(EN.replace("down from", "up from"), "FC208", "en") == [Verdict.FAIL]


def test_auto_implies_the_amount_before_a_change() -> None:
    auto = check_text(ZH, "article.txt", select_rules(), language="zh")
    [implied] = [i for i in auto.report.implied if i.code == "FC207"]
    assert implied.display == "= 1113.7亿元"
