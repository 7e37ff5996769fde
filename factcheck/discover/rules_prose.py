"""Cue-word rules for the relations of statistical prose, in both languages (traditional
Chinese is folded first): contributions to growth (拉动…个百分点, contributed), contribution
rates (贡献率), average growth (两年平均增长), balances (顺差/逆差, surplus/deficit), changes
with no rate (比上年增加86.3亿元, rose by 145,000 to) and a figure with its earlier value and
the direction of the words (由52.5%提高到58.1%, down from 6.2%).

``withdraw`` runs before the other rules: the figures it explains are not what those rules
would take them for (a 拉动 figure is no percentage-point change of the rate before it, an
average rate has no amounts of its own), so it takes them out of their reach. ``discover``
runs after them, on what they left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise

from factcheck.claims.model import Direction
from factcheck.discover.context import Prose, dimension, negated, quoted_from
from factcheck.discover.relation import Cue, Operand, Relation, RelationKind, Role
from factcheck.languages import lexicon
from factcheck.numbers.reading import Qualifier


def _alt(category: str, language: str) -> str:
    return lexicon.alternation(lexicon.words(category, language))


def _cue(art: Prose, start: int, end: int) -> Cue:
    return Cue(art.text[start:end], start, end)


_BOUNDS = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST})


@cache
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    if language == "en":
        verb = r"\s*$"  # a qualifier (about 0.4) belongs to the figure's own text
        return {
            "contribution": re.compile(rf"(?P<cue>\b(?:{_alt('contribution', 'en')})){verb}", re.I),
            "contribution_rate": re.compile(
                rf"(?P<cue>\b(?:{_alt('contribution_rate', 'en')}))\s+(?:of|was|at)?\s*$", re.I),
            "average": re.compile(
                rf"(?P<cue>\b(?:{_alt('average_growth', 'en')}))(?:\s+(?:growth|rate))?"
                r"\s+(?:of|was|at)?\s*$", re.I),
            "balance": re.compile(
                rf"(?P<cue>\b(?:{_alt('balance', 'en')}))\s+(?:of|was|at|stood at|"
                r"[a-z]+ed to)?\s*$", re.I),
            "change": re.compile(
                rf"(?P<cue>\b(?:{_alt('rise', 'en')}|{_alt('decline', 'en')}))\s+by\s*$", re.I),
            "falling": re.compile(rf"\b(?:{_alt('decline', 'en')})", re.I),
            "negative": re.compile(rf"\b(?:{_alt('negative_balance', 'en')})", re.I),
            "exports": re.compile(rf"\b(?:{_alt('exports', 'en')})\b[^,;.]{{0,20}}$", re.I),
            "imports": re.compile(rf"\b(?:{_alt('imports', 'en')})\b[^,;.]{{0,20}}$", re.I),
            # "6.1%, down from 6.2%", "rose to 5.9% from 6.2%"
            "from_after": re.compile(
                rf"^,?\s*(?P<cue>(?:(?P<dir>{_alt('rise', 'en')}|{_alt('decline', 'en')})\s+)?"
                r"from)\s+$", re.I),
            "to_before": re.compile(
                rf"(?P<dir>\b(?:{_alt('rise', 'en')}|{_alt('decline', 'en')}))"
                r"(?:\s+(?:further|slightly|sharply|back|again))?\s+to\s*$", re.I),
            # "to 4.35 per cent in September against 5.30 per cent in August"
            "against_after": re.compile(
                r"^(?:\s+(?:in|for|during) [A-Za-z]+(?: \d{4})?)?,?\s+(?P<cue>against|compared "
                r"(?:with|to)|versus|vs\.?)\s+$", re.I),
            # "(17.5% to 14.3%)", "from 9.7% to 10.7%": the earlier value first
            "to_between": re.compile(r"^\s*(?P<cue>to)\s+$", re.I),
            "from_before": re.compile(r"(?:\bfrom|\()\s*$", re.I),
            "direction_words": re.compile(
                rf"\b(?P<dir>{_alt('rise', 'en')}|{_alt('decline', 'en')}|"
                rf"(?:{_alt('rise_after', 'en')}|{_alt('decline_after', 'en')})s?)\b", re.I),
        }
    return {
        "contribution": re.compile(
            rf"(?P<cue>(?:{_alt('contribution', 'zh')})[^，,。；\d]{{0,16}}?"
            rf"(?:{_alt('rise', 'zh')}|{_alt('decline', 'zh')})?)(?:了)?$"),
        "contribution_rate": re.compile(
            rf"(?P<cue>(?:{_alt('contribution_rate', 'zh')}))(?:为|达到|达|是){{0,2}}$"),
        "average": re.compile(rf"(?P<cue>(?:{_alt('average_growth', 'zh')}))(?:了)?$"),
        "balance": re.compile(rf"(?P<cue>(?:{_alt('balance', 'zh')}))(?:为|达到|达|是)?$"),
        "change": re.compile(
            rf"(?P<cue>(?:{_alt('period_change', 'zh')}|{_alt('increase', 'zh')}|"
            rf"{_alt('decrease', 'zh')}))(?:了)?$"),
        "falling": re.compile(_alt("decrease", "zh") + "|" + _alt("decline", "zh")),
        "negative": re.compile(_alt("negative_balance", "zh")),
        "exports": re.compile(rf"(?<!进)(?:{_alt('exports', 'zh')})(?:总额)?(?:为|达到|达)?$"),
        "imports": re.compile(rf"(?:{_alt('imports', 'zh')})(?:总额)?(?:为|达到|达)?$"),
        # 由52.5%, 由去年同期的52.5%: the earlier value, perhaps with its period
        "from_before": re.compile(rf"(?:{_alt('direction_from', 'zh')})(?:[^，,。；\d]{{1,8}}的)?$"),
        # 比上年 / 较上月 / 同比: the change is against an earlier period
        "against_period": re.compile(rf"(?:比|较|與|与|{_alt('year_on_year', 'zh')}|"
                                     rf"{_alt('period_change', 'zh')})"),
        "to_between": re.compile(
            rf"^(?P<cue>(?P<dir>{_alt('rise', 'zh')}|{_alt('decline', 'zh')})?(?:到|至))$"),
    }


def _withdrawn(art: Prose, figs: list[Operand]) -> None:
    keys = {f.key for f in figs}
    art.consumed.update(keys)
    art.figures = [f for f in art.figures if f.key not in keys]
    art.withdrawn = sorted([*art.withdrawn, *figs], key=lambda f: f.start)


def withdraw(art: Prose) -> list[Relation]:
    """Contributions, contribution rates and average rates, taken out of the other rules'
    reach."""
    pat = _patterns(art.language)
    out: list[Relation] = []
    taken: list[Operand] = []
    for fig in art.figures:
        if fig.is_pp:
            m = art.before(fig, pat["contribution"])
            if m is None:
                continue
            cs, ce = art.absolute(fig, m, "cue")
            negative = bool(pat["falling"].search(m.group("cue")))
            head = negated(fig, cs) if negative else quoted_from(fig, cs)
            roles: list[tuple[Role, Operand]] = [(Role.CONTRIBUTION, head)]
            rate = _rate_before(art, fig)
            if rate is not None and (art.before(rate, pat["contribution_rate"]) is not None
                                     or art.before(rate, pat["average"]) is not None):
                rate = None  # 贡献率为55.0%，拉动3.3个百分点: a contribution rate is no growth
            if rate is not None:
                roles.append((Role.PART_GROWTH, rate))
                amount = _amount_before(art, rate)
                if amount is not None:
                    roles.append((Role.PART, amount))
            out.append(Relation(RelationKind.CONTRIBUTION, tuple(roles), (_cue(art, cs, ce),), 0.8,
                                why="拉动 / contributed: a part's change over the whole before"))
            taken.append(fig)
        elif fig.is_percent:
            for kind, key, role, why in (
                    (RelationKind.CONTRIBUTION_RATE, "contribution_rate", Role.CONTRIBUTION_RATE,
                     "贡献率: a part's share of the whole's change"),
                    (RelationKind.AVERAGE_GROWTH, "average", Role.AVERAGE,
                     "an average rate across several periods, not a change between two amounts")):
                m = art.before(fig, pat[key])
                if m is None:
                    continue
                cs, ce = art.absolute(fig, m, "cue")
                out.append(Relation(kind, ((role, quoted_from(fig, cs)),), (_cue(art, cs, ce),),
                                    0.8, why=why))
                taken.append(fig)
                break
    for rel in _conversions(art):
        out.append(rel)
        taken.append(rel.roles[1][1])
    _withdrawn(art, taken)
    return out


# a figure with the same quantity in another unit in brackets: 11606.4万公顷(17409.5万亩)
_BRACKETED = re.compile(r"\s*[(（]\s*")
_CLOSING = re.compile(r"\s*[)）]")


def _conversions(art: Prose) -> Iterator[Relation]:
    """A figure followed by the same quantity in another unit of its dimension, in brackets:
    one quantity printed twice, which must agree once converted; the bracketed figure is
    no operand of any other statement."""
    for fig in art.figures:
        opened = _BRACKETED.match(art.text, fig.end) if fig.is_amount else None
        if opened is None:
            continue
        other = art.figure_at(opened.end())
        if other is None or not other.is_amount or not _CLOSING.match(art.text, other.end):
            continue
        dim = dimension(fig)
        if dim.startswith("?") or dim == "dimensionless" or dimension(other) != dim \
                or other.reading.unit == fig.reading.unit:
            continue
        yield Relation(RelationKind.SAME, ((Role.MEMBER, fig), (Role.MEMBER, other)),
                       (Cue(art.text[fig.end:opened.end()].strip(), fig.end, opened.end()),), 0.85,
                       why="the same quantity in another unit, in brackets after it")


def _rate_before(art: Prose, fig: Operand) -> Operand | None:
    """The growth rate printed just before ``fig`` in its sentence (the part's own rate)."""
    s = art.sentence_of(fig.start)
    rates = [f for f in art.in_range(s.start, fig.start)
             if f.is_percent and not _SHARE_CUE.search(art.clause_prefix(f))]
    return rates[-1] if rates else None


# a share is no growth rate of the part (…增长9.5%，占全省的60.3%，拉动…5.5个百分点)
_SHARE_CUE = re.compile(r"占|比重|占比|\baccount(?:ed|s|ing)? for\b|\bshare\b", re.I)


def _amount_before(art: Prose, fig: Operand) -> Operand | None:
    s = art.sentence_of(fig.start)
    amounts = [f for f in art.in_range(s.start, fig.start) if f.is_amount]
    return amounts[-1] if amounts else None


def discover(art: Prose, found: list[Relation]) -> list[Relation]:
    """Balances, changes with no rate, and figures with their earlier values."""
    # a growth rate read alone ("the highest increases … (14.3% to 21.0%)") joins no figure;
    # a quantity stated twice (出超1571.4亿美元、首破突破1500亿美元) is still a balance
    used = {f.key for r in found for _, f in r.roles
            if not (r.kind is RelationKind.GROWTH and len(r.roles) == 1)
            and r.kind is not RelationKind.SAME}
    out = list(_balances(art, used))
    used |= {f.key for r in out for _, f in r.roles}
    out += list(_changes(art, used))
    used |= {f.key for r in out for _, f in r.roles}
    out += list(_from_to(art, used))
    return out


def _balances(art: Prose, used: set[tuple[int, int]]) -> Iterator[Relation]:
    pat = _patterns(art.language)
    for fig in art.figures:
        if fig.key in used or not fig.is_amount:
            continue
        m = art.before(fig, pat["balance"])
        if m is None:
            continue
        cs, ce = art.absolute(fig, m, "cue")
        negative = bool(pat["negative"].search(m.group("cue")))
        head = negated(fig, cs) if negative else quoted_from(fig, cs)
        roles: list[tuple[Role, Operand]] = [(Role.BALANCE, head)]
        # the two sides may be printed sentences before the balance (出口…；进口…。顺差…)
        para_start = art.paragraph_of(fig.start)[0]
        dim = dimension(fig)
        period = _period(art, fig)
        for role, key in ((Role.LEFT, "exports"), (Role.RIGHT, "imports")):
            # a flow of another period is not a side of this balance (12月进口… 全年出超…)
            side = [f for f in art.in_range(para_start, fig.start)
                    if f.is_amount and dimension(f) == dim and art.before(f, pat[key])
                    and (not period or _period(art, f) in (
                        (period,) if period in _PRIOR_PERIODS else (period, "")))]
            if not side and period and period not in _PRIOR_PERIODS and art.language != "en":
                # a flow of the same named period paragraphs before (12月出口…⏎…12月出超…)
                side = [f for f in art.in_range(0, para_start)
                        if f.is_amount and dimension(f) == dim and art.before(f, pat[key])
                        and _period(art, f) == period]
            if not side and art.language == "en":
                side = _side_after(art, fig, pat[key], dim)
            if side:
                roles.append((role, side[-1]))
        both = len(roles) == 3
        yield Relation(RelationKind.BALANCE, tuple(roles), (_cue(art, cs, ce),), 0.85 if both else 0.6,
                       why="a balance is exports − imports, negative for a deficit")


_PRIOR_PERIODS = frozenset(w.lower() for lang in ("zh", "en")
                           for w in lexicon.words("prior_periods", lang))
_PERIOD = re.compile(
    lexicon.alternation([*lexicon.words("balance_periods", "zh"),
                         *lexicon.words("balance_periods", "en")])
    + r"|第?[一二三四1-4]季度?|前[一二三四五六七八九十\d]{1,2}个?月|"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-—至到~～](?:\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|\b(?:year|quarter|half|month)\b", re.I)


def _period(art: Prose, fig: Operand) -> str:
    """The last period named in the sentence before ``fig`` (全年, 12月, 1-8月, June), or ""."""
    s = art.sentence_of(fig.start)
    found = list(_PERIOD.finditer(art.folded, s.start, fig.start))
    if not found:
        return ""
    period = re.sub(r"份$", "", found[-1].group(0).lower())
    return re.sub(r"季度$", "季", period.removeprefix("第"))  # 第4季 = 4季度


_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December)\b")


def _side_after(art: Prose, fig: Operand, pattern: re.Pattern[str], dim: str) -> list[Operand]:
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


def _changes(art: Prose, used: set[tuple[int, int]]) -> Iterator[Relation]:
    """An amount after an increase word, with no rate after it in its clause: in Chinese
    against an earlier period (比上年增加86.3亿元), the change of the amount printed before it
    in the sentence; in English "by 145,000 to 2.6 million" or "by 87,000, from A to B"."""
    pat = _patterns(art.language)
    deltas = {f.key for f in art.figures if f.is_amount and art.before(f, pat["change"])}
    for fig in art.figures:
        if fig.key in used or fig.key not in deltas:
            continue
        m = art.before(fig, pat["change"])
        assert m is not None
        cs, ce = art.absolute(fig, m, "cue")
        s = art.sentence_of(fig.start)
        rest = art.in_range(fig.end, s.end)
        if rest and rest[0].is_percent and not re.search(r"[，,。；;]", art.folded[fig.end:rest[0].start]):
            continue  # a growth rate follows in the clause: the growth rule speaks for it
        negative = bool(pat["falling"].search(m.group("cue")))
        head = negated(fig, cs) if negative else quoted_from(fig, cs)
        dim = dimension(fig)
        roles: list[tuple[Role, Operand]] = [(Role.DELTA, head)]
        after = [f for f in rest[:2] if f.is_amount and dimension(f) == dim]
        if art.language == "en":
            gap = art.folded[fig.end:after[0].start] if after else ""
            if after and re.fullmatch(r"\s*to\s+", gap, re.I):
                roles.append((Role.CURRENT, after[0]))  # by 145,000 to 2.6 million
            elif len(after) == 2 and re.fullmatch(r",?\s*from\s+", gap, re.I) and re.fullmatch(
                    r"\s*to\s+", art.folded[after[0].end:after[1].start], re.I):
                roles += [(Role.CURRENT, after[1]), (Role.PRIOR, after[0])]
            else:
                continue
        else:
            if not pat["against_period"].search(art.clause_prefix(fig)[:m.end()]):
                continue  # no earlier period named (其中…减少2千人): a part, not a change
            before = [f for f in art.in_range(s.start, cs)
                      if f.is_amount and dimension(f) == dim and f.key not in deltas]
            if not before:
                continue
            # 出超1571.4亿美元、首破1500亿美元，年增765.6亿美元: a threshold passed is not the level
            exact = [f for f in before if f.reading.qualifier not in _BOUNDS]
            roles.append((Role.CURRENT, exact[-1] if exact else before[-1]))
        yield Relation(RelationKind.CHANGE, tuple(roles), (_cue(art, cs, ce),), 0.75,
                       why="增加/减少 with no rate: the change of the amount before it")


def _from_to(art: Prose, used: set[tuple[int, int]]) -> Iterator[Relation]:
    """由A提高到B / from A to B / B, down from A: B with its earlier value and direction."""
    pat = _patterns(art.language)
    figs = art.figures
    for a, b in pairwise(figs):
        if a.key in used or b.key in used or a.kind is not b.kind or dimension(a) != dimension(b):
            continue
        if not (a.is_percent or a.is_amount):
            continue
        between = art.folded[a.end:b.start]
        if art.language == "en":
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
                    continue
                # "(17.5% to 14.3%)", "from 9.7% to 10.7%": the direction is the last word of
                # change before them in the sentence (the highest increases were …)
                current, prior = b, a
                words = list(pat["direction_words"].finditer(art.folded, s.start, a.start))
                word = words[-1].group("dir") if words else ""
                if a.is_amount and not pat["from_before"].search(
                        art.folded[max(s.start, a.start - 8):a.start]):
                    continue  # bare "(A to B)" only of rates; amounts need "from"
            cs, ce = a.end + m.start("cue"), a.end + m.end("cue")
        else:
            m = pat["to_between"].match(between)
            if m is None or not pat["from_before"].search(art.clause_prefix(a)):
                continue
            current, prior = b, a
            word = m.group("dir") or ""
            cs, ce = a.end + m.start("cue"), a.end + m.end("cue")
        if not word:
            continue
        direction = (Direction.DOWN if pat["falling"].search(word) else Direction.UP).value
        roles = ((Role.CURRENT, current), (Role.PRIOR, prior))
        yield Relation(RelationKind.FROM_TO, roles, (_cue(art, cs, ce),), 0.85,
                       why="a figure with its earlier value: the words state the direction",
                       extra={"direction": direction})


def link_structures(art: Prose, relations: list[Relation]) -> list[Relation]:
    """A structure printed with a partition of as many parts: its components are those parts."""
    out = []
    for rel in relations:
        if rel.kind is RelationKind.STRUCTURE and rel.structure_text and rel.structure_span:
            n = rel.structure_text.count(":") + 1
            para = art.paragraph_of(rel.structure_span[0])
            for other in relations:
                total = other.get(Role.TOTAL)
                if other.kind is RelationKind.PARTITION and total is not None \
                        and len(other.all(Role.PART)) == n \
                        and art.paragraph_of(total.start) == para:
                    rel = replace(rel, roles=tuple((Role.COMPONENT, p) for p in other.all(Role.PART)))
                    break
        out.append(rel)
    return out
