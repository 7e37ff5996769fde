"""Articles kept as Markdown, HTML or Word, read to the text a reader sees, with a map
from every character of that text back to the source file.

* Markdown (``.md``, ``.markdown``) through markdown-it-py: headings, paragraphs, list
  items and table cells become one line each; emphasis, link and image markup go, link
  text and image alt text stay; a soft line break inside a paragraph is a space (none
  between two Chinese characters); code is kept as written, HTML blocks are not read.
* HTML (``.html``, ``.htm``) through selectolax (lexbor): the text of ``<main>`` or
  ``<article>`` when there is one, else of ``<body>``, without scripts, styles,
  navigation, headers, footers, asides, forms and templates; attributes are never read;
  entities (``&nbsp;``, ``&amp;``) are decoded; each block element is one line, and runs
  of white space are one space.
* Word (``.docx``) through python-docx: each paragraph of the body, tables' cells
  included, in document order, is one line, so a report's line is the paragraph's number
  and its column the character within the paragraph.

Positions: in Markdown and HTML each character of the text maps to the source character
it came from, so line:column point into the file the journalist edits. A missing extra
is one line naming it; a corrupt, encrypted or empty document is one line, exit code 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.core.errors import InputError, LineIndex, Location, SourceMap
from factcheck.core.i18n import N_, Message

MARKDOWN = frozenset({".md", ".markdown"})
HTML = frozenset({".html", ".htm"})
WORD = frozenset({".docx"})
SUFFIXES = MARKDOWN | HTML | WORD


@dataclass(frozen=True, slots=True)
class Rendered:
    """The text a reader sees and where each of its characters is in the source."""

    text: str
    lines: LineIndex


def kind_of(display: str) -> str | None:
    """``markdown``, ``html``, ``docx`` or None (plain text), by the file's suffix."""
    name = display.lower()
    dot = name.rfind(".")
    suffix = name[dot:] if dot >= 0 else ""
    if suffix in MARKDOWN:
        return "markdown"
    if suffix in HTML:
        return "html"
    if suffix in WORD:
        return "docx"
    return None


def _missing(extra: str, package: str, display: str) -> InputError:
    return InputError(Location(display), Message(N_("reading this article needs {package}: "
                                                    "pip install {install}"), package=package,
                                                 install=f"'factcheck[{extra}]'"))


class _Builder:
    """Text with one source offset per character; lines stripped, runs of white space one
    space when ``collapse``."""

    def __init__(self, collapse: bool) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.collapse = collapse

    def add(self, ch: str, at: int) -> None:
        if ch in "\t\n\r\f\v" or (self.collapse and ch in " \xa0"):
            if not self.chars or self.chars[-1] in " \n":
                return
            ch = " "
        self.chars.append(ch)
        self.offsets.append(at)

    def soft_break(self, at: int) -> None:
        """A line break inside a paragraph: a space, but none between Chinese characters."""
        if self.chars and self.chars[-1] not in " \n":
            self.chars.append(" ")
            self.offsets.append(at)

    def end_line(self, at: int) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()
        if self.chars and self.chars[-1] != "\n":
            self.chars.append("\n")
            self.offsets.append(at)

    def done(self, source: str) -> Rendered:
        self.end_line(len(source))
        text = "".join(self.chars)
        # a space left between two Chinese characters by a soft break goes
        out_chars: list[str] = []
        out_offsets: list[int] = []
        for i, ch in enumerate(text):
            if (ch == " " and 0 < i < len(text) - 1 and _cjk(text[i - 1]) and _cjk(text[i + 1])
                    and source[self.offsets[i]] in "\r\n"):
                continue
            out_chars.append(ch)
            out_offsets.append(self.offsets[i])
        return Rendered("".join(out_chars), SourceMap(source, out_offsets))


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


# ---------------------------------------------------------------- Markdown

def markdown(source: str, display: str) -> Rendered:
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        raise _missing("markdown", "markdown-it-py", display) from None
    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    tokens = md.parse(source)
    line_starts = LineIndex(source)._starts
    out = _Builder(collapse=False)

    def start_of(line: int) -> int:
        return line_starts[line] if line < len(line_starts) else len(source)

    for tok in tokens:
        if tok.map is None:
            continue
        begin, end = start_of(tok.map[0]), start_of(tok.map[1])
        if tok.type == "inline":
            cursor = begin
            for child in tok.children or ():
                if child.type in ("text", "code_inline"):
                    cursor = _aligned(out, source, cursor, end, child.content)
                elif child.type == "softbreak":
                    nl = source.find("\n", cursor, end)
                    out.soft_break(nl if nl >= 0 else cursor)
                    cursor = nl + 1 if nl >= 0 else cursor
                elif child.type == "hardbreak":
                    nl = source.find("\n", cursor, end)
                    out.end_line(cursor)
                    cursor = nl + 1 if nl >= 0 else cursor
                elif child.type == "image":
                    for alt in child.children or ():
                        if alt.type in ("text", "code_inline"):
                            cursor = _aligned(out, source, cursor, end, alt.content)
            out.end_line(cursor)
        elif tok.type in ("fence", "code_block"):
            cursor = begin
            for line in tok.content.splitlines():
                cursor = _aligned(out, source, cursor, end, line)
                out.end_line(cursor)
    return out.done(source)


def _aligned(out: _Builder, source: str, cursor: int, end: int, piece: str) -> int:
    """Append ``piece`` at its place in ``source`` from ``cursor`` (before ``end``): where
    it is written as it reads, there; else character by character (backslash escapes and
    entities read differently), each at the next place it is found, or at the cursor."""
    found = source.find(piece, cursor, end)
    if found >= 0:
        for i, ch in enumerate(piece):
            out.add(ch, found + i)
        return found + len(piece)
    for ch in piece:
        at = source.find(ch, cursor, min(end, cursor + 12))
        if at >= 0:
            out.add(ch, at)
            cursor = at + 1
        else:
            out.add(ch, min(cursor, max(end - 1, 0)))
    return cursor


# ---------------------------------------------------------------- HTML

_SKIPPED = ("script, style, noscript, template, nav, header, footer, aside, form, "
            "button, select, svg, iframe, object, head")
_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "br", "hr", "tr", "td", "th", "table", "thead", "tbody", "blockquote", "pre", "section",
    "article", "main", "figure", "figcaption", "caption", "address", "body", "summary",
    "details",
})
# what lies between the characters of a page's text in its source: comments, CDATA, the
# raw text of scripts and styles, tags (with quoted attributes), entities, line ends
_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<(script|style|textarea|title|xmp|noscript)\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>.*?(?:</\1\s*>|\Z)"
    r"|<[a-zA-Z/!?](?:\"[^\"]*\"|'[^']*'|[^'\">])*>?"
    r"|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?"
    r"|\r\n?",
    re.DOTALL | re.IGNORECASE)


def _html_stream(source: str) -> tuple[str, list[int]]:
    """The character data of a page as the parser decodes it, with each character's
    source offset: tags, comments and raw text give nothing, entities their characters."""
    from html import unescape

    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _HTML_TOKEN.finditer(source):
        if m.start() > pos:
            chars.append(source[pos:m.start()])
            offsets.extend(range(pos, m.start()))
        token = m.group()
        if token[0] == "&":
            decoded = unescape(token)
            chars.append(decoded)
            offsets.extend([m.start()] * len(decoded))
        elif token[0] == "\r":
            chars.append("\n")
            offsets.append(m.start())
        pos = m.end()
    chars.append(source[pos:])
    offsets.extend(range(pos, len(source)))
    return "".join(chars), offsets


def html(source: str, display: str) -> Rendered:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        raise _missing("html", "selectolax", display) from None
    tree = LexborHTMLParser(source)
    for node in tree.css(_SKIPPED):
        node.decompose()
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    stream, stream_offsets = _html_stream(source)
    out = _Builder(collapse=True)
    cursor = 0
    if root is None:
        return out.done(source)
    for node in root.traverse(include_text=True):
        tag = node.tag or ""
        if tag == "-text":
            piece = node.text_content or ""
            if not piece:
                continue
            found = stream.find(piece, cursor)
            if found < 0:  # the parser repaired the page; place the text at the cursor
                at = stream_offsets[min(cursor, len(stream_offsets) - 1)] if stream_offsets else 0
                for ch in piece:
                    out.add(ch, at)
                continue
            for i, ch in enumerate(piece):
                out.add(ch, stream_offsets[found + i])
            cursor = found + len(piece)
        elif tag in _BLOCKS:
            at = stream_offsets[cursor - 1] + 1 if 0 < cursor <= len(stream_offsets) else 0
            out.end_line(min(at, len(source)))
    return out.done(source)


# ---------------------------------------------------------------- Word

def docx(data: bytes, display: str) -> Rendered:
    import io
    import zipfile

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(Location(display), Message(N_("article is an encrypted Word document "
                                                       "or a legacy .doc; save it unprotected as "
                                                       ".docx")))
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(Location(display), Message(N_("article is not a Word document (.docx): "
                                                       "it is not a ZIP archive")))
    try:
        import docx as python_docx
        from docx.table import Table
    except ImportError:
        raise _missing("docx", "python-docx", display) from None
    try:
        document = python_docx.Document(io.BytesIO(data))
        paragraphs: list[str] = []

        def walk(container: object) -> None:
            for item in container.iter_inner_content():  # type: ignore[attr-defined]
                if isinstance(item, Table):
                    for row in item.rows:
                        seen: set[int] = set()
                        for cell in row.cells:
                            if id(cell._tc) in seen:  # a merged cell is listed once per column
                                continue
                            seen.add(id(cell._tc))
                            walk(cell)
                else:
                    paragraphs.append(item.text)

        walk(document)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, AttributeError) as exc:
        raise InputError(Location(display), Message(N_("article is a corrupt Word document ({reason})"),
                                                    reason=_reason(exc))) from None
    except Exception as exc:  # lxml's XMLSyntaxError and python-docx's own errors
        raise InputError(Location(display), Message(N_("article is a corrupt Word document ({reason})"),
                                                    reason=_reason(exc))) from None
    # a line break or tab inside a paragraph keeps its column: one space
    text = "\n".join(re.sub(r"[\r\n\v\f]", " ", p) for p in paragraphs)
    return Rendered(text, LineIndex(text))


def _reason(exc: BaseException) -> str:
    """Why a Word document cannot be read, by what the library raised (its sentences are
    English); a kind not known keeps the library's words."""
    import zipfile

    if isinstance(exc, zipfile.BadZipFile):
        return Message(N_("not a ZIP archive a Word document is stored in"))
    if isinstance(exc, KeyError) and exc.args:
        return Message(N_("a part the document needs is missing ({part})"),
                       part=str(exc.args[0]).strip("'\"")[:120])
    if isinstance(exc, AttributeError):  # python-docx met a part of another shape
        return Message(N_("its parts are not laid out as a Word document's"))
    if type(exc).__name__ == "XMLSyntaxError":
        return Message(N_("a part of the document is not well-formed XML"))
    words = str(exc).strip().splitlines()
    return words[0][:120] if words else type(exc).__name__
