"""Which discovered relations may fail a run.

A rule proposes a relation with the confidence of its cue; this module settles, once for
every rule and language, which of them may turn a check into a failure. Precision comes
first, as in statcheck: only a relation whose every figure is determined by its statement may
fail; the others stay in the report as notes with their evidence, so a misread link never
fails a consistent article. The policy, measured on the development texts (the spent
held-back ones among them): every false failure of a relation with several candidate
figures for one role came from a candidate no reading could satisfy, while no true failure
needed one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

from factcheck.core.i18n import N_, Message
from factcheck.discover.relation import CONFIDENT, Relation, RelationKind, Role
from factcheck.languages import lexicon

if TYPE_CHECKING:
    from factcheck.discover.context import Prose

# below CONFIDENT: reported as a note, never a failure
CANDIDATES = round(CONFIDENT - 0.05, 2)


def calibrate(art: Prose, relations: list[Relation]) -> list[Relation]:
    """The relations with the confidence the policy allows them."""
    earlier = {f.key for rel in relations if rel.kind in _CHANGES for f in rel.all(Role.PRIOR)}
    adjusted = _adjusted(art.language)
    return [_one_measure(art, adjusted, _outsized(_settled(_same_period(rel, earlier))))
            for rel in relations]


def _note(rel: Relation, reason: str) -> Relation:
    """``rel`` as a note that says why it may not fail a run."""
    return replace(rel, confidence=CANDIDATES, why=Message(N_("{why}; {reason}, so it is a note"),
                                                              why=Message(rel.why),
                                                              reason=Message(reason)))


# A part more than this many times its total is a misread link, not a misprint: a misprint
# changes a digit or two of one figure; a part nine times its total was never its part.
OUTSIZED = Fraction(3, 2)


def _outsized(rel: Relation) -> Relation:
    """A discovered part far larger than its total (26.228 billion "of" 2.873 billion, 七億元
    of 三億元): a note, since the link, not the figures, is what is wrong."""
    total = rel.get(Role.TOTAL)
    if not rel.confident or rel.kind is not RelationKind.PART_OF or total is None:
        return rel
    part = rel.get(Role.PART)
    if part is None or total.reading.value <= 0 or part.reading.value <= OUTSIZED * total.reading.value:
        return rel
    return _note(rel, N_("the part is far larger than the total"))


@cache
def _adjusted(language: str) -> re.Pattern[str] | None:
    words = lexicon.words("measure_adjusted", language)
    return re.compile(lexicon.alternation(words), re.I) if words else None


def _one_measure(art: Prose, adjusted: re.Pattern[str] | None, rel: Relation) -> Relation:
    """Figures of sentences that state an adjustment ("adjusting for calendar shifts, the
    deficit would have been", 剔除…因素) measure something else than the plain figures of the
    same name in other sentences: a relation joining the two kinds is a note."""
    if adjusted is None or not rel.confident:
        return rel
    spans = {art.sentence_of(f.start) for _, f in rel.roles}
    if len(spans) < 2:
        return rel
    marked = {bool(adjusted.search(art.folded, s.start, s.end)) for s in spans}
    if len(marked) < 2:
        return rel
    return _note(rel, N_("an adjusted figure joined with plain ones"))


# relations whose prior is the figure of an earlier period
_CHANGES = frozenset({RelationKind.GROWTH, RelationKind.FROM_TO, RelationKind.PP_CHANGE})


def _same_period(rel: Relation, earlier: set[tuple[int, int]]) -> Relation:
    """A candidate that another statement gives as an earlier period's figure (GDP "up 5.5%
    from 800 billion") is not the figure of this statement's period when others are."""
    if len(rel.readings) < 2:
        return rel
    current = tuple(f for f in rel.readings if f.key not in earlier)
    return replace(rel, readings=current) if current and len(current) < len(rel.readings) else rel


def _settled(rel: Relation) -> Relation:
    if rel.confident and len(rel.readings) > 1 and rel.reading_role is not None:
        # the statement names one figure; which of several printed ones it is, it does not say
        return _note(rel, Message(N_("{n} figures could be its {role}"), n=len(rel.readings),
                                   role=rel.reading_role.value))
    return rel
