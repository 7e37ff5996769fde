"""Cue-word rules for English statistical prose: "up X% from", "of which", "respectively",
"accounted for", "percentage points higher than", "in total", "structure of a:b:c"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.discover import rules_prose, templates
from factcheck.discover.context import Article, dimension, name_key, negated, quoted_from, with_unit
from factcheck.discover.relation import Cue, Fig, Relation, RelationKind, Role, share
from factcheck.languages import lexicon

_RISE = lexicon.alternation(lexicon.words("rise", "en"))
_FALL = lexicon.alternation(lexicon.words("decline", "en"))
_ABOVE_BELOW = lexicon.alternation(lexicon.words("above", "en") + lexicon.words("below", "en"))
_GROWTH_CUE = re.compile(rf"(?P<cue>\b(?:{_RISE}|{_FALL}))(?:\s+by)?\s*$", re.I)
_INCREASE_CUE = re.compile(
    rf"(?P<cue>\b(?:{_RISE}|{_FALL}|{lexicon.alternation(lexicon.words('increase', 'en'))}))"
    r"(?:\s+by)?\s*$", re.I)
_PP_CHANGE_CUE = re.compile(rf"(?P<cue>\b(?:{_RISE}|{_FALL}))(?:\s+by)?\s*$", re.I)
_PP_GAP_AFTER = re.compile(rf"^\s*(?P<cue>{_ABOVE_BELOW})\s+(?P<other>[^,.;()]{{1,40}}?)"
                           r"(?=\s*(?:[,.;(]|$|\d))", re.I)
_SHARE_CUE = re.compile(r"(?P<cue>\baccount(?:ed|s|ing)? for|\bmade up|\bmake up|\ba share of)\s*$",
                        re.I)
_SHARE_WHOLE = re.compile(r"^\s*of\s+(?P<whole>[^,.;]{1,50}?)(?=\s*(?:[,.;]|$))", re.I)
_OF_WHICH = re.compile(r"\bof which\b|\bincluding\b", re.I)
_TOTAL_CUE = re.compile(r"(?P<cue>\ba total of|\btotalling|\btotaling|\bin total|\bcombined|"
                        r"\btogether|\btotal(?:led|ed)?)\s*$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_STRUCTURE = re.compile(r"(?P<cue>\bstructure\s+(?:was|of|stood at|is))\s*"
                        r"(?P<ratio>\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+)", re.I)
_OTHER_PERIOD = re.compile(r"(?:in|on|at|during)\s|(?:the\s+)?(?:previous|prior|last|a year)", re.I)
_REAL = re.compile(r"value added|\bGDP\b|gross domestic product|in real terms|price-adjusted", re.I)
_DECLINE = re.compile(rf"\b(?:{_FALL}|{lexicon.alternation(lexicon.words('below', 'en'))})", re.I)


def discover(art: Article) -> list[Relation]:
    withdrawn = rules_prose.withdraw(art)  # before the rules that would misread them
    out: list[Relation] = []
    out += list(_structures(art))
    out += list(templates.discover(art))
    out += list(_respectively(art))
    out += list(_growth(art, out))
    out += list(_of_which(art))
    out += list(_totals(art))
    out += list(_shares(art))
    out += list(_pp(art))
    out += rules_prose.discover(art, out)
    out += withdrawn
    return rules_prose.link_structures(art, out)


def _cue(art: Article, start: int, end: int) -> Cue:
    return Cue(art.text[start:end], start, end)


def _structures(art: Article) -> Iterator[Relation]:
    for m in _STRUCTURE.finditer(art.text):
        start, end = m.span("ratio")
        for f in art.in_range(start, end):
            art.consumed.add(f.key)
        ratio = re.sub(r"\s+", "", m.group("ratio"))
        yield Relation(RelationKind.STRUCTURE, (), (_cue(art, m.start("cue"), m.end("cue")),), 0.9,
                       structure_text=ratio, structure_span=(m.start("cue"), end),
                       why="a structure lists the shares of a partition")
    art.figures = [f for f in art.figures if f.key not in art.consumed]


def _respectively(art: Article) -> Iterator[Relation]:
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
            roles: tuple[tuple[Role, Fig], ...] = ((Role.RATE, rate),)
            if pair:
                roles += ((Role.CURRENT, pair[i]),)
            yield Relation(RelationKind.GROWTH, roles, (_cue(art, m.start(), m.end()),),
                           0.85 if pair else 0.9,
                           real=bool(_REAL.search(art.text[s.start:rate.start])),
                           why="respectively pairs the listed rates with the listed amounts")


def _prefix(art: Article, fig: Fig) -> str:
    return art.text[art.sentence_of(fig.start).start:fig.start]


def _growth(art: Article, found: list[Relation]) -> Iterator[Relation]:
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
        roles: list[tuple[Role, Fig]] = [(Role.RATE, rate)]
        cues = [_cue(art, cs, ce)]
        s = art.sentence_of(fig.start)
        after = art.text[fig.end:s.end]
        # "... up 5.2% to 1.2 billion yuan from 1.14 billion yuan"
        for word, role in (("to", Role.CURRENT), ("from", Role.PRIOR)):
            w = re.search(rf"\b{word}\s+", after[:60])
            if w is None:
                continue
            target = next((f for f in art.in_range(fig.end + w.end(), s.end)
                           if f.start == fig.end + w.end() and f.is_amount), None)
            if target is not None:
                roles.append((role, target))
        before = [f for f in art.in_range(s.start, cs) if f.key not in art.consumed]
        stop = max((i for i, f in enumerate(before) if not f.is_amount), default=-1)
        amounts = [f for f in before[stop + 1:] if f.is_amount]
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
                       why="up/down X% gives the rate of the amount printed with it")


def _of_which(art: Article) -> Iterator[Relation]:
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
                           why="“of which” introduces a part of the figure before it")


def _totals(art: Article) -> Iterator[Relation]:
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
        parts = [f for f in art.in_range(s.start, total.start) if f.is_amount and dimension(f) == dim]
        if len(parts) < 2:
            continue
        cue = Cue(m.group().strip(), total.start, total.end)
        yield Relation(RelationKind.PARTITION,
                       ((Role.TOTAL, total), *((Role.PART, p) for p in parts)), (cue,), 0.85,
                       why="“a total of” sums the figures listed before it")


def _shares(art: Article) -> Iterator[Relation]:
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
        roles: list[tuple[Role, Fig]] = [(Role.SHARE, fig)]
        if part is not None:
            roles.append((Role.PART, part))
        wholes: list[Fig] = []
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


def _pp(art: Article) -> Iterator[Relation]:
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
                               why="“X percentage points higher than” compares two rates")
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
        change = negated(fig, cs) if _DECLINE.match(m.group("cue")) else quoted_from(fig, cs)
        roles: list[tuple[Role, Fig]] = [(Role.CHANGE, change), (Role.OF, rates[-1])]
        frm = re.match(r"^\s*(?:from|compared with)\s+", art.text[fig.end:fig.end + 20])
        if frm is not None:
            prior = art.figure_at(fig.end + frm.end())
            if prior is not None and prior.is_percent:
                roles.append((Role.PRIOR, prior))
        yield Relation(RelationKind.PP_CHANGE, tuple(roles), (cue,), 0.9,
                       why="“up X percentage points” changes the rate before it")
