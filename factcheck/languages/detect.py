"""Which language a text is in: the one answer every command uses."""

from __future__ import annotations

import re

from factcheck.languages import FALLBACK, LANGUAGES, lexicon


def detect_language(text: str) -> str:
    """The language of an article, the one answer every command uses: the language whose
    script (``[detect] script`` in its words) makes up its share of the letters, else
    English (an English release quoting one Chinese name stays English)."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return FALLBACK
    for language in LANGUAGES:
        rule = lexicon.data(language).get("detect")
        if rule and len(_script(rule["script"]).findall(text)) >= rule["share"] * letters:
            return language
    return FALLBACK


_scripts: dict[str, re.Pattern[str]] = {}


def _script(chars: str) -> re.Pattern[str]:
    if chars not in _scripts:
        _scripts[chars] = re.compile(f"[{chars}]")
    return _scripts[chars]
