"""Many claims files at once: worker processes, merge order, broken files, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.runner import PARALLEL_FROM, run_paths
from factcheck.checks import all_rules
from factcheck.render import Format, RenderOptions, render

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "failing"
COPIES = PARALLEL_FROM + 2


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An archive of claims files in nested folders, one of them broken."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(FIXTURE / "article.txt", tmp_path / "article.txt")
    text = (FIXTURE / "claims.yaml").read_text(encoding="utf-8")
    for i in range(COPIES):
        folder = tmp_path / "archive" / f"{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:02d}.yaml").write_text(
            text.replace("article: article.txt", "article: ../../article.txt"), encoding="utf-8")
    (tmp_path / "archive" / "2" / "05.yaml").write_text(  # replaces a copy
        "article: ../../article.txt\npublished: 2024-11-05\nclaims:\n  - id: x\n    quote: q\n"
        "    value: 1\n    colour: red\n", encoding="utf-8")
    return Path("archive")


def test_parallel_equals_serial_in_order_and_content(archive: Path) -> None:
    serial = run_paths([archive], all_rules(), jobs=1)
    parallel = run_paths([archive], all_rules(), jobs=2)
    options = RenderOptions()
    for fmt in (Format.JSON, Format.SARIF, Format.JUNIT, Format.TEXT):
        assert render(fmt, serial, options) == render(fmt, parallel, options)
    paths = [r.path for r in parallel.reports]
    assert paths == sorted(paths) and len(paths) == COPIES - 1


@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("show_all", [False, True])
def test_files_rendered_by_the_workers_give_the_same_report(archive: Path, color: bool,
                                                            show_all: bool) -> None:
    from functools import partial

    from factcheck.render.terminal import file_section

    fmt = Format.RICH if color else Format.TEXT
    options = RenderOptions(show_all=show_all, width=80 if color else None)
    whole = render(fmt, run_paths([archive], all_rules(), jobs=1), options)
    section = partial(file_section, color=color, show_all=show_all, width=options.width)
    for jobs in (1, 2):
        compact = run_paths([archive], all_rules(), jobs=jobs, section=section)
        assert not compact.reports and len(compact.rendered) == COPIES - 1
        assert [str(e) for e in compact.errors] == [
            "archive/2/05.yaml:7:5: unknown key 'colour' in claims[0]"]
        assert render(fmt, compact, options) == whole
        assert compact.exit_code() == 2
    assert "✗" in whole


def test_the_exit_code_of_rendered_files_follows_the_fail_level(tmp_path: Path) -> None:
    from functools import partial

    from factcheck.render.terminal import file_section

    claims = tmp_path / "claims.yaml"
    shutil.copy(FIXTURE / "article.txt", tmp_path / "article.txt")
    claims.write_text((FIXTURE / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    full = run_paths([claims], all_rules())
    compact = run_paths([claims], all_rules(), section=partial(file_section, color=False))
    for level in ("error", "warning"):
        from factcheck.report.findings import Severity

        assert compact.exit_code(Severity(level)) == full.exit_code(Severity(level))
    assert compact.exit_code() == 1


def test_the_cli_renders_in_the_workers_with_the_same_output(archive: Path) -> None:
    outputs = {jobs: CliRunner().invoke(app, ["run", str(archive), "--jobs", jobs, "-f", "text"])
               for jobs in ("1", "2")}
    assert outputs["1"].stdout == outputs["2"].stdout
    assert outputs["1"].exit_code == outputs["2"].exit_code == 2
    assert f"{COPIES} claims files" in outputs["1"].stdout


def test_pool_size() -> None:
    from factcheck.app.runner import pool_size

    assert pool_size(2, PARALLEL_FROM - 1) == 1  # too few files to pay for a pool
    assert pool_size(2, 100) == 2
    assert pool_size(1, 100) == 1
    assert pool_size(8, PARALLEL_FROM) == 8


def test_a_broken_file_is_reported_and_the_others_checked(archive: Path) -> None:
    result = run_paths([archive], all_rules(), jobs=2)
    assert [str(e) for e in result.errors] == [
        "archive/2/05.yaml:7:5: unknown key 'colour' in claims[0]"]
    assert len(result.reports) == COPIES - 1
    assert result.exit_code() == 2


def test_progress_is_called_for_every_file(archive: Path) -> None:
    calls: list[tuple[int, int]] = []
    run_paths([archive], all_rules(), jobs=2, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(i, COPIES) for i in range(1, COPIES + 1)]


def test_cli_batch_totals_without_progress_when_piped(archive: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(archive), "--jobs", "2", "-f", "json"])
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert doc["summary"]["files"] == COPIES
    assert doc["summary"]["input_errors"] == 1
    assert doc["summary"]["counts"]["fail"] == 2 * (COPIES - 1)
    assert "checking claims files" not in result.stderr
    assert result.stderr == "archive/2/05.yaml:7:5: unknown key 'colour' in claims[0]\n"


def test_no_claims_files_is_an_input_error(tmp_path: Path) -> None:
    result = run_paths([tmp_path], all_rules())
    assert [e.message for e in result.errors] == ["no claims files (*.yaml) found"]


def test_a_report_survives_the_trip_between_processes() -> None:
    import pickle
    from multiprocessing.reduction import ForkingPickler

    from factcheck.app.runner import _register_reducers, check_file

    report = check_file(FIXTURE / "claims.yaml", all_rules())
    _register_reducers()
    back = pickle.loads(ForkingPickler.dumps(report))
    assert back.outcomes == report.outcomes and back.implied == report.implied
    assert back.graph.nodes == report.graph.nodes
    assert back.graph.source.positions.spans == report.graph.source.positions.spans


def test_slimmed_positions_give_the_same_findings() -> None:
    from factcheck.claims.graph import build_graph
    from factcheck.load.claims import load_claims_file
    from factcheck.render.flat import findings
    from factcheck.report.engine import run_checks

    for path in (FIXTURE / "claims.yaml",
                 Path(__file__).resolve().parent.parent / "claims"
                 / "chongqing-manufacturing-2024.yaml"):
        graph = build_graph(load_claims_file(path))
        full = findings(run_checks(graph, all_rules()))
        kept = len(graph.source.positions.spans)
        graph.slim()
        assert len(graph.source.positions.spans) < kept
        assert findings(run_checks(graph, all_rules())) == full
