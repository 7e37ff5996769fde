"""The kinds of claim, and the relation keys each kind carries.

``KEYS`` is the one declaration of which relation key applies to which kind: the
per-kind models of ``factcheck.claims.model`` (and so the JSON Schema, one record type
per kind), the loader's message for a misplaced key, discovery and ``init`` all read it.
A key on a kind it does not apply to is an input error (``right`` on a share means
nothing), caught where it was written instead of being ignored by every check.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from factcheck.core.i18n import N_, Message

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

# Keys whose value names one other claim, in the order a record is read.
REFERENCE_KEYS: tuple[str, ...] = (
    "current", "prior", "increase", "of", "against", "part", "whole", "part_of", "count",
    "part_growth", "whole_growth", "left", "right", "contribution", "annualized_from",
    "revises", "prior_rate", "price", "volume", "converts")
# Keys whose value lists other claims (from-parts may also be {breakdown: [claims]}).
LIST_KEYS: tuple[str, ...] = ("from_parts", "average_of", "whole_of", "parts", "increase_of",
                              "left_of", "right_of")
# Keys that refine a relation and name no claim.
MODIFIER_KEYS: tuple[str, ...] = (
    "component", "exhaustive", "components", "real", "direction", "breakdowns", "years",
    "overlapping", "periods", "items", "converted_at")


def _keys(names: str) -> frozenset[str]:
    return frozenset(names.split())


# The relation keys of each kind (the keys every claim has — id, quote, value, measures,
# ignore, note, source … — are not listed).
KEYS: dict[ClaimKind, frozenset[str]] = {
    K.AMOUNT: _keys("prior part_of exhaustive direction breakdowns overlapping items revises "
                    "converts converted_at"),
    K.GROWTH: _keys("current prior increase exhaustive real direction from_parts average_of "
                    "years annualized_from periods revises price volume prior_rate increase_of"),
    K.MULTIPLE: _keys("current prior increase revises"),
    K.PP_CHANGE: _keys("prior of component revises"),
    K.PP_GAP: _keys("of against revises"),
    K.SHARE: _keys("prior part whole part_growth whole_growth direction from_parts whole_of "
                   "parts revises"),
    K.RATE: _keys("prior whole direction from_parts revises"),
    K.STRUCTURE: _keys("components"),
    K.RANK: frozenset(),
    K.YEAR: frozenset(),
    K.SPAN: _keys("count"),
    K.DURATION: frozenset(),
    K.TARGET: frozenset(),
    K.LABEL: _keys("components"),
    K.CHANGE: _keys("current prior direction breakdowns revises"),
    K.DIFFERENCE: _keys("left right left_of right_of revises"),
    K.CONTRIBUTION: _keys("prior increase of part whole part_growth revises"),
    K.CONTRIBUTION_RATE: _keys("increase of part whole part_growth contribution revises"),
    K.RATIO: _keys("left right revises"),
}

RELATION_KEYS: tuple[str, ...] = (*REFERENCE_KEYS, *LIST_KEYS, *MODIFIER_KEYS)

# Relation keys whose target must be of a kind: a share's part-growth pointing at an amount
# would make the trajectory check read an amount as a rate.
TARGET_KINDS: dict[str, frozenset[K]] = {
    "part_growth": frozenset({K.GROWTH}),
    "whole_growth": frozenset({K.GROWTH}),
    "count": frozenset({K.DURATION}),
    "prior_rate": frozenset({K.GROWTH}),
    "price": frozenset({K.GROWTH}),
    "volume": frozenset({K.GROWTH}),
    "converts": frozenset({K.AMOUNT}),
}


def kinds_with(key: str) -> frozenset[ClaimKind]:
    """The kinds of claim that carry relation key ``key`` (snake_case)."""
    return frozenset(kind for kind, keys in KEYS.items() if key in keys)


class MisplacedKey(ValueError):
    """A relation key on a claim of a kind it does not apply to; ``key`` is as written."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


# a side of a relation written once: as one claim or as the sum of several, not both
EITHER: tuple[tuple[str, str], ...] = (("left", "left_of"), ("right", "right_of"))


def misplaced_key(kind: ClaimKind, given: Collection[str]) -> MisplacedKey | None:
    """The first relation key the claim's kind cannot carry, if any, in the order of
    ``RELATION_KEYS`` (so the message does not depend on a set's order); or the second of
    two keys that write one side twice (``left`` and ``left-of``)."""
    for one, many in EITHER:
        if one in given and many in given:
            key = many.replace("_", "-")
            return MisplacedKey(key, Message(N_("{key} and {one} both write one side; give one "
                                                "claim in {one} or the claims it sums in {key}"),
                                             key=repr(key), one=repr(one)))
    allowed_here = KEYS[kind]
    for name in RELATION_KEYS:
        if name in given and name not in allowed_here:
            allowed = ", ".join(sorted(k.value for k in kinds_with(name)))
            key = name.replace("_", "-")
            return MisplacedKey(key, Message(N_("key {key} does not apply to a claim of kind "
                                                "{kind} (only to {allowed})"),
                                             key=repr(key), kind=repr(kind.value), allowed=allowed))
    return None


@cache
def _expected_values() -> dict[K, tuple[frozenset[UnitKind], tuple[str, ...], str]]:
    """Per kind: the unit kinds its value may have, the dimensions an amount may have
    instead, and what to ask for; built once, not for every claim."""
    from factcheck.numbers.reading import UnitKind

    return {
        K.GROWTH: (frozenset({UnitKind.PERCENT, UnitKind.MULTIPLE}), (),
                   Message(N_("a percentage or a multiple (倍)"))),
        K.SHARE: (frozenset({UnitKind.PERCENT}), ("per_mille",), Message(N_("a percentage"))),
        K.RATE: (frozenset({UnitKind.PERCENT}), ("per_mille",), Message(N_("a percentage"))),
        K.PP_CHANGE: (frozenset({UnitKind.PERCENTAGE_POINT, UnitKind.PERCENT}), ("per_mille_point",),
                      Message(N_("a change in percentage points (pp, 个百分点) or per-mille "
                                 "points (个千分点)"))),
        K.PP_GAP: (frozenset({UnitKind.PERCENTAGE_POINT, UnitKind.PERCENT}), (),
                   Message(N_("a gap in percentage points (pp, 个百分点)"))),
        K.TARGET: (frozenset(), ("dimensionless", "month"), Message(N_("a year such as 2027"))),
    }


def value_misfit(kind: K, value: object) -> str | None:
    """Why a parsed value cannot be the figure of a claim of ``kind``, or None when it can.

    A growth rate written as ``120亿 元`` would otherwise be checked as nothing at all.
    """
    from factcheck.claims.values import Figure, RatioList
    from factcheck.numbers.reading import UnitKind

    if kind is K.STRUCTURE:
        return None if isinstance(value, RatioList) else Message(
            N_("a structure such as 7.7:57.5:34.8"))
    expected = _expected_values().get(kind)
    if expected is None:
        return None
    kinds, dimensions, words = expected
    if isinstance(value, Figure) and (value.kind in kinds or (
            value.kind is UnitKind.AMOUNT and value.unit.dimension in dimensions)):
        return None
    return words
