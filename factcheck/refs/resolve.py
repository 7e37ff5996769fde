"""From a claims file's citations to the cells they name, read before any check runs.

Checks never read files: the loader resolves every citation here into a small record
(``Cell``) with the cell's text, its figure (the column's unit and multiplier applied), its
place in the CSV, the table's provenance and any newer vintage of the same figures. A
report keeps only these records, never the tables.

A data folder holds tables ``NAME.csv``, each with its sidecar ``NAME.yaml``. Every sidecar
of the folder is read (they are small) so that a newer vintage that ``revises`` a cited
table is found; a CSV is read only when a claim cites it or a newer vintage of it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.claims.values import Figure
from factcheck.core.errors import InputError, Location
from factcheck.core.i18n import N_, Message, joined, message_of

if TYPE_CHECKING:
    from factcheck.claims.model import ClaimsFile
    from factcheck.load.yaml_nodes import Positions
    from factcheck.refs.model import Citation, TableMeta
    from factcheck.refs.table import Table

SIDECAR_SUFFIXES = (".yaml", ".yml")
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


class Status(StrEnum):
    """What became of a citation."""

    OK = "ok"
    NO_TABLE = "no-table"
    NO_ROW = "no-row"
    NO_COLUMN = "no-column"
    TEXT_COLUMN = "text-column"
    NOT_NUMERIC = "not-numeric"


@dataclass(frozen=True)
class TableInfo:
    """A table's provenance, as a report names it."""

    name: str
    csv: str
    sidecar: str
    title: str
    publisher: str
    url: str
    released: dt.date
    vintage: str

    def described(self) -> str:
        return Message(N_("{name} ({vintage}, released {released})"), name=self.name,
                       vintage=self.vintage, released=self.released)


@dataclass(frozen=True)
class Lookup:
    """One cell looked up in one table."""

    status: Status
    detail: str = ""
    text: str | None = None
    figure: Figure | None = None
    location: Location | None = None
    table: TableInfo | None = None

    @property
    def location_text(self) -> str:
        loc = self.location
        if loc is None:
            return self.table.csv if self.table is not None else "the data folder"
        return f"{loc.path}:{loc.line}:{loc.column}"

    @property
    def shown(self) -> str:
        """The cell as the table prints it, with the column's multiplier and unit."""
        if self.figure is None:
            return repr(self.text)
        from factcheck.numbers.display import printed

        return printed(self.figure.reading)


@dataclass(frozen=True)
class Cell:
    """A citation of a claim or a reference, resolved."""

    owner: str  # the claim's or the reference's id
    table: str
    row: str  # the row keys, as written: "region=全国, period=2024Q1-Q3"
    column: str
    found: Lookup
    newer: Lookup | None = None  # the same cell in the newest vintage that revises the table
    newer_chain: tuple[str, ...] = ()  # the tables from the cited one to the newest

    @property
    def where(self) -> str:
        return f"table {self.table}, row {self.row}, column {self.column}"


@dataclass(frozen=True)
class Sources:
    """Every citation of one claims file, resolved; and the data files read for them (the
    folder first, whose listing a result cache compares, then the sidecars and CSVs)."""

    folder: str | None
    claims: Mapping[str, Cell] = field(default_factory=dict)
    references: Mapping[str, Cell] = field(default_factory=dict)
    files: tuple[str, ...] = ()


@dataclass
class _Entry:
    name: str
    sidecar: Path
    shown_sidecar: str
    meta: TableMeta
    positions: Positions
    csv: Path
    shown_csv: str


class DataFolder:
    """The sidecars of one data folder, and its tables as they are read."""

    def __init__(self, path: Path, shown: str) -> None:
        self.path = path
        self.shown = shown
        self.entries: dict[str, _Entry] = {}
        self._tables: dict[str, Table] = {}
        self._scan()

    def _scan(self) -> None:
        from factcheck.load.paths import confine, display_path

        if not self.path.is_dir():
            raise InputError(Location(self.shown), Message(N_("data folder not found")))
        files = sorted(p for p in self.path.iterdir() if p.is_file())
        for p in files:  # a symlink in the folder must not reach outside it
            confine(p, self.path, Location(display_path(p)), "data file", p.name)
        for sidecar in (p for p in files if p.suffix in SIDECAR_SUFFIXES):
            name = sidecar.stem
            shown = display_path(sidecar)
            if name in self.entries:
                raise InputError(Location(shown), Message(N_("a second sidecar for table {name}"),
                                                           name=repr(name)))
            meta, positions = _cached_sidecar(sidecar, shown)
            csv_path = sidecar.with_name(meta.csv or f"{name}.csv")
            if meta.csv is None and not csv_path.is_file() and csv_path.with_suffix(".xlsx").is_file():
                csv_path = csv_path.with_suffix(".xlsx")
            if not csv_path.is_file():
                raise InputError(positions.at(("csv",)) if meta.csv else Location(shown),
                                 Message(N_("table {name} has no CSV file {file} beside it"),
                                         name=repr(name), file=csv_path.name))
            self.entries[name] = _Entry(name, sidecar, shown, meta, positions, csv_path,
                                        display_path(csv_path))
        described = {e.csv.name for e in self.entries.values()}
        for p in files:
            if p.suffix in (".csv", ".xlsx") and p.name not in described:
                raise InputError(Location(display_path(p)),
                                 Message(N_("table without provenance: no sidecar {file} beside "
                                            "it (title, publisher, url, released, vintage, keys, "
                                            "columns)"), file=f"{p.stem}.yaml"))
        for entry in self.entries.values():
            older = entry.meta.revises
            if older is None:
                continue
            if older not in self.entries:
                raise InputError(entry.positions.at(("revises",)),
                                 Message(N_("revises: no table {name} in the data folder"),
                                         name=repr(older)))
            if self.entries[older].meta.released >= entry.meta.released:
                raise InputError(entry.positions.at(("revises",)),
                                 Message(N_("revises {name}, released {older}, but this vintage "
                                            "is released {newer}, not later"), name=repr(older),
                                         older=self.entries[older].meta.released,
                                         newer=entry.meta.released))

    def table(self, name: str) -> Table:
        if name not in self._tables:
            e = self.entries[name]
            self._tables[name] = _cached_table(name, e.csv, e.shown_csv, e.meta, e.shown_sidecar)
        return self._tables[name]

    def info(self, name: str) -> TableInfo:
        e = self.entries[name]
        m = e.meta
        return TableInfo(name, e.shown_csv, e.shown_sidecar, m.title, m.publisher, m.url,
                         m.released, m.vintage)

    def newest(self, name: str) -> tuple[str, ...]:
        """The chain of vintages from ``name`` to the newest that revises it (``name`` alone
        when none does). Of two newer vintages revising the same table, the later release."""
        chain = [name]
        while True:
            newer = sorted((e.meta.released, e.name) for e in self.entries.values()
                           if e.meta.revises == chain[-1])
            if not newer:
                return tuple(chain)
            chain.append(newer[-1][1])

    def look_up(self, citation: Citation, table_name: str | None = None) -> Lookup:
        name = table_name or citation.table
        if name not in self.entries:
            known = ", ".join(sorted(self.entries)) or Message(N_("none"))
            return Lookup(Status.NO_TABLE, Message(N_("no table {name} in {folder} (tables: "
                                                      "{known})"), name=repr(name),
                                                   folder=self.shown, known=known))
        info = self.info(name)
        table = self.table(name)
        meta = table.meta
        if set(citation.row) != set(meta.keys):
            return Lookup(Status.NO_ROW, Message(N_("the row must be named by the key columns "
                                                    "{keys}"), keys=", ".join(meta.keys)),
                          table=info)
        row = table.find(dict(citation.row))
        if row is None:
            return Lookup(Status.NO_ROW, Message(N_("no row has these keys")), table=info)
        if citation.column not in meta.columns:
            return Lookup(Status.NO_COLUMN, Message(N_("no column {column} (columns: {columns})"),
                                                    column=repr(citation.column),
                                                    columns=", ".join(table.header)), table=info,
                          location=Location(info.csv, table.line_of(row), 1))
        location = table.cell_location(row, citation.column)
        text = table.cell(row, citation.column)
        column = meta.columns[citation.column]
        if column.unit is None:
            return Lookup(Status.TEXT_COLUMN, Message(N_("column {column} holds text (it has no "
                                                         "unit)"), column=repr(citation.column)),
                          text, None, location, info)
        number = text.strip()
        if not _NUMBER.match(number):
            return Lookup(Status.NOT_NUMERIC, Message(N_("empty cell")) if not number else
                          Message(N_("{cell} is not a number"), cell=repr(text)), text, None,
                          location, info)
        return Lookup(Status.OK, "", text, _figure(number, column.multiplier, column.unit),
                      location, info)

    def files_for(self, tables: Iterable[str]) -> tuple[str, ...]:
        """The data files a result depends on: every sidecar (a new vintage changes the
        revision check) and the CSV of each table read."""
        out = {e.shown_sidecar for e in self.entries.values()}
        out.update(self.entries[t].shown_csv for t in tables if t in self.entries)
        return (self.shown, *sorted(out))  # the folder itself: a new vintage may appear


def _figure(number: str, multiplier: str | None, unit: str) -> Figure:
    from factcheck.claims.values import parse_figure

    return parse_figure(f"{number.replace(',', '')}{multiplier or ''} {unit}")


def _read_sidecar(path: Path, shown: str) -> tuple[TableMeta, Positions]:
    from pydantic import ValidationError

    from factcheck.load.text import read_text
    from factcheck.load.validation import as_input_error
    from factcheck.load.yaml_nodes import load_yaml
    from factcheck.numbers.grammar import NumberError
    from factcheck.refs.model import TableMeta
    from factcheck.units import UnknownUnitError

    text = read_text(path, shown, what="table sidecar")
    if not text.strip():
        raise InputError(Location(shown),
                         Message(N_("empty table sidecar: a table needs its provenance")))
    data, positions = load_yaml(text, shown)
    if not isinstance(data, dict):
        raise InputError(positions.at(()), Message(N_("a table sidecar is a mapping (title, "
                                                      "publisher, url, released, vintage, keys, "
                                                      "columns)")))
    try:
        meta = TableMeta.model_validate(data)
    except ValidationError as exc:
        raise as_input_error(exc.errors(include_url=False)[0], positions, TableMeta) from None
    for name, column in meta.columns.items():
        if column.unit is None:
            continue
        try:
            _figure("1", column.multiplier, column.unit)
        except (NumberError, UnknownUnitError) as exc:
            key = "multiplier" if column.multiplier else "unit"
            raise InputError(positions.at(("columns", name, key)),
                             joined([f"columns.{name}", message_of(exc)], ": ")) from None
    return meta, positions


_SIDECARS: dict[tuple[str, str, int, int], tuple[TableMeta, Positions]] = {}


def _cached_sidecar(path: Path, shown: str) -> tuple[TableMeta, Positions]:
    """A sidecar read once per process while its file is unchanged: every claims file of a
    batch that names the data folder would otherwise parse and validate each one again."""
    try:
        st = path.stat()
        key = (str(path.resolve()), shown, st.st_mtime_ns, st.st_size)
    except OSError:
        return _read_sidecar(path, shown)
    found = _SIDECARS.get(key)
    if found is None:
        if len(_SIDECARS) >= 64:
            _SIDECARS.clear()
        found = _SIDECARS[key] = _read_sidecar(path, shown)
    return found


_TABLES: dict[tuple[str, int, int], Table] = {}


def _cached_table(name: str, csv_path: Path, shown: str, meta: TableMeta, sidecar: str) -> Table:
    """A table read once per process while its file is unchanged (many claims files of one
    run cite the same tables)."""
    from factcheck.refs.table import load_table

    try:
        st = csv_path.stat()
        key = (str(csv_path.resolve()), st.st_mtime_ns, st.st_size)
    except OSError:
        return load_table(name, csv_path, shown, meta, sidecar)
    table = _TABLES.get(key)
    if table is None or table.meta != meta:
        if len(_TABLES) >= 16:
            _TABLES.clear()
        table = _TABLES[key] = load_table(name, csv_path, shown, meta, sidecar)
    return table


# Within one run (``folders_shared``), each data folder is scanned once: a batch of claims
# files naming the same folder would otherwise list it, confine each file in it and stat
# every sidecar again for every claims file. None outside a run: every call scans.
_FOLDERS: dict[tuple[str, str], DataFolder] | None = None


@contextmanager
def folders_shared() -> Iterator[None]:
    """Scan each data folder once until the block ends (one run over many claims files)."""
    global _FOLDERS
    saved = _FOLDERS
    _FOLDERS = {}
    try:
        yield
    finally:
        _FOLDERS = saved


def _folder(path: Path, shown: str) -> DataFolder:
    if _FOLDERS is None:
        return DataFolder(path, shown)
    key = (os.path.abspath(path), shown)
    found = _FOLDERS.get(key)
    if found is None:
        found = _FOLDERS[key] = DataFolder(path, shown)  # a folder that fails is not kept
    return found


def data_folder_of(claims: ClaimsFile, claims_path: Path) -> Path | None:
    return None if claims.data is None else claims_path.parent / claims.data


def resolve(claims: ClaimsFile, claims_path: Path, positions: Positions) -> Sources | None:
    """Every citation of ``claims``, looked up; None when the file cites nothing."""
    from factcheck.load.paths import display_path

    cited = [(c.id, c.source, ("claims", i, "source")) for i, c in enumerate(claims.claims)
             if c.source is not None]
    cited += [(r.id, r.source, ("references", i, "source"))
              for i, r in enumerate(claims.references)]
    if not cited and claims.data is None:
        return None
    folder_path = data_folder_of(claims, claims_path)
    if folder_path is None:
        raise InputError(positions.at(cited[0][2]),
                         Message(N_("this claim cites a table, but the claims file names no data "
                                    "folder; add 'data: PATH' (relative to the claims file)")))
    shown = display_path(folder_path)
    try:
        folder = _folder(folder_path, shown)
    except InputError as exc:
        if exc.message == "data folder not found":
            raise InputError(positions.at(("data",)),
                             Message(N_("data folder {folder} not found"),
                                     folder=repr(shown))) from None
        raise
    by_claim: dict[str, Cell] = {}
    by_reference: dict[str, Cell] = {}
    read: set[str] = set()
    n_claims = sum(1 for c in claims.claims if c.source is not None)
    for k, (owner, citation, _) in enumerate(cited):
        assert citation is not None
        found = folder.look_up(citation)
        newer: Lookup | None = None
        chain: tuple[str, ...] = ()
        if citation.table in folder.entries:
            read.add(citation.table)
            chain = folder.newest(citation.table)
            if len(chain) > 1:
                newer = folder.look_up(citation, chain[-1])
                read.add(chain[-1])
        cell = Cell(owner, citation.table, citation.describe_row(), citation.column, found,
                    newer, chain)
        (by_claim if k < n_claims else by_reference)[owner] = cell
    return Sources(shown, by_claim, by_reference, folder.files_for(sorted(read)))


def cited_files(claims: ClaimsFile, claims_path: Path) -> list[Path]:
    """The data files whose contents a check of ``claims_path`` depends on (for a result
    cache's key): every table sidecar of its data folder and the CSVs of the tables it
    cites and of their newer vintages. Empty when it cites none. Reads the sidecars, not
    the CSVs; raises InputError on bad input. (The loader records the same files, and the
    folder, in ``LoadedClaims.data_files``.)"""
    folder_path = data_folder_of(claims, claims_path)
    if folder_path is None or not folder_path.is_dir():
        return []
    folder = DataFolder(folder_path, str(folder_path))
    tables: set[str] = set()
    for src in [c.source for c in claims.claims] + [r.source for r in claims.references]:
        if src is not None and src.table in folder.entries:
            tables.update(folder.newest(src.table))
    paths = {e.sidecar.resolve() for e in folder.entries.values()}
    paths.update(folder.entries[t].csv.resolve() for t in tables)
    return sorted(paths)
