"""The project root, and the one rule for paths that files name: they stay inside it.

A claims file names its article, a configuration names its claims; both are written by
whoever can push to the repository, so neither may reach a file outside the project (a CI
runner's ``/etc/passwd``, ``/proc/self/maps``, another checkout) or anything under
``.git/`` (whose ``config`` holds the checkout's credentials). Paths are resolved with
symlinks followed before they are compared, so a symlink out of the tree is refused too.

The root of a claims file is, in order: ``--root``; the directory of the configuration
file in effect, when the claims file lies inside it; the nearest directory above the claims
file holding ``.git``, ``factcheck.toml`` or ``pyproject.toml`` (the repository or project
root); the working directory, when the claims file lies inside it; the claims file's own
directory.

The configuration file is searched for from the working directory up to the repository
root and never above it (``search_dirs``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.core.errors import CONTROL, InputError, Location
from factcheck.core.i18n import N_, Message

# what a loader reads, as its messages name it (translated where shown)
FILE_NOUNS = (N_("article"), N_("claims file"), N_("configuration file"), N_("table sidecar"),
              N_("SDMX file"), N_("data table"), N_("claims path"), N_("data file"),
              N_("data folder"))

GIT = ".git"


MARKERS = (GIT, "factcheck.toml", "pyproject.toml")

# (--root, the configuration's directory) of the run in progress: set by the runner before
# it forks its workers, so every loader of the run, in whichever process, confines alike
_ROOTS: tuple[Path | None, Path | None] = (None, None)
# within a run: whether a directory holds a root marker, and a root with its symlinks
# resolved, asked once (a batch of 1 000 claims files asked the same directories 3 000 times)
_RUN_MARKED: dict[Path, bool] | None = None
_RUN_REAL: dict[Path, str] | None = None


@contextmanager
def confined_to(root: Path | None, config_dir: Path | None) -> Iterator[None]:
    """Within: loaders that are given no root use ``root`` and ``config_dir``.

    A worker started by ``spawn`` (not Linux) does not inherit them and finds each claims
    file's root itself, which can only refuse more, never less.
    """
    global _ROOTS, _RUN_MARKED, _RUN_REAL
    saved = _ROOTS, _RUN_MARKED, _RUN_REAL
    _ROOTS, _RUN_MARKED, _RUN_REAL = (root, config_dir), {}, {}
    try:
        yield
    finally:
        _ROOTS, _RUN_MARKED, _RUN_REAL = saved


def root_for(claims: Path, explicit: Path | None = None, config_dir: Path | None = None) -> Path:
    """The project root that confines the paths named in the claims file ``claims``."""
    if explicit is None and config_dir is None:
        explicit, config_dir = _ROOTS
    if explicit is not None:
        return explicit
    where = Path(os.path.abspath(claims))
    if config_dir is not None and where.is_relative_to(os.path.abspath(config_dir)):
        return config_dir
    marked = _RUN_MARKED
    for directory in where.parents:
        found = None if marked is None else marked.get(directory)
        if found is None:
            found = any((directory / marker).exists() for marker in MARKERS)
            if marked is not None:
                marked[directory] = found
        if found:
            return directory
    cwd = Path.cwd()
    return cwd if where.is_relative_to(cwd) else where.parent


def search_dirs(start: Path) -> list[Path]:
    """The directories searched for a configuration file from ``start`` (resolved), nearest
    first: up to and including the repository root (the nearest directory holding ``.git``,
    a directory or the file a worktree or submodule has), never above it; outside any
    repository, ``start`` alone. So no file above the checkout (a CI runner's workspace, a
    shared ``/tmp``, a project the checkout lies in) can choose the repository's checks,
    claims or fail level."""
    here = start.resolve()
    chain = [here, *here.parents]
    for i, directory in enumerate(chain):
        if os.path.lexists(directory / GIT):
            return chain[: i + 1]
    return chain[:1]


def root_markers(start: Path) -> list[Path]:
    """Every ``.git`` whose appearance or removal would change ``search_dirs(start)``: the
    one in each directory from ``start`` up to the filesystem root."""
    here = start.resolve()
    return [directory / GIT for directory in (here, *here.parents)]


def check_name(path: Path | str, where: Location, what: str) -> None:
    """Refuse a path that no file system can hold (a NUL byte) before it reaches the OS."""
    name = str(path)
    if "\x00" in name:
        raise InputError(where, Message(N_("{what} path contains a NUL byte"), what=Message(what)))
    if CONTROL.search(name):
        raise InputError(where, Message(N_("{what} path contains control characters: {name}"),
                                        what=Message(what), name=repr(name)))


def in_git_dir(resolved: Path) -> bool:
    return GIT in resolved.parts


def confine(path: Path, root: Path, where: Location, what: str,
            written: str | None = None) -> Path:
    """``path`` with symlinks resolved, or InputError when it leaves ``root`` or enters .git/.

    ``written`` is the path as the file wrote it, for the message.
    """

    check_name(path, where, what)
    name = written if written is not None else str(path)
    try:
        resolved = Path(os.path.realpath(path))
        base = Path(_real(root))
    except (OSError, ValueError) as exc:
        raise InputError(where, Message(N_("{what} path cannot be resolved ({reason})"),
                                        what=Message(what), reason=exc)) from None
    if not resolved.is_relative_to(base):
        raise InputError(where, Message(N_("{what} {name} is outside the project root {root}; set "
                                           "another root with --root"), what=Message(what),
                                        name=repr(name), root=repr(display_path(base))))
    if in_git_dir(resolved.relative_to(base)):
        raise InputError(where, Message(N_("{what} {name} is inside .git/, which is never read"),
                                        what=Message(what), name=repr(name)))
    return resolved


def _real(root: Path) -> str:
    """``root`` with its symlinks resolved; once per run."""
    known = _RUN_REAL
    if known is None:
        return os.path.realpath(root)
    real = known.get(root)
    if real is None:
        real = known[root] = os.path.realpath(root)
    return real


def display_path(path: Path) -> str:
    """A path as users want to see it: relative to the working directory when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith(os.pardir + os.sep + os.pardir) else rel
