"""Splitting a text into paragraphs, so extraction cost grows linearly with the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

_BREAK = re.compile(r"\r\n|\r|\n")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its code-point offset; blank lines are skipped.

    A figure never spans a line break, so a line is the unit of work: every pattern runs
    over one short string, whatever the length of the whole text.
    """
    start = 0
    for m in _BREAK.finditer(text):
        if m.start() > start:
            yield start, text[start:m.start()]
        start = m.end()
    if start < len(text):
        yield start, text[start:]
