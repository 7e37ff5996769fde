"""The languages factcheck reads: one folder per language.

A language is a folder here holding its words (``words.toml``: rise and decline words,
multipliers, qualifiers, units, periods, names …), its statement templates
(``templates.toml``), its messages (``messages.po``) and the modules only it needs:
``numerals`` (a numeral reader), ``mentions`` (figures written in its words) and
``statements`` (the relations its prose states, for discovery). Adding a language is adding
a folder; ``lexicon`` reads the words, ``detect`` tells which language a text is in, and
every other module reaches a language's modules through ``module`` by name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType

_HERE = Path(__file__).parent

# every folder with its words is a language; sorted, so every list of them is stable
LANGUAGES: tuple[str, ...] = tuple(sorted(
    entry.name for entry in _HERE.iterdir() if (entry / "words.toml").is_file()))
# the language of a text with no other claim on it
FALLBACK = "en"


def path(language: str, name: str) -> Path:
    """A data file of a language's folder (``words.toml``, ``templates.toml``, ``messages.po``)."""
    if language not in LANGUAGES:
        raise ValueError(f"no language {language!r}: expected one of {', '.join(LANGUAGES)}")
    return _HERE / language / name


@cache
def module(language: str, name: str) -> ModuleType | None:
    """A language's module (``statements``, ``mentions`` …), or None when it has none."""
    import importlib

    if language not in LANGUAGES or not (_HERE / language / f"{name}.py").is_file():
        return None
    return importlib.import_module(f"{__name__}.{language}.{name}")


@cache
def modules(name: str) -> tuple[ModuleType, ...]:
    """Every language's module of that name, in the order of ``LANGUAGES``: what the
    extractor asks of each language (``mentions``)."""
    found = (module(language, name) for language in LANGUAGES)
    return tuple(m for m in found if m is not None)
