"""The plain-text report writes simple parts itself; it must write exactly what rich would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import BUNDLED_CLAIMS, ROOT

from factcheck.checks.registry import all_rules
from factcheck.render.terminal import _Error, _footer, file_report, make_console
from factcheck.runner import run_paths

FAILING = ROOT / "tests" / "fixtures" / "failing" / "claims.yaml"


def _by_rich(part: object, width: int) -> str:
    buffer = io.StringIO()
    make_console(buffer, color=False, width=width).print(part.rich())  # type: ignore[attr-defined]
    return buffer.getvalue()


@pytest.mark.parametrize("width", [40, 61, 100, 160])
@pytest.mark.parametrize("claims", [BUNDLED_CLAIMS, FAILING], ids=["bundled", "failing"])
def test_direct_text_equals_rich(claims: Path, width: int) -> None:
    result = run_paths([claims], all_rules())
    parts = [*(p for r in result.reports for sa in (False, True) for p in file_report(r, sa)),
             _Error("x.yaml:1:1: a [bold]tag[/bold]-like error"), _footer(result, all_rules()[0].severity)]
    direct = 0
    for part in parts:
        fast = part.fitted(width)
        if fast is not None:
            direct += 1
            assert fast == _by_rich(part, width)
    assert direct > 0
