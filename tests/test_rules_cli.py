"""The reference commands (rules, rule, schema), generated docs, and run's CLI behaviour."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.docs import claims_schema, readme_block, rules_markdown
from factcheck.checks import all_rules

ROOT = Path(__file__).resolve().parent.parent
FAILING = "tests/fixtures/failing/claims.yaml"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)


def test_rules_lists_every_declaration() -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [r.code for r in all_rules()]
    assert lines[0].split()[1:3] == ["quote-not-found", "error"]


def test_rules_json_matches_the_registry() -> None:
    data = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert [(d["code"], d["name"], d["severity"], d["summary"]) for d in data] == [
        (r.code, r.name, r.severity.value, r.summary) for r in all_rules()]


def test_rule_by_code_or_name() -> None:
    text = runner.invoke(app, ["rule", "fc105"]).stdout
    assert text.startswith("FC105 unused-waiver (warning)\n\nA claim's waiver")
    assert "What it checks:" in text
    data = json.loads(runner.invoke(app, ["rule", "growth-arithmetic", "-f", "json"]).stdout)
    assert data["code"] == "FC201" and data["doc"].startswith("What it checks:")


def test_unknown_rule_is_a_usage_error() -> None:
    result = runner.invoke(app, ["rule", "FC999"])
    assert result.exit_code == 2
    assert result.stderr == "factcheck: unknown check 'FC999'; see 'factcheck rules'\n"


def test_rules_markdown_is_the_table_of_the_checks_page() -> None:
    text = runner.invoke(app, ["rules", "-f", "markdown"]).stdout
    assert text == rules_markdown(all_rules())
    rows = [line for line in text.splitlines() if line.startswith("| `FC")]
    assert len(rows) == len(all_rules())


def test_the_checks_page_lists_the_declared_checks() -> None:
    page = ROOT / "docs" / "checks.md"
    block = readme_block(page.read_text(encoding="utf-8"))
    assert block is not None, "docs/checks.md lacks <!-- rules:start --> / <!-- rules:end -->"
    assert block == rules_markdown(all_rules()), (
        "regenerate with: python -m factcheck.app.docs --update docs/checks.md")


def test_readme_block_between_markers() -> None:
    assert readme_block("a\n<!-- rules:start -->\n| x |\n<!-- rules:end -->\nb") == "| x |\n"
    assert readme_block("no markers") is None


def test_schema_file_is_current() -> None:
    kept = (ROOT / "schema" / "claims.schema.json").read_text(encoding="utf-8")
    assert kept == claims_schema(), "regenerate with: factcheck schema > schema/claims.schema.json"
    assert runner.invoke(app, ["schema"]).stdout == kept
    assert json.loads(kept)["properties"]["claims"]["type"] == "array"


def test_bundled_claims_file_points_at_the_schema() -> None:
    claims = ROOT / "claims" / "chongqing-manufacturing-2024.yaml"
    first = claims.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/claims.schema.json"
    assert (claims.parent / "../schema/claims.schema.json").resolve().is_file()


# --- run: selection, waivers, exit codes ----------------------------------------------------

def test_prefix_selection_and_unknown_prefix() -> None:
    result = runner.invoke(app, ["run", FAILING, "--select", "FC2", "-f", "json"])
    codes = {f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert codes == {"FC201", "FC202"}
    result = runner.invoke(app, ["run", FAILING, "--ignore", "FC9"])
    assert result.exit_code == 2
    assert result.stderr == "factcheck: no check code starts with 'FC9'\n"


def test_unused_waiver_is_reported_and_used_one_is_not() -> None:
    doc = json.loads(runner.invoke(app, ["run", FAILING, "-f", "json"]).stdout)
    unused = [(f["claim_ids"], f["message"]) for f in doc["files"][0]["findings"]
              if f["code"] == "FC105"]
    assert unused == [(["auto"], "The waiver of FC201 on claim 'auto' suppresses nothing; "
                                 "remove it.")]


def test_exit_codes_fail_level_and_exit_zero(tmp_path: Path) -> None:
    assert runner.invoke(app, ["run", FAILING, "-f", "text"]).exit_code == 1
    assert runner.invoke(app, ["run", FAILING, "-f", "text", "--exit-zero"]).exit_code == 0
    # an unused waiver (FC105) alone is a warning: it fails the run only at --fail-on warning
    (tmp_path / "a.txt").write_text("增长8.1%。", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nclaims:\n  - id: g\n    quote: 增长8.1%\n"
        "    value: 8.1%\n    kind: growth\n    ignore: {FC201: stale waiver}\n", encoding="utf-8")
    claims = str(tmp_path / "c.yaml")
    assert runner.invoke(app, ["run", claims, "-f", "text"]).exit_code == 0
    assert runner.invoke(app, ["run", claims, "--fail-on", "warning", "-f", "text"]).exit_code == 1


def test_statistics_counts_per_code() -> None:
    result = runner.invoke(app, ["run", FAILING, "--statistics", "-f", "json"])
    rows = {r["code"]: r for r in json.loads(result.stdout)}
    assert rows["FC201"] == {"code": "FC201", "name": "growth-arithmetic", "severity": "error",
                             "checks": 1, "pass": 0, "fail": 1, "warning": 0, "undetermined": 0,
                             "waived": 0}
    assert rows["FC301"]["waived"] == 1
    text = runner.invoke(app, ["run", FAILING, "--statistics", "-f", "text"]).stdout
    assert text.splitlines()[0].split() == ["code", "name", "severity", "checks", "pass", "fail",
                                            "warning", "waived", "undetermined"]
    assert "FC201  growth-arithmetic" in text


def test_auto_is_github_in_actions_and_appends_the_summary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = runner.invoke(app, ["run", FAILING])
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=tests/fixtures/failing/claims.yaml,")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## factcheck\n\n**❌ FAILED**")
    assert "**FC201** growth-arithmetic" in text


def test_report_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    result = runner.invoke(app, ["run", FAILING, "-f", "sarif", "-o", str(target)])
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
