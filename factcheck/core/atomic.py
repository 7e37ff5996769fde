"""Writing files atomically: a temporary file beside the target, then a rename.

Only regular files are written. A target that is a device, FIFO, socket or directory is
refused, and so is a symbolic link (writing through it would let a committed link aim a
report at any file the run can write; replacing it would silently change what the user
made). Temporary files carry the writing process's id, so one left by a killed run is
recognised and removed by the next write beside it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from factcheck.core.i18n import N_, Message

_KINDS = ((stat.S_ISDIR, N_("it is a directory; factcheck writes only regular files")),
          (stat.S_ISCHR, N_("it is a character device; factcheck writes only regular files")),
          (stat.S_ISBLK, N_("it is a block device; factcheck writes only regular files")),
          (stat.S_ISFIFO, N_("it is a FIFO; factcheck writes only regular files")),
          (stat.S_ISSOCK, N_("it is a socket; factcheck writes only regular files")))


class NotRegularFile(OSError):
    """The target exists and is not a regular file: nothing was written."""


def _refuse_non_regular(path: Path) -> None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode):
        raise NotRegularFile(errno.EEXIST, Message(N_("it is a symbolic link; factcheck writes "
                                                      "only regular files")))
    for test, refusal in _KINDS:
        if test(st.st_mode):
            raise NotRegularFile(errno.EEXIST, Message(refusal))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale(directory: Path, name: str) -> None:
    """Temporary files of this target left by processes that no longer run."""
    prefix = f".{name}."
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        pid_text = entry.name[len(prefix):].split(".", 1)[0]
        if pid_text.isdigit() and not _alive(int(pid_text)) and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def atomic_write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old or the new file, never half."""
    directory = path.parent if str(path.parent) else Path(".")
    _refuse_non_regular(path)
    _remove_stale(directory, path.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp makes the file private; a report is meant to be read like any other file
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
