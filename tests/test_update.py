"""``factcheck update``: after an edit of the article, quotes follow, values follow, new
figures get drafts; nothing is written without --write, and comments stay."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.update import renumbered

FIXTURE = Path(__file__).parent / "fixtures" / "culprit"


@pytest.fixture
def edited(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "c")
    article = tmp_path / "c" / "article.txt"
    text = article.read_text(encoding="utf-8").replace("2760.91", "2706.91")
    article.write_text(text.replace("其他产业产值793.09亿元。", "其他产业产值793.09亿元，新增企业500家。"),
                       encoding="utf-8")
    return tmp_path / "c" / "claims.yaml"


def _update(claims: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["update", str(claims), *args])
    return result.exit_code, result.stdout, result.stderr


def test_shows_the_plan_and_writes_nothing_without_write(edited: Path) -> None:
    before = edited.read_bytes()
    code, out, err = _update(edited)
    assert code == 0
    assert out.startswith("auto: quote re-anchored at 1:21; figure changed 2760.91亿元 → 2706.91亿元 "
                          "(used by auto-share)\n    “汽车产业产值2760.91亿元” → “汽车产业产值2706.91亿元”\n"
                          "new figure 500 家 at 1:68: drafted claim amount-5 (“新增企业500家”), to review\n")
    assert "\n-    value: 2760.91亿元\n" in out and "\n+    value: 2706.91亿元\n" in out
    assert err == "not written: pass --write to write these changes\n"
    assert edited.read_bytes() == before


def test_write_keeps_comments_and_layout_and_the_checks_pass(edited: Path) -> None:
    original = edited.read_text(encoding="utf-8")
    assert _update(edited, "--write")[0] == 0
    text = edited.read_text(encoding="utf-8")
    assert text.startswith(original.splitlines()[0] + "\n")  # the comment
    # all else untouched; the new claim goes in article order, before the share of line 2
    assert text == original.replace(
        "quote: 汽车产业产值2760.91亿元\n    value: 2760.91亿元",
        "quote: 汽车产业产值2706.91亿元\n    value: 2706.91亿元").replace(
        "  - id: auto-share\n",
        "  - id: amount-5\n    quote: 新增企业500家\n    value: 500 家\n    kind: amount\n"
        "    measures: 'TODO: what is measured'\n"
        "    note: new figure drafted by factcheck update — review\n  - id: auto-share\n")
    result = CliRunner().invoke(app, ["run", str(edited), "-f", "concise", "--no-cache"])
    codes = [line.split(": ")[1].split()[0] for line in result.stdout.splitlines()[:-1]]
    assert codes == ["FC106", "FC106"]  # only the new draft awaits review
    assert _update(edited)[1].startswith("nothing to update")


def test_refuses_when_the_file_changed_since_read(edited: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.app.update as update

    real = update.plan

    def plan_then_edit(path: Path, original: str, article: Path | None = None) -> update.Plan:
        result = real(path, original, article)
        path.write_text(original + "# edited meanwhile\n", encoding="utf-8")
        return result

    monkeypatch.setattr(update, "plan", plan_then_edit)
    code, _, err = _update(edited, "--write")
    assert code == 2
    assert err.endswith("the claims file changed on disk since it was read; nothing written, "
                        "run update again\n")
    assert edited.read_text(encoding="utf-8").endswith("# edited meanwhile\n")


def test_renumbered() -> None:
    assert renumbered("同比增长5.2%", "同比增长12.4%", "5.2%") == "12.4%"
    assert renumbered("产值526.42亿元", "产值526.24亿元", "526.42亿 元") == "526.24亿 元"
    assert renumbered("增长5.2%和3%", "增长5.2%", "5.2%") == "5.2%"  # cannot tell: unchanged


def _update_process(claims: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A real process with a timeout: a reader that blocks or never ends fails the test
    instead of hanging it."""
    return subprocess.run([sys.executable, "-m", "factcheck", "update", claims], cwd=cwd,
                          capture_output=True, text=True, timeout=30,
                          env={**os.environ, "FACTCHECK_NO_CACHE": "1"})


@pytest.mark.skipif(not os.path.exists("/dev/zero") or not hasattr(os, "mkfifo"),
                    reason="needs /dev/zero and FIFOs")
@pytest.mark.parametrize(("name", "kind"), [("/dev/zero", "character device"),
                                            ("fifo.yaml", "FIFO"),
                                            ("zero.yaml", "character device")])
def test_update_reads_through_the_one_bounded_reader(tmp_path: Path, name: str,
                                                     kind: str) -> None:
    os.mkfifo(tmp_path / "fifo.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")  # a committed symlink is enough
    done = _update_process(name, tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (
        2, "", f"{name}:1:1: claims file is not a regular file (a {kind}); it is not read\n")


def test_update_refuses_a_claims_file_over_the_limit(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.load import text

    monkeypatch.setattr(text, "MAX_BYTES", 10)
    monkeypatch.setattr(text.read_bytes, "__kwdefaults__", {"max_bytes": 10})
    claims = tmp_path / "c.yaml"
    claims.write_text("article: a.txt\n", encoding="utf-8")
    code, out, err = _update(claims)
    assert (code, out) == (2, "")
    assert err == f"{claims}:1:1: claims file is 15 bytes; the limit is 10 bytes\n"


@pytest.mark.skipif(not os.path.exists("/dev/zero") or not hasattr(os, "mkfifo"),
                    reason="needs /dev/zero and FIFOs")
@pytest.mark.parametrize(("name", "kind"), [("/dev/zero", "character device"),
                                            ("fifo.txt", "FIFO"),
                                            ("zero.txt", "character device")])
def test_update_reads_the_article_through_the_bounded_reader(tmp_path: Path, name: str,
                                                             kind: str) -> None:
    shutil.copytree(FIXTURE, tmp_path / "c")
    os.mkfifo(tmp_path / "c" / "fifo.txt")
    (tmp_path / "c" / "zero.txt").symlink_to("/dev/zero")
    done = subprocess.run([sys.executable, "-m", "factcheck", "update", "claims.yaml",
                           "--article", name], cwd=tmp_path / "c", capture_output=True,
                          text=True, timeout=30, env={**os.environ, "FACTCHECK_NO_CACHE": "1"})
    assert (done.returncode, done.stdout, done.stderr) == (
        2, "", f"{name}:1:1: article is not a regular file (a {kind}); it is not read\n")


def test_a_new_figure_gets_its_drafted_relations_to_the_files_claims(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "c")
    article = tmp_path / "c" / "article.txt"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "全市规上工业产值5000.00亿元", "全市规上工业产值5000.00亿元，同比增长10.0%"), encoding="utf-8")
    code, out, _ = _update(tmp_path / "c" / "claims.yaml")
    assert code == 0
    # drafted right after the total it grows from, naming it by its id in the file
    assert ("     exhaustive: true\n+  - id: growth-1\n+    quote: 同比增长10.0%\n"
            "+    value: 10.0%\n+    kind: growth\n+    measures: 'TODO: what is measured'\n"
            "+    current: total\n") in out
