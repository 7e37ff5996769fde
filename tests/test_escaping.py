"""User text reaches CI formats and terminals only through one escaper per format, and
control characters never reach them at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.core.errors import InputError, Location, visible
from factcheck.render.markdown import code_span, escape

HOSTILE = [
    "``<img src=x onerror=alert(1)>``",
    "`` <h2>✅ OK — all figures verified</h2> ``",
    "a | b | c",
    "[link](http://evil.example)",
    "```\n## spoof\n```",
    "\x1b]0;pwned\x07\x1b[2J",
    "line\n::warning file=x::spoof\n::stop-commands::t",
    "\u202eevil\u202c",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_code_span_cannot_be_closed_from_inside(text: str) -> None:
    span = code_span(text)
    fence = span[: len(span) - len(span.lstrip("`"))]
    body = span[len(fence):-len(fence)]
    assert span.endswith(fence) and fence not in body
    assert "\n" not in span and "\x1b" not in span and "|" not in body.replace("\\|", "")


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_markdown_has_no_markup(text: str) -> None:
    out = escape(text)
    assert "\n" not in out and "\x1b" not in out
    for ch in "<>[]|`":
        assert out.count(ch) == out.count("\\" + ch)


@pytest.mark.parametrize("text", HOSTILE)
def test_an_input_error_is_one_visible_line(text: str) -> None:
    line = str(InputError(Location(f"claims/{text}.yaml"), f"value {text!r}"))
    assert "\n" not in line and "\r" not in line and "\x1b" not in line and "\u202e" not in line
    assert visible("\x1b[2J") == "\\x1b[2J"


def _case(tmp_path: Path, article: str, quote: str = "产值达到120亿元") -> None:
    (tmp_path / "article.txt").write_text(article, encoding="utf-8", newline="")
    (tmp_path / "c.yaml").write_text(f"""article: article.txt
published: 2024-11-05
claims:
  - id: total
    quote: "{quote}"
    value: 120亿 元
""", encoding="utf-8")


def _run(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("ch", ["\x1b", "\x07", "\x08", "\x7f", "\x9b", "\x0b", "\x0c"])
def test_an_article_with_terminal_controls_is_refused_by_every_command(tmp_path: Path,
                                                                       ch: str) -> None:
    _case(tmp_path, f"今年工业产值达到120亿元{ch}[2J。\n")
    expected = (f"article.txt:1:14: article contains the control character U+{ord(ch):04X}, "
                "which a terminal or CI log would act on; remove it")
    for args in (["run", "c.yaml", "-f", "text"], ["run", "c.yaml", "-f", "github"],
                 ["extract", "article.txt"], ["init", "article.txt", "-o", "d.yaml"],
                 ["run", "--auto", "article.txt"]):
        code, out, err = _run(tmp_path, *args)
        assert (code, err.splitlines()) == (2, [expected]), args
        assert ch not in out


def test_a_yaml_escape_cannot_smuggle_a_control_character(tmp_path: Path) -> None:
    _case(tmp_path, "今年工业产值达到120亿元。\n")
    path = tmp_path / "c.yaml"
    path.write_text(path.read_text(encoding="utf-8") + '    measures: "\\e]0;pwned\\a"\n',
                    encoding="utf-8")
    code, _, err = _run(tmp_path, "run", "c.yaml", "-f", "markdown")
    assert (code, err.splitlines()) == (2, [
        "c.yaml:7:15: control character U+001B in a value (a terminal or CI log would act on "
        "it); remove it"])


def test_a_file_name_cannot_start_a_workflow_command(tmp_path: Path) -> None:
    _case(tmp_path, "今年工业产值达到120亿元。\n")
    evil = "x\n::warning file=a::spoofed.yaml"
    (tmp_path / evil).write_text((tmp_path / "c.yaml").read_text(encoding="utf-8"))
    code, out, err = _run(tmp_path, "run", evil, "-f", "github")
    assert code == 2
    assert err.splitlines() == ["x\\x0a::warning file=a::spoofed.yaml:1:1: claims file path "
                                "contains control characters: 'x\\n::warning file=a::spoofed.yaml'"]
    assert "\n::warning" not in out


def test_markdown_and_junit_carry_a_hostile_file_name_inertly(tmp_path: Path) -> None:
    _case(tmp_path, "今年工业产值达到120亿元。\n")
    name = "a``<h2>OK<h2>``|b.yaml"
    (tmp_path / name).write_text((tmp_path / "c.yaml").read_text(encoding="utf-8"))
    code, out, _ = _run(tmp_path, "run", name, "-f", "markdown")
    assert code == 0
    assert "| ```a``<h2>OK<h2>``\\|b.yaml``` |" in out
    code, out, _ = _run(tmp_path, "run", name, "-f", "junit")
    import xml.etree.ElementTree as ET

    assert code == 0 and ET.fromstring(out).find("testsuite") is not None


# --- bidirectional controls and other invisible characters, in every CI format ------------

INVISIBLE = ("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
             "\u200b\u200c\u200d\u2060\ufeff")
BIDI_ARTICLE = ("今年工业产值\u200b达到120亿元。\u202e利润\u2066增长5%\u2069。\u061c投资增长3%。"
                "人口\u200d增加\u2067200\u2069人。\n")
BIDI_CLAIMS = """article: article.txt
published: 2024-11-05
claims:
  - id: total
    quote: "产值\\u200b达到120亿元"
    value: 130亿 元
    measures: "工业\\u202e产值\\u2068"
    ignore: {FC102: "not ours \\u202eevil\\u202c"}
waivers:
  - quote: "投资增长3%"
    reason: "a \\u2066year\\u2069"
"""


def _bidi_case(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(BIDI_ARTICLE, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(BIDI_CLAIMS, encoding="utf-8")


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


@pytest.mark.parametrize("fmt", ["github", "text", "rich", "concise", "markdown", "json",
                                 "sarif", "junit"])
def test_invisible_characters_from_the_files_are_written_out(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             fmt: str) -> None:
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    _bidi_case(tmp_path)
    # the terminal report shows quotes and waivers in full (-v)
    full = ["-v"] if fmt in ("text", "rich") else []
    code, out, err = _run(tmp_path, "run", "c.yaml", "-f", fmt, *full)
    assert code == 1, err
    assert [ch for ch in INVISIBLE if ch in out] == []
    # written out, not dropped: the uncovered figure's sentence holds U+2066 and U+2069
    assert "\\u2066增长5%" in out.replace("%25", "%")
    if fmt in ("text", "rich", "github", "concise", "junit"):
        assert "\\u2067200\\u2069" in out.replace("%25", "%")
    if fmt in ("text", "rich"):
        assert "“产值\\u200b达到120亿元”" in out  # the claim's quote
        assert "waived: not ours \\u202eevil\\u202c" in out
    if fmt == "json":
        import json

        doc = json.loads(out)
        texts = _strings(doc)
        assert [t for t in texts if any(ch in t for ch in INVISIBLE)] == []
        assert any(t.endswith("人口\\u200d增加\\u2067200\\u2069人。") for t in texts)
        [waived] = [f for file in doc["files"] for f in file["findings"]
                    if f["verdict"] == "waived"]
        assert waived["waiver_reason"] == "not ours \\u202eevil\\u202c"
    if fmt == "sarif":
        import json

        doc = json.loads(out)
        assert [t for t in _strings(doc) if any(ch in t for ch in INVISIBLE)] == []
        [suppressed] = [r for r in doc["runs"][0]["results"] if "suppressions" in r]
        assert suppressed["suppressions"][0]["justification"] == "not ours \\u202eevil\\u202c"
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        root = ET.fromstring(out)
        texts = [t for e in root.iter() for t in (e.text or "", *e.attrib.values())]
        assert [t for t in texts if any(ch in t for ch in INVISIBLE)] == []
        [skipped] = root.iter("skipped")
        assert skipped.get("message") == "waived: not ours \\u202eevil\\u202c"


def test_an_input_error_writes_out_invisible_characters(tmp_path: Path) -> None:
    _bidi_case(tmp_path)
    bad = BIDI_CLAIMS.replace("value: 130亿 元", "value: 130亿 \u200b元\u202e")
    (tmp_path / "c.yaml").write_text(bad, encoding="utf-8")
    for fmt in ("text", "github", "concise", "json", "sarif", "junit"):
        code, out, err = _run(tmp_path, "run", "c.yaml", "-f", fmt)
        assert code == 2
        assert [ch for ch in INVISIBLE if ch in out + err] == [], fmt


def test_visible_writes_out_every_format_character() -> None:
    import sys
    import unicodedata

    every = [chr(c) for c in range(sys.maxunicode + 1)
             if unicodedata.category(chr(c)) in ("Cc", "Cf", "Zl", "Zp")]
    assert [ch for ch in every if visible(ch) == ch] == []
    assert visible("\u202eab\u2066", lines=True) == "\\u202eab\\u2066"
    assert visible("a\nb\tc\U000e0041") == "a\\x0ab\\x09c\\U000e0041"
    assert visible("a\nb\tc", lines=True) == "a\nb\tc"
    assert visible("今年\u3000增长 8%") == "今年\u3000增长 8%"  # spaces are not hidden
