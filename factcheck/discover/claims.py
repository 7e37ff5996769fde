"""Discovered relations as claims: the typed records (``factcheck.claims.model.Claim`` and
``Relation``) the loader produces from a claims file, for a draft claims file or a claim
graph in memory.

Every figure taking part in a relation becomes one claim whose quote is the figure as
printed (with the cue word when it carries a sign, 下降9.9%). Alternative readings of an
ambiguous relation become variant claims (``id.r2``) with the same quote; parts found
with low confidence hang from a variant of their total (``id-lo``), so a doubtful part
never enters the sum of the confident ones. Every record is validated by the model the
loader uses; a relation whose records it refuses is dropped with a note, so a readable
article never ends in an input error.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from factcheck.claims.graph import QuoteIndex
from factcheck.claims.model import Claim, validate_claim
from factcheck.claims.model import Relation as StatedRelation
from factcheck.core.errors import line_index
from factcheck.core.i18n import N_, Message
from factcheck.discover.figures import value_text
from factcheck.discover.relation import PRIMARY_ROLE, Operand, Relation, RelationKind, Role
from factcheck.load.validation import as_input_error
from factcheck.load.yaml_nodes import Positions

REVIEW_NOTE = "discovered — review"

# the claim kind (as a claims file spells it) of a figure in each role
_KIND_OF_ROLE = {Role.RATE: "growth", Role.PART_GROWTH: "growth", Role.WHOLE_GROWTH: "growth",
                 Role.SHARE: "share", Role.CHANGE: "pp-change", Role.GAP: "pp-gap",
                 Role.CONTRIBUTION: "contribution", Role.CONTRIBUTION_RATE: "contribution-rate",
                 Role.AVERAGE: "growth", Role.BALANCE: "difference", Role.DELTA: "change",
                 Role.FROM_PART: "growth"}
_RANK = {"contribution": 4, "contribution-rate": 4, "difference": 4, "change": 4,
         "growth": 3, "share": 3, "pp-change": 3, "pp-gap": 3, "rate": 2, "amount": 1}
# the keys a relation of statistical prose drafts on its claim, each from a role
_PROSE_KEYS = {RelationKind.CONTRIBUTION: (("part-growth", Role.PART_GROWTH), ("part", Role.PART)),
               RelationKind.BALANCE: (("left", Role.LEFT), ("right", Role.RIGHT)),
               RelationKind.CHANGE: (("current", Role.CURRENT), ("prior", Role.PRIOR)),
               RelationKind.FROM_TO: (("prior", Role.PRIOR),)}


@dataclass
class Drafted:
    """Claims made from relations, and for each relation the ids that carry its checks."""

    claims: list[Claim] = field(default_factory=list)
    primary: dict[int, list[str]] = field(default_factory=dict)  # relation index → claim ids
    parts: dict[int, list[str]] = field(default_factory=dict)
    figure_ids: dict[tuple[int, int], str] = field(default_factory=dict)
    quote_starts: dict[str, int] = field(default_factory=dict)  # claim id → offset of its quote
    # relations among claims that print no figure of their own (an order)
    relations: list[StatedRelation] = field(default_factory=list)
    # the discovered relations drafted (the indices of ``primary`` and ``parts``), and a note
    # for each one dropped because the model refused what it drafted
    kept: list[Relation] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


@dataclass
class _Records:
    """What drafting writes before the model validates it: claims-file records."""

    claims: list[dict[str, Any]] = field(default_factory=list)
    primary: dict[int, list[str]] = field(default_factory=dict)
    parts: dict[int, list[str]] = field(default_factory=dict)
    figure_ids: dict[tuple[int, int], str] = field(default_factory=dict)
    quote_starts: dict[str, int] = field(default_factory=dict)
    relations: list[dict[str, Any]] = field(default_factory=list)
    relation_of: list[int] = field(default_factory=list)  # the discovered relation of each


class Unbuildable(Exception):
    """A drafted record the model (or, later, the graph) refuses: the claim's id, when known."""

    def __init__(self, claim_id: str | None, message: str) -> None:
        super().__init__(message)
        self.claim_id = claim_id
        self.message = message


def claim_id(text: str, fig: Operand) -> str:
    line, col = line_index(text).position(fig.start)
    return f"L{line}C{col}"


class _Quotes:
    """Which occurrence of its text a quote is, from every quote's occurrences found in one
    pass over the article (a scan per quote would make a long article quadratic)."""

    def __init__(self, text: str, relations: list[Relation]) -> None:
        self.text = text
        spans = [(fig.quote_start if fig.quote_start is not None else fig.start, fig.end)
                 for rel in relations for fig in (*(f for _, f in rel.roles), *rel.readings)]
        spans += [rel.structure_span for rel in relations if rel.structure_span is not None]
        self.index = QuoteIndex(text, (text[s:e] for s, e in spans))
        self.starts: dict[str, list[int]] = {}

    def __call__(self, start: int, end: int) -> tuple[str, int]:
        quote = self.text[start:end]
        starts = self.starts.get(quote)
        if starts is None:
            starts = self.index.occurrences(quote)
            if not starts:  # a quote no relation announced: found the slow way
                starts = [m.start() for m in re.finditer(f"(?={re.escape(quote)})", self.text)]
            self.starts[quote] = starts
        i = bisect_left(starts, start)
        return quote, i + 1 if i < len(starts) and starts[i] == start else 1


class _Builder:
    def __init__(self, text: str, subject_of: Any, quotes: _Quotes) -> None:
        self.text = text
        self.quote = quotes
        self.starts: dict[str, int] = {}
        self.subject_of = subject_of
        self.by_id: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []

    def claim(self, fig: Operand, kind: str, suffix: str = "") -> dict[str, Any]:
        cid = claim_id(self.text, fig) + suffix
        existing = self.by_id.get(cid)
        if existing is not None:
            cued = fig.negative or fig.quote_start is not None
            if _RANK.get(kind, 0) > _RANK.get(existing["kind"], 0):
                existing["kind"] = kind
                if cued:
                    self._place(existing, fig)
            elif cued and self.starts.get(cid) == fig.start:
                # a figure first met bare (one quantity in two units) and then with the cue
                # that signs it (减少97.5万公顷): its claim is quoted with the cue
                self._place(existing, fig)
            return existing
        record: dict[str, Any] = {"id": cid, "kind": kind}
        self._place(record, fig)
        subject = self.subject_of(fig)
        if subject:
            record["measures"] = subject
        record["note"] = REVIEW_NOTE
        self.by_id[cid] = record
        self.order.append(cid)
        return record

    def _place(self, record: dict[str, Any], fig: Operand) -> None:
        start = fig.quote_start if fig.quote_start is not None else fig.start
        quote, occurrence = self.quote(start, fig.end)
        self.starts[record["id"]] = start
        record["quote"] = quote
        if occurrence > 1:
            record["occurrence"] = occurrence
        else:
            record.pop("occurrence", None)
        record["value"] = value_text(fig)

    def variant(self, base: dict[str, Any], suffix: str) -> dict[str, Any]:
        cid = base["id"] + suffix
        if cid not in self.by_id:
            record = {k: v for k, v in base.items()
                      if k in ("kind", "quote", "occurrence", "value", "measures", "note")}
            record["id"] = cid
            if base["id"] in self.starts:
                self.starts[cid] = self.starts[base["id"]]
            self.by_id[cid] = record
            self.order.append(cid)
        return self.by_id[cid]


def draft_claims(text: str, relations: list[Relation], subject_of: Any = None,
                 *, variants: bool = True) -> Drafted:
    """Typed claims for ``relations``, validated as the loader validates a claims file.

    Without ``variants`` (a draft for a person to review) every part hangs from its total
    and only the first reading of an ambiguous relation is written. A relation whose
    records the model refuses is discovery's mistake: it is dropped (``Drafted.dropped``
    says why) and the others are drafted again without it.
    """
    dropped: list[str] = []
    while True:
        records = _records(text, relations, subject_of, variants)
        try:
            return _typed(records, relations, dropped)
        except Unbuildable as exc:
            i = culprit(text, relations, exc.claim_id)
            dropped.append(not_built(text, relations[i], exc.message))
            relations = relations[:i] + relations[i + 1:]


def _typed(records: _Records, relations: list[Relation], dropped: list[str]) -> Drafted:
    """The records validated by the model; raises ``Unbuildable`` at the first it refuses."""
    claims = []
    for record in records.claims:
        # the quote is the article's own text, so the rule against control characters in
        # what a person typed into a claims file does not apply to it
        try:
            claim = validate_claim({**record, "quote": "-"})
        except ValidationError as exc:
            raise Unbuildable(str(record["id"]), refused(exc, Claim)) from None
        claims.append(claim.model_copy(update={"quote": record["quote"]}))
    stated = []
    for k, record in enumerate(records.relations):
        try:
            stated.append(StatedRelation.model_validate(record))
        except ValidationError as exc:
            raise Unbuildable(f"#{records.relation_of[k]}", refused(exc, StatedRelation)) from None
    return Drafted(claims, records.primary, records.parts, records.figure_ids,
                   records.quote_starts, stated, list(relations), dropped)


def culprit(text: str, relations: list[Relation], rejected: str | None) -> int:
    """The relation to drop for a rejected claim: the least confident (the latest of equals)
    of those its figure takes part in; the last relation when the claim is not known."""
    if rejected is not None and rejected.startswith("#"):
        return int(rejected[1:])  # a relation among claims, by the discovered relation
    if rejected is not None:
        base = rejected.split(".")[0].split("-")[0]
        touching = [i for i, rel in enumerate(relations)
                    if any(claim_id(text, f) == base
                           for f in (*(f for _, f in rel.roles), *rel.readings))]
        if touching:
            return min(touching, key=lambda i: (relations[i].confidence, -i))
    return len(relations) - 1


def refused(exc: ValidationError, model: type[Any]) -> str:
    """What the model refuses in a drafted record, in factcheck's words (the field and why,
    chosen by the error's type as the loader's errors are), not pydantic's sentence."""
    return as_input_error(exc.errors()[0], Positions(""), model).message


def not_built(text: str, rel: Relation, why: str) -> str:
    """The note of a relation dropped because what it drafted cannot be built."""
    fig = rel.primary
    start = fig.start if fig is not None else (rel.structure_span or (0, 0))[0]
    line, col = line_index(text).position(start)
    return Message(N_("line {line}, column {column}: {kind} not checked, the relation discovery "
                      "proposed cannot be built ({why}); {evidence}"), line=line, column=col,
                   kind=rel.kind.value, why=Message(why), evidence=rel.evidence())


def _records(text: str, relations: list[Relation], subject_of: Any, variants: bool) -> _Records:
    """Claims-file records (kebab-case keys) for ``relations``."""
    quotes = _Quotes(text, relations)
    b = _Builder(text, subject_of or (lambda fig: ""), quotes)
    out = _Records()
    used_totals: dict[str, int] = {}
    for i, rel in enumerate(relations):
        if rel.kind is RelationKind.STRUCTURE:
            assert rel.structure_span is not None and rel.structure_text is not None
            s, e = rel.structure_span
            quote, occurrence = quotes(s, e)
            line, col = line_index(text).position(s)
            cid = f"L{line}C{col}"
            record = b.by_id.get(cid) or {"id": cid, "quote": quote, "value": rel.structure_text,
                                          "kind": "structure", "note": REVIEW_NOTE}
            if occurrence > 1:
                record["occurrence"] = occurrence
            if cid not in b.by_id:
                b.starts[cid] = s
                b.by_id[cid] = record
                b.order.append(cid)
            components = [b.claim(f, "amount")["id"] for f in rel.all(Role.COMPONENT)]
            if components:
                record["components"] = components
            out.primary[i] = [cid]
            continue
        if rel.kind in (RelationKind.ORDER, RelationKind.SAME, RelationKind.SHARES,
                        RelationKind.MEAN):
            member_kind = "share" if rel.kind is RelationKind.SHARES else None
            listed = rel.all(PRIMARY_ROLE[rel.kind]) + rel.all(Role.GROUP)
            members = [b.claim(f, member_kind or ("rate" if f.is_percent else "amount"))["id"]
                       for f in listed]
            if len(set(members)) == len(members) >= 2:
                entry: dict[str, Any] = {"kind": rel.kind.value, "members": members}
                if rel.extra.get("partial") == "yes":
                    entry["partial"] = True  # some of the whole's parts: at most 100
                out.relations.append(entry)
                out.relation_of.append(i)
                out.primary[i] = members[:1]
                out.parts[i] = members
            continue
        if rel.kind is RelationKind.CONVERSION:
            original, converted = rel.get(Role.ORIGINAL), rel.get(Role.CONVERTED)
            assert original is not None and converted is not None
            first = b.claim(original, "amount")
            head = b.claim(converted, "amount")
            head.setdefault("converts", first["id"])
            if rel.extra.get("period"):
                head.setdefault("converted-at", rel.extra["period"])
            # FC410 names the amount converted first, then its conversion
            out.primary[i] = [first["id"]]
            out.parts[i] = [first["id"], head["id"]]
            continue
        # the rates of a whole and its halves that are levels (jobless rates), not growth
        level = rel.kind is RelationKind.WEIGHTED_GROWTH and rel.extra.get("level") == "yes"
        if rel.kind is RelationKind.ENUMERATION:
            # the count carries the names listed for it; the items' figures are not counted
            count = rel.get(Role.COUNT)
            if count is not None and rel.extra.get("items"):
                head = b.claim(count, "amount")
                head.setdefault("items", rel.extra["items"].split("\n"))
                out.primary[i] = [head["id"]]
            continue
        for role, fig in rel.roles:
            kind = "rate" if level else _KIND_OF_ROLE.get(role, "rate" if fig.is_percent else "amount")
            b.claim(fig, kind)
        primary = rel.primary
        assert primary is not None
        head = b.claim(primary, "rate" if level else _KIND_OF_ROLE.get(_primary_role(rel), "amount"))
        ids = [head["id"]]
        if rel.kind is RelationKind.GROWTH:
            for role in (Role.CURRENT, Role.PRIOR, Role.INCREASE):
                f = rel.get(role)
                if f is not None:
                    head.setdefault(role.value, claim_id(text, f))
            if rel.real:
                head["real"] = True
        elif rel.kind in (RelationKind.PART_OF, RelationKind.PARTITION):
            # each 其中-part is checked on its own: listed parts may nest (汽车 within 装备制造)
            n = used_totals.get(head["id"], 0)
            used_totals[head["id"]] = n + 1
            suffix = "" if not variants or (rel.confident and n == 0) else f"-p{n + 1}"
            total = head if not suffix else b.variant(head, suffix)
            ids = [total["id"]]
            if rel.kind is RelationKind.PARTITION:
                total["exhaustive"] = True
            parts = []
            for p in rel.all(Role.PART):
                part = b.claim(p, "amount")
                part.setdefault("part-of", total["id"])
                parts.append(part["id"])
            out.parts[i] = parts
        elif rel.kind is RelationKind.SHARE:
            for role in (Role.PART, Role.PART_GROWTH, Role.WHOLE_GROWTH):
                f = rel.get(role)
                if f is not None:  # the claims-file key is the role's name
                    head.setdefault(role.value, claim_id(text, f))
            whole_of = rel.all(Role.WHOLE_OF)
            of_part = rel.get(Role.PART)
            if whole_of and of_part is not None:  # the whole is not printed: the part and these
                head.setdefault("whole-of", [claim_id(text, f) for f in [of_part, *whole_of]])
            ids = _readings(b, head, rel, "whole", variants)
        elif rel.kind is RelationKind.PP_CHANGE:
            head.setdefault("of", claim_id(text, rel.get(Role.OF)))  # type: ignore[arg-type]
            prior = rel.get(Role.PRIOR)
            if prior is not None:
                head.setdefault("prior", claim_id(text, prior))
        elif rel.kind is RelationKind.PP_GAP:
            head.setdefault("of", claim_id(text, rel.get(Role.OF)))  # type: ignore[arg-type]
            ids = _readings(b, head, rel, "against", variants)
        elif rel.kind is RelationKind.WEIGHTED_GROWTH:
            head.setdefault("from-parts", [claim_id(text, f) for f in rel.all(Role.FROM_PART)])
        elif rel.kind in _PROSE_KEYS:
            if rel.kind is RelationKind.FROM_TO and "prior" in head:
                # a second earlier value of one figure ("down from 7.0% in August and down
                # from 8.6% a year before"): a variant claim carries it and its direction
                n = sum(1 for c in b.by_id if c.startswith(head["id"] + ".f"))
                head = b.variant(head, f".f{n + 2}")
                ids = [head["id"]]
            for key, role in _PROSE_KEYS[rel.kind]:
                f = rel.get(role)
                if f is not None:
                    head.setdefault(key, claim_id(text, f))
            if "direction" in rel.extra:
                head["direction"] = rel.extra["direction"]
        out.primary[i] = ids
    out.claims = [b.by_id[c] for c in b.order]
    out.quote_starts = b.starts
    _break_cycles(out.claims)
    for record in out.claims:
        _drop_keys_of_other_kinds(record)
    for fig_rel in relations:
        for _, f in fig_rel.roles:
            out.figure_ids[f.key] = claim_id(text, f)
    return out


def _drop_keys_of_other_kinds(record: dict[str, Any]) -> None:
    """A figure read in two relations (a change that is also a gap) keeps the keys of the
    kind it was drafted as: a claims file may carry only those (``factcheck.claims.kinds``)."""
    from factcheck.claims.kinds import KEYS, RELATION_KEYS, ClaimKind

    carried = KEYS[ClaimKind(record.get("kind", "amount"))]
    for name in RELATION_KEYS:
        if name not in carried:
            record.pop(name.replace("_", "-"), None)


def _primary_role(rel: Relation) -> Role:
    return PRIMARY_ROLE[rel.kind]


def _readings(b: _Builder, head: dict[str, Any], rel: Relation, key: str,
              variants: bool) -> list[str]:
    """The relation's claim and one variant per further reading of ``key``."""
    if not rel.readings:
        return [head["id"]]
    ids = []
    for k, fig in enumerate(rel.readings if variants else rel.readings[:1]):
        record = head if k == 0 else b.variant(head, f".r{k + 1}")
        if k > 0:
            for copy in ("of", "part"):
                if copy in head:
                    record[copy] = head[copy]
        b.claim(fig, "rate" if fig.is_percent else "amount")
        record.setdefault(key, claim_id(b.text, fig))
        ids.append(record["id"])
    return ids


_REFERENCE_KEYS = ("current", "prior", "increase", "of", "against", "part", "whole", "part-of",
                   "part-growth", "whole-growth", "left", "right")


def _break_cycles(claims: list[dict[str, Any]]) -> None:
    """Drop references that point back at their own claim or close a loop.

    Cue rules look at text locally; in tangled prose two of them can point at each other
    (A part of B, B part of A). A claims file may hold no such loop, so the later edge goes.
    """
    by_id = {c["id"]: c for c in claims}
    for claim in claims:
        for key in _REFERENCE_KEYS:
            target = claim.get(key)
            if target is None:
                continue
            if target == claim["id"] or target not in by_id or _reaches(by_id, target, claim["id"]):
                del claim[key]
        if "components" in claim:
            claim["components"] = [c for c in claim["components"] if c != claim["id"]]


def _reaches(by_id: dict[str, dict[str, Any]], start: str, goal: str) -> bool:
    seen: set[str] = set()
    stack = [start]
    while stack:
        cid = stack.pop()
        if cid == goal:
            return True
        if cid in seen:
            continue
        seen.add(cid)
        claim = by_id.get(cid, {})
        stack.extend(str(claim[k]) for k in _REFERENCE_KEYS if k in claim)
        stack.extend(claim.get("components", []))
    return False
