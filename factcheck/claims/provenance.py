"""Where claims came from when no person wrote them: the evidence behind discovered relations.

Discovery turns the relations it finds into ordinary claims, and records here what a claims
file cannot say: which relation each claim carries (its cue words and confidence), which
claims are alternative readings of one ambiguous relation, and which gaps are stated against
one rate the article never prints. The graph carries this record; the engine reads it in the
one place where outcomes are settled (severity, readings), and the checks read the groups of
gaps. Nothing here is computed from outcomes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """One discovered relation as carried by a claim.

    An outcome belongs to the relation when its code is one the relation's kind is checked
    by, its first claim is one of the relation's claims, and (for parts of a total) it names
    one of the relation's parts.
    """

    relation: int  # index of the relation in the discovery's list
    why: str
    cues: str  # the cue words and the confidence, as shown to the reader
    confident: bool
    confidence: float
    codes: frozenset[str]
    parts: frozenset[str] = frozenset()

    def owns(self, code: str, claim_ids: tuple[str, ...]) -> bool:
        return code in self.codes and (not self.parts or not self.parts.isdisjoint(claim_ids))


@dataclass(frozen=True)
class Alternative:
    """One reading of an ambiguous relation: the claim that carries it and the claim of the
    figure it reads (which whole a share is of, which rate a gap is against)."""

    carrier: str
    reading: str


@dataclass(frozen=True)
class Readings:
    """Alternative readings of one relation: its checks fail only when no reading holds."""

    relation: int
    role: str
    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True)
class SharedAgainst:
    """Gaps stated against one rate that is not printed (分别…快于 X 5.0、2.6 个百分点): the
    rates they imply must meet. ``gaps`` are the gap claims, one per relation."""

    gaps: tuple[str, ...]
    relations: tuple[int, ...]


@dataclass(frozen=True)
class Provenance:
    """What discovery knows beyond the claims it drafted."""

    evidence: dict[str, tuple[Evidence, ...]] = field(default_factory=dict)  # by claim id
    readings: tuple[Readings, ...] = ()
    shared_against: tuple[SharedAgainst, ...] = ()
    # relations discovery proposed but could not build into valid claims, one note each
    dropped: tuple[str, ...] = ()

    def evidence_for(self, code: str, claim_ids: tuple[str, ...]) -> list[Evidence]:
        """The relations an outcome of ``code`` on ``claim_ids`` belongs to."""
        if not claim_ids:
            return []
        for group in self.shared_against:
            if group.gaps == claim_ids:  # the agreement of the group's gaps
                found = [e for g in group.gaps for e in self.evidence.get(g, ())
                         if e.owns(code, claim_ids) and e.relation in group.relations]
                return list({e.relation: e for e in found}.values())
        return [e for e in self.evidence.get(claim_ids[0], ()) if e.owns(code, claim_ids)]
