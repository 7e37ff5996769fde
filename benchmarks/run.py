"""factcheck's benchmark suite: one command, one table.

    python benchmarks/run.py [--quick] [--runs N]

1. start-up: ``factcheck --version`` and ``factcheck run`` on the bundled article,
   against ``python -c "import typer, rich, pydantic"`` measured in the same run.
   Goal: ``run`` within 1.5x of that baseline.
2. scale: generated claims files of 1 000, 10 000 and 100 000 claims with relations
   (growth/current/prior, share/part/whole, part-of totals, pp-change, multiples), each
   checked in a fresh process; time and peak memory (ru_maxrss of that process).
   Goal: 100 000 claims in under 10 s and under 1 GB.
3. extraction: MB/s of figure extraction on at least 5 MB of text (``benchmarks/extract.py``).
4. batch: ``benchmarks/batch.py`` when present.

Every figure is the median of several runs, with the spread (min–max). Each command runs
in its own process, so one measurement never warms the next.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "0",
       "FACTCHECK_NO_CACHE": "1"}  # timings of checking, not of the result cache
FACTCHECK = [PY, "-m", "factcheck"]
TIMEOUT = 90.0  # seconds for any one measured process


@dataclass
class Sample:
    seconds: float
    max_rss_mb: float
    returncode: int


def measure(cmd: Sequence[str], cwd: Path = ROOT) -> Sample:
    """Wall time and peak resident memory of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), cwd=cwd, env=ENV, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    timer = threading.Timer(TIMEOUT, proc.kill)  # the whole suite must end in minutes
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return Sample(elapsed, usage.ru_maxrss / 1024, proc.returncode)


def repeat(cmd: Sequence[str], runs: int, cwd: Path = ROOT) -> list[Sample]:
    measure(cmd, cwd)  # warm the page cache and the bytecode cache; not counted
    return [measure(cmd, cwd) for _ in range(runs)]


def spread(values: list[float], fmt: Callable[[float], str]) -> str:
    med = statistics.median(values)
    return f"{fmt(med)} ({fmt(min(values))}–{fmt(max(values))})"


def ms(x: float) -> str:
    return f"{x * 1000:.0f} ms"


def sec(x: float) -> str:
    return f"{x:.2f} s"


def mb(x: float) -> str:
    return f"{x:.0f} MB"


# -- the generator of claims files -------------------------------------------------

_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _tag(n: int) -> str:
    """A group name without digits, so only the figures of a quote are figures."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, len(_LETTERS))
        out = _LETTERS[r] + out
    return out


def _q(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


GROUP = 10  # claims per generated group


def generate(n_claims: int, directory: Path) -> Path:
    """A consistent claims file of ``n_claims`` claims (groups of 10) and its article."""
    lines = ["article: article.txt", "published: 2024-11-05", "language: zh", "claims:"]
    article: list[str] = []
    for g in range(max(1, n_claims // GROUP)):
        t = _tag(g)
        a = Decimal(100 + g % 97) + Decimal(g % 89) / 100
        b = Decimal(300 + g % 53) + Decimal(g % 71) / 100
        c = Decimal(200 + g % 61) + Decimal(g % 37) / 100
        total = a + b + c
        prior = _q(total / Decimal("1.081"), 2)
        growth = _q((total / prior - 1) * 100, 1)
        share = _q(a / total * 100, 1)
        multiple = _q(total / b, 2)
        rate = Decimal(5 + g % 40) + Decimal(g % 9) / 10
        sentence = (
            f"{t}区工业总产值{total}亿元，其中{t}甲产值{a}亿元、{t}乙产值{b}亿元、"
            f"{t}丙产值{c}亿元。{t}区上年产值{prior}亿元，{t}区产值同比增长{growth}%，"
            f"{t}甲占{t}区比重{share}%，比重提高1.2个百分点；{t}区产值是{t}乙的{multiple}倍，"
            f"{t}区就业率{rate}%。"
        )
        article.append(sentence)
        claims = [
            (f"{t}-total", f"{t}区工业总产值{total}亿元", f"{total}亿 元", "amount",
             ["exhaustive: true"]),
            (f"{t}-a", f"{t}甲产值{a}亿元", f"{a}亿 元", "amount", [f"part-of: {t}-total"]),
            (f"{t}-b", f"{t}乙产值{b}亿元", f"{b}亿 元", "amount", [f"part-of: {t}-total"]),
            (f"{t}-c", f"{t}丙产值{c}亿元", f"{c}亿 元", "amount", [f"part-of: {t}-total"]),
            (f"{t}-prior", f"{t}区上年产值{prior}亿元", f"{prior}亿 元", "amount", []),
            (f"{t}-growth", f"{t}区产值同比增长{growth}%", f"{growth}%", "growth",
             [f"current: {t}-total", f"prior: {t}-prior"]),
            (f"{t}-share", f"{t}甲占{t}区比重{share}%", f"{share}%", "share",
             [f"part: {t}-a", f"whole: {t}-total"]),
            (f"{t}-share-pp", "比重提高1.2个百分点", "1.2 pp", "pp-change", [f"of: {t}-share"]),
            (f"{t}-multiple", f"{t}区产值是{t}乙的{multiple}倍", f"{multiple}倍", "multiple",
             [f"current: {t}-total", f"prior: {t}-b"]),
            (f"{t}-rate", f"{t}区就业率{rate}%", f"{rate}%", "rate", []),
        ]
        occurrence = g + 1  # 比重提高1.2个百分点 repeats in every group
        for cid, quote, value, kind, extra in claims:
            lines += [f"  - id: {cid}", f"    quote: {quote}", f"    value: {value}",
                      f"    kind: {kind}"]
            if quote == "比重提高1.2个百分点":
                lines.append(f"    occurrence: {occurrence}")
            lines += [f"    {e}" for e in extra]
    directory.mkdir(parents=True, exist_ok=True)
    directory.joinpath("article.txt").write_text("\n".join(article) + "\n", encoding="utf-8")
    path = directory / "claims.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- sections ----------------------------------------------------------------------

Row = tuple[str, str, str, str]


def startup(runs: int) -> list[Row]:
    baseline = repeat([PY, "-c", "import typer, rich, pydantic"], runs)
    version = repeat([*FACTCHECK, "--version"], runs)
    bundled = repeat([*FACTCHECK, "run", "--format", "text"], runs)
    base = statistics.median(s.seconds for s in baseline)
    ratio = statistics.median(s.seconds for s in bundled) / base
    verdict = "met" if ratio <= 1.5 else "not met"
    return [
        ("start-up", "import typer, rich, pydantic (baseline)",
         spread([s.seconds for s in baseline], ms), mb(statistics.median(s.max_rss_mb for s in baseline))),
        ("start-up", "factcheck --version", spread([s.seconds for s in version], ms),
         mb(statistics.median(s.max_rss_mb for s in version))),
        ("start-up", f"factcheck run, bundled article: {ratio:.2f}x baseline (goal ≤ 1.5x, {verdict})",
         spread([s.seconds for s in bundled], ms), mb(statistics.median(s.max_rss_mb for s in bundled))),
    ]


def scale(sizes: list[int], runs: int, work: Path) -> list[Row]:
    rows: list[Row] = []
    for n in sizes:
        claims = generate(n, work / f"scale-{n}")
        cmd = [*FACTCHECK, "run", str(claims), "--format", "text"]
        first = measure(cmd)  # also warms the caches
        k = runs if first.seconds * runs < 60 else 1
        samples = [measure(cmd) for _ in range(k)] if k > 1 else [first]
        secs = [s.seconds for s in samples]
        rss = max(s.max_rss_mb for s in samples)
        note = ""
        if n == 100_000:
            ok = statistics.median(secs) < 10 and rss < 1024
            note = f" (goal < 10 s, < 1 GB: {'met' if ok else 'not met'})"
        rows.append(("scale", f"{n:,} claims{note}" + ("" if k > 1 else ", 1 run"),
                     spread(secs, sec), mb(rss)))
    return rows


def extraction() -> list[Row]:
    return _delegate("extraction", HERE / "extract.py")


def batch() -> list[Row]:
    script = HERE / "batch.py"
    if not script.exists():
        return [("batch", "benchmarks/batch.py not present", "–", "–")]
    return _delegate("batch", script)


def _delegate(section: str, script: Path, timeout: float = 100) -> list[Row]:
    """Another benchmark script's own output, one row per line."""
    try:
        out = subprocess.run([PY, str(script)], cwd=ROOT, env=ENV, capture_output=True,
                             text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [(section, f"{script.name} took longer than {timeout:.0f} s; run it alone", "", "")]
    lines = [line.rstrip() for line in out.stdout.splitlines() if line.strip()]
    if out.returncode != 0:
        lines.append(f"{script.name} exited {out.returncode}: {out.stderr.strip()[-200:]}")
    return [(section, line, "", "") for line in lines]


def table(rows: list[Row]) -> str:
    head = ("section", "what", "median (min–max)", "peak RSS")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    fmt = " | ".join(f"{{:<{w}}}" for w in widths)
    sep = "-|-".join("-" * w for w in widths)
    return "\n".join(["| " + fmt.format(*head) + " |", "|-" + sep + "-|",
                      *("| " + fmt.format(*r) + " |" for r in rows)])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--quick", action="store_true", help="sizes up to 10 000 only")
    parser.add_argument("--only", choices=["startup", "scale", "extraction", "batch"])
    args = parser.parse_args(argv)
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    started = time.perf_counter()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        if args.only in (None, "startup"):
            rows += startup(args.runs)
        if args.only in (None, "scale"):
            rows += scale(sizes, max(1, args.runs // 2 + 1), work)
        if args.only in (None, "extraction"):
            rows += extraction()
        if args.only in (None, "batch"):
            rows += batch()
    print(table(rows))
    print(f"\n{time.strftime('%Y-%m-%d')} · {os.cpu_count()} CPUs · {_cpu_model()} · "
          f"Python {sys.version.split()[0]} · total {time.perf_counter() - started:.0f} s")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
