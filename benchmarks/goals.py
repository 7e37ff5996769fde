"""Measure every speed goal of the project, in one run, and say which are met.

    python benchmarks/goals.py [--runs 5] [--files 1000] [--quick] [--write-readme]
    python benchmarks/goals.py --peers-python /tmp/benchenv/bin/python   # with the peers

Each figure is the median of ``--runs`` fresh processes (wall clock; CPU time where noted),
and each ratio compares figures measured here, interleaved run by run, so that a busy
moment on a shared machine weighs on both sides of it. The machine's load average is
printed with the results: on a machine shared with other jobs, wall-clock figures are only
as good as the cores they got. ``--write-readme`` replaces the Measured section of
docs/measured.md (between ``<!-- measured:start -->`` and ``<!-- measured:end -->``) with the
table printed here, so every figure there comes from this script.

Goals (issue 16):

* batch: ``--jobs 2`` at least 1.6x faster than ``--jobs 1`` on 1 000 claims files, and
  not slower than serial with one core kept busy by another process;
* 1 000 files serial within 10 s; the text report of one file within 2 ms;
* a cached re-run of 1 000 unchanged files within 1 s;
* start-up on the bundled article within 2.5x ``python -c "import typer, rich, pydantic"``
  without the cache, within 0.6x with a cache hit;
* 100 000 claims within 10 s and 1 GB, linear from 10 000;
* ``factcheck extract`` at least 7 MB/s end to end in JSON; the extractor at least
  10 MB/s in process and at least 2x the fastest peer measured in the same process;
* ``run --auto`` and ``init`` on the bundled article within 1.5x ``run``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from make_corpus import generate as generate_text  # noqa: E402
from run import generate as generate_claims  # noqa: E402

PY = sys.executable
CLAIMS = ROOT / "claims" / "chongqing-manufacturing-2024.yaml"
ARTICLE = ROOT / "seeds" / "chongqing-manufacturing-2024.txt"
BASE_ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
BASE_ENV.pop("FACTCHECK_CACHE_DIR", None)
NO_CACHE = {**BASE_ENV, "FACTCHECK_NO_CACHE": "1"}
CACHED = {k: v for k, v in BASE_ENV.items() if k != "FACTCHECK_NO_CACHE"}
FACTCHECK = [PY, "-m", "factcheck"]


@dataclass
class Sample:
    wall: float
    cpu: float  # user + system of the process and its children
    rss_mb: float
    code: int


class SectionFailed(Exception):
    """A measured command failed or ran past its time: its section reports that alone."""


def measure(cmd: Sequence[str], *, cwd: Path = ROOT, env: dict[str, str] | None = None,
            timeout: float = 300) -> Sample:
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=cwd, env=env or NO_CACHE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    # the process is killed at its timeout, so a section ends instead of waiting for it
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        _, status, usage = os.wait4(proc.pid, 0)
    except BaseException:
        proc.kill()
        raise
    finally:
        timer.cancel()
        if proc.stderr:
            proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    wall = time.perf_counter() - start
    code = proc.returncode
    if wall >= timeout:
        raise SectionFailed(f"timed out after {timeout:g} s: `{_shown(cmd)}`")
    if code not in (0, 1):
        last = err.strip().splitlines()[-1:] or [""]
        raise SectionFailed(f"exit {code}: `{_shown(cmd)}` ({last[0][:120]})")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code)


def _shown(cmd: Sequence[str]) -> str:
    """A command as a row shows it: the interpreter and temporary paths left out."""
    words = ["factcheck" if w == "factcheck" else Path(w).name if os.sep in w else w
             for w in cmd if w not in (PY, "-m")]
    return " ".join(words).replace("|", "\\|")


def interleaved(commands: dict[str, Callable[[], Sample]], runs: int,
                warm: bool = True) -> dict[str, list[Sample]]:
    """Every command once per round, ``runs`` rounds, after one warm-up round."""
    for run in commands.values() if warm else ():
        run()
    out: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, run in commands.items():
            out[name].append(run())
    return out


def med(samples: list[Sample], what: str = "wall") -> float:
    return statistics.median(getattr(s, what) for s in samples)


@dataclass
class Goal:
    area: str
    goal: str
    measured: str
    met: bool | None  # None: not measured

    @property
    def verdict(self) -> str:
        if "no goal" in self.goal:
            return "–"
        return {True: "met", False: "**not met**", None: "not measured"}[self.met]


AREAS = {"startup": "start-up", "text": "batch", "batch": "batch", "scale": "scale",
         "extraction": "extraction"}


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} (5 min: {five:.1f})"


# -- the goals ---------------------------------------------------------------------


def startup(runs: int, work: Path) -> list[Goal]:
    project = work / "startup"
    shutil.copytree(ROOT / "claims", project / "claims")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    if (ROOT / "data").is_dir():
        shutil.copytree(ROOT / "data", project / "data")
    cache_env = {**CACHED, "FACTCHECK_CACHE_DIR": str(work / "startup-cache")}
    run = [*FACTCHECK, "run", "--format", "text"]
    measure(run, cwd=project, env=cache_env)  # stores the run the hits replay
    samples = interleaved({
        "baseline": lambda: measure([PY, "-c", "import typer, rich, pydantic"], cwd=project),
        "run": lambda: measure(run, cwd=project),
        "hit": lambda: measure(run, cwd=project, env=cache_env),
        "auto": lambda: measure([*FACTCHECK, "run", "--auto", str(ARTICLE), "-f", "text"],
                                cwd=project),
        "init": lambda: measure([*FACTCHECK, "init", str(ARTICLE), "-o",
                                 str(work / "draft.yaml"), "--force",
                                 "--published", "2024-11-05"], cwd=project),
    }, runs)
    base, base_cpu = med(samples["baseline"]), med(samples["baseline"], "cpu")
    cold, cold_cpu = med(samples["run"]), med(samples["run"], "cpu")
    hit, hit_cpu = med(samples["hit"]), med(samples["hit"], "cpu")
    auto, init = med(samples["auto"]), med(samples["init"])
    return [
        Goal("start-up", "`factcheck run` on the bundled article, no cache: ≤ 2.5× baseline",
             f"{cold * 1000:.0f} ms vs baseline {base * 1000:.0f} ms: {cold / base:.2f}× "
             f"(CPU {cold_cpu / base_cpu:.2f}×)", cold / base <= 2.5),
        Goal("start-up", "`factcheck run`, cache hit: ≤ 0.6× baseline",
             f"{hit * 1000:.0f} ms: {hit / base:.2f}× (CPU {hit_cpu / base_cpu:.2f}×)",
             hit / base <= 0.6),
        Goal("start-up", "`run --auto` on the bundled article: ≤ 1.5× `run`",
             f"{auto * 1000:.0f} ms: {auto / cold:.2f}×", auto / cold <= 1.5),
        Goal("start-up", "`init` on the bundled article: ≤ 1.5× `run`",
             f"{init * 1000:.0f} ms: {init / cold:.2f}×", init / cold <= 1.5),
    ]


def batch(files: int, runs: int, work: Path) -> list[Goal]:
    project = work / "batch"
    (project / "claims").mkdir(parents=True)
    shutil.copytree(ROOT / "seeds", project / "seeds")
    if (ROOT / "data").is_dir():
        shutil.copytree(ROOT / "data", project / "data")
    for i in range(files):
        shutil.copy(CLAIMS, project / "claims" / f"{i:04d}.yaml")

    def jobs(n: int) -> Sample:
        return measure([*FACTCHECK, "run", "claims", "--format", "text", "--jobs", str(n)],
                       cwd=project)

    jobs(2)  # warms the page and bytecode caches
    free = interleaved({"serial": lambda: jobs(1), "two": lambda: jobs(2)}, runs, warm=False)
    serial, two = med(free["serial"]), med(free["two"])
    busy_proc = subprocess.Popen([PY, "-c", "while True: pass"])
    try:
        busy = interleaved({"serial": lambda: jobs(1), "two": lambda: jobs(2)}, max(1, runs - 1),
                           warm=False)
    finally:
        busy_proc.kill()
        busy_proc.wait()
    b_serial, b_two = med(busy["serial"]), med(busy["two"])
    cache_env = {**CACHED, "FACTCHECK_CACHE_DIR": str(work / "batch-cache")}
    cached_cmd = [*FACTCHECK, "run", "claims", "--format", "text"]
    measure(cached_cmd, cwd=project, env=cache_env)
    hits = [measure(cached_cmd, cwd=project, env=cache_env) for _ in range(runs)]
    # the same files under another command line: no stored run, every report from the cache
    reports = [measure([*cached_cmd, "--fail-on", "error"], cwd=project, env=cache_env)
               for _ in range(max(1, runs - 1))]
    hit, per_file = med(hits), med(reports)
    return [
        Goal("batch", f"`--jobs 2` ≥ 1.6× faster than `--jobs 1`, {files} files",
             f"{serial:.2f} s / {two:.2f} s: {serial / two:.2f}×", serial / two >= 1.6),
        Goal("batch", "`--jobs 2` not slower than serial with one core busy",
             f"{b_serial:.2f} s / {b_two:.2f} s: {b_serial / b_two:.2f}×", b_two <= b_serial),
        Goal("batch", f"{files} files serial ≤ 10 s", f"{serial:.2f} s", serial <= 10),
        Goal("cache", f"cached re-run of {files} unchanged files ≤ 1 s",
             f"{hit:.2f} s (every report from the cache, another command line: "
             f"{per_file:.2f} s)", hit <= 1),
    ]


def text_report(runs: int) -> list[Goal]:
    from factcheck.app.runner import check_file
    from factcheck.checks import all_rules
    from factcheck.render.terminal import file_section

    os.chdir(ROOT)
    report = check_file(CLAIMS, all_rules())
    file_section(report, color=False)  # first-call work (imports) is start-up's
    times = []
    for _ in range(max(25, runs * 10)):
        start = time.perf_counter()
        file_section(report, color=False)
        times.append(time.perf_counter() - start)
    t = statistics.median(times)
    return [Goal("batch", "text report of one file ≤ 2 ms",
                 f"{t * 1000:.2f} ms (bundled article, {len(report.outcomes)} checks)", t <= 0.002)]


def scale(runs: int, work: Path, quick: bool) -> list[Goal]:
    sizes = [10_000] if quick else [10_000, 100_000]
    out: dict[int, list[Sample]] = {}
    for n in sizes:
        claims = generate_claims(n, work / f"scale-{n}")
        cmd = [*FACTCHECK, "run", str(claims), "--format", "text"]
        k = max(1, runs // 2) if n == 100_000 else runs
        out[n] = [measure(cmd, timeout=600) for _ in range(k)]
    small = med(out[10_000])
    goals = [Goal("scale", "10 000 claims (the base of the linearity ratio; no goal)",
                  f"{small:.2f} s, {max(s.rss_mb for s in out[10_000]):.0f} MB", None)]
    if quick:
        return goals
    big, rss = med(out[100_000]), max(s.rss_mb for s in out[100_000])
    goals += [
        Goal("scale", "100 000 claims ≤ 10 s", f"{big:.2f} s", big <= 10),
        Goal("scale", "100 000 claims ≤ 1 GB", f"{rss:.0f} MB peak RSS", rss <= 1024),
        Goal("scale", "linear (100 000 / 10 000 claims ≤ 12×)", f"{big / small:.1f}×",
             big / small <= 12),
    ]
    return goals


PEERS = r"""
import sys, time, json
text = open(sys.argv[1], encoding="utf-8").read()
sample = text.encode()[:300_000].decode("utf-8", "ignore")
sample = sample[: sample.rfind("\n") + 1]
out = {}
from factcheck.extract import clear_caches, extract
best = None
for _ in range(3):  # each timing starts with the caches of readings empty
    clear_caches()
    extract(text[:10000])
    t0 = time.process_time()
    extract(text)
    dt = time.process_time() - t0
    best = dt if best is None else min(best, dt)
out["factcheck"] = len(text.encode()) / best / 1e6
try:
    import chinese2digits as c2d
    t0 = time.process_time()
    for p in sample.split("\n\n"):
        c2d.takeNumberFromString(p)
    out["chinese2digits"] = len(sample.encode()) / (time.process_time() - t0) / 1e6
except ImportError:
    pass
try:
    import cn2an
    t0 = time.process_time()
    for p in sample.split("\n\n"):
        cn2an.transform(p, "cn2an")
    out["cn2an"] = len(sample.encode()) / (time.process_time() - t0) / 1e6
except ImportError:
    pass
print(json.dumps(out))
"""


def extraction(runs: int, work: Path, peers_python: str, megabytes: float) -> list[Goal]:
    import json

    text = work / "speed.txt"
    text.write_text(generate_text(int(megabytes * 1_000_000)), encoding="utf-8")
    size = text.stat().st_size / 1e6
    cmd = [*FACTCHECK, "extract", str(text), "--format", "json"]
    e2e = size / med([measure(cmd) for _ in range(runs)])
    env = {**NO_CACHE, "PYTHONPATH": str(ROOT)}
    try:
        found = subprocess.run([peers_python, "-c", PEERS, str(text)], capture_output=True,
                               text=True, env=env, check=True, cwd=ROOT, timeout=600).stdout
    except subprocess.TimeoutExpired as late:
        raise SectionFailed(f"timed out after {late.timeout:.0f} s: the extractor in process "
                            "and its peers") from late
    except subprocess.CalledProcessError as failed:
        last = (failed.stderr or "").strip().splitlines()[-1:] or [""]
        raise SectionFailed(f"exit {failed.returncode}: the extractor in process and its "
                            f"peers ({last[0][:120]})") from failed
    speeds: dict[str, float] = json.loads(found)
    ours = speeds.pop("factcheck")
    goals = [
        Goal("extraction", f"`factcheck extract` JSON end to end ≥ 7 MB/s ({size:.1f} MB)",
             f"{e2e:.1f} MB/s", e2e >= 7),
        Goal("extraction", "extractor in process ≥ 10 MB/s", f"{ours:.1f} MB/s (CPU time)",
             ours >= 10),
    ]
    if speeds:
        name, best = max(speeds.items(), key=lambda kv: kv[1])
        others = ", ".join(f"{k} {v:.2f}" for k, v in sorted(speeds.items()))
        goals.append(Goal("extraction", "extractor ≥ 2× the fastest peer, same process",
                          f"{ours / best:.1f}× {name} (MB/s: {others})", ours >= 2 * best))
    else:
        goals.append(Goal("extraction", "extractor ≥ 2× the fastest peer, same process",
                          "no peer importable by the interpreter (see --peers-python)", None))
    return goals


# -- output ------------------------------------------------------------------------


def table(goals: list[Goal]) -> str:
    rows = ["| area | goal | measured | |", "|---|---|---|---|"]
    rows += [f"| {g.area} | {g.goal} | {g.measured} | {g.verdict} |" for g in goals]
    return "\n".join(rows)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), Python {sys.version.split()[0]}"


def write_readme(text: str) -> None:
    readme = ROOT / "docs" / "measured.md"
    body = readme.read_text(encoding="utf-8")
    start, end = "<!-- measured:start -->", "<!-- measured:end -->"
    if start not in body or end not in body:
        raise SystemExit("docs/measured.md has no measured:start/measured:end markers")
    head, rest = body.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure")
    parser.add_argument("--files", type=int, default=1000, help="claims files in the batch")
    parser.add_argument("--megabytes", type=float, default=5.0, help="size of the extract text")
    parser.add_argument("--quick", action="store_true", help="no 100 000-claims run")
    parser.add_argument("--only", choices=["startup", "batch", "text", "scale", "extraction"])
    parser.add_argument("--peers-python", default=PY,
                        help="an interpreter with factcheck and the peers installed")
    parser.add_argument("--write-readme", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    # an installed factcheck has its bytecode (README's install step compiles it); without
    # it, where PYTHONDONTWRITEBYTECODE is set, every process would compile the package
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "factcheck")], check=True)
    load_before = load()
    goals: list[Goal] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-goals-") as tmp:
        work = Path(tmp)
        sections: dict[str, Callable[[], list[Goal]]] = {
            "startup": lambda: startup(args.runs, work),
            "text": lambda: text_report(args.runs),
            "batch": lambda: batch(args.files, max(1, args.runs // 2), work),
            "scale": lambda: scale(args.runs, work, args.quick),
            "extraction": lambda: extraction(args.runs, work, args.peers_python, args.megabytes),
        }
        for name, section in sections.items():
            if args.only in (None, name):
                try:
                    goals += section()
                except SectionFailed as failed:
                    # one section's failure is its row; the others still measure and print
                    goals.append(Goal(AREAS[name], f"every goal of the {name} section",
                                      str(failed), None))
    met = sum(1 for g in goals if g.met)
    failed = [g for g in goals if g.goal.startswith("every goal of the")]
    goals_n = sum(1 for g in goals if "no goal" not in g.goal and g not in failed)
    footer = (f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {machine()} · "
              f"load average {load_before} before, {load()} after · medians of "
              f"{args.runs} runs ({max(1, args.runs // 2)} for the batch) · "
              f"{met} of {goals_n} goals met"
              + (f" ({len(failed)} section(s) not measured)" if failed else "")
              + f" · {time.perf_counter() - started:.0f} s")
    text = (f"**Speed goals** (`python benchmarks/goals.py`; wall clock, ratios measured "
            f"in the same run):\n\n{table(goals)}\n\n{footer}")
    print(text)
    if args.write_readme:
        write_readme(text)


if __name__ == "__main__":
    main()
