"""Reading text files: encodings, BOMs and size limits, with precise errors.

Encoding policy:

* Claims files are UTF-8 (a UTF-8 BOM is allowed and dropped), as YAML requires.
* Articles are UTF-8 too, with one exception: Chinese newsrooms still save plain text
  in GB18030 (or its subset GBK). An article that is not valid UTF-8 is read as GB18030
  when that reading is unambiguous — the bytes decode strictly as GB18030 into text that
  looks like Chinese prose, and they do *not* also decode as Big5 (the other common
  legacy Chinese encoding, which overlaps GB18030 on short texts). The decoded text
  carries the encoding it was read in (``Decoded.encoding``) so reports can say so.
  Anything else is an error naming the first bad byte and its line and column.
* UTF-16 with a BOM is read as such (some Windows editors save it); without a BOM,
  UTF-16 is not guessed.
* NUL bytes are refused (a text file never holds them; a binary file usually does).
* Only regular files are read (never a device, FIFO or socket), by one bounded reader
  (``read_bytes``) that stops one byte past the limit whatever the file's size claims:
  64 MiB for claims files (a claims file of 100 000 claims is about 15 MiB), 16 MiB for
  articles (a long news article is well under 1 MiB; a larger file is not an article),
  1 MiB for configuration files.

Line and column numbers count CRLF, lone CR and LF each as one line end
(see ``factcheck.core.errors.position_of``).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from factcheck.core.errors import InputError, Location, position_of, remember_source
from factcheck.core.i18n import N_, Message

MAX_BYTES = 64 * 1024 * 1024
MAX_ARTICLE_BYTES = 16 * 1024 * 1024

UTF8 = "utf-8"
GB18030 = "gb18030"
_BOMS = ((b"\xef\xbb\xbf", UTF8), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text as read, and the encoding it was read in."""

    text: str
    encoding: str = UTF8
    # the document it was rendered from: markdown, html, docx, or None for plain text
    kind: str | None = None


def read_bytes(path: Path, display: str, *, what: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, or InputError when missing, unreadable, not a regular
    file (a directory, device, FIFO or socket) or larger than ``max_bytes``.

    This is the one reader of user files. The file is opened without blocking (a FIFO
    would otherwise wait for a writer forever), checked to be a regular file on the open
    descriptor (no race with a rename), and read up to one byte past the limit whatever
    its size claims to be (``/proc`` files report 0).
    """
    import stat

    from factcheck.core.bounded import read_at_most
    from factcheck.load.paths import check_name, in_git_dir

    where = Location(display)
    check_name(path, where, what)
    try:
        if in_git_dir(Path(os.path.realpath(path))):
            raise InputError(where, Message(N_("{what} is inside .git/, which is never read"),
                                            what=Message(what)))
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise InputError(where, Message(N_("{what} is a directory, not a file"),
                                                what=Message(what)))
            if not stat.S_ISREG(info.st_mode):
                raise InputError(where, Message(N_("{what} is not a regular file (a {type}); it is "
                                                   "not read"), what=Message(what),
                                                type=Message(_file_type(info.st_mode))))
            if info.st_size > max_bytes:
                raise InputError(where, Message(N_("{what} is {size} bytes; the limit is {limit} "
                                                   "bytes"), what=Message(what),
                                                size=info.st_size, limit=max_bytes))
            data = read_at_most(fd, max_bytes)
            if data is None:
                raise InputError(where, Message(N_("{what} is more than {limit} bytes; the limit "
                                                   "is {limit} bytes"), what=Message(what),
                                                limit=max_bytes))
            return data
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise InputError(where, Message(N_("{what} not found"), what=Message(what))) from None
    except PermissionError:
        raise InputError(where, Message(N_("{what} cannot be read (permission denied)"),
                                        what=Message(what))) from None
    except IsADirectoryError:
        raise InputError(where, Message(N_("{what} is a directory, not a file"),
                                        what=Message(what))) from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError(where, Message(N_("{what} cannot be read ({reason})"),
                                        what=Message(what), reason=reason)) from None


def _file_type(mode: int) -> str:
    import stat

    for test, name in ((stat.S_ISCHR, N_("character device")), (stat.S_ISBLK, N_("block device")),
                       (stat.S_ISFIFO, N_("FIFO")), (stat.S_ISSOCK, N_("socket"))):
        if test(mode):
            return name
    return N_("special file")


def read_text(path: Path, display: str, *, what: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file (a BOM is allowed) or raise InputError naming the bad byte."""
    return decode(read_bytes(path, display, what=what, max_bytes=max_bytes), display, what=what)


def read_article(path: Path, display: str, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Decoded:
    """Read an article: UTF-8, UTF-16 with a BOM, or unambiguous GB18030; a Markdown,
    HTML or Word article (by its suffix) is read to its rendered text, and the offsets of
    that text are placed in the source from then on (``core.errors.line_index``)."""
    from factcheck.load import documents

    data = read_bytes(path, display, what="article", max_bytes=max_bytes)
    kind = documents.kind_of(str(path))
    if kind is None:
        return decode_article(data, display)
    if kind == "docx":
        rendered = documents.docx(data, display)
        encoding = UTF8
    else:
        decoded = decode_article(data, display)
        encoding = decoded.encoding
        reader = documents.markdown if kind == "markdown" else documents.html
        rendered = reader(decoded.text, display)
    if not rendered.text.strip():
        raise InputError(Location(display), Message(N_("article holds no text (read as {kind})"),
                                                    kind=kind))
    m = _TERMINAL_CONTROL.search(rendered.text)
    if m is not None:
        line, col = rendered.lines.position(m.start())
        raise InputError(Location(display, line, col),
                         Message(N_("{what} contains the control character {code}, which a "
                                    "terminal or CI log would act on; remove it"),
                                 what=Message(N_("article")), code=f"U+{ord(m.group()):04X}"))
    remember_source(rendered.text, rendered.lines)
    return Decoded(rendered.text, encoding, kind)


def decode(data: bytes, display: str, *, what: str) -> str:
    """UTF-8 (with or without BOM) to text, or InputError at the first bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode(UTF8)
    except UnicodeDecodeError as exc:
        raise _not_utf8(data, exc, display, what) from None
    return _refuse_nul(text, display, what)


# Documents that are not text, by their first bytes: a message that names the format
# says what to do, where "not valid UTF-8 (byte 0xdc)" does not.
_FORMATS = ((b"PK\x03\x04", N_("a ZIP archive (a .docx, .odt or .xlsx document?)")),
            (b"\xd0\xcf\x11\xe0", N_("a legacy Office document (.doc)")),
            (b"%PDF-", N_("a PDF document")),
            (b"{\\rtf", N_("an RTF document")))


def decode_article(data: bytes, display: str) -> Decoded:
    """An article's bytes to text (see the encoding policy), refusing NUL bytes and the
    control characters a terminal acts on."""
    decoded = _decode_article(data, display)
    _refuse_control(decoded.text, display, "article")
    return decoded


# C0 controls but tab and line ends, DEL, and C1 controls (U+009B is a terminal's CSI)
_TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _refuse_control(text: str, display: str, what: str) -> None:
    m = _TERMINAL_CONTROL.search(text)
    if m is not None:
        line, col = position_of(text, m.start())
        raise InputError(Location(display, line, col),
                         Message(N_("{what} contains the control character {code}, which a "
                                    "terminal or CI log would act on; remove it"),
                                 what=Message(what), code=f"U+{ord(m.group()):04X}"))


def _decode_article(data: bytes, display: str) -> Decoded:
    what = "article"
    for magic, name in _FORMATS:
        if data.startswith(magic):
            kind = N_("a Word document (.docx)") if display.lower().endswith(".docx") else name
            raise InputError(Location(display), Message(N_("{what} is {kind}, not plain text; "
                                                           "save it as plain text (.txt, UTF-8)"),
                                                        what=Message(what), kind=Message(kind)))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(Location(display), Message(
                    N_("{what} starts with a {encoding} byte-order mark but is not valid "
                       "{encoding} (byte {byte})"), what=Message(what), encoding=encoding.upper(),
                    byte=exc.start + len(bom))) from None
            return Decoded(_refuse_nul(text, display, what), encoding)
    try:
        return Decoded(_refuse_nul(data.decode(UTF8), display, what))
    except UnicodeDecodeError as exc:
        utf8_error = _not_utf8(data, exc, display, what)
    legacy = _strict(data, GB18030)
    if legacy is None or not _looks_like_chinese(legacy):
        raise utf8_error
    big5 = _strict(data, "big5")
    if big5 is not None and _looks_like_chinese(big5):
        loc = utf8_error.location
        raise InputError(loc, Message(N_("{what} is not valid UTF-8; it reads as GB18030 and as "
                                         "Big5, so its encoding is ambiguous; save it as UTF-8"),
                                      what=Message(what)))
    return Decoded(_refuse_nul(legacy, display, what), GB18030)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_like_chinese(text: str) -> bool:
    """Prose in Chinese: no control characters, and most non-ASCII letters are CJK."""
    cjk = other = 0
    for ch in text:
        if ch.isascii():
            if ch < " " and ch not in "\t\n\r":
                return False
            continue
        if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef":
            cjk += 1
        elif unicodedata.category(ch)[0] in "CZ":
            return False
        else:
            other += 1
    return cjk > 0 and cjk >= 4 * other


def _not_utf8(data: bytes, exc: UnicodeDecodeError, display: str, what: str) -> InputError:
    good = data[: exc.start].decode(UTF8, errors="replace")
    line, col = position_of(good, len(good))
    return InputError(
        Location(display, line, col),
        Message(N_("{what} is not valid UTF-8 (byte {byte}); save it as UTF-8"),
                what=Message(what), byte=f"0x{data[exc.start]:02x}"),
    )


def _refuse_nul(text: str, display: str, what: str) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        line, col = position_of(text, nul)
        raise InputError(Location(display, line, col),
                         Message(N_("{what} contains a NUL byte; is it binary?"), what=Message(what)))
    return text
