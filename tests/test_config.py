"""Configuration files: discovery, validation with positions, and CLI precedence."""

from __future__ import annotations

import json
import shutil
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.config import find_config, load_config
from factcheck.core.errors import InputError
from factcheck.numbers.grammar import DEFAULT_TOLERANCES
from factcheck.render import Format

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "failing"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as info:
        load_config(path, shown=path.name)
    return str(info.value)


def test_every_key_of_factcheck_toml(tmp_path: Path) -> None:
    path = write(tmp_path / "factcheck.toml", """\
claims = ["news", "extra/one.yaml"]
format = "json"
fail-on = "warning"
select = ["FC1", "FC201"]
ignore = ["FC104"]
[tolerances]
approx = "5%"
nearly = 0.1
""")
    config = load_config(path)
    assert config.claims == (tmp_path / "news", tmp_path / "extra/one.yaml")
    assert (config.format, config.fail_on) == ("json", "warning")
    assert (config.select, config.ignore) == (("FC1", "FC201"), ("FC104",))
    # TOML floats are read as decimals: 0.1 is exactly one tenth
    assert config.tolerances.approx == Fraction(1, 20)
    assert config.tolerances.nearly == Fraction(1, 10)


def test_pyproject_table_and_defaults(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml",
                 '[project]\nname = "x"\n\n[tool.factcheck]\nclaims = "articles"\n')
    config = load_config(path)
    assert config.claims == (tmp_path / "articles",)
    assert config.format is None and config.select == ()
    assert config.tolerances == DEFAULT_TOLERANCES


def test_unknown_key_names_it_with_its_place(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml",
                 '[tool.ruff]\nline-length = 100\n\n[tool.factcheck]\nformat = "json"\n'
                 '  colour = "red"\n')
    assert error_of(path) == ("pyproject.toml:6:3: unknown key 'colour' in tool.factcheck; "
                              "known keys: claims, format, fail-on, select, ignore, tolerances, units, lang")


def test_unknown_key_in_inline_tolerances(tmp_path: Path) -> None:
    path = write(tmp_path / "factcheck.toml", 'tolerances = { approx = "5%", roughly = "1%" }\n')
    assert error_of(path) == ("factcheck.toml:1:31: unknown key 'roughly' in tolerances; "
                              "known keys: approx, nearly")


def test_dotted_key_in_pyproject(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool]\nfactcheck.fail-on = "fatal"\n')
    assert error_of(path) == ("pyproject.toml:2:1: 'fail-on' must be one of error, warning "
                              "(got 'fatal')")


@pytest.mark.parametrize(("body", "message"), [
    ('format = "yaml"\n', f"1:1: 'format' must be one of {', '.join(Format)} (got 'yaml')"),
    ('select = "FC1"\n', "1:1: 'select' must be a list of strings"),
    ('[tolerances]\nnearly = "150%"\n', "2:1: 'tolerances.nearly' must be at least 0 and "
                                        "below 100% (got '150%')"),
    ('[tolerances]\napprox = "a bit"\n', "2:1: 'tolerances.approx' must be a fraction such as "
                                         "\"5%\" or \"0.05\" (got 'a bit')"),
    ('format = \n', '1:10: invalid TOML: a value TOML cannot read: text needs quotes ("…")'),
])
def test_bad_values(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path / "factcheck.toml", body)
    assert error_of(path) == f"factcheck.toml:{message}"


def test_discovery_walks_up_and_skips_foreign_pyprojects(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\n")
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    write(tmp_path / "a" / "pyproject.toml", "[tool.ruff]\n")
    assert find_config(inner) == (tmp_path / "pyproject.toml").resolve()
    write(tmp_path / "a" / "factcheck.toml", "")
    assert find_config(inner) == (tmp_path / "a" / "factcheck.toml").resolve()


def _project(tmp_path: Path, config: str) -> None:
    shutil.copytree(FIXTURE, tmp_path / "news")
    write(tmp_path / "factcheck.toml", config)


def _codes(output: str) -> set[str]:
    doc = json.loads(output)
    return {f["code"] for file in doc["files"] for f in file["findings"]}


def test_cli_uses_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, 'claims = ["news"]\nformat = "json"\nselect = ["FC2"]\n')
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run"])
    assert result.exit_code == 1, result.output
    assert _codes(result.stdout) == {"FC201", "FC202"}


def test_cli_flags_override_the_configuration(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, 'claims = ["news"]\nformat = "json"\nselect = ["FC2"]\n'
                       'fail-on = "warning"\n')
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run", "--select", "FC4", "--fail-on", "error"])
    assert result.exit_code == 0, result.output
    assert _codes(result.stdout) == {"FC401"}
    # a claim that waives FC401 although its parts fit: an unused waiver, a warning
    write(tmp_path / "news" / "extra.txt", "在研56个，进入临床24个。")
    write(tmp_path / "news" / "extra.yaml",
          "article: extra.txt\npublished: 2024-11-05\nclaims:\n"
          "  - id: r\n    quote: 在研56个\n    value: 56 个\n"
          "  - id: t\n    quote: 进入临床24个\n    value: 24 个\n    part-of: r\n"
          "    ignore: {FC401: stale waiver}\n")
    result = CliRunner().invoke(app, ["run", "--select", "FC105,FC401"])
    assert result.exit_code == 1  # the configured fail level counts the unused waiver
    assert _codes(result.stdout) == {"FC105", "FC401"}
    result = CliRunner().invoke(app, ["run", "--select", "FC105,FC401", "--fail-on", "error"])
    assert result.exit_code == 0


def test_cli_reports_a_bad_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "factcheck.toml", 'claims = ["news"]\nformats = "json"\n')
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run"])
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck.toml:2:1: unknown key 'formats'")


# --- the search stops at the repository root ----------------------------------------------

OUTSIDE = 'select = ["FC104"]\nclaims = ["elsewhere"]\nformat = "json"\n'


def _repo_below_a_hostile_config(tmp_path: Path, git: str = "dir") -> Path:
    """A repository whose parent directory holds a configuration that would turn its
    failing check into "OK" and point its run at another directory."""
    write(tmp_path / "factcheck.toml", OUTSIDE)
    (tmp_path / "elsewhere").mkdir()
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURE, repo / "claims")
    if git == "dir":
        (repo / ".git").mkdir()
    else:  # a worktree or a submodule: .git is a file
        write(repo / ".git", "gitdir: /somewhere/else\n")
    return repo


@pytest.mark.parametrize("git", ["dir", "file"])
def test_a_configuration_above_the_repository_is_never_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, git: str) -> None:
    repo = _repo_below_a_hostile_config(tmp_path, git)
    (repo / "claims" / "sub").mkdir()
    assert find_config(repo) is None
    assert find_config(repo / "claims" / "sub") is None
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(app, ["run", "--no-cache", "-f", "concise"])
    assert result.exit_code == 1, result.output  # the failing check still fails
    assert result.stdout.splitlines()[-1].startswith("2 failing checks")


def test_the_repository_root_configuration_is_found_from_below(tmp_path: Path) -> None:
    repo = _repo_below_a_hostile_config(tmp_path)
    inner = repo / "claims" / "sub"
    inner.mkdir()
    own = write(repo / "pyproject.toml", "[tool.factcheck]\n")
    assert find_config(inner) == own.resolve()


def test_outside_any_repository_only_the_working_directory_is_searched(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", OUTSIDE)
    inner = tmp_path / "project"
    inner.mkdir()
    assert find_config(inner) is None
    own = write(inner / "factcheck.toml", "")
    assert find_config(inner) == own.resolve()


def test_a_replayed_run_records_where_the_search_stops(tmp_path: Path) -> None:
    from factcheck.app.cache import config_candidates

    repo = _repo_below_a_hostile_config(tmp_path)
    inner = (repo / "claims").resolve()
    found = config_candidates(inner)
    files = [p for p in found if p.name != ".git"]
    assert files == [inner / "factcheck.toml", inner / "pyproject.toml",
                     inner.parent / "factcheck.toml", inner.parent / "pyproject.toml"]
    # a .git appearing or vanishing anywhere above moves the boundary: each is recorded
    assert [p for p in found if p.name == ".git"] == [d / ".git" for d in (inner, *inner.parents)]
