"""``--format concise``: one line per finding, ``path:line:column: CODE message``, a summary."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.render import Format

ROOT = Path(__file__).resolve().parent.parent
CULPRIT = "tests/fixtures/culprit/claims.yaml"
FAILING = "tests/fixtures/failing/claims.yaml"


def _run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["run", *args, "--no-cache"])
    return result.exit_code, result.stdout.splitlines()


def test_one_line_per_failure_then_the_culprit_and_a_summary(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    code, lines = _run(CULPRIT, "-f", "concise")
    assert code == 1
    assert lines == [
        "tests/fixtures/culprit/claims.yaml:5:5: FC401 The parts (2760.91亿元 + 1500.00亿元 + "
        "793.09亿元) exceed the total 5000.00亿元 by at least 53.98亿元, whatever the rounding. "
        "(article tests/fixtures/culprit/article.txt:1:1)",
        "tests/fixtures/culprit/claims.yaml:5:5: FC402 Sum of the parts: the figures allow "
        "5053.985–5054.015亿元, but the article prints 5000.00亿元; no reading of the rounded "
        "figures closes the gap of 53.980亿元. (article tests/fixtures/culprit/article.txt:1:1)",
        "tests/fixtures/culprit/claims.yaml:21:5: FC301 Share of the whole: the figures allow "
        "55.22%, but the article prints 54.1%; no reading of the rounded figures closes the gap "
        "of 1.07 pp. (article tests/fixtures/culprit/article.txt:2:1)",
        "tests/fixtures/culprit/claims.yaml:9:5: likely culprit: 2760.91亿元 (auto) is the "
        "likely typo: with 2706.91亿元 all 3 failing checks pass",
        "3 failing checks, 0 warnings in 1 claims file (11 passed, 0 waived)",
    ]


def test_warnings_are_marked_and_passes_only_with_show_all(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    _, lines = _run(FAILING, "-f", "concise")
    assert any(" FC105 [warning] The waiver of FC201 on claim 'auto' suppresses nothing"
               in line for line in lines)
    assert not any("[pass]" in line for line in lines)
    assert lines[-1] == "2 failing checks, 1 warning in 1 claims file (13 passed, 1 waived)"
    _, every = _run(FAILING, "-f", "concise", "--show-all")
    assert sum("[pass]" in line for line in every) == 13
    assert any("[waived]" in line for line in every)


def test_input_errors_are_lines_too(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.yaml").write_text("article: missing.txt\npublished: 2024-01-01\n"
                                     "claims: [{id: a, quote: x1, value: '1'}]\n", encoding="utf-8")
    code, lines = _run("c.yaml", "-f", "concise")
    assert code == 2
    assert lines[-1].endswith("; 1 input error")
    assert lines[0].startswith("c.yaml:")


def test_the_culprit_in_every_machine_format(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    sentence = ("likely culprit: 2760.91亿元 (auto) is the likely typo: with 2706.91亿元 "
                "all 3 failing checks pass")
    outputs = {fmt: CliRunner().invoke(app, ["run", CULPRIT, "-f", fmt.value, "--no-cache"]).stdout
               for fmt in (Format.MARKDOWN, Format.GITHUB, Format.JUNIT, Format.SARIF)}
    assert f"### Likely culprit\n\n- `tests/fixtures/culprit/claims.yaml:9:5` {sentence}" \
        in outputs[Format.MARKDOWN]
    assert ("::notice file=tests/fixtures/culprit/claims.yaml,line=9,col=5,endColumn=5,"
            f"title=factcheck likely culprit::{sentence}") in outputs[Format.GITHUB]
    assert f'<property name="likely-culprit" value="{sentence}" />' in outputs[Format.JUNIT]
    sarif = json.loads(outputs[Format.SARIF])["runs"][0]["properties"]["culprits"]
    assert sarif[0]["message"] == sentence and sarif[0]["claimIds"] == ["auto"]


def test_output_docs_show_the_reports_as_printed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(app, ["run", CULPRIT, "-f", "concise", "--no-cache"]).stdout
    docs = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    assert f"$ factcheck run {CULPRIT} --format concise\n{out}```" in docs
    text = CliRunner().invoke(app, ["run", CULPRIT, "-f", "text", "--no-cache"]).stdout
    assert f"$ factcheck run {CULPRIT} --format text\n{text}```" in docs
    passing = CliRunner().invoke(app, ["run", "-f", "text", "--no-cache"]).stdout
    assert f"$ factcheck run --format text\n{passing}```" in docs


def test_readme_shows_the_reports_as_printed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for fmt in ("text", "concise"):
        out = CliRunner().invoke(app, ["run", CULPRIT, "-f", fmt, "--no-cache"]).stdout
        assert f"$ factcheck run {CULPRIT} --format {fmt}\n{out}```" in readme, fmt
