"""The checks. Importing this package declares every check in the registry."""

from factcheck.checks import (  # noqa: F401
    coverage,
    fidelity,
    growth,
    labels_time,
    shares,
    sources,
    totals,
)
