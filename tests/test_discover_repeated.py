"""A value printed again in another sentence (a lede restated in the body) is one quantity
stated twice when its digits make a second printing by chance unlikely."""

from __future__ import annotations

import pytest

from factcheck.discover import discover_relations
from factcheck.discover.relation import RelationKind


def _same(text: str, language: str) -> list[list[str]]:
    return [[f.text for _, f in r.roles] for r in discover_relations(text, language)
            if r.kind is RelationKind.SAME]


@pytest.mark.parametrize(("text", "language", "members"), [
    # four significant digits: whatever the subjects
    ("Exports fell in March, to $3.742 billion. Officials blamed the strike. Shipments abroad "
     "came to $3.742 billion, the bureau said.", "en", ["$3.742 billion", "$3.742 billion"]),
    ("第四季经济成长率上修至百分之十二點六八。主计总处表示，第四季为百分之十二點六八，创新高。", "zh",
     ["百分之十二點六八", "百分之十二點六八"]),
    ("对美出口1982.7亿美元，创新高。财政部说明，去年对美国出口1982.7亿美元。", "zh",
     ["1982.7亿美元", "1982.7亿美元"]),
    # an amount of three, with a word naming the same statistic
    ("The industry sector recorded output of $16.7 billion. Analysts were "
     "surprised. Industry produced $16.7 billion, mostly in mining.", "en",
     ["$16.7 billion", "$16.7 billion"]),
    ("The rural inflation rate increased by 11.61 per cent in February. Rural inflation, at "
     "11.61 per cent, was the highest since 2019.", "en", ["11.61 per cent", "11.61 per cent"]),
])
def test_a_precise_value_printed_again_is_one_quantity(text: str, language: str,
                                                       members: list[str]) -> None:
    assert _same(text, language) == [members]


@pytest.mark.parametrize(("text", "language"), [
    # three digits, and the subjects share no word that names a statistic
    ("Exports came to $16.7 billion in May. Tourist spending reached $16.7 billion.", "en"),
    ("Exports rose to $16.7 billion in May. Imports rose to $16.7 billion in June.", "en"),
    # the two sides of a pair: exports and imports, men and women
    ("Exports were $4,836.1 billion. Imports were also $4,836.1 billion.", "en"),
    ("Unemployed men numbered 1,052,300. Unemployed women numbered 1,052,300.", "en"),
    ("全年出口总额4,836.1亿美元。\n\n全年进口总额4,836.1亿美元。\n", "zh"),
    # a rate of three digits: rates of one release crowd a narrow band
    ("The unemployment rate was 10.8% in February, compared with 10.7% in January. The "
     "unemployment rate for males increased from 9.7% to 10.7%.", "en"),
    # two digits: printed twice by chance too often
    ("Exports rose 5.2% in May. Arrivals of tourists from abroad rose 5.2% as well.", "en"),
    # one sentence: two things
    ("Exports were $3.742 billion and imports $3.742 billion in May.", "en"),
    # a qualified value says nothing of its digits
    ("Exports were about $3.742 billion. Shipments were about $3.742 billion.", "en"),
    # three printings of a value of three digits
    ("Sales rose 12.6%. Output rose 12.6%. Prices rose 12.6%.", "en"),
])
def test_a_value_printed_again_by_chance_links_nothing(text: str, language: str) -> None:
    assert _same(text, language) == []


# --- a figure of the headline restated in the body (English)


@pytest.mark.parametrize(("text", "members"), [
    ("Jobless rate falls to 5.4 percent in Ruritania\n\nKINGSTON — The Institute reported a "
     "further fall in the jobless rate to a record low of 5.4 percent in July.\n",
     ["5.4 percent", "5.4 percent"]),
    ("Ruritania's Feb. inflation rises to 3.72 pct\n\nRuritania's overall inflation rose "
     "slightly to 3.72 percent in February from 3.5 percent in January.\n",
     ["3.72 pct", "3.72 percent"]),
    ("Freedonia GDP Grows 0.7% On Quarter\n\nThe statistics office said on Monday that the "
     "economy of Freedonia, measured by GDP, expanded 0.7 percent in the third quarter.\n",
     ["0.7%", "0.7 percent"]),
])
def test_a_headline_figure_restated_in_the_body(text: str, members: list[str]) -> None:
    assert _same(text, "en") == [members]


@pytest.mark.parametrize("text", [
    # another statistic printed with the same value: no shared word
    "Jobless rate falls to 5.4 percent\n\nWage growth slowed to 5.4 percent in July, the "
    "Institute said, and hiring was weak.\n",
    # the other side of a pair
    "Exports rise 4.1 percent in May\n\nImports rose 4.1 percent in May, the bureau said.\n",
    # another month
    "Jobless rate at 5.4 percent in July\n\nThe jobless rate was 5.4 percent in March as well, "
    "before rising.\n",
    # a bound is not the value
    "Arrests up 600% in a year\n\nArrests rose by more than 600 per cent in the year.\n",
    # a first line ending in a full stop is no headline
    "The jobless rate fell to 5.4 percent in July.\n\nKINGSTON — The jobless rate of 5.4 percent "
    "was the lowest on record.\n",
])
def test_no_headline_restatement(text: str) -> None:
    assert _same(text, "en") == []
