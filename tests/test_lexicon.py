"""One lexicon per language: the words live in factcheck/languages/*/words.toml and nowhere else."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from factcheck import languages
from factcheck.claims.model import Direction
from factcheck.languages import lexicon
from factcheck.numbers.reading import Qualifier, UnitKind

PACKAGE = Path(lexicon.__file__).parent.parent

CATEGORIES = ("rise", "decline", "increase", "decrease", "above", "below", "percent",
              "percentage_point", "per_mille_point", "multiple", "periods", "quarters",
              "ordinals", "percent_of", "per_mille_of")
TABLES = ("qualifiers", "suffix_qualifiers", "scales", "doubling", "currencies")


def _guarded_words() -> set[str]:
    """Words no module but the lexicon may spell: CJK words of two characters or more,
    English words of four letters or more."""
    found: set[str] = set()
    for cat in CATEGORIES:
        found.update(lexicon.words(cat))
    for name in TABLES:
        found.update(lexicon.table(name))
    return {w for w in found if (not w.isascii() and len(w) >= 2)
            or (w.isascii() and len(w.replace(" ", "")) >= 4 and w.replace(" ", "").isalpha())}


NAMES = (frozenset(q.value for q in Qualifier) | frozenset(k.value for k in UnitKind)
         | frozenset(d.value for d in Direction))
# Compound nouns that contain a lexicon word but are names, not readings of it.
COMPOUNDS = ("增加值", "规模以上", "value added")


def _string_constants(tree: ast.AST) -> list[tuple[int, str, bool]]:
    """Every string constant but docstrings: line, text, and whether it is an element of
    a collection literal (a word list)."""
    docstrings = set()
    listed = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
        elements: list[ast.expr | None] = []
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            elements = list(node.elts)
        elif isinstance(node, ast.Dict):
            elements = list(node.keys)
        strings = [e for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(strings) >= 2:
            listed.update(id(e) for e in strings)
    return [(n.lineno, n.value, id(n) in listed) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def offenders() -> list[str]:
    """String constants outside the lexicon that spell its words: in a regex alternation,
    as a whole Chinese word, or as an element of a word list."""
    guarded = _guarded_words()
    cjk = [w for w in guarded if not w.isascii()]
    english = re.compile(r"(?<![A-Za-z])(?:" + lexicon.alternation(
        [w for w in guarded if w.isascii()]) + r")(?![A-Za-z])", re.I)
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "lexicon":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text, listed in _string_constants(tree):
            pattern = "|" in text or text.startswith(("^", "(?", "["))
            if not (pattern or listed or text.strip() in guarded):
                continue  # a message or a name, not a word list or a pattern
            bare = text
            for word in COMPOUNDS:
                bare = bare.replace(word, "")
            hit = next((w for w in cjk if w in bare), None)
            if hit is None and (pattern or listed):
                m = english.search(bare)
                hit = m.group(0) if m else None
            if text in NAMES:
                hit = None  # an enum value or a configuration key, not a word of prose
            if hit is not None:
                out.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {hit!r} in {text!r}")
    return out


def test_no_module_but_the_lexicon_spells_its_words() -> None:
    assert offenders() == []


@pytest.mark.parametrize("language", lexicon.LANGUAGES)
def test_each_language_has_every_category(language: str) -> None:
    data = lexicon.data(language)
    assert set(data["words"]) >= set(CATEGORIES) - {"percent_of", "per_mille_of"}
    for name in TABLES:
        assert name in data


def test_the_lexicon_is_read_once() -> None:
    assert lexicon.data("zh") is lexicon.data("zh")
    assert lexicon.words("decline")[0] in lexicon.words("decline", "zh") + lexicon.words(
        "decline", "en")


def test_alternation_puts_the_longest_word_first() -> None:
    assert re.match(lexicon.alternation(["降", "下降"]), "下降").group(0) == "下降"  # type: ignore[union-attr]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="no language 'fr'"):
        lexicon.data("fr")


def test_one_language_detector_for_every_command(tmp_path: Path) -> None:
    """An English release that quotes one Chinese name is English for init and for --auto."""
    from typer.testing import CliRunner

    from factcheck.app.cli import app
    from factcheck.languages.detect import detect_language

    text = ("Exports rose 4.1% to $52.8 billion in May, the statistics office (國家統計局) said, "
            "while imports fell 2.0% to $40.1 billion, leaving a surplus of $12.7 billion.\n")
    assert detect_language(text) == "en"
    assert detect_language("出口增长4.1%，进口下降2.0%。") == "zh"
    assert detect_language("") == "en"
    article = tmp_path / "trade.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "trade.yaml"
    done = CliRunner().invoke(app, ["init", str(article), "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert "language: en" in out.read_text(encoding="utf-8")


def test_prebuilt_lexicons_are_the_toml_files_parsed_now() -> None:
    import json

    committed = Path(lexicon.__file__).with_name(lexicon.PREBUILT).read_text(encoding="utf-8")
    assert committed == lexicon.prebuilt_text(), (
        "factcheck/languages/prebuilt.json is stale: run python -m factcheck.languages.lexicon")
    for language in lexicon.LANGUAGES:
        parsed = tomllib.loads(
            languages.path(language, "words.toml").read_text(encoding="utf-8"))
        # equal, and in the same order (ordered() and every table keep the lexicon's order)
        assert json.dumps(json.loads(committed)[language]["data"]) == json.dumps(parsed)
        assert json.dumps(lexicon.data(language)) == json.dumps(parsed)


def test_a_lexicon_edited_since_the_prebuilt_file_is_parsed_from_toml(
        monkeypatch: pytest.MonkeyPatch) -> None:
    raw = languages.path("en", "words.toml").read_bytes()
    stale = {"en": {"checksum": lexicon.checksum(raw + b"\n"), "data": {"words": {}}},
             "zh": {"checksum": "0:00000000", "data": {}}}
    monkeypatch.setattr(lexicon, "_prebuilt", lambda: stale)
    lexicon.data.cache_clear()
    try:
        assert lexicon.data("en") == tomllib.loads(raw.decode("utf-8"))
        assert lexicon.data("en")["words"]  # not the stale file's empty table
    finally:
        lexicon.data.cache_clear()


def test_prebuilt_templates_are_the_toml_files_parsed_now() -> None:
    import json

    committed = json.loads(
        Path(lexicon.__file__).with_name(lexicon.PREBUILT).read_text(encoding="utf-8"))
    for language in lexicon.LANGUAGES:
        parsed = tomllib.loads(
            languages.path(language, "templates.toml").read_text(encoding="utf-8"))
        assert parsed["template"]
        assert json.dumps(committed[language]["templates"]["data"]) == json.dumps(parsed)
        assert json.dumps(lexicon.templates(language)) == json.dumps(parsed)


def test_templates_edited_since_the_prebuilt_file_are_parsed_from_toml(
        monkeypatch: pytest.MonkeyPatch) -> None:
    raw = languages.path("zh", "templates.toml").read_bytes()
    stale = {"zh": {"checksum": "0:00000000", "data": {},
                    "templates": {"checksum": lexicon.checksum(raw + b"\n"),
                                  "data": {"template": []}}}}
    monkeypatch.setattr(lexicon, "_prebuilt", lambda: stale)
    lexicon.templates.cache_clear()
    try:
        assert lexicon.templates("zh") == tomllib.loads(raw.decode("utf-8"))
        assert lexicon.templates("zh")["template"]  # not the stale file's empty list
    finally:
        lexicon.templates.cache_clear()


def test_checksum_tells_apart_files_of_one_length() -> None:
    assert lexicon.checksum(b"abc") != lexicon.checksum(b"abd")
    assert lexicon.checksum(b"abc") == "3:352441c2"


def test_fold_table_is_normalise_over_its_ranges() -> None:
    from factcheck.extract.lexicon import fold_table
    from factcheck.languages.folding import normalise

    every: dict[int, str] = {}
    for lo, hi in [(0x2000, 0x2300), (0x3000, 0x3100), (0x4E00, 0xA000), (0xFF00, 0xFFF0)]:
        for cp in range(lo, hi):
            if normalise(chr(cp)) != chr(cp):
                every[cp] = normalise(chr(cp))
    assert list(fold_table().items()) == list(every.items())
    assert fold_table()[ord("，")] == "," and fold_table()[ord("萬")] == "万"
