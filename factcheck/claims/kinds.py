"""Which kind of claim may carry which relation key.

A key that does not apply to a claim's kind is an input error (``right`` on a share means
nothing), so a misplaced key is caught where it was written instead of being ignored.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.numbers.reading import UnitKind


class ClaimKind(StrEnum):
    """What a claim's figure is."""

    AMOUNT = "amount"
    GROWTH = "growth"
    MULTIPLE = "multiple"
    PP_CHANGE = "pp-change"
    PP_GAP = "pp-gap"
    SHARE = "share"
    RATE = "rate"
    STRUCTURE = "structure"
    RANK = "rank"
    YEAR = "year"
    SPAN = "span"
    DURATION = "duration"
    TARGET = "target"
    LABEL = "label"
    CHANGE = "change"
    DIFFERENCE = "difference"
    CONTRIBUTION = "contribution"
    CONTRIBUTION_RATE = "contribution-rate"
    RATIO = "ratio"



K = ClaimKind

# The keys of the relations of statistical prose, with the kinds each applies to.
RELATION_KEYS: dict[str, frozenset[K]] = {
    "left": frozenset({K.DIFFERENCE, K.RATIO}),
    "right": frozenset({K.DIFFERENCE, K.RATIO}),
    "direction": frozenset({K.AMOUNT, K.RATE, K.SHARE, K.CHANGE, K.GROWTH}),
    "breakdowns": frozenset({K.AMOUNT, K.CHANGE}),
    "from_parts": frozenset({K.GROWTH, K.RATE, K.SHARE}),
    "average_of": frozenset({K.GROWTH}),
    "years": frozenset({K.GROWTH}),
    "annualized_from": frozenset({K.GROWTH}),
    "periods": frozenset({K.GROWTH}),
    "items": frozenset({K.AMOUNT}),
    "overlapping": frozenset({K.AMOUNT}),
    "whole_of": frozenset({K.SHARE}),
    "contribution": frozenset({K.CONTRIBUTION_RATE}),
    "revises": frozenset({K.AMOUNT, K.GROWTH, K.MULTIPLE, K.PP_CHANGE, K.PP_GAP, K.SHARE, K.RATE,
                          K.CHANGE, K.DIFFERENCE, K.CONTRIBUTION, K.CONTRIBUTION_RATE,
                          K.RATIO}),
    "prior_rate": frozenset({K.GROWTH}),
    "price": frozenset({K.GROWTH}),
    "volume": frozenset({K.GROWTH}),
    "parts": frozenset({K.SHARE}),
}

# Keys older than these relations that they also use, with the kinds they now apply to
# besides their first ones: 'prior' is the earlier value of an amount or a rate ("down from
# 6.2%"), 'current' and 'prior' the two ends of a change, and a contribution names its part,
# its whole and the whole's growth.
EXTENDED_KEYS: dict[str, frozenset[K]] = {
    "prior": frozenset({K.AMOUNT, K.RATE, K.SHARE, K.CHANGE, K.CONTRIBUTION}),
    "current": frozenset({K.CHANGE}),
    "part": frozenset({K.CONTRIBUTION, K.CONTRIBUTION_RATE}),
    "whole": frozenset({K.CONTRIBUTION, K.CONTRIBUTION_RATE, K.RATE}),
    "part_growth": frozenset({K.CONTRIBUTION, K.CONTRIBUTION_RATE}),
    "increase": frozenset({K.CONTRIBUTION, K.CONTRIBUTION_RATE}),
    "of": frozenset({K.CONTRIBUTION, K.CONTRIBUTION_RATE}),
    "exhaustive": frozenset({K.GROWTH}),
}


class MisplacedKey(ValueError):
    """A relation key on a claim of a kind it does not apply to; ``key`` is as written."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def misplaced_key(kind: ClaimKind, given: Collection[str]) -> MisplacedKey | None:
    """The first relation key the claim's kind cannot carry, if any."""
    for name, kinds in RELATION_KEYS.items():
        if name in given and kind not in kinds:
            allowed = ", ".join(sorted(k.value for k in kinds))
            key = name.replace("_", "-")
            return MisplacedKey(key, f"key {key!r} does not apply to a claim of kind "
                                     f"{kind.value!r} (only to {allowed})")
    return None


# The keys of the first relations, with the kinds each applies to (EXTENDED_KEYS adds the
# kinds of the newer relations that reuse them). A key on any other kind would be ignored
# by every check, which silently switches the check it was written for off.
BASE_KEYS: dict[str, frozenset[K]] = {
    "current": frozenset({K.GROWTH, K.MULTIPLE}),
    "prior": frozenset({K.GROWTH, K.MULTIPLE, K.PP_CHANGE}),
    "increase": frozenset({K.GROWTH, K.MULTIPLE}),
    "of": frozenset({K.PP_CHANGE, K.PP_GAP}),
    "against": frozenset({K.PP_GAP}),
    "component": frozenset({K.PP_CHANGE}),
    "part": frozenset({K.SHARE}),
    "whole": frozenset({K.SHARE}),
    "part_growth": frozenset({K.SHARE}),
    "whole_growth": frozenset({K.SHARE}),
    "part_of": frozenset({K.AMOUNT}),
    "exhaustive": frozenset({K.AMOUNT}),
    "components": frozenset({K.LABEL, K.STRUCTURE}),
    "count": frozenset({K.SPAN}),
    "real": frozenset({K.GROWTH}),
}

# Relation keys whose target must be of a kind: a share's part-growth pointing at an amount
# would make the trajectory check read an amount as a rate.
TARGET_KINDS: dict[str, frozenset[K]] = {
    "part_growth": frozenset({K.GROWTH}),
    "whole_growth": frozenset({K.GROWTH}),
    "count": frozenset({K.DURATION}),
    "prior_rate": frozenset({K.GROWTH}),
    "price": frozenset({K.GROWTH}),
    "volume": frozenset({K.GROWTH}),
}


def misplaced_base_key(kind: ClaimKind, given: Collection[str]) -> MisplacedKey | None:
    """The first of the first relations' keys that the claim's kind cannot carry, if any."""
    for name, kinds in BASE_KEYS.items():
        if name not in given:
            continue
        allowed_kinds = kinds | EXTENDED_KEYS.get(name, frozenset())
        if kind not in allowed_kinds:
            allowed = ", ".join(sorted(k.value for k in allowed_kinds))
            key = name.replace("_", "-")
            return MisplacedKey(key, f"key {key!r} does not apply to a claim of kind "
                                     f"{kind.value!r} (only to {allowed})")
    return None


@cache
def _expected_values() -> dict[K, tuple[frozenset[UnitKind], tuple[str, ...], str]]:
    """Per kind: the unit kinds its value may have, the dimensions an amount may have
    instead, and what to ask for; built once, not for every claim."""
    from factcheck.numbers.reading import UnitKind

    return {
        K.GROWTH: (frozenset({UnitKind.PERCENT, UnitKind.MULTIPLE}), (),
                   "a percentage or a multiple (倍)"),
        K.SHARE: (frozenset({UnitKind.PERCENT}), ("per_mille",), "a percentage"),
        K.RATE: (frozenset({UnitKind.PERCENT}), ("per_mille",), "a percentage"),
        K.PP_CHANGE: (frozenset({UnitKind.PERCENTAGE_POINT, UnitKind.PERCENT}), (),
                      "a change in percentage points (pp, 个百分点)"),
        K.PP_GAP: (frozenset({UnitKind.PERCENTAGE_POINT, UnitKind.PERCENT}), (),
                   "a gap in percentage points (pp, 个百分点)"),
        K.TARGET: (frozenset(), ("dimensionless", "month"), "a year such as 2027"),
    }


def value_misfit(kind: K, value: object) -> str | None:
    """Why a parsed value cannot be the figure of a claim of ``kind``, or None when it can.

    A growth rate written as ``120亿 元`` would otherwise be checked as nothing at all.
    """
    from factcheck.claims.values import Figure, RatioList
    from factcheck.numbers.reading import UnitKind

    if kind is K.STRUCTURE:
        return None if isinstance(value, RatioList) else "a structure such as 7.7:57.5:34.8"
    expected = _expected_values().get(kind)
    if expected is None:
        return None
    kinds, dimensions, words = expected
    if isinstance(value, Figure) and (value.kind in kinds or (
            value.kind is UnitKind.AMOUNT and value.unit.dimension in dimensions)):
        return None
    return words
