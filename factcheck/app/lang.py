"""Choosing the language of messages, and the CLI's help in it (see ``core.i18n``).

``--lang`` is taken from anywhere on the command line (``factcheck run --lang zh`` and
``factcheck --lang zh run`` alike); without it, ``lang`` in the nearest configuration
file, then the locale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from factcheck.core import i18n
from factcheck.core.i18n import N_


class BadLanguage(ValueError):
    """``--lang`` names no language factcheck speaks."""


def take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """The ``--lang`` value of a command line, and the command line without it."""
    out: list[str] = []
    chosen: str | None = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            out.extend(argv[i:])
            break
        if arg == "--lang":
            if i + 1 >= len(argv):
                raise BadLanguage("factcheck: --lang needs a value: en or zh")
            chosen = argv[i + 1]
            i += 2
            continue
        if arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
            i += 1
            continue
        out.append(arg)
        i += 1
    if chosen is not None and chosen not in i18n.LANGUAGES:
        raise BadLanguage(f"factcheck: --lang {chosen!r} is not one of "
                          f"{', '.join(i18n.LANGUAGES)}")
    return chosen, out


def choose(flag: str | None, cwd: Path | None = None) -> str:
    """Set the language: the flag, else the configuration's ``lang``, else the locale."""
    if flag is not None:
        i18n.set_language(flag, flag=True)
        return flag
    configured = _configured(cwd or Path.cwd())
    i18n.set_language(configured or i18n.from_locale())
    return i18n.language()


def _configured(cwd: Path) -> str | None:
    """``lang`` of the nearest configuration file; a file that cannot be read says
    nothing here (the command that reads it reports why)."""
    from factcheck.app.config import find_config, load_config
    from factcheck.core.errors import InputError

    try:
        found = find_config(cwd)
        return load_config(found).lang if found is not None else None
    except (InputError, OSError):
        return None


def _help_fields(command: Any) -> Iterator[tuple[Any, str]]:
    """(object, attribute) of every help text a person reads in ``--help``."""
    for attr in ("help", "short_help", "rich_help_panel"):
        yield command, attr
    for param in getattr(command, "params", ()):
        for attr in ("help", "rich_help_panel"):
            yield param, attr
    for sub in getattr(command, "commands", {}).values():
        yield from _help_fields(sub)


def help_texts(command: Any) -> list[str]:
    """Every help text of a click command tree, in English, in a stable order."""
    out: list[str] = []
    for obj, attr in _help_fields(command):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value.strip() and value not in out:
            out.append(value)
    return out


def translate_help(command: Any) -> None:
    """Translate a click command tree's help in place (once: a marked tree is skipped)."""
    _typer_words()
    if i18n.language() == "en" or getattr(command, "_factcheck_lang", None) == i18n.language():
        return
    for obj, attr in _help_fields(command):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value.strip():
            setattr(obj, attr, i18n._(value))
    command._factcheck_lang = i18n.language()
    _fold_long_words()


# typer's own words in a help page, by the name of the constant that holds each
TYPER_WORDS = {"ARGUMENTS_PANEL_TITLE": N_("Arguments"), "OPTIONS_PANEL_TITLE": N_("Options"),
               "COMMANDS_PANEL_TITLE": N_("Commands"), "ERRORS_PANEL_TITLE": N_("Error"),
               "ABORTED_TEXT": N_("Aborted.")}
# the help of the --help option, which typer adds to every command
HELP_OPTION = N_("Show this message and exit.")


def _typer_words() -> None:
    """The panel titles typer prints (Arguments, Options, …) in the language of messages
    (set back in English too: tests run the CLI in one process in both languages)."""
    from typer import rich_utils

    for name, english in TYPER_WORDS.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, i18n._(english))


def _fold_long_words() -> None:
    """Let help text break inside a run of Chinese characters: rich breaks lines at spaces
    only and cuts a longer "word" with an ellipsis, and a Chinese sentence has no spaces."""
    from typer import rich_utils

    make = rich_utils._make_rich_text
    if getattr(make, "_folds", False):
        return

    def folding(*, text: str, style: str = "", markup_mode: Any) -> Any:
        if text == HELP_OPTION:
            text = i18n._(text)
        made = make(text=text, style=style, markup_mode=markup_mode)
        if i18n.language() != "en" and hasattr(made, "overflow"):
            made.overflow = "fold"
        return made

    folding._folds = True  # type: ignore[attr-defined]
    rich_utils._make_rich_text = folding
    _break_between_characters()


# a Chinese character (or a full-width sign) is a word of its own for line breaking; an
# opening bracket or quote stays with the character after it, closing punctuation with the
# one before it, so that no line starts with ， or ）
_CJK = "\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef"
_OPENING = "（“‘《「『【〔"
_CLOSING = "，。、；：？！）”’》」』】〕"
# a figure keeps the Chinese characters of its unit with it (459.06亿元 is not broken after
# 459.06), up to four of them (个百分点)
_WORD = re.compile(rf"\s*(?:[^\s{_CJK}]*\d[^\s{_CJK}]*[\u4e00-\u9fff]{{0,4}}[{_CLOSING}]*"
                   rf"|[{_OPENING}]*[{_CJK}][{_CLOSING}]*|[^\s{_CJK}]+[{_CLOSING}]*)\s*")


def _cjk_words(text: str) -> Iterator[tuple[int, int, str]]:
    """rich's words of a line (start, end, word with its trailing spaces), each Chinese
    character one word: rich breaks lines at spaces only, and a Chinese sentence has none,
    so a sentence after an English word went whole to the next line and left a gap."""
    position = 0
    found = _WORD.match(text, position)
    while found is not None and found.end() > position:
        yield found.start(), found.end(), found.group(0)
        position = found.end()
        found = _WORD.match(text, position)


def _break_between_characters() -> None:
    """Let rich break a line between two Chinese characters while messages are Chinese."""
    from rich import _wrap

    english = _wrap.words
    if getattr(english, "_cjk", False):
        return

    def words(text: str) -> Iterable[tuple[int, int, str]]:
        return _cjk_words(text) if i18n.language() != "en" else english(text)

    words._cjk = True  # type: ignore[attr-defined]
    _wrap.words = words


def source_messages(package: Path | None = None) -> list[str]:
    """Every message the code marks for translation: the first argument of ``_()`` and
    ``N_()``, the two templates of ``plural()``, string literals only, in file order."""
    import ast

    root = package or Path(__file__).resolve().parent.parent
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            args = node.args[:1] if name in ("_", "N_") else node.args[1:3] if name == "plural" else []
            for arg in args:
                if (isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value
                        and arg.value not in out):
                    out.append(arg.value)
    return out


def wanted_messages(command: Any) -> list[str]:
    """Every msgid a complete catalogue holds: the marked messages and the help of the
    CLI's click ``command`` (``typer.main.get_command(app)``)."""
    out = source_messages()
    out += [t for t in help_texts(command) if t not in out]
    return out
