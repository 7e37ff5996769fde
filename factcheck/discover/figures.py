"""Figures of an article: the extractor for Chinese text, a small reader for English."""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon
from factcheck.discover.relation import Fig
from factcheck.extract import Kind
from factcheck.extract.figures import printed_figures
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.numbers.reading import UnitKind
from factcheck.units import UnknownUnitError, resolve

_EN_UNIT_WORDS = (lexicon.words("percentage_point", "en") + lexicon.words("percent", "en")
                  + lexicon.words("multiple", "en"))
_EN_NOUN = r"(?:\s+(?P<noun>[A-Za-z][A-Za-z-]*))?"


@cache
def _en_pattern() -> re.Pattern[str]:
    units = lexicon.alternation(_EN_UNIT_WORDS)
    signs = lexicon.alternation(list(lexicon.table("currencies")))
    scales = lexicon.alternation([w for w in lexicon.table("scales", "en") if len(w) > 1])
    return re.compile(
        rf"(?P<cur>{signs})?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        rf"(?:\s*(?P<scale>{scales})\b)?"
        rf"(?:\s*(?P<unit>{units}))?" + _EN_NOUN,
    )


def find_figures(text: str, language: str) -> list[Fig]:
    """Every figure of ``text`` in order of position."""
    if language == "en":
        return _english(text)
    return [Fig(m.start, m.end, m.text, m.reading) for m in printed_figures(text)
            if m.kind not in NOT_QUANTITIES and (not m.in_words or m.reading.estimate)
            and not _is_year(text, m.end, m.reading.unit)]


# Printed numbers that name a time or a thing rather than measure it (第2季, 11月, M7, 前三季度):
# no relation is stated between them and amounts or rates.
NOT_QUANTITIES = frozenset({Kind.YEAR, Kind.DATE, Kind.ORDINAL, Kind.IDENTIFIER, Kind.DURATION})
# Quarter 3, Figure 1, Table 2, Q3: a label, not a count
_EN_LABEL = re.compile(r"(?:\b(?:Quarter|Figure|Table|Chart|Annex|Section|Q)\s?|[A-Za-z]-)$")


def _non_quantities(text: str) -> list[tuple[int, int]]:
    from factcheck.extract import extract

    return [(m.start, m.end) for m in extract(text) if m.kind in NOT_QUANTITIES]


def _is_year(text: str, end: int, unit: str | None) -> bool:
    """2019年, 11月, and the first month of a range of months (1至11月, 1-7月份)."""
    return unit is None and (text[end:end + 1] in ("年", "月", "日")
                             or _MONTH_RANGE.match(text, end) is not None)


_MONTH_RANGE = re.compile(r"(?:至|到|-|—|－|~|～)\d{1,2}(?:月|年)")


def _english(text: str) -> list[Fig]:
    out: list[Fig] = []
    labels = _non_quantities(text)
    for m in _en_pattern().finditer(text):
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue
        if _EN_LABEL.search(text, max(0, start - 10), start) or \
                any(a < m.end("num") and start < b for a, b in labels):
            continue
        num = m.group("num")
        if re.fullmatch(r"(19|20)\d\d", num) and not (m.group("unit") or m.group("scale")
                                                        or m.group("cur")):
            continue  # a year
        end = m.end("unit") if m.group("unit") else (m.end("scale") if m.group("scale")
                                                     else m.end("num"))
        body = text[start:end]
        noun = m.group("noun")
        if noun and not m.group("unit"):
            # a unit word after the figure (yuan, tonnes, vehicles) when the registry knows it
            try:
                resolve(noun)
                body = text[start:m.end("noun")]
                end = m.end("noun")
            except UnknownUnitError:
                pass
        try:
            reading = read_figure(body)
        except (NumberError, UnknownUnitError):
            continue
        out.append(Fig(start, end, text[start:end], reading))
    return out


def value_text(fig: Fig) -> str:
    """The figure as a claim's ``value``: digits and qualifier as printed, unit as the registry
    spells it, negative after a word of decline."""
    r = fig.reading
    sign = "-" if fig.negative else ""
    body = r.text.strip()
    if r.unit_kind is UnitKind.PERCENTAGE_POINT:
        body = re.sub(rf"\s*(?:{lexicon.alternation(lexicon.words('percentage_point'))})$", "",
                      body) + " pp"
    elif r.unit_kind is UnitKind.PERCENT:
        body = re.sub(rf"\s*(?:{lexicon.alternation(lexicon.words('percent'))})$", "%", body)
    if sign:
        # a currency sign stays in front: $-48.3 billion (a deficit of $48.3 billion)
        lead = re.match(r"^[^\d\s.+-]+(?=\d)", body)
        if lead:
            return lead.group(0) + sign + body[lead.end():]
    return sign + body
