"""What CI relies on: the summary line whatever the flags, and browser tests that cannot
skip silently."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# each test runs pytest again in a subprocess
pytestmark = pytest.mark.slow


def _pytest(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # the inner run decides for itself whether the browser is required (CI sets it outside)
    outer = {k: v for k, v in os.environ.items() if k != "FACTCHECK_REQUIRE_BROWSER"}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**outer, **(env or {})})


@pytest.mark.parametrize("flags", [(), ("-q",), ("-qq",), ("-v",)], ids=lambda f: " ".join(f) or "none")
def test_the_summary_line_survives_any_verbosity(flags: tuple[str, ...]) -> None:
    done = _pytest(*flags, "tests/test_interval.py")
    assert done.returncode == 0, done.stdout
    assert re.search(r"^\d+ passed", done.stdout, re.M) or re.search(
        r"= \d+ passed", done.stdout), done.stdout


def test_a_browser_test_that_cannot_run_fails_when_the_browser_is_required() -> None:
    missing = {"FACTCHECK_CHROMIUM": "/nonexistent/chromium"}
    skipped = _pytest("-rs", "tests/test_html_browser.py", env=missing)
    assert skipped.returncode == 0, skipped.stdout
    assert re.search(r"\d+ skipped", skipped.stdout), skipped.stdout
    required = _pytest("tests/test_html_browser.py", "-x",
                       env={**missing, "FACTCHECK_REQUIRE_BROWSER": "1"})
    assert required.returncode == 1, required.stdout
    assert "FACTCHECK_REQUIRE_BROWSER is set" in required.stdout


def test_ci_requires_the_browser() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "FACTCHECK_REQUIRE_BROWSER=1" in script
