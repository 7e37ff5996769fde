"""Help and first steps: -V, flags without metavars, completion, 'did you mean', first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.app.cli import app, complete_code
from factcheck.core.suggest import did_you_mean


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_short_version() -> None:
    assert _invoke("-V") == (0, f"factcheck {__version__}\n", "")


def test_flags_show_no_bool_metavar() -> None:
    code, out, _ = _invoke("init", "--help")
    assert code == 0
    assert "<bool>" not in out and "--force" in out
    assert "<path>" in out  # options that take a value keep theirs


def test_rule_format_offers_only_what_it_prints() -> None:
    code, _, err = _invoke("rule", "FC201", "-f", "markdown")
    assert code == 2 and "markdown" in err


def test_completion_of_check_codes_and_names() -> None:
    assert "FC201" in complete_code("fc20")
    assert complete_code("growth-a") == ["growth-arithmetic"]
    assert complete_code("zz") == []


@pytest.mark.parametrize(("word", "choices", "hint"), [
    ("mesures", ["measures", "quote", "value"], "; did you mean 'measures'?"),
    ("part_of", ["part-of", "part"], "; did you mean 'part-of'?"),
    ("gpd", ["gdp", "gdp-growth"], "; did you mean 'gdp'?"),
    ("fc201", ["FC201", "FC202"], "; did you mean 'FC201'?"),
    ("zzz", ["measures"], ""),
])
def test_did_you_mean(word: str, choices: list[str], hint: str) -> None:
    assert did_you_mean(word, choices) == hint


def _case(tmp_path: Path, claims: str) -> tuple[int, str]:
    (tmp_path / "a.txt").write_text("GDP grew 5.2% to 100 billion yuan.\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("article: a.txt\npublished: 2024-11-05\nlanguage: en\n"
                                     + claims, encoding="utf-8")
    code, _, err = _invoke("run", str(tmp_path / "c.yaml"), "--no-cache")
    return code, err


def test_unknown_key_and_id_suggest_the_near_one(tmp_path: Path) -> None:
    code, err = _case(tmp_path, "claims:\n  - {id: gdp, quote: 100 billion yuan, value: 100 billion yuan,"
                      " mesures: GDP}\n")
    assert code == 2
    assert err.endswith("unknown key 'mesures' in claims[0]; did you mean 'measures'?\n")
    code, err = _case(tmp_path, "claims:\n  - {id: gdp, quote: 100 billion yuan, value: 100 billion yuan}\n"
                      "  - {id: gdp-growth, quote: grew 5.2%, value: 5.2%, kind: growth, current: gpd}\n")
    assert code == 2
    assert err.endswith("names unknown claim 'gpd' in 'current'; did you mean 'gdp'?\n")
    code, err = _case(tmp_path, "claims:\n  - {id: gdp, quote: 100 billion yuan, value: 100 billion yuan,"
                      " part_of: x}\n")
    assert err.endswith("unknown key 'part_of' in claims[0]; did you mean 'part-of'?\n")


def test_unknown_code_in_select(tmp_path: Path) -> None:
    code, _, err = _invoke("run", "--select", "FC1O1", "--no-cache")
    assert code == 2 and err == "factcheck: no check code starts with 'FC1O1'; did you mean 'FC101'?\n"


def test_first_run_points_to_init(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = _invoke("run", "--no-cache")
    assert (code, out) == (2, "")
    assert err.startswith("factcheck: no claims/ directory here, so nothing to check yet. "
                          "To start, draft a claims file for an article: factcheck init ARTICLE.txt")
