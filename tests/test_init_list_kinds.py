"""init drafts the kind of a rate listed after a growth from the words between them: the
next item of an order (其次为, 次之, "followed by"), a rate compared with the item before it
(高于上季的1.7%, 优于甲国的11.0%) and the next name with its rate in brackets (Japan (18.2 per
cent), the UK (9.4 per cent)) are growths like the first; a percent compared after its figure
("4.2% higher than", "0.6 per cent more", "12% above") is the growth of what it compares. A
rate of a level or a share named between, or a first item that is a level rate, keeps the
level. The sentences are invented, not from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from factcheck.app.init_draft import draft


def _kinds(text: str, language: str) -> list[tuple[str, str]]:
    doc = yaml.safe_load(draft(text, "a.txt", dt.date(2026, 12, 1), language))
    return [(str(c["value"]), str(c["kind"])) for c in doc["claims"]]


@pytest.mark.parametrize(("text", "language", "drafted"), [
    ("各区县中，人口增加率最高者为甲县1.25%，其次为乙县0.92%，再其次为丙县0.40%。", "zh",
     [("1.25%", "growth"), ("0.92%", "growth"), ("0.40%", "growth")]),
    ("分地区看，外贸增速最高的是东部，达12.5%；中部次之，达8.1%。", "zh",
     [("12.5%", "growth"), ("8.1%", "growth")]),
    ("居民消费价格按年上升2.1%，高于上季的1.7%。", "zh", [("2.1%", "growth"), ("1.7%", "growth")]),
    ("本市出口年增率为15.2%，优于甲国的11.0%。", "zh", [("15.2%", "growth"), ("11.0%", "growth")]),
    # the next item of an order of falls is a fall; a rate compared with one keeps its print
    ("分国别看，对甲国出口下降最多，下降5.2%；乙国次之，达3.1%。", "zh",
     [("-5.2%", "growth"), ("-3.1%", "growth")]),
    ("居民消费价格下降0.5%，低于上月的0.3%。", "zh", [("-0.5%", "growth"), ("0.3%", "growth")]),
    ("Exports to the region grew, led by Japan (18.2 per cent), the UK (9.4 per cent) and "
     "Korea (6.1 per cent).", "en",
     [("18.2 percent", "growth"), ("9.4 percent", "growth"), ("6.1 percent", "growth")]),
    ("Exports rose to China (12.0 per cent), the EU 27 (7.5 per cent) and India (3.2 per cent).",
     "en", [("12.0 percent", "growth"), ("7.5 percent", "growth"), ("3.2 percent", "growth")]),
    ("Household spending rose 1.4 per cent; households spent 0.6 per cent more on services.", "en",
     [("1.4 percent", "growth"), ("0.6 percent", "growth")]),
    ("Sales were 4.2% higher than a year earlier.", "en", [("4.2%", "growth")]),
    ("The index stood 12% above its long-run average.", "en", [("12%", "growth")]),
])
def test_a_rate_listed_after_a_growth_is_one(text: str, language: str,
                                             drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, language) == drafted


@pytest.mark.parametrize(("text", "language", "drafted"), [
    # a rate of a level named between the items: the levels of that rate
    ("Unemployment rose in Spain (+0.5%), with jobless rates in Greece (20.1%) and Italy (9.8%).",
     "en", [("+0.5%", "growth"), ("20.1%", "rate"), ("9.8%", "rate")]),
    ("全市工业增加值增长6.5%，其中制造业占比为78.2%。", "zh", [("6.5%", "growth"), ("78.2%", "share")]),
    # the first item is a level rate: so is the next
    ("失业率为5.1%，其次为青年失业率14.3%。", "zh", [("5.1%", "rate"), ("14.3%", "rate")]),
    ("Prices rose 3.1%, the highest since 2008; the unemployment rate was 4.2%.", "en",
     [("3.1%", "growth"), ("4.2%", "rate")]),
])
def test_a_level_listed_after_a_growth_stays_a_level(
        text: str, language: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, language) == drafted


@pytest.mark.parametrize(("text", "drafted"), [
    # a word set off by two commas leaves the verb's list open: both figures are falls
    ("Exports and imports fell, respectively, by 1.2% and 0.4% in May.",
     [("-1.2%", "growth"), ("-0.4%", "growth")]),
    ("Prices fell, however, by 0.3% over the year.", [("-0.3%", "growth")]),
    # basis points are hundredths of a point: drafted in bp, as the claims grammar reads them
    ("The bank cut its rate by 25 basis points to 4.10%.", [("-25 bp", "pp-change"), ("4.10%", "rate")]),
    ("Yields fell 0.5 percentage points.", [("-0.5 pp", "pp-change")]),
])
def test_set_off_words_and_basis_points(text: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, "en") == drafted
