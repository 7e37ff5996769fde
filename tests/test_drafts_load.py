"""Figures no int() can hold, ordinals with separators, and drafts that always load
(issue 21, defects 7 and 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.extract import Kind, extract


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert not (result.exception and not isinstance(result.exception, SystemExit)), \
        repr(result.exception)
    return result.exit_code, result.output


@pytest.mark.parametrize("text", [
    "a" + "1" * 4301 + "b",
    "产值" + "1" * 5000 + "元，增长5%。",
    "x " + "9" * 4301 + " 元",
    "增长" + "１" * 5000 + "%",
    "٣" * 5000 + "%",
    "产值" + "1" * 1001 + ".5亿元",
])
def test_a_run_of_thousands_of_digits_is_read_as_digits_not_an_error(
        tmp_path: Path, text: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(text + "\n", encoding="utf-8")
    code, out = _cli("extract", str(article), "-f", "json")
    assert code == 0, out
    assert "internal error" not in out


def test_a_digit_run_beyond_the_figure_limit_is_an_identifier() -> None:
    [m] = [m for m in extract("产值" + "1" * 5000 + "元") if m.text.startswith("1")]
    assert m.kind is Kind.IDENTIFIER and m.value is None and len(m.text) == 5000


@pytest.mark.parametrize(("text", "value"), [
    ("the 80,000th visitor", 80000), ("the 1,000,000th car", 1000000),
    ("the 80 000th visitor", 80000), ("the ８０,０００th visitor", 80000),
])
def test_ordinals_with_separators_are_read(text: str, value: int) -> None:
    [m] = [m for m in extract(text) if m.kind is Kind.ORDINAL]
    assert m.value == value


def _draft(tmp_path: Path, text: str) -> tuple[int, str, Path]:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    target = tmp_path / "d.yaml"
    code, out = _cli("init", str(article), "-o", str(target), "--force",
                     "--published", "2024-11-05")
    return code, out, target


@pytest.mark.parametrize("text", [
    "产值增长\u202e8.1%，利润120亿元，\u2066占比\u2069 30%。\n",
    "当地新建2\u00ad\u2068个智能工厂和一座研发中心。\n当地新建2个智能工厂和一座研发中心。\n",
    "产值" + "1" * 1500 + "元，增长5%。\n",
    "Sales rose 3-fold to 5 million.\n",
    "收入3.3万40000元，增长2%。\n",
    "比重提高1至01個百分點，增长3%。\n",
    "the 80,000th visitor paid $5.\n",
    # a decline word across a control or bidirectional character, which the quote may not take
    "零售額較上年同月下跌\r0.4%，收入120亿元。\n",
    "利润下降\u202e3.5%，产值120亿元。\n",
    "Output fell\u2066 2.5% to 40 million.\n",
])
def test_every_draft_init_writes_loads_and_runs(tmp_path: Path, text: str) -> None:
    code, out, target = _draft(tmp_path, text)
    assert code == 0, out
    draft = yaml.safe_load(target.read_text("utf-8"))
    assert draft["claims"]
    code, out = _cli("run", str(target), "--no-cache", "--format", "concise",
                     "--root", str(tmp_path))
    assert code in (0, 1), out  # 2 would be a draft the claims file refuses


def test_a_figure_init_cannot_draft_becomes_a_waiver_to_review() -> None:
    # the extractor reads every unit init meets today (3-fold became a multiple), so the
    # refusal is shown on the drafted records themselves: a unit the registry does not
    # know, and a kind whose value does not fit it
    from factcheck.app.init_draft import loadable

    text = "Sales rose 3 zorbs to 5 million, a 7% share.\n"
    claims: list[dict[str, object]] = [
        {"id": "zorbs", "quote": "3 zorbs", "value": "3 zorbs", "kind": "amount",
         "drafted-kind": "amount"},
        {"id": "sales", "quote": "5 million", "value": "5 million", "kind": "amount",
         "drafted-kind": "amount"},
        {"id": "share", "quote": "7%", "value": "7%", "kind": "target",
         "drafted-kind": "target"}]
    kept, waivers = loadable(text, claims, [])
    assert [c["id"] for c in kept] == ["sales"]
    assert [w["quote"] for w in waivers] == ["3 zorbs", "7%"]
    assert str(waivers[0]["reason"]).startswith("TODO: factcheck cannot draft a claim for '3 zorbs'")
    assert "(a target claim is a year such as 2027" in str(waivers[1]["reason"])


def test_an_article_with_no_figure_is_refused_with_one_line(tmp_path: Path) -> None:
    code, out, target = _draft(tmp_path, "今天天气很好。\n")
    assert code == 2
    assert out.strip() == (f"{tmp_path / 'a.txt'}:1:1: no figure to draft a claim for "
                           "(a claims file needs one); nothing written")
    assert not target.exists()


def test_a_tens_numeral_inside_a_numeral_is_no_figure_and_no_internal_error() -> None:
    # found by the fuzzer: 廿/卅/卌 lead a numeral (卅一 = 31); inside one (六卅五) they make none
    from factcheck.extract import extract
    from factcheck.languages.zh.numerals import chinese_to_int

    assert chinese_to_int("卅一") == 31
    for text in ("六卅五", "一千卅", "三廿"):
        with pytest.raises(ValueError, match="not a Chinese numeral"):
            chinese_to_int(text)
    mentions = extract("比去年同期的六卅五亿元百四十七點七七")
    assert all("卅" not in m.text or m.value is None for m in mentions)
