"""The text and figures one rule set works on, with the look-ups every rule needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from factcheck.discover.relation import Fig
from factcheck.discover.text import Sentence, clause_start, fold, paragraph_of, sentences
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.units import UnknownUnitError, resolve

_ABBREVIATIONS = (("规模以上", "规上"), ("的", ""), (" ", ""), ("the ", ""), ("all ", ""))


def name_key(name: str) -> str:
    """A subject's name reduced for matching: 规模以上 = 规上, no 的, no spaces."""
    out = fold(name).lower()
    for long, short in _ABBREVIATIONS:
        out = out.replace(long, short)
    return out.strip("，,。 ")


def dimension(fig: Fig) -> str:
    unit = fig.reading.unit
    if not unit:
        return "dimensionless"
    try:
        return resolve(unit).dimension
    except UnknownUnitError:
        return f"?{unit}"


@dataclass
class Article:
    """Folded text, its sentences and figures; figures can be withdrawn (ratio lists)."""

    text: str
    figures: list[Fig]
    language: str
    consumed: set[tuple[int, int]] = field(default_factory=set)

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences(self.text)

    def sentence_of(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.contains(offset):
                return s
        return Sentence(0, len(self.text))

    def previous_sentence(self, s: Sentence) -> Sentence | None:
        i = self.sentences.index(s) if s in self.sentences else -1
        if i <= 0:
            return None
        prev = self.sentences[i - 1]
        return prev if paragraph_of(self.text, prev.start) == paragraph_of(self.text, s.start) else None

    def next_sentence(self, s: Sentence) -> Sentence | None:
        i = self.sentences.index(s) if s in self.sentences else -1
        if i < 0 or i + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[i + 1]
        return nxt if paragraph_of(self.text, nxt.start) == paragraph_of(self.text, s.start) else None

    def in_range(self, start: int, end: int) -> list[Fig]:
        return [f for f in self.figures if start <= f.start and f.end <= end]

    def clause_prefix(self, fig: Fig) -> str:
        """Folded text from the start of the figure's clause to the figure."""
        s = self.sentence_of(fig.start)
        return self.folded[clause_start(self.folded, fig.start, s.start):fig.start]

    def sentence_prefix(self, fig: Fig) -> str:
        s = self.sentence_of(fig.start)
        return self.folded[s.start:fig.start]

    def before(self, fig: Fig, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern`` (anchored with $) matched against the figure's clause prefix."""
        return pattern.search(self.clause_prefix(fig))

    def absolute(self, fig: Fig, m: re.Match[str], group: str | int = 0) -> tuple[int, int]:
        """Offsets in the article of a group matched by ``before``."""
        prefix_start = fig.start - len(self.clause_prefix(fig))
        return prefix_start + m.start(group), prefix_start + m.end(group)

    def after_figure(self, fig: Fig, length: int = 12) -> str:
        return self.folded[fig.end:fig.end + length]


def with_unit(fig: Fig, unit_text: str) -> Fig:
    """A bare number of a list that shares the unit printed after the last one (5.0、2.6个百分点)."""
    try:
        reading = read_figure(fig.reading.text.strip() + unit_text)
    except (NumberError, UnknownUnitError):
        return fig
    return replace(fig, reading=reading)


def negated(fig: Fig, cue_start: int) -> Fig:
    return replace(fig, negative=True, quote_start=cue_start)


def quoted_from(fig: Fig, cue_start: int) -> Fig:
    return replace(fig, quote_start=cue_start)
