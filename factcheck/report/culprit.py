"""The likely culprit: the fewest printed figures whose change makes every failing check pass.

Error localisation in the manner of record editing (errorlocate): a figure is *freed* (its
interval widened to the whole line) and the checks that failed are run again with the same
interval arithmetic. A figure whose freeing makes every failure pass explains them; when
no single figure does, pairs are tried. For a figure that explains the failures, the likely
typos of its digits (two digits swapped, one digit wrong, one dropped, the decimal point
moved) are tried in turn, and the first that passes every check is the suggestion.

Only error-level arithmetic failures are localised: fidelity and coverage (FC1xx) say
where the claims file and the article disagree, not which figure is wrong. Prints nothing,
reads no file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import combinations, islice, pairwise
from typing import TYPE_CHECKING

from factcheck.claims.values import Figure, parse_value
from factcheck.core.i18n import N_, Message, joined
from factcheck.core.interval import Interval
from factcheck.report.findings import Outcome, Severity, Verdict

if TYPE_CHECKING:
    from factcheck.checks.context import Context
    from factcheck.checks.registry import Rule
    from factcheck.claims.graph import ClaimGraph, Node

# Bounds on the search: a file with many failures is reported without a culprit rather
# than slowly (each trial runs the failed checks again).
MAX_FAILURES = 40
MAX_FIGURES = 16
MAX_PAIRS = 60
# each trial runs the arithmetic checks again; a figure of hundreds of digits has thousands
# of "likely" typos, so the typos tried per figure and the trials per file are bounded
MAX_TYPOS = 100
MAX_TRIALS = 300
# each trial runs the checks over the whole graph: the outcomes all trials compute together
# stay under this (a deterministic budget: the same input stops at the same trial)
MAX_WORK = 20_000

Key = tuple[str, tuple[str, ...], str | None]


@dataclass(frozen=True)
class Culprit:
    """A smallest set of figures that explains every failing check."""

    claim_ids: tuple[str, ...]
    printed: tuple[str, ...]  # each figure as the article prints it (else as the claims record it)
    suggestion: str | None = None  # for one figure: a likely correct value, if a typo fits


@dataclass(frozen=True)
class Localisation:
    """What localisation found for one file's failing checks."""

    failing: tuple[Key, ...]  # the failing checks considered: (code, claim ids, subject)
    culprits: tuple[Culprit, ...]  # every smallest explaining set, the likeliest first

    @property
    def single(self) -> Culprit | None:
        """The one figure to suspect, when exactly one does it (or one fits a typo)."""
        ones = [c for c in self.culprits if len(c.claim_ids) == 1]
        if len(ones) == 1:
            return ones[0]
        typed = [c for c in ones if c.suggestion is not None]
        return typed[0] if len(typed) == 1 else None

    def sentence(self) -> str:
        """One line for every format (a message: ``_()`` shows it in the report's language)."""
        n = len(self.failing)
        checks = Message(N_("the failing check")) if n == 1 else \
            Message(N_("all {n} failing checks"), n=n)
        one = self.single
        if one is not None:
            (cid,), (printed,) = one.claim_ids, one.printed
            if one.suggestion is not None:
                return Message(N_("likely culprit: {figure} ({claim}) is the likely typo: with "
                                  "{suggestion} {checks} pass"), figure=printed, claim=cid,
                               suggestion=one.suggestion, checks=checks)
            return Message(N_("likely culprit: {figure} ({claim}): with another value {checks} "
                              "pass"), figure=printed, claim=cid, checks=checks)
        ones = [c for c in self.culprits if len(c.claim_ids) == 1]
        if ones:
            names = joined([Message(N_("{figure} ({claim}; {suggestion} would fit)"),
                                    figure=c.printed[0], claim=c.claim_ids[0],
                                    suggestion=c.suggestion) if c.suggestion else
                            f"{c.printed[0]} ({c.claim_ids[0]})" for c in ones],
                           Message(N_(", ")))
            return Message(N_("likely culprit: any one of {figures} would make {checks} pass"),
                           figures=names, checks=checks)
        if self.culprits:
            pair = self.culprits[0]
            each = [f"{p} ({c})" for c, p in zip(pair.claim_ids, pair.printed, strict=True)]
            names = Message(N_("{first} and {second}"), first=joined(each[:-1], " and "),
                            second=each[-1]) if len(each) > 1 else joined(each, "")
            return Message(N_("no single figure explains the failures; changing {figures} "
                              "together would"), figures=names)
        return Message(N_("no single figure explains the failures"))


def key(outcome: Outcome) -> Key:
    return outcome.code, outcome.claim_ids, outcome.subject


def considered(outcomes: Iterable[Outcome]) -> list[Outcome]:
    """The failures localisation explains: error-level arithmetic, not waived; a check that
    could not be evaluated (a divisor that may be 0) is undetermined, not a misprint to
    explain."""
    return [o for o in outcomes if o.verdict is Verdict.FAIL and o.severity is Severity.ERROR
            and not o.undetermined and not o.code.startswith("FC1")]


def localise(graph: ClaimGraph, rules: list[Rule], context: Context,
             outcomes: list[Outcome]) -> Localisation | None:
    """The smallest sets of figures explaining ``outcomes``' failures, or None when nothing
    failed (or too much did to search)."""
    failing = considered(outcomes)
    if not failing or len(failing) > MAX_FAILURES:
        return None
    wanted = {key(o) for o in failing}
    codes = {o.code for o in failing}
    arithmetic = [r for r in rules if not r.code.startswith("FC1")]
    failed_rules = [r for r in arithmetic if r.code in codes]
    # a trial must not break what passed (a waived failure stays the claims' business)
    passing = {key(o) for o in outcomes if o.verdict in (Verdict.PASS, Verdict.ROUNDING)}
    figures: list[Node] = []
    for o in failing:
        for cid in o.claim_ids:
            node = graph.by_id.get(cid)
            if node is not None and isinstance(node.value, Figure) and node not in figures:
                figures.append(node)
    figures = figures[:MAX_FIGURES]

    trials = 0
    work = 0

    def fixes(changes: dict[str, Figure], rules_run: list[Rule], strict: bool) -> bool:
        nonlocal trials, work
        trials += 1
        if trials > MAX_TRIALS or work > MAX_WORK:  # each trial runs the checks again
            return False
        trial = _with_values(graph, changes)
        ctx = replace(context, graph=trial, hints=False)
        try:
            results = [r for rule in rules_run for r in rule.run(ctx) if isinstance(r, Outcome)]
        except (ArithmeticError, ValueError, TypeError):
            return False
        work += len(results)
        for o in results:
            k = key(o)
            # an undetermined check in a trial is no pass either: a freed figure that leaves a
            # check without a verdict does not explain its failure
            if o.verdict is Verdict.FAIL and (k in wanted or (strict and k in passing)):
                return False
        return True

    freed = {n.id: _freed(n.value) for n in figures if isinstance(n.value, Figure)}
    culprits: list[Culprit] = []
    for node in figures:
        if fixes({node.id: freed[node.id]}, failed_rules, strict=False):
            # a typo of one figure changes only the outcomes that read it (an outcome names
            # the claims it read, an implied value by its claim's id): only their checks
            # run again, so a long article's trials cost what the figure's checks cost
            read = {o.code for o in outcomes
                    if any(i == node.id or i.startswith(node.id + ".") for i in o.claim_ids)}
            touching = [r for r in arithmetic if r.code in read or read.intersection(r.emits)]

            def passes(fig: Figure, cid: str = node.id, rules_run: list[Rule] = touching) -> bool:
                return fixes({cid: fig}, rules_run, True)

            suggestion = _typo(node, passes, context)
            printed = as_printed(graph, node)
            culprits.append(Culprit((node.id,), (printed,),
                                    _in_print(node.claim.value, printed, suggestion)))
    if not culprits:
        for a, b in list(combinations(figures, 2))[:MAX_PAIRS]:
            if fixes({a.id: freed[a.id], b.id: freed[b.id]}, failed_rules, strict=False):
                culprits.append(Culprit((a.id, b.id), (as_printed(graph, a),
                                                       as_printed(graph, b))))
    culprits.sort(key=lambda c: (len(c.claim_ids), c.suggestion is None))
    return Localisation(tuple(key(o) for o in failing), tuple(culprits))


def as_printed(graph: ClaimGraph, node: Node) -> str:
    """The figure as the article prints it (1801.93亿元), else as the claims file records it."""
    if node.figure_span is not None:
        start, end = node.figure_span
        text = graph.article_text[start:end].strip()
        if text and _DIGITS.search(text):
            return text
    return node.claim.value


def _in_print(value: str, printed: str, suggestion: str | None) -> str | None:
    """A suggested value written as the article would print it: its number put in the place
    of the printed number, when the print holds the claim's number."""
    if suggestion is None or printed == value:
        return suggestion
    old, new = _DIGITS.search(value), _DIGITS.search(suggestion)
    if old is None or new is None:
        return suggestion
    number = old.group().rstrip(".")
    at = printed.find(number)
    if at < 0:
        return suggestion
    return printed[:at] + new.group().rstrip(".") + printed[at + len(number):]


def _freed(figure: Figure) -> Figure:
    reading = replace(figure.reading, interval=Interval.everything())
    return Figure(reading, figure.unit)


def _with_values(graph: ClaimGraph, changes: dict[str, Figure]) -> ClaimGraph:
    from factcheck.claims.graph import ClaimGraph

    nodes = [replace(n, value=changes[n.id]) if n.id in changes else n for n in graph.nodes]
    # a trial changes values, never units: the relations that cannot meet stay so (a unit
    # mismatch has no culprit among the values)
    return ClaimGraph(graph.source, nodes, graph.waivers, paragraphs=graph.paragraphs,
                      line_index=graph.line_index, unit_conflicts=graph.unit_conflicts,
                      units_checked=graph.units_checked)


_DIGITS = re.compile(r"\d[\d.]*")


def _typo(node: Node, passes: Callable[[Figure], bool], context: Context) -> str | None:
    """The first likely typo of the figure's digits with which every check passes."""
    text = node.claim.value
    for candidate in islice(typos(text), MAX_TYPOS):
        try:
            value = parse_value(candidate, tolerances=context.tolerances)
        except Exception:  # a variant the grammar rejects is no candidate
            continue
        if isinstance(value, Figure) and value.unit == getattr(node.value, "unit", None) \
                and passes(value):
            return candidate
    return None


def typos(text: str) -> Iterator[str]:
    """Likely mistypings of the first number in ``text``, likeliest first: two adjacent
    digits swapped, then one digit wrong (nearest value first), one digit dropped, the
    decimal point moved by one place."""
    m = _DIGITS.search(text)
    if m is None:
        return
    number = m.group().rstrip(".")
    head, tail = text[:m.start()], text[m.start() + len(number):]
    seen = {number}

    def out(variant: str) -> Iterator[str]:
        if variant not in seen and variant and not variant.startswith(".") \
                and not variant.endswith(".") and variant.count(".") <= 1 \
                and not (len(variant) > 1 and variant[0] == "0" and variant[1] != "."):
            seen.add(variant)
            yield head + variant + tail

    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    for i, j in pairwise(digits):
        if j == i + 1 and number[i] != number[j]:
            yield from out(number[:i] + number[j] + number[i] + number[j + 1:])
    original = Fraction(number)
    subs = [number[:i] + d + number[i + 1:] for i in digits for d in "0123456789" if d != number[i]]
    subs.sort(key=lambda v: (abs(Fraction(v) - original), v) if not v.startswith(".") else (0, v))
    for v in subs:
        yield from out(v)
    for i in digits:
        yield from out(number[:i] + number[i + 1:])
    if "." in number:
        p = number.index(".")
        bare = number.replace(".", "")
        for q in (p - 1, p + 1):
            if 0 < q < len(bare):
                yield from out(bare[:q] + "." + bare[q:])
