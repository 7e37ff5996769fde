"""What checks produce: outcomes of each check performed, and implied values."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from factcheck.core.interval import Interval


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class Verdict(StrEnum):
    """How one check came out."""

    PASS = "pass"
    ROUNDING = "pass-within-rounding"
    FAIL = "fail"
    WAIVED = "waived"

    @property
    def label(self) -> str:
        return {"pass": "pass", "pass-within-rounding": "within rounding",
                "fail": "fail", "waived": "waived"}[self.value]


class Category(StrEnum):
    """How every report counts an outcome: a failed check below error severity is a warning;
    a check that could not be evaluated is undetermined."""

    PASS = "pass"
    ROUNDING = "pass-within-rounding"
    WARNING = "warning"
    FAIL = "fail"
    # a check whose arithmetic divides by a figure that may be 0: no verdict, never a pass
    UNDETERMINED = "undetermined"
    WAIVED = "waived"


SEVERITY_RANK = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.NOTE: 0}


def category(outcome: Outcome) -> Category:
    """The one category of an outcome, read by every renderer's counts and marks."""
    verdict = outcome.verdict
    if verdict is Verdict.FAIL:
        if outcome.undetermined:
            return Category.UNDETERMINED
        return Category.FAIL if outcome.severity is Severity.ERROR else Category.WARNING
    if verdict is Verdict.ROUNDING:
        return Category.ROUNDING
    if verdict is Verdict.WAIVED:
        return Category.WAIVED
    return Category.PASS


def blocks(outcome: Outcome, fail_on: Severity) -> bool:
    """Whether ``outcome`` makes a run fail at ``fail_on``: the one fail level, read by the
    exit code and by every format that marks failures."""
    return (outcome.verdict is Verdict.FAIL
            and SEVERITY_RANK[outcome.severity] >= SEVERITY_RANK[fail_on])


def category_counts(outcomes: Iterable[Outcome]) -> dict[Category, int]:
    """Outcomes per category, every category present, in the order of ``Category``."""
    counts = dict.fromkeys(Category, 0)
    for o in outcomes:
        counts[category(o)] += 1
    return counts


@dataclass(frozen=True)
class Number:
    """A number used by a check, kept exact and as displayed."""

    name: str
    display: str
    value: Fraction | None = None
    interval: Interval | None = None


@dataclass(frozen=True)
class Outcome:
    """One check performed on one or more claims."""

    code: str
    verdict: Verdict
    claim_ids: tuple[str, ...]
    message: str
    arithmetic: str | None = None
    numbers: tuple[Number, ...] = ()
    discrepancy: str | None = None
    severity: Severity = Severity.ERROR
    waiver_reason: str | None = None
    # where the finding points when no claim carries it (an uncovered figure, a waiver)
    article_offset: tuple[int, int] | None = None
    subject: str | None = None
    # the index of the waiver (in the claims file's ``waivers``) the outcome is about
    waiver: int | None = None
    # a failed check that could not be evaluated: its arithmetic divides by an interval that
    # holds 0 (a prior that may be 0). It fails the run as a failure does, never passes, and
    # every report counts it apart (Category.UNDETERMINED)
    undetermined: bool = False

    @property
    def failed(self) -> bool:
        return self.verdict is Verdict.FAIL


@dataclass(frozen=True)
class Implied:
    """A value the article does not print but its figures imply."""

    claim_ids: tuple[str, ...]
    description: str
    display: str
    interval_display: str
    value: Fraction
    interval: Interval
    code: str = ""
    numbers: tuple[Number, ...] = field(default=())
