"""Thousands set apart by a blank (133 300, 1 234.5, 66 900) are one figure wherever the
sentence goes on: before a comma or a full stop, and with a decimal part. A comma or a point
followed by digits is another grouping, and ends the figure before it. Every sentence here
is invented."""

from __future__ import annotations

from factcheck.extract import extract
from factcheck.numbers.grammar import read_figure


def _read(text: str) -> list[tuple[str, object]]:
    return [(m.text, m.value) for m in extract(text)]


def test_a_space_grouped_figure_before_a_comma_or_a_full_stop() -> None:
    assert _read("Employment totalled 133 300, of whom 66 900 were men.") == [
        ("133 300", 133300), ("66 900", 66900)]
    assert _read("Unemployment stood at 13 100.") == [("13 100", 13100)]
    assert _read("The index was 1 234.5 in June; 12 000; and 7 500") == [
        ("1 234.5", 1234.5), ("12 000", 12000), ("7 500", 7500)]


def test_a_claims_value_grouped_by_blanks_reads_with_its_decimals() -> None:
    assert read_figure("1 234.5").value == 12345 / 10
    assert read_figure("133 300").value == 133300


def test_digits_after_the_comma_are_another_grouping() -> None:
    assert _read("in 2016 300,000 people") == [("2016", 2016), ("300,000 people", 300000)]
