"""``factcheck review``: the walk through a draft's unreviewed items, driven by scripted keys,
and once through a real terminal (a pty)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.review import Io, Review, accepted, walk
from factcheck.app.runner import check_file
from factcheck.checks import all_rules

ARTICLE = "甲市工业产值100亿元，同比增长10.0%，上年产值90.9亿元。\n全市有3个园区，其中1个在东部。\n"
DRAFT = """\
# Draft written by `factcheck init`
article: a.txt
published: 2024-11-05
language: zh
claims:
- id: amount-1
  quote: 甲市工业产值100亿元
  value: 100亿 元
  kind: amount
  measures: 'TODO: what is measured'
- id: growth-1
  quote: 同比增长10.0%
  value: 10.0%
  kind: growth
  measures: 'TODO: what is measured'
  current: amount-1
  prior: amount-2
  note: relations discovered — review
- id: amount-2
  quote: 上年产值90.9亿元  # the year before
  value: 90.9亿 元
  kind: amount
  measures: 'TODO: what is measured'
- id: amount-3
  quote: 全市有3个园区
  value: 3 个
  kind: amount
  measures: 'TODO: what is measured'
- id: amount-4
  quote: 其中1个在东部
  value: 1 个
  kind: amount
  measures: 'TODO: what is measured'
  part-of: amount-3
  note: relations discovered — review
waivers: []
"""


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "c.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def _session(path: Path) -> Review:
    return Review(path, path.read_text(encoding="utf-8"), ARTICLE)


def _io(keys: str, lines: list[str] | None = None,
        saved: list[str] | None = None) -> tuple[Io, list[str]]:
    shown: list[str] = []
    key_iter: Iterator[str] = iter(keys)
    line_iter = iter(lines or [])
    io = Io(key=lambda: next(key_iter), line=lambda prompt: next(line_iter),
            show=lambda text: shown.append(str(text)), editor=lambda path, line: None,
            save=lambda text: (saved if saved is not None else []).append(text))
    return io, shown


def _fc106(path: Path) -> list[str]:
    return [o.message for o in check_file(path, all_rules()).outcomes if o.code == "FC106"]


def test_accepting_every_item_leaves_a_file_that_passes_fc106(draft: Path) -> None:
    session = _session(draft)
    assert [i.name for i in session.items] == ["amount-1", "growth-1", "amount-2", "amount-3",
                                               "amount-4"]
    saved: list[str] = []
    io, shown = _io("aaaaa", saved=saved)
    assert walk(session, io)
    draft.write_text(saved[-1], encoding="utf-8")
    assert _fc106(draft) == []
    text = saved[-1]
    assert "TODO" not in text and "— review" not in text
    assert "# Draft written by `factcheck init`" in text and "# the year before" in text
    assert "prior: amount-2" in text and "part-of: amount-3" in text
    # the sentence with its figure, and what was drafted
    assert shown[0].startswith("[1/5] amount-1  line 6\n"
                               "  甲市工业产值100亿元，同比增长10.0%，上年产值90.9亿元。\n")
    assert "  value 10.0% · kind growth · sign positive\n" in shown[1]
    assert "  relations: current: amount-1; prior: amount-2\n" in shown[1]
    assert session.edits == 0


def test_edit_delete_and_accept_a_whole_kind(draft: Path) -> None:
    session = _session(draft)
    saved: list[str] = []
    io, _ = _io("eadk", ["measures", "Industrial output of the city, 2024"], saved)
    assert walk(session, io)
    text = saved[-1]
    assert "measures: 'Industrial output of the city, 2024'" in text
    assert "id: amount-2" not in text and "prior: amount-2" not in text  # deleted, unlinked
    assert "TODO" not in text  # k accepted amount-3 and amount-4 (kind amount)
    assert session.edits == 2


def test_quit_saves_what_was_reviewed_and_skip_leaves_an_item(draft: Path) -> None:
    session = _session(draft)
    saved: list[str] = []
    io, _ = _io("saq", saved=saved)
    assert walk(session, io)
    draft.write_text(saved[-1], encoding="utf-8")
    assert [i.name for i in _session(draft).items] == ["amount-1", "amount-2", "amount-3",
                                                       "amount-4"]


def test_ctrl_c_saves_nothing(draft: Path) -> None:
    session = _session(draft)
    saved: list[str] = []

    def interrupted() -> str:
        raise KeyboardInterrupt

    io, _ = _io("", saved=saved)
    io.key = interrupted
    with pytest.raises(KeyboardInterrupt):
        walk(session, io)
    assert saved == [] and draft.read_text(encoding="utf-8") == DRAFT


def test_input_that_ends_saves_nothing_and_never_spins(draft: Path) -> None:
    session = _session(draft)
    saved: list[str] = []
    io, shown = _io("a", saved=saved)
    io.key = iter(["a", ""]).__next__
    with pytest.raises(EOFError):
        walk(session, io)
    assert saved == [] and len(shown) == 2


def test_markers_accepted() -> None:
    assert accepted("TODO: what is measured") is None
    assert accepted("relations discovered — review") is None
    assert accepted("TODO: a date, not a quantity?") == "a date, not a quantity"
    assert accepted("TODO: Chongqing output, 2024") == "Chongqing output, 2024"


def test_stdin_not_a_terminal_is_one_line_and_exit_2(draft: Path) -> None:
    result = CliRunner().invoke(app, ["review", str(draft)], input="a\n")
    assert result.exit_code == 2
    assert result.stderr == ("factcheck: review reads keys from a terminal, and stdin is not "
                             "one; run it in a terminal, or edit the TODO and “— review” "
                             "markers by hand\n")


def test_fc106_names_factcheck_review(draft: Path) -> None:
    assert _fc106(draft)[0].endswith("run factcheck review to accept, edit or delete it.")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_review_in_a_real_terminal(draft: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1", "COLUMNS": "100", "TERM": "xterm"}
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "review", draft.name],
                            stdin=follower, stdout=follower, stderr=follower, cwd=draft.parent,
                            env=env)
    os.close(follower)
    out = b""

    def read_until(marker: bytes, timeout: float = 30.0) -> None:
        nonlocal out
        end = time.monotonic() + timeout
        while marker not in out and time.monotonic() < end:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                try:
                    out += os.read(leader, 4096)
                except OSError:
                    break
        assert marker in out, out.decode("utf-8", "replace")

    try:
        for n in range(1, 6):
            read_until(f"[{n}/5]".encode())
            read_until(b"[s]kip", 10)
            out = out[out.index(f"[{n}/5]".encode()) + 5:]
            os.write(leader, b"a")
        read_until(b"reviewed; run factcheck run")
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    assert _fc106(draft) == []


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_ctrl_c_in_a_real_terminal_writes_nothing(draft: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1", "TERM": "xterm"}
    import fcntl
    import termios

    def controlling_terminal() -> None:  # Ctrl-C reaches the process as a terminal's would
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "review", draft.name],
                            stdin=follower, stdout=follower, stderr=follower, cwd=draft.parent,
                            env=env, start_new_session=True, preexec_fn=controlling_terminal)
    os.close(follower)
    out = b""
    try:
        end = time.monotonic() + 60
        sent = False
        while out.count(b"[s]kip") < 2 and time.monotonic() < end:
            if out.count(b"[s]kip") == 1 and not sent:
                os.write(leader, b"a")  # accept the first item, then interrupt at the second
                sent = True
            ready, _, _ = select.select([leader], [], [], 0.2)
            if ready:
                out += os.read(leader, 4096)
        assert out.count(b"[s]kip") == 2, out.decode("utf-8", "replace")
        os.write(leader, b"\x03")
        assert proc.wait(timeout=60) == 130
        end = time.monotonic() + 5
        while time.monotonic() < end:
            ready, _, _ = select.select([leader], [], [], 0.2)
            if not ready:
                break
            try:
                out += os.read(leader, 4096)
            except OSError:
                break
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    assert b"interrupted: c.yaml is as it was before the last save" in out
    assert draft.read_text(encoding="utf-8") == DRAFT


@pytest.mark.parametrize(("lang", "keys"), [
    ("en", "[a]ccept [e]dit [o]pen $EDITOR [d]elete [k]ind: accept all [s]kip [q]uit and save"),
    ("zh", "[a] 接受 [e] 编辑 [o] 打开 $EDITOR [d] 删除 [k] 同类全部接受 [s] 跳过 [q] 保存并退出")])
def test_an_unknown_key_lists_the_keys_as_printed_not_as_markup(draft: Path, lang: str,
                                                                keys: str) -> None:
    """rich reads "[o]" as overline and "[s]" as strike: the line is plain text."""
    import io as stringio

    from rich.console import Console

    from factcheck.core import i18n

    out = stringio.StringIO()
    console = Console(file=out, width=200, color_system=None)
    key_iter = iter("xq")
    session = _session(draft)
    i18n.reset(lang)
    try:
        walk(session, Io(key=lambda: next(key_iter), line=lambda prompt: "",
                         show=console.print, editor=lambda path, line: None,
                         save=lambda text: None))
    finally:
        i18n.reset()
    lines = out.getvalue().splitlines()
    unknown = "unknown key 'x': " if lang == "en" else "未知按键 'x'："
    assert unknown + keys in lines
