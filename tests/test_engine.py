"""The engine: which checks run, and the one place every outcome is settled."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.checks import all_rules, rules_to_run, select_rules
from factcheck.checks.context import Context
from factcheck.checks.registry import RULES
from factcheck.claims.graph import build_graph
from factcheck.load.claims import load_claims_file
from factcheck.report.engine import UndeclaredCode, settle
from factcheck.report.findings import Outcome, Severity, Verdict

ROOT = Path(__file__).resolve().parent.parent
FILES = [ROOT / "claims" / "chongqing-manufacturing-2024.yaml",
         ROOT / "tests" / "fixtures" / "failing" / "claims.yaml",
         ROOT / "tests" / "fixtures" / "html" / "claims.yaml"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.parent.name)
def test_a_check_reports_only_the_codes_it_declares(path: Path) -> None:
    graph = build_graph(load_claims_file(path))
    ctx = Context(graph, selected=frozenset(RULES))
    for rule in all_rules():
        for result in rule.run(ctx):
            if isinstance(result, Outcome):
                assert result.code in rule.codes, (rule.code, result.code)


def test_fc403_is_its_own_check_and_comes_with_the_checks_it_guards() -> None:
    all_rules()
    assert {r.code for r in rules_to_run({"FC403"})} == {"FC403"}
    assert not [r.code for r in RULES.values() if "FC403" in r.emits]
    assert [r.code for r in select_rules(["FC207"])] == ["FC207", "FC403"]
    assert "FC403" in {r.code for r in select_rules(["FC2"])}
    assert "FC403" not in {r.code for r in select_rules(["FC207"], ["FC403"])}
    assert [r.code for r in select_rules(["FC101"])] == ["FC101"]


def test_settle_keeps_selected_codes_and_declared_severities() -> None:
    graph = build_graph(load_claims_file(FILES[1]))
    raw = [(RULES["FC305"], Outcome("FC305", Verdict.FAIL, ("output",), "m")),  # a warning
           (RULES["FC403"], Outcome("FC403", Verdict.FAIL, ("output",), "m")),
           (RULES["FC201"], Outcome("FC201", Verdict.FAIL, ("auto",), "m"))]  # 'auto' waives
    kept = settle(raw, graph, frozenset({"FC305", "FC201"}))
    assert [(o.code, o.severity, o.verdict) for o in kept] == [
        ("FC305", Severity.WARNING, Verdict.FAIL), ("FC201", Severity.ERROR, Verdict.WAIVED)]
    assert kept[1].waiver_reason == "stale: the growth was once recorded here"


def test_settle_refuses_a_code_its_check_did_not_declare() -> None:
    graph = build_graph(load_claims_file(FILES[1]))
    with pytest.raises(UndeclaredCode, match="check FC207 reported the undeclared code FC403 "
                                             r"\(it declares FC207\)"):
        settle([(RULES["FC207"], Outcome("FC403", Verdict.FAIL, (), "m"))], graph,
               frozenset({"FC403"}))
    # refused whether or not the code is selected: a selection must not hide the mistake
    with pytest.raises(UndeclaredCode):
        settle([(RULES["FC207"], Outcome("FC999", Verdict.PASS, (), "m"))], graph, frozenset())
    assert settle([(RULES["FC213"], Outcome("FC203", Verdict.FAIL, (), "m"))], graph,
                  frozenset({"FC203"}))[0].code == "FC203"


def _claims_files() -> list[Path]:
    """Every claims file under tests/ (fixtures and corpus) and the bundled ones."""
    found = []
    for path in sorted([*(ROOT / "tests").rglob("*.yaml"), *(ROOT / "claims").glob("*.yaml")]):
        if "rules" in path.relative_to(ROOT).parts:
            continue
        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
        if "\nclaims:" in "\n" + head and "article:" in head:
            found.append(path)
    return found


def test_every_check_reports_only_declared_codes_on_every_claims_file() -> None:
    from factcheck.core.errors import InputError
    from factcheck.report.engine import UndeclaredCode as Refused

    files = _claims_files()
    assert len(files) > 20
    checked = 0
    for path in files:
        try:
            graph = build_graph(load_claims_file(path))
        except (InputError, OSError):
            continue  # bad input: its own tests say how it is refused
        checked += 1
        ctx = Context(graph, selected=frozenset(RULES))
        for rule in all_rules():
            results = [(rule, r) for r in rule.run(ctx) if isinstance(r, Outcome)]
            try:
                settle(results, graph, frozenset(RULES))
            except Refused as exc:  # pragma: no cover - the failure this test exists for
                pytest.fail(f"{path.relative_to(ROOT)}: {exc}")
    assert checked > 20


def test_fidelity_and_the_html_view_read_the_figures_the_graph_found() -> None:
    """FC102 and the page read each claim's figures from the graph, not from the text again:
    a graph whose record of a quote's figures is emptied fails FC102 and marks the quote."""
    from dataclasses import replace

    from factcheck.claims.graph import ClaimGraph
    from factcheck.render.html import layout
    from factcheck.report.engine import run_checks

    graph = build_graph(load_claims_file(FILES[1]))
    node = graph.by_id["output"]
    assert node.quote_span is not None and node.figure_span is not None
    assert graph.article_text[slice(*node.figure_span)] == "1200亿元"
    blind = replace(node, quote_figures=(), figure_span=(node.quote_span.start,
                                                         node.quote_span.end))
    nodes = [blind if n is node else n for n in graph.nodes]
    other = ClaimGraph(graph.source, nodes, graph.waivers, paragraphs=graph.paragraphs)
    report = run_checks(other, [RULES["FC102"]])
    [fc102] = [o for o in report.outcomes if o.claim_ids == ("output",)]
    assert fc102.failed and "the quote prints no figure" in fc102.message
    lay = layout(report, "r-")
    assert (lay.by_claim["output"].start, lay.by_claim["output"].end) == (
        node.quote_span.start, node.quote_span.end)


def test_a_waivers_outcome_points_at_it_by_index_not_by_its_subject_text(
        tmp_path: Path) -> None:
    from dataclasses import replace

    from factcheck.app.runner import check_file
    from factcheck.render.flat import findings

    (tmp_path / "a.txt").write_text("工业增长8.1%。\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nclaims:\n"
        "  - id: g\n    quote: 增长8.1%\n    value: 8.1%\n    kind: growth\n"
        "waivers:\n  - quote: 问界M7\n    reason: a model name\n", encoding="utf-8")
    report = check_file(tmp_path / "c.yaml", all_rules())
    [gone] = [o for o in report.outcomes if o.code == "FC103"]
    assert gone.failed and gone.waiver == 0
    [row] = [f for f in findings(report) if f.code == "FC103"]
    assert row.claim is not None and row.claim.line == 9
    # the subject is display text: a subject alone places nothing
    report.outcomes = [replace(gone, waiver=None)]
    assert findings(report)[0].claim is None
