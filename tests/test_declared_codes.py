"""Declared codes are kept: ``--select`` keeps every finding of the codes it names, and
no check reports a code it did not declare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CaseWriter
from typer.testing import CliRunner

from factcheck.app.cli import app

runner = CliRunner()

TONNES_ARTICLE = "产量1200万吨，比上年增加86.3亿元，上年为1100万吨。"
TONNES_CLAIMS = """
  - id: now
    quote: 产量1200万吨
    value: 1200万 吨
  - id: before
    quote: 上年为1100万吨
    value: 1100万 吨
  - id: rise
    quote: 增加86.3亿元
    value: 86.3亿 元
    kind: change
    current: now
    prior: before
"""
TONNES_MESSAGE = ("Change and its amounts: 86.3亿 元 is in yuan (currency_cny) but 1200万 吨 "
                  "is in tonne (mass); they cannot be compared.")


def _findings(path: Path, *options: str) -> tuple[int, list[dict[str, object]]]:
    result = runner.invoke(app, ["run", str(path), "--format", "json", *options])
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


@pytest.mark.parametrize("select", [(), ("FC403",), ("FC4",), ("FC207",), ("FC2", "FC4")])
def test_select_keeps_the_unit_mismatch_of_a_change(write_case: CaseWriter,
                                                    select: tuple[str, ...]) -> None:
    path = write_case(TONNES_ARTICLE, TONNES_CLAIMS)
    options = [x for code in select for x in ("--select", code)]
    code, findings = _findings(path, *options)
    failing = [f for f in findings if f["verdict"] == "fail"]
    assert [(f["code"], f["message"]) for f in failing] == [("FC403", TONNES_MESSAGE)]
    assert code == 1
    # the change itself is not judged: its amounts cannot be compared with it
    assert not [f for f in findings if f["code"] == "FC207"]


def test_select_fc403_in_the_terminal_reports_the_failure(write_case: CaseWriter) -> None:
    path = write_case(TONNES_ARTICLE, TONNES_CLAIMS)
    result = runner.invoke(app, ["run", str(path), "--select", "FC403"])
    assert result.exit_code == 1
    assert "1 failing check" in result.stdout


POINTS_ARTICLE = "失业率下降2.0%至6.1%，上月为6.4%。"
POINTS_CLAIMS = """
  - id: now
    quote: 至6.1%
    value: 6.1%
    kind: rate
  - id: change
    quote: 下降2.0%
    value: -2.0%
    kind: pp-change
    of: now
    prior: before
  - id: before
    quote: 上月为6.4%
    value: 6.4%
    kind: rate
"""


@pytest.mark.parametrize("select", [(), ("FC203",), ("FC2",)])
def test_select_fc203_keeps_a_change_that_fits_neither_reading(
        write_case: CaseWriter, select: tuple[str, ...]) -> None:
    path = write_case(POINTS_ARTICLE, POINTS_CLAIMS)
    options = [x for code in select for x in ("--select", code)]
    code, findings = _findings(path, *options)
    failing = [f for f in findings if f["verdict"] == "fail"]
    assert [f["code"] for f in failing] == ["FC203"]
    assert str(failing[0]["message"]).startswith(
        "A change of a rate printed as -2.0% fits neither reading")
    assert code == 1


BARE_ARTICLE = ("Employment rose by 12,000 people: services added 30,000 and manufacturing "
                "lost 18,000.")


def _bare_counts(write_case: CaseWriter, total: str) -> list[dict[str, object]]:
    path = write_case(BARE_ARTICLE, f"""
      - id: rise
        quote: rose by {total}
        value: {total}
        kind: change
        breakdowns:
          sector: [services, manufacturing]
      - id: services
        quote: added 30,000
        value: "30,000"
      - id: manufacturing
        quote: lost 18,000
        value: "-18,000"
    """)
    return _findings(path)[1]


def test_a_bare_count_takes_the_unit_of_its_relation(write_case: CaseWriter) -> None:
    """Issue 26, item 3: 30,000 and −18,000 beside a change of 12,000 people are people."""
    findings = _bare_counts(write_case, "12,000 people")
    assert [(f["code"], f["verdict"]) for f in findings if f["code"].startswith("FC4")] == [
        ("FC404", "pass")]
    # and the sum is still judged: a change of 13,000 people does not fit
    findings = _bare_counts(write_case, "13,000 people")
    assert [(f["code"], f["verdict"]) for f in findings if f["code"].startswith("FC4")] == [
        ("FC404", "fail")]


def test_a_bare_count_beside_two_units_is_not_guessed(write_case: CaseWriter) -> None:
    path = write_case("Sales of 12 cars and 3,000 yuan, with 30 more.", """
      - id: a
        quote: 12 cars
        value: 12 辆
      - id: b
        quote: 3,000 yuan
        value: 3000 元
      - id: c
        quote: 30 more
        value: "30"
    relations:
      - kind: same
        members: [a, b, c]
    """)
    [finding] = [f for f in _findings(path)[1] if f["verdict"] == "fail"]
    assert finding["code"] == "FC403"


WARNING_ARTICLE = "失业率下降0.3%至6.1%，上月为6.4%。"
WARNING_CLAIMS = POINTS_CLAIMS.replace("下降2.0%", "下降0.3%").replace("-2.0%", "-0.3%")


def test_statistics_count_a_warning_as_the_summary_does(write_case: CaseWriter) -> None:
    """FC213 is declared a warning: --statistics counts it under "warning", not "fail"."""
    path = write_case(WARNING_ARTICLE, WARNING_CLAIMS)
    result = runner.invoke(app, ["run", str(path), "--statistics", "-f", "json"])
    rows = {r["code"]: r for r in json.loads(result.stdout)}
    assert rows["FC213"] == {"code": "FC213", "name": "percent-for-points", "severity": "warning",
                             "checks": 1, "pass": 0, "fail": 0, "warning": 1, "undetermined": 0,
                             "waived": 0}
    summary = json.loads(runner.invoke(app, ["run", str(path), "-f", "json"]).stdout)["summary"]
    assert summary["counts"]["warning"] == 1 and summary["counts"]["fail"] == 0
    text = runner.invoke(app, ["run", str(path), "-f", "text"]).stdout
    assert " ! FC213 percent-for-points [warning]" in text
    assert text.splitlines()[-1] == "1 claims file · 8 pass · 1 warning  →  OK"
    verbose = runner.invoke(app, ["run", str(path), "-f", "text", "-v"]).stdout
    assert "0 failing checks, 1 warning" in verbose
