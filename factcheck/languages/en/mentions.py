"""English-only forms: month-name dates, years, number words and marker words."""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck.extract.lexicon import (
    EN_MARKERS,
    MULTIPLE_WORDS,
    TIME_UNITS,
    canonical,
    currency_names,
)
from factcheck.extract.mentions import Kind, Mention
from factcheck.extract.reading import from_reading, point, read
from factcheck.languages import lexicon
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, PREFIX_QUALIFIERS
from factcheck.numbers.reading import Qualifier
from factcheck.numbers.words import (
    FRACTION_WORD,
    PHRASE,
    PHRASE_HEAD,
    SPOKEN_DECIMAL,
    matches_from,
    spoken_digits,
    word_value,
)

_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October"
           r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.? $")
_DAY_AFTER = re.compile(r"(?:st|nd|rd|th)?(?:,? \d{4}\b)?")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)? (?:of )?{_MONTHS}\b\.?(?: \d{{4}}\b)?")
_MARKERS = {w + " ": w for w in EN_MARKERS}
WORDS: dict[str, int] = lexicon.table("number_words", "en")
# three per cent, one percentage point: a number word with a percent word
_PERCENT_WORDS = frozenset(w for w in lexicon.words("percent", "en") if len(w) > 1)
_POINT_WORDS = frozenset(lexicon.words("percentage_point", "en"))
# two million, three billion: a number word with a scale word of its own (not bn, m)
_SCALE_WORDS = tuple(w for w in lexicon.table("scales", "en") if len(w) > 3)
_COUNTED = lexicon.alternation(lexicon.words("time_units", "en") + lexicon.words("word_counters", "en")
                               + tuple(_PERCENT_WORDS) + tuple(_POINT_WORDS) + _SCALE_WORDS)
_SHARE_AFTER = re.compile(rf"(?i: (?P<unit>{lexicon.alternation(tuple(_PERCENT_WORDS | _POINT_WORDS))})\b)")
# a multiple glued to its number word: threefold, three-fold, tenfold
_GLUED = lexicon.alternation([w.lstrip("-") for w in MULTIPLE_WORDS if w.lstrip("-").isalpha()])
_WORD_FIGURE = re.compile(
    rf"\b(?:(?P<mark>{lexicon.alternation([*EN_MARKERS, 'next'])}) )?"
    r"(?P<num>" + "|".join(WORDS) + r")"
    rf"(?: (?P<unit>{_COUNTED})|-?(?P<glued>{_GLUED}))\b",
    re.IGNORECASE,
)
# where a _WORD_FIGURE can begin, in lower case (see numbers.words.matches_from)
_WORD_FIGURE_HEAD = re.compile(
    rf"\b(?:{lexicon.alternation(sorted({w.lower() for w in (*EN_MARKERS, 'next', *WORDS)}))})")
_NUMBER_WORD = re.compile("(?:" + "|".join(WORDS) + rf")(?: |-|(?:{_GLUED})\b)")
# a decimal said in words (13-point-five percent, 40-point-one billion): the grammar's pattern,
# with the scale, percent or points that may follow
_SPOKEN_POINT_WORD = re.compile(
    rf"[- ](?:{lexicon.alternation(lexicon.words('spoken_point', 'en'))})[- ]") \
    if lexicon.words("spoken_point", "en") else None
_SPOKEN_REST = re.compile(
    rf"(?P<rest>(?: (?:{lexicon.alternation(_SCALE_WORDS)}))?"
    rf"(?: (?P<unit>{lexicon.alternation(tuple(_PERCENT_WORDS | _POINT_WORDS))}))?)", re.I)
# ASCII and curly quotes: lower-casing a run changes no length, and none of its characters
# is a word character that a case-blind pattern could match otherwise
_ENGLISH_RUN = re.compile(r"[ -~\u2018-\u201d]{8,}")


def marker(folded: str, s: int) -> str:
    """An English marker word (per, every, top) ending just before ``s``, with its space."""
    if s < 4 or folded[s - 1] != " ":
        return ""
    head = folded[max(0, s - 7):s].lower()
    for word in _MARKERS:
        if head.endswith(word):
            cut = s - len(word)
            if cut == 0 or not folded[cut - 1].isalpha():
                return word
    return ""


def date_around(folded: str, s: int, e: int) -> tuple[int, int] | None:
    """A month-name date holding the day or year digits at [s, e): October 29, 29 Oct 2024."""
    if s >= 4 and folded[s - 1] == " ":
        m = _MONTH_BEFORE.search(folded, max(0, s - 12), s)
        if m:
            number = folded[s:e]
            after = _DAY_AFTER.match(folded, e)
            if number.isdigit() and (len(number) <= 2 or len(number) == 4):
                return m.start(), after.end() if after and len(number) <= 2 else e
    if e - s <= 2 and folded[s:e].isdigit():
        m = _MONTH_AFTER.match(folded, e)
        if m:
            return s, m.end()
    return None


_DOUBLING = {w.lower() for w in lexicon.table("doubling", "en")}
_QUALIFIER_WORDS = [w for w in PREFIX_QUALIFIERS if w.isascii()]
# doubled, more than tripled, halved: a multiple stated by its verb; not doubled down, doubled
# as (a use), doubled over
_MULTIPLE_VERB = re.compile(
    rf"\b(?:(?:{lexicon.alternation(_QUALIFIER_WORDS)}) )?"
    rf"(?:{lexicon.alternation(sorted(_DOUBLING))})\b"
    rf"(?! (?:{lexicon.alternation(lexicon.words('not_after_doubling', 'en'))})\b)",
    re.IGNORECASE)
_MULTIPLE_HEADS = tuple(sorted({w[:4] for w in _DOUBLING}))


def _scan_multiple_verbs(folded: str, text: str, base: int, out: list[Mention]) -> None:
    """Revenue doubled, more than tripled, halved: × 2, above × 3, × ½ (as the claims value
    'doubled' reads), a figure the article states in a word."""
    low = folded.lower()
    if not any(h in low for h in _MULTIPLE_HEADS):
        return
    for m in _MULTIPLE_VERB.finditer(folded):
        reading = read(m.group(0))
        if reading is not None:
            out.append(from_reading(base + m.start(), base + m.end(), text[m.start():m.end()],
                                    reading, None, Kind.MULTIPLE))


def scan_words(folded: str, text: str, base: int, out: list[Mention]) -> None:
    """Number words with a counter: three years, first three quarters, two times; compound
    number words (twenty-three, a hundred and five), counts of a group (seven of the 12) and
    fractions in words (half of, two-thirds, one in five); multiples stated by a verb
    (doubled, more than tripled)."""
    _scan_multiple_verbs(folded, text, base, out)
    for run in _ENGLISH_RUN.finditer(folded):
        low = run.group().lower()
        # the case-blind pattern tries every position; a lower-case search for the number
        # words alone skips from one candidate letter to the next, and most runs have none
        if _NUMBER_WORD.search(low) or FRACTION_WORD.search(low):
            taken = _scan_phrases(folded, text, base, out, run.start(), run.end(), low)
            _scan_run(folded, text, base, out, run.start(), run.end(), low, taken)
            _scan_counts(folded, text, base, out, run.start(), run.end(), low)
            if _SPOKEN_POINT_WORD is not None and _SPOKEN_POINT_WORD.search(low):
                _scan_spoken(folded, text, base, out, run.start(), run.end())


def _scan_spoken(folded: str, text: str, base: int, out: list[Mention], lo: int, hi: int) -> None:
    """13-point-five percent as 13.5 percent: the figure replaces the pieces read before."""
    assert SPOKEN_DECIMAL is not None
    for said_m in SPOKEN_DECIMAL.finditer(folded, lo, hi):
        m = _SPOKEN_REST.match(folded, said_m.end())
        assert m is not None  # every part of it is optional
        digits = spoken_digits(said_m)
        said, start = _qualified(folded, lo, said_m.start())
        end = m.end()
        rest = m.group("rest").strip()
        reading = read(f"{said}{digits} {rest}".strip())
        if reading is None:
            continue
        low = (m.group("unit") or "").lower()
        kind = Kind.PERCENT if low in _PERCENT_WORDS else \
            Kind.PERCENTAGE_POINT if low in _POINT_WORDS else Kind.AMOUNT
        out[:] = [x for x in out if not (x.start < base + end and base + start < x.end)]
        out.append(from_reading(base + start, base + end, text[start:end], reading,
                                text[m.start("unit"):m.end("unit")] if m.group("unit") else None,
                                kind))


_QUALIFIER_BEFORE = re.compile(
    rf"(?i:\b(?P<q>{lexicon.alternation([w for w in PREFIX_QUALIFIERS if w.isascii()])}) $)")
_OF_AFTER = re.compile(rf"(?i: (?:{lexicon.alternation(lexicon.words('fraction_of', 'en'))})\b)")
_PERIOD_BEFORE = re.compile(
    rf"(?i:\b(?:{lexicon.alternation(lexicon.words('half_periods', 'en'))}) $)")


def _scan_phrases(folded: str, text: str, base: int, out: list[Mention], lo: int,
                  hi: int, low: str) -> list[tuple[int, int]]:
    taken: list[tuple[int, int]] = []
    for m in matches_from(PHRASE, PHRASE_HEAD, folded, low, lo, hi):
        got = word_value(m)
        if got is None:
            continue
        value, ratio = got
        kind = Kind.RATIO if ratio else Kind.AMOUNT
        start, end = m.start(), m.end()
        before = _QUALIFIER_BEFORE.search(folded, max(lo, start - 14), start)
        of_after = _OF_AFTER.match(folded, end) is not None
        lone = m.group("half") or (m.group("fd") and m.group("sep") == " ")
        if lone and (not (before or of_after)
                     or _PERIOD_BEFORE.search(folded, max(lo, start - 10), start)):
            continue  # the first half, a quarter earlier: periods, not shares
        q = Qualifier.EXACT
        lo_v: Fraction | None = value
        hi_v: Fraction | None = value
        if before:
            q = PREFIX_QUALIFIERS[before.group("q").lower()]
            start = before.start()
            lo_v, hi_v = _bounds(value, q)
        share = _SHARE_AFTER.match(folded, end) if not ratio else None
        if share is not None and q is Qualifier.EXACT:
            # twenty-three per cent, a hundred and five percentage points
            reading = read(f"{value} {share.group('unit').lower()}")
            if reading is not None:
                end = share.end()
                taken.append((start, end))
                out[:] = [x for x in out if not (x.start < base + end and base + start < x.end)]
                unit = text[share.start("unit"):end]
                kind = Kind.PERCENT if share.group("unit").lower() in _PERCENT_WORDS \
                    else Kind.PERCENTAGE_POINT
                out.append(from_reading(base + start, base + end, text[start:end], reading, unit,
                                        kind))
                continue
        taken.append((start, end))
        # one in 10: the digits are part of the share
        out[:] = [x for x in out if not (x.start < base + end and base + start < x.end)]
        out.append(Mention(base + start, base + end, text[start:end], value, lo_v, hi_v, None,
                           None, q, kind))
    return taken


def _qualified(folded: str, lo: int, start: int) -> tuple[str, int]:
    """The qualifier just before a figure in words (about three billion, almost seven per
    cent), as before digits, with the figure's new start; ("", start) when there is none."""
    before = _QUALIFIER_BEFORE.search(folded, max(lo, start - 14), start)
    if before is None:
        return "", start
    return before.group("q").lower() + " ", before.start()


def _bounds(v: Fraction, q: Qualifier) -> tuple[Fraction | None, Fraction | None]:
    """A qualified word figure (less than half, almost two-thirds): the figure is exact."""
    if q is Qualifier.MORE_THAN or q is Qualifier.AT_LEAST:
        return v, None
    if q is Qualifier.LESS_THAN or q is Qualifier.AT_MOST:
        return None, v
    if q is Qualifier.NEARLY:
        return v * (1 - DEFAULT_TOLERANCES.nearly), v
    return v, v


def _scan_run(folded: str, text: str, base: int, out: list[Mention], lo: int, hi: int,
              low: str, taken: list[tuple[int, int]] | None = None) -> None:
    for m in matches_from(_WORD_FIGURE, _WORD_FIGURE_HEAD, folded, low, lo, hi):
        if taken and any(a <= m.start() < b for a, b in taken):
            continue
        n = WORDS[m.group("num").lower()]
        unit_group = "glued" if m.group("glued") else "unit"
        unit = text[m.start(unit_group):m.end(unit_group)]
        mark = (m.group("mark") or "").lower()
        start = m.start() if mark else m.start("num")
        low = unit.lower()
        if low in MULTIPLE_WORDS:
            kind = Kind.MULTIPLE
        elif low in _PERCENT_WORDS or low in _POINT_WORDS:
            kind = Kind.PERCENT if low in _PERCENT_WORDS else Kind.PERCENTAGE_POINT
            start = m.start("num")
        elif mark in ("every", "per"):
            # every seven minutes: a frequency, the time between events (no claim)
            kind = Kind.DURATION if low in TIME_UNITS else Kind.RATE
        elif low in TIME_UNITS:
            kind = Kind.DURATION
        elif mark in ("first", "top"):
            kind = Kind.ORDINAL
        else:
            kind = Kind.AMOUNT
            start = m.start("num")
        said = ""
        if kind in (Kind.AMOUNT, Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MULTIPLE):
            said, start = _qualified(folded, lo, start)
        reading = read(f"{said}{n} {low}") if kind is not Kind.ORDINAL else None
        end = m.end()
        if reading is not None and kind is Kind.AMOUNT and low in _SCALE_LOWER:
            # forty billion dollars: the scale word is no unit; a unit word after it is
            unit, end = _unit_after(text, end)
        if reading is not None:
            out.append(from_reading(base + start, base + end, text[start:end], reading,
                                    unit or None, kind))
        else:
            out.append(point(base + start, base + m.end(), text[start:m.end()], Fraction(n),
                             kind, unit, canonical(unit)))


_SCALE_LOWER = frozenset(w.lower() for w in _SCALE_WORDS)
_WORDS_AFTER = re.compile(r"(?: [A-Za-z][A-Za-z.'-]*){1,3}")


def _unit_after(text: str, end: int) -> tuple[str, int]:
    """The currency word (one to three words: dollars, U.S. dollars, Hong Kong dollars)
    right after a number word's scale, and where it ends; ("", end) when none follows."""
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return "", end
    words = after.group(0).split(" ")[1:]
    for n in range(len(words), 0, -1):
        said = " ".join(words[:n])
        for word in dict.fromkeys((said, said.rstrip("."))):  # U.S. dollars. at a stop
            # a currency only: a counted noun (two million people) stays outside, as the
            # corpus labels it
            if canonical(word) in currency_names():
                return word, end + 1 + len(word)
    return "", end


_COUNT_WORD = re.compile(
    r"(?<![A-Za-z'-])(?P<num>"
    + "|".join(w for w, n in sorted(WORDS.items(), key=lambda kv: -len(kv[0])) if n >= 2)
    + r")(?P<tail>(?: [A-Za-z][A-Za-z'-]*){1,3})")
# two m units: a scale word between breaks it too
_COUNT_BREAKS = frozenset(lexicon.words("count_breaks", "en")) | frozenset(
    w.lower() for w in lexicon.table("scales", "en"))
_COUNT_PLURALS = frozenset(lexicon.words("count_plurals", "en"))
_COUNT_MARKED = re.compile(
    rf"(?i:\b(?:{lexicon.alternation([*EN_MARKERS, 'next'])}) $)")
_TIME_NOUNS = frozenset(w.lower() for w in TIME_UNITS)


def _scan_counts(folded: str, text: str, base: int, out: list[Mention], lo: int, hi: int,
                 low: str) -> None:
    """A number word before the plural noun it counts, within three words (nine economists,
    three major commodity groups): a count, the number word alone, where nothing else read
    it. Not after a marker (the first three months, top ten), not across a time noun or a
    word that makes it a share, a streak or a phrase (two of the, two consecutive months)."""
    if not _COUNT_WORD.search(low, lo, hi):
        return
    taken = [(m.start - base, m.end - base) for m in out if base + lo <= m.end and m.start < base + hi]
    for m in _COUNT_WORD.finditer(low, lo, hi):
        start, end = m.start("num"), m.end("num")
        if any(a < end and start < b for a, b in taken) or \
                _COUNT_MARKED.search(low, max(lo, start - 8), start):
            continue
        for word in m.group("tail").split():
            if word in _COUNT_BREAKS or word.rstrip("s") in _TIME_NOUNS or word in _TIME_NOUNS:
                break
            if word in _COUNT_PLURALS or (word.endswith("s") and not word.endswith("ss")
                                          and len(word) > 3):
                out.append(point(base + start, base + end, text[start:end],
                                 Fraction(WORDS[m.group("num")]), Kind.AMOUNT))
                break
