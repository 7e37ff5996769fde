"""The one error type for bad input: it always knows where the problem is."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file, 1-based; end is inclusive of the last character's column."""

    path: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None


# characters a terminal or a CI log acts on: C0 controls, DEL, C1 controls (CSI is U+009B),
# and bidirectional overrides that reorder what is shown
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# Every Unicode format character (category Cf): the bidirectional embeddings, overrides
# and isolates (U+202A-U+202E, U+2066-U+2069) and marks (U+200E, U+200F, U+061C) that
# reorder or disguise what is shown, the zero-width space, non-joiner and joiner, the word
# joiner and invisible operators, the byte-order mark, soft hyphen, tag characters …; and
# the line and paragraph separators, which some viewers break lines at.
_FORMAT = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
           "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
           "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
           "\U000e0020-\U000e007f")
# what ``visible`` writes out: control characters and every invisible format character
SHOWN = re.compile(f"[\x00-\x1f\x7f-\x9f{_FORMAT}]")
# the same, but tab and line ends, for formats that carry several lines and escape those
# themselves (JSON strings, workflow-command data, XML text, a terminal report's layout)
_SHOWN_BUT_LINES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_FORMAT}]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` with every control character and invisible format character written out
    (``\\x1b``, ``\\u202e``), so that what a file holds cannot move a terminal's cursor,
    start a CI log command, or reorder or hide what a reader sees. On one line, unless
    ``lines``: then tabs and line ends are kept for a format that lays them out itself.

    The one function every output format uses for text from an article or a claims file."""
    pattern = _SHOWN_BUT_LINES if lines else SHOWN
    return pattern.sub(_shown, text) if pattern.search(text) else text


class InputError(Exception):
    """Bad input: reported as ``file:line:column: message`` with exit code 2."""

    def __init__(self, location: Location, message: str) -> None:
        super().__init__(message)
        self.location = location
        self.message = message

    def __str__(self) -> str:
        loc = self.location
        from factcheck.core.i18n import _

        return visible(f"{loc.path}:{loc.line}:{loc.column}: {_(self.message)}")


def position_of(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset; CRLF and lone CR end lines too."""
    line = 1
    col = 1
    i = 0
    while i < offset and i < len(text):
        ch = text[i]
        if ch == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n" and i + 1 < offset:
                i += 1
            line += 1
            col = 1
        elif ch == "\n":
            line += 1
            col = 1
        else:
            col += 1
        i += 1
    return line, col


class LineIndex:
    """``position_of`` for many offsets of one text: line starts found once, then bisected.

    Gives exactly what ``position_of`` gives, in O(log lines) per offset.
    """

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        starts = [0]
        i = 0
        n = len(text)
        # the next CR and LF are remembered until passed: searching afresh from every line
        # start would rescan to the end of a text that has none, once per line
        cr = text.find("\r")
        lf = text.find("\n")
        while cr >= 0 or lf >= 0:
            j = lf if cr < 0 or (0 <= lf < cr) else cr
            i = j + 2 if text.startswith("\r\n", j) else j + 1
            if i > n:
                break
            starts.append(i)
            if 0 <= cr < i:
                cr = text.find("\r", i)
            if 0 <= lf < i:
                lf = text.find("\n", i)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        text = self._text
        offset = max(0, min(offset, len(text)))
        if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
            # between the CR and LF of a CRLF: the CR has ended the line
            line = bisect_right(self._starts, offset - 1)
            return line + 1, 1
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class SourceMap(LineIndex):
    """Positions in a document's source for offsets in the text read from it: an article
    kept as Markdown or HTML is checked as its rendered text, but every position a report
    gives points into the file the journalist edits.

    ``offsets[i]`` is the source offset of the text's ``i``-th character; line and column
    are then those of the source (see ``LineIndex``)."""

    __slots__ = ("_offsets",)

    def __init__(self, source: str, offsets: list[int]) -> None:
        super().__init__(source)
        self._offsets = offsets

    def position(self, offset: int) -> tuple[int, int]:
        offsets = self._offsets
        if not offsets:
            return 1, 1
        if offset < 0:
            offset = 0
        src = offsets[offset] if offset < len(offsets) else offsets[-1] + 1
        return super().position(src)


# texts read from a document that is not plain text, with their source maps (the last
# few read: a run reads one article per claims file)
_MAPPED: dict[str, LineIndex] = {}
_MAPPED_KEPT = 16


def remember_source(text: str, index: LineIndex) -> None:
    """Place offsets of ``text`` with ``index`` from now on (``line_index``)."""
    _MAPPED.pop(text, None)
    _MAPPED[text] = index
    while len(_MAPPED) > _MAPPED_KEPT:
        del _MAPPED[next(iter(_MAPPED))]


def line_index(text: str) -> LineIndex:
    """The line index of ``text``, shared by callers that place many offsets in it: the
    source map of a Markdown, HTML or Word article it was read from, else its own lines."""
    mapped = _MAPPED.get(text)
    return mapped if mapped is not None else _plain_index(text)


@lru_cache(maxsize=8)
def _plain_index(text: str) -> LineIndex:
    return LineIndex(text)
