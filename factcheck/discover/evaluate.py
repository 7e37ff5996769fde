"""Scoring discovery against a corpus of articles with sidecar files of expected relations.

Each ``NAME.txt`` has a ``NAME.yaml`` beside it listing the relations a reader finds in
it (figures named as printed) with the verdict each must get; ``planted: true`` marks an
error put there on purpose, ``inconsistent: true`` one found in a published text, and
``note`` is free text. Used by the tests and by ``benchmarks/discover.py``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.discover.relation import Relation, RelationKind

ROLE_KEYS = ("kind", "verdict", "planted", "inconsistent", "fits", "note")


@dataclass
class Expected:
    signature: tuple[str, ...]
    verdict: str
    planted: bool
    fits: str | None = None


@dataclass
class TextScore:
    name: str
    consistent: bool
    expected: list[Expected]
    found: dict[tuple[str, ...], str]  # counted relation → verdict
    messages: dict[tuple[str, ...], str] = field(default_factory=dict)

    @property
    def true_positives(self) -> int:
        want = Counter(e.signature for e in self.expected)
        got = Counter(self.found.keys())
        return sum((want & got).values())

    @property
    def missed(self) -> list[tuple[str, ...]]:
        return [e.signature for e in self.expected if e.signature not in self.found]

    @property
    def spurious(self) -> list[tuple[str, ...]]:
        want = {e.signature for e in self.expected}
        return [s for s in self.found if s not in want]

    @property
    def wrong_verdicts(self) -> list[tuple[tuple[str, ...], str, str]]:
        return [(e.signature, e.verdict, self.found[e.signature]) for e in self.expected
                if e.signature in self.found and self.found[e.signature] != e.verdict]

    @property
    def planted(self) -> list[Expected]:
        return [e for e in self.expected if e.planted]

    @property
    def caught(self) -> int:
        return sum(1 for e in self.planted if self.found.get(e.signature) == "fail")

    @property
    def false_failures(self) -> list[tuple[str, ...]]:
        """Failing relations that no planted error accounts for."""
        planted = {e.signature for e in self.planted}
        return [s for s, v in self.found.items() if v == "fail" and s not in planted]


def signature(entry: dict[str, Any]) -> tuple[str, ...]:
    """The same description ``Relation.signature`` gives, from a sidecar entry."""
    parts = [str(entry["kind"])]
    if "structure" in entry:
        parts.append(f"structure={entry['structure']}")
    roles = sorted(k for k in entry if k not in ROLE_KEYS and k != "structure")
    for role in roles:
        value = entry[role]
        texts = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        texts = ["|".join(sorted(t.split("|"))) for t in texts]
        parts.append(f"{role}={','.join(sorted(texts))}")
    return tuple(parts)


def counted(rel: Relation) -> bool:
    """A growth rate printed with no amount is not a relation (its bounds are still checked)."""
    return not (rel.kind is RelationKind.GROWTH and len(rel.roles) == 1)


def score_text(article: Path) -> TextScore:
    import yaml

    from factcheck.checks import select_rules
    from factcheck.discover.auto import check_article

    sidecar = yaml.safe_load(article.with_suffix(".yaml").read_text("utf-8"))
    expected = [Expected(signature(e), str(e["verdict"]),
                         bool(e.get("planted", False) or e.get("inconsistent", False)),
                         e.get("fits")) for e in sidecar["relations"]]
    auto = check_article(article, select_rules(), language=sidecar.get("language"))
    found: dict[tuple[str, ...], str] = {}
    messages: dict[tuple[str, ...], str] = {}
    for i, rel in enumerate(auto.relations):
        if counted(rel):
            sig = rel.signature()
            found[sig] = auto.verdict(i)
            messages[sig] = " | ".join(o.message for o in auto.outcomes_of.get(i, []))
    return TextScore(article.stem, bool(sidecar.get("consistent")), expected, found, messages)


def score_corpus(directory: Path) -> list[TextScore]:
    return [score_text(p) for p in sorted(directory.glob("*.txt"))]


@dataclass(frozen=True)
class Totals:
    expected: int
    found: int
    true_positives: int
    planted: int
    caught: int
    false_failures: int
    consistent_failures: int
    verdicts_agree: int
    verdicts_compared: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0


def totals(scores: list[TextScore]) -> Totals:
    compared = sum(1 for s in scores for e in s.expected if e.signature in s.found)
    wrong = sum(len(s.wrong_verdicts) for s in scores)
    return Totals(
        expected=sum(len(s.expected) for s in scores),
        found=sum(len(s.found) for s in scores),
        true_positives=sum(s.true_positives for s in scores),
        planted=sum(len(s.planted) for s in scores),
        caught=sum(s.caught for s in scores),
        false_failures=sum(len(s.false_failures) for s in scores),
        consistent_failures=sum(1 for s in scores if s.consistent
                                for v in s.found.values() if v == "fail"),
        verdicts_agree=compared - wrong,
        verdicts_compared=compared,
    )
