"""Bring the message catalogues up to date with the code.

    python scripts/messages.py

Collects every message the code marks (``_()``, ``N_()``, ``plural()``) and every help
text of the CLI (``factcheck.app.lang.wanted_messages``), then writes
``factcheck/languages/en/messages.po`` (each message its own translation) and merges them into
``factcheck/languages/zh/messages.po``: translations kept, new messages added untranslated (so
``tests/test_messages.py`` fails until they are translated), messages no longer used
dropped. Both files are written with Babel, sorted, without dates, so that the same code
gives the same bytes.
"""

from __future__ import annotations

import io

import typer
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from factcheck import languages
from factcheck.app.cli import app
from factcheck.app.lang import wanted_messages


def write(language: str, translations: dict[str, str]) -> None:
    catalog = Catalog(locale=language, project="factcheck", version="1", fuzzy=False,
                      header_comment="# Messages of factcheck, " + language + ".")
    for msgid in sorted(translations):
        catalog.add(msgid, translations[msgid])
    out = io.BytesIO()
    write_po(out, catalog, width=0, omit_header=True, sort_output=True)
    languages.path(language, "messages.po").write_bytes(out.getvalue())


def main() -> None:
    wanted = wanted_messages(typer.main.get_command(app))
    write("en", {m: m for m in wanted})
    old: dict[str, str] = {}
    path = languages.path("zh", "messages.po")
    if path.exists():
        with path.open("rb") as f:
            for message in read_po(f):
                if message.id and isinstance(message.id, str):
                    old[message.id] = message.string if isinstance(message.string, str) else ""
    write("zh", {m: old.get(m, "") for m in wanted})
    missing = [m for m in wanted if not old.get(m)]
    print(f"{len(wanted)} messages; {len(missing)} not yet translated in zh.po")


if __name__ == "__main__":
    main()
