"""Units of measure: journalist-typed unit words resolved through pint to dimensions.

pint is imported on first use only (it costs more start-up than the rest of factcheck),
and reads the project's own definitions file, not pint's large default registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any

DEFINITIONS = "definitions.txt"


class UnknownUnitError(ValueError):
    """A unit word that the registry does not define."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A resolved unit: the word as written, its canonical name, dimension and base factor."""

    written: str
    canonical: str
    dimension: str
    factor: Fraction

    def compatible(self, other: Unit) -> bool:
        return self.dimension == other.dimension


DIMENSIONLESS = Unit("", "dimensionless", "dimensionless", Fraction(1))


@cache
def _registry() -> Any:
    import pint

    registry: Any = pint.UnitRegistry(None, cache_folder=None, non_int_type=Fraction)
    text = resources.files(__package__).joinpath(DEFINITIONS).read_text(encoding="utf-8")
    registry.load_definitions(text.splitlines())
    return registry


def _dimension_key(dimensionality: Any) -> str:
    parts = []
    for name, power in sorted(dict(dimensionality).items()):
        p = Fraction(power)
        parts.append(name.strip("[]") if p == 1 else f"{name.strip('[]')}^{p}")
    return "*".join(parts) or "dimensionless"


@cache
def resolve(written: str) -> Unit:
    """Resolve a unit word ('辆', '平方米', '%') or raise UnknownUnitError."""
    word = written.strip()
    if not word:
        return DIMENSIONLESS
    registry = _registry()
    try:
        canonical = registry.get_name(word)
        quantity = registry.Quantity(Fraction(1), canonical)
    except Exception as exc:  # pint raises several unrelated types for an unknown name
        raise UnknownUnitError(f"unknown unit {word!r}") from exc
    base = quantity.to_base_units()
    return Unit(
        written=word,
        canonical=canonical,
        dimension=_dimension_key(quantity.dimensionality),
        factor=Fraction(base.magnitude),
    )
