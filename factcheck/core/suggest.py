"""“Did you mean …?” for a mistyped key, claim id or check code."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.core.i18n import N_, Message


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str:
    """``"; did you mean 'measures'?"`` for the closest choice, or "" when none is close."""
    import difflib

    pool = {c for c in choices if c != word}
    normal = {c.lower().replace("_", "-"): c for c in pool}
    folded = word.lower().replace("_", "-")
    if folded in normal:  # part_of for part-of, fc201 for FC201
        return Message(N_("; did you mean {choice}?"), choice=repr(normal[folded]))
    matches = difflib.get_close_matches(folded, sorted(normal), n=5, cutoff=cutoff)
    if not matches:
        return ""

    def closeness(candidate: str) -> tuple[float, int]:
        # equally similar: the one that starts like the word (FC1O1 → FC101, not FC211)
        ratio = difflib.SequenceMatcher(None, folded, candidate).ratio()
        prefix = next((i for i, (a, b) in enumerate(zip(folded, candidate, strict=False))
                       if a != b), min(len(folded), len(candidate)))
        return ratio, prefix

    best = max(matches, key=closeness)
    return Message(N_("; did you mean {choice}?"), choice=repr(normal[best]))
