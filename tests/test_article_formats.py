"""An article in a document format, not text: one line naming the format, exit 2."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>全市工业产值1200亿元</w:document>")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("a.txt", _docx_bytes(), "a ZIP archive (a .docx, .odt or .xlsx document?)"),
    ("a.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
    ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "a legacy Office document (.doc)"),
])
def test_document_given_as_text_names_its_format(tmp_path: Path, name: str, data: bytes,
                                                 kind: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "c.yaml").write_text(f"article: {name}\npublished: 2024-11-05\n"
                                     "claims: [{id: a, quote: x1, value: '1'}]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(tmp_path / "c.yaml"), "--no-cache", "-f", "text"])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.endswith(f"{name}:1:1: article is {kind}, not plain text; save it as plain text "
                         "(.txt, UTF-8)")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / name)])
    assert result.exit_code == 2 and kind in result.stderr
