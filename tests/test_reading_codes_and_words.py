"""Figures that discovery met on texts it had not seen and could not use: an amount after the
ISO code of its currency (``USD 46.5bn``), and a rate in words (``up five percent``) whose
drafted claim value the claims grammar could not read, so the relation was dropped."""

from __future__ import annotations

import re
from fractions import Fraction as F
from importlib.resources import files

import pytest

from factcheck.checks import select_rules
from factcheck.discover.auto import check_text
from factcheck.discover.relation import RelationKind
from factcheck.extract import extract
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.numbers.reading import Qualifier
from factcheck.numbers.sign import stated_sign


@pytest.mark.parametrize(("text", "span", "unit", "value"), [
    ("Foreign currency reserves totaled USD 46.5bn, up 2.3%.", "USD 46.5bn", "USD",
     F(46_500_000_000)),
    ("Contingent drains recorded USD46bn in May.", "USD46bn", "USD", F(46_000_000_000)),
    ("The fund lent EUR 3 million to the city.", "EUR 3 million", "EUR", F(3_000_000)),
    ("Sales were GBP 12.4m.", "GBP 12.4m", "GBP", F(12_400_000)),
    ("Imports reached CNY 5.2 trillion", "CNY 5.2 trillion", "CNY", F(5_200_000_000_000)),
    ("RMB 800 billion of bonds", "RMB 800 billion", "RMB", F(800_000_000_000)),
    ("Exports of THB5,000 per head", "THB5,000", "THB", F(5000)),
])
def test_an_iso_code_before_an_amount_is_its_currency(text: str, span: str, unit: str,
                                                       value: F) -> None:
    found = [m for m in extract(text) if m.value is not None and m.value == value]
    assert [(m.text, m.unit) for m in found] == [(span, unit)]


@pytest.mark.parametrize("text", [
    "the USD-EUR rate stood at 1.08",   # a pair of codes is no amount's currency
    "the USDA said 1.08 million acres",  # a word that begins with a code
])
def test_a_code_that_is_not_a_word_of_its_own_is_no_currency(text: str) -> None:
    assert next(m.unit for m in extract(text) if "1.08" in m.text) != "USD"


def _registry_codes() -> list[str]:
    text = (files("factcheck.units") / "definitions.txt").read_text(encoding="utf-8")
    return sorted({code for _, code in re.findall(r"\[currency_([a-z]{3})\] = ([A-Z]{3})", text)})


def test_every_currency_of_the_registry_is_read_before_an_amount() -> None:
    codes = _registry_codes()
    assert len(codes) >= 20
    for code in codes:
        assert [(m.text, m.unit) for m in extract(f"a total of {code} 3.5 billion.")] \
            == [(f"{code} 3.5 billion", code)], code
        assert read_figure(f"{code} 3.5 billion").unit == code


@pytest.mark.parametrize(("value", "number", "qualifier"), [
    ("-five percent", F(-5), Qualifier.EXACT),
    ("\u2212eight per cent", F(-8), Qualifier.EXACT),
    ("about five percent", F(5), Qualifier.APPROX),
    ("almost twelve per cent", F(12), Qualifier.NEARLY),
    ("-two percentage points", F(-2), Qualifier.EXACT),
    ("about -seven percent", F(-7), Qualifier.APPROX),
])
def test_a_claims_value_in_words_takes_a_sign_and_a_qualifier(value: str, number: F,
                                                              qualifier: Qualifier) -> None:
    r = read_figure(value)
    assert (r.value, r.qualifier) == (number, qualifier)
    assert r.text == value


@pytest.mark.parametrize("value", ["five%", "minus five percent", "-", "-five%"])
def test_words_the_grammar_cannot_read_stay_refused(value: str) -> None:
    with pytest.raises(NumberError):
        read_figure(value)


@pytest.mark.parametrize(("text", "rate"), [
    ("Exports of services earned the country $451.2 million in April, up five percent "
     "month-on-month.", "five percent"),
    ("Imports of services stood at $815.3 million in April, down eight per cent on the "
     "month.", "eight per cent"),
    ("Foreign currency reserves totaled USD 46.5bn, up twelve percent on a monthly basis.",
     "twelve percent"),
])
def test_a_rate_in_words_is_checked_not_dropped(text: str, rate: str) -> None:
    auto = check_text(text, "a.txt", select_rules(), language="en")
    kept = [i for i, r in enumerate(auto.relations) if r.kind is RelationKind.GROWTH
            and any(f.text == rate for _, f in r.roles)]
    assert len(kept) == 1  # before, its claim value ("five%") was refused and it was dropped
    assert auto.verdict(kept[0]) == "pass"


@pytest.mark.parametrize(("text", "year"), [
    ("The growth rate decreased from 5.7 percent in 2016 to 4.3 percent in 2017.", "2016"),
    ("Its share fell from 56.8 per cent in 2016 to 56.2 per cent.", "2016"),
    ("Unemployment rose from 4.1% in 2019 to 7.9% in 2020.", "2019"),
])
def test_a_year_before_to_and_a_smaller_figure_is_no_range_end(text: str, year: str) -> None:
    assert [m.kind.value for m in extract(text) if m.text == year] == ["year"]
    froms = [r for r in check_text(text, "a.txt", select_rules(), language="en").relations
             if r.kind is RelationKind.FROM_TO]
    assert len(froms) == 1


@pytest.mark.parametrize(("text", "figure", "sign"), [
    ("A decrease was observed in Latvia (-2.0%).", "-2.0%", -1),
    ("The largest falls were in Spain (-3.1%) and Italy (-1.2%).", "-1.2%", -1),
    ("出口下降-2.5%。", "-2.5%", -1),
    ("Output rose -0.2% in May.", "-0.2%", -1),   # a minus after a rise turns it
    ("Output rose 0.2% in May.", "0.2%", 1),
])
def test_a_minus_after_a_word_of_decline_says_the_fall_again(text: str, figure: str,
                                                              sign: int) -> None:
    start = text.index(figure)
    stated = stated_sign(text, start, start + len(figure))
    assert stated is not None and stated.sign == sign


@pytest.mark.parametrize(("text", "span", "value", "qualifier"), [
    ("There were two million people out of work.", "two million", F(2_000_000), "exact"),
    ("About three billion dollars were spent.", "About three billion dollars",
     F(3_000_000_000), "approx"),
    ("Almost two million tourists came from EU countries.", "Almost two million",
     F(2_000_000), "nearly"),
    ("The plan adds more than fifty thousand jobs.", "more than fifty thousand", F(50_000),
     "more_than"),
    ("Prices rose about seven per cent.", "about seven per cent", F(7), "approx"),
])
def test_a_number_word_with_a_scale_word_and_its_qualifier(text: str, span: str, value: F,
                                                           qualifier: str) -> None:
    found = [m for m in extract(text) if m.value is not None]
    assert [(m.text, m.value, m.qualifier.value) for m in found] == [(span, value, qualifier)]


def test_a_number_word_before_a_scale_abbreviation_is_no_figure_of_it() -> None:
    # two bn: the abbreviations follow digits, not words ("two m" is no figure)
    assert [m.text for m in extract("Sales of two m units") if m.value is not None] == []
