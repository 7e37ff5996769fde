"""Finding a claim's own figure among the figures printed in its quote.

The fidelity check (is the figure still printed?) and the HTML view (where to highlight
it?) ask the same question; both answer it with these pieces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck import lexicon
from factcheck.numbers.chinese import normalise
from factcheck.numbers.reading import Reading

if TYPE_CHECKING:
    from factcheck.extract.figures import PrintedFigure
    from factcheck.values import Value

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
    from factcheck.values import Figure, Label, RatioList, Span

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
