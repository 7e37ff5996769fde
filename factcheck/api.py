"""factcheck for programs: check claims files or articles and get the result a run reports.

>>> from factcheck.api import check
>>> result = check(["claims/chongqing-manufacturing-2024.yaml"])
>>> result.exit_code()
0

Input errors are collected in ``result.errors`` (each with its file, line and column), as
the command line reports them; nothing is printed and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck.report.result import RunResult


def check(claims: Sequence[str | Path] = (), *, articles: Sequence[str | Path] = (),
          select: Iterable[str] = (), ignore: Iterable[str] = ()) -> RunResult:
    """Check claims files (or the claims files under directories) and, with no claims file,
    articles by discovery (``run --auto``). ``select``/``ignore`` take codes or prefixes as
    on the command line; an unknown one raises ``ValueError``."""
    from factcheck.app.runner import expand, run_paths
    from factcheck.checks import select_rules
    from factcheck.discover.auto import run_articles

    rules = select_rules(list(select), list(ignore))
    result = RunResult()
    if claims:
        result = run_paths(expand([Path(p) for p in claims]), rules)
    if articles:
        found = run_articles([Path(p) for p in articles], rules)
        result.reports.extend(found.reports)
        result.errors.extend(found.errors)
    return result


__all__ = ["RunResult", "check"]
