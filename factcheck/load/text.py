"""Reading text files: encodings, BOMs and size limits, with precise errors."""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import InputError, Location, position_of

MAX_BYTES = 64 * 1024 * 1024


def read_text(path: Path, display: str, *, what: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file (a BOM is allowed) or raise InputError naming the bad byte."""
    try:
        if path.is_dir():
            raise InputError(Location(display), f"{what} is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                Location(display), f"{what} is {size} bytes; the limit is {max_bytes} bytes"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Location(display), f"{what} not found") from None
    except PermissionError:
        raise InputError(Location(display), f"{what} cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(Location(display), f"{what} cannot be read ({exc.strerror})") from None
    return decode(data, display, what=what)


def decode(data: bytes, display: str, *, what: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8")
        line, col = position_of(good, len(good))
        raise InputError(
            Location(display, line, col),
            f"{what} is not valid UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8",
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        line, col = position_of(text, nul)
        raise InputError(Location(display, line, col), f"{what} contains a NUL byte; is it binary?")
    return text
