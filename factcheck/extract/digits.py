"""Figures written with digits, in Chinese or English running text.

Works on one folded paragraph (see lexicon.fold): ``folded`` gives the patterns a single
alphabet, ``text`` gives the mention its characters as printed. Offsets are shared.
"""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck.extract import en
from factcheck.extract.lexicon import (
    EN_PREFIXES,
    TIME_UNITS,
    ZH_PREFIXES,
    canonical,
    ends_at,
    match_unit,
)
from factcheck.extract.mentions import Kind, Mention
from factcheck.extract.reading import fast_bounds, from_reading, point, read
from factcheck.extract.zh import years_ago
from factcheck.numbers.reading import Qualifier, UnitKind

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"

_DATE_ZH = re.compile(
    r"(?:\d{4}年)?\d{1,2}(?:[—–~-]\d{1,2})?月(?:份)?(?:\d{1,2}(?:[—–~-]\d{1,2})?[日号])?(?!\d)"
    r"|\d{1,2}(?:[—–~-]\d{1,2})?[日号](?!\d)"
    r"|\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)"
)
_DATE_NEXT = frozenset("年月日号—–~-/.")
_EN_DATE_NEXT = frozenset({"", " ", ",", ".", "s", "n", "r", "t", ";", ")"})
_RATIO = re.compile(r"(?:[:：]\d+(?:\.\d+)?)+")
_ID_LEFT = re.compile(r"[A-Za-z][A-Za-z-]*$")
_ID_RIGHT = re.compile(r"[A-Za-z0-9]*")
_ORDINAL_EN = re.compile(r"(?:st|nd|rd|th)\b")
_CURRENCY = ("US$", "$", "¥", "€", "£")
_QUOTES_OPEN = "“\"「『《‘'"
_QUOTES_CLOSE = "”\"」』》’'"
_ZH_MARKERS = ("上世纪", "连续", "第", "每", "前")


_TAIL = re.compile(
    r"(?P<scale>万亿|亿|万|千(?![米克瓦])"
    r"|\s?(?:trillion|billion|million|thousand)\b|(?:bn|tn|mn)\b)?"
    r"(?P<many>[多余])?"
    r"(?P<scale2>万亿|亿|万)?"
    r"(?P<mixed>(?<=[万亿])\d{1,4}(?![\d.,]))?"
)
_POSTS = ("以上", "以下", "左右", "上下", " or more", " plus")
_POST_FIRST = frozenset("以左上 ")


_PREFIX_LAST = frozenset(w[-1] for w in ZH_PREFIXES) | {" "}
_MARKER_LAST = frozenset(w[-1] for w in _ZH_MARKERS) | {" "}


def _prefix(folded: str, s: int) -> tuple[int, str]:
    """Start and text of a qualifier word (超过, more than) just before offset ``s``."""
    if s == 0 or folded[s - 1] not in _PREFIX_LAST:
        return s, ""
    head = folded[max(0, s - 14):s]
    for word in ZH_PREFIXES:
        if head.endswith(word):
            before = folded[s - len(word) - 1] if s > len(word) else ""
            if word == "近" and before in "最附临":
                continue
            return s - len(word), word
    if head.endswith(" "):
        low = head.lower()
        for word in EN_PREFIXES:
            cut = s - len(word) - 1
            if low.endswith(word + " ") and (cut == 0 or not folded[cut - 1].isalpha()):
                return cut, word + " "
    return s, ""


def _marker(folded: str, s: int) -> str:
    if s == 0 or folded[s - 1] not in _MARKER_LAST:
        return ""
    for word in _ZH_MARKERS:
        if ends_at(folded, word, s):
            if word == "前" and years_ago(folded, s - 1):
                return ""
            return word
    return en.marker(folded, s)


def scan_digits(folded: str, text: str, s: int, e: int, base: int,
                out: list[Mention]) -> int:
    """Append the mention(s) whose digits are folded[s:e]; return where scanning resumes."""
    if s > 0 and folded[s - 1].isascii() and folded[s - 1].isalpha():
        left = _ID_LEFT.search(folded, 0, s)
        start = left.start() if left else s
        end = _ID_RIGHT.match(folded, e).end()  # type: ignore[union-attr]
        out.append(point(base + start, base + end, text[start:end], None, Kind.IDENTIFIER))
        return end
    after = folded[e:e + 1]
    date = _DATE_ZH.match(folded, s) if after and after in _DATE_NEXT else None
    if date and _valid_date(date.group(0)):
        out.append(point(base + s, base + date.end(), text[s:date.end()], None, Kind.DATE))
        return date.end()
    dated = en.date_around(folded, s, e) if after in _EN_DATE_NEXT else None
    if dated is not None:
        a, b = dated
        out.append(point(base + a, base + b, text[a:b], None, Kind.DATE))
        return b
    ratio = _RATIO.match(folded, e) if after and after in ":：" else None
    if ratio and _is_ratio(folded[s:ratio.end()]):
        for part in re.finditer(NUMBER, folded[s:ratio.end()]):
            a, b = s + part.start(), s + part.end()
            r = read(folded[a:b])
            if r is not None:
                out.append(from_reading(base + a, base + b, text[a:b], r, None, Kind.RATIO))
        return ratio.end()
    return _figure(folded, text, s, e, base, out)


def _figure(folded: str, text: str, s: int, e: int, base: int, out: list[Mention]) -> int:
    tail = _TAIL.match(folded, e)
    assert tail is not None  # every group is optional
    unit_start = tail.end()
    unit_end = match_unit(folded, unit_start)
    end = unit_end
    post = ""
    if folded[end:end + 1] in _POST_FIRST:
        post = next((p for p in _POSTS if folded.startswith(p, end)), "")
    end += len(post)
    number = folded[s:e]
    if end == e and end < len(folded) and folded[end].isascii() and folded[end].isalpha():
        if _ORDINAL_EN.match(folded, end):
            stop = _ORDINAL_EN.match(folded, end).end()  # type: ignore[union-attr]
            out.append(point(base + s, base + stop, text[s:stop], Fraction(number),
                             Kind.ORDINAL))
            return stop
        stop = _ID_RIGHT.match(folded, e).end()  # type: ignore[union-attr]
        out.append(point(base + s, base + stop, text[s:stop], None, Kind.IDENTIFIER))
        return stop
    if end == e and _is_label(folded, number, s, e):
        out.append(point(base + s, base + e, text[s:e], None, Kind.IDENTIFIER))
        return e
    start, currency = s, ""
    if s and folded[s - 1] in "$¥€£":
        currency = next(sym for sym in _CURRENCY if ends_at(folded, sym, s))
        start = s - len(currency)
    start, qual = _prefix(folded, start)
    if qual.strip() in ("over", "under", "above", "below", "some") and not _en_context(folded, s):
        start, qual = start + len(qual), ""
    mark = _marker(folded, start)
    unit_text = folded[unit_start:unit_end]
    unit = text[unit_start:unit_end].strip() or None
    if currency:
        unit = text[s - len(currency):s]
    scale, scale2 = tail.group("scale") or "", tail.group("scale2") or ""
    fast = None
    if not (currency or tail.group("mixed") or (scale and scale2) or qual.endswith(" ")):
        fast = fast_bounds(number, scale or scale2, bool(tail.group("many")),
                           unit_text, qual, post)
    if fast is not None:
        value, low, high, qualifier, by_unit = fast
    else:
        figure = qual + currency + number + folded[e:end]
        if qual.endswith(" ") and not currency:
            figure = qual + number + folded[e:end]
        reading = read(figure) or read(number)
        if reading is None:
            return e
        value, low, high = reading.value, reading.interval.lo, reading.interval.hi
        qualifier, by_unit = reading.qualifier, reading.unit_kind
    kind = _kind(by_unit, qualifier, unit, mark, number, scale or scale2)
    if mark and kind in (Kind.RATE, Kind.ORDINAL, Kind.DURATION, Kind.YEAR):
        start -= len(mark)
    if kind is Kind.YEAR:
        out.append(_year(folded, text, start, end, base, number, unit, mark))
        return end
    if kind is Kind.ORDINAL:
        out.append(point(base + start, base + end, text[start:end], value, kind, unit,
                         canonical(unit)))
        return end
    out.append(Mention(base + start, base + end, text[start:end], value, low, high, unit,
                       canonical(unit), qualifier, kind))
    return end


_BY_UNIT = {UnitKind.PERCENT: Kind.PERCENT, UnitKind.PERCENTAGE_POINT: Kind.PERCENTAGE_POINT,
            UnitKind.MULTIPLE: Kind.MULTIPLE}


def _kind(by_unit: UnitKind, qualifier: Qualifier, unit: str | None, mark: str, number: str,
          scale: str | None) -> Kind:
    if by_unit in _BY_UNIT:
        return _BY_UNIT[by_unit]
    if mark in ("每", "per", "every"):
        return Kind.RATE
    low = (unit or "").lower()
    if low in ("年代", "decade", "decades"):
        return Kind.YEAR
    if low == "年":
        if mark in ("连续", "前", "近") or scale or "." in number:
            return Kind.DURATION
        return Kind.YEAR if 1000 <= int(number.replace(",", "")) <= 2199 else Kind.DURATION
    if low in TIME_UNITS:
        return Kind.DURATION
    if mark in ("第", "前", "top"):
        return Kind.ORDINAL
    if (unit is None and not scale and qualifier is Qualifier.EXACT
            and en.looks_like_year(number)):
        return Kind.YEAR
    return Kind.AMOUNT


def _year(folded: str, text: str, start: int, end: int, base: int, number: str,
          unit: str | None, mark: str) -> Mention:
    n = int(number)
    if unit == "年代" or (unit or "").lower().startswith("decade"):
        first = n + 1900 if n < 100 else n
        return point(base + start, base + end, text[start:end], Fraction(first), Kind.YEAR,
                     unit, "decade", Fraction(first), Fraction(first + 9))
    name = "calendar_year" if unit else None
    return point(base + start, base + end, text[start:end], Fraction(n), Kind.YEAR, unit, name)


def _valid_date(date: str) -> bool:
    nums = [int(n) for n in re.findall(r"\d+", date)]
    if "月" in date:
        months = nums[1:] if re.match(r"\d{4}年", date) else nums
        return all(1 <= m <= 12 for m in months[:1])
    if "-" in date or "/" in date or "." in date:
        return 1 <= nums[1] <= 12 and 1 <= nums[2] <= 31
    return all(1 <= d <= 31 for d in nums)


def _is_ratio(s: str) -> bool:
    parts = re.split(r"[:：]", s)
    return len(parts) >= 3 or any("." in p for p in parts)


def _is_label(folded: str, number: str, s: int, e: int) -> bool:
    """“33618”, 阿维塔07: digits that name something rather than count it."""
    if number.startswith("0") and len(number) > 1 and "." not in number:
        return True
    return (s > 0 and e < len(folded) and folded[s - 1] in _QUOTES_OPEN
            and folded[e] in _QUOTES_CLOSE and number.isdigit())


def _en_context(folded: str, s: int) -> bool:
    return s >= 2 and folded[s - 1] == " " and folded[s - 2].isascii()
