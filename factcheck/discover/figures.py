"""Figures of an article: the extractor's mentions (the reading ``factcheck extract`` gives),
with the printed numbers that name a time or a thing left out. Discovery has no reader of
its own."""

from __future__ import annotations

import re

from factcheck.discover.relation import Operand
from factcheck.extract import Kind
from factcheck.extract.figures import printed_figures
from factcheck.languages import lexicon
from factcheck.numbers.reading import UnitKind

# Printed numbers that name a time or a thing rather than measure it (第2季, 11月, M7, 前三季度):
# no relation is stated between them and amounts or rates.
NOT_QUANTITIES = frozenset({Kind.YEAR, Kind.DATE, Kind.ORDINAL, Kind.IDENTIFIER, Kind.DURATION})
# Quarter 3, Figure 1, Table 2, Q3: a label, not a count
_EN_LABEL = re.compile(r"(?:\b(?:Quarter|Figure|Table|Chart|Annex|Section|Q)\s?|[A-Za-z]-)$")
# an age bracket (persons under 25, aged 65 and over) or the end of a fiscal year (2018-19)
# names a group or a time, not a quantity (the words of every language: a text may quote another)
_AGE = lexicon.alternation(list(lexicon.words("age_brackets")))
_EN_AGE = re.compile(rf"\b(?:{_AGE})[\s-]+$", re.I)
_EN_AGE_PRINT = re.compile(rf"^(?:{_AGE})\s", re.I)
_EN_AGE_AFTER = re.compile(
    rf"\)|s\b|\s(?:{lexicon.alternation(list(lexicon.words('age_after')))})\b|-year",
    re.I)
_EN_PEOPLE = re.compile(r"\b(?:persons|people|those|youths?|workers|children|adults|men|women)"
                        r"\W{0,3}$", re.I)
_FISCAL_TAIL = re.compile(r"\b\d{4}[-–/]$")
# 2019年, 11月, 1至11月: units of the calendar glued to the digits, in every language's words
_DATE_UNITS = lexicon.words("date_units")
_PERIOD_RANGE = re.compile(
    rf"(?:{lexicon.alternation([*lexicon.words('range_to', lexicon.languages(spaced=False)), *'-—－~～'])})"
    rf"\d{{1,2}}(?:{lexicon.alternation(lexicon.words('period_units'))})")


def find_figures(text: str, language: str) -> list[Operand]:
    """Every quantity of ``text`` in order of position, as the extractor reads it."""
    out: list[Operand] = []
    for m in printed_figures(text):
        if m.kind in NOT_QUANTITIES or _is_time(text, m.end, m.reading.unit):
            continue
        if _EN_LABEL.search(text, max(0, m.start - 10), m.start):
            continue
        bare = m.reading.unit is None and m.reading.scale == 1 and m.reading.value is not None
        age = _EN_AGE.search(text, max(0, m.start - 8), m.start) is not None or (
            _EN_AGE_PRINT.match(m.text) is not None and (
                _EN_AGE_AFTER.match(text, m.end) is not None
                or _EN_PEOPLE.search(text, max(0, m.start - 20), m.start) is not None))
        if bare and ((age and m.reading.value < 120)
                     or (_FISCAL_TAIL.search(text, max(0, m.start - 6), m.start)
                     and len(m.text) == 2)):
            continue
        if m.text.startswith("零") and m.reading.value == 0:
            continue  # 零件, 零部件: a word, not the number nought
        out.append(Operand(m.start, m.end, m.text, m.reading))
    return out


def _is_time(text: str, end: int, unit: str | None) -> bool:
    """2019年, 11月, and the first month of a range of months (1至11月, 1-7月份)."""
    return unit is None and (text.startswith(_DATE_UNITS, end)
                             or _PERIOD_RANGE.match(text, end) is not None)


def value_text(fig: Operand) -> str:
    """The figure as a claim's ``value``: digits and qualifier as printed, unit as the registry
    spells it, negative after a word of decline."""
    r = fig.reading
    sign = "-" if fig.negative else ""
    body = r.text.strip()
    if r.unit_kind is UnitKind.PERCENTAGE_POINT:
        body = re.sub(rf"\s*(?:{lexicon.alternation(lexicon.words('percentage_point'))})$", "",
                      body) + " pp"
    elif r.unit_kind is UnitKind.PERCENT:
        # five percent stays in words: the claims grammar reads it, not "five%"
        body = re.sub(rf"(?<=\d)\s*(?:{lexicon.alternation(lexicon.words('percent'))})$", "%",
                      body)
    if sign:
        # a currency sign stays in front: $-48.3 billion (a deficit of $48.3 billion)
        lead = re.match(r"^[^\d\s.+-]+(?=\d)", body)
        if lead:
            return lead.group(0) + sign + body[lead.end():]
    return sign + body
