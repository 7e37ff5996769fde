"""The shipped GitHub workflow's step script, run as GitHub runs it (bash -e) in a real git
repository whose pull request adds files with hostile names: every changed path reaches
factcheck as one argument after ``--``, never as an option or as several words."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("xargs") is None,
                                reason="needs git and xargs")

HOSTILE = [
    "claims/x.yaml --exit-zero",
    "claims/a b.yaml",
    "claims/-n.yaml",
    "claims/--exit-zero",
    "claims/new\nline.yaml",
    "claims/quo\"te'.yaml",
    "claims/$(touch pwned).yaml",
    "claims/*",
    "claims/back\\slash\t.yaml",
    "data/t b.csv",
]


def _script() -> str:
    import yaml

    doc = yaml.safe_load((ROOT / "docs" / "github-workflow.yml").read_text(encoding="utf-8"))
    [step] = [s for s in doc["jobs"]["factcheck"]["steps"] if s.get("name") == "Check the claims"]
    return str(step["run"])


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                           "-c", "commit.gpgsign=false", *args], cwd=repo, check=True,
                          capture_output=True, text=True).stdout


def _repo(tmp_path: Path) -> tuple[Path, str]:
    repo = tmp_path / "repo"
    (repo / "claims").mkdir(parents=True)
    (repo / "data").mkdir()
    (repo / "claims" / "old.yaml").write_text("x: 1\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    return repo, _git(repo, "rev-parse", "HEAD").strip()


def _run(repo: Path, base: str, bin_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BASE": base, "NO_COLOR": "1", "FACTCHECK_NO_CACHE": "1",
           "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(["bash", "-e", "-c", _script()], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=120)


def _stub(tmp_path: Path) -> tuple[Path, Path]:
    """A ``factcheck`` that records its arguments, NUL-separated, and fails."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "argv"
    stub = bin_dir / "factcheck"
    stub.write_text(f"#!/bin/sh\nprintf '%s\\0' \"$@\" >> '{record}'\nexit 1\n",
                    encoding="utf-8")
    stub.chmod(0o755)
    return bin_dir, record


def test_every_hostile_path_is_one_argument_after_a_double_dash(tmp_path: Path) -> None:
    repo, base = _repo(tmp_path)
    for name in HOSTILE:
        (repo / name).write_text("", encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "hostile names")
    bin_dir, record = _stub(tmp_path)
    done = _run(repo, base, bin_dir)
    assert done.returncode != 0, done.stdout + done.stderr
    argv = record.read_bytes().decode("utf-8").split("\0")[:-1]
    claims = sorted((n for n in HOSTILE if n.startswith("claims/")), key=str.encode)
    assert argv == ["run", "--", *claims, "data/t b.csv"]
    assert not (repo / "pwned").exists()


def test_a_deleted_claims_file_is_not_passed_and_nothing_changed_passes(tmp_path: Path) -> None:
    repo, base = _repo(tmp_path)
    _git(repo, "rm", "-q", "claims/old.yaml")
    _git(repo, "commit", "-qm", "delete")
    bin_dir, record = _stub(tmp_path)
    done = _run(repo, base, bin_dir)
    assert (done.returncode, done.stdout) == (0, "no claims or reference data changed\n")
    assert not record.exists()


ARTICLE = "今年工业产值达到120亿元。\n"
FAILING = """article: ../article.txt
published: 2024-11-05
claims:
  - id: total
    quote: "产值达到120亿元"
    value: 130亿 元
"""


def test_a_file_named_like_an_option_cannot_turn_a_failing_check_green(tmp_path: Path) -> None:
    repo, base = _repo(tmp_path)
    (repo / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (repo / "claims" / "fail.yaml").write_text(FAILING, encoding="utf-8")
    # with the paths word-split, this name made the step run `factcheck run ... --exit-zero`
    (repo / "claims" / "fail.yaml --exit-zero").write_text(FAILING, encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "a failing claim and a hostile name")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    real = bin_dir / "factcheck"
    real.write_text(f"#!/bin/sh\nexec '{sys.executable}' -m factcheck \"$@\"\n", encoding="utf-8")
    real.chmod(0o755)
    done = _run(repo, base, bin_dir)
    assert done.returncode != 0, done.stdout + done.stderr
    assert "2 claims files" in done.stdout and "FAILED" in done.stdout, done.stdout
