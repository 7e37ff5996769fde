"""``factcheck extract -f json`` writes, through the C encoder, exactly what
``json.dumps(..., ensure_ascii=False, indent=2)`` writes."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from conftest import BUNDLED_ARTICLE
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.extract.mentions import Kind, Mention, json_number
from factcheck.extract.output import document, to_json
from factcheck.numbers.reading import Qualifier


def reference(article: str, mentions: list[Mention]) -> str:
    return json.dumps(document(article, mentions), ensure_ascii=False, indent=2) + "\n"


def test_the_bundled_article() -> None:
    text = BUNDLED_ARTICLE.read_text(encoding="utf-8")
    mentions = extract(text)
    assert len(mentions) > 100
    assert to_json("seeds/a.txt", mentions) == reference("seeds/a.txt", mentions)
    assert to_json("x", mentions[:1]) == reference("x", mentions[:1])
    assert to_json("x", []) == reference("x", [])


fractions = st.none() | st.fractions(max_denominator=10**6)
texts = st.text() | st.sampled_from(['},\n      {', '"}, {"', "\\", "\u2028", "\x00\n\r\t", "万"])


@given(st.lists(st.tuples(st.integers(0, 10**9), texts, fractions, fractions, fractions,
                          st.none() | texts, st.none() | texts, st.sampled_from(list(Qualifier)),
                          st.sampled_from(list(Kind))), max_size=5), texts)
def test_any_mentions(rows: list[tuple[object, ...]], article: str) -> None:
    mentions = [Mention(start, start + 1, text, value, low, high, unit, canonical, q, kind)
                for start, text, value, low, high, unit, canonical, q, kind in rows]  # type: ignore[misc]
    assert to_json(article, mentions) == reference(article, mentions)
    assert json.loads(to_json(article, mentions))["mentions"] == [m.as_dict() for m in mentions]


def test_a_huge_value_is_a_json_number() -> None:
    m = Mention(0, 1, "1", Fraction(10**30), None, Fraction(1, 3), None, None,
                next(iter(Qualifier)), Kind.AMOUNT)
    assert to_json("a", [m]) == reference("a", [m])


@pytest.mark.parametrize(("value", "written"), [
    (Fraction(10**311 * 10 + 5, 10), "1" + "0" * 311 + ".5"),   # beyond a float: exact text
    (Fraction(1, 3), "1/3"),                                       # no terminating decimal
    (Fraction(-123456789012345678901, 100), "-1234567890123456789.01"),  # past 17 digits
    (Fraction(81, 10), 8.1),                                       # everyday: a JSON number
    (Fraction(1, 10**31), 1e-31),                                  # exact as written
])
def test_values_are_written_exactly(value: Fraction, written: object) -> None:
    assert json_number(value) == written
    back = json_number(value)
    assert Fraction(repr(back) if isinstance(back, float) else str(back)) == value
