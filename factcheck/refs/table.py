"""Reading one CSV table: strict UTF-8, a rectangular grid, unique non-empty row keys.

Two readers give the same table. The standard ``csv`` module reads any CSV (quoted fields,
embedded commas and line breaks, CR line ends). Most statistical tables have none of
those; for them a table is its lines, split and indexed by C-speed string operations
(``str.split``, one regular expression over the key columns, one dictionary), and a row is
split into fields only when a cell of it is cited. ``benchmarks/refs_load.py`` measures a
table of a million rows. Every error names the file, line and column of the cell at fault.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter, methodcaller
from pathlib import Path

from factcheck.core.collector import collector_paused
from factcheck.core.errors import InputError, Location
from factcheck.load.text import decode, read_bytes
from factcheck.refs.model import TableMeta

MAX_TABLE_BYTES = 512 * 1024 * 1024
# a workbook is bounded by what it unpacks to and by its cells, not by its compressed size
MAX_XLSX_UNPACKED = 256 * 1024 * 1024
MAX_XLSX_MEMBERS = 10_000
MAX_XLSX_CELLS = 10_000_000
SEP = "\x1f"  # joins the key values of a csv-read row (a quoted value may hold a comma)


@dataclass
class Table:
    """A table's header, its rows (as fields, or as lines split on demand) and the index
    of its rows by their keys."""

    name: str
    meta: TableMeta
    path: str  # the CSV as displayed
    header: list[str]
    text: str = field(repr=False)
    rows: list[list[str]] | None = field(default=None, repr=False)  # read by the csv module
    lines: list[str] | None = field(default=None, repr=False)  # the plain reader: header first
    index: dict[str, int] = field(default_factory=dict, repr=False)
    key_positions: list[int] = field(default_factory=list)  # key columns, in header order
    _starts: list[int] | None = field(default=None, repr=False)  # first line of each record
    _offsets: list[int] | None = field(default=None, repr=False)  # where each line starts
    spreadsheet: bool = False  # read from .xlsx: a position is its sheet's row and column

    @property
    def sep(self) -> str:
        return "," if self.lines is not None else SEP

    def __len__(self) -> int:
        return len(self.lines) - 1 if self.lines is not None else len(self.rows or ())

    def find(self, row: dict[str, str]) -> int | None:
        """The index of the row with these keys (exactly the table's key columns)."""
        if set(row) != set(self.meta.keys):
            return None
        values = [row[self.header[j]] for j in self.key_positions]
        if any(self.sep in v for v in values):
            return None
        return self.index.get(self.sep.join(values))

    def fields(self, row: int) -> list[str]:
        if self.lines is not None:
            return self.lines[row + 1].split(",")
        assert self.rows is not None
        return self.rows[row]

    def cell(self, row: int, column: str) -> str:
        return self.fields(row)[self.header.index(column)]

    def line_of(self, row: int) -> int:
        """The line the data row ``row`` (0-based) starts on."""
        if self.lines is not None:
            return row + 2
        if self._starts is None and self.rows is not None and "\r" not in self.text.replace(
                "\r\n", "\n") and self.text.rstrip("\n").count("\n") == len(self.rows):
            self._starts = []  # one line per record: no quoted field spans lines
        if self._starts == []:
            return row + 2
        if self._starts is None:
            self._starts = _record_starts(self.text)
        return self._starts[row + 1]

    def cell_location(self, row: int, column: str) -> Location:
        line = self.line_of(row)
        j = self.header.index(column)
        if self.spreadsheet:
            return Location(self.path, line, j + 1)
        return Location(self.path, line, _field_column(self.line_text(line), j))

    def line_text(self, line: int) -> str:
        if self.lines is not None:
            return self.lines[line - 1] if line <= len(self.lines) else ""
        text = self.text
        if line == 1:
            end = text.find("\n")
            return (text if end < 0 else text[:end]).rstrip("\r")
        if self._offsets is None:  # where each line starts, found once
            self._offsets = [0, *accumulate(len(part) + 1 for part in text.split("\n"))]
        if line >= len(self._offsets):
            return ""
        start = self._offsets[line - 1]
        return text[start:self._offsets[line] - 1].rstrip("\r")


def load_table(name: str, csv_path: Path, shown: str, meta: TableMeta,
               sidecar: str) -> Table:
    """Read and index ``csv_path``; InputError (file:line:column) on a malformed table."""
    with collector_paused():
        if csv_path.suffix.lower() == ".xlsx":
            return _load_xlsx(name, csv_path, shown, meta, sidecar)
        data = read_bytes(csv_path, shown, what="data table", max_bytes=MAX_TABLE_BYTES)
        text = decode(data, shown, what="data table")
        del data
        if '"' not in text and "\r" not in text:
            return _load_plain(name, text, shown, meta, sidecar)
        return _load_csv(name, text, shown, meta, sidecar)


def _load_xlsx(name: str, path: Path, shown: str, meta: TableMeta, sidecar: str) -> Table:
    """The first sheet of a workbook, read through openpyxl into the same table a CSV
    gives; each cell as the text of its stored value (numbers exactly as stored)."""
    data = read_bytes(path, shown, what="data table", max_bytes=MAX_TABLE_BYTES)
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        raise InputError(Location(shown), "reading an .xlsx table needs the optional extra: "
                         "pip install 'factcheck[xlsx]'") from None
    _check_unpacked_size(data, shown)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        declared = (sheet.max_row or 0) * (sheet.max_column or 0)
    except Exception as exc:  # a damaged workbook raises whatever its zip or XML layer raises
        raise InputError(Location(shown), f"not a readable .xlsx workbook ({type(exc).__name__})"
                         ) from None
    if declared > MAX_XLSX_CELLS:
        raise InputError(Location(shown), f"the workbook's first sheet declares {sheet.max_row} "
                         f"rows × {sheet.max_column} columns, more than the "
                         f"{MAX_XLSX_CELLS:,} cells a table may have")
    rows: list[list[str]] = []
    cells = 0
    try:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
            if cells > MAX_XLSX_CELLS:
                raise InputError(Location(shown, len(rows) + 1), "the workbook's first sheet "
                                 f"has more than the {MAX_XLSX_CELLS:,} cells a table may have")
            rows.append([_cell_text(v) for v in row])
    except InputError:
        raise
    except Exception as exc:
        raise InputError(Location(shown), f"not a readable .xlsx workbook ({type(exc).__name__})"
                         ) from None
    while rows and all(v == "" for v in rows[-1]):
        rows.pop()
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    table = _load_csv(name, buffer.getvalue(), shown, meta, sidecar)
    table.spreadsheet = True
    return table


def _check_unpacked_size(data: bytes, shown: str) -> None:
    """Refuse a workbook whose parts unpack to more than ``MAX_XLSX_UNPACKED`` bytes, before
    openpyxl reads them: a cell of a few kilobytes compressed can unpack to hundreds of
    megabytes (a ZIP bomb). The sizes are the ones the archive declares; the zip reader
    never returns more than a member declares."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(Location(shown), f"not a readable .xlsx workbook ({type(exc).__name__})"
                         ) from None
    if len(members) > MAX_XLSX_MEMBERS:
        raise InputError(Location(shown), f"the workbook has {len(members)} parts, more than "
                         f"{MAX_XLSX_MEMBERS}")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_XLSX_UNPACKED:
        raise InputError(Location(shown), f"the workbook unpacks to {unpacked:,} bytes, more "
                         f"than the {MAX_XLSX_UNPACKED:,} a table may (a ZIP bomb?)")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _load_plain(name: str, text: str, shown: str, meta: TableMeta, sidecar: str) -> Table:
    """No quote and no CR anywhere: every line is a record and every comma a separator."""
    lines = text.split("\n")
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        raise InputError(Location(shown), "data table is empty; it needs a header row")
    header = lines[0].split(",")
    table = Table(name, meta, shown, header, text, lines=lines)
    _check_header(table, sidecar)
    width = len(header)
    commas = list(map(methodcaller("count", ","), lines))
    if set(commas) != {width - 1}:
        i = next(i for i, c in enumerate(commas) if c != width - 1)
        _ragged(table, i - 1, commas[i] + 1 if lines[i] else 0)
    del commas
    table.key_positions = positions = sorted(header.index(k) for k in meta.keys)
    data = text[len(lines[0]) + 1:].rstrip("\n")
    if positions == list(range(len(positions))):  # the usual layout: keys first
        k = len(positions)
        pattern = re.compile(r"^[^,\n]*" + r",[^,\n]*" * (k - 1), re.M)
        keys = pattern.findall(data) if len(lines) > 1 else []
    else:
        get = itemgetter(*positions)
        keys = [",".join(get(line.split(","))) if len(positions) > 1 else
                line.split(",")[positions[0]] for line in lines[1:]]
    del data
    _index(table, keys)
    return table


def _load_csv(name: str, text: str, shown: str, meta: TableMeta, sidecar: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise InputError(Location(shown, max(1, reader.line_num), 1),
                         f"malformed CSV: {exc}") from None
    while records and not records[-1]:
        records.pop()
    if not records:
        raise InputError(Location(shown), "data table is empty; it needs a header row")
    header, rows = records[0], records[1:]
    del records
    table = Table(name, meta, shown, header, text, rows=rows)
    _check_header(table, sidecar)
    width = len(header)
    if set(map(len, rows)) - {width}:  # rare: find the first, with its place
        i = next(i for i, r in enumerate(rows) if len(r) != width)
        _ragged(table, i, len(rows[i]))
    table.key_positions = positions = sorted(header.index(k) for k in meta.keys)
    for j in positions:  # an empty key: its first row (keys may hold line breaks here)
        if "" in map(itemgetter(j), rows):
            i = next(i for i, r in enumerate(rows) if any(not r[p] for p in positions))
            column = header[next(p for p in positions if not rows[i][p])]
            raise InputError(table.cell_location(i, column),
                             f"empty key: column {column!r} names the row and must not be empty")
    get = itemgetter(*positions)
    keys = (list(map(SEP.join, map(get, rows))) if len(positions) > 1
            else list(map(get, rows)))
    _index(table, keys, check_empty=False)
    return table


def _ragged(table: Table, row: int, fields: int) -> None:
    width = len(table.header)
    line = table.line_of(row)
    if fields == 0:
        raise InputError(Location(table.path, line, 1), "blank line inside the table")
    s = table.line_text(line)
    column = _field_column(s, width) if fields > width else len(s) + 1
    raise InputError(Location(table.path, line, column),
                     f"row has {fields} fields; the header has {width}")


def _index(table: Table, keys: list[str], *, check_empty: bool = True) -> None:
    """Index rows by key; an empty or repeated key is an error at its cell. (The search
    for an empty key joins the keys by line breaks, which plain-read keys never hold.)"""
    sep, positions, header = table.sep, table.key_positions, table.header
    empty = _first_empty(keys, sep, len(positions)) if check_empty else None
    if empty is not None:
        i = empty
        values = keys[i].split(sep)
        j = next(n for n, v in enumerate(values) if not v)
        column = header[positions[j]]
        raise InputError(table.cell_location(i, column),
                         f"empty key: column {column!r} names the row and must not be empty")
    index = dict(zip(keys, range(len(keys)), strict=True))
    if len(index) != len(keys):
        seen: dict[str, int] = {}
        for i, k in enumerate(keys):
            if k in seen:
                shown_key = ", ".join(f"{header[p]}={v}" for p, v in
                                      zip(positions, k.split(sep), strict=True))
                raise InputError(table.cell_location(i, header[positions[0]]),
                                 f"duplicate key ({shown_key}); first at line "
                                 f"{table.line_of(seen[k])}")
            seen[k] = i
    table.index = index


def _first_empty(keys: list[str], sep: str, width: int) -> int | None:
    """The first row whose key has an empty part, by substring searches over the keys
    joined with line breaks (which plain-read keys never hold): a part is empty where the
    separator starts or ends a key or doubles, or where a key is empty."""
    if not keys:
        return None
    joined = "\n" + "\n".join(keys) + "\n"
    marks = ["\n\n"] if width == 1 else ["\n" + sep, sep + "\n", sep + sep, "\n\n"]
    hits = [p for p in (joined.find(m) for m in marks) if p >= 0]
    if not hits:
        return None
    at = min(hits)
    return joined.count("\n", 0, at + 1) - 1 if joined[at] == "\n" else joined.count("\n", 0, at) - 1


def _check_header(table: Table, sidecar: str) -> None:
    header, meta, shown = table.header, table.meta, table.path
    seen: set[str] = set()
    first = table.line_text(1)
    for j, name in enumerate(header):
        where = Location(shown, 1, _field_column(first, j))
        if name in seen:
            raise InputError(where, f"column {name!r} appears twice in the header")
        seen.add(name)
        if name not in meta.columns:
            raise InputError(where, f"column {name!r} is not declared in {sidecar}")
    for name in meta.columns:
        if name not in seen:
            raise InputError(Location(shown, 1, 1),
                             f"column {name!r} declared in {sidecar} is not in the header")


def _record_starts(text: str) -> list[int]:
    """The first line of every record (header first), as the csv module splits them."""
    reader = csv.reader(io.StringIO(text, newline=""))
    starts = []
    line = 1
    for _ in reader:
        starts.append(line)
        line = reader.line_num + 1
    return starts


def _field_column(s: str, field_index: int) -> int:
    """The 1-based column where field ``field_index`` of the line ``s`` starts."""
    j = 0
    quoted = False
    for i, ch in enumerate(s):
        if j == field_index:
            return i + 1
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            j += 1
    return len(s) + 1
