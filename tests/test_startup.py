"""Start-up shortcuts change nothing but the time: pydantic's plugin scan is skipped only
when no installed package declares a plugin, and typer still parses every option."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from factcheck.core.startup import declares_pydantic_plugin


def test_a_declared_pydantic_plugin_is_seen(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    (plain / "somepkg-1.0.dist-info").mkdir(parents=True)
    (plain / "somepkg-1.0.dist-info" / "entry_points.txt").write_text(
        "[console_scripts]\nsomepkg = somepkg:main\n", encoding="utf-8")
    (plain / "other-2.0.dist-info").mkdir()  # no entry points at all
    assert not declares_pydantic_plugin([str(plain), str(tmp_path / "missing")])
    plugin = tmp_path / "plugin"
    (plugin / "logfire-1.0.dist-info").mkdir(parents=True)
    (plugin / "logfire-1.0.dist-info" / "entry_points.txt").write_text(
        "[pydantic]\nlogfire = logfire.integrations.pydantic:plugin\n", encoding="utf-8")
    assert declares_pydantic_plugin([str(plain), str(plugin)])


def test_without_plugins_the_models_load_without_importlib_metadata() -> None:
    code = ("import sys; from factcheck.claims.model import ClaimsFile; "
            "ClaimsFile.model_validate({'article': 'a.txt', 'published': '2024-11-05', "
            "'claims': [{'id': 'a', 'quote': 'q', 'value': '1%'}]}); "
            "print('importlib.metadata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == ("True" if declares_pydantic_plugin(sys.path) else "False")


def test_options_left_out_and_given_still_parse(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.app.cli import app

    result = CliRunner().invoke(app, ["run", str(ROOT / "claims"), "--select", "FC1",
                                      "--ignore", "FC104", "--format", "json", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert '"FC104"' not in result.stdout and '"FC101"' in result.stdout
    bad = CliRunner().invoke(app, ["run", str(ROOT / "claims"), "--jobs", "0"])
    assert bad.exit_code == 2 and "--jobs" in bad.stderr
    assert CliRunner().invoke(app, ["--version"]).stdout.startswith("factcheck ")
