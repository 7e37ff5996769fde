"""Paths that files name stay inside the project; only regular files are read, and every
command reads them with the same bounded reader."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.core.errors import InputError
from factcheck.load.text import MAX_ARTICLE_BYTES, read_bytes

SECRET = "AUTHORIZATION: basic c2VjcmV0LXRva2Vu"
ARTICLE = "今年全市工业产值达到120亿元。\n"
CLAIMS = """article: {article}
published: 2024-11-05
claims:
  - id: total
    quote: 产值达到120亿元
    value: 120亿 元
"""
BAD = Path(__file__).parent / "bad"


def _invoke(cwd: Path, *args: str) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A checkout: .git/config with a credential, claims/ and an article."""
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text(f"[http]\n\textraheader = {SECRET}\n")
    (tmp_path / "claims").mkdir()
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _claims(repo: Path, article: str, name: str = "c.yaml") -> Path:
    path = repo / "claims" / name
    path.write_text(CLAIMS.format(article=article), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "html", "github", "json", "markdown"])
def test_git_config_is_never_read(repo: Path, fmt: str) -> None:
    _claims(repo, "../.git/config")
    code, out, err = _invoke(repo, "run", "claims/c.yaml", "-f", fmt)
    assert code == 2
    assert err.splitlines() == ["claims/c.yaml:1:10: article '../.git/config' is inside .git/, "
                                "which is never read"]
    assert "c2VjcmV0" not in out + err


def test_git_dir_through_a_symlink_is_refused(repo: Path) -> None:
    (repo / "innocent.txt").symlink_to(repo / ".git" / "config")
    _claims(repo, "../innocent.txt")
    code, out, err = _invoke(repo, "run", "claims/c.yaml", "-f", "github")
    assert code == 2 and "inside .git/" in err and "c2VjcmV0" not in out + err


def test_git_dir_named_on_the_command_line_is_refused(repo: Path) -> None:
    for args in (["extract", ".git/config"], ["init", ".git/config", "-o", "x.yaml"],
                 ["run", "--auto", ".git/config"]):
        code, out, err = _invoke(repo, *args)
        assert code == 2, args
        assert "inside .git/" in err and "c2VjcmV0" not in out + err, args


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/maps", "../../outside.txt"])
def test_article_outside_the_root_is_refused(repo: Path, target: str) -> None:
    _claims(repo, target)
    code, out, err = _invoke(repo, "run", "claims/c.yaml", "-f", "html")
    assert code == 2
    assert err.splitlines() == [f"claims/c.yaml:1:10: article {target!r} is outside the project "
                                "root '.'; set another root with --root"]
    assert "root:" not in out


def test_symlink_out_of_the_tree_is_refused(repo: Path, tmp_path_factory: pytest.TempPathFactory
                                            ) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "article.txt"
    elsewhere.write_text(ARTICLE, encoding="utf-8")
    (repo / "link.txt").symlink_to(elsewhere)
    _claims(repo, "../link.txt")
    code, _, err = _invoke(repo, "run", "claims/c.yaml")
    assert code == 2 and "'../link.txt' is outside the project root" in err


def test_claims_file_found_in_a_directory_must_stay_inside(
        repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "x.yaml"
    outside.write_text(CLAIMS.format(article="a.txt"), encoding="utf-8")
    (repo / "claims" / "evil.yaml").symlink_to(outside)
    code, _, err = _invoke(repo, "run", "claims")
    assert code == 2
    assert "claims file 'claims/evil.yaml' is outside the project root '.'" in err


def test_configured_claims_outside_the_root_are_refused(repo: Path) -> None:
    (repo / "factcheck.toml").write_text('claims = ["/etc", "/root"]\n')
    code, out, err = _invoke(repo, "run")
    assert (code, out) == (2, "")
    assert err.splitlines() == ["factcheck.toml:1:1: claims path '/etc' is outside the project "
                                "root '.'; set another root with --root"]


def test_config_root_confines_a_claims_file_below_it(repo: Path) -> None:
    (repo / "factcheck.toml").write_text('claims = ["claims"]\n')
    _claims(repo, "../article.txt")
    assert _invoke(repo, "run", "-f", "text")[0] == 0
    _claims(repo, "../../article.txt")
    code, _, err = _invoke(repo, "run", "-f", "text")
    assert code == 2 and "is outside the project root" in err


def test_explicit_root_allows_another_layout(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "work" / "claims").mkdir(parents=True)
    (tmp_path / "work" / ".git").mkdir()
    _claims(tmp_path / "work", "../../texts/a.txt")
    work = tmp_path / "work"
    assert _invoke(work, "run", "claims/c.yaml")[0] == 2
    assert _invoke(work, "run", "claims/c.yaml", "--root", str(tmp_path), "-f", "text")[0] == 0
    code, _, err = _invoke(work, "run", "claims/c.yaml", "--root", "missing")
    assert (code, err) == (2, "factcheck: --root 'missing' is not a directory\n")


def test_nul_in_an_article_path_is_one_line(repo: Path) -> None:
    _claims(repo, '"a\\0b"')
    code, _, err = _invoke(repo, "run", "claims/c.yaml")
    assert (code, err.splitlines()) == (2, ["claims/c.yaml:1:10: control character U+0000 in a "
                                            "value (a terminal or CI log would act on it); "
                                            "remove it"])


# --- regular files only, one bounded reader --------------------------------------------------

@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_never_read(tmp_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is missing")
    (tmp_path / "c.yaml").write_text(CLAIMS.format(article="a.txt"), encoding="utf-8")
    expected = f"{device}:1:1: article is not a regular file (a character device); it is not read"
    for args in (["run", "c.yaml", "--article", device], ["extract", device],
                 ["init", device, "-o", "d.yaml"], ["run", "--auto", device]):
        code, _, err = _invoke(tmp_path, *args)
        assert (code, err.splitlines()) == (2, [expected]), args
    assert not (tmp_path / "d.yaml").exists()


def test_a_fifo_does_not_block(tmp_path: Path) -> None:
    """In a real process with a timeout: a blocking open would hang the test, not fail it."""
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    (tmp_path / "c.yaml").write_text(CLAIMS.format(article="article.txt"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    expected = "article.txt:1:1: article is not a regular file (a FIFO); it is not read"
    for args in (["run", "c.yaml"], ["extract", "article.txt"], ["run", "--auto", "article.txt"],
                 ["init", "article.txt", "-o", "d.yaml"]):
        proc = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=60)
        assert (proc.returncode, proc.stderr.splitlines()) == (2, [expected]), args


def test_the_limit_holds_whatever_the_size_claims() -> None:
    """/proc files report a size of 0; the reader stops one byte past the limit anyway."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        pytest.skip("no /proc")
    assert maps.stat().st_size == 0
    with pytest.raises(InputError) as info:
        read_bytes(maps, "maps", what="article", max_bytes=16)
    assert info.value.message == "article is more than 16 bytes; the limit is 16 bytes"


def test_every_command_has_the_same_limit_and_encodings(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    expected = f"big.txt:1:1: article is {MAX_ARTICLE_BYTES + 1} bytes; the limit is " \
               f"{MAX_ARTICLE_BYTES} bytes"
    for args in (["extract", "big.txt"], ["init", "big.txt", "-o", "d.yaml"],
                 ["run", "--auto", "big.txt"]):
        code, _, err = _invoke(tmp_path, *args)
        assert (code, err.splitlines()) == (2, [expected]), args
    shutil.copy(BAD / "gb18030-article" / "article.txt", tmp_path / "gb.txt")
    for args in (["extract", "gb.txt", "-f", "json"], ["run", "--auto", "gb.txt", "-f", "json"]):
        code, out, err = _invoke(tmp_path, *args)
        assert code in (0, 1) and err == "" and "120" in out, args


@pytest.mark.parametrize("ch", ["\r", "\u200f"])
def test_auto_reads_a_control_character_in_a_discovered_quote(tmp_path: Path, ch: str) -> None:
    text = f"今年工业产值达到120亿元，同比增长20%，占比75%，比{ch}上年提高2.1个百分点。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8", newline="")
    code, _, err = _invoke(tmp_path, "run", "--auto", "a.txt", "-f", "json")
    assert (code, err) == (0, "")


def test_a_claims_file_that_is_a_fifo_or_device_does_not_block(tmp_path: Path) -> None:
    """Named on the command line (as pre-commit names files), with the result cache on."""
    os.mkfifo(tmp_path / "fifo.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    env.pop("FACTCHECK_NO_CACHE", None)
    for name, kind in (("fifo.yaml", "a FIFO"), ("zero.yaml", "a character device")):
        proc = subprocess.run([sys.executable, "-m", "factcheck", "run", name], cwd=tmp_path,
                              env=env, capture_output=True, text=True, timeout=60)
        assert (proc.returncode, proc.stderr.splitlines()) == (
            2, [f"{name}:1:1: claims file is not a regular file ({kind}); it is not read"])


def test_a_data_folder_outside_the_root_is_refused(repo: Path) -> None:
    path = _claims(repo, "../article.txt")
    path.write_text(path.read_text(encoding="utf-8") + "data: /etc\n", encoding="utf-8")
    code, _, err = _invoke(repo, "run", "claims/c.yaml")
    assert (code, err.splitlines()) == (2, ["claims/c.yaml:7:7: data folder '/etc' is outside "
                                            "the project root '.'; set another root with --root"])


def test_a_run_asks_each_directory_once_and_the_next_run_again(tmp_path: Path) -> None:
    """Within a run the roots found are those found file by file; a marker that appears
    between two runs is seen by the second."""
    from factcheck.load.paths import confined_to, root_for

    (tmp_path / "proj" / "pyproject.toml").parent.mkdir()
    (tmp_path / "proj" / "pyproject.toml").write_text("", encoding="utf-8")
    deep = tmp_path / "proj" / "a" / "b"
    deep.mkdir(parents=True)
    files = [deep / "x.yaml", tmp_path / "proj" / "a" / "y.yaml", tmp_path / "proj" / "z.yaml"]
    alone = [root_for(f) for f in files]
    assert alone == [tmp_path / "proj"] * 3
    with confined_to(None, None):
        assert [root_for(f) for f in files] == alone
        assert [root_for(f) for f in files] == alone
    (tmp_path / "proj" / "a" / "factcheck.toml").write_text("", encoding="utf-8")
    with confined_to(None, None):
        assert [root_for(f) for f in files] == [tmp_path / "proj" / "a"] * 2 + [tmp_path / "proj"]
