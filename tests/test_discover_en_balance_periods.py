"""English trade balances whose level stands past its rate and period, and whose sides are
matched by the period each side's own words give it: invented sentences, each a variant of
a class of real phrasing, with the relation it states (or none) and its verdict."""

from __future__ import annotations

from factcheck.checks import select_rules
from factcheck.discover import discover_relations
from factcheck.discover.auto import check_text


def _found(text: str) -> list[tuple[str, ...]]:
    return [r.signature() for r in discover_relations(text, "en")]


def _verdicts(text: str) -> dict[tuple[str, ...], str]:
    auto = check_text(text, "story.txt", select_rules(), language="en")
    return {rel.signature(): auto.verdict(i) for i, rel in enumerate(auto.relations)}


def _balances(text: str) -> set[tuple[str, ...]]:
    return {sig for sig in _found(text) if sig[0] == "balance" and len(sig) > 2}


# --- a balance reached after its rate and period: "widened 65% during … and reached $X"

HALF_YEAR = (
    "Ruritania's trade deficit widened 12% during the first half (January-June) of 2023 and "
    "reached $8.4 billion from $7.5 billion in the same period of 2022, the statistics office "
    "said.\n\n"
    "According to the office, exports rose 5.2% and stood at $10.1 billion in the first half "
    "of the year compared to $9.6 billion during the same period of 2022, while imports rose "
    "9.4% and stood at $18.5 billion compared to $17.1 billion during the same period of the "
    "previous year.\n")


def test_a_balance_reached_past_its_rate_and_period_takes_its_periods_flows() -> None:
    found = _balances(HALF_YEAR)
    now = ("balance", "balance=$8.4 billion", "left=$10.1 billion", "right=$18.5 billion")
    then = ("balance", "balance=$7.5 billion", "left=$9.6 billion", "right=$17.1 billion")
    assert found == {now, then}
    verdicts = _verdicts(HALF_YEAR)
    assert verdicts[now] == "pass" and verdicts[then] == "pass"


def test_a_balance_reached_that_does_not_add_up_fails() -> None:
    wrong = HALF_YEAR.replace("$8.4 billion", "$8.9 billion")
    assert _verdicts(wrong)[("balance", "balance=$8.9 billion", "left=$10.1 billion",
                             "right=$18.5 billion")] == "fail"


def test_who_reports_the_flows_is_no_trading_partner() -> None:
    # "According to the office": without it the flows were read as flows with a partner
    assert not any(sig[0] == "part-of" for sig in _found(HALF_YEAR))


def test_a_surplus_past_its_rate_in_other_words() -> None:
    text = ("The country's trade surplus narrowed by 8.1 percent in the fiscal year 2019-20 and "
            "amounted to €2.3 billion.\n\n"
            "Exports amounted to €14.0 billion in the fiscal year, and imports to €11.7 "
            "billion.\n")
    assert ("balance", "balance=€2.3 billion", "left=€14.0 billion",
            "right=€11.7 billion") in _balances(text)


# --- each side of a month's balance by the month and year its own words give it

MONTHS = (
    "On a year-on-year basis, the trade deficit widened by 18.2 percent, jumping from $2.20 "
    "billion in May 2021 to $2.60 billion in May 2022.\n\n"
    "Imports registered an increase of 12.0%, rising from $4.50 billion in May 2021 to $5.04 "
    "billion in May 2022, while exports grew 6.5% from $2.30 billion in May 2021 to $2.45 "
    "billion in May 2022.\n\n"
    "The trade deficit rose 4.0 percent on a month-on-month basis from $2.50 billion in April "
    "2022 to $2.60 billion in May 2022, and imports stood at $5.04 billion in May 2022 "
    "compared to $4.90 billion in April 2022.\n\n"
    "Exports increased from $2.40 billion in April 2022 to $2.45 billion in May 2022.\n")


def test_each_months_balance_takes_the_flows_of_its_own_month_and_year() -> None:
    found = _balances(MONTHS)
    assert ("balance", "balance=$2.20 billion", "left=$2.30 billion",
            "right=$4.50 billion") in found
    assert ("balance", "balance=$2.60 billion", "left=$2.45 billion",
            "right=$5.04 billion") in found
    assert ("balance", "balance=$2.50 billion", "left=$2.40 billion",
            "right=$4.90 billion") in found
    # never a side of another month or year
    for sig in found:
        if sig[1] == "balance=$2.20 billion":
            assert sig[2:] == ("left=$2.30 billion", "right=$4.50 billion")
        if sig[1] == "balance=$2.50 billion":
            assert sig[2:] == ("left=$2.40 billion", "right=$4.90 billion")


def test_a_flow_of_another_year_is_no_side() -> None:
    text = ("The trade deficit widened by 5 percent, jumping from $1.90 billion in June 2020 to "
            "$2.00 billion in June 2021.\n\n"
            "Exports increased from $3.10 billion in June 2019 to $3.00 billion in June 2020, "
            "and imports from $5.00 billion in June 2019 to $4.90 billion in June 2020.\n")
    found = _balances(text)
    assert not any(sig[1] == "balance=$2.00 billion" for sig in found)
    assert not any(sig[1] == "balance=$1.90 billion" and "left=$3.10 billion" in sig
                   for sig in found)


# --- negatives: what is not a balance's level


def test_a_flow_named_between_the_balance_word_and_the_amount_is_not_the_balance() -> None:
    text = ("The trade deficit widened in March as exports fell 3% and reached $5.2 billion, "
            "while imports stood at $7.9 billion.\n")
    assert not any(sig[0] == "balance" and "balance=$5.2 billion" in sig for sig in _found(text))


def test_a_change_of_a_balance_is_not_its_level() -> None:
    text = ("The trade deficit widened 4% during the quarter, rising by $0.3 billion to $7.8 "
            "billion.\n\n"
            "Exports were $12.0 billion in the quarter and imports $19.8 billion.\n")
    assert not any(sig[0] == "balance" and "balance=$0.3 billion" in sig for sig in _found(text))


# --- a product's flow is a part of its side, never the side of a balance

PRODUCT_FLOWS = (
    "Ruritania's visible trade deficit fell 12.0 percent in May, official data showed.\n"
    "The statistics office said the trade balance showed a deficit of 2,310 million crowns in "
    "May.\n"
    "The total import bill for May was 6.52 billion crowns.\n"
    "Imports of {product} fell by 8.4 percent to 1.2 billion crowns. Exports totalled 4.21 "
    "billion crowns.\n")


def test_the_flow_of_a_product_is_no_side_of_the_balance() -> None:
    for product in ("manufactured goods", "crude oil", "machinery and transport equipment",
                    "food"):
        found = _balances(PRODUCT_FLOWS.format(product=product))
        assert found == {("balance", "balance=2,310 million", "left=4.21 billion",
                          "right=6.52 billion")}, product
        # one candidate a side: a named link that may fail the run, not a tie the
        # arithmetic broke
        [balance] = [r for r in discover_relations(PRODUCT_FLOWS.format(product=product), "en")
                     if r.kind.value == "balance" and len(r.roles) > 1]
        assert balance.confidence >= 0.7, product


def test_with_no_whole_flow_a_product_flow_makes_no_balance() -> None:
    text = PRODUCT_FLOWS.format(product="manufactured goods").replace(
        "The total import bill for May was 6.52 billion crowns.\n", "")
    assert _balances(text) == set()


def test_the_flows_of_the_country_and_of_goods_are_whole_sides() -> None:
    for owner in ("the country", "goods"):
        text = ("The trade deficit was 2,310 million crowns in May.\n"
                f"Imports of {owner} rose 3.1 percent to 6.52 billion crowns, and exports "
                f"of {owner} reached 4.21 billion crowns.\n")
        assert _balances(text) == {("balance", "balance=2,310 million",
                                    "left=4.21 billion", "right=6.52 billion")}, owner
