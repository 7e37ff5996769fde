"""Check messages, the culprit sentence and loaders' input errors in Chinese: failing cases
run with ``--lang zh`` print the exact Chinese message, the numbers as the check wrote them;
the same runs in English print the English text unchanged; and every message a rule case
produces is in the catalogue (nothing left in English by accident)."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.runner import check_file
from factcheck.checks import all_rules
from factcheck.core import i18n
from factcheck.core.i18n import Message

FIXTURES = Path(__file__).parent / "fixtures"

ARTICLE = "汽车产量121.42万辆，其中新能源汽车139.1万辆。失业率为6.4%，低于上月的6.2%。利润下降135.2%。\n"
CLAIMS = """article: a.txt
published: 2024-11-05
claims:
  - {id: cars, quote: 汽车产量121.42万辆, value: 121.42万 辆, measures: 汽车产量}
  - {id: ev, quote: 其中新能源汽车139.1万辆, value: 139.1万 辆, part-of: cars, measures: 新能源汽车产量}
  - {id: before, quote: 上月的6.2%, value: 6.2%, kind: rate, measures: 上月失业率}
  - {id: now, quote: 失业率为6.4%, value: 6.4%, kind: rate, prior: before, direction: down, measures: 失业率}
  - {id: fall, quote: 利润下降135.2%, value: -135.2%, kind: growth, measures: "TODO: what is measured"}
"""


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.reset()


def _project(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(CLAIMS, encoding="utf-8")
    return tmp_path / "c.yaml"


def _run(lang: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--lang", lang, "run", *args, "--no-cache"])
    return result.exit_code, result.stdout, result.stderr


def _failures(lang: str, claims: Path) -> tuple[dict[str, str], dict[str, object] | None]:
    code, out, _ = _run(lang, str(claims), "-f", "json")
    assert code == 1, out
    data = json.loads(out)["files"][0]
    return ({f["code"]: f["message"] for f in data["findings"] if f["verdict"] == "fail"},
            data["culprit"])


def test_failing_checks_in_chinese_with_the_numbers_of_the_check(tmp_path: Path) -> None:
    zh, _ = _failures("zh", _project(tmp_path))
    assert zh == {
        "FC401": "无论如何舍入，各部分（139.1万辆）都比总量 121.42万辆 至少多 17.63万辆。",
        "FC208": "文中称其下降，但无论如何舍入，数字都与之不符（6.4% − 6.2% = 0.20 pp）。",
        "FC202": "-135.2% 意味着下降超过 100%，这不可能。",
        "FC106": "声明 'fall' 是未审阅的草稿：measures 为“TODO: what is measured”；"
                 "请运行 factcheck review 接受、编辑或删除它。",
    }


def test_the_same_failures_in_english_are_unchanged(tmp_path: Path) -> None:
    en, _ = _failures("en", _project(tmp_path))
    assert en == {
        "FC401": "The parts (139.1万辆) exceed the total 121.42万辆 by at least 17.63万辆, "
                 "whatever the rounding.",
        "FC208": "The words say it fell, but the figures say otherwise (6.4% − 6.2% = 0.20 pp), "
                 "whatever the rounding.",
        "FC202": "-135.2% is a fall of more than 100%, which is impossible.",
        "FC106": "Claim 'fall' is an unreviewed draft: measures says “TODO: what is measured”; "
                 "run factcheck review to accept, edit or delete it.",
    }


def test_the_culprit_in_chinese_in_json_and_the_terminal(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(FIXTURES / "culprit", root)
    claims = root / "claims.yaml"
    zh, culprit = _failures("zh", claims)
    assert culprit is not None
    assert culprit["message"] == ("最可能出错：2760.91亿元（auto）可能是笔误：改为 2706.91亿元，"
                                  "全部 3 项未通过的检查都会通过")
    assert zh["FC301"] == ("占整体的比重：这些数字允许的范围是 55.22%，但文章写的是 54.1%；"
                           "无论如何解读舍入后的数字，都无法弥合 1.07 pp 的差距。")
    _, text, _ = _run("zh", str(claims), "-f", "text")
    assert "  最可能出错：2760.91亿元 (auto)；改为 2706.91亿元，全部 3 项未通过的检查都会通过\n" in text
    _, english, _ = _run("en", str(claims), "-f", "text")
    assert "likely culprit: 2760.91亿元 (auto); with 2706.91亿元 all 3 failing checks pass" in english


def test_implied_values_in_chinese(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("甲市工业产值110亿元，同比增长10.0%。\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nclaims:\n"
        "  - {id: now, quote: 工业产值110亿元, value: 110亿 元, measures: 工业产值}\n"
        "  - {id: g, quote: 同比增长10.0%, value: 10.0%, kind: growth, current: now, "
        "measures: 工业产值增速}\n", encoding="utf-8")
    code, out, _ = _run("zh", str(tmp_path / "c.yaml"), "-f", "text")
    assert code == 0, out
    assert out.splitlines()[-2] == "数字推出但文章未写出的值 1 个：-v 列出"
    code, out, _ = _run("zh", str(tmp_path / "c.yaml"), "-f", "text", "-v")
    assert code == 0, out
    assert "隐含数值（文中未写出，但由数字推出）" in out
    assert "工业产值——基期" in out and "工业产值 — base period" not in out


@pytest.mark.parametrize(("name", "text", "zh", "en"), [
    ("gone.yaml", "article: missing.txt\npublished: 2024-11-05\nclaims:\n"
     "  - {id: x, quote: 产值, value: 1 元}\n",
     "gone.yaml:1:10: 未找到文章 'missing.txt'", "gone.yaml:1:10: article 'missing.txt' not found"),
    ("key.yaml", "article: a.txt\npublished: 2024-11-05\nclaims:\n"
     "  - {id: x, quote: 产值100亿元, value: 100亿 元, measure: 产值}\n",
     "key.yaml:4:44: claims[0] 中有未知的键 'measure'；是否要写 'measures'？",
     "key.yaml:4:44: unknown key 'measure' in claims[0]; did you mean 'measures'?"),
    ("empty.yaml", "", "empty.yaml:1:1: 声明文件为空", "empty.yaml:1:1: empty claims file"),
    ("bad.yaml", "article: a.txt\nclaims: [\n", "bad.yaml:3:1: YAML 格式错误：",
     "bad.yaml:3:1: malformed YAML: "),
])
def test_loader_errors_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                  text: str, zh: str, en: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("产值100亿元。\n", encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    for lang, want in (("zh", zh), ("en", en)):
        code, out, err = _run(lang, name, "-f", "concise")
        assert code == 2
        assert err.startswith(want), err
        assert out.startswith(want), out  # the report's own line, in the same language


def test_an_article_in_a_format_it_is_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "c.yaml").write_text("article: a.txt\npublished: 2024-11-05\nclaims:\n"
                                     "  - {id: x, quote: 产值, value: 1 元}\n", encoding="utf-8")
    _, _, err = _run("zh", "c.yaml", "-f", "concise")
    assert err.startswith("a.txt:1:1: 文章是PDF 文档，不是纯文本；请另存为纯文本（.txt，UTF-8）")
    _, _, err = _run("en", "c.yaml", "-f", "concise")
    assert err.startswith("a.txt:1:1: article is a PDF document, not plain text; save it as plain "
                          "text (.txt, UTF-8)")


# a template that only joins translated parts (``i18n.joined``): fields and punctuation
_JOIN = re.compile(r"^(\{p\d+\}|\{sep\}|[^A-Za-z{}])*$")
# a plain string with words in it (two English words in a row)
_WORDS = re.compile(r"[A-Za-z]{3,} [A-Za-z]{2,}")


def untranslated(text: str | None, catalogue: dict[str, str]) -> list[str]:
    """The templates of ``text`` (and of the messages it is made of) the catalogue lacks."""
    if isinstance(text, Message):
        out = [] if text.template in catalogue or _JOIN.match(text.template) else [text.template]
        for value in text.fields.values():  # a plain field is data (a quote, a figure)
            if isinstance(value, Message):
                out += untranslated(value, catalogue)
        return out
    if text and _WORDS.search(text) and text not in catalogue:
        return [text]
    return []


def test_every_message_of_the_rule_cases_is_in_the_catalogue(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_rule_cases import CASES, write_case

    catalogue = i18n.read_po(i18n.catalogue_path("zh"))
    rules = all_rules()
    missing: dict[str, str] = {}
    for i, case in enumerate(CASES):
        root = tmp_path / str(i)
        root.mkdir()
        monkeypatch.chdir(root)
        report = check_file(write_case(case, root).relative_to(root), rules)
        # an arithmetic line is the figures as printed and operators: words in it are the
        # units the claims wrote (6.39 per mille − 6.77 per mille), data, not a message
        texts: list[str | None] = [t for o in report.outcomes for t in (
            o.message, o.arithmetic if isinstance(o.arithmetic, Message) else None,
            o.discrepancy)]
        texts += [imp.description for imp in report.implied]
        if report.localisation is not None:
            texts.append(report.localisation.sentence())
        for t in texts:
            for template in untranslated(t, catalogue):
                missing.setdefault(template, f"{case.code} {case.name}")
    assert missing == {}
    assert os.getcwd() != str(Path(__file__).parent)  # (ran in the cases' own folders)


def test_a_plain_string_message_is_caught(tmp_path: Path) -> None:
    catalogue = {"Quote found: “{quote}”.": "找到引文：“{quote}”。"}
    assert untranslated("The parts exceed the total.", catalogue) == ["The parts exceed the total."]
    assert untranslated(Message("Quote found: “{quote}”.", quote="a b c"), catalogue) == []
    assert untranslated(i18n.joined([Message("Quote found: “{quote}”.", quote="x"),
                                     Message("Not in the catalogue {x}", x=1)], "; "),
                        catalogue) == ["Not in the catalogue {x}"]


def test_command_line_errors_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("产值100亿元。\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("x\n", encoding="utf-8")
    runner = CliRunner()
    zh = runner.invoke(app, ["--lang", "zh", "run", "a.txt", "--no-cache"])
    assert zh.exit_code == 2
    assert zh.stderr == ("a.txt:1:1: 这是文章，不是声明文件；可用 factcheck init a.txt 起草其声明，"
                         "或不用声明直接检查：factcheck run --auto a.txt\n")
    en = runner.invoke(app, ["--lang", "en", "init", "a.txt", "-o", "c.yaml"])
    assert (en.exit_code, en.stderr) == (2, "c.yaml:1:1: already exists; pass --force to overwrite it\n")
    zh = runner.invoke(app, ["--lang", "zh", "init", "a.txt", "-o", "c.yaml"])
    assert (zh.exit_code, zh.stderr) == (2, "c.yaml:1:1: 已存在；加 --force 可覆盖\n")
    zh = runner.invoke(app, ["--lang", "zh", "rule", "quote-not-fuond"])
    assert zh.stderr == "factcheck：未知的检查 'quote-not-fuond'；是否要写 'quote-not-found'？\n"
    en = runner.invoke(app, ["--lang", "en", "rule", "quote-not-fuond"])
    assert en.stderr == "factcheck: unknown check 'quote-not-fuond'; did you mean 'quote-not-found'?\n"
