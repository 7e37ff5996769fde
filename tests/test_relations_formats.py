"""Every relation's finding reaches every output format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.render import Format, RenderOptions, render
from factcheck.report.findings import Verdict

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path("tests/fixtures/relations/claims.yaml")
NEW = ("FC206", "FC207", "FC208", "FC209", "FC210", "FC211", "FC212", "FC213",
       "FC307", "FC308", "FC404", "FC405", "FC406", "FC407", "FC408")


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_the_fixture_fails_once_for_each_relation() -> None:
    [report] = run_paths([FIXTURE], all_rules(), jobs=1).reports
    failing = {o.code for o in report.outcomes if o.verdict is Verdict.FAIL}
    assert failing == set(NEW)  # nothing else: fidelity and coverage hold


@pytest.mark.parametrize("fmt", list(Format), ids=lambda f: f.value)
def test_every_relation_is_in_every_format(fmt: Format) -> None:
    if fmt is Format.AUTO:
        pytest.skip("auto picks one of the others")
    result = run_paths([FIXTURE], all_rules(), jobs=1)
    # the terminal report lists passing relations in full (-v); compact, only failures
    text = render(fmt, result, RenderOptions(verbose=True))
    missing = [code for code in NEW if code not in text]
    assert missing == []


def test_json_carries_the_numbers_of_a_relation() -> None:
    result = run_paths([FIXTURE], all_rules(), jobs=1)
    doc = json.loads(render(Format.JSON, result, RenderOptions()))
    [contribution] = [c for f in doc["files"] for c in f["findings"]
                      if c["code"] == "FC209" and "industry" in c["claim_ids"]]
    assert contribution["verdict"] == "fail"
    assert {n["name"] for n in contribution["numbers"]} >= {"stated", "computed"}
