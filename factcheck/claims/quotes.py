"""Finding a claim's own figure among the figures printed in its quote.

The fidelity check (is the figure still printed?) and the HTML view (where to highlight
it?) ask the same question; both answer it with these pieces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.languages import lexicon
from factcheck.languages.folding import normalise
from factcheck.numbers.reading import Reading, UnitKind

if TYPE_CHECKING:
    from factcheck.claims.values import Figure, Range, Value
    from factcheck.extract.figures import PrintedFigure

# a rank of 1 printed in words; the longest form first, so a highlight covers all of it
RANK_FIRST = lexicon.pattern("rank_first")


def same_figure(printed: Reading, recorded: Reading) -> bool:
    """Same magnitude and printed decimals: a decline is printed without its minus sign.

    The cheap test first; no new Fractions when the values are equal.
    """
    if printed.decimals != recorded.decimals:
        return False
    x, y = printed.value, recorded.value
    return x == y or x == -y


_RATIO = re.compile(r"\d+(?:\.\d+)?(?:\s*[:：]\s*\d+(?:\.\d+)?)+")


def own_figure(value: Value, rank: bool, quote: str,
               figures: Sequence[PrintedFigure]) -> tuple[int, int]:
    """Where in ``quote`` the claim's own figure is printed, as offsets into the quote.

    ``figures`` are the quote's printed figures, as the fidelity check reads them. When no
    printed figure matches (a value the quote states in words) the whole quote is the place.
    ``rank`` is a claim of kind rank, whose 1 may be printed as 第一 or 首位.
    """
    from factcheck.claims.values import (
    Figure,
    Label,
    Range,
    RatioList,
    Span,
    multiple_in_words,
)

    folded = normalise(quote)
    whole = (0, len(quote))
    if isinstance(value, Label):
        i = folded.find(value.text)
        return whole if i < 0 else (i, i + len(value.text))
    if isinstance(value, RatioList):
        m = _RATIO.search(folded)
        return whole if m is None else (m.start(), m.end())
    if isinstance(value, Span):
        years = [f for f in figures if f.reading.value.denominator == 1
                 and int(f.reading.value) in (value.start, value.end)]
        if not years:
            return whole
        return min(f.start for f in years), max(f.end for f in years)
    assert isinstance(value, Figure)
    said = quote.lower().find(value.reading.text.lower())
    if said >= 0 and multiple_in_words(value.reading.text) is not None:
        return said, said + len(value.reading.text)
    if isinstance(value, Range):
        ends = range_ends(value, figures)
        return whole if ends is None else (ends[0].start, ends[1].end)
    if rank and value.value == 1:
        first = RANK_FIRST.search(folded)
        if first is not None:
            return first.start(), first.end()
    matches = [f for f in figures if same_figure(f.reading, value.reading)]
    same_q = [f for f in matches if f.reading.qualifier is value.reading.qualifier]
    if same_q or matches:
        best = (same_q or matches)[0]
        return best.start, best.end
    digits = [f for f in figures if not f.in_words]
    if len(digits) == 1:
        # the one figure printed is the one the claim misrecords
        return digits[0].start, digits[0].end
    return whole


def closest_passage(text: str, quote: str, *, candidates: int = 6) -> tuple[int, int] | None:
    """The passage of ``text`` most like ``quote`` (start, end), or None when nothing is.

    Windows are proposed by the quote's character trigrams (each hit votes for the window
    it would start), so the work grows with the article once, not with article × quote;
    the few best windows are then compared with difflib and trimmed to what matches.
    """
    import difflib

    n = len(quote)
    if n < 2 or not text:
        return None
    k = 3 if n >= 3 else 2
    grams: dict[str, list[int]] = {}
    for i in range(n - k + 1):
        grams.setdefault(quote[i:i + k], []).append(i)
    votes: dict[int, int] = {}
    for gram, offsets in grams.items():
        at = text.find(gram)
        hits = 0
        while at >= 0 and hits < 1000:  # a gram printed everywhere says little
            for off in offsets:
                start = max(0, at - off)
                votes[start] = votes.get(start, 0) + 1
            at = text.find(gram, at + 1)
            hits += 1
    if not votes:
        return None
    best: tuple[float, int, int] | None = None
    for start in sorted(votes, key=lambda s: (-votes[s], s))[:candidates]:
        lo, hi = max(0, start - 2), min(len(text), start + n + 2)
        matcher = difflib.SequenceMatcher(None, quote, text[lo:hi], autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        s, e = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
        ratio = difflib.SequenceMatcher(None, quote, text[s:e], autojunk=False).ratio()
        if best is None or ratio > best[0]:
            best = (ratio, s, e)
    if best is None or best[0] < 0.6:
        return None
    return best[1], best[2]


def differences(quote: str, passage: str) -> list[str]:
    """What differs between a quote and the passage, each difference made visible: a
    character that looks like another (a comma for a full-width comma) shows its code."""
    import difflib

    from factcheck.core.i18n import N_, Message

    def shown(s: str) -> str:
        if not s:
            return Message(N_("nothing"))
        codes = " ".join(f"U+{ord(ch):04X}" for ch in s[:4])
        return f"“{s}” ({codes})" if len(s) <= 4 else f"“{s}”"

    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, quote, passage, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            out.append(Message(N_("{quote} in the quote, {article} in the article"),
                               quote=shown(quote[a1:a2]), article=shown(passage[b1:b2])))
    return out


def range_ends(value: Range, figures: Sequence[PrintedFigure]
               ) -> tuple[PrintedFigure, PrintedFigure] | None:
    """The two printed figures that are the ends of a range (540 and 560亿美元), the lower
    first; a bare lower end (540) is read in the upper end's multiplier. A range of
    declines (-4.8%至-1.5% for 下降1.5%至4.8%) is printed as its magnitudes."""
    found = _range_ends(value, figures)
    if found is None and value.high.reading.value <= 0:
        from dataclasses import replace

        def negated(f: Figure) -> Figure:
            r = f.reading
            return replace(f, reading=replace(r, value=-r.value, interval=-r.interval))

        mirror = replace(value, low=negated(value.high), high=negated(value.low))
        found = _range_ends(mirror, figures)
    return found


def _range_ends(value: Range, figures: Sequence[PrintedFigure]
                ) -> tuple[PrintedFigure, PrintedFigure] | None:
    high = [f for f in figures if same_figure(f.reading, value.high.reading)]
    for h in high:
        for f in figures:
            if f.end > h.start:
                break
            r = f.reading
            if same_figure(r, value.low.reading) or (
                    r.unit is None and r.scale == 1 and r.unit_kind is UnitKind.AMOUNT
                    and r.value * value.high.reading.scale == value.low.reading.value):
                return f, h
    return None
