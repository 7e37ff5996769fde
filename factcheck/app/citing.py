"""Which claims files cite which tables: for ``factcheck refs TABLE`` and for
``factcheck run DATA_FILE`` (re-check every claims file citing a changed table).

Only claims files are read here (parsed and validated, not their articles or tables).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.core.errors import Location

DATA_SUFFIXES = (".csv",)
SIDECAR_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Citing:
    """One citation of a table by a claim or a reference."""

    claims_file: Path
    location: Location
    owner: str  # claim or reference id
    kind: str  # "claim" or "reference"
    table: str
    row: str
    column: str
    folder: Path  # the data folder, resolved


def _claims_files(search: list[Path]) -> list[Path]:
    from factcheck.app.runner import expand

    return [p for p in expand([s for s in search if s.exists()]) if p.is_file()]


def citations(search: list[Path]) -> list[Citing]:
    """Every citation in the claims files under ``search``, in file order."""
    from factcheck.load.claims import read_claims
    from factcheck.load.paths import display_path

    out: list[Citing] = []
    for path in _claims_files(search):
        claims, positions = read_claims(path)
        if claims.data is None:
            continue
        folder = (path.parent / claims.data).resolve()
        shown = Path(display_path(path))
        for i, c in enumerate(claims.claims):
            if c.source is not None:
                out.append(Citing(shown, positions.at(("claims", i)), c.id, "claim",
                                  c.source.table, c.source.describe_row(), c.source.column,
                                  folder))
        for i, r in enumerate(claims.references):
            out.append(Citing(shown, positions.at(("references", i)), r.id, "reference",
                              r.source.table, r.source.describe_row(), r.source.column, folder))
    return out


def _may_be_data(path: Path) -> bool:
    """Cheap: a CSV, a YAML beside a CSV of its name, or a YAML that no longer exists."""
    if path.suffix in DATA_SUFFIXES:
        return True
    return path.suffix in SIDECAR_SUFFIXES and (
        path.with_suffix(".csv").exists() or not path.exists())


def is_data_file(path: Path, known_folders: set[Path]) -> bool:
    if path.suffix in DATA_SUFFIXES:
        return True
    return path.suffix in SIDECAR_SUFFIXES and path.parent.resolve() in known_folders


def split_targets(targets: list[Path], search: list[Path]) -> tuple[list[Path], list[Path]]:
    """``factcheck run``'s paths as (claims files and directories, data files named).

    A data file (a table's CSV or sidecar, under a data folder some claims file names)
    stands for every claims file under ``search`` that cites its table, or cites any
    table of its folder when it is a sidecar that is not a table's (a vintage that
    ``revises`` another changes the check of the older one's citers).
    """
    if not any(_may_be_data(t) for t in targets):
        return targets, []
    cites = citations(search)
    folders = {c.folder for c in cites}
    data = [t for t in targets if t.suffix in DATA_SUFFIXES + SIDECAR_SUFFIXES
            and is_data_file(t, folders)]
    if not data:
        return targets, []
    rest = [t for t in targets if t not in data]
    # a changed sidecar may revise another table: re-check every citer of its folder
    chosen: dict[Path, None] = {}
    for t in data:
        folder, name = t.parent.resolve(), t.stem
        for c in cites:
            if c.folder == folder and (c.table == name or t.suffix in SIDECAR_SUFFIXES):
                chosen.setdefault(c.claims_file, None)
    have = {p.resolve() for p in rest if p.is_file()}
    rest += [p for p in chosen if p.resolve() not in have]
    return rest, data


def citing_table(table: str, search: list[Path]) -> list[Citing]:
    """The citations of ``table``: a table name (in any data folder) or a path to its CSV
    or sidecar (in that folder only)."""
    cites = citations(search)
    as_path = Path(table)
    if as_path.suffix in DATA_SUFFIXES + SIDECAR_SUFFIXES:
        folder, name = as_path.parent.resolve(), as_path.stem
        return [c for c in cites if c.folder == folder and c.table == name]
    return [c for c in cites if c.table == table]


def citing_text(found: list[Citing]) -> str:
    return "".join(f"{c.claims_file}:{c.location.line}:{c.location.column}: {c.kind} {c.owner} "
                   f"cites {c.table}, row {c.row}, column {c.column}\n" for c in found)


def citing_json(found: list[Citing]) -> str:
    import json

    rows = [{"claims_file": str(c.claims_file), "line": c.location.line,
             "column": c.location.column, "kind": c.kind, "id": c.owner, "table": c.table,
             "row": c.row, "cell_column": c.column} for c in found]
    return json.dumps(rows, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
