"""What discovery produces: figures found in the text and the typed relations between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from factcheck.core.i18n import N_, Message
from factcheck.numbers.reading import Reading, UnitKind

# Below this, a relation is reported as a note and never fails a run.
CONFIDENT = 0.7


class RelationKind(StrEnum):
    """What a discovered relation states."""

    GROWTH = "growth"
    PART_OF = "part-of"
    PARTITION = "partition"
    SHARE = "share"
    PP_CHANGE = "pp-change"
    PP_GAP = "pp-gap"
    STRUCTURE = "structure"
    # the relations of statistical prose (rules_prose)
    CONTRIBUTION = "contribution"
    CONTRIBUTION_RATE = "contribution-rate"
    AVERAGE_GROWTH = "average-growth"
    BALANCE = "balance"
    CHANGE = "change"
    FROM_TO = "from-to"
    WEIGHTED_GROWTH = "weighted-growth"
    ORDER = "order"
    SAME = "same"
    ENUMERATION = "enumeration"
    MEAN = "mean"
    CONVERSION = "conversion"
    SHARES = "shares"  # shares of one whole printed separately (FC307)


class Role(StrEnum):
    """The part a figure plays in a discovered relation."""

    RATE = "rate"
    CURRENT = "current"
    PRIOR = "prior"
    INCREASE = "increase"
    PART = "part"
    TOTAL = "total"
    SHARE = "share"
    WHOLE = "whole"
    CHANGE = "change"
    OF = "of"
    AGAINST = "against"
    GAP = "gap"
    PART_GROWTH = "part-growth"
    WHOLE_GROWTH = "whole-growth"
    STRUCTURE = "structure"
    COMPONENT = "component"
    CONTRIBUTION = "contribution"
    CONTRIBUTION_RATE = "contribution-rate"
    AVERAGE = "average"
    BALANCE = "balance"
    LEFT = "left"
    RIGHT = "right"
    DELTA = "delta"  # an absolute change with no rate
    FROM_PART = "from-part"  # a part's rate, of which a total's rate is the weighted mean
    ITEM = "item"  # a figure of a stated order, largest first; of a listed item
    MEMBER = "member"  # one printing of a quantity stated more than once
    COUNT = "count"  # the number of items a list is said to hold ("five of the top 10")
    WHOLE_OF = "whole-of"  # a figure that with a share's part makes its whole (employed)
    MEAN = "mean"  # a whole's average or rate, which lies between its groups'
    GROUP = "group"  # the same average or rate of a group that makes up the whole
    CONVERTED = "converted"  # an amount converted into another currency
    ORIGINAL = "original"  # the amount a conversion converts


@dataclass(frozen=True)
class Operand:
    """A printed figure as a relation's operand: the extractor's mention with its reading,
    at code-point offsets into the article, end exclusive.

    ``quote_start`` reaches back over a cue word that belongs to the reading (下降 for a
    negative rate); ``negative`` records such a decline.
    """

    start: int
    end: int
    text: str
    reading: Reading
    negative: bool = False
    quote_start: int | None = None

    @property
    def kind(self) -> UnitKind:
        return self.reading.unit_kind

    @property
    def is_amount(self) -> bool:
        return self.kind is UnitKind.AMOUNT and not self.reading.estimate

    @property
    def is_percent(self) -> bool:
        return self.kind is UnitKind.PERCENT

    @property
    def is_pp(self) -> bool:
        return self.kind is UnitKind.PERCENTAGE_POINT

    @property
    def key(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Cue:
    """The words that triggered a relation, with their offsets."""

    text: str
    start: int
    end: int




@dataclass(frozen=True)
class Relation:
    """One discovered relation.

    ``roles`` pairs a role (rate, current, prior, increase, part, total, share, whole,
    change, of, against, gap, part-growth, whole-growth, structure, component) with a
    figure; ``readings`` holds the alternative figures of the one ambiguous role
    (``reading_role``: which whole a share is of, which rate a gap is against).
    """

    kind: RelationKind
    roles: tuple[tuple[Role, Operand], ...]
    cues: tuple[Cue, ...]
    confidence: float
    reading_role: Role | None = None
    readings: tuple[Operand, ...] = ()
    real: bool = False
    structure_text: str | None = None
    structure_span: tuple[int, int] | None = None
    why: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def get(self, role: Role) -> Operand | None:
        for r, f in self.roles:
            if r == role:
                return f
        return None

    def all(self, role: Role) -> list[Operand]:
        return [f for r, f in self.roles if r == role]

    @property
    def primary(self) -> Operand | None:
        """The figure whose claim carries the relation's checks."""
        return self.get(PRIMARY_ROLE[self.kind])

    @property
    def confident(self) -> bool:
        return self.confidence >= CONFIDENT

    def signature(self) -> tuple[str, ...]:
        """A comparable description: kind and the printed text of each role."""
        parts: list[str] = [self.kind]
        if self.structure_text is not None:
            parts.append(f"structure={self.structure_text}")
        by_role: dict[Role, list[str]] = {}
        for role, fig in self.roles:
            if role is Role.STRUCTURE:
                continue
            by_role.setdefault(role, []).append(fig.text)
        if self.reading_role and self.readings:
            by_role[self.reading_role] = ["|".join(sorted(f.text for f in self.readings))]
        for role in sorted(by_role):
            parts.append(f"{role}={','.join(sorted(by_role[role]))}")
        return tuple(parts)

    def evidence(self) -> str:
        if not self.cues:
            return Message(N_("cue adjacency, confidence {confidence}"),
                           confidence=f"{self.confidence:.2f}")
        return Message(N_("cue {cues}, confidence {confidence}"),
                       cues="、".join(f"“{c.text}”" for c in self.cues),
                       confidence=f"{self.confidence:.2f}")


def share(roles: list[tuple[Role, Operand]], cue: Cue, wholes: list[Operand], why: str) -> Relation:
    """A share of a named whole; several amounts that could be that whole are its readings,
    and the reading is less certain for it."""
    return Relation(RelationKind.SHARE, tuple(roles), (cue,), 0.9 if len(wholes) <= 1 else 0.8,
                    reading_role=Role.WHOLE if wholes else None, readings=tuple(wholes), why=why)


# the figure whose claim carries a relation's checks
PRIMARY_ROLE = {
    RelationKind.GROWTH: Role.RATE,
    RelationKind.PART_OF: Role.TOTAL,
    RelationKind.PARTITION: Role.TOTAL,
    RelationKind.SHARE: Role.SHARE,
    RelationKind.PP_CHANGE: Role.CHANGE,
    RelationKind.PP_GAP: Role.GAP,
    RelationKind.STRUCTURE: Role.STRUCTURE,
    RelationKind.CONTRIBUTION: Role.CONTRIBUTION,
    RelationKind.CONTRIBUTION_RATE: Role.CONTRIBUTION_RATE,
    RelationKind.AVERAGE_GROWTH: Role.AVERAGE,
    RelationKind.BALANCE: Role.BALANCE,
    RelationKind.CHANGE: Role.DELTA,
    RelationKind.FROM_TO: Role.CURRENT,
    RelationKind.WEIGHTED_GROWTH: Role.RATE,
    RelationKind.ORDER: Role.ITEM,
    RelationKind.SAME: Role.MEMBER,
    RelationKind.ENUMERATION: Role.COUNT,
    RelationKind.MEAN: Role.MEAN,
    RelationKind.CONVERSION: Role.CONVERTED,
    RelationKind.SHARES: Role.SHARE,
}
