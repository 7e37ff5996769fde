"""Regenerate ``table.json`` from ``definitions.txt`` with pint.

    python -m factcheck.units          # write the table
    python -m factcheck.units --check  # exit 1 when the committed table is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.core.atomic import atomic_write
from factcheck.units import TABLE, build_table, table_text


def main(argv: list[str]) -> int:
    path = Path(__file__).with_name(TABLE)
    fresh = table_text(build_table())
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if "--check" in argv:
        if current != fresh:
            print(f"{path}: stale; run python -m factcheck.units", file=sys.stderr)
            return 1
        return 0
    if current != fresh:
        atomic_write(path, fresh)
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
