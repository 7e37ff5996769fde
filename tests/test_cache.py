"""The result cache: a re-run over unchanged inputs reuses the stored result, and every
change to any input (claims file, article, configuration, options, factcheck's own code,
units) gives a fresh one; damaged, foreign or planted entries are misses."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app import cache, runner
from factcheck.app.cli import app

ARTICLE = "工业增长8.1%，利润增长5.2%。\n"
CLAIMS = """article: article.txt
published: 2024-11-05
claims:
  - id: g
    quote: 工业增长8.1%
    value: 8.1%
    kind: growth
  - id: p
    quote: 利润增长5.2%
    value: 5.2%
    kind: growth
"""
WRONG = CLAIMS.replace("value: 5.2%", "value: 5.3%")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A project directory as the working directory, with the cache turned on."""
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cache, "ARGV", None)
    # this machine's signing key, kept outside the project as in real use
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path.parent / f"{tmp_path.name}-home-cache"))
    monkeypatch.setattr(cache, "_SECRET", None)
    yield tmp_path


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The claims files actually checked (not taken from the cache)."""
    seen: list[Path] = []
    real = runner.check_file

    def counting(path: Path, *args: object, **kwargs: object) -> object:
        seen.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "check_file", counting)
    return seen


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["run", *args, "--format", "text"])
    return result.exit_code, result.stdout, result.stderr


def entries(root: Path, kind: str) -> list[Path]:
    return sorted(p for p in (root / ".factcheck_cache" / "v1" / kind).rglob("*") if p.is_file())


def test_an_unchanged_rerun_is_not_checked_again(project: Path, checked: list[Path]) -> None:
    first = run("claims.yaml")
    second = run("claims.yaml")
    assert first == second
    assert first[0] == 0 and "2 claims" in first[1]
    assert len(checked) == 1
    assert len(entries(project, "reports")) == 1
    marker = project / ".factcheck_cache"
    assert (marker / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f59")
    assert (marker / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_no_cache_checks_again_and_writes_nothing(project: Path, checked: list[Path]) -> None:
    run("claims.yaml", "--no-cache")
    run("claims.yaml", "--no-cache")
    assert len(checked) == 2
    assert not (project / ".factcheck_cache").exists()


@pytest.mark.parametrize("change", [
    "claims", "article", "config", "select", "ignore", "tolerances", "article-override",
    "version", "units",
])
def test_every_input_change_invalidates(project: Path, checked: list[Path],
                                        monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    args = ["claims.yaml"]
    (project / "factcheck.toml").write_text("fail-on = \"error\"\n", encoding="utf-8")
    before = run(*args)
    assert before[0] == 0
    assert len(checked) == 1
    expect_same_output = False
    if change == "claims":
        (project / "claims.yaml").write_text(WRONG, encoding="utf-8")
    elif change == "article":
        (project / "article.txt").write_text(ARTICLE.replace("5.2%", "5.3%"), encoding="utf-8")
    elif change == "config":
        (project / "factcheck.toml").write_text('tolerances = { approx = "9%" }\n',
                                                encoding="utf-8")
        expect_same_output = True  # no 约 figure here, but a verdict could depend on it
    elif change == "select":
        args += ["--select", "FC1"]
    elif change == "ignore":
        args += ["--ignore", "FC101"]
    elif change == "tolerances":
        (project / "factcheck.toml").write_text('tolerances = { nearly = "20%" }\n',
                                                encoding="utf-8")
        expect_same_output = True
    elif change == "article-override":
        (project / "draft.txt").write_text(ARTICLE.replace("5.2%", "5.3%"), encoding="utf-8")
        args += ["--article", "draft.txt"]
    elif change == "version":
        monkeypatch.setattr("factcheck.__version__", "9.9.9")
        monkeypatch.setattr(cache, "_FINGERPRINT", None)
        expect_same_output = True
    elif change == "units":
        definitions = Path(cache.__file__).parent.parent / "units" / "definitions.txt"
        st = definitions.stat()
        monkeypatch.setattr(cache, "_FINGERPRINT", None)
        os.utime(definitions, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
        try:
            after = run(*args)
        finally:
            os.utime(definitions, ns=(st.st_atime_ns, st.st_mtime_ns))
            cache._FINGERPRINT = None
        assert len(checked) == 2
        assert after == before
        return
    after = run(*args)
    assert len(checked) == 2, f"{change} did not invalidate the cached report"
    if expect_same_output:
        assert after == before
    else:
        assert after != before
    # and the new state is cached in turn
    assert run(*args) == after
    assert len(checked) == 2


def test_a_changed_claim_value_turns_the_cached_pass_into_a_fail(project: Path) -> None:
    assert run("claims.yaml")[0] == 0
    (project / "claims.yaml").write_text(WRONG, encoding="utf-8")
    code, out, _ = run("claims.yaml")
    assert code == 1 and "FC102" in out


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "empty", "planted"])
def test_a_damaged_entry_is_a_miss_and_is_rewritten(project: Path, checked: list[Path],
                                                    damage: str) -> None:
    first = run("claims.yaml")
    [entry] = entries(project, "reports")
    data = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        entry.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "foreign":
        entry.write_bytes(b"PK\x03\x04 not ours at all")
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "planted":
        # a well-formed entry whose pickle would run a command: refused, not executed
        marker = project / "pwned"
        body = pickle.dumps(_Planted(str(marker)))
        header, _ = cache._unpack(data[len(cache.MAGIC) + 32:]) or ({}, b"")
        payload = cache._pack(header, body)
        entry.write_bytes(cache.MAGIC + __import__("hashlib").sha256(payload).digest() + payload)
    assert run("claims.yaml") == first
    assert len(checked) == 2
    if damage == "planted":
        assert not (project / "pwned").exists()
    assert entry.read_bytes() == data  # rewritten with the fresh report
    run("claims.yaml")
    assert len(checked) == 2


class _Planted:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.path}",)


def test_an_entry_signed_elsewhere_is_not_trusted(project: Path, checked: list[Path],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # a contributor commits a .factcheck_cache/ made on their machine for a file that fails
    (project / "claims.yaml").write_text(WRONG, encoding="utf-8")
    failing = run("claims.yaml")
    assert failing[0] == 1
    (project / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    run("claims.yaml")
    [entry] = [e for e in entries(project, "reports") if e.stat().st_mtime_ns == max(
        x.stat().st_mtime_ns for x in entries(project, "reports"))]
    assert len(checked) == 2
    # on another machine (another key) the committed entries are misses, checked afresh
    monkeypatch.setenv("XDG_CACHE_HOME", str(project / "elsewhere"))
    monkeypatch.setattr(cache, "_SECRET", None)
    assert run("claims.yaml")[0] == 0
    assert len(checked) == 3
    assert cache.secret_path().stat().st_mode & 0o777 == 0o600
    assert entry.exists()


def test_the_unpickler_builds_only_factcheck_classes() -> None:
    for bad in (pickle.dumps(os.system), pickle.dumps(_Planted("/nonexistent/x")),
                pickle.dumps(runner.check_file)):
        with pytest.raises(pickle.UnpicklingError):
            cache.safe_loads(bad)


def test_a_read_only_cache_warns_once_and_runs_without(project: Path, checked: list[Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        (project / f"c{i}.yaml").write_text(CLAIMS, encoding="utf-8")
    real_mkdir = Path.mkdir

    def read_only(self: Path, *args: object, **kwargs: object) -> None:
        if ".factcheck_cache" in str(self):
            raise OSError(30, "Read-only file system")
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", read_only)
    results = [CliRunner().invoke(app, ["run", ".", "--format", "text"]) for _ in range(2)]
    for result in results:
        assert result.exit_code == 0
        warnings = [line for line in result.stderr.splitlines() if "cache" in line]
        assert warnings == [f"factcheck: warning: cache disabled for this run: cannot write "
                            f"{project / '.factcheck_cache'} (Read-only file system)"]
        assert "4 claims files" in result.stdout
    assert results[0].stdout == results[1].stdout
    assert len(checked) == 8


def test_a_full_disk_warns_once(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tempfile.mkstemp", full)
    for i in range(2):
        (project / f"c{i}.yaml").write_text(CLAIMS, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", ".", "--format", "text"])
    assert result.exit_code == 0
    assert [line for line in result.stderr.splitlines() if "cache" in line] == [
        f"factcheck: warning: cache disabled for this run: cannot write "
        f"{project / '.factcheck_cache'} (No space left on device)"]


def test_concurrent_writers_never_leave_half_an_entry(tmp_path: Path) -> None:
    store = cache.Store(tmp_path / "c")
    payloads = [bytes([i]) * 200_000 for i in range(4)]
    seen: set[bytes | None] = set()
    stop = threading.Event()

    def write(p: bytes) -> None:
        for _ in range(30):
            cache.Store(tmp_path / "c").write("runs", "ab" * 32, p)

    def read() -> None:
        while not stop.is_set():
            got = store.read("runs", "ab" * 32)
            seen.add(got[:1] if got is not None else None)
            assert got is None or got in payloads

    reader = threading.Thread(target=read)
    reader.start()
    writers = [threading.Thread(target=write, args=(p,)) for p in payloads]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    stop.set()
    reader.join()
    assert store.read("runs", "ab" * 32) in payloads
    assert not [p for p in (tmp_path / "c").rglob(".tmp-*")]


def test_cache_clear(project: Path) -> None:
    run("claims.yaml")
    assert (project / ".factcheck_cache").is_dir()
    result = CliRunner().invoke(app, ["cache", "clear"])
    assert result.exit_code == 0
    assert result.stderr.startswith(f"removed {project / '.factcheck_cache'} (")
    assert not (project / ".factcheck_cache").exists()
    assert CliRunner().invoke(app, ["cache", "clear"]).exit_code == 0  # nothing to clear


def test_cache_clear_refuses_a_directory_that_is_not_a_cache(project: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    precious = project / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(precious))
    result = CliRunner().invoke(app, ["cache", "clear"])
    assert result.exit_code == 2
    assert "is not a factcheck cache" in result.stderr
    assert (precious / "notes.txt").exists()


# -- whole runs, replayed before the CLI starts ------------------------------------


def test_a_stored_run_is_replayed_only_while_nothing_changes(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "claims").mkdir()
    (project / "claims" / "a.yaml").write_text(CLAIMS.replace("article.txt", "../article.txt"),
                                               encoding="utf-8")
    argv = ["run", "--format", "text"]
    assert cache.replay(argv) is None  # nothing stored yet
    monkeypatch.setattr(cache, "ARGV", argv)
    stored = CliRunner().invoke(app, argv)
    assert stored.exit_code == 0
    assert entries(project, "runs")
    assert cache.replay(argv) == 0
    assert capsys.readouterr().out == stored.stdout
    assert cache.replay([*argv, "--show-all"]) is None  # another command line
    assert cache.replay([*argv, "--no-cache"]) is None

    def changed(edit: str) -> None:
        assert cache.replay(argv) is None, f"{edit} did not invalidate the stored run"

    (project / "article.txt").write_text(ARTICLE + "\n", encoding="utf-8")
    changed("the article")
    (project / "article.txt").write_text(ARTICLE, encoding="utf-8")
    assert cache.replay(argv) == 0
    capsys.readouterr()
    (project / "claims" / "b.yaml").write_text("claims: []\n", encoding="utf-8")
    changed("a new claims file")
    (project / "claims" / "b.yaml").unlink()
    assert cache.replay(argv) == 0
    capsys.readouterr()
    (project / "factcheck.toml").write_text("fail-on = \"warning\"\n", encoding="utf-8")
    changed("a new configuration file")
    (project / "factcheck.toml").unlink()
    monkeypatch.setenv("NO_COLOR", "1")
    changed("the environment")
    monkeypatch.delenv("NO_COLOR")
    (project / "claims" / "a.yaml").write_text(
        WRONG.replace("article.txt", "../article.txt"), encoding="utf-8")
    changed("the claims file")


def test_the_command_replays_through_the_entry_point(project: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_NO_CACHE"}
    command = [sys.executable, "-m", "factcheck", "run", "claims.yaml", "--format", "text"]
    first = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert entries(project, "runs")
    second = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout) == (0, first.stdout)
    (project / "claims.yaml").write_text(WRONG, encoding="utf-8")
    third = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert third.returncode == 1 and "FC102" in third.stdout


def test_a_data_file_the_report_read_is_part_of_its_key(project: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    (project / "table.csv").write_text("year,value\n2024,8.1\n", encoding="utf-8")
    real = runner.check_file
    seen: list[Path] = []

    def reading_a_table(path: Path, *args: object, **kwargs: object) -> object:
        seen.append(path)
        report = real(path, *args, **kwargs)  # type: ignore[arg-type]
        report.graph.source = replace(report.graph.source, data_files=("table.csv",))
        return report

    monkeypatch.setattr(runner, "check_file", reading_a_table)
    run("claims.yaml")
    run("claims.yaml")
    assert len(seen) == 1
    (project / "table.csv").write_text("year,value\n2024,8.2\n", encoding="utf-8")
    run("claims.yaml")
    assert len(seen) == 2


# -- a committed cache that links elsewhere ------------------------------------------

LINKED = [".factcheck_cache", ".factcheck_cache/.gitignore", ".factcheck_cache/CACHEDIR.TAG",
          ".factcheck_cache/v1", ".factcheck_cache/v1/reports"]


def _outside(project: Path) -> Path:
    outside = project.parent / f"{project.name}-outside"
    outside.mkdir()
    return outside


@pytest.mark.parametrize("linked", LINKED)
@pytest.mark.parametrize("target", ["absent", "present"])
def test_a_linked_cache_part_is_never_written_through(project: Path, checked: list[Path],
                                                      linked: str, target: str) -> None:
    outside = _outside(project)
    # a link to where a user's global git ignore file lives: a .gitignore of "*" written
    # there would hide every new file in every repository
    aim = outside / ("ignore" if linked.endswith((".gitignore", ".TAG")) else "dir")
    if target == "present" and aim.name == "dir":
        aim.mkdir()
    elif target == "present":
        aim.write_text("mine\n", encoding="utf-8")
    link = project / linked
    if linked != ".factcheck_cache":  # a real cache directory holding the link
        link.parent.mkdir(parents=True, exist_ok=True)
        root = project / ".factcheck_cache"
        for name, text in (("CACHEDIR.TAG", cache.TAG), (".gitignore", "*\n")):
            if not linked.endswith(name):
                (root / name).write_text(text, encoding="utf-8")
    link.symlink_to(aim)
    before = sorted(p.relative_to(outside) for p in outside.rglob("*"))
    for _ in range(2):
        code, out, err = run("claims.yaml")
        assert code == 0 and "1 claims file" in out
        assert err.splitlines() == [f"factcheck: warning: cache disabled for this run: {link} "
                                    "is a symbolic link; factcheck never writes through one "
                                    "(remove it)"]
    assert sorted(p.relative_to(outside) for p in outside.rglob("*")) == before
    if target == "present" and aim.is_file():
        assert aim.read_text(encoding="utf-8") == "mine\n"
    assert link.is_symlink() and len(checked) == 2


def test_clear_refuses_a_linked_cache_directory(project: Path) -> None:
    outside = _outside(project)
    (outside / "CACHEDIR.TAG").write_text(cache.TAG, encoding="utf-8")
    (outside / "precious.txt").write_text("mine", encoding="utf-8")
    (project / ".factcheck_cache").symlink_to(outside)
    result = CliRunner().invoke(app, ["cache", "clear"])
    assert (result.exit_code, result.stderr) == (2, (
        f"factcheck: cannot clear the cache: {project / '.factcheck_cache'} is a symbolic link, "
        "not a factcheck cache; not deleting it\n"))
    assert (outside / "precious.txt").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_entry_linked_to_a_fifo_or_a_device_is_a_miss_not_a_hang(project: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_NO_CACHE", "COLUMNS")}

    def once() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "factcheck", "run", "claims.yaml", "-f",
                               "text"], cwd=project, capture_output=True, text=True,
                              timeout=60, env=env)

    first = once()
    assert first.returncode == 0, first.stderr
    os.mkfifo(project / "fifo")
    linked = [p for p in (project / ".factcheck_cache" / "v1").rglob("*") if p.is_file()]
    assert len(linked) == 2  # the report and the whole run
    for entry, aim in zip(linked, [project / "fifo", Path("/dev/zero")], strict=True):
        entry.unlink()
        entry.symlink_to(aim)
    again = once()
    assert (again.returncode, again.stdout, again.stderr) == (0, first.stdout, "")
    # rewritten in place of the links, never through them
    assert not any(p.is_symlink() for p in (project / ".factcheck_cache").rglob("*"))


def test_clear_removes_links_not_their_targets(project: Path) -> None:
    run("claims.yaml")
    outside = _outside(project)
    (outside / "precious.txt").write_text("mine", encoding="utf-8")
    (project / ".factcheck_cache" / "v1" / "link").symlink_to(outside)
    (project / ".factcheck_cache" / "v1" / "file-link").symlink_to(outside / "precious.txt")
    result = CliRunner().invoke(app, ["cache", "clear"])
    assert result.exit_code == 0, result.stderr
    assert not os.path.lexists(project / ".factcheck_cache")
    assert (outside / "precious.txt").read_text(encoding="utf-8") == "mine"
