"""The report on a real terminal: colour, the terminal's width, hanging indents; plain and
unwrapped when piped. The terminal is a pseudo-terminal (pty) of 80 columns."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CULPRIT = "tests/fixtures/culprit/claims.yaml"
ESC = "\x1b["
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pseudo-terminals")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "GITHUB_ACTIONS")}
    env.update(TERM="xterm-256color", FACTCHECK_NO_CACHE="1", **extra)
    return env


def _on_tty(*args: str, columns: int = 80, **env: str) -> str:
    """Run factcheck with stdout on a pseudo-terminal ``columns`` wide; what it showed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", *args], cwd=ROOT,
                            stdout=follower, stderr=subprocess.DEVNULL, env=_env(**env))
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def _piped(*args: str, **env: str) -> str:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=ROOT,
                          capture_output=True, text=True, env=_env(**env), check=False).stdout


def _cells(line: str) -> int:
    from rich.cells import cell_len

    return cell_len(re.sub(r"\x1b\[[0-9;]*m", "", line))


def test_colour_on_a_terminal_at_its_width() -> None:
    shown = _on_tty("run", CULPRIT)
    assert ESC in shown
    assert "\x1b[1;31m✗" in shown  # a failure is red
    lines = shown.splitlines()
    assert all(_cells(line) <= 80 for line in lines)
    plain = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in lines]
    # the long message wraps under its indent, never back to column 0
    i = next(i for i, line in enumerate(plain) if line.startswith("     The parts (2760.91"))
    assert plain[i + 1].startswith("     ") and plain[i + 1].strip()


def test_no_color_on_a_terminal_is_plain_but_fits() -> None:
    shown = _on_tty("run", CULPRIT, columns=60, NO_COLOR="1")
    assert ESC not in shown
    assert all(_cells(line) <= 60 for line in shown.splitlines())
    assert "likely culprit: 2760.91亿元 (auto)" in shown


def test_piped_is_plain_and_not_wrapped() -> None:
    out = _piped("run", CULPRIT)
    assert ESC not in out
    assert ("     The parts (2760.91亿元 + 1500.00亿元 + 793.09亿元) exceed the total 5000.00亿元 "
            "by at least 53.98亿元, whatever the rounding.\n") in out


def test_force_color_when_piped() -> None:
    assert ESC in _piped("run", CULPRIT, FORCE_COLOR="1")
    assert ESC not in _piped("run", CULPRIT, FORCE_COLOR="1", NO_COLOR="1")
