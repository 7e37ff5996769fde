"""One generic matcher for the statement templates kept as data (``languages/*/templates.toml``).

Each sentence is written once as a string in which every figure stands as a token
(``⟦A3⟧``: the fourth figure of the article, an amount); a template is a regular
expression over that string whose slots name the role each figure plays. A match is a
whole statement within one sentence (or, for scope ``pair``, a sentence and the one before
it, as "Of this …" continues the statement before; for scope ``opening``, a sentence
that opens its paragraph and the last sentence of the paragraph before), so its relation
is confident. Adding
a phrasing is a data line and a test, not code.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck.core.i18n import N_, Message
from factcheck.discover.context import Prose, dimension, negated, unit_of
from factcheck.discover.relation import PRIMARY_ROLE, Cue, Operand, Relation, RelationKind, Role
from factcheck.languages import lexicon

_SLOT = re.compile(r"\{(?P<role>[a-z]+)?(?::(?P<kind>[APQ]{1,3})(?P<many>\+)?|@(?P<classes>[a-z_|]+))\}"
                   r"|\{~(?P<gap>\d+)\}")
_TOKEN = re.compile(r"⟦([APQ])(\d+)⟧")
CONFIDENCE = 0.9
# relations of a value and its earlier value
_EARLIER_KINDS = frozenset({RelationKind.FROM_TO, RelationKind.GROWTH, RelationKind.CHANGE})
# what a space of a template stands for, and what stands between two items of a list slot
# ({role:A+}), when a language's templates.toml does not say (``blank``, ``list_join``;
# ``word_boundaries = false`` for a script with no spaces between words)
_BLANK = r"\s+"
_JOIN = r"[^⟦.;]{0,40}?(?:,|\band\b)\s*[^⟦.;]{0,20}?"


@dataclass(frozen=True)
class Template:
    id: str
    kind: RelationKind
    pattern: re.Pattern[str]
    scope: str
    sign: str | None
    negative: tuple[str, ...]
    signed: tuple[str, ...]
    slots: tuple[tuple[str, str, bool], ...]  # group, role, list
    # roles whose figure an earlier match may have taken: "6.8%, down from 7.0% in August and
    # down from 8.6% a year before" states two earlier values of one figure
    reuse: tuple[str, ...] = ()
    # the figures are printed smallest first ("the lowest rates were in A (4.2%), B (4.9%)"):
    # an order is stated largest first
    reverse: bool = False


def _compile(text: str, language: str, syntax: dict[str, Any]
             ) -> tuple[re.Pattern[str], tuple[tuple[str, str, bool], ...]]:
    blank = syntax.get("blank", _BLANK)
    join = syntax.get("list_join", _JOIN)
    bounded = syntax.get("word_boundaries", True)
    slots: list[tuple[str, str, bool]] = []
    out: list[str] = []
    pos = 0
    named: dict[str, int] = {}  # a remembered word named twice (alternatives): verb, verb__1
    for m in _SLOT.finditer(text):
        out.append(text[pos:m.start()].replace(" ", blank))
        pos = m.end()
        role = m.group("role")
        if m.group("gap"):
            out.append(r"(?:[^⟦.;]|⟦[PQ]\d+⟧)" + f"{{0,{m.group('gap')}}}?")
            continue
        if m.group("classes"):
            words: list[str] = []
            for cls in m.group("classes").split("|"):
                words += lexicon.words(cls, language)
            alt = (rf"\b(?:{lexicon.alternation(words)})\b" if bounded
                   else rf"(?:{lexicon.alternation(words)})")
            if role:
                seen = named.get(role, 0)
                named[role] = seen + 1
                out.append(f"(?P<{role}__{seen}>{alt})" if seen else f"(?P<{role}>{alt})")
            else:
                out.append(alt)
            continue
        group = f"s{len(slots)}"
        kind = m.group("kind")
        if m.group("many"):
            one = rf"[+\-−]?⟦[{kind}]\d+⟧"
            out.append(rf"(?P<{group}>{one}(?:{join}{one})*)")
        else:
            out.append(rf"[+\-−]?(?P<{group}>⟦[{kind}]\d+⟧)")
            if "A" in kind:  # an amount's conversion in brackets: A$4.6bn ($3.3bn)
                out.append(r"(?: ?\(⟦A\d+⟧\))?")
        slots.append((group, role or "", bool(m.group("many"))))
    out.append(text[pos:].replace(" ", blank))
    return re.compile("".join(out), re.IGNORECASE), tuple(slots)


@cache
def templates(language: str) -> tuple[Template, ...]:
    data = lexicon.templates(language)
    if data is None:
        return ()
    out = []
    for t in data.get("template", []):
        pattern, slots = _compile(t["text"], language, data)
        out.append(Template(t["id"], RelationKind(t["kind"]), pattern, t.get("scope", "sentence"),
                            t.get("sign"), tuple(t.get("negative", ())), tuple(t.get("signed", ())),
                            slots, tuple(t.get("reuse", ())), bool(t.get("reverse", False))))
    return tuple(out)


class _Tokens:
    """A stretch of the article with its figures as tokens, and the way back to offsets."""

    def __init__(self, art: Prose, start: int, end: int, index: dict[tuple[int, int], int]) -> None:
        parts: list[str] = []
        self.marks: list[int] = []  # token-string offsets where a piece starts
        self.origins: list[int] = []  # and the article offset of that piece
        pos, length = start, 0
        # a figure taken out of the statements (a conversion, a contribution) is left out of
        # the string, with its brackets: "A$4.6bn ($3.3bn) for the half" reads as
        # "⟦A⟧ for the half", and its digits are no full stop
        events = [(*_with_brackets(art.folded, f.start, f.end), "") for f in art.withdrawn
                  if start <= f.start and f.end <= end]
        for f in art.in_range(start, end):
            letter = "A" if f.is_amount else "P" if f.is_percent else "Q" if f.is_pp else ""
            if letter:
                events.append((f.start, f.end, f"⟦{letter}{index[f.key]}⟧"))
        for a, b, token in sorted(events):
            if a < pos:
                continue
            plain = art.folded[pos:a]  # traditional cue words folded, same length
            self.marks.append(length)
            self.origins.append(pos)
            parts.append(plain)
            length += len(plain)
            if token:
                self.marks.append(length)
                self.origins.append(a)
                parts.append(token)
                length += len(token)
            pos = b
        self.marks.append(length)
        self.origins.append(pos)
        parts.append(art.folded[pos:end])
        self.string = "".join(parts)

    def offset(self, i: int) -> int:
        k = bisect_right(self.marks, i) - 1
        return self.origins[k] + (i - self.marks[k])


def _with_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a figure with the brackets that hold it alone, and the blank before them."""
    a = start
    while a > 0 and text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and text[b].isspace():
        b += 1
    if a > 0 and text[a - 1] in "(（" and b < len(text) and text[b] in ")）":
        a -= 1
        while a > 0 and text[a - 1] == " ":
            a -= 1
        return a, b + 1
    return start, end


def discover(art: Prose) -> Iterator[Relation]:
    """Every relation a template states, one per match, confident."""
    found = templates(art.language)
    if not found:
        return
    figures = art.figures
    index = {f.key: i for i, f in enumerate(figures)}
    taken: set[tuple[int, int]] = set()
    for s in art.sentences:
        if not art.in_range(s.start, s.end):
            continue
        spans = {"sentence": (s.start, s.end)}
        prev = art.previous_sentence(s)
        if prev is not None:
            spans["pair"] = (prev.start, s.end)
        else:
            # scope "opening": a sentence that opens its paragraph with the last sentence of
            # the paragraph before ("…to USD 23.4bn.⏎⏎Of these, USD 18bn were …")
            before = art.sentence_before(s)
            if before is not None and not art.text[before.end:s.start].strip(" \t\r\n.;"):
                spans["opening"] = (before.start, s.end)
        tokens = {scope: _Tokens(art, a, b, index) for scope, (a, b) in spans.items()}
        for t in found:
            tok = tokens.get(t.scope)
            if tok is None:
                continue
            for m in t.pattern.finditer(tok.string):
                if t.scope != "sentence" and tok.offset(m.end()) <= s.start:
                    continue  # wholly in the sentence before: found there
                rel = _relation(art, t, m, tok, figures)
                if rel is None or any(f.key in taken for r, f in rel.roles if r not in t.reuse):
                    continue
                taken.update(f.key for _, f in rel.roles)
                yield rel


def _relation(art: Prose, t: Template, m: re.Match[str], tok: _Tokens,
              figures: list[Operand]) -> Relation | None:
    negative = False
    said = _sign_word(t, m)
    if t.kind is RelationKind.FROM_TO and not said:
        return None  # a figure with its earlier value is a relation only with its direction
    if said:
        word = said.lower()
        negative = any(word in (w.lower() for w in lexicon.words(cls, art.language))
                       for cls in t.negative)
    roles: list[tuple[Role, Operand]] = []
    for group, role, many in t.slots:
        text = m.group(group)
        if text is None:
            continue
        for _, i in _TOKEN.findall(text) if many else [_TOKEN.fullmatch(text).groups()]:  # type: ignore[union-attr]
            fig = figures[int(i)]
            if negative and role in t.signed:
                fig = negated(fig, fig.start)
            roles.append((Role(role), fig))
    if t.kind in _EARLIER_KINDS:
        # an earlier value printed bare takes the unit of the value it is compared with
        like = next((f for r, f in roles if r is Role.CURRENT and f.reading.unit is not None), None)
        if like is not None:
            roles = [(r, unit_of(f, like) if r is Role.PRIOR else f) for r, f in roles]
    # a template joins figures of one quantity: one dimension, where a bare number may stand
    # for a count (1.15 million beside 254 000 people) but never for money (2 cents)
    dims = {dimension(f) for r, f in roles if f.is_amount}
    named = dims - {"dimensionless"}
    counted = not named or next(iter(named)) == "person" or next(iter(named)).startswith("?")
    if len(named) > 1 or (named and "dimensionless" in dims and not counted):
        return None
    if len({f.kind for _, f in roles}) > 1 and t.kind is RelationKind.FROM_TO:
        return None  # a figure and its earlier value are of one kind (a rate, an amount)
    kind = t.kind
    if kind in (RelationKind.PARTITION, RelationKind.PART_OF) \
            and any(art.mean_figure(f) for _, f in roles):
        # averages of groups lie around the whole's average; they never add up to it
        if kind is not RelationKind.PARTITION or len(roles) != 3:
            return None
        kind = RelationKind.MEAN
        roles = [(Role.MEAN if r is Role.TOTAL else Role.GROUP, f) for r, f in roles]
    order = list(Role)
    primary = PRIMARY_ROLE[kind]
    if t.reverse:
        roles.reverse()
    roles.sort(key=lambda rf: (rf[0] is not primary, order.index(rf[0])))
    start, end = tok.offset(m.start()), tok.offset(m.end())
    extra = {"direction": "down" if negative else "up"} if t.kind is RelationKind.FROM_TO else {}
    # a share's whole is its reading, as every share rule drafts it (claims: whole)
    wholes = tuple(f for r, f in roles if r is Role.WHOLE) if t.kind is RelationKind.SHARE else ()
    return Relation(kind, tuple(rf for rf in roles if not wholes or rf[0] is not Role.WHOLE),
                    (Cue(art.text[start:end], start, end),), CONFIDENCE,
                    reading_role=Role.WHOLE if wholes else None, readings=wholes,
                    why=Message(N_("the statement template {id} matches the sentence"),
                                id=repr(t.id)), extra=extra)


def _sign_word(t: Template, m: re.Match[str]) -> str | None:
    """The remembered word the sign is read from: ``sign = "verb|than"`` names either, and a
    name used in two alternatives of one template (verb, verb__1) is one."""
    if not t.sign:
        return None
    for name in t.sign.split("|"):
        for group, text in m.groupdict().items():
            if text and (group == name or group.startswith(name + "__")):
                return text
    return None
