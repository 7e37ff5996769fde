"""Which kind of claim may carry which relation key.

A key that does not apply to a claim's kind is an input error (``right`` on a share means
nothing), so a misplaced key is caught where it was written instead of being ignored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.model import ClaimKind as K

if TYPE_CHECKING:
    from factcheck.model import Claim

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
    "contribution": frozenset({K.CONTRIBUTION_RATE}),
}

# Keys older than these relations that they also use, with the kinds they now apply to
# besides their first ones: 'prior' is the earlier value of an amount or a rate ("down from
# 6.2%"), 'current' and 'prior' the two ends of a change, and a contribution names its part,
# its whole and the whole's growth.
EXTENDED_KEYS: dict[str, frozenset[K]] = {
    "prior": frozenset({K.AMOUNT, K.RATE, K.SHARE, K.CHANGE, K.CONTRIBUTION}),
    "current": frozenset({K.CHANGE}),
    "part": frozenset({K.CONTRIBUTION, K.CONTRIBUTION_RATE}),
    "whole": frozenset({K.CONTRIBUTION, K.CONTRIBUTION_RATE}),
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


def misplaced_key(claim: Claim) -> MisplacedKey | None:
    """The first relation key the claim's kind cannot carry, if any."""
    given = claim.model_fields_set
    for name, kinds in RELATION_KEYS.items():
        if name in given and claim.kind not in kinds:
            allowed = ", ".join(sorted(k.value for k in kinds))
            key = name.replace("_", "-")
            return MisplacedKey(key, f"key {key!r} does not apply to a claim of kind "
                                     f"{claim.kind.value!r} (only to {allowed})")
    return None
