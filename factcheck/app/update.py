"""``factcheck update CLAIMS``: bring a claims file up to date after its article was edited.

A quote that is no longer in the article is re-anchored to the closest passage (the same
search FC101 reports); when the figure in it changed, the claim's value follows (old → new)
and the claims that relate to it are named. Figures the article now prints that no claim or
waiver covers get draft claims (marked for review, so FC106 asks a person to look). The file
is edited as a round trip (ruamel.yaml): comments, key order and layout stay as they were.

Prints nothing and writes nothing: the command line shows the plan and the diff, and writes
only when asked.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.claims.kinds import REFERENCE_KEYS

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Moved:
    """A claim whose quote was re-anchored, and its value if the figure changed."""

    claim_id: str
    old_quote: str
    new_quote: str
    old_value: str
    new_value: str
    line: int
    column: int
    related: tuple[str, ...]  # claims that name this one in a relation


@dataclass(frozen=True)
class Lost:
    """A claim whose quote has no close passage any more."""

    claim_id: str
    quote: str


@dataclass(frozen=True)
class Drafted:
    """A draft claim for a figure no claim covers."""

    claim_id: str
    quote: str
    value: str
    line: int
    column: int


@dataclass
class Plan:
    """What ``update`` would change, and the new text of the claims file."""

    original: str
    updated: str
    moved: list[Moved] = field(default_factory=list)
    lost: list[Lost] = field(default_factory=list)
    drafted: list[Drafted] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.updated != self.original

    def diff(self, path: str) -> str:
        import difflib

        out = "".join(difflib.unified_diff(
            self.original.splitlines(keepends=True), self.updated.splitlines(keepends=True),
            fromfile=f"{path} (on disk)", tofile=f"{path} (updated)"))
        return out if not out or out.endswith("\n") else out + "\n"

    def summary(self) -> str:
        """What was done, in the language of messages (the diff is the file's own text)."""
        from factcheck.core.i18n import _

        lines = []
        for m in self.moved:
            head = _("{id}: quote re-anchored at {line}:{column}").format(
                id=m.claim_id, line=m.line, column=m.column)
            if m.old_value != m.new_value:
                head += _("; figure changed {old} → {new}").format(old=m.old_value,
                                                                   new=m.new_value)
                if m.related:
                    head += _(" (used by {ids})").format(ids=", ".join(m.related))
            lines.append(head)
            lines.append(f"    “{m.old_quote}” → “{m.new_quote}”")
        for lost in self.lost:
            lines.append(_("{id}: quote “{quote}” has no close passage in the article; edit the "
                           "claim by hand or delete it").format(id=lost.claim_id, quote=lost.quote))
        for d in self.drafted:
            lines.append(_("new figure {value} at {line}:{column}: drafted claim {id} "
                           "(“{quote}”), to review").format(value=d.value, line=d.line,
                                                            column=d.column, id=d.claim_id,
                                                            quote=d.quote))
        if not lines:
            lines.append(_("nothing to update: every quote is in the article and every figure "
                           "is covered"))
        return "\n".join(lines) + "\n"


def renumbered(old_quote: str, new_quote: str, value: str) -> str:
    """The claim's value with its number replaced by the one the new passage prints in
    the same place (the n-th number of the quote); the value itself when it cannot tell."""
    old_numbers = _NUMBER.findall(old_quote)
    new_numbers = _NUMBER.findall(new_quote)
    mine = _NUMBER.search(value)
    if mine is None or len(old_numbers) != len(new_numbers):
        return value
    number = mine.group()
    if number not in old_numbers:
        return value
    replacement = str(new_numbers[old_numbers.index(number)])
    return value[:mine.start()] + replacement + value[mine.end():]


def plan(path: Path, original: str, article: Path | None = None) -> Plan:
    """The update of the claims file at ``path`` (whose text is ``original``)."""
    from ruamel.yaml import YAML

    from factcheck.claims.graph import QuoteIndex
    from factcheck.claims.quotes import closest_passage
    from factcheck.core.errors import line_index
    from factcheck.load.claims import load_claims_file

    loaded = load_claims_file(path, article)
    text = loaded.article.text
    lines = line_index(text)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    # the list indentation the file uses ("  - id:" or "- id:"), so untouched lines stay
    nested = re.search(r"^claims:[ \t]*\n( *)- ", original, re.MULTILINE)
    dash = len(nested.group(1)) if nested else 2
    yaml.indent(mapping=2, sequence=dash + 2, offset=dash)
    document: Any = yaml.load(original)
    result = Plan(original, original)
    claims = loaded.claims.claims
    referring: dict[str, list[str]] = {}
    for c in claims:
        for _, target in c.references():
            referring.setdefault(target, []).append(c.id)
    found = QuoteIndex(text, [c.quote for c in claims] + [w.quote for w in loaded.claims.waivers])
    entries = document["claims"]
    for i, claim in enumerate(claims):
        if found.occurrences(claim.quote):
            continue
        span = closest_passage(text, claim.quote)
        if span is None:
            result.lost.append(Lost(claim.id, claim.quote))
            continue
        passage = text[span[0]:span[1]]
        value = renumbered(claim.quote, passage, claim.value)
        entry = entries[i]
        entry["quote"] = passage
        if value != claim.value:
            entry["value"] = value
        line, column = lines.position(span[0])
        result.moved.append(Moved(claim.id, claim.quote, passage, claim.value, value, line, column,
                                  tuple(referring.get(claim.id, ()))))
    _draft_new(loaded, document, result, lines)
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    result.updated = buffer.getvalue()
    return result


def _draft_new(loaded: Any, document: Any, result: Plan, lines: Any) -> None:
    """Draft claims for the figures no claim or waiver (old or re-anchored) covers."""
    import yaml as pyyaml

    from factcheck.app.init_draft import draft
    from factcheck.claims.graph import SpanCover, find_occurrences

    text = loaded.article.text
    quotes = [str(c["quote"]) for c in document["claims"]]
    quotes += [str(w["quote"]) for w in document.get("waivers") or []]
    cover = SpanCover((s, s + len(q)) for q in set(quotes) for s in find_occurrences(text, q))
    drafted = pyyaml.safe_load(draft(text, str(document["article"]), loaded.claims.published,
                                     loaded.claims.language.value))
    ids = {str(c["id"]) for c in document["claims"]}

    def start_of(entry: Any) -> int | None:
        starts = find_occurrences(text, str(entry["quote"]))
        nth = int(entry.get("occurrence") or 1)
        return starts[nth - 1] if len(starts) >= nth else None

    # each drafted claim's figure, and the claim of the file that already covers it: the
    # drafted relations of a new figure name these claims by their ids in the file
    existing = [(start_of(c), c) for c in document["claims"]]
    same: dict[str, str] = {}
    fresh: list[tuple[int, dict[str, Any]]] = []
    for claim in drafted.get("claims") or []:
        starts = find_occurrences(text, claim["quote"])
        where = starts[claim.get("occurrence", 1) - 1] if starts else None
        if where is None:
            continue
        figure = _NUMBER.search(claim["quote"])
        at = (where + figure.start(), where + figure.end()) if figure else \
            (where, where + len(claim["quote"]))
        if cover.covers(where, where + len(claim["quote"])) or cover.covers(*at):
            for begin, entry in existing:
                if begin is not None and begin <= at[0] and at[1] <= begin + len(
                        str(entry["quote"])) and _same_number(entry, claim):
                    same[str(claim["id"])] = str(entry["id"])
                    break
            continue
        fresh.append((where, claim))
    for _, claim in fresh:
        new_id = claim["id"]
        n = 1
        while new_id in ids:
            n += 1
            new_id = f"{claim['id']}-new{n if n > 2 else ''}"
        ids.add(new_id)
        same[str(claim["id"])] = new_id
    for where, claim in fresh:
        entry = {"id": same[str(claim["id"])],
                 **{k: v for k, v in claim.items() if k != "id"}}
        # a relation stays when each claim it names is in the file (or drafted now), under
        # its id there; the others would name drafts not kept
        for key in _RELATION_KEYS:
            if key in entry:
                target = same.get(str(entry[key]))
                if target is None or target == entry["id"]:
                    del entry[key]
                else:
                    entry[key] = target
        if "components" in entry:
            members = [same.get(str(c)) for c in entry["components"]]
            if all(members):
                entry["components"] = members
            else:
                del entry["components"]
        entry["measures"] = "TODO: what is measured"
        entry["note"] = "new figure drafted by factcheck update — review"
        # in article order: after the last claim whose quote starts before this one
        position = len(document["claims"])
        for i, c in enumerate(document["claims"]):
            begin = start_of(c)
            if begin is not None and begin > where:
                position = i
                break
        document["claims"].insert(position, entry)
        line, column = lines.position(where)
        result.drafted.append(Drafted(entry["id"], claim["quote"], str(claim["value"]), line,
                                      column))


_RELATION_KEYS = tuple(key.replace("_", "-") for key in REFERENCE_KEYS)


def _same_number(entry: Any, claim: dict[str, Any]) -> bool:
    """The file's claim records the drafted claim's number."""
    mine = _NUMBER.search(str(entry.get("value", "")))
    theirs = _NUMBER.search(str(claim.get("value", "")))
    return mine is not None and theirs is not None and mine.group() == theirs.group()
