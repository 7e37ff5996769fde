"""FC1xx — the claims still say what the article says."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import lexicon
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.graph import Node
from factcheck.claims.kinds import ClaimKind
from factcheck.claims.quotes import (
    RANK_FIRST,
    closest_passage,
    differences,
    range_ends,
    same_figure,
)
from factcheck.claims.values import (
    Figure,
    Label,
    Range,
    RatioList,
    Span,
    multiple_in_words,
)
from factcheck.numbers.chinese import normalise
from factcheck.numbers.reading import UnitKind
from factcheck.numbers.sign import StatedSign, stated_sign
from factcheck.report.findings import Outcome, Severity, Verdict

DECLINE = re.compile(lexicon.alternation(lexicon.words("decline") + lexicon.words("below")
                                         + lexicon.words("negative_balance")),
                     re.IGNORECASE)


# claims whose value is a change or a gap: its sign must agree with the words of the quote
SIGNED_KINDS = frozenset({ClaimKind.GROWTH, ClaimKind.PP_CHANGE, ClaimKind.PP_GAP,
                          ClaimKind.CHANGE})


def _sign_message(value: str, printed: str, stated: StatedSign) -> str:
    reading = "a decline" if stated.sign < 0 else "a rise"
    want = "negative" if stated.sign < 0 else "positive"
    return (f"The quote reads “{stated.word}” ({reading}) for “{printed}”, but the claim records "
            f"{value}; a {reading[2:]} is recorded as a {want} value.")


@check("FC101", "quote-not-found", "Each claim's quote is still in the article.")
def quote_not_found(ctx: Context) -> Iterator[Result]:
    """
    What it checks: the claim's ``quote`` occurs in the article, at least ``occurrence`` times.

    Why it matters: the quote ties a claim to the sentence it came from. An edit of the
    article that changes the sentence silently detaches the claim, and every check on it
    would then vouch for a figure the article no longer prints.

    Example: the claim quotes ``同比增长8.1%`` but the article now reads ``同比增长8.2%``.
    """
    for node in ctx.graph.nodes:
        c = node.claim
        if node.quote_span is not None:
            yield Outcome("FC101", Verdict.PASS, (c.id,), f"Quote found: “{c.quote}”.")
        elif node.quote_count == 0:
            yield Outcome("FC101", Verdict.FAIL, (c.id,), _not_found(ctx, c.quote),
                          article_offset=closest_passage(ctx.graph.article_text, c.quote))
        else:
            yield Outcome(
                "FC101", Verdict.FAIL, (c.id,),
                f"The quote “{c.quote}” occurs {node.quote_count} time(s); "
                f"occurrence {c.occurrence} was asked for.",
            )


def _not_found(ctx: Context, quote: str) -> str:
    """Why a quote is missing, with the closest passage and what differs from it."""
    message = f"The quote “{quote}” is not in the article; was the sentence edited?"
    text = ctx.graph.article_text
    span = closest_passage(text, quote)
    if span is None:
        return message
    passage = text[span[0]:span[1]]
    line, column = ctx.graph.lines.position(span[0])
    diffs = differences(quote, passage)
    return (f"{message} The closest passage, at {line}:{column}, reads “{passage}”: "
            + "; ".join(diffs[:4]) + (" …" if len(diffs) > 4 else "") + ".")


@check("FC102", "quote-number-mismatch",
       "The figure in the quote reads to the recorded value and qualifier.")
def quote_number_mismatch(ctx: Context) -> Iterator[Result]:
    """
    What it checks: among the figures printed in the quote there is one that reads exactly
    to the claim's value: same digits and decimals, same multiplier, same qualifier (约, 超过,
    近, 多, 以上 …), a decline word when the value is negative.

    Why it matters: a claims file that records ``31.67万 辆`` for a quote saying
    ``超过31.67万辆`` checks a different claim than the one printed.

    Example: quote ``销量超过31.67万辆`` with value ``31.67万 辆`` fails (the qualifier
    ``超过`` is missing); value ``超过31.67万 辆`` passes.
    """
    for node in ctx.graph.nodes:
        if node.quote_span is None:
            continue
        problem = _fidelity_problem(node, ctx)
        if problem is None:
            yield Outcome("FC102", Verdict.PASS, (node.id,),
                          f"The quote prints {node.claim.value.strip()}.")
        else:
            yield Outcome("FC102", Verdict.FAIL, (node.id,), problem)


def _fidelity_problem(node: Node, ctx: Context) -> str | None:
    quote = node.claim.quote
    value = node.value
    mentions = node.quote_figures
    if isinstance(value, Label):
        if value.text in normalise(quote):
            return None
        return f"The quote does not contain the label {value.text}."
    if isinstance(value, Span):
        years = {int(m.reading.value) for m in mentions if m.reading.value.denominator == 1}
        missing = [y for y in (value.start, value.end) if y not in years]
        return None if not missing else f"The quote does not print the year(s) {missing}."
    if isinstance(value, RatioList):
        printed = [m.reading for m in mentions]
        want = list(value.parts)
        for i in range(len(printed) - len(want) + 1):
            if all(same_figure(p, w) for p, w in zip(printed[i:i + len(want)], want, strict=True)):
                return None
        return f"The quote does not print the ratios {node.claim.value}."
    assert isinstance(value, Figure)
    if multiple_in_words(value.reading.text) is not None:
        if value.reading.text.lower() in quote.lower():
            return None
        return f"The quote does not say {value.reading.text!r}."
    if isinstance(value, Range):
        if range_ends(value, mentions) is not None:
            return None
        shown = "、".join(m.text for m in mentions) or "no figure"
        return (f"The claim records the range {node.claim.value.strip()} but the quote prints "
                f"{shown}.")
    want_r = value.reading
    if node.claim.kind is ClaimKind.RANK and want_r.value == 1 \
            and RANK_FIRST.search(normalise(quote)):
        return None
    candidates = [m for m in mentions if same_figure(m.reading, want_r)]
    if not candidates:
        shown = "、".join(m.text for m in mentions) or "no figure"
        return f"The claim records {node.claim.value.strip()} but the quote prints {shown}."
    if want_r.estimate:
        return None
    sign_problem = None
    folded = normalise(quote)
    for m in candidates:
        got = m.reading
        if got.qualifier is not want_r.qualifier:
            continue
        # a bare number in the quote may stand for a percentage whose sign is elsewhere
        bare = got.unit_kind is UnitKind.AMOUNT and got.unit is None
        if got.unit_kind is not want_r.unit_kind and want_r.unit_kind is not UnitKind.AMOUNT \
                and not bare:
            continue
        # beside an earlier growth rate, "slowed" and 回落 speak of the rate's change, not
        # of its sign (FC208 checks them)
        if node.claim.kind in SIGNED_KINDS and want_r.value != 0 \
                and node.claim.prior_rate is None:
            stated = stated_sign(folded, m.start, m.end)
            recorded = 1 if want_r.value > 0 else -1
            if stated is not None and stated.sign != recorded:
                sign_problem = sign_problem or _sign_message(node.claim.value.strip(), m.text,
                                                             stated)
                continue
            if stated is not None or want_r.value > 0:
                return None
        if want_r.value < 0 and not DECLINE.search(folded) and not m.text.startswith("-"):
            return (f"The claim records a decline ({node.claim.value.strip()}) but the quote has "
                    "no word of decline.")
        return None
    if sign_problem is not None:
        return sign_problem
    got = candidates[0].reading
    if got.qualifier is not want_r.qualifier:
        return (f"The quote prints “{candidates[0].text}” ({got.qualifier.value.replace('_', ' ')}) "
                f"but the claim records {node.claim.value.strip()} "
                f"({want_r.qualifier.value.replace('_', ' ')}).")
    return (f"The quote prints “{candidates[0].text}” as {got.unit_kind.value.replace('_', ' ')} "
            f"but the claim records {want_r.unit_kind.value.replace('_', ' ')}.")


@check("FC103", "waiver-not-found", "Each waiver's quote is still in the article.")
def waiver_not_found(ctx: Context) -> Iterator[Result]:
    """
    What it checks: the ``quote`` of every waiver (a figure deliberately left unclaimed,
    such as a product name) still occurs in the article.

    Why it matters: a waiver whose text has changed no longer covers anything; the figure it
    once excused may now be a real, unchecked number.

    Example: a waiver for ``问界新车型M7`` after the article was edited to ``M8``.
    """
    for w in ctx.graph.waivers:
        label = f"waiver “{w.waiver.quote}”"
        if w.spans:
            yield Outcome("FC103", Verdict.PASS, (), f"The {label} is in the article.",
                          subject=f"waivers[{w.index}]", waiver=w.index)
        else:
            yield Outcome("FC103", Verdict.FAIL, (),
                          f"The {label} is not in the article (any more); remove or update it.",
                          subject=f"waivers[{w.index}]", waiver=w.index)


@check("FC105", "unused-waiver", "A claim's waiver of a check still suppresses something.",
       Severity.WARNING, reads_outcomes=True)
def unused_waiver(ctx: Context) -> Iterator[Result]:
    """
    What it checks: every code in a claim's ``ignore`` map suppressed a failing check in
    this run (like an unused ``noqa``). It runs after the other checks, on their outcomes;
    a waiver of a check that did not run this time is not judged.

    Why it matters: a stale waiver hides the next real problem of that kind on that claim.

    Example: ``ignore: {FC201: "base differs"}`` on a claim whose growth now checks out.
    """
    graph = ctx.graph
    used: set[tuple[str, str]] = set()
    for o in ctx.earlier:
        if o.verdict is Verdict.WAIVED:
            waiver = graph.waiver_of(o.code, o.claim_ids)
            if waiver is not None:
                used.add((waiver[0], o.code))
    for node in graph.nodes:
        for code in sorted(node.claim.ignore):
            if code in ctx.selected and (node.id, code) not in used:
                yield Outcome(
                    "FC105", Verdict.FAIL, (node.id,),
                    f"The waiver of {code} on claim {node.id!r} suppresses nothing; remove it.")
