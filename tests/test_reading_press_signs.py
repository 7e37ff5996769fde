"""Issue 25, what the spent and dev texts still showed: headline verbs in the present tense,
a manner or a time between a verb of change and its figure, a minus written as a word,
"up to" after a verb of change, press abbreviations of percent, currency signs of more
countries, and a period noun before a figure with a unit.

Sentences are from the dev and spent parts of tests/corpus/real (never the held-out part) or
invented variants. Each case gives the exact reading: span, value, unit, qualifier, kind, sign.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F

import pytest
import yaml

from factcheck.app.init_draft import draft
from factcheck.extract import Mention, extract
from factcheck.numbers.grammar import read_figure
from factcheck.numbers.sign import stated_sign


def _one(text: str, span: str) -> Mention:
    found = [m for m in extract(text) if m.text == span]
    assert len(found) == 1, [(m.text, m.kind.value) for m in extract(text)]
    return found[0]


def _values(text: str) -> list[str]:
    doc = yaml.safe_load(draft(text, "article.txt", dt.date(2026, 12, 1), "en"))
    return [str(c["value"]) for c in doc["claims"]]


def _sign(text: str, span: str) -> int | None:
    start = text.index(span)
    stated = stated_sign(text, start, start + len(span))
    return None if stated is None else stated.sign


# ------------------------------------------------ headline verbs in the present tense

@pytest.mark.parametrize(("text", "span", "value"), [
    ("U.S. Trade Gap Closes 17.9% in February", "17.9%", "-17.9%"),         # spent
    ("Mauritius trade deficit narrows 12.6pc yr/yr in Jan", "12.6pc", "-12.6 pc"),  # spent
    ("Retail Sales Fall 1.2% in March", "1.2%", "-1.2%"),
    ("Factory Output Slips 0.4% as Demand Eases", "0.4%", "-0.4%"),
    ("Jobless Rate Edges Down 0.1 Percentage Point", "0.1 Percentage Point", "-0.1 pp"),
    ("Home Prices Tumble 3.5% on Year", "3.5%", "-3.5%"),
    ("Exports Shrink 2%", "2%", "-2%"),
    ("Profits Contract 2%", "2%", "2%"),  # contract is a noun too: not read
    ("Exports Rise 5.1% in May", "5.1%", "5.1%"),
    ("Output Edges Up 0.2%", "0.2%", "0.2%"),
    # a level reached stays a level after "to"
    ("Deficit Narrows to $4.1 Billion", "$4.1 Billion", "$4.1 Billion"),
])
def test_headline_verbs_in_the_present_tense(text: str, span: str, value: str) -> None:
    assert _one(text, span).text == span
    assert _values(text) == [value]


def test_headline_verbs_give_fc102_its_sign() -> None:
    assert _sign("U.S. Trade Gap Closes 17.9% in February", "17.9%") == -1
    assert _sign("Retail Sales Falls 1.2%", "1.2%") == -1
    assert _sign("Exports Rises 5.1%", "5.1%") == 1
    assert _sign("Deficit Narrows to 4.1%", "4.1%") is None   # a level reached


@pytest.mark.parametrize(("text", "value"), [
    # spent: ons-qna
    ("there have been downward revisions of 0.1 percentage points in Quarter 1", "-0.1 pp"),
    ("an upward revision of 0.2 percentage points", "0.2 pp"),
    ("growth was revised down by 0.3 percentage points", "-0.3 pp"),
    # spent: venturesafrica
    ("a drop in imports which sagged 8.5 percent to 11.77 billion rupees", "-8.5 percent"),
])
def test_revisions_and_sagging(text: str, value: str) -> None:
    assert _values(text)[0] == value


# ------------------------------------------------ a manner or a time before the figure

@pytest.mark.parametrize(("text", "value"), [
    ("Imports fell slightly by 0.3 percent to 12.0 billion rupees.", "-0.3 percent"),  # spent
    ("Exports rose sharply by 12.5% in May.", "12.5%"),
    ("Sales dropped marginally by 0.2%.", "-0.2%"),
    ("The number of tourist arrivals rose last month 14 per cent to 472,450.", "14 percent"),
    ("Arrivals dropped an annual 28 per cent to 7,382.", "-28 percent"),            # dev
    ("Prices fell year-on-year 1.5% in June.", "-1.5%"),
    ("Output declined again by 0.6%.", "-0.6%"),
    # dev: fijitimes
    ("Visitor numbers were also down in June by 8.1 per cent or 2899 arrivals.",
     "-8.1 percent"),
    ("Exports rose in May by 2.1%.", "2.1%"),
])
def test_a_manner_or_a_time_between_verb_and_figure(text: str, value: str) -> None:
    assert _values(text)[0] == value


def test_the_last_by_of_a_list_may_be_left_out_before_a_name() -> None:
    text = "Those from Russia fell by 5.2 per cent, Israel by 20.7 per cent and Germany 9.4 per cent."
    assert _values(text) == ["-5.2 percent", "-20.7 percent", "-9.4 percent"]
    # a clause of its own after "and" is no item of the list
    text = "Exports rose by 5.2 per cent and the unemployment rate was 9.4 per cent."
    assert _values(text) == ["5.2 percent", "9.4 percent"]
    doc = yaml.safe_load(draft(text, "article.txt", dt.date(2026, 12, 1), "en"))
    assert [c["kind"] for c in doc["claims"]] == ["growth", "rate"]


# ------------------------------------------------ a minus written as a word

@pytest.mark.parametrize(("text", "span", "value", "draft_value"), [
    ("inflation stood at 6.7% as compared to minus 6.2% in December 2016.", "minus 6.2%",
     F(-31, 5), "-6.2%"),                                                     # spent
    ("growth was negative 0.3 per cent", "negative 0.3 per cent", F(-3, 10), "-0.3 percent"),
    ("the highest negative growth of (-) 16.3 percent", "(-) 16.3 percent", F(-163, 10),
     "-16.3 percent"),                                                        # spent
    ("Output fell -2.1% in May.", "-2.1%", F(-21, 10), "-2.1%"),  # the minus says it again
])
def test_a_minus_as_a_word(text: str, span: str, value: F, draft_value: str) -> None:
    m = _one(text, span)
    assert (m.value, m.kind.value) == (value, "percent")
    assert _values(text)[-1] == draft_value


def test_a_word_that_only_begins_like_minus_is_no_sign() -> None:
    assert [m.text for m in extract("the minuscule 5% rise")] == ["5%"]
    assert _one("the minuscule 5% rise", "5%").value == 5


def test_a_list_of_bracketed_minuses_drafts_each() -> None:
    text = ("The group has shown the highest negative growth of (-) 16.3 percent followed by "
            "(-) 11.6 percent in manufacture of computers.")
    assert _values(text) == ["-16.3 percent", "-11.6 percent"]


# ------------------------------------------------ "up to" after a verb of change

@pytest.mark.parametrize(("text", "span", "qualifier"), [
    ("food crops inflation which went up to 14.5% in the year", "14.5%", "exact"),  # spent
    ("only to climb up to 6.30 per cent in May 2021", "6.30 per cent", "exact"),    # dev
    ("Meanwhile, it was up to 4.5% for women", "4.5%", "exact"),                   # dev
    ("the rate has gone up to 3.2%", "3.2%", "exact"),
    ("prices shot up to $4.10 a gallon", "$4.10", "exact"),
    # "at most" as before
    ("savings of up to 20% on fares", "up to 20%", "at_most"),
    ("fines of up to $5,000", "up to $5,000", "at_most"),
    ("increased by up to 5%", "up to 5%", "at_most"),
])
def test_up_to_after_a_verb_of_change_is_the_level(text: str, span: str, qualifier: str) -> None:
    assert _one(text, span).qualifier.value == qualifier


# ------------------------------------------------ percent abbreviated, glued

@pytest.mark.parametrize(("text", "span", "value"), [
    ("deficit narrows 12.6pc yr/yr", "12.6pc", F(63, 5)),
    ("inflation at 4.8pct in May", "4.8pct", F(24, 5)),
    ("inflation at 4.8 pct in May", "4.8 pct", F(24, 5)),
    ("a 3PC rise", "3PC", F(3)),
])
def test_percent_abbreviated(text: str, span: str, value: F) -> None:
    m = _one(text, span)
    assert (m.value, m.kind.value) == (value, "percent")
    assert read_figure(span).value == value


def test_a_longer_word_after_the_digits_stays_a_code() -> None:
    assert _one("sold 5pcs of it", "5pcs").kind.value == "identifier"
    assert _one("the PC2 model", "PC2").kind.value == "identifier"


# ------------------------------------------------ currencies of more countries

@pytest.mark.parametrize(("text", "span", "value", "canonical"), [
    ("the deficit widened to N$3.9 billion", "N$3.9 billion", 3_900_000_000, "namibian_dollar"),
    ("sales of R$4.5 billion", "R$4.5 billion", 4_500_000_000, "brazilian_real"),
    ("exports of ₩12.3 trillion", "₩12.3 trillion", 12_300_000_000_000, "korean_won"),
    ("a budget of ₦500 million", "₦500 million", 500_000_000, "nigerian_naira"),
    ("revenue of ₽2.1bn", "₽2.1bn", 2_100_000_000, "russian_rouble"),
    ("a loan of KSh 3 billion", "KSh 3 billion", 3_000_000_000, "kenyan_shilling"),
    ("GDP was estimated at Frw 2,482 billion", "Frw 2,482 billion", 2_482_000_000_000,
     "rwandan_franc"),
    ("a budget of Rwf 300 million", "Rwf 300 million", 300_000_000, "rwandan_franc"),
    ("exports of UGX 1.2 trillion", "UGX 1.2 trillion", 1_200_000_000_000, "ugandan_shilling"),
    ("a loan of TSh 300 million", "TSh 300 million", 300_000_000, "tanzanian_shilling"),
    ("exports of ฿1.2 trillion", "฿1.2 trillion", 1_200_000_000_000, "thai_baht"),
    ("NAD 2.5 million", "NAD 2.5 million", 2_500_000, "namibian_dollar"),
    # a currency named after the figure
    ("128.12 billion ringgit (28.66 billion U.S. dollars) in October",
     "28.66 billion U.S. dollars", 28_660_000_000, "us_dollar"),
    ("to 17.1 billion Singapore dollars", "17.1 billion Singapore dollars", 17_100_000_000,
     "singapore_dollar"),
    ("(1 ringgit equals 0.22 U.S. dollar)", "0.22 U.S. dollar", F(22, 100), "us_dollar"),
])
def test_currencies_of_more_countries(text: str, span: str, value: int | F,
                                      canonical: str) -> None:
    m = _one(text, span)
    assert (m.value, m.kind.value, m.canonical) == (F(value), "amount", canonical)


def test_a_word_that_spells_a_code_is_no_currency() -> None:
    assert _one("I try 5 times", "5 times").kind.value == "multiple"
    assert _one("we try 3.5 billion ways", "3.5 billion").unit is None
    assert _one("TRY 3.5 billion", "TRY 3.5 billion").canonical == "turkish_lira"


# ------------------------------------------------ a period noun before a figure with a unit

@pytest.mark.parametrize(("text", "span", "kind"), [
    ("arrivals rose last month 14 per cent to 472,450", "14 per cent", "percent"),   # dev
    ("output in the quarter 3 per cent higher", "3 per cent", "percent"),
    ("sales in the week 2 million higher", "2 million", "amount"),
    ("in Quarter 3 2022", "Quarter 3", "date"),            # a period as before
    ("Week 12 of the season", "Week 12", "date"),
])
def test_a_period_noun_before_a_figure_with_a_unit(text: str, span: str, kind: str) -> None:
    assert _one(text, span).kind.value == kind


# ------------------------------------------------ surpass, a printed plus before money, 架次

@pytest.mark.parametrize(("text", "span", "value", "qualifier"), [
    ("Tourists surpass 2.3 million mark in just 10 months", "surpass 2.3 million",
     F(2_300_000), "more_than"),                                                   # spent
    ("went up by 13.1%, surpassing 1.8 million nights.", "surpassing 1.8 million nights",
     F(1_800_000), "more_than"),                                                   # spent
    ("Total tourism expenditure surpassed €1.5 billion", "surpassed €1.5 billion",
     F(1_500_000_000), "more_than"),
])
def test_surpass_is_more_than(text: str, span: str, value: F, qualifier: str) -> None:
    m = _one(text, span)
    assert (m.value, m.qualifier.value, m.high) == (value, qualifier, None)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Average hourly wages were up 3.3% (+$0.99 to $31.06)", "+$0.99", F(99, 100)),  # spent
    ("similar to March (+$1.03; +3.4%)", "+$1.03", F(103, 100)),                       # spent
    ("a change of +€2.1bn", "+€2.1bn", F(2_100_000_000)),
])
def test_a_printed_plus_before_money(text: str, span: str, value: F) -> None:
    assert _one(text, span).value == value
    assert read_figure(span).value == value


def test_a_hyphen_after_a_word_is_no_sign_of_money() -> None:
    assert [m.text for m in extract("a-$5 fee")] == ["$5"]


def test_take_offs_and_landings_are_a_unit() -> None:
    m = _one("飛機起降22.2萬架次，同比增長9.9%", "22.2萬架次")
    assert (m.value, m.canonical) == (F(222_000), "aircraft_movement")


@pytest.mark.parametrize(("printed", "value", "lo", "hi"), [
    ("76萬632元", 760_632, 760_632, 760_632),    # spent: units left over after 万
    ("5萬25元", 50_025, 50_025, 50_025),
    ("13万2辆", 132_000, 131_500, 132_500),      # one digit: a tenth, as before
    ("3万4000人", 34_000, 34_000, 34_000),       # every place: exact, as before
])
def test_digits_after_wan(printed: str, value: int, lo: int, hi: int) -> None:
    m = extract(f"平均年薪{printed}，")[0]
    assert (m.text, m.value, m.low, m.high) == (printed, F(value), F(lo), F(hi))
    r = read_figure(printed)
    assert (r.value, r.interval.lo, r.interval.hi) == (F(value), F(lo), F(hi))


# ------------------------------------------------ a count listed with a rate keeps its kind

@pytest.mark.parametrize(("text", "want"), [
    ("arrivals were down by 262 or 0.8 per cent when compared",            # dev: fijitimes
     [("262", "amount"), ("0.8 per cent", "percent")]),
    ("Arrivals dropped 28 per cent to 7,382 and 19 per cent to 2,772",     # dev
     [("28 per cent", "percent"), ("7,382", "amount"), ("19 per cent", "percent"),
      ("2,772", "amount")]),
    # a list of rates shares its unit as before
    ("prices rose 5 or 6 per cent", [("5", "percent"), ("6 per cent", "percent")]),
    ("分别增长8.5、6.3%", [("8.5", "percent"), ("6.3%", "percent")]),
])
def test_a_count_listed_with_a_rate_keeps_its_kind(text: str,
                                                   want: list[tuple[str, str]]) -> None:
    assert [(m.text, m.kind.value) for m in extract(text)] == want


def test_a_count_with_its_rate_is_drafted_as_an_amount() -> None:
    # drafted "-262%" before: the count took the percent of the rate after "or"
    assert _values("Australian arrivals were down by 262 or 0.8 per cent.") == \
        ["-262", "-0.8 percent"]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # the Gulf's press glues its currency codes to the digits
    ("exports fell to QR44.3bn in the quarter", "QR44.3bn", 44_300_000_000, "qatari_riyal"),
    ("revenue of RO985.3mn, up from RO1.31bn", "RO985.3mn", 985_300_000, "omani_rial"),
    ("a surplus of AED 12.5 billion", "AED 12.5 billion", 12_500_000_000, "uae_dirham"),
    ("spending of Dhs2.1bn", "Dhs2.1bn", 2_100_000_000, "uae_dirham"),
])
def test_gulf_currency_codes_glued_to_the_digits(text: str, span: str, value: int, unit: str) -> None:
    m = next(m for m in extract(text) if m.text == span)
    assert m.value == value and m.canonical == unit
