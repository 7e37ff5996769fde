"""Finding a claim's own figure among the figures printed in its quote.

The fidelity check (is the figure still printed?) and the HTML view (where to highlight
it?) ask the same question; both answer it with these pieces.
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.numbers.reading import Reading

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
