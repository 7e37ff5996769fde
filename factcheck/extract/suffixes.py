"""Shared suffixes: in 分别高出6.7和5.8个百分点 the unit printed once belongs to both figures."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import (
    EN_SCALE_ABBREVIATIONS,
    EN_SCALE_WORDS,
    YEAR_PREPOSITIONS,
    ZH_BIG_SCALES,
    canonical,
    currency_names,
    fold,
)
from factcheck.extract.mentions import Kind, Mention
from factcheck.extract.reading import from_reading, point, read, unit_kind
from factcheck.languages import lexicon
from factcheck.numbers.reading import Qualifier

# marks between listed figures are no words of a language; the words are each pack's
_SEPARATORS = frozenset({"、", "-", "—", "–", "~", "～", ",", "，",
                         *lexicon.words("unit_share_joiners", lexicon.languages(spaced=False)),
                         *(f" {w} " for w in lexicon.words("unit_share_joiners",
                                                          lexicon.languages(spaced=True)))})
# a day or a month printed as one or two digits (3月, 12日): a list before it names the same
_LISTED_DATE = re.compile(r"^\d{1,2}(?!\d)")
_SCALE = re.compile(rf"[\d.,]+({ZH_BIG_SCALES}|\s?(?:{EN_SCALE_WORDS})\b|{EN_SCALE_ABBREVIATIONS})")


def share_suffixes(mentions: list[Mention], folded: str, text: str, base: int) -> list[Mention]:
    """Give a bare figure the unit (and multiplier) of the figure it is listed with."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        m, nxt = out[i], out[i + 1]
        if m.kind is Kind.AMOUNT and nxt.kind is Kind.DATE and m.unit is None and \
                _LISTED_DATE.match(m.text) and _LISTED_DATE.match(nxt.text) and \
                folded[m.end - base:nxt.start - base] in _SEPARATORS:
            # 1、2、3月, 1、2月份: each number of the list is a month (a day) like the last
            out[i] = point(m.start, m.end, m.text, None, Kind.DATE)
            continue
        if m.kind not in (Kind.AMOUNT, Kind.YEAR) or nxt.unit is None:
            continue
        # 0.6个、1.1个百分点: the first figure prints only the head of the shared unit
        head = m.unit is not None and len(nxt.unit) > len(m.unit) and \
            fold(nxt.unit).startswith(fold(m.unit)) and m.text.endswith(m.unit)
        if m.unit is not None and not head:
            continue
        if nxt.kind in (Kind.IDENTIFIER, Kind.DATE, Kind.ORDINAL, Kind.RATIO):
            continue
        if m.kind is Kind.YEAR and nxt.kind not in (Kind.YEAR, Kind.DURATION) and \
                not nxt.text[:1].isdigit() and m.text[:1] not in "$€£":
            # fiscal year 2010 to $430.7 billion: a year, not 2010 billion dollars (the sign
            # printed before the next figure only is not shared, 2000至3000亿元 is)
            continue
        if m.kind is Kind.YEAR and m.value is not None and nxt.value is not None \
                and m.value >= nxt.value:
            # from 5.7 percent in 2016 to 4.3 percent: a year, then the level reached; a
            # range's lower end (2000至3000亿元) stands below its upper
            continue
        if m.kind is Kind.YEAR and YEAR_PREPOSITIONS.search(folded, 0, m.start - base):
            continue  # 5.0% in 2011 and 4.3% in 2010: a time, whatever follows it
        gap = folded[m.end - base:nxt.start - base]
        if gap not in _SEPARATORS and gap.rstrip("+") not in _SEPARATORS:
            continue
        if nxt.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT) and m.value is not None and \
                nxt.value and abs(m.value) >= 100 * abs(nxt.value):
            # down by 262 or 0.8 per cent, 28 per cent to 7,382 and 19 per cent: a count and
            # a rate of another size, not one list of rates (5 or 6 per cent is)
            continue
        own = folded[m.start - base:m.end - base]
        if head and m.unit is not None:
            own = own[:len(own) - len(m.unit)]
        scale = ""
        if not _SCALE.match(own):
            s = _SCALE.match(fold_digits(folded[nxt.start - base:nxt.end - base]))
            scale = s.group(1) if s else ""
        unit_folded = fold(nxt.unit)
        reading = read(own + scale + unit_folded)
        if reading is None:
            continue
        kind = unit_kind(reading)
        if nxt.kind in (Kind.YEAR, Kind.DURATION, Kind.RATE) and kind is Kind.AMOUNT:
            kind = nxt.kind
        if kind is Kind.YEAR and nxt.value is not None and reading.value.denominator == 1:
            out[i] = Mention(m.start, m.end, m.text, reading.value, reading.value,
                             reading.value, nxt.unit, nxt.canonical, m.qualifier, kind)
            continue
        out[i] = from_reading(m.start, m.end, m.text, reading, nxt.unit, kind)
        if out[i].canonical is None:
            out[i] = _with_canonical(out[i], canonical(nxt.unit))
    return out


# what joins the items of a list that share one qualifier: 約50%和30%, about 5% and 7%
_QUALIFIER_JOINS = frozenset({"、", ", ",
                              *lexicon.words("list_joiners", lexicon.languages(spaced=False)),
                              *(f"{c} {w} " for w in lexicon.words("list_joiners",
                                                                  lexicon.languages(spaced=True))
                                for c in ("", ","))})
# a figure starts with a digit, a sign or a numeral of a language (the qualifier before it)
_FIGURE_START = re.compile(
    rf"[\d$€£¥+\-−{''.join(lexicon.table('numerals'))}{''.join(lexicon.table('numeral_units'))}]")
_SHARED_KINDS = frozenset({Kind.AMOUNT, Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MULTIPLE})


def share_qualifiers(mentions: list[Mention], folded: str, base: int) -> list[Mention]:
    """Give the figures listed right after a qualified one its qualifier (約50%和30%, about
    5% and 7%, 近三成和四成): a list of the same unit with the qualifier printed once.

    Only a figure with no qualifier of its own, of the same kind and unit, joined by a list
    mark or word and nothing else takes it."""
    out = list(mentions)
    prefix = ""  # the qualifier the list began with, while the list goes on
    for i in range(1, len(out)):
        m, nxt = out[i - 1], out[i]
        if not prefix:
            own = folded[m.start - base:m.end - base]
            first = _FIGURE_START.search(own)
            prefix = own[:first.start()] if first is not None else ""
        if not prefix or m.qualifier in (Qualifier.EXACT, Qualifier.RANGE) or \
                nxt.qualifier is not Qualifier.EXACT or m.kind not in _SHARED_KINDS or \
                nxt.kind is not m.kind or nxt.canonical != m.canonical or \
                folded[m.end - base:nxt.start - base] not in _QUALIFIER_JOINS or \
                _FIGURE_START.match(folded, nxt.start - base) is None:
            prefix = ""
            continue
        reading = read(prefix + folded[nxt.start - base:nxt.end - base])
        if reading is None or reading.qualifier is not m.qualifier or \
                unit_kind(reading) is not nxt.kind:
            prefix = ""
            continue
        out[i] = from_reading(nxt.start, nxt.end, nxt.text, reading, nxt.unit, nxt.kind)
        if out[i].canonical != nxt.canonical:
            out[i] = _with_canonical(out[i], nxt.canonical)
    return out


_SCALE_RANGE_JOINS = frozenset({"-", "–", "—", "~", "～"})
_SCALE_AFTER = re.compile(rf"^[\d.,]+({ZH_BIG_SCALES}|\s?(?:{EN_SCALE_WORDS})\b|{EN_SCALE_ABBREVIATIONS})$",
                          re.IGNORECASE)


def share_currency_and_scale(mentions: list[Mention], folded: str, base: int) -> list[Mention]:
    """$3-4bn, £3–4 billion: the currency printed before the lower end and the multiplier
    after the upper end belong to both ends of the range (3 × 10⁹ to 4 × 10⁹ dollars)."""
    out = list(mentions)
    for i in range(len(out) - 1):
        lo, hi = out[i], out[i + 1]
        if lo.kind is not Kind.AMOUNT or hi.kind is not Kind.AMOUNT or hi.unit is not None \
                or lo.unit is None or lo.canonical not in currency_names() \
                or folded[lo.end - base:hi.start - base] not in _SCALE_RANGE_JOINS:
            continue
        own = folded[lo.start - base:lo.end - base]
        scale = _SCALE_AFTER.match(folded[hi.start - base:hi.end - base])
        if scale is None or not own.endswith(tuple("0123456789")) or _SCALE.match(fold_digits(own)):
            continue
        sign = own[:len(own) - len(fold_digits(own))]
        low, high = read(own + scale.group(1)), read(sign + folded[hi.start - base:hi.end - base])
        if low is None or high is None or low.value >= high.value:
            continue
        out[i] = from_reading(lo.start, lo.end, lo.text, low, lo.unit, Kind.AMOUNT)
        out[i + 1] = from_reading(hi.start, hi.end, hi.text, high, lo.unit, Kind.AMOUNT)
        out[i + 1] = _with_canonical(out[i + 1], lo.canonical)
        out[i] = _with_canonical(out[i], lo.canonical)
    return out


def fold_digits(s: str) -> str:
    """Drop a leading qualifier so the multiplier pattern sees the digits first."""
    m = re.search(r"\d", s)
    return s[m.start():] if m else s


def _with_canonical(m: Mention, name: str | None) -> Mention:
    return Mention(m.start, m.end, m.text, m.value, m.low, m.high, m.unit, name, m.qualifier,
                   m.kind)
