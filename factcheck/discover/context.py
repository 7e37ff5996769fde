"""The text and figures one rule set works on, with the look-ups every rule needs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache, cached_property

from factcheck.discover.relation import Operand
from factcheck.discover.text import Sentence, clause_start, fold, sentences
from factcheck.languages import lexicon
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.units import UnknownUnitError, resolve


@cache
def _names() -> tuple[tuple[str, str], ...]:
    """(form, name) pairs of every language's [names] table, longest form first."""
    pairs = [(form.lower(), name.lower()) for lang in lexicon.LANGUAGES
             for name, forms in lexicon.table("names", lang).items() for form in forms]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def name_key(name: str) -> str:
    """A subject's name reduced for matching: one name per subject (规模以上 = 规上,
    地区生产总值 = GDP, through the lexicon's [names] tables), no particle (the language's
    ``subject_particles``: 的), no spaces."""
    out = fold(name).lower()
    for form, canonical in _names():
        if form in out:
            out = out.replace(form, canonical)
    for particle in lexicon.words("subject_particles", lexicon.languages(spaced=False)):
        out = out.replace(particle, "")
    out = out.replace(" ", "")
    return out.strip("，,。 ")


@cache
def _mean_words(language: str) -> re.Pattern[str]:
    return re.compile(lexicon.words_pattern("mean_figures", language), re.I)


def dimension(fig: Operand) -> str:
    unit = fig.reading.unit
    if not unit:
        return "dimensionless"
    try:
        return resolve(unit).dimension
    except UnknownUnitError:
        pass
    # a unit the extractor names from the packs (28.66 billion U.S. dollars): one reading
    from factcheck.extract.lexicon import canonical

    name = canonical(unit)
    try:
        return resolve(name).dimension if name else f"?{unit}"
    except UnknownUnitError:
        return f"?{unit}"


_BRACKETED = re.compile(r"\s*[(（]\s*")
_CLOSING = re.compile(r"\s*[)）]")

# How far (in characters) a figure looks for a partner it does not share a sentence with:
# several articles pasted into one file must not make each figure look at all the others.
NEAR = 4000
# How far back a figure's clause or sentence is read for its cue words
LOOKBACK = 600


class Prose:
    """An article as discovery reads it (``load.claims.Article`` is the article as read from
    its file): folded text, its sentences, paragraphs and figures; figures can be withdrawn
    (ratio lists).

    Sentences, paragraphs and figures are indexed once by their starts, so each look-up is a
    binary search and discovery takes time linear in the text.
    """

    def __init__(self, text: str, figures: list[Operand], language: str,
                 consumed: set[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.language = language
        self.consumed: set[tuple[int, int]] = consumed if consumed is not None else set()
        self.figures = figures
        # figures taken out of the other rules' reach (contribution rates, averages), in order
        self.withdrawn: list[Operand] = []

    @property
    def figures(self) -> list[Operand]:
        return self._figures

    @figures.setter
    def figures(self, figures: list[Operand]) -> None:
        self._figures = figures
        self._starts = [f.start for f in figures]
        self._at = {f.start: f for f in figures}

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _breaks(self) -> list[int]:
        return [i for i, ch in enumerate(self.text) if ch == "\n"]

    def _sentence_index(self, offset: int) -> int:
        i = bisect_right(self._sentence_starts, offset) - 1
        return i if i >= 0 and self.sentences[i].contains(offset) else -1

    def sentence_of(self, offset: int) -> Sentence:
        i = self._sentence_index(offset)
        return self.sentences[i] if i >= 0 else Sentence(0, len(self.text))

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        """Start and end (exclusive, before the line break) of the line holding ``offset``."""
        i = bisect_left(self._breaks, offset)
        start = self._breaks[i - 1] + 1 if i > 0 else 0
        end = self._breaks[i] if i < len(self._breaks) else len(self.text)
        return start, end

    def previous_sentence(self, s: Sentence) -> Sentence | None:
        i = self._sentence_index(s.start)
        if i <= 0 or self.sentences[i] != s:
            return None
        prev = self.sentences[i - 1]
        return prev if self.paragraph_of(prev.start) == self.paragraph_of(s.start) else None

    def sentence_before(self, s: Sentence) -> Sentence | None:
        """The sentence before ``s``, in its paragraph or the one before."""
        i = self._sentence_index(s.start)
        return self.sentences[i - 1] if i > 0 and self.sentences[i] == s else None

    def sentence_before_next(self, s: Sentence) -> Sentence | None:
        """The sentence after ``s``, in its paragraph or the next."""
        i = self._sentence_index(s.start)
        return self.sentences[i + 1] if 0 <= i < len(self.sentences) - 1 and self.sentences[i] == s \
            else None

    def next_sentence(self, s: Sentence) -> Sentence | None:
        i = self._sentence_index(s.start)
        if i < 0 or self.sentences[i] != s or i + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[i + 1]
        return nxt if self.paragraph_of(nxt.start) == self.paragraph_of(s.start) else None

    def in_range(self, start: int, end: int) -> list[Operand]:
        """The figures lying wholly within ``start``–``end``, in order."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        return [f for f in self._figures[lo:hi] if f.end <= end]

    def figure_at(self, start: int) -> Operand | None:
        """The figure starting at ``start``, if any."""
        return self._at.get(start)

    def bracketed_after(self, fig: Operand) -> Operand | None:
        """The amount alone in brackets right after the amount ``fig``: the same quantity in
        another unit (11606.4万公顷(17409.5万亩)) or currency (A$4.6bn ($3.3bn))."""
        opened = _BRACKETED.match(self.text, fig.end) if fig.is_amount else None
        other = self.figure_at(opened.end()) if opened is not None else None
        if other is None or not other.is_amount or not _CLOSING.match(self.text, other.end):
            return None
        return other

    def near(self, fig: Operand, reach: int = NEAR) -> list[Operand]:
        """The figures within ``reach`` characters of ``fig`` (itself included)."""
        return self.in_range(max(0, fig.start - reach), fig.end + reach)

    def clause_prefix(self, fig: Operand) -> str:
        """Folded text from the start of the figure's clause to the figure."""
        floor = max(self.sentence_of(fig.start).start, fig.start - LOOKBACK)
        return self.folded[clause_start(self.folded, fig.start, floor):fig.start]

    def mean_figure(self, fig: Operand) -> bool:
        """An amount its clause names as an average, a median or an index of a population
        (lexicon: mean_figures): the same figures of groups lie around it, never add up to it."""
        return fig.is_amount and _mean_words(self.language).search(self.clause_prefix(fig)) is not None

    def sentence_prefix(self, fig: Operand) -> str:
        floor = max(self.sentence_of(fig.start).start, fig.start - LOOKBACK)
        return self.folded[floor:fig.start]

    def before(self, fig: Operand, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern`` (anchored with $) matched against the figure's clause prefix, or
        against it without the blanks before the figure (年增 28.4%, as web copy from Taiwan
        spaces its figures)."""
        prefix = self.clause_prefix(fig)
        m = pattern.search(prefix)
        if m is None and prefix[-1:].isspace():
            m = pattern.search(prefix.rstrip())
        return m

    def absolute(self, fig: Operand, m: re.Match[str], group: str | int = 0) -> tuple[int, int]:
        """Offsets in the article of a group matched by ``before``."""
        prefix_start = fig.start - len(self.clause_prefix(fig))
        return prefix_start + m.start(group), prefix_start + m.end(group)

    def after_figure(self, fig: Operand, length: int = 12) -> str:
        return self.folded[fig.end:fig.end + length]


def printed_again(figures: list[Operand]) -> list[list[Operand]]:
    """The amounts and rates of ``figures`` printed with one reading (kind, unit, value,
    qualifier, sign) two or more times, each group in text order: the candidates of a
    quantity stated twice."""
    groups: dict[tuple[object, ...], list[Operand]] = {}
    for f in figures:
        if f.is_amount or f.is_percent:
            r = f.reading
            groups.setdefault((f.kind, r.unit, r.value, r.qualifier, f.negative), []).append(f)
    return [figs for figs in groups.values() if len(figs) > 1]


def with_unit(fig: Operand, unit_text: str) -> Operand:
    """A bare number of a list that shares the unit printed after the last one (5.0、2.6个百分点)."""
    try:
        reading = read_figure(fig.reading.text.strip() + unit_text)
    except (NumberError, UnknownUnitError):
        return fig
    return replace(fig, reading=reading)


def unit_of(fig: Operand, like: Operand) -> Operand:
    """A bare amount with a scale word beside one of the same scale word and a unit ("to 2.24
    billion rupees from 2.11 billion", "to $5.2 billion from 4.8 billion") takes that unit;
    any other figure stays as read."""
    r, other = fig.reading, like.reading
    if r.unit is not None or other.unit is None or not r.scale_word or r.scale_word != other.scale_word:
        return fig
    text = other.text.strip()
    digits = re.search(r"[\d.]+", text)
    tail = text.rfind(other.scale_word)
    if digits is None or tail < 0:
        return fig
    try:
        reading = read_figure(text[:digits.start()] + r.text.strip() + text[tail + len(other.scale_word):])
    except (NumberError, UnknownUnitError):
        return fig
    return replace(fig, reading=reading) if reading.unit == other.unit else fig


def negated(fig: Operand, cue_start: int) -> Operand:
    return replace(fig, negative=True, quote_start=cue_start)


def quoted_from(fig: Operand, cue_start: int) -> Operand:
    return replace(fig, quote_start=cue_start)


# names that hold a word of change (增加值 is value added, not an increase), in every language
_COMPOUNDS = lexicon.words("change_compounds")


@cache
def noise(language: str) -> re.Pattern[str]:
    # cue words, verbs and periods: none names what a figure measures
    words = [*lexicon.words("rise", language), *lexicon.words("decline", language),
             *lexicon.words("increase", language), *lexicon.words("decrease", language),
             *lexicon.words("amount_verbs", language), *lexicon.words("rate_context", language),
             *lexicon.words("periods", language), *lexicon.words("clause_periods", language),
             *lexicon.words("year_on_year", language), *lexicon.words("change_by", language)]
    if lexicon.spaced(language):
        return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])", re.I)
    return re.compile(lexicon.alternation(words))


def subject_of(art: Prose, start: int, depth: int = 0) -> str:
    """What the figure at ``start`` measures, as its clause names it: the words since the
    clause or the figure before began, with periods, cue words and verbs taken out
    (规模以上工业增加值, unemployed persons); an empty clause takes the subject of the nearest
    figure before it in its sentence (the statement's)."""
    s = art.sentence_of(start)
    clause = clause_start(art.folded, start, max(s.start, start - LOOKBACK))
    earlier = art.in_range(clause, start)
    begin = earlier[-1].end if earlier else clause
    words = _subject_words(art.folded[begin:start], art.language)
    if not words and depth == 0:
        # the statement's subject: that of the nearest figure before it in the sentence
        for f in reversed(art.in_range(s.start, start)):
            words = subject_of(art, f.start, 1)
            if words:
                break
    reach = lexicon.prose(art.language).get("subject_chars")
    return words[-reach:] if reach else words


def _subject_words(clause: str, language: str) -> str:
    for i, compound in enumerate(_COMPOUNDS):
        clause = re.sub(re.escape(compound), f"\x00{i}\x00", clause, flags=re.I)
    clause = re.sub(r"[（(][^）)]*[）)]?", " ", clause)
    clause = noise(language).sub(" ", clause)
    clause = re.sub(r"\x00(\d)\x00", lambda m: _COMPOUNDS[int(m.group(1))], clause)
    if lexicon.spaced(language):
        filler = frozenset(lexicon.words("subject_filler", language))
        adverb = lexicon.words("adverb_endings", language)
        words = [w for w in re.split(r"[\s,;:$€£¥]+", clause) if w]
        while words and words[0].lower() in filler:
            words.pop(0)
        while words and (words[-1].lower() in filler or words[-1].lower().endswith(adverb)):
            words.pop()
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in filler), default=0)
        reach = int(lexicon.prose(language).get("subject_words", 0))
        return " ".join(words[cut:][-reach:] if reach else words[cut:])
    particles = "".join(lexicon.words("subject_particles", language))
    return re.sub(r"[\s，,、：:；;。\d.%％]+", "", clause).strip(particles)
