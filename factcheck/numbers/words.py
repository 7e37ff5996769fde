"""Number words and fractions in words: twenty-three, a hundred and five, two-thirds,
half of, one in five, seven of the 12. Read by extraction (en.py) and by the claims grammar,
so a drafted value such as "almost two-thirds" reads as it was found."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from factcheck.languages import lexicon

WORDS: dict[str, int] = lexicon.table("number_words")
_UNITS = {w: v for w, v in WORDS.items() if v < 20}
_TENS: dict[str, int] = lexicon.table("number_tens")
_HUNDRED = next(w for w, v in WORDS.items() if v == 100)
_FRACTIONS: dict[str, int] = lexicon.table("fractions")
FRACTION_WORD = re.compile(rf"\b(?:{lexicon.alternation(list(_FRACTIONS))})\b")
_U = lexicon.alternation(list(_UNITS))
_T = lexicon.alternation(list(_TENS))
_ONE = lexicon.alternation(lexicon.words("hundred_one"))
_AND = lexicon.alternation(lexicon.words("hundred_and"))
_OF = lexicon.alternation(lexicon.words("count_of"))
_IN = lexicon.alternation(lexicon.words("one_in"))
_F = lexicon.alternation(list(_FRACTIONS))
PHRASE = re.compile(
    rf"\b(?:(?P<h>{_ONE}|{_U}) {_HUNDRED}(?: (?:{_AND}) (?P<ht>{_T})(?:-(?P<hu>{_U}))?"
    rf"| (?:{_AND}) (?P<hu2>{_U}))?"
    rf"|(?P<t>{_T})-(?P<tu>{_U})"
    rf"|(?P<n1>{_U}) (?:{_IN}) (?P<d1>{_U}|{_T}|\d{{1,3}})"
    rf"|(?P<fn>{_ONE}|{_U})(?P<sep>[- ])(?P<fd>{_F})"
    rf"|(?P<half>{_F})"
    rf"|(?P<c>{_U}|{_T})(?= (?:{_OF})\b))\b",
    re.IGNORECASE)
# where a PHRASE can begin, in lower case: a search for it in the lower-cased text skips to
# the next candidate word, where the case-blind PHRASE tries every position
_HEADS = sorted({w.lower() for w in (*lexicon.words("hundred_one", "en"), *_UNITS, *_TENS,
                                     *_FRACTIONS)})
PHRASE_HEAD = re.compile(rf"\b(?:{lexicon.alternation(_HEADS)})")


def matches_from(pattern: re.Pattern[str], head: re.Pattern[str], text: str, low: str,
                 lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)``, trying ``pattern`` only where ``head`` finds the
    start of a match in ``low``, which is ``text[lo:hi]`` lower-cased character for
    character. ``head`` must find every place a match of the case-blind ``pattern`` can
    begin (the words it starts with, lower-cased, after a word boundary)."""
    pos = 0
    while True:
        found = head.search(low, pos)
        if found is None:
            return
        at = found.start()
        m = pattern.match(text, lo + at, hi)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = max(m.end() - lo, at + 1)


def word_value(m: re.Match[str]) -> tuple[Fraction, bool] | None:
    """The value of a phrase matched by ``PHRASE``, and whether it is a share of a whole."""
    g = {k: (v or "").lower() for k, v in m.groupdict().items()}
    if m.group("h"):
        n = 100 * (_UNITS.get(g["h"], 1))
        n += _TENS.get(g["ht"], 0) + _UNITS.get(g["hu"], 0) + _UNITS.get(g["hu2"], 0)
        return Fraction(n), False
    if m.group("t"):
        return Fraction(_TENS[g["t"]] + _UNITS[g["tu"]]), False
    if m.group("n1"):
        d = int(g["d1"]) if g["d1"].isdigit() else _UNITS.get(g["d1"], _TENS.get(g["d1"], 0))
        n = _UNITS[g["n1"]]
        return (Fraction(n, d), True) if 0 < n < d else None
    if m.group("fd"):
        n = _UNITS.get(g["fn"], 1)
        d = _FRACTIONS[g["fd"]]
        return (Fraction(n, d), True) if n < d else None
    if m.group("half"):
        d = _FRACTIONS[g["half"]]
        return (Fraction(1, d), True) if d == 2 else None
    if m.group("c"):
        return Fraction(_UNITS.get(g["c"], _TENS.get(g["c"], 0))), False
    return None


def read_words(text: str) -> tuple[Fraction, bool] | None:
    """A whole text that is a number phrase (two-thirds, twenty-three), or None."""
    low = text.strip().lower()
    if low in _UNITS or low in _TENS:
        return Fraction(_UNITS.get(low, _TENS.get(low, 0))), False
    m = PHRASE.fullmatch(low)
    return word_value(m) if m else None


# a decimal said in words, as broadcast copy prints it: 13-point-five, ten point six,
# 0-point-zero-five (the language's spoken_point and spoken_zero words)
_DIGIT_WORDS = {**{w: v for w, v in WORDS.items() if v < 10},
                **{w: 0 for w in lexicon.words("spoken_zero")}}
_POINT = lexicon.alternation(lexicon.words("spoken_point"))
SPOKEN_DECIMAL = re.compile(
    rf"\b(?P<int>\d+|{lexicon.alternation(list(WORDS))})[- ](?:{_POINT})[- ]"
    rf"(?P<frac>(?:{lexicon.alternation(list(_DIGIT_WORDS))})"
    rf"(?:[- ](?:{lexicon.alternation(list(_DIGIT_WORDS))}))*)\b", re.I) if _POINT else None


def spoken_digits(m: re.Match[str]) -> str:
    """The digits of a decimal said in words (``13-point-five`` → ``13.5``)."""
    whole = m.group("int")
    number = whole if whole.isdigit() else str(WORDS[whole.lower()])
    return number + "." + "".join(str(_DIGIT_WORDS[w.lower()])
                                  for w in re.split(r"[- ]", m.group("frac")))
