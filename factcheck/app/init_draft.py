"""``factcheck init``: a draft claims file with one claim per figure of a new article.

Each claim gets the shortest run of clauses around its figure that occurs once in the
article as its quote, and the figure's value, unit, qualifier and kind. Relations that
relation discovery finds (current, prior, of, part-of …) are drafted onto those claims,
marked for review; the rest are left for the journalist.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck.claims.graph import QuoteIndex
from factcheck.claims.kinds import REFERENCE_KEYS, ClaimKind
from factcheck.claims.model import QUOTE_FORBIDDEN
from factcheck.discover.text import fold
from factcheck.extract import Kind, Mention, extract
from factcheck.extract.figures import stands_for
from factcheck.extract.lexicon import EN_MARKERS, POSTS, ZH_MARKERS, canonical_names
from factcheck.extract.paragraphs import unbroken
from factcheck.extract.ranges import range_parts
from factcheck.languages import lexicon
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.numbers.reading import Qualifier
from factcheck.numbers.sign import reduced_by

if TYPE_CHECKING:
    from factcheck.core.errors import LineIndex
    from factcheck.discover.relation import Operand, Relation

_FORBIDDEN = frozenset(c for c in map(chr, [*range(0x20), 0x7f, *range(0x2000, 0x2070)])
                       if QUOTE_FORBIDDEN.match(c))
_WALLS = _FORBIDDEN | {"\r", "\n"}
# the words of languages that write them apart from the digits (fell by, percentage points)
_SPACED = lexicon.languages(spaced=True)
# a minus printed in brackets or as a word before a figure: (-) 11.6 percent, minus 6.2%
_WORD_MINUS = re.compile(
    rf"^(?:\(-\)\s?|(?i:{lexicon.alternation(lexicon.words('minus_words'))})\s)")
_CLAUSE_STOPS = "，。；！？、：,;!?\n\r"
# the change word may precede a list: 分别增长8.5%、6.3%; an item may print a scale between
# its digits (减少19万8967人、0.84%)
# (fell by 231,000 and 49,000 jobs; 分别减少3千人与2千人): each earlier item with its unit
# (fell slightly by 0.3 percent, rose last month 14 per cent, dropped an annual 28 per cent):
# a manner or a time between the word of change and its "by" or its figure
# the words that join listed figures: one character each in the languages written without
# spaces (和, 及, 与), whole words in the others (and)
_JOIN_CHARS = "".join(lexicon.words("list_joiners", lexicon.languages(spaced=False)))
_JOIN = rf"(?:[、,{_JOIN_CHARS}]|{lexicon.alternation(lexicon.words('list_joiners', _SPACED))})"
_LIST = (rf"(?:\s*,\s*(?:{lexicon.alternation(lexicon.words('parenthetical', _SPACED))})\s*,)?"
         rf"(?:\s+(?:{lexicon.alternation(lexicon.words('change_interposed', _SPACED))}))?"
         rf"(?:\s+(?:{lexicon.alternation(lexicon.words('change_by'))}))?"
         rf"(?:\s+(?:{lexicon.alternation(lexicon.words('change_adverbs'))}))?"
         rf"(?:\s*[\d.,]*\d(?:[^\d\s，,。；;、{_JOIN_CHARS}][\d.,]*\d)?"
         rf"(?:%|[^\d\s，,。；;、{_JOIN_CHARS}]{{1,3}})?"
         rf"\s*{_JOIN})*\s*$")
_SIZE = lexicon.alternation(lexicon.words("decline_size"))
_WIDENED = re.compile(rf"(?:{_SIZE})[^，,。；;]{{0,8}}?"
                      rf"(?:{lexicon.alternation(lexicon.words('widened'))})")
_NARROWED_WORD = re.compile(lexicon.alternation(lexicon.words("narrowed")))
# 降幅在1.5%至4.8%之间: the size of a decline, then its figure
_SIZE_OF_DECLINE = re.compile(
    rf"(?:{_SIZE})(?:{lexicon.alternation(lexicon.words('size_link'))})?\s*$")
_NARROWED = re.compile(rf"(?:{_SIZE})[^，,。；;]{{0,8}}?"
                       rf"(?:{lexicon.alternation(lexicon.words('narrowed'))})")
# (?<![A-Za-z]): an English word starts a word (eased is not the end of increased)
# 减少了50亿元: an aspect particle between the word of change and its figure
_PARTICLE = rf"(?:{lexicon.alternation(lexicon.words('change_particles'))})?"
# case-blind: a headline writes its verb in title case (Trade Gap Closes 17.9%)
_DECLINE = re.compile(f"(?<![A-Za-z])({lexicon.alternation(lexicon.words('decline'))})"
                      + _PARTICLE + _LIST, re.IGNORECASE)
_GROWTH = re.compile(
    f"(?<![A-Za-z])({lexicon.alternation(lexicon.words('rise') + lexicon.words('decline'))})"
    + _PARTICLE + _LIST, re.IGNORECASE)
_MARKERS = (*ZH_MARKERS, *(w + " " for w in EN_MARKERS))
# an amount right after a word of change is the change itself: fell 1.0 million, 增加95.6亿元
_CHANGE_WORDS = lexicon.alternation(lexicon.words("rise") + lexicon.words("decline")
                                    + lexicon.words("increase") + lexicon.words("decrease"))
# (increased YOY by $9 billion, rose last month by 12,000: a manner or a time between the word
# of change and its "by", as before a rate)
_INTERPOSED = lexicon.alternation(lexicon.words("change_interposed", _SPACED))
_CHANGE_AMOUNT = re.compile(rf"(?:^|(?<=[\s\W\d])|(?<=[\u4e00-\u9fff]))(?:{_CHANGE_WORDS})"
                            rf"(?:\s+(?:{_INTERPOSED}))?"
                            rf"(?:\s+(?:{lexicon.alternation(lexicon.words('change_by'))}))?"
                            rf"{_PARTICLE}\s*$", re.IGNORECASE)
# a word of decline starts a word: "increased" holds "eased" and is no fall
# an amount in brackets right after another (减少97.5万公顷(1462万亩)): the same figure
_IN_BRACKETS_AFTER = re.compile(rf"[\d.,]*\d[^\d\s，,。；;、{_JOIN_CHARS}()（）]{{0,4}}[(（]$")
# the words of languages that write them apart from the digits (fell by, percentage points)
_DECLINE_WORDS = frozenset(w.lower() for w in lexicon.words("decline", _SPACED))
_FALLING = re.compile(
    rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('decline') + lexicon.words('decrease'))})",
    re.IGNORECASE)
# a change named before its subject and amount: a decrease in the goods deficit of $5.3 billion
_CHANGE_NOUN_OF = re.compile(
    rf"(?<![A-Za-z])(?P<noun>{lexicon.alternation(lexicon.words('change_noun_in'))})\s+"
    rf"(?:[A-Za-z'-]+\s+){{1,6}}(?:{lexicon.alternation(lexicon.words('fraction_of'))})\s*$",
    re.IGNORECASE)
# a decrease in the goods deficit of $12.5 billion or 1.6 percent: the percent after the
# amount of a named change is the same change
_JOINED_AFTER_FIGURE = re.compile(
    rf"[$€£]?[\d.,]*\d(?:\s*[A-Za-z]+)?\s+"
    rf"(?:{lexicon.alternation(lexicon.words('same_change_joiners', _SPACED))})\s+$")
# a printed percent (+4.4%, 1.5 per cent), in every language's words
_PERCENT_FIGURE = rf"[+\-−]?\d[\d.,]*\s*(?:%|{lexicon.alternation(lexicon.words('percent'))})"
_CHANGE_NOUNS = lexicon.words("rise_after") + lexicon.words("decline_after")
# a noun of change and its 'of' right before an amount: a payroll gain of 248,000
_NOUN_OF = re.compile(
    rf"(?<![A-Za-z])(?P<noun>{lexicon.alternation(_CHANGE_NOUNS)})"
    rf"\s+(?:{lexicon.alternation(lexicon.words('fraction_of'))})\s+$", re.I)
# a rate of change and the same change as an amount after 'or': by 3.4 per cent or 43,300
_RATE_OR = re.compile(
    rf"{_PERCENT_FIGURE}\s+"
    rf"(?:{lexicon.alternation(lexicon.words('same_change_joiners', _SPACED))})\s+$", re.I)
# an amount compared after its figure: 159,000 lower than previously reported, 3,000 more
_AMOUNT_LOWER = re.compile(
    rf"^\s+(?:{lexicon.alternation(lexicon.words('amount_lower_after'))})(?![A-Za-z])", re.I)
_AMOUNT_HIGHER = re.compile(
    rf"^\s+(?:{lexicon.alternation(lexicon.words('amount_higher_after'))})(?![A-Za-z])", re.I)
# a noun between the figure and its comparison: 0.08 per cent rate lower than, 3 points lower
# than (with "than": a noun then "more" alone is no comparison, as in 5 workers more)
# (not a joining word: $0.5 billion or less than 0.1 percent is another figure's qualifier)
_NOT_A_NOUN = rf"(?!(?:{lexicon.alternation(lexicon.words('list_continuation'))})\s)"
_NOUN_LOWER = re.compile(
    rf"^\s+{_NOT_A_NOUN}[a-z]+\s+(?:{lexicon.alternation(lexicon.words('amount_lower_after'))})"
    r"\s+than\b")
_NOUN_HIGHER = re.compile(
    rf"^\s+{_NOT_A_NOUN}[a-z]+\s+(?:{lexicon.alternation(lexicon.words('amount_higher_after'))})"
    r"\s+than\b")
# a change named by a noun before its subject, its size in brackets after the subject: a
# further decline in the number of temporary census jobs (27,000); declines in retail (18,000)
# and mining (5,000)
_NOUN_IN_BRACKETS = re.compile(
    rf"(?<![A-Za-z])(?P<noun>{lexicon.alternation(_CHANGE_NOUNS)})s?\s+in\s+"
    r"(?:[A-Za-z'-]+,?\s+|\([^()]{1,24}\)\s*,?\s*)*?(?:[A-Za-z'-]+\s*)\(\s*$", re.I)
_STOP_IN = re.compile(r"[.;:!?](?!\d)")
# (a joining word between them starts another clause: 4,000 staff and was cut from the index)
_PASSIVE_NOT = lexicon.alternation(lexicon.words("list_continuation", _SPACED)
                                   + lexicon.words("clause_break", _SPACED))
# a fall said by a passive verb after the amount, a few words of what fell between: 59,700
# full-time jobs had been lost, 1.2 million were cut, 300 posts will be slashed
_PASSIVE_FALL = re.compile(
    rf"(?:\s+(?!(?:{_PASSIVE_NOT})(?![A-Za-z]))[A-Za-z][A-Za-z'-]*){{0,3}}?\s+"
    rf"(?:{lexicon.alternation(lexicon.words('passive_aux', _SPACED))})\s+(?:[a-z]+ly\s+)?"
    rf"(?:{lexicon.alternation(lexicon.words('decline_passive', _SPACED))})(?![A-Za-z])", re.I)
_DECLINE_NOUNS = frozenset(w.lower() for w in lexicon.words("decline_after"))
# a change named after its figure: a 0.5 percent contraction
# a 13.5% annual decrease: an adjective may stand between the figure and the change
_ADJECTIVE = rf"(?:\s+(?:{lexicon.alternation(lexicon.words('change_adjectives', _SPACED))}))?"
_AFTER_RISE = re.compile(
    rf"^{_ADJECTIVE}\s+(?:{lexicon.alternation(lexicon.words('rise_after'))})\b", re.I)
_AFTER_FALL = re.compile(
    rf"^{_ADJECTIVE}\s+(?:{lexicon.alternation(lexicon.words('decline_after'))})\b", re.I)
# an amount compared after its figure, a percent of the same change in brackets between:
# $88 billion (6%) increase, 13,600 (2.0 per cent) more, about $15.5 million higher than
_RATE_IN_BRACKETS = re.compile(r"^\s*[(（][^()（）\d]{0,8}[\d.,]+\s*(?:%|[a-z ]{1,12})[)）]", re.I)
_AMOUNT_RISE_AFTER = re.compile(
    rf"^{_ADJECTIVE}\s+(?:{lexicon.alternation(lexicon.words('amount_rise_after'))})\b", re.I)
_AMOUNT_FALL_AFTER = re.compile(
    rf"^{_ADJECTIVE}\s+(?:{lexicon.alternation(lexicon.words('amount_decline_after'))})\b", re.I)
# a verb left out after its first figure: cathodes fell by 34.5%, chemicals by 33.6%, and
# metal components by 9.0% (each later "by" is the first verb's)
_FIGURE_EN = (r"[-−+]?[$€£]?\d[\d,.]*\s*"
              rf"(?:{lexicon.alternation(lexicon.words('percent'))}|[a-z]{{1,3}}\b)?")
_CHANGE_EN = lexicon.alternation(lexicon.words("rise", _SPACED) + lexicon.words("decline", _SPACED))
_BY = rf"\s+by\s+(?:(?:{lexicon.alternation(lexicon.words('change_adverbs', _SPACED))})\s+)?"
# a time, a place or an object between the word of change and its "by" (fell in the third
# quarter by 2.9 percent, fell anew by, an increased production of tea by 21 percent); a
# participle there starts another clause (rose as measured by 12 percent of the panel)
_GAP = r"(?:\s+(?!by\b)(?![A-Za-z'-]*ed\b)[A-Za-z'-]+){0,5}?"
_GAP_BY = re.compile(rf"(?<![A-Za-z])(?P<verb>{_CHANGE_EN}){_GAP}\s+by\s+$", re.I)
_GAPPED = re.compile(
    rf"(?<![A-Za-z])(?P<verb>{_CHANGE_EN}){_GAP}{_BY}{_FIGURE_EN}"
    rf"(?:,?\s+(?:and\s+)?[^,.;:!?\d%$€£]{{1,40}}?{_BY}{_FIGURE_EN})*"
    rf",?\s+(?:(?:and\s+)?[^,.;:!?\d%$€£]{{1,40}}?{_BY}|and\s+(?-i:[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)?)\s+)$",
    re.I)  # (…, Israel by 20.7 per cent and Germany 9.4 per cent: before the last, named, the
    # "by" may be left out)
# a comparison or a contribution that puts its subject below (低于全市增速14.9个百分点,
# 下拉增速1.2个百分点): its points are negative; the nouns of a rate after it name no change
_BELOW_BY = re.compile(
    rf"(?:{lexicon.alternation(lexicon.words('below_by'))})"
    rf"(?P<rest>[^，,。；;]*)$")
_RATE_NOUNS = re.compile(lexicon.alternation(lexicon.words("rate_nouns")))
_CHANGE_CUE = re.compile(lexicon.alternation(lexicon.words("rise", lexicon.languages(spaced=False))
                                             + lexicon.words("decline", lexicon.languages(spaced=False))))
# the rate of a change printed in brackets after it: declined by $3 billion (18%)
_BRACKETED = re.compile(r"\s*[(（]\s*$")
# rose 1.2%, or 2.6 percent annualized: the same change in another measure
_CONTINUED = re.compile(
    rf"[,，]?\s*(?:{lexicon.alternation(lexicon.words('list_continuation'))})\s+$", re.I)
_PP_WORDS = frozenset(w for w in lexicon.words("percentage_point") if " " in w)
_SHARE = re.compile(lexicon.alternation(lexicon.words("share_cue")), re.I)
# a percent printed with its sign (+3.8%, (-37.9 percent)) is a change; a sign in brackets
# of its own, (-) 1.8 per cent, is not read as one by the checks of a growth's sign
_SIGNED = re.compile(r"^[+\-−]")
# the noun of a rate that is a change, in the clause before a percent (inflation eased to
# 4.35 per cent, GDP成長率達7.64%) or just after it (14.3%的按年升幅, a 2% growth)
_GROWTH_NOUNS = lexicon.alternation(lexicon.words("growth_nouns"))
_GROWTH_NOUN = re.compile(rf"(?<![A-Za-z])(?:{_GROWTH_NOUNS})(?![A-Za-z])", re.I)
# the figures of a list after this one (3倍及2.4倍的同比增幅): the noun after them names each
_LISTED_AFTER = re.compile(rf"^(?:\s*{_JOIN}\s*[\d.]+[^\d\s，,。；;、{_JOIN_CHARS}]{{0,3}})+")
_GROWTH_NOUN_AFTER = re.compile(
    rf"^\s*[^\s\d，,。；;:：()（）]{{0,4}}?(?:{_GROWTH_NOUNS})(?![A-Za-z])", re.I)
# a comparison with an earlier period right after a percent: 0.5% on quarter, 2.1% year-on-year
_COMPARED_AFTER = re.compile(
    rf"^\s*(?:{lexicon.alternation(lexicon.words('compared_after'))})(?![A-Za-z])", re.I)
# the earlier value of a rate after its word (rose 0.5 percent, slowing from 0.6 percent;
# eased to 4.35 per cent against 5.30 per cent) is a rate of the same kind
_PRIOR_LEAD = re.compile(
    rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('prior_lead'))})\s*$", re.I)
_PRIOR_WORD = re.compile(
    rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('prior_lead'))})(?![A-Za-z])", re.I)
# the word that leads a rate to its figure, repeated in parallel for the next (rose by 2.2% in
# the euro area and by 2.1% in the EU; amounted to 1.6% in Germany, in Spain to 2.0%)
_LEADS = lexicon.alternation(lexicon.words("level_lead") + lexicon.words("change_by"))
_LEAD = re.compile(rf"(?<![A-Za-z])(?:{_LEADS})\s*$", re.I)
_SENTENCE_END = re.compile(r"[。；;!?！？]|\.(?!\d)")
# the words that go on to the next item of an order (其次, 次之, followed by) or compare an
# item with the one before (优于, 低于, ahead of): the next item is a rate of the same kind
_ORDER = re.compile(rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('order'))})(?![A-Za-z])",
                    re.I)
_COMPARED = re.compile(
    rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('item_compared'))})(?![A-Za-z])", re.I)
# between two rates in brackets after their names: the close of one, a name, the open of the
# next (…(65.1 per cent), the EU 28 (28.7 per cent); transport equipment (33.6 percent))
_BRACKET_ITEM = re.compile(rf"^\s*[)）]\s*[,，;；]?\s*(?:{_JOIN}\s*)?[^()（）]{{1,40}}[(（]\s*$", re.I)
# where a clause starts: a stop, or a full stop that is not a decimal point
_CLAUSE_BREAK = re.compile(r"[，,。；;:：!?！？]|\.(?!\d)")
# a year or a span of years between a subject and its figure (April-January 2019-20)
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?(?!\d)")
# the figures of a list that ends at the figure: 4.4 percent, 1.5 percent and
_LISTED_BEFORE = re.compile(rf"(?:{_PERCENT_FIGURE}\s*(?:[,，‚]|{_JOIN})\s*)+$", re.I)
_LEVEL_RATES = lexicon.alternation(lexicon.words("level_rate_nouns"))
_LEVEL_RATE_FIRST = re.compile(rf"^s?\s*(?:{_LEVEL_RATES})(?![A-Za-z])", re.I)
_LEVEL_RATE = re.compile(rf"(?<![A-Za-z])(?:{_LEVEL_RATES})(?![A-Za-z])", re.I)
_PERCENTS = re.compile(_PERCENT_FIGURE, re.I)
# a word of change, verb or noun, before a figure in brackets (increased: food (1.6%))
_CHANGE_OR_NOUN = lexicon.alternation(lexicon.words("rise") + lexicon.words("decline")
                                      + _CHANGE_NOUNS)
_CHANGE_WORD = re.compile(rf"(?<![A-Za-z])(?:{_CHANGE_OR_NOUN})(?![A-Za-z])", re.I)
_BREAK_WORD = re.compile(
    rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('clause_break'))})(?![A-Za-z])", re.I)
# a contribution to a whole's growth named in the clause before its figure (拉动全市经济增长2.9个
# 百分点; "made the highest contribution of 5.3 percentage points"): in points in every
# language, in percent where the language prints one so ("the contribution to inflation from
# food was -1.9%"); the words of a contribution's rate (贡献率52.5%) name that rate instead
_CONTRIBUTION_POINTS = re.compile(
    rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('contribution_points'))})", re.I)
_CONTRIBUTION_PERCENT = re.compile(
    rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('contribution_percent'))})(?![A-Za-z])",
    re.I)
_CONTRIBUTION_RATE = re.compile(
    rf"(?<![A-Za-z])(?:{lexicon.alternation(lexicon.words('contribution_rate'))})(?![A-Za-z])",
    re.I)
_CONTRIBUTION_CAUSE = re.compile(lexicon.alternation(lexicon.words("contribution_cause")))
_LISTED_PERCENTS = re.compile(rf"{_PERCENT_FIGURE}(?![A-Za-z])", re.I)
_CHANGE_VERB = re.compile(rf"(?<![A-Za-z])(?:{_CHANGE_EN})(?![A-Za-z])", re.I)
# the registry's name of the unit per mille (千分之6.62, 4.15‰: the mention's own reading)
_PER_MILLE = "per_mille"
_NOT_QUANTITIES = {Kind.DATE: "a date", Kind.ORDINAL: "an ordinal or rank",
                   Kind.DURATION: "a period or duration", Kind.YEAR: "a year"}
_KIND = {
    Kind.PERCENTAGE_POINT: ClaimKind.PP_CHANGE,
    Kind.MULTIPLE: ClaimKind.MULTIPLE,
    Kind.YEAR: ClaimKind.YEAR,
    Kind.DURATION: ClaimKind.DURATION,
    Kind.ORDINAL: ClaimKind.RANK,
    Kind.DATE: ClaimKind.LABEL,
    Kind.RATE: ClaimKind.AMOUNT,
    Kind.RATIO: ClaimKind.AMOUNT,  # a fraction in words: two-thirds, one in five
    Kind.AMOUNT: ClaimKind.AMOUNT,
}


def draft(text: str, article_ref: str, published: dt.date, language: str = "zh") -> str:
    """The YAML text of a draft claims file for ``text``."""
    import yaml

    claims: list[dict[str, object]] = []
    waivers: list[dict[str, object]] = []
    counts: dict[str, int] = {}
    # figures, and years after publication (a target is worth a check); past years, dates,
    # periods, durations, ordinals and identifiers need no claim or waiver. A figure holding
    # a control or bidirectional character cannot be quoted (the claims file refuses one); it
    # is left out, and a run reports it as not covered
    mentions = [m for m in extract(text) if (m.needs_coverage or (
        m.kind is Kind.YEAR and m.value is not None and m.value > published.year))
        and not QUOTE_FORBIDDEN.search(text, m.start, m.end)]
    measures = _subjects(text, language)
    at: dict[int, dict[str, object]] = {}  # figure start → its draft claim
    single: dict[int, Mention] = {}  # figure start → its mention, for a claim of one figure
    i = 0
    while i < len(mentions):
        m = mentions[i]
        marker = m.kind is Kind.ORDINAL and "\u2460" <= m.text[0] <= "\u2473"
        future_year = m.kind is Kind.YEAR and m.value is not None and m.value > published.year
        if marker or (m.kind in _NOT_QUANTITIES and not future_year):
            # ⑦, a list or series marker; 11月, 第一产业, 前三季度: a date, a rank in a name or a
            # period. None is a quantity a claim states, so each is drafted as a waiver to confirm
            waiver: dict[str, object] = {"quote": (m.start, m.end)}
            waiver["reason"] = ("TODO: a list or series marker, not a quantity?" if marker
                                else f"TODO: {_NOT_QUANTITIES[m.kind]}, not a quantity?")
            waivers.append(waiver)
        elif m.kind is Kind.RATIO and m.text[-1:].isdigit():
            group = [m]
            while i + 1 < len(mentions) and mentions[i + 1].kind is Kind.RATIO and \
                    text[group[-1].end:mentions[i + 1].start].strip() in (":", "："):
                i += 1
                group.append(mentions[i])
            claims.append(_claim(text, group, ClaimKind.STRUCTURE,
                                 ":".join(g.text for g in group), counts, measures))
            at[group[0].start] = claims[-1]
        else:
            kind, value = _kind_and_value(text, m, published)
            prior = claims[-1] if claims and i and mentions[i - 1].start in at else None
            if m.kind is Kind.PERCENT and kind is not ClaimKind.GROWTH and prior is not None \
                    and ((prior["kind"] == ClaimKind.CHANGE.value
                         and _BRACKETED.match(text, mentions[i - 1].end, m.start))
                         or (prior["kind"] == ClaimKind.GROWTH.value
                         and _CONTINUED.match(text, mentions[i - 1].end, m.start))):
                # declined by $3 billion (18%), slipped 1.1%, or 2.6 percent annualized: the
                # rate of that change, with its sign
                kind = ClaimKind.GROWTH
                value = _signed("-" if _negative(str(prior["value"])) else "", value)
            elif m.kind is Kind.PERCENT and kind is ClaimKind.RATE and prior is not None \
                    and prior["kind"] == ClaimKind.GROWTH.value \
                    and (_same_kind_of_rate(text, mentions[i - 1], m)
                         or _continues(text, mentions[i - 1], m) is not None):
                kind = ClaimKind.GROWTH  # its value as printed: an earlier or parallel rate
                if _continues(text, mentions[i - 1], m) == "item" \
                        and _negative(str(prior["value"])) and not _SIGNED.match(m.text):
                    # 人口减少最多为甲县2.91%，其次为乙县2.10%: the next of the same falls
                    value = _signed("-", value)
            elif m.kind is Kind.AMOUNT and kind is ClaimKind.AMOUNT and prior is not None \
                    and prior["kind"] == ClaimKind.CHANGE.value \
                    and _parallel(text, mentions[i - 1], m) \
                    and not _PRIOR_WORD.search(text, mentions[i - 1].end, m.start):
                # increased by 167 000 in the EU27 and by 162 000 in the euro area: the same
                # verb's change, with its sign (not the level it is compared with: an increase
                # of 1.3 points compared to the index of 118.0)
                kind = ClaimKind.CHANGE
                value = _signed("-" if _negative(str(prior["value"])) else "", value)
            claims.append(_claim(text, [m], kind, value, counts, measures))
            at[m.start] = claims[-1]
            single[m.start] = m
        i += 1
    _place_quotes(text, [*claims, *waivers])
    stated = attach_relations(text, at, language)
    suggested = {str(c["id"]): c.pop(_SUGGESTED) for c in claims if _SUGGESTED in c}
    for start, m in single.items():
        at[start]["value"] = _readable(str(at[start]["value"]), m)
    # a waiver whose quote is a claim's quote would waive nothing the claim does not cover
    # already (its figures are inside a quote that is checked): a reviewer would only delete it
    quoted = {(c["quote"], c.get("occurrence", 1)) for c in claims}
    waivers = [w for w in waivers if (w["quote"], w.get("occurrence", 1)) not in quoted]
    claims, waivers = loadable(text, claims, waivers)
    if not claims:
        raise NoFigures
    document = {
        "article": article_ref,
        "published": published,
        "language": language,
        "claims": claims,
        "waivers": waivers,
    }
    kept = {str(c["id"]) for c in claims}
    stated = [r for r in stated if all(str(m) in kept for m in _members(r))]
    if stated:
        document["relations"] = stated
    header = ("# Draft written by `factcheck init`: check every value, `measures` and the "
              "relations\n# (current, prior, of, part-of …), then delete this comment.\n")
    body = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000)
    return header + _with_suggestions(str(body), _loadable_offers(claims, suggested))


# the key a claim's suggestions are kept under while it is drafted (never written)
_SUGGESTED = "_suggested"
SUGGESTION_HEAD = "# a note of discovery, not drafted: delete the '# ' to keep it"


def _loadable_offers(claims: list[dict[str, object]],
                     suggested: dict[str, object]) -> dict[str, list[str]]:
    """The suggested fields of each kept claim that the claims file would load once kept: a
    key the claim's kind takes, naming kept claims of the kinds the key names."""
    import yaml

    from factcheck.claims.kinds import TARGET_KINDS

    kinds = {str(c["id"]): str(c["kind"]) for c in claims}
    out: dict[str, list[str]] = {}
    for claim in claims:
        offers = suggested.get(str(claim["id"]))
        if not isinstance(offers, list):
            continue
        for field, ids in offers:
            key, value = next(iter(yaml.safe_load(field).items()))
            wanted = TARGET_KINDS.get(key.replace("-", "_"))
            if key in claim or not all(i in kinds for i in ids) or (
                    wanted and not all(ClaimKind(kinds[i]) in wanted for i in ids)):
                continue
            if _misfit({**claim, key: value}) is None:
                out.setdefault(str(claim["id"]), []).append(field)
    return out


def _with_suggestions(body: str, suggested: dict[str, list[str]]) -> str:
    """``body`` with each claim's suggested relations written as comments at its end: a
    relation discovery reported only as a note (below the confidence a check trusts) is
    offered, not drafted, so that accepting the draft keeps none of them and a reviewer keeps
    one by deleting the ``# `` before it."""
    if not suggested:
        return body
    lines = body.split("\n")
    out: list[str] = []
    pending: list[str] = []
    for line in lines:
        if pending and (not line.startswith(" ") or not line.strip()):
            out += pending
            pending = []
        out.append(line)
        if line.startswith("- id: "):
            offers = suggested.get(line[len("- id: "):].strip())
            if offers:
                pending = [f"  {SUGGESTION_HEAD}"] + [f"  # {field}" for field in offers]
    return "\n".join(out + pending)


class NoFigures(Exception):
    """The article has no figure a claim could record (a claims file needs one claim)."""


def _misfit(claim: dict[str, object]) -> str | None:
    """Why the claims file would refuse this draft claim on its own, or None."""
    from pydantic import ValidationError

    from factcheck.claims.kinds import value_misfit
    from factcheck.claims.model import validate_claim
    from factcheck.claims.values import parse_value
    from factcheck.numbers.grammar import NumberError
    from factcheck.units import UnknownUnitError

    try:
        checked = validate_claim({k: v for k, v in claim.items() if k != "drafted-kind"})
    except ValidationError as exc:
        return str(exc.errors(include_url=False)[0]["msg"])
    try:
        value = parse_value(checked.value, label=checked.kind is ClaimKind.LABEL)
    except (NumberError, UnknownUnitError, ValueError, ArithmeticError) as exc:
        return str(exc)
    misfit = value_misfit(checked.kind, value)
    return None if misfit is None else f"a {checked.kind.value} claim is {misfit}"


def loadable(text: str, claims: list[dict[str, object]],
             waivers: list[dict[str, object]]) -> tuple[list[dict[str, object]],
                                                         list[dict[str, object]]]:
    """The draft's claims with every one the claims file would refuse made a waiver to
    review (a figure with a unit the registry does not know, 3-fold; a kind discovery
    proposed that its value does not fit), and every relation that names such a claim, or
    a claim of a kind the relation cannot name, left out; so that a draft always loads."""
    from factcheck.claims.kinds import TARGET_KINDS

    kept: list[dict[str, object]] = []
    for claim in claims:
        why = _misfit(claim)
        if why is not None and claim.get("kind") != claim.get("drafted-kind"):
            # a kind proposed by relation discovery: fall back to the kind of the figure
            claim["kind"] = claim["drafted-kind"]
            for key in _DISCOVERED:
                claim.pop(key, None)
            why = _misfit(claim)
        if why is not None and any(key in claim for key in _DISCOVERED):
            for key in _DISCOVERED:
                claim.pop(key, None)
            why = _misfit(claim)
        claim.pop("drafted-kind", None)
        if why is None:
            kept.append(claim)
            continue
        waiver: dict[str, object] = {"quote": claim["quote"]}
        if "occurrence" in claim:
            waiver["occurrence"] = claim["occurrence"]
        waiver["reason"] = (f"TODO: factcheck cannot draft a claim for {claim['value']!r} "
                            f"({why}); write one by hand?")
        waivers.append(waiver)
    kinds = {str(c["id"]): ClaimKind(str(c["kind"])) for c in kept}
    for claim in kept:
        for key in _RELATION_KEYS:
            target = claim.get(key)
            if target is None:
                continue
            wanted = TARGET_KINDS.get(key.replace("-", "_"))
            if target not in kinds or (wanted and kinds[str(target)] not in wanted):
                del claim[key]
        components = claim.get("components")
        if isinstance(components, list) and not all(c in kinds for c in components):
            del claim["components"]
        breakdowns = claim.get("breakdowns")
        if isinstance(breakdowns, dict):
            for name, members in list(breakdowns.items()):
                if not all(kinds.get(str(c)) in _PART_KINDS for c in members):
                    del breakdowns[name]
            if not breakdowns:
                del claim["breakdowns"]
    return kept, waivers


_RELATION_KEYS = tuple(key.replace("_", "-") for key in REFERENCE_KEYS)
_DISCOVERED = (*_RELATION_KEYS, "components", "breakdowns", "real", "direction")
_PART_KINDS = frozenset({ClaimKind.AMOUNT, ClaimKind.CHANGE})  # what a breakdown lists
_RELATION_KINDS = {"growth", "multiple", "pp-change", "pp-gap", "share", "structure",
                   "contribution", "contribution-rate", "difference", "change"}


def attach_relations(text: str, at: dict[int, dict[str, object]],
                     language: str) -> list[dict[str, object]]:
    """Draft the relations discovery finds onto the claims of the figures they join, and
    return the relations stated among claims (an order, one quantity printed twice) as the
    claims file's ``relations`` records.

    A relation is drafted only when every claim it names is in the draft; the claims it
    touches are marked for review.
    """
    from factcheck.core.errors import line_index
    from factcheck.discover import CONFIDENT, discover_relations, draft_for_review

    by_position: dict[str, dict[str, object]] = {}
    lines = line_index(text)
    for start, claim in at.items():
        line, col = lines.position(start)
        by_position[f"L{line}C{col}"] = claim
    # only confident relations: a draft should not propose what the checks would not trust;
    # the notes are offered as comments (``_suggest``)
    discovered = discover_relations(text, language or None)
    relations = [r for r in discovered if r.confidence >= CONFIDENT]
    _suggest([r for r in discovered if r.confidence < CONFIDENT], text, by_position, language)
    # the typed claims discovery drafts, as a claims file writes them
    draft = draft_for_review(text, relations, language or None)
    drafted = [claim.model_dump(mode="json", by_alias=True, exclude_unset=True)
               for claim in draft.claims]
    stated: list[dict[str, object]] = []
    for rel in draft.relations:
        members = [by_position.get(str(m)) for m in rel.members]
        if len(members) >= 2 and all(c is not None for c in members):
            record = rel.model_dump(mode="json", by_alias=True, exclude_unset=True)
            record["members"] = [c["id"] for c in members if c is not None]
            stated.append(record)
            for c in members:
                if c is not None:
                    c["note"] = "relations discovered — review"
    for record in drafted:
        found = by_position.get(str(record["id"]))
        if found is None:
            continue
        claim = found
        if claim["kind"] == ClaimKind.CONTRIBUTION.value \
                and record.get("kind") == ClaimKind.PP_CHANGE.value:
            # a figure a word of contribution leads (上拉…增速10.6个百分点) read by discovery as
            # a change of a rate: its relations are those of that other reading
            continue
        added = False
        for key in _RELATION_KEYS:
            target = by_position.get(str(record.get(key)))
            if target is not None and target is not claim:
                claim[key] = target["id"]
                added = True
        for listed in ("from-parts", "whole-of"):
            members = [by_position.get(str(c)) for c in record.get(listed, [])]
            if members and all(c is not None for c in members):
                claim[listed] = [c["id"] for c in members if c is not None]
                added = True
        components = [by_position.get(str(c)) for c in record.get("components", [])]
        if components and all(c is not None for c in components):
            claim["components"] = [c["id"] for c in components if c is not None]
            added = True
        if record.get("real"):
            claim["real"] = True
        if record.get("direction") and added:
            claim["direction"] = record["direction"]
        if added or record.get("kind") in _RELATION_KINDS:
            unsigned = claim["kind"] in ("amount", "rate")  # no word of change read before it
            if record.get("kind") in _RELATION_KINDS:
                claim["kind"] = record["kind"]
                # the relation read a decline the words before the figure did not show
                # (decreased $296.1 billion or 17.6%): its sign is the claim's
                if unsigned and _negative(str(record.get("value", ""))) \
                        and not _negative(str(claim["value"])):
                    claim["value"] = _signed("-", str(claim["value"]))
            claim["note"] = "relations discovered — review"
    _partitions_as_breakdowns(relations, by_position, lines)
    return stated


def _partitions_as_breakdowns(relations: Sequence[Relation],
                              by_position: dict[str, dict[str, object]], lines: LineIndex) -> None:
    """A total whose parts discovery read as exhausting it (第一产业…第二产业…第三产业 of 生产总值,
    exports and imports of trade) holds them as one ``breakdowns`` list, as a claims file
    writes a partition, not a ``part-of`` on each part: one field to read, and the check adds
    them all up against the total."""
    from factcheck.discover.relation import RelationKind, Role

    def claim_of(fig: Operand) -> dict[str, object] | None:
        line, col = lines.position(fig.start)
        return by_position.get(f"L{line}C{col}")

    for rel in relations:
        if rel.kind is not RelationKind.PARTITION:
            continue
        total_fig = rel.get(Role.TOTAL)
        total = claim_of(total_fig) if total_fig is not None else None
        parts = [claim_of(f) for f in rel.all(Role.PART)]
        if total is None or len(parts) < 2 or any(
                p is None or p.get("part-of") != total["id"] for p in parts):
            continue  # a part left out, or drafted as a part of another total
        if ClaimKind(str(total["kind"])) not in _PART_KINDS:
            continue
        breakdowns = total.setdefault("breakdowns", {})
        assert isinstance(breakdowns, dict)
        name = f"parts-{len(breakdowns) + 1}" if breakdowns else "parts"
        breakdowns[name] = [p["id"] for p in parts if p is not None]
        for p in parts:
            if p is not None:
                del p["part-of"]
        total["note"] = "relations discovered — review"


def _suggest(notes: list[Relation], text: str, by_position: dict[str, dict[str, object]],
             language: str) -> None:
    """Record under ``_SUGGESTED`` on each claim the relation fields that discovery's notes
    would draft onto it: one the claim does not hold already, naming claims of the draft, on
    a claim of the kind the note reads it as (a field a changed kind would need is not
    offered: deleting a ``#`` could not make it)."""
    from factcheck.discover import draft_for_review

    if not notes:
        return
    for record in draft_for_review(text, notes, language or None).claims:
        fields = record.model_dump(mode="json", by_alias=True, exclude_unset=True)
        claim = by_position.get(str(fields["id"]))
        if claim is None or fields.get("kind", "amount") != claim["kind"]:
            continue
        offers: list[tuple[str, list[str]]] = []
        for key in _RELATION_KEYS:
            target = by_position.get(str(fields.get(key)))
            if target is not None and target is not claim and key not in claim:
                offers.append((f"{key}: {target['id']}", [str(target["id"])]))
        for listed in ("from-parts", "whole-of", "components"):
            members = [by_position.get(str(c)) for c in fields.get(listed, [])]
            if members and all(c is not None for c in members) and listed not in claim:
                ids = [str(c["id"]) for c in members if c is not None]
                offers.append((f"{listed}: [{', '.join(ids)}]", ids))
        if offers:
            previous = claim.setdefault(_SUGGESTED, [])
            assert isinstance(previous, list)
            previous += [o for o in offers if o not in previous]


def _members(record: dict[str, object]) -> list[object]:
    members = record.get("members")
    return list(members) if isinstance(members, list) else []


def _declines(before: str) -> bool:
    """The words before a change say it is a fall: 下降, 年減, fell by, 降幅扩大 (a decline that
    widened); 降幅收窄, a decline that narrowed, is a rise of the rate, and so is a bare 收窄
    after it in the sentence (降幅继续收窄，相比1~5月份收窄0.1个百分点)."""
    clause = re.split(r"[，,。；;]", before)[-1]
    if _NARROWED.search(clause):
        return False
    if _NARROWED_WORD.search(clause) and _NARROWED.search(re.split(r"[。；;]", before)[-1]):
        return False
    return bool(_WIDENED.search(clause) or _DECLINE.search(before))


def _below_by(text: str, start: int) -> bool:
    """低于全市增速14.9个百分点, 下拉增速1.2个百分点: a word that puts the subject below, then
    no word of change before the points but the nouns of a rate (增速, 增加值)."""
    below = _BELOW_BY.search(fold(text[max(0, start - 40):start]))
    return below is not None and not _CHANGE_CUE.search(_RATE_NOUNS.sub("", below.group("rest")))


def _same_kind_of_rate(text: str, prior: Mention, m: Mention) -> bool:
    """In one sentence after a rate ``prior``, ``m`` is its earlier value (slowing from 0.6
    percent) or a parallel one led by the same word (by 2.2% in the euro area and by 2.1%)."""
    between = text[prior.end:m.start]
    if len(between) > 60 or _SENTENCE_END.search(between):
        return False
    if _PRIOR_LEAD.search(between):
        return True
    return _parallel(text, prior, m)


def _continues(text: str, prior: Mention, m: Mention) -> str | None:
    """``m`` goes on from the rate ``prior`` as another item of its list: the next in an
    order (中美贸易增速最高,达69.6%;中欧次之,达39.8%; 連江縣2.72%,其次為新竹縣0.84%; "followed
    by"), a rate compared with it (優於南韓的27.6%, 低于…), or the next name with its rate in
    brackets (China (65.1 per cent), the EU 28 (28.7 per cent) and Taiwan (54 per cent)).
    ``"item"``: another item of the same list, which takes the sign of the first (declines in
    A (5%) and B (3%)); ``"compared"``: a rate compared with it, its value as printed; None:
    neither."""
    between = fold(text[prior.end:m.start])
    if len(between) > 40:
        return None
    if _LEVEL_RATE.search(between) or _SHARE.search(between):
        return None  # a rate of a level or a share named between: another kind of item
    if _BRACKET_ITEM.match(between) and _BRACKETED.search(text, max(0, prior.start - 2),
                                                          prior.start):
        return "item"  # a name may hold digits: the EU 28 (28.7 per cent)
    if re.search(r"[\d%]", _YEARS.sub("", between)):
        return None  # another figure between: not the next item
    if _ORDER.search(between):
        return "item"
    if _SENTENCE_END.search(between) is None and _COMPARED.search(between):
        return "compared"
    return None


def _parallel(text: str, prior: Mention, m: Mention) -> bool:
    """In one sentence after ``prior``, ``m`` is led by the same word (rose by 2.2% in the euro
    area and by 2.1% in the EU; increased by 167 000 in the EU27 and by 162 000 in the euro
    area)."""
    between = text[prior.end:m.start]
    if len(between) > 60 or _SENTENCE_END.search(between):
        return False
    lead, first = _LEAD.search(between), _LEAD.search(text[max(0, prior.start - 30):prior.start])
    return lead is not None and first is not None \
        and lead.group(0).strip().lower() == first.group(0).strip().lower()


def _kind_and_value(text: str, m: Mention, published: dt.date) -> tuple[ClaimKind, str]:
    """The kind of claim a figure is and its value as the claims grammar reads it (a decline
    signed), from the figure's kind and the words around it."""
    kind, value = _kind_and_value_by_words(text, m, published)
    if kind is ClaimKind.PP_CHANGE and _contribution(text, m.start, _CONTRIBUTION_POINTS):
        return ClaimKind.CONTRIBUTION, value  # 下拉…增速1.2个百分点 keeps its minus
    if m.kind is Kind.PERCENT and _contribution(text, m.start, _CONTRIBUTION_PERCENT,
                                                verb_between=False):
        return ClaimKind.CONTRIBUTION, _figure(m)
    if kind is ClaimKind.AMOUNT and m.kind is Kind.AMOUNT and m.canonical == _PER_MILLE:
        # 粗出生率为千分之6.62, a rate of 4.15‰: a rate per mille, not an amount
        return ClaimKind.RATE, value
    return kind, value


def _contribution(text: str, start: int, cue: re.Pattern[str], *,
                  verb_between: bool = True) -> bool:
    """The clause that ends at ``start`` names a contribution (``cue``) and not the rate of one
    (贡献率, "contribution rate"); without ``verb_between``, no word of rise or fall and no
    figure but percents listed before it stands between the word and the figure (the
    contribution of exports rose 5%: a growth; a contribution of 5.3 percentage points to the
    inflation rate of 16.6 per cent: the rate it contributes to)."""
    clause = _CLAUSE_BREAK.split(fold(text[max(0, start - 80):start]))[-1]
    found = list(cue.finditer(clause))
    if not found:
        return False
    last = found[-1]
    rate = _CONTRIBUTION_RATE.match(clause, last.start())
    if rate is not None or _CONTRIBUTION_CAUSE.search(clause[:last.start()]):
        return False  # 贡献率: the rate of one; 受…影响: a cause
    between = clause[last.end():]
    return verb_between or (_CHANGE_VERB.search(between) is None
                            and not re.search(r"\d", _LISTED_PERCENTS.sub("", between)))


def _kind_and_value_by_words(text: str, m: Mention, published: dt.date) -> tuple[ClaimKind, str]:
    before = fold(text[max(0, m.start - 48):m.start])  # a list after its verb reaches back
    after = text[m.end:m.end + 20]
    digits = stands_for(text, m.end) if m.kind is Kind.PERCENT else None
    if digits is not None:
        # 两位数增长 is growth of 10 % or more; 两位数下降 a fall of 10 % or more
        return ClaimKind.GROWTH, digits
    if m.kind is Kind.PERCENT:
        if _GROWTH.search(before):
            sign = "-" if _declines(before) else ""
            return ClaimKind.GROWTH, _signed(sign, _figure(m))
        if _SIZE_OF_DECLINE.search(before):
            return ClaimKind.GROWTH, _signed("-", _figure(m))
        if _AFTER_FALL.match(after):
            return ClaimKind.GROWTH, _signed("-", _figure(m))
        joined = _JOINED_AFTER_FIGURE.search(text, max(0, m.start - 40), m.start)
        named = _CHANGE_NOUN_OF.search(text, max(0, joined.start() - 80), joined.start()) \
            if joined is not None else None
        if named is not None:
            sign = "-" if _FALLING.search(named.group("noun")) else ""
            return ClaimKind.GROWTH, _signed(sign, _figure(m))
        gapped = _GAPPED.search(text, max(0, m.start - 240), m.start) \
            or _GAP_BY.search(text, max(0, m.start - 80), m.start)
        if gapped is not None:
            sign = "-" if gapped.group("verb").lower() in _DECLINE_WORDS else ""
            return ClaimKind.GROWTH, _signed(sign, _figure(m))
        if _AFTER_RISE.match(after):
            return ClaimKind.GROWTH, _figure(m)
        if _AMOUNT_LOWER.match(after) or _NOUN_LOWER.match(after):
            # 3% lower than, 0.4% below its level, 0.08 per cent rate lower than
            return ClaimKind.GROWTH, _signed("-", _figure(m))
        if _AMOUNT_HIGHER.match(after) or _NOUN_HIGHER.match(after):
            # 6.7% higher than, spent 0.9 per cent more on goods, 22% above the average: the
            # size of a rise over what it is compared with
            return ClaimKind.GROWTH, _figure(m)
        if reduced_by(fold(text[max(0, m.start - 120):m.start])):
            # lowering the rate by 2%: the size of a fall
            return ClaimKind.GROWTH, _signed("-", _figure(m))
        if _SIGNED.match(m.text):
            return ClaimKind.GROWTH, _figure(m)
        if _SHARE.search(_CLAUSE_BREAK.split(text[max(0, m.start - 24):m.start])[-1]):
            return ClaimKind.SHARE, _figure(m)
        if _bracketed_change(text, m.start):
            # a word of change may be a comparison (lower than headline inflation were X
            # (5.5%)): the figure keeps the sign it prints
            return ClaimKind.GROWTH, _figure(m)
        if _GROWTH_NOUN.search(_CLAUSE_BREAK.split(before)[-1]) \
                or _GROWTH_NOUN_AFTER.match(fold(after)) or _COMPARED_AFTER.match(after) \
                or _named_before(text, m.start):
            # a rate of change stated as a level (inflation rose to 5.3%): its value as printed
            return ClaimKind.GROWTH, _figure(m)
        return ClaimKind.RATE, _figure(m)
    if m.kind is Kind.MULTIPLE and (
            ((_GROWTH.search(before) or _CHANGE_AMOUNT.search(before)) and not _declines(before))
            or _AFTER_RISE.match(after)
            or _GROWTH_NOUN_AFTER.match(fold(_LISTED_AFTER.sub("", after)))):
        # 增长2.4倍, 增加近3倍至712.5億元, 分别有3倍及2.4倍的同比增幅, a seven-fold increase: a
        # rise by a multiple is a growth, which the grammar reads in 倍; a multiple with no word
        # of rise next to it (是上年的3倍) is not
        return ClaimKind.GROWTH, _figure(m)
    if m.kind is Kind.YEAR:
        if m.canonical == "decade":
            return ClaimKind.YEAR, f"{_digits(m.text)} 年代"
        future = m.value is not None and m.value > published.year
        return (ClaimKind.TARGET if future else ClaimKind.YEAR), str(m.value)
    if m.kind is Kind.DATE:
        return ClaimKind.LABEL, m.text
    if m.kind is Kind.ORDINAL:
        return ClaimKind.RANK, str(m.value)
    if m.kind is Kind.PERCENTAGE_POINT and _GROWTH.search(before) and _declines(before):
        return _KIND[m.kind], _signed("-", _figure(m))
    if m.kind is Kind.PERCENTAGE_POINT and reduced_by(fold(text[max(0, m.start - 120):m.start])):
        # the bank cut its policy rate by 0.5 percentage points
        return _KIND[m.kind], _signed("-", _figure(m))
    if m.kind is Kind.PERCENTAGE_POINT and _below_by(text, m.start):
        return _KIND[m.kind], _signed("-", _figure(m))
    if m.kind is Kind.PERCENTAGE_POINT and (_AMOUNT_LOWER.match(after) or _AFTER_FALL.match(after)):
        # 1.5 percentage points lower than in April, a 0.3 percentage point decline
        return _KIND[m.kind], _signed("-", _figure(m))
    if m.kind is Kind.AMOUNT and not _SIGNED.match(m.text) and _PASSIVE_FALL.match(text, m.end):
        return ClaimKind.CHANGE, _signed("-", _figure(m))  # 1.2 million were cut
    if m.kind is Kind.AMOUNT and m.qualifier.value == "exact":
        change = _amount_change(text, m)
        if change is not None:
            return ClaimKind.CHANGE, _signed(change, _figure(m))
        named = _CHANGE_NOUN_OF.search(text[max(0, m.start - 80):m.start])
        if named is not None:
            sign = "-" if _FALLING.search(named.group("noun")) else ""
            return ClaimKind.CHANGE, _signed(sign, _figure(m))
        if _AMOUNT_LOWER.match(after) or _NOUN_LOWER.match(after):
            return ClaimKind.CHANGE, _signed("-", _figure(m))
        if _AMOUNT_HIGHER.match(after) or _NOUN_HIGHER.match(after):
            return ClaimKind.CHANGE, _figure(m)
        bracketed = _NOUN_IN_BRACKETS.search(text, max(0, m.start - 120), m.start)
        if bracketed is not None and not _STOP_IN.search(bracketed.group(0)):
            sign = "-" if bracketed.group("noun").lower() in _DECLINE_NOUNS else ""
            return ClaimKind.CHANGE, _signed(sign, _figure(m))
        cue = _CHANGE_AMOUNT.search(before)
        if cue is not None:
            sign = "-" if _FALLING.search(cue.group(0)) or _WIDENED.search(cue.group(0)) else ""
            return ClaimKind.CHANGE, _signed(sign, _figure(m))
    if m.kind is Kind.AMOUNT and not _SIGNED.match(m.text):
        compared = text[m.end:m.end + 60]
        bracket = _RATE_IN_BRACKETS.match(compared)
        compared = compared[bracket.end():] if bracket is not None else compared
        if _AMOUNT_FALL_AFTER.match(compared) or (
                (bracket is not None or m.qualifier.value != "exact")
                and (_AMOUNT_LOWER.match(compared) or _NOUN_LOWER.match(compared))):
            return ClaimKind.CHANGE, _signed("-", _figure(m))
        if _AMOUNT_RISE_AFTER.match(compared) or (
                (bracket is not None or m.qualifier.value != "exact")
                and (_AMOUNT_HIGHER.match(compared) or _NOUN_HIGHER.match(compared))):
            return ClaimKind.CHANGE, _figure(m)
    if m.kind is Kind.AMOUNT and reduced_by(fold(text[max(0, m.start - 120):m.start])):
        # reducing outlays in January by some $70 billion: the size of a fall
        return ClaimKind.CHANGE, _signed("-", _figure(m))
    if m.kind is Kind.AMOUNT and m.qualifier.value != "exact" and not _SIGNED.match(m.text):
        cue = _CHANGE_AMOUNT.search(before)
        if cue is not None:
            # 增加約9,300人, rose by about 5,000: a change however it is qualified
            sign = "-" if _FALLING.search(cue.group(0)) or _WIDENED.search(cue.group(0)) else ""
            return ClaimKind.CHANGE, _signed(sign, _figure(m))
    prior = _IN_BRACKETS_AFTER.search(before) if m.kind is Kind.AMOUNT else None
    if prior is not None and _DECLINE.search(before[:prior.start()]) \
            and _declines(before[:prior.start()]):
        # 减少97.5万公顷(1462万亩): the same fall in another unit, right after it in brackets
        return ClaimKind.CHANGE, _signed("-", _figure(m))
    if prior is not None and _CHANGE_AMOUNT.search(before[:prior.start()]):
        # 增产474.8万吨(94.9亿斤): the same rise in another unit
        return ClaimKind.CHANGE, _figure(m)
    if m.kind is Kind.AMOUNT and _DECLINE.search(before) and _declines(before):
        # fell by 216,000, 减少2千人: a decline of an amount is a negative change
        return ClaimKind.CHANGE, _signed("-", _figure(m))
    return _KIND[m.kind], _figure(m)


def _sentence_before(text: str, start: int) -> str:
    head = text[max(0, start - 240):start]
    ends = list(_SENTENCE_END.finditer(head))
    return head[ends[-1].end():] if ends else head


def _named_before(text: str, start: int) -> bool:
    """The sentence names a rate of change as its subject and no other figure or break
    stands between (Consumer price inflation in the country, based on the index, eased to
    4.35 per cent; growth rates of 4.4 percent, 1.5 percent and 3.1 percent): the figure is
    that rate, though a clause lies between. Years and the figures of a list ending at this
    one do not part them."""
    head = _sentence_before(text, start)
    nouns = list(_GROWTH_NOUN.finditer(head))
    if not nouns:
        return False
    between = _LISTED_BEFORE.sub("", _YEARS.sub("", head[nouns[-1].end():]))
    # the noun's own plural or 'rate' (growth rates of) is no other rate
    after_noun = _LEVEL_RATE_FIRST.sub("", between, count=1)
    if _BREAK_WORD.search(between) or _SHARE.search(between) or _LEVEL_RATE.search(after_noun):
        return False
    # other rates of the same noun may stand between (the highest growth rate of 16.7
    # percent, followed by Agriculture 8.4 percent): no other figure may
    return not re.search(r"\d", _PERCENTS.sub("", between))


def _bracketed_change(text: str, start: int) -> bool:
    """A percent in brackets after a name, in a sentence that states a change and no share
    (The increase was largely due to ICs (25.8 per cent); the following components
    increased: other food (1.6%), fish (0.1%)): the name's own change. None where the
    sentence speaks of the level of a rate (the unemployment rates decreased for adult
    women (3.5 percent))."""
    if not re.search(r"[(（]\s*$", text[max(0, start - 2):start]):
        return False
    name = re.sub(r"[(（][^()（）]*[)）]", "", text[max(0, start - 80):start - 1])[-28:]
    if re.search(r"\d", name):
        return False  # declined by $3 billion (18%): the amount's change again, as a rate
    head = _sentence_before(text, start)
    return not (_SHARE.search(head) or _LEVEL_RATE.search(_GROWTH_NOUN.sub(" ", head))) \
        and _CHANGE_WORD.search(head) is not None


def _amount_change(text: str, m: Mention) -> str | None:
    """The sign an amount that is a change takes from the words just before it ("" when it
    prints its own), or None when nothing says it is a change: a plus printed before it
    (revised to +243,000), a minus on a count with no currency (-140,000; a minus on money
    may be a balance's); a noun of change and its 'of'
    (a payroll gain of 248,000, a decline of 2,100); the same change as a rate before it,
    joined by 'or' (increased by 3.4 per cent or 43,300)."""
    if m.text.startswith("+") or (m.text[:1] in "-−" and m.unit is None
                                  and re.fullmatch(r"[-−][\d,.]+", m.text)):
        return ""  # the printed sign is the figure's own
    noun = _NOUN_OF.search(text, max(0, m.start - 40), m.start)
    if noun is not None:
        return "-" if noun.group("noun").lower() in _DECLINE_NOUNS else ""
    joined = _RATE_OR.search(text, max(0, m.start - 40), m.start)
    if joined is not None:
        verb = _GROWTH.search(fold(text[max(0, joined.start() - 48):joined.start()]))
        if verb is not None:
            return "-" if _declines(verb.group(0)) else ""
    return None


def _negative(value: str) -> bool:
    return bool(re.match(r"^[^\d\s.+-]*-", value))


def _signed(sign: str, value: str) -> str:
    """``value`` made negative: before a currency sign (-$48.3 billion, read as $-48.3
    billion), after a qualifier (约-6%, less than -$0.1 billion); the first that reads. A
    range of declines runs from the larger fall (下降1.5%至4.8% is -4.8%至-1.5%)."""
    if not sign:
        return value
    if _reads_negative(value):
        return value  # 下降-2%, negative growth of (-) 16.3 percent: the minus says it again
    if _is_range(value):
        parts = range_parts(value)
        assert parts is not None
        (a, b), (c, d) = parts
        lo, hi = value[a:b], value[c:d]
        number = re.match(r"^[^\d]*[\d.,]+", hi)
        if lo[-1:].isdigit() and number is not None:
            lo += hi[number.end():]  # the lower end takes the upper end's unit
        flipped = f"{value[:a]}{_signed(sign, hi)}{value[b:c]}{_signed(sign, lo)}"
        if _is_range(flipped):
            return flipped
    lead = re.match(r"^[^\d\s.+-]+(?=\d)", value)
    first = lead.group(0) + sign + value[lead.end():] if lead else sign + value
    candidates = [first, sign + value] + [
        value[:i].rstrip() + (" " if value[:i].endswith(" ") else "") + sign + value[i:]
        for i in range(1, min(len(value), 12))
        if not value[i - 1].isdigit() and not value[i].isspace()]  # the sign joins the figure
    for candidate in candidates:
        if _reads_negative(candidate):
            return candidate
    return first


def _reads_negative(value: str) -> bool:
    try:
        return read_figure(value).value < 0
    except NumberError:
        return False


def _is_range(value: str) -> bool:
    """Whether a claims value reads as a range (540到560亿 美元, between 2% and 3%)."""
    from factcheck.claims.values import Range, parse_value

    try:
        return isinstance(parse_value(value), Range)
    except (NumberError, ValueError):
        return False


def _readable(value: str, m: Mention) -> str:
    """``value`` as the claims grammar reads it; a print it cannot read (-近百, seven minutes,
    约-百分之八点八) is written in digits from the extractor's value, with its sign, qualifier
    word and unit."""
    try:
        read_figure(value)
        return value
    except NumberError:
        pass
    if m.qualifier is Qualifier.RANGE and _is_range(value):
        return value
    if m.value is None:
        return value
    number = Fraction(m.value)
    negative = value.lstrip().startswith("-") or "-" in value[:6]
    digits = _decimal(abs(number))
    unit = "%" if m.kind is Kind.PERCENT else "" if m.unit is None else (
        " pp" if m.kind is Kind.PERCENTAGE_POINT else f" {m.unit}")
    qualifier = re.match(r"^-?([^\d\s-]{1,2}?)(?=[\d零〇一二两三四五六七八九十百千万])",
                         value.lstrip("-"))
    word = qualifier.group(1) if qualifier and not qualifier.group(1).isascii() else ""
    for candidate in (f"{word}{'-' if negative else ''}{digits}{unit}",
                      f"{'-' if negative else ''}{digits}{unit}"):
        try:
            read_figure(candidate)
            return candidate
        except NumberError:
            continue
    return value


def _decimal(number: Fraction) -> str:
    for places in range(0, 7):
        scaled = number * 10 ** places
        if scaled.denominator == 1:
            whole = str(scaled.numerator)
            if places == 0:
                return whole
            whole = whole.rjust(places + 1, "0")
            return f"{whole[:-places]}.{whole[-places:]}"
    return str(float(number))


def _digits(s: str) -> str:
    found = re.search(r"\d+", s)
    return found.group(0) if found else s


def _figure(m: Mention) -> str:
    """The value as the claims grammar reads it: the print, with the unit as a registry word."""
    body = unbroken(m.text)  # 0.3 percentage⏎points: one line
    minus = _WORD_MINUS.match(body)
    if minus is not None and m.value is not None and m.value < 0:
        body = "-" + body[minus.end():]  # (-) 11.6 percent, minus 6.2%: the claims grammar's minus
    for marker in _MARKERS:
        if body.startswith(marker) and m.kind in (Kind.RATE, Kind.DURATION, Kind.ORDINAL):
            body = body[len(marker):]
            break
    post = ""
    for tail in POSTS:
        if body.endswith(tail):
            body, post = body[: -len(tail)], tail
            break
    unit = m.unit
    if unit and body.endswith(unit) and unit not in ("%",):
        body = body[: -len(unit)].rstrip()
        if m.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT) and body.endswith("-"):
            body = body[:-1]  # a 52.6-percent increase: the adjective's hyphen
        word: str | None = unit if unit in canonical_names() and " " not in unit \
            else m.canonical
        if m.canonical is None:
            word = None
        if m.canonical == "percentage_point" and (word in _PP_WORDS or word == m.canonical):
            word = "pp"  # 0.5 percentage points: the registry's name would read as an amount
        elif word == "basis_point":
            word = "bp"  # 25 basis points: the registry's name, written as the grammar reads it
        if word and m.kind is Kind.MULTIPLE:
            word = word.lstrip("-")  # 2.5-fold: 2.5 fold
            body = body.rstrip("-‐–")  # seven-fold: the hyphen is no minus of seven
        return f"{body} {word}{post}" if word else f"{body}{post}"
    if unit and unit.startswith(tuple(lexicon.table("currencies"))):
        return body
    # a figure that shares the unit printed after the next one (+2.1 and +2.0 percentage
    # points, 增长8.5、6.3%): its value carries that unit
    if m.kind is Kind.PERCENTAGE_POINT:
        return f"{body.lstrip('+')} pp{post}"
    if m.kind is Kind.PERCENT and body[-1:].isdigit():
        return f"{body.lstrip('+')}%{post}"
    return body + post


def _subjects(text: str, language: str) -> Callable[[int], str]:
    """What the figure at an offset measures, as discovery reads its clause."""
    from factcheck.discover.context import Prose, subject_of
    from factcheck.discover.figures import find_figures
    from factcheck.languages import LANGUAGES
    from factcheck.languages.detect import detect_language

    lang = language if language in LANGUAGES else detect_language(text)
    art = Prose(text, find_figures(text, lang), lang)
    return lambda start: subject_of(art, start)


def _claim(text: str, group: Sequence[Mention], kind: ClaimKind, value: str,
           counts: dict[str, int], measures: Callable[[int], str]) -> dict[str, object]:
    counts[kind.value] = counts.get(kind.value, 0) + 1
    start, end = group[0].start, group[-1].end
    if value.startswith("-"):
        before = fold(text[max(0, start - 24):start])
        # the quote takes in a decline word only up to a control or bidirectional character:
        # the claims file refuses a quote holding one (下跌\r0.4%)
        after = max((c.end() for c in QUOTE_FORBIDDEN.finditer(before)), default=0)
        decline = _DECLINE.search(before, after) or _WIDENED.search(before, after)
        if decline:
            start -= len(before) - decline.start()
    claim: dict[str, object] = {
        "id": f"{kind.value}-{counts[kind.value]}",
        "quote": (start, end),  # the span; _place_quotes writes the quote
    }
    claim["value"] = value
    claim["kind"] = kind.value
    claim["drafted-kind"] = kind.value  # loadable() falls back to it; never written
    subject = measures(group[0].start)
    # a guess from the clause, marked for review like the discovered relations (FC106)
    claim["measures"] = f"{subject} — review" if subject else "TODO: what is measured"
    return claim


def _place_quotes(text: str, records: list[dict[str, object]]) -> None:
    """Replace each record's ``quote`` span by its unique quote (and occurrence), keeping
    the key order: quote, then occurrence."""
    spans = [r["quote"] for r in records]
    found = unique_quotes(text, [span for span in spans if isinstance(span, tuple)])
    for record, (quote, occurrence) in zip(records, found, strict=True):
        items = list(record.items())
        record.clear()
        for key, item in items:
            record[key] = quote if key == "quote" else item
            if key == "quote" and occurrence > 1:
                record["occurrence"] = occurrence


MAX_GROWTH = 8  # clauses added to a repeated quote before it takes an occurrence number


def unique_quote(text: str, start: int, end: int) -> tuple[str, int]:
    """The shortest run of whole clauses around [start, end) that occurs once in ``text``.

    Falls back, after the whole line or ``MAX_GROWTH`` clauses, to the quote with its
    occurrence number.
    """
    return unique_quotes(text, [(start, end)])[0]


def unique_quotes(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, int]]:
    """``unique_quote`` for many spans at once: each round grows every quote still
    repeated by one clause and counts all of them in one pass of the text (a count of the
    whole text per quote and per step made a draft quadratic, or worse, in its figures).
    """
    bounds = [(_clause_left(text, s), _clause_right(text, e)) for s, e in spans]
    out: list[tuple[str, int] | None] = [None] * len(spans)
    pending = list(range(len(spans)))
    for step in range(MAX_GROWTH + 1):
        quotes = {i: text[bounds[i][0]:bounds[i][1]].strip() for i in pending}
        index = QuoteIndex(text, quotes.values())
        still = []
        for i in pending:
            left, right = bounds[i]
            hits = index.occurrences(quotes[i])
            if len(hits) <= 1:
                out[i] = (quotes[i], 1)
                continue
            grown = _grow(text, left, right)
            if grown == (left, right) or step == MAX_GROWTH:
                first = left + (len(text[left:right]) - len(text[left:right].lstrip()))
                out[i] = (quotes[i], 1 + bisect_left(hits, first))
                continue
            bounds[i] = grown
            still.append(i)
        pending = still
        if not pending:
            break
    return [q if q is not None else ("", 1) for q in out]


def _grow(text: str, left: int, right: int) -> tuple[int, int]:
    """One more clause, on the side that adds less text (the left on a tie)."""
    # a quote stays on its line, and never takes in a character the claims file refuses
    new_left = _clause_left(text, left - 1) if left > 0 and text[left - 1] not in _WALLS \
        else left
    new_right = _clause_right(text, right + 1) if right < len(text) and \
        text[right] not in _WALLS else right
    if new_left != left and (new_right == right or left - new_left <= new_right - right):
        return new_left, right
    return left, new_right


def _stop(text: str, i: int) -> bool:
    """A clause ends at ``text[i]``; a comma inside a number (40,000) does not end one."""
    ch = text[i]
    if ch not in _CLAUSE_STOPS:
        # a control or bidirectional character ends a quote: the claims file refuses one
        return ch in _FORBIDDEN
    return not (ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit()
                and text[i + 1].isdigit())


def _clause_left(text: str, i: int) -> int:
    while i > 0 and not _stop(text, i - 1):
        i -= 1
    return max(i, 0)


def _clause_right(text: str, i: int) -> int:
    while i < len(text) and not _stop(text, i):
        i += 1
    return i
