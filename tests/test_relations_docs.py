"""Every example of docs/relations.md runs and gives the outcome the page states."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.app.runner import check_file
from factcheck.checks import all_rules

DOC = Path(__file__).resolve().parent.parent / "docs" / "relations.md"
EXAMPLE = re.compile(r"```text\n(?P<article>.*?)\n```\s*```yaml\n(?P<claims>.*?)\n```\s*"
                     r"Outcome: (?P<outcome>[^\n]*)", re.S)
OUTCOME = re.compile(r"`(FC\d{3}) ([a-z-]+)`")


def examples() -> list[tuple[str, str, list[tuple[str, str]]]]:
    found = [(m["article"], m["claims"], OUTCOME.findall(m["outcome"]))
             for m in EXAMPLE.finditer(DOC.read_text(encoding="utf-8"))]
    return found


def test_the_page_has_its_examples() -> None:
    assert len(examples()) >= 8
    assert all(expected for _, _, expected in examples())


@pytest.mark.parametrize("example", examples(), ids=lambda e: e[2][0][0] + "-" + e[0][:12])
def test_example(example: tuple[str, str, list[tuple[str, str]]], tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    article, claims, expected = example
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(article + "\n", encoding="utf-8")
    Path("claims.yaml").write_text(claims + "\n", encoding="utf-8")
    report = check_file(Path("claims.yaml"), all_rules())
    for code, verdict in expected:
        got = [o.verdict.value for o in report.outcomes if o.code == code]
        assert verdict in got, f"{code}: {got} " + "; ".join(
            o.message for o in report.outcomes if o.code == code)
    # nothing else fails but the figures the example leaves unclaimed (FC104)
    others = [f"{o.code} {o.message}" for o in report.outcomes if o.failed
              and o.code not in {c for c, _ in expected} | {"FC104"}]
    assert others == []
