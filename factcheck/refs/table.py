"""Reading one CSV table: strict UTF-8, a rectangular grid, unique non-empty row keys.

The standard ``csv`` module reads the grid (a million rows in well under the 2 s goal;
``benchmarks/refs_load.py`` measures it); the rows are indexed by their keys with one
dictionary. Every error names the file, line and column of the cell at fault.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from factcheck.errors import InputError, Location
from factcheck.load.text import decode, read_bytes
from factcheck.refs.model import TableMeta

MAX_TABLE_BYTES = 512 * 1024 * 1024
Key = str | tuple[str, ...]


@dataclass
class Table:
    """A table's grid, its header and the index of its rows by key."""

    name: str
    meta: TableMeta
    path: str  # the CSV as displayed
    header: list[str]
    rows: list[list[str]]
    index: dict[Key, int]
    text: str = field(repr=False)
    _starts: list[int] | None = field(default=None, repr=False)  # first line of each record
    _offsets: list[int] | None = field(default=None, repr=False)  # where each line starts

    @property
    def key_columns(self) -> list[str]:
        return list(self.meta.keys)

    def key_of(self, row: dict[str, str]) -> Key:
        values = tuple(row[k] for k in self.meta.keys)
        return values[0] if len(values) == 1 else values

    def find(self, row: dict[str, str]) -> int | None:
        """The index of the row with these keys (exactly the table's key columns)."""
        if set(row) != set(self.meta.keys):
            return None
        return self.index.get(self.key_of(row))

    def line_of(self, row: int) -> int:
        """The line the data row ``row`` (0-based) starts on."""
        return self._record_lines()[row + 1]

    def cell_location(self, row: int, column: str) -> Location:
        line = self.line_of(row)
        j = self.header.index(column)
        return Location(self.path, line, _field_column(self.line_text(line), j))

    def line_text(self, line: int) -> str:
        if self._offsets is None:
            self._offsets = [0, *(m.end() for m in re.finditer("\n", self.text))]
        if line > len(self._offsets):
            return ""
        start = self._offsets[line - 1]
        end = self.text.find("\n", start)
        return (self.text[start:] if end < 0 else self.text[start:end]).rstrip("\r")

    def _record_lines(self) -> list[int]:
        if self._starts is None:
            self._starts = _record_starts(self.text)
        return self._starts


def load_table(name: str, csv_path: Path, shown: str, meta: TableMeta,
               sidecar: str) -> Table:
    """Read and index ``csv_path``; InputError (file:line:column) on a malformed table."""
    data = read_bytes(csv_path, shown, what="data table", max_bytes=MAX_TABLE_BYTES)
    text = decode(data, shown, what="data table")
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
    table = Table(name, meta, shown, header, rows, {}, text)
    _check_header(table, sidecar)
    width = len(header)
    if any(len(r) != width for r in rows):  # rare: find the first, with its place
        for i, r in enumerate(rows):
            if len(r) != width:
                line = table.line_of(i)
                if not r:
                    raise InputError(Location(shown, line, 1), "blank line inside the table")
                s = table.line_text(line)
                column = _field_column(s, width) if len(r) > width else len(s) + 1
                raise InputError(Location(shown, line, column),
                                 f"row has {len(r)} fields; the header has {width}")
    columns = [header.index(k) for k in meta.keys]
    for j in columns:
        values = list(map(itemgetter(j), rows))
        if "" in values:
            i = values.index("")
            raise InputError(table.cell_location(i, header[j]),
                             f"empty key: column {header[j]!r} names the row and must not be empty")
    keys: list[Key] = list(map(itemgetter(*columns), rows))
    index = dict(zip(keys, range(len(keys)), strict=True))
    if len(index) != len(keys):
        seen: dict[Key, int] = {}
        for i, k in enumerate(keys):
            if k in seen:
                shown_key = ", ".join(f"{c}={v}" for c, v in
                                      zip(meta.keys, k if isinstance(k, tuple) else (k,),
                                          strict=True))
                raise InputError(table.cell_location(i, header[columns[0]]),
                                 f"duplicate key ({shown_key}); first at line {table.line_of(seen[k])}")
            seen[k] = i
    table.index = index
    return table


def _check_header(table: Table, sidecar: str) -> None:
    header, meta, shown = table.header, table.meta, table.path
    seen: set[str] = set()
    for j, name in enumerate(header):
        where = Location(shown, 1, _field_column(table.line_text(1), j))
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
    if '"' not in text and "\r" not in text:
        return list(range(1, text.count("\n") + 2))
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
