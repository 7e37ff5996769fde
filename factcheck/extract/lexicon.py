"""Words the detectors look for: folding, unit words and their registry names, qualifiers.

Unit words are read from the unit registry's data file directly, so extraction never
imports pint.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from factcheck.languages import lexicon
from factcheck.languages.folding import normalise, normalised_code_points
from factcheck.numbers.grammar import PREFIX_QUALIFIERS

_DEFINITION = re.compile(r"^\s*([A-Za-z_]\w*)\s*=\s*(.+)$")

# Unit words that the registry does not define but articles print after a figure.
EXTRA_UNITS: dict[str, str | None] = {w: (n or None) for w, n in lexicon.table("units").items()}
# Counters that follow 一 only in set phrases: 一批 (a group of), 一大 (a major), 一度 (once).
NOT_AFTER_ONE = frozenset(lexicon.words("not_after_one"))
TIME_UNITS = frozenset(lexicon.words("time_units"))
# markers glued to the digits (第3, 前三季度), and markers that stand apart (top 10)
ZH_MARKERS = lexicon.ordered("markers", lexicon.languages(spaced=False))
EN_MARKERS = lexicon.ordered("markers", lexicon.languages(spaced=True))
# qualifiers after a figure; English ones follow a space (30 or more)
POSTS = tuple(w if not w.isascii() else " " + w for w in lexicon.table("suffix_qualifiers"))
ROC_ERA = frozenset(lexicon.words("roc_era"))
# ROC year n is Gregorian n + 1911; a bare 101年 … 150年 is read as one (2012 … 2061)
ROC_OFFSET = 1911
ROC_BARE = (101, 150)


def roc_year(number: int, era: bool) -> int | None:
    """The Gregorian year of an ROC year (民国112年, 111年), or None when it is not one."""
    if era and 1 <= number <= 200:
        return number + ROC_OFFSET
    if ROC_BARE[0] <= number <= ROC_BARE[1]:
        return number + ROC_OFFSET
    return None


# in 2011, since 2016: the year after such a word is a time and shares no unit of a list
YEAR_PREPOSITIONS = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.words('year_prepositions'))})\s+$", re.IGNORECASE)
# words that end in a qualifier but are not one: 出超, 签约, 最近
NOT_QUALIFIERS = lexicon.words("not_qualifiers")
# words that qualify a figure only in English context (over 40, not 超over)
CONTEXT_QUALIFIERS = frozenset(lexicon.words("context_qualifiers"))
SHARE_OF = lexicon.words("percent_of") + lexicon.words("per_mille_of")
# 百分八 said without 之: a share only before a numeral
SHARE_OF_SPOKEN = lexicon.words("percent_of_spoken")
TENTHS = lexicon.words("tenths")
HALF = lexicon.words("half")
NOT_TENTHS_BEFORE = frozenset(lexicon.words("not_tenths_before"))
MULTIPLE_WORDS = frozenset(lexicon.words("multiple"))
_ZH_SCALES = {**lexicon.table("scales", lexicon.languages(spaced=False)),
              **lexicon.table("scales_traditional")}
_PREFIXED_UNITS = lexicon.words("prefixed_units")
_EN_SCALES = lexicon.table("scales", lexicon.languages(spaced=True))
# multipliers after digits: the large Chinese ones; 千 unless it starts a unit (千米, 千克, 千瓦);
# English words after an optional space, abbreviations (bn, tn, mn) right after the digits


def _scale_word(word: str) -> str:
    """A multiplier word, unless it starts a unit word (千瓦, 兆瓦: SI kilo- and mega-)."""
    after = [u[len(word):] for u in _PREFIXED_UNITS if u.startswith(word) and len(u) > len(word)]
    if not after:
        return re.escape(word)
    return f"{re.escape(word)}(?!{lexicon.alternation(after)})"


ZH_BIG_SCALES = "|".join(_scale_word(w) for w, v in _ZH_SCALES.items() if v >= 10**4)
ZH_BIG_SCALE_CHARS = "".join(sorted({w[-1] for w, v in _ZH_SCALES.items() if v >= 10**4}))
EN_SCALE_WORDS = lexicon.alternation([w for w in _EN_SCALES if len(w) > 3])
EN_SCALE_ABBREVIATIONS = lexicon.alternation([w for w in _EN_SCALES if 1 < len(w) <= 3])


def zh_thousand(value: int = 1000) -> str:
    """千 (or the multiplier of ``value``, 百) as a multiplier: not the first character of a
    unit word (千米, 千克, 千瓦, 百分点)."""
    word = next(w for w, v in _ZH_SCALES.items() if v == value)
    after = sorted({u[len(word)] for u in zh_units() if u.startswith(word) and len(u) > len(word)})
    return f"{re.escape(word)}(?![{''.join(after)}])" if after else re.escape(word)


def zh_mixed_word() -> str:
    """The multiplier of a later part of a mixed form (3万4千, 2亿3千万, 3万4千5百)."""
    small = f"(?:{zh_thousand()}|{zh_thousand(100)})"
    return f"(?:{small}(?:{ZH_BIG_SCALES})?|{ZH_BIG_SCALES})"


ZH_PREFIXES = tuple(sorted((w for w in PREFIX_QUALIFIERS if not w.isascii()), key=len,
                           reverse=True))
EN_PREFIXES = tuple(sorted((w for w in PREFIX_QUALIFIERS if w.isascii()), key=len,
                           reverse=True))


# a newsroom's own units ([units] of factcheck.toml), added by define_units
USER_UNITS: dict[str, str] = {}


def define_units(units: dict[str, str]) -> None:
    """Read a newsroom's own unit words after a figure (3把, 12艘): every table of unit words
    is built again. No units forgets them all."""
    if not units:
        USER_UNITS.clear()
    USER_UNITS.update(units)
    for cached in (canonical_names, canonical, zh_units, en_units, _zh_unit_index,
                   _en_unit_pattern):
        cached.cache_clear()


@cache
def canonical_names() -> dict[str, str | None]:
    """Unit word as written → its name in the unit registry (None when it has none)."""
    # read beside the package, not through importlib.resources: its readers cost start-up
    text = (Path(__file__).resolve().parent.parent / "units" / "definitions.txt").read_text(
        encoding="utf-8")
    names: dict[str, str | None] = {}
    for line in text.splitlines():
        m = _DEFINITION.match(line.split("#", 1)[0])
        if not m:
            continue
        name = m.group(1)
        names[name] = name
        names[name.replace("_", " ")] = name
        for alias in m.group(2).split("=")[1:]:
            alias = alias.strip()
            if alias and not alias.startswith("["):
                names[alias] = name
                names[alias.replace("_", " ")] = name
    for word, name in EXTRA_UNITS.items():
        names.setdefault(word, name)
    for word in USER_UNITS:
        names[word] = word
    return names


@cache
def currency_names() -> frozenset[str]:
    """The registry names of the currencies (each a dimension ``[currency_…]`` of its own)."""
    text = (Path(__file__).resolve().parent.parent / "units" / "definitions.txt").read_text(
        encoding="utf-8")
    return frozenset(m.group(1) for line in text.splitlines()
                     if (m := _DEFINITION.match(line.split("#", 1)[0]))
                     and m.group(2).strip().startswith("[currency_"))


@lru_cache(maxsize=4096)
def canonical(unit: str | None) -> str | None:
    """The registry name of a unit word as printed (traditional and full-width forms too)."""
    if unit is None:
        return None
    names = canonical_names()
    folded = fold(unit)
    return names.get(folded, names.get(folded.lower()))


@cache
def zh_units() -> tuple[str, ...]:
    """Every non-ASCII unit word, longest first (regex alternation takes the first match)."""
    words = {w for w in canonical_names() if not w.isascii() and w not in "$€£¥"}
    words.add("%")
    return tuple(sorted(words, key=len, reverse=True))


@cache
def en_units() -> tuple[str, ...]:
    """English unit words printed after a space; single letters are too ambiguous, and two
    letters are a unit only as the registry writes them (592.97 billion RM, 40 GW, 12 km)."""
    words = {w for w in canonical_names() if (w.isascii() and len(w) > 2 and w.isalpha())
             or " " in w}
    words -= {"percentage_points", "square_metres"}
    words |= {"pp"} & set(canonical_names())  # fell 0.2 pp: the press's percentage point
    return tuple(sorted(words, key=len, reverse=True))


@cache
def fold_table() -> dict[int, str]:
    """``normalise`` as a translation table: one code point for one, so offsets hold."""
    table: dict[int, str] = {}
    ranges = [(0x2000, 0x2300), (0x3000, 0x3100), (0x4E00, 0xA000), (0xFF00, 0xFFF0)]
    # only the code points normalise maps can change (not the 24 000 of the ranges, which
    # this runs at the first extraction of every `factcheck run`); in ascending order, as
    # the ranges are
    for cp in sorted(normalised_code_points()):
        if any(lo <= cp < hi for lo, hi in ranges):
            ch = chr(cp)
            folded = normalise(ch)
            if folded != ch:
                table[cp] = folded
    return table


@cache
def _foldable() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {chr(cp): ch for cp, ch in fold_table().items()}
    return re.compile("[" + re.escape("".join(table)) + "]"), table


def fold(text: str) -> str:
    """Full-width forms and traditional characters folded, offsets unchanged.

    ``str.translate`` looks every character up in a dict; a Chinese paragraph holds only a
    few distinct foldable characters (the full-width comma, mostly), so finding them with
    one character class and replacing each is about 6× faster. No folded character is
    itself foldable, so the order of replacements does not matter.
    """
    pattern, table = _foldable()
    for ch in set(pattern.findall(text)):
        text = text.replace(ch, table[ch])
    if _ZERO_LIKE.search(text):  # one pass; most texts have none between numerals
        # 五百O七億: a letter O or a large circle typed for the numeral zero between
        # numerals (one character for one: offsets unchanged)
        text = _ZERO_LIKE.sub("〇", text)
    return text


_NUMERALS = "".join([*lexicon.table("numerals", "zh"), *lexicon.table("numeral_units", "zh"),
                     *lexicon.table("numeral_big_units", "zh")])
_ZERO_LIKE = re.compile(
    rf"(?<=[{_NUMERALS}])[OoＯｏ◯](?=[{''.join(lexicon.table('numerals', 'zh'))}])")


def ends_at(text: str, word: str, i: int) -> bool:
    """``word`` ends just before offset ``i`` (never wrapping round to the end of ``text``)."""
    return i >= len(word) and text.startswith(word, i - len(word))


Endings = tuple[tuple[int, frozenset[str]], ...]  # word lengths, longest first, with their words


def endings(words: tuple[str, ...]) -> Endings:
    """``words`` grouped by length, longest first, for ``ending_at``."""
    by_length: dict[int, set[str]] = {}
    for w in words:
        by_length.setdefault(len(w), set()).add(w)
    return tuple((n, frozenset(by_length[n])) for n in sorted(by_length, reverse=True))


def ending_at(text: str, i: int, index: Endings) -> str | None:
    """The longest of the indexed words that ends just before offset ``i``, or None.

    One set lookup per length instead of a comparison per word: this runs for every figure
    (the qualifier before it, the word it may be the tail of). Of a list of words sorted
    longest first it is the first word that ``ends_at`` ``i``, since two words of one length
    cannot both end there.
    """
    for n, words in index:
        if n <= i and text[i - n:i] in words:
            return text[i - n:i]
    return None


_NOT_QUALIFIER_ENDINGS = endings(NOT_QUALIFIERS)


def inside_word(text: str, i: int) -> bool:
    """The qualifier ending just before ``i`` is the tail of a longer word (出超, 签约, 最近)."""
    return ending_at(text, i, _NOT_QUALIFIER_ENDINGS) is not None


@cache
def _zh_unit_index() -> dict[str, tuple[tuple[int, frozenset[str]], ...]]:
    """First character → (length, words of that length) pairs, longest first."""
    index: dict[str, dict[int, set[str]]] = {}
    for w in zh_units():
        index.setdefault(w[0], {}).setdefault(len(w), set()).add(w)
    return {ch: tuple((n, frozenset(by_len[n])) for n in sorted(by_len, reverse=True))
            for ch, by_len in index.items()}


@cache
def _en_unit_pattern() -> re.Pattern[str]:
    hyphenated = lexicon.alternation([w for w in MULTIPLE_WORDS if w.startswith("-")])
    # a unit of two words may break across a line: percentage⏎points
    units = "|".join(re.escape(u).replace(r"\ ", r"\s") for u in en_units())
    short = "|".join(sorted(w for w in canonical_names()
                            if len(w) == 2 and w.isascii() and w.isalpha() and w != "pp"))
    return re.compile(rf"(?:(?:{hyphenated})\b|\s(?i:{units})\b|\s(?:{short})\b)")


@cache
def _en_unit_heads() -> frozenset[str] | None:
    """The first two letters, lower-cased, of every English unit word after a space: the
    unit pattern (an alternation of ~200 words, ~10 µs a try) is tried only after a space
    whose next two characters begin one; None when a unit's head is not two ASCII
    non-space characters, which case-folding could match otherwise."""
    short = [w for w in canonical_names() if len(w) == 2 and w.isascii() and w.isalpha()]
    heads = {w[:2].lower() for w in (*en_units(), *short)}
    if any(len(h) < 2 or not h.isascii() or not h.isprintable() or " " in h for h in heads):
        return None
    return frozenset(heads)


_GLUED_PERCENT = tuple(w for w in lexicon.words("percent") if len(w) > 3)
# 12.6pc, 4.8pct: a press abbreviation glued to the figure, a word of its own (not 5pcs)
_GLUED_SHORT = tuple(sorted((w for w in lexicon.words("percent") + lexicon.words("glued_units")
                             if w.isalpha() and len(w) <= 3), key=len, reverse=True))


def match_unit(text: str, i: int, *, english: bool = True) -> int:
    """End of the unit word starting at ``i`` (longest wins), or ``i`` when there is none.

    A set lookup per length among the words that begin with the character at ``i``, not a
    regex alternation of every unit word: this runs once per figure and the alternation was
    the costliest step of extraction.
    """
    end = _one_unit(text, i, english=english)
    if end > i and text[end:end + 1] in ("/", "／"):
        # 5720公斤/公顷, 元/吨: a unit per another is one unit
        per = _one_unit(text, end + 1, english=english)
        if per > end + 1:
            return per
    return end


def _one_unit(text: str, i: int, *, english: bool) -> int:
    if i < len(text):
        for n, words in _zh_unit_index().get(text[i], ()):
            if text[i:i + n] in words:
                return i + n
    if english and text.startswith(_GLUED_PERCENT, i):
        # 0.82per cent: web copy lost the space before the percent word
        return i + next(len(w) for w in _GLUED_PERCENT if text.startswith(w, i))
    if english and text[i:i + 3].lower().startswith(_GLUED_SHORT):
        n = next(len(w) for w in _GLUED_SHORT if text[i:i + 3].lower().startswith(w))
        if not text[i + n:i + n + 1].isalnum():
            return i + n
    if english and i < len(text) and text[i] in " -\n":  # up 2.4⏎percent: a line break
        head = text[i + 1:i + 3]
        heads = _en_unit_heads()
        if text[i] == "-" or heads is None or not head.isascii() or head.lower() in heads:
            m = _en_unit_pattern().match(text, i)
            if m:
                return m.end()
    return i
