"""Reference data: CSV tables with provenance that claims cite, cell by cell.

A table is ``NAME.csv`` beside its sidecar ``NAME.yaml`` (publisher, title, URL, release
date, vintage, key columns, the unit and multiplier of each value column) in a data folder
that a claims file names with ``data:``. Claims cite a cell by table, row keys and column
(``source:``); ``references:`` name source values that relations use as members.

``cited_files(claims_path)`` lists the data files a check of a claims file depends on.
"""

from __future__ import annotations

from pathlib import Path


def cited_files(claims_path: Path) -> list[Path]:
    """The data files a check of ``claims_path`` depends on; see ``load.claims.cited_files``."""
    from factcheck.load.claims import cited_files as files

    return files(claims_path)


__all__ = ["cited_files"]
