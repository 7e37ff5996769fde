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
from factcheck.discover.relation import Role


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


# --- perfect and progressive forms of a direction; an earlier value printed bare


def test_a_direction_in_the_perfect_or_progressive_form() -> None:
    cases = {
        "The annual rate of inflation has risen to 9.4 per cent from 8.8 per cent in May.":
            ("current=9.4 per cent", "prior=8.8 per cent", "up"),
        "Manufacturing growth decelerated to 3.1 per cent in the June quarter from 4.6 per cent a "
        "year ago.": ("current=3.1 per cent", "prior=4.6 per cent", "down"),
        "The trade deficit kept widening to $4.2 billion from $3.9 billion in March.":
            ("current=$4.2 billion", "prior=$3.9 billion", "up"),
        "Sales of textiles were edging higher to 1.75 billion rupees from 1.61 billion rupees.":
            ("current=1.75 billion rupees", "prior=1.61 billion rupees", "up"),
    }
    for text, (current, prior, direction) in cases.items():
        rels = [r for r in discover_relations(text, "en") if r.kind.value == "from-to"]
        assert [r.signature()[1:] for r in rels] == [(current, prior)], text
        assert rels[0].extra["direction"] == direction, text


def test_an_earlier_value_printed_bare_takes_the_unit_of_the_value_it_is_compared_with() -> None:
    text = "The value of fish imports slipped to 3.05 billion rupees from 3.41 billion, it emerged."
    rels = [r for r in discover_relations(text, "en") if r.kind.value == "from-to"]
    assert [r.signature()[1:] for r in rels] == [("current=3.05 billion rupees", "prior=3.41 billion")]
    prior = rels[0].get(Role.PRIOR)
    assert prior is not None and prior.reading.unit == rels[0].get(Role.CURRENT).reading.unit  # type: ignore[union-attr]
    text = "Exports edged up to $5.2 billion from 4.8 billion in May."
    assert ("from-to", "current=$5.2 billion", "prior=4.8 billion") in [
        r.signature() for r in discover_relations(text, "en")]


def test_a_bare_earlier_value_of_another_scale_or_unit_stays_apart() -> None:
    # another scale word, or a unit of its own: not the same quantity
    for text in ("Exports fell to $5.2 billion from 5.6 million tons in May.",
                 "Exports fell to 5.2 billion rupees from 560 million in May."):
        assert not any(r.kind.value == "from-to" for r in discover_relations(text, "en")), text


def test_an_earlier_value_named_as_the_previous_periods() -> None:
    cases = {
        "The country logged a trade surplus of $4.2 billion, up from the previous year's surplus "
        "of $2.9 billion.": ("current=$4.2 billion", "prior=$2.9 billion", "up"),
        "Sales were £3.1 million, down from the prior quarter’s total of £3.4 million.":
            ("current=£3.1 million", "prior=£3.4 million", "down"),
    }
    for text, (current, prior, direction) in cases.items():
        rels = [r for r in discover_relations(text, "en") if r.kind.value == "from-to"]
        assert [r.signature()[1:] for r in rels] == [(current, prior)], text
        assert rels[0].extra["direction"] == direction, text
    # another thing's level is not the earlier value: "the previous year's exports of"
    text = "The surplus was $4.2 billion, up from the previous year's exports of $2.9 billion."
    assert not any(r.kind.value == "from-to" for r in discover_relations(text, "en"))


# --- a change in points is of its own clause's rate


def _pp_changes(text: str) -> list[tuple[str, ...]]:
    return [r.signature()[1:] for r in discover_relations(text, "en") if r.kind.value == "pp-change"]


def test_a_points_change_leading_to_a_rate_is_of_that_rate_only() -> None:
    text = ("The jobless rate for men declined by 0.9 percentage points to 6.1 percent, while the "
            "rate for women fell by 1.4 percentage points to 8.3 percent.")
    assert sorted(_pp_changes(text)) == [("change=0.9 percentage points", "of=6.1 percent"),
                                         ("change=1.4 percentage points", "of=8.3 percent")]
    text = ("Youth participation was 41.2 per cent, whereas adult participation rose by 0.6 "
            "percentage points over the year.")
    assert _pp_changes(text) == []


def test_a_points_change_after_its_rate_in_one_clause_is_still_of_it() -> None:
    text = "The participation rate was 63.4 percent in June, down 0.3 percentage points."
    assert _pp_changes(text) == [("change=0.3 percentage points", "of=63.4 percent")]
