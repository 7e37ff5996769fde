"""The command line through typer's runner: exit codes and one-line errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import BUNDLED_CLAIMS, ROOT
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.app.cli import app
from factcheck.claims.kinds import ClaimKind

runner = CliRunner()

GOOD = """article: article.txt
published: 2024-11-05
claims:
  - id: g
    quote: 增长8.1%
    value: 8.1%
    kind: growth
"""


@pytest.fixture
def case(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text("工业增长8.1%。\n", encoding="utf-8")
    (tmp_path / "ok.yaml").write_text(GOOD, encoding="utf-8")
    return tmp_path


def invoke(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    old = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = runner.invoke(app, list(args))
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    assert invoke("--version")[:2] == (0, f"factcheck {__version__}\n")


def test_run_defaults_to_claims_directory() -> None:
    code, out, err = invoke("run", cwd=ROOT)
    assert code == 0, out + err
    assert "claims/chongqing-manufacturing-2024.yaml" in out
    assert "14 values implied by the figures, not printed: -v lists them" in out
    assert "≈ 6.82万辆" in invoke("run", "-v", cwd=ROOT)[1]
    assert out.rstrip().endswith("→  OK")


def test_run_is_deterministic() -> None:
    first = invoke("run", str(BUNDLED_CLAIMS))[1]
    assert first == invoke("run", str(BUNDLED_CLAIMS))[1]


def test_run_good_file(case: Path) -> None:
    code, out, _ = invoke("run", "ok.yaml", cwd=case)
    assert code == 0
    assert "3 pass" in out


def test_failing_check_exits_1(case: Path) -> None:
    (case / "bad.yaml").write_text(GOOD.replace("value: 8.1%", "value: 8.2%"), encoding="utf-8")
    code, out, _ = invoke("run", "bad.yaml", cwd=case)
    assert code == 1
    assert "The claim records 8.2% but the quote prints 8.1%." in out
    assert invoke("run", "bad.yaml", "--exit-zero", cwd=case)[0] == 0


def test_article_override_checks_a_draft(case: Path) -> None:
    (case / "draft.txt").write_text("工业增长8.2%。\n", encoding="utf-8")
    code, out, _ = invoke("run", "ok.yaml", "--article", "draft.txt", cwd=case)
    assert code == 1
    assert "The quote “增长8.1%” is not in the article" in out


def test_select_and_ignore(case: Path) -> None:
    (case / "bad.yaml").write_text(GOOD.replace("value: 8.1%", "value: 8.2%"), encoding="utf-8")
    assert invoke("run", "bad.yaml", "--ignore", "FC102", cwd=case)[0] == 0
    assert invoke("run", "bad.yaml", "--select", "FC2", cwd=case)[0] == 0
    code, _, err = invoke("run", "bad.yaml", "--select", "FC9", cwd=case)
    assert code == 2 and err == "factcheck: no check code starts with 'FC9'\n"


BAD_INPUTS = [
    ("broken.yaml", "article: [unclosed\n  - : :\n",
     "broken.yaml:2:5: malformed YAML: a list opened with '[' is not closed: ',' or ']' "
     "expected"),
    ("dup.yaml", "article: article.txt\narticle: b.txt\n", "dup.yaml:2:1: duplicate key 'article'"),
    ("unknown.yaml", GOOD.replace("kind: growth", "kind: growth\n    colour: red"),
     "unknown.yaml:8:5: unknown key 'colour' in claims[0]"),
    ("unit.yaml", GOOD.replace("value: 8.1%", "value: 8.1 furlongs"),
     "unit.yaml:6:12: unknown unit 'furlongs'; define a newsroom's own unit in factcheck.toml, "
     "[units] \"furlongs\" = \"counter\" (or \"currency\"), or in [tool.factcheck.units] of "
     "pyproject.toml"),
    ("dupid.yaml", GOOD + "  - id: g\n    quote: 增长8.1%\n    value: 8.1%\n",
     "dupid.yaml:8:9: duplicate claim id 'g' (first used by claims[0])"),
    ("dangling.yaml", GOOD.replace("kind: growth", "kind: growth\n    current: nowhere"),
     "dangling.yaml:8:14: claim 'g' names unknown claim 'nowhere' in 'current'"),
    ("cycle.yaml", GOOD.replace("kind: growth", "part-of: h")
     + "  - id: h\n    quote: 增长8.1%\n    value: 8.1%\n    part-of: g\n",
     "cycle.yaml:4:5: cycle of relations: g → h → g"),
    ("missing.yaml", GOOD.replace("article.txt", "missing.txt"),
     "missing.yaml:1:10: article 'missing.txt' not found"),
    ("empty.yaml", "", "empty.yaml:1:1: empty claims file"),
    ("comment.yaml", "# nothing yet\n", "comment.yaml:1:1: empty claims file"),
    ("kind.yaml", GOOD.replace("kind: growth", "kind: grow"),
     "kind.yaml:7:11: claims[0].kind: must be one of 'amount', 'growth', 'multiple', "
     "'pp-change', 'pp-gap', 'share', 'rate', 'structure', 'rank', 'year', 'span', "
     "'duration', 'target', 'label', 'change', 'difference', 'contribution', "
     "'contribution-rate' or 'ratio'"),
    ("noclaims.yaml", "article: article.txt\npublished: 2024-11-05\n",
     "noclaims.yaml:1:1: missing key 'claims' in document"),
    ("date.yaml", GOOD.replace("2024-11-05", "November"),
     "date.yaml:2:12: published: must be a date written YYYY-MM-DD"),
    ("alias.yaml", "article: &a article.txt\npublished: *a\n",
     "alias.yaml:1:10: YAML anchors (&name) are not allowed in a claims file"),
    ("list.yaml", "- 1\n- 2\n", "list.yaml:1:1: a claims file is a mapping with 'article' and "
     "'claims'"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS,
                         ids=[row[0] for row in BAD_INPUTS])
def test_bad_input_is_one_line_and_exit_2(case: Path, name: str, content: str,
                                          message: str) -> None:
    (case / name).write_text(content, encoding="utf-8")
    code, out, err = invoke("run", name, cwd=case)
    assert (code, err) == (2, message + "\n")
    assert out == ""
    assert "Traceback" not in out + err


def test_article_not_utf8(case: Path) -> None:
    (case / "latin.txt").write_bytes("增长8.1%".encode("gb18030"))
    (case / "latin.yaml").write_text(GOOD.replace("article.txt", "latin.txt"), encoding="utf-8")
    code, _, err = invoke("run", "latin.yaml", cwd=case)
    assert code == 2
    assert err.startswith("latin.txt:1:1: article is not valid UTF-8")
    assert err.count("\n") == 1


def test_missing_claims_file(case: Path) -> None:
    assert invoke("run", "nope.yaml", cwd=case)[::2] == (2, "nope.yaml:1:1: claims file not found\n")


def test_one_broken_file_does_not_hide_the_others(case: Path) -> None:
    (case / "z.yaml").write_text("article: [\n", encoding="utf-8")
    code, out, err = invoke("run", ".", cwd=case)
    assert code == 2
    assert "ok.yaml" in out
    assert err.startswith("z.yaml:2:1: malformed YAML")


def test_schema_is_json_schema_of_the_claims_file() -> None:
    code, out, _ = invoke("schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"article", "published", "claims"}
    # one record model per kind, told apart by 'kind' (amount when a record names none)
    variants = [schema["$defs"][ref["$ref"].rsplit("/", 1)[1]]
                for ref in schema["properties"]["claims"]["items"]["oneOf"]]
    assert [v["properties"]["kind"]["const"] for v in variants] == [k.value for k in ClaimKind]
    amount, growth = variants[0], variants[1]
    assert amount["properties"]["kind"]["default"] == "amount"
    assert "kind" in growth["required"] and "kind" not in amount.get("required", [])
    assert "part-of" in amount["properties"] and "increase" not in amount["properties"]
    assert {"current", "prior", "increase"} <= set(growth["properties"])
    assert "part-of" not in growth["properties"]
    assert all(v["additionalProperties"] is False for v in variants)


def test_rules_and_rule() -> None:
    code, out, _ = invoke("rules")
    assert code == 0
    assert out.splitlines()[0].startswith("FC101  quote-not-found")
    code, out, _ = invoke("rule", "FC201")
    assert code == 0
    assert out.startswith("FC201 growth-arithmetic (error)")
    assert "Why it matters" in out
    code, _, err = invoke("rule", "FC999")
    assert code == 2 and "unknown check 'FC999'" in err


def test_a_defect_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    import factcheck.app.runner
    from factcheck.app.cli import main

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(factcheck.app.runner, "run_paths", broken)
    monkeypatch.setattr(sys, "argv", ["factcheck", "run", str(BUNDLED_CLAIMS)])
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == (
        "factcheck: internal error: RuntimeError: boom "
        "(rerun with FACTCHECK_DEBUG=1 and report it)\n")
