"""A claims file cannot switch a check off by mistake: a value that does not fit its kind,
a relation key on a kind it does not apply to, a relation naming a claim of the wrong kind,
or a selection that leaves no check are input errors, never a silent pass."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app

ARTICLE = "今年工业产值达到120亿元，同比增长8.1%，占全市比重34.5%，比上年提高2.4个百分点。\n"
HEAD = """article: article.txt
published: 2024-11-05
claims:
  - id: total
    quote: 产值达到120亿元
    value: 120亿 元
"""


def _run(tmp_path: Path, claims: str, *args: str) -> tuple[int, str, str]:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(HEAD + claims, encoding="utf-8")
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(app, ["run", "c.yaml", "-f", "text", *args])
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("kind", "words"), [
    ("growth", "a percentage or a multiple (倍)"),
    ("share", "a percentage"),
    ("rate", "a percentage"),
    ("pp-change", "a change in percentage points (pp, 个百分点) or per-mille points (个千分点)"),
    ("pp-gap", "a gap in percentage points (pp, 个百分点)"),
    ("target", "a year such as 2027"),
    ("structure", "a structure such as 7.7:57.5:34.8"),
])
def test_a_value_that_does_not_fit_its_kind_is_an_error(tmp_path: Path, kind: str,
                                                         words: str) -> None:
    claims = f"""  - id: bad
    quote: 产值达到120亿元
    value: 120亿 元
    kind: {kind}
"""
    code, _, err = _run(tmp_path, claims)
    assert (code, err.splitlines()) == (
        2, [f"c.yaml:9:12: the value of a {kind} claim is {words}, not '120亿 元'"])


@pytest.mark.parametrize(("key", "value", "kinds"), [
    ("of", "total", "contribution, contribution-rate, pp-change, pp-gap"),
    ("whole", "total", "contribution, contribution-rate, rate, share"),
    ("count", "total", "span"),
    ("components", "[total]", "label, structure"),
    ("component", "7", "pp-change"),
    ("against", "total", "pp-gap"),
    ("part-growth", "total", "contribution, contribution-rate, share"),
])
def test_a_relation_key_on_an_amount_is_an_error(tmp_path: Path, key: str, value: str,
                                                 kinds: str) -> None:
    claims = f"""  - id: sub
    quote: 同比增长8.1%
    value: 120亿 元
    {key}: {value}
"""
    code, _, err = _run(tmp_path, claims)
    assert (code, err.splitlines()) == (
        2, [f"c.yaml:10:5: claims[1].{key}: key {key!r} does not apply to a claim of kind "
            f"'amount' (only to {kinds})"])


def test_exhaustive_on_a_share_is_an_error(tmp_path: Path) -> None:
    claims = """  - id: s
    quote: 占全市比重34.5%
    value: 34.5%
    kind: share
    exhaustive: true
"""
    code, _, err = _run(tmp_path, claims)
    assert code == 2 and "key 'exhaustive' does not apply to a claim of kind 'share'" in err


def test_part_growth_naming_an_amount_is_an_error(tmp_path: Path) -> None:
    claims = """  - id: s
    quote: 占全市比重34.5%
    value: 34.5%
    kind: share
    part-growth: total
"""
    code, _, err = _run(tmp_path, claims)
    assert (code, err.splitlines()) == (
        2, ["c.yaml:11:18: 'part-growth' names 'total', a claim of kind 'amount'; it must name "
            "a claim of kind growth"])


def test_fitting_values_still_load(tmp_path: Path) -> None:
    claims = """  - id: g
    quote: 同比增长8.1%
    value: 8.1%
    kind: growth
    current: total
  - id: s
    quote: 占全市比重34.5%
    value: 34.5%
    kind: share
  - id: p
    quote: 比上年提高2.4个百分点
    value: 2.4 pp
    kind: pp-change
    of: s
"""
    code, out, err = _run(tmp_path, claims)
    assert (code, err) == (0, ""), out


@pytest.mark.parametrize("args", [["--ignore", "FC"], ["--select", "FC1", "--ignore", "FC1"]])
def test_a_selection_of_no_check_is_not_reported_as_ok(tmp_path: Path, args: list[str]) -> None:
    code, out, err = _run(tmp_path, "", *args)
    assert code == 2 and out == ""
    assert err.endswith("leave no check to run; nothing would be checked\n")
    (tmp_path / "factcheck.toml").write_text('ignore = ["FC"]\n')
    code, out, err = _run(tmp_path, "")
    assert (code, out) == (2, "")
    assert err == ("factcheck: select ['FC'] and ignore ['FC'] leave no check to run; nothing "
                   "would be checked\n")
