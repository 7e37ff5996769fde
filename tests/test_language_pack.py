"""Adding a language is adding one folder under ``factcheck/languages/``.

A copy of the package gets a folder ``de/`` and nothing else: the registry lists it, the
claims file accepts ``language: de``, ``--lang de`` speaks its catalogue, its words reach
the lexicon, its script (here an invented rule) makes the detector choose it, and
discovery runs with no ``statements`` module of its own. Given one (the English rules,
reading the German words), the rules common to every language read its prose through it
and its words: a German share word keeps a share from being taken for a growth rate. Its
words alone make a number after a marker a rank or a rate (auf Platz 3, pro 100 Einwohner).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "factcheck"


def _package_with_german(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(PACKAGE, site / "factcheck", ignore=shutil.ignore_patterns("__pycache__"))
    english = PACKAGE / "languages" / "en"
    german = site / "factcheck" / "languages" / "de"
    german.mkdir()
    words = (english / "words.toml").read_text(encoding="utf-8")
    # a detection rule of its own: a text with ß or umlauts in a tenth of its letters
    (german / "words.toml").write_text(
        words + '\n[detect]\nscript = "äöüßÄÖÜ"\nshare = 0.01\n', encoding="utf-8")
    shutil.copy(english / "templates.toml", german / "templates.toml")
    catalogue = (english / "messages.po").read_text(encoding="utf-8")
    catalogue = catalogue.replace('msgid " in {n} claims file"\nmsgstr " in {n} claims file"',
                                  'msgid " in {n} claims file"\nmsgstr " in {n} Anspruchsdatei"')
    (german / "messages.po").write_text(catalogue, encoding="utf-8")
    return site


def _python(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("FACTCHECK_LANG", None)
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def test_a_language_is_one_folder(tmp_path: Path) -> None:
    site = _package_with_german(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    (work / ".git").mkdir()
    script = tmp_path / "probe.py"
    script.write_text(
        "import factcheck, factcheck.languages as L\n"
        "from factcheck.core import i18n\n"
        "from factcheck.claims.model import Language\n"
        "from factcheck.languages.detect import detect_language\n"
        "from factcheck.discover import discover_relations\n"
        f"assert factcheck.__file__.startswith({str(site)!r}), factcheck.__file__\n"
        "print(L.LANGUAGES, i18n.LANGUAGES, Language('de').value)\n"
        "print(detect_language('Die Exporte stiegen um 4,1 % auf 52,8 Milliarden Euro, "
        "während die Importe fielen.'))\n"
        "text = 'Exports rose 4.1% to $52.8 billion from $50.7 billion a year earlier.'\n"
        "print([r.kind.value for r in discover_relations(text, 'de')])\n", encoding="utf-8")
    probe = _python(site, work, str(script))
    assert probe.returncode == 0, probe.stderr
    # the growth comes from the templates alone: the folder has no statements module
    assert probe.stdout.splitlines() == [
        "('de', 'en', 'zh') ('de', 'en', 'zh') de", "de", "['growth']"]

    (work / "a.txt").write_text("Exports rose 4.1% to $52.8 billion.\n", encoding="utf-8")
    (work / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nlanguage: de\nclaims:\n"
        "  - {id: x, quote: to $52.8 billion, value: $52.8 billion}\n"
        "  - {id: g, quote: rose 4.1%, value: 4.1%, kind: growth}\n", encoding="utf-8")
    run = _python(site, work, "-m", "factcheck", "--lang", "de", "run", "c.yaml",
                  "--no-cache", "--format", "concise")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1] == (
        "0 failing checks, 0 warnings in 1 Anspruchsdatei (5 passed, 0 waived)"), run.stdout


def test_a_language_brings_its_own_statements(tmp_path: Path) -> None:
    site = _package_with_german(tmp_path)
    german = site / "factcheck" / "languages" / "de"
    rules = (PACKAGE / "languages" / "en" / "statements.py").read_text(encoding="utf-8")
    (german / "statements.py").write_text(
        rules.replace('"en"', '"de"').replace("'en'", "'de'"), encoding="utf-8")
    script = tmp_path / "probe.py"
    script.write_text(
        "from factcheck.discover import discover_relations\n"
        "text = ('Die Industrie grew 5.0%, Anteil 40% of output, and contributed 2.0 '\n"
        "        'percentage points to GDP growth.')\n"
        "for r in discover_relations(text, 'de'):\n"
        "    if r.kind.value == 'contribution':\n"
        "        print([(role.value, f.text) for role, f in r.roles])\n", encoding="utf-8")
    # the common contribution rule reads the German folder's phrasing; without the word, the
    # share is taken for the part's growth rate
    probe = _python(site, tmp_path, str(script))
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.splitlines() == [
        "[('contribution', '2.0 percentage points'), ('part-growth', '40%')]"]
    # a share word in the German words: the part's rate is the growth before the share
    words = (german / "words.toml").read_text(encoding="utf-8")
    (german / "words.toml").write_text(
        words.replace("share_cue = [", 'share_cue = ["Anteil", ', 1), encoding="utf-8")
    probe = _python(site, tmp_path, str(script))
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.splitlines() == [
        "[('contribution', '2.0 percentage points'), ('part-growth', '5.0%')]"]


def test_a_language_brings_its_own_number_words(tmp_path: Path) -> None:
    site = _package_with_german(tmp_path)
    # the extractor asks every language's mentions module; this one reads two German
    # number words
    (site / "factcheck" / "languages" / "de" / "mentions.py").write_text(
        "import re\n"
        "from fractions import Fraction\n"
        "from factcheck.extract.mentions import Kind, Mention\n"
        "from factcheck.extract.reading import point\n"
        "_WORDS = {'zwölf': 12, 'zwanzig': 20}\n"
        "def scan_words(folded: str, text: str, base: int, out: list[Mention]) -> None:\n"
        "    for m in re.finditer(r'\\b(zwölf|zwanzig)\\b', folded):\n"
        "        out.append(point(base + m.start(), base + m.end(), text[m.start():m.end()],\n"
        "                         Fraction(_WORDS[m.group(1)]), Kind.AMOUNT))\n", encoding="utf-8")
    script = tmp_path / "probe.py"
    script.write_text(
        "from factcheck.extract import extract\n"
        "for m in extract('Seit zwölf Monaten 3 Siege, mit zwanzig Punkten.'):\n"
        "    print(m.text, m.value, m.kind.value)\n", encoding="utf-8")
    probe = _python(site, tmp_path, str(script))
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.splitlines() == ["zwölf 12 amount", "3 3 amount", "zwanzig 20 amount"]


def test_a_language_brings_its_own_markers(tmp_path: Path) -> None:
    site = _package_with_german(tmp_path)
    german = site / "factcheck" / "languages" / "de"
    script = tmp_path / "probe.py"
    script.write_text(
        "from factcheck.extract import extract\n"
        "for m in extract('Das Land liegt auf Platz 3 und exportiert 12 Tonnen pro 100 Einwohner.'):\n"
        "    print(m.text, m.kind.value)\n", encoding="utf-8")
    probe = _python(site, tmp_path, str(script))
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.splitlines() == ["3 amount", "12 amount", "100 amount"]
    # two lines of the German words: Platz before a number makes it a rank, pro a rate; the
    # extractor reads what every language's words say a marker makes of the figure after it
    words = (german / "words.toml").read_text(encoding="utf-8")
    words = words.replace('markers = ["per", ', 'markers = ["platz", "pro", "per", ', 1)
    words = words.replace('ordinal_markers = ["top"]', 'ordinal_markers = ["platz", "top"]', 1)
    words = words.replace('rate_markers = ["per", ', 'rate_markers = ["pro", "per", ', 1)
    (german / "words.toml").write_text(words, encoding="utf-8")
    probe = _python(site, tmp_path, str(script))
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.splitlines() == ["Platz 3 ordinal", "12 amount", "pro 100 rate"]


def test_a_language_brings_the_tag_of_its_pages(tmp_path: Path) -> None:
    site = _package_with_german(tmp_path)
    german = site / "factcheck" / "languages" / "de"
    script = tmp_path / "probe.py"
    script.write_text("from factcheck.languages.lexicon import html_tag\n"
                      "print(html_tag('de'), html_tag('zh'), html_tag('en'), html_tag('xx'))\n",
                      encoding="utf-8")
    probe = _python(site, tmp_path, str(script))
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["de", "zh-Hans", "en", "xx"]  # the code when none is named
    words = (german / "words.toml").read_text(encoding="utf-8")
    (german / "words.toml").write_text(
        words.replace("spaced = true\n", 'spaced = true\nhtml_lang = "de-CH"\n', 1),
        encoding="utf-8")
    probe = _python(site, tmp_path, str(script))
    assert probe.stdout.split()[0] == "de-CH"
