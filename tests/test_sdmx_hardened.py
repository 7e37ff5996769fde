"""SDMX import on hostile XML: a DTD (external or parameter entities) or an undefined entity
is refused with one line before sdmx1's parser sees the file, whatever lxml does by default
(lxml < 5 resolves external entities; simulated here), and sdmx1's debug dump never reaches
the user."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app

pytest.importorskip("sdmx")

ROOT = Path(__file__).resolve().parent.parent
SDMX = ROOT / "tests" / "fixtures" / "sdmx" / "nbs-industry-generic.xml"
SENDER = "National Bureau of Statistics of China"
DTD = ("the SDMX file declares a DTD (<!DOCTYPE …>), which SDMX messages never need and "
       "through which XML can read other files; it is not read")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.txt").write_text("TOPSECRET", encoding="utf-8")


@pytest.fixture
def old_lxml(monkeypatch: pytest.MonkeyPatch) -> None:
    """sdmx1's parser as it is under lxml < 5.0: external entities resolved."""
    from lxml import etree

    real: Callable[..., Any] = etree.iterparse

    def resolving(source: Any, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("resolve_entities", True)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(etree, "iterparse", resolving)


def _body() -> str:
    """The fixture's message without its XML declaration and leading comment."""
    text = SDMX.read_text(encoding="utf-8")
    return text[text.index("<message:GenericData"):]


def _doc(tmp_path: Path, dtd: str, sender: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + dtd + "\n"
            + _body().replace(SENDER, sender))


def _import(name: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["import-sdmx", name, "t", "--url", "https://example.org/x"])
    return result.exit_code, result.stdout, result.stderr


def _xxe(tmp_path: Path) -> str:
    return _doc(tmp_path, f'<!DOCTYPE message:GenericData [<!ENTITY xxe SYSTEM '
                          f'"file://{tmp_path}/secret.txt">]>', "&xxe;")


def _parameter_entity(tmp_path: Path) -> str:
    return _doc(tmp_path, f'<!DOCTYPE message:GenericData [<!ENTITY % ext SYSTEM '
                          f'"file://{tmp_path}/secret.txt"> %ext;]>', SENDER)


@pytest.mark.usefixtures("old_lxml")
@pytest.mark.parametrize("make", [_xxe, _parameter_entity], ids=["xxe", "parameter-entity"])
def test_a_dtd_is_refused_before_sdmx1_reads_the_file(tmp_path: Path,
                                                       make: Callable[[Path], str]) -> None:
    (tmp_path / "x.xml").write_text(make(tmp_path), encoding="utf-8")
    code, out, err = _import("x.xml")
    assert (code, out, err) == (2, "", f"x.xml:2:1: {DTD}\n")
    assert not (tmp_path / "data").exists()


@pytest.mark.usefixtures("old_lxml")
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_the_hardened_parser_finds_a_dtd_the_byte_scan_misses(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    from factcheck.refs import sdmx_import

    monkeypatch.setattr(sdmx_import, "_DOCTYPE", re.compile(rb"(?!)"))  # scan finds nothing
    text = _xxe(tmp_path).replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"')
    (tmp_path / "x.xml").write_bytes(text.encode(encoding))
    code, out, err = _import("x.xml")
    assert (code, out, err) == (2, "", f"x.xml:1:1: {DTD}\n")
    assert not (tmp_path / "data").exists()


def test_an_undefined_entity_is_refused_at_its_place(tmp_path: Path) -> None:
    text = _doc(tmp_path, "", "&xxe;")
    (tmp_path / "x.xml").write_text(text, encoding="utf-8")
    line = text[:text.index("&xxe;")].count("\n") + 1
    column = text.index("&xxe;") - text.rindex("\n", 0, text.index("&xxe;"))
    code, out, err = _import("x.xml")
    assert (code, out, err) == (
        2, "", f"x.xml:{line}:{column + 5}: not well-formed XML: an entity (&name;) that is "
               "not declared\n")


def test_sdmx1s_debug_dump_never_reaches_the_user(tmp_path: Path,
                                                  capfd: pytest.CaptureFixture[str]) -> None:
    text = SDMX.read_text(encoding="utf-8").replace(
        "<message:Test>true</message:Test>", "<message:Test>true</message:Test><message:Bogus/>")
    (tmp_path / "b.xml").write_text(text, encoding="utf-8")
    code, out, err = _import("b.xml")
    assert code == 2 and out == ""
    assert err == ("b.xml:1:1: not an SDMX data message sdmx1 can read: an element sdmx1 does "
                   "not read: {http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message}Bogus\n")
    assert capfd.readouterr() == ("", "")  # nothing printed past the runner's streams either


def test_a_well_formed_message_still_imports(tmp_path: Path) -> None:
    (tmp_path / "s.xml").write_bytes(SDMX.read_bytes())
    code, out, err = _import("s.xml")
    assert (code, out, err) == (0, "", "wrote data/t.csv (3 rows) and data/t.yaml\n")
    assert "publisher: National Bureau of Statistics of China" in (
        tmp_path / "data" / "t.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("content", "zh", "en"), [
    (b"<a><b></a>", "x.xml:1:11: XML 格式不正确：结束标签与它所关闭的元素不匹配",
     "x.xml:1:11: not well-formed XML: an end tag does not match the element it closes"),
    (b'<a x="1" x="2"/>', "x.xml:1:15: XML 格式不正确：同一元素上的属性给出了两次",
     "x.xml:1:15: not well-formed XML: an attribute given twice on one element"),
    (b"<a>x & y</a>", "x.xml:1:7: XML 格式不正确：缺少名称（单独的 '&' 应写作 &amp;）",
     "x.xml:1:7: not well-formed XML: a name is missing (a bare '&' is written &amp;)"),
    (b"hello, not SDMX", "x.xml:1:1: 不是 sdmx1 能读取的 SDMX 数据消息：内容不是 SDMX-ML、SDMX-JSON 或 "
     "SDMX-CSV 中的任何一种",
     "x.xml:1:1: not an SDMX data message sdmx1 can read: the content is none of SDMX-ML, "
     "SDMX-JSON or SDMX-CSV"),
    (b'{"data": {}}', "x.xml:1:1: 不是 sdmx1 能读取的 SDMX 数据消息：缺少消息所需的部分（'meta'）",
     "x.xml:1:1: not an SDMX data message sdmx1 can read: a part the message needs is missing "
     "('meta')"),
])
def test_why_a_file_is_not_read_is_said_in_the_language(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        content: bytes, zh: str, en: str) -> None:
    pytest.importorskip("sdmx")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.xml").write_bytes(content)
    lines = []
    for lang in ("zh", "en"):
        result = CliRunner().invoke(app, ["--lang", lang, "import-sdmx", "x.xml", "t", "--url",
                                          "https://example.org/x"])
        assert result.exit_code == 2
        lines.append(result.stderr)
    assert lines == [zh + "\n", en + "\n"]
