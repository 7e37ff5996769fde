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


_PER_MILLE_ARTICLE = ("出生率为6.39‰，比上年下降0.28个千分点，上年为6.77‰。"
                      "出口总额1000亿元，比上年增长8.0%。其中货物出口增加50亿元，服务出口增加34亿元。\n")
_PER_MILLE_CLAIMS = """\
article: article.txt
published: 2024-11-05
claims:
  - {id: now, quote: 出生率为6.39‰, value: 6.39‰, kind: rate}
  - {id: before, quote: 上年为6.77‰, value: 6.77‰, kind: rate}
  - {id: down, quote: 比上年下降0.28个千分点, value: -0.28 个千分点, kind: pp-change, of: now, prior: before}
  - {id: exports, quote: 出口总额1000亿元, value: 1000亿 元}
  - {id: goods, quote: 货物出口增加50亿元, value: 50亿 元, kind: change}
  - {id: services, quote: 服务出口增加34亿元, value: 34亿 元, kind: change}
  - {id: growth, quote: 比上年增长8.0%, value: 8.0%, kind: growth, current: exports,
     increase-of: [goods, services]}
"""


@pytest.mark.parametrize("fmt", [f for f in Format if f is not Format.AUTO], ids=lambda f: f.value)
def test_per_mille_points_and_a_summed_increase_in_every_format(
        fmt: Format, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(_PER_MILLE_ARTICLE, encoding="utf-8")
    Path("claims.yaml").write_text(_PER_MILLE_CLAIMS, encoding="utf-8")
    result = run_paths([Path("claims.yaml")], all_rules(), jobs=1)
    [report] = result.reports
    failing = sorted((o.code, o.claim_ids[0]) for o in report.outcomes if o.verdict is Verdict.FAIL)
    assert failing == [("FC201", "growth"), ("FC203", "down")]
    text = render(fmt, result, RenderOptions(verbose=True))
    # the change in its own unit (per-mille points), and the increase as the sum it is
    assert "-0.39–-0.37个千分点" in text
    assert "9.05–9.29%" in text
