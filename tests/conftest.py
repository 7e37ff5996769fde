"""Shared helpers: small claims files written to a temporary directory."""

from __future__ import annotations

import importlib.util
import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from factcheck.app.runner import check_file
from factcheck.checks import all_rules
from factcheck.report.engine import FileReport
from factcheck.report.findings import Outcome

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CLAIMS = ROOT / "claims" / "chongqing-manufacturing-2024.yaml"
BUNDLED_ARTICLE = ROOT / "seeds" / "chongqing-manufacturing-2024.txt"

CaseWriter = Callable[[str, str], Path]

# No test depends on how fast the machine is (speed is measured in benchmarks/): hypothesis's
# per-example deadline would fail a test on a busy machine.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
# set by .ci/run: there a browser test that cannot run fails instead of skipping
REQUIRE_BROWSER = "FACTCHECK_REQUIRE_BROWSER"


def cjk_font_missing() -> bool:
    """Whether no installed font covers Chinese (fontconfig's own answer; no fc-list, no font)."""
    import shutil
    import subprocess

    if shutil.which("fc-list") is None:
        return True
    found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False)
    return not found.stdout.strip()


def browser_missing() -> str | None:
    """Why the browser tests cannot run, or None."""
    if not CHROMIUM.exists():
        return (f"{CHROMIUM} not found: install Chromium (apt-get install chromium, or "
                "bash .ci/install-browser.sh)")
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed (pip install -e '.[test]')"
    if cjk_font_missing():
        return ("no font covers Chinese, so the article would draw as empty boxes: install one "
                "(apt-get install fonts-wqy-zenhei, or bash .ci/install-browser.sh)")
    return None


@pytest.fixture(scope="module")
def browser_present() -> None:
    """Skip, saying why, when the browser cannot run; fail instead where it is required."""
    reason = browser_missing()
    if reason is None:
        return
    if os.environ.get(REQUIRE_BROWSER):
        pytest.fail(f"{reason}; {REQUIRE_BROWSER} is set, so a browser test may not skip")
    pytest.skip(reason)

# Tests check the code as it is, so no run (in process or in a subprocess) reads or writes
# the result cache unless a test turns it on (tests/test_cache.py).
os.environ["FACTCHECK_NO_CACHE"] = "1"


@pytest.fixture
def write_case(tmp_path: Path) -> CaseWriter:
    """Write an article and a claims file (claims list only) and return the claims path."""

    def write(article: str, claims: str, published: str = "2024-11-05") -> Path:
        (tmp_path / "article.txt").write_text(article, encoding="utf-8")
        body = textwrap.dedent(claims).strip("\n")
        text = f"article: article.txt\npublished: {published}\nclaims:\n{body}\n"
        path = tmp_path / "claims.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


def run_case(path: Path) -> FileReport:
    return check_file(path, all_rules())


def outcomes(report: FileReport, code: str) -> list[Outcome]:
    return [o for o in report.outcomes if o.code == code]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int,
                            config: pytest.Config) -> None:
    """The counts line ("12 passed, 1 skipped") whatever the verbosity: ``addopts`` holds
    ``-q`` already, and ``pytest -q`` on top of it would print none; CI reads that line."""
    if config.get_verbosity() < -1:
        parts, _ = terminalreporter.build_summary_stats_line()
        terminalreporter.write_line(", ".join(text for text, _ in parts))
