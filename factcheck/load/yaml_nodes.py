"""YAML to plain data with a position for every key and value.

Scalars stay as the text written (``2.0`` stays "2.0", never a float); pydantic does the
typing. Anchors and aliases are refused (a claims file never needs them and they make
"billion laughs" documents possible), as are duplicate keys and absurd nesting.

The document is built straight from the parser's events, with an explicit stack: no
recursion however deep the input, the first anchor or alias stops the parse before
anything is expanded, and libyaml's C parser is used when PyYAML has it (a claims file
of 100 000 claims parses in about a second instead of twenty).
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.core.errors import InputError, Location, position_of
from factcheck.core.i18n import N_, Message

# C0 controls but tab and line ends, DEL and C1 controls: YAML escapes ("\e") can
# write them, and a report would pass them on to a terminal or CI log
_CONTROL = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]")

MAX_DEPTH = 32
MAX_NODES = 1_000_000

Path = tuple[str | int, ...]
KEY = "#key"
_NULL_TAG = "tag:yaml.org,2002:null"
_NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})


Raw = tuple[int, int, int, int]  # line, column, end line, end column
# lists whose records a report places by their last one-line value (``Positions.last_line``)
RECORDS = ("claims", "waivers")


class Positions:
    """Where each path of the document was written.

    Positions are kept as plain tuples while loading (a claims file of 100 000 claims has
    a million of them) and become ``Location`` objects when asked for.

    A shallow record (``load_yaml(..., shallow=True)``) holds the paths of at most two
    steps (the document's keys, each claim and waiver) and, per claim and waiver, its
    one-line entry that ends last (``last_line``); the first question about a deeper path
    (a loading error's location) parses the text again for every position. The answers
    are the same as a full record's; a run that finds no error never builds the million.
    """

    def __init__(self, file: str, spans: dict[Path, Location] | None = None) -> None:
        self.file = file
        self._spans: dict[Path, Location] = dict(spans or {})
        self._raw: dict[Path, Raw] = {}
        self._text: str | None = None  # a shallow record's document, until completed
        # per record (("claims", 3)): the end, path and position of its one-line entry that
        # ends last, the first of equals in document order; None for a full record
        self.last_line: dict[Path, tuple[tuple[int, int], Path, Raw]] | None = None

    def _complete(self) -> None:
        """Record every position of a shallow record: its document parsed again."""
        text, self._text = self._text, None
        if text is not None:
            self._raw = load_yaml(text, self.file)[1]._raw

    @property
    def spans(self) -> dict[Path, Location]:
        """Every recorded path and its location."""
        self._complete()
        if self._raw:
            file = self.file
            for path, (line, col, end_line, end_col) in self._raw.items():
                self._spans.setdefault(path, Location(file, line, col, end_line, end_col))
            self._raw = {}
        return self._spans

    def _get(self, path: Path) -> Location | None:
        loc = self._spans.get(path)
        if loc is None:
            raw = self._raw.get(path)
            if raw is None and self._text is not None and len(path) > 2:
                self._complete()
                raw = self._raw.get(path)
            if raw is not None:
                loc = Location(self.file, *raw)
        return loc

    def at(self, path: Path) -> Location:
        """The location of ``path`` or of its nearest written ancestor."""
        p = tuple(path)
        while p:
            loc = self._get(p)
            if loc is not None:
                return loc
            p = p[:-1]
        return self._get(()) or Location(self.file)

    def key(self, path: Path) -> Location:
        return self._get((*path, KEY)) or self.at(path)


def load_yaml(text: str, file: str, *, shallow: bool = False) -> tuple[Any, Positions]:
    """Parse one YAML document into plain dicts, lists, strings and None; ``shallow``:
    record the positions of paths of at most two steps, the rest when first asked for
    (see ``Positions``)."""
    import yaml  # heavy-ish; only the run path needs it

    loader_class = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    try:
        loader = loader_class(text)
    except yaml.reader.ReaderError as exc:
        raise _reader_error(exc, text, file) from None
    try:
        data, positions = _compose(loader, yaml, file, shallow)
    except yaml.reader.ReaderError as exc:
        raise _reader_error(exc, text, file) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = yaml_reason(exc.problem or exc.context or "", _char_at(text, line, col))
        raise InputError(Location(file, line, col),
                         Message(N_("malformed YAML: {problem}"), problem=problem)) from None
    except yaml.YAMLError as exc:
        raise InputError(Location(file), Message(N_("malformed YAML: {problem}"),
                                                 problem=exc)) from None
    finally:
        loader.dispose()
    if shallow:
        positions._text = text
    return data, positions


# what the YAML parser found, by its problem (libyaml's and PyYAML's words differ), in
# factcheck's words: a reporter is told what to change, in the desk's language
_YAML_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), m) for p, m in (
    (r"tab character", N_("a tab: YAML indents with spaces")),
    (r"cannot start any token", N_("the character {char} cannot start a value; put the value "
                                   "in quotes")),
    (r"expected ',' or '\]'", N_("a list opened with {open} is not closed: ',' or {close} "
                                  "expected")),
    (r"expected ',' or '\}'", N_("a mapping opened with {open} is not closed: ',' or {close} "
                                  "expected")),
    (r"unknown escape character", N_("an unknown escape after a backslash in a double-quoted "
                                     "text; write \\\\ for a backslash, or use single "
                                     "quotes")),
    (r"hexadecimal|hexdecimal|escape code", N_("an escape after a backslash needs hexadecimal "
                                               "digits")),
    (r"end of stream|document separator|document indicator",
     N_("a quoted text is not closed")),
    (r"mapping values are not allowed", N_("a colon and a space inside a value; put the value "
                                           "in quotes")),
    (r"expected key|<block end>", N_("the indentation does not line up with the keys above")),
    (r"expected '-' indicator", N_("a list item ('- ') expected here, indented as the items "
                                   "above")),
    (r"could not find expected ':'", N_("a key without ':'")),
    (r"expected node content", N_("a value is missing here")),
    (r"undefined tag handle", N_("an unknown tag ('!…')")),
    (r"incompatible YAML document", N_("a YAML version directive factcheck does not read")),
    (r"unknown directive", N_("an unknown directive ('%…')")),
    (r"alphabetic or numeric character", N_("an anchor or alias without a name")),
    (r"indentation indicator", N_("a block text's indentation indicator must be 1 to 9")),
    (r"<document start>|another document", N_("more than one YAML document: a file holds one")),
    (r"maximum nesting depth", N_("nested too deeply")),
))


def yaml_reason(problem: str, char: str = "") -> str:
    """The parser's problem in factcheck's words (a ``Message``); one it does not know
    stays as the parser gave it."""
    if char == "\t" and "token" in problem:  # libyaml names no character
        problem = "tab character"
    for pattern, message in _YAML_REASONS:
        if pattern.search(problem):
            fields = {"char": repr(char), "open": "'['", "close": "']'"}
            if "'}'" in problem:
                fields.update(open="'{'", close="'}'")
            return Message(message, **{k: v for k, v in fields.items() if f"{{{k}}}" in message})
    return problem or Message(N_("malformed YAML"))


def _char_at(text: str, line: int, col: int) -> str:
    lines = text.splitlines()
    row = lines[line - 1] if 0 < line <= len(lines) else ""
    return row[col - 1] if 0 < col <= len(row) else ""


def _reader_error(exc: Any, text: str, file: str) -> InputError:
    offset = exc.position
    if exc.encoding != "unicode":  # libyaml counts bytes of UTF-8, PyYAML code points
        offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
    line, col = position_of(text, offset)
    return InputError(Location(file, line, col),
                      Message(N_("character {code} is not allowed in YAML"),
                              code=f"U+{exc.character:04X}"))


def _mark(file: str, mark: Any) -> Location:
    return Location(file, mark.line + 1, mark.column + 1)


def _span(file: str, start: Any, end: Any) -> Location:
    return Location(file, start.line + 1, start.column + 1, end.line + 1, max(end.column, 1))


def _compose(loader: Any, yaml: Any, file: str, shallow: bool = False) -> tuple[Any, Positions]:
    # The hot loop of loading: one pass over the events, locals only, no helper calls
    # for the common case of a scalar.
    positions = Positions(file)
    raw = positions._raw
    deep = not shallow
    # a shallow record keeps, per claim and waiver, the one-line entry that ends last, as
    # the full record's entries would give it in the order they are recorded
    last: dict[Path, tuple[tuple[int, int], Path, Raw]] = {}
    if shallow:
        positions.last_line = last
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    mapping_start = yaml.MappingStartEvent
    collection_end = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    get_event = loader.get_event

    get_event()  # stream start
    if loader.check_event(yaml.StreamEndEvent):
        raise InputError(Location(file), Message(N_("empty claims file")))
    get_event()  # document start
    # each open collection: [container, path, start mark, key waiting for its value, the
    # record its entries belong to (("claims", 3)) when a shallow record tracks them]
    stack: list[list[Any]] = []
    root: Any = None
    top: list[Any] | None
    count = 0
    while True:
        event = get_event()
        # most events are scalars in a mapping or list at a sane depth, without an anchor:
        # they take this path, with the same checks and records as the general one below
        if (event.__class__ is scalar_event and event.anchor is None
                and 0 < len(stack) < MAX_DEPTH):
            top = stack[-1]
            start, end = event.start_mark, event.end_mark
            loc = (start.line + 1, start.column + 1, end.line + 1, max(end.column, 1))
            text = event.value
            key = top[3]
            if key is None and top[0].__class__ is dict:
                if text in top[0]:
                    raise InputError(Location(file, *loc), Message(N_("duplicate key {key}"),
                                                                     key=repr(text)))
                top[3] = text
                if deep or not top[1]:
                    raw[(*top[1], text, KEY)] = loc
                elif top[4] is not None and loc[0] == loc[2]:
                    found = last.get(top[4])
                    if found is None or (loc[2], loc[3]) > found[0]:
                        last[top[4]] = ((loc[2], loc[3]), (*top[1], text, KEY), loc)
                continue
            count += 1
            if count > MAX_NODES:
                raise InputError(_mark(file, start),
                                 Message(N_("document has more than {n} nodes"), n=MAX_NODES))
            if not event.style and _is_null(event):
                value = None
            else:
                value = text
                if _CONTROL.search(value):
                    raise _control_error(file, loc, value)
            if deep or len(top[1]) < 2:
                raw[(*top[1], len(top[0]) if key is None else key)] = loc
            elif top[4] is not None and loc[0] == loc[2]:
                found = last.get(top[4])
                if found is None or (loc[2], loc[3]) > found[0]:
                    last[top[4]] = ((loc[2], loc[3]), (*top[1], len(top[0]) if key is None
                                                       else key), loc)
            if key is None:
                top[0].append(value)
            else:
                top[0][key] = value
                top[3] = None
            continue
        if isinstance(event, collection_end):
            value, done, start, _, _ = stack.pop()
            end = event.end_mark
            loc = (start.line + 1, start.column + 1, end.line + 1, max(end.column, 1))
            if deep or len(done) <= 2:
                raw[done] = loc
            elif stack and stack[-1][4] is not None and loc[0] == loc[2]:
                found = last.get(stack[-1][4])
                if found is None or (loc[2], loc[3]) > found[0]:
                    last[stack[-1][4]] = ((loc[2], loc[3]), done, loc)
            if not stack:
                root = value
                break
            top = stack[-1]
            if top[3] is None:
                top[0].append(value)
            else:
                top[0][top[3]] = value
                top[3] = None
            continue
        if isinstance(event, alias_event):
            raise InputError(_mark(file, event.start_mark),
                             Message(N_("YAML aliases (*name) are not allowed in a claims file")))
        if event.anchor is not None:
            raise InputError(_mark(file, event.start_mark),
                             Message(N_("YAML anchors (&name) are not allowed in a claims file")))
        if len(stack) >= MAX_DEPTH:
            raise InputError(_mark(file, event.start_mark),
                             Message(N_("document nested deeper than {n} levels"), n=MAX_DEPTH))
        top = stack[-1] if stack else None
        is_key = top is not None and top[3] is None and top[0].__class__ is dict
        if not is_key:  # values count, keys do not
            count += 1
            if count > MAX_NODES:
                raise InputError(_mark(file, event.start_mark),
                                 Message(N_("document has more than {n} nodes"), n=MAX_NODES))
        if isinstance(event, scalar_event):
            start, end = event.start_mark, event.end_mark
            loc = (start.line + 1, start.column + 1, end.line + 1, max(end.column, 1))
            text = event.value
            if is_key:
                assert top is not None
                if text in top[0]:
                    raise InputError(Location(file, *loc), Message(N_("duplicate key {key}"),
                                                                     key=repr(text)))
                top[3] = text
                raw[(*top[1], text, KEY)] = loc
                continue
            value = None if _is_null(event) else text
            if value is not None and _CONTROL.search(value):
                raise _control_error(file, loc, value)
            if top is None:
                raw[()] = loc
                root = value
                break
            if top[3] is None:
                raw[(*top[1], len(top[0]))] = loc
                top[0].append(value)
            else:
                raw[(*top[1], top[3])] = loc
                top[0][top[3]] = value
                top[3] = None
            continue
        if is_key:
            raise InputError(_span(file, event.start_mark, event.end_mark),
                             Message(N_("mapping keys must be plain text")))
        if top is None:
            path: Path = ()
        elif top[3] is None:
            path = (*top[1], len(top[0]))
        else:
            path = (*top[1], top[3])
        record = path[:2] if (shallow and len(path) >= 2 and path[0] in RECORDS
                              and path[1].__class__ is int) else None
        stack.append([{} if isinstance(event, mapping_start) else [], path, event.start_mark,
                      None, record])
    get_event()  # document end
    if not loader.check_event(yaml.StreamEndEvent):
        extra = loader.peek_event()
        raise InputError(_mark(file, extra.start_mark),
                         Message(N_("malformed YAML: {problem}"),
                                 problem=yaml_reason("another document")))
    return root, positions


def _control_error(file: str, loc: Raw, value: str) -> InputError:
    bad = _CONTROL.search(value)
    assert bad is not None
    return InputError(Location(file, *loc),
                      Message(N_("control character {code} in a value (a terminal or CI log "
                                 "would act on it); remove it"),
                              code=f"U+{ord(bad.group()):04X}"))


def _is_null(event: Any) -> bool:
    """A plain ``~``/``null``/empty scalar, or one tagged !!null, is None."""
    if event.style:  # quoted or block scalars are text
        return False
    if event.tag == _NULL_TAG:
        return True
    return event.tag in (None, "!") and bool(event.implicit[0]) and event.value in _NULL_WORDS
