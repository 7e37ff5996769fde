"""init drafts the relations discovery is confident of as fields, and offers those it reports
only as notes as comments under their claim: accepting the draft keeps none of them, and
deleting the ``# `` keeps one, in a file that loads. The sentences are invented, not from the
corpus."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from factcheck.app.init_draft import SUGGESTION_HEAD, draft

# 7.4 is a part of 19.3 by 其中; the second part, after a semicolon, only as a note
TEXT = ("全年新登记市场主体19.3万户，增长20.5%，其中新登记企业7.4万户，增长43.3%；"
        "新登记个体工商户11.7万户，增长9.8%。")


def _draft() -> str:
    return draft(TEXT, "a.txt", dt.date(2026, 12, 1), "zh")


def _check(tmp_path: Path, claims_text: str) -> tuple[object, list[tuple[str, str]]]:
    from factcheck.app.runner import check_file
    from factcheck.checks import all_rules
    from factcheck.report.findings import Verdict

    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    path = tmp_path / "c.yaml"
    path.write_text(claims_text, "utf-8")
    report = check_file(path, all_rules())
    failing = [(o.code, " ".join(o.claim_ids)) for o in report.outcomes
               if o.verdict is Verdict.FAIL and o.code != "FC106"]
    return report, failing


def test_a_note_is_offered_as_a_comment_not_drafted() -> None:
    text = _draft()
    claims = {c["id"]: c for c in yaml.safe_load(text)["claims"]}
    assert claims["amount-2"]["part-of"] == "amount-1"  # confident: a field
    assert "part-of" not in claims["amount-3"]  # a note: not a field
    block = text[text.index("- id: amount-3"):text.index("- id: growth-3")]
    assert block.splitlines()[-2:] == [f"  {SUGGESTION_HEAD}", "  # part-of: amount-1"]


def test_a_kept_suggestion_loads_and_its_check_runs(tmp_path: Path) -> None:
    kept = _draft().replace("  # part-of: amount-1", "  part-of: amount-1")
    report, failing = _check(tmp_path, kept)
    assert report.graph.by_id["amount-3"].claim.part_of == "amount-1"  # type: ignore[attr-defined]
    assert failing == []


def test_accepting_every_item_keeps_the_comment_and_passes(tmp_path: Path) -> None:
    from factcheck.app.review import Review

    text = _draft()
    session = Review(tmp_path / "c.yaml", text, TEXT)
    for item in session.items:
        session.accept(item)
    accepted = session.text()
    assert re.search(r"^ *# part-of: amount-1$", accepted, re.M)
    assert "— review" not in accepted
    _, failing = _check(tmp_path, accepted)
    assert failing == []


def test_a_text_without_notes_has_no_comment() -> None:
    text = draft("一季度新设市场主体8.6万户，其中企业2.1万户，个体工商户6.2万户。", "a.txt",
                 dt.date(2026, 12, 1), "zh")
    assert SUGGESTION_HEAD not in text and "\n  # " not in text
