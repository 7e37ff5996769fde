"""Splitting a text into paragraphs, so extraction cost grows linearly with the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.languages import lexicon
from factcheck.languages.folding import normalise

_BREAK = re.compile(r"\r\n|\r|\n")


@cache
def _scale_first() -> re.Pattern[str]:
    """A line that starts with a multiplier word, or a percent or percentage-point word: the
    end of a figure cut by a line break (238.4⏎億, up 2.4⏎percent, 提高2.6⏎个百分点)."""
    words = [*lexicon.table("scales"), *lexicon.table("scales_traditional"), *lexicon.words("percent"),
             *lexicon.words("percentage_point")]
    folded = {w for w in words if len(w) > 1 or not w.isascii()}
    return re.compile(rf"(?:{lexicon.alternation(sorted(folded))})(?![A-Za-z])", re.IGNORECASE)


@cache
def _unit_words() -> tuple[str, ...]:
    """The words of a unit a line break may cut (percentage⏎points, 个百分⏎点), folded."""
    words = [*lexicon.words("percent"), *lexicon.words("percentage_point"),
             *lexicon.words("per_mille"), *lexicon.words("per_mille_point")]
    return tuple(sorted({normalise(w).lower() for w in words if len(w) > 1}, key=len,
                        reverse=True))


@cache
def _unit_inner() -> frozenset[str]:
    """The characters a cut unit's first part can end with: any of a unit word's but its
    last (the part is shorter than the word)."""
    return frozenset(ch for word in _unit_words() for ch in word[:-1])


# the head of a unit printed after a figure, up to a line break: 0.3 percentage⏎, 2.6个百分⏎
_UNIT_HEAD = re.compile(r"\d[ \u00a0]?(?P<part>[^\d\s][^\d\r\n]{0,10})$")


def _cut_unit(before: str, after: str) -> bool:
    """A line break inside a figure: after its digits and before a percent sign (5⏎%), or
    inside its unit (percentage⏎points, per⏎cent, 个百分⏎点, 个⏎百分点)."""
    if before[-1:].isdigit():
        return after[:1] in ("%", "‰")
    if normalise(before[-1:]).lower()[-1:] not in _unit_inner():
        return False  # most lines: no unit word goes on after the line's last character
    head = _UNIT_HEAD.search(before)
    if head is None:
        return False
    part = normalise(head.group("part")).lower()
    nxt = normalise(after).lower()
    for word in _unit_words():
        if len(word) > len(part) and word.startswith(part):
            rest = word[len(part):]
            if nxt.startswith(rest.lstrip()) and (
                    not rest.lstrip()[-1:].isalpha() or not nxt[len(rest.lstrip()):][:1].isalpha()):
                return True
    return False


def unbroken(text: str) -> str:
    """A figure cut by a line break, on one line: percentage⏎points is percentage points,
    个百分⏎点 is 个百分点 (Chinese puts no space between the characters of a word)."""
    if "\n" not in text.strip():
        return text
    return _LINE_BREAK.sub(lambda m: " " if m.group(1).isascii() and m.group(2).isascii()
                           else "", text.strip())


_LINE_BREAK = re.compile(r"(?<=(\S))[ \t]*\r?\n[ \t]*(?=(\S))")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its code-point offset; blank lines are skipped.

    A figure never spans a line break, so a line is the unit of work: every pattern runs
    over one short string, whatever the length of the whole text. The exception is a line
    ending in a digit whose next line starts with a multiplier ("$52.8⏎billion", "238.4⏎億")
    or a percent word or sign ("2.4⏎percent", "2.6⏎个百分点", "5⏎%"), and a line that ends
    inside a figure's unit ("percentage⏎points", "个百分⏎点"): the two are one piece of work,
    the break standing for a space (English) or for nothing (Chinese).
    """
    start = 0
    pending: int | None = None
    for m in _BREAK.finditer(text):
        if m.start() > start:
            piece_start = start if pending is None else pending
            if m.end() - m.start() == 1 and m.end() < len(text) and (
                    (text[m.start() - 1].isdigit()
                     and _scale_first().match(normalise(text[m.end():m.end() + 12])))
                    or _cut_unit(text[max(start, m.start() - 16):m.start()],
                                 text[m.end():m.end() + 12])):
                pending = piece_start
                start = m.end()
                continue
            yield piece_start, text[piece_start:m.start()]
            pending = None
        elif pending is not None:
            yield pending, text[pending:m.start()]
            pending = None
        start = m.end()
    if pending is not None:
        yield pending, text[pending:]
    elif start < len(text):
        yield start, text[start:]
