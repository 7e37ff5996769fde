"""Figures written with digits, in Chinese or English running text.

Works on one folded paragraph (see lexicon.fold): ``folded`` gives the patterns a single
alphabet, ``text`` gives the mention its characters as printed. Offsets are shared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from functools import cache, lru_cache, partial
from typing import Any

from factcheck.extract.lexicon import (
    CONTEXT_QUALIFIERS,
    EN_PREFIXES,
    EN_SCALE_ABBREVIATIONS,
    EN_SCALE_WORDS,
    NOT_QUALIFIERS,
    NOT_TENTHS_BEFORE,
    POSTS,
    ROC_ERA,
    TENTHS,
    TIME_UNITS,
    ZH_BIG_SCALE_CHARS,
    ZH_BIG_SCALES,
    ZH_MARKERS,
    ZH_PREFIXES,
    canonical,
    ending_at,
    endings,
    ends_at,
    fold,
    inside_word,
    match_unit,
    roc_year,
    zh_mixed_word,
    zh_thousand,
)
from factcheck.extract.mentions import Kind, Mention
from factcheck.extract.paragraphs import unbroken
from factcheck.extract.reading import fast_bounds, from_reading, point, read
from factcheck.languages import lexicon, modules
from factcheck.numbers.grammar import MAX_DIGITS
from factcheck.numbers.reading import Qualifier, UnitKind

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"

# 2024-05-06, 2024/5/6, 2024.5.6: a date in digits alone, in every language (dates written
# with words are each language's: its mentions.date_at and date_around)
_DATE_DIGITS = re.compile(r"\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)")
_DATE_DIGITS_NEXT = frozenset("-/.")
# 4/23, 11/3/2025: a month and a day (or a day and a month) with a slash
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2})(?!\d))?(?![\d/]|[.,]\d)")
_NOT_DATE_AFTER = frozenset("%‰")
_SLASH_DAY_UNITS = tuple(lexicon.words("slash_date_units"))
_SLASH_DATE_AFTER = tuple(lexicon.words("slash_date_after"))
_SLASH_DATE_BEFORE = endings(tuple(lexicon.words("slash_date_before")))
# Figure 1, Table 2: a label; Quarter 3, Week 12: a period
_LABEL_NOUN = re.compile(rf"(?i:\b(?:{lexicon.alternation(lexicon.words('label_nouns'))}) $)")
_PERIOD_NOUN = re.compile(rf"(?i:\b(?:{lexicon.alternation(lexicon.words('period_nouns'))}) $)")
# EU 28, G 20: a name completed by its number
_NUMBERED_NAME = re.compile(
    rf"(?<![A-Za-z])"
    rf"(?:{lexicon.alternation(lexicon.words('numbered_names', lexicon.languages(spaced=True)))}) $")
# 欧盟27国: a bloc named with the count of its members
_NUMBERED_NAME_ZH = tuple(lexicon.words("numbered_names", lexicon.languages(spaced=False)))
_NUMBERED_COUNTERS = tuple(lexicon.words("numbered_name_counters"))
_EN_DATE_NEXT = frozenset({"", " ", ",", ".", "s", "n", "r", "t", ";", ")"})
_MALFORMED_GROUPING = re.compile(r"\d+(?:,\d{3})*,\d{4,}")
_RATIO = re.compile(r"(?:[:：]\d+(?:\.\d+)?)+")
_ID_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")
_ID_RIGHT = re.compile(r"[A-Za-z0-9]*")
_ORDINAL_EN = re.compile(r"(?:st|nd|rd|th)\b")
_CURRENCY = tuple(lexicon.table("currencies"))  # longest first
_CURRENCY_LAST = frozenset(sign[-1] for sign in _CURRENCY)
_CURRENCY_ENDINGS = endings(_CURRENCY)
_SIGN_LAST = frozenset(c for c in _CURRENCY_LAST if not c.isalnum())
# currencies written in letters (RM, Rs, Rp): a sign only as a word of its own
_LETTER_CURRENCY_ENDINGS = endings(tuple(c for c in _CURRENCY if c.rstrip(".")[-1:].isalpha()))


def _letter_currency(folded: str, at: int) -> str:
    """The currency in letters that ends at ``at`` as a word of its own (RM403.99 billion,
    Rs 41.74 lakh crore), or ""."""
    cur = ending_at(folded, at, _LETTER_CURRENCY_ENDINGS)
    if cur is None or (at > len(cur) and folded[at - len(cur) - 1].isalnum()):
        return ""
    return cur
_QUOTES_OPEN = "“\"「『《‘'"
_QUOTES_CLOSE = "”\"」』》’'"
_ZH_MARKERS = ZH_MARKERS


_MANY = "".join(lexicon.words("many"))
_TAIL = re.compile(
    rf"(?P<scale>[ \u00a0\n]?(?:{ZH_BIG_SCALES})|{zh_thousand()}"
    rf"|[\s-]?(?i:{EN_SCALE_WORDS})\b|(?i:{EN_SCALE_ABBREVIATIONS})\b)?"
    rf"(?P<many>[{_MANY}])?"
    rf"(?P<scale2>{ZH_BIG_SCALES})?"
    # 3万4000, 1,158萬7千, 2億3千萬, 3万4千5百: later parts, each with a smaller multiplier
    rf"(?P<mixed>(?<=[{ZH_BIG_SCALE_CHARS}])(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+){zh_mixed_word()})*"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:{zh_mixed_word()})?(?![\d.,]))?"
)
# what a non-empty _TAIL starts with (or white space)
_TAIL_FIRST = frozenset(w[0] for w in (*lexicon.table("scales"), *lexicon.table("scales_traditional"))
                        if len(w) > 1 or not w.isascii()) \
    | frozenset(_MANY) | frozenset("-BTM")
# footnote and provisional marks between a figure and its multiplier: 7.18** million, 3.2(p)
_NOTE = re.compile(r"\*+|[†‡]+|\((?:p|r|e|P|R|E)\)")
_NOTE_FIRST = frozenset("*†‡(")
# after a currency sign, m and k are multipliers: US$48m, £300k
_STREAK_BEFORE = frozenset(lexicon.words("streak_before"))
_STREAK_AFTER = frozenset(lexicon.words("streak_after"))
_LABEL_SUFFIXES = lexicon.words("label_suffixes")
_HOUR = lexicon.alternation(lexicon.words("clock_hour"))
_HOUR_MIN = lexicon.alternation(lexicon.words("clock_hour_with_minute"))
_MINUTE = lexicon.alternation(lexicon.words("clock_minute"))
_CLOCK = re.compile(
    rf"(?P<h>\d{{1,2}})(?::(?P<m>[0-5]\d)(?![\d.:])|(?:{_HOUR})(?:(?P<m2>\d{{1,2}})(?:{_MINUTE}))?"
    rf"|(?:{_HOUR_MIN})(?P<m3>\d{{1,2}})(?:{_MINUTE}))")
_MODEL = re.compile(rf" (?:{lexicon.alternation(lexicon.words('model_suffixes'))})\b")
_DIGIT_RUN = re.compile(r"[\d,.]*(?:\D|$)")
_FOOTNOTE = re.compile(r"\[\d{1,2}\]")
_LIST_MARKER = re.compile(r"(?:\.|、|\))(?=\s*\D)")
_MONEY_SCALE = re.compile(r"[mk](?![A-Za-z])")
# 2018-19, 2017–18, 2018/19: a fiscal or crop year, one period (the second year is the next)
_SPLIT_YEAR = re.compile(r"(\d{4})[-–/](\d{2})(?![\d%]|[.,]\d)")
# a 16-month high, the 12-month average: a duration written as an adjective
_TIME_ADJECTIVE = re.compile(
    rf"-(?i:{lexicon.alternation([w for w in TIME_UNITS if w.isascii()])})(?![A-Za-z])")
_STREAK = re.compile(
    rf" (?i:{lexicon.alternation(lexicon.words('streak_words'))}) "
    rf"(?i:{lexicon.alternation([w for w in TIME_UNITS if w.isascii()])})(?![A-Za-z])")
# a percent sign or word right after a figure, with or without the space web copy lost
_PERCENT_AFTER = re.compile(
    rf" ?(?i:{lexicon.alternation(lexicon.words('percent'))})(?![A-Za-z])")
# a percent word after the hyphen of an adjective (a 52.6-percent increase)
_HYPHEN_PERCENT = re.compile(
    rf"-(?i:{lexicon.alternation([w for w in lexicon.words('percent') if w[:1].isalpha()])})"
    r"(?![A-Za-z])")
_SCALE_AFTER = re.compile(
    rf" ?(?i:{lexicon.alternation(list(lexicon.table('scales')))})(?![A-Za-z])")
# climbed2.1 percent: a word of running prose glued to the figure (not a code such as M7)
_PROSE_WORD = re.compile(r"(?<![A-Za-z])[a-z]{4,}$")
# $206.3 Billion-2.1%: a multiplier ends the figure before, the dash is a minus
_SCALE_BEFORE = re.compile(rf"(?i:{EN_SCALE_WORDS})$")
# an ROC date printed as seven digits (1070307: 107-03-07) with nothing after it but a stop
_ROC_STAMP = re.compile(r"1(?:0\d|1\d|2\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_STAMP_END = re.compile(r"\s*(?:$|[)）\]】。\n])")
# a currency sign in letters the lexicon does not list (Sh, K, Le), and the scale after the
# figure that makes the letters money: a decimal, then a spaced scale word or a glued one
_UNNAMED_MONEY = re.compile(r"[A-Z][a-z]{0,2}")
_MONEY_AFTER = re.compile(
    rf"\.\d+(?: (?i:{EN_SCALE_WORDS})\b|(?i:{EN_SCALE_ABBREVIATIONS})\b)|"
    rf"(?: (?i:{EN_SCALE_WORDS})\b|(?i:{EN_SCALE_ABBREVIATIONS})\b)")
# (1)一般贸易…;(2)对欧盟…: a bracketed list number at the head of a clause
_BRACKETED_MARKER = re.compile(r"[)）](?![\d.%])")
_CLAUSE_HEAD = frozenset("：:；;。！？!?\n ")
_AGE = re.compile(rf"\d{{1,3}}(?:[~～—–-]\d{{1,3}})?"
                  rf"(?:{lexicon.alternation(lexicon.words('age_suffix'))})")
_AGE_MEASURED = re.compile(lexicon.alternation(lexicon.words("age_measured_before")))
# an English age band: aged 15 to 64, ages 25-54; persons under 25, (under 25), over 65 years
_AGE_NOUNS = frozenset(w for w in lexicon.words("label_nouns")
                       if w in lexicon.words("age_brackets"))
_AGE_BAND_END = re.compile(
    rf"(?: ?(?:{lexicon.alternation(lexicon.words('age_band_to'))}) ?\d{{1,3}}"
    r"(?![\d%]|[.,]\d)"
    rf"| (?i:{lexicon.alternation(lexicon.words('age_after'))})(?![A-Za-z]))")
_AGE_BRACKETS = frozenset(lexicon.words("age_brackets"))
# aged between 25 and 44: the label, a word, then the band
_AGE_BAND_FROM = re.compile(
    rf"(?i:\b(?:{lexicon.alternation(tuple(_AGE_NOUNS))}) "
    rf"(?:{lexicon.alternation(lexicon.words('age_band_from'))}) $)")
# the 45-64 age bracket: a band named by the noun after it
_AGE_BAND_NAMED = re.compile(
    rf"([-–]\d{{1,3}}) ?(?i:{lexicon.alternation(lexicon.words('age_band_nouns'))})\b")
_AGE_PEOPLE = re.compile(
    rf"(?i:\b(?:{lexicon.alternation(lexicon.words('age_people'))})\W{{0,3}}$)")
# as compared to (-) 1.8 per cent: a minus printed in brackets before the figure
# 600519.SH, 2330.TW: an exchange's suffix after a stock code (upper case, as printed)
_TICKER = re.compile(rf"\.(?:{lexicon.alternation(lexicon.words('ticker_suffixes'))})(?![A-Za-z0-9])")
_CODE_WORDS = endings(tuple(lexicon.words("code_words")))
_PHONE = re.compile(r"\d{2,4}-\d{3,8}(?:-\d{3,4})?(?![\d.%])")
_PHONE_WORD = re.compile(rf"(?i:{lexicon.alternation(lexicon.words('phone_words'))})")
_DIGIT_CLASSIFIERS = frozenset(lexicon.words("digit_classifiers"))
_EN_NOT_QUALIFIER = re.compile(
    rf"(?<![A-Za-z])(?i:{lexicon.alternation([w for w in NOT_QUALIFIERS if w.isascii()])}) $")
# (minus 6.2%, negative 0.3 per cent: a minus written as a word)
_BRACKETED_MINUS = re.compile(
    rf"(?:\(-\) ?|(?<![A-Za-z])(?i:{lexicon.alternation(lexicon.words('minus_words'))}) )$")
# 本(104)年, 上(12)月, 昨(24)日: a year, month or day named in brackets, no figure
_BRACKETED_DATE_BEFORE = frozenset(lexicon.words("bracketed_date_before"))
_BRACKETED_PERIOD = tuple(")" + w for w in lexicon.words("period_units"))
# 昨(24)日: a day named in brackets
_BRACKETED_DAY = tuple(")" + w for w in lexicon.words("date_units")
                       if w not in lexicon.words("period_units"))
# 324億年升13.7%: 年 that begins a word of change after a figure is no unit of that figure
_CHANGE_AFTER_YEAR = tuple(w for w in (*lexicon.words("rise", lexicon.languages(spaced=False)),
                                         *lexicon.words("decline", lexicon.languages(spaced=False)))
                           if len(w) <= 2)
# what a marker before the digits makes of them (第3, top 10: a rank; 每60秒: a rate …) and
# the units of a year and a decade, in every language's words
_ORDINAL_MARKERS = frozenset(lexicon.words("ordinal_markers"))
_RATE_MARKERS = frozenset(lexicon.words("rate_markers"))
_INTERVAL_MARKERS = frozenset(lexicon.words("interval_markers"))
_SPAN_MARKERS = frozenset(lexicon.words("span_markers"))
_YEAR_UNITS = frozenset(lexicon.words("year_units"))
_DECADE_UNITS = frozenset(lexicon.words("decade_units"))
# 1.87m people is a count; 1.5m tall is a length (the words after a metre, in the lexicon)
_COUNTED_AFTER = re.compile(
    rf"(?i: (?:{lexicon.alternation(lexicon.words('word_counters'))})\b)")
_ABBREVIATED = re.compile(
    rf"m(?=[ ,;.)]|$)(?! (?:{lexicon.alternation(lexicon.words('after_metres'))})\b)")
_POSTS = POSTS
# 2倍多: the 多 of "more than" after a multiple's unit, unless it begins a word (多于)
_MULTIPLE_UNITS = frozenset(lexicon.words("multiple", "zh"))
_MANY_WORDS = lexicon.words("many", "zh")
_NOT_MANY_AFTER = tuple(lexicon.words("not_many_after", "zh"))
_SIGN_UNITS = frozenset(w for w in (*lexicon.words("percent"), *lexicon.words("per_mille"))
                        if len(w) == 1)
_POST_FIRST = frozenset(w[0] for w in POSTS)


_PREFIX_LAST = frozenset(w[-1] for w in ZH_PREFIXES) | {" "}
_MARKER_BY_LAST = {w[-1]: w for w in _ZH_MARKERS}  # no two markers end alike
assert len(_MARKER_BY_LAST) == len(_ZH_MARKERS)
_LEFT_WORD_LAST = _PREFIX_LAST | set(_MARKER_BY_LAST) | _CURRENCY_LAST
_ZH_PREFIX_SET = frozenset(ZH_PREFIXES)
_EN_PREFIX_BY_LAST: dict[str, tuple[str, ...]] = {}  # last letter → words, longest first
for _w in EN_PREFIXES:
    _EN_PREFIX_BY_LAST[_w[-1]] = (*_EN_PREFIX_BY_LAST.get(_w[-1], ()), _w)
_ZH_PREFIX_LENGTHS = tuple(sorted({len(w) for w in ZH_PREFIXES}, reverse=True))


def _prefix(folded: str, s: int) -> tuple[int, str]:
    """Start and text of a qualifier word (超过, more than) just before offset ``s``."""
    if s == 0 or folded[s - 1] not in _PREFIX_LAST:
        return s, ""
    for n in _ZH_PREFIX_LENGTHS:  # longest first, by set lookup rather than a loop of words
        if n <= s and folded[s - n:s] in _ZH_PREFIX_SET:
            if inside_word(folded, s):
                return s, ""  # 出超, 签约, 最近: words, not "more than", "about", "nearly"
            return s - n, folded[s - n:s]
    if folded[s - 1] == " " and s > 1:
        # 约 38%: a qualifier glued to no digit, a space set between them
        for n in _ZH_PREFIX_LENGTHS:
            if n < s and folded[s - 1 - n:s - 1] in _ZH_PREFIX_SET \
                    and not inside_word(folded, s - 1):
                return s - 1 - n, folded[s - 1 - n:s]
        low = folded[max(0, s - 14):s].lower()
        for word in _EN_PREFIX_BY_LAST.get(low[-2], ()):
            cut = s - len(word) - 1
            if low.endswith(word + " ") and (cut == 0 or not folded[cut - 1].isalpha()):
                if _EN_NOT_QUALIFIER.search(folded, max(0, s - 28), s):
                    return s, ""  # went up to 14.5%: the level reached, not "at most"
                return cut, word + " "
    return s, ""


def _marker(folded: str, s: int) -> str:
    """A marker word (第, 前, per, top …) ending just before ``s``, as a language reads it
    (its ``mentions.marker``), or ""."""
    if s == 0:
        return ""
    for marker in _asked("marker"):
        word: str = marker(folded, s)
        if word:
            return word
    return ""


@cache
def _asked(name: str) -> tuple[Callable[..., Any], ...]:
    """Each language's ``mentions.<name>``: what digits mean in its words (a marker before
    them, a date around them)."""
    found = (getattr(language, name, None) for language in modules("mentions"))
    return tuple(f for f in found if f is not None)


def _date_around(folded: str, s: int, e: int) -> tuple[int, int] | None:
    """A date written in a language's words around the digits at [s, e) (October 29), as
    its ``mentions.date_around`` reads it, or None."""
    for date_around in _asked("date_around"):
        found: tuple[int, int] | None = date_around(folded, s, e)
        if found is not None:
            return found
    return None


def looks_like_year(number: str) -> bool:
    """A bare 4-digit integer from 1900 to 2099 reads as a year (in 2023, since 1958)."""
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


def _id_start(folded: str, s: int) -> int:
    """Where the letters of an identifier before offset ``s`` begin (x in x-ray1): the
    first ASCII letter of the run of ASCII letters and hyphens that ends at ``s``.

    Walks back from ``s`` only over that run, so the identifiers of a text cost in all
    as much as the text (a pattern searched from offset 0 cost the whole text each).
    """
    i = s
    while i > 0 and folded[i - 1] in _ID_CHARS:
        i -= 1
    while i < s and folded[i] == "-":
        i += 1
    return i


def scan_digits(folded: str, text: str, s: int, e: int, base: int,
                out: list[Mention]) -> int:
    """Append the mention(s) whose digits are folded[s:e]; return where scanning resumes."""
    if e - s > MAX_DIGITS:
        # more digits than any figure has (the grammar's limit, and far below Python's
        # 4300-digit limit on int() of a string): a string of digits, like a serial number
        out.append(point(base + s, base + e, text[s:e], None, Kind.IDENTIFIER))
        return e
    code = _code_end(folded, s, e)
    if code is not None:
        # 600519.SH, 台積電（2330）, 股票代號2330, 致電2345-6789: a code or a telephone number
        start = s - 1 if folded[s - 1:s] in "(（" and folded[code - 1] in ")）" else s
        out.append(point(base + start, base + code, text[start:code], None, Kind.IDENTIFIER))
        return code
    split_year = _SPLIT_YEAR.match(folded, s)
    if split_year and looks_like_year(split_year.group(1)) and \
            int(split_year.group(2)) == (int(split_year.group(1)) + 1) % 100:
        # 2018-19: one period, neither the year 2018 nor a figure 19
        end = split_year.end()
        out.append(point(base + s, base + end, text[s:end], None, Kind.DATE))
        return end
    if s > 0 and folded[s - 1] == "[" and folded[e:e + 1] == "]" and e - s <= 3 and \
            folded[s:e].isdigit():
        # 增长13.0% [1]: a footnote or a citation mark, no figure
        out.append(point(base + s - 1, base + e + 1, text[s - 1:e + 1], None, Kind.IDENTIFIER))
        return e + 1
    if e - s == 7 and _ROC_STAMP.fullmatch(folded, s, e) and _STAMP_END.match(folded, e) \
            and not (s and (folded[s - 1].isalnum() or folded[s - 1] in ".,")):
        # (編輯:李信寬)1070307: a Taiwan news agency's date stamp, ROC 107-03-07, no figure
        out.append(point(base + s, base + e, text[s:e], None, Kind.DATE))
        return e
    if s > 0 and folded[s - 1].isascii() and folded[s - 1].isalpha() and \
            _PROSE_WORD.search(folded, max(0, s - 24), s) and _PERCENT_AFTER.match(folded, e):
        return _figure(folded, text, s, e, base, out)  # climbed2.1 percent: a lost space
    if s > 1 and folded[s - 1] == "-" and _SCALE_BEFORE.search(folded, max(0, s - 12), s - 1) \
            and _PERCENT_AFTER.match(folded, e):
        return _figure(folded, text, s, e, base, out)  # $206.3 Billion-2.1%: a minus
    if s > 0 and folded[s - 1].isascii() and folded[s - 1].isalpha() \
            and not _letter_currency(folded, s):
        start = _id_start(folded, s)
        if _UNNAMED_MONEY.fullmatch(folded, start, s) and _MONEY_AFTER.match(folded, e):
            # Sh1.2 billion, K2.3 million: a currency the lexicon does not name, before a
            # scale word; the amount is a figure (its currency is not read), not a code
            return _figure(folded, text, s, e, base, out)
        end = _ID_RIGHT.match(folded, e).end()  # type: ignore[union-attr]
        out.append(point(base + start, base + end, text[start:end], None, Kind.IDENTIFIER))
        return end
    if s > 1 and folded[s - 1] == "-" and folded[s - 2].isascii() and folded[s - 2].isalpha():
        # COVID-19, G-20: the digits end a name
        left = _id_start(folded, s - 1)
        start = left if left < s - 1 else s
        end = _ID_RIGHT.match(folded, e).end()  # type: ignore[union-attr]
        out.append(point(base + start, base + end, text[start:end], None, Kind.IDENTIFIER))
        return end
    if e - s <= 3 and folded[s:e].isdigit():
        # the 45-64 age bracket, aged between 25 and 44: one band that names people
        named_band = _AGE_BAND_NAMED.match(folded, e)
        band = _AGE_BAND_END.match(folded, e) \
            if _AGE_BAND_FROM.search(folded, max(0, s - 20), s) else None
        if named_band or band:
            stop = named_band.end(1) if named_band else band.end()  # type: ignore[union-attr]
            out.append(point(base + s, base + stop, text[s:stop], None, Kind.IDENTIFIER))
            return stop
    if s > 2 and folded[s - 1] == " " and folded[s - 2].isalpha() and folded[s - 2].isascii():
        head = folded[max(0, s - 12):s]
        named = _LABEL_NOUN.search(head) or _PERIOD_NOUN.search(head) or \
            _NUMBERED_NAME.search(head)
        if named and (_PERCENT_AFTER.match(folded, e) or _SCALE_AFTER.match(folded, e)):
            # the EU 28 per cent of, rose last month 14 per cent: a figure after the name
            named = None
        if named and folded[s:e].isdigit() and e - s <= 3 and folded[e:e + 1] != "%":
            start = s - (len(head) - named.start())
            kind = Kind.DATE if named.re is _PERIOD_NOUN else Kind.IDENTIFIER
            stop = e
            if named.group(0).strip().lower() in _AGE_NOUNS:
                band = _AGE_BAND_END.match(folded, e)
                stop = band.end() if band else e  # aged 15 to 64: one band, both ends
            out.append(point(base + start, base + stop, text[start:stop], None, kind))
            return stop
    if e - s <= 3 and folded.startswith(_NUMBERED_COUNTERS, e) and folded[s:e].isdigit():
        name = next((w for w in _NUMBERED_NAME_ZH if ends_at(folded, w, s)), "")
        if name:  # 欧盟27国, 东盟10国: a name, no figure
            start, stop = s - len(name), e + 1
            out.append(point(base + start, base + stop, text[start:stop], None, Kind.IDENTIFIER))
            return stop
    if _FOOTNOTE.match(folded, s - 1 if s else 0) and s and folded[s - 1] in "[(" and \
            s > 1 and not folded[s - 2].isspace():
        # 12.5亿元[1], grew 2.1%[3]: a footnote mark, no figure
        end = e + 1
        out.append(point(base + s - 1, base + end, text[s - 1:end], None, Kind.IDENTIFIER))
        return end
    if _LIST_MARKER.match(folded, e) and not folded[:s].strip():
        # 1. Exports rose, 2、出口: a list marker at the head of a paragraph
        out.append(point(base + s, base + e + 1, text[s:e + 1], None, Kind.IDENTIFIER))
        return e + 1
    if s and folded[s - 1] in _STREAK_BEFORE and folded[e:e + 1] in _STREAK_AFTER:
        # 连9红: nine rises in a row, a duration
        out.append(point(base + s - 1, base + e + 1, text[s - 1:e + 1], Fraction(folded[s:e]),
                         Kind.DURATION) if folded[s:e].isdigit() else
                   point(base + s - 1, base + e + 1, text[s - 1:e + 1], None, Kind.DURATION))
        return e + 1
    if s and folded[s - 1] in "(（" and (s == 1 or folded[s - 2] in _CLAUSE_HEAD) and \
            e - s <= 2 and folded[s:e].isdigit() and _BRACKETED_MARKER.match(folded, e):
        # (1)一般贸易快速增长;(2)对欧盟…: a list number, no figure
        out.append(point(base + s - 1, base + e + 1, text[s - 1:e + 1], None, Kind.IDENTIFIER))
        return e + 1
    period = next((w for w in _BRACKETED_PERIOD if folded.startswith(w, e)), "") \
        if s > 1 and folded[s - 1] == "(" and folded[s - 2] in _BRACKETED_DATE_BEFORE else ""
    if period and folded[s:e].isdigit():
        # 本(104)年, 上(12)月: the year or month named, no figure
        stop = e + len(period)
        out.append(point(base + s - 1, base + stop, text[s - 1:stop], None, Kind.DATE))
        return stop
    age = _AGE.match(folded, s)
    if age and not _AGE_MEASURED.search(folded, max(0, s - 6), s):
        # 25~44岁者, 15岁以上: an age group, no figure
        out.append(point(base + s, base + age.end(), text[s:age.end()], None, Kind.IDENTIFIER))
        return age.end()
    time_adjective = _TIME_ADJECTIVE.match(folded, e) if folded[e:e + 1] == "-" else (
        _STREAK.match(folded, e) if folded[e:e + 1] == " " else None)
    if time_adjective and folded[s:e].isdigit():
        # (for 11 straight months, 3 consecutive quarters: a streak, a duration)
        # a 16-month high: a duration, no figure
        end = time_adjective.end()
        out.append(point(base + s, base + end, text[s:end], Fraction(folded[s:e]), Kind.DURATION))
        return end
    label = next((w for w in _LABEL_SUFFIXES if folded.startswith(w, e)), "")
    day = next((w for w in _BRACKETED_DAY if folded.startswith(w, e)), "") \
        if s and folded[s - 1] == "(" else ""
    if label or day:
        # 「3字头」; 昨(24)日: a name and a date, no figures
        stop = e + len(label) if label else e + len(day)
        start = s if label else s - 1
        out.append(point(base + start, base + stop, text[start:stop], None,
                         Kind.IDENTIFIER if label else Kind.DATE))
        return stop
    clock = _CLOCK.match(folded, s)
    if clock and int(clock.group("h")) <= 24 and int(clock.group("m") or 0) <= 59:
        # 10:30, 10时30分: a time of day, no figure
        out.append(point(base + s, base + clock.end(), text[s:clock.end()], None, Kind.DATE))
        return clock.end()
    model = _MODEL.match(folded, e)
    if model and s > 1 and folded[s - 1] == " " and folded[s - 2].isalpha():
        left = _id_start(folded, s - 1)
        start = left if left < s - 1 else s
        out.append(point(base + start, base + model.end(), text[start:model.end()], None,
                         Kind.IDENTIFIER))
        return model.end()
    after = folded[e:e + 1]
    if after == "," and text[e] == ",":
        bad = _MALFORMED_GROUPING.match(folded, s)
        if bad:
            return bad.end()  # 1,2345: a malformed grouping is not a number
    date_end = _date_at(folded, s, e, after)
    if date_end is not None:
        out.append(point(base + s, base + date_end, text[s:date_end], None, Kind.DATE))
        return date_end
    dated = _date_around(folded, s, e) if after in _EN_DATE_NEXT else None
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
    t = e
    if folded[e:e + 1] in _NOTE_FIRST:
        note = _NOTE.match(folded, e)
        t = note.end() if note else e
    nxt = folded[t:t + 1]
    if nxt in _TAIL_FIRST or nxt.isspace():
        tail = _TAIL.match(folded, t)
        assert tail is not None  # every group is optional
        unit_start = tail.end()
        scale, many, scale2, mixed = tail.groups("")
        if scale[:1].isspace() and not scale[1:2].isspace():
            scale = scale.lstrip()  # 238.4 亿美元: a space before the multiplier
        if scale.isascii():
            scale = scale.lower()  # $55.2 Billion in a table's title case
        if scale and not mixed and folded[unit_start:unit_start + 1].isdigit() \
                and not scale.isascii():
            # 1兆2,5100億, 3万40000: a malformed mixed figure is no figure, not the 1兆 before it
            return _DIGIT_RUN.match(folded, unit_start).end()  # type: ignore[union-attr]
    else:  # most figures: no multiplier, so spare the pattern
        unit_start, scale, many, scale2, mixed = t, "", "", "", ""
    # where a currency sign ends: right before the digits, or a space before (HK$ 3.2 billion)
    # $-1.2 billion: a sign between the currency sign and the digits is the figure's own
    cur_end = s if s and folded[s - 1] in _CURRENCY_LAST else (
        s - 1 if s > 1 and ((folded[s - 1] == " " and (
            folded[s - 2] in _SIGN_LAST or _letter_currency(folded, s - 1)))
            or (folded[s - 1] in "-+" and folded[s - 2] in _SIGN_LAST)) else 0)
    if not scale and cur_end:
        money = _MONEY_SCALE.match(folded, unit_start)
        if money:
            scale, unit_start = money.group(0), money.end()
    elif not scale and folded[unit_start:unit_start + 1] == "m" and (
            "." in folded[s:e] or _COUNTED_AFTER.match(folded, unit_start + 1)):
        # 1.87m people, 3m jobs: an abbreviated million before a word or a stop (a 1.5m tall
        # wall is a length; a whole number needs a counted noun after it)
        abbreviated = _ABBREVIATED.match(folded, unit_start)
        if abbreviated:
            scale, unit_start = "m", unit_start + 1
    if folded[unit_start:unit_start + 1] in (" ", "\n") and \
            folded[unit_start + 1:unit_start + 2] in _SIGN_UNITS:
        unit_start += 1  # 5.4 %, 5⏎%: a space or a line break before the percent sign
    elif folded[unit_start:unit_start + 1] == "-" and _HYPHEN_PERCENT.match(folded, unit_start):
        unit_start += 1  # a 52.6-percent increase: the percent of an adjective
    elif folded[unit_start:unit_start + 1] in (" ", "\n") and \
            "\u4e00" <= folded[unit_start + 1:unit_start + 2] <= "\u9fff" and \
            match_unit(folded, unit_start + 1, english=False) > unit_start + 1:
        unit_start += 1  # 提高2.6 个百分点, 增加100⏎辆: a space or a line break before the unit
    unit_end = match_unit(folded, unit_start)
    broken = None  # the unit read across a line break
    if "\n" in folded[unit_start + 1:unit_start + 12]:
        unit_end, broken = _broken_unit(folded, unit_start, unit_end)
    if scale and folded[unit_start:unit_end] in _YEAR_UNITS and \
            folded.startswith(_CHANGE_AFTER_YEAR, unit_end):
        unit_end = unit_start  # 324億年升13.7%: 年升 is a rise over the year
    if unit_end == unit_start and e - s == 1 and not scale and folded[s] != "0":
        tenth = next((w for w in TENTHS if folded.startswith(w, unit_start)), "")
        if tenth and folded[unit_start + len(tenth):unit_start + len(tenth) + 1] \
                not in NOT_TENTHS_BEFORE:
            unit_end = unit_start + len(tenth)  # 上看4成: tenths written with a digit, 40 %
            if folded[unit_end:unit_end + 1] in "123456789" and \
                    not folded[unit_end + 1:unit_end + 2].isdigit() and \
                    folded[unit_end + 1:unit_end + 2] != ".":
                unit_end += 1  # 7成4: a further hundredth, 74 %
    end = unit_end
    post = ""
    if folded[end:end + 1] in _POST_FIRST:
        for word in _POSTS:
            if folded.startswith(word, end):
                post = word
                end += len(word)
                break
    if not post and not many and folded[unit_start:unit_end] in _MULTIPLE_UNITS:
        after = next((w for w in _MANY_WORDS if folded.startswith(w, end)), "")
        if after and not folded.startswith(_NOT_MANY_AFTER, end + len(after)):
            # 1.5倍多, 2 倍多: more than the multiple, as 2多倍 reads (多于 is a comparison)
            many, end = after, end + len(after)
    number = folded[s:e]
    if end == e and end < len(folded) and folded[end].isascii() and folded[end].isalpha():
        if _ORDINAL_EN.match(folded, end):
            stop = _ORDINAL_EN.match(folded, end).end()  # type: ignore[union-attr]
            value = Fraction(re.sub(r"[^\d.]", "", number))  # the 80,000th visitor
            out.append(point(base + s, base + stop, text[s:stop], value, Kind.ORDINAL))
            return stop
        stop = _ID_RIGHT.match(folded, e).end()  # type: ignore[union-attr]
        out.append(point(base + s, base + stop, text[s:stop], None, Kind.IDENTIFIER))
        return stop
    if end == e and _is_label(folded, number, s, e):
        out.append(point(base + s, base + e, text[s:e], None, Kind.IDENTIFIER))
        return e
    start, currency, qual, mark = s, "", "", ""
    if s and folded[s - 1] in "-+" and (s == 1 or not (folded[s - 2].isascii()
                                                        and folded[s - 2].isalnum())
                                        or _SCALE_BEFORE.search(folded, max(0, s - 12), s - 1)):
        # a printed sign: 增长-2.5%, −6.4%, (+2.1 and +2.0 points) (not the dash of a range,
        # 1-10月)
        number, start = folded[s - 1] + number, s - 1
        s -= 1
    minus = _BRACKETED_MINUS.search(folded, max(0, s - 10), s) if s > 2 and number[0] != "-" \
        else None
    if minus:  # (-) 1.8 per cent: an Indian press style of a negative figure
        number, start = "-" + number, minus.start()
    # the sign's side of the space (HK$ 3.2 billion)
    s_left = cur_end if cur_end and number[0] != "-" and cur_end != s else s
    if s_left and folded[s_left - 1] in _LEFT_WORD_LAST:  # else no currency, qualifier, marker
        if cur_end and folded[cur_end - 1] in _CURRENCY_LAST:
            currency = ending_at(folded, cur_end, _CURRENCY_ENDINGS) or ""
            start = cur_end - len(currency)
            if start and folded[start - 1] in "-+" and number[0] not in "-+" and (
                    start == 1 or not (folded[start - 2].isascii()
                                       and folded[start - 2].isalnum())):
                # -$21.3bn, −US$4bn, (+$0.99 to $31.06): signed money
                number, start = folded[start - 1] + number, start - 1
            if currency and unit_end > unit_start and folded[unit_start:unit_end].strip().isalpha():
                unit_end = end = unit_start  # €2.4bn year-on-year: the currency is the unit
        start, qual = _prefix(folded, start)
        if (qual.strip() in CONTEXT_QUALIFIERS
                and not _en_context(folded, start + len(qual))):
            start, qual = start + len(qual), ""
        mark = _marker(folded, start)
        if qual and unit_end == unit_start and not scale and number.isdigit() and \
                int(number) < 120 and qual.strip().lower() in _AGE_BRACKETS:
            band = _AGE_BAND_END.match(folded, end)
            if band or (folded[start - 1:start] == "(" and folded[end:end + 1] == ")") or \
                    _AGE_PEOPLE.search(folded, max(0, start - 24), start):
                # persons under 25, (under 25), over 65 years: an age band names people
                stop = band.end() if band else end
                out.append(point(base + start, base + stop, text[start:stop], None,
                                 Kind.IDENTIFIER))
                return stop
    if not qual and not scale and not mark and not currency and unit_start == e and \
            folded[e:unit_end] in _DIGIT_CLASSIFIERS and number.isdigit() and int(number) < 100:
        # 4項主要工業: a small count before its classifier is the number alone
        out.append(point(base + s, base + e, text[s:e], Fraction(number), Kind.AMOUNT))
        return unit_end
    unit_text = folded[unit_start:unit_end] if broken is None else broken
    unit = unbroken(text[unit_start:unit_end]).strip() or None
    if unit is not None and unit_text.rstrip("123456789") in TENTHS:
        unit = None  # 4成 is a percentage, as 四成 is: the 成 is no unit
    if currency:
        unit = text[cur_end - len(currency):cur_end]
    got = read_digits(number, scale, many, scale2, mixed, unit_text, post,
                      qual, currency, unit, mark)
    if got is None:
        return unit_start if mixed else e
    back, fields = got
    start -= back
    out.append(_MENTION((base + start, base + end, text[start:end], *fields)))
    return end


def _broken_unit(folded: str, unit_start: int, unit_end: int) -> tuple[int, str | None]:
    """The end and the text of a unit that a line break may cut (2.6个百分⏎点, 2.6个⏎百分点,
    2.4 per⏎cent): the longer unit read across the break, else the unit read before it."""
    nl = folded.index("\n", unit_start + 1)
    if nl >= unit_end:
        joined = folded[unit_start:nl] + folded[nl + 1:nl + 12]
        end = match_unit(joined, 0, english=False)
        if end > nl - unit_start:
            return unit_start + end + 1, joined[:end]
    text = folded[unit_start:unit_end]
    return unit_end, unbroken(text) if "\n" in text.strip() else None


_MENTION = partial(tuple.__new__, Mention)  # a Mention without the Python-level __new__
_Fields = tuple[Fraction | None, Fraction | None, Fraction | None, str | None, str | None,
                Qualifier, Kind]


@lru_cache(maxsize=1 << 15)
def read_digits(number: str, scale: str, many: str, scale2: str, mixed: str, unit_text: str,
                post: str, qual: str, currency: str, unit: str | None,
                mark: str) -> tuple[int, _Fields] | None:
    """The fields of a digit figure after its offsets and text, and how far its marker
    extends it to the left; None when the grammar cannot read it.

    Pure in its arguments (the figure and the words around it that decide its reading), so
    cached: figures and their units repeat in a text, and this is most of the cost of a
    mention.
    """
    fast = None
    if not (currency or mixed or (scale and scale2) or qual.endswith(" ")
            or unit_text.rstrip("123456789") in TENTHS):
        fast = fast_bounds(number, scale or scale2, bool(many), unit_text, qual, post)
    if fast is not None:
        value, low, high, qualifier, by_unit = fast
    else:
        rest = scale + many + scale2 + mixed + unit_text + post
        figure = qual + currency + number + rest
        if qual.endswith(" ") and not currency:
            figure = qual + number + rest
        # a malformed mixed figure (3万40000) is no figure at all, not the 3 before it
        reading = read(figure)
        if reading is None:
            return None
        value, low, high = reading.value, reading.interval.lo, reading.interval.hi
        qualifier, by_unit = reading.qualifier, reading.unit_kind
    kind = _kind(by_unit, qualifier, unit, mark, number, scale or scale2)
    back = len(mark) if mark and kind in (Kind.RATE, Kind.ORDINAL, Kind.DURATION,
                                          Kind.YEAR) else 0
    if kind is Kind.YEAR:
        return back, _year(number, unit, mark in ROC_ERA)
    if kind is Kind.ORDINAL:
        return back, (value, value, value, unit, canonical(unit), Qualifier.EXACT, kind)
    return back, (value, low, high, unit, canonical(unit), qualifier, kind)


_BY_UNIT = {UnitKind.PERCENT: Kind.PERCENT, UnitKind.PERCENTAGE_POINT: Kind.PERCENTAGE_POINT,
            UnitKind.MULTIPLE: Kind.MULTIPLE}


def _kind(by_unit: UnitKind, qualifier: Qualifier, unit: str | None, mark: str, number: str,
          scale: str | None) -> Kind:
    if by_unit in _BY_UNIT:
        return _BY_UNIT[by_unit]
    mark = mark.rstrip()  # an English marker comes with its space: "top "
    low = fold(unit or "").lower()  # 35小時 is 35小时
    if mark in _INTERVAL_MARKERS and low in TIME_UNITS:
        # every 7 minutes: in English prose a frequency names the time between events, as
        # a period does (no claim); 每60秒 (下线一辆) stays the rate it is labelled
        return Kind.DURATION
    if mark in _RATE_MARKERS:
        return Kind.RATE
    if low in _DECADE_UNITS:
        return Kind.YEAR
    if low in _YEAR_UNITS:
        if mark in ROC_ERA and number.isdigit():
            return Kind.YEAR
        if mark in _SPAN_MARKERS or scale or "." in number:
            return Kind.DURATION
        n = int(number.replace(",", ""))
        if 1000 <= n <= 2199 or (number.isdigit() and roc_year(n, False) is not None):
            return Kind.YEAR
        return Kind.DURATION
    if low in TIME_UNITS:
        # 平均逗留1.3日, 增加0.2日: a measured time with decimals is an amount, not a period
        return Kind.AMOUNT if "." in number else Kind.DURATION
    if mark in _ORDINAL_MARKERS:
        return Kind.ORDINAL
    if (unit is None and not scale and qualifier is Qualifier.EXACT
            and looks_like_year(number)):
        return Kind.YEAR
    return Kind.AMOUNT


def _year(number: str, unit: str | None, era: bool = False) -> _Fields:
    n = int(number.replace(",", ""))
    if unit in _YEAR_UNITS and (era or n < 1000):
        n = roc_year(n, era) or n  # 民国112年, 111年: ROC years
    if (unit or "").lower() in _DECADE_UNITS:
        first = Fraction(n + 1900 if n < 100 else n)
        return first, first, first + 9, unit, "decade", Qualifier.EXACT, Kind.YEAR
    value = Fraction(n)
    return value, value, value, unit, "calendar_year" if unit else None, Qualifier.EXACT, \
        Kind.YEAR


def _date_at(folded: str, s: int, e: int, after: str) -> int | None:
    """The end of a date that starts with the digits at [s, e): written in a language's
    words (3月5日, as its ``mentions.date_at`` reads it), or in digits alone (2024-05-06)."""
    for date_at in _asked("date_at"):
        end: int | None = date_at(folded, s, e)
        if end is not None:
            return end
    if after == "/" and e - s <= 2 and (s == 0 or not (folded[s - 1].isdigit()
                                                        or folded[s - 1] in "/.,")):
        slash = _slash_date(folded, s)
        if slash is not None:
            return slash
    date = _DATE_DIGITS.match(folded, s) if after in _DATE_DIGITS_NEXT else None
    if date is None:
        return None
    nums = [int(n) for n in re.findall(r"\d+", date.group(0))]
    return date.end() if 1 <= nums[1] <= 12 and 1 <= nums[2] <= 31 else None


def _code_end(folded: str, s: int, e: int) -> int | None:
    """Where a stock code or a telephone number that starts at ``s`` ends, or None: digits
    with an exchange's suffix (600519.SH), four to six digits alone in brackets right after a
    name (台積電（2330）, not a year), digits after a word that names a code (股票代號2330),
    or a hyphenated number after a word of the telephone (致電2345-6789)."""
    digits = folded[s:e]
    if digits.endswith(".") and digits[:-1].isdigit():
        e, digits = e - 1, digits[:-1]  # 2330.TW: the point is the suffix's
    if not digits.isdigit():
        return None
    if 4 <= len(digits) <= 6:
        ticker = _TICKER.match(folded, e)
        if ticker is not None:
            return ticker.end()
        if s > 1 and folded[s - 1] in "(（" and folded[e:e + 1] in ")）" and \
                "\u4e00" <= folded[s - 2] <= "\u9fff" and not looks_like_year(digits) and \
                match_unit(folded, e + 1, english=False) == e + 1:
            return e + 1
    colon = 1 if s and folded[s - 1] in ":：" else 0
    if ending_at(folded, s - colon, _CODE_WORDS) is not None:
        return e
    phone = _PHONE.match(folded, s)
    if phone is not None and _PHONE_WORD.search(folded, max(0, s - 14), s):
        return phone.end()
    return None


def _slash_date(folded: str, s: int) -> int | None:
    """The end of a month and a day written with a slash at ``s`` (4/23, 11/3/2025, 11/30日,
    於11/3公布, 17/12), or None: a day past 12, first or second, makes it no fraction; with
    a year, or with a word of a date around it, the month and day may both be 12 or less
    (1/3 alone is a third)."""
    m = _SLASH_DATE.match(folded, s)
    if m is None or folded[m.end():m.end() + 1] in _NOT_DATE_AFTER:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
        return None
    end = m.end()
    if folded.startswith(_SLASH_DAY_UNITS, end):
        return end + 1  # 11/30日
    word = ending_at(folded, s, _SLASH_DATE_BEFORE) or ""
    if word[:1].isascii() and word and s > len(word) and folded[s - len(word) - 1].isalpha():
        word = ""  # "upon 1/3" does not end in the word "on"
    # the day past 12 on either side: 4/23 (month first), 17/12 (day first, as most
    # of the world prints it)
    if m.group(3) or (a <= 12 < b) or (b <= 12 < a) or folded.startswith(_SLASH_DATE_AFTER, end) \
            or word:
        return end
    return None


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
