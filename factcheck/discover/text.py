"""Sentences and clauses of an article, as offsets, and the folding cue rules match on."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Traditional characters of the cue words; one character for one, so offsets hold.
_TRAD = ("萬億個點長輛項臺條於減額別佔較為總計結構產業實現銷營規與國們這發進單價値廠"
         "間數據達緩擴縮噸開務費級區縣廣東臨創藥醫車電機貨資製積兩約過將餘後幣稅點倍歲")
_SIMP = ("万亿个点长辆项台条于减额别占较为总计结构产业实现销营规与国们这发进单价值厂"
         "间数据达缓扩缩吨开务费级区县广东临创药医车电机货资制积两约过将余后币税点倍岁")
_FOLD = str.maketrans(_TRAD, _SIMP)

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
