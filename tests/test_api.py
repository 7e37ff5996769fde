"""The Python API gives the verdicts the command line gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import check

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "claims" / "chongqing-manufacturing-2024.yaml"
CULPRIT = ROOT / "tests" / "fixtures" / "culprit" / "claims.yaml"


def test_the_bundled_claims_pass() -> None:
    result = check([BUNDLED])
    assert result.errors == [] and result.exit_code() == 0
    assert len(result.reports) == 1 and result.reports[0].outcomes


def test_a_wrong_figure_fails_with_its_codes() -> None:
    result = check([CULPRIT])
    assert result.exit_code() == 1
    failing = {o.code for o in result.reports[0].outcomes if o.verdict.name == "FAIL"}
    assert {"FC401", "FC402", "FC301"} <= failing


def test_select_keeps_only_the_named_codes() -> None:
    result = check([CULPRIT], select=["FC301"])
    assert {o.code for o in result.reports[0].outcomes} == {"FC301"}


def test_an_unknown_code_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="no check code starts with 'FC999'"):
        check([BUNDLED], select=["FC999"])


def test_articles_are_checked_by_discovery() -> None:
    result = check(articles=[ROOT / "seeds" / "chongqing-manufacturing-2024.txt"])
    assert result.errors == [] and result.reports[0].outcomes


def test_a_missing_file_is_an_input_error_not_an_exception(tmp_path: Path) -> None:
    bad = tmp_path / "claims.yaml"
    bad.write_text("article: nowhere.txt\npublished: 2024-01-01\nlanguage: zh\nclaims: []\n",
                   encoding="utf-8")
    result = check([bad])
    assert result.exit_code() == 2 and "claims" in result.errors[0].message
