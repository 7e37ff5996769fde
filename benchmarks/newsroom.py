"""The newsroom loop in numbers (issue 23): how long the reports are, how much review a draft needs.

    python benchmarks/newsroom.py            # line counts
    python benchmarks/newsroom.py --review   # and the review of one real dev article

* **a pass**: ``factcheck run`` on the bundled article, piped (plain text, no wrapping) and
  at 80 columns, the compact default against ``-v`` (the default report before issue 23);
* **one failure**: the bundled article and claims copied with one figure mistyped in both
  (重庆汽车产量121.42万辆 → 12.142万辆: the part 39.1万辆 now exceeds its total), at 80
  columns, compact and ``-v``;
* **review** (``--review``): ``factcheck init`` on a real article of the dev split
  (``tests/corpus/real/``), then the unreviewed items ``factcheck review`` walks and how many
  of them a reviewer who accepts every drafted figure would still have to edit or delete to
  make the file pass (the FC1xx failures left after accepting all).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CLAIMS = ROOT / "claims" / "chongqing-manufacturing-2024.yaml"
TYPO = ("121.42万", "12.142万")


def report_lines(claims: Path, *, width: int | None, verbose: bool) -> list[str]:
    """The text report of one claims file as ``factcheck run`` prints it."""
    from factcheck.app.runner import run_paths
    from factcheck.checks import all_rules
    from factcheck.render import Format, RenderOptions, render

    result = run_paths([claims], all_rules())
    text = render(Format.TEXT, result, RenderOptions(width=width, verbose=verbose))
    return text.splitlines()


def failing_copy(directory: Path) -> Path:
    """The bundled claims, article and data in ``directory`` with one figure mistyped."""
    for name in ("claims", "seeds", "data"):
        shutil.copytree(ROOT / name, directory / name)
    for path in (directory / "claims" / CLAIMS.name,
                 directory / "seeds" / "chongqing-manufacturing-2024.txt"):
        path.write_text(path.read_text(encoding="utf-8").replace(*TYPO), encoding="utf-8")
    return directory / "claims" / CLAIMS.name


def line_counts() -> dict[str, int]:
    import os

    out = {}
    for width in (None, 80):
        at = "piped" if width is None else f"{width} columns"
        out[f"pass, {at}"] = len(report_lines(CLAIMS, width=width, verbose=False))
        out[f"pass, {at}, -v (full report)"] = len(
            report_lines(CLAIMS, width=width, verbose=True))
    with tempfile.TemporaryDirectory() as tmp:
        here = Path.cwd()
        os.chdir(tmp)  # positions are written relative to the working directory
        try:
            claims = failing_copy(Path(tmp)).relative_to(tmp)
            out["one failure, 80 columns"] = len(report_lines(claims, width=80, verbose=False))
            out["one failure, 80 columns, -v (full report)"] = len(
                report_lines(claims, width=80, verbose=True))
        finally:
            os.chdir(here)
    return out


REVIEW_ARTICLE = "zh-fuling-q3-2025"  # a provincial report of the dev split (split.yaml)


def review_counts(name: str = REVIEW_ARTICLE) -> dict[str, int]:
    """Draft the claims of a dev article with ``init``, accept every item as ``review``
    would on ``a``, and count what is left for a person: each check that still fails
    needs at least one edit (a value, a relation, a deletion)."""
    import datetime as dt

    import yaml

    from factcheck.app.init_draft import draft
    from factcheck.app.review import Review
    from factcheck.app.runner import check_file
    from factcheck.checks import all_rules
    from factcheck.report.findings import Verdict

    split = yaml.safe_load((ROOT / "tests" / "corpus" / "real" / "split.yaml").read_text("utf-8"))
    if name not in split["dev"]:
        raise SystemExit(f"{name} is not in the dev split; held-out texts are not measured")
    text = (ROOT / "tests" / "corpus" / "real" / f"{name}.txt").read_text("utf-8")
    language = "en" if name.startswith("en-") else "zh"
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.txt").write_text(text, "utf-8")
        claims = Path(tmp) / "c.yaml"
        claims.write_text(draft(text, "a.txt", dt.date(2026, 12, 1), language), "utf-8")
        drafted = check_file(claims, all_rules())
        fc106 = sum(1 for o in drafted.outcomes if o.code == "FC106" and o.verdict is Verdict.FAIL)
        session = Review(claims, claims.read_text("utf-8"), text)
        items = len(session.items)
        kinds = len({item.kind for item in session.items})  # keys with k: one per kind
        for item in session.items:
            session.accept(item)
        claims.write_text(session.text(), "utf-8")
        failing = [o for o in check_file(claims, all_rules()).outcomes
                   if o.verdict is Verdict.FAIL]
    return {f"{name}: FC106 findings of the draft": fc106,
            f"{name}: items review walks": items,
            f"{name}: keys to accept them all with k (one per kind)": kinds,
            f"{name}: checks failing after accepting every item (edits left)": len(failing)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", action="store_true",
                        help="also draft and count the review of a real dev article")
    args = parser.parse_args(argv)
    print("| report | lines |\n|---|---:|")
    for name, n in line_counts().items():
        print(f"| {name} | {n} |")
    if args.review:
        for name, n in review_counts().items():
            print(f"| {name} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
