"""Issue 25, classes open after the first-contact texts: Chinese numerals with 零 after a
compound magnitude (十萬零八千), 多 between a numeral and its counter (二十四萬六千多人), a
numeral of digits, places and a multiplier with no unit (賭收二百零六億), ranges in numerals
(六百一十億至七百億).

Sentences are from tests/corpus/real (dev and spent) or invented variants; each case gives
the exact reading (span, interval, qualifier) of the figures that need a claim.
"""

from __future__ import annotations

from fractions import Fraction as F
from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.numbers.reading import Qualifier

Q = Qualifier


def _figures(text: str) -> list[tuple[str, F | None, F | None, Qualifier]]:
    return [(m.text, m.low, m.high, m.qualifier) for m in extract(text) if m.needs_coverage]


# ------------------------------------------------ Chinese numerals

@pytest.mark.parametrize(("text", "want"), [
    ("就業不足人數下降至十萬零八千人。", [("十萬零八千人", F(108000), F(108000), Q.EXACT)]),
    ("达十万八千元", [("十万八千元", F(108000), F(108000), Q.EXACT)]),
    ("超十万零八千人", [("超十万零八千人", F(108000), None, Q.MORE_THAN)]),
    ("共一千零五十人", [("一千零五十人", F(1050), F(1050), Q.EXACT)]),
    # a magnitude alone stays an order of size
    ("挑战千亿元", [("千亿元", F(5 * 10**10), F(15 * 10**10), Q.APPROX)]),
    ("超过十万人", [("超过十万人", F(100000), None, Q.MORE_THAN)]),
])
def test_a_numeral_that_goes_on_after_a_compound_magnitude(text: str, want: list) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("失業人數為二十四萬六千多人", [("二十四萬六千多人", F(246000), F(247000), Q.MORE_THAN)]),
    ("由十萬零九千多人下降", [("十萬零九千多人", F(109000), F(110000), Q.MORE_THAN)]),
    ("有三千多名工人", [("三千多名", F(3000), F(4000), Q.MORE_THAN)]),
    ("增加了三百多万人", [("三百多万人", F(3 * 10**6), F(4 * 10**6), Q.MORE_THAN)]),
    ("十多个", [("十多个", F(10), F(20), Q.MORE_THAN)]),
    # 多元 is a word (diverse), 一多 no numeral of a round place
    ("三多元化", []),
    ("一多半", []),
])
def test_more_than_a_round_numeral_before_its_counter(text: str, want: list) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("二月賭收二百零六億", [("二百零六億", F(20550 * 10**6), F(20650 * 10**6), Q.EXACT)]),
    ("收入三千万", [("三千万", F(29995000), F(30005000), Q.EXACT)]),
    ("二百零六億二千萬元", [("二百零六億二千萬元", F(20619995000), F(20620005000), Q.EXACT)]),
    # words spelled with a magnitude, no digit before it
    ("千万不要", []),
    ("十万火急", []),
    ("千千万万", []),
    ("百万富翁", []),
])
def test_digits_a_place_and_a_multiplier_are_a_figure_without_a_unit(text: str,
                                                                      want: list) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(("text", "low", "high"), [
    ("收入六百一十億至七百億元", F(60950 * 10**6), F(70050 * 10**6)),
    ("預估一千零五十億至一千一百億美元", F(104950 * 10**6), F(110050 * 10**6)),
])
def test_a_range_of_numerals_with_places(text: str, low: F, high: F) -> None:
    [(span, lo, hi, q)] = _figures(text)
    assert (lo, hi, q) == (low, high, Q.RANGE)
    assert text.endswith(span)


# ------------------------------------------------ basis points

@pytest.mark.parametrize(("text", "span", "value", "low", "high"), [
    ("cut its rate by 25 basis points", "25 basis points", F(1, 4), F(49, 200), F(51, 200)),
    ("the Fed cut rates by 25bp", "25bp", F(1, 4), F(49, 200), F(51, 200)),
    ("a rise of 88 basis point", "88 basis point", F(22, 25), F(7, 8), F(177, 200)),
    ("cut 50 bps", "50 bps", F(1, 2), F(99, 200), F(101, 200)),
    ("利率下调25个基点", "25个基点", F(1, 4), F(49, 200), F(51, 200)),
    ("上调0.5个基点", "0.5个基点", F(1, 200), F(9, 2000), F(11, 2000)),
])
def test_basis_points_read_as_hundredths_of_a_percentage_point(text: str, span: str, value: F,
                                                               low: F, high: F) -> None:
    [m] = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.low, m.high, m.kind.value) == (span, value, low, high,
                                                              "percentage_point")


@pytest.mark.parametrize(("claimed", "pp"), [
    ("-25 bp", F(-1, 4)), ("25 basis points", F(1, 4)), ("25 个基点", F(1, 4)),
    ("0.25 pp", F(1, 4)), ("25 basis_point", F(1, 4)),
])
def test_a_claims_value_in_basis_points_is_the_same_figure_in_pp(claimed: str, pp: F) -> None:
    from factcheck.claims.values import Figure, parse_value

    f = parse_value(claimed)
    assert isinstance(f, Figure)
    assert (f.base_value(), f.unit.canonical, f.reading.unit_kind.value) == (
        pp, "percentage_point", "percentage_point")


def test_a_change_in_basis_points_between_two_rates(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from factcheck.app.cli import app

    (tmp_path / "a.txt").write_text("The yield fell 25bp to 4.10%, from 4.35% a week earlier. "
                                    "Another fell 30bp to 4.10%, from 4.35%.\n", "utf-8")
    claims = """article: a.txt
published: 2026-12-08
language: en
claims:
- {id: cut, quote: fell 25bp, value: -25 bp, kind: pp-change, of: now, prior: before}
- {id: now, quote: fell 25bp to 4.10%, value: 4.10%, kind: rate}
- {id: before, quote: "4.10%, from 4.35% a", value: 4.35%, kind: rate}
- {id: cut2, quote: fell 30bp, value: -30 bp, kind: pp-change, of: now, prior: before}
waivers:
- {quote: "to 4.10%, from 4.35%.", reason: repeated}
"""
    (tmp_path / "a.yaml").write_text(claims, "utf-8")
    out = CliRunner().invoke(app, ["run", str(tmp_path / "a.yaml"), "--format", "json"])

    report = json.loads(out.stdout)
    fails = {(r["code"], tuple(r["claim_ids"])) for f in report["files"] for r in f["findings"]
             if r["verdict"] == "fail"}
    assert fails == {("FC203", ("cut2", "now", "before"))}
    [gap] = [r["message"] for r in report["files"][0]["findings"] if r["code"] == "FC203"
             and r["verdict"] == "fail"]
    assert "0.04 pp" in gap


# ------------------------------------------------ a qualifier shared across a list

@pytest.mark.parametrize(("text", "want"), [
    ("分別涵蓋約50%和30%的住戶", [("約50%", F(45), F(55), Q.APPROX),
                                ("30%", F(25), F(35), Q.APPROX)]),
    ("约50%、30%和20%", [("约50%", F(45), F(55), Q.APPROX), ("30%", F(25), F(35), Q.APPROX),
                        ("20%", F(15), F(25), Q.APPROX)]),
    ("about 5% and 7%", [("about 5%", F(9, 2), F(11, 2), Q.APPROX),
                         ("7%", F(13, 2), F(15, 2), Q.APPROX)]),
    ("about 5%, 7% and 9% respectively", [("about 5%", F(9, 2), F(11, 2), Q.APPROX),
                                          ("7%", F(13, 2), F(15, 2), Q.APPROX),
                                          ("9%", F(17, 2), F(19, 2), Q.APPROX)]),
    ("近三成和四成", [("近三成", F(27), F(30), Q.NEARLY), ("四成", F(36), F(40), Q.NEARLY)]),
    ("nearly 5% and 7%", [("nearly 5%", F(9, 2), F(5), Q.NEARLY),
                          ("7%", F(63, 10), F(7), Q.NEARLY)]),
    ("约2.1万人和3.4万人", [("约2.1万人", F(20500), F(21500), Q.APPROX),
                          ("3.4万人", F(33500), F(34500), Q.APPROX)]),
    # a qualifier of its own, another unit, or words between: not shared
    ("约50%和30%以上", [("约50%", F(45), F(55), Q.APPROX),
                       ("30%以上", F(59, 2), None, Q.AT_LEAST)]),
    ("about 5% and 700 people", [("about 5%", F(9, 2), F(11, 2), Q.APPROX),
                                 ("700 people", F(700), F(700), Q.EXACT)]),
    ("增长约5%，去年为3%", [("约5%", F(9, 2), F(11, 2), Q.APPROX),
                         ("3%", F(5, 2), F(7, 2), Q.EXACT)]),
    ("about 5% of firms and 7% of households", [("about 5%", F(9, 2), F(11, 2), Q.APPROX),
                                                ("7%", F(13, 2), F(15, 2), Q.EXACT)]),
])
def test_a_qualifier_printed_once_before_a_list(text: str, want: list) -> None:
    assert _figures(text) == want


# ------------------------------------------------ scale and currency in press order

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("spent ¥1.2trn on it", "¥1.2trn", F(12 * 10**11), "yuan"),
    ("a $1.2trn budget", "$1.2trn", F(12 * 10**11), "us_dollar"),
    ("worth 1.2trn yen", "1.2trn yen", F(12 * 10**11), "japanese_yen"),
    ("worth 1.2tn yen", "1.2tn yen", F(12 * 10**11), "japanese_yen"),
    ("worth 1.2 trillion yen", "1.2 trillion yen", F(12 * 10**11), "japanese_yen"),
    ("worth 500bn yen", "500bn yen", F(5 * 10**11), "japanese_yen"),
    ("Rs 1.2 lakh crore this year", "Rs 1.2 lakh crore", F(12 * 10**11), "indian_rupee"),
    ("₹1.2 lakh crore this year", "₹1.2 lakh crore", F(12 * 10**11), "indian_rupee"),
])
def test_a_scale_and_a_currency_in_press_order(text: str, span: str, value: F,
                                               unit: str) -> None:
    [m] = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.canonical) == (span, value, unit)


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("cost $3-4bn", "$3-4bn", F(25 * 10**8), F(45 * 10**8), "us_dollar"),
    ("cost £3–4 billion", "£3–4 billion", F(25 * 10**8), F(45 * 10**8), "pound_sterling"),
    ("cost €3bn-€4bn", "€3bn-€4bn", F(25 * 10**8), F(45 * 10**8), "euro"),
    ("cost US$3-4 million", "US$3-4 million", F(25 * 10**5), F(45 * 10**5), "us_dollar"),
    ("cost Rs 3-4 crore", "Rs 3-4 crore", F(25 * 10**6), F(45 * 10**6), "indian_rupee"),
])
def test_a_currency_before_a_range_and_its_multiplier_after(text: str, span: str, low: F,
                                                             high: F, unit: str) -> None:
    [m] = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.low, m.high, m.qualifier, m.canonical) == (span, low, high, Q.RANGE, unit)


@pytest.mark.parametrize(("text", "want"), [
    # the larger first is no range; a year before "won" stays a year
    ("$4-3bn", [("$4", F(4), F(4), Q.EXACT), ("3bn", F(25 * 10**8), F(35 * 10**8), Q.EXACT)]),
    ("In 2019 won the cup", []),
])
def test_no_shared_currency_or_unit_where_none_is_printed(text: str, want: list) -> None:
    assert _figures(text) == want


# ------------------------------------------------ a far verb gives a list its sign

@pytest.mark.parametrize(("text", "figure", "sign"), [
    ("Exports and imports fell, respectively, by 1.2% and 0.4%.", "1.2%", -1),
    ("Exports and imports fell, respectively, by 1.2% and 0.4%.", "0.4%", -1),
    ("Exports and imports rose, respectively, 1.2% and 0.4%.", "0.4%", 1),
    ("Exports fell, however, by 1.2%.", "1.2%", -1),
    # a clause of its own between the commas ends the verb's reach
    ("Exports fell, and imports, by 0.4%", "0.4%", None),
])
def test_a_word_set_off_by_commas_leaves_the_verb_its_figures(text: str, figure: str,
                                                              sign: int | None) -> None:
    from factcheck.languages.folding import normalise
    from factcheck.numbers.sign import stated_sign

    at = text.index(figure)
    stated = stated_sign(normalise(text), at, at + len(figure))
    assert (stated.sign if stated else None) == sign


@pytest.mark.parametrize(("text", "values"), [
    ("Exports and imports fell respectively 1.2% and 0.4%.", ["-1.2%", "-0.4%"]),
    ("Exports and imports fell respectively by 1.2% and 0.4%.", ["-1.2%", "-0.4%"]),
    ("Exports and imports rose respectively by 1.2% and 0.4%.", ["1.2%", "0.4%"]),
])
def test_respectively_between_the_verb_and_its_list(text: str, values: list[str]) -> None:
    import datetime as dt

    import yaml

    from factcheck.app.init_draft import draft

    doc = yaml.safe_load(draft(text, "article.txt", dt.date(2026, 12, 1), "en"))
    assert [str(c["value"]) for c in doc["claims"]] == values


# ------------------------------------------------ multiples the article states

@pytest.mark.parametrize(("text", "want"), [
    ("Shares trade at 2x sales.", [("2x", F(3, 2), F(5, 2), Q.EXACT)]),
    ("trades at 1.5x book", [("1.5x", F(29, 20), F(31, 20), Q.EXACT)]),
    ("grew 3X in a decade", [("3X", F(5, 2), F(7, 2), Q.EXACT)]),
    ("Revenue doubled last year.", [("doubled", F(2), F(2), Q.EXACT)]),
    ("Profit more than tripled.", [("more than tripled", F(3), None, Q.MORE_THAN)]),
    ("Exports at least doubled.", [("at least doubled", F(2), None, Q.AT_LEAST)]),
    ("Exports nearly doubled.", [("nearly doubled", F(9, 5), F(2), Q.NEARLY)]),
    ("Sales halved.", [("halved", F(1, 2), F(1, 2), Q.EXACT)]),
    # a use of the verb, a code, a size: no multiple
    ("He doubled down on it.", []),
    ("The hall doubled as a hospital.", []),
    ("a 4x4 vehicle", []),
    ("1080x720 pixels", []),
])
def test_a_multiple_printed_as_x_or_said_by_its_verb(text: str, want: list) -> None:
    assert _figures(text) == want
    assert all(m.kind.value == "multiple" and m.canonical == "multiple"
               for m in extract(text) if m.needs_coverage)


@pytest.mark.parametrize(("value", "interval"), [
    ("doubled", "[2, 2]"), ("more than tripled", "(3, inf)"), ("2 x", "[3/2, 5/2]"),
])
def test_the_claims_value_of_a_multiple_in_words_or_x(value: str, interval: str) -> None:
    from factcheck.claims.values import Figure, parse_value

    f = parse_value(value)
    assert isinstance(f, Figure)
    assert (str(f.reading.interval), f.unit.canonical) == (f"Interval{interval}", "multiple")


# ------------------------------------------------ counters of tourism and index releases

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Israel with 12.4 per cent or 64,711 arrivals", "64,711 arrivals", F(64711), "person_time"),
    ("accounted for 1.7 million arrivals", "1.7 million arrivals", F(1700000), "person_time"),
    ("stay was 10.6 nights compared to", "10.6 nights", F(106, 10), "guest_night"),
    ("surpassing 1.8 million nights", "surpassing 1.8 million nights", F(1800000),
     "guest_night"),
    ("an increase of 1.3 index points or", "1.3 index points", F(13, 10), "index_point"),
])
def test_the_counted_noun_of_a_release_is_the_figure_s_unit(text: str, span: str, value: F,
                                                            unit: str) -> None:
    [m] = [m for m in extract(text) if m.text == span]
    assert (m.value, m.canonical) == (value, unit)
