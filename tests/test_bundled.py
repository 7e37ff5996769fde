"""The bundled article and its claims file, end to end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS

from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.claims.graph import build_graph, find_occurrences
from factcheck.load.claims import load_claims_file
from factcheck.report.findings import Verdict

ARTICLE = BUNDLED_ARTICLE.read_text(encoding="utf-8")
NUMBERS = [m for m in re.finditer(r"\d+(?:\.\d+)?", ARTICLE)]


def test_bundled_article_passes() -> None:
    result = run_paths([BUNDLED_CLAIMS], all_rules())
    assert result.errors == []
    assert result.exit_code() == 0
    [report] = result.reports
    assert not [o for o in report.outcomes if o.failed and o.severity.value == "error"]
    assert len(report.graph.nodes) >= 100


def test_bundled_implied_values() -> None:
    [report] = run_paths([BUNDLED_CLAIMS], all_rules()).reports
    shown = {(i.claim_ids[0], i.display) for i in report.implied}
    assert ("seres-sales-growth", "≈ 6.82万辆") in shown
    assert ("industry-growth-pp-change", "= 5.7%") in shown
    assert ("industry-growth-gap-national", "= 5.8%") in shown
    assert ("sei-share-pp-change", "= 32.2%") in shown


def test_bundled_share_trajectory_is_reported() -> None:
    [report] = run_paths([BUNDLED_CLAIMS], all_rules()).reports
    [o] = [o for o in report.outcomes if o.code == "FC305"]
    assert o.arithmetic is not None and o.arithmetic.endswith("= 33.90% (33.76–34.03%)")


def test_every_number_of_the_article_is_quoted_or_waived() -> None:
    graph = build_graph(load_claims_file(BUNDLED_CLAIMS))
    spans = [(n.quote_span.start, n.quote_span.end) for n in graph.nodes if n.quote_span]
    spans += [(s.start, s.end) for w in graph.waivers for s in w.spans]
    uncovered = [m.group(0) for m in NUMBERS
                 if not any(s <= m.start() and m.end() <= e for s, e in spans)]
    assert uncovered == []


def _mutate(match: re.Match[str]) -> str:
    text = match.group(0)
    last = str((int(text[-1]) + 1) % 10)
    return ARTICLE[: match.start()] + text[:-1] + last + ARTICLE[match.end():]


# One case of what used to be a change of every number: it proves only that a quote no
# longer matches (FC101/FC103 alone catch it). tests/test_sensitivity.py changes figures in
# the article and the claims file alike, which only the arithmetic can catch.
KEPT = next(m for m in NUMBERS if m.group(0) == "8.1")


@pytest.mark.parametrize("match", [KEPT], ids=[f"{KEPT.start()}:{KEPT.group(0)}"])
def test_changing_a_number_fails_naming_its_claim(match: re.Match[str], tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(_mutate(match), encoding="utf-8")
    result = run_paths([BUNDLED_CLAIMS], all_rules(), article=draft)
    assert result.exit_code() == 1
    [report] = result.reports
    failed_ids = {cid for o in report.outcomes if o.verdict is Verdict.FAIL for cid in o.claim_ids}
    failed_waivers = {o.subject for o in report.outcomes
                      if o.code == "FC103" and o.verdict is Verdict.FAIL}
    owners = {n.id for n in report.graph.nodes
              if any(s <= match.start() < s + len(n.claim.quote)
                     for s in find_occurrences(ARTICLE, n.claim.quote))}
    waivers = {f"waivers[{w.index}]" for w in report.graph.waivers
               if any(s <= match.start() < s + len(w.waiver.quote)
                      for s in find_occurrences(ARTICLE, w.waiver.quote))}
    assert owners & failed_ids or waivers & failed_waivers
