"""The grammar of one printed figure: digits, multipliers, qualifiers and the unit after it.

``read_figure("超过31.67万辆")`` gives a ``Reading`` whose interval holds every true value
consistent with the print. The rules are those of docs/numbers.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval
from factcheck.languages import lexicon, modules
from factcheck.languages.folding import normalise
from factcheck.numbers.reading import Qualifier, Reading, UnitKind
from factcheck.numbers.words import SPOKEN_DECIMAL, read_words, spoken_digits
from factcheck.numbers.words import WORDS as NUMBER_WORDS


class NumberError(ValueError):
    """A text that is not a figure factcheck can read."""


# every language that writes numbers in words of its own offers a reader of them in its
# numerals module (NUMERAL_CHARS, to_int), as it offers its figures to the extractor in
# its mentions module
_NUMERAL_READERS = modules("numerals")
_NUMERAL_CHARS = "".join(dict.fromkeys("".join(m.NUMERAL_CHARS for m in _NUMERAL_READERS)))


def _numeral_to_int(text: str) -> int:
    """A numeral written in a language's characters (三, 十二, 两千三百) as an int, as the
    first language's reader that reads it; ValueError (the last reader's) when none does."""
    error: ValueError | None = None
    for reader in _NUMERAL_READERS:
        try:
            value: int = reader.to_int(text)
        except ValueError as exc:
            error = exc
        else:
            return value
    raise error if error is not None else ValueError(text)


# 四分之三, 3分之1: the denominator, the mark of a fraction, the numerator (百分之 and 千分之
# are shares in percent and per mille, read elsewhere)
_FRACTION = re.compile(
    rf"([{_NUMERAL_CHARS}\d]+)(?:{lexicon.alternation(lexicon.words('fraction_mark'))})"
    rf"([{_NUMERAL_CHARS}\d]+)")


def fraction_value(denominator: str, numerator: str) -> Fraction | None:
    """The value of a fraction printed as its denominator and numerator, in digits or
    numerals (四, 三: 3/4); None when either is no whole number or the denominator is 0."""
    try:
        d = int(denominator) if denominator.isdigit() else _numeral_to_int(denominator)
        n = int(numerator) if numerator.isdigit() else _numeral_to_int(numerator)
    except ValueError:
        return None
    return Fraction(n, d) if d > 0 and n > 0 else None


def _fraction(s: str) -> Fraction | None:
    m = _FRACTION.fullmatch(s)
    if m is None or s.startswith(_RATE_OF):
        return None
    return fraction_value(m.group(1), m.group(2))


@dataclass(frozen=True)
class Tolerances:
    """How far 约 and 近 reach beyond the printed rounding (fractions of the figure)."""

    approx: Fraction = Fraction(0)
    nearly: Fraction = Fraction(1, 10)


DEFAULT_TOLERANCES = Tolerances()

# Python refuses to turn more than 4300 digits into an int; no printed figure comes near.
MAX_DIGITS = 1000

# Every word below comes from the lexicon (factcheck/languages/*/words.toml).
SCALES: dict[str, int] = {**lexicon.table("scales"), **lexicon.table("scales_traditional")}
# Longest first, so 大约 wins over 约 and 超过 over 超.
PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    w: Qualifier(q) for w, q in lexicon.table("qualifiers").items()}
SUFFIX_QUALIFIERS: dict[str, Qualifier] = {
    w: Qualifier(q) for w, q in lexicon.table("suffix_qualifiers").items()}
_PREFIX_ORDER = list(PREFIX_QUALIFIERS)
_SUFFIX_ORDER = list(SUFFIX_QUALIFIERS)

PERCENT_UNITS = lexicon.words("percent")
PP_UNITS = lexicon.words("percentage_point")
# a hundredth of a percentage point: read in its own unit (25), of the percentage-point kind;
# the unit registry's factor makes it 0.25 pp wherever figures meet
BP_UNITS = frozenset(w.lower() for w in lexicon.words("basis_point"))
_PP_WORD = "pp"  # the claims grammar's word of a percentage point (2.4 pp)
MULTIPLE_UNITS = lexicon.words("multiple")
GLUED_MULTIPLE_UNITS = frozenset(w.lower() for w in lexicon.words("glued_multiple"))
CURRENCY_PREFIXES: dict[str, str] = lexicon.table("currencies")

_ZH_SCALES = {**lexicon.table("scales", lexicon.languages(spaced=False)),
              **lexicon.table("scales_traditional")}
_PREFIXED_UNITS = lexicon.words("prefixed_units")
_BIG_UNIT_VALUES: dict[str, int] = lexicon.table("numeral_big_units")
_NUMERAL_UNITS = {**lexicon.table("numeral_units"), **lexicon.table("numeral_big_units")}
# compound magnitudes: 十万, 千亿, 万亿
_MAGNITUDES = {**{a + b: x * y for a, x in _NUMERAL_UNITS.items()
                  for b, y in _NUMERAL_UNITS.items() if x < y}, **_NUMERAL_UNITS}
_MAGNITUDE_ALT = lexicon.alternation(list(_MAGNITUDES))
# 数千, 几万: "several" of a power of ten.
_SEVERAL = re.compile(rf"^(?:{lexicon.alternation(lexicon.words('several'))})"
                      rf"({_MAGNITUDE_ALT})")
_SEVERAL_SCALE = _MAGNITUDES
# 万亿级, 千亿元级: an order of magnitude.
_ORDER = re.compile(rf"^({_MAGNITUDE_ALT})({lexicon.alternation(lexicon.words('order_units'))})?"
                    rf"(?:{lexicon.alternation(lexicon.words('order_of_magnitude'))})")
_ORDER_SCALE = _MAGNITUDES
# 超千亿元: a bare scale word after a qualifier.
_BARE_SCALE = re.compile(rf"^({_MAGNITUDE_ALT})")
# 翻一番: a multiple in words of a language written without spaces (claims read the others')
_DOUBLING: dict[str, int | str] = lexicon.table("doubling", lexicon.languages(spaced=False))
# doubled, tripled, halved: the whole figure is the word (its qualifier stripped before), and
# its unit the language's word of a multiple
_DOUBLING_SPACED: dict[str, tuple[Fraction, str]] = {
    word.lower(): (Fraction(factor), next(u for u in lexicon.words("multiple", language)
                                          if u.isalpha()))
    for language in lexicon.languages(spaced=True)
    for word, factor in lexicon.table("doubling", language).items()}
_NOTE = re.compile(r"\*+|[†‡]+|\((?:p|r|e|P|R|E)\)")
_NUMERAL_DIGITS: dict[str, int] = lexicon.table("numerals")
_DIGIT_CLASS = "".join(_NUMERAL_DIGITS)
_NUMERAL_DIGIT_CHARS = frozenset(_NUMERAL_DIGITS)
_POINT = lexicon.alternation(lexicon.words("decimal_point"))
# 两位数, 2 位数: a count of digits (the lexicon's digit_count words after a number)
_DIGIT_COUNT = re.compile(
    rf"^[\d{''.join(sorted(_NUMERAL_CHARS))}]+\s*"
    rf"(?:{lexicon.alternation(lexicon.words('digit_count'))})")
_POINT_SPLIT = re.compile(f"({_POINT})")
_CHINESE_DECIMAL = re.compile(rf"^([{_NUMERAL_CHARS}]+)(?:{_POINT})([{_DIGIT_CLASS}]+)")
# the multipliers of a mixed form's later parts: 万, 千, and compounds 千万, 百万 (2亿3千万)
_MIXED_WORDS = {**{a + b: x * y for a, x in _ZH_SCALES.items() for b, y in _ZH_SCALES.items()
                   if x < 10**4 and y in (10**4, 10**8)}, **_ZH_SCALES}
_MIXED_TAIL = re.compile(
    rf"^(\d{{1,3}}(?:,\d{{3}})+|\d+)"
    rf"(?:((?!{lexicon.alternation(_PREFIXED_UNITS)}){lexicon.alternation(list(_MIXED_WORDS))})"
    rf"|(?![\d.]))")
# 三成, 两成半, 二成五: tenths, a half or a further hundredth
# (十成 is the whole: the numeral for ten opens tenths as a digit does)
_TEN = "".join(c for c, v in _NUMERAL_UNITS.items() if v == 10)
_TENTHS = re.compile(rf"^([{_DIGIT_CLASS}{_TEN}1-9])(?:{lexicon.alternation(lexicon.words('tenths'))})"
                     rf"(?:({lexicon.alternation(lexicon.words('half'))})"
                     rf"|([{''.join(c for c, v in _NUMERAL_DIGITS.items() if v)}1-9])(?![\d.]))?")
# a multiple after its number word (threefold, three-fold, tenfold, four times)
_GLUED_MULTIPLE = re.compile(
    rf"({lexicon.alternation(list(NUMBER_WORDS))})[- ]?"
    rf"({lexicon.alternation([w.lstrip('-') for w in MULTIPLE_UNITS if w.lstrip('-').isalpha()])})")
_PERCENT_OF = lexicon.words("percent_of")
_PERCENT_OF_SPOKEN = lexicon.words("percent_of_spoken")
_PER_MILLE_OF = lexicon.words("per_mille_of")
_PER_MILLE = frozenset(lexicon.words("per_mille"))
# 百分之五, 千分之三: a rate, not a fraction of a hundred or a thousand
_RATE_OF = (*_PERCENT_OF, *_PER_MILLE_OF)
_CHINESE_FIGURE = re.compile(rf"^[{_NUMERAL_CHARS}]+(?:(?:{_POINT})[{_DIGIT_CLASS}]+)?")


# what may follow 百分 said without 之 for it to be a share: a numeral at once
# (a zero or a big unit cannot open the rate: 百分百 is, 百分万 is not)
_SPOKEN_SHARE_HEADS = frozenset(c for c in _NUMERAL_CHARS
                                if _NUMERAL_DIGITS.get(c) != 0 and c not in _BIG_UNIT_VALUES)


def _spell_out_shares(s: str) -> str:
    """百分之十四点三 → 14.3%, 千分之三 → 3‰: the numeral after 百分之 or 千分之 is the rate."""
    for words, shift in ((_PERCENT_OF, 0), (_PER_MILLE_OF, 1), (_PERCENT_OF_SPOKEN, 0)):
        word = next((w for w in words if s.startswith(w)), None)
        if word is None:
            continue
        if words is _PERCENT_OF_SPOKEN and s[len(word):len(word) + 1] not in _SPOKEN_SHARE_HEADS:
            continue  # 百分点, 百分比: no share
        body = s[len(word):]
        m = _CHINESE_FIGURE.match(body) or _NUMBER.match(body)
        if not m or not m.group(0):
            raise NumberError(Message(N_("no numeral after {word}"), word=repr(word)))
        numeral = m.group(0)
        try:
            number = _decimal_text(numeral)
        except ValueError as exc:
            raise NumberError(*exc.args) from None
        # 千分之6.62 is 6.62‰, as the same rate printed with the sign reads
        return number + ("‰" if shift else "%") + body[m.end():]
    return s


def _decimal_text(numeral: str) -> str:
    """A numeral (七十二点六, 14.3) as decimal digits."""
    if numeral[:1].isdigit():
        return numeral.replace(",", "")
    whole, point, frac = ([*_POINT_SPLIT.split(numeral, maxsplit=1), "", ""])[:3]
    text = str(_numeral_to_int(whole))
    if point:
        text += "." + "".join(str(_NUMERAL_DIGITS[ch]) for ch in frac)
    return text

_NUMBER = re.compile(
    r"^(?P<sign>[-+])?(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d|,\d)"
    r"|\d+)(?:\.(?P<frac>\d+))?"
)
_CHINESE = re.compile(f"^[{_NUMERAL_CHARS}]+")
# 亿, 万, and compounds 千万, 百万, 千亿 (3千万 is 3 × 10⁷, not 3000 万)
_SCALE_WORDS_ZH = re.compile(rf"^({lexicon.alternation(list(_MIXED_WORDS))})")
_SCALE_WORDS_EN = re.compile(
    rf"^[\s-]?({lexicon.alternation(list(lexicon.table('scales', lexicon.languages(spaced=True))))})\b", re.I)
_MANY = re.compile(rf"^({lexicon.alternation(lexicon.words('many'))})")
_MANY_AFTER_MULTIPLE = re.compile(
    rf"^(\s*(?:{lexicon.alternation(lexicon.words('multiple', lexicon.languages(spaced=False)))}))"
    rf"(?:{lexicon.alternation(lexicon.words('many'))})\s*$")


def _strip_prefix(text: str) -> tuple[str, Qualifier | None]:
    low = text.lower()
    for word in _PREFIX_ORDER:
        if low.startswith(word) and (not word.isascii() or len(text) == len(word)
                                     or not text[len(word)].isalpha()):
            return text[len(word):].lstrip(), PREFIX_QUALIFIERS[word]
    return text, None


def _strip_suffix(text: str) -> tuple[str, Qualifier | None]:
    low = text.lower()
    for word in _SUFFIX_ORDER:
        if low.endswith(word):
            return text[: len(text) - len(word)].rstrip(), SUFFIX_QUALIFIERS[word]
    return text, None


def last_nonzero_unit(digits: str, decimals: int) -> Fraction:
    """The place value of the last non-zero printed digit (150 → 10, 1000 → 1000, 2.5 → 0.1)."""
    all_digits = digits.replace(".", "").lstrip("0") or "0"
    trailing = len(all_digits) - len(all_digits.rstrip("0"))
    if all_digits == "0":
        return Fraction(1, 10**decimals)
    return Fraction(10) ** (trailing - decimals)


def _unit_kind(unit: str) -> tuple[str | None, UnitKind]:
    u = unit.strip()
    low = u.lower()
    if low[:1] == "-" and low[1:].replace("-", " ") in (*PERCENT_UNITS, *PP_UNITS):
        # a 52.6-percent increase, a 3-per-cent rise: the adjective's hyphen
        u = u[1:].replace("-", " ")
        low = u.lower()
    if low in PERCENT_UNITS:
        return "%", UnitKind.PERCENT
    if low in PP_UNITS or low.replace("_", " ") in BP_UNITS:
        return u, UnitKind.PERCENTAGE_POINT
    if low in MULTIPLE_UNITS or low in GLUED_MULTIPLE_UNITS:
        return u, UnitKind.MULTIPLE
    return (u or None), UnitKind.AMOUNT


_CURRENCY_LONGEST_FIRST = list(CURRENCY_PREFIXES)


def _words_then_unit(s: str) -> str | None:
    """``three per cent`` as ``3 per cent``: a whole number in words, then a unit; else None."""
    cut = s.rfind(" ")
    while cut > 0:
        head = read_words(s[:cut])
        if head is not None:
            value, share = head
            rest = s[cut + 1:]
            whole = not share and value.denominator == 1
            # seven of the 12 is a count of a group, read in words elsewhere; no unit
            return f"{value} {rest}" if whole and not any(c.isdigit() for c in rest) else None
        cut = s.rfind(" ", 0, cut)
    return None


def read_figure(text: str, tolerances: Tolerances = DEFAULT_TOLERANCES) -> Reading:
    """Read one printed figure with its qualifier and unit into an interval."""
    # claim values and quotes print the same figures again and again; a Reading is frozen.
    # The default tolerances skip the key's hash of two Fractions.
    if type(text) is str:
        if tolerances is DEFAULT_TOLERANCES:
            return _read_default(text)
        return _read_cached(text, tolerances)
    return _read_figure(text, tolerances)


@lru_cache(maxsize=65536)
def _read_default(text: str) -> Reading:
    return _read_figure(text, DEFAULT_TOLERANCES)


@lru_cache(maxsize=65536)
def _read_cached(text: str, tolerances: Tolerances) -> Reading:
    return _read_figure(text, tolerances)


def _read_figure(text: str, tolerances: Tolerances) -> Reading:
    original = text
    s = normalise(text).strip()
    if not s:
        raise NumberError(Message(N_("empty figure")))
    s, qualifier = _strip_prefix(s)
    s, suffix_q = _strip_suffix(s)
    if suffix_q is not None:
        if qualifier is not None and qualifier is not suffix_q:
            raise NumberError(Message(N_("conflicting qualifiers in {original}"),
                                      original=repr(original)))
        qualifier = suffix_q

    if _DIGIT_COUNT.match(s):
        # 两位数 counts the digits of a figure; read as 2 (or as 2 of a unit 位数 a newsroom
        # defines) it would pass a claim the article does not make
        raise NumberError(Message(
            N_("{original} counts digits and is not a figure: write the figure it stands for "
               "(两位数增长: 10%以上)"), original=repr(original)))
    if s.startswith("(-)"):  # (-) 1.8 per cent: a minus printed in brackets
        s = "-" + s[3:].lstrip()
    # a sign before the currency sign: -$0.7 billion, −US$4bn, +$2.1bn
    sign = ""
    if s[:1] in ("-", "+", "\u2212") and s[1:].lstrip().startswith(tuple(_CURRENCY_LONGEST_FIRST)):
        sign, s = ("+" if s[0] == "+" else "-"), s[1:].lstrip()
    currency = None
    for sym in _CURRENCY_LONGEST_FIRST:
        if s.startswith(sym):
            currency = CURRENCY_PREFIXES[sym]
            s = s[len(sym):].lstrip()
            break
    if sign:
        if s[:1] in ("-", "+", "\u2212"):
            raise NumberError(Message(N_("two signs in {original}"), original=repr(original)))
        s = sign + s

    spoken = SPOKEN_DECIMAL.search(s) if SPOKEN_DECIMAL is not None else None
    if spoken is not None:
        # 13-point-five percent: read as the digits it says, as the extractor reads it
        printed = normalise(original).strip()
        return replace(_read_figure(printed.replace(spoken.group(0), spoken_digits(spoken), 1),
                                    tolerances), text=original)
    if s[:1] == "-" and s[1:2] and s[1] in _NUMERAL_CHARS:
        # -十五．八%: a claims value of a decline printed in Chinese numerals
        positive = _read_figure(s[1:], tolerances) if qualifier is None else None
        if positive is None:
            raise NumberError(Message(N_("a qualified negative Chinese numeral in {original}"),
                                      original=repr(original)))
        return Reading(original, -positive.value, -positive.interval, positive.qualifier,
                       positive.unit, positive.unit_kind, positive.decimals, positive.scale,
                       positive.scale_word, positive.estimate)
    if s[:1] in ("-", "\u2212") and s[1:].lstrip()[:1].isalpha() and s[1:].isascii() \
            and not any(c.isdigit() for c in s):
        # -five percent: a claims value of a decline printed in words
        positive = _read_figure(normalise(original).strip().replace(s, s[1:].lstrip(), 1),
                                tolerances)
        return replace(positive, text=original, value=-positive.value,
                       interval=-positive.interval)
    if s[:1].isalpha() and s.isascii():
        glued = _GLUED_MULTIPLE.fullmatch(s.lower())
        if glued and qualifier is None:  # threefold, four times: 3 fold, 4 times
            return _read_figure(f"{NUMBER_WORDS[glued.group(1)]} {glued.group(2)}", tolerances)
        words = read_words(s)
        counted = _words_then_unit(s) if words is None else None
        if counted is not None:
            # three per cent, two percentage points, three companies: read as the digits are,
            # with the qualifier printed around the words (about five percent)
            printed = normalise(original).strip()
            return replace(_read_figure(printed.replace(s, counted, 1), tolerances),
                           text=original)
        if words is not None:
            # two-thirds, less than half, twenty-three: a number in words is exact
            v = words[0]
            q = qualifier or Qualifier.EXACT
            bounds = _bound_reading(original, v, q, None, UnitKind.AMOUNT, 1, "").interval
            return Reading(original, v, bounds if q is not Qualifier.APPROX else Interval.point(v),
                           q, None, UnitKind.AMOUNT, 0, 1, "", estimate=False)
    fraction = _fraction(s)
    if fraction is None and _FRACTION.fullmatch(s) and not s.startswith(_RATE_OF):
        raise NumberError(Message(N_("malformed fraction in {original}"),  # 零分之一, 四分之零
                                  original=repr(original)))
    if fraction is not None:
        # 四分之三, 约三分之一: a share written as a fraction is exact, as two-thirds is
        q = qualifier or Qualifier.EXACT
        bounds = _bound_reading(original, fraction, q, None, UnitKind.AMOUNT, 1, "").interval
        return Reading(original, fraction,
                       bounds if q is not Qualifier.APPROX else Interval.point(fraction),
                       q, None, UnitKind.AMOUNT, 0, 1, "", estimate=False)
    s = _spell_out_shares(s)
    special = _read_special(s, original, qualifier)
    if special is not None:
        return special
    tenths = _TENTHS.match(s)
    if tenths and s[tenths.end():tenths.end() + 1].isdigit():
        raise NumberError(Message(N_("malformed tenths in {original}"),  # 7成45: no reading
                                  original=repr(original)))
    if tenths:
        half, hundredth = tenths.group(2), tenths.group(3)
        first = tenths.group(1)
        tens = int(first) if first.isdigit() else _numeral_to_int(first)
        value = Fraction(tens * 10 + (5 if half else 0)
                         + ((int(hundredth) if hundredth.isdigit() else _numeral_to_int(hundredth))
                            if hundredth else 0))
        step = Fraction(1, 2) if hundredth else Fraction(5, 2 if half else 1)
        return _finish(original, value, str(value), 0, 1, "", "%" + s[tenths.end():], qualifier,
                       currency, tolerances, half_unit=step)

    m = _NUMBER.match(s)
    if m:
        int_part = re.sub(r"[, \u00a0\u2009\u202f]", "", m.group("int"))
        frac = m.group("frac") or ""
        if len(int_part) + len(frac) > MAX_DIGITS:
            raise NumberError(Message(N_("a figure of more than {n} digits is not a figure"),
                                      n=MAX_DIGITS))
        digits = int_part + ("." + frac if frac else "")
        value = Fraction(int(int_part + frac), 10 ** len(frac))
        if m.group("sign") == "-":
            value = -value
        rest = s[m.end():]
        note = _NOTE.match(rest)
        if note:
            rest = rest[note.end():]  # a footnote or provisional mark is not part of the value
        if rest[:1].isdigit() or (rest[:1] == "," and rest[1:2].isdigit()):
            raise NumberError(Message(N_("malformed digit grouping in {original}"),
                                      original=repr(original)))
    elif _CHINESE_DECIMAL.match(s):
        # 七十二点六亿: a Chinese numeral with a decimal point, then its multiplier
        d = _CHINESE_DECIMAL.match(s)
        assert d is not None
        try:
            whole = _numeral_to_int(d.group(1))
        except ValueError as exc:
            raise NumberError(*exc.args) from None
        frac = "".join(str(_NUMERAL_DIGITS[ch]) for ch in d.group(2))
        digits = f"{whole}.{frac}"
        value = Fraction(int(f"{whole}{frac}"), 10 ** len(frac))
        rest = s[d.end():]
    else:
        c = _CHINESE.match(s)
        if not c:
            raise NumberError(Message(N_("no number in {original}"), original=repr(original)))
        numeral = c.group(0)
        if len(numeral) > MAX_DIGITS:
            raise NumberError(Message(N_("a figure of more than {n} digits is not a figure"),
                                      n=MAX_DIGITS))
        # a trailing scale word belongs to the multiplier, not the numeral (三千万 = 3 千万)
        try:
            value = Fraction(_numeral_to_int(numeral))
        except ValueError as exc:
            raise NumberError(*exc.args) from None
        if value >= 10**MAX_DIGITS:  # 一亿亿亿…: few characters, endless digits
            raise NumberError(Message(N_("a figure of more than {n} digits is not a figure"),
                                      n=MAX_DIGITS))
        rest = s[c.end():]
        # 七四七亿, 七千亿: printed to the multiplier at its end, as 747亿 is (±0.5亿)
        head = numeral.rstrip("".join(_BIG_UNIT_VALUES))
        step = Fraction(1)
        for ch in numeral[len(head):]:
            step *= _BIG_UNIT_VALUES[ch]
        return _finish(original, value, str(value), 0, 1, "", rest, qualifier, currency,
                       tolerances, half_unit=step / 2 if step > 1 else None)

    scale, scale_word = 1, ""
    if rest[:1].isspace() and _SCALE_WORDS_ZH.match(rest.lstrip()):
        rest = rest.lstrip()  # 4318.06 亿元: a space before the multiplier
    zh = _SCALE_WORDS_ZH.match(rest)
    if zh and rest.startswith(_PREFIXED_UNITS):
        zh = None  # 5千瓦, 3兆瓦: the character starts the unit
    if zh:
        scale_word = zh.group(1)
        scale = _MIXED_WORDS[scale_word]
        rest = rest[zh.end():]
        # mixed forms: 3万4000 (exact), 13万2 (13.2万), 2兆317亿, 1亿2000万, 3万4千5百, 2亿3千万
        if scale >= 10**4 and not frac and value.denominator == 1 and _MIXED_TAIL.match(rest):
            value, digits, frac, scale, scale_word, rest = _mixed(value, scale, scale_word,
                                                                  rest, original)
    else:
        en = _SCALE_WORDS_EN.match(rest)
        if en:
            scale_word = en.group(1).lower()
            scale = SCALES[scale_word]
            rest = rest[en.end():]
    return _finish(original, value * scale if scale_word else value, digits, len(frac), scale,
                   scale_word, rest, qualifier, currency, tolerances)


def _mixed(value: Fraction, scale: int, scale_word: str, rest: str,
           original: str) -> tuple[Fraction, str, str, int, str, str]:
    """A mixed form after its first multiplier: each later part names a smaller place (万 then
    千 then 百), and a last bare run of digits either fills every place left (3万4000, exact)
    or gives the leading digits of the next places (13万2 = 13.2万; after 万, two or three
    digits are the units left over: 76萬632 = 760 632). Returns the value in
    units of ``scale``, its digits, its decimals, the scale, its word and what follows."""
    total = int(value) * scale
    above = scale  # the place each part must stay below
    last = scale  # the place the figure is printed to
    while True:
        tail = _MIXED_TAIL.match(rest)
        if tail is None:
            break
        t, word = tail.group(1).replace(",", ""), tail.group(2)  # 1兆2,510億
        rest = rest[tail.end():]
        if word:
            below = _MIXED_WORDS[word]
            if below >= above or int(t) * below >= above:
                raise NumberError(Message(N_("malformed mixed figure {original}"),
                                          original=repr(original)))
            total += int(t) * below
            above = last = below
            continue
        places = len(str(above)) - 1
        # after a worded part only one digit (3万4千5, as 13万2) or every place (4千040)
        if len(t) > places or (above < scale and 1 < len(t) < places):
            raise NumberError(Message(N_("malformed mixed figure {original}"),
                                      original=repr(original)))
        if above == scale == 10_000 and 1 < len(t) < places:
            # 76萬632元: two or three digits after 万 are the units left over (760 632), as
            # Taiwan prints a wage or a price; one digit is a tenth (13万2)
            total += int(t)
            last = 1
            break
        last = above // 10 ** len(t)
        total += int(t) * last
        break
    if last == 1:  # 3万4000: every place printed, an exact integer
        return Fraction(total), str(total), "", 1, "", rest
    frac_len = len(str(scale)) - len(str(last))
    whole, part = divmod(total, scale)
    frac = str(part // last).rjust(frac_len, "0") if frac_len else ""
    return Fraction(total, scale), f"{whole}.{frac}" if frac else str(whole), frac, scale, \
        scale_word, rest


def _finish(
    original: str,
    value: Fraction,
    digits: str,
    decimals: int,
    scale: int,
    scale_word: str,
    rest: str,
    qualifier: Qualifier | None,
    currency: str | None,
    tolerances: Tolerances,
    half_unit: Fraction | None = None,
) -> Reading:
    many = _MANY.match(rest)
    if many:
        rest = rest[many.end():]
    else:
        # 2倍多, 1.5 倍多: the 多 after a multiple's unit, as 2多倍
        after = _MANY_AFTER_MULTIPLE.match(rest)
        if after:
            many, rest = after, after.group(1)
    if many and qualifier is not None:
        raise NumberError(Message(N_("conflicting qualifiers in {original}"),
                                  original=repr(original)))
    # 4万余: the 余 can also follow the scale word, handled above; 40多万: before it; 7千余亿,
    # 3千多万: after a small one, the large one still scales the figure (7000亿, not 7000)
    if many:
        zh = _SCALE_WORDS_ZH.match(rest)
        if zh and (not scale_word or _MIXED_WORDS[zh.group(1)] > scale):
            big = _MIXED_WORDS[zh.group(1)]
            scale_word = (scale_word or "") + zh.group(1)
            scale = (scale if scale > 1 else 1) * big
            value *= big
            rest = rest[zh.end():]
    rest = rest.strip()
    unit, kind = _unit_kind(rest)
    if unit is not None and unit.lower().replace("_", " ") in BP_UNITS:
        # 25 basis points is 0.25 pp: a hundredth, as a multiplier is (printed to 0.01 pp)
        value, decimals, unit = value / 100, decimals + 2, _PP_WORD
        half_unit = half_unit / 100 if half_unit is not None else None
    if currency:
        if unit and kind is UnitKind.AMOUNT:
            raise NumberError(Message(N_("two units in {original}"), original=repr(original)))
        unit = currency
    q = Qualifier.EXACT if qualifier is None else qualifier
    # half of one unit of the last printed digit
    # a whole count is exact; a rate per mille (3‰, 千分之三) is rounded as a percent is
    rounded = kind is not UnitKind.AMOUNT or decimals > 0 or scale > 1 or unit in _PER_MILLE
    half = Fraction(scale, 2 * 10**decimals) if rounded else Fraction(0)
    if half_unit is not None:
        half = half_unit

    if many:
        top = last_nonzero_unit(digits, decimals) * scale
        interval = Interval(value, value + top, False, False)
        q = Qualifier.MORE_THAN
    elif q is Qualifier.EXACT:
        interval = Interval.around(value, half)
    elif q is Qualifier.APPROX:
        reach = max(last_nonzero_unit(digits, decimals) * scale / 2, half,
                    abs(value) * tolerances.approx)
        interval = Interval.around(value, reach)
    elif q is Qualifier.MORE_THAN:
        interval = Interval(value - half, None, False, False)
    elif q is Qualifier.AT_LEAST:
        interval = Interval(value - half, None, True, False)
    elif q is Qualifier.NEARLY:
        # just short of the figure in magnitude: 近-10% is a decline of nearly 10%
        if value < 0:
            interval = Interval(value, value * (1 - tolerances.nearly), True, False)
        else:
            interval = Interval(value * (1 - tolerances.nearly), value, False, True)
    elif q is Qualifier.AT_MOST:
        interval = Interval(None, value + half, False, True)
    else:
        # strictly below the far end of the rounding, as 超过 is strictly above the near end
        interval = Interval(None, value + half, False, False)
    return Reading(original, value, interval, q, unit, kind, decimals, scale, scale_word,
                   estimate=False)


def _read_special(s: str, original: str, qualifier: Qualifier | None) -> Reading | None:
    spaced = _DOUBLING_SPACED.get(s.strip().lower())
    if spaced is not None:
        factor, times = spaced
        if qualifier is None:
            return Reading(original, factor, Interval.point(factor), Qualifier.EXACT, times,
                           UnitKind.MULTIPLE, 0, 1, "", estimate=False)
        return _bound_reading(original, factor, qualifier, times, UnitKind.MULTIPLE, 1,
                              s.strip())
    for word, by in _DOUBLING.items():
        if s.startswith(word):
            v = Fraction(by)
            return Reading(original, v, Interval.point(v), Qualifier.EXACT, "倍",
                           UnitKind.MULTIPLE, 0, 1, "", estimate=False)
    m = _SEVERAL.match(s)
    if m:
        base = _SEVERAL_SCALE[m.group(1)]
        unit, kind = _unit_kind(s[m.end():])
        v = Fraction(2 * base)
        return Reading(original, v, Interval(Fraction(2 * base), Fraction(10 * base - 1)),
                       Qualifier.APPROX, unit, kind, 0, base, m.group(1), estimate=True)
    m = _ORDER.match(s)
    if m:
        base = _ORDER_SCALE[m.group(1)]
        unit = m.group(2) or s[m.end():].strip() or None
        return Reading(original, Fraction(base), Interval(Fraction(base), Fraction(base * 10),
                       True, False), Qualifier.AT_LEAST, unit, UnitKind.AMOUNT, 0, base,
                       m.group(1), estimate=True)
    m = _BARE_SCALE.match(s)
    if m and s[m.end():m.end() + 1] in _NUMERAL_DIGIT_CHARS:
        m = None  # 十万零八千, 十万八千: the magnitude begins a longer numeral (108 000)
    if qualifier is None and m and len(m.group(1)) > 1 and not _NUMBER.match(s):
        # 挑战千亿元: a compound magnitude alone is about that order (10¹¹)
        qualifier = Qualifier.APPROX
    if qualifier is not None and m and not _NUMBER.match(s):
        base = _MAGNITUDES[m.group(1)]
        unit, kind = _unit_kind(s[m.end():])
        return _bound_reading(original, Fraction(base), qualifier, unit, kind, base,
                              m.group(0))
    return None


def _bound_reading(original: str, v: Fraction, q: Qualifier, unit: str | None, kind: UnitKind,
                   scale: int, word: str) -> Reading:
    intervals = {
        Qualifier.MORE_THAN: Interval(v, None, False, False),
        Qualifier.AT_LEAST: Interval(v, None, True, False),
        Qualifier.NEARLY: Interval(v * Fraction(9, 10), v, False, True),
        Qualifier.AT_MOST: Interval(None, v, False, True),
        Qualifier.LESS_THAN: Interval(None, v, False, False),
        Qualifier.APPROX: Interval(v / 2, v * 3 / 2),
        Qualifier.EXACT: Interval.point(v),
    }
    return Reading(original, v, intervals[q], q, unit, kind, 0, scale, word, estimate=True)
