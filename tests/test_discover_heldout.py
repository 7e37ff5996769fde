"""Regression guard for relation discovery on the held-out corpus.

The texts in tests/corpus/discovery-heldout were written, with their sidecars, after the
discovery rules were frozen, and scored once (first contact, recorded in
benchmarks/README.md). The floors below are those first-contact levels, not the goals of
issue 7: a change to the rules may raise them, never undercut them. Raise a floor when the
measured level rises; never tune the rules on these texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.discover.evaluate import TextScore, score_text, totals

HELDOUT = Path(__file__).parent / "corpus" / "discovery-heldout"

# First contact on five texts: recall 33/54 = 0.611, precision 33/47 = 0.702, planted
# errors caught 0/3, one false failure (the planted pp change of en-province-midyear,
# failed as a pp gap), none on the consistent texts, every verdict of a relation found
# agreeing with its sidecar (33/33). The sixth, zht-macau-review, stopped that run on the
# unit 人次 (萬人次), then missing from the unit registry; with the unit added, all six
# score recall 36/64 = 0.562 and precision 36/54 = 0.667 with no other change.
RECALL_FLOOR = 0.55
PRECISION_FLOOR = 0.65
FALSE_FAILURES_CEILING = 1


@pytest.fixture(scope="module")
def scores() -> list[TextScore]:
    texts = sorted(HELDOUT.glob("*.txt"))
    return [score_text(p) for p in texts]


def test_heldout_corpus_shape() -> None:
    names = sorted(p.stem for p in HELDOUT.glob("*.txt"))
    assert len(names) >= 6
    assert all(HELDOUT.joinpath(f"{n}.yaml").is_file() for n in names)


def test_recall_and_precision_not_below_first_contact(scores: list[TextScore]) -> None:
    t = totals(scores)
    assert t.expected == 64
    assert t.recall >= RECALL_FLOOR, [(s.name, s.missed) for s in scores]
    assert t.precision >= PRECISION_FLOOR, [(s.name, s.spurious) for s in scores]


def test_false_failures_not_above_first_contact(scores: list[TextScore]) -> None:
    t = totals(scores)
    assert t.false_failures <= FALSE_FAILURES_CEILING, [(s.name, s.false_failures)
                                                        for s in scores]
    assert t.consistent_failures == 0


def test_found_relations_get_the_sidecar_verdict(scores: list[TextScore]) -> None:
    assert [(s.name, s.wrong_verdicts) for s in scores if s.wrong_verdicts] == []


def test_benchmarks_readme_states_the_guarded_floors() -> None:
    text = (Path(__file__).parent.parent / "benchmarks" / "README.md").read_text(encoding="utf-8")
    assert f"recall ≥ {RECALL_FLOOR:.2f}, precision ≥ {PRECISION_FLOOR:.2f}" in text
