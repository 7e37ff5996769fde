"""Bad settings are one line and exit 2, never an internal error or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app

CLAIMS = """article: a.txt
published: 2024-11-05
claims:
  - id: total
    quote: 产值达到120亿元
    value: 120亿 元
"""


def _run(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    (tmp_path / "a.txt").write_text("今年工业产值达到120亿元。\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(CLAIMS, encoding="utf-8")
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(app, ["run", "c.yaml", *args], env=env)
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stderr


def test_tool_that_is_not_a_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('tool = "x"\n')
    assert _run(tmp_path, "--config", "pyproject.toml") == (
        2, "pyproject.toml:1:1: 'tool' must be a table\n")


@pytest.mark.parametrize("value", ['"1e-99999999%"', "1e-99999999", '"0.' + "0" * 60 + '1"'])
def test_an_absurd_tolerance_is_refused_at_once(tmp_path: Path, value: str) -> None:
    (tmp_path / "factcheck.toml").write_text(f"tolerances = {{approx = {value}}}\n")
    code, err = _run(tmp_path)
    assert code == 2 and err.startswith("factcheck.toml:1:15: 'tolerances.approx' must be a "
                                        "fraction such as")


@pytest.mark.parametrize("epoch", ["99999999999999999999", "１７００００００００", "12x"])
def test_a_bad_source_date_epoch(tmp_path: Path, epoch: str) -> None:
    code, err = _run(tmp_path, "-f", "html", env={"SOURCE_DATE_EPOCH": epoch})
    assert code == 2 and err.startswith("factcheck: SOURCE_DATE_EPOCH=") and err[-1] == "\n"
    assert err.count("\n") == 1
