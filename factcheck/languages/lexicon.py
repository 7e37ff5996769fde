"""The words of each language factcheck reads: ``words.toml`` in each language's folder.

Each holds the rise and decline words, comparison words, multipliers, qualifiers, unit
words and currency signs, period words, ordinals and (Chinese) the traditional→simplified
table. The number grammar, extraction, fidelity, discovery and
``init`` all read them from here; no other module spells such words (a test sees to it).
Each file is parsed once per process, and not at all when ``prebuilt.json`` beside them
holds it already: JSON reads in a tenth of the time TOML parses, and the file records the
checksum of each TOML file it was built from, so an edited lexicon is parsed as before
(``python -m factcheck.languages.lexicon`` rebuilds it; a test fails when it is stale).
The statement templates of discovery (``templates.toml``) are read here the same way, so a
run parses no TOML at all.
"""

from __future__ import annotations

import json
import re
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.languages import LANGUAGES, path

PREBUILT = "prebuilt.json"

__all__ = ["LANGUAGES", "alternation", "data", "languages", "ordered", "pattern", "prose", "spaced",
           "table", "templates", "words", "words_pattern"]

# one language by its code, several (``languages(spaced=…)``), or every language (None)
Languages = str | tuple[str, ...] | None


def _each(language: Languages) -> tuple[str, ...]:
    if language is None:
        return LANGUAGES
    return (language,) if isinstance(language, str) else language


@cache
def data(language: str) -> dict[str, Any]:
    """The parsed lexicon of one language."""
    # a path in the package, not importlib.resources: its readers cost start-up time
    return _stored_or_parsed(path(language, "words.toml").read_bytes(), _prebuilt().get(language))


def _stored_or_parsed(raw: bytes, stored: object) -> dict[str, Any]:
    """What ``prebuilt.json`` stored of a file, while it is the file as now; else the file
    parsed."""
    if isinstance(stored, dict) and stored.get("checksum") == checksum(raw):
        parsed: dict[str, Any] = stored["data"]
        return parsed
    return _parsed(raw)


def _entry(raw: bytes) -> dict[str, Any]:
    """What ``prebuilt.json`` stores of a file: its checksum and its contents parsed."""
    return {"checksum": checksum(raw), "data": _parsed(raw)}


def _parsed(raw: bytes) -> dict[str, Any]:
    # imported here: with the prebuilt file, a run never loads the TOML parser
    import tomllib

    return tomllib.loads(raw.decode("utf-8"))


def checksum(raw: bytes) -> str:
    """What ``prebuilt.json`` records of a TOML file: its length and CRC-32."""
    return f"{len(raw)}:{zlib.crc32(raw):08x}"


@cache
def _prebuilt() -> dict[str, Any]:
    try:
        with Path(__file__).with_name(PREBUILT).open("rb") as f:
            built = json.load(f)
    except (OSError, ValueError):
        return {}
    return built if isinstance(built, dict) else {}


@cache
def templates(language: str) -> dict[str, Any] | None:
    """The parsed statement templates of one language (``templates.toml``), None when it
    has none; from ``prebuilt.json`` while that holds them as the file is now."""
    try:
        raw = path(language, "templates.toml").read_bytes()
    except FileNotFoundError:
        return None
    built = _prebuilt().get(language)
    return _stored_or_parsed(raw, built.get("templates") if isinstance(built, dict) else None)


def prebuilt_text() -> str:
    """The contents of ``prebuilt.json``: each lexicon and each file of templates parsed,
    with the checksum of the file."""
    built: dict[str, dict[str, Any]] = {}
    for language in LANGUAGES:
        built[language] = _entry(path(language, "words.toml").read_bytes())
        template_file = path(language, "templates.toml")
        if template_file.is_file():
            built[language]["templates"] = _entry(template_file.read_bytes())
    return json.dumps(built, ensure_ascii=False, indent=1) + "\n"  # in the order of the TOML


@cache
def words(category: str, language: Languages = None) -> tuple[str, ...]:
    """The words of a category (``decline``, ``percentage_point`` …), longest first.

    Without a language, the words of every language (numbers print alike in both); with a
    tuple of languages (``languages(spaced=False)``), the words of those.
    """
    found: set[str] = set()
    for lang in _each(language):
        found.update(data(lang)["words"].get(category, ()))
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


@cache
def ordered(category: str, language: Languages) -> tuple[str, ...]:
    """The words of a category in the order the lexicon lists them (第一产业, 第二产业 …);
    of several languages, each language's in turn, a word once."""
    return tuple(dict.fromkeys(w for lang in _each(language)
                               for w in data(lang)["words"].get(category, ())))


@cache
def table(name: str, language: Languages = None) -> dict[str, Any]:
    """A table of the lexicon (``scales``, ``qualifiers``, ``units`` …), merged over languages
    when no language (or several) is given; keys longest first."""
    merged: dict[str, Any] = {}
    for lang in _each(language):
        merged.update(data(lang).get(name, {}))
    return {k: merged[k] for k in sorted(merged, key=lambda w: (-len(w), w))}


@cache
def prose(language: str) -> dict[str, Any]:
    """How discovery reads the prose of a language: the ``[prose]`` table of its words
    (``spaced``, how far back a subject reaches …); empty when it has none."""
    found: dict[str, Any] = data(language).get("prose", {})
    return found


def html_tag(language: str) -> str:
    """The tag that marks a page or an article in ``language`` (BCP 47, ``zh-Hans``): its
    pack's ``[prose] html_lang``, else the language's code."""
    if language not in LANGUAGES:
        return language
    return str(prose(language).get("html_lang", language))


def spaced(language: str) -> bool:
    """Whether the words of a language stand apart between blanks (English), so that cue
    words match at word boundaries and subjects are runs of words; not so in Chinese."""
    return bool(prose(language).get("spaced", False))


@cache
def languages(*, spaced: bool) -> tuple[str, ...]:
    """The languages whose words stand apart between blanks (``spaced=True``: a multiplier,
    a marker or a qualifier is a word of its own, ``3.2 million``, ``top 10``), or those
    written without blanks (``spaced=False``: the word is glued to the digits, ``3.2万``,
    ``第3``). Code that reads digits asks the packs this way instead of naming one."""
    return tuple(lang for lang in LANGUAGES if bool(prose(lang).get("spaced", False)) == spaced)


def words_pattern(category: str, language: str) -> str:
    """The words of a category as a regular expression: an alternation, at word boundaries
    in a spaced language."""
    found = alternation(words(category, language))
    return rf"\b(?:{found})\b" if spaced(language) else found


def alternation(items: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``items``, escaped, longest first (so 下降 wins over 降)."""
    return "|".join(re.escape(w) for w in sorted(items, key=lambda w: (-len(w), w)))


@cache
def pattern(category: str, language: str | None = None) -> re.Pattern[str]:
    """The words of a category as one compiled, case-blind alternation."""
    return re.compile(alternation(words(category, language)), re.IGNORECASE)


@cache
def traditional() -> dict[int, str]:
    """Traditional → simplified, one code point for one, as a translation table."""
    return {ord(k): v for k, v in table("traditional").items()}


if __name__ == "__main__":  # python -m factcheck.languages.lexicon: rebuild prebuilt.json
    target = Path(__file__).with_name(PREBUILT)
    target.write_text(prebuilt_text(), encoding="utf-8")
    print(f"wrote {target}")
