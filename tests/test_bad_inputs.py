"""The hostile-input corpus under tests/bad: each case runs through the CLI.

Each case is a directory with ``claims.yaml`` (and usually ``article.txt``) and an
``expected.txt``: ``exit: N``, optionally ``args: ...`` (more options for ``factcheck run``), then
``stderr: LINE`` (the exact and only line on stderr) and/or ``stdout: TEXT`` (text that
must appear in the report). Every case runs on a copy
in a temporary directory, and no file of the copy may change or appear.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.load.claims import load_claims_file
from factcheck.load.text import MAX_ARTICLE_BYTES

BAD = Path(__file__).parent / "bad"
ROOT = Path(__file__).parent.parent
CASES = sorted(p.name for p in BAD.iterdir() if p.is_dir())


def _huge_article(case: Path) -> None:
    """50 MB of plausible text: generated here, never committed."""
    line = "今年全市工业产值达到120亿元，其中制造业产值为90亿元，同比增长20%。\n".encode()
    size = 50 * 1024 * 1024
    with case.joinpath("article.txt").open("wb") as handle:
        for _ in range(size // len(line)):
            handle.write(line)
        handle.write(b"x" * (size % len(line)))


GENERATED: dict[str, Callable[[Path], None]] = {"huge-article": _huge_article}


@dataclass
class Expected:
    code: int = -1
    args: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    stdout: list[str] = field(default_factory=list)


def _expected(case: Path) -> Expected:
    out = Expected()
    for line in case.joinpath("expected.txt").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(": ")
        if key == "exit":
            out.code = int(value)
        elif key == "args":
            out.args = value.split()
        elif key in ("stderr", "stdout"):
            getattr(out, key).append(value)
        else:
            raise ValueError(f"{case.name}/expected.txt: unknown line {line!r}")
    return out


def _digests(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def copy_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    def make(name: str) -> Path:
        case = tmp_path / name
        shutil.copytree(BAD / name, case)
        if name in GENERATED:
            GENERATED[name](case)
        monkeypatch.chdir(case)
        return case

    return make


def test_corpus_is_complete() -> None:
    """Every case says what it expects; the issue's list of hostile inputs is covered."""
    required = {"alias-bomb", "deep-nesting", "duplicate-keys", "huge-article", "binary-article",
                "gb18030-article", "utf8-bom", "crlf", "lone-cr", "nul-bytes", "relation-cycle",
                "whole-zero", "magnitude-10e400", "negative-zero", "nan", "inf-spelled-out",
                "id-control-char", "id-rtl-mark", "quote-rtl-mark", "outside-tree",
                # the bad input of the relations of issue 26
                "relation-member-unknown", "implied-owner-unknown", "implied-unknown-role",
                "implied-cycle", "range-reversed", "partial-on-same", "increase-of-misplaced"}
    assert required <= set(CASES)
    for name in CASES:
        e = _expected(BAD / name)
        assert e.code in (0, 1, 2), name
        assert e.stderr or e.stdout, name
        assert (e.code == 2) == bool(e.stderr), name


@pytest.mark.parametrize("name", CASES)
def test_bad_input(name: str, copy_case: Callable[[str], Path]) -> None:
    case = copy_case(name)
    e = _expected(case)
    before = _digests(case)
    result = CliRunner().invoke(app, ["run", "claims.yaml", "--format", "text", *e.args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert (result.exit_code, result.stderr.splitlines()) == (e.code, e.stderr)
    for text in e.stdout:
        assert text in result.stdout
    assert _digests(case) == before, "an input file was modified or a file was written"


def test_huge_article_is_refused_before_it_is_read(copy_case: Callable[[str], Path]) -> None:
    case = copy_case("huge-article")
    assert case.joinpath("article.txt").stat().st_size > MAX_ARTICLE_BYTES


def test_gb18030_article_is_read_and_says_so(copy_case: Callable[[str], Path]) -> None:
    case = copy_case("gb18030-article")
    loaded = load_claims_file(case / "claims.yaml")
    assert loaded.article.encoding == "gb18030"
    assert loaded.article.text.startswith("今年全市工业产值达到120亿元")
    utf8 = load_claims_file(BAD / "crlf" / "claims.yaml")
    assert utf8.article.encoding == "utf-8"


def test_bom_is_not_part_of_the_text(copy_case: Callable[[str], Path]) -> None:
    case = copy_case("utf8-bom")
    loaded = load_claims_file(case / "claims.yaml")
    assert loaded.article.text.startswith("今年")
    assert loaded.claim_location(0).line == 4


@pytest.mark.parametrize("name", ["alias-bomb", "magnitude-5000-digits", "gb18030-ambiguous"])
def test_a_real_process_prints_one_line_and_no_traceback(name: str) -> None:
    """The installed entry point, not the test runner, behaves the same."""
    e = _expected(BAD / name)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "factcheck", "run", "claims.yaml"],
                          cwd=BAD / name, capture_output=True, text=True, env=env, timeout=60)
    assert (proc.returncode, proc.stderr.splitlines()) == (e.code, e.stderr)
