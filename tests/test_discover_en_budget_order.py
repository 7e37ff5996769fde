"""English statements of budgets, brackets and rankings: invented sentences, each a variant
of a class of real phrasing, with the relation it states (or none) and its verdict."""

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


def _negative(text: str, figure: str) -> bool:
    return any(f.negative for r in discover_relations(text, "en") for _, f in r.roles
               if f.text == figure)


# --- a growth with its rate in brackets after the change


def test_a_change_with_its_rate_in_brackets() -> None:
    got = _found("Customs revenue rose by $4.2 billion (11%) over the year.")
    assert ("growth", "increase=$4.2 billion", "rate=11%") in got
    got = _found("Corporate tax receipts declined year-over-year by €2 billion (or 6 percent).")
    assert ("growth", "increase=€2 billion", "rate=6 percent") in got
    assert _negative("Corporate tax receipts declined year-over-year by €2 billion (or 6 percent).",
                     "6 percent")


def test_the_level_before_a_change_in_brackets_is_its_current() -> None:
    text = "$412 million in fees, increased YOY by $20 million (5%)."
    assert _found(text) == [("growth", "current=$412 million", "increase=$20 million", "rate=5%")]
    assert _verdicts(text)[("growth", "current=$412 million", "increase=$20 million",
                            "rate=5%")] == "pass"
    bad = "$412 million in fees, increased YOY by $20 million (9%)."
    assert _verdicts(bad)[("growth", "current=$412 million", "increase=$20 million",
                           "rate=9%")] == "fail"
    # a level in another clause is not the growth's
    got = _found("Exports were $5 billion while imports rose by $1 billion (2%).")
    assert got == [("growth", "increase=$1 billion", "rate=2%")]


def test_a_change_and_rate_in_brackets_named_after_them() -> None:
    assert ("growth", "increase=$12 billion", "rate=8%") in _found(
        "A $12 billion (8%) increase in payroll taxes drove the gain.")
    text = "The shortfall would have been £3 billion (or 4 percent) less than last year's."
    assert ("growth", "increase=£3 billion", "rate=4 percent") in _found(text)
    assert _negative(text, "£3 billion")


# --- a level with its rate against an earlier level, and an amount's conversion in brackets


def test_a_level_a_rate_noun_and_the_earlier_level() -> None:
    text = ("The insurer reported a profit of C$2.2bn (US$1.6bn) for the nine months to "
            "September, a 10% increase compared to C$2.0bn (US$1.5bn) a year earlier.")
    assert ("growth", "current=C$2.2bn", "prior=C$2.0bn", "rate=10%") in _found(text)
    text = ("Revenue in the period was A$8.1bn, which is a decline of 3% compared to the "
            "2023 figure of A$8.35bn.")
    assert ("growth", "current=A$8.1bn", "prior=A$8.35bn", "rate=3%") in _found(text)
    assert _negative(text, "3%")


def test_a_level_a_rate_lower_than_the_earlier_level() -> None:
    text = "The unit earned $940m in the half, which is 6% lower than the $1bn made a year before."
    assert ("growth", "current=$940m", "prior=$1bn", "rate=6%") in _found(text)
    assert _negative(text, "6%")
    assert _verdicts(text)[("growth", "current=$940m", "prior=$1bn", "rate=6%")] == "pass"


def test_a_rate_after_its_level() -> None:
    text = "Arrivals from Europe stood at 310,400, 12 percent higher year on year."
    assert ("growth", "current=310,400", "rate=12 percent") in _found(text)
    text = "Sales reached 48,200 units, 7% lower than a year earlier."
    assert ("growth", "current=48,200 units", "rate=7%") in _found(text)
    assert _negative(text, "7%")


def test_a_conversion_in_brackets_is_never_the_level_of_a_growth() -> None:
    got = _found("Operating income was A$1.2bn (US$0.7bn), down 2% on the year.")
    assert ("growth", "current=A$1.2bn", "rate=2%") in got
    assert not any("US$0.7bn" in part for sig in got for part in sig if sig[0] != "conversion")
    assert ("conversion", "converted=US$0.7bn", "original=A$1.2bn") in got


# --- a growth with its change, rate and level around it


def test_a_level_then_its_change_and_rate() -> None:
    text = "Spending in March was $310 billion, up $25 billion, or 9%, from a year earlier."
    sig = ("growth", "current=$310 billion", "increase=$25 billion", "rate=9%")
    assert sig in _found(text)
    assert _verdicts(text)[sig] == "pass"
    text = "Spending in March was $310 billion, up $25 billion, or 2%, from a year earlier."
    assert _verdicts(text)[("growth", "current=$310 billion", "increase=$25 billion",
                            "rate=2%")] == "fail"
    text = "Pension costs rose $6 billion or 10% compared to a year earlier, reaching $66 billion."
    assert ("growth", "current=$66 billion", "increase=$6 billion", "rate=10%") in _found(text)


# --- a budget balance: receipts − outlays


def test_a_budget_deficit_with_receipts_and_outlays_named_after_it() -> None:
    text = ("The government ran a $52 billion budget deficit in April, the ministry said.\n\n"
            "Receipts in April were $318 billion, down $4 billion from a year earlier.\n\n"
            "Outlays in April were $370 billion.\n")
    sig = ("balance", "balance=$52 billion", "left=$318 billion", "right=$370 billion")
    assert sig in _found(text)
    assert _verdicts(text)[sig] == "pass"
    wrong = text.replace("$370 billion", "$380 billion")
    assert _verdicts(wrong)[("balance", "balance=$52 billion", "left=$318 billion",
                             "right=$380 billion")] == "fail"


def test_a_bulleted_deficit_with_its_sides_and_growths() -> None:
    text = ("Monthly budget review\n\n"
            "  • $120 billion deficit, increasing year-over-year by $20 billion (20%).\n"
            "    • $400 billion in revenues, increased YOY by $10 billion (3%).\n"
            "    • $520 billion in outlays, increased YOY by $30 billion (6%).\n")
    verdicts = _verdicts(text)
    assert verdicts[("balance", "balance=$120 billion", "left=$400 billion",
                     "right=$520 billion")] == "pass"
    # the deficit's growth keeps its rate of the deficit's size
    assert verdicts[("growth", "current=$120 billion", "increase=$20 billion", "rate=20%")] == "pass"


def test_a_budget_balance_takes_no_side_printed_before_it_nor_a_change() -> None:
    # a cumulative deficit with a month's outlays printed before it: no balance
    text = ("  • $569 billion in outlays this month.\n\n"
            "  • The government is running a cumulative deficit of $830 billion so far.\n"
            "  • Revenues were $1.9 trillion through February.\n")
    assert not any(sig[0] == "balance" and len(sig) > 2 for sig in _found(text))
    # "reducing outlays by some $70 billion" is a change, not the outlays
    text = ("The Treasury posted a $39 billion deficit for June.\n\n"
            "Receipts were $447 billion in June.\n\n"
            "A refund had the effect of reducing outlays in June by some $70 billion.\n")
    assert not any(sig[0] == "balance" and len(sig) > 2 for sig in _found(text))


# --- orders


def test_the_lowest_listed_smallest_first_is_an_order() -> None:
    text = ("Among the regions, the lowest jobless rates were recorded in Tyrol (3.1%), "
            "Salzburg (3.4%) and Vorarlberg (4.0%), and the highest in Vienna (9.9%) and "
            "Carinthia (7.2%).")
    verdicts = _verdicts(text)
    assert verdicts[("order", "item=3.1%,3.4%,4.0%")] == "pass"
    assert verdicts[("order", "item=7.2%,9.9%")] == "pass"
    bad = text.replace("Salzburg (3.4%)", "Salzburg (4.4%)")
    assert _verdicts(bad)[("order", "item=3.1%,4.0%,4.4%")] == "fail"


def test_a_change_in_brackets_is_no_ranked_list() -> None:
    text = ("The highest increases were registered in Latvia (8.3% to 11.0%), Malta (5.6% to "
            "6.6%) and Crete (7.7% to 9.1%).")
    assert not any(sig[0] == "order" for sig in _found(text))


def test_a_figure_that_exceeded_another() -> None:
    text = "The gain of 151,000 in May exceeded the average monthly gain of 140,000 last year."
    assert _verdicts(text)[("order", "item=140,000,151,000")] == "pass"
    text = "Output rose 1.4 percent, beating forecasts for 1.6 percent."
    assert _verdicts(text)[("order", "item=1.4 percent,1.6 percent")] == "fail"


def test_an_earlier_level_from_which_a_flow_fell_is_a_flow() -> None:
    # "from $5.200 billion to $4.800 billion": the first is the earlier imports, no change
    text = ("The trade deficit was $500 million from $1.100 billion a year earlier. This was due "
            "to the 7.7 percent downward trend of total imports from $5.200 billion to $4.800 "
            "billion. Exports showed a 4.9 percent rise from $4.100 billion in May 2012 to $4.300 "
            "billion. Total external trade reached $9.100 billion, representing a 2.2 percent "
            "decrease from $9.300 billion a year earlier.")
    got = _found(text)
    assert ("partition", "part=$4.100 billion,$5.200 billion", "total=$9.300 billion") in got
    assert _verdicts(text)[("partition", "part=$4.100 billion,$5.200 billion",
                            "total=$9.300 billion")] == "pass"


# --- what a run on an English story says


def _auto(tmp_path: Path, name: str, text: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from factcheck.app.cli import app

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["run", "--auto", str(path), "-f", "text", "--no-cache"])
    return out.exit_code, out.output


def test_an_english_trade_story_is_checked_not_nothing_checked(tmp_path: Path) -> None:
    story = ("Exports were $5.1 billion in May. Imports were $7.3 billion in May.\n\n"
             "The trade deficit was $2.4 billion in May.\n")
    code, out = _auto(tmp_path, "story.txt", story)
    assert code == 1 and "FAILED" in out and "no relation found" not in out
    code, out = _auto(tmp_path, "story.txt", story.replace("$2.4 billion", "$2.2 billion"))
    assert code == 0 and "→  OK" in out and "no relation found" not in out


def test_bad_english_input_is_one_line_or_an_empty_report(tmp_path: Path) -> None:
    code, out = _auto(tmp_path, "empty.txt", "")
    from factcheck.load.paths import display_path

    empty = display_path(tmp_path / "empty.txt")  # as every message shows a path
    assert code == 2 and out.strip().splitlines() == [f"{empty}:1:1: article is empty"]
    code, out = _auto(tmp_path, "big.txt", "Exports rose 5% to $3 billion. " * 560_000)
    assert code == 2 and len(out.strip().splitlines()) == 1 and "the limit is 16777216 bytes" in out
    assert "Traceback" not in out
    # an unsupported language: nothing read as a relation, a valid report that says so
    code, out = _auto(tmp_path, "fr.txt", "Les exportations ont augmenté de 5 % pour atteindre "
                                          "3 milliards d'euros.\n")
    assert code == 0 and "no relation found: 0 arithmetic checks" in out
    # discovery writes no file beside the articles
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "empty.txt", "fr.txt"]


# --- the change of a balance with the changes of its flows


def test_the_change_of_a_deficit_is_the_change_of_exports_less_imports() -> None:
    text = ("Year-to-date, the goods and services deficit increased $12.4 billion, or 5.1 percent, "
            "from the same period in 2021. Exports increased $3.1 billion or 0.4 percent. Imports "
            "increased $15.5 billion or 1.6 percent.\n")
    sig = ("balance", "balance=$12.4 billion", "left=$3.1 billion", "right=$15.5 billion")
    verdicts = _verdicts(text)
    assert verdicts[sig] == "pass"
    # the deficit's growth takes the balance's sign and still passes
    assert verdicts[("growth", "increase=$12.4 billion", "rate=5.1 percent")] == "pass"
    wrong = text.replace("$15.5 billion", "$16.5 billion")
    assert _verdicts(wrong)[("balance", "balance=$12.4 billion", "left=$3.1 billion",
                             "right=$16.5 billion")] == "fail"


def test_changes_stated_as_more_or_less_than_last_month() -> None:
    text = ("The goods and services deficit was $61.0 billion in March, down $1.3 billion from "
            "$62.3 billion in February. March exports were $210.5 billion, $2.0 billion more than "
            "February exports. March imports were $271.5 billion, $0.7 billion more than February "
            "imports.\n")
    assert _verdicts(text)[("balance", "balance=$1.3 billion", "left=$2.0 billion",
                            "right=$0.7 billion")] == "pass"


def test_flow_changes_of_another_scope_are_not_the_balances() -> None:
    # an average deficit's change takes the average flows' changes, not the monthly ones
    text = ("The average goods and services deficit increased $0.9 billion to $58.1 billion for "
            "the three months ending in May.\nExports decreased $4.0 billion in May.\n"
            "Average exports decreased $1.2 billion to $205.0 billion in May.\n"
            "Average imports decreased $0.3 billion to $263.1 billion in May.\n")
    got = _found(text)
    assert ("balance", "balance=$0.9 billion", "left=$1.2 billion", "right=$0.3 billion") in got
    assert not any("left=$4.0 billion" in sig for sig in got)


def test_the_whole_balance_is_the_goods_balance_plus_the_services_balance() -> None:
    text = ("The goods and services deficit was $48.3 billion in October, up $2.1 billion from "
            "$46.2 billion in September.\nThe October increase in the goods and services deficit "
            "reflected an increase in the goods deficit of $1.5 billion to $71.0 billion and a "
            "decrease in the services surplus of $0.6 billion to $22.7 billion.\n")
    sig = ("partition", "part=$22.7 billion,$71.0 billion", "total=$48.3 billion")
    assert _verdicts(text)[sig] == "pass"
    wrong = text.replace("$22.7 billion", "$24.7 billion")
    assert _verdicts(wrong)[("partition", "part=$24.7 billion,$71.0 billion",
                             "total=$48.3 billion")] == "fail"
    # the changes of the three: −2.1 = −1.5 + (−0.6)
    assert ("partition", "part=$0.6 billion,$1.5 billion", "total=$2.1 billion") in _found(text)
    # no services named: no split
    assert not any(sig[0] == "partition" for sig in _found(
        "The goods deficit was $48.3 billion in October.\nThe trade deficit widened to "
        "$50.0 billion.\n"))


def test_the_change_of_a_budget_deficit_is_that_of_receipts_less_outlays() -> None:
    text = ("The deficit reached $710 billion in the first half of the fiscal year. That amount is "
            "$45 billion less than the deficit recorded a year before. Receipts rose by $120 "
            "billion (or 5 percent), and outlays rose by $75 billion (or 3 percent).\n")
    sig = ("balance", "balance=$45 billion", "left=$120 billion", "right=$75 billion")
    assert _verdicts(text)[sig] == "pass"
    wrong = text.replace("$75 billion", "$95 billion")
    assert _verdicts(wrong)[("balance", "balance=$45 billion", "left=$120 billion",
                             "right=$95 billion")] == "fail"


# --- a quantity stated twice


def test_a_value_printed_again_for_the_same_subject_is_one_quantity() -> None:
    text = ("Consumer price inflation at 3.4% in March\n\n"
            "Statistics Office data showed consumer price inflation was 3.4% in March, "
            "while food prices rose 5.0%.\n")
    assert ("same", "member=3.4%,3.4%") in _found(text)
    # another subject, another month, a bare count or one sentence: no quantity stated twice
    assert not any(sig[0] == "same" for sig in _found(
        "Producer price inflation was 3.4% in March.\nConsumer price inflation was 3.4% in "
        "March.\n"))
    assert not any(sig[0] == "same" for sig in _found(
        "Consumer price inflation was 3.4% in February.\nConsumer price inflation was 3.4% in "
        "March.\n"))
    assert not any(sig[0] == "same" for sig in _found(
        "It ranks the top 10 exporters.\nThe list of the top 10 products follows.\n"))
