"""Issue 25, classes still open after the spent texts: ranges printed with Chinese numerals
or a hyphen, a range a verb of spread opens (ranged from 5.5% to 5.9%), a sign between a
currency sign and its digits ($-1.2 billion), an economy going backwards (倒退9.7%).

Sentences are from the spent part of tests/corpus/real or invented variants; each case
gives the exact reading (span, interval, qualifier) or the drafted value.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F

import pytest
import yaml

from factcheck.app.init_draft import draft
from factcheck.claims.values import Range, parse_value
from factcheck.extract import extract
from factcheck.numbers.reading import Qualifier


def _values(text: str, language: str) -> list[str]:
    doc = yaml.safe_load(draft(text, "article.txt", dt.date(2026, 12, 1), language))
    return [str(c["value"]) for c in doc["claims"]]


def _figures(text: str) -> list[tuple[str, F | None, F | None, Qualifier]]:
    return [(m.text, m.low, m.high, m.qualifier) for m in extract(text) if m.needs_coverage]


# ------------------------------------------------ a range as a claims value

@pytest.mark.parametrize(("value", "low", "high", "unit"), [
    ("四十％至四十五％", F(395, 10), F(455, 10), "percent"),
    ("百分之四十至百分之四十五", F(395, 10), F(455, 10), "percent"),
    ("三成至四成", F(25), F(45), "percent"),
    ("六一〇億至六三二億美元", F(6095 * 10**7), F(6325 * 10**7), "us_dollar"),
    ("5-6%", F(45, 10), F(65, 10), "percent"),
    ("3-4 pp", F(25, 10), F(45, 10), "percentage_point"),
    ("$5-$6", F(5), F(6), "us_dollar"),
    ("12,000-35,999 澳门元", F(12000), F(35999), "macau_pataca"),
    ("-4.8%至-1.5%", F(-485, 100), F(-145, 100), "percent"),
])
def test_a_range_value_in_numerals_or_with_a_hyphen(value: str, low: F, high: F,
                                                    unit: str) -> None:
    r = parse_value(value)
    assert isinstance(r, Range)
    assert (r.reading.interval.lo, r.reading.interval.hi, r.unit.canonical) == (low, high, unit)


@pytest.mark.parametrize("value", ["-5%", "1.2-fold", "至少三成", "-$1.2 billion"])
def test_a_hyphen_or_zhi_that_joins_no_ends_is_no_range(value: str) -> None:
    assert not isinstance(parse_value(value), Range)


# ------------------------------------------------ ranges in articles

@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("預估十二月出口六一〇億至六三二億美元、年增", "六一〇億至六三二億美元",
     F(6095 * 10**7), F(6325 * 10**7)),
    ("年增四十％至四十五％，", "四十％至四十五％", F(395, 10), F(455, 10)),
    ("约一万至两万人", "约一万至两万人", F(5000), F(25000)),
    ("Inflation forecasts ranged from 5.5% to 5.9% last year.", "5.5% to 5.9%",
     F(545, 100), F(595, 100)),
    ("Estimates varied from $3 billion to $4.5 billion.", "$3 billion to $4.5 billion",
     F(25 * 10**8), F(455 * 10**7)),
    ("prices ranging from 20 to 30 per cent higher", "20 to 30 per cent", F(195, 10),
     F(305, 10)),
])
def test_ranges_in_articles(text: str, span: str, low: F, high: F) -> None:
    assert _figures(text) == [(span, low, high, Qualifier.RANGE)]


@pytest.mark.parametrize("text", [
    "It rose from 5.5% to 5.9%.",            # a change from one level to another
    "Exports rose 5.5% to $5.9 billion.",    # a change and the level it reached
    "The rate was 5.5% and 5.9% a year ago.",
])
def test_a_change_from_a_level_to_another_stays_two_figures(text: str) -> None:
    assert [q for *_, q in _figures(text)] == [Qualifier.EXACT, Qualifier.EXACT]


def test_a_range_ending_in_a_multiplier_needs_its_upper_end() -> None:
    # 一至三月 is a period; 六一〇億 alone, with no unit and no 至, is still no figure
    assert _figures("一至三月出口") == []
    assert _figures("出口六一〇億，") == []


# ------------------------------------------------ a sign between currency and digits

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The deficit was $-1.2 billion.", "$-1.2 billion", F(-12 * 10**8), "us_dollar"),
    ("a gap of US$-3.4bn", "US$-3.4bn", F(-34 * 10**8), "us_dollar"),
    ("a swing of HK$+2.1 million", "HK$+2.1 million", F(21 * 10**5), "hong_kong_dollar"),
    ("a loss of £-0.5m.", "£-0.5m", F(-5 * 10**5), "pound_sterling"),
    ("The deficit was -$1.2 billion.", "-$1.2 billion", F(-12 * 10**8), "us_dollar"),
    ("and −$1.2bn.", "−$1.2bn", F(-12 * 10**8), "us_dollar"),
])
def test_a_sign_after_the_currency_sign_is_the_figures(text: str, span: str, value: F,
                                                       unit: str) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.canonical) == (span, value, unit)


@pytest.mark.parametrize("value", ["$-1.2 billion", "-$1.2 billion", "−$1.2bn", "-US$1.2bn"])
def test_signed_money_as_typed_reads_back_the_same(value: str) -> None:
    figure = parse_value(value)
    assert (figure.reading.value, figure.unit.canonical) == (F(-12 * 10**8), "us_dollar")


def test_signed_money_init_drafts_loads_the_same() -> None:
    (drafted,) = _values("The deficit was $-1.2 billion.", "en")
    assert parse_value(drafted).reading.value == F(-12 * 10**8)
    assert parse_value(drafted).unit.canonical == "us_dollar"


def test_a_price_range_keeps_its_hyphen_as_a_join() -> None:
    assert _figures("Prices of $5-$6 each.") == [("$5-$6", F(5), F(6), Qualifier.RANGE)]


# ------------------------------------------------ going backwards is a decline

@pytest.mark.parametrize(("text", "values"), [
    ("去年上半年澳門經濟倒退9.7%，下半年回升5.7%。", ["-9.7%", "5.7%"]),
    ("出口收缩2.1%，进口增长3%。", ["-2.1%", "3%"]),
    ("出口收缩至2.1%。", ["2.1%"]),  # a level reached keeps no sign
])
def test_going_backwards_and_shrinking_are_declines(text: str, values: list[str]) -> None:
    assert _values(text, "zh") == values


# ------------------------------------------------ a fall said by a passive verb after the amount

@pytest.mark.parametrize(("text", "values"), [
    ("Statscan initially said 59,700 full-time jobs had been lost in July.", ["-59,700"]),
    ("About 1.2 million were cut last year.", ["About -1.2 million"]),
    ("Some 300 posts will be slashed.", ["Some -300"]),
    ("A further $2.1 billion was wiped off the value.", ["$-2.1 billion"]),
    # not a fall: a rise said so, a joining word before the verb, no passive verb
    ("5,000 jobs were created.", ["5,000 jobs"]),
    ("The company has 4,000 staff and was cut from the index.", ["4,000"]),
    ("It employs 2,000 people who lost nothing.", ["2,000 people"]),
])
def test_a_passive_verb_of_loss_after_an_amount_makes_it_a_fall(text: str,
                                                               values: list[str]) -> None:
    assert _values(text, "en") == values


# ------------------------------------------------ a unit after a number word's scale

@pytest.mark.parametrize(("text", "span", "value", "unit", "drafted"), [
    ("The deal was worth forty billion dollars.", "forty billion dollars", F(4 * 10**10),
     "us_dollar", "forty billion dollars"),
    ("Exports hit twelve billion U.S. dollars.", "twelve billion U.S. dollars",
     F(12 * 10**9), "us_dollar", "twelve billion us_dollar"),
    ("three billion euros in aid", "three billion euros", F(3 * 10**9), "euro",
     "three billion euros"),
    ("about three billion yuan", "about three billion yuan", F(3 * 10**9), "yuan",
     "about three billion yuan"),
    # no unit after the scale: the scale is no unit, and the draft keeps it
    ("The deal was worth forty billion.", "forty billion", F(4 * 10**10), None,
     "forty billion"),
    ("It took two million years.", "two million", F(2 * 10**6), None, "two million"),
])
def test_a_unit_after_a_number_words_scale(text: str, span: str, value: F, unit: str | None,
                                           drafted: str) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.canonical) == (span, value, unit)
    assert _values(text, "en") == [drafted]
    assert parse_value(drafted).reading.value == value


# ------------------------------------------------ 倍多, a spaced qualifier, a shared 百分之

@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("出口增长2倍多。", "2倍多", F(2), F(3)),
    ("出口增长1.5 倍多。", "1.5 倍多", F(15, 10), F(16, 10)),
    ("增长1.5倍以上", "1.5倍以上", F(145, 100), None),
])
def test_more_than_a_multiple(text: str, span: str, low: F, high: F | None) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.low, m.high) == (span, low, high)
    assert (parse_value(span).reading.interval.lo, parse_value(span).reading.interval.hi) == \
        (low, high)


def test_duo_yu_after_a_multiple_is_a_comparison() -> None:
    assert _figures("增长2倍多于去年") == [("2倍", F(15, 10), F(25, 10), Qualifier.EXACT)]


@pytest.mark.parametrize(("text", "span", "low", "high", "qualifier"), [
    ("约 三成的企业亏损。", "约 三成", F(25), F(35), Qualifier.APPROX),
    ("逾 四成", "逾 四成", F(35), None, Qualifier.MORE_THAN),
    ("约 三十亿元", "约 三十亿元", F(25 * 10**8), F(35 * 10**8), Qualifier.APPROX),
    ("超过 百分之二十", "超过 百分之二十", F(195, 10), None, Qualifier.MORE_THAN),
    ("出口 三成", "三成", F(25), F(35), Qualifier.EXACT),  # no qualifier before the space
])
def test_a_qualifier_a_space_before_chinese_numerals(text: str, span: str, low: F,
                                                      high: F | None,
                                                      qualifier: Qualifier) -> None:
    assert _figures(text) == [(span, low, high, qualifier)]


@pytest.mark.parametrize(("text", "spans"), [
    ("分别增长百分之五点二和六点一。", ["百分之五点二", "六点一"]),
    ("分别增长百分之五点二、六点一和七。", ["百分之五点二", "六点一", "七"]),
    ("占百分之十、百分之二十和三十", ["百分之十", "百分之二十", "三十"]),
])
def test_a_list_shares_its_bai_fen_zhi(text: str, spans: list[str]) -> None:
    found = [m for m in extract(text) if m.needs_coverage]
    assert [(m.text, m.kind.value) for m in found] == [(s, "percent") for s in spans]
    assert found[1].low is not None and found[1].high is not None


@pytest.mark.parametrize(("text", "after"), [
    ("增长百分之五和三个省", ("三", "amount")),           # a counted number
    ("百分之五点二和六点一亿元", ("六点一亿元", "amount")),  # a figure of its own
    ("百分之五和一些", None),                           # a word
])
def test_what_follows_a_bai_fen_zhi_list_with_a_unit_or_a_word(
        text: str, after: tuple[str, str] | None) -> None:
    found = [(m.text, m.kind.value) for m in extract(text) if m.needs_coverage]
    assert found[1:] == ([after] if after else [])


# ------------------------------------------------ press forms no corpus text shows

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # basis points are read in percentage points (0.25 pp), the unit printed kept
    ("Rates rose 25bp in March.", "25bp", F(1, 4), "basis_point"),
    ("a cut of 50bps, the most since 2008", "50bps", F(1, 2), "basis_point"),
    ("Rs 2.5 lakh crore this year", "Rs 2.5 lakh crore", F(25 * 10**11), "indian_rupee"),
    ("exports of NT$5.6 billion", "NT$5.6 billion", F(56 * 10**8), "new_taiwan_dollar"),
    ("出口１２３．４億美元，", "１２３．４億美元", F(12340 * 10**6), "us_dollar"),
])
def test_press_forms_of_new_publishers(text: str, span: str, value: F, unit: str) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.canonical) == (span, value, unit)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The budget is Sh1.2 billion.", "1.2 billion", F(12 * 10**8)),
    ("a grant of K2.3 million", "2.3 million", F(23 * 10**5)),
    ("and Le45bn in loans", "45bn", F(45 * 10**9)),
])
def test_money_in_a_currency_the_lexicon_does_not_name_is_a_figure(text: str, span: str,
                                                                  value: F) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.canonical) == (span, value, None)


@pytest.mark.parametrize(("text", "code"), [
    ("the 5bpm signal", "5bpm"), ("the M7 and the G20 summit", "M7"), ("BP2 wells", "BP2"),
])
def test_codes_stay_codes(text: str, code: str) -> None:
    assert [m.text for m in extract(text) if m.needs_coverage] == []
    assert code in [m.text for m in extract(text)]


# ------------------------------------------------ non-figures met on first contact

@pytest.mark.parametrize(("text", "mark", "kind"), [
    ("与去年相比增长13.0% [1] 各交通运输方式", "[1]", "identifier"),   # a footnote mark
    ("see the survey [12] for details", "[12]", "identifier"),
    ("(編輯:李信寬)1070307", "1070307", "date"),                      # an ROC date stamp
    ("(編輯:謝佳珍)1110210\n", "1110210", "date"),
    ("data quoted on Tuesday (17/12), the total", "17/12", "date"),  # day first
    ("雙雙創近11季新高", "近11季", "duration"),                         # a count of quarters
    ("连续3季增长", "连续3季", "duration"),
])
def test_marks_stamps_dates_and_quarters_need_no_claim(text: str, mark: str,
                                                        kind: str) -> None:
    found = extract(text)
    assert [(m.text, m.kind.value) for m in found if m.text == mark] == [(mark, kind)]
    assert not any(m.needs_coverage and mark in m.text for m in found)


@pytest.mark.parametrize(("text", "span"), [
    ("人口1070307人", "1070307人"),   # seven digits with a unit: a count
    ("共1070307。", "1070307"),       # after a word, no stamp
    ("a ratio of 1/3", "1"),          # a day of 12 or less on both sides stays numbers
    ("增长5%[注]", "5%"),
])
def test_what_stays_a_figure_beside_marks_and_stamps(text: str, span: str) -> None:
    assert span in [m.text for m in extract(text) if m.needs_coverage]
