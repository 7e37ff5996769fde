"""init drafts an amount that a noun of change or a comparison follows as a change: the noun
right after it ($42 billion (9%) increase, a record $2.5 trillion increase, a more than $3
million drop), a comparison after its rate in brackets (5,200 (1.8 per cent) more women) or
after a qualified amount (about $6.2 million higher than, some 2,500 more). A loss or a growth
fund after money, a share in brackets and a level compared with another are not changes. The
sentences are invented, not from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from factcheck.app.init_draft import draft


def _kinds(text: str) -> list[tuple[str, str]]:
    doc = yaml.safe_load(draft(text, "a.txt", dt.date(2026, 12, 1), "en"))
    return [(str(c["value"]), str(c["kind"])) for c in doc["claims"]]


@pytest.mark.parametrize(("text", "drafted"), [
    ("Receipts rose, led by a $42 billion (9%) increase in corporate taxes.",
     [("$42 billion", "change"), ("9%", "growth")]),
    ("There were 5,200 (1.8 per cent) more women in work and 3,100 (1.1 per cent) fewer men.",
     [("5,200", "change"), ("1.8 percent", "growth"), ("-3,100", "change"),
      ("-1.1 percent", "growth")]),
    ("Spending was about $6.2 million higher than a year earlier.",
     [("about $6.2 million", "change")]),
    ("The gains were offset by a more than $3 million drop in fees.",
     [("more than -$3 million", "change")]),
    ("Congress approved a record $2.5 trillion increase in the limit.",
     [("$2.5 trillion", "change")]),
    ("Some 2,500 more visitors arrived than a year before.", [("Some 2,500", "change")]),
])
def test_an_amount_compared_after_it_is_a_change(text: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text) == drafted


@pytest.mark.parametrize(("text", "drafted"), [
    ("The company posted a $2 billion loss in the quarter.", [("$2 billion", "amount")]),
    ("The fund holds $300 million in growth stocks.", [("$300 million", "amount")]),
    ("Revenue was $4.5 billion (12% of the total).", [("$4.5 billion", "amount"), ("12%", "rate")]),
    ("Imports reached $12.4 billion, more than exports.", [("$12.4 billion", "amount")]),
])
def test_a_level_is_not_a_change(text: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text) == drafted
