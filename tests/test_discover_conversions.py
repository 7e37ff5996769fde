"""An amount with its value in another currency — in brackets (A$4.6bn ($3.3bn)) or after a
word of conversion (141647元，约合20533美元; "RM1.2 billion, or about US$270 million") — is a
conversion: the conversions of one period agree on one rate (FC410). The converted figure is
no operand of other statements, and statements read past it. Every sentence is invented."""

from __future__ import annotations

from factcheck.checks import select_rules
from factcheck.discover import discover_relations
from factcheck.discover.auto import check_text


def _found(text: str, language: str) -> list[tuple[str, list[str]]]:
    return [(r.kind.value, sorted(f"{role.value}={f.text}" for role, f in r.roles))
            for r in discover_relations(text, language) if len(r.roles) > 1]


def test_an_amount_with_its_value_in_brackets() -> None:
    text = "Net profit was A$4.6bn ($3.3bn) for the half."
    assert _found(text, "en") == [("conversion", ["converted=$3.3bn", "original=A$4.6bn"])]


def test_a_word_of_conversion_in_either_language() -> None:
    assert _found("全市居民人均可支配收入141647元，约合20533美元。", "zh") == [
        ("conversion", ["converted=约合20533美元", "original=141647元"])]
    assert _found("Exports reached RM1.2 billion, or about US$270 million, in May.", "en") == [
        ("conversion", ["converted=about US$270 million", "original=RM1.2 billion"])]


def test_statements_read_past_a_conversion_in_brackets() -> None:
    text = ("Net profit was A$4.6bn ($3.3bn) for the first half, a 6% decrease compared to "
            "A$4.9bn ($3.5bn) for the previous period.")
    found = _found(text, "en")
    assert ("growth", ["current=A$4.6bn", "prior=A$4.9bn", "rate=6%"]) in found
    assert [k for k, _ in found].count("conversion") == 2


def test_amounts_of_one_currency_or_of_no_currency_are_no_conversion() -> None:
    assert _found("Exports were $4.6bn ($3.3bn a year earlier).", "en") == []
    assert _found("出口100亿元，约合进口的1.2倍。", "zh") == []


def test_the_conversion_off_the_rate_of_the_others_fails_the_run() -> None:
    text = ("Revenue rose to A$4.6bn ($3.3bn) while costs were A$2.2bn ($1.9bn). "
            "Profit was A$12.4bn ($8.9bn).")
    auto = check_text(text, "t.txt", select_rules())
    verdicts = {r.roles[0][1].text: auto.verdict(i) for i, r in enumerate(auto.relations)
                if r.kind.value == "conversion"}
    assert verdicts == {"$3.3bn": "none", "$1.9bn": "fail", "$8.9bn": "none"}
    fixed = check_text(text.replace("$1.9bn", "$1.57bn"), "t.txt", select_rules())
    assert "fail" not in [fixed.verdict(i) for i in range(len(fixed.relations))]


def test_amounts_of_two_periods_convert_at_two_rates() -> None:
    # a five months' total and one month's: two average rates, no failure between them
    text = ("In the first five months, trade rose to RM1.085 trillion (US$247.6 billion). "
            "In May, exports reached RM120.49 billion (US$28.9 billion).")
    auto = check_text(text, "t.txt", select_rules())
    assert [r.kind.value for r in auto.relations].count("conversion") == 2
    assert "fail" not in [auto.verdict(i) for i in range(len(auto.relations))]
    # one period: one rate, and 0.2282 against 0.2399 fails
    one = check_text(text.replace("In May, exports", "In the first five months, exports"), "t.txt",
                     select_rules())
    assert "fail" in [one.verdict(i) for i in range(len(one.relations))]


def test_a_currency_named_after_the_figure_reads_as_the_extractor_reads_it() -> None:
    text = "Exports reached 128.12 billion ringgit (28.66 billion U.S. dollars) in May."
    assert _found(text, "en") == [
        ("conversion", ["converted=28.66 billion U.S. dollars", "original=128.12 billion ringgit"])]
