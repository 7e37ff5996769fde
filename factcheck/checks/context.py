"""What a check sees: the claim graph and the run's settings. Never files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from factcheck.graph import ClaimGraph, Node
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances
from factcheck.values import Figure


@dataclass(frozen=True)
class Context:
    graph: ClaimGraph
    tolerances: Tolerances = DEFAULT_TOLERANCES

    @property
    def published(self) -> dt.date:
        return self.graph.source.claims.published

    def figure(self, claim_id: str | None) -> tuple[Node, Figure] | None:
        node = self.graph.get(claim_id)
        if node is None or not isinstance(node.value, Figure):
            return None
        return node, node.value
