"""Linear time, checked by counting work rather than timing it (issue 21, defect 5).

``benchmarks/scaling.py`` measures every stage at 1×, 4× and 16×; here a test only runs it
at a tiny size and reads its output.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factcheck.app.init_draft import MAX_GROWTH, draft
from factcheck.claims.graph import find_occurrences
from factcheck.extract import extract
from factcheck.extract.digits import _id_start

ROOT = Path(__file__).resolve().parent.parent


class _Counting(str):
    """A string that counts the characters read one by one."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _Counting.reads += 1
        return str.__getitem__(self, key)


def test_identifier_start_reads_only_its_own_run() -> None:
    n = 2000
    text = _Counting("x1 " * n)
    _Counting.reads = 0
    for k in range(n):
        assert _id_start(text, 3 * k + 1) == 3 * k
    assert _Counting.reads <= 4 * n  # a search from offset 0 read the whole prefix each time


def test_identifier_start_agrees_with_the_pattern() -> None:
    pattern = re.compile(r"[A-Za-z][A-Za-z-]*$")
    rng = random.Random(21)
    for _ in range(3000):
        text = "".join(rng.choice("ab-1 é中") for _ in range(rng.randint(1, 12))) + "x"
        s = len(text)
        found = pattern.search(text, 0, s)
        assert _id_start(text, s) == (found.start() if found else s), text


def test_identifiers_are_still_found() -> None:
    got = [(m.text, m.kind.value) for m in extract("型号x-ray1与A380，B-52H。")]
    assert ("x-ray1", "identifier") in got


def test_html_report_reads_each_claims_relations_a_bounded_number_of_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from run import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from typer.testing import CliRunner

    from factcheck.app.cli import app
    from factcheck.claims.model import Claim

    claims = generate(300, tmp_path / "c")
    calls = 0
    original = Claim.references

    def counted(self: Claim) -> list[tuple[str, str]]:
        nonlocal calls
        calls += 1
        return original(self)

    monkeypatch.setattr(Claim, "references", counted)
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    result = CliRunner().invoke(app, ["run", str(claims), "--no-cache", "--jobs", "1",
                                      "--format", "html", "-o", str(tmp_path / "r.html")])
    assert result.exit_code in (0, 1), result.output
    assert "<mark" in (tmp_path / "r.html").read_text("utf-8")
    assert calls <= 20 * 300  # each claim's relations were read once per other claim


def test_a_repeated_clause_grows_a_bounded_number_of_clauses() -> None:
    """Every figure's quote grew clause by clause to the whole line, each step a count of
    the whole text: cubic in the figures of one long line."""
    text = "增长8.1%，" * 300 + "\n"
    data = yaml.safe_load(draft(text, "a.txt", dt.date(2024, 1, 1)))
    quotes = [c["quote"] for c in data["claims"]]
    assert len(quotes) == 300
    assert max(len(q) for q in quotes) <= (MAX_GROWTH + 1) * len("增长8.1%，")
    for claim in data["claims"]:  # the quote with its occurrence is there to be found
        assert claim.get("occurrence", 1) <= len(find_occurrences(text, claim["quote"]))


def test_scaling_benchmark_runs_and_reports() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "scaling.py"), "--base", "0.02",
         "--repeats", "1", "--json", "--stages", "extract,extract-ids,run,html,init"],
        capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode in (0, 1), out.stderr
    report = json.loads(out.stdout)
    assert [r["stage"] for r in report["stages"]] == ["extract", "extract-ids", "run", "html",
                                                        "init"]
    for row in report["stages"]:
        assert len(row["sizes"]) == 3 and row["sizes"][0] < row["sizes"][2]
        assert all(t >= 0 for t in row["seconds"])
    assert report["failed"] == [r["stage"] for r in report["stages"] if not r["linear"]]


def test_the_likely_culprit_search_runs_a_bounded_number_of_trials(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure of hundreds of digits has thousands of likely typos, each a run of the
    checks: a 2 KB fuzzed article held a run for minutes."""
    from factcheck.app.runner import check_file
    from factcheck.checks import all_rules
    from factcheck.report import culprit

    big = "7" * 300
    (tmp_path / "a.txt").write_text(f"今年产值{big}亿元，上年产值100亿元，增长5%。\n",
                                    encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nclaims:\n"
        f"  - {{id: now, quote: 今年产值{big}亿元, value: {big}亿 元}}\n"
        "  - {id: before, quote: 上年产值100亿元, value: 100亿 元}\n"
        "  - {id: g, quote: 增长5%, value: 5%, kind: growth, current: now, prior: before}\n",
        encoding="utf-8")
    trials = 0
    original = culprit._with_values

    def counted(*args: object) -> object:
        nonlocal trials
        trials += 1
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(culprit, "_with_values", counted)
    report = check_file(tmp_path / "c.yaml", all_rules())
    assert any(o.code == "FC201" and o.verdict.value == "fail" for o in report.outcomes)
    assert report.localisation is not None
    assert 0 < trials <= culprit.MAX_TRIALS
