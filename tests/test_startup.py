"""Start-up shortcuts change nothing but the time: pydantic's plugin scan is skipped only
when no installed package declares a plugin, and typer still parses every option."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
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


IMPORTED_AT_EXIT = r"""
import atexit, sys
atexit.register(lambda: print(repr(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["factcheck", *sys.argv[1:]]
from factcheck.entry import main
main()
"""

# what only a help page, an error, a traceback or another command needs: typer's rich
# help renderer (rich's Markdown, its traceback and syntax highlighting), the unit registry
NOT_FOR_A_RUN = ("typer.rich_utils", "rich.markdown", "markdown_it", "rich.traceback",
                 "rich.syntax", "rich.pretty", "pint", "tomllib", "factcheck.claims.provenance")


@pytest.mark.parametrize("args", [["run", "--format", "text"], ["run"],
                                  ["--lang", "zh", "run", "--format", "text"]])
def test_a_run_imports_nothing_only_help_or_errors_need(tmp_path: Path, args: list[str]) -> None:
    """A run of the bundled article, in English and in Chinese, imports none of the modules
    that only a help page or an error uses (the panel titles of typer's help are set when
    its renderer is imported, not by importing it)."""
    import ast
    import os
    import shutil

    for folder in ("claims", "seeds", "data"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1", "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-c", IMPORTED_AT_EXIT, *args], cwd=tmp_path,
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = set(ast.literal_eval(done.stderr.strip().splitlines()[-1]))
    assert "factcheck.checks" in imported  # the run ran
    assert sorted(m for m in imported for n in NOT_FOR_A_RUN
                  if m == n or m.startswith(n + ".")) == []


def test_a_patch_waits_for_its_module(tmp_path: Path) -> None:
    """when_imported patches a module imported later, once, and one already imported now."""
    (tmp_path / "later_mod.py").write_text("WORD = 'Options'\n", encoding="utf-8")
    code = ("import sys; sys.path.insert(0, sys.argv[1])\n"
            "from factcheck.core.startup import when_imported\n"
            "seen = []\n"
            "def patch(m): seen.append(m.__name__); m.WORD = 'Optionen'\n"
            "when_imported('later_mod', patch); when_imported('later_mod', patch)\n"
            "print('later_mod' in sys.modules, seen)\n"
            "import later_mod; print(later_mod.WORD, seen)\n"
            "when_imported('later_mod', lambda m: seen.append('again')); print(seen)\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.splitlines()
    assert out == ["False []", "Optionen ['later_mod']", "['later_mod', 'again']"]


def test_help_after_a_run_has_the_panel_titles_of_its_language() -> None:
    """typer's renderer, imported by a help page after the words were chosen, gets them."""
    code = ("import sys\n"
            "from factcheck.app.cli import main\n"
            "sys.argv = ['factcheck', '--lang', 'zh', '--help']\n"
            "main()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT).stdout
    assert "选项" in out and "Options" not in out


def test_the_command_freezes_what_a_pause_built_and_a_library_caller_does_not() -> None:
    """Objects built while the collector is paused are frozen when it resumes only in a
    process that asked for it (the command's own, which exits after its run); the
    collector still runs after the pause either way, and cycles left by a caller that did
    not ask are freed."""
    code = ("import gc, sys, weakref\n"
            "from factcheck.core import collector\n"
            "if sys.argv[1] == 'command': collector.freeze_when_resumed()\n"
            "if sys.argv[1] == 'watch': collector.freeze_when_resumed(); "
            "collector.freeze_when_resumed(False)\n"
            "class Cycle: pass\n"
            "before = gc.get_freeze_count()\n"
            "with collector.collector_paused():\n"
            "    c = Cycle(); c.me = c; alive = weakref.ref(c); del c\n"
            "frozen = gc.get_freeze_count() > before\n"
            "gc.collect()\n"
            "print(gc.isenabled(), frozen, alive() is not None)\n")
    runs = {mode: subprocess.run([sys.executable, "-c", code, mode], capture_output=True,
                                 text=True, cwd=ROOT, check=True).stdout.split()
            for mode in ("command", "library", "watch")}
    assert runs == {"command": ["True", "True", "True"],
                    "library": ["True", "False", "False"],
                    "watch": ["True", "False", "False"]}
