"""The checks. Importing this package declares every check in the registry."""

from factcheck.checks import (  # noqa: F401
    change,
    comparable,
    coverage,
    fidelity,
    growth,
    labels_time,
    relations,
    review,
    shares,
    sources,
    totals,
)
