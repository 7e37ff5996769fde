"""The regular expressions stored with the package are what ``re`` compiles now."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.core import patterns


def _entries() -> list[tuple[object, ...]]:
    stamp, entries = marshal.loads(patterns.STORE.read_bytes())
    if stamp != patterns._stamp():
        pytest.skip(f"the store was built under another Python ({stamp[1]})")
    return list(entries)


def test_store_is_what_the_package_compiles_now() -> None:
    _entries()
    assert patterns.build() == patterns.STORE.read_bytes(), (
        "factcheck/core/patterns.marshal is stale: run python -m factcheck.core.patterns")


def test_seeded_patterns_equal_the_ones_re_compiles() -> None:
    entries = _entries()
    assert len(entries) > 100
    saved = dict(re._cache)  # type: ignore[attr-defined]
    try:
        re.purge()
        put = patterns.seed()
        assert put == min(len(entries), re._MAXCACHE - 64)  # type: ignore[attr-defined]
        for pattern, flags, *_ in entries[:put]:
            seeded = re.compile(pattern, flags)  # type: ignore[call-overload]
            # a Pattern equals another of the same pattern, flags and opcodes
            assert seeded == re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
            assert seeded is re._cache[type(pattern), pattern, flags]  # type: ignore[attr-defined]
    finally:
        re.purge()
        re._cache.update(saved)  # type: ignore[attr-defined]


def test_the_lexicon_patterns_are_stored() -> None:
    from factcheck.extract import digits

    stored = {(p, f) for p, f, *_ in _entries()}
    assert (digits._DIGIT_RUN.pattern, 0) in stored
    assert (digits._MODEL.pattern, 0) in stored  # built from the lexicon's words


@pytest.mark.parametrize("stamp", [(0,), (patterns._FORMAT, (2, 7, 18), 0, 4, 4, "little")])
def test_a_store_of_another_python_is_not_used(tmp_path: Path, stamp: tuple[object, ...]) -> None:
    store = tmp_path / "patterns.marshal"
    store.write_bytes(marshal.dumps((stamp, [("x+", 0, 32, b"\0" * 4, 0, {}, (None,))])))
    saved = dict(re._cache)  # type: ignore[attr-defined]
    try:
        re.purge()
        assert patterns.seed(store) == 0
        assert not re._cache  # type: ignore[attr-defined]
    finally:
        re._cache.update(saved)  # type: ignore[attr-defined]


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps(None)])
def test_an_unreadable_store_seeds_nothing(tmp_path: Path, content: bytes) -> None:
    store = tmp_path / "patterns.marshal"
    store.write_bytes(content)
    assert patterns.seed(store) == 0
    assert patterns.seed(tmp_path / "missing.marshal") == 0


def test_opcodes_that_sre_refuses_stop_the_seeding(tmp_path: Path) -> None:
    good = patterns._compiled("ab+c", 0)
    bad = ("zz", 0, 32, b"\xff" * 16, 0, {}, (None,))
    store = tmp_path / "patterns.marshal"
    store.write_bytes(marshal.dumps((patterns._stamp(), [good, bad])))
    saved = dict(re._cache)  # type: ignore[attr-defined]
    try:
        re.purge()
        assert patterns.seed(store) == 1
        assert (str, "zz", 0) not in re._cache  # type: ignore[attr-defined]
        assert re.compile("ab+c").fullmatch("abbbc")
    finally:
        re.purge()
        re._cache.update(saved)  # type: ignore[attr-defined]


def test_the_cli_runs_on_seeded_patterns() -> None:
    code = ("import re, sys; from factcheck.core import patterns; n = patterns.seed(); "
            "from factcheck.extract import extract; "
            "print(n, [m.text for m in extract('产量增长12.5%，达到3.2万辆。')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split(" ", 1)
    assert int(out[0]) > 100
    assert out[1].strip() == "['12.5%', '3.2万辆']"


RUN_COUNTING = r"""
import atexit, sys
from re import _compiler
compiled = []
original = _compiler.compile
def counting(p, flags=0):
    compiled.append((p, int(flags)))
    return original(p, flags)
_compiler.compile = counting
atexit.register(lambda: print(repr((sorted(set(compiled)), "tomllib" in sys.modules)),
                               file=sys.stderr))
sys.argv = ["factcheck", *sys.argv[1:]]
from factcheck.entry import main
main()
"""


@pytest.mark.parametrize("args", [["run", "--format", "text"],
                                  ["run", "--auto", "seeds/chongqing-manufacturing-2024.txt",
                                   "--format", "text"]])
def test_a_run_compiles_no_stored_pattern_and_parses_no_lexicon(tmp_path: Path,
                                                                  args: list[str]) -> None:
    """The patterns come from the store and the lexicons from prebuilt.json, in their
    places since the languages moved to their folders: a run of the bundled article in a
    project with no pyproject.toml compiles none of the stored patterns and never loads the
    TOML parser."""
    import ast
    import os
    import shutil

    stored = {(p, f) for p, f, *_ in _entries()}
    root = Path(__file__).resolve().parent.parent
    for folder in ("claims", "seeds", "data"):
        shutil.copytree(root / folder, tmp_path / folder)
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1", "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-c", RUN_COUNTING, *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    compiled, toml_loaded = ast.literal_eval(done.stderr.strip().splitlines()[-1])
    assert "pass" in done.stdout
    assert [key for key in compiled if tuple(key) in stored] == []
    assert toml_loaded is False
