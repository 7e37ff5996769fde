"""The committed unit table is what pint computes from definitions.txt."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from importlib import resources
from pathlib import Path

import pytest

from factcheck.units import (
    DIMENSIONLESS,
    TABLE,
    Unit,
    UnknownUnitError,
    build_table,
    resolve,
    resolve_with_pint,
    table_text,
)


def _committed() -> str:
    return resources.files("factcheck.units").joinpath(TABLE).read_text(encoding="utf-8")


def test_table_is_what_pint_computes_now() -> None:
    fresh = build_table()
    assert json.loads(_committed())["units"] == fresh, (
        "factcheck/units/table.json is stale: run python -m factcheck.units")
    assert _committed() == table_text(fresh)


def test_table_holds_names_symbols_and_aliases() -> None:
    units = json.loads(_committed())["units"]
    assert units["平方公里"] == ["square_kilometre", "length^2", 1000000, 1]
    assert units["亩"] == ["mu", "length^2", 2000, 3]
    assert units["个百分点"] == ["percentage_point", "percentage_point", 1, 1]
    assert units["年"] == ["year", "month", 12, 1]


def test_every_word_resolves_as_pint_resolves_it() -> None:
    for word in json.loads(_committed())["units"]:
        assert resolve(word) == resolve_with_pint(word), word


def test_resolve_strips_and_keeps_the_written_word() -> None:
    assert resolve(" 公顷 ") == Unit("公顷", "hectare", "length^2", Fraction(10000))
    assert resolve("  ") is DIMENSIONLESS


def test_words_outside_the_table_fall_back_to_pint() -> None:
    assert "kgs" not in json.loads(_committed())["units"]
    assert resolve("kgs") == Unit("kgs", "kilogram", "mass", Fraction(1))
    with pytest.raises(UnknownUnitError, match="unknown unit 'furlongs'"):
        resolve("furlongs")


def test_table_lookups_do_not_import_pint() -> None:
    code = ("import sys; from factcheck.units import resolve; "
            "[resolve(w) for w in ('辆', '%', '平方米', '元', 'pp')]; "
            "print('pint' in sys.modules)")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=root)
    assert out.stdout.strip() == "False"


def test_every_unit_word_the_extractor_knows_resolves() -> None:
    """A draft or a discovered claim takes its unit from the extractor: it must load."""
    from factcheck.extract.lexicon import zh_units
    from factcheck.units import UnknownUnitError, resolve

    unknown = []
    for word in zh_units():
        try:
            resolve(word)
        except UnknownUnitError:
            unknown.append(word)
    assert unknown == []
