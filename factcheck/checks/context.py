"""What a check sees: the claim graph and the run's settings. Never files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcheck.claims.graph import ClaimGraph, Node
from factcheck.claims.values import Figure
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances
from factcheck.report.findings import Outcome


@dataclass(frozen=True)
class Context:
    graph: ClaimGraph
    tolerances: Tolerances = DEFAULT_TOLERANCES
    # set by the engine: the codes selected for this run, and (for a check that reads
    # outcomes) the settled outcomes of the others
    selected: frozenset[str] = frozenset()
    earlier: tuple[Outcome, ...] = field(default=())
    # False while the culprit search re-runs checks on trial values: only verdicts count
    # there, so hints that search the whole article for what would fit are not worked out
    hints: bool = True

    @property
    def published(self) -> dt.date:
        return self.graph.source.claims.published

    def figure(self, claim_id: str | None) -> tuple[Node, Figure] | None:
        node = self.graph.get(claim_id)
        if node is None or not isinstance(node.value, Figure):
            return None
        return node, node.value
