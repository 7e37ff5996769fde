"""The result cache in ``.factcheck_cache/``: unchanged inputs give the stored result.

Two kinds of entry, both keyed by a SHA-256 of everything that can change what they hold:

* a **report** per claims file: the checked ``FileReport``, keyed by the claims file's bytes
  and path, the configuration file's bytes, the tolerances and selected checks, and
  factcheck's own code (its version and the size and modification time of every file of
  the package, units and lexicons included, and of the libraries it reads). The files a
  report read besides the claims file (its article, reference data) are recorded in the
  entry with their digests and compared before it is used.
* a **run**: what one whole ``factcheck run`` printed and its exit code, keyed by the
  command line, the working directory and the environment that decides the output format;
  it records every file the run read (claims files, articles, configuration candidates) and
  the listing of every directory it searched, and is replayed only when all are unchanged.
  A replay needs none of the libraries a run imports, so it is faster than starting one.

An entry is ``MAGIC``, an HMAC-SHA-256 of the rest under a key kept outside the project
(``secret_path``), then the rest; anything that does not verify (truncated, corrupt, from
another version, or planted by someone without this machine's key — a committed
``.factcheck_cache/`` in a pull request) is a miss and is overwritten. Writes go
to a temporary file renamed into place, so concurrent runs see an old entry, a new one or
none, never half of one. A directory that cannot be written turns the cache off for the
run with one warning.

Nothing is ever written or read through a symbolic link: the cache directory, its
subdirectories, its markers (``CACHEDIR.TAG``, ``.gitignore``) and its entries are checked
with ``lstat`` or opened with ``O_NOFOLLOW``, and markers are created with ``O_EXCL``, so a
committed ``.factcheck_cache`` (or a marker inside it) that links elsewhere cannot make a
run create or overwrite a file where the link points. Such a cache is not used: the run
goes on uncached with one warning line on stderr (a read through a link is a miss).

Report entries are pickles read back by an unpickler that builds
only factcheck's own classes and a few value types, never calls a function.

This module imports only the standard library: the replay runs before anything else.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

DIR_NAME = ".factcheck_cache"
SCHEMA = b"factcheck-cache 1"
MAGIC = b"FCC1"
TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
       "# This directory is a result cache created by factcheck; it is safe to delete.\n")
CLAIM_SUFFIXES = (".yaml", ".yml")
# the environment that decides which format a run prints and how it looks
ENVIRONMENT = ("NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM", "COLUMNS", "LINES",
               "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "SOURCE_DATE_EPOCH", "PYTHONIOENCODING",
               "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TTY_COMPATIBLE",
               "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "JUPYTER_LINES")
LIBRARIES = ("typer", "click", "rich", "pydantic", "pydantic_core", "pint", "yaml")

Warn = Callable[[str], None]
# the command line of this process's run, set by ``factcheck.entry`` (None under a test
# runner, where the arguments are not the process's own: such runs are never replayed)
ARGV: list[str] | None = None


def disabled_by_environment() -> bool:
    return os.environ.get("FACTCHECK_NO_CACHE", "") not in ("", "0")


def cache_dir(cwd: Path | None = None) -> Path:
    """``$FACTCHECK_CACHE_DIR``, else ``.factcheck_cache`` in the working directory."""
    named = os.environ.get("FACTCHECK_CACHE_DIR")
    if named:
        return Path(named)
    return (cwd or Path.cwd()) / DIR_NAME


# -- what every key starts with ------------------------------------------------------

_FINGERPRINT: bytes | None = None


def code_fingerprint() -> bytes:
    """factcheck's version, Python's, and the size and mtime of every file of the package
    and of the libraries' top modules: an edited or upgraded install is a new key."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        from factcheck import __version__

        h = hashlib.sha256(SCHEMA)
        h.update(f"\0{__version__}\0{sys.version}\0{sys.executable}".encode())
        package = Path(__file__).resolve().parent.parent  # the whole factcheck package
        for path, st in _walk(package):
            h.update(f"\0{path}\0{st.st_size}\0{st.st_mtime_ns}".encode())
        for name in LIBRARIES:
            h.update(f"\0{name}\0{_module_stamp(name)}".encode())
        _FINGERPRINT = h.digest()
    return _FINGERPRINT


def _walk(root: Path) -> list[tuple[str, os.stat_result]]:
    out: list[tuple[str, os.stat_result]] = []
    stack = [str(root)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        stack.append(entry.path)
                elif entry.name.endswith((".py", ".txt", ".json", ".toml", ".yaml", ".csv",
                                          ".css", ".js", ".html")):
                    out.append((entry.path, entry.stat()))
    out.sort(key=lambda item: item[0])
    return out


def _module_stamp(name: str) -> str:
    """Where a library is installed and when its top module was written, without importing it."""
    for entry in sys.path:
        base = Path(entry or ".") / name
        for candidate in (base / "__init__.py", base.with_suffix(".py")):
            try:
                st = candidate.stat()
            except OSError:
                continue
            return f"{candidate}:{st.st_size}:{st.st_mtime_ns}"
    return "absent"


# the largest file a run reads (a claims file); anything larger is never a cache input
READ_LIMIT = 64 * 1024 * 1024


def read_regular(path: str | Path, limit: int = READ_LIMIT, *,
                 follow: bool = True) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes, else None: a device, FIFO or
    socket is never opened for reading in a way that blocks or never ends (the run itself
    reports what is wrong with it). With ``follow=False`` a symbolic link is None too."""
    import stat

    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0)
    if not follow:
        flags |= os.O_NOFOLLOW
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        from factcheck.core.bounded import read_at_most

        return read_at_most(fd, limit)
    except OSError:
        return None
    finally:
        os.close(fd)


def file_digest(path: str | Path) -> str | None:
    """SHA-256 of a file's bytes; None when it cannot be read (absent counts as a state).
    Of a directory (a data folder), the names it holds: a table added or removed changes it."""
    if os.path.isdir(path):
        try:
            return hashlib.sha256("\0".join(sorted(os.listdir(path))).encode()).hexdigest()
        except OSError:
            return None
    data = read_regular(path)
    return None if data is None else hashlib.sha256(data).hexdigest()


def listing_digest(directory: str | Path) -> str | None:
    """Every claims file under a directory, by relative path: a file added, removed or
    renamed changes it (a superset of what ``factcheck run`` picks up, which is safe)."""
    root = Path(directory)
    if not root.is_dir():
        return None
    names = sorted(str(p.relative_to(root)) for p in root.rglob("*")
                   if p.suffix in CLAIM_SUFFIXES)
    return hashlib.sha256("\0".join(names).encode()).hexdigest()


def config_candidates(start: Path) -> list[Path]:
    """The files ``find_config`` may read from ``start`` up to the repository root, and
    every ``.git`` that decides where that search stops; a run records their state."""
    from factcheck.load.paths import root_markers, search_dirs  # not needed by a replay

    out: list[Path] = []
    for directory in search_dirs(start):
        out += [directory / "factcheck.toml", directory / "pyproject.toml"]
    return out + root_markers(start)


def key_of(*parts: object) -> str:
    h = hashlib.sha256(code_fingerprint())
    for part in parts:
        h.update(b"\0\1")
        h.update(part if isinstance(part, bytes) else repr(part).encode())
    return h.hexdigest()


# -- entries on disk ----------------------------------------------------------------

_SECRET: bytes | None = None


def secret_path() -> Path:
    """The machine's signing key, outside every project: ``$XDG_CACHE_HOME/factcheck``
    (or ``~/.cache/factcheck``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factcheck" / "cache-key"


def _secret() -> bytes:
    """The key entries are signed with. A cache directory can be committed by anyone who
    can push, so an entry is trusted only if it was signed on this machine; where no key
    can be kept, each process has its own and nothing written earlier is trusted."""
    global _SECRET
    if _SECRET is None:
        path = secret_path()
        try:
            key = read_regular(path)
            if key is None or len(key) < 32:
                path.parent.mkdir(parents=True, exist_ok=True)
                fresh = path.with_suffix(f".{os.getpid()}.tmp")
                fd = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(os.urandom(32))
                try:  # the first of racing runs wins; the others read its key
                    os.link(fresh, path)
                except FileExistsError:
                    pass
                finally:
                    fresh.unlink(missing_ok=True)
                key = read_regular(path)
            _SECRET = key if key is not None and len(key) >= 32 else os.urandom(32)
        except OSError:
            _SECRET = os.urandom(32)
    return _SECRET


def _sign(payload: bytes) -> bytes:
    return hmac.new(_secret(), payload, hashlib.sha256).digest()


class LinkRefused(OSError):
    """A part of the cache directory is a symbolic link (or not what it should be):
    nothing is written through it."""


# the largest entry read back (a run's whole output, a report's pickle)
ENTRY_LIMIT = 4 * READ_LIMIT


def _own_dir(path: Path, *, create: bool) -> bool:
    """``path`` is a real directory (created when absent and ``create``), never a link:
    LinkRefused when it is a link or not a directory; False when absent."""
    import stat

    try:
        st = os.lstat(path)
    except FileNotFoundError:
        if not create:
            return False
        import contextlib

        with contextlib.suppress(FileExistsError):  # a racing run made it: check it below
            os.mkdir(path)
        st = os.lstat(path)
    from factcheck.core.i18n import N_, Message  # not needed by a replay

    if stat.S_ISLNK(st.st_mode):
        raise LinkRefused(Message(N_("{path} is a symbolic link; factcheck never writes through "
                                     "one (remove it)"), path=path))
    if not stat.S_ISDIR(st.st_mode):
        raise LinkRefused(Message(N_("{path} is not a directory"), path=path))
    return True


class Store:
    """Entries under one cache directory. Reads never raise; a failed write turns the
    store off and says so once through ``warn``."""

    def __init__(self, root: Path, warn: Warn | None = None) -> None:
        self.root = root
        self.warn = warn
        self.enabled = True
        self._prepared = False
        self._digests: dict[str, str | None] = {}

    def _parts(self, kind: str, key: str) -> list[str]:
        return ["v1", kind, key[:2]]

    def _path(self, kind: str, key: str) -> Path:
        return self.root.joinpath(*self._parts(kind, key), key)

    def _directory(self, kind: str, key: str, *, create: bool) -> Path | None:
        """The entry's directory, every step of it checked to be a real directory (made
        when ``create``); None when a step is absent."""
        if not _own_dir(self.root, create=False):
            if not create:
                return None
            self.root.mkdir(parents=True, exist_ok=True)
            _own_dir(self.root, create=False)
        here = self.root
        for part in self._parts(kind, key):
            here = here / part
            if not _own_dir(here, create=create):
                return None
        return here

    def read(self, kind: str, key: str) -> bytes | None:
        """The verified payload of an entry, or None (absent, unreadable, corrupt, or
        reached through a symbolic link)."""
        if not self.enabled:
            return None
        try:
            if self._directory(kind, key, create=False) is None:
                return None
        except OSError:
            return None
        data = read_regular(self._path(kind, key), ENTRY_LIMIT, follow=False)
        if data is None or len(data) < len(MAGIC) + 32 or not data.startswith(MAGIC):
            return None
        stored, payload = data[len(MAGIC):len(MAGIC) + 32], data[len(MAGIC) + 32:]
        if not hmac.compare_digest(_sign(payload), stored):
            return None
        return payload

    def write(self, kind: str, key: str, payload: bytes) -> None:
        if not self.enabled:
            return
        try:
            self._prepare()
            directory = self._directory(kind, key, create=True)
            assert directory is not None
            import tempfile

            # mkstemp creates with O_EXCL and O_NOFOLLOW; the rename replaces a link at the
            # entry's name, never writes through it
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(MAGIC + _sign(payload) + payload)
                os.replace(tmp, directory / key)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except LinkRefused as exc:
            from factcheck.core.i18n import _, message_of

            self._off(_(message_of(exc)))
        except OSError as exc:
            from factcheck.core.i18n import _

            reason = exc.strerror or type(exc).__name__
            self._off(_("cannot write {path} ({reason})").format(path=self.root, reason=reason))

    def _off(self, why: str) -> None:
        from factcheck.core.i18n import _

        self.enabled = False
        if self.warn is not None:
            self.warn(_("factcheck: warning: cache disabled for this run: {why}").format(why=why))

    def _prepare(self) -> None:
        """A new cache directory is marked as one (CACHEDIR.TAG) and kept out of git. A
        marker is created only where nothing is (O_EXCL, O_NOFOLLOW); one that is there
        must be a regular file, never a link."""
        if self._prepared:
            return
        if not _own_dir(self.root, create=False):
            self.root.mkdir(parents=True, exist_ok=True)
            _own_dir(self.root, create=False)
        import stat

        for name, text in (("CACHEDIR.TAG", TAG), (".gitignore", "# created by factcheck\n*\n")):
            marker = self.root / name
            try:
                fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
            except FileExistsError:
                from factcheck.core.i18n import N_, Message

                st = os.lstat(marker)
                if stat.S_ISLNK(st.st_mode):
                    raise LinkRefused(Message(N_("{path} is a symbolic link; factcheck never "
                                                 "writes through one (remove it)"),
                                              path=marker)) from None
                if not stat.S_ISREG(st.st_mode):
                    raise LinkRefused(Message(N_("{path} is not a regular file"),
                                              path=marker)) from None
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
        self._prepared = True

    def digest(self, path: str) -> str | None:
        """A file's digest, read once per store (a batch shares its articles)."""
        if path not in self._digests:
            self._digests[path] = file_digest(path)
        return self._digests[path]

    def unchanged(self, files: Iterable[Sequence[Any]]) -> bool:
        return all(self.digest(str(path)) == digest for path, digest in files)


def clear(root: Path) -> int:
    """Delete a cache directory; the number of entries it held. Refuses a directory that
    is not a factcheck cache (no CACHEDIR.TAG of ours and not empty)."""
    from factcheck.core.i18n import N_, Message

    if not os.path.lexists(root):
        return 0
    if os.path.islink(root):
        raise OSError(Message(N_("{path} is a symbolic link, not a factcheck cache; not "
                                 "deleting it"), path=root))
    ours = read_regular(root / "CACHEDIR.TAG", len(TAG.encode()), follow=False) == TAG.encode()
    if not ours and any(root.iterdir()):
        raise OSError(Message(N_("{path} is not a factcheck cache (no CACHEDIR.TAG); not "
                                 "deleting it"), path=root))
    import shutil

    entries = 0
    for directory, _, files in os.walk(root):  # links are counted, never followed
        if Path(directory) != root:
            entries += len(files)
    shutil.rmtree(root)  # removes links inside, never what they point to
    return entries


def _pack(header: dict[str, Any], body: bytes) -> bytes:
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode()
    return struct.pack(">I", len(head)) + head + body


def _unpack(payload: bytes) -> tuple[dict[str, Any], bytes] | None:
    try:
        (n,) = struct.unpack_from(">I", payload)
        header = json.loads(payload[4:4 + n])
    except (struct.error, ValueError):
        return None
    if not isinstance(header, dict):
        return None
    return header, payload[4 + n:]


# -- reports ------------------------------------------------------------------------


class ReportCache:
    """Checked reports per claims file, for ``runner.run_paths``."""

    def __init__(self, store: Store, settings: object) -> None:
        # ``settings``: everything of the run that a report depends on besides its files
        # (configuration bytes, tolerances, selected checks, the article override)
        self.store = store
        self.settings = settings

    def key(self, claims: Path, claims_bytes: bytes) -> str:
        return key_of("report", str(claims), os.path.abspath(claims), os.getcwd(),
                      hashlib.sha256(claims_bytes).digest(), self.settings)

    def get(self, claims: Path) -> tuple[str, Any] | None:
        """(key, report) when a stored report of this claims file is still right, else
        (key, None); None when the claims file cannot be read (the run reports that)."""
        data = read_regular(claims)
        if data is None:
            return None
        key = self.key(claims, data)
        payload = self.store.read("reports", key)
        unpacked = _unpack(payload) if payload is not None else None
        if unpacked is None:
            return key, None
        header, body = unpacked
        deps = header.get("inputs")
        if not isinstance(deps, list) or not self.store.unchanged(deps):
            return key, None
        try:
            report = safe_loads(body)
        except Exception:  # a foreign or damaged entry is a miss, never an error
            return key, None
        from factcheck.report.engine import FileReport

        return key, report if isinstance(report, FileReport) else None

    def put(self, key: str, body: bytes, inputs: Sequence[str]) -> None:
        """Store a report's pickle with the digests of the files it read."""
        deps = [[p, self.store.digest(p)] for p in inputs]
        if any(d is None for _, d in deps):
            return  # an input that cannot be read now cannot be compared later
        self.store.write("reports", key, _pack({"inputs": deps}, body))


def report_inputs(report: Any) -> list[str]:
    """The files a report read besides its claims file: its article and any data files
    its loader recorded (``LoadedClaims.data_files``)."""
    source = report.graph.source
    return [source.article.path, *source.data_files]


_ALLOWED = {
    ("fractions", "Fraction"), ("decimal", "Decimal"),
    ("datetime", "date"), ("datetime", "datetime"), ("datetime", "time"),
    ("datetime", "timedelta"), ("datetime", "timezone"),
    ("pathlib", "PosixPath"), ("pathlib", "PurePosixPath"), ("pathlib", "WindowsPath"),
    ("pathlib", "PureWindowsPath"), ("pathlib", "Path"),
    ("builtins", "set"), ("builtins", "frozenset"), ("builtins", "slice"),
    ("builtins", "complex"), ("builtins", "bytearray"), ("builtins", "range"),
}


def safe_loads(data: bytes) -> Any:
    """Unpickle building only factcheck's own classes and the value types above; every
    other global is refused, so a planted entry cannot call a function."""
    import io
    import pickle

    class SafeUnpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) in _ALLOWED or (
                    (module == "factcheck" or module.startswith("factcheck.")) and "." not in name):
                found = super().find_class(module, name)
                if isinstance(found, type):
                    return found
            raise pickle.UnpicklingError(f"refusing {module}.{name}")

    return SafeUnpickler(io.BytesIO(data)).load()


# -- whole runs ---------------------------------------------------------------------


def run_key(argv: Sequence[str]) -> str:
    """A run's key: command line, working directory, the environment that decides the
    format, and whether the streams are terminals (and how wide)."""
    env = tuple((name, os.environ.get(name)) for name in ENVIRONMENT)
    factcheck_env = tuple(sorted((k, v) for k, v in os.environ.items()
                                 if k.startswith("FACTCHECK_")))
    ttys = tuple(_isatty(s) for s in (sys.stdout, sys.stderr))
    size: tuple[int, int] | None = None
    if ttys[0]:
        try:
            size = tuple(os.get_terminal_size(sys.stdout.fileno()))  # type: ignore[assignment]
        except (OSError, ValueError):
            size = None
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding:
        import codecs
        import contextlib

        with contextlib.suppress(LookupError):
            encoding = codecs.lookup(encoding).name
    return key_of("run", tuple(argv), os.getcwd(), env, factcheck_env, ttys, size, encoding)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def store_run(store: Store, argv: Sequence[str], *, files: Iterable[str],
              directories: Iterable[str], stdout: str, stderr: str, code: int) -> None:
    """Record a whole run for replay: its output, exit code and every input's state."""
    inputs = [[str(p), store.digest(str(p))] for p in dict.fromkeys(files)]
    dirs = [[str(d), listing_digest(d)] for d in dict.fromkeys(directories)]
    header = {"inputs": inputs, "directories": dirs, "code": code,
              "stdout": len(stdout.encode()), "stderr": len(stderr.encode())}
    store.write("runs", run_key(argv), _pack(header, stdout.encode() + stderr.encode()))


def replay(argv: Sequence[str]) -> int | None:
    """Print a stored run of exactly this command over unchanged inputs; its exit code,
    or None when there is none (the caller then runs)."""
    if disabled_by_environment() or "--no-cache" in argv:
        return None
    store = Store(cache_dir())
    payload = store.read("runs", run_key(argv))
    unpacked = _unpack(payload) if payload is not None else None
    if unpacked is None:
        return None
    header, body = unpacked
    try:
        inputs, dirs = header["inputs"], header["directories"]
        code, n_out, n_err = int(header["code"]), int(header["stdout"]), int(header["stderr"])
        if n_out + n_err != len(body) or not store.unchanged(inputs):
            return None
        if any(listing_digest(d) != digest for d, digest in dirs):
            return None
        out, err = body[:n_out].decode(), body[n_out:].decode()
    except (KeyError, TypeError, ValueError):
        return None
    sys.stdout.write(out)
    sys.stdout.flush()
    if err:
        sys.stderr.write(err)
        sys.stderr.flush()
    return code
