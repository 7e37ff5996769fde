"""Extraction against the hand-checked labels of tests/corpus/ (span, value, interval, kind)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract import Mention, extract

CORPUS = Path(__file__).resolve().parent / "corpus"
LABEL_FILES = sorted(CORPUS.glob("*.labels.yaml"))


def _labels(path: Path) -> tuple[str, list[dict[str, Any]]]:
    data = yaml.safe_load(path.read_text("utf-8"))
    text = (path.parent / data["source"]).read_text("utf-8")
    return text, data["mentions"]


def _spans(text: str, labels: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Each label's text found in order, after the previous one."""
    out, pos = [], 0
    for label in labels:
        start = text.index(label["text"], pos)
        out.append((start, start + len(label["text"])))
        pos = start + 1
    return out


def _exact(value: str | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def _row(m: Mention) -> tuple[object, ...]:
    return (m.start, m.end, m.text, m.value, m.low, m.high, m.unit, m.qualifier.value,
            m.kind.value)


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.name.split(".")[0])
def test_extraction_matches_labels(path: Path) -> None:
    text, labels = _labels(path)
    expected = [
        (s, e, lab["text"], _exact(lab["value"]), _exact(lab["low"]), _exact(lab["high"]),
         lab["unit"], lab["qualifier"], lab["kind"])
        for (s, e), lab in zip(_spans(text, labels), labels, strict=True)
    ]
    assert [_row(m) for m in extract(text)] == expected


def test_corpus_has_the_required_texts() -> None:
    names = {p.name.split(".")[0] for p in LABEL_FILES}
    assert {"chongqing-manufacturing-2024", "traditional", "english", "suffixes",
            "identifiers"} <= names
    for path in LABEL_FILES:
        assert len(_labels(path)[1]) >= 10, path.name
