"""FC1xx — the claims still say what the article says."""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache

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
    parse_figure,
)
from factcheck.core.i18n import N_, Message, joined
from factcheck.extract.figures import PrintedFigure
from factcheck.extract.mentions import Kind
from factcheck.languages import lexicon
from factcheck.languages.folding import normalise
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.numbers.reading import Reading, UnitKind
from factcheck.numbers.sign import StatedSign, stated_sign
from factcheck.report.findings import Outcome, Severity, Verdict

DECLINE = re.compile("(?<![A-Za-z])(?:" + lexicon.alternation(
    lexicon.words("decline") + lexicon.words("below") + lexicon.words("negative_balance"))
                     + ")", re.IGNORECASE)


# claims whose value is a change or a gap: its sign must agree with the words of the quote
SIGNED_KINDS = frozenset({ClaimKind.GROWTH, ClaimKind.PP_CHANGE, ClaimKind.PP_GAP,
                          ClaimKind.CHANGE})


def _sign_message(value: str, printed: str, stated: StatedSign) -> str:
    if stated.sign < 0:
        template = N_("The quote reads “{word}” (a decline) for “{printed}”, but the claim records "
                      "{value}; a decline is recorded as a negative value.")
    else:
        template = N_("The quote reads “{word}” (a rise) for “{printed}”, but the claim records "
                      "{value}; a rise is recorded as a positive value.")
    return Message(template, word=stated.word, printed=printed, value=value)


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
            yield Outcome("FC101", Verdict.PASS, (c.id,),
                          Message(N_("Quote found: “{quote}”."), quote=c.quote))
        elif node.quote_count == 0:
            yield Outcome("FC101", Verdict.FAIL, (c.id,), _not_found(ctx, c.quote),
                          article_offset=closest_passage(ctx.graph.article_text, c.quote))
        else:
            yield Outcome(
                "FC101", Verdict.FAIL, (c.id,),
                Message(N_("The quote “{quote}” occurs {count} time(s); occurrence {asked} was "
                           "asked for."), quote=c.quote, count=node.quote_count, asked=c.occurrence),
            )


def _not_found(ctx: Context, quote: str) -> str:
    """Why a quote is missing, with the closest passage and what differs from it."""
    message = Message(N_("The quote “{quote}” is not in the article; was the sentence edited?"),
                      quote=quote)
    text = ctx.graph.article_text
    span = closest_passage(text, quote)
    if span is None:
        return message
    passage = text[span[0]:span[1]]
    line, column = ctx.graph.lines.position(span[0])
    diffs = differences(quote, passage)
    return Message(N_("{message} The closest passage, at {line}:{column}, reads “{passage}”: "
                      "{differences}."), message=message, line=line, column=column,
                   passage=passage,
                   differences=joined(diffs[:4], "; ", " …" if len(diffs) > 4 else ""))


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
                          Message(N_("The quote prints {value}."), value=node.claim.value.strip()))
        else:
            yield Outcome("FC102", Verdict.FAIL, (node.id,), problem)


def _fidelity_problem(node: Node, ctx: Context) -> str | None:
    quote = node.claim.quote
    value = node.value
    mentions = node.quote_figures
    if node.claim.printed_unit:
        mentions = tuple(_in_table_unit(m, node.claim.printed_unit) for m in mentions)
    if isinstance(value, Label):
        if value.text in normalise(quote):
            return None
        return Message(N_("The quote does not contain the label {label}."), label=value.text)
    if isinstance(value, Span):
        years = {int(m.reading.value) for m in mentions if m.reading.value.denominator == 1}
        missing = [y for y in (value.start, value.end) if y not in years]
        return None if not missing else Message(N_("The quote does not print the year(s) {years}."),
                                                years=missing)
    if isinstance(value, RatioList):
        printed = [m.reading for m in mentions]
        want = list(value.parts)
        for i in range(len(printed) - len(want) + 1):
            if all(same_figure(p, w) for p, w in zip(printed[i:i + len(want)], want, strict=True)):
                return None
        return Message(N_("The quote does not print the ratios {value}."), value=node.claim.value)
    assert isinstance(value, Figure)
    if multiple_in_words(value.reading.text) is not None:
        if value.reading.text.lower() in quote.lower():
            return None
        return Message(N_("The quote does not say {words}."), words=repr(value.reading.text))
    if isinstance(value, Range):
        if range_ends(value, mentions) is not None:
            return None
        shown = "、".join(m.text for m in mentions) or Message(N_("no figure"))
        return Message(N_("The claim records the range {value} but the quote prints {printed}."),
                       value=node.claim.value.strip(), printed=shown)
    want_r = value.reading
    if want_r.unit_kind is UnitKind.PERCENT and not any(c.isdigit() for c in want_r.text):
        want_r = parse_figure(want_r.text).reading  # a share in words is printed as a fraction
    if node.claim.kind is ClaimKind.RANK and want_r.value == 1 \
            and RANK_FIRST.search(normalise(quote)):
        return None
    candidates = [m for m in mentions if _same_figure(m.reading, want_r)]
    if not candidates:
        shown = "、".join(m.text for m in mentions) or Message(N_("no figure"))
        return Message(N_("The claim records {value} but the quote prints {printed}."),
                       value=node.claim.value.strip(), printed=shown)
    if want_r.estimate:
        return None
    sign_problem = None
    missing_unit: str | None = None
    folded = normalise(quote)
    for m in candidates:
        got = m.reading
        if got.qualifier is not want_r.qualifier:
            continue
        # a bare number in the quote may stand for a percentage whose sign is elsewhere
        bare = got.unit_kind is UnitKind.AMOUNT and got.unit is None
        if got.unit_kind is not want_r.unit_kind and want_r.unit_kind is not UnitKind.AMOUNT \
                and not bare and not (got.unit_kind is UnitKind.AMOUNT and _article_unit_kind(
                    node, ctx, m.start) is want_r.unit_kind):
            continue
        if bare and want_r.unit_kind is not UnitKind.AMOUNT and _article_unit_kind(
                node, ctx, m.start) is UnitKind.AMOUNT:
            # 同比增长5.4 with the % dropped: the article prints no unit, so the claim's unit is
            # a guess; a list that shares its unit (增长8.5、6.3%) reads 8.5 as percent
            missing_unit = missing_unit or Message(
                N_("The quote prints “{printed}” with no unit, but the claim records {value} "
                   "({recorded_as}); was the unit dropped in print?"), printed=m.text,
                value=node.claim.value.strip(), recorded_as=_word(want_r.unit_kind))
            continue
        # beside an earlier growth rate, "slowed" and 回落 speak of the rate's change, not
        # of its sign (FC208 checks them)
        if node.claim.kind in SIGNED_KINDS and want_r.value != 0 \
                and node.claim.prior_rate is None:
            stated = _stated_in_article(node, ctx, m.start, m.end) or \
                stated_sign(folded, m.start, m.end)
            recorded = 1 if want_r.value > 0 else -1
            if stated is not None and stated.sign != recorded:
                sign_problem = sign_problem or _sign_message(node.claim.value.strip(), m.text,
                                                             stated)
                continue
            if stated is not None or want_r.value > 0:
                return None
        if want_r.value < 0 and not DECLINE.search(folded) and not m.text.startswith("-") \
                and not _declines_in_article(node, ctx, m.start, m.end):
            return Message(N_("The claim records a decline ({value}) but the quote has no word "
                              "of decline."), value=node.claim.value.strip())
        return None
    if sign_problem is not None:
        return sign_problem
    if missing_unit is not None:
        return missing_unit
    got = candidates[0].reading
    if got.qualifier is not want_r.qualifier:
        return Message(N_("The quote prints “{printed}” ({printed_as}) but the claim records "
                          "{value} ({recorded_as})."), printed=candidates[0].text,
                       printed_as=_word(got.qualifier), value=node.claim.value.strip(),
                       recorded_as=_word(want_r.qualifier))
    return Message(N_("The quote prints “{printed}” as {printed_as} but the claim records "
                      "{recorded_as}."), printed=candidates[0].text,
                   printed_as=_word(got.unit_kind), recorded_as=_word(want_r.unit_kind))


# the words of a qualifier or a unit kind, as a message names them
_WORDS = frozenset((N_("exact"), N_("approx"), N_("more than"), N_("at least"), N_("nearly"),
                    N_("at most"), N_("less than"), N_("percent"), N_("percentage point"),
                    N_("multiple"), N_("amount")))


def _word(value: StrEnum) -> str:
    """A qualifier or unit kind in words ("at least"), translated where shown."""
    text = value.value.replace("_", " ")
    return Message(text) if text in _WORDS else text


def _in_table_unit(m: PrintedFigure, unit: str) -> PrintedFigure:
    """A bare figure of a table row read with the unit its header states (printed-unit)."""
    r = m.reading
    if r.unit is not None or r.scale != 1 or r.unit_kind is not UnitKind.AMOUNT:
        return m
    try:
        reading = read_figure(normalise(m.text) + normalise(unit).strip())
    except (NumberError, ValueError):
        return m
    return PrintedFigure(m.start, m.end, m.text, reading, m.kind)


def _same_figure(printed: Reading, recorded: Reading) -> bool:
    """The same figure, also in another notation: 2兆317億 and 20317亿 are both printed to
    the 亿 (the same magnitude, the same unit of the last printed digit)."""
    if same_figure(printed, recorded):
        return True
    if abs(printed.value) != abs(recorded.value):
        return False
    return Fraction(printed.scale, 10**printed.decimals) == \
        Fraction(recorded.scale, 10**recorded.decimals)


_UNIT_KIND = {Kind.PERCENT: UnitKind.PERCENT, Kind.PERCENTAGE_POINT: UnitKind.PERCENTAGE_POINT,
              Kind.MULTIPLE: UnitKind.MULTIPLE}


def _article_unit_kind(node: Node, ctx: Context, start: int) -> UnitKind | None:
    """How the article reads the figure the quote prints at ``start``: 0.6个 in
    0.6个、1.1个百分点 shares the list's unit, which the quote alone does not show."""
    span = node.quote_span
    if span is None:
        return None
    at = span.start + start
    for m in ctx.graph.mentions():
        if m.start == at:
            return _UNIT_KIND.get(m.kind, UnitKind.AMOUNT)
    return None


def _stated_in_article(node: Node, ctx: Context, start: int, end: int) -> StatedSign | None:
    """The sign the article's clause gives a figure of the quote: a quote of one item of
    分别下降3.1%、7.4% is a decline though its own text has no word of decline."""
    span = node.quote_span
    if span is None:
        return None
    return stated_sign(_folded(ctx.graph.article_text), span.start + start, span.start + end)


def _declines_in_article(node: Node, ctx: Context, start: int, end: int) -> bool:
    stated = _stated_in_article(node, ctx, start, end)
    return stated is not None and stated.sign < 0


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    return normalise(text)


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
        quote = w.waiver.quote
        if w.spans:
            yield Outcome("FC103", Verdict.PASS, (),
                          Message(N_("The waiver “{quote}” is in the article."), quote=quote),
                          subject=f"waivers[{w.index}]", waiver=w.index)
        else:
            yield Outcome("FC103", Verdict.FAIL, (),
                          Message(N_("The waiver “{quote}” is not in the article (any more); remove "
                                     "or update it."), quote=quote),
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
                    Message(N_("The waiver of {code} on claim {claim} suppresses nothing; remove "
                               "it."), code=code, claim=repr(node.id)))
