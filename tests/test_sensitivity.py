"""Arithmetic sensitivity: the desk's typo, made consistently, must break a relation.

A figure changed in the article *and* in the claims file (quote and value alike) keeps every
quote found and every fidelity check passing; only the arithmetic can notice. For every
figure of the bundled article that takes part in an exact relation (growth against its
amounts, a pp change or gap against its rates, a share against its part and whole, a
partition or a structure against its sum), the changed figure must make one of those checks
fail, naming the claim. The discovery corpus is held to the same: a figure of a consistent
text that takes part in a discovered exact relation, changed in the text, must make a check
of that relation fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from conftest import BUNDLED_CLAIMS

from factcheck.checks import select_rules
from factcheck.claims.graph import Node, build_graph, find_occurrences
from factcheck.claims.values import Figure, RatioList
from factcheck.discover.auto import check_text
from factcheck.load.claims import Article, LoadedClaims, load_claims_file
from factcheck.report.engine import FileReport, run_checks
from factcheck.report.findings import Verdict

CORPUS = Path(__file__).parent / "corpus" / "discovery"
# checks whose relation fixes every figure in it: one figure moved beyond its rounding breaks it
EXACT = frozenset({"FC201", "FC203", "FC204", "FC205", "FC207", "FC209", "FC210", "FC211",
                   "FC212", "FC301", "FC303", "FC304", "FC306", "FC307", "FC308", "FC402",
                   "FC404", "FC405", "FC406", "FC407", "FC501", "FC502"})
RULES = select_rules()
_DIGIT = re.compile(r"[0-9]")


def typo(text: str) -> str:
    """The first digit one up (9 down to 8): a change well beyond any rounding."""
    m = _DIGIT.search(text)
    assert m is not None
    d = int(m.group())
    return text[:m.start()] + str(d + 1 if d < 9 else 8) + text[m.end():]


@dataclass(frozen=True)
class Case:
    claim: str
    start: int
    end: int

    def __str__(self) -> str:
        return self.claim


def _participants(report: FileReport) -> set[str]:
    return {cid for o in report.outcomes if o.code in EXACT and o.verdict is not Verdict.FAIL
            for cid in o.claim_ids}


def _bundled() -> tuple[LoadedClaims, FileReport]:
    source = load_claims_file(BUNDLED_CLAIMS)
    return source, run_checks(build_graph(source), RULES)


def _cases() -> list[Case]:
    _, report = _bundled()
    out = []
    for node in report.graph.nodes:
        if node.id not in _participants(report) or node.figure_span is None:
            continue
        if not isinstance(node.value, Figure | RatioList):
            continue
        s, e = node.figure_span
        if _DIGIT.search(report.graph.article_text[s:e]) and _DIGIT.search(node.claim.value):
            out.append(Case(node.id, s, e))
    return out


CASES = _cases()


def _changed(source: LoadedClaims, nodes: list[Node], case: Case) -> LoadedClaims:
    """The article and every quote over the figure changed alike, and the claim's value."""
    text = source.article.text
    figure = text[case.start:case.end]
    new_text = text[:case.start] + typo(figure) + text[case.end:]
    claims = []
    for node, claim in zip(nodes, source.claims.claims, strict=True):
        update: dict[str, object] = {}
        span = node.quote_span
        if span is not None and span.start <= case.start and case.end <= span.end:
            quote = new_text[span.start:span.end]
            update["quote"] = quote
            update["occurrence"] = find_occurrences(new_text, quote).index(span.start) + 1
        if claim.id == case.claim:
            update["value"] = typo(claim.value)
        claims.append(claim.model_copy(update=update) if update else claim)
    model = source.claims.model_copy(update={"claims": claims})
    return replace(source, claims=model, article=Article(source.article.path, new_text),
                   sources=None)


def test_the_bundled_article_has_figures_in_exact_relations() -> None:
    # the label 33618 and its four counts, and the span of years with its count: the
    # bundled article's other relations imply values rather than fixing them
    assert {c.claim for c in CASES} >= {"leading-clusters", "pillar-clusters",
                                        "distinctive-industries", "rising-star-clusters",
                                        "output-lead-years"}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_consistent_typo_breaks_a_relation(case: Case) -> None:
    source, before = _bundled()
    changed = _changed(source, before.graph.nodes, case)
    report = run_checks(build_graph(changed), RULES)
    fidelity = [o for o in report.outcomes if o.code in ("FC101", "FC102") and o.failed]
    assert fidelity == [], "the typo was not made consistently"
    broken = [o for o in report.outcomes if o.code in EXACT and o.failed
              and case.claim in o.claim_ids]
    assert broken, f"{case.claim}: no relation check noticed the changed figure"


# --- the discovery corpus -------------------------------------------------------------

CONSISTENT = sorted(CORPUS.glob("*-consistent.txt"))


def _auto_cases() -> list[tuple[Path, int, int, str]]:
    out = []
    for path in CONSISTENT:
        text = path.read_text(encoding="utf-8")
        auto = check_text(text, path.name, RULES)
        by_id = auto.report.graph.by_id
        for cid in sorted(_participants(auto.report)):
            node = by_id[cid]
            if node.figure_span is None:
                continue
            s, e = node.figure_span
            if _DIGIT.search(text[s:e]):
                out.append((path, s, e, cid))
    return out


AUTO_CASES = _auto_cases()


def test_the_consistent_corpus_texts_have_figures_in_exact_relations() -> None:
    assert len(CONSISTENT) >= 4
    assert len(AUTO_CASES) >= 30
    assert {p for p, *_ in AUTO_CASES} == set(CONSISTENT)


@pytest.mark.parametrize(("path", "start", "end", "claim"), AUTO_CASES,
                         ids=[f"{p.stem}:{cid}" for p, _, _, cid in AUTO_CASES])
def test_a_typo_in_a_consistent_text_breaks_a_discovered_relation(
        path: Path, start: int, end: int, claim: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed = text[:start] + typo(text[start:end]) + text[end:]
    auto = check_text(changed, path.name, RULES)
    broken = [o for o in auto.report.outcomes if o.code in EXACT and o.failed]
    assert broken, f"{path.name}: {text[start:end]} → {typo(text[start:end])} went unnoticed"
