"""Discovery as a reader of statements: one reading of figures, linear time, no exit 2 on a
readable article, "nothing checked" is not "OK", and the English relations of trade and
change. Every sentence here is invented."""

from __future__ import annotations

from fractions import Fraction

from factcheck.discover.figures import find_figures
from factcheck.discover.relation import Relation, Role


def _figs(text: str, lang: str) -> list[tuple[str, Fraction]]:
    return [(f.text, f.reading.value) for f in find_figures(text, lang)]


def test_english_figures_are_the_extractors_reading() -> None:
    text = ("Turnover reached €31.4Bn while the fund holds $52.6-billion; "
            "the city counts 254 000 residents.")
    got = _figs(text, "en")
    assert ("€31.4Bn", Fraction(31_400_000_000)) in got
    assert ("$52.6-billion", Fraction(52_600_000_000)) in got
    assert [v for t, v in got if t.startswith("254")] == [Fraction(254_000)]


def test_chinese_numerals_in_words_are_figures() -> None:
    got = _figs("全县实现生产总值八百一十二亿元，增长百分之五点二。", "zh")
    assert ("八百一十二亿元", Fraction(81_200_000_000)) in got
    assert ("百分之五点二", Fraction(52, 10)) in got


def test_times_and_labels_are_not_figures() -> None:
    assert _figs("2019年1-7月份，第一产业增长3.1%。", "zh") == [("3.1%", Fraction(31, 10))]
    assert _figs("In Quarter 3 of 2021, output rose 1.2%.", "en") == [("1.2%", Fraction(12, 10))]


def test_indexed_lookups_agree_with_a_scan() -> None:
    from factcheck.discover.context import Prose
    from factcheck.discover.text import paragraph_of, sentences

    text = "全市增长5.1%；其中，城镇增长4.2%。\n\n乡村增长6.0%，高于全省0.3个百分点。\nUp 2.4%. Down 1.1%;"
    art = Prose(text, find_figures(text, "zh"), "zh")
    for offset in range(len(text)):
        expected = next((s for s in sentences(text) if s.contains(offset)), None)
        if expected is not None:
            assert art.sentence_of(offset) == expected
        assert art.paragraph_of(offset) == paragraph_of(text, offset)
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            assert art.in_range(start, end) == [f for f in art.figures
                                                if start <= f.start and f.end <= end]


def test_discovery_is_not_quadratic() -> None:
    """800 lines of a rate and a gap against the national rate took over 400 s when each
    figure scanned every sentence and every other figure; now about a second."""
    import time

    from factcheck.checks import all_rules
    from factcheck.discover.auto import check_text

    text = "增长8.1%，高于全国2.3个百分点。\n" * 800
    t0 = time.process_time()
    report = check_text(text, "long.txt", all_rules())
    assert time.process_time() - t0 < 30
    assert len(report.relations) == 1600


def _auto(tmp_path: object, text: str, fmt: str) -> tuple[int, str]:
    from pathlib import Path

    from typer.testing import CliRunner

    from factcheck.app.cli import app

    path = Path(str(tmp_path)) / "article.txt"
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["run", "--auto", str(path), "-f", fmt, "--no-cache"])
    return out.exit_code, out.output


def test_a_relation_discovery_cannot_build_is_dropped_with_a_note(tmp_path: object,
                                                                  monkeypatch: object) -> None:
    """A relation whose drafted claims the graph rejects (a contribution naming a
    contribution rate as its part's growth, as 贡献率 before 拉动 once made) is dropped with
    a note; the rest of the article is checked and the run does not exit 2."""
    import json

    import pytest

    from factcheck.discover import auto
    from factcheck.discover.relation import Relation, RelationKind, Role

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    real = auto.discover_relations

    def with_a_bad_one(text: str, lang: str | None = None) -> list[Relation]:
        found = real(text, lang)
        rate = next(r.get(Role.CONTRIBUTION_RATE) for r in found
                    if r.kind is RelationKind.CONTRIBUTION_RATE)
        pp = next(r.get(Role.CONTRIBUTION) for r in found if r.kind is RelationKind.CONTRIBUTION)
        assert rate is not None and pp is not None
        bad = Relation(RelationKind.CONTRIBUTION, ((Role.CONTRIBUTION, pp), (Role.PART_GROWTH, rate)),
                       (), 0.8, why="a wrong reading")
        return [*found, bad]

    monkeypatch.setattr(auto, "discover_relations", with_a_bad_one)
    text = "上半年全县生产总值增长6.0%。其中，服务业对经济增长的贡献率为55.0%，拉动经济增长3.3个百分点。\n"
    code, out = _auto(tmp_path, text, "json")
    assert code == 0
    doc = json.loads(out)
    assert any("contribution not checked" in n for n in doc["files"][0]["notes"])
    assert doc["summary"]["checks"] > 0
    code, out = _auto(tmp_path, text, "text")
    assert code == 0 and "note: line 1" in out


def test_a_contribution_rate_is_not_the_parts_growth() -> None:
    text = "上半年全县生产总值增长6.0%。其中，服务业对经济增长的贡献率为55.0%，拉动经济增长3.3个百分点。"
    assert ("contribution", "contribution=3.3个百分点") in _found(text, "zh")


FORMATS = ("text", "json", "markdown", "github", "concise", "junit", "sarif", "html")


def test_nothing_checked_is_not_ok_in_any_format(tmp_path: object) -> None:
    text = "The library opened a new reading room on the second floor last week.\n"
    for fmt in FORMATS:
        code, out = _auto(tmp_path, text, fmt)
        assert code == 0, fmt
        assert "no relation found: 0 arithmetic checks" in out, fmt
        assert "→  OK" not in out and "✅ OK" not in out and ": OK" not in out, fmt


def test_a_clean_pass_still_says_ok(tmp_path: object) -> None:
    text = "Exports were $5.1 billion and imports $7.3 billion, a trade deficit of $2.2 billion.\n"
    code, out = _auto(tmp_path, text, "text")
    assert code == 0 and "→  OK" in out and "no relation found" not in out


def _found(text: str, lang: str = "en") -> list[tuple[str, ...]]:
    from factcheck.discover import discover_relations

    return [r.signature() for r in discover_relations(text, lang)]


def _negative(text: str, figure: str) -> bool:
    from factcheck.discover import discover_relations

    return any(f.negative for r in discover_relations(text, "en") for _, f in r.roles
               if f.text == figure)


def test_template_change_to_a_level() -> None:
    text = "The jobless count fell 0.8 million to 9.4 million."
    assert ("change", "current=9.4 million", "delta=0.8 million") in _found(text)
    assert _negative(text, "0.8 million")
    text = "Home starts decreased by 12,000 in March to 98,000."
    assert ("change", "current=98,000", "delta=12,000") in _found(text)


def test_template_up_x_from_y() -> None:
    got = _found("Sales were $5.2 million, up $0.4 million from $4.8 million in 2022.")
    assert ("change", "current=$5.2 million", "delta=$0.4 million", "prior=$4.8 million") in got


def test_template_level_with_its_change_in_another_period() -> None:
    got = _found("The deficit was $44.3 billion in December, down $1.5 billion from $45.7 billion "
                 "in November, revised.")
    assert ("change", "current=$44.3 billion", "delta=$1.5 billion", "prior=$45.7 billion") in got
    got = _found("Output was 2,062 tonnes, in the third quarter of 2018, up from 1,927 tonnes.")
    assert ("from-to", "current=2,062 tonnes", "prior=1,927 tonnes") in got


def test_template_change_named_by_a_noun() -> None:
    text = "The register showed an overall decrease of 83 to stand at 795."
    assert _found(text) == [("change", "current=795", "delta=83")]
    assert _negative(text, "83")
    got = _found("Registrations showed a fall of 3,000, from 41,000 to 38,000.")
    assert got == [("change", "current=38,000", "delta=3,000", "prior=41,000")]
    for text, level, change in (
            ("Membership reached 15,400, a net increase of 1,200 on the previous year.",
             "15,400", "1,200"),
            ("The island had 1,210 people out of work at the end of December - an increase of 90 "
             "on the previous year.", "1,210 people", "90"),
            ("Claimants were 133,200 in September, a decrease of 31,600 compared with a year "
             "earlier.", "133,200", "31,600")):
        assert _found(text) == [("change", f"current={level}", f"delta={change}")], text
    assert _negative("Claimants were 133,200 in September, a decrease of 31,600 compared with "
                     "a year earlier.", "31,600")
    # the noun's change is against another quantity, not an earlier period: no relation
    assert _found("Exports were $4.1 billion in May, a rise of $0.3 billion from imports.") == []


def test_template_level_above_an_earlier_figure_of() -> None:
    got = _found("Revenue is projected to be $1.113 billion, $35.2 million above the original "
                 "estimate of $1.078 billion.")
    assert got == [("change", "current=$1.113 billion", "delta=$35.2 million",
                    "prior=$1.078 billion")]
    text = "The deficit is $44.4 million, $900,000 less than the budgeted figure of $45.3 million."
    assert ("change", "current=$44.4 million", "delta=$900,000", "prior=$45.3 million") in _found(text)
    assert _negative(text, "$900,000")
    assert _found("Visitors numbered 12,400, 900 more than the 11,500 recorded a year earlier.") \
        == [("change", "current=12,400", "delta=900", "prior=11,500")]
    # another quantity named after the comparison is not an earlier figure of the same
    assert _found("Exports were $4.1 billion, $1.2 billion less than imports of $5.3 billion.") == []


def test_template_level_with_its_difference_from_the_same_period() -> None:
    got = _found("The government ran a deficit of $830 billion so far in FY2024 ($117 billion more "
                 "than the same period in FY2023).")
    assert ("change", "current=$830 billion", "delta=$117 billion") in got
    text = "Arrivals reached 21,000 in March (1,500 fewer than in the same month of 2022)."
    assert _found(text) == [("change", "current=21,000", "delta=1,500")]
    assert _negative(text, "1,500")
    got = _found("Spending totaled $2.1 billion in the first half, the ministry said. That figure "
                 "was $0.3 billion less than in the same half of 2023.")
    assert got == [("change", "current=$2.1 billion", "delta=$0.3 billion")]
    # a difference from another quantity is no change of the level
    assert _found("Exports were $4.1 billion ($1.2 billion less than imports).") == []


def test_template_level_with_its_rate_against_an_earlier_period() -> None:
    got = _found("Arrivals were estimated at 241,378, 15.9% more than in the same month last year.")
    assert got == [("growth", "current=241,378", "rate=15.9%")]
    text = "Output was 5.2 million tonnes, 3% lower than the same month of 2019."
    assert _found(text) == [("growth", "current=5.2 million tonnes", "rate=3%")]
    assert _negative(text, "3%")
    got = _found("A total of 56,639 visitors disembarked in Seychelles, representing an 8 percent "
                 "increase from the same period in 2022.")
    assert got == [("growth", "current=56,639", "rate=8 percent")]
    got = _found("For 2010, exports amounted to Rs 68.9 million. This represents 11.6% more than "
                 "in the previous year.")
    assert got == [("growth", "current=Rs 68.9 million", "rate=11.6%")]
    # a rate against another quantity is no growth of the level
    assert _found("Exports were $4.1 billion, 12% less than imports.") == []


def test_template_rate_then_its_change_in_any_wording() -> None:
    got = _found("Australia was up 6.3% or 81,088 more visitors, China up 26.1% or an additional "
                 "83,728 visitors.")
    assert got == [("growth", "increase=81,088", "rate=6.3%"),
                   ("growth", "increase=83,728", "rate=26.1%")]
    text = "Visitor numbers were down in June by 8.1 per cent or 2899 arrivals."
    # arrivals is the counter of the amount (person-times), read with it
    assert _found(text) == [("growth", "increase=2899 arrivals", "rate=8.1 per cent")]
    assert _negative(text, "2899 arrivals") and _negative(text, "8.1 per cent")
    assert _found("Sales decreased by 2% (or 6,000 cars) in May.") \
        == [("growth", "increase=6,000 cars", "rate=2%")]
    # two rates of two subjects are not a rate with its change
    assert ("growth", "increase=4%", "rate=2%") not in _found("Exports rose in March by 4% and "
                                                              "imports fell 2%.")


def test_template_signed_change_and_rate_in_brackets() -> None:
    got = _found("Employment rose among women (+43,000; +0.7%), and declined among men "
                 "(-36,000; -0.5%) in April.")
    assert got == [("growth", "increase=+43,000", "rate=+0.7%"),
                   ("growth", "increase=-36,000", "rate=-0.5%")]
    assert _found("The index stood at 104.2 (+2.1; +2.0%).") == [
        ("growth", "increase=+2.1", "rate=+2.0%")]
    # a bracket of a share and a rate is no change with its rate
    assert _found("Exports to Asia (40%; +3.1%) grew fastest.") == []


def test_template_change_from_a_dated_earlier_value() -> None:
    text = ("The youth unemployment rate fell by 6.4 percentage points from 25.9 percent in "
            "April 2018, to 19.5 percent this year.")
    assert _found(text) == [("pp-change", "change=6.4 percentage points", "of=19.5 percent",
                             "prior=25.9 percent")]
    assert _negative(text, "6.4 percentage points")
    text = "Arrivals showed a slight drop of 3 percent from 45,876 in 2022, to 44,381 this year."
    assert _found(text) == [("growth", "current=44,381", "prior=45,876", "rate=3 percent")]
    assert _negative(text, "3 percent")
    # the rate of another subject after a comma is no rate of this change
    assert ("growth", "current=$1.25 billion", "prior=$1.20 billion", "rate=4.2%") not in _found(
        "Imports rose 4.2%, while exports went from $1.20 billion in 2022 to $1.25 billion.")


def test_template_growth_with_its_change_and_level() -> None:
    text = "Output decreased $296.1 billion or 17.6% to $1,386.4 billion."
    assert ("growth", "current=$1,386.4 billion", "increase=$296.1 billion",
            "rate=17.6%") in _found(text)
    assert _negative(text, "17.6%") and _negative(text, "$296.1 billion")
    got = _found("Profits rose 12.5% from a year earlier, an increase of $2.1bn, to $18.9bn.")
    assert got == [("growth", "current=$18.9bn", "increase=$2.1bn", "rate=12.5%")]
    got = _found("Retail sales rose 2.4% to $61.2 million, up from $59.8 million a year earlier.")
    assert ("growth", "current=$61.2 million", "prior=$59.8 million", "rate=2.4%") in got


def test_template_pp_change_to_a_rate() -> None:
    text = "The participation rate fell by 0.2 percentage point to 61.5 percent."
    assert ("pp-change", "change=0.2 percentage point", "of=61.5 percent") in _found(text)
    assert _negative(text, "0.2 percentage point")


def test_template_trade_balance_in_any_order() -> None:
    for text in ("Exports fell to $4.1 billion and imports rose to $5.9 billion, widening the "
                 "trade deficit to $1.8 billion.",
                 "The trade deficit was $1.8 billion as exports of $4.1 billion trailed imports "
                 "of $5.9 billion."):
        assert ("balance", "balance=$1.8 billion", "left=$4.1 billion",
                "right=$5.9 billion") in _found(text)
        assert _negative(text, "$1.8 billion")
    assert not _negative("The trade surplus was $3.0 billion as exports of $9.5 billion "
                         "outpaced imports of $6.5 billion.", "$3.0 billion")


def test_a_wrong_deficit_fails_the_run(tmp_path: object) -> None:
    text = "Exports were $5.1 billion and imports $7.3 billion, leaving a trade deficit of $2.5 billion.\n"
    code, out = _auto(tmp_path, text, "text")
    assert code == 1 and "FC405" in out


def test_template_parts_of_a_total() -> None:
    got = _found("There were 2.1 million unemployed people, of whom 1.15 million were men "
                 "and 950,000 were women.")
    assert ("partition", "part=1.15 million,950,000", "total=2.1 million") in got
    got = _found("Spending reached £40.0bn. Of this £14.6bn went on health and £9.1bn on schools.")
    assert ("part-of", "part=£14.6bn,£9.1bn", "total=£40.0bn") in got


def test_parts_open_the_next_paragraph() -> None:
    got = _found("Net drains on the reserves dropped by 13.6% to USD 23.4bn, the bank said.\n\n"
                 "Of these, USD 18bn were in principal repayments and USD 5.4bn in interest.")
    assert ("part-of", "part=USD 18bn,USD 5.4bn", "total=USD 23.4bn") in got
    # a paragraph that opens with no cue takes nothing from the one before
    got = _found("Net drains on the reserves dropped by 13.6% to USD 23.4bn, the bank said.\n\n"
                 "Separately, USD 18bn were in principal repayments and USD 5.4bn in interest.")
    assert not [r for r in got if r[0] in ("part-of", "partition")]


def test_parts_stated_with_their_own_rates() -> None:
    got = _found("Farm sales totalled €86.2 million. Within this total, dairy sales increased 4.1% to "
                 "€51.0 million, while meat sales went down 2.3% to €20.7 million.")
    assert ("part-of", "part=€20.7 million,€51.0 million", "total=€86.2 million") in got
    # a figure of an earlier period after the part is no part
    got = _found("Farm sales totalled €86.2 million. Within this total, dairy sales increased 4.1% to "
                 "€51.0 million from €49.0 million.")
    assert not [r for r in got if r[0] == "part-of" and "€49.0" in " ".join(r)]


def test_a_list_of_a_thing_and_its_negation_is_all_of_it() -> None:
    got = _found("Total shipments were 8,120 tonnes, consisting of fresh fish of 3,050 tonnes and "
                 "non-fresh fish of 5,070 tonnes.")
    assert ("partition", "part=3,050 tonnes,5,070 tonnes", "total=8,120 tonnes") in got
    got = _found("Sales came to $912 million, of which food sales were $400 million and non-food "
                 "$512 million.")
    assert ("partition", "part=$400 million,$512 million", "total=$912 million") in got
    got = _found("Goods exports were $50.2 billion. Of this, re-exports were $48.1 billion and "
                 "domestic exports $2.1 billion.")
    assert ("partition", "part=$2.1 billion,$48.1 billion", "total=$50.2 billion") in got
    # two parts that are not the halves of one whole stay parts (checked as ≤)
    got = _found("Sales came to $912 million, of which food sales were $400 million and fuel "
                 "$212 million.")
    assert ("part-of", "part=$400 million", "total=$912 million") in got
    assert not [r for r in got if r[0] == "partition"]


def _shares(text: str) -> list[tuple[list[str], bool]]:
    from factcheck.discover import discover_relations

    return [(sorted(f.text for f in r.all(Role.SHARE)), r.extra.get("partial") == "yes")
            for r in discover_relations(text, "en") if r.kind.value == "shares"]


def test_shares_listed_in_a_sentence() -> None:
    # the last item is the rest: all of the whole (sum = 100)
    assert _shares("Trips were mainly for leisure, with a percentage of 64.2 per cent, while work "
                   "accounted for 20.1 per cent, study 9.4 per cent and other reasons 6.3 per cent.") \
        == [(["20.1 per cent", "6.3 per cent", "64.2 per cent", "9.4 per cent"], False)]
    # not said to be all of it: some of the whole (≤ 100)
    assert _shares("Mining contributed 31% of output, farming 22% and fishing 9%.") \
        == [(["22%", "31%", "9%"], True)]
    # the remainder in the next sentence joins the list
    assert _shares("Retail made a 52% share of sales, with 30% and 11% for wholesale and online "
                   "respectively. The remainder 7% is attributed to exports.") \
        == [(["11%", "30%", "52%", "7%"], False)]
    # amounts with their shares in brackets
    assert _shares("Guests staying in hotels totalled 40,120 (61.5%), 18,300 (28.1%) stayed with "
                   "friends and 6,790 (10.4%) in other lodging.") \
        == [(["10.4%", "28.1%", "61.5%"], False)]


def test_rates_listed_in_a_sentence_are_no_shares() -> None:
    assert _shares("Exports rose 4.1% of value, imports 2.2% and re-exports 6.0%.") == []
    assert _shares("The share of growth in manufacturing and construction was 10 percent and 17 "
                   "percent respectively.") == []
    assert _shares("The jobless rate was 5.1%, compared with 5.4% a year earlier.") == []


def test_rates_of_the_parts_within_a_total() -> None:
    got = _found("Retail sales in the region rose 3.4% in May. Within retail, food sales increased by "
                 "2.1%, clothing sales decreased by 4.8% and fuel sales increased by 9.0%.")
    assert ("weighted-growth", "from-part=2.1%,4.8%,9.0%", "rate=3.4%") in got
    assert _negative("Retail sales in the region rose 3.4% in May. Within retail, food sales increased "
                     "by 2.1%, clothing sales decreased by 4.8% and fuel sales increased by 9.0%.", "4.8%")
    got = _found("Total freight rose 6% on the year. Within this total, rail freight increased 7.5%, "
                 "while road freight went down 1.2%.")
    assert ("weighted-growth", "from-part=1.2%,7.5%", "rate=6%") in got
    # "within" a thing the sentence before does not name, or one rate alone: no breakdown
    got = _found("Retail sales in the region rose 3.4% in May. Within Europe, food sales increased by "
                 "2.1% and fuel sales increased by 9.0%.")
    assert not [r for r in got if r[0] == "weighted-growth"]
    got = _found("Total freight rose 6% on the year. Within this total, rail freight increased 7.5%.")
    assert not [r for r in got if r[0] == "weighted-growth"]


def test_a_count_with_its_items_named_after_it() -> None:
    got = _found("Prices fell in two regions, namely the North (-0.4%) and the Coast (-1.2%).")
    assert ("enumeration", "count=two", "item=-0.4%,-1.2%") in got
    got = _found("Arrivals grew from five Asian markets: Japan (12.1 per cent), Korea (8.0 per cent), "
                 "China (31.5 per cent), India (4.4 per cent) and Vietnam (9.9 per cent).")
    assert ("enumeration", "count=five", "item=12.1 per cent,31.5 per cent,4.4 per cent,8.0 per cent,"
            "9.9 per cent") in got
    # a list called partial, or no list after the count: no enumeration
    got = _found("Prices fell in two regions, including the North (-0.4%) and the Coast (-1.2%).")
    assert not [r for r in got if r[0] == "enumeration"]
    got = _found("Prices fell in two regions and rose in the Coast (1.2%).")
    assert not [r for r in got if r[0] == "enumeration"]


def test_a_rise_at_a_pace_of() -> None:
    got = _found("Imports expanded at a more moderate pace of 2.6 percent to 116.14 billion ringgit.")
    assert ("growth", "current=116.14 billion ringgit", "rate=2.6 percent") in got
    got = _found("Output grew at an annual rate of 3.1% to $21.5 billion.")
    assert ("growth", "current=$21.5 billion", "rate=3.1%") in got


def test_no_template_joins_money_with_a_bare_number() -> None:
    assert _found("Average pay rose by 3 to $31.20.") == []


def test_cents_are_money_a_change_may_be_stated_in() -> None:
    # 3 cents is a unit of its own (1/100 US dollar), read as such since the reading of
    # units grew: the change is one relation in units that convert, and it does not fail
    from factcheck.checks import select_rules
    from factcheck.discover.auto import check_text

    text = "Average pay rose by 3 cents to $31.20."
    assert _found(text) == [("change", "current=$31.20", "delta=3 cents")]
    report = check_text(text, "pay.txt", select_rules(), language="en").report
    assert not [o for o in report.outcomes if o.verdict.name == "FAIL"]


def test_names_of_one_subject_are_one_key() -> None:
    from factcheck.discover.context import name_key

    assert name_key("全县地区生产总值") == name_key("全县GDP")
    assert name_key("规模以上工业") == name_key("规上工业")
    assert name_key("外贸进出口总值") == name_key("外贸总值")


def test_share_of_a_whole_named_in_another_paragraph() -> None:
    text = ("一季度，全县实现地区生产总值320.5亿元，同比增长6.1%。\n\n"
            "财政方面，一般公共预算收入占GDP比重为8.2%。\n")
    got = _found(text, "zh")
    assert ("share", "share=8.2%", "whole=320.5亿元") in got


def test_a_rate_on_a_comparable_basis_belongs_to_its_amount() -> None:
    got = _found("前三季度全县一般公共预算收入52.30亿元，同口径增长6.4%。", "zh")
    assert ("growth", "current=52.30亿元", "rate=6.4%") in got


def test_breakdown_by_a_classification_into_complements_is_a_partition() -> None:
    text = ("前三季度全县社会消费品零售总额215.40亿元，增长5.2%。按经营单位所在地分，"
            "城镇消费品零售额170.25亿元，增长5.0%；乡村消费品零售额45.15亿元，增长6.1%。")
    got = _found(text, "zh")
    assert ("partition", "part=170.25亿元,45.15亿元", "total=215.40亿元") in got


def test_breakdown_not_known_to_be_complete_is_parts() -> None:
    text = ("全年全市限额以上单位商品零售额300.0亿元。按消费类型分，"
            "汽车类零售额80.5亿元；石油制品类零售额41.2亿元。")
    got = _found(text, "zh")
    assert ("part-of", "part=41.2亿元,80.5亿元", "total=300.0亿元") in got


def test_parts_of_a_topic_named_paragraphs_earlier() -> None:
    text = ("1-9月份，全省规模以上工业企业实现利润总额2150.6亿元，同比增长8.3%。\n\n"
            "1-9月份，规模以上工业企业中，国有控股企业实现利润总额702.1亿元，增长4.2%；"
            "私营企业实现利润总额655.9亿元，增长9.9%。\n")
    got = _found(text, "zh")
    assert ("part-of", "part=702.1亿元", "total=2150.6亿元") in got
    assert ("part-of", "part=655.9亿元", "total=2150.6亿元") in got


def test_three_sectors_take_the_gdp_named_before_not_a_per_capita_figure() -> None:
    text = ("一季度，全县实现地区生产总值98.6亿元，增长5.5%。\n\n"
            "二、结构。全县人均生产总值2.1万元。第一产业增加值10.2亿元，增长3.1%；"
            "第二产业增加值40.3亿元，增长6.0%；第三产业增加值48.1亿元，增长5.6%。\n")
    got = _found(text, "zh")
    assert ("partition", "part=10.2亿元,40.3亿元,48.1亿元", "total=98.6亿元") in got
    assert not any("total=2.1万元" in " ".join(sig) for sig in got)


def test_respectively_lists_align_item_by_item_across_clauses() -> None:
    text = "新能源和数字经济核心产业增加值占规上工业比重分别为11.2%和20.4%，比上年提高0.6和1.3个百分点。"
    got = _found(text, "zh")
    assert ("share", "share=11.2%") in got and ("share", "share=20.4%") in got
    assert ("pp-change", "change=0.6", "of=11.2%") in got
    assert ("pp-change", "change=1.3个百分点", "of=20.4%") in got


def test_an_aligned_list_of_declines() -> None:
    text = ("城镇和乡村居民人均消费支出增速分别为5.0%和7.0%，比上年回落0.4和0.9个百分点；"
            "上年分别为5.4%和7.4%。\n")
    from factcheck.discover import discover_relations

    got = [r.signature() for r in discover_relations(text, "zh")]
    assert ("pp-change", "change=0.9个百分点", "of=7.0%") in got


def _draft(text: str, lang: str) -> dict[str, dict[str, object]]:
    import datetime as dt

    import yaml

    from factcheck.app.init_draft import draft

    doc = yaml.safe_load(draft(text, "story.txt", dt.date(2026, 12, 1), lang))
    return {"claims": {str(c["value"]): c for c in doc["claims"]},
            "waivers": {str(w["quote"]): w for w in doc.get("waivers") or []}}


def test_init_drafts_kinds_signs_measures_and_relations_of_a_trade_story() -> None:
    text = ("The trade gap narrowed in May 2025 as exports rose 3.1% to $210.4 billion and "
            "imports fell 1.2% to $268.0 billion, leaving a deficit of $57.6 billion. So far "
            "this year the deficit decreased $12.5 billion or 4.8% from the same period of 2024.\n")
    claims = _draft(text, "en")["claims"]
    assert claims["-1.2%"]["kind"] == "growth"
    assert claims["$-12.5 billion"]["kind"] == "change"
    assert claims["-4.8%"]["kind"] == "growth"
    deficit = claims["$-57.6 billion"]
    assert deficit["kind"] == "difference" and "left" in deficit and "right" in deficit
    assert claims["$210.4 billion"]["measures"] == "exports — review"
    assert claims["$268.0 billion"]["measures"] == "imports — review"
    assert not any(v in claims for v in ("2025", "2024"))


def test_init_drafts_an_amount_after_a_word_of_decline_as_a_negative_change() -> None:
    claims = _draft("上月全县失业人员减少3千人，城镇新增就业1.2万人。\n", "zh")["claims"]
    assert claims["-3千 人"]["kind"] == "change"
    claims = _draft("Payroll employment fell by 95,000 in June.\n", "en")["claims"]
    assert claims["-95,000"]["kind"] == "change"


def test_init_reads_a_change_named_after_its_figure() -> None:
    claims = _draft("Output saw a 0.4 percent contraction in the quarter after a 0.9 percent "
                    "gain.\n", "en")["claims"]
    assert claims["-0.4 percent"]["kind"] == "growth"
    assert claims["0.9 percent"]["kind"] == "growth"


def _outcomes(text: str) -> list[tuple[str, str, str]]:
    from factcheck.checks import all_rules
    from factcheck.discover.auto import check_text

    report = check_text(text, "a.txt", all_rules()).report
    return [(o.code, o.verdict.value, o.severity.value) for o in report.outcomes]


def test_a_list_not_known_to_be_complete_is_checked_as_at_most_and_only_noted() -> None:
    over = ("全年全市限额以上单位商品零售额300.0亿元。按消费类型分，汽车类零售额280.5亿元；"
            "石油制品类零售额41.2亿元。\n")
    assert _outcomes(over) == [("FC401", "fail", "note")]
    wrong = ("前三季度全县社会消费品零售总额215.40亿元。按经营单位所在地分，城镇消费品零售额170.25亿元；"
             "乡村消费品零售额40.15亿元。\n")
    assert ("FC402", "fail", "error") in _outcomes(wrong)


def test_a_change_on_the_month_or_year_in_one_word() -> None:
    got = _found("9月就業人數1160.2萬人,月增5千人、年增12.1萬人。", "zh")
    assert ("change", "current=1160.2萬人", "delta=5千人") in got
    assert ("change", "current=1160.2萬人", "delta=12.1萬人") in got


def test_men_and_women_in_the_next_sentence_partition_the_total() -> None:
    got = _found("There were 3.4 million people in work part-time. Some 1.1 million were men "
                 "and 2.3 million were women.")
    assert any(sig[0] == "partition" and "total=3.4 million people" in sig for sig in got)
    got = _found("The jobless count stood at 2.1 million. Unemployment among men was 1.15 "
                 "million, and among women 950,000.")
    assert ("partition", "part=1.15 million,950,000", "total=2.1 million") in got


def test_trade_balances_in_traditional_words() -> None:
    got = [(r.signature(), r.get(Role.BALANCE)) for r in _relations(
        "上半年出口1200億美元，進口1500億美元，入超達300億美元。")]
    assert got and got[0][0] == ("balance", "balance=300億美元", "left=1200億美元",
                                 "right=1500億美元")
    assert got[0][1] is not None and got[0][1].negative


def _relations(text: str) -> list[Relation]:
    from factcheck.discover import discover_relations

    return discover_relations(text, "zh")


_RETAIL = ("前三季度全县社会消费品零售总额215.40亿元，增长{total}%。按经营单位所在地分，"
           "城镇消费品零售额170.25亿元，增长5.0%；乡村消费品零售额45.15亿元，增长6.1%。\n")


def test_a_totals_rate_is_its_parts_rates_weighted() -> None:
    got = _found(_RETAIL.format(total="5.2"), "zh")
    assert ("weighted-growth", "from-part=5.0%,6.1%", "rate=5.2%") in got
    assert ("FC211", "pass", "error") in _outcomes(_RETAIL.format(total="5.2"))
    assert ("FC211", "fail", "error") in _outcomes(_RETAIL.format(total="6.4"))


def test_real_rates_of_nominal_amounts_are_not_weighted() -> None:
    text = ("一季度，全县实现地区生产总值98.6亿元，增长5.5%。\n第一产业增加值10.2亿元，增长3.1%；"
            "第二产业增加值40.3亿元，增长6.0%；第三产业增加值48.1亿元，增长5.6%。\n")
    assert not any(sig[0] == "weighted-growth" for sig in _found(text, "zh"))


def test_init_drafts_the_weighted_growth_of_a_breakdown() -> None:
    claims = _draft(_RETAIL.format(total="5.2"), "zh")["claims"]
    assert claims["5.2%"]["from-parts"] == [claims["5.0%"]["id"], claims["6.1%"]["id"]]


def test_a_stated_order_is_checked() -> None:
    text = ("In May, Norway (+4.1%) recorded the highest rise in sales, followed by Chile (+3.3%) "
            "and Peru ({peru}%).\n")
    assert ("order", "item=+2.7%,+3.3%,+4.1%") in _found(text.format(peru="+2.7"))
    assert ("FC408", "pass", "error") in _outcomes(text.format(peru="+2.7"))
    assert ("FC408", "fail", "error") in _outcomes(text.format(peru="+3.7"))
    got = _found("Ghana (+5.0%), Kenya (+3.9%), Chad and Mali (both +2.2%) recorded the highest "
                 "growth of output.")
    assert ("order", "item=+2.2%,+3.9%,+5.0%") in got


def test_one_of_which_list_with_two_breakdowns_split_by_a_semicolon() -> None:
    text = ("年末全县户籍人口61.50万人。其中，城镇人口24.10万人，乡村人口37.40万人；"
            "男性人口31.20万人，女性人口{women}万人。\n")
    got = _found(text.format(women="30.30"), "zh")
    assert ("partition", "part=24.10万人,37.40万人", "total=61.50万人") in got
    assert ("partition", "part=30.30万人,31.20万人", "total=61.50万人") in got
    assert ("FC402", "fail", "error") not in _outcomes(text.format(women="30.30"))
    assert ("FC402", "fail", "error") in _outcomes(text.format(women="29.30"))


def test_of_which_opening_the_next_paragraph_takes_the_total_before() -> None:
    text = ("全市规上工业企业实现营业收入905.3亿元。\n\n"
            "其中，汽车制造业实现营业收入341.2亿元，电子信息业实现营业收入188.7亿元。\n")
    got = _found(text, "zh")
    assert ("part-of", "part=341.2亿元", "total=905.3亿元") in got
    assert ("part-of", "part=188.7亿元", "total=905.3亿元") in got


def test_m_of_n() -> None:
    assert ("part-of", "part=187种", "total=312种") in _found(
        "监测的312种主要产品中有187种产量增长。", "zh")
    assert ("part-of", "part=27个", "total=38个") in _found(
        "全县38个工业大类行业中，有27个行业增加值增长。", "zh")
    assert ("part-of", "part=29", "total=45") in _found(
        "Of the 45 industries surveyed, 29 reported higher output.")
    assert ("FC401", "fail", "error") in _outcomes("全县38个工业大类行业中，有40个行业增加值增长。\n")


def test_a_change_in_points_of_a_contribution_rate() -> None:
    text = "一季度，全县服务业对经济增长的贡献率为41.2%，比上年同期提高3.1个百分点。\n"
    assert ("pp-change", "change=3.1个百分点", "of=41.2%") in _found(text, "zh")
    from factcheck.checks import all_rules
    from factcheck.discover.auto import check_text

    report = check_text(text, "a.txt", all_rules()).report
    provenance = report.graph.provenance
    assert provenance is not None and provenance.dropped == ()


def test_from_a_value_of_an_earlier_period_to_a_new_one() -> None:
    got = _found("全县城镇化率由上年末的58.4%提高到59.3%。", "zh")
    assert ("from-to", "current=59.3%", "prior=58.4%") in got
    assert ("FC208", "fail", "error") in _outcomes("全县城镇化率由上年末的59.4%提高到59.3%。\n")


def test_a_run_with_no_claims_file_counts_articles_in_one_footer_line(tmp_path: object) -> None:
    text = "The library opened a new reading room on the second floor last week.\n"
    code, out = _auto(tmp_path, text, "text")
    assert out.splitlines()[-1] == (
        "1 article · no relation found: 0 arithmetic checks  →  NOTHING CHECKED")
    bad = ("Exports rose to $5.1 billion and imports to $7.0 billion, leaving a trade deficit"
           " of $1.2 billion.\n")
    code, out = _auto(tmp_path, bad, "text")
    assert code == 1 and out.splitlines()[-1] == "1 article · 1 fail  →  FAILED"
    # a discovered claim stands where its figure is printed: the position is written once
    positions = [line.strip() for line in out.splitlines() if ".txt:1:" in line]
    assert positions and all(" · " not in line for line in positions)
