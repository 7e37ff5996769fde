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


def test_the_checkout_tracks_no_virtual_environment(tmp_path: Path) -> None:
    # README's first command is `python3 -m venv .venv` in the checkout: a tracked .venv (a
    # link to a developer's environment, once) makes it fail on a fresh machine
    import shutil

    git = shutil.which("git")
    assert git is not None
    tracked = subprocess.run([git, "ls-files", "--", ".venv", "venv"], cwd=ROOT,
                             capture_output=True, text=True, check=False)
    if tracked.returncode == 0:  # a git checkout; an unpacked sdist has no index to ask
        assert tracked.stdout == ""
    # a link named .venv is ignored as well as a folder
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert ".venv" in ignored and "venv" in ignored
    # and CI refuses a repository that tracks one
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "run", repo / ".ci" / "run")
    subprocess.run([git, "init", "-q"], cwd=repo, check=True)
    (repo / ".venv").symlink_to(tmp_path)
    subprocess.run([git, "add", "-f", ".venv"], cwd=repo, check=True)
    run = subprocess.run(["bash", ".ci/run"], cwd=repo, capture_output=True, text=True,
                         check=False)
    assert run.returncode == 1
    assert "error: the repository tracks .venv; README's 'python3 -m venv .venv' cannot " \
           "create it in a fresh checkout" in run.stderr
