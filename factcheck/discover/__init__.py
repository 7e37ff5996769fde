"""Relation discovery: propose typed relations between an article's figures from cue words.

``discover_relations(text, language)`` lists them with their evidence and confidence;
``draft_for_review`` turns them into typed claims (``factcheck.claims.model.Claim``, the
records the loader produces) marked for review, which ``init`` writes to a claims file;
``factcheck.discover.auto`` checks an article with no claims file.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.core.i18n import N_
from factcheck.discover.confidence import calibrate
from factcheck.discover.relation import CONFIDENT, Cue, Operand, Relation, RelationKind, Role
from factcheck.languages import module
from factcheck.languages.detect import detect_language
from factcheck.units import per_another

if TYPE_CHECKING:
    from factcheck.discover.claims import Drafted
    from factcheck.discover.context import Prose

__all__ = ["CONFIDENT", "Cue", "Operand", "Relation", "detect_language", "discover_relations",
           "draft_for_review"]



def discover_relations(text: str, language: str | None = None) -> list[Relation]:
    """Every relation the cue rules find in ``text``, in order of their first figure."""
    from factcheck.discover.context import Prose
    from factcheck.discover.figures import find_figures

    lang = language or detect_language(text)
    art = Prose(text, find_figures(text, lang), lang)
    found = _signed_alike(_dedupe([r for r in _statements(art) if _sound(r)]))
    found += _weighted_growth(found)
    return sorted(calibrate(art, found), key=_position)


def _statements(art: Prose) -> list[Relation]:
    """The relations of the text's statements, rule by rule in one order for every language:
    the language's structures, its templates (``templates.toml`` in its folder), its own
    rules, the rules common to every language, then its rules that read what those found.
    A language's ``statements`` module supplies the three stages it has (``structures``,
    ``before_common``, ``after_common``); a language with none runs its templates and the
    common rules."""
    from factcheck.discover import rules_prose, templates

    rules = module(art.language, "statements")
    withdrawn = rules_prose.withdraw(art)  # before the rules that would misread them
    found: list[Relation] = []
    if rules is not None and hasattr(rules, "structures"):
        found += rules.structures(art)
    found += templates.discover(art)
    if rules is not None and hasattr(rules, "before_common"):
        found = rules.before_common(art, found)
    found += rules_prose.discover(art, found)
    if rules is not None and hasattr(rules, "after_common"):
        found = rules.after_common(art, found)
    found += rules_prose.repeated(art, found)  # last: a figure stated twice keeps its relations
    return rules_prose.link_structures(art, found + withdrawn)


def _weighted_growth(relations: list[Relation]) -> list[Relation]:
    """A partition whose total and every part have a growth rate printed with them: the
    total's rate is the parts' rates weighted by their earlier amounts (城镇 4.0%, 乡村 4.8%,
    all 4.1%). Real (price-adjusted) rates of nominal amounts are not weighted so."""
    rate_of: dict[tuple[int, int], Relation] = {}
    for rel in relations:
        current = rel.get(Role.CURRENT)
        if rel.kind is RelationKind.GROWTH and current is not None and rel.get(Role.RATE):
            rate_of.setdefault(current.key, rel)
    out = []
    for rel in relations:
        total = rel.get(Role.TOTAL)
        if rel.kind is not RelationKind.PARTITION or total is None:
            continue
        growths = [rate_of.get(f.key) for f in (total, *rel.all(Role.PART))]
        if any(g is None or g.real for g in growths):
            continue
        rates = [g.get(Role.RATE) for g in growths if g is not None]
        head, parts = rates[0], rates[1:]
        if head is None or any(p is None for p in parts):
            continue
        confidence = min(rel.confidence, *(g.confidence for g in growths if g is not None))
        out.append(Relation(RelationKind.WEIGHTED_GROWTH,
                            ((Role.RATE, head), *((Role.FROM_PART, p) for p in parts if p)),
                            rel.cues, confidence,
                            why=N_("a total's rate is its parts' rates weighted by their amounts")))
    return out


# relations that add their figures up; relations that compare figures of one kind
_SUMS = frozenset({RelationKind.PART_OF, RelationKind.PARTITION, RelationKind.BALANCE})
_COMPARISONS = frozenset({RelationKind.ORDER, RelationKind.SAME, RelationKind.MEAN})


def _sound(rel: Relation) -> bool:
    """A relation its figures can form, whatever cue seemed to state it: no sum holds a
    quantity per another (其中，单位面积产量6272公斤/公顷); an order or a quantity stated twice
    never mixes an amount and a rate (1.8 million, 13.1%)."""
    if rel.kind in _SUMS:
        return not any(per_another(f.reading.unit or "") for _, f in rel.roles)
    if rel.kind in _COMPARISONS:
        return len({f.kind for _, f in rel.roles}) <= 1
    return True


def _signed_alike(relations: list[Relation]) -> list[Relation]:
    """One quantity printed twice has one sign: the member of a ``same`` relation that
    another statement reads as a decline (减少97.5万公顷(1462万亩)) makes every member one."""
    negative = {f.key for rel in relations for _, f in rel.roles if f.negative}
    out = []
    for rel in relations:
        members = rel.all(Role.MEMBER)
        if rel.kind is RelationKind.SAME and any(f.key in negative for f in members):
            rel = replace(rel, roles=tuple((r, replace(f, negative=True)) for r, f in rel.roles))
        out.append(rel)
    return out


def _position(rel: Relation) -> tuple[int, str]:
    fig = rel.primary
    start = fig.start if fig is not None else (rel.structure_span or (0, 0))[0]
    return start, rel.kind


def _dedupe(relations: list[Relation]) -> list[Relation]:
    best: dict[tuple[str, ...], Relation] = {}
    for rel in relations:
        key = (*rel.signature(), *(f"{r}@{f.start}" for r, f in rel.roles))
        if key not in best or rel.confidence > best[key].confidence:
            best[key] = rel
    # a part belongs to one total: the most confident relation keeps it
    owner: dict[tuple[int, int], Relation] = {}
    for rel in sorted(best.values(), key=lambda r: -r.confidence):
        if rel.kind not in (RelationKind.PART_OF, RelationKind.PARTITION):
            continue
        for p in rel.all(Role.PART):
            owner.setdefault(p.key, rel)
    out = []
    for rel in best.values():
        if rel.kind is RelationKind.PART_OF:
            part = rel.get(Role.PART)
            if part is not None and owner.get(part.key) is not rel:
                continue
        out.append(rel)
    return out


def draft_for_review(text: str, relations: list[Relation], language: str | None = None) -> Drafted:
    """Typed claims for ``relations``, each with ``note: "discovered — review"``, as a person
    reviews them (every part hangs from its total, one reading of each relation); a relation
    whose claims the model refuses is left out, with a note in ``dropped``."""
    from factcheck.discover.claims import draft_claims
    from factcheck.discover.context import Prose, name_key

    art = Prose(text, [], language or detect_language(text))

    def subject(fig: Operand) -> str:
        return name_key(art.clause_prefix(fig))[-30:]

    return draft_claims(text, relations, subject, variants=False)
