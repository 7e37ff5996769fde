"""The default report is compact (issue 23): a pass in a few lines, a failure led by its culprit
and short enough for one screen at 80 columns; ``-v`` and ``--show-all`` keep the full list."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from conftest import BUNDLED_CLAIMS, ROOT
from rich.cells import cell_len

from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.render import Format, RenderOptions, render

sys.path.insert(0, str(ROOT / "benchmarks"))
from newsroom import failing_copy


def _lines(claims: Path, width: int | None, **options: bool) -> list[str]:
    result = run_paths([claims], all_rules())
    return render(Format.TEXT, result, RenderOptions(width=width, **options)).splitlines()


def test_a_pass_prints_header_warnings_waivers_and_a_summary() -> None:
    """What a desk acts on: the warnings in full, each waived check on one line; the
    implied values are counted and listed by -v."""
    lines = _lines(BUNDLED_CLAIMS, None)
    assert len(lines) == 12
    assert lines[5].startswith(" ! FC305 share-trajectory [warning]")
    assert lines[-3:] == [
        " – FC102 [waived]  period-h1-auto  waived: 上半年 prints no digit; the grammar has no "
        "reading of 半年 (half a year)",
        "14 values implied by the figures, not printed: -v lists them",
        "1 claims file · 301 pass · 1 warning · 1 waived  →  OK"]


def test_a_pass_fits_25_lines_at_80_columns() -> None:
    lines = _lines(BUNDLED_CLAIMS, 80)
    assert len(lines) <= 25, "\n".join(lines)
    assert all(cell_len(line) <= 80 for line in lines)
    # the warning is whole, wrapped; the waived check is one line, cut
    assert lines[-4] == "     prices); check with the source."
    assert lines[-3] == " – FC102 [waived]  period-h1-auto  waived: 上半年 prints no digit; the grammar …"


def test_verbose_and_show_all_keep_the_full_report() -> None:
    verbose = _lines(BUNDLED_CLAIMS, None, verbose=True)
    assert "0 failing checks, 1 warning" in verbose and len(verbose) > 100
    assert len(_lines(BUNDLED_CLAIMS, None, show_all=True)) > len(verbose)


def test_one_failure_fits_15_lines_at_80_columns(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    claims = failing_copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    lines = _lines(claims.relative_to(tmp_path), 80)
    assert len(lines) <= 15, "\n".join(lines)
    assert all(cell_len(line) <= 80 for line in lines)
    assert lines[6] == "1 failing check, 1 warning (--show-all lists them)"
    # the culprit comes first, with the figures as the article prints them (no space)
    assert lines[7] == ("  implicated, any one: 12.142万辆 (cq-auto-output), 39.1万辆 "
                        "(cq-nev-output)")
    assert lines[8] == " ✗ FC401 part-exceeds-total [fail]  cq-auto-output, cq-nev-output"
    assert lines[-1] == "1 claims file · 300 pass · 1 warning · 1 fail · 1 waived  →  FAILED"
    assert os.linesep.join(lines).count("✗") == 2  # the count in the header, the failure


def test_suspect_heading_is_wrapped_not_cut_at_80_columns() -> None:
    culprit = ROOT / "tests" / "fixtures" / "culprit" / "claims.yaml"
    text = "\n".join(_lines(culprit, 80, verbose=True))
    assert "suspect 2760.91亿元 (auto, " in text
    assert "claims.yaml:9:5)" in text  # the position is whole, on the next line if need be


def test_verbose_implied_values_in_a_file_are_one_line_each() -> None:
    lines = _lines(BUNDLED_CLAIMS, None, verbose=True)
    title = lines.index("Implied values (not printed, but implied by the figures)")
    assert len(lines[title + 1:-1]) == 14
    assert lines[title + 1].startswith("  = 5.8% (5.70–5.90%)  Gap between")
