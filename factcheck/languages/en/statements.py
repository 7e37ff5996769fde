"""Cue-word rules for English statistical prose: "up X% from", "of which", "respectively",
"accounted for", "percentage points higher than", "in total", "structure of a:b:c"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction

from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval
from factcheck.discover.context import (
    NEAR,
    Prose,
    dimension,
    name_key,
    negated,
    printed_again,
    quoted_from,
    subject_of,
    with_unit,
)
from factcheck.discover.relation import Cue, Operand, Relation, RelationKind, Role, share
from factcheck.languages import lexicon

_RISE = lexicon.alternation(lexicon.words("rise", "en"))
_FALL = lexicon.alternation(lexicon.words("decline", "en"))
_ABOVE_BELOW = lexicon.alternation(lexicon.words("above", "en") + lexicon.words("below", "en"))
# "expanded at a more moderate pace of 2.6 percent": the pace is the rate of the rise
_AT_PACE = (r"\s+at\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?"
            rf"(?:{lexicon.alternation(lexicon.words('pace_nouns', 'en'))})\s+of")
_GROWTH_CUE = re.compile(rf"(?P<cue>\b(?:{_RISE}|{_FALL}))(?:\s+by|{_AT_PACE})?\s*$", re.I)
_INCREASE_CUE = re.compile(
    rf"(?P<cue>\b(?:{_RISE}|{_FALL}|{lexicon.alternation(lexicon.words('increase', 'en'))}))"
    r"(?:\s+by)?\s*$", re.I)
_PP_CHANGE_CUE = re.compile(rf"(?P<cue>\b(?:{_RISE}|{_FALL}))(?:\s+by)?\s*$", re.I)
_PP_GAP_AFTER = re.compile(rf"^\s*(?P<cue>{_ABOVE_BELOW})\s+(?P<other>[^,.;()]{{1,40}}?)"
                           r"(?=\s*(?:[,.;(]|$|\d))", re.I)
_SHARE_CUE = re.compile(r"(?P<cue>\baccount(?:ed|s|ing)? for|\bmade up|\bmake up|\ba share of)\s*$",
                        re.I)
_SHARE_WHOLE = re.compile(r"^\s*of\s+(?P<whole>[^,.;]{1,50}?)(?=\s*(?:[,.;]|$))", re.I)
_OF_WHICH = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('parts_follow', 'en'))})\b", re.I)
_TOTAL_CUE = re.compile(r"(?P<cue>\ba total of|\btotalling|\btotaling|\bin total|\bcombined|"
                        r"\btogether|\btotal(?:led|ed)?)\s*$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_STRUCTURE = re.compile(r"(?P<cue>\bstructure\s+(?:was|of|stood at|is))\s*"
                        r"(?P<ratio>\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+)", re.I)
_OTHER_PERIOD = re.compile(r"(?:in|on|at|during)\s|(?:the\s+)?(?:previous|prior|last|a year)", re.I)
_REAL = re.compile(r"value added|\bGDP\b|gross domestic product|in real terms|price-adjusted", re.I)
_DECLINE = re.compile(rf"\b(?:{_FALL}|{lexicon.alternation(lexicon.words('below', 'en'))})", re.I)


def structures(art: Prose) -> list[Relation]:
    """Ratio structures, read before the templates (their figures are no one's operands)."""
    return list(_structures(art))


def before_common(art: Prose, found: list[Relation]) -> list[Relation]:
    """The English rules that run before the rules common to every language."""
    out = list(found)
    out += list(_respectively(art))
    out += list(_growth(art, out))
    out += list(_of_which(art))
    out += list(_totals(art))
    out += list(_shares(art))
    out += list(_pp(art))
    return out


def after_common(art: Prose, found: list[Relation]) -> list[Relation]:
    """The English rules that read what the others found: balances and their flows, the
    parts of complements, enumerations, a quantity printed twice."""
    out = _balance_flows(art, found)
    out = _balance_changes(art, out)
    out = _balance_parts(art, out)
    out = _complement_lists(art, out)
    out += _complement_breakdowns(art, out)
    out += _enumerations(art)
    out += _share_lists(art, out)
    out += _rates_within(art, out)
    out += _same_figures(art)
    out += _headline_restated(art, out)
    return out


def _cue(art: Prose, start: int, end: int) -> Cue:
    return Cue(art.text[start:end], start, end)


def _structures(art: Prose) -> Iterator[Relation]:
    for m in _STRUCTURE.finditer(art.text):
        start, end = m.span("ratio")
        for f in art.in_range(start, end):
            art.consumed.add(f.key)
        ratio = re.sub(r"\s+", "", m.group("ratio"))
        yield Relation(RelationKind.STRUCTURE, (), (_cue(art, m.start("cue"), m.end("cue")),), 0.9,
                       structure_text=ratio, structure_span=(m.start("cue"), end),
                       why=N_("a structure lists the shares of a partition"))
    art.figures = [f for f in art.figures if f.key not in art.consumed]


def _respectively(art: Prose) -> Iterator[Relation]:
    """Output and sales were 5 and 3 billion yuan, up 4.0% and 2.1% respectively."""
    for m in _RESPECTIVELY.finditer(art.text):
        s = art.sentence_of(m.start())
        clause_from = max(art.text.rfind(",", s.start, m.start()), s.start)
        listed = [f for f in art.in_range(clause_from, m.start()) if not f.is_amount]
        if len(listed) < 2:
            continue
        unit = listed[-1].reading.unit
        listed = [with_unit(f, unit) if unit and f.reading.unit is None else f for f in listed]
        verb = re.search(rf"\b({_RISE}|{_FALL})\b", art.text[clause_from:listed[0].start], re.I)
        if verb is None or not listed[0].is_percent:
            continue
        rates = [negated(f, f.start) if _DECLINE.match(verb.group(1)) else f for f in listed]
        amounts = [f for f in art.in_range(s.start, clause_from) if f.is_amount]
        pair = amounts[-len(rates):] if len(amounts) >= len(rates) else []
        for f in rates:
            art.consumed.add(f.key)
        for i, rate in enumerate(rates):
            roles: tuple[tuple[Role, Operand], ...] = ((Role.RATE, rate),)
            if pair:
                roles += ((Role.CURRENT, pair[i]),)
            yield Relation(RelationKind.GROWTH, roles, (_cue(art, m.start(), m.end()),),
                           0.85 if pair else 0.9,
                           real=bool(_REAL.search(art.text[s.start:rate.start])),
                           why=N_("respectively pairs the listed rates with the listed amounts"))


def _prefix(art: Prose, fig: Operand) -> str:
    return art.text[art.sentence_of(fig.start).start:fig.start]


def _growth(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    done = {f.key for r in found for _, f in r.roles}
    for fig in art.figures:
        if fig.key in done or not (fig.is_percent or fig.kind.value == "multiple"):
            continue
        prefix = art.text[max(0, fig.start - 40):fig.start]
        m = _GROWTH_CUE.search(prefix)
        if m is None or re.search(r"\b(?:share|accounted)\b", prefix[-25:], re.I) \
                or re.search(r"\b(?:made|make|makes|making)\s+up\s*$", prefix, re.I):
            continue
        cs, ce = fig.start - len(prefix) + m.start("cue"), fig.start - len(prefix) + m.end("cue")
        decline = bool(_DECLINE.match(m.group("cue")))
        rate = negated(fig, cs) if decline else quoted_from(fig, cs)
        roles: list[tuple[Role, Operand]] = [(Role.RATE, rate)]
        cues = [_cue(art, cs, ce)]
        s = art.sentence_of(fig.start)
        # "... up 5.2% to 1.2 billion yuan from 1.14 billion yuan"
        # the level is the first figure after the rate ("to a record-high ¥15.19 trillion",
        # "in March over February to 112.7 billion euros"), never one past another figure
        following = art.in_range(fig.end, s.end)[:2]
        for k, (word, role) in enumerate((("to", Role.CURRENT), ("from", Role.PRIOR))):
            if len(following) <= k or not following[k].is_amount:
                break
            target = following[k]
            gap = art.text[(fig if k == 0 else following[0]).end:target.start]
            if not re.fullmatch(rf"[^,;]{{0,40}}?\b{word}\s+(?:the\s+|an?\s+(?:[\w-]+\s+){{0,3}}?)?"
                                if k == 0 else rf",?\s+(?:(?:{_RISE}|{_FALL})\s+)?{word}\s+(?:the\s+)?",
                                gap, re.I):
                if k == 0:
                    w = re.match(r"\s*from\s+(?:the\s+)?$", gap, re.I)
                    if w is not None:
                        roles.append((Role.PRIOR, target))
                break
            roles.append((role, target))
        if len(roles) == 1:
            roles += _levels_after(art, fig, s.end)
        before = [f for f in art.in_range(s.start, cs) if f.key not in art.consumed]
        stop = max((i for i, f in enumerate(before) if not f.is_amount), default=-1)
        # the level before the rate is of the rate's subject only within its clause ("$3.74
        # billion in April and imports increased by 2.9%", "…, while imports rose 4.1%"), and
        # never an amount said as a change ("up 6.3% or 81,088 more visitors, Italy up 26.1%")
        opens = _clause_start(art, s.start, cs)
        amounts = [f for f in before[stop + 1:] if f.is_amount and not _conversion(art, f)
                   and f.start >= opens and not _said_as_change(art, f)]
        if _OTHER_BASE.match(art.text, fig.end, min(s.end, fig.end + 60)):
            amounts = []  # "down 5.7 per cent from the record high": not this level's growth
        if not any(r is Role.CURRENT for r, _ in roles):
            # the nearest amounts speak of the rate: one increase, one current
            amounts = amounts[-2:]
            for a in amounts:
                inc = _INCREASE_CUE.search(art.text[max(0, a.start - 30):a.start])
                if inc is not None and not re.search(r"\b(?:to|reached|was|were)\s*$",
                                                     art.text[max(0, a.start - 12):a.start]):
                    istart = a.start - len(art.text[max(0, a.start - 30):a.start]) + inc.start("cue")
                    roles.append((Role.INCREASE, negated(a, istart) if _DECLINE.match(inc.group("cue"))
                                  else quoted_from(a, istart)))
                    cues.append(_cue(art, istart, istart + len(inc.group("cue"))))
                else:
                    roles = [r for r in roles if r[0] is not Role.CURRENT] + [(Role.CURRENT, a)]
        yield Relation(RelationKind.GROWTH, tuple(roles), tuple(cues), 0.9 if len(roles) > 1 else 0.95,
                       real=bool(_REAL.search(_prefix(art, fig))),
                       why=N_("up/down X% gives the rate of the amount printed with it"))


_OTHER_BASE = re.compile(
    rf"\s*(?:[a-z]+\s+){{0,2}}?(?:{lexicon.alternation(lexicon.words('other_base_lead', 'en'))})"
    r"\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{lexicon.alternation(lexicon.words('other_base', 'en'))})\b", re.I)
_CHANGE_AFTER = lexicon.alternation(lexicon.words("change_after", "en"))
_AS_CHANGE_AFTER = re.compile(rf"\s+(?:{_CHANGE_AFTER})\b", re.I)
_AS_CHANGE_BEFORE = re.compile(
    rf"(?:\b(?:{_CHANGE_AFTER})\s+|\d\s*(?:%|{lexicon.alternation(lexicon.words('percent', 'en'))})"
    rf"\s*,?\s*(?:{lexicon.alternation(lexicon.words('same_change_joiners', 'en'))})\s+(?:an?\s+)?)$",
    re.I)
# words that keep the subject of the clause before a break ("…, but it fell 3%")
_SAME_SUBJECT = re.compile(
    rf"(?:\s*\b(?:{lexicon.alternation(lexicon.words('same_subject', 'en'))})\b)*\s*", re.I)


def _said_as_change(art: Prose, fig: Operand) -> bool:
    """An amount said as a change, not a level: "81,088 more visitors", "an additional
    83,728", "up 6.3% or 81,088"."""
    return bool(_AS_CHANGE_AFTER.match(art.text, fig.end, fig.end + 20)
                or _AS_CHANGE_BEFORE.search(art.text, max(0, fig.start - 30), fig.start))


def _clause_start(art: Prose, start: int, cue: int) -> int:
    """Where the clause of a cue opens: after the last clause break before it ("while",
    "but", "and imports") that brings a subject of its own; a break followed by the cue
    alone ("…, but fell 3%") keeps the subject before it."""
    opens = start
    for m in _CLAUSE_BREAK.finditer(art.text, start, cue):
        if not _SAME_SUBJECT.fullmatch(art.text, m.end(), cue) or m.group(0).lower().startswith("and"):
            opens = m.end()
    return opens


_LEVEL_LEAD = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('level_lead', 'en'))})"
                         r"\s+(?:[a-z]+\s+)?$", re.I)  # one word between: "at about", "to a"
_PRIOR_LEAD = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('prior_lead', 'en'))})"
                         r"\s+(?:(?:the|a|an)\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(rf"[;:]|\b(?:{lexicon.alternation(lexicon.words('clause_break', 'en'))})\b",
                           re.I)


_PREPOSITIONS = frozenset({"to", "at", "of", "was", "were"})


def _levels_after(art: Prose, rate: Operand, end: int) -> list[tuple[Role, Operand]]:
    """The levels a rate's statement gives after it, each named by the words that lead to it:
    "increased by 25.51 percent and stood at $31.76 billion in 2021-22, compared to $25.30
    billion", "jumping from $3.62 billion in June 2021 to $4.84 billion". One level after
    ``to``-words (the current), one after ``from``-words (the prior); the statement ends at
    another rate, a clause break or a third figure."""
    roles: list[tuple[Role, Operand]] = []
    at = rate.end
    for f in art.in_range(rate.end, end)[:2]:
        gap = art.text[at:f.start]
        if not f.is_amount or _CLAUSE_BREAK.search(gap) or len(gap) > 60:
            break
        lead = _LEVEL_LEAD.search(gap)
        # past a comma only a verb leads to the level ("…, and reached $48.26 billion")
        role = Role.PRIOR if _PRIOR_LEAD.search(gap) else Role.CURRENT if lead and (
            "," not in gap[:lead.start()] or roles or " " in lead.group().strip()
            or lead.group().strip().lower() not in _PREPOSITIONS) else None
        if role is None or any(r is role for r, _ in roles):
            break
        roles.append((role, f))
        at = f.end
    # a prior alone is no statement of the level: "rose 5% from $2bn" speaks of no level
    return roles if any(r is Role.CURRENT for r, _ in roles) else []




def _conversion(art: Prose, fig: Operand) -> bool:
    """An amount in brackets right after another, its conversion: A$4.6bn ($3.3bn)."""
    before = art.in_range(max(0, fig.start - 40), fig.start)
    return bool(before) and art.bracketed_after(before[-1]) == fig


def _of_which(art: Prose) -> Iterator[Relation]:
    for m in _OF_WHICH.finditer(art.text):
        s = art.sentence_of(m.start())
        parts = [f for f in art.in_range(m.end(), s.end) if f.is_amount]
        if not parts:
            continue
        dim = dimension(parts[0])
        parts = [p for p in parts if dimension(p) == dim]
        total = next((f for f in reversed(art.in_range(s.start, m.start()))
                      if f.is_amount and dimension(f) == dim), None)
        if total is None:
            continue
        for p in parts:
            yield Relation(RelationKind.PART_OF, ((Role.TOTAL, total), (Role.PART, p)),
                           (_cue(art, m.start(), m.end()),), 0.9,
                           why=N_("“of which” introduces a part of the figure before it"))


def _totals(art: Prose) -> Iterator[Relation]:
    for total in art.figures:
        if not total.is_amount:
            continue
        prefix = art.text[max(0, total.start - 20):total.start]
        m = _TOTAL_CUE.search(prefix) or (
            re.match(r"^\s*(?:in total|combined|altogether)", art.text[total.end:total.end + 15], re.I))
        if m is None:
            continue
        s = art.sentence_of(total.start)
        dim = dimension(total)
        # a change ("up $47 billion") is no part of a total of levels
        parts = [f for f in art.in_range(s.start, total.start) if f.is_amount and dimension(f) == dim
                 and not _INCREASE_CUE.search(art.text, max(0, f.start - 30), f.start)]
        if len(parts) < 2:
            continue
        cue = Cue(m.group().strip(), total.start, total.end)
        yield Relation(RelationKind.PARTITION,
                       ((Role.TOTAL, total), *((Role.PART, p) for p in parts)), (cue,), 0.85,
                       why=N_("“a total of” sums the figures listed before it"))


def _shares(art: Prose) -> Iterator[Relation]:
    for fig in art.figures:
        if not fig.is_percent:
            continue
        prefix = art.text[max(0, fig.start - 30):fig.start]
        m = _SHARE_CUE.search(prefix)
        w = _SHARE_WHOLE.match(art.text[fig.end:fig.end + 60])
        if m is None and not (w and re.search(r"\b(?:is|was|or|were)\s*$", prefix)):
            continue
        cs = fig.start - len(prefix) + (m.start("cue") if m else len(prefix))
        cue = _cue(art, cs, fig.end + (w.end() if w else 0))
        s = art.sentence_of(fig.start)
        earlier = art.in_range(s.start, fig.start)
        part = next((f for f in reversed(earlier) if f.is_amount), None)
        roles: list[tuple[Role, Operand]] = [(Role.SHARE, fig)]
        if part is not None:
            roles.append((Role.PART, part))
        wholes: list[Operand] = []
        whole_name = w.group("whole") if w else ""
        if whole_name and part is not None:
            core = name_key(re.sub(r"^(?:(?:the|total|overall|all)\s+)+", "", whole_name, flags=re.I))
            for other in art.near(fig):
                if other.key == part.key or not other.is_amount or dimension(other) != dimension(part):
                    continue
                if other.reading.value <= part.reading.value:
                    continue
                if core and core in name_key(_prefix(art, other) + art.text[other.end:other.end + 40]):
                    wholes.append(other)
        yield share(roles, cue, wholes, "“accounted for X% of” is the part's share of the named whole")


_PP_TO_RATE = re.compile(r"\s+to\s+(?:an?\s+|the\s+)?[-+−]?\d", re.I)


def _pp(art: Prose) -> Iterator[Relation]:
    for fig in art.figures:
        if not fig.is_pp:
            continue
        s = art.sentence_of(fig.start)
        rates = [f for f in art.in_range(s.start, fig.start) if f.is_percent]
        gap = _PP_GAP_AFTER.match(art.text[fig.end:fig.end + 60])
        if gap is not None and _OTHER_PERIOD.match(gap.group("other")):
            gap = None  # "higher than in July": a change against another period
        if gap is not None:
            decline = bool(_DECLINE.match(gap.group("cue")))
            cue = _cue(art, fig.end + gap.start("cue"), fig.end + gap.end("cue"))
            listed = [fig]
            head = [f for f in art.in_range(s.start, fig.start)
                    if f.reading.unit is None and re.fullmatch(r"[\s,and]*",
                                                                art.text[f.end:fig.start])]
            if head:
                listed = [with_unit(f, " percentage points") for f in head] + [fig]
            if len(rates) < len(listed):
                continue
            other = name_key(gap.group("other"))
            against = [f for f in art.near(fig) if f.is_percent and f.key not in {r.key for r in rates}
                       and other and other in name_key(_prefix(art, f))]
            for g, rate in zip(listed, rates[-len(listed):], strict=True):
                gg = negated(g, g.start) if decline else g
                yield Relation(RelationKind.PP_GAP, ((Role.GAP, gg), (Role.OF, rate)), (cue,),
                               0.9 if len(against) <= 1 else 0.8,
                               reading_role=Role.AGAINST if against else None, readings=tuple(against),
                               why=N_("“X percentage points higher than” compares two rates"))
            continue
        prefix = art.text[max(0, fig.start - 30):fig.start]
        m = _PP_CHANGE_CUE.search(prefix)
        after = _PP_GAP_AFTER.match(art.text[fig.end:fig.end + 60])
        if m is None and after is not None:
            m = after  # "0.1 percentage points higher than in July"
            cs = fig.start
            cue = _cue(art, fig.end + after.start("cue"), fig.end + after.end("cue"))
        elif m is not None:
            cs = fig.start - len(prefix) + m.start("cue")
            cue = _cue(art, cs, cs + len(m.group("cue")))
        if m is None or not rates:
            continue
        if _PP_TO_RATE.match(art.text, fig.end) or _CLAUSE_BREAK.search(art.text, rates[-1].end, fig.start):
            # "fell by 2.1 percentage points to 10.6 percent": of the rate it leads to (the
            # templates read it); "…, while the figure for females fell by": not of the rate
            # of the clause before
            continue
        change = negated(fig, cs) if _DECLINE.match(m.group("cue")) else quoted_from(fig, cs)
        roles: list[tuple[Role, Operand]] = [(Role.CHANGE, change), (Role.OF, rates[-1])]
        frm = re.match(r"^\s*(?:from|compared with)\s+", art.text[fig.end:fig.end + 20])
        if frm is not None:
            prior = art.figure_at(fig.end + frm.end())
            if prior is not None and prior.is_percent:
                roles.append((Role.PRIOR, prior))
        yield Relation(RelationKind.PP_CHANGE, tuple(roles), (cue,), 0.9,
                       why=N_("“up X percentage points” changes the rate before it"))


_EXPORTS = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('exports', 'en'))})\b", re.I)
_IMPORTS = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('imports', 'en'))})\b", re.I)
# a flow named for a product ("imports of manufactured goods", "exports of crude oil"): the
# words after "of" open with a lower-case word that is no scope of the flow nor its owner
_PRODUCT_OF = re.compile(rf"\s+(?:{lexicon.alternation(lexicon.words('flow_part_of', 'en'))})\s+"
                         rf"(?!(?:{lexicon.alternation(lexicon.words('flow_owners', 'en'))}|"
                         rf"{lexicon.alternation(lexicon.words('flow_scopes', 'en'))}|"
                         rf"{lexicon.alternation(lexicon.words('flow_whole', 'en'))})\b)[a-z]")
_BALANCE_WORD = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('balance', 'en'))})\b", re.I)
_NEGATIVE_BALANCE = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.words('negative_balance', 'en'))})\b", re.I)
_SCOPE = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(lexicon.words('flow_scopes', 'en'))})(?![\w-])",
                    re.I)
_WHOLE_TRADE = re.compile(lexicon.alternation(lexicon.words("flow_whole", "en")), re.I)
_MONTHS = "|".join(lexicon.ordered("months", "en"))
_MONTH_WORD = re.compile(
    rf"\b(?:{_MONTHS}|{lexicon.alternation(lexicon.words('statement_periods', 'en'))})\b", re.I)
# a trading partner: "with China", "to the United States", "U.S.-bound". A currency after "to"
# ("to NZ$4.4 billion") counts too: read as no partner, it opened a balance to the flows of
# the paragraphs around it, which may be another period's (three false failures on a new text).
# Who reports is no partner: "According to the PBS, the country's exports …"
_NOT_PARTNER = "".join(r"(?<!" + re.escape(v) + r"\s)" for w in lexicon.words("not_partner_before", "en")
                       for v in (w, w.capitalize()))
_PARTNER = re.compile(rf"\b{_NOT_PARTNER}(?:with|to|from)\s+(?:the\s+|all\s+of\s+)?(?!(?:{_MONTHS})\b)"
                      r"[A-Z][\w.]*"
                      r"|\b[A-Z][\w.]*-bound\b")
_ALL_BUT = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('all_but', 'en'))})\b", re.I)
_EARLIER = re.compile(rf"^\s*,?\s*(?:(?:{_RISE}|{_FALL})\s+)?(?:from|compared\s+(?:with|to)|against)"
                      r"\s+(?:the\s+)?$", re.I)
# an earlier value past the level's own period: "$26.228 billion in the first ten months of
# the current fiscal year compared to $20.905 billion"
_EARLIER_PAST_PERIOD = re.compile(
    rf"^\s*,?\s*(?:{lexicon.alternation(lexicon.words('own_period_leads', 'en'))})\s+[^,;$()]{{1,60}}?"
    r",?\s+(?:compared\s+(?:with|to)|against|from)\s+(?:the\s+)?$", re.I)
# from an earlier value or a change to the level: " in March 2018 to ", " to a "
_LEADS_TO = re.compile(r"(?:\s+(?:in|for)\s+[^,;]{1,25}?)?,?\s+to\s+(?:an?\s+)?", re.I)
_TRADE_TOTAL = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('trade_total', 'en'))})\b",
                          re.I)
_TRADE_WHOLE = re.compile(
    rf"(?:['’]s|\bthe)\s+(?:{lexicon.alternation(lexicon.words('trade_whole', 'en'))})\b"
    rf"(?!\s+(?:{lexicon.alternation(lexicon.words('balance', 'en'))}|with|in|of)\b)", re.I)
# "reflecting an increment of 2.9 percent from the": the earlier value of the level before
_RATE_FROM = re.compile(rf"\d\s*(?:%|{lexicon.alternation(lexicon.words('percent', 'en'))})"
                        r"[^;]{0,12}?\bfrom\s+(?:the\s+)?$", re.I)
_PRIOR_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_LEVEL_AFTER_CHANGE = re.compile(r"^\s+to\s+(?:an?\s+)?$", re.I)
_MORE_LESS = re.compile(rf"^\s+(?:{lexicon.alternation(lexicon.words('comparative_change', 'en'))})\b", re.I)
# from the balance word to its level: "deficit of", "surplus with Asia expanded 19.5 percent
# to", "surplus dropped from 24.6 billion euros in March 2018 to"
_BALANCE_GAP = re.compile(
    r"^(?:\s+with\s+[^.;]{1,40}?,?)?"
    rf"(?:\s+(?:{lexicon.alternation(lexicon.words('balance_gap_adverbs', 'en'))}))?"
    rf"\s+(?:(?:{lexicon.alternation(lexicon.words('balance_level_leads', 'en'))})"
    rf"|(?:[a-z]+ed|{_RISE}|{_FALL})(?:\s+by)?\b[^;]{{0,45}}?\bto(?:\s+an?)?)\s+$", re.I)
_BALANCE_AFTER = re.compile(
    rf"^\s+(?:trade\s+|budget\s+)?(?:{lexicon.alternation(lexicon.words('balance', 'en'))})\b", re.I)
# what leads to a balance printed before its word: "to a $3.76-billion deficit", "posted a
# $39 billion budget deficit", a bulleted "• $298 billion deficit"
_BALANCE_LEAD = re.compile(r"(?:\b(?:to|from)\s+(?:an?\s+)?|^[\s•·*]*|\b(?:posted|recorded|reported|"
                           r"ran|showed)\s+an?\s+)$", re.I)
_RECEIPTS = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('receipts', 'en'))})\b", re.I)
_OUTLAYS = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('outlays', 'en'))})\b", re.I)
_BUDGET_AFTER = re.compile(
    rf"\s+in\s+(?:(?P<in>{lexicon.alternation(lexicon.words('receipts', 'en'))})|"
    rf"(?P<out>{lexicon.alternation(lexicon.words('outlays', 'en'))}))\b", re.I)


def _stretch(art: Prose, fig: Operand, back: bool = False) -> str:
    """The words of the figure's statement: since the amount before it in its sentence; with
    ``back``, also over an earlier value or a change that leads to it ("the surplus dropped
    from 24.6 billion euros in March 2018 to", "the deficit increased $1.1 billion to")."""
    s = art.sentence_of(fig.start)
    earlier = [f for f in art.in_range(s.start, fig.start) if f.is_amount]
    out = art.text[earlier[-1].end if earlier else s.start:fig.start]
    if back and earlier and _LEADS_TO.fullmatch(out):
        return _stretch(art, earlier[-1]) + earlier[-1].text + out
    return out


def _scope(art: Prose, start: int, end: int, services: bool) -> frozenset[str]:
    """The scope words of a stretch ("goods" only where the article names ``services`` too)."""
    words = {w.lower() for w in _SCOPE.findall(_WHOLE_TRADE.sub(" ", art.text[start:end]))}
    if "goods" in words and not services:
        words.discard("goods")
    return frozenset(words)


def _first_month(art: Prose, fig: Operand) -> str:
    """The first month or period ("first quarter", "year-to-date") its sentence names."""
    s = art.sentence_of(fig.start)
    m = _MONTH_WORD.search(art.text, s.start, s.end)
    return re.sub(r"[\s-]+", " ", m.group(0).lower()) if m else ""


def _is_change(art: Prose, fig: Operand, changes: set[tuple[int, int]]) -> bool:
    """An amount that is a change, not a level: "increased $3.4 billion", "$3.4 billion more
    than", "of $5.3 billion to $60.3 billion"."""
    if fig.key in changes or _INCREASE_CUE.search(art.text[max(0, fig.start - 30):fig.start]):
        return True
    after = art.text[fig.end:fig.end + 30]
    if _MORE_LESS.match(after):
        return True
    if _PRIOR_BEFORE.search(art.text[max(0, fig.start - 12):fig.start]):
        return False  # "from $5.134 billion to $4.725 billion": an earlier level
    nxt = art.in_range(fig.end, fig.end + 30)
    return bool(nxt and nxt[0].is_amount and _LEVEL_AFTER_CHANGE.match(art.text[fig.end:nxt[0].start]))


def _flows(art: Prose, changes: set[tuple[int, int]]) -> dict[tuple[int, int], Role]:
    """Each level amount named as exports (left) or imports (right) by its statement's words;
    an earlier value ("…, down from the $5.37 billion") takes the flow of the level before it."""
    out: dict[tuple[int, int], Role] = {}
    last: dict[int, Role] = {}
    for f in art.figures:
        if not f.is_amount:
            continue
        s = art.sentence_of(f.start)
        stretch = _stretch(art, f)
        named = [(m, Role.LEFT) for m in _EXPORTS.finditer(stretch)] + \
            [(m, Role.RIGHT) for m in _IMPORTS.finditer(stretch)]
        # "Imports of manufactured goods fell … to 1.7 billion": a product's flow is a part
        # of its side, never the side a balance is of
        whole = [(m, r) for m, r in named if not _PRODUCT_OF.match(stretch, m.end())]
        if named and not whole:
            continue
        ex = [m.end() for m, r in whole if r is Role.LEFT]
        im = [m.end() for m, r in whole if r is Role.RIGHT]
        if ex or im:
            side: Role | None = Role.LEFT if max(ex, default=-1) > max(im, default=-1) else Role.RIGHT
        elif (_TRADE_TOTAL.search(stretch) or _TRADE_WHOLE.search(stretch)) \
                and not _BALANCE_WORD.search(stretch):
            side = Role.TOTAL  # exports and imports together: "total external trade"
        elif _EARLIER.match(stretch) or _EARLIER_PAST_PERIOD.match(stretch) \
                or _LEADS_TO.fullmatch(stretch) or (
                _RATE_FROM.search(stretch) and not _BALANCE_WORD.search(stretch)) or (
                _CHANGE_TO.search(stretch) and not _BALANCE_WORD.search(stretch)
                and _after_change(art, f, changes)):
            # the level a change leads to is of the flow the change is of ("Exports climbed
            # NZ$387 million or 10 percent on year to NZ$4.40 billion")
            side = last.get(s.start)
        else:
            side = None
        if side is not None:
            last[s.start] = side
            if not _is_change(art, f, changes):
                out[f.key] = side
    return out


_CHANGE_TO = re.compile(r"^[^;:]{0,60}?\bto\s+(?:an?\s+)?$", re.I)


def _after_change(art: Prose, fig: Operand, changes: set[tuple[int, int]]) -> bool:
    """Whether the amount before ``fig`` in its sentence is a change."""
    s = art.sentence_of(fig.start)
    earlier = [f for f in art.in_range(s.start, fig.start) if f.is_amount]
    return bool(earlier) and _is_change(art, earlier[-1], changes)


def _budget_flows(art: Prose, changes: set[tuple[int, int]]) -> dict[tuple[int, int], Role]:
    """Each level amount named as receipts (left) or outlays (right) of a budget, by the words
    of its statement or right after it ("$271 billion in revenues")."""
    out: dict[tuple[int, int], Role] = {}
    for f in art.figures:
        if not f.is_amount or _conversion(art, f):
            continue
        stretch = _stretch(art, f)
        rec = [m.end() for m in _RECEIPTS.finditer(stretch)]
        out_ = [m.end() for m in _OUTLAYS.finditer(stretch)]
        after = _BUDGET_AFTER.match(art.text, f.end, f.end + 30)
        if rec or out_:
            side = Role.LEFT if max(rec, default=-1) > max(out_, default=-1) else Role.RIGHT
        elif after is not None:
            side = Role.LEFT if after.group("in") else Role.RIGHT
        else:
            continue
        if not _is_change(art, f, changes) and not _BY.search(art.text, max(0, f.start - 4), f.start):
            out[f.key] = side  # "reducing outlays by some $70 billion": a change
    return out


_BY = re.compile(r"\bby\s+$", re.I)


def _balance_figures(art: Prose, found: list[Relation]) -> list[tuple[Operand, bool]]:
    """Balances not yet tied to both flows, each with whether it is a deficit: those the
    balance rule read (a change read as the balance gives way to the level after it: "a
    decrease in the goods deficit of $5.3 billion to $60.3 billion"), and levels a balance's
    words lead to ("the surplus expanded 5.7 percent to ¥7 trillion", "increased to a
    $3.76-billion deficit")."""
    out: list[tuple[Operand, bool]] = []
    complete = {f.key for r in found if r.kind is RelationKind.BALANCE and len(r.roles) == 3
                for _, f in r.roles}
    seen = set(complete)
    for f in art.figures:
        if not f.is_amount or f.key in seen:
            continue
        stretch = _stretch(art, f, back=True)
        words = list(_BALANCE_WORD.finditer(stretch))
        after = art.text[f.end:f.end + 25]
        if _BALANCE_AFTER.match(after) and _BALANCE_LEAD.search(stretch):
            word = after.strip().removeprefix("trade").removeprefix("budget").strip()
            out.append((f, bool(_NEGATIVE_BALANCE.match(word))))
            seen.add(f.key)
            continue
        if not words or not _BALANCE_GAP.match(stretch[words[-1].end():]):
            reached = _balance_statement(art, f, seen)
            if reached is not None:
                out.append((f, bool(_NEGATIVE_BALANCE.match(reached.group(0)))))
                seen.add(f.key)
            continue
        if re.search(r"\b(?:exports|imports)\b", stretch[words[-1].end():], re.I):
            continue  # the words after the balance name a flow
        nxt = art.in_range(f.end, f.end + 30)
        if nxt and nxt[0].is_amount and _LEVEL_AFTER_CHANGE.match(art.text[f.end:nxt[0].start]):
            continue  # a change; the level after it is the balance
        out.append((f, bool(_NEGATIVE_BALANCE.match(words[-1].group(0)))))
        seen.add(f.key)
    return out


_REACHED_WORDS = lexicon.words("balance_reached", "en") + lexicon.words("prior_lead", "en")
_REACHED = re.compile(rf"\b(?:{lexicon.alternation(_REACHED_WORDS)})\s+(?:an?\s+|the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('clause_break', 'en'))})\b", re.I)


def _balance_statement(art: Prose, fig: Operand, balances: set[tuple[int, int]]) -> re.Match[str] | None:
    """The balance word whose statement ``fig`` is a level of, when its rate and period
    stand between them: "the trade deficit widened 65% during the first 10 months … and
    reached $39.6 billion from $23.82 billion", "the trade deficit widened by 23.74 percent,
    jumping from $3.024 billion in April 2021 to $3.742 billion". In its sentence, with no
    flow named, no clause break and no amount between but the balance's own levels, and a
    word of the level reached (or of an earlier value) right before the figure."""
    s = art.sentence_of(fig.start)
    words = list(_BALANCE_WORD.finditer(art.text, s.start, fig.start))
    if not words or fig.start - words[-1].end() > 200 \
            or not _REACHED.search(art.text, max(0, fig.start - 20), fig.start):
        return None
    between = art.text[words[-1].end():fig.start]
    if ";" in between or _EXPORTS.search(between) or _IMPORTS.search(between) \
            or _CLAUSE_BREAK.search(between) or _PARTNER.search(between):
        return None
    if any(f.is_amount and f.key not in balances for f in art.in_range(words[-1].end(), fig.start)):
        return None
    if _is_change(art, fig, set()):
        return None
    nxt = art.in_range(fig.end, fig.end + 30)
    if nxt and nxt[0].is_amount and _LEVEL_AFTER_CHANGE.match(art.text[fig.end:nxt[0].start]):
        return None  # a change; the level after it is the balance
    return words[-1]


def _paragraphs_around(art: Prose, fig: Operand, before: int, after: int) -> tuple[int, int]:
    """From ``before`` paragraphs with figures before the figure's to ``after`` after it."""
    start, end = art.paragraph_of(fig.start)
    for _ in range(before):
        earlier = art.in_range(max(0, start - LOOKBACK_PARAGRAPH), max(0, start - 1))
        if not earlier:
            break
        start = art.paragraph_of(earlier[-1].start)[0]
    for _ in range(after):
        later = art.in_range(end + 1, end + 1 + LOOKBACK_PARAGRAPH)
        if not later:
            break
        end = art.paragraph_of(later[0].start)[1]
    return start, end


LOOKBACK_PARAGRAPH = 1500


def _flow_test(art: Prose, fig: Operand, services: bool, partners: bool = True) -> Callable[[Operand], bool]:
    """Whether a flow may be a side of the balance ``fig``: of its unit, scope and month, an
    earlier value only of an earlier balance, and named for a trading partner only when the
    balance names one (``partners``: a budget has none)."""
    s = art.sentence_of(fig.start)
    partner = not partners or bool(_PARTNER.search(art.text, s.start, s.end))
    words = list(_BALANCE_WORD.finditer(art.text, s.start, fig.end))
    prev = [f for f in art.in_range(s.start, words[-1].start() if words else fig.start)
            if f.is_amount]
    scope = _scope(art, prev[-1].end if prev else s.start, fig.start, services)
    month = _first_month(art, fig)
    own = _own_period(art, fig)
    # an earlier value: after "from", or of an earlier period by its own words
    prior = bool(_PRIOR_BEFORE.search(art.text[max(0, fig.start - 12):fig.start])) \
        or (own is not None and own[2])

    def test(f: Operand) -> bool:
        if dimension(f) != dimension(fig):
            return False
        fs = art.sentence_of(f.start)
        if not partner and _PARTNER.search(art.text, fs.start, fs.end):
            return False
        fprev = art.in_range(fs.start, f.start)
        first = fprev[0].start if fprev else f.start
        fscope = _scope(art, fs.start, first, services) | _scope(
            art, fprev[-1].end if fprev else fs.start, f.start, services)
        if fscope != scope:
            return False
        fown = _own_period(art, f)
        same = _same_period(own, fown)
        if same is not None:
            return same  # each side's own period, read after it, decides
        if (bool(_PRIOR_BEFORE.search(art.text[max(0, f.start - 12):f.start]))
                or (fown is not None and fown[2])) != prior:
            return False  # an earlier flow goes with an earlier balance
        fmonth = _first_month(art, f)
        return not (month and fmonth and fmonth != month)

    return test


def _one_pair(lefts: list[Operand], rights: list[Operand],
              fits: Callable[[Operand, Operand], bool]) -> tuple[Operand, Operand, float] | None:
    """The two sides of a relation: one candidate each may fail a run; among several, the
    one pair the arithmetic fits, as a note (arithmetic breaks a tie, never makes a link).
    ``fits`` is called here and nowhere later, so a lambda over loop variables is safe."""
    if len(lefts) == 1 and len(rights) == 1:
        return lefts[0], rights[0], 0.8
    fitting = [(a, b) for a in lefts for b in rights if fits(a, b)]
    if len(fitting) != 1:
        return None
    return fitting[0][0], fitting[0][1], 0.6


def _signed(f: Operand) -> Interval:
    """A figure's interval with the sign its words give it (a deficit is negative)."""
    return -f.reading.interval if f.negative else f.reading.interval


def _signs_of(found: list[Relation]) -> dict[tuple[int, int], list[tuple[int, bool]]]:
    """For each figure, the relations of ``found`` that read it and the sign each read."""
    signs: dict[tuple[int, int], list[tuple[int, bool]]] = {}
    for i, r in enumerate(found):
        for _, g in r.roles:
            signs.setdefault(g.key, []).append((i, g.negative))
    return signs


def _fits(balance: Operand, deficit: bool, left: Operand, right: Operand) -> bool:
    diff = left.reading.interval - right.reading.interval
    want = -balance.reading.interval if deficit else balance.reading.interval
    return diff.intersects(want)


def _trade_totals(art: Prose, flows: dict[tuple[int, int], Role], services: bool) -> list[Relation]:
    """Total trade as exports plus imports, each named by its own words in the sentences
    around it, of its unit, scope, month and period (an earlier total with earlier flows):
    "the total external trade in goods to $14.31 billion in January" ↔ exports of $5.28
    billion and imports of $9.03 billion paragraphs before. One candidate a side may fail the
    run; among several the arithmetic chooses and the relation is a note."""
    out: list[Relation] = []
    for key, role in flows.items():
        if role is not Role.TOTAL:
            continue
        total = art.figure_at(key[0])
        if total is None:
            continue
        test = _flow_test(art, total, services)
        sides: dict[Role, dict[str, Operand]] = {Role.LEFT: {}, Role.RIGHT: {}}
        month = _first_month(art, total)
        near = art.in_range(max(0, total.start - 2 * LOOKBACK_PARAGRAPH), total.end + LOOKBACK_PARAGRAPH)
        for f in sorted(near, key=lambda f: (not (month and _first_month(art, f) == month),
                                              abs(f.start - total.start))):
            side = flows.get(f.key)
            if side in sides and test(f):
                sides[side].setdefault(str(f.reading.value), f)  # one flow printed twice is one
        lefts, rights = list(sides[Role.LEFT].values()), list(sides[Role.RIGHT].values())
        if not lefts or not rights:
            continue
        chosen = _one_pair(lefts, rights, lambda a, b: (
            a.reading.interval + b.reading.interval).intersects(total.reading.interval))  # noqa: B023
        if chosen is None:
            continue
        left, right, confidence = chosen
        cue = _TRADE_TOTAL.search(_stretch(art, total, back=True))
        out.append(Relation(RelationKind.PARTITION, ((Role.TOTAL, total), (Role.PART, left),
                                                     (Role.PART, right)),
                            (Cue(cue.group(0) if cue else total.text, total.start, total.end),),
                            confidence, why=N_("total trade is exports plus imports, each named in "
                                            "the sentences around it")))
    return out


def _partner_flows(art: Prose, flows: dict[tuple[int, int], Role], services: bool) -> list[Relation]:
    """A flow with one trading partner is part of the flow of the same side with none:
    "U.S.-bound exports gained 7.5 percent to ¥15.18 trillion" ≤ "Exports gained 10.8 percent
    to ¥79.22 trillion". The whole is the one partner-less flow of its side, unit, scope and
    month in the article (printed once or more); a part not known to be all of it is checked
    as ≤."""
    out: list[Relation] = []
    wholes: dict[Role, list[Operand]] = {Role.LEFT: [], Role.RIGHT: []}
    parts: list[tuple[Role, Operand]] = []
    for key, side in flows.items():
        f = art.figure_at(key[0])
        if f is None or side not in wholes \
                or _PRIOR_BEFORE.search(art.text[max(0, f.start - 12):f.start]):
            continue
        s = art.sentence_of(f.start)
        if _ALL_BUT.search(art.text, s.start, s.end):
            continue  # the flow with all partners but one is neither a part nor the whole
        if _PARTNER.search(art.text, s.start, s.end):
            parts.append((side, f))
        elif not _PARTNER.search(art.text, *art.paragraph_of(f.start)):
            wholes[side].append(f)  # a partner named in its paragraph may be its own
    for side, part in parts:
        month = _first_month(art, part)
        fs = art.sentence_of(part.start)
        scope = _scope(art, fs.start, part.start, services)
        candidates = {str(w.reading.value): w for w in wholes[side]
                      if dimension(w) == dimension(part) and w.reading.value > 0
                      and abs(w.start - part.start) < NEAR
                      and _scope(art, art.sentence_of(w.start).start, w.start, services) == scope
                      and not (month and _first_month(art, w) and _first_month(art, w) != month)}
        if len(candidates) != 1:
            continue
        whole = next(iter(candidates.values()))
        out.append(Relation(RelationKind.PART_OF, ((Role.TOTAL, whole), (Role.PART, part)),
                            (Cue(part.text, part.start, part.end),), 0.8,
                            why=N_("a flow with one trading partner is part of the flow with none")))
    return out


def _balance_flows(art: Prose, found: list[Relation]) -> list[Relation]:
    """A balance with its flows named in the sentences around it (issue 24: "the deficit of
    $40.3 billion" ↔ "Exports … totaled $148.8 billion … imports … $189.1 billion" the
    sentence before). Flows are amounts whose own words name exports or imports, of the
    balance's unit, scope (goods, services, average …) and month, with no trading partner
    unless the balance names one (then only its own sentence and the next). One candidate a
    side is a named link that may fail the run; among several, the arithmetic chooses and the
    relation is only a note."""
    changes = {f.key for r in found for role, f in r.roles
               if role in (Role.DELTA, Role.INCREASE, Role.CHANGE)}
    flows = _flows(art, changes)
    budget = _budget_flows(art, changes)
    services = bool(re.search(r"\bservices\b", art.text, re.I))
    taken = {f.key for r in found if r.kind in (RelationKind.PARTITION, RelationKind.PART_OF)
             for role, f in r.roles if role is Role.TOTAL}
    found = found + [r for r in _trade_totals(art, flows, services)
                     if r.get(Role.TOTAL) is not None and r.get(Role.TOTAL).key not in taken]  # type: ignore[union-attr]
    found = found + _partner_flows(art, flows, services)
    by_balance = {r.get(Role.BALANCE).key: i for i, r in enumerate(found)  # type: ignore[union-attr]
                  if r.kind is RelationKind.BALANCE and r.get(Role.BALANCE) is not None}
    out = list(found)
    for i, rel in enumerate(found):
        # a balance the cue rule tied to flows of its paragraph: not to flows of another
        # scope, partner or period ("the goods deficit" ↔ "exports of services")
        head = rel.get(Role.BALANCE)
        if rel.kind is not RelationKind.BALANCE or head is None or len(rel.roles) < 2 \
                or rel.why.startswith("the statement template"):
            continue
        test = _flow_test(art, head, services)
        # and not to changes of the flows ("Exports climbed NZ$387 million"): a side is a
        # level its own words name as that side
        if not all(test(f) and flows.get(f.key) is role
                   for role, f in rel.roles if role in (Role.LEFT, Role.RIGHT)):
            out[i] = replace(rel, roles=((Role.BALANCE, head),), confidence=0.6)
    found = out
    out = list(found)
    levels = {f.key: i for i, r in enumerate(found) if r.kind is RelationKind.GROWTH
              for role, f in r.roles if role is Role.CURRENT}
    for fig, deficit in _balance_figures(art, found):
        s = art.sentence_of(fig.start)
        partner = bool(_PARTNER.search(art.text, s.start, s.end))
        test = _flow_test(art, fig, services)
        if partner:
            # its own sentence and the next one with figures, in this paragraph or the next
            later = art.in_range(s.end, s.end + LOOKBACK_PARAGRAPH)
            window = (s.start, art.sentence_of(later[0].start).end if later else s.end)
        else:
            window = _paragraphs_around(art, fig, 1, 4)
        words = list(_BALANCE_WORD.finditer(art.text, s.start, fig.end))
        cue = words[-1] if words else None
        month = _first_month(art, fig)
        # the sides of a trade (exports, imports), else of a budget (receipts, outlays): a
        # budget's sides follow its balance ("a $39 billion deficit … receipts at … outlays
        # were"); a cumulative deficit takes no month's outlays printed before it
        for family in (flows, budget):
            if family is budget:
                window = (fig.end, _paragraphs_around(art, fig, 0, 3)[1])
                test = _flow_test(art, fig, services, partners=False)
            sides = _sides(art, family, fig, window, month, test)
            if family is flows and not partner and bool(sides[Role.LEFT]) != bool(sides[Role.RIGHT]):
                # one side printed further back than the paragraph before (a lede's "exports
                # rose 1.6 percent to 128.12 billion ringgit" five paragraphs before "imports
                # … to 116.14 billion ringgit, resulting in a trade surplus"): the single
                # flows of that side named before the window, by the same tests (among
                # several, the arithmetic chooses and the balance is a note)
                missing = Role.LEFT if not sides[Role.LEFT] else Role.RIGHT
                back = _sides(art, family, fig, (max(0, window[0] - NEAR), window[0]), month, test)
                sides[missing] = back[missing]
            if sides[Role.LEFT] and sides[Role.RIGHT]:
                break
        lefts, rights = sides[Role.LEFT], sides[Role.RIGHT]
        if not lefts or not rights:
            continue
        chosen = _one_pair(lefts, rights, lambda a, b: _fits(fig, deficit, a, b))  # noqa: B023
        if chosen is None:
            continue
        left, right, confidence = chosen
        if family is budget and deficit and fig.key in levels:
            # the deficit is a growth's level too ("$298 billion deficit, increasing by $36
            # billion (14%)"): the level and its change take the deficit's sign, the rate of
            # its size stays (−36 of −262 is +14%)
            at_growth = levels[fig.key]
            growth = out[at_growth]
            if any(f.negative for role, f in growth.roles if role is not Role.RATE):
                continue
            out[at_growth] = replace(growth, roles=tuple(
                (role, f if role is Role.RATE else negated(f, f.quote_start if f.quote_start is not None
                                                           else f.start))
                for role, f in growth.roles))
        head = negated(fig, fig.start) if deficit else fig
        cue_fig = Cue(cue.group(0), cue.start(), cue.end()) if cue else Cue(fig.text, fig.start, fig.end)
        rel = Relation(RelationKind.BALANCE, ((Role.BALANCE, head), (Role.LEFT, left),
                                              (Role.RIGHT, right)), (cue_fig,), confidence,
                       why=N_("a balance is exports − imports; its flows are named in the sentences "
                           "around it") if family is flows else
                           N_("a budget balance is receipts − outlays, each named in the sentences "
                           "around it"))
        at = by_balance.get(fig.key)
        if at is not None:
            out[at] = rel
        else:
            out.append(rel)
    return out


_YEAR = re.compile(r"(?<![\d.,$])(?:19|20)\d{2}(?!\d|[.,]\d|%)")
_OWN_PERIOD_ENDS = lexicon.alternation(lexicon.words("own_period_ends", "en"))
_OWN_PERIOD = re.compile(
    rf"\s*,?\s*(?:{lexicon.alternation(lexicon.words('own_period_leads', 'en'))})\s+"
    rf"(?P<p>[^,;()]{{1,60}}?)(?=\s*(?:[,;()]|$|\b(?:{_OWN_PERIOD_ENDS})\b))", re.I)
_EARLIER_OWN = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.words('earlier_own_period', 'en'))})\b", re.I)


def _own_period(art: Prose, fig: Operand) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """The period a figure's own words give it right after it — its months, its years and
    whether it is an earlier one: "$3.024 billion in April 2021", "$20.905 billion during the
    same period of 2020-21" — or None when no such words follow it (or they name no period)."""
    s = art.sentence_of(fig.start)
    nxt = art.in_range(fig.end, s.end)
    end = nxt[0].start if nxt else s.end
    m = _OWN_PERIOD.match(art.text[fig.end:end])
    if m is None:
        return None
    words = m.group("p")
    months = frozenset(re.sub(r"[\s-]+", " ", w.lower()) for w in _MONTH_WORD.findall(words))
    years = frozenset(_YEAR.findall(words))
    earlier = bool(_EARLIER_OWN.search(words))
    if not (months or years or earlier):
        return None
    return months, years, earlier


def _same_period(pa: tuple[frozenset[str], frozenset[str], bool] | None,
                 pb: tuple[frozenset[str], frozenset[str], bool] | None) -> bool | None:
    """Whether two figures are of one period by the words right after each (one reading of
    the period of every side of a balance): None when either names none."""
    if pa is None or pb is None:
        return None
    (ma, ya, ea), (mb, yb, eb) = pa, pb
    if ya and yb:
        return ya == yb and (not (ma and mb) or ma == mb)
    if ma and mb:
        return ma == mb and ea == eb
    return None  # nothing to compare ("in May" and "in 2017/18")


def _years_of(art: Prose, fig: Operand) -> set[str]:
    """The years of a figure: those its own period names ("in April 2021"), else those its
    sentence names but another figure's own period there does not (its period, when the
    sentence names one: "widened … during … 2021-22 and reached $39.6 billion from $23.82
    billion in the same period of 2020-21" gives $39.6 billion 2021)."""
    own = _own_period(art, fig)
    if own is not None and own[1]:
        return set(own[1])
    s = art.sentence_of(fig.start)
    years = {m.group(0) for m in _YEAR.finditer(art.text, s.start, s.end)}
    for f in art.in_range(s.start, s.end):
        other = _own_period(art, f) if f.key != fig.key else None
        if other is not None:
            years -= other[1]
        compared = _COMPARED_YEAR.match(art.text, f.end, s.end) if f.is_percent else None
        if compared is not None:
            years.discard(compared.group("y"))  # a rate's base ("up 1.9% over March 2018")
    return years


_COMPARED_YEAR = re.compile(
    rf"\s*,?\s*(?:{lexicon.alternation(lexicon.words('prior_lead', 'en'))})\s+(?:the\s+)?"
    rf"(?:(?:{_MONTHS})\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d|[.,]\d|%)", re.I)


def _sides(art: Prose, family: dict[tuple[int, int], Role], fig: Operand, window: tuple[int, int],
           month: str, test: Callable[[Operand], bool]) -> dict[Role, list[Operand]]:
    """The candidate flows of each side of the balance ``fig`` in ``window``: one flow printed
    twice is one candidate, and those of the balance's month come first."""
    sides: dict[Role, list[Operand]] = {Role.LEFT: [], Role.RIGHT: []}
    years = _years_of(art, fig)
    for f in art.in_range(*window):
        side = family.get(f.key)
        if side in sides and f.key != fig.key and test(f):
            other = _years_of(art, f) if years else set()
            if other and not other & years:
                continue  # flows of another year ("the same period in 2016 … a surplus")
            sides[side].append(f)
    own = _own_period(art, fig)
    for side, listed in sides.items():
        same = [f for f in listed if _same_period(own, _own_period(art, f))] \
            or [f for f in listed if month and _first_month(art, f) == month]
        unique: dict[str, Operand] = {}
        for f in same or listed:
            unique.setdefault(str(f.reading.value), f)
        sides[side] = list(unique.values())
    return sides


_CHANGE_VERB = re.compile(rf"\b(?P<verb>{_RISE}|{_FALL})(?:\s+by)?\s*$", re.I)
_CHANGE_NOUN = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('change_noun_in', 'en'))})\b", re.I)
_CHANGE_NOUN_OF = re.compile(r"\s+(?:the\s+)?(?P<what>[^.;$\d]{1,60}?)\s+of\s*$", re.I)
_THAN_AFTER = re.compile(
    rf"\s+(?:(?P<hi>{lexicon.alternation(lexicon.words('amount_higher_after', 'en'))})|"
    rf"(?P<lo>{lexicon.alternation(lexicon.words('amount_lower_after', 'en'))}))\s+than\b", re.I)
# the change of one statement begins a new window of flows only for its own scope
CHANGE_WINDOW = 2500


def _signed_change(art: Prose, fig: Operand) -> tuple[str, bool] | None:
    """The words naming what the amount ``fig`` changes and whether it fell: after a verb of
    change ("the goods and services deficit increased $23.2 billion"; "was $39.5 billion,
    down $5.2 billion"), after a noun of change ("a decrease in the goods deficit of $5.3
    billion") or before a comparison ("$3.4 billion more than June exports")."""
    s = art.sentence_of(fig.start)
    stretch = _stretch(art, fig)
    earlier = [f for f in art.in_range(s.start, fig.start) if f.is_amount]

    def named(words: str) -> str:
        if earlier and not (_BALANCE_WORD.search(words) or _EXPORTS.search(words)
                            or _IMPORTS.search(words)):
            return _stretch(art, earlier[-1]) + " " + words  # "deficit was $39.5 billion, down"
        return words

    m = _CHANGE_VERB.search(stretch[-45:])
    if m is not None:
        if re.search(r"\b(?:to|from)\s*$", stretch[:-len(m.group(0))] if m.group(0) else stretch):
            return None
        return named(stretch[:len(stretch) - len(m.group(0))]), bool(_DECLINE.match(m.group("verb")))
    nouns = list(_CHANGE_NOUN.finditer(stretch))
    if nouns:
        rest = _CHANGE_NOUN_OF.fullmatch(stretch[nouns[-1].end():])
        if rest is not None:
            return rest.group("what"), bool(_DECLINE.match(nouns[-1].group(0).split()[-2]))
    m = _THAN_AFTER.match(art.text, fig.end)
    if m is not None:
        after = art.text[m.end():min(m.end() + 30, s.end)]
        fell = m.group("lo") is not None
        if stretch.strip(" ,") == "" and earlier:
            return named(stretch) + " " + after, fell  # "$3.4 billion more than June exports"
        if _BALANCE_WORD.match(re.sub(r"^\s*(?:the\s+)?", "", after)):
            return after, fell  # "That amount is $160 billion more than the deficit"
    return None


def _take_signs(out: list[Relation], signs: dict[tuple[int, int], list[tuple[int, bool]]],
                balances: tuple[Operand, ...], others: tuple[Operand, ...]) -> bool:
    """Whether a new relation's signs agree with those the relations ``out`` read for the
    same figures. A growth or change of a balance's size read unsigned takes the balance's
    signs (its rate stays: −0.5 of −250 is −0.2%), in place, and so does a relation of one
    figure; any other clash: False."""
    flips: set[int] = set()
    for g in (*balances, *others):
        for i, negative in signs.get(g.key, []):
            if negative == g.negative:
                continue
            if (g in balances and out[i].kind in (RelationKind.GROWTH, RelationKind.CHANGE)) \
                    or len(out[i].roles) == 1:
                flips.add(i)  # a lone figure checks nothing: a change read as a balance
            else:
                return False
    for i in flips:
        r = out[i]
        out[i] = replace(r, roles=tuple(
            (role, f if role is Role.RATE else replace(f, negative=not f.negative))
            for role, f in r.roles))
        for _, f in out[i].roles:
            signs[f.key] = [(j, f.negative if j == i else n) for j, n in signs.get(f.key, [])]
    return True


def _trade_part(named: str) -> tuple[str, frozenset[str]]:
    """Which part of the trade the words before a balance word name (whole: "goods and
    services"; goods; services; "" for none) and their other scope words (average …)."""
    named = named[-40:]
    words = {w.lower() for w in _SCOPE.findall(_WHOLE_TRADE.sub(" ", named))}
    other = frozenset(words - {"goods", "services"})
    if _WHOLE_TRADE.search(named):
        return "whole", other
    if words & {"goods", "services"} in ({"goods"}, {"services"}):
        return next(iter(words & {"goods", "services"})), other
    return "", other


def _balance_parts(art: Prose, found: list[Relation]) -> list[Relation]:
    """The goods and services balance as the goods balance plus the services balance, each
    printed after it: "the goods and services deficit was $39.5 billion … a decrease in the
    goods deficit of $5.3 billion to $60.3 billion and a decrease in the services surplus of
    $0.1 billion to $20.9 billion" (−39.5 = −60.3 + 20.9). The parts are levels of a balance
    of the whole's other scope (average …) and month, before the next whole of its scope."""
    if not re.search(r"\bservices\b", art.text, re.I):
        return found
    levels: list[tuple[Operand, str, frozenset[str]]] = []  # figure, whole/goods/services, scope
    figures = _balance_figures(art, [])
    seen = {f.key for f, _ in figures}
    for f in art.figures:
        # the level a balance's change leads to: "a decrease in the goods deficit of $5.3
        # billion to $60.3 billion"
        nxt = art.in_range(f.end, f.end + 30)
        if not f.is_amount or not nxt or nxt[0].key in seen or not nxt[0].is_amount \
                or not _LEVEL_AFTER_CHANGE.match(art.text[f.end:nxt[0].start]):
            continue
        got = _signed_change(art, f)
        bal = list(_BALANCE_WORD.finditer(got[0])) if got else []
        if bal and not _EXPORTS.search(got[0]) and not _IMPORTS.search(got[0]):  # type: ignore[index]
            figures.append((nxt[0], bool(_NEGATIVE_BALANCE.match(bal[-1].group(0)))))
            seen.add(nxt[0].key)
    figures.sort(key=lambda fd: fd[0].start)
    for f, deficit in figures:
        words = _stretch(art, f, back=True)
        bal = list(_BALANCE_WORD.finditer(words))
        if not bal:
            bal = list(_BALANCE_WORD.finditer(art.text, f.end, f.end + 25))
            named = words
        else:
            prev = bal[-2].end() if len(bal) > 1 else 0
            named = words[prev:bal[-1].start()]
        part, scope = _trade_part(named)
        if part:
            levels.append((negated(f, f.start) if deficit else f, part, scope))
    # and their changes: "the deficit was $55.2 billion, down $0.2 billion … a decrease in the
    # goods deficit of $0.8 billion … a decrease in the services surplus of $0.6 billion"
    changes: list[tuple[Operand, str, frozenset[str]]] = []
    for f in art.figures:
        got = _signed_change(art, f) if f.is_amount else None
        if got is None or _EXPORTS.search(got[0]) or _IMPORTS.search(got[0]):
            continue
        bal = list(_BALANCE_WORD.finditer(got[0]))
        if not bal:
            continue
        deficit = bool(_NEGATIVE_BALANCE.match(bal[-1].group(0)))
        part, scope = _trade_part(got[0][:bal[-1].start()])
        if part:
            changes.append((negated(f, f.start) if got[1] != deficit else f, part, scope))
    signs = _signs_of(found)
    out = list(found)
    starts = {id(group): [f.start for f, _, _ in group] for group in (levels, changes)}
    for group in (levels, changes):
        for k, (whole, part, scope) in enumerate(group):
            if part != "whole":
                continue
            # within a window after the whole: the scans stay linear in the article
            last = bisect_left(starts[id(group)], whole.end + LOOKBACK_PARAGRAPH)
            stop = next((o.start for o, p, sc in group[k + 1:last] if p == "whole" and sc == scope
                         and o.reading.value != whole.reading.value), whole.end + LOOKBACK_PARAGRAPH)
            month = _first_month(art, whole)
            sides: dict[str, dict[str, Operand]] = {"goods": {}, "services": {}}
            for f, p, sc in group[k + 1:last]:
                fm = _first_month(art, f)
                if p in sides and whole.end <= f.start < stop and sc == scope \
                        and dimension(f) == dimension(whole) and not (month and fm and fm != month):
                    sides[p].setdefault(str(f.reading.value), f)
            goods, services = list(sides["goods"].values()), list(sides["services"].values())
            if not goods or not services:
                continue
            chosen = _one_pair(goods, services, lambda a, c: (
                _signed(a) + _signed(c)).intersects(_signed(whole)))  # noqa: B023
            if chosen is None:
                continue
            g, v, confidence = chosen
            if not _take_signs(out, signs, (whole, g, v), ()):
                continue
            out.append(Relation(RelationKind.PARTITION, ((Role.TOTAL, whole), (Role.PART, g),
                                                         (Role.PART, v)),
                                (Cue(whole.text, whole.start, whole.end),), confidence,
                                why=N_("the goods and services balance is the goods balance plus the "
                                    "services balance")))
    return out


def _balance_changes(art: Prose, found: list[Relation]) -> list[Relation]:
    """The change of a balance with the changes of its flows: "Year-to-date, the goods and
    services deficit increased $23.2 billion … Exports increased $0.5 billion … Imports
    increased $23.8 billion" (−23.2 = 0.5 − 23.8: a deficit that grows is a balance that
    falls). The flows' changes follow the balance's, of its scope (goods, services,
    average) and month, before the next change of a balance of that scope. One candidate a
    side may fail the run; among several, the arithmetic chooses and the relation is a note."""
    services = bool(re.search(r"\bservices\b", art.text, re.I))
    balances: list[tuple[Operand, frozenset[str]]] = []
    flows: list[tuple[Operand, Role, frozenset[str]]] = []
    for f in art.figures:
        if not f.is_amount:
            continue
        got = _signed_change(art, f)
        if got is None:
            continue
        words, fell = got
        scope = frozenset(w.lower() for w in _SCOPE.findall(_WHOLE_TRADE.sub(" ", words))
                          if services or w.lower() != "goods")
        ex = [m.end() for m in _EXPORTS.finditer(words)]
        im = [m.end() for m in _IMPORTS.finditer(words)]
        budget = not ex and not im
        if budget:
            # the sides of a budget, a family of their own: receipts − outlays
            ex = [m.end() for m in _RECEIPTS.finditer(words)]
            im = [m.end() for m in _OUTLAYS.finditer(words)]
        bal = list(_BALANCE_WORD.finditer(words))
        if bal and not ex and not im:
            deficit = bool(_NEGATIVE_BALANCE.match(bal[-1].group(0)))
            balances.append((negated(f, f.start) if fell != deficit else f, scope))
        elif (ex or im) and not bal:
            side = Role.LEFT if max(ex, default=-1) > max(im, default=-1) else Role.RIGHT
            flows.append((negated(f, f.start) if fell else f, side,
                          scope | {"budget"} if budget else scope))
    if not balances or not flows:
        return found
    signs = _signs_of(found)
    out = list(found)
    used: set[tuple[int, int]] = set()
    balance_starts = [f.start for f, _ in balances]
    flow_starts = [f.start for f, _, _ in flows]
    for k, (b, scope) in enumerate(balances):
        start = art.sentence_of(b.start).start
        # within a window after the balance: the scans stay linear in the article
        last = bisect_left(balance_starts, b.end + CHANGE_WINDOW)
        stop = next((o.start for o, sc in balances[k + 1:last] if sc == scope), b.end + CHANGE_WINDOW)
        month = _first_month(art, b)
        window = flows[bisect_left(flow_starts, start):bisect_left(flow_starts, stop)]
        # the flows of a trade, else of a budget (receipts, outlays)
        for budget in (False, True):
            sides: dict[Role, list[Operand]] = {Role.LEFT: [], Role.RIGHT: []}
            for f, side, sc in window:
                if start <= f.start < stop and f.key != b.key and f.key not in used \
                        and ("budget" in sc) == budget and sc - {"budget"} == scope \
                        and dimension(f) == dimension(b):
                    fm = _first_month(art, f)
                    if not (month and fm and fm != month):
                        sides[side].append(f)
            if sides[Role.LEFT] and sides[Role.RIGHT]:
                break
        lefts, rights = sides[Role.LEFT], sides[Role.RIGHT]
        if not lefts or not rights:
            continue
        chosen = _one_pair(lefts, rights,
                           lambda a, c: (_signed(a) - _signed(c)).intersects(_signed(b)))  # noqa: B023
        if chosen is None:
            continue
        left, right, confidence = chosen
        # a figure another relation reads with the other sign: a growth or change of a
        # deficit's size takes the balance's signs (its rate stays: −0.5 of −250 is −0.2%);
        # anything else leaves the change alone
        if not _take_signs(out, signs, (b,), (left, right)):
            continue
        used.update((left.key, right.key))
        out.append(Relation(RelationKind.BALANCE, ((Role.BALANCE, b), (Role.LEFT, left),
                                                   (Role.RIGHT, right)),
                            (Cue(b.text, b.start, b.end),), confidence,
                            why=N_("the change of a balance is the change of exports less the change "
                                "of imports, each named after it")))
    return out


_HALVES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    tuple(re.compile(rf"\b(?:{lexicon.alternation(words)})\b", re.I) for words in pair)  # type: ignore[misc]
    for pair in lexicon.table("complements", "en").values())
# words that do not tell one statistic from another: periods, verbs, fillers, the whole
_NOT_SUBJECT = re.compile(
    rf"\b(?:{_MONTHS}|{_RISE}|{_FALL}|the|a|an|of|for|in|on|at|by|to|from|was|were|is|are|and|"
    r"stood|remained|unchanged|compared|with|while|whereas|further|recorded|reported|seasonally|"
    r"adjusted|persons|people|all|total|overall|areas|consumers|rate|"
    r"aged|years?|months?|this|that|its|their|number|figure|rate of|[a-z]+ly|\d[\d,.\-]*)\b", re.I)
_AFTER_SCOPE = re.compile(r"^\s+(?:for|among)\s+([a-z]+(?:\s+[a-z]+)?)", re.I)
_EARLIER_BEFORE = re.compile(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bthan)\s+"
                             r"(?:an?\s+(?:revised\s+)?(?:rate|level|figure|total)\s+of\s+|the\s+)?$", re.I)
_COMPARED_AFTER = re.compile(r"^(?:\s+(?:in|for)\s+[^,;]{1,25}?)?,?\s+(?:compared\s+(?:with|to)|"
                             rf"(?:{_RISE}|{_FALL})\s+from)\s+(?:an?\s+(?:revised\s+)?(?:rate|level|figure|total)"
                             r"\s+of\s+|the\s+)?$", re.I)


def _statement(art: Prose, fig: Operand) -> tuple[int | None, int, frozenset[str]]:
    """Which half of a known whole the figure's statement names (pair, side; None: the whole
    or no pair), and the words naming what it measures, periods and verbs taken out: "the
    seasonally adjusted number of men unemployed was" → (sex, 0, {unemployed})."""
    s = art.sentence_of(fig.start)
    earlier = art.in_range(s.start, fig.start)
    text = art.text[earlier[-1].end if earlier else s.start:fig.start]
    scope = _AFTER_SCOPE.match(art.text[fig.end:fig.end + 30])
    if scope:
        text += " " + scope.group(1)  # "was 6.8% for males"
    pair: int | None = None
    side = 0
    for i, halves in enumerate(_HALVES):
        for k, half in enumerate(halves):
            if half.search(text):
                pair, side = i, k
                text = half.sub(" ", text)
    # one word in the singular and the plural ("household income", "income of households")
    words = frozenset(re.sub(r"(?<=[a-z]{3})s$", "", w.lower())
                      for w in re.findall(r"[A-Za-z][\w'-]*", _NOT_SUBJECT.sub(" ", text)) if len(w) > 2)
    return pair, side, words


_NON = re.compile(r"\bnon[- ]?(?=[a-z])", re.I)


def _part_words(art: Prose, fig: Operand) -> str:
    """The words naming a listed part: since the figure before it in its sentence, and after
    it up to a clause mark or the next figure ("US$14.44 billion of non-oil and gas exports",
    "1.15 million were men")."""
    s = art.sentence_of(fig.start)
    before = [f for f in art.in_range(s.start, fig.start) if f.is_amount]
    after = art.in_range(fig.end, s.end)
    tail = art.text[fig.end:min(after[0].start if after else s.end, fig.end + 40)]
    named = art.text[before[-1].end if before else s.start:fig.start]
    return named + " " + re.split(r"[,;.(]|\band\b|\bwhile\b", tail)[0]


def _complements(a: str, b: str) -> bool:
    """Whether two parts' words name the two halves of one whole: a pair of ``[complements]``
    (men / women, urban / rural), or a thing and its negation ("oil and gas" / "non-oil and
    gas")."""
    for one, other in _HALVES:
        if (one.search(a) and other.search(b) and not other.search(a) and not one.search(b)) or \
                (one.search(b) and other.search(a) and not other.search(b) and not one.search(a)):
            return True
    na, nb = _NON.search(a), _NON.search(b)
    if bool(na) == bool(nb):
        return False
    neg, pos = (a, b) if na else (b, a)
    m = _NON.search(neg)
    assert m is not None
    word = re.match(r"[a-z]+", neg[m.end():], re.I)
    return word is not None and re.search(rf"\b{word.group()}\b", pos, re.I) is not None


def _complement_lists(art: Prose, found: list[Relation]) -> list[Relation]:
    """A list of parts after a cue ("of which", "consisting of", "Within this total") is all
    of its total when it holds two parts that are the halves of one whole (oil and gas /
    non-oil and gas, re-exports / domestic exports, men / women): a partition, checked as =;
    any other list stays parts (≤)."""
    parts: dict[tuple[int, int], list[Relation]] = {}
    for r in found:
        total = r.get(Role.TOTAL)
        if r.kind is RelationKind.PART_OF and total is not None:
            parts.setdefault(total.key, []).append(r)
    if not parts:
        return found
    done: set[int] = set()
    out: list[Relation] = []
    for rels in parts.values():
        listed = {f.key: f for r in rels for f in r.all(Role.PART)}
        if len(listed) != 2:
            continue
        a, b = sorted(listed.values(), key=lambda f: f.start)
        if not _complements(_part_words(art, a), _part_words(art, b)):
            continue
        total = rels[0].get(Role.TOTAL)
        assert total is not None
        done.update(id(r) for r in rels)
        out.append(Relation(RelationKind.PARTITION, ((Role.TOTAL, total), (Role.PART, a), (Role.PART, b)),
                            rels[0].cues, min(r.confidence for r in rels),
                            why=N_("a list of the two halves of one whole is all of it")))
    return [r for r in found if id(r) not in done] + out


def _complement_breakdowns(art: Prose, found: list[Relation]) -> list[Relation]:
    """A whole and its two halves stated in parallel statements (issue 24: "The number of
    people unemployed was 117,200 … The number of men unemployed was 59,100 … of women …
    58,100"): amounts partition the whole; rates (jobless rates of men and women, urban and
    rural inflation) bound it, the whole's rate lying between the halves'. The halves are the
    nearest pair of one month with the same words; the whole has those words, no half's word,
    and their month. One whole printed (once or more) may fail the run; among several, the
    arithmetic chooses and the relation is a note. Earlier values stated with each (", compared
    with 114,300 in July") make a breakdown of their own."""
    signed = {f.key: f for r in found for _, f in r.roles if f.negative}
    prior_of: dict[tuple[int, int], Operand] = {}
    for r in found:
        cur, pri = r.get(Role.CURRENT), r.get(Role.PRIOR)
        if r.kind is RelationKind.FROM_TO and cur is not None and pri is not None:
            prior_of.setdefault(cur.key, pri)
    figs = [f for f in art.figures if (f.is_amount or f.is_percent) and
            not _EARLIER_BEFORE.search(art.text[max(0, f.start - 40):f.start])]
    for f, g in zip(art.figures, art.figures[1:], strict=False):
        if f.kind is g.kind and f.key not in prior_of and _COMPARED_AFTER.match(art.text[f.end:g.start]):
            prior_of[f.key] = g
    info = {f.key: _statement(art, f) for f in figs}
    used: set[tuple[int, int]] = {f.key for r in found
                                   if r.kind in (RelationKind.PARTITION, RelationKind.WEIGHTED_GROWTH)
                                   for _, f in r.roles}
    out: list[Relation] = []
    for i, a in enumerate(figs):
        pa, sa, wa = info[a.key]
        if pa is None or a.key in used:
            continue
        month = _first_month(art, a)
        # the other half: one of its words is within the other's ("inflation for rural areas"
        # ↔ "the inflation rate for urban consumers"), or it names none ("and 4.5% for women")
        b = next((g for g in figs[i + 1:] if g.start - a.end < LOOKBACK_PARAGRAPH
                  and info[g.key][0] == pa and info[g.key][1] != sa and g.kind is a.kind
                  and dimension(g) == dimension(a) and _first_month(art, g) == month
                  and (info[g.key][2] <= wa or wa <= info[g.key][2])), None)
        if b is None or b.key in used:
            continue
        words = wa | info[b.key][2]
        if not words:
            continue
        # the whole: the same words (else more words, "consumer price inflation in the
        # country"), no half's word, the same month
        same: dict[str, Operand] = {}
        more: dict[str, Operand] = {}
        for t in art.in_range(max(0, a.start - 2 * LOOKBACK_PARAGRAPH), b.end + LOOKBACK_PARAGRAPH):
            ti = info.get(t.key)
            if ti is None or t.key in (a.key, b.key) or ti[0] is not None or t.kind is not a.kind \
                    or dimension(t) != dimension(a) or not words <= ti[2] \
                    or _first_month(art, t) != month:
                continue
            (same if ti[2] == words else more).setdefault(str(t.reading.value), t)
        wholes = same or more
        rel = _breakdown(a, b, list(wholes.values()), signed, 0.8 if same else 0.6,
                         mean=art.mean_figure(a) or art.mean_figure(b))
        if rel is None:
            continue
        used.update({a.key, b.key})
        out.append(rel)
        total = rel.get(Role.TOTAL) or rel.get(Role.RATE)
        earlier = [prior_of.get(f.key) for f in (total, a, b) if f is not None]
        periods = {_period_after(art, f) for f in earlier if f is not None}
        if rel.confident and all(earlier) and len({f.key for f in earlier if f}) == 3 \
                and len(periods) == 1 and "" not in periods:
            t0, a0, b0 = earlier
            assert t0 is not None and a0 is not None and b0 is not None
            again = _breakdown(a0, b0, [t0], signed)
            if again is not None:
                out.append(replace(again, why=Message(N_("{why}; the earlier values of the same"),
                                                       why=Message(again.why))))
    return out


def _breakdown(a: Operand, b: Operand, wholes: list[Operand], signed: dict[tuple[int, int], Operand],
               named: float = 0.8, mean: bool = False) -> Relation | None:
    """The whole (chosen by the arithmetic among several) with its two halves; of averages
    (``mean``), the whole between them."""
    a, b = signed.get(a.key, a), signed.get(b.key, b)
    wholes = [signed.get(t.key, t) for t in wholes]
    if a.is_amount and not mean:
        def fits(t: Operand) -> bool:
            return (a.reading.interval + b.reading.interval).intersects(t.reading.interval)
    else:
        def fits(t: Operand) -> bool:
            lo, hi = sorted((a, b), key=lambda f: f.reading.value)
            return bool(lo.reading.interval.lo is not None and hi.reading.interval.hi is not None
                        and t.reading.interval.hi is not None and t.reading.interval.lo is not None
                        and lo.reading.interval.lo <= t.reading.interval.hi
                        and t.reading.interval.lo <= hi.reading.interval.hi)
    if len(wholes) == 1 and (named >= 0.7 or fits(wholes[0])):
        # a whole named with more words than its halves ("consumer price inflation in the
        # country") is taken only as a note, and only when it fits
        whole, confidence = wholes[0], named
    else:
        fitting = [t for t in wholes if fits(t)]
        if len(fitting) != 1:
            return None
        whole, confidence = fitting[0], 0.6
    cue = Cue(whole.text, whole.start, whole.end)
    if mean:
        return Relation(RelationKind.MEAN, ((Role.MEAN, whole), (Role.GROUP, a), (Role.GROUP, b)),
                        (cue,), confidence, why=N_("a whole's average lies between its two halves'"))
    if a.is_amount:
        values = [f.reading.value for f in (whole, a, b)]
        unit = _round_unit(values)
        if unit > 1 and values[1] + values[2] != values[0] \
                and abs(values[1] + values[2] - values[0]) <= unit * 3 / 2:
            # counts printed to the hundred may miss their sum by rounding alone: a note
            confidence = min(confidence, 0.6)
        return Relation(RelationKind.PARTITION, ((Role.TOTAL, whole), (Role.PART, a), (Role.PART, b)),
                        (cue,), confidence, why=N_("a whole and its two halves stated in parallel"))
    level = not any(f.negative or f.quote_start is not None for f in (whole, a, b))
    return Relation(RelationKind.WEIGHTED_GROWTH, ((Role.RATE, whole), (Role.FROM_PART, a),
                                                   (Role.FROM_PART, b)), (cue,), confidence,
                    why=N_("a whole's rate lies between its two halves' rates"),
                    extra={"level": "yes"} if level else {})


def _round_unit(values: list[Fraction]) -> int:
    """The power of ten every value is a whole multiple of (1 when some is not an integer)."""
    unit = 1
    while unit < 10**6 and all(v.denominator == 1 and v % (unit * 10) == 0 for v in values):
        unit *= 10
    return unit


def _period_after(art: Prose, fig: Operand) -> str:
    """The month (and year) printed right after an earlier value: "7.0% in August 2017"."""
    m = re.match(rf"^(?:\s+(?:recorded|reported))?\s+in\s+((?:{_MONTHS})(?:\s+\d{{4}})?)",
                 art.text[fig.end:fig.end + 40])
    return m.group(1) if m else ""


# a count of a list: "five of the top 10 commodities, namely, …"; "the top three
# contributors to the rise were …"
_COUNT_OF_TOP = re.compile(r"^\s+of\s+the\s+(?:top|major|main|leading|biggest|largest)\b", re.I)
_TOP_COUNT = re.compile(r"\bthe\s+top\s+$", re.I)
# a count whose items are named right after it: "three sectors decreased, namely …", "four
# northern European countries: Poland (52.9 per cent), …"
_NAMELY = lexicon.alternation(lexicon.words("items_named", "en"))
_COUNT_NAMED = re.compile(rf"^(?:\s+[a-z][\w-]*){{1,4}},?\s*(?:(?:{_NAMELY})\b|:)", re.I)
_LIST_OPENS = re.compile(r"\bnamely\b,?|:|\b(?:were|are|included|include)\b", re.I)
# an item: its name, then its figure in brackets ("metal components (-35.8 percent)")
_ITEM = re.compile(r"(?:^|[;,‚]|\band\b)\s*(?:and\s+)?(?P<name>[^;,‚()“”\"]{2,80}?)\s*"
                   r"\((?P<figure>[^()]{1,30})\)")


_FULL_STOP = re.compile(r"[.!?](?=[\s”\"]|$)|\n")


def _full_stop(art: Prose, pos: int) -> int:
    """The end of the full sentence holding ``pos`` (semicolons do not end it)."""
    m = _FULL_STOP.search(art.text, pos, pos + LOOKBACK_PARAGRAPH)
    return m.start() if m else min(len(art.text), pos + LOOKBACK_PARAGRAPH)


_PARTIAL_LIST = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('partial_list', 'en'))})\b", re.I)
_FLOW_OF = re.compile(rf"^(?:the\s+)?(?:importation|{lexicon.alternation(lexicon.words('exports', 'en'))}|"
                      rf"{lexicon.alternation(lexicon.words('imports', 'en'))})\s+of\s+", re.I)
# what may follow the last item of a whole list: closing marks, "said the agency"
_LIST_TAIL = re.compile(r"[\s,.;”\"’)]*(?:(?:said|according)\b.*)?", re.I | re.S)


def _items(art: Prose, start: int, end: int) -> list[tuple[str, Operand]]:
    """The items of a list that fills ``start``–``end``: each name with the figure in the
    brackets after it; none when the stretch holds more than the list or calls it partial
    ("led by", "such as")."""
    text = art.text[start:end]
    if _PARTIAL_LIST.search(text):
        return []
    out: list[tuple[str, Operand]] = []
    last = 0
    for m in _ITEM.finditer(text):
        figs = art.in_range(start + m.start("figure"), start + m.end("figure"))
        name = _FLOW_OF.sub("", m.group("name").strip())
        if len(figs) == 1 and figs[0].is_percent and name:
            out.append((name, figs[0]))
            last = m.end()
    return out if out and _LIST_TAIL.fullmatch(text[last:]) else []


def _enumerations(art: Prose) -> Iterator[Relation]:
    """A count of items with the items listed, each with its figure in brackets: in the same
    sentence after "namely", a colon or "were" (a confident statement), or in the sentences
    that follow it when they hold nothing but such lists ("… in eight of the top 10 import
    commodities." "Growth was recorded in cereals (82.5 percent); …" — a note). The count is
    checked against the number of names listed (FC407)."""
    for c in art.figures:
        value = c.reading.value
        if not c.is_amount or dimension(c) != "dimensionless" or value.denominator != 1 \
                or not 2 <= value <= 30:
            continue
        after = art.text[c.end:c.end + 40]
        before = art.text[max(0, c.start - 20):c.start]
        if not (_COUNT_OF_TOP.match(after) or _COUNT_NAMED.match(after)
                or (_TOP_COUNT.search(before) and not re.search(r"\bof\s+the\s+top\s+$", before))):
            continue  # "five of the top 10": five counts the list, 10 the ranking
        end = _full_stop(art, c.end)  # a list runs over its semicolons
        opens = _LIST_OPENS.search(art.text, c.end, end)
        items = _items(art, opens.end(), end) if opens else []
        confidence = 0.8
        if not items:
            # the list in the sentences after it, each sentence a list of bracketed items
            confidence, pos = 0.6, end
            for _ in range(4):
                later = art.in_range(pos, pos + LOOKBACK_PARAGRAPH)
                if not later:
                    break
                start = art.text.rfind("\n", pos, later[0].start) + 1 or pos
                start = max(start, art.text.rfind(". ", pos, later[0].start) + 1)
                stop = _full_stop(art, later[0].end)
                found = _items(art, start, stop)
                if not found or len(found) < len(art.in_range(start, stop)):
                    break  # a sentence with figures outside its list ends the list
                items += found
                pos = stop
        if len(items) < 2:
            continue
        roles = ((Role.COUNT, c), *((Role.ITEM, f) for _, f in items))
        yield Relation(RelationKind.ENUMERATION, roles, (Cue(c.text, c.start, c.end),), confidence,
                       why=N_("a count of the items listed after it"),
                       extra={"items": "\n".join(name for name, _ in items)})


# words that name no statistic of their own: the head of "unemployment rate" is two words
_GENERIC = frozenset({"rate", "rates", "growth", "figure", "level", "total", "number", "percent",
                      "increase", "rise", "share", "index", "amount", "value", "change", "gain"})
_SUBJECT_WORD = re.compile(r"[a-z][a-z'-]*", re.I)


_SHARE_WORDS = lexicon.alternation(lexicon.words("share_cue", "en") + lexicon.words("shares_list_cue", "en"))
_SHARES_CUE = re.compile(rf"\b(?:{_SHARE_WORDS})\b", re.I)
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+|total\s+)*(?:[\w'’-]+\s+){0,4}?([a-z]+)\b(?=[\s,.;]|$)",
                       re.I)
_SHARES_REST = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('shares_rest', 'en'))})\b", re.I)
_PERCENT_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+|total\s+)*[a-z]", re.I)
# a percent said as a change or against another value is no share of a list
_NOT_A_SHARE = re.compile(rf"(?:\b(?:{_RISE}|{_FALL})(?:\s+(?:by|to))?|"
                          rf"\b(?:{lexicon.alternation(lexicon.words('not_share_before', 'en'))}))\s*$", re.I)
_CHANGE_WORD = re.compile(rf"\b(?:{_RISE}|{_FALL}|growth|change)\b", re.I)
_REST_OPENS = re.compile(rf"\s*(?:the\s+)?(?:{lexicon.alternation(lexicon.words('rest_opens', 'en'))})\b"
                         r"[^.;\d]{0,20}$", re.I)


def _share_lists(art: Prose, found: list[Relation]) -> list[Relation]:
    """Shares of one whole listed in a sentence (FC307): "Services contributed 48% of GDP,
    agriculture 28%, industry 17% while 7% was attributed to taxes"; "holidays 71.1 per cent,
    business 13.6 per cent, studies 13.7 per cent and other reasons 1.6 per cent"; amounts
    with their shares in brackets ("600,887 (75.8%), 68,262 (8.6%) …"). The sentence names a
    share (``share_cue``, ``shares_list_cue``, "48% of GDP") or the shares stand in brackets
    after amounts; no percent of it is a change or an earlier value. The list is all of the
    whole (sum = 100) only when its last item is the rest (``shares_rest``: other reasons, the
    remainder — a next sentence "The remainder 8% …" joins it); else some of it (≤ 100). Read
    from the sentence's shape, not a full statement: a note."""
    taken = {f.key for r in found if r.kind not in (RelationKind.SAME, RelationKind.SHARE)
             for _, f in r.roles}
    out: list[Relation] = []
    for s in art.sentences:
        figs = art.in_range(s.start, s.end)
        pcts = [f for f in figs if f.is_percent]
        if len(pcts) < 2 or any(f.key in taken for f in pcts):
            continue
        if any(_NOT_A_SHARE.search(art.text, max(s.start, f.start - 25), f.start) for f in pcts) \
                or _CHANGE_WORD.search(art.text, s.start, s.end):
            continue  # rates of change listed ("growth in manufacturing … of 10 and 17 percent")
        bracketed = all(any(art.text[a.end:f.start].strip() == "(" for a in figs if a.is_amount)
                        for f in pcts)
        named = _SHARES_CUE.search(art.text, s.start, s.end) or _PERCENT_OF.match(art.text, pcts[0].end)
        if not (bracketed or named) or any(f.is_pp for f in figs) \
                or any(not f.is_percent and not f.is_amount for f in figs):
            continue
        # shares of two wholes ("17.1 percent of exports, while India supplied 20 percent of …
        # imports") are no list
        wholes = {m.group(1).lower() for f in pcts if (m := _OF_WHOLE.match(art.text, f.end, s.end))}
        if len(wholes) > 1:
            continue
        members = list(pcts)
        last = art.text[pcts[-2].end:pcts[-1].start] + art.text[pcts[-1].end:s.end]
        whole = bool(_SHARES_REST.search(last))
        nxt = art.next_sentence(s) or art.sentence_before_next(s)
        if nxt is not None and not whole:
            more = art.in_range(nxt.start, nxt.end)
            if len(more) == 1 and more[0].is_percent and more[0].key not in taken \
                    and _REST_OPENS.fullmatch(art.text, nxt.start, more[0].start):
                members.append(more[0])
                whole = True
        if any(f.reading.value <= 0 or f.reading.value >= 100 for f in members):
            continue
        cue = Cue(art.text[members[0].start:members[-1].end], members[0].start, members[-1].end)
        out.append(Relation(RelationKind.SHARES, tuple((Role.SHARE, f) for f in members), (cue,), 0.6,
                            why=N_("shares of one whole listed in a sentence") if whole else
                            N_("shares of one whole listed in a sentence, not known to be all of it"),
                            extra={} if whole else {"partial": "yes"}))
    return out


_WITHIN = re.compile(r"\s*(?:(?:within|of)\s+(?:this|that|these)(?:\s+total)?|within\s+(?:the\s+)?"
                     r"(?P<noun>[a-z][a-z -]{2,30}?))\s*,", re.I)


def _rates_within(art: Prose, found: list[Relation]) -> list[Relation]:
    """The rates of the parts of a total whose rate closes the sentence before ("Overall the
    services sector decreased by 7%. Within services, transport decreased by 33%, hotels
    decreased by 55% …"; "… total goods exports increased 4%. Within this total, re-exports
    increased 4.1%, while domestic exports went down 3.2%"): the total's rate lies between
    its parts' (weighted-growth, FC211 bounds). The parts listed are not known to be all of
    the total: a note."""
    rate_of: dict[tuple[int, int], Operand] = {}
    for r in found:
        rate = r.get(Role.RATE)
        if r.kind is RelationKind.GROWTH and rate is not None and rate.is_percent:
            rate_of.setdefault(rate.key, rate)
    out: list[Relation] = []
    for s in art.sentences:
        m = _WITHIN.match(art.text, s.start, s.end)
        before = art.sentence_before(s) if m else None
        if m is None or before is None:
            continue
        heads = [f for f in art.in_range(before.start, before.end) if f.is_percent]
        head = rate_of.get(heads[-1].key) if heads else None
        if head is None:
            continue
        noun = m.group("noun")
        named = art.text[before.start:head.start]
        if noun and not re.search(rf"\b{re.escape(noun.split()[-1])}", named, re.I):
            continue  # "Within services" speaks of the services of the sentence before
        parts = [rate_of[f.key] for f in art.in_range(m.end(), s.end) if f.key in rate_of]
        if len(parts) < 2 or len(parts) != len([f for f in art.in_range(m.end(), s.end) if f.is_percent]):
            continue
        out.append(Relation(RelationKind.WEIGHTED_GROWTH,
                            ((Role.RATE, head), *((Role.FROM_PART, p) for p in parts)),
                            (Cue(m.group().strip(), m.start(), m.end()),), 0.6,
                            why=N_("the rates of the parts of the total whose rate the sentence before "
                                   "gives")))
    return out


def _subject_tail(art: Prose, fig: Operand) -> tuple[str, ...]:
    """The last three words naming what a figure measures, periods, verbs and fillers out."""
    words = [w.lower().strip("'-") for w in _SUBJECT_WORD.findall(subject_of(art, fig.start))]
    return tuple(w for w in words if w and not _NOT_SUBJECT.fullmatch(w))[-3:]


def _one_subject(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same last two words, and the same word before them when both print one
    (consumer / producer price inflation)."""
    return a[-2:] == b[-2:] and (len(a) < 3 or len(b) < 3 or a[0] == b[0])


def _same_figures(art: Prose) -> Iterator[Relation]:
    """One value printed again for one subject — "Euro area unemployment rate at 10.8%" …
    "the euro area seasonally-adjusted unemployment rate was 10.8%" — is one quantity stated
    twice (FC406). A name match, never the nearest figure: the subjects end in the same two
    words, not only generic ones (rate), in sentences that name no two different months; a
    bare number (top 10) is no quantity."""
    for figs in printed_again(art.figures):
        clusters: dict[tuple[str, ...], list[Operand]] = {}
        for f in figs:
            tail = _subject_tail(art, f)
            if len(tail) >= 2 and not all(w in _GENERIC for w in tail[-2:]) \
                    and (f.is_percent or f.reading.unit is not None):
                home = next((k for k in clusters if _one_subject(k, tail)), tail)
                clusters.setdefault(home, []).append(f)
        for tail, same in clusters.items():
            months = {_first_month(art, f) for f in same} - {""}
            if len(same) < 2 or len(months) > 1 \
                    or len({art.sentence_of(f.start).start for f in same}) < len(same):
                continue
            yield Relation(RelationKind.SAME, tuple((Role.MEMBER, f) for f in same), (), 0.8,
                           why=Message(N_("the same value printed again for {key}"),
                                       key=" ".join(tail[-2:])))


def _headline_words(art: Prose, fig: Operand) -> set[str]:
    """The words of a figure's sentence before it that may name what it measures: four letters
    or more, none a verb of change, a month, a filler or a generic word (rate)."""
    words = {w.lower().strip("'-") for w in _SUBJECT_WORD.findall(art.sentence_prefix(fig))}
    return {w for w in words if len(w) >= 4 and w not in _GENERIC and not _NOT_SUBJECT.fullmatch(w)}


def _headline_restated(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """A figure of the headline restated in the body — "Unemployment drops to 7.8 percent" …
    "a further reduction in the unemployment rate to a new record low of 7.8 percent",
    "Kenya's Jan. inflation rises to 6.99 pct" … "inflation rose marginally to 6.99 percent" —
    is one quantity stated twice (FC406). The headline is the article's first line when it
    is short and ends with no full stop; the restatement is the first later printing of the
    same value, kind, unit and qualifier (600% is not "more than 600 per cent") whose
    sentence shares a word naming the statistic with the headline's (never a verb of change
    or a generic word), of no other month and not the other side of a pair (exports /
    imports). A name match: the value alone never links."""
    end = art.text.find("\n")
    head = art.text[:end].strip() if end > 0 else ""
    if not head or len(head) > 160 or head.endswith((".", "!", "?", ":")):
        return
    held = {f.key for r in found if r.kind is RelationKind.SAME for _, f in r.roles}
    for fig in art.in_range(0, end):
        if fig.key in held or not (fig.is_percent or fig.reading.unit is not None):
            continue
        words = _headline_words(art, fig)
        month = _first_month(art, fig)
        for later in art.in_range(end, len(art.text)):
            r, other = fig.reading, later.reading
            if (r.value, r.unit, r.unit_kind, r.qualifier) \
                    != (other.value, other.unit, other.unit_kind, other.qualifier):
                continue
            shared = words & _headline_words(art, later)
            if not shared:
                continue
            if (month and _first_month(art, later) not in ("", month)) \
                    or _one_side_each(art, fig, later):
                break  # the first restatement is of another month or side: none
            if later.key not in held:
                yield Relation(RelationKind.SAME, ((Role.MEMBER, fig), (Role.MEMBER, later)), (), 0.8,
                               why=Message(N_("the same value printed again for {key}"),
                                           key=" ".join(sorted(shared))))
            break


def _one_side_each(art: Prose, a: Operand, b: Operand) -> bool:
    """The sentences of ``a`` and ``b`` name the two sides of a pair of ``complements``
    (exports / imports, men / women) one each."""
    texts = (art.sentence_prefix(a).lower(), art.sentence_prefix(b).lower())
    for pair in lexicon.table("complements", art.language).values():
        sides = [[side] if isinstance(side, str) else list(side) for side in pair]
        named = [[any(re.search(rf"\b{re.escape(w)}\b", t) for w in side) for side in sides]
                 for t in texts]
        if named[0] != named[1] and named[0].count(True) == 1 and named[1].count(True) == 1:
            return True
    return False


# --- the phrasing of the rules common to every language (discover/rules_prose.py) ---

def _words(category: str) -> str:
    return lexicon.alternation(lexicon.words(category, "en"))


_VERB = r"\s*$"  # a qualifier (about 0.4) belongs to the figure's own text
PROSE: dict[str, re.Pattern[str]] = {
    "contribution": re.compile(rf"(?P<cue>\b(?:{_words('contribution')})){_VERB}", re.I),
    "contribution_rate": re.compile(
        rf"(?P<cue>\b(?:{_words('contribution_rate')}))\s+(?:of|was|at)?\s*$", re.I),
    "average": re.compile(
        rf"(?P<cue>\b(?:{_words('average_growth')}))(?:\s+(?:growth|rate))?"
        r"\s+(?:of|was|at)?\s*$", re.I),
    "balance": re.compile(
        rf"(?P<cue>\b(?:{_words('balance')}))\s+(?:of|was|at|stood at|"
        r"[a-z]+ed to)?\s*$", re.I),
    "change": re.compile(
        rf"(?P<cue>\b(?:{_words('rise')}|{_words('decline')}))\s+by\s*$", re.I),
    "falling": re.compile(rf"\b(?:{_words('decline')})", re.I),
    "negative": re.compile(rf"\b(?:{_words('negative_balance')})", re.I),
    "exports": re.compile(rf"\b(?:{_words('exports')})\b[^,;.]{{0,20}}$", re.I),
    "imports": re.compile(rf"\b(?:{_words('imports')})\b[^,;.]{{0,20}}$", re.I),
    # "6.1%, down from 6.2%", "rose to 5.9% from 6.2%"
    "from_after": re.compile(
        rf"^,?\s*(?P<cue>(?:(?P<dir>{_words('rise')}|{_words('decline')})\s+)?"
        r"from)\s+$", re.I),
    "to_before": re.compile(
        rf"(?P<dir>\b(?:{_words('rise')}|{_words('decline')}))"
        r"(?:\s+(?:further|slightly|sharply|back|again))?\s+to\s*$", re.I),
    # "to 4.35 per cent in September against 5.30 per cent in August"
    "against_after": re.compile(
        r"^(?:\s+(?:in|for|during) [A-Za-z]+(?: \d{4})?)?,?\s+(?P<cue>against|compared "
        r"(?:with|to)|versus|vs\.?)\s+$", re.I),
    # "(17.5% to 14.3%)", "from 9.7% to 10.7%": the earlier value first
    "to_between": re.compile(r"^\s*(?P<cue>to)\s+$", re.I),
    "from_before": re.compile(r"(?:\bfrom|\()\s*$", re.I),
    "direction_words": re.compile(
        rf"\b(?P<dir>{_words('rise')}|{_words('decline')}|"
        rf"(?:{_words('rise_after')}|{_words('decline_after')})s?)\b", re.I),
}
# the periods a balance's sentence names: a balance and its flows are of one period
PERIODS = (_words("balance_periods") + rf"|\b(?:{_MONTHS})\b|\b(?:year|quarter|half|month)\b")
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b")
_CHANGE_TO = re.compile(r"\s*to\s+", re.I)
_CHANGE_FROM = re.compile(r",?\s*from\s+", re.I)


def balance_side(art: Prose, fig: Operand, pattern: re.Pattern[str], dim: str, period: str,
                 para_start: int) -> list[Operand]:
    """The flow named after a balance, in the next paragraphs, of the same month ("the deficit
    was $39.5 billion in July … July exports were $186.3 billion"): the first flow after it,
    when the first month named in its sentence is the balance's."""
    s = art.sentence_of(fig.start)
    month = _MONTH.search(art.text, s.start, s.end)
    if month is None:
        return []
    end = art.paragraph_of(fig.start)[1]
    for _ in range(2):
        end = art.paragraph_of(min(end + 1, len(art.text)))[1]
    for f in art.in_range(fig.end, end):
        if not (f.is_amount and dimension(f) == dim and art.before(f, pattern)):
            continue
        fs = art.sentence_of(f.start)
        first = _MONTH.search(art.text, fs.start, fs.end)
        return [f] if first is not None and first.group(0) == month.group(0) else []
    return []


def change_sides(art: Prose, fig: Operand, m: re.Match[str], cs: int, rest: list[Operand],
                 deltas: set[tuple[int, int]]) -> list[tuple[Role, Operand]] | None:
    """The levels a change of no rate joins: "by 145,000 to 2.6 million", "by 87,000, from A
    to B"; None when neither follows."""
    dim = dimension(fig)
    after = [f for f in rest[:2] if f.is_amount and dimension(f) == dim]
    gap = art.folded[fig.end:after[0].start] if after else ""
    if after and _CHANGE_TO.fullmatch(gap):
        return [(Role.CURRENT, after[0])]  # by 145,000 to 2.6 million
    if len(after) == 2 and _CHANGE_FROM.fullmatch(gap) and _CHANGE_TO.fullmatch(
            art.folded[after[0].end:after[1].start]):
        return [(Role.CURRENT, after[1]), (Role.PRIOR, after[0])]
    return None


def from_to(art: Prose, a: Operand, b: Operand) -> tuple[Operand, Operand, str, int, int] | None:
    """Two neighbouring figures as a value and its earlier value: "B, down from A" and "eased
    to A in May against B" (the earlier last), "from A to B" and "(A to B)" (the earlier
    first); the current, the prior, the word of direction and the cue's span."""
    pat = PROSE
    between = art.folded[a.end:b.start]
    m = pat["from_after"].match(between)
    if m is None and pat["to_before"].search(art.folded[max(0, a.start - 40):a.start]):
        m = pat["against_after"].match(between)  # eased to A in May against B
    if m is not None:
        # "B, down from A": b is the earlier value
        current, prior = a, b
        word = m.groupdict().get("dir") or ""
        if not word:
            t = pat["to_before"].search(art.folded[max(0, a.start - 40):a.start])
            word = t.group("dir") if t else ""
    else:
        m = pat["to_between"].match(between)
        s = art.sentence_of(a.start)
        if m is None or not pat["from_before"].search(art.folded[s.start:a.start]):
            return None
        # "(17.5% to 14.3%)", "from 9.7% to 10.7%": the direction is the last word of
        # change before them in the sentence (the highest increases were …)
        current, prior = b, a
        words = list(pat["direction_words"].finditer(art.folded, s.start, a.start))
        word = words[-1].group("dir") if words else ""
        if a.is_amount and not pat["from_before"].search(
                art.folded[max(s.start, a.start - 8):a.start]):
            return None  # bare "(A to B)" only of rates; amounts need "from"
    return current, prior, word, a.end + m.start("cue"), a.end + m.end("cue")
