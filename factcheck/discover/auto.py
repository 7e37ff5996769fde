"""Zero-config checking: discover an article's relations and run the existing checks on them.

The discovered relations become an in-memory claims file whose positions point into the
article, so the checks run unchanged. A post-pass then marks each finding as discovered
and shows its evidence, turns failures of low-confidence relations into notes, keeps the
best of several readings (failing only when none holds) and compares the rates that
several gaps against one unnamed rate imply (分别…快于 X 5.0、2.6 个百分点).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.checks.context import Context
from factcheck.checks.registry import Rule
from factcheck.discover import detect_language, discover_relations
from factcheck.discover.claims import Drafted, draft_claims
from factcheck.discover.context import Article as DiscoveryArticle
from factcheck.discover.context import name_key
from factcheck.discover.relation import Fig, Relation
from factcheck.engine import FileReport, run_checks
from factcheck.errors import InputError, Location, line_index
from factcheck.findings import Outcome, Severity, Verdict
from factcheck.graph import ClaimGraph, build_graph
from factcheck.interval import Interval
from factcheck.load.claims import Article, LoadedClaims, display_path
from factcheck.load.text import read_article
from factcheck.load.yaml_nodes import Positions
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances
from factcheck.runner import RunResult

CODES = {
    "growth": ("FC201", "FC202", "FC206"),
    "part-of": ("FC401", "FC403"),
    "partition": ("FC401", "FC402", "FC403"),
    "share": ("FC301", "FC302", "FC305", "FC403"),
    "pp-change": ("FC203", "FC403"),
    "pp-gap": ("FC204", "FC403"),
    "structure": ("FC303", "FC306", "FC304"),
}
# no claims file: quoting, coverage and waiver checks say nothing about discovered claims
SKIPPED_PREFIXES = ("FC1", "FC5")
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
    """Discover, build the claim graph, run ``rules`` and mark every finding."""
    from factcheck.model import Claim, ClaimsFile, Language

    lang = language or detect_language(text)
    relations = discover_relations(text, lang)
    art = DiscoveryArticle(text, [], lang)
    drafted = draft_claims(text, relations, lambda f: name_key(art.clause_prefix(f))[-30:])
    positions = Positions(shown)
    claims = []
    for i, record in enumerate(drafted.claims):
        # the quote is the article's own text, so the rule against control characters in
        # what a person typed into a claims file does not apply to it
        claim = Claim.model_validate({**record, "quote": "-"})
        claims.append(claim.model_copy(update={"quote": record["quote"]}))
        start = _quote_start(text, record)
        line, col = line_index(text).position(start)
        end_line, end_col = line_index(text).position(start + len(record["quote"]) - 1)
        positions.spans[("claims", i)] = Location(shown, line, col, end_line, end_col)
    selected = [r for r in rules if not r.code.startswith(SKIPPED_PREFIXES)]
    if not claims:
        empty = FileReport(_empty_graph(text, shown, lang))
        return AutoReport(empty, relations, {})
    cf = ClaimsFile(article=shown, published=UNDATED, language=Language(lang), claims=claims)
    source = LoadedClaims(shown, cf, positions, Article(shown, text), discovered=True)
    graph = build_graph(source, tolerances)
    report = run_checks(graph, selected, Context(graph, tolerances))
    codes = {r.code for r in selected}
    outcomes_of = _post_pass(report, relations, drafted, codes)
    return AutoReport(report, relations, outcomes_of)


def _empty_graph(text: str, shown: str, lang: str) -> ClaimGraph:
    from factcheck.model import ClaimsFile, Language

    cf = ClaimsFile.model_construct(article=shown, published=UNDATED, language=Language(lang),
                                    claims=[], waivers=[])
    return ClaimGraph(LoadedClaims(shown, cf, Positions(shown), Article(shown, text), discovered=True),
                      [], [])


def _quote_start(text: str, record: dict[str, object]) -> int:
    quote = str(record["quote"])
    occurrence = int(str(record.get("occurrence", 1)))
    i = -1
    for _ in range(occurrence):
        i = text.find(quote, i + 1)
    return max(i, 0)


def _base(cid: str) -> str:
    return cid.split(".r")[0]


def _post_pass(report: FileReport, relations: list[Relation], drafted: Drafted,
               codes: set[str]) -> dict[int, list[Outcome]]:
    owners: dict[int, list[int]] = {}  # outcome index → relation indexes
    for k, o in enumerate(report.outcomes):
        if not o.claim_ids:
            continue
        for i, rel in enumerate(relations):
            if o.code not in CODES[rel.kind] or o.claim_ids[0] not in drafted.primary.get(i, []):
                continue
            parts = drafted.parts.get(i)
            if parts and not set(parts) & set(o.claim_ids):
                continue
            owners.setdefault(k, []).append(i)

    # several readings of one relation: keep the one that holds, or the first if none does
    dropped: set[int] = set()
    readings_note: dict[int, str] = {}
    groups: dict[tuple[str, str, int], list[int]] = {}
    for k, o in enumerate(report.outcomes):
        for i in owners.get(k, []):
            if relations[i].readings and len(relations[i].readings) > 1:
                groups.setdefault((o.code, _base(o.claim_ids[0]), i), []).append(k)
    for (_, _, i), ks in groups.items():
        rel = relations[i]
        tried = []
        for k in ks:
            o = report.outcomes[k]
            mark = "✗" if o.verdict is Verdict.FAIL else "✓"
            ref = o.claim_ids[2] if len(o.claim_ids) > 2 else "?"
            tried.append(f"{rel.reading_role} {ref} {mark}")
        holding = [k for k in ks if report.outcomes[k].verdict is not Verdict.FAIL]
        keep = holding[0] if holding else ks[0]
        dropped.update(k for k in ks if k != keep)
        readings_note[keep] = " Readings tried: " + "; ".join(tried) + "."

    out: list[Outcome] = []
    outcomes_of: dict[int, list[Outcome]] = {}
    for k, o in enumerate(report.outcomes):
        if k in dropped:
            continue
        rels = [relations[i] for i in owners.get(k, [])]
        message = o.message + readings_note.get(k, "")
        severity = o.severity
        if rels and o.code == "FC204" and o.verdict is Verdict.FAIL:
            message += _fitting_rates(report.graph.article_text, rels[0])
        if rels:
            weakest = min(rels, key=lambda r: r.confidence)
            if not weakest.confident and o.verdict is Verdict.FAIL:
                severity = Severity.NOTE
                message = "Low-confidence relation, not a failure: " + message
            message += f" [discovered: {weakest.why}; {weakest.evidence()}]"
        new = replace(o, message=message, severity=severity)
        out.append(new)
        for i in owners.get(k, []):
            outcomes_of.setdefault(i, []).append(new)
    if "FC204" in codes:
        added: set[int] = set()
        for i, new in _gap_agreement(relations, drafted):
            if id(new) not in added:
                added.add(id(new))
                out.append(new)
            outcomes_of.setdefault(i, []).append(new)
    report.outcomes = out
    return outcomes_of


def _fitting_rates(text: str, rel: Relation) -> str:
    """Rates printed elsewhere that the gap would hold against (the pp-gap twin of FC301's
    fitting base)."""
    from factcheck.discover.figures import find_figures

    gap, rate = rel.get("gap"), rel.get("of")
    if gap is None or rate is None:
        return ""
    sign = -1 if gap.negative else 1
    wanted = gap.reading.interval * sign
    taken = {gap.key, rate.key, *(f.key for f in rel.readings)}
    fits = []
    for fig in find_figures(text, detect_language(text)):
        if fig.is_percent and fig.key not in taken \
                and (rate.reading.interval - fig.reading.interval).intersects(wanted):
            line, col = line_index(text).position(fig.start)
            fits.append(f"{fig.text} (line {line}, column {col})")
    return f" It would hold against {', '.join(fits)}." if fits else ""


def _gap_agreement(relations: list[Relation], drafted: Drafted) -> list[tuple[int, Outcome]]:
    """Gaps against one unnamed rate, from one cue: the rates they imply must meet."""
    from factcheck.display import PERCENT

    by_cue: dict[int, list[int]] = {}
    for i, rel in enumerate(relations):
        if rel.kind == "pp-gap" and not rel.readings and rel.cues:
            by_cue.setdefault(rel.cues[0].start, []).append(i)
    found = []
    for members in by_cue.values():
        if len(members) < 2:
            continue
        implied: list[tuple[Interval, Fig, Fig]] = []
        for i in members:
            gap, rate = relations[i].get("gap"), relations[i].get("of")
            assert gap is not None and rate is not None
            sign = -1 if gap.negative else 1
            implied.append((rate.reading.interval - gap.reading.interval * sign, rate, gap))
        common = implied[0][0]
        holds = True
        for iv, _, _ in implied[1:]:
            meet = common.intersect(iv)
            if meet is None:
                holds = False
                break
            common = meet
        shown = "; ".join(f"{r.text} − {g.text} ⇒ {PERCENT.interval(iv)}" for iv, r, g in implied)
        first = members[0]
        ids = tuple(drafted.primary[i][0] for i in members)
        rel = relations[first]
        what = "agree" if holds else "disagree"
        message = (f"The gaps imply the rate compared against: {shown}; the readings {what}."
                   + ("" if holds else " One of these figures is wrong.")
                   + f" [discovered: {rel.why}; {rel.evidence()}]")
        severity = Severity.ERROR if rel.confident else Severity.NOTE
        outcome = Outcome("FC204", Verdict.PASS if holds else Verdict.FAIL, ids, message,
                          severity=severity)
        for i in members:
            found.append((i, outcome))
    return found


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
