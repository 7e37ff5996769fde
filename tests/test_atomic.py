import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.core.atomic import NotRegularFile, atomic_write


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_new_file_is_readable_like_any_other(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    atomic_write(target, "x")
    assert target.stat().st_mode & 0o044



def test_a_fifo_is_refused_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFile, match="it is a FIFO"):
        atomic_write(fifo, "x")
    assert fifo.is_fifo()


def test_a_symlink_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep", encoding="utf-8")
    link = tmp_path / "report.txt"
    link.symlink_to(precious)
    with pytest.raises(NotRegularFile, match="symbolic link"):
        atomic_write(link, "x")
    assert link.is_symlink() and precious.read_text(encoding="utf-8") == "keep"


def test_a_device_as_output_is_one_line_and_exit_2(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text("利润增长5.2%。\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "article: article.txt\npublished: 2024-11-05\nclaims:\n"
        "  - {id: g, quote: 利润增长5.2%, value: 5.2%, kind: growth}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "claims.yaml", "--no-cache", "-o", "/dev/null"])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("/dev/null:1:1: cannot write report (it is a character "
                                     "device; factcheck writes only regular files)")
    assert Path("/dev/null").is_char_device()


def test_an_input_error_leaves_the_previous_report_intact(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text("article: [unclosed\n", encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("yesterday's report\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "claims.yaml", "--no-cache", "-o", str(report),
                                      "--format", "text"])
    assert result.exit_code == 2
    assert report.read_text(encoding="utf-8") == "yesterday's report\n"


def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".report.txt.{dead}.abc123.tmp"
    stale.write_text("half", encoding="utf-8")
    live = tmp_path / f".report.txt.{os.getpid()}.def456.tmp"  # a write under way here
    live.write_text("busy", encoding="utf-8")
    atomic_write(tmp_path / "report.txt", "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["report.txt", live.name])
