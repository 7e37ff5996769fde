"""``factcheck review CLAIMS``: walk the unreviewed items of a drafted claims file.

An item is unreviewed while it holds a marker a draft leaves for a person (what FC106
fails on): ``TODO…`` in a claim's ``measures`` or ``note`` or a waiver's ``reason``, or
``… — review`` in them. For each, the reviewer sees the article's sentence with the figure
highlighted and what was drafted, and accepts it (the markers go), edits a field, opens
``$EDITOR`` at its line, deletes it, or accepts every remaining figure of its kind.

The file is edited as a round trip (ruamel.yaml), as ``update`` edits it: comments, key
order and layout stay. Nothing is written until the walk ends (or the reviewer quits with
``q``); the write is atomic, so an interrupted review leaves the file as it was.
This module reads keys and prints through the callables it is given, so a test drives it
with scripted keys.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.checks.review import REVIEW, TODO, draft_marker
from factcheck.core.i18n import N_, _

_NUMBER = re.compile(r"[-−]?\d+(?:[.,]\d+)*")
_SENTENCE_END = "。！？!?\n"
# fields of a claim that name other claims (a deleted claim is taken out of them)
_SCALARS = ("current", "prior", "increase", "of", "against", "part", "whole", "part-of",
            "count", "part-growth", "whole-growth", "left", "right")


@dataclass
class Item:
    """One unreviewed claim or waiver of the draft."""

    section: str  # "claims" or "waivers"
    entry: Any  # the round-trip mapping in the document
    sentence: str  # the article's sentence around the quote
    figure: tuple[int, int] | None  # the figure's place in ``sentence``

    @property
    def name(self) -> str:
        return str(self.entry.get("id") or f"waiver “{self.entry.get('quote')}”")

    @property
    def kind(self) -> str:
        return str(self.entry.get("kind", "amount")) if self.section == "claims" else "waiver"

    @property
    def line(self) -> int:
        """The entry's line in the claims file (1-based)."""
        return int(self.entry.lc.line) + 1


def round_trip() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    return yaml


def accepted(text: str) -> str | None:
    """A field's text with the draft markers taken out; None when nothing is left to keep
    ("TODO: what is measured" says nothing)."""
    out = text.strip()
    if out.startswith(TODO):
        out = out[len(TODO):].lstrip(" :")
        if out in ("what is measured", ""):
            return None
        out = out.removesuffix("?").rstrip()
    if REVIEW in out:
        out = out.replace(REVIEW, "").strip(" ,;—")
        if out in ("relations discovered", "discovered", "new figure drafted by factcheck update"):
            return None
    return out or None


class Review:
    """The draft being reviewed: its round-trip document and its unreviewed items."""

    def __init__(self, path: Path, original: str, article_text: str) -> None:
        self.path = path
        self.original = original
        nested = re.search(r"^claims:[ \t]*\n( *)- ", original, re.MULTILINE)
        dash = len(nested.group(1)) if nested else 2
        self.yaml = round_trip()
        self.yaml.indent(mapping=2, sequence=dash + 2, offset=dash)
        self.document: Any = self.yaml.load(original)
        self.article = article_text
        self.items = self._items()
        self.edits = 0  # fields changed by hand and items deleted (accepting is no edit)

    def _items(self) -> list[Item]:
        items = []
        for section, keys in (("claims", ("measures", "note")), ("waivers", ("reason",))):
            for entry in self.document.get(section) or []:
                if any(draft_marker(_str(entry.get(k))) for k in keys):
                    items.append(self._item(section, entry))
        items.sort(key=lambda i: i.line)
        return items

    def _item(self, section: str, entry: Any) -> Item:
        quote = str(entry.get("quote", ""))
        starts = [m.start() for m in re.finditer(re.escape(quote), self.article)] if quote else []
        nth = int(entry.get("occurrence") or 1)
        if not starts:
            return Item(section, entry, quote, None)
        at = starts[min(nth, len(starts)) - 1]
        left = at
        while left > 0 and self.article[left - 1] not in _SENTENCE_END:
            left -= 1
        right = at + len(quote)
        while right < len(self.article) and self.article[right] not in _SENTENCE_END:
            right += 1
        if right < len(self.article) and self.article[right] != "\n":
            right += 1
        sentence = self.article[left:right].strip()
        offset = at - left - (len(self.article[left:right]) - len(self.article[left:right].lstrip()))
        figure = _figure_in(quote, str(entry.get("value", "")))
        place = (offset + figure[0], offset + figure[1]) if figure else (offset, offset + len(quote))
        return Item(section, entry, sentence, place)

    # the actions -------------------------------------------------------------------------

    def accept(self, item: Item) -> None:
        keys = ("measures", "note") if item.section == "claims" else ("reason",)
        for key in keys:
            text = _str(item.entry.get(key))
            if text is None or not draft_marker(text):
                continue
            kept = accepted(text)
            if kept is None and key != "reason":
                del item.entry[key]
            else:
                # a waiver needs a reason: the drafted one without its marker
                item.entry[key] = kept or "not a quantity"

    def set_field(self, item: Item, key: str, value: str) -> None:
        item.entry[key] = value
        self.edits += 1

    def delete(self, item: Item) -> None:
        entries = self.document[item.section]
        for i, entry in enumerate(entries):
            if entry is item.entry:
                del entries[i]
                break
        self.edits += 1
        if item.section != "claims":
            return
        gone = str(item.entry.get("id"))
        for entry in self.document.get("claims") or []:
            for key in list(entry):
                value = entry[key]
                if key in _SCALARS and str(value) == gone:
                    del entry[key]
                elif key == "components" and isinstance(value, list) and gone in value:
                    del entry[key]  # a structure without one of its parts is no structure

    def text(self) -> str:
        buffer = io.StringIO()
        self.yaml.dump(self.document, buffer)
        return buffer.getvalue()

    @property
    def changed(self) -> bool:
        return self.text() != self.original


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _figure_in(quote: str, value: str) -> tuple[int, int] | None:
    """Where the claim's number is in its quote: the quote's number equal to the value's."""
    mine = _NUMBER.search(value)
    found = list(_NUMBER.finditer(quote))
    if not found:
        return None
    if mine is not None:
        digits = mine.group().lstrip("-−")
        for m in found:
            if m.group().lstrip("-−") == digits:
                return m.start(), m.end()
    return found[0].start(), found[0].end()


# the walk -----------------------------------------------------------------------------------

KEYS = N_("[a]ccept [e]dit [o]pen $EDITOR [d]elete [k]ind: accept all [s]kip [q]uit and save")


@dataclass
class Io:
    """How the walk talks to the reviewer: one key, one line, text out, the editor."""

    key: Callable[[], str]
    line: Callable[[str], str]
    show: Callable[[Any], None]
    editor: Callable[[Path, int], None]
    save: Callable[[str], None]


def describe(item: Item, position: int, total: int) -> Any:
    """What the reviewer reads about one item, as rich text."""
    from rich.text import Text

    out = Text()
    out.append(f"[{position}/{total}] ", style="dim")
    out.append(item.name, style="bold")
    out.append("  " + _("line {line}").format(line=item.line) + "\n", style="dim")
    if item.figure is not None:
        a, b = item.figure
        out.append("  " + item.sentence[:a])
        out.append(item.sentence[a:b], style="bold reverse")
        out.append(item.sentence[b:] + "\n")
    else:
        out.append("  " + _("“{sentence}” (not found in the article)").format(
            sentence=item.sentence) + "\n", style="yellow")
    entry = item.entry
    if item.section == "claims":
        value = str(entry.get("value", ""))
        sign = _("negative") if value.lstrip().startswith(("-", "−")) else _("positive")
        out.append("  " + _("value {value} · kind {kind} · sign {sign}").format(
            value=value, kind=item.kind, sign=sign) + "\n")
        out.append(f"  measures: {entry.get('measures', _('(none)'))}\n")
        relations = [f"{k}: {entry[k]}" for k in entry if k in _SCALARS]
        if "components" in entry:
            relations.append(f"components: {', '.join(str(c) for c in entry['components'])}")
        if relations:
            out.append("  " + _("relations: {relations}").format(relations="; ".join(relations))
                       + "\n")
        if entry.get("note"):
            out.append(f"  note: {entry['note']}\n")
    else:
        out.append(f"  reason: {entry.get('reason')}\n")
    out.append(_(KEYS), style="dim")
    return out


def walk(review: Review, io_: Io, skipped: set[str] | None = None,
         kinds: set[str] | None = None) -> bool:
    """Review every item, then save. True when the walk is over (the end, or ``q``); False
    when the reviewer opened the file in the editor: what was done is saved first, and the
    caller reads the file again and walks on (``skipped`` and ``kinds`` carry over).
    Ctrl-C raises KeyboardInterrupt, and input that ends raises EOFError, before anything
    is saved."""
    skipped = set() if skipped is None else skipped
    kinds = set() if kinds is None else kinds
    items = [item for item in review.items if item.name not in skipped]
    i = 0
    while i < len(items):
        item = items[i]
        if item.kind in kinds:
            review.accept(item)
            i += 1
            continue
        io_.show(describe(item, i + 1, len(items)))
        key = io_.key().lower()
        if key == "":  # the input ended (a closed terminal): stop, save nothing
            raise EOFError("input ended")
        if key == "a":
            review.accept(item)
        elif key == "d":
            review.delete(item)
        elif key == "k":
            kinds.add(item.kind)
            review.accept(item)
        elif key == "s":
            skipped.add(item.name)
        elif key == "q":
            break
        elif key == "e":
            field = io_.line(_("field (measures, value, kind, note, …): ")).strip()
            if not field:
                continue
            value = io_.line(f"{field}: ").strip()
            if not value:
                continue
            review.set_field(item, field, value)
            if field in ("measures", "note", "reason") and draft_marker(value):
                continue
            review.accept(item)
        elif key == "o":
            io_.save(review.text())
            io_.editor(review.path, item.line)
            skipped.add(item.name)  # what the editor left is the reviewer's own
            return False
        else:
            from rich.text import Text

            # plain text: rich reads "[a]", "[o]" and "[s]" of the keys as markup
            io_.show(Text(_("unknown key {key}: {keys}").format(key=repr(key), keys=_(KEYS))))
            continue
        i += 1
    io_.save(review.text())
    return True
