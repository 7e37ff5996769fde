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
