"""The plain-text report writes simple parts itself; it must write exactly what rich would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import BUNDLED_CLAIMS, ROOT

from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.render.terminal import _Error, _footer, file_report, make_console

FAILING = ROOT / "tests" / "fixtures" / "failing" / "claims.yaml"
CULPRIT = ROOT / "tests" / "fixtures" / "culprit" / "claims.yaml"


def _by_rich(part: object, width: int) -> str:
    buffer = io.StringIO()
    make_console(buffer, color=False, width=width).print(part.rich())  # type: ignore[attr-defined]
    return buffer.getvalue()


@pytest.mark.parametrize("width", [40, 61, 100, 160])
@pytest.mark.parametrize("claims", [BUNDLED_CLAIMS, FAILING, CULPRIT],
                         ids=["bundled", "failing", "culprit"])
def test_direct_text_equals_rich(claims: Path, width: int) -> None:
    result = run_paths([claims], all_rules())
    parts = [*(p for r in result.reports for sa in (False, True) for v in (False, True)
               for p in file_report(r, sa, verbose=v)),
             _Error("x.yaml:1:1: a [bold]tag[/bold]-like error"), _footer(result, all_rules()[0].severity)]
    direct = 0
    for part in parts:
        fast = part.fitted(width)
        if fast is not None:
            direct += 1
            assert fast == _by_rich(part, width)
    assert direct > 0


def _report(claims: Path, width: int | None, color: bool = False, show_all: bool = False) -> str:
    from factcheck.render import Format, RenderOptions, render

    result = run_paths([claims], all_rules())
    return render(Format.RICH if color else Format.TEXT, result,
                  RenderOptions(width=width, show_all=show_all))


def test_compact_failure_leads_with_the_culprit() -> None:
    lines = _report(CULPRIT, 120).splitlines()
    assert lines[5] == "3 failing checks"
    assert lines[6] == ("  likely culprit: 2760.91亿元 (auto); with 2706.91亿元 all 3 failing "
                        "checks pass")
    assert lines[7] == " ✗ FC401 part-exceeds-total [fail]  total, auto, electronics, other"
    assert lines[8].endswith("culprit/claims.yaml:5:5 · tests/fixtures/culprit/article.txt:1:1")
    assert lines[9] == "     2760.91亿元 + 1500.00亿元 + 793.09亿元 = 5054.00亿元 ≤ 5000.00亿元"
    assert lines[-1] == "1 claims file · 11 pass · 3 fail  →  FAILED"
    assert "Worked relations" not in "\n".join(lines) and "“" not in "\n".join(lines)


def test_failures_lead_under_their_suspect() -> None:
    text = _report(CULPRIT, 120, show_all=True)
    lines = text.splitlines()
    assert lines[5] == "3 failing checks"
    assert lines[6] == ("  likely culprit: 2760.91亿元 (auto) is the likely typo: with 2706.91亿元 "
                        "all 3 failing checks pass")
    assert lines[7].startswith("suspect 2760.91亿元 (auto, ")
    assert lines[7].split(" ─")[0].endswith("tests/fixtures/culprit/claims.yaml:9:5)")
    assert lines[8] == " ✗ FC401 part-exceeds-total [fail]  total, auto, electronics, other"
    assert lines[9].endswith("culprit/claims.yaml:5:5 · "
                             f"{CULPRIT.parent / 'article.txt'}:1:1"[-len("culprit/article.txt:1:1"):])
    # passes come after every failure
    lines = _report(FAILING, 120, show_all=True).splitlines()
    first_pass = next(i for i, line in enumerate(lines) if line.startswith(" ✓"))
    assert all(not line.startswith(" ✗") for line in lines[first_pass:])


@pytest.mark.parametrize("color", [False, True])
def test_narrow_implied_values_are_a_list_with_whole_ids(color: bool) -> None:
    import re

    from rich.cells import cell_len

    text = re.sub(r"\x1b\[[0-9;]*m", "", _report(BUNDLED_CLAIMS, 60, color, show_all=True))
    assert all(cell_len(line) <= 60 for line in text.splitlines())
    start = text.index("Implied values")
    assert "┏" not in text[start:]
    assert ("\n  industry-growth-gap-national, industry-growth\n    Gap between Chongqing's and "
            "China's above-size \n    industrial") in text
    assert "compared against = 5.8%  (5.70–5.90%)" in text
    wide = _report(BUNDLED_CLAIMS, 400, show_all=True)
    assert "┏" in wide[wide.index("Implied values"):]


def test_piped_text_is_never_hard_wrapped() -> None:
    text = _report(FAILING, None)
    assert ("     Growth from the two amounts: the figures allow 19.89–20.11%, but the article "
            "prints 25.0%; no reading of the rounded figures closes the gap of 4.84 pp.\n") in text
