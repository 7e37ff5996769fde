"""Regular expressions compiled when the package is built, not on every start.

factcheck compiles about two hundred patterns as it starts (many of them long
alternations of a lexicon's words, one a class of every foldable character), and
Python's ``re`` parses and compiles each in Python code: a quarter of a run's own
start-up. ``patterns.marshal`` beside this module holds what ``re`` made of each pattern
the package compiles (its opcodes, flags and groups); ``seed`` hands them to ``re``'s own
cache before anything is imported, so ``re.compile`` finds them there and the modules stay
as they are. A pattern not in the file (a newsroom's own words, a pattern changed since
the file was built) is compiled by ``re`` as usual; so is every pattern under another
Python, whose opcodes differ. ``python -m factcheck.core.patterns`` rebuilds the file
(a test fails when it is stale).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import re
import sys
from array import array
from pathlib import Path
from typing import Any

STORE = Path(__file__).with_name("patterns.marshal")
_FORMAT = 1
_MODULE = "factcheck.core.patterns"  # this module, also when run as __main__
_WORD = "I"  # an unsigned machine word of _sre.CODESIZE bytes (checked by _stamp)


def _stamp() -> tuple[Any, ...]:
    """What the opcodes of a compiled pattern depend on: the Python and its ``_sre``."""
    return (_FORMAT, tuple(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE,
            array(_WORD).itemsize, sys.byteorder)


def _cache() -> dict[Any, Any] | None:
    """``re``'s cache of compiled patterns, when it is the dict this module knows."""
    cache = getattr(re, "_cache", None)
    limit = getattr(re, "_MAXCACHE", 0)
    return cache if isinstance(cache, dict) and isinstance(limit, int) and limit > 0 else None


def seed(store: Path = STORE) -> int:
    """Put the stored patterns into ``re``'s cache; the number put there (0: none usable)."""
    cache = _cache()
    if cache is None:
        return 0
    try:
        stamp, entries = marshal.loads(store.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return 0
    if stamp != _stamp():
        return 0
    # room for the patterns compiled later, so the seeded ones are not pushed out at once
    room = max(0, re._MAXCACHE - len(cache) - 64)  # type: ignore[attr-defined]
    put = 0
    for pattern, flags, final_flags, code, groups, groupindex, indexgroup in entries[:room]:
        key = (type(pattern), pattern, flags)
        if key in cache:
            continue
        try:
            compiled = _sre.compile(pattern, final_flags, array(_WORD, code).tolist(), groups,
                                    groupindex, indexgroup)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not what _sre accepts
            return put
        cache[key] = compiled
        put += 1
    return put


def _compiled(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the opcodes as machine words: marshal reads bytes at once, a list of ints one by one
    words = array(_WORD, [int(c) for c in code]).tobytes()
    return (pattern, flags, int(flags | parsed.state.flags), words, parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def collect() -> list[tuple[str | bytes, int]]:
    """Every pattern compiled while importing every factcheck module and checking the
    bundled article (with its claims, and under ``--auto``), in the order compiled.

    Each of two fresh interpreters, with different string hashes, records what it
    compiles; a pattern built from a set (its words in hash order) differs between them
    and is left out, so the file is the same wherever it is built.
    """
    import ast
    import os
    import subprocess

    runs = []
    for hashes in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hashes}
        out = subprocess.run([sys.executable, "-c", f"from {_MODULE} import _record; _record()"],
                             env=env, capture_output=True, text=True, check=True).stdout
        runs.append(ast.literal_eval(out))
    both = set(runs[1])
    return [key for key in runs[0] if key in both]


def _record() -> None:
    """Print, as a Python literal, the patterns compiled by the work ``collect`` describes."""
    import importlib
    import io
    import os
    import pkgutil
    from contextlib import redirect_stdout
    from re import _compiler  # type: ignore[attr-defined]

    seen: dict[tuple[str | bytes, int], None] = {}
    original = _compiler.compile

    def recording(p: Any, flags: int = 0) -> Any:
        if isinstance(p, (str, bytes)) and not flags & re.DEBUG:
            seen[(p, int(flags))] = None
        return original(p, flags)

    re.purge()
    _compiler.compile = recording
    import factcheck

    root = Path(factcheck.__file__).resolve().parent.parent
    with redirect_stdout(io.StringIO()):
        for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
            if not info.name.endswith("__main__"):
                importlib.import_module(info.name)
        from factcheck.app.runner import check_file
        from factcheck.checks import all_rules
        from factcheck.discover.auto import check_article

        os.chdir(root)
        check_file(root / "claims" / "chongqing-manufacturing-2024.yaml", all_rules())
        check_article(root / "seeds" / "chongqing-manufacturing-2024.txt", all_rules())
    _compiler.compile = original
    print(repr(list(seen)))


def build() -> bytes:
    """The contents of ``patterns.marshal`` for the patterns of ``collect``."""
    entries = [_compiled(p, f) for p, f in collect()]
    return marshal.dumps((_stamp(), entries), 4)


if __name__ == "__main__":
    STORE.write_bytes(build())
    print(f"wrote {STORE}")
