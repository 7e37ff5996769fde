"""What pydantic, the YAML and TOML parsers and click write in English reaches a desk that
reads Chinese in factcheck's own words: each case asserts the exact Chinese line with its
position, exit code 2, and the English line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.core import i18n

ARTICLE = "全市规上工业产值5000.00亿元，其中汽车产业产值2760.91亿元。\n"
HEAD = """article: a.txt
published: 2024-11-05
claims:
  - {id: total, quote: 全市规上工业产值5000.00亿元, value: 5000.00亿元, measures: 产值}
"""
SECOND = "  - {id: auto, quote: 其中汽车产业产值2760.91亿元, value: 2760.91亿元, EXTRA}\n"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.reset()


def _errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, claims: str) -> tuple[str, str]:
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(claims, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    lines = []
    for lang in ("zh", "en"):
        result = CliRunner().invoke(app, ["--lang", lang, "run", "c.yaml", "--no-cache",
                                          "-f", "concise"])
        assert result.exit_code == 2
        lines.append(result.stderr.strip())
    return lines[0], lines[1]


# pydantic error type → the line shown; each is factcheck's own message, not pydantic's
VALIDATION = [
    ("occurrence: abc", "c.yaml:5:72: claims[1].occurrence：必须是整数",
     "c.yaml:5:72: claims[1].occurrence: must be a whole number"),
    ("occurrence: 0", "c.yaml:5:72: claims[1].occurrence：不能小于 1",
     "c.yaml:5:72: claims[1].occurrence: must be at least 1"),
    ("years: 1.5", "c.yaml:5:67: claims[1].years：必须是整数",
     "c.yaml:5:67: claims[1].years: must be a whole number"),
    ("exhaustive: maybe", "c.yaml:5:72: claims[1].exhaustive：必须是 true 或 false",
     "c.yaml:5:72: claims[1].exhaustive: must be true or false"),
    ("breakdowns: [a]", "c.yaml:5:72: claims[1].breakdowns：必须是映射（键: 值）",
     "c.yaml:5:72: claims[1].breakdowns: must be a mapping (key: value)"),
    ("components: x", "c.yaml:5:72: claims[1].components：必须是列表",
     "c.yaml:5:72: claims[1].components: must be a list"),
    ("increase-of: [total]", "c.yaml:5:73: claims[1].increase-of：至少要列出 2 项",
     "c.yaml:5:73: claims[1].increase-of: must list at least 2 items"),
    ("direction: sideways",
     "c.yaml:5:71: claims[1].direction：必须是 'up', 'down' 或 'unchanged' 之一",
     "c.yaml:5:71: claims[1].direction: must be one of 'up', 'down' or 'unchanged'"),
    ("of: total", "c.yaml:5:60: claims[1].of：键 'of' 不适用于 'amount' 类声明（只适用于 "
     "contribution, contribution-rate, pp-change, pp-gap）",
     "c.yaml:5:60: claims[1].of: key 'of' does not apply to a claim of kind 'amount' (only "
     "to contribution, contribution-rate, pp-change, pp-gap)"),
    ("colour: red", "c.yaml:5:60: claims[1] 中有未知的键 'colour'",
     "c.yaml:5:60: unknown key 'colour' in claims[1]"),
]


@pytest.mark.parametrize(("extra", "zh", "en"), VALIDATION, ids=[v[0] for v in VALIDATION])
def test_a_claim_value_of_the_wrong_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         extra: str, zh: str, en: str) -> None:
    got = _errors(tmp_path, monkeypatch, HEAD + SECOND.replace("EXTRA", extra))
    assert got == (zh, en)


def test_a_missing_field_and_a_string_of_the_wrong_shape(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = HEAD + "  - {id: auto, quote: 其中汽车产业产值2760.91亿元}\n"
    assert _errors(tmp_path, monkeypatch, missing) == (
        "c.yaml:5:5: claims[1] 中缺少键 'value'", "c.yaml:5:5: missing key 'value' in claims[1]")
    bad_id = HEAD + "  - {id: 'a b', quote: 其中汽车产业产值2760.91亿元, value: 2760.91亿元}\n"
    assert _errors(tmp_path, monkeypatch, bad_id) == (
        "c.yaml:5:10: claims[1].id：必须以字母或数字开头，且只能含有字母、数字、'_'、'.' 和 '-'",
        "c.yaml:5:10: claims[1].id: must start with a letter or digit and hold only letters, "
        "digits, '_', '.' and '-'")
    empty = HEAD + "  - {id: auto, quote: '', value: 2760.91亿元}\n"
    assert _errors(tmp_path, monkeypatch, empty) == (
        "c.yaml:5:23: claims[1].quote：不能为空", "c.yaml:5:23: claims[1].quote: must not be empty")
    date = HEAD.replace("2024-11-05", "November")
    assert _errors(tmp_path, monkeypatch, date) == (
        "c.yaml:2:12: published：必须是日期，写作 YYYY-MM-DD",
        "c.yaml:2:12: published: must be a date written YYYY-MM-DD")


def test_the_model_validators_speak_the_language(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    order = HEAD + "relations:\n  - {kind: same, members: [total, total], order: ascending}\n"
    assert _errors(tmp_path, monkeypatch, order) == (
        "c.yaml:6:5: relations[0]：'order' 只适用于 'order' 类关系，不适用于 'same'",
        "c.yaml:6:5: relations[0]: 'order' applies to relations of kind 'order', not 'same'")
    literal = HEAD + "relations:\n  - {kind: order, members: [total, total], order: up}\n"
    assert _errors(tmp_path, monkeypatch, literal) == (
        "c.yaml:6:51: relations[0].order：必须是 'descending' 或 'ascending' 之一",
        "c.yaml:6:51: relations[0].order: must be one of 'descending' or 'ascending'")
    waiver = HEAD + "waivers:\n  - {quote: x, reason: no}\n"
    assert _errors(tmp_path, monkeypatch, waiver) == (
        "c.yaml:6:24: waivers[0].reason：至少要有 3 个字符",
        "c.yaml:6:24: waivers[0].reason: must have at least 3 characters")


def test_every_pydantic_error_type_gets_a_message_of_its_own() -> None:
    """An error type the table lacks is named by its code, never by pydantic's sentence."""
    from factcheck.load.validation import as_input_error
    from factcheck.load.yaml_nodes import Positions

    error = {"type": "uuid_parsing", "loc": ("claims", 0, "id"), "msg": "Input should be a UUID",
             "ctx": {}}
    i18n.set_language("zh")
    assert str(as_input_error(error, Positions("c.yaml"))) == (
        "c.yaml:1:1: claims[0].id：不是有效的值（uuid_parsing）")


YAML_CASES = [
    ("tab", HEAD + "\t- {id: b, quote: q, value: 1}\n",
     "c.yaml:5:1: YAML 格式错误：制表符：YAML 只能用空格缩进",
     "c.yaml:5:1: malformed YAML: a tab: YAML indents with spaces"),
    ("unclosed bracket", HEAD + "  - {id: b, quote: q, value: 1, of: [a, b}\n",
     "c.yaml:5:42: YAML 格式错误：以 '[' 开始的列表没有结束：此处应为 ',' 或 ']'",
     "c.yaml:5:42: malformed YAML: a list opened with '[' is not closed: ',' or ']' expected"),
    ("unclosed brace", HEAD + "  - {id: b, quote: q, value: 1\n  - {id: c}\n",
     "c.yaml:6:5: YAML 格式错误：以 '{' 开始的映射没有结束：此处应为 ',' 或 '}'",
     "c.yaml:6:5: malformed YAML: a mapping opened with '{' is not closed: ',' or '}' expected"),
    ("bad escape", HEAD + '  - {id: b, quote: "a\\qb", value: 1}\n',
     "c.yaml:5:22: YAML 格式错误：双引号文本中反斜杠后的转义无法识别；反斜杠本身请写作 \\\\，或改用单引号",
     "c.yaml:5:22: malformed YAML: an unknown escape after a backslash in a double-quoted text; "
     "write \\\\ for a backslash, or use single quotes"),
    ("colon in a value", HEAD.replace("title: x\n", "") + "title: 重庆: 调查\n",
     "c.yaml:5:10: YAML 格式错误：值中有冒号加空格；请把这个值放在引号中",
     "c.yaml:5:10: malformed YAML: a colon and a space inside a value; put the value in quotes"),
    ("character", HEAD + "title: @x\n",
     "c.yaml:5:8: YAML 格式错误：字符 '@' 不能作为值的开头；请把这个值放在引号中",
     "c.yaml:5:8: malformed YAML: the character '@' cannot start a value; put the value in quotes"),
]


@pytest.mark.parametrize(("name", "claims", "zh", "en"), YAML_CASES, ids=[c[0] for c in YAML_CASES])
def test_a_yaml_parser_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                              claims: str, zh: str, en: str) -> None:
    assert _errors(tmp_path, monkeypatch, claims) == (zh, en)


def test_a_duplicate_key_in_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = HEAD + "  - {id: b, quote: q, value: 1, value: 2}\n"
    assert _errors(tmp_path, monkeypatch, claims) == (
        "c.yaml:5:33: 重复的键 'value'", "c.yaml:5:33: duplicate key 'value'")


TOML_CASES = [
    ('format = \n', 'factcheck.toml:1:10: TOML 格式错误：TOML 无法读取的值：文本需要放在引号中（"…"）'),
    ('format = "text"\nformat = "json"\n', "factcheck.toml:2:16: TOML 格式错误：同一个键写了两次"),
    ('paths = ["a",\n"b"\nformat = 1\n', "factcheck.toml:3:1: TOML 格式错误：以 '[' 开始的列表没有结束"),
    ('format = "a\\qb"\n', "factcheck.toml:1:14: TOML 格式错误：双引号文本中反斜杠后的转义无法识别；"
     "反斜杠本身请写作 \\\\，或改用单引号"),
    ('[units\n', "factcheck.toml:1:7: TOML 格式错误：表标题缺少结尾的 ']'"),
    ('format\n', "factcheck.toml:1:7: TOML 格式错误：键后缺少 '='"),
    ('format = "abc\n', "factcheck.toml:1:14: TOML 格式错误：引号中的文本没有结束"),
    ('format = "a\x01"\n', "factcheck.toml:1:12: TOML 格式错误：此处不允许出现这个字符"),
]


@pytest.mark.parametrize(("body", "zh"), TOML_CASES)
def test_a_toml_parser_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str,
                              zh: str) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "factcheck.toml").write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["--lang", "zh", "run", "--no-cache"])
    assert (result.exit_code, result.stderr.strip()) == (2, zh)


USAGE = [
    (["run", "--bogus"], "factcheck run：没有选项 --bogus；是否要写 '--verbose'？（帮助：factcheck run -h）",
     "factcheck run: no such option --bogus; did you mean '--verbose'? (factcheck run -h for help)"),
    (["init"], "factcheck init：缺少参数 ARTICLE（帮助：factcheck init -h）",
     "factcheck init: missing argument ARTICLE (factcheck init -h for help)"),
    (["run", "--format", "xml"], "factcheck run：--format 'xml' 不是 auto, rich, text, concise, "
     "json, sarif, junit, github, markdown, html 之一（帮助：factcheck run -h）",
     "factcheck run: --format 'xml' is not one of auto, rich, text, concise, json, sarif, junit, "
     "github, markdown, html (factcheck run -h for help)"),
    (["run", "--fail-on", "never"], "factcheck run：--fail-on 'never' 不是 error, warning 之一"
     "（帮助：factcheck run -h）", "factcheck run: --fail-on 'never' is not one of error, "
     "warning (factcheck run -h for help)"),
    (["run", "--jobs", "x"], "factcheck run：--jobs 'x' 不是整数（帮助：factcheck run -h）",
     "factcheck run: --jobs 'x' is not a whole number (factcheck run -h for help)"),
    (["run", "--jobs", "0"], "factcheck run：--jobs 不能小于 1（实际为 '0'）（帮助：factcheck run -h）",
     "factcheck run: --jobs must be at least 1 (not '0') (factcheck run -h for help)"),
    (["cache", "clear", "--bogus"],
     "factcheck cache clear：没有选项 --bogus（帮助：factcheck cache clear -h）",
     "factcheck cache clear: no such option --bogus (factcheck cache clear -h for help)"),
    (["run", "-f"], "factcheck run：选项 -f 需要一个值（帮助：factcheck run -h）",
     "factcheck run: option -f needs a value (factcheck run -h for help)"),
    (["run", "--select"], "factcheck run：选项 --select 需要一个值（帮助：factcheck run -h）",
     "factcheck run: option --select needs a value (factcheck run -h for help)"),
    (["run", "--show-all=yes"], "factcheck run：选项 --show-all 不接受值（帮助：factcheck run -h）",
     "factcheck run: option --show-all takes no value (factcheck run -h for help)"),
    (["rn"], "factcheck：没有命令 'rn'；是否要写 'run'？（帮助：factcheck -h）",
     "factcheck: no such command 'rn'; did you mean 'run'? (factcheck -h for help)"),
    (["cache", "purge"], "factcheck cache：没有命令 'purge'（帮助：factcheck cache -h）",
     "factcheck cache: no such command 'purge' (factcheck cache -h for help)"),
    (["init", "a.txt", "b.txt"], "factcheck init：多余的参数（帮助：factcheck init -h）",
     "factcheck init: unexpected extra arguments (factcheck init -h for help)"),
]


@pytest.mark.parametrize(("args", "zh", "en"), USAGE, ids=[" ".join(u[0]) for u in USAGE])
def test_a_usage_error_is_one_line_in_the_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   args: list[str], zh: str, en: str) -> None:
    monkeypatch.chdir(tmp_path)
    got = []
    for lang in ("zh", "en"):
        result = CliRunner().invoke(app, ["--lang", lang, *args])
        assert result.exit_code == 2
        assert result.stdout == ""
        got.append(result.stderr)
    assert got == [zh + "\n", en + "\n"]


def test_a_bad_lang_is_refused_in_the_locale_language(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(app, ["--lang", "fr", "run"])
    assert (result.exit_code, result.stderr) == (2, "factcheck：--lang 'fr' 不是 en, zh 之一\n")
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.reset()
    result = CliRunner().invoke(app, ["--lang", "fr", "run"])
    assert (result.exit_code, result.stderr) == (2, "factcheck: --lang 'fr' is not one of en, zh\n")


def _zh(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--lang", "zh", *args])
    return result.exit_code, result.stderr


SDMX = Path(__file__).parent / "fixtures" / "sdmx" / "nbs-industry-generic.xml"


def test_import_sdmx_errors_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sdmx")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "m.xml").write_bytes(SDMX.read_bytes())
    url = ["--url", "https://example.org"]
    assert _zh(["import-sdmx", "m.xml", "bad name", *url]) == (
        2, "bad name:1:1: 表名只能含有字母、数字、'.'、'_' 和 '-'\n")
    assert _zh(["import-sdmx", "m.xml", "t", *url])[0] == 0
    assert _zh(["import-sdmx", "m.xml", "t", *url]) == (2, "data/t.csv:1:1: 已存在；如需覆盖，请加 --force\n")
    (tmp_path / "d.xml").write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<x>&a;</x>\n',
                                    encoding="utf-8")
    assert _zh(["import-sdmx", "d.xml", "t2", *url]) == (
        2, "d.xml:2:1: 该 SDMX 文件声明了 DTD（<!DOCTYPE …>）：SDMX 消息从不需要它，而 XML "
        "可以通过它读取其他文件；不予读取\n")
    (tmp_path / "bad.xml").write_text("<a><b></a>", encoding="utf-8")
    code, err = _zh(["import-sdmx", "bad.xml", "t3", *url])
    assert code == 2 and err.startswith("bad.xml:1:11: XML 格式不正确：")


def test_refusals_of_links_and_paths_outside_in_chinese(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    assert _zh(["init", "a.txt", "-o", "link.yaml", "--force"]) == (
        2, "link.yaml:1:1: 无法写入（它是一个符号链接；factcheck 只写入普通文件）\n")
    assert not (tmp_path / "elsewhere.yaml").exists()
    (tmp_path / ".factcheck_cache").symlink_to(tmp_path / "a.txt")
    code, err = _zh(["cache", "clear"])
    assert code == 2 and err.startswith("factcheck：无法清除缓存：")
    assert err.endswith(".factcheck_cache 是符号链接，不是 factcheck 缓存；不予删除\n")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.yaml").write_text(HEAD.replace("a.txt", "../../a.txt"), encoding="utf-8")
    result = CliRunner().invoke(app, ["--lang", "zh", "run", "sub/c.yaml", "--no-cache", "-f",
                                      "concise"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "sub/c.yaml:1:10: 文章 '../../a.txt' 在项目根目录 '.' 之外；请用 --root 另设根目录")
    assert result.stdout.strip().endswith("；1 个输入错误")


def test_an_empty_list_of_claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = "article: a.txt\npublished: 2024-11-05\nclaims: []\n"
    assert _errors(tmp_path, monkeypatch, claims) == (
        "c.yaml:3:9: claims：至少要列出一项", "c.yaml:3:9: claims: must list at least one item")
