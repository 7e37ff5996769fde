"""Every output format, for the bundled article and a failing fixture, against its rules."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.render import Format, RenderOptions, render
from factcheck.report.findings import Severity, Verdict
from factcheck.report.result import RunResult

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = Path("claims/chongqing-manufacturing-2024.yaml")
FAILING = Path("tests/fixtures/failing/claims.yaml")
MACHINE = (Format.JSON, Format.SARIF, Format.JUNIT, Format.GITHUB, Format.MARKDOWN)


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in reports are relative to the working directory


def run(*paths: Path) -> RunResult:
    return run_paths(list(paths), all_rules(), jobs=1)


def out(fmt: Format, result: RunResult, fail_on: Severity = Severity.ERROR) -> str:
    return render(fmt, result, RenderOptions(fail_on=fail_on))


def failed(result: RunResult) -> set[tuple[str, tuple[str, ...]]]:
    return {(o.code, o.claim_ids) for r in result.reports for o in r.outcomes
            if o.verdict is Verdict.FAIL}


# --- JSON -----------------------------------------------------------------------------------

def test_json_is_one_sorted_document_with_a_schema_version() -> None:
    result = run(BUNDLED, FAILING)
    text = out(Format.JSON, result)
    doc = json.loads(text)
    assert doc["schema_version"] == 1
    assert text == json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert [f["path"] for f in doc["files"]] == [str(BUNDLED), str(FAILING)]
    assert doc["summary"]["checks"] == sum(len(r.outcomes) for r in result.reports)
    assert doc["exit_code"] == 1
    for file in doc["files"]:
        for f in file["findings"]:
            assert set(f) >= {"code", "name", "severity", "verdict", "message", "claim_ids",
                              "claims_file", "article", "numbers"}


def test_json_failure_carries_places_and_exact_numbers() -> None:
    doc = json.loads(out(Format.JSON, run(FAILING)))
    [growth] = [f for f in doc["files"][0]["findings"] if f["code"] == "FC201"]
    assert growth["verdict"] == "fail"
    assert growth["name"] == "growth-arithmetic"
    assert growth["claim_ids"] == ["output-growth", "output", "output-prior"]
    assert growth["claims_file"] == {"path": str(FAILING), "line": 12, "column": 5,
                                     "end_line": 17, "end_column": 23}
    assert growth["article"] == {"path": "tests/fixtures/failing/article.txt", "line": 1,
                                 "column": 25, "end_line": 1, "end_column": 33}
    numbers = {n["name"]: n for n in growth["numbers"]}
    assert numbers["stated"]["display"] == "25.0%"
    assert numbers["stated"]["interval"] == {"lo": "24.95", "hi": "25.05", "lo_closed": True,
                                             "hi_closed": True}
    computed = numbers["computed"]["interval"]
    # (1199.5 ÷ 1000.5 − 1) × 100 = 39800/2001 .. (1200.5 ÷ 999.5 − 1) × 100 = 40200/1999
    assert (computed["lo"], computed["hi"]) == ("39800/2001", "40200/1999")


def test_json_reports_the_waiver_and_its_reason() -> None:
    doc = json.loads(out(Format.JSON, run(FAILING)))
    [waived] = [f for f in doc["files"][0]["findings"] if f["verdict"] == "waived"]
    assert (waived["code"], waived["waiver_reason"]) == (
        "FC301", "the desk confirmed a different base, 1000亿元")


# --- SARIF ----------------------------------------------------------------------------------

LEVELS = {"error", "warning", "note", "none"}


def validate_sarif(doc: dict[str, object]) -> None:
    """The SARIF 2.1.0 fields code scanning relies on, checked one by one."""
    assert doc["version"] == "2.1.0"
    assert str(doc["$schema"]).endswith("sarif-2.1.0.json")
    runs = doc["runs"]
    assert isinstance(runs, list) and len(runs) == 1
    run_ = runs[0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "factcheck"
    ids = [r["id"] for r in driver["rules"]]
    assert len(ids) == len(set(ids))
    for rule in driver["rules"]:
        for key in ("shortDescription", "fullDescription", "help"):
            assert isinstance(rule[key]["text"], str) and rule[key]["text"]
        assert rule["name"] and rule["defaultConfiguration"]["level"] in LEVELS
    hashes = set()
    for res in run_["results"]:
        assert res["ruleId"] in ids
        assert ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] in LEVELS
        assert res["message"]["text"]
        phys = res["locations"][0]["physicalLocation"]
        uri = phys["artifactLocation"]["uri"]
        assert not uri.startswith(("/", "file:")) and ".." not in uri.split("/")
        region = phys["region"]
        assert 1 <= region["startLine"] <= region["endLine"]
        assert region["startColumn"] >= 1 and region["endColumn"] >= 1
        if region["startLine"] == region["endLine"]:
            assert region["endColumn"] > region["startColumn"]
        fingerprint = res["partialFingerprints"]["primaryLocationLineHash"]
        assert re.fullmatch(r"[0-9a-f]{16}:\d+", fingerprint)
        hashes.add((uri, fingerprint))
    assert len(hashes) == len(run_["results"])


def test_sarif_structure_and_results() -> None:
    result = run(BUNDLED, FAILING)
    doc = json.loads(out(Format.SARIF, result))
    validate_sarif(doc)
    results = doc["runs"][0]["results"]
    assert {r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]} == {
        r.code for r in all_rules()}
    unsuppressed = {(r["ruleId"], tuple(r["properties"]["claimIds"])) for r in results
                    if "suppressions" not in r}
    assert unsuppressed == failed(result)
    [growth] = [r for r in results if r["ruleId"] == "FC201"]
    assert growth["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": str(FAILING)},
        "region": {"startLine": 12, "startColumn": 5, "endLine": 17, "endColumn": 24},
    }
    [waived] = [r for r in results if "suppressions" in r
                and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == str(FAILING)]
    assert waived["suppressions"][0]["justification"].startswith("the desk confirmed")


# --- JUnit ----------------------------------------------------------------------------------

def test_junit_suite_per_file_case_per_check() -> None:
    result = run(BUNDLED, FAILING)
    root = ET.fromstring(out(Format.JUNIT, result))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(BUNDLED), str(FAILING)]
    for suite, report in zip(suites, result.reports, strict=True):
        cases = suite.findall("testcase")
        assert len(cases) == len(report.outcomes) == int(suite.get("tests", "-1"))
        names = [c.get("name") for c in cases]
        assert len(set(names)) == len(names)
        assert all(c.get("classname") == report.path for c in cases)
    bundled, failing = suites
    assert bundled.get("failures") == "0"
    failures = failing.findall("testcase/failure")
    assert len(failures) == int(failing.get("failures", "-1")) == 2
    [growth] = [f for f in failures if f.get("type") == "FC201 error"]
    assert "1200亿元 ÷ 1000亿元 − 1 = 20.00%" in (growth.text or "")
    assert len(failing.findall("testcase/skipped")) == 1
    # the unused waiver is a warning: below the default fail level it passes, with its message
    [note] = failing.findall("testcase/system-out")
    assert (note.text or "").startswith("warning: The waiver of FC201 on claim 'auto'")


def test_junit_failures_follow_the_fail_level() -> None:
    root = ET.fromstring(out(Format.JUNIT, run(FAILING), Severity.WARNING))
    assert root.get("failures") == "3"


# --- GitHub annotations ---------------------------------------------------------------------

ANNOTATION = re.compile(
    r"^::(?P<cmd>error|warning|notice) (?P<props>[^:]*)::(?P<msg>.*)$")
PROP = re.compile(r"^(file|line|endLine|col|endColumn|title)=([^,:]*)$")


def unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


def test_github_annotations_grammar_and_escaping() -> None:
    result = run(BUNDLED, FAILING)
    lines = out(Format.GITHUB, result).splitlines()
    *annotations, summary = lines
    assert summary.startswith("factcheck: 2 claims files,")
    seen = set()
    for line in annotations:
        m = ANNOTATION.match(line)
        assert m, line
        props: dict[str, str] = {}
        for part in m["props"].split(","):
            pm = PROP.match(part)
            assert pm, part
            props[pm[1]] = pm[2]
        assert list(props)[:2] == ["file", "line"] and "title" in props
        assert "%" not in m["msg"].replace("%25", "").replace("%0A", "").replace("%0D", "")
        if props["title"] == "factcheck likely culprit":
            assert line.startswith("::notice ")
            continue
        code = unescape(props["title"]).split()[0]
        ids = re.search(r"\((.*)\)$", unescape(props["title"]))
        seen.add((code, tuple(ids.group(1).split(", ")) if ids else ()))
    assert seen == failed(result)
    growth = next(line for line in annotations if "FC201" in line)
    assert growth.startswith(f"::error file={FAILING},line=12,endLine=17,title=FC201 "
                             "growth-arithmetic (output-growth%2C output%2C output-prior)::")
    message = unescape(ANNOTATION.match(growth)["msg"])  # type: ignore[index]
    assert message.splitlines()[1] == "1200亿元 ÷ 1000亿元 − 1 = 20.00% (19.89–20.11%)"


def test_github_escapes_properties() -> None:
    from factcheck.core.errors import Location
    from factcheck.render.github import annotation

    line = annotation("error", Location("a,b:c.yaml", 3, 4, 3, 9), "T: x, y", "50%\r\nnext")
    assert line == "::error file=a%2Cb%3Ac.yaml,line=3,col=4,endColumn=9,title=T%3A x%2C y::50%25%0D%0Anext"


# --- Markdown -------------------------------------------------------------------------------

def test_markdown_table_and_findings() -> None:
    result = run(BUNDLED, FAILING)
    text = out(Format.MARKDOWN, result)
    assert text.startswith("## factcheck\n\n**❌ FAILED** · 2 claims files")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    expected = []
    for report in result.reports:
        os_ = report.outcomes
        n = [sum(o.verdict is Verdict.PASS for o in os_),
             sum(o.verdict is Verdict.ROUNDING for o in os_),
             sum(o.failed and o.severity is not Severity.ERROR and not o.undetermined
                 for o in os_),
             sum(o.failed and o.severity is Severity.ERROR and not o.undetermined for o in os_),
             sum(o.failed and o.undetermined for o in os_),
             sum(o.verdict is Verdict.WAIVED for o in os_)]
        expected.append(f"| `{report.path}` | {len(os_)} | " + " | ".join(map(str, n)) + " |")
    assert rows == expected
    assert rows[1] == f"| `{FAILING}` | 17 | 13 | 0 | 1 | 2 | 0 | 1 |"
    findings_part = text.split("### Likely culprit")[0]
    items = [line for line in findings_part.splitlines() if line.startswith("- ")]
    codes = {re.search(r"\*\*(FC\d+)\*\*", i).group(1) for i in items}  # type: ignore[union-attr]
    assert codes == {code for code, _ in failed(result)} | {"FC102", "FC301"}


# --- all formats ----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", MACHINE)
def test_byte_for_byte_deterministic(fmt: Format) -> None:
    first = out(fmt, run(BUNDLED, FAILING))
    second = out(fmt, run(BUNDLED, FAILING))
    assert first == second
    assert str(ROOT) not in first  # paths are relative


@pytest.mark.parametrize("fmt", MACHINE)
def test_input_errors_appear_in_every_format(fmt: Format, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("article: missing.txt\npublished: 2024-11-05\nclaims: []\n",
                      encoding="utf-8")
    result = run(FAILING, broken)
    assert len(result.errors) == 1 and result.exit_code() == 2
    text = out(fmt, result)
    assert result.errors[0].message in text.replace("%2C", ",") or (
        fmt is Format.JUNIT and "input error" in text)
    if fmt is Format.JSON:
        doc = json.loads(text)
        assert doc["exit_code"] == 2 and doc["errors"][0]["message"] == result.errors[0].message
    if fmt is Format.SARIF:
        invocation = json.loads(text)["runs"][0]["invocations"][0]
        assert invocation["executionSuccessful"] is False
        assert invocation["toolExecutionNotifications"][0]["message"]["text"] == (
            result.errors[0].message)
    if fmt is Format.JUNIT:
        root = ET.fromstring(text)
        assert root.get("errors") == "1"
        assert root.find("testsuite/testcase/error") is not None
