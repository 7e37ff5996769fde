"""The typed claim graph: every claim with its parsed value, its place in the article
and its relations resolved to other claims."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.claims.kinds import ClaimKind
from factcheck.claims.model import Claim, Waiver
from factcheck.claims.values import Figure, Value, parse_value, rounded_to, share_in_words
from factcheck.core.errors import InputError, LineIndex, Location, line_index
from factcheck.core.i18n import N_, Message, message_of
from factcheck.core.suggest import did_you_mean
from factcheck.load.claims import LoadedClaims
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, NumberError, Tolerances
from factcheck.units import UnknownUnitError

if TYPE_CHECKING:
    from factcheck.claims.provenance import Provenance
    from factcheck.extract.figures import PrintedFigure
    from factcheck.extract.mentions import Mention


@dataclass(frozen=True)
class ArticleSpan:
    """Code-point offsets into the article, end exclusive, with 1-based line/column."""

    start: int
    end: int
    line: int
    column: int
    paragraph: int


@dataclass(frozen=True)
class Node:
    """One claim with everything the checks need."""

    index: int
    claim: Claim
    value: Value
    location: Location
    quote_span: ArticleSpan | None
    quote_count: int
    # (field, claim id) of every relation, read from the claim once: the checks and the
    # cycle search ask often, and each read of a model's attribute costs
    refs: tuple[tuple[str, str], ...] = ()
    # the figures printed in the quote, and where in the article the claim's own figure is
    # (None: quote not found); found once here, read by fidelity and the HTML view
    quote_figures: tuple[PrintedFigure, ...] = ()
    figure_span: tuple[int, int] | None = None
    id: str = field(init=False)  # the claim's id, asked for millions of times

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", self.claim.id)


@dataclass(frozen=True)
class WaiverNode:
    index: int
    waiver: Waiver
    location: Location
    spans: tuple[ArticleSpan, ...]


@dataclass(frozen=True)
class UnitConflict:
    """A relation whose members are in units that cannot meet (found by the unit pass)."""

    relation: str  # which relation of its owner: "change", "share", "breakdown" …
    owner: str  # the claim that states the relation (with a suffix for one of several)
    blocks: str  # the code of the arithmetic check that cannot judge it
    claim_ids: tuple[str, ...]
    message: str


@dataclass
class ClaimGraph:
    """All claims of one file, by id, plus the article they come from."""

    source: LoadedClaims
    nodes: list[Node]
    waivers: list[WaiverNode]
    by_id: dict[str, Node] = field(default_factory=dict)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    line_index: LineIndex | None = None
    # the relations whose members cannot meet (FC403), found once before the checks run
    unit_conflicts: list[UnitConflict] = field(default_factory=list)
    # whether the unit pass (``checks.comparable.prepare``) has run on this graph
    units_checked: bool = False
    # values the claims imply and relations name (``exports.prior``): found by id, never
    # checked themselves (they are not among ``nodes``)
    implied: list[Node] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_id = {n.id: n for n in self.nodes}
        self.by_id.update((n.id, n) for n in self.implied)
        self._blocked = frozenset((c.relation, c.owner) for c in self.unit_conflicts)
        self._referring: dict[str, dict[str, list[Node]]] | None = None
        self._kinds: dict[ClaimKind, list[Node]] | None = None
        self._mentions: list[Mention] | None = None
        self._slim = False

    @property
    def article_text(self) -> str:
        return self.source.article.text

    def set_unit_conflicts(self, conflicts: list[UnitConflict]) -> None:
        self.units_checked = True
        self.unit_conflicts = conflicts
        self._blocked = frozenset((c.relation, c.owner) for c in conflicts)

    def incomparable(self, relation: str, owner: str) -> bool:
        """Whether the unit pass found the members of this relation unable to meet: its
        arithmetic check then skips it (FC403 reports it)."""
        return (relation, owner) in self._blocked

    def get(self, claim_id: str | None) -> Node | None:
        return None if claim_id is None else self.by_id.get(claim_id)

    def of_kind(self, *kinds: ClaimKind) -> Iterator[Node]:
        """The claims of these kinds, in file order."""
        by_kind = self._kinds
        if by_kind is None:  # one pass for every check, not one per check
            by_kind = {}
            for n in self.nodes:
                by_kind.setdefault(n.claim.kind, []).append(n)
            self._kinds = by_kind
        if len(kinds) == 1:
            return iter(by_kind.get(kinds[0], ()))
        picked = [n for k in set(kinds) for n in by_kind.get(k, ())]
        picked.sort(key=lambda n: n.index)
        return iter(picked)

    def referring(self, field_name: str, target: str) -> list[Node]:
        """The claims whose ``field_name`` names ``target``, in file order."""
        return list(self.referring_all(field_name).get(target, ()))

    def referring_all(self, field_name: str) -> Mapping[str, Sequence[Node]]:
        """Every claim named in ``field_name`` by some claim, with those claims in file
        order (read-only: a check that walks every target asks once, not once per node)."""
        index = self._referring
        if index is None:  # one pass over every relation, not one per call
            index = {}
            for n in self.nodes:
                for name, value in n.refs:
                    if name != "components":  # a list, not one claim
                        index.setdefault(name, {}).setdefault(value, []).append(n)
            self._referring = index
        return index.get(field_name, {})

    @property
    def lines(self) -> LineIndex:
        if self.line_index is None:
            self.line_index = line_index(self.article_text)
        return self.line_index

    def slim(self) -> None:
        """Keep only what renderers read: most positions and the checks' indexes go (a
        report is kept beside many others, and sent between processes)."""
        if not self._slim:
            self.source = self.source.slimmed()
            self._slim = True
        self._referring = None
        self._kinds = None

    def mentions(self) -> list[Mention]:
        """Every figure the extractor finds in the article, found once per graph: coverage
        (FC104) reads them, and the HTML view places covered figures with them."""
        if self._mentions is None:
            from factcheck.extract import extract_article

            self._mentions = extract_article(self.article_text)
        return self._mentions

    @property
    def provenance(self) -> Provenance | None:
        """For discovered claims: the relations behind them."""
        return self.source.provenance

    def waiver_of(self, code: str, claim_ids: tuple[str, ...]) -> tuple[str, str] | None:
        """The claim, of those named, that waives ``code`` (the first), with its reason."""
        for cid in claim_ids:
            node = self.by_id.get(cid)
            if node is not None:
                reason = node.claim.ignore.get(code)
                if reason is not None:
                    return cid, reason
        return None

    def span_at(self, start: int, end: int) -> ArticleSpan:
        return make_span(self.article_text, self.paragraphs, start, end, self.lines)


_LINE = re.compile(r"[^\r\n]+")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Offsets of each non-empty line of the article (a paragraph per line, a line ending at
    a carriage return or a line feed), found by the regex engine rather than by a step of
    Python per character: each claims file about the article places its quotes in them."""
    return [m.span() for m in _LINE.finditer(text) if not m.group().isspace()]


def make_span(text: str, paragraphs: list[tuple[int, int]], start: int, end: int,
              lines: LineIndex | None = None, starts: list[int] | None = None) -> ArticleSpan:
    """``starts``, the paragraphs' first offsets, spares a key function per step of the
    search when many spans are made."""
    line, col = line_index(text).position(start) if lines is None else lines.position(start)
    # paragraphs are sorted and disjoint: the only candidate is the last one starting
    # at or before ``start``
    i = (bisect_right(paragraphs, start, key=lambda p: p[0]) if starts is None
         else bisect_right(starts, start))
    para = i if i and paragraphs[i - 1][0] <= start <= paragraphs[i - 1][1] else 0
    return ArticleSpan(start, end, line, col, para)


def find_occurrences(text: str, quote: str) -> list[int]:
    out: list[int] = []
    i = text.find(quote)
    while i >= 0:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


class QuoteIndex:
    """Every occurrence of many quotes in one text, found in one pass.

    ``find_occurrences`` per quote costs a scan of the whole article per claim; with
    100 000 claims that is quadratic. Here the quotes are grouped by their first ``k``
    characters and the text is walked once; only positions where a prefix matches are
    compared in full. Occurrences may overlap, as with ``find_occurrences``.

    For a few quotes in a short text (a claims file of a hundred claims), ``str.find`` per
    quote is quicker than the walk's step of Python per candidate position: the same
    occurrences, in the same order.
    """

    # quotes × characters below which each quote is searched for by ``str.find``
    SCAN_PER_QUOTE = 20_000_000

    def __init__(self, text: str, quotes: Iterable[str]) -> None:
        distinct = {q for q in quotes if q}
        self._hits: dict[str, list[int]] = {q: [] for q in distinct}
        if not distinct:
            return
        if len(distinct) * len(text) <= self.SCAN_PER_QUOTE:
            for q in distinct:
                self._hits[q] = find_occurrences(text, q)
            return
        k = min(4, min(len(q) for q in distinct))
        groups: dict[str, list[str]] = {}
        for q in sorted(distinct):
            groups.setdefault(q[:k], []).append(q)
        get, hits, starts = groups.get, self._hits, text.startswith
        # only positions holding a quote's first character can start one; the regex engine
        # finds those without a step of Python per character of the article
        firsts = "".join(sorted({q[0] for q in distinct}))
        candidates = re.compile(f"(?=[{re.escape(firsts)}])")
        last = len(text) - k
        for m in candidates.finditer(text):
            i = m.start()
            if i > last:
                break
            group = get(text[i:i + k])
            if group is not None:
                for q in group:
                    if starts(q, i):
                        hits[q].append(i)

    def occurrences(self, quote: str) -> list[int]:
        return list(self._hits.get(quote, ()))

    def nth(self, quote: str, occurrence: int) -> tuple[int, int | None]:
        """How often ``quote`` occurs, and where its ``occurrence``-th (from 1) starts, if it
        occurs that often: no copy of the list (a quote printed 10 000 times, claimed 10 000
        times, was 10⁸ offsets copied)."""
        hits = self._hits.get(quote, ())
        return len(hits), hits[occurrence - 1] if 0 < occurrence <= len(hits) else None


class SpanCover:
    """Whether some span [s, e) of a set contains a given span, in O(log n) per question."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among spans starting at or before
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end


def build_graph(source: LoadedClaims, tolerances: Tolerances = DEFAULT_TOLERANCES) -> ClaimGraph:
    """Parse values, resolve relations and place quotes and figures; raise InputError on
    bad records."""
    from factcheck.claims.kinds import TARGET_KINDS, value_misfit
    from factcheck.claims.quotes import own_figure
    from factcheck.extract.figures import printed_figures

    text = source.article.text
    paragraphs = paragraph_bounds(text)
    lines = line_index(text)
    para_starts = [p[0] for p in paragraphs]
    quotes = QuoteIndex(text, [c.quote for c in source.claims.claims]
                        + [w.quote for w in source.claims.waivers])
    nodes: list[Node] = []
    seen: dict[str, int] = {}
    for i, claim in enumerate(source.claims.claims):
        if claim.id in seen:
            raise InputError(
                source.field_location(i, "id"),
                Message(N_("duplicate claim id {id} (first used by claims[{first}])"),
                        id=repr(claim.id), first=seen[claim.id]),
            )
        seen[claim.id] = i
        try:
            value = parse_value(claim.value, label=claim.kind is ClaimKind.LABEL,
                                tolerances=tolerances)
        except (NumberError, UnknownUnitError) as exc:
            raise InputError(source.field_location(i, "value"), message_of(exc)) from None
        if claim.kind in (ClaimKind.SHARE, ClaimKind.RATE) and isinstance(value, Figure):
            value = share_in_words(value) or value  # almost two-thirds: 60–66.7%
        misfit = value_misfit(claim.kind, value)
        if misfit is not None:
            raise InputError(source.field_location(i, "value"),
                             Message(N_("the value of a {kind} claim is {what}, not {value}"),
                                     kind=claim.kind.value, what=misfit, value=repr(claim.value)))
        step = claim.rounded_to or source.claims.rounded_to
        if step is not None and isinstance(value, Figure):
            value = rounded_to(value, step)
        count, start = quotes.nth(claim.quote, claim.occurrence)
        span = None
        figures: tuple[PrintedFigure, ...] = ()
        figure_span = None
        if start is not None:
            span = make_span(text, paragraphs, start, start + len(claim.quote), lines, para_starts)
            figures = tuple(printed_figures(claim.quote, tolerances))
            s, e = own_figure(value, claim.kind is ClaimKind.RANK, claim.quote, figures)
            figure_span = (start + s, start + e)
        nodes.append(Node(i, claim, value, source.claim_location(i), span, count,
                          tuple(claim.references()), figures, figure_span))

    # source values (``references:``) may be members of relations; they are not claims
    reference_ids = set()
    for i, ref in enumerate(source.claims.references):
        if ref.id in seen or ref.id in reference_ids:
            raise InputError(source.positions.at(("references", i, "id")),
                             Message(N_("duplicate id {id} (a claim or reference already uses "
                                        "it)"), id=repr(ref.id)))
        reference_ids.add(ref.id)
    edges: dict[str, list[str]] = {}  # each claim's references, read once
    implied: set[str] = set()  # the implied values named (exports.prior)
    for node in nodes:
        refs = node.refs
        edges[node.id] = [t for _, t in refs if t not in reference_ids]
        for name, target in refs:
            if target == node.id:
                raise InputError(source.field_location(node.index, name),
                                 Message(N_("claim {id} refers to itself in {key}"),
                                         id=repr(node.id), key=repr(_key(name))))
            if target not in seen and target not in reference_ids:
                problem = _implied_problem(target, nodes, seen)
                if problem is not None:
                    message = (Message(N_("claim {id} names unknown claim {target} in {key}"
                                          "{hint}"), id=repr(node.id), target=repr(target),
                                       key=repr(_key(name)), hint=did_you_mean(target, seen))
                               if problem.startswith("unknown") else
                               Message(N_("claim {id} names in {key} {problem}"),
                                       id=repr(node.id), key=repr(_key(name)), problem=problem))
                    raise InputError(source.field_location(node.index, name), message)
                implied.add(target)
            wanted = TARGET_KINDS.get(name)
            if wanted and target in seen and nodes[seen[target]].claim.kind not in wanted:
                kinds = ", ".join(sorted(k.value for k in wanted))
                raise InputError(source.field_location(node.index, name),
                                 Message(N_("{key} names {target}, a claim of kind {kind}; it "
                                            "must name a claim of kind {kinds}"),
                                         key=repr(_key(name)), target=repr(target),
                                         kind=repr(nodes[seen[target]].claim.kind.value),
                                         kinds=kinds))
    for i, relation in enumerate(source.claims.relations):
        for j, member in enumerate(relation.members):
            if member not in seen and member not in reference_ids:
                problem = _implied_problem(member, nodes, seen)
                if problem is not None:
                    raise InputError(source.positions.at(("relations", i, "members", j)),
                                     Message(N_("relation names unknown claim {member} in "
                                                "'members'"), member=repr(member))
                                     if problem.startswith("unknown") else
                                     Message(N_("relation names in 'members' {problem}"),
                                             problem=problem))
                implied.add(member)
    _implied_edges(implied, nodes, seen, reference_ids, edges, source)
    _reject_cycles(nodes, edges, source)
    derived = _derive(sorted(implied), nodes, seen)

    waivers = []
    for i, waiver in enumerate(source.claims.waivers):
        starts = quotes.occurrences(waiver.quote)
        if waiver.occurrence is not None:
            starts = starts[waiver.occurrence - 1 : waiver.occurrence]
        spans = tuple(make_span(text, paragraphs, s, s + len(waiver.quote), lines)
                      for s in starts)
        waivers.append(WaiverNode(i, waiver, source.positions.at(("waivers", i)), spans))
    return ClaimGraph(source, nodes, waivers, paragraphs=paragraphs, line_index=lines,
                      implied=derived)


def _key(name: str) -> str:
    return name.replace("_", "-")


def _implied_problem(target: str, nodes: list[Node], seen: dict[str, int]) -> str | None:
    """Why ``target`` names neither a claim nor a value a claim implies, or None."""
    from factcheck.claims.implied import split, why_not

    parts = split(target)
    if parts is None or parts[0] not in seen:
        return "unknown claim"
    problem = why_not(nodes[seen[parts[0]]].claim, parts[1])
    return None if problem is None else Message(N_("the implied value {target}, but {problem}"),
                                                target=repr(target), problem=problem)


def _implied_edges(implied: set[str], nodes: list[Node], seen: dict[str, int],
                   reference_ids: set[str], edges: dict[str, list[str]],
                   source: LoadedClaims) -> None:
    """Each implied value depends on its claim and on what that claim names; a value it is
    computed from may itself be implied, and must name something real."""
    from factcheck.claims.implied import sources

    todo = list(implied)
    while todo:
        target = todo.pop()
        owner = target.rpartition(".")[0]
        node = nodes[seen[owner]]
        named = sources(node.claim, target.rpartition(".")[2])
        edges[target] = [owner, *(x for x in named if x not in reference_ids)]
        for x in named:
            if x in seen or x in reference_ids or x in implied:
                continue
            problem = _implied_problem(x, nodes, seen)
            if problem is not None:  # (the claim's own reference was checked already)
                raise InputError(source.claim_location(node.index), f"{target!r} needs {problem}")
            implied.add(x)
            todo.append(x)


def _derive(implied: list[str], nodes: list[Node], seen: dict[str, int]) -> list[Node]:
    """The implied values as nodes, each computed once, after what it is computed from."""
    from factcheck.claims.implied import ROLES, derive
    from factcheck.claims.values import Figure

    done: dict[str, Node | None] = {}

    def figure(ref: str) -> Figure | None:
        if ref in seen:
            value = nodes[seen[ref]].value
            return value if isinstance(value, Figure) else None
        if ref not in done:
            done[ref] = make(ref)
        got = done[ref]
        return got.value if got is not None and isinstance(got.value, Figure) else None

    def make(ref: str) -> Node | None:
        owner_id, _, role = ref.rpartition(".")
        owner = nodes[seen[owner_id]]
        if not isinstance(owner.value, Figure):
            return None
        fig = derive(owner.claim, owner.value, role, figure)
        if fig is None:
            return None
        kind = ClaimKind.RATE if owner.claim.kind is ClaimKind.PP_CHANGE else ClaimKind.AMOUNT
        what = ROLES[owner.claim.kind][role]
        claim = Claim.model_construct(
            id=ref, quote=owner.claim.quote, value=fig.reading.text, kind=kind,
            measures=f"{owner.claim.measures or owner_id}: {what}, implied")
        return Node(owner.index, claim, fig, owner.location, None, 0)

    out = []
    for ref in implied:
        if ref not in done:
            done[ref] = make(ref)
        got = done[ref]
        if got is not None:
            out.append(got)
    return out


def _reject_cycles(nodes: list[Node], edges: dict[str, list[str]], source: LoadedClaims) -> None:
    index = {n.id: n.index for n in nodes}
    state: dict[str, int] = {}
    for root in edges:
        if state.get(root):
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = []
        while stack:
            current, i = stack.pop()
            if i == 0:
                state[current] = 1
                path.append(current)
            targets = edges[current]
            if i < len(targets):
                stack.append((current, i + 1))
                nxt = targets[i]
                if state.get(nxt) == 1:
                    cycle = [*path[path.index(nxt):], nxt]
                    # an implied value (a.prior) is placed at its claim (a)
                    at = next(index[c] for c in cycle if c in index)
                    what = N_("cycle through implied values: {cycle}") \
                        if any("." in c and c not in index for c in cycle) \
                        else N_("cycle of relations: {cycle}")
                    raise InputError(source.claim_location(at),
                                     Message(what, cycle=" → ".join(cycle)))
                if not state.get(nxt):
                    stack.append((nxt, 0))
            else:
                state[current] = 2
                path.pop()
