"""A seeded fuzzer: mangled articles and claims files through every command.

    python benchmarks/fuzz.py                          # long mode: 2 000 + 2 000 cases
    python benchmarks/fuzz.py --articles 200 --claims 200 --seed 7 --workers 2

Each case is built from a seed text (the bundled article and claims file, the texts of
``tests/corpus/`` and the claims files of ``tests/fixtures/``) by a few random mutations:
insertions, deletions, duplications, odd numerals (full-width, Arabic-Indic, Devanagari,
〇廿卅, financial 壹贰叁, superscripts), digit runs of 20–5 000, bidirectional and
zero-width characters, mixed scripts. An article goes through ``extract``, ``init`` (and
``run`` on the draft it writes), and ``run --auto``; a claims file through ``run``.

A case fails when a command ends in an internal error (an exception, or the words
"internal error"), exits with a code outside 0, 1, 2, takes longer than ``--alarm``
seconds (a hang: ``signal.alarm``), or when ``init`` exits 0 and ``run`` on its draft
exits 2 (a draft that does not load).

The long mode runs the cases in worker processes under a memory limit
(``resource.setrlimit(RLIMIT_AS)``); a worker that dies (out of memory, killed) is
counted against its case and restarted after it. ``tests/test_fuzz.py`` runs the quick
mode — the same cases, fewer of them, in the test process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realcorpus import REAL, names

ROOT = Path(__file__).resolve().parent.parent

# -- seeds ------------------------------------------------------------------------------


def article_seeds() -> list[str]:
    """Every article of the project but the held-back real texts: code that runs on those,
    even through a fuzzer, would show what they hold before they are scored."""
    held = {REAL / f"{name}.txt" for name in names("heldout")}
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests" / "corpus").rglob("*.txt"))]
    return [p.read_text("utf-8", errors="replace") for p in paths if p not in held]


def claims_seeds() -> list[tuple[str, str]]:
    """(claims text with ``article: article.txt``, article text) pairs."""
    out = []
    paths = [*sorted((ROOT / "claims").glob("*.yaml")),
             *sorted((ROOT / "tests" / "fixtures").rglob("*.yaml"))]
    for path in paths:
        text = path.read_text("utf-8", errors="replace")
        m = re.search(r"^article:\s*(\S+)", text, re.M)
        if not m:
            continue
        article = (path.parent / m.group(1)).resolve()
        if not article.is_file() or article.suffix != ".txt":
            continue
        text = re.sub(r"^article:.*$", "article: article.txt", text, count=1, flags=re.M)
        text = re.sub(r"^data:.*$", "", text, flags=re.M)
        out.append((text, article.read_text("utf-8", errors="replace")))
    return out


# -- mutations --------------------------------------------------------------------------

FULL_WIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FINANCIAL = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")
CHINESE = str.maketrans("0123456789", "〇一二三四五六七八九")
DIGIT_TABLES = (FULL_WIDTH, ARABIC_INDIC, DEVANAGARI, SUPERSCRIPT, FINANCIAL, CHINESE)
INVISIBLE = ["\u202e", "\u202d", "\u202a", "\u2066", "\u2067", "\u2068", "\u2069", "\u200b",
             "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u2060", "\u061c", "\u00ad"]
SCRIPTS = ["Привет 12 мира", "Γειά 3,5 σου", "مرحبا ١٢٣ بالعالم", "안녕 7개", "こんにちは３件",
           "שלום 40%", "😀🎉", "𝟏𝟐𝟑", "Ⅻ", "①②", "¼½", "e\u0301", "\U0010ffff", "\x00", "\x1b[2J"]
FRAGMENTS = ["80,000th", "3-fold", "3.3万40000元", "1至01個百分點", "廿三", "卅五亿元", "〇点五",
             "壹佰贰拾叁万元", "约1.5倍", "增长-2.5%", "下降3个百分点", "1,2345", "2024年13月",
             "1e999999", "10^9999", "1/0", "0/0", "−6.4%", "第1,000名", "翻两番", "近8万",
             "1000多", "3成5", "二成五", "百分之百", "%", "亿", "个百分点", "同比增长", "占",
             "比上年", "current", "\n\n", "。", "，", "\r", "\t", "US$48m", "£300k", "1.2e5",
             "1,000.000,0", "99.9999999999999999999%", "0.0000000001亿元", "-0", "+5%"]
YAML_FRAGMENTS = ["{}", "[]", "- {}", "&a [1]", "*a", "!!python/object:os.system", "? ",
                  "value: 1e9999", "value: '1'", "kind: pp-change", "quote: ''",
                  "occurrence: 99999999999999999999", "occurrence: -1", "id: ''",
                  "current: x", "- id: x\n    quote: 增长\n    value: 5%",
                  "components: [a, a, a]", "waivers: [{}]", "claims: [{},{},{}]",
                  "published: 99999-01-01", "language: xx", "\t", "%YAML 1.1", "---", "...",
                  "<<: *a", ":", "'", '"', "|", ">", "#", "value: 1" + "0" * 1200,
                  "value: ' 5 %'", "kind: growth", "part-of: x", "period: 2024"]


def _digit_run(rng: random.Random) -> str:
    n = rng.choice([20, 50, 300, 999, 1000, 1001, 1200, 4299, 4300, 4301, 5000, rng.randint(20, 5000)])
    run = "".join(rng.choice("0123456789") for _ in range(n))
    if rng.random() < 0.3:
        run = run.translate(rng.choice(DIGIT_TABLES))
    if rng.random() < 0.3:
        run = run[: n // 2] + rng.choice([".", ",", "万", "亿", "%", "th", "e"]) + run[n // 2:]
    return run


def _piece(rng: random.Random, seeds: list[str], yaml_mode: bool) -> str:
    r = rng.random()
    if r < 0.2:
        return _digit_run(rng)
    if r < 0.35:
        return "".join(rng.choice(INVISIBLE) for _ in range(rng.randint(1, 4)))
    if r < 0.5:
        return rng.choice(SCRIPTS)
    if r < 0.75:
        return rng.choice(YAML_FRAGMENTS if yaml_mode and rng.random() < 0.6 else FRAGMENTS)
    seed = rng.choice(seeds)
    a = rng.randrange(len(seed) or 1)
    return seed[a:a + rng.randint(1, 80)]


def mutate(text: str, rng: random.Random, seeds: list[str], yaml_mode: bool = False) -> str:
    """``text`` after 1–6 random mutations."""
    for _ in range(rng.randint(1, 6)):
        n = len(text)
        a = rng.randrange(n + 1)
        b = min(n, a + rng.choice([1, 2, 5, 20, 200]))
        op = rng.random()
        if op < 0.3:
            text = text[:a] + _piece(rng, seeds, yaml_mode) + text[a:]
        elif op < 0.45:
            text = text[:a] + text[b:]
        elif op < 0.55:
            text = text[:a] + text[a:b] * rng.randint(2, 50) + text[a:]
        elif op < 0.75:  # odd numerals for the digits of a stretch
            text = text[:a] + text[a:b + 200].translate(rng.choice(DIGIT_TABLES)) + text[b + 200:]
        elif op < 0.85:  # invisible characters inside a stretch
            chunk = list(text[a:b + 50])
            for _ in range(rng.randint(1, 5)):
                chunk.insert(rng.randrange(len(chunk) + 1), rng.choice(INVISIBLE))
            text = text[:a] + "".join(chunk) + text[b + 50:]
        elif op < 0.93 and yaml_mode:  # a line deleted, doubled or re-indented
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            choice = rng.random()
            if choice < 0.33:
                del lines[i]
            elif choice < 0.66:
                lines.insert(i, lines[i])
            else:
                lines[i] = " " * rng.randint(0, 7) + lines[i].lstrip()
            text = "\n".join(lines)
        else:
            text = text[:a] + _digit_run(rng) + text[b:]
    return text


def article_case(rng: random.Random, seeds: list[str], window: int = 1500) -> str:
    seed = rng.choice(seeds)
    if len(seed) > window and rng.random() < 0.8:  # a window keeps each case quick
        a = rng.randrange(len(seed) - window // 2)
        seed = seed[a:a + rng.randint(window // 8, window)]
    return mutate(seed, rng, seeds)


def claims_case(rng: random.Random, pairs: list[tuple[str, str]],
                seeds: list[str]) -> tuple[str, str]:
    claims, article = rng.choice(pairs)
    claims = mutate(claims, rng, seeds, yaml_mode=True)
    if rng.random() < 0.2:
        article = mutate(article, rng, seeds)
    return claims, article


# -- running a case ---------------------------------------------------------------------


@dataclass
class Result:
    case: str
    index: int
    problems: list[str] = field(default_factory=list)
    codes: dict[str, int] = field(default_factory=dict)


class Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def _invoke(args: list[str], alarm: int) -> tuple[int, str, BaseException | None]:
    from typer.testing import CliRunner

    from factcheck.app.cli import app

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(alarm)
    try:
        result = CliRunner().invoke(app, args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    exc = result.exception
    if isinstance(exc, SystemExit):
        exc = None
    return result.exit_code, result.output, exc


def _check(name: str, args: list[str], alarm: int, out: Result) -> int:
    try:
        code, text, exc = _invoke(args, alarm)
    except Hang:
        out.problems.append(f"{name}: hang (over {alarm} s)")
        return -1
    out.codes[name] = code
    if exc is not None and not isinstance(exc, Hang):
        out.problems.append(f"{name}: internal error {type(exc).__name__}: {str(exc)[:200]}")
    elif isinstance(exc, Hang):
        out.problems.append(f"{name}: hang (over {alarm} s)")
    elif "internal error" in text:
        out.problems.append(f"{name}: {text.strip()[-300:]}")
    elif code not in (0, 1, 2):
        out.problems.append(f"{name}: exit {code}")
    return code


def run_article(text: str, work: Path, alarm: int, index: int = 0) -> Result:
    out = Result("article", index)
    article = work / "a.txt"
    article.write_text(text, encoding="utf-8", errors="surrogatepass")
    draft = work / "draft.yaml"
    _check("extract", ["extract", str(article), "-f", "json", "-o", str(work / "m.json")],
           alarm, out)
    code = _check("init", ["init", str(article), "-o", str(draft), "--force",
                           "--published", "2024-11-05"], alarm, out)
    if code == 0:
        ran = _check("run-draft", ["run", str(draft), "--no-cache", "--jobs", "1",
                                   "--format", "concise", "--root", str(work)], alarm, out)
        if ran == 2:
            _, said, _ = _invoke(["run", str(draft), "--no-cache", "--jobs", "1",
                                  "--format", "concise", "--root", str(work)], alarm)
            out.problems.append("draft does not load: " + said.strip()[-300:])
    _check("auto", ["run", "--auto", str(article), "--no-cache", "--jobs", "1",
                    "--format", "concise", "--root", str(work)], alarm, out)
    return out


def run_claims(claims: str, article: str, work: Path, alarm: int, index: int = 0) -> Result:
    out = Result("claims", index)
    (work / "article.txt").write_text(article, encoding="utf-8", errors="surrogatepass")
    path = work / "claims.yaml"
    path.write_text(claims, encoding="utf-8", errors="surrogatepass")
    _check("run", ["run", str(path), "--no-cache", "--jobs", "1", "--format", "concise",
                   "--root", str(work)], alarm, out)
    return out


def cases(seed: int, n_articles: int, n_claims: int,
          window: int = 1500) -> Iterator[tuple[int, str, object]]:
    """Case i of a seed is always the same input, whatever range of cases runs."""
    seeds = article_seeds()
    pairs = claims_seeds()
    for i in range(n_articles + n_claims):
        rng = random.Random(f"{seed}:{i}")
        if i < n_articles:
            yield i, "article", article_case(rng, seeds, window)
        else:
            yield i, "claims", claims_case(rng, pairs, seeds)


def run_case(kind: str, data: object, work: Path, alarm: int, index: int) -> Result:
    if kind == "article":
        assert isinstance(data, str)
        return run_article(data, work, alarm, index)
    claims, article = data  # type: ignore[misc]
    return run_claims(claims, article, work, alarm, index)


# -- long mode: workers under a memory limit ---------------------------------------------


def _worker(args: argparse.Namespace) -> int:
    import resource

    limit = args.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as tmp:
        work = Path(tmp)
        for i, kind, data in cases(args.seed, args.articles, args.claims):
            if i % args.stride != args.start:  # workers take the cases in turn
                continue
            if i <= args.after:  # a restarted worker resumes after the case it died on
                continue
            print(json.dumps({"start": i}), flush=True)
            result = run_case(kind, data, work, args.alarm, i)
            print(json.dumps(asdict(result)), flush=True)
    return 0


def _long(args: argparse.Namespace) -> int:
    total = args.articles + args.claims
    log = open(args.log, "w", encoding="utf-8") if args.log else None  # noqa: SIM115
    results: dict[int, dict[str, object]] = {}
    started = time.monotonic()

    def spawn(worker: int, after: int) -> subprocess.Popen[str]:
        cmd = [sys.executable, __file__, "--worker", "--seed", str(args.seed),
               "--articles", str(args.articles), "--claims", str(args.claims),
               "--start", str(worker), "--stride", str(args.workers), "--after", str(after),
               "--alarm", str(args.alarm), "--memory-mb", str(args.memory_mb)]
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, cwd=ROOT)

    import threading

    lock = threading.Lock()

    def write(record: dict[str, object]) -> None:
        if log is not None:
            with lock:
                log.write(json.dumps(record, ensure_ascii=False) + "\n")
                log.flush()

    def drain(worker: int) -> None:
        after = -1
        while True:
            proc = spawn(worker, after)
            current = None
            assert proc.stdout is not None
            for line in proc.stdout:
                record = json.loads(line)
                if "start" in record:
                    current = record["start"]
                    continue
                results[record["index"]] = record
                write(record)
                current = None
                done = len(results)
                if done % 200 == 0:
                    print(f"  {done}/{total} cases, {time.monotonic() - started:.0f} s",
                          file=sys.stderr, flush=True)
            code = proc.wait()
            if current is None:
                return
            results[current] = {"case": "?", "index": current, "codes": {},
                                "problems": [f"worker died (exit {code}: memory limit "
                                             f"{args.memory_mb} MB or a crash)"]}
            write(results[current])
            after = current

    threads = [threading.Thread(target=drain, args=(k,)) for k in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return _summary(args, [results[i] for i in sorted(results)], time.monotonic() - started)


def _summary(args: argparse.Namespace, results: list[dict[str, object]], seconds: float) -> int:
    bad = [r for r in results if r["problems"]]
    def count(word: str) -> int:
        return sum(1 for r in bad for p in r["problems"] if word in str(p))  # type: ignore[union-attr]
    kinds = {k: sum(1 for r in results if r["case"] == k) for k in ("article", "claims")}
    print(f"seed {args.seed}: {len(results)} cases ({kinds['article']} articles, "
          f"{kinds['claims']} claims files) in {seconds:.0f} s")
    print(f"internal errors {count('internal error')}, hangs {count('hang')}, "
          f"unloadable drafts {count('draft does not load')}, "
          f"exit codes outside 0/1/2 {count(': exit ')}, worker deaths {count('worker died')}")
    for r in bad[:args.show]:
        print(f"  case {r['index']} ({r['case']}): {'; '.join(map(str, r['problems']))}"[:600])  # type: ignore[call-overload]
    if bad:
        print(f"reproduce one: python {Path(__file__).name} --seed {args.seed} "
              f"--articles {args.articles} --claims {args.claims} --case N --dump DIR")
    return 1 if bad else 0


def quick(seed: int, n_articles: int, n_claims: int, alarm: int, work: Path,
          window: int = 600) -> list[Result]:
    """The quick mode: the cases in this process (the test suite's fuzzer), on shorter
    windows of the seed articles."""
    out = []
    for i, kind, data in cases(seed, n_articles, n_claims, window):
        out.append(run_case(kind, data, work, alarm, i))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--alarm", type=int, default=60, help="seconds per command")
    parser.add_argument("--memory-mb", type=int, default=2048, help="RLIMIT_AS of a worker")
    parser.add_argument("--show", type=int, default=40, help="failing cases to list")
    parser.add_argument("--case", type=int, default=None, help="run one case here")
    parser.add_argument("--dump", type=Path, default=None, help="with --case: write its files")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--stride", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--after", type=int, default=-1, help=argparse.SUPPRESS)
    parser.add_argument("--log", type=Path, default=None,
                        help="write each case's result to this file as it ends (JSON lines)")
    args = parser.parse_args(argv)
    os.environ.setdefault("FACTCHECK_NO_CACHE", "1")  # set here, never on import
    os.environ.setdefault("NO_COLOR", "1")
    sys.path.insert(0, str(ROOT))
    if args.worker:
        return _worker(args)
    if args.case is not None:
        for i, kind, data in cases(args.seed, args.articles, args.claims):
            if i != args.case:
                continue
            work = args.dump or Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
            work.mkdir(parents=True, exist_ok=True)
            result = run_case(kind, data, work, args.alarm, i)
            print(f"case {i} ({kind}) in {work}: {result.problems or 'no problem'} {result.codes}")
            return 1 if result.problems else 0
        return 2
    return _long(args)


if __name__ == "__main__":
    sys.exit(main())
