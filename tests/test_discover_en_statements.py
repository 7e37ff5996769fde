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


def test_euros_belong_to_the_figure() -> None:
    got = _found("Exports rose 2.0% to 98.4 billion euros.")
    assert ("growth", "current=98.4 billion euros", "rate=2.0%") in got


def test_auto_reads_a_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The rate was 6.1% in May, down from 6.4% in April.\n", "utf-8")
    auto = check_text(article.read_text("utf-8"), "a.txt", select_rules(), language="en")
    assert [auto.verdict(i) for i in range(len(auto.relations))] == ["pass"]


BALANCE = ("balance", "balance=$2.3 billion", "left=$14.2 billion", "right=$16.5 billion")


def test_a_balance_with_its_flows_in_the_sentence_before() -> None:
    text = ("Exports during May totaled $14.2 billion, down 1.1 percent from April, while imports "
            "edged up 0.3 percent to $16.5 billion. The result was a trade deficit of $2.3 "
            "billion in May.\n")
    assert BALANCE in _found(text)
    assert _verdicts(text)[BALANCE] == "pass"


def test_a_balance_with_its_flows_in_the_paragraphs_after() -> None:
    text = ("The goods deficit was $2.3 billion in May, the agency said.\n\n"
            "May exports were $14.2 billion. May imports were $16.5 billion.\n")
    assert ("balance", "balance=$2.3 billion", "left=$14.2 billion",
            "right=$16.5 billion") in _found(text)


def test_a_wrong_balance_across_sentences_fails() -> None:
    text = ("Exports rose 2.0% to $14.2 billion. Imports rose 1.0% to $16.5 billion.\n\n"
            "That left the trade deficit at $2.8 billion.\n")
    rel = ("balance", "balance=$2.8 billion", "left=$14.2 billion", "right=$16.5 billion")
    assert _verdicts(text)[rel] == "fail"


def test_a_balance_reached_by_a_change_takes_the_level() -> None:
    text = ("The average deficit increased $0.4 billion to $2.3 billion in May. Average exports "
            "decreased $0.1 billion to $14.2 billion in May. Average imports increased $0.3 "
            "billion to $16.5 billion in May.\n")
    assert BALANCE in _found(text)
    text = ("The surplus with all of Europe expanded 4.1 percent to ¥2.3 trillion. The rise "
            "came from a 6.0 percent increase in exports to ¥14.2 trillion and a 5.5 percent "
            "rise in imports to ¥11.9 trillion.\n")
    assert ("balance", "balance=¥2.3 trillion", "left=¥14.2 trillion",
            "right=¥11.9 trillion") in _found(text)


def test_an_earlier_balance_takes_the_earlier_flows() -> None:
    text = ("The deficit widened to a $2.3-billion deficit in May 2024, from $1.9 billion deficit "
            "in May 2023. Exports fell by 1.0 percent to $14.2 billion, down from the $14.3 "
            "billion a year before. Imports rose by 0.2 percent to $16.5 billion from the $16.2 "
            "billion in May 2023.\n")
    got = _found(text)
    assert ("balance", "balance=$2.3-billion", "left=$14.2 billion", "right=$16.5 billion") in got
    assert ("balance", "balance=$1.9 billion", "left=$14.3 billion", "right=$16.2 billion") in got


def test_no_flow_of_another_scope_partner_or_month() -> None:
    # services flows are no side of the goods deficit where both are named
    text = ("The goods deficit was $2.3 billion in May. Exports of services were $14.2 billion "
            "and imports of services $16.5 billion in May.\n")
    assert not [r for r in _found(text) if r[0] == "balance" and len(r) > 2]
    # flows to a partner are no side of the whole trade's balance
    text = ("The trade deficit was $2.3 billion in May. Exports to Canada were $14.2 billion and "
            "imports from Canada $16.5 billion in May.\n")
    assert not [r for r in _found(text) if r[0] == "balance" and len(r) > 2]
    # flows of another month are no side of this month's balance
    text = ("The trade deficit was $2.3 billion in May.\n\nApril exports were $14.2 billion. "
            "April imports were $16.5 billion.\n")
    assert not [r for r in _found(text) if r[0] == "balance" and len(r) > 2]
    # a rate of a balance is no balance: "running at an annual rate of"
    text = ("Exports were $14.2 billion and imports $16.5 billion in May. The deficit was running "
            "at an annual rate of $27.6 billion.\n")
    assert not [r for r in _found(text) if "balance=$27.6 billion" in r and len(r) > 2]


def test_among_several_flows_the_arithmetic_chooses_and_only_notes() -> None:
    from factcheck.discover.relation import RelationKind

    text = ("Exports rose 1.0% in May to $14.2 billion. Imports rose 0.4% to $16.5 billion.\n"
            "That left the trade deficit at $2.3 billion.\n"
            "Over five months exports were $15.0 billion and imports $16.0 billion.\n")
    rels = [r for r in discover_relations(text, "en") if r.kind is RelationKind.BALANCE
            and len(r.roles) == 3]
    assert [r.signature() for r in rels] == [BALANCE]
    assert rels[0].confidence < 0.7


def test_total_trade_is_exports_plus_imports_named_apart() -> None:
    text = ("Exports fell by 1.0 percent to $4.20 billion, down from the $4.24 billion a year "
            "before.\nImports rose by 2.0 percent to $6.12 billion from the $6.00 billion a year "
            "before.\nThat brought total external trade to $10.32 billion, reflecting an increment "
            "of 1.2 percent from the $10.24 billion a year before.\n")
    got = _found(text)
    assert ("partition", "part=$4.20 billion,$6.12 billion", "total=$10.32 billion") in got
    assert ("partition", "part=$4.24 billion,$6.00 billion", "total=$10.24 billion") in got
    assert ("growth", "current=$10.32 billion", "prior=$10.24 billion", "rate=1.2 percent") in got
    bad = text.replace("$10.32 billion", "$10.52 billion")
    assert _verdicts(bad)[("partition", "part=$4.20 billion,$6.12 billion",
                           "total=$10.52 billion")] == "fail"


def test_a_rate_named_by_the_noun_after_it_from_one_level_to_another() -> None:
    got = _found("Exports showed a 3.1 percent decrement from $2.250 billion in May 2023 to "
                 "$2.180 billion.")
    assert ("growth", "current=$2.180 billion", "prior=$2.250 billion", "rate=3.1 percent") in got
    got = _found("Trade reached $6.41 billion, representing a 2.2 percent decrease from $6.55 "
                 "billion a year ago.")
    assert ("growth", "current=$6.41 billion", "prior=$6.55 billion", "rate=2.2 percent") in got


def test_a_whole_and_its_halves_in_parallel_statements() -> None:
    text = ("The number of people unemployed was 96,400 in May, compared with 95,100 in April.\n"
            "The number of men unemployed was 50,300 in May, compared with 49,900 in April.\n"
            "For May, the number of women unemployed was 46,100, compared with 45,200 in April.\n")
    got = _found(text)
    assert ("partition", "part=46,100,50,300", "total=96,400") in got
    assert ("partition", "part=45,200,49,900", "total=95,100") in got
    bad = text.replace("96,400", "97,400")
    assert _verdicts(bad)[("partition", "part=46,100,50,300", "total=97,400")] == "fail"


def test_a_whole_rate_lies_between_its_halves_rates() -> None:
    text = ("The unemployment rate for May was 5.2%.\n"
            "The unemployment rate for men was 4.9% and 5.6% for women in May.\n")
    rel = ("weighted-growth", "from-part=4.9%,5.6%", "rate=5.2%")
    assert rel in _found(text)
    assert _verdicts(text)[rel] == "pass"
    bad = text.replace("5.2%", "5.9%")
    assert _verdicts(bad)[("weighted-growth", "from-part=4.9%,5.6%", "rate=5.9%")] == "fail"


def test_no_whole_of_another_measure_or_month() -> None:
    # the youth rate is not the whole of men and women; nor is April's rate May's
    text = ("The youth unemployment rate was 11.2% in May.\n"
            "The unemployment rate for men was 4.9% and 5.6% for women in May.\n")
    assert not [r for r in _found(text) if r[0] == "weighted-growth"]
    text = ("The unemployment rate was 5.2% in April.\n"
            "The unemployment rate for men was 4.9% and 5.6% for women in May.\n")
    assert not [r for r in _found(text) if r[0] == "weighted-growth"]


def test_counts_printed_to_the_hundred_missing_their_sum_are_a_note() -> None:
    from factcheck.discover.relation import RelationKind

    text = ("The number of persons unemployed was 96,400 in May.\n"
            "The number of males unemployed was 50,300 in May. The number of females unemployed "
            "was 46,200 in May.\n")
    rels = [r for r in discover_relations(text, "en") if r.kind is RelationKind.PARTITION]
    assert len(rels) == 1 and not rels[0].confident


def test_a_count_with_the_items_listed_after_it() -> None:
    text = ("Sales fell in four of the top 10 products, namely, tinned fish (-12.1 percent); "
            "paper and board (-8.4 percent); glassware (-3.0 percent); and toys (-1.2 percent).\n")
    rel = ("enumeration", "count=four",
           "item=-1.2 percent,-12.1 percent,-3.0 percent,-8.4 percent")
    assert _found(text) == [rel]
    assert _verdicts(text)[rel] == "pass"
    bad = text.replace("four of", "five of")
    assert _verdicts(bad)[("enumeration", "count=five",
                           "item=-1.2 percent,-12.1 percent,-3.0 percent,-8.4 percent")] == "fail"


def test_a_list_in_the_sentences_after_its_count_is_a_note() -> None:
    from factcheck.discover.relation import RelationKind

    text = ("Growth came from three of the top 10 markets.\nSales rose in Chile (12.5 percent) and "
            "Peru (8.1 percent).\nIncreases were also seen in Bolivia (2.2 percent).\n"
            "Total sales reached $4.1 billion.\n")
    rels = [r for r in discover_relations(text, "en") if r.kind is RelationKind.ENUMERATION]
    assert [r.signature() for r in rels] == [
        ("enumeration", "count=three", "item=12.5 percent,2.2 percent,8.1 percent")]
    assert not rels[0].confident


def test_the_ranking_size_is_no_count_of_the_list() -> None:
    text = ("Sales fell in two of the top 10 products, namely, fish (-12.1 percent) and toys "
            "(-1.2 percent).\n")
    assert [r for r in _found(text) if "count=10" in r] == []


def test_a_flow_with_a_partner_is_part_of_the_flow_with_none() -> None:
    text = ("Exports gained 4.0 percent to ¥52.10 trillion. Imports rose 3.0 percent to ¥50.20 "
            "trillion.\n\nCanada-bound exports gained 2.5 percent to ¥6.40 trillion and imports "
            "rose 1.1 percent to ¥3.90 trillion.\n")
    got = _found(text)
    assert ("part-of", "part=¥6.40 trillion", "total=¥52.10 trillion") in got
    assert ("part-of", "part=¥3.90 trillion", "total=¥50.20 trillion") in got
    bad = text.replace("¥6.40 trillion", "¥64.0 trillion")
    assert _verdicts(bad)[("part-of", "part=¥64.0 trillion", "total=¥52.10 trillion")] == "fail"
    # two flows with no partner: which one is the whole is not known
    text += "\nThe surplus with all of Asia grew. Exports rose to ¥30.00 trillion.\n"
    assert ("part-of", "part=¥6.40 trillion", "total=¥52.10 trillion") in _found(text)
    text += "Exports rose to ¥31.00 trillion.\n"
    assert not [r for r in _found(text) if r[0] == "part-of" and "part=¥6.40 trillion" in r]


def test_a_change_to_a_level_past_a_stray_in() -> None:
    # "decreased by 1.5 million in to 4.6 million": a slip of the pen, the statement is whole
    assert ("change", "current=2.3 million", "delta=0.4 million") in _found(
        "The number on temporary layoff decreased by 0.4 million in to 2.3 million.")


def test_no_flow_of_another_quarter() -> None:
    text = ("Exports in the first quarter were $10.0 billion and imports rose to $12.0 billion.\n\n"
            "In the second quarter the trade deficit was $3.0 billion.\n")
    assert not [r for r in _found(text) if r[0] == "balance" and len(r) > 2]
    text = text.replace("In the second quarter the trade deficit was $3.0 billion",
                        "The trade deficit was $2.0 billion in the first quarter")
    assert ("balance", "balance=$2.0 billion", "left=$10.0 billion",
            "right=$12.0 billion") in _found(text)


def test_a_list_said_to_be_partial_or_followed_by_more_is_no_count() -> None:
    assert _found("Five of the top 10 markets were up, led by China (5.0 percent) and Japan "
                  "(3.0 percent).\n") == []
    got = _found("Sales rose in three of the top 10 markets: Chile (12.5 percent), Peru (8.1 "
                 "percent) and Bolivia (2.2 percent), while sales fell 3.0 percent.\n")
    assert not [r for r in got if r[0] == "enumeration"]


def test_a_level_with_its_rate_in_apposition() -> None:
    assert _find_one("Exports in May totalled RM82.11 billion, a 3.4 per cent y-o-y growth, "
                     "while the month ended.") == \
        ("growth", "current=RM82.11 billion", "rate=3.4 per cent")
    assert _find_one("Trade rose to $75.3 billion — a 4.2 percent year-on-year (y-o-y) "
                     "increase — on the year.") == ("growth", "current=$75.3 billion", "rate=4.2 percent")
    [rel] = discover_relations("The surplus stood at NZ$8.12 billion, a 47.1 per cent decrease.", "en")
    rate = rel.primary
    assert rate is not None and rate.negative  # a decrease after its figure signs the rate
    verdicts = _verdicts("Sales were $5.2 billion, a 3% increase from $5.05 billion.")
    assert verdicts == {("growth", "current=$5.2 billion", "prior=$5.05 billion", "rate=3%"): "pass"}
    verdicts = _verdicts("Sales were $5.2 billion, a 9% increase from $5.05 billion.")
    assert verdicts == {("growth", "current=$5.2 billion", "prior=$5.05 billion", "rate=9%"): "fail"}


def test_the_levels_a_rate_leads_to_by_their_words() -> None:
    # the level after a verb past a comma, the earlier level after "compared to"
    assert _find_one("The deficit widened by 12.5 percent during the year, and reached $9.0 billion "
                     "compared to $8.0 billion a year before.") == \
        ("growth", "current=$9.0 billion", "prior=$8.0 billion", "rate=12.5 percent")
    assert _find_one("Exports increased by 25 percent and stood at $10 billion in 2022, compared "
                     "with $8 billion in 2021.") == \
        ("growth", "current=$10 billion", "prior=$8 billion", "rate=25 percent")
    # a wrong rate against the two levels fails
    assert _verdicts("Exports increased by 35 percent and stood at $10.0 billion in 2022, compared "
                     "with $8.0 billion in 2021.") == {
        ("growth", "current=$10.0 billion", "prior=$8.0 billion", "rate=35 percent"): "fail"}
    # another statement after a clause break is not this rate's
    got = _found("Exports rose 5 percent, while imports stood at $3 billion.")
    assert ("growth", "rate=5 percent") in got
    assert not [g for g in got if "current=$3 billion" in g]
    # an earlier level alone is the prior, and no level is made up
    assert _find_one("Exports rose 5 percent from $3 billion.") == \
        ("growth", "prior=$3 billion", "rate=5 percent")


def test_a_rate_in_the_next_sentence_of_the_level_just_stated() -> None:
    text = ("Arrivals reached a new high of 792,320 in 2016. This was 5.0% more than the "
            "previous record of 754,835, which was set in 2015.")
    assert _verdicts(text) == {("growth", "current=792,320", "prior=754,835", "rate=5.0%"): "pass"}
    assert _verdicts(text.replace("5.0%", "6.0%")) == {
        ("growth", "current=792,320", "prior=754,835", "rate=6.0%"): "fail"}
    [rel] = discover_relations("Sales fell to $4.1 billion. That was 8.9% lower than the "
                               "$4.5 billion of 2019.", "en")
    assert rel.primary is not None and rel.primary.negative


def test_a_rate_then_its_change_then_the_level() -> None:
    text = "Employment increased by 3.4 per cent or 43,300 to 1,312,600 people."
    assert _verdicts(text) == {("growth", "current=1,312,600 people", "increase=43,300",
                                "rate=3.4 per cent"): "pass"}
    assert _verdicts(text.replace("43,300", "53,300")) == {
        ("growth", "current=1,312,600 people", "increase=53,300", "rate=3.4 per cent"): "fail"}


def test_a_change_with_its_rate_in_brackets_before_more_or_fewer() -> None:
    [more] = discover_relations("There were 13,600 (2.0 per cent) more males employed.", "en")
    assert more.signature() == ("growth", "increase=13,600", "rate=2.0 per cent")
    [fewer] = discover_relations("There were 9,100 (1.4 per cent) fewer females employed.", "en")
    assert fewer.primary is not None and fewer.primary.negative


def test_a_change_in_points_in_the_next_sentence_of_the_rate_just_stated() -> None:
    got = _found("The unemployment rate was 4.5 per cent in April. This is 1.5 percentage "
                 "points lower than in April 2022.")
    assert ("pp-change", "change=1.5 percentage points", "of=4.5 per cent") in got


def test_a_rate_compared_by_a_comparative_with_an_earlier_one() -> None:
    assert _find_one("GDP grew 2.1 percent in the second quarter, slower than the 2.5 percent "
                     "of the first quarter.") == ("from-to", "current=2.1 percent",
                                                   "prior=2.5 percent")
    assert _find_one("Output rose 3.2 percent, faster than the 2.7 percent recorded in 2016.") \
        == ("from-to", "current=3.2 percent", "prior=2.7 percent")
    # the words and the figures disagree: the direction check fails
    assert _verdicts("Inflation was 4.9% in May, lower than the revised rate of 4.8% a month "
                     "earlier.") == {("from-to", "current=4.9%", "prior=4.8%"): "fail"}
    # a target or a forecast is no earlier value
    assert _found("Inflation was 6%, higher than the 4% target.") == []
    assert _found("Inflation was 6%, higher than 4% expected by analysts.") == []
