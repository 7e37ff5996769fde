"""English statements whose figures are linked by the subject of their clause: a rate is of
the level of its own clause, never of an amount said as a change or of a level another
subject's clause printed; a level a change leads to is of the flow the change is of.
Invented sentences, each a variant of a class of real phrasing, with the relations it states
and those it must not."""

from __future__ import annotations

from factcheck.discover import discover_relations


def _found(text: str) -> list[tuple[str, ...]]:
    return [tuple(r.signature()) for r in discover_relations(text, "en")]


def _growths(text: str) -> list[tuple[str, ...]]:
    return [g for g in _found(text) if g[0] == "growth"]


def test_a_rate_after_a_new_subject_takes_no_level_before_it() -> None:
    # the level before "and imports", "while", "but costs" is another subject's
    assert _growths("The trade deficit grew 2.7% from $3.64 billion in March to $3.74 billion "
                    "in April and imports increased by 2.9% and remained $6.61 billion.") == [
        ("growth", "current=$3.74 billion", "prior=$3.64 billion", "rate=2.7%"),
        ("growth", "current=$6.61 billion", "rate=2.9%")]
    assert _growths("Exports reached €5.20 billion in May, while imports rose 4.1%.") == [
        ("growth", "rate=4.1%")]
    assert _growths("Sales were 12,400 units in the quarter but costs climbed 8.2%.") == [
        ("growth", "rate=8.2%")]
    assert _growths("Receipts came to $81.2 million; spending rose 3.3 percent.") == [
        ("growth", "rate=3.3 percent")]


def test_a_rate_in_the_same_subjects_clause_keeps_its_level() -> None:
    assert _growths("Sales were $12.4 million in the quarter, but fell 8.2% from a year "
                    "earlier.") == [("growth", "current=$12.4 million", "rate=8.2%")]
    assert _growths("Revenue was £5.1 million, up 12% from a year earlier.") == [
        ("growth", "current=£5.1 million", "rate=12%")]
    assert _growths("Arrivals reached 241,378, an increase of 15.9% over last year.") == [
        ("growth", "current=241,378", "rate=15.9%")]


def test_an_amount_said_as_a_change_is_no_level_of_the_next_rate() -> None:
    got = _growths("Spain up 6.3% or 81,088 more visitors, Italy up 26.1% or an additional "
                   "83,728 visitors.")
    assert ("growth", "current=81,088", "rate=26.1%") not in got
    # "or an additional 83,728" is the change at that rate
    assert ("growth", "increase=83,728", "rate=26.1%") in got
    got = _growths("Germany rose 4.0%, or 12,500 extra guests; France rose 2.2%.")
    assert all("current=12,500" not in g for g in got)


def test_a_rate_against_a_record_or_peak_is_not_the_growth_of_the_level() -> None:
    assert _growths("Imports fell 1.2 per cent to $38.3-billion and were down 5.7 per cent "
                    "from the record high reached in June.") == [
        ("growth", "current=$38.3-billion", "rate=1.2 per cent"), ("growth", "rate=5.7 per cent")]
    assert _growths("Output was 1.29 million tonnes, down 12% from its pre-pandemic peak.") == [
        ("growth", "rate=12%")]
    assert _growths("Sales rose 3% to $5.1 million and were up 12% from the all-time low of "
                    "2019.") == [("growth", "current=$5.1 million", "rate=3%"), ("growth", "rate=12%")]


def test_changes_of_the_flows_are_no_sides_of_a_balance() -> None:
    # the changes (NZ$387 million, NZ$1.5 billion) are not the flows a deficit is the gap of
    got = _found("Exports climbed NZ$387 million or 10 percent on year. Imports surged NZ$1.5 "
                 "billion or 30 percent. The trade deficit was NZ$2.17 billion.")
    balances = [g for g in got if g[0] == "balance"]
    assert balances == [("balance", "balance=NZ$2.17 billion")]


def test_a_balance_takes_a_side_printed_further_back() -> None:
    # the exports are two paragraphs before the deficit, the imports in the paragraph before
    text = ("The value of merchandise exports totalled €18.4 billion in March.\n\n"
            "Machinery shipments were higher.\n\n"
            "The value of merchandise imports increased 9.1% to €21.7 billion.\n\n"
            "A trade deficit of €3.3 billion was recorded in March.")
    assert ("balance", "balance=€3.3 billion", "left=€18.4 billion", "right=€21.7 billion") \
        in _found(text)
    # a side with a trading partner is not taken from afar for a balance that names none
    text = ("Exports to Japan totalled €18.4 billion in March.\n\nMachinery shipments were "
            "higher.\n\nImports increased 9.1% to €21.7 billion.\n\nA trade deficit of €3.3 "
            "billion was recorded in March.")
    assert all(g[0] != "balance" or len(g) == 2 for g in _found(text))
    # nor a flow of another month
    text = ("Exports totalled €18.4 billion in February.\n\nMachinery shipments were higher.\n\n"
            "Imports increased 9.1% to €21.7 billion in March.\n\nA trade deficit of €3.3 billion "
            "was recorded in March.")
    assert all(g[0] != "balance" or len(g) == 2 for g in _found(text))


def test_a_countrys_trade_is_exports_plus_imports() -> None:
    text = ("Chile's trade rose 4.2 per cent to US$15.60 billion in June.\n\n"
            "Exports in June totalled US$8.10 billion, while imports rose 2.1 per cent to "
            "US$7.50 billion.")
    assert ("partition", "part=US$7.50 billion,US$8.10 billion", "total=US$15.60 billion") \
        in _found(text)
    text = ("Overall, the trade for the month grew 2.1 percent to 244.26 billion pesos.\n\n"
            "Exports rose 1.6 percent to 128.12 billion pesos and imports rose 2.6 percent to "
            "116.14 billion pesos.")
    assert ("partition", "part=116.14 billion pesos,128.12 billion pesos",
            "total=244.26 billion pesos") in _found(text)


def test_trade_of_a_balance_a_partner_or_a_kind_is_no_total() -> None:
    for lead in ("Chile's trade surplus rose to", "Chile's trade with Peru rose to",
                 "Chile's trade in services rose to"):
        text = (f"{lead} US$15.60 billion in June.\n\nExports in June totalled US$8.10 "
                "billion, while imports rose 2.1 per cent to US$7.50 billion.")
        assert all(g[0] != "partition" for g in _found(text)), lead


def test_a_balance_of_another_year_takes_no_flows_of_this_one() -> None:
    # flows printed for 2019; the surplus of "the same period in 2018" is not their gap
    got = _found("From January to June 2019, exports reached $51.20 billion and imports "
                 "$47.05 billion, a surplus of $4.15 billion.\n\nThe surplus was lower than in "
                 "the same period in 2018, when a surplus of $6.32 billion was recorded.")
    assert ("balance", "balance=$4.15 billion", "left=$51.20 billion",
            "right=$47.05 billion") in got
    assert not [g for g in got if g[0] == "balance" and g[1] == "balance=$6.32 billion"
                and len(g) > 2]
