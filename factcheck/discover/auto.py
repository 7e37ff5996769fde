"""Zero-config checking: discover an article's relations and run the existing checks on them.

The discovered relations become an in-memory claims file whose positions point into the
article, with their provenance (evidence, alternative readings, gaps against one unnamed
rate) beside it. The same graph, checks and engine then run as for a claims file: the
engine, in the one place where outcomes are settled, marks each finding as discovered with
its evidence, turns failures of low-confidence relations into notes and keeps the best of
several readings (failing only when none holds); FC204 compares the rates that several gaps
against one unnamed rate imply (分别…快于 X 5.0、2.6 个百分点).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from factcheck.checks import codes_of_discovered
from factcheck.checks.context import Context
from factcheck.checks.registry import Rule
from factcheck.claims.graph import ClaimGraph, build_graph
from factcheck.claims.provenance import Alternative, Evidence, Provenance, Readings, SharedAgainst
from factcheck.core.errors import InputError, Location, line_index
from factcheck.discover import discover_relations
from factcheck.discover.claims import Drafted, Unbuildable, claim_id, culprit, draft_claims, not_built
from factcheck.discover.context import Prose, name_key
from factcheck.discover.relation import Relation, RelationKind
from factcheck.languages.detect import detect_language
from factcheck.load.claims import Article, LoadedClaims
from factcheck.load.paths import display_path
from factcheck.load.text import read_article
from factcheck.load.yaml_nodes import Positions
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances
from factcheck.report.engine import FileReport, run_checks
from factcheck.report.findings import Outcome, Severity, Verdict
from factcheck.report.result import RunResult

# the codes whose findings each kind of discovered relation carries: from the declarations
CODES = {kind: codes_of_discovered(kind.value) for kind in RelationKind}
# a placeholder: no check of discovered relations depends on the publication date
UNDATED = dt.date(2000, 1, 1)


@dataclass
class AutoReport:
    """A checked article with its relations and, per relation, the outcomes it produced."""

    report: FileReport
    relations: list[Relation]
    outcomes_of: dict[int, list[Outcome]]

    def verdict(self, index: int) -> str:
        """pass, fail, warning, note, or none when no check could be made."""
        outcomes = self.outcomes_of.get(index, [])
        if not outcomes:
            return "none"
        failed = [o for o in outcomes if o.verdict is Verdict.FAIL]
        if not failed:
            return "pass"
        if any(o.severity is Severity.ERROR for o in failed):
            return "fail"
        if any(o.severity is Severity.WARNING for o in failed):
            return "warning"
        return "note"


def check_article(path: Path, rules: list[Rule], tolerances: Tolerances = DEFAULT_TOLERANCES,
                  language: str | None = None) -> AutoReport:
    shown = display_path(path)
    text = read_article(path, shown).text
    if not text.strip():
        raise InputError(Location(shown), "article is empty")
    return check_text(text, shown, rules, tolerances, language)


def check_text(text: str, shown: str, rules: list[Rule],
               tolerances: Tolerances = DEFAULT_TOLERANCES,
               language: str | None = None) -> AutoReport:
    """Discover, build the claim graph with the relations' provenance, run ``rules``.

    A relation whose drafted claims the loader or the graph rejects is discovery's mistake:
    it is dropped with a note (``provenance.dropped``) and the rest is checked, so a
    readable article never ends in an input error."""
    lang = language or detect_language(text)
    relations = discover_relations(text, lang)
    art = Prose(text, [], lang)
    dropped: list[str] = []
    while True:
        # the relations whose records the model refuses are dropped with a note as drafted
        drafted = draft_claims(text, relations, lambda f: name_key(art.clause_prefix(f))[-30:])
        relations = drafted.kept
        dropped += drafted.dropped
        try:
            graph = _graph(text, shown, lang, relations, drafted, tolerances, dropped)
            break
        except Unbuildable as exc:
            # discovery's own mistake, not the user's: the relation goes, with a note
            i = culprit(text, relations, exc.claim_id)
            dropped.append(not_built(text, relations[i], exc.message))
            relations = relations[:i] + relations[i + 1:]
    if graph is None:
        empty = FileReport(_empty_graph(text, shown, lang, tuple(dropped)))
        return AutoReport(empty, relations, {})
    report = run_checks(graph, rules, Context(graph, tolerances))
    return AutoReport(report, relations, outcomes_by_relation(report))


def _graph(text: str, shown: str, lang: str, relations: list[Relation], drafted: Drafted,
           tolerances: Tolerances, dropped: list[str]) -> ClaimGraph | None:
    """The claim graph of the drafted claims (None when there are none); raises
    ``Unbuildable`` naming the claim a check of the graph rejects."""
    from factcheck.claims.model import ClaimsFile, Language

    positions = Positions(shown)
    claims = drafted.claims
    lines = line_index(text)
    for i, claim in enumerate(claims):
        start = drafted.quote_starts.get(claim.id)
        if start is None:
            start = _quote_start(text, claim.quote, claim.occurrence)
        line, col = lines.position(start)
        end_line, end_col = lines.position(start + len(claim.quote) - 1)
        positions.spans[("claims", i)] = Location(shown, line, col, end_line, end_col)
    if not claims:
        return None
    cf = ClaimsFile(article=shown, published=UNDATED, language=Language(lang), claims=claims,
                    relations=drafted.relations)
    source = LoadedClaims(shown, cf, positions, Article(shown, text), discovered=True,
                          provenance=provenance(text, relations, drafted, tuple(dropped)))
    try:
        return build_graph(source, tolerances)
    except InputError as exc:
        at = [c.id for i, c in enumerate(claims) if positions.spans[("claims", i)] == exc.location]
        raise Unbuildable(at[0] if at else None, exc.message) from None


def provenance(text: str, relations: list[Relation], drafted: Drafted,
               dropped: tuple[str, ...] = ()) -> Provenance:
    """What the checks and the engine need to know of the relations behind the claims."""
    evidence: dict[str, list[Evidence]] = {}
    readings: list[Readings] = []
    for i, rel in enumerate(relations):
        ids = drafted.primary.get(i, [])
        e = Evidence(i, rel.why, rel.evidence(), rel.confident, rel.confidence,
                     frozenset(CODES[rel.kind]), frozenset(drafted.parts.get(i, ())))
        for cid in ids:
            evidence.setdefault(cid, []).append(e)
        if len(rel.readings) > 1 and rel.reading_role is not None:
            alternatives = tuple(Alternative(cid, claim_id(text, fig))
                                 for cid, fig in zip(ids, rel.readings, strict=False))
            readings.append(Readings(i, rel.reading_role, alternatives))
    return Provenance({cid: tuple(es) for cid, es in evidence.items()}, tuple(readings),
                      tuple(_shared_against(relations, drafted)), dropped)


def _shared_against(relations: list[Relation], drafted: Drafted) -> list[SharedAgainst]:
    """Gaps against one unnamed rate, from one cue (分别…快于 X 5.0、2.6 个百分点)."""
    by_cue: dict[int, list[int]] = {}
    for i, rel in enumerate(relations):
        if rel.kind is RelationKind.PP_GAP and not rel.readings and rel.cues and drafted.primary.get(i):
            by_cue.setdefault(rel.cues[0].start, []).append(i)
    return [SharedAgainst(tuple(drafted.primary[i][0] for i in members), tuple(members))
            for members in by_cue.values() if len(members) >= 2]


def outcomes_by_relation(report: FileReport) -> dict[int, list[Outcome]]:
    """The outcomes each discovered relation produced, by its index."""
    provenance = report.graph.provenance
    out: dict[int, list[Outcome]] = {}
    if provenance is None:
        return out
    for o in report.outcomes:
        for e in provenance.evidence_for(o.code, o.claim_ids):
            out.setdefault(e.relation, []).append(o)
    return out


def _empty_graph(text: str, shown: str, lang: str, dropped: tuple[str, ...] = ()) -> ClaimGraph:
    from factcheck.claims.model import ClaimsFile, Language

    cf = ClaimsFile.model_construct(article=shown, published=UNDATED, language=Language(lang),
                                    claims=[], waivers=[])
    return ClaimGraph(LoadedClaims(shown, cf, Positions(shown), Article(shown, text), discovered=True,
                                   provenance=Provenance(dropped=dropped)), [], [])


def _quote_start(text: str, quote: str, occurrence: int) -> int:
    i = -1
    for _ in range(occurrence):
        i = text.find(quote, i + 1)
    return max(i, 0)


def run_articles(paths: list[Path], rules: list[Rule],
                 tolerances: Tolerances = DEFAULT_TOLERANCES) -> RunResult:
    """Check each article; input errors are collected, as for claims files."""
    result = RunResult()
    for path in paths:
        try:
            result.reports.append(check_article(path, rules, tolerances).report)
        except InputError as exc:
            result.errors.append(exc)
    return result
