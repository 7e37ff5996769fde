"""Articles kept as Markdown, HTML and Word: read to the text a reader sees, every
position pointing into the file the journalist edits; bad documents are one line, exit 2."""

from __future__ import annotations

import builtins
import io
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.core.errors import InputError, line_index
from factcheck.load.text import read_article

MARKDOWN = """# City budget rises 12%

The city will spend **$4.2 billion** in 2024,
up 12% from $3.75 billion &amp; more.

- Of that, [$1.1 billion](https://example.org/600) goes to schools
- ![chart of 2024](x.png) 26% of the total.

<div width="600">not read 77</div>
"""

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget 2024</title>
<style>body{font-size:12px;width:600px}</style>
<script>var x = 42; window.dataLayer=[{"id":2024}];</script></head>
<body><nav><a href="/">Home</a> | <a href="/p/2">Page 2</a> | 3 new stories</nav>
<main><article><h1>City budget rises 12%</h1>
<p class="lead" data-n="99">The city will spend&nbsp;$4.2 billion in 2024, up 12% from
$3.75 billion &amp; more.</p>
<p>Of that, <b>$1.1 billion</b> goes to schools, <img src="x.png" width="600"> 26%.</p>
<!-- 55 --></article></main><footer>© 2024 Example, 99 Main St</footer></body></html>
"""


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _at(text: str, needle: str) -> tuple[int, int]:
    return line_index(text).position(text.index(needle))


def test_markdown_reads_as_rendered_with_source_positions(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    text = read_article(tmp_path / "a.md", "a.md").text
    assert text.splitlines() == [
        "City budget rises 12%",
        "The city will spend $4.2 billion in 2024, up 12% from $3.75 billion & more.",
        "Of that, $1.1 billion goes to schools",
        "chart of 2024 26% of the total.",
    ]
    assert "600" not in text and "77" not in text and "**" not in text
    assert _at(text, "$4.2") == (3, 23)  # after "**" in the source
    assert _at(text, "$3.75") == (4, 13)
    assert _at(text, "$1.1") == (6, 13)


def test_markdown_soft_break_between_chinese_characters_is_no_space(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("全市工业产值\n增长8.1%。\n", encoding="utf-8")
    text = read_article(tmp_path / "a.md", "a.md").text
    assert text == "全市工业产值增长8.1%。\n"
    assert _at(text, "8.1%") == (2, 3)


def test_html_main_text_without_scripts_styles_attributes_or_navigation(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    text = read_article(tmp_path / "a.html", "a.html").text
    assert text.splitlines() == [
        "City budget rises 12%",
        "The city will spend $4.2 billion in 2024, up 12% from $3.75 billion & more.",
        "Of that, $1.1 billion goes to schools, 26%.",
    ]
    for absent in ("600", "12px", "42", "99", "Home", "55", "utf-8"):
        assert absent not in text
    assert _at(text, "$4.2") == (6, 54)  # after "&nbsp;"
    assert _at(text, "$3.75") == (7, 1)
    assert _at(text, "26%") == (8, 80)


def test_html_entities_decoded_and_positions_after_them(tmp_path: Path) -> None:
    (tmp_path / "a.htm").write_text("<p>A &amp; B &#36;5 &euro;6</p>", encoding="utf-8")
    text = read_article(tmp_path / "a.htm", "a.htm").text
    assert text == "A & B $5 €6\n"
    assert _at(text, "$5") == (1, 14) and _at(text, "€6") == (1, 21)


def test_docx_paragraphs_are_lines_tables_included(tmp_path: Path) -> None:
    data = _docx(["全市工业产值1200亿元。", "", "Spending rose 12%."], [["a", "5%"], ["b", "7%"]])
    (tmp_path / "a.docx").write_bytes(data)
    text = read_article(tmp_path / "a.docx", "a.docx").text
    assert text.split("\n")[:3] == ["全市工业产值1200亿元。", "", "Spending rose 12%."]
    assert _at(text, "12%") == (3, 15)  # paragraph 3, character 15
    assert "5%" in text and "7%" in text


def _claims(tmp_path: Path, article: str, quote: str, value: str) -> Path:
    path = tmp_path / "c.yaml"
    path.write_text(f"article: {article}\npublished: 2024-11-05\nlanguage: en\nclaims:\n"
                    f"  - {{id: spend, quote: '{quote}', value: '{value}', kind: amount,"
                    " measures: city spending in 2024}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "where"), [("a.md", "a.md:3:10)"), ("a.html", "a.html:6:38)")])
def test_run_reports_positions_in_the_source(tmp_path: Path, name: str, where: str) -> None:
    (tmp_path / name).write_text(MARKDOWN if name.endswith(".md") else HTML, encoding="utf-8")
    claims = _claims(tmp_path, name, "will spend $4.2 billion in 2024", "$4.5 billion")
    result = CliRunner().invoke(app, ["run", str(claims), "--no-cache", "-f", "concise"])
    assert result.exit_code == 1, result.output
    assert f"/{where}" in result.stdout


def test_run_word_article_quote_matches_and_passes_value(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(_docx(["Title", "The city will spend $4.2 billion in 2024."]))
    claims = _claims(tmp_path, "a.docx", "will spend $4.2 billion in 2024", "$4.5 billion")
    result = CliRunner().invoke(app, ["run", str(claims), "--no-cache", "-f", "concise"])
    assert result.exit_code == 1 and "a.docx:2:10)" in result.stdout


def test_init_and_auto_read_markdown(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    out = tmp_path / "claims" / "a.yaml"
    result = CliRunner().invoke(app, ["init", str(tmp_path / "a.md"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    drafted = out.read_text(encoding="utf-8")
    assert "**" not in drafted and "600" not in drafted and "$4.2 billion" in drafted
    result = CliRunner().invoke(app, ["run", "--auto", str(tmp_path / "a.md"), "--no-cache",
                                      "-f", "concise"])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output


def test_extract_table_places_mentions_in_the_source(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.html"), "-f", "table"])
    assert result.exit_code == 0, result.output
    assert "6:54" in result.stdout and "600" not in result.stdout


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a.docx", b"PK\x03\x04 not really a zip", "article is a corrupt Word document"),
    ("a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "encrypted Word document"),
    ("a.docx", b"plain words 12%", "article is not a Word document (.docx)"),
    ("a.md", b"<!-- only a comment 12 -->\n", "article holds no text (read as markdown)"),
    ("a.html", b"<script>var a = 1;</script><nav>12</nav>", "article holds no text (read as html)"),
])
def test_bad_documents_are_one_line_exit_2(tmp_path: Path, name: str, data: bytes,
                                           message: str) -> None:
    (tmp_path / name).write_bytes(data)
    for args in (["extract", str(tmp_path / name)], ["init", str(tmp_path / name), "-o",
                                                     str(tmp_path / "o.yaml")]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, result.output
        [line] = result.stderr.splitlines()
        assert message in line and line.startswith(str(tmp_path / name) + ":1:1: ")


def test_a_zip_that_is_not_word_is_corrupt(tmp_path: Path) -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w:document>全市工业产值1200亿元</w:document>")
    (tmp_path / "a.docx").write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match="corrupt Word document"):
        read_article(tmp_path / "a.docx", "a.docx")


@pytest.mark.parametrize(("name", "module", "extra"), [
    ("a.md", "markdown_it", "markdown"), ("a.html", "selectolax.lexbor", "html"),
    ("a.docx", "docx", "docx"),
])
def test_missing_extra_is_one_line_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             name: str, module: str, extra: str) -> None:
    real = builtins.__import__

    def refuse(mod: str, *args: Any, **kwargs: Any) -> Any:
        if mod == module or mod.startswith(module + "."):
            raise ImportError(mod)
        return real(mod, *args, **kwargs)

    data = _docx(["x 1"]) if name.endswith(".docx") else b"<p>x 1</p>"
    (tmp_path / name).write_bytes(data)
    monkeypatch.setattr(builtins, "__import__", refuse)
    with pytest.raises(InputError) as info:
        read_article(tmp_path / name, name)
    assert str(info.value).endswith(f"pip install 'factcheck[{extra}]'")


@pytest.mark.parametrize(("parts", "zh", "en"), [
    (None, "a.docx:1:1: 文章是损坏的 Word 文档（不是存放 Word 文档的 ZIP 压缩包）",
     "a.docx:1:1: article is a corrupt Word document (not a ZIP archive a Word document is "
     "stored in)"),
    ({"[Content_Types].xml": "<x/>"},
     "a.docx:1:1: 文章是损坏的 Word 文档（其各部分的结构不是 Word 文档的结构）",
     "a.docx:1:1: article is a corrupt Word document (its parts are not laid out as a Word "
     "document's)"),
])
def test_why_a_word_document_is_corrupt_is_said_in_the_language(
        tmp_path: Path, parts: dict[str, str] | None, zh: str, en: str) -> None:
    pytest.importorskip("docx")
    import zipfile

    from factcheck.core import i18n

    if parts is None:
        data = b"PK\x03\x04 not really a zip"
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            for name, text in parts.items():
                z.writestr(name, text)
        data = buffer.getvalue()
    (tmp_path / "a.docx").write_bytes(data)
    lines = []
    try:
        for lang in ("zh", "en"):
            i18n.reset(lang)
            with pytest.raises(InputError) as raised:
                read_article(tmp_path / "a.docx", "a.docx")
            lines.append(str(raised.value))
    finally:
        i18n.reset()
    assert lines == [zh, en]
