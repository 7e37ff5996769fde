"""An English figure with its earlier value after "to … from" and "from … to", the words
around each value as publishers print them: a peak or low named before the figure ("a
six-month high of"), a revised or low earlier value ("from its low of", "from a downwardly
revised"), a period qualified ("year-on-year in June") or carrying its year after a comma
("for the third quarter, 2011"), "as compared to". Invented sentences with the relation each
states, and what must not be linked."""

from __future__ import annotations

from factcheck.checks import select_rules
from factcheck.discover import discover_relations
from factcheck.discover.auto import check_text


def _from_to(text: str) -> list[tuple[str, ...]]:
    return [tuple(r.signature()) for r in discover_relations(text, "en") if r.kind == "from-to"]


def test_a_figure_after_to_with_a_named_low_or_peak() -> None:
    assert _from_to("Food price inflation rose to 4.52 per cent in May 2021 from its low of "
                    "2.02 per cent in April.") == [
        ("from-to", "current=4.52 per cent", "prior=2.02 per cent")]
    assert _from_to("Headline inflation rose to a six-month high of 6.30 per cent in May, from "
                    "a low of 4.29 per cent in April.") == [
        ("from-to", "current=6.30 per cent", "prior=4.29 per cent")]
    assert _from_to("Unemployment climbed to a two-year peak of 7.9% in March from 7.1% in "
                    "February.") == [("from-to", "current=7.9%", "prior=7.1%")]
    assert _from_to("Inflation fell to 3.1% in June from its peak of 9.1% a year earlier.") == [
        ("from-to", "current=3.1%", "prior=9.1%")]


def test_a_revised_earlier_value_and_a_qualified_period() -> None:
    assert _from_to("Wage growth slowed to 3.1 percent from a downwardly revised 3.4 "
                    "percent.") == [("from-to", "current=3.1 percent", "prior=3.4 percent")]
    assert _from_to("The consumer price index rose to 5.5% year-on-year in June from a 5.6% "
                    "year-on-year increase in May.") == [("from-to", "current=5.5%", "prior=5.6%")]
    assert _from_to("Food inflation rose to 14.5% in the year ending January as compared to "
                    "the 10.8% recorded in December.") == [
        ("from-to", "current=14.5%", "prior=10.8%")]


def test_from_then_to_with_a_year_after_the_period() -> None:
    assert _from_to("The jobless rate fell from 5.2 per cent for the third quarter, 2011 to "
                    "4.2 per cent for the fourth quarter.") == [
        ("from-to", "current=4.2 per cent", "prior=5.2 per cent")]
    assert _from_to("Output climbed from a revised 41.3 million tonnes in 2019 to 44.0 million "
                    "tonnes.") == [("from-to", "current=44.0 million tonnes",
                                    "prior=41.3 million tonnes")]


def test_a_wrong_direction_still_fails() -> None:
    text = "The consumer price index rose to 5.5% in June from a 5.6% increase in May.\n"
    auto = check_text(text, "story.txt", select_rules(), language="en")
    verdicts = {rel.signature(): auto.verdict(i) for i, rel in enumerate(auto.relations)}
    assert verdicts[("from-to", "current=5.5%", "prior=5.6%")] == "fail"


def test_no_earlier_value_past_another_statement() -> None:
    # a forecast or a target is no earlier value; nor is a figure of another clause
    assert _from_to("Inflation rose to 4.5%, beating a forecast of 4.4%.") == []
    assert _from_to("Inflation rose to 4.5% in May; the central bank's target is 2%.") == []
    assert _from_to("The rate rose to 6.1% in the north, and fell in the south from 5.0%.") == []
