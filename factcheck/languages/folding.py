"""Printed text folded to one alphabet, every character in its place: full-width forms and
the traditional characters of every language's ``[traditional]`` table."""

from __future__ import annotations

from factcheck.languages import lexicon

# Traditional forms that change how a figure reads (the lexicon's table); nothing else moves.
_TRADITIONAL = lexicon.traditional()

# the full-width ASCII block, the ideographic space and the minus sign (the en dash stays)
# and the ratio colon ∶ (U+2236) of web copy, which is the colon of a ratio: 105.2∶100
_WIDTH = str.maketrans({**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
                        "\u3000": " ", "−": "-", "\u2236": ":"})


def normalise(text: str) -> str:
    """Fold full-width forms and traditional characters without moving any character.

    Offsets into the result equal offsets into the input: every replacement is one
    code point for one code point.
    """
    if text.isascii():  # nothing to fold; the common case of digits and units
        return text
    return text.translate(_WIDTH).translate(_TRADITIONAL)


def normalised_code_points() -> frozenset[int]:
    """The code points ``normalise`` may change; it leaves every other one as it is."""
    return frozenset(_WIDTH) | frozenset(_TRADITIONAL)
