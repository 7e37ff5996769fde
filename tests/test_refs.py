"""Reference data: tables with provenance, citations of cells, the FC6xx checks."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from conftest import BUNDLED_CLAIMS, ROOT
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.runner import check_file, run_paths
from factcheck.checks import all_rules
from factcheck.core.errors import InputError
from factcheck.refs import cited_files
from factcheck.refs.model import table_schema
from factcheck.render import Format, RenderOptions, render
from factcheck.report.engine import FileReport
from factcheck.report.findings import Outcome, Severity, Verdict
from factcheck.report.result import RunResult

runner = CliRunner()


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # paths in messages are shown relative to the working directory

ARTICLE = "今年以来，全市规模以上工业增加值同比增长8.1%，高于全国2.3个百分点。\n"
META = """\
title: Industrial production, 2024 Q1–Q3
publisher: Statistics office
url: https://example.org/release
released: 2024-10-18
vintage: first release
keys: [region, period]
columns:
  region: {}
  period: {}
  growth: {unit: "%"}
  level: {unit: 元, multiplier: 亿}
"""
CSV = "region,period,growth,level\n全国,2024Q1-Q3,5.8,100\n本市,2024Q1-Q3,8.13,12\n"
CLAIMS = """\
  - id: growth
    quote: 同比增长8.1%
    value: 8.1%
    kind: growth
    source: {table: t, row: {region: 本市, period: 2024Q1-Q3}, column: growth}
  - id: gap
    quote: 高于全国2.3个百分点
    value: 2.3 pp
    kind: pp-gap
    of: growth
    against: national
"""
REFERENCES = """\
references:
  - id: national
    source: {table: t, row: {region: 全国, period: 2024Q1-Q3}, column: growth}
"""


def project(tmp: Path, *, claims: str = CLAIMS, csv: str | bytes = CSV, meta: str | None = META,
            references: str = REFERENCES, article: str = ARTICLE,
            extra: dict[str, str] | None = None) -> Path:
    (tmp / "article.txt").write_text(article, encoding="utf-8")
    data = tmp / "data"
    data.mkdir(exist_ok=True)
    if isinstance(csv, bytes):
        (data / "t.csv").write_bytes(csv)
    else:
        (data / "t.csv").write_text(csv, encoding="utf-8")
    if meta is not None:
        (data / "t.yaml").write_text(meta, encoding="utf-8")
    for name, text in (extra or {}).items():
        (data / name).write_text(text, encoding="utf-8")
    path = tmp / "claims.yaml"
    path.write_text("article: article.txt\npublished: 2024-11-05\ndata: data\nclaims:\n"
                    + textwrap.dedent(claims) + references, encoding="utf-8")
    return path


def outcomes(path: Path, code: str) -> list[Outcome]:
    report: FileReport = check_file(path, all_rules())
    return [o for o in report.outcomes if o.code == code]


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as info:
        check_file(path, all_rules())
    return str(info.value)


# --- FC601: the printed figure against the cell --------------------------------------------

def test_source_value_inside_the_printed_rounding_passes(tmp_path: Path) -> None:
    [o] = outcomes(project(tmp_path), "FC601")
    assert o.verdict is Verdict.PASS
    assert o.message == ("The source gives 8.13% (table t, row region=本市, period=2024Q1-Q3, "
                         "column growth); the printed 8.1% holds it.")


def test_source_value_outside_the_printed_rounding_fails(tmp_path: Path) -> None:
    claims = CLAIMS.replace("8.1%", "8.2%")
    article = ARTICLE.replace("8.1%", "8.2%")
    [o] = outcomes(project(tmp_path, claims=claims, article=article), "FC601")
    assert o.verdict is Verdict.FAIL
    assert o.message == ("The source gives 8.13% (table t, row region=本市, period=2024Q1-Q3, "
                         "column growth, at data/t.csv:3:14), but claim 'growth' prints 8.2%; "
                         "no reading of the two closes the gap of 0.02 pp.")
    assert o.discrepancy == "0.02 pp"


def test_source_less_precise_than_the_article_is_within_rounding(tmp_path: Path) -> None:
    claims = CLAIMS.replace("8.1%", "8.14%")
    article = ARTICLE.replace("8.1%", "8.14%")
    csv = CSV.replace("8.13", "8.1")
    [o] = outcomes(project(tmp_path, claims=claims, article=article, csv=csv), "FC601")
    assert o.verdict is Verdict.ROUNDING


def test_multiplier_and_unit_of_the_column_apply(tmp_path: Path) -> None:
    claims = CLAIMS + """\
  - id: level
    quote: 规模以上工业
    value: 12亿 元
    source: {table: t, row: {region: 本市, period: 2024Q1-Q3}, column: level}
"""
    [o] = [o for o in outcomes(project(tmp_path, claims=claims), "FC601") if o.claim_ids == ("level",)]
    assert o.verdict is Verdict.PASS and "12亿元" in o.message


# --- FC602: implied values against the cell ------------------------------------------------

def test_implied_national_rate_agrees_with_the_source(tmp_path: Path) -> None:
    [o] = outcomes(project(tmp_path), "FC602")
    assert o.verdict is Verdict.PASS
    assert o.claim_ids == ("gap", "growth")
    assert o.arithmetic == "8.1% − 2.3 pp = 5.8% (5.7–5.9%); source 5.8%"


def test_implied_national_rate_disagreeing_with_the_source_fails(tmp_path: Path) -> None:
    [o] = outcomes(project(tmp_path, csv=CSV.replace("5.8", "6.0")), "FC602")
    assert o.verdict is Verdict.FAIL
    assert o.message == (
        "Reference 'national' (table t, row region=全国, period=2024Q1-Q3, column growth): the "
        "article's figures imply 5.7–5.9% for it, but the source gives 6.0% at data/t.csv:2:14; "
        "claim 'gap' disagrees with the source by 0.05 pp.")


def test_implied_prior_amount_of_a_growth_rate(tmp_path: Path) -> None:
    claims = textwrap.dedent("""\
      - id: level
        quote: 规模以上工业
        value: 13.2亿 元
      - id: growth
        quote: 同比增长8.1%
        value: 10%
        kind: growth
        current: level
        prior: last-year
    """)
    refs = ("references:\n  - id: last-year\n"
            "    source: {table: t, row: {region: 本市, period: 2024Q1-Q3}, column: level}\n")
    [o] = outcomes(project(tmp_path, claims=claims, references=refs), "FC602")
    assert o.verdict is Verdict.PASS, o.message  # 13.2亿 ÷ 1.1 = 12亿


# --- FC603: vintages -----------------------------------------------------------------------

def test_a_newer_vintage_warns_naming_both(tmp_path: Path) -> None:
    newer = (META.replace("released: 2024-10-18", "released: 2025-01-17")
             .replace("first release", "revised") + "revises: t\n")
    path = project(tmp_path, extra={"t-rev.yaml": newer, "t-rev.csv": CSV.replace("8.13", "8.2")})
    found = outcomes(path, "FC603")
    [warned] = [o for o in found if o.claim_ids == ("growth",)]
    assert warned.verdict is Verdict.FAIL and warned.severity is Severity.WARNING
    assert warned.message == (
        "claim 'growth' cites table t, row region=本市, period=2024Q1-Q3, column growth, vintage "
        "'first release' released 2024-10-18; t-rev (revised, released 2025-01-17) revises it "
        "(t → t-rev); the revision gives 8.2% for the same cell (the cited vintage: 8.13%). Cite "
        "the newer table, or keep the old one on purpose with a waiver.")
    result = run_paths([path], all_rules())
    assert result.exit_code() == 0 and result.exit_code(Severity.WARNING) == 1


def test_a_revision_must_be_released_later(tmp_path: Path) -> None:
    newer = META + "revises: t\n"
    path = project(tmp_path, extra={"t-rev.yaml": newer, "t-rev.csv": CSV})
    assert error_of(path) == ("data/t-rev.yaml:12:10: revises 't', released 2024-10-18, but this "
                              "vintage is released 2024-10-18, not later")


# --- FC604, FC605, FC606: what the citation finds -------------------------------------------

@pytest.mark.parametrize(("old", "new", "message"), [
    ("table: t, row: {region: 本市", "table: nope, row: {region: 本市",
     "claim 'growth' cites table nope, row region=本市, period=2024Q1-Q3, column growth: no table "
     "'nope' in data (tables: t)."),
    ("region: 本市", "region: 外省",
     "claim 'growth' cites table t, row region=外省, period=2024Q1-Q3, column growth: no row has "
     "these keys."),
    ("{region: 本市, period: 2024Q1-Q3}", "{region: 本市}",
     "claim 'growth' cites table t, row region=本市, column growth: the row must be named by the "
     "key columns region, period."),
    ("column: growth", "column: speed",
     "claim 'growth' cites table t, row region=本市, period=2024Q1-Q3, column speed: no column "
     "'speed' (columns: region, period, growth, level)."),
])
def test_missing_table_row_or_column_is_a_finding(tmp_path: Path, old: str, new: str,
                                                  message: str) -> None:
    found = outcomes(project(tmp_path, claims=CLAIMS.replace(old, new)), "FC604")
    [o] = [o for o in found if o.claim_ids == ("growth",)]
    assert o.verdict is Verdict.FAIL
    assert o.message == message


def test_unit_mismatch_is_a_finding(tmp_path: Path) -> None:
    claims = CLAIMS.replace("column: growth", "column: level")
    found = outcomes(project(tmp_path, claims=claims), "FC605")
    [o] = [o for o in found if o.claim_ids == ("growth",)]
    assert o.verdict is Verdict.FAIL
    assert o.message.endswith("the column is in yuan (currency_cny) but 8.1% is in percent "
                              "(percent); they cannot be compared.")
    assert not outcomes(project(tmp_path, claims=claims), "FC601")


@pytest.mark.parametrize("cell", ["…", "", "8.1*", "n/a"])
def test_non_numeric_cell_is_a_finding(tmp_path: Path, cell: str) -> None:
    found = outcomes(project(tmp_path, csv=CSV.replace("8.13", cell)), "FC606")
    [o] = [o for o in found if o.claim_ids == ("growth",)]
    assert o.verdict is Verdict.FAIL
    assert o.message.endswith("empty cell." if not cell else f"{cell!r} is not a number.")


# --- bad input: one line, file:line:column, exit 2 ------------------------------------------

@pytest.mark.parametrize(("csv", "expected"), [
    ("region,period,growth,level\n全国,2024Q1-Q3,5.8\n",
     "data/t.csv:2:17: row has 3 fields; the header has 4"),
    ("region,period,growth,level\n全国,2024Q1-Q3,5.8,1,2\n",
     "data/t.csv:2:20: row has 5 fields; the header has 4"),
    ("region,period,growth,level\n全国,2024Q1-Q3,5.8,1\n全国,2024Q1-Q3,5.9,1\n",
     "data/t.csv:3:1: duplicate key (region=全国, period=2024Q1-Q3); first at line 2"),
    ("region,period,growth,level\n全国,,5.8,1\n",
     "data/t.csv:2:4: empty key: column 'period' names the row and must not be empty"),
    ("region,period,growth,speed\n",
     "data/t.csv:1:22: column 'speed' is not declared in data/t.yaml"),
    ("region,period,growth\n", "data/t.csv:1:1: column 'level' declared in data/t.yaml is not "
     "in the header"),
    ("region,period,growth,level\n全国,2024Q1-Q3,5.8,1\n\n本市,2024Q1-Q3,8.1,1\n",
     "data/t.csv:3:1: blank line inside the table"),
    ('region,period,growth,level\n"全国,2024Q1-Q3,5.8,1\n',
     "data/t.csv:2:1: malformed CSV: unexpected end of data"),
    ("region,period,growth,level\n全国,2024Q1-Q3,5.8,1\n".encode() + b"\xff\xfe,x,1,1\n",
     "data/t.csv:3:1: data table is not valid UTF-8 (byte 0xff); save it as UTF-8"),
    ("", "data/t.csv:1:1: data table is empty; it needs a header row"),
])
def test_malformed_table_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                csv: str | bytes, expected: str) -> None:
    path = project(tmp_path, csv=csv)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", path.name, "-f", "text"])
    assert result.exit_code == 2
    assert result.stderr.strip() == expected


@pytest.mark.parametrize(("meta", "expected"), [
    (None, "data/t.csv:1:1: table without provenance: no sidecar t.yaml beside it (title, "
     "publisher, url, released, vintage, keys, columns)"),
    (META.replace("publisher: Statistics office\n", ""),
     "data/t.yaml:1:1: missing key 'publisher' in document"),
    (META.replace("url: https://example.org/release", "url: example.org"),
     "data/t.yaml:3:6: url: must be an address starting http://, https://, urn: or doi:, "
     "without spaces"),
    (META.replace('growth: {unit: "%"}', "growth: {unit: furlongs}"),
     "data/t.yaml:10:18: columns.growth: unknown unit 'furlongs'; define a newsroom's own unit "
     "in factcheck.toml, [units] \"furlongs\" = \"counter\" (or \"currency\"), or in "
     "[tool.factcheck.units] of pyproject.toml"),
    (META.replace("keys: [region, period]", "keys: [region, area]"),
     "data/t.yaml:1:1: document: key 'area' is not one of the columns"),
    (META + "colour: blue\n", "data/t.yaml:12:1: unknown key 'colour' in document; did you mean "
     "'columns'?"),
])
def test_bad_sidecar_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            meta: str | None, expected: str) -> None:
    path = project(tmp_path, meta=meta)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", path.name, "-f", "text"])
    assert result.exit_code == 2
    assert result.stderr.strip() == expected


def test_a_citation_needs_a_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = project(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("data: data\n", ""), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", path.name, "-f", "text"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "claims.yaml:8:11: this claim cites a table, but the claims file names no data folder; "
        "add 'data: PATH' (relative to the claims file)")


def test_a_reference_id_must_not_repeat_a_claim_id(tmp_path: Path) -> None:
    refs = REFERENCES.replace("id: national", "id: growth")
    path = project(tmp_path, references=refs, claims=CLAIMS.replace("against: national",
                                                                    "against: growth"))
    assert error_of(path).endswith("duplicate id 'growth' (a claim or reference already uses it)")


# --- the bundled article -------------------------------------------------------------------

def _bundled_copy(tmp: Path) -> Path:
    for name in ("claims", "seeds", "data"):
        shutil.copytree(ROOT / name, tmp / name)
    return tmp / "claims" / BUNDLED_CLAIMS.name


def test_bundled_national_comparison_is_checked_against_the_release() -> None:
    [report] = run_paths([BUNDLED_CLAIMS], all_rules()).reports
    [o] = [o for o in report.outcomes if o.code == "FC602"]
    assert o.verdict is Verdict.PASS
    assert o.claim_ids == ("industry-growth-gap-national", "industry-growth")
    assert "table nbs-2024q3-industry, row region=全国" in o.message
    passed = {o.claim_ids[0] for o in report.outcomes if o.code == "FC601"
              and o.verdict is Verdict.PASS}
    assert {"industry-growth", "industry-growth-pp-change", "industry-growth-gap-national",
            "seres-sales"} <= passed
    assert not [o for o in report.outcomes if o.code.startswith("FC6") and o.failed]


def test_changing_the_national_rate_in_the_data_file_fails_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = _bundled_copy(tmp_path)
    table = tmp_path / "data" / "nbs-2024q3-industry.csv"
    table.write_text(table.read_text(encoding="utf-8").replace(",5.8\n", ",6.1\n"),
                     encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", "-f", "text"])
    assert result.exit_code == 1, result.stdout
    assert ("FC602 source-implied [fail]  industry-growth-gap-national, industry-growth"
            in result.stdout)
    out = " ".join(result.stdout.split())
    assert "table nbs-2024q3-industry, row region=全国, indicator=规模以上工业增加值" in out
    assert "claim 'industry-growth-gap-national' disagrees with the source by 0.15 pp" in out
    assert claims.is_file()


def test_changing_chongqings_rate_in_the_data_file_fails_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bundled_copy(tmp_path)
    table = tmp_path / "data" / "cq-2024q3-industry.csv"
    table.write_text(table.read_text(encoding="utf-8").replace(",8.1,", ",8.3,"),
                     encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", "-f", "text"])
    assert result.exit_code == 1
    out = " ".join(result.stdout.split())
    assert ("The source gives 8.3% (table cq-2024q3-industry, row region=重庆, "
            "indicator=规模以上工业增加值, period=2024Q1-Q3, column growth, at "
            "data/cq-2024q3-industry.csv:2:24), but claim 'industry-growth' prints 8.1%") in out


@pytest.mark.parametrize("fmt", [f for f in Format if f is not Format.AUTO])
def test_every_format_carries_the_reference_checks(tmp_path: Path, fmt: Format) -> None:
    claims = _bundled_copy(tmp_path)
    table = tmp_path / "data" / "cq-2024q3-industry.csv"
    table.write_text(table.read_text(encoding="utf-8").replace(",8.1,", ",8.3,"),
                     encoding="utf-8")
    result: RunResult = run_paths([claims], all_rules())
    text = render(fmt, result, RenderOptions(show_all=True))
    assert "FC601" in text
    if fmt in (Format.JSON, Format.SARIF, Format.JUNIT, Format.HTML, Format.TEXT, Format.RICH):
        assert "FC602" in text  # formats that list passes carry the passing check too


def test_cited_files_lists_what_a_result_depends_on() -> None:
    files = [p.relative_to(ROOT).as_posix() for p in cited_files(BUNDLED_CLAIMS)]
    assert files == ["data/cq-2024q3-industry.csv", "data/cq-2024q3-industry.yaml",
                     "data/cq-2024q3-nev.csv", "data/cq-2024q3-nev.yaml",
                     "data/nbs-2024q3-industry.csv", "data/nbs-2024q3-industry.yaml"]


def test_table_schema_file_is_current() -> None:
    kept = (ROOT / "schema" / "table.schema.json").read_text(encoding="utf-8")
    assert kept == table_schema(), "regenerate with: factcheck schema --table > schema/table.schema.json"
    assert runner.invoke(app, ["schema", "--table"]).stdout == kept


def test_bundled_tables_point_at_the_schema() -> None:
    for sidecar in sorted((ROOT / "data").glob("*.yaml")):
        first = sidecar.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/table.schema.json"


# --- the result cache sees the data files -------------------------------------------------

@pytest.fixture
def cached(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.app import cache

    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.setattr(cache, "ARGV", None)


def test_a_changed_table_is_checked_again_despite_the_cache(tmp_path: Path, cached: None) -> None:
    path = project(tmp_path)
    assert runner.invoke(app, ["run", path.name, "-f", "text"]).exit_code == 0
    (tmp_path / "data" / "t.csv").write_text(CSV.replace("8.13", "8.3"), encoding="utf-8")
    result = runner.invoke(app, ["run", path.name, "-f", "text"])
    assert result.exit_code == 1 and "FC601 source-value [fail]" in result.stdout


def test_a_new_vintage_in_the_data_folder_is_seen_despite_the_cache(tmp_path: Path,
                                                                    cached: None) -> None:
    path = project(tmp_path)
    assert runner.invoke(app, ["run", path.name, "-f", "text"]).exit_code == 0
    newer = (META.replace("released: 2024-10-18", "released: 2025-01-17")
             .replace("first release", "revised") + "revises: t\n")
    (tmp_path / "data" / "t-rev.yaml").write_text(newer, encoding="utf-8")
    (tmp_path / "data" / "t-rev.csv").write_text(CSV, encoding="utf-8")
    result = runner.invoke(app, ["run", path.name, "-f", "text"])
    assert "FC603 source-revised [warning]" in result.stdout


# --- CI gating: a changed table re-checks the claims citing it ------------------------------

def test_run_on_a_data_file_checks_every_claims_file_citing_it(tmp_path: Path) -> None:
    _bundled_copy(tmp_path)
    other = tmp_path / "claims" / "other.yaml"  # cites nothing: not checked for a table
    other.write_text("article: ../seeds/chongqing-manufacturing-2024.txt\npublished: 2024-11-05\n"
                     "claims:\n  - id: x\n    quote: 8.1%\n    value: 8.1%\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "data/nbs-2024q3-industry.csv", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert '"claims/chongqing-manufacturing-2024.yaml"' in result.stdout
    assert "other.yaml" not in result.stdout
    table = tmp_path / "data" / "nbs-2024q3-industry.csv"
    table.write_text(table.read_text(encoding="utf-8").replace(",5.8\n", ",6.1\n"), encoding="utf-8")
    assert runner.invoke(app, ["run", "data/nbs-2024q3-industry.csv", "-f", "text"]).exit_code == 1


def test_run_on_a_table_nobody_cites_checks_nothing(tmp_path: Path) -> None:
    _bundled_copy(tmp_path)
    (tmp_path / "data" / "spare.csv").write_text("a\n1\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "data/spare.csv"])
    assert result.exit_code == 0
    assert result.stderr == "factcheck: no claims file cites data/spare.csv\n"


def test_refs_lists_the_claims_citing_a_table(tmp_path: Path) -> None:
    _bundled_copy(tmp_path)
    by_name = runner.invoke(app, ["refs", "cq-2024q3-industry"])
    by_path = runner.invoke(app, ["refs", "data/cq-2024q3-industry.csv"])
    assert by_name.exit_code == 0 and by_name.stdout == by_path.stdout
    lines = by_name.stdout.splitlines()
    assert [line.split(": ", 1)[1].split(" cites")[0] for line in lines] == [
        "claim industry-growth", "claim industry-growth-pp-change",
        "claim industry-growth-gap-national"]
    assert lines[0] == ("claims/chongqing-manufacturing-2024.yaml:15:5: claim industry-growth "
                        "cites cq-2024q3-industry, row region=重庆, indicator=规模以上工业增加值, "
                        "period=2024Q1-Q3, column growth")
    national = runner.invoke(app, ["refs", "nbs-2024q3-industry", "-f", "json"])
    assert '"id": "national-industry-growth"' in national.stdout
    none = runner.invoke(app, ["refs", "nope"])
    assert none.exit_code == 0 and none.stdout == ""
    assert none.stderr == "factcheck: no claims file cites nope\n"


def _workflow_script() -> str:
    import yaml

    doc = yaml.safe_load((ROOT / "docs" / "github-workflow.yml").read_text(encoding="utf-8"))
    triggers = doc[True]  # YAML 1.1 reads the key `on` as true
    for event in ("push", "pull_request"):
        assert "data/**" in triggers[event]["paths"]
    [step] = [s for s in doc["jobs"]["factcheck"]["steps"] if s.get("name") == "Check the claims"]
    return str(step["run"])


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_workflow_gates_a_pull_request_on_a_changed_table(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    _bundled_copy(tmp_path)

    def git(*args: str) -> str:
        return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                               *args], cwd=tmp_path, check=True, capture_output=True,
                              text=True).stdout

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "base")
    base = git("rev-parse", "HEAD").strip()
    table = tmp_path / "data" / "nbs-2024q3-industry.csv"
    table.write_text(table.read_text(encoding="utf-8").replace(",5.8\n", ",6.1\n"), encoding="utf-8")
    git("commit", "-qam", "a revised national rate")
    env = {**os.environ, "BASE": base, "NO_COLOR": "1", "FACTCHECK_NO_CACHE": "1",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run(["bash", "-e", "-c", _workflow_script()], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 123, done.stdout + done.stderr  # xargs: factcheck exited 1
    assert "FC602 source-implied [fail]" in done.stdout
    git("revert", "--no-edit", "HEAD")
    (tmp_path / "claims" / "notes.txt").write_text("x", encoding="utf-8")
    done = subprocess.run(["bash", "-e", "-c", _workflow_script()], cwd=tmp_path,
                          env={**env, "BASE": git("rev-parse", "HEAD").strip()},
                          capture_output=True, text=True)
    assert done.returncode == 0 and "no claims or reference data changed" in done.stdout


# --- SDMX import (the optional extra sdmx1), on files the project writes itself -----------

SDMX = ROOT / "tests" / "fixtures" / "sdmx" / "nbs-industry-generic.xml"


def _import(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["import-sdmx", *args])
    return result.exit_code, result.stderr


def test_sdmx_import_writes_a_table_that_claims_can_cite(tmp_path: Path) -> None:
    pytest.importorskip("sdmx")
    code, err = _import(str(SDMX), "nbs-iva", "--url", "https://example.org/iva")
    assert code == 0, err
    assert err == "wrote data/nbs-iva.csv (3 rows) and data/nbs-iva.yaml\n"
    assert (tmp_path / "data" / "nbs-iva.csv").read_text(encoding="utf-8") == (
        "REF_AREA,INDICATOR,TIME_PERIOD,value,OBS_STATUS\n"
        "CN,IVA_ABOVE_SIZE,2023-Q1-Q3,4.0,\n"
        "CN,IVA_ABOVE_SIZE,2024-Q1-Q3,5.8,\n"
        "CN_CQ,IVA_ABOVE_SIZE,2024-Q1-Q3,8.1,p\n")
    sidecar = (tmp_path / "data" / "nbs-iva.yaml").read_text(encoding="utf-8")
    for line in ("publisher: National Bureau of Statistics of China", "released: 2024-10-18",
                 "url: https://example.org/iva", "title: IVA2024Q3", "    unit: '%'"):
        assert line in sidecar.splitlines()
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        ("article: article.txt\npublished: 2024-11-05\ndata: data\nclaims:\n" + CLAIMS.replace(
            "table: t, row: {region: 本市, period: 2024Q1-Q3}",
            "table: nbs-iva, row: {REF_AREA: CN_CQ, INDICATOR: IVA_ABOVE_SIZE, TIME_PERIOD: 2024-Q1-Q3}")
         + REFERENCES.replace("table: t, row: {region: 全国, period: 2024Q1-Q3}",
                              "table: nbs-iva, row: {REF_AREA: CN, INDICATOR: IVA_ABOVE_SIZE, "
                              "TIME_PERIOD: 2024-Q1-Q3}")).replace("column: growth", "column: value"),
        encoding="utf-8")
    result = runner.invoke(app, ["run", "claims.yaml", "-f", "json"])
    assert result.exit_code == 0, result.stdout
    assert '"code": "FC602"' in result.stdout and '"code": "FC601"' in result.stdout
    # the same command again refuses to overwrite; --force writes the same bytes
    assert _import(str(SDMX), "nbs-iva", "--url", "https://example.org/iva") == (
        2, "data/nbs-iva.csv:1:1: already exists; pass --force to overwrite it\n")
    before = (tmp_path / "data" / "nbs-iva.yaml").read_bytes()
    assert _import(str(SDMX), "nbs-iva", "--url", "https://example.org/iva", "--force")[0] == 0
    assert (tmp_path / "data" / "nbs-iva.yaml").read_bytes() == before


@pytest.mark.parametrize(("change", "expected"), [
    (lambda x: x.replace('"UNIT_MEASURE" value="PC"/>\n        <generic:Value id="UNIT_MULT" '
                         'value="0"/>\n      </generic:Attributes>\n      <generic:Obs>\n        '
                         '<generic:ObsDimension value="2024-Q1-Q3"/>\n        <generic:ObsValue '
                         'value="8.1"/>', '"UNIT_MEASURE" value="IX"/>\n        <generic:Value '
                         'id="UNIT_MULT" value="0"/>\n      </generic:Attributes>\n      '
                         '<generic:Obs>\n        <generic:ObsDimension value="2024-Q1-Q3"/>\n'
                         '        <generic:ObsValue value="8.1"/>'),
     "s.xml:1:1: observations have several UNIT_MEASURE values (IX, PC); import one at a time"),
    (lambda x: x.replace('value="PC"', 'value="KG"'),
     "s.xml:1:1: UNIT_MEASURE 'KG' has no factcheck equivalent (pass --unit)"),
    (lambda x: x.replace("<message:Prepared>2024-10-18T10:00:00</message:Prepared>", ""),
     "s.xml:1:1: the SDMX header gives no release date; pass --released"),
    (lambda x: "not xml at all {", None),
])
def test_sdmx_import_refuses_what_it_cannot_convert(tmp_path: Path, change: object,
                                                    expected: str | None) -> None:
    pytest.importorskip("sdmx")
    assert callable(change)
    (tmp_path / "s.xml").write_text(change(SDMX.read_text(encoding="utf-8")), encoding="utf-8")
    code, err = _import("s.xml", "t", "--url", "https://example.org/x")
    assert code == 2
    if expected is None:
        assert err.startswith("s.xml:1:1: not an SDMX data message sdmx1 can read")
        assert err.count("\n") == 1
    else:
        assert err == expected + "\n"
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(("csv", "expected"), [
    ('"region",period,growth,level\n全国,2024Q1-Q3,5.8\n',
     "data/t.csv:2:17: row has 3 fields; the header has 4"),
    ('"region",period,growth,level\n全国,2024Q1-Q3,5.8,1\n全国,2024Q1-Q3,5.9,1\n',
     "data/t.csv:3:1: duplicate key (region=全国, period=2024Q1-Q3); first at line 2"),
    ('"region",period,growth,level\n全国,,5.8,1\n',
     "data/t.csv:2:4: empty key: column 'period' names the row and must not be empty"),
    ('"region",period,growth,level\r\n"全\n国",2024Q1-Q3,5.8,1\r\n"本市",,5.8,1\r\n',
     "data/t.csv:4:6: empty key: column 'period' names the row and must not be empty"),
])
def test_quoted_tables_read_by_the_csv_module_give_the_same_errors(csv: str, expected: str) -> None:
    result = runner.invoke(app, ["run", project(Path.cwd(), csv=csv).name, "-f", "text"])
    assert result.exit_code == 2
    assert result.stderr.strip() == expected


def test_a_quoted_table_is_cited_like_a_plain_one(tmp_path: Path) -> None:
    csv = ('region,period,growth,"level"\r\n全国,2024Q1-Q3,5.8,"1,000"\r\n'
           '"本\n市",2024Q1-Q3,8.13,12\r\n本市,2024Q1-Q3,8.13,12\r\n')
    [o] = outcomes(project(tmp_path, csv=csv), "FC601")
    assert o.verdict is Verdict.PASS
    [found] = [o for o in outcomes(project(tmp_path, csv=csv), "FC604") if o.claim_ids == ("growth",)]
    assert found.message.endswith("found at data/t.csv:5:14.")


def test_a_table_with_a_header_only_has_no_rows(tmp_path: Path) -> None:
    found = outcomes(project(tmp_path, csv="region,period,growth,level\n"), "FC604")
    assert [o.message.rsplit(": ", 1)[1] for o in found] == ["no row has these keys."] * 2


@pytest.mark.parametrize(("row", "column"), [(",2024Q1-Q3,5.8,1", 1), ("全国,,5.8,1", 4)])
def test_an_empty_key_in_a_later_row_is_found(tmp_path: Path, row: str, column: int) -> None:
    csv = CSV + row + "\n"
    assert error_of(project(tmp_path, csv=csv)) == (
        f"data/t.csv:4:{column}: empty key: column {'region' if column == 1 else 'period'!r} "
        "names the row and must not be empty")


# --- .xlsx tables (optional extra factcheck[xlsx]) -------------------------------------------

def _workbook(path: Path, rows: list[list[object]]) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


def _xlsx_project(tmp: Path, national: float) -> Path:
    path = project(tmp)
    (tmp / "data" / "t.csv").unlink()
    _workbook(tmp / "data" / "t.xlsx", [["region", "period", "growth", "level"],
                                        ["全国", "2024Q1-Q3", national, 100],
                                        ["本市", "2024Q1-Q3", 8.13, 12]])
    return path


def test_an_xlsx_table_is_cited_like_a_csv_one(tmp_path: Path) -> None:
    path = _xlsx_project(tmp_path, 5.8)
    assert [o.verdict for o in outcomes(path, "FC601")] == [Verdict.PASS]
    assert [o.verdict for o in outcomes(path, "FC602")] == [Verdict.PASS]


def test_a_changed_xlsx_cell_fails_naming_its_row_and_column(tmp_path: Path) -> None:
    [o] = outcomes(_xlsx_project(tmp_path, 6.1), "FC602")
    assert o.verdict is Verdict.FAIL
    assert "at data/t.xlsx:2:3" in o.message


def test_a_damaged_xlsx_is_one_line(tmp_path: Path) -> None:
    path = project(tmp_path)
    (tmp_path / "data" / "t.csv").unlink()
    (tmp_path / "data" / "t.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    assert error_of(path) == "data/t.xlsx:1:1: not a readable .xlsx workbook (BadZipFile)"


def test_a_reference_where_its_value_cannot_be_checked_fails_rather_than_passing(
        tmp_path: Path) -> None:
    claims = CLAIMS.replace("    against: national\n", "    against: local\n") + """\
  - id: level-gap
    quote: 高于全国2.3个百分点
    value: 2.3 pp
    kind: difference
    left: growth
    right: national
"""
    references = REFERENCES + """\
  - id: local
    source: {table: t, row: {region: 本市, period: 2024Q1-Q3}, column: growth}
"""
    found = outcomes(project(tmp_path, claims=claims, references=references), "FC602")
    unchecked = [o for o in found if o.claim_ids == ("level-gap",)]
    assert [o.verdict for o in unchecked] == [Verdict.FAIL]
    assert unchecked[0].message.startswith(
        "Reference 'national' (table t, row region=全国, period=2024Q1-Q3, column growth) is the "
        "'right' member of a difference relation, where its value cannot be checked")
