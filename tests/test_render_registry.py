"""One renderer per format, one category and one fail level for every report."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.render import (
    RENDERERS,
    RESOLVED_BY_CALLER,
    Format,
    RenderOptions,
    render,
    renderer,
)
from factcheck.report.findings import (
    Category,
    Outcome,
    Severity,
    Verdict,
    blocks,
    category,
    category_counts,
)
from factcheck.report.result import RunResult

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = Path("claims/chongqing-manufacturing-2024.yaml")
FAILING = Path("tests/fixtures/failing/claims.yaml")
RENDERED = [f for f in Format if f not in RESOLVED_BY_CALLER]


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="module")
def result() -> RunResult:
    import os

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return run_paths([BUNDLED, FAILING], all_rules(), jobs=1)
    finally:
        os.chdir(here)


def test_every_format_has_a_renderer() -> None:
    assert set(RENDERERS) | RESOLVED_BY_CALLER == set(Format)
    assert not set(RENDERERS) & RESOLVED_BY_CALLER


@pytest.mark.parametrize("fmt", RENDERED)
def test_each_registered_renderer_takes_a_result_and_options(fmt: Format,
                                                           result: RunResult) -> None:
    inspect.signature(renderer(fmt)).bind(result, RenderOptions())


@pytest.mark.parametrize("fmt", RENDERED)
def test_every_format_writes_a_report(fmt: Format, result: RunResult) -> None:
    text = render(fmt, result, RenderOptions())
    assert len(text) > 200
    assert "FC201" in text


def test_a_format_without_a_renderer_is_an_error(monkeypatch: pytest.MonkeyPatch,
                                                 result: RunResult) -> None:
    monkeypatch.delitem(RENDERERS, Format.JSON)
    with pytest.raises(LookupError, match="no renderer registered for format 'json'"):
        render(Format.JSON, result, RenderOptions())
    with pytest.raises(ValueError, match=r"resolve Format\.AUTO"):
        render(Format.AUTO, result, RenderOptions())


def _outcome(verdict: Verdict, severity: Severity) -> Outcome:
    return Outcome("FC201", verdict, ("a",), "m", severity=severity)


@pytest.mark.parametrize(("verdict", "severity", "cat", "fails_error", "fails_warning"), [
    (Verdict.PASS, Severity.ERROR, Category.PASS, False, False),
    (Verdict.ROUNDING, Severity.ERROR, Category.ROUNDING, False, False),
    (Verdict.WAIVED, Severity.ERROR, Category.WAIVED, False, False),
    (Verdict.FAIL, Severity.ERROR, Category.FAIL, True, True),
    (Verdict.FAIL, Severity.WARNING, Category.WARNING, False, True),
    (Verdict.FAIL, Severity.NOTE, Category.WARNING, False, False),
    (Verdict.PASS, Severity.WARNING, Category.PASS, False, False),
])
def test_category_and_fail_level(verdict: Verdict, severity: Severity, cat: Category,
                                 fails_error: bool, fails_warning: bool) -> None:
    o = _outcome(verdict, severity)
    assert category(o) is cat
    assert blocks(o, Severity.ERROR) is fails_error
    assert blocks(o, Severity.WARNING) is fails_warning


@pytest.mark.parametrize("fail_on", [Severity.ERROR, Severity.WARNING])
def test_every_format_counts_by_the_one_category(fail_on: Severity, result: RunResult) -> None:
    """JSON counts, the text footer, the HTML check counts and the exit code in JSON and
    SARIF all agree with ``category`` and ``blocks``."""
    every = [o for r in result.reports for o in r.outcomes]
    counts = category_counts(every)
    assert counts[Category.FAIL] and counts[Category.WAIVED] and counts[Category.WARNING]
    expected_exit = int(any(blocks(o, fail_on) for o in every))
    options = RenderOptions(fail_on=fail_on)

    doc = json.loads(render(Format.JSON, result, options))
    assert doc["summary"]["counts"] == {c.value: n for c, n in counts.items()}
    assert doc["exit_code"] == expected_exit == result.exit_code(fail_on)
    sarif = json.loads(render(Format.SARIF, result, options))
    assert sarif["runs"][0]["invocations"][0]["exitCode"] == expected_exit

    footer = render(Format.TEXT, result, options).rstrip("\n").splitlines()[-1]
    words = {Category.PASS: "pass", Category.ROUNDING: "within rounding",
             Category.WARNING: "warning", Category.FAIL: "fail", Category.WAIVED: "waived"}
    for c, word in words.items():
        # a count of nothing is left out of the footer
        assert (f"{counts[c]} {word}" in footer) if counts[c] else (f" {word}" not in footer)

    page = render(Format.HTML, result, options)
    html_words = {Category.PASS: "pass", Category.ROUNDING: "rounding",
                  Category.WARNING: "warning", Category.FAIL: "fail", Category.WAIVED: "waived"}
    for c, word in html_words.items():
        assert f'<span data-checks="{word}">{counts[c]}</span>' in page

    junit = render(Format.JUNIT, result, options)
    assert junit.count("<failure ") == sum(blocks(o, fail_on) for o in every)
