"""Memory bounded by the input: peaks measured in a fresh process (issue 21, defect 6).

Each case runs ``factcheck run`` in its own process and reads that process's peak
resident memory (``ru_maxrss`` from ``os.wait4``); the bounds are generous, several times
what the fixed code needs and far below what the old code took.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_refs import _xlsx_project

ROOT = Path(__file__).resolve().parent.parent


# The command runs as the child of a small probe process, never of this one: Linux carries a
# process's high-water RSS across fork and exec, so a child of a test run that has grown
# (a whole suite: hundreds of MB) would report the suite's peak, not its own.
_PROBE = """import os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = p.stderr.read()
_, status, usage = os.wait4(p.pid, 0)
sys.stderr.buffer.write(err)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def _peak(args: list[str], cwd: Path) -> tuple[int, str, float]:
    """Exit code, stderr and peak RSS in MB of ``factcheck ARGS`` in a fresh process."""
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1", "NO_COLOR": "1",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PROBE, sys.executable, "-m", "factcheck", *args],
                          cwd=cwd, env=env, capture_output=True, check=True)
    code, kilobytes = done.stdout.split()
    return int(code), done.stderr.decode("utf-8", "replace"), int(kilobytes) / 1024


def test_a_long_list_of_empty_claims_stops_after_the_first_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("增长5%。\n", encoding="utf-8")
    n = 300_000
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nclaims: [" + ",".join(["{}"] * n) + "]\n",
        encoding="utf-8")
    code, err, peak = _peak(["run", "c.yaml", "--no-cache"], tmp_path)
    assert code == 2
    [line] = err.strip().splitlines()
    assert line.startswith("c.yaml:3:10: missing key 'id' in claims[0] (and 20 more errors in "
                           "claims[0..6]; validation stopped there, ")
    assert line.endswith(f"{n - 7} records after them not checked)")
    assert peak < 200, f"{peak:.0f} MB"  # every error kept at once: 350 MB, 3 GB at 3 MB


def _sheet_xml(body: str, dimension: str | None) -> str:
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'{declared}<sheetData>{body}</sheetData></worksheet>')


def _rewrite_sheet(path: Path, write: object) -> None:
    """Replace the first sheet of the workbook at ``path``: ``write(archive)`` adds it."""
    old = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                new.writestr(item, old.read(item.filename))
        write(new)  # type: ignore[operator]
    path.write_bytes(buffer.getvalue())


HEADER = ('<row r="1"><c r="A1" t="inlineStr"><is><t>region</t></is></c>'
          '<c r="B1" t="inlineStr"><is><t>period</t></is></c>'
          '<c r="C1" t="inlineStr"><is><t>growth</t></is></c>'
          '<c r="D1" t="inlineStr"><is><t>level</t></is></c></row>')


def test_a_workbook_of_a_million_empty_rows_is_refused_in_bounded_memory(
        tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    path = _xlsx_project(tmp_path, 5.8)
    rows = "".join(f'<row r="{r}"/>' for r in range(2, 1_000_001))
    _rewrite_sheet(tmp_path / "data" / "t.xlsx", lambda z: z.writestr(
        "xl/worksheets/sheet1.xml", _sheet_xml(HEADER + rows, "A1:XFD1000000")))
    code, err, peak = _peak(["run", str(path), "--no-cache"], tmp_path)
    assert code == 2
    assert err.strip() == ("data/t.xlsx:1:1: the workbook's first sheet declares 1000000 rows × "
                           "16384 columns, more than the 10,000,000 cells a table may have")
    assert peak < 300, f"{peak:.0f} MB"


def test_a_workbook_without_a_dimension_is_bounded_while_read(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    path = _xlsx_project(tmp_path, 5.8)
    cells = '<c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c>'
    rows = "".join(f'<row r="{r}">{cells.format(r=r)}</row>' for r in range(2, 1000))
    _rewrite_sheet(tmp_path / "data" / "t.xlsx", lambda z: z.writestr(
        "xl/worksheets/sheet1.xml", _sheet_xml(HEADER + rows, None)))
    code, err, peak = _peak(["run", str(path), "--no-cache"], tmp_path)
    assert code == 2
    assert "more than the 10,000,000 cells a table may have" in err
    assert len(err.strip().splitlines()) == 1
    assert peak < 300, f"{peak:.0f} MB"


def test_a_cell_that_unpacks_to_hundreds_of_megabytes_is_refused_before_it_is_read(
        tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    path = _xlsx_project(tmp_path, 5.8)

    def bomb(archive: zipfile.ZipFile) -> None:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            head, tail = _sheet_xml(HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>SPLIT',
                                    "A1:D2").split("SPLIT")
            member.write(head.encode())
            chunk = b"a" * (1 << 20)
            for _ in range(300):  # 300 MB of one cell, about 300 KB compressed
                member.write(chunk)
            member.write(("</t></is></c></row>" + tail).encode())

    _rewrite_sheet(tmp_path / "data" / "t.xlsx", bomb)
    assert (tmp_path / "data" / "t.xlsx").stat().st_size < 3_000_000
    code, err, peak = _peak(["run", str(path), "--no-cache"], tmp_path)
    assert code == 2
    assert err.strip().startswith("data/t.xlsx:1:1: the workbook unpacks to 314,")
    assert err.strip().endswith("bytes, more than the 268,435,456 a table may (a ZIP bomb?)")
    assert peak < 300, f"{peak:.0f} MB"
