"""Messages in the desk's language: both catalogues complete, a missing message falls back
to English (and fails the completeness check), the language chosen by --lang, the
configuration or the locale, and the output the same bytes each time in both languages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from babel.messages.pofile import read_po as babel_read_po
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.lang import BadLanguage, take_lang
from factcheck.app.lang import wanted_messages as wanted_in
from factcheck.core import i18n

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "factcheck" / "languages"
FIELD = re.compile(r"\{(\w*)\}")


def wanted_messages() -> list[str]:
    return wanted_in(typer.main.get_command(app))


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.reset()


def _catalogue(path: Path) -> dict[str, str]:
    with path.open("rb") as f:
        return {m.id: m.string for m in babel_read_po(f) if m.id and isinstance(m.id, str)}


def incomplete(catalogue: dict[str, str], wanted: list[str]) -> list[str]:
    """The messages a catalogue lacks or leaves untranslated, and those whose translation
    changes the fields the code fills in."""
    bad = [m for m in wanted if not catalogue.get(m)]
    bad += [m for m in wanted if catalogue.get(m)
            and sorted(FIELD.findall(m)) != sorted(FIELD.findall(catalogue[m]))]
    return bad


@pytest.mark.parametrize("language", ["en", "zh"])
def test_catalogue_translates_every_message(language: str) -> None:
    wanted = wanted_messages()
    catalogue = _catalogue(LEXICON / language / "messages.po")
    assert incomplete(catalogue, wanted) == []
    assert sorted(catalogue) == sorted(wanted), "scripts/messages.py brings the catalogues up to date"


def test_both_catalogues_hold_the_same_messages() -> None:
    english = _catalogue(LEXICON / "en" / "messages.po")
    assert sorted(english) == sorted(_catalogue(LEXICON / "zh" / "messages.po"))
    assert all(k == v for k, v in english.items())


def test_the_runtime_reader_agrees_with_babel() -> None:
    assert i18n.read_po(LEXICON / "zh" / "messages.po") == _catalogue(LEXICON / "zh" / "messages.po")


def test_missing_message_falls_back_to_english_and_fails_completeness(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (LEXICON / "zh" / "messages.po").read_text(encoding="utf-8")
    dropped = text.replace('msgid "Findings"\nmsgstr "发现的问题"\n', "")
    assert dropped != text
    (tmp_path / "zh.po").write_text(dropped, encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: tmp_path / f"{language}.po")
    i18n.reset("zh")
    assert i18n._("Findings") == "Findings"
    assert i18n._("Likely culprit") == "最可能的出错数字"
    assert incomplete(_catalogue(tmp_path / "zh.po"), wanted_messages()) == ["Findings"]


def test_a_changed_field_fails_completeness() -> None:
    assert incomplete({"{n} checks": "{count} 项检查"}, ["{n} checks"]) == ["{n} checks"]


def test_english_reads_no_catalogue() -> None:
    i18n.reset()
    assert i18n._("Findings") == "Findings" and i18n._catalogue is None


@pytest.mark.parametrize(("env", "language"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh"), ({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"}, "zh"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN"}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({}, "en"),
])
def test_locale(env: dict[str, str], language: str) -> None:
    assert i18n.from_locale(env) == language


def test_lang_flag_taken_anywhere_and_checked() -> None:
    assert take_lang(["run", "--lang", "zh", "a.yaml"]) == ("zh", ["run", "a.yaml"])
    assert take_lang(["--lang=en", "run"]) == ("en", ["run"])
    assert take_lang(["run", "--", "--lang"]) == (None, ["run", "--", "--lang"])
    with pytest.raises(BadLanguage, match="'fr' is not one of en, zh"):
        take_lang(["run", "--lang", "fr"])


def _project(tmp_path: Path, config: str = "") -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("The city will spend $4.2 billion in 2024.\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nlanguage: en\nclaims:\n"
        "  - {id: spend, quote: 'will spend $4.2 billion', value: '$4.5 billion', kind: amount,"
        " measures: city spending in 2024}\n", encoding="utf-8")
    if config:
        (tmp_path / "factcheck.toml").write_text(config, encoding="utf-8")
    return tmp_path


def _factcheck(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    environ.update(env, FACTCHECK_NO_CACHE="1", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-c", "from factcheck.entry import main; main()", *args],
                          cwd=cwd, env=environ, capture_output=True, text=True, timeout=120, check=False)


# one failure: the amount; the year 2024 is not a figure and needs no claim
ZH_SUMMARY = "1 项检查未通过，0 个警告，涉及 1 个声明文件（1 项通过，0 项豁免）"
EN_SUMMARY = "1 failing check, 0 warnings in 1 claims file (1 passed, 0 waived)"


def test_chosen_by_flag_config_and_locale(tmp_path: Path) -> None:
    project = _project(tmp_path)
    run = ("run", "c.yaml", "--no-cache", "-f", "concise")
    assert _factcheck(project, *run).stdout.splitlines()[-1] == EN_SUMMARY
    assert _factcheck(project, *run, "--lang", "zh").stdout.splitlines()[-1] == ZH_SUMMARY
    assert _factcheck(project, *run, LANG="zh_CN.UTF-8").stdout.splitlines()[-1] == ZH_SUMMARY
    (project / "factcheck.toml").write_text('lang = "zh"\n', encoding="utf-8")
    assert _factcheck(project, *run, LANG="en_US.UTF-8").stdout.splitlines()[-1] == ZH_SUMMARY
    assert _factcheck(project, "--lang", "en", *run).stdout.splitlines()[-1] == EN_SUMMARY
    # a --lang factcheck does not speak is refused in the language of the configuration
    bad = _factcheck(project, *run, "--lang", "fr")
    assert bad.returncode == 2 and bad.stderr == "factcheck：--lang 'fr' 不是 en, zh 之一\n"
    (project / "factcheck.toml").unlink()
    bad = _factcheck(project, *run, "--lang", "fr", LANG="en_US.UTF-8")
    assert bad.returncode == 2 and bad.stderr == "factcheck: --lang 'fr' is not one of en, zh\n"


def test_help_in_chinese(tmp_path: Path) -> None:
    out = _factcheck(tmp_path, "run", "--help", "--lang", "zh", COLUMNS="100").stdout
    assert "对照文章检查声明文件" in out and "报告格式" in out and "--format" in out
    # at 80 columns a Chinese sentence breaks between characters, never cut with "…"
    narrow = _factcheck(tmp_path, "--lang", "zh", "run", "--help", COLUMNS="80").stdout
    assert "处理多个文件时的工作进程数。默认：" in narrow and "个核心一个。" in narrow


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "concise"])
def test_same_bytes_each_time_in_both_languages(tmp_path: Path, fmt: str) -> None:
    project = _project(tmp_path)
    outputs = {}
    for lang in ("en", "zh", "en", "zh"):
        result = CliRunner().invoke(app, ["--lang", lang, "run", str(project / "c.yaml"),
                                          "--no-cache", "-f", fmt],
                                    env={"SOURCE_DATE_EPOCH": "1730764800"})
        assert result.exit_code == 1, result.output
        outputs.setdefault(lang, set()).add(result.stdout)
    assert len(outputs["en"]) == 1 and len(outputs["zh"]) == 1
    en, zh = outputs["en"].pop(), outputs["zh"].pop()
    assert en != zh
    assert "FC102" in zh  # codes stay as they are
    if fmt == "html":
        assert "<h2>发现的问题</h2>" in zh and '<html lang="zh-Hans">' in zh
        assert "<h2>Findings</h2>" in en


def test_check_message_translated_by_template_numbers_kept(tmp_path: Path) -> None:
    project = _project(tmp_path)
    args = ["run", str(project / "c.yaml"), "--no-cache", "-f", "concise"]
    en = CliRunner().invoke(app, ["--lang", "en", *args]).stdout
    zh = CliRunner().invoke(app, ["--lang", "zh", *args]).stdout
    assert "The claim records $4.5 billion but the quote prints $4.2 billion" in en
    assert "声明记录的是 $4.5 billion，但引文印的是 $4.2 billion" in zh


def test_message_is_its_english_text_and_survives_pickling() -> None:
    import pickle

    m = i18n.Message("{what}: the figures give {face}, consistent with the printed {stated}.",
                     what=i18n.Message("Growth from the two amounts"), face="8.1%", stated="8.1% {x}")
    assert m == "Growth from the two amounts: the figures give 8.1%, consistent with the printed 8.1% {x}."
    back = pickle.loads(pickle.dumps(m))
    assert back == m and back.template == m.template and back.fields == m.fields
    i18n.reset("zh")
    assert i18n._(back) == "由两个数额推出的增速：这些数字算得 8.1%，与文中的 8.1% {x} 一致。"
