"""Sentences and clauses of an article, as offsets, and the folding cue rules match on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.languages import lexicon

_FOLD = lexicon.traditional()

_SENTENCE_END = re.compile(r"[。！？；\n]|(?<=[a-z0-9%)])\.(?=\s|$)|;")
_CLAUSE_END = re.compile(r"[，,、：:]")


def fold(text: str) -> str:
    """Simplified forms of the traditional characters cue words use; same length."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            out.append(Sentence(start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text)))
    return out


def clause_start(text: str, offset: int, floor: int) -> int:
    """Start of the clause holding ``offset`` (after the last comma), not before ``floor``."""
    best = floor
    for m in _CLAUSE_END.finditer(text, floor, offset):
        # a thousands separator is not a clause break
        if m.group() == "," and m.start() > 0 and text[m.start() - 1].isdigit() \
                and m.end() < len(text) and text[m.end()].isdigit():
            continue
        best = m.end()
    return best


def paragraph_of(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end
