"""Messages in the desk's language: English (the source text) or simplified Chinese.

Every message a person reads — report headings, summary lines, HTML labels, the CLI's
help and its messages — is written in English in the code and wrapped in ``_()``; its
translation is looked up in a gettext catalogue, ``factcheck/languages/<language>/messages.po``. A
message with ``{name}`` fields is translated as a template and filled after, so numbers
are formatted by the code that computed them, never by the catalogue.

The language is the first of: ``--lang`` (any command), ``lang`` in the configuration,
the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``: ``zh…`` is Chinese),
else English. English costs nothing at start-up: no catalogue is read; the Chinese one is
read on the first message asked for. A message missing from a catalogue is shown in
English (``tests/test_messages.py`` fails on it).

Check codes and check names (``FC101 claim-value-matches-quote``) are never translated;
the machine formats (JSON, SARIF, JUnit, GitHub annotations) keep their keys and enumerated
values in English, their message text in the language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from factcheck import languages

# the languages with a message catalogue (``messages.po`` in their folder)
LANGUAGES = tuple(lang for lang in languages.LANGUAGES
                  if languages.path(lang, "messages.po").is_file())

# the language the messages are written in, which needs no catalogue
SOURCE_LANGUAGE = "en"
_language = SOURCE_LANGUAGE
_chosen_by_flag = False
_catalogue: dict[str, str] | None = None


def from_locale(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for (``zh`` for any Chinese locale), else ``en``."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            asked = value.lower()[:2]
            return asked if asked in LANGUAGES else "en"
    return "en"


def set_language(language: str | None, *, flag: bool = False) -> None:
    """Use ``language`` (``en`` or ``zh``) from now on. A choice made on the command line
    (``flag``) is kept over the configuration's."""
    global _language, _chosen_by_flag, _catalogue
    if language is None:
        return
    if _chosen_by_flag and not flag:
        return
    if language not in LANGUAGES:
        raise ValueError(language)
    if language != _language:
        _catalogue = None
    _language = language
    _chosen_by_flag = _chosen_by_flag or flag


def reset(language: str = "en") -> None:
    """Forget every choice (tests, and each run of the CLI in one process)."""
    global _language, _chosen_by_flag, _catalogue
    _language, _chosen_by_flag, _catalogue = language, False, None


def language() -> str:
    return _language


def catalogue_path(language: str) -> Path:
    """A language's message catalogue: ``factcheck/languages/<language>/messages.po``."""
    return languages.path(language, "messages.po")


class Message(str):
    """A message a check computed: the English text, which it is, and the template and
    fields it was made from, so a report can show it in another language with the same
    numbers (``_()`` translates the template, and any field that is a Message itself).

    ``Message(N_("{what}: the figures give {face}."), what=..., face="8.1%")``
    """

    template: str
    fields: dict[str, str]

    def __new__(cls, template: str, /, **fields: object) -> Message:
        if not fields and isinstance(template, Message):
            return template  # already a message: keep its template and fields
        values = {k: v if isinstance(v, Message) else str(v) for k, v in fields.items()}
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.fields = values
        return self

    def __getnewargs__(self) -> tuple[str]:
        return (str(self),)


def _(message: str) -> str:
    """``message`` in the current language (English when the catalogue lacks it); a
    ``Message`` is translated by its template, its numbers kept."""
    if _language == "en":
        return message
    global _catalogue
    if _catalogue is None:
        _catalogue = read_po(catalogue_path(_language))
    if isinstance(message, Message):
        # a template the catalogue lacks stays English, its fields still translated (a list
        # joined by ``joined`` has no words of its own)
        template = _catalogue.get(message.template) or message.template
        if not message.fields:
            return template
        fields = {k: _(v) if isinstance(v, Message) else v for k, v in message.fields.items()}
        return template.format(**fields)
    return _catalogue.get(message) or message


def joined(parts: Sequence[str], separator: str, tail: str = "") -> str:
    """``separator.join(parts) + tail`` that stays a message: each part that is a Message
    is translated where shown."""
    if isinstance(separator, Message) and len(parts) > 1:
        # a separator that is a message is translated too (", " is "，" in Chinese)
        end = tail.replace("{", "{{").replace("}", "}}")
        template = "{sep}".join(f"{{p{i}}}" for i in range(len(parts))) + end
        return Message(template, sep=separator, **{f"p{i}": p for i, p in enumerate(parts)})
    if not any(isinstance(p, Message) for p in parts):
        return separator.join(parts) + tail
    sep, end = (x.replace("{", "{{").replace("}", "}}") for x in (separator, tail))
    template = sep.join(f"{{p{i}}}" for i in range(len(parts))) + end
    return Message(template, **{f"p{i}": p for i, p in enumerate(parts)})


def message_of(exc: BaseException) -> str:
    """An exception's message, kept a ``Message`` when it was raised with one (``str(exc)``
    would make it plain English text)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue where it is defined; ``_()`` translates it
    where it is shown."""
    return message


def plural(n: int, one: str, many: str) -> str:
    """The singular or plural template for ``n``, translated (Chinese has one form, both
    msgids are in the catalogue)."""
    return _(one if n == 1 else many)


def read_po(path: Path) -> dict[str, str]:
    """msgid → msgstr of a gettext ``.po`` file (no contexts or plural forms: the code
    chooses a plural template itself). Untranslated (empty) entries are left out."""
    out: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return out
    msgid: list[str] = []
    msgstr: list[str] = []
    current: list[str] | None = None

    def flush() -> None:
        key, value = "".join(msgid), "".join(msgstr)
        if key and value:
            out[key] = value

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("msgid "):
            flush()
            msgid, msgstr = [_unquote(line[6:])], []
            current = msgid
        elif line.startswith("msgstr "):
            msgstr = [_unquote(line[7:])]
            current = msgstr
        elif line.startswith('"') and current is not None:
            current.append(_unquote(line))
        elif not line or line.startswith("#"):
            continue
    flush()
    return out


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _unquote(quoted: str) -> str:
    body = quoted.strip()[1:-1]
    if "\\" not in body:
        return body
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)
