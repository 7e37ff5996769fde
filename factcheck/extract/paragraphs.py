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
    words = [*lexicon.table("scales", "en"), *lexicon.table("scales", "zh"),
             *lexicon.table("scales_traditional", "zh"), *lexicon.words("percent"),
             *lexicon.words("percentage_point")]
    folded = {w for w in words if len(w) > 1 or not w.isascii()}
    return re.compile(rf"(?:{lexicon.alternation(sorted(folded))})(?![A-Za-z])", re.IGNORECASE)


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its code-point offset; blank lines are skipped.

    A figure never spans a line break, so a line is the unit of work: every pattern runs
    over one short string, whatever the length of the whole text. The exception is a line
    ending in a digit whose next line starts with a multiplier ("$52.8⏎billion", "238.4⏎億")
    or a percent word ("2.4⏎percent", "2.6⏎个百分点"):
    the two are one piece of work, the break standing for a space.
    """
    start = 0
    pending: int | None = None
    for m in _BREAK.finditer(text):
        if m.start() > start:
            piece_start = start if pending is None else pending
            if (text[m.start() - 1].isdigit() and m.end() < len(text)
                    and _scale_first().match(normalise(text[m.end():m.end() + 12]))
                    and m.end() - m.start() == 1):
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
