"""Every format carries the same findings under every --select/--ignore.

Each format is read back into a set of (code, claim ids, category) and compared with the
outcomes the engine settled; formats that list only problems are compared with the
problems. The selections include FC104 (the HTML page must not mark a figure uncovered when
coverage is ignored) and FC403 (which the engine once let through whatever was selected).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.runner import run_paths
from factcheck.checks import select_rules
from factcheck.render import RENDERERS, Format, RenderOptions, render
from factcheck.report.findings import Category, Outcome, Severity, blocks, category
from factcheck.report.result import RunResult

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "claims" / "chongqing-manufacturing-2024.yaml"
FAILING = ROOT / "tests" / "fixtures" / "failing" / "claims.yaml"
HTML_FIXTURE = ROOT / "tests" / "fixtures" / "html" / "claims.yaml"

# (select, ignore)
SELECTIONS = [
    ((), ()),
    ((), ("FC104",)),
    ((), ("FC403",)),
    (("FC2",), ()),
    (("FC1",), ("FC105",)),
    (("FC3", "FC4"), ("FC301",)),
    (("FC403", "FC104"), ()),
    (("FC105", "FC201"), ()),
]
Key = tuple[str, tuple[str, ...], Category]
PROBLEMS = (Category.FAIL, Category.WARNING, Category.WAIVED, Category.UNDETERMINED)
TEXT_WORDS = {"pass": Category.PASS, "within rounding": Category.ROUNDING,
              "warning": Category.WARNING, "note": Category.WARNING, "fail": Category.FAIL,
              "waived": Category.WAIVED, "undetermined": Category.UNDETERMINED}


MIXED_ARTICLE = "全市汽车产量39.1万辆，其中新能源汽车829.16亿元。新增企业500家。\n"
MIXED_CLAIMS = """\
article: article.txt
published: 2024-11-05
claims:
  - id: cars
    quote: 汽车产量39.1万辆
    value: 39.1万 辆
  - id: ev
    quote: 新能源汽车829.16亿元
    value: 829.16亿 元
    part-of: cars
"""


UNDETERMINED_ARTICLE = "出口额0.0亿元。今年出口额5.2亿元，增长8.1%。\n"
UNDETERMINED_CLAIMS = """\
article: article.txt
published: 2024-11-05
claims:
  - {id: before, quote: 出口额0.0亿元, value: 0.0亿 元}
  - {id: now, quote: 今年出口额5.2亿元, value: 5.2亿 元}
  - {id: growth, quote: 增长8.1%, value: 8.1%, kind: growth, current: now, prior: before}
"""


@pytest.fixture(scope="module")
def undetermined(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A growth rate from a prior amount that may be 0: undetermined (FC201)."""
    root = tmp_path_factory.mktemp("undetermined")
    (root / "article.txt").write_text(UNDETERMINED_ARTICLE, encoding="utf-8")
    (root / "claims.yaml").write_text(UNDETERMINED_CLAIMS, encoding="utf-8")
    return root / "claims.yaml"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A unit mismatch (FC403) and an uncovered figure (FC104)."""
    root = tmp_path_factory.mktemp("mixed")
    (root / "article.txt").write_text(MIXED_ARTICLE, encoding="utf-8")
    (root / "claims.yaml").write_text(MIXED_CLAIMS, encoding="utf-8")
    return root / "claims.yaml"


def _run(paths: list[Path], select: tuple[str, ...], ignore: tuple[str, ...]) -> RunResult:
    return run_paths(paths, select_rules(select, ignore), jobs=1)


def expected(result: RunResult) -> set[Key]:
    return {(o.code, o.claim_ids, category(o)) for r in result.reports for o in r.outcomes}


def _cat(verdict: str, severity: str, undetermined: bool = False) -> Category:
    if verdict == "fail" and undetermined:
        return Category.UNDETERMINED
    if verdict == "fail":
        return Category.FAIL if severity == "error" else Category.WARNING
    return Category(verdict)


def from_json(text: str) -> set[Key]:
    doc = json.loads(text)
    return {(f["code"], tuple(f["claim_ids"]), _cat(f["verdict"], f["severity"], f["undetermined"]))
            for file in doc["files"] for f in file["findings"]}


def from_sarif(text: str) -> set[Key]:
    doc = json.loads(text)
    level = {"error": "error", "warning": "warning", "note": "note"}
    return {(r["ruleId"], tuple(r["properties"]["claimIds"]),
             _cat(r["properties"]["verdict"], level[r["level"]], r["properties"]["undetermined"]))
            for run in doc["runs"] for r in run["results"]}


def from_markdown(text: str) -> set[Key]:
    words = {"❌ fail": Category.FAIL, "⚠️ warning": Category.WARNING, "⚠️ note": Category.WARNING,
             "➖ waived": Category.WAIVED, "❓ undetermined": Category.UNDETERMINED}
    out: set[Key] = set()
    for line in text.splitlines():
        m = re.match(r"- (.+?) \*\*(FC\d+)\*\* \S+(.*) · `[^`]*`$", line)
        if m:
            ids = tuple(re.findall(r"`([^`]+)`", m.group(3)))
            out.add((m.group(2), ids, words[m.group(1)]))
    return out


def from_github(text: str) -> set[Key]:
    commands = {"error": Category.FAIL, "warning": Category.WARNING, "notice": Category.WARNING}
    out: set[Key] = set()
    for line in text.splitlines():
        m = re.match(r"::(\w+) .*title=(FC\d+) \S+?(?: \(([^)]*)\))?::(undetermined: )?", line)
        if m:
            ids = tuple(m.group(3).split("%2C ")) if m.group(3) else ()
            out.add((m.group(2), ids, Category.UNDETERMINED if m.group(4) else commands[m.group(1)]))
    return out


def from_text(text: str) -> set[Key]:
    out: set[Key] = set()
    for line in text.splitlines():
        m = re.match(r" \S (FC\d+) \S* ?\[([^\]]+)\](?:  (.*?))?(?:  \(\d+:\d+.*\))?$", line)
        if m:
            ids = tuple(m.group(3).split(", ")) if m.group(3) else ()
            out.add((m.group(1), ids, TEXT_WORDS[m.group(2)]))
    return out


def from_concise(text: str) -> Counter[tuple[str, Category]]:
    """(code, category) of each line: a concise line names no claim ids, so each finding is
    counted, not matched by id."""
    words = {"pass": Category.PASS, "pass-within-rounding": Category.ROUNDING,
             "waived": Category.WAIVED, "warning": Category.WARNING, "note": Category.WARNING,
             "undetermined": Category.UNDETERMINED}
    out: Counter[tuple[str, Category]] = Counter()
    for line in text.splitlines():
        m = re.match(r"\S+:\d+:\d+: (FC\d+) (?:\[([a-z-]+)\] )?", line)
        if m:
            out[(m.group(1), words[m.group(2)] if m.group(2) else Category.FAIL)] += 1
    return out


def from_html(text: str) -> set[Key]:
    findings = text[text.index('<section class="findings"'):]
    findings = findings[:findings.index("</section>")]
    return {(code, tuple(ids.split()), Category(cat)) for code, ids, cat in re.findall(
        r'<li [^>]*data-code="(FC\d+)" data-claims="([^"]*)" data-category="([^"]+)"',
        findings)}


def from_junit(text: str, fail_on: Severity) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for case in ET.fromstring(text).iter("testcase"):
        name = re.sub(r" line \d+(?: #\d+)?$", "", case.get("name", ""))
        code, _, target = name.partition(" ")
        state = ("failure" if case.find("failure") is not None
                 else "skipped" if case.find("skipped") is not None else "ok")
        out.add((code, target, state))
    return out


def _junit_expected(result: RunResult, fail_on: Severity) -> set[tuple[str, str, str]]:
    def target(o: Outcome) -> str:
        return o.claim_ids[0] if o.claim_ids else (o.subject or "file")

    def state(o: Outcome) -> str:
        if blocks(o, fail_on):
            return "failure"
        return "skipped" if category(o) is Category.WAIVED else "ok"

    return {(o.code, target(o), state(o)) for r in result.reports for o in r.outcomes}


def test_every_format_is_read_back_here() -> None:
    covered = {Format.JSON, Format.SARIF, Format.MARKDOWN, Format.GITHUB, Format.TEXT, Format.CONCISE,
               Format.RICH, Format.HTML, Format.JUNIT}
    assert set(RENDERERS) == covered, "a new format needs a reader in this test"


@pytest.mark.parametrize(("select", "ignore"), SELECTIONS)
def test_every_format_carries_the_same_findings(select: tuple[str, ...], ignore: tuple[str, ...],
                                                mixed: Path, undetermined: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = _run([BUNDLED, FAILING, HTML_FIXTURE, mixed, undetermined], select, ignore)
    want = expected(result)
    codes = {code for code, _, _ in want}
    chosen = {r.code for r in select_rules(select, ignore)}
    assert codes <= chosen, "an outcome of a check that was not selected"
    problems = {k for k in want if k[2] in PROBLEMS}
    opts = RenderOptions(show_all=True, width=10_000)

    assert from_json(render(Format.JSON, result, opts)) == want
    assert from_sarif(render(Format.SARIF, result, opts)) == problems
    assert from_markdown(render(Format.MARKDOWN, result, opts)) == problems
    assert from_github(render(Format.GITHUB, result, opts)) == {
        k for k in problems if k[2] is not Category.WAIVED}
    assert from_text(render(Format.TEXT, result, opts)) == want
    assert from_concise(render(Format.CONCISE, result, opts)) == Counter(
        (o.code, category(o)) for r in result.reports for o in r.outcomes)
    assert from_html(render(Format.HTML, result, opts)) == {
        k for k in want if k[2] is not Category.PASS}
    for fail_on in (Severity.ERROR, Severity.WARNING):
        assert from_junit(render(Format.JUNIT, result, RenderOptions(fail_on=fail_on)),
                          fail_on) == _junit_expected(result, fail_on)


def test_the_selections_exercise_what_they_should(mixed: Path, undetermined: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    every = expected(_run([BUNDLED, FAILING, HTML_FIXTURE, mixed, undetermined], (), ()))
    codes = {code for code, _, cat in every if cat is not Category.PASS}
    assert {"FC104", "FC403", "FC105", "FC201", "FC301", "FC101"} <= codes
    assert {cat for _, _, cat in every} == set(Category)


def test_html_marks_no_figure_uncovered_when_coverage_is_ignored(
        mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for ignore, n in (((), 1), (("FC104",), 0)):
        page = render(Format.HTML, _run([mixed], (), ignore), RenderOptions())
        article = page[page.index('<article'):page.index('</article>')]
        assert article.count('data-state="uncovered"') == n
        assert ("500家" in article) and (article.count("<mark") == 2 + n)


def test_ignoring_fc403_drops_it_and_its_exit_code(mixed: Path) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["run", str(mixed), "--format", "json", "--select", "FC4"])
    assert shown.exit_code == 1
    assert {f["code"] for f in json.loads(shown.stdout)["files"][0]["findings"]
            if f["verdict"] == "fail"} == {"FC403"}
    ignored = runner.invoke(app, ["run", str(mixed), "--format", "json", "--select", "FC4",
                                  "--ignore", "FC403"])
    assert ignored.exit_code == 0, ignored.stdout
    assert "FC403" not in ignored.stdout
    alone = runner.invoke(app, ["run", str(mixed), "--format", "json", "--select", "FC403"])
    assert [f["code"] for f in json.loads(alone.stdout)["files"][0]["findings"]] == ["FC403"]
