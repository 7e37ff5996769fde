"""English statements read by the templates of templates_en.toml: invented sentences, each a
variant of a class of real phrasing, with the relation it states (or none)."""

from __future__ import annotations

from pathlib import Path

from factcheck.checks import select_rules
from factcheck.discover import discover_relations
from factcheck.discover.auto import check_text


def _found(text: str) -> list[tuple[str, ...]]:
    return [r.signature() for r in discover_relations(text, "en")]


def _verdicts(text: str) -> dict[tuple[str, ...], str]:
    auto = check_text(text, "story.txt", select_rules(), language="en")
    return {rel.signature(): auto.verdict(i) for i, rel in enumerate(auto.relations)}


def test_a_figure_with_its_earlier_value_after_period_and_scope() -> None:
    got = _found("The jobless rate was 6.1% in May, down from 6.4% in April.")
    assert ("from-to", "current=6.1%", "prior=6.4%") in got
    got = _found("The rate was 7.2% for women, a decrease from 7.9% in March.")
    assert ("from-to", "current=7.2%", "prior=7.9%") in got
    got = _find_one("The number of claimants was 48,300 in June, up from a revised total of 47,100.")
    assert got == ("from-to", "current=48,300", "prior=47,100")


def _find_one(text: str) -> tuple[str, ...]:
    got = _found(text)
    assert len(got) == 1, got
    return got[0]


def test_a_figure_after_to_with_its_earlier_value() -> None:
    assert _find_one("Inflation eased to 2.35 per cent in October 2023 from 3.10 per cent.") == \
        ("from-to", "current=2.35 per cent", "prior=3.10 per cent")
    assert _find_one("The shortfall widened to a $2.4-billion deficit in March, from $1.9 billion "
                     "a year before.") == ("from-to", "current=$2.4-billion", "prior=$1.9 billion")
    assert _find_one("The youth rate climbed to 13.2% from a revised rate of 12.7%.") == \
        ("from-to", "current=13.2%", "prior=12.7%")


def test_two_earlier_values_of_one_figure_are_two_relations() -> None:
    text = ("The rate for men was 5.4%, down from 5.6% in May 2021 and up from 4.9% "
            "in June 2020.")
    got = _found(text)
    assert ("from-to", "current=5.4%", "prior=5.6%") in got
    assert ("from-to", "current=5.4%", "prior=4.9%") in got
    verdicts = _verdicts(text)  # each earlier value is checked with its own direction
    assert verdicts[("from-to", "current=5.4%", "prior=5.6%")] == "pass"
    assert verdicts[("from-to", "current=5.4%", "prior=4.9%")] == "pass"
    text = "It stood unchanged at 3.8% for men from April, and down from 4.4% a year earlier."
    assert ("from-to", "current=3.8%", "prior=4.4%") in _found(text)


def test_a_wrong_direction_fails() -> None:
    text = "The rate for women was 5.4%, down from 5.1% in May.\n"
    assert _verdicts(text)[("from-to", "current=5.4%", "prior=5.1%")] == "fail"


def test_no_earlier_value_across_a_new_subject() -> None:
    # "and was down from" after a period names another statement's figure, not this one's
    assert _found("The rate rose to 4.4% in May. It rose from 4.2% in April and was down "
                  "from 5.1% a year earlier.") == []
    # a figure and an earlier value of another kind are no pair
    assert _found("The rate was 4.1%, down from 52,000 people.") == []


def test_a_change_in_points_after_the_rate_it_changes() -> None:
    got = _found("Inflation increased to 9.40 per cent in May, about 0.12 percentage points "
                 "from the 9.28 per cent recorded in April.")
    assert ("pp-change", "change=about 0.12 percentage points", "of=9.40 per cent",
            "prior=9.28 per cent") in got


def test_growth_to_a_total_value_down_from_the_earlier_level() -> None:
    got = _found("Exports fell by 2.3 percent to a total value of $4.21 billion, down from the "
                 "$4.31 billion in the same month of 2022.")
    assert ("growth", "current=$4.21 billion", "prior=$4.31 billion", "rate=2.3 percent") in got


def test_euros_and_named_dollars_belong_to_the_figure() -> None:
    got = _found("Exports rose 2.0% to 98.4 billion euros.")
    assert ("growth", "current=98.4 billion euros", "rate=2.0%") in got


def test_auto_reads_a_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The rate was 6.1% in May, down from 6.4% in April.\n", "utf-8")
    auto = check_text(article.read_text("utf-8"), "a.txt", select_rules(), language="en")
    assert [auto.verdict(i) for i in range(len(auto.relations))] == ["pass"]
