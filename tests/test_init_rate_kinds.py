"""init drafts the kind of a rate from the words of the language's data: a percent printed
with its sign, one named by the noun of a rate of change (inflation, growth, 成长率, 涨幅) or
compared with an earlier period right after it (on quarter, year-on-year) is a growth; the
earlier value of a growth and a rate led in parallel by the same word are growths too; a rate
with none of these stays a level ``rate``. The sentences are invented, not from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from factcheck.app.init_draft import draft


def _kinds(text: str, language: str) -> list[tuple[str, str]]:
    doc = yaml.safe_load(draft(text, "a.txt", dt.date(2026, 12, 1), language))
    return [(str(c["kind"]), str(c["value"])) for c in doc["claims"]]


def _kind_of(text: str, figure: str, language: str) -> tuple[str, str]:
    """The kind and value of the claim drafted for ``figure`` (its value as printed)."""
    number = figure.split()[0].rstrip("%")
    found = [(k, v) for k, v in _kinds(text, language) if v.startswith(number)]
    assert len(found) == 1, (figure, _kinds(text, language))
    return found[0]


@pytest.mark.parametrize(("text", "figure", "language", "kind", "value"), [
    # a sign printed before the percent
    ("Prices of fuel (+6.4%) and of rent (-1.3 percent) moved most.", "+6.4%", "en",
     "growth", "+6.4%"),
    ("Prices of fuel (+6.4%) and of rent (-1.3 percent) moved most.", "-1.3 percent", "en",
     "growth", "-1.3 percent"),
    ("各类价格中，交通(-3.12%)和教育(+4.07%)变动较大。", "-3.12%", "zh", "growth", "-3.12%"),
    # the noun of a rate of change in its clause
    ("Food inflation slowed to 7.9 per cent in March.", "7.9 per cent", "en", "growth", "7.9 percent"),
    ("Wage growth is forecast to settle at 3% next year.", "3%", "en", "growth", "3%"),
    ("上季度全省经济成长率达到6.35%。", "6.35%", "zh", "growth", "6.35%"),
    ("蔬菜价格涨幅在1.1%至3.3%之间。", "1.1%至3.3%", "zh", "growth", "1.1%至3.3%"),
    ("繼上月錄得12.6%的按年升幅後，本月再升。", "12.6%", "zh", "growth", "12.6%"),
    # an earlier period right after the figure
    ("Retail Sales Up 1.7% On Month", "1.7%", "en", "growth", "1.7%"),
    ("Output was 4.4 percent quarter-on-quarter higher.", "4.4 percent", "en", "growth", "4.4 percent"),
])
def test_a_rate_of_change_is_drafted_as_growth(text: str, figure: str, language: str,
                                                kind: str, value: str) -> None:
    assert _kind_of(text, figure, language) == (kind, value)


@pytest.mark.parametrize(("text", "figure", "language"), [
    ("Inflation eased to 5.1 percent in May from 5.9 percent in April.", "5.9 percent", "en"),
    ("Exports rose by 3.3% in the north and by 1.4% in the south.", "1.4%", "en"),
    ("Growth amounted to 2.2% in Chile, in Peru to 1.8% and in Bolivia to 0.9%.", "0.9%", "en"),
])
def test_the_earlier_or_parallel_value_of_a_growth_is_a_growth(text: str, figure: str,
                                                               language: str) -> None:
    assert _kind_of(text, figure, language)[0] == "growth"


@pytest.mark.parametrize(("text", "figure", "language"), [
    ("The unemployment rate rose to 4.1 percent in May.", "4.1 percent", "en"),
    ("The savings rate stood at 6.2% while the growth of loans slowed.", "6.2%", "en"),
    ("全市城镇调查失业率为5.2%。", "5.2%", "zh"),
    ("The jobless rate fell to 3.6 percent from 3.8 percent.", "3.8 percent", "en"),
    ("Exports rose 5% while the tax rate was 12% and the duty rate 4%.", "12%", "en"),
])
def test_a_level_rate_stays_a_rate(text: str, figure: str, language: str) -> None:
    assert _kind_of(text, figure, language)[0] == "rate"


@pytest.mark.parametrize(("text", "figure", "language", "kind"), [
    # the noun of a rate of change is the sentence's subject, a clause before the figure
    ("Consumer price inflation in the region, based on the new basket, eased to 3.15 per cent.",
     "3.15 per cent", "en", "growth"),
    ("Wage growth, according to the survey of employers, reached 4.4% in June.", "4.4%", "en",
     "growth"),
    # a figure between the noun and this one: the noun was that figure's, not this one's
    ("Inflation, 2.5 percent in May, left the bank's policy rate, unchanged, at 5.25 percent.",
     "5.25 percent", "en", "rate"),
    # a break word between: another statement
    ("Inflation held steady, while the jobless rate, a survey said, stood at 6.4 percent.",
     "6.4 percent", "en", "rate"),
    # another sentence
    ("Inflation held steady. The jobless rate, a survey said, stood at 6.4 percent.",
     "6.4 percent", "en", "rate"),
])
def test_a_rate_of_change_named_a_clause_before(text: str, figure: str, language: str,
                                                kind: str) -> None:
    assert _kind_of(text, figure, language)[0] == kind


@pytest.mark.parametrize(("text", "figure", "kind", "value"), [
    # a list of names with their rates in brackets, in a sentence of change
    ("Sales rose in most regions: the north (4.2%), the coast (3.9%) and the capital (1.1%).",
     "3.9%", "growth", "3.9%"),
    ("The gain was led by machinery (12.5 per cent) and chemicals (8.1 per cent).",
     "8.1 per cent", "growth", "8.1 percent"),
    ("Prices fell for three groups, namely fuel (-2.0%), fruit (-0.7%) and meat (-0.2%).",
     "-0.7%", "growth", "-0.7%"),
    # the level of a rate in brackets stays a rate
    ("The jobless rates decreased for women (4.5 percent) and for youths (9.0 percent).",
     "4.5 percent", "rate", "4.5 percent"),
    # a share in brackets is a share
    ("Exports rose, and China accounted for the largest share (31.2%).", "31.2%", "share",
     "31.2%"),
])
def test_a_rate_in_brackets_in_a_sentence_of_change(text: str, figure: str, kind: str,
                                                     value: str) -> None:
    assert _kind_of(text, figure, "en") == (kind, value)


def test_a_rate_in_brackets_after_an_amount_keeps_its_reading() -> None:
    # the same fall as the amount before it, as a rate: a decline, as before
    text = "Unemployment insurance receipts declined by $4 billion (12%)."
    assert _kind_of(text, "-12%", "en") == ("growth", "-12%")


@pytest.mark.parametrize(("text", "figure", "kind", "value"), [
    # a sign printed on a count
    ("July was revised to +118,000 from +97,000.", "+118,000", "change", "+118,000"),
    ("Mining employment changed by -12,000 over the year.", "-12,000", "change", "-12,000"),
    # a noun of change and its 'of'
    ("The payroll gain of 174,000 beat forecasts.", "174,000", "change", "174,000"),
    ("A decline of 2,300 in farm jobs followed.", "-2,300", "change", "-2,300"),
    # the same change as a rate before it, joined by 'or'
    ("Employment increased by 2.1 per cent or 27,500 to 1,336,000.", "27,500", "change",
     "27,500"),
    ("Arrivals fell by 4.4% or 9,120 to 198,300.", "-9,120", "change", "-9,120"),
    # not a change: a minus on money or a scaled figure may be a balance; a plain level
    ("The trade balance was -213.6亿 in May.", "-213.6亿", "amount", "-213.6亿"),
    ("Employment stood at 1,336,000 in April.", "1,336,000", "amount", "1,336,000"),
])
def test_an_amount_that_is_a_change(text: str, figure: str, kind: str, value: str) -> None:
    assert _kind_of(text, figure, "en") == (kind, value)


@pytest.mark.parametrize(("text", "figure", "kind"), [
    # other rates of the same noun between: an order of growth rates
    ("Manufacturing posted the fastest growth rate of 9.1%, followed by construction 6.2% and"
     " services 3.4%.", "6.2%", "growth"),
    ("Two subsectors recorded double-digit growth rates, mining 13.5 percent and trade 11.2"
     " percent.", "11.2 percent", "growth"),
    # another rate named between: a level
    ("GDP growth was 3.1%, with the unemployment rate at 5.6%.", "5.6%", "rate"),
    ("Output growth reached 4.0 percent and its share of GDP 23.5 percent.", "23.5 percent",
     "share"),
])
def test_a_list_of_rates_after_one_noun_of_growth(text: str, figure: str, kind: str) -> None:
    assert _kind_of(text, figure, "en")[0] == kind
