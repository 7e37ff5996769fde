"""The lines left in English by the first pass, now in the desk's language: a claims file's
and the configuration's input errors, update's summary, the labels of the concise, Markdown,
GitHub, SARIF and JUnit formats, and typer's own words in ``--help``. Each asserts the exact
Chinese line and that the English one is unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.core import i18n

ARTICLE = "全市规上工业产值5000.00亿元，其中汽车产业产值2760.91亿元。\n"
CLAIM = """article: a.txt
published: 2024-11-05
claims:
  - {id: total, quote: 全市规上工业产值5000.00亿元, value: 5000.00亿元, measures: 产值}
  - {id: auto, quote: 其中汽车产业产值2760.91亿元, value: VALUE, measures: 汽车, part-of: PART}
"""


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.reset()


def _project(tmp_path: Path, value: str = "2760.91亿元", part: str = "total") -> Path:
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    claims = tmp_path / "c.yaml"
    claims.write_text(CLAIM.replace("VALUE", value).replace("PART", part), encoding="utf-8")
    return claims


def _run(lang: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--lang", lang, *args])
    return result.exit_code, result.stdout, result.stderr


def _both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[str, str]:
    monkeypatch.chdir(tmp_path)
    zh = _run("zh", "run", *args, "--no-cache", "-f", "concise")
    en = _run("en", "run", *args, "--no-cache", "-f", "concise")
    assert zh[0] == en[0] == 2
    return zh[2].strip(), en[2].strip()


def test_a_claim_naming_an_unknown_claim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, part="totl")
    zh, en = _both(tmp_path, monkeypatch, "c.yaml")
    assert zh == "c.yaml:5:83: 声明 'auto' 在 'part-of' 中引用了不存在的声明 'totl'；是否要写 'total'？"
    assert en == "c.yaml:5:83: claim 'auto' names unknown claim 'totl' in 'part-of'; did you mean 'total'?"


def test_a_claim_naming_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, part="auto")
    zh, en = _both(tmp_path, monkeypatch, "c.yaml")
    assert zh == "c.yaml:5:83: 声明 'auto' 在 'part-of' 中引用了自己"
    assert en == "c.yaml:5:83: claim 'auto' refers to itself in 'part-of'"


def test_a_value_with_an_unknown_unit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, value="2760.91亿辆吨")
    zh, en = _both(tmp_path, monkeypatch, "c.yaml")
    assert zh.startswith("c.yaml:5:49: 未知单位 ")
    assert "可在 factcheck.toml 中定义编辑部自己的单位：[units] " in zh
    assert en.startswith("c.yaml:5:49: unknown unit ")


def test_a_range_with_its_ends_reversed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, value="3000至2000亿元")
    zh, en = _both(tmp_path, monkeypatch, "c.yaml")
    assert zh == "c.yaml:5:49: 范围 '3000至2000亿元' 两端颠倒：3000亿元 大于 2000亿元"
    assert en == ("c.yaml:5:49: the range '3000至2000亿元' has its ends reversed: 3000亿元 is more "
                  "than 2000亿元")


def test_a_duplicate_claim_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = _project(tmp_path)
    claims.write_text(claims.read_text("utf-8").replace("id: auto", "id: total"), "utf-8")
    zh, en = _both(tmp_path, monkeypatch, "c.yaml")
    assert zh == "c.yaml:5:10: 声明 id 'total' 重复（claims[0] 已使用）"
    assert en == "c.yaml:5:10: duplicate claim id 'total' (first used by claims[0])"


def test_no_claims_files_and_an_unknown_check_code(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").mkdir()
    zh, en = _both(tmp_path, monkeypatch, "empty")
    assert zh == "empty:1:1: 未找到声明文件（*.yaml）"
    assert en == "empty:1:1: no claims files (*.yaml) found"
    _project(tmp_path)
    assert _run("zh", "run", "c.yaml", "--select", "FC9")[2].strip() == \
        "factcheck: 没有以 'FC9' 开头的检查代码"


def test_the_configuration_s_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path)
    (tmp_path / "factcheck.toml").write_text('format = "bogus"\n', encoding="utf-8")
    zh, en = _both(tmp_path, monkeypatch, "c.yaml")
    assert zh == ("factcheck.toml:1:1: 'format' 必须是 auto, rich, text, concise, json, sarif, "
                  "junit, github, markdown, html 之一（实际为 'bogus'）")
    assert en.endswith("(got 'bogus')")
    (tmp_path / "factcheck.toml").write_text('formt = "text"\n', encoding="utf-8")
    zh, en = _both(tmp_path, monkeypatch, "c.yaml")
    assert zh == "factcheck.toml:1:1: factcheck.toml 中没有键 'formt'；是否要写 'format'？"
    assert en == "factcheck.toml:1:1: unknown key 'formt' in factcheck.toml; did you mean 'format'?"


def _failing(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("全市产值5000.00亿元，其中汽车产值5760.91亿元。\n", "utf-8")
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nclaims:\n"
        "  - {id: total, quote: 全市产值5000.00亿元, value: 5000.00亿元, measures: 产值}\n"
        "  - {id: auto, quote: 其中汽车产值5760.91亿元, value: 5760.91亿元, measures: 汽车, "
        "part-of: total}\n", "utf-8")


def test_the_labels_of_the_machine_and_markdown_formats(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _failing(tmp_path)
    monkeypatch.chdir(tmp_path)
    github = _run("zh", "run", "c.yaml", "--no-cache", "-f", "github")[1].splitlines()
    assert github[-1] == ("factcheck: 1 个声明文件，4 通过，0 在舍入范围内通过，1 未通过，0 警告，"
                          "0 已豁免，0 无法判定，0 个输入错误: 未通过")
    assert _run("en", "run", "c.yaml", "--no-cache", "-f", "github")[1].splitlines()[-1] == (
        "factcheck: 1 claims file, 4 pass, 0 pass-within-rounding, 1 fail, 0 warning, 0 waived, "
        "0 undetermined, 0 input errors: FAILED")
    junit = _run("zh", "run", "c.yaml", "--no-cache", "-f", "junit")[1]
    assert "\n声明：c.yaml:4:5\n文章：a.txt:1:1</failure>" in junit
    sarif = json.loads(_run("zh", "run", "c.yaml", "--no-cache", "-f", "sarif")[1])
    related = sarif["runs"][0]["results"][0]["relatedLocations"][0]
    assert related["message"] == {"text": "文章中的引文"}
    markdown = _run("zh", "run", "c.yaml", "--no-cache", "-f", "markdown")[1]
    assert "- ❌ 未通过 **FC401** part-exceeds-total" in markdown
    concise = _run("zh", "run", "c.yaml", "--no-cache", "-f", "concise", "--show-all")[1]
    assert concise.startswith("c.yaml:4:5: FC101 [通过] 找到引文：“全市产值5000.00亿元”。")
    concise_en = _run("en", "run", "c.yaml", "--no-cache", "-f", "concise", "--show-all")[1]
    assert concise_en.startswith("c.yaml:4:5: FC101 [pass] ")


def test_update_s_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _run("zh", "update", "c.yaml")[1].splitlines()[0] == \
        "无需更新：每条引文都在文章中，每个数字都已覆盖"
    (tmp_path / "a.txt").write_text(ARTICLE + "利润增长12.5%。\n", encoding="utf-8")
    assert _run("zh", "update", "c.yaml")[1].splitlines()[0] == \
        "新数字 12.5%（2:1）：已起草声明 growth-1（“利润增长12.5%”），待审阅"
    assert _run("en", "update", "c.yaml")[1].splitlines()[0] == \
        "new figure 12.5% at 2:1: drafted claim growth-1 (“利润增长12.5%”), to review"


def test_typer_s_own_words_in_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    zh = _run("zh", "run", "--help")[1]
    assert "─ 参数 ─" in zh and "─ 选项 ─" in zh and "显示此帮助并退出。" in zh
    assert "Show this message and exit." not in zh and "─ Options ─" not in zh
    en = _run("en", "run", "--help")[1]  # set back in English in the same process
    assert "─ Arguments ─" in en and "─ Options ─" in en and "Show this message and exit." in en


def _factcheck(*args: str) -> str:
    """factcheck's entry point in a new process at 80 columns (the help is translated
    before the command line is parsed, as a user runs it)."""
    environ = {k: v for k, v in os.environ.items()
               if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    environ.update(COLUMNS="80", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-c", "from factcheck.entry import main; main()",
                           *args], env=environ, capture_output=True, text=True, timeout=120,
                          check=True).stdout


def test_chinese_help_breaks_between_characters_at_80_columns() -> None:
    """rich breaks lines at spaces only: without a break between Chinese characters, the
    sentence after "en 或" went whole to the next line and left half a line empty."""
    lines = _factcheck("--lang", "zh", "--help").splitlines()
    lang = next(i for i, line in enumerate(lines) if "--lang" in line)
    assert "消息语言：en 或 zh（简体中文）。默认：" in lines[lang]
    assert all(len(line) <= 80 for line in lines)
    # no line of the help starts with closing punctuation
    assert not [line for line in lines if line.strip("│ ").startswith(("，", "。", "）"))]
    en = _factcheck("--help").splitlines()  # English keeps breaking at spaces
    assert any("Language of messages: en or zh" in line for line in en)


def test_a_value_that_does_not_fit_its_kind(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    claims = _project(tmp_path)
    claims.write_text(claims.read_text("utf-8").replace(
        "value: 2760.91亿元, measures: 汽车, part-of: total",
        "value: 2760.91亿元, kind: growth, measures: 汽车"), "utf-8")
    zh, en = _both(tmp_path, monkeypatch, "c.yaml")
    assert zh == "c.yaml:5:49: growth 类声明的值应为百分数或倍数（倍），而不是 '2760.91亿元'"
    assert en == ("c.yaml:5:49: the value of a growth claim is a percentage or a multiple (倍), "
                  "not '2760.91亿元'")


def test_a_figure_keeps_its_unit_and_punctuation_its_character() -> None:
    from factcheck.app.lang import _cjk_words

    text = "产值5000.00亿元，增长12.5%，拉动1.2个百分点（汽车） 见 factcheck.toml 。"
    words = [w for _, _, w in _cjk_words(text)]
    assert "".join(words) == text
    assert words == ["产", "值", "5000.00亿元，", "增", "长", "12.5%，", "拉", "动",
                     "1.2个百分点", "（汽", "车） ", "见 ", "factcheck.toml ", "。"]


def test_the_culprit_list_is_joined_in_the_language() -> None:
    from factcheck.core.i18n import N_, Message, _, joined

    parts = [Message(N_("{figure} ({claim}; {suggestion} would fit)"), figure="5000.00亿元",
                     claim="a", suggestion="5060.00亿元"), "2760.91亿元 (b)"]
    listed = joined(parts, Message(N_(", ")))
    assert listed == "5000.00亿元 (a; 5060.00亿元 would fit), 2760.91亿元 (b)"
    i18n.reset("zh")
    assert _(listed) == "5000.00亿元（a；改为 5060.00亿元 即相符），2760.91亿元 (b)"
    assert joined(["x"], Message(N_(", "))) == "x"


def test_readme_shows_the_chinese_report_as_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)
    claims = "tests/fixtures/culprit/claims.yaml"
    out = _run("zh", "run", claims, "--format", "concise", "--no-cache")[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert f"$ factcheck run {claims} --format concise --lang zh\n{out}```" in readme


@pytest.mark.parametrize(("lang", "label"), [("en", "checking claims files"),
                                             ("zh", "正在检查声明文件")])
def test_the_progress_bar_is_labelled_in_the_language(lang: str, label: str) -> None:
    from factcheck.app.cli import _ProgressBar

    made: list[str] = []

    class Bar:
        def __init__(self, **_: object) -> None:
            pass

        def start(self) -> None:
            pass

        def add_task(self, description: str, total: int) -> int:
            made.append(description)
            return 0

        def update(self, task: int, completed: int) -> None:
            pass

    bar = _ProgressBar()
    bar._make = Bar  # type: ignore[assignment]
    i18n.reset(lang)
    bar(1, 3)
    assert made == [label]
