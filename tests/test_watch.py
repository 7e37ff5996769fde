"""``run --watch``: a save of the article or the claims file runs the checks again."""

from __future__ import annotations

import os
import queue
import shutil
import threading
import time
from pathlib import Path

import pytest

from factcheck.app.watch import inputs, watch

FIXTURE = Path(__file__).parent / "fixtures" / "culprit"


def test_inputs_are_claims_articles_and_config(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "c")
    (tmp_path / "factcheck.toml").write_text("[tool.factcheck]\n", encoding="utf-8")
    found = inputs([tmp_path / "c"], tmp_path / "factcheck.toml", None)
    assert found == [(tmp_path / "c" / "claims.yaml").resolve(),
                     (tmp_path / "c" / "article.txt").resolve(),
                     (tmp_path / "factcheck.toml").resolve()]


def test_a_save_runs_again_and_other_files_do_not(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "c")
    article = tmp_path / "c" / "article.txt"
    runs: list[float] = []
    stop = threading.Event()
    targets = [tmp_path / "c" / "claims.yaml"]
    thread = threading.Thread(target=watch, args=(targets, lambda: inputs(targets, None, None),
                                                  lambda: runs.append(time.monotonic())),
                              kwargs={"stop": stop, "debounce": 50}, daemon=True)
    thread.start()

    def wait_for(n: int) -> bool:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if len(runs) >= n:
                return True
            time.sleep(0.05)
        return False

    try:
        assert wait_for(1)  # the first run, at once
        time.sleep(0.5)  # the watcher is set up
        (tmp_path / "c" / "notes.txt").write_text("not read by a run\n", encoding="utf-8")
        time.sleep(1.0)
        assert len(runs) == 1
        article.write_text(article.read_text(encoding="utf-8").replace("2760.91", "2706.91"),
                           encoding="utf-8")
        assert wait_for(2)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_run_watch_from_the_command_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    shutil.copytree(FIXTURE, tmp_path / "c")
    env = {**os.environ, "FACTCHECK_NO_CACHE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "run", "c/claims.yaml", "--watch",
                             "-f", "concise"], cwd=tmp_path, stdout=subprocess.PIPE, text=True,
                            env=env)
    assert proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout or []],
                     daemon=True).start()

    def readline() -> str:
        """The next line the watcher prints; a watcher that hangs fails the test, never the suite."""
        try:
            return lines.get(timeout=60)
        except queue.Empty:
            raise AssertionError("run --watch printed nothing for 60 s") from None

    try:
        first = [readline() for _ in range(5)]
        assert first[-1] == "3 failing checks, 0 warnings in 1 claims file (11 passed, 0 waived)\n"
        time.sleep(0.8)
        article = tmp_path / "c" / "article.txt"
        article.write_text(article.read_text(encoding="utf-8").replace("2760.91", "2706.91"),
                           encoding="utf-8")
        again = readline()
        while not (again[:1].isdigit() and " failing check" in again):  # the summary line
            again = readline()
        # the article changed under the claims: the quote of 'auto' is gone (FC101, FC104s)
        assert again == "5 failing checks, 0 warnings in 1 claims file (9 passed, 0 waived)\n"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                    reason="needs FIFOs and /dev/zero")
def test_the_watched_inputs_are_read_through_the_bounded_reader(tmp_path: Path) -> None:
    import subprocess
    import sys

    os.mkfifo(tmp_path / "fifo.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    (tmp_path / "ok.yaml").write_text("article: a.txt\n", encoding="utf-8")
    code = ("import sys; from pathlib import Path; from factcheck.app.watch import inputs; "
            "print([str(p) for p in inputs([Path(a) for a in sys.argv[1:]], None, None)])")
    done = subprocess.run([sys.executable, "-c", code, "fifo.yaml", "zero.yaml", "ok.yaml"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=30)
    # each claims file is watched; only the readable one names an article
    assert (done.returncode, done.stdout) == (0, str([
        str((tmp_path / "fifo.yaml").resolve()), "/dev/zero",
        str((tmp_path / "ok.yaml").resolve()), str((tmp_path / "a.txt").resolve())]) + "\n"), \
        done.stderr
