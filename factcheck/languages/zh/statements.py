"""Cue-word rules for Chinese statistical prose (simplified; traditional is folded first).

Each rule reads the figures around a cue (其中, 分别, 占…比重, 提高…个百分点, 高于…个百分点,
增长…%, 增加…, 结构为…, 合计) and proposes relations with the cue as evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from fractions import Fraction
from itertools import pairwise

from factcheck.core.i18n import N_, Message
from factcheck.discover.confidence import CANDIDATES
from factcheck.discover.context import (
    LOOKBACK,
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
from factcheck.discover.rules_prose import PRIOR_PERIODS, period_of
from factcheck.discover.text import clause_start, fold
from factcheck.languages import lexicon
from factcheck.languages.zh.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.numbers.reading import Qualifier


def _alt(*categories: str) -> str:
    return lexicon.alternation([w for c in categories for w in lexicon.words(c, "zh")])


DECLINE = lexicon.words("decline", "zh") + lexicon.words("below", "zh")
_RISE = _alt("rise")
_FALL = _alt("decline")
_GROWTH_CUE = re.compile(rf"(?P<cue>{_RISE}|{_FALL})(?:了|为|达|高达|达到)?$")
_INCREASE_CUE = re.compile(rf"(?P<cue>(?:{_alt('net_new')})(?=[^，,。；\d]{{0,12}}$)"
                           rf"|(?:{_alt('increase', 'decrease')})(?:了)?$)")
_PRIOR_AFTER = re.compile(rf"[，,]?(?:{_alt('prior_period')})(?:为|是|的)")
_DELTA = re.compile(rf"(?:{_alt('increase', 'decrease')})(?:了)?$")
_BARE_RATE = re.compile(rf"^\s*(?:(?:{_alt('rate_context')})\s*)*$")
# 年增0.3%至3.3%, 年增四十％至四十五％: a band of rates (its upper end in digits or numerals)
_RANGE_NEXT = re.compile(rf"\s*(?:{_alt('range_joins')})\s*[\d{CHINESE_NUMERAL_CHARS}]")
_PP_CHANGE_CUE = re.compile(
    rf"(?P<cue>(?:(?:比|较|与)(?P<period>[^，,。；]{{0,10}}?)(?:相比)?)?(?:{_RISE}|{_FALL}))(?:了)?$")
_PP_GAP_CUE = re.compile(rf"(?P<cue>{_alt('above', 'below')})(?P<other>[^，,。；\d]{0,16}?)"
                         r"(?:平均水平|平均)?(?:的)?$")
_SHARE_CUE = re.compile(rf"(?P<cue>(?:{_alt('share_of')})(?P<whole>[^，,。；\d]{{0,24}}?)(?:的)?"
                        r"(?:比重|比例|份额)?|占比)"
                        r"(?:分别)?(?:为|达到|达|是)?$")
# 分别按年减少4.9%、9.2%及5.6%: the words of the earlier period may stand before the verb
_RESPECTIVELY = re.compile(rf"分别(?:为|是|达到|达|(?:{_alt('year_on_year')})?(?P<verb>{_RISE}|{_FALL}))?")
_OF_WHICH = re.compile(_alt("of_which"))
_REPORTED_BY = re.compile(_alt("reported_by"))
_TOTAL_SUFFIX = re.compile(rf"(?:{_alt('total_suffix')})$")
_ADJUSTED = re.compile(_alt("seasonally_adjusted"))
_AMOUNT_VERBS = re.compile(_alt("amount_verbs"))
_NET_NEW = re.compile(_alt("net_new"))
_CHANGE_WORD = re.compile(_alt("rise", "decline", "increase", "decrease", "period_change"))
_BOUNDS = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN,
                     Qualifier.AT_MOST})
_PLAN_WHOLE = re.compile(rf"(?:{_alt('plan_wholes')})数?的?$")
_BALANCE_WORD = re.compile(lexicon.alternation(list(lexicon.words("balance", "zh"))))
# 按经营单位所在地分， / 按消费类型分， / 分城乡看，: a breakdown of the statement before
_BREAKDOWN = re.compile(rf"(?:{_alt('breakdown_open')})[^，,。；\d]{{1,12}}?"
                        rf"(?:{_alt('breakdown_close')})[，,：:]")
# 规模以上工业企业中，: the subject the next amounts are parts of
_TOPIC = re.compile(r"(?:^|(?<=[。；\n]))(?:[^，,。；\n]{0,10}?[，,]|[^，,。；\d\n]{0,4}\d{1,2}月份?)?"
                    r"(?P<topic>[^，,。；\d\n]{3,16}?)中[，,]")
_TOTAL_CUE = re.compile(r"(?P<cue>合计|总计|共计|总共|合共)(?:为|达到|达)?$")
_STRUCTURE = re.compile(r"(?P<cue>结构(?:比例)?(?:调整)?(?:为|是|由)?)\s*"
                        r"(?P<ratio>\d+(?:\.\d+)?(?:\s*[:：]\s*\d+(?:\.\d+)?)+)")
_EVERY = re.compile(r"每(?P<n>\d+)(?P<noun>[^，,。；\d]{0,14}?)中[，,]?(?:就)?有(?P<m>\d+)")
_FUNNEL = re.compile(r"(?:进入|其中|进入到)[^，,。；\d]{0,8}$")
_TOTAL_MARK = re.compile(r"累计|全市|全省|全国|全区|总|共")
_AREA_MARK = re.compile(rf"[区县镇]|新区|园区|{_alt('net_new')}")
_REAL = re.compile(r"增加值|生产总值|GDP")
_SECTORS = lexicon.ordered("sectors", "zh")


def structures(art: Prose) -> list[Relation]:
    """Ratio structures (结构比为…), read before the templates."""
    return list(_structures(art))


def before_common(art: Prose, found: list[Relation]) -> list[Relation]:
    """The Chinese rules that run before the rules common to every language."""
    relations = list(found)
    relations += list(_respectively(art))
    relations += list(_growth(art, relations))
    relations += list(_of_which(art))
    relations += list(_totals(art))
    relations += list(_sectors(art, relations))
    relations += list(_sector_rates(art, relations))
    relations += list(_breakdowns(art, relations))
    relations += list(_main_items(art, relations))
    relations += list(_complement_parts(art, relations))
    relations += list(_complement_means(art, relations))
    relations += list(_topic_parts(art, relations))
    relations += list(_every(art))
    relations += list(_funnel(art))
    relations += list(_shares(art, relations))
    relations += list(_pp_changes(art))
    relations += list(_parallel_pp_changes(art))
    relations += list(_pp_gaps(art))
    relations += list(_same_metric_parts(art, relations))
    relations += list(_same_noun_parts(art, relations))
    return relations


def after_common(art: Prose, found: list[Relation]) -> list[Relation]:
    """The Chinese rules that read what the others found: listed changes, a quantity
    stated twice, rates as shares, months within periods."""
    relations = list(found)
    relations += list(_listed_changes(art, relations))
    relations += list(_same_figures(art))
    relations += list(_headline_figures(art, relations))
    relations += list(_rate_shares(art))
    relations += list(_months_within(art, relations))
    relations += list(_enumerations(art))
    relations += list(_complement_rates(art, relations))
    return relations


def _is_decline(cue: str) -> bool:
    return any(cue.endswith(w) or cue == w for w in DECLINE)


def _structures(art: Prose) -> Iterator[Relation]:
    for m in _STRUCTURE.finditer(art.folded):
        start, end = m.span("ratio")
        for f in art.in_range(start, end):
            art.consumed.add(f.key)
        ratio = re.sub(r"\s+", "", m.group("ratio")).replace("：", ":")
        yield Relation(RelationKind.STRUCTURE, (), (Cue(art.text[m.start("cue"):m.end("cue")], m.start("cue"),
                                                 m.end("cue")),), 0.9,
                       structure_text=ratio, structure_span=(m.start("cue"), end),
                       why=N_("a structure lists the shares of a partition"))
    art.figures = [f for f in art.figures if f.key not in art.consumed]


def _list_after(art: Prose, offset: int, end: int) -> list[Operand]:
    """Figures listed from ``offset``: separated by 、, 和, 及, 与 or a comma and nothing else."""
    out: list[Operand] = []
    pos = offset
    for f in art.in_range(offset, end):
        gap = art.folded[pos:f.start]
        if out and not re.fullmatch(r"\s*(?:、|和|及|与|,|，)\s*", gap):
            break
        if not out and gap.strip():
            break
        out.append(f)
        pos = f.end
    return out


def _respectively(art: Prose) -> Iterator[Relation]:
    for m in _RESPECTIVELY.finditer(art.folded):
        s = art.sentence_of(m.start())
        listed = _list_after(art, m.end(), s.end)
        if len(listed) < 2:
            continue
        unit = listed[-1].reading.unit
        if unit and any(f.reading.unit is None for f in listed):
            listed = [with_unit(f, unit) if f.reading.unit is None else f for f in listed]
        verb = m.group("verb") or ""
        if not verb:
            before = art.folded[max(s.start, m.start() - 6):m.start()]
            g = re.search(rf"({_RISE}|{_FALL})$", before)
            verb = g.group(1) if g else ""
        cue = Cue(art.text[m.start():m.end()], m.start(), m.end())
        if listed[0].is_percent or listed[0].kind.value == "multiple":
            if not verb:
                continue
            rates = [negated(f, f.start) if _is_decline(verb) else f for f in listed]
            pair = _aligned_before(art, s.start, m.start(), len(rates), lambda f: f.is_amount)
            for f in rates:
                art.consumed.add(f.key)
            for i, rate in enumerate(rates):
                roles: tuple[tuple[Role, Operand], ...] = ((Role.RATE, rate),)
                if pair:
                    roles += ((Role.CURRENT, pair[i]),)
                yield Relation(RelationKind.GROWTH, roles, (cue,), 0.85 if pair else 0.9,
                               real=bool(_REAL.search(art.sentence_prefix(rate))),
                               why=N_("分别 pairs the listed rates with the listed amounts"))


def _aligned_before(art: Prose, start: int, cue: int, n: int, item: Callable[[Operand], bool],
                    exact: bool = False) -> list[Operand]:
    """The ``n`` figures before a 分别 cue that its list of ``n`` aligns with, index by index
    (留宿旅客116.38万人次，不过夜旅客104.59万人次，分别增加5.4倍及4.2倍): the last ``n`` of
    the figures ``item`` accepts between ``start`` and the cue; with ``exact``, only when
    the statement since the last other figure not in brackets (or the last 其中) holds
    exactly ``n`` of them (关闸(823,029人次)、大桥(562,073人次)及横琴(222,788人次)…
    分别占48.6%、33.2%及13.1%)."""
    if exact:  # the statement opens after the last 其中 / 当中 too
        start = max([start, *(m.end() for m in _OF_WHICH.finditer(art.folded, start, cue))])
    figs = art.in_range(start, cue)
    if exact:
        last = max((i for i, f in enumerate(figs) if not item(f) and not _in_brackets(art, f)),
                   default=-1)
        figs = figs[last + 1:]
    items = [f for f in figs if item(f)]
    if len(items) < n or (exact and len(items) != n):
        return []
    return items[-n:]


def _points_list(art: Prose, m: re.Match[str], fig: Operand) -> list[Operand]:
    """A list of changes in points ending at ``fig`` (0.5和0.8个百分点): the bare items of
    group ``list`` take the unit printed after the last."""
    head = [f for f in art.in_range(m.start("list"), m.end("list")) if f.reading.unit is None]
    return [with_unit(f, lexicon.words("percentage_point", "zh")[0]) for f in head] + [fig]


def _growth(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    done = {f.key for r in found for _, f in r.roles}
    for fig in art.figures:
        if fig.key in done or not (fig.is_percent or fig.kind.value == "multiple"):
            continue
        m = art.before(fig, _GROWTH_CUE)
        if m is None or _RANGE_NEXT.match(art.folded, fig.end):
            continue  # 年增0.3%至3.3%: a band of rates, not one rate
        prefix = art.clause_prefix(fig)
        if re.search(r"占[^，,。；]*$", prefix) or "比重" in prefix[-8:]:
            continue  # a share
        cs, ce = art.absolute(fig, m, "cue")
        rate = negated(fig, cs) if _is_decline(m.group("cue")) else quoted_from(fig, cs)
        cues = [Cue(art.text[cs:ce], cs, ce)]
        roles: list[tuple[Role, Operand]] = [(Role.RATE, rate)]
        s = art.sentence_of(fig.start)
        own_clause = fig.start - len(prefix)
        # a rate with its own subject (生产效率提高41%) speaks of no amount before it
        floor = s.start if _BARE_RATE.match(prefix[:m.start()]) else own_clause
        earlier = [f for f in art.in_range(floor, fig.start)]
        # the amounts of the same statement: back to the previous rate of the sentence, past
        # a rate in brackets (佔總數51.9%) and past rates listed with this one (月減2.5%、年增43.4%)
        stop = _statement_start(art, earlier, fig)
        amounts = [f for f in earlier[stop + 1:] if f.is_amount and f.key not in art.consumed]
        current = increase = prior = None
        for a in amounts:
            inc = art.before(a, _INCREASE_CUE)
            if inc is not None:
                ics, ice = art.absolute(a, inc, "cue")
                increase = negated(a, ics) if _is_decline(inc.group("cue")) else quoted_from(a, ics)
                cues.append(Cue(art.text[ics:ice], ics, ice))
            elif re.search(r"(?:由|从)$", art.clause_prefix(a)) or \
                    re.match(rf"(?:{_alt('rise', 'decline')})?(?:到|至)", art.after_figure(a)):
                prior = a
            elif current is not None and a.reading.qualifier in _BOUNDS:
                continue  # 出口6407.5亿美元、首度突破6000亿美元: a threshold passed, not the level
            else:
                current = a
        listed = _list_after(art, fig.start, s.end)
        levels = [a for a in amounts if art.before(a, _INCREASE_CUE) is None
                  and a.reading.qualifier not in _BOUNDS
                  and not re.search(r"(?:由|从)$", art.clause_prefix(a))]
        if len(listed) >= 2 and len(levels) == len(listed) and increase is None and prior is None \
                and all(f.is_percent for f in listed) and len({dimension(a) for a in levels}) == 1:
            # 出口6407.5亿美元、进口4836.1亿美元，年增率达34.9%及22.6%: one cue for a list of
            # rates after as many levels of one statement: they align index by index, as 分别 does
            decline = _is_decline(m.group("cue"))
            for level, item in zip(levels, listed, strict=True):
                item_rate = negated(item, cs) if decline else quoted_from(item, cs)
                art.consumed.add(item.key)
                yield Relation(RelationKind.GROWTH, ((Role.RATE, item_rate), (Role.CURRENT, level)),
                               tuple(cues), 0.85, real=bool(_REAL.search(art.sentence_prefix(fig))),
                               why=N_("a list of rates after one word of growth pairs with the "
                                      "listed amounts"))
            continue
        late = _PRIOR_AFTER.match(art.folded, fig.end)
        if late is not None and prior is None:
            prior = art.figure_at(late.end())
            prior = prior if prior is not None and prior.is_amount else None
        if prior is not None and current is None:
            # 由A增长到B: B follows 到/至
            nxt = [f for f in amounts if f.start > prior.start]
            current = nxt[0] if nxt else None
        for role, f in ((Role.CURRENT, current), (Role.PRIOR, prior), (Role.INCREASE, increase)):
            if f is not None:
                roles.append((role, f))
        confidence = 0.9 if len(roles) > 1 else 0.95
        yield Relation(RelationKind.GROWTH, tuple(roles), tuple(cues), confidence,
                       real=bool(_REAL.search(art.sentence_prefix(fig))),
                       why=N_("增长/下降 gives the rate of the amount printed with it"))


_LISTED_RATE = re.compile(rf"\s*[、，,]\s*(?:{_alt('rate_context')})*(?:{_RISE}|{_FALL})(?:了|为|达)?\s*$")


def _statement_start(art: Prose, earlier: list[Operand], fig: Operand) -> int:
    """The index in ``earlier`` (the figures before ``fig`` in its sentence) of the last
    figure of an earlier statement: the last rate not in brackets and not listed with
    ``fig`` (…624.8亿美元，月减2.5%、年增43.4%: both rates are of the one amount)."""
    nxt = fig
    for i in range(len(earlier) - 1, -1, -1):
        f = earlier[i]
        if f.is_amount:
            nxt = f
            continue
        if _in_brackets(art, f):
            continue
        if nxt.key == fig.key or nxt.is_percent:
            gap = art.folded[f.end:nxt.start]
            if (f.is_percent or f.kind.value == "multiple") and _LISTED_RATE.fullmatch(gap):
                nxt = f
                continue
        return i
    return -1


def _amounts_before(art: Prose, offset: int, dim: str, sentence_start: int) -> list[Operand]:
    """The amounts of one dimension before ``offset`` in a sentence, nearest first."""
    return [f for f in reversed(art.in_range(sentence_start, offset))
            if f.is_amount and dimension(f) == dim and art.before(f, _DELTA) is None]


def _metric_word(art: Prose, fig: Operand) -> str:
    """What an amount measures, by the last word before it (总产值 → 产值, 增加值 → 加值)."""
    verbs = lexicon.alternation(lexicon.words("amount_verbs", "zh"))
    prefix = re.sub(rf"(?:{verbs})+$", "", art.clause_prefix(fig))
    return prefix[-2:]


def _named_whole(art: Prose, candidates: list[Operand], part: Operand) -> Operand | None:
    """The whole a part belongs to: the nearest amount measured by the same word as the part
    (农业产值 is part of 总产值, not of the 增加值 printed after it), else the nearest."""
    if not candidates:
        return None
    word = _metric_word(art, part)
    named = [c for c in candidates if word and _metric_word(art, c) == word]
    return named[0] if named else candidates[0]


def _per_capita(art: Prose, fig: Operand) -> bool:
    return any(w in art.clause_prefix(fig) for w in lexicon.words("per_capita", "zh"))


def _no_whole(art: Prose, fig: Operand) -> bool:
    """An average per head or per day, or a peak: what no list of parts adds up to."""
    # since the figure before it: the peak may be named a clause earlier (…最高峰出现在1月1日，达…)
    s = art.sentence_of(fig.start)
    earlier = art.in_range(s.start, fig.start)
    since = art.folded[earlier[-1].end if earlier else s.start:fig.start]
    return _per_capita(art, fig) or any(w in since for w in lexicon.words("not_wholes", "zh"))


def _adds_up(total: Operand, parts: list[Operand]) -> bool:
    """Two or more parts whose sum fits the total within rounding: a full breakdown."""
    if len(parts) < 2:
        return False
    lo = sum((p.reading.interval.lo for p in parts if p.reading.interval.lo is not None), Fraction(0))
    hi = sum((p.reading.interval.hi for p in parts if p.reading.interval.hi is not None), Fraction(0))
    t = total.reading.interval
    if t.lo is None or t.hi is None or any(p.reading.interval.hi is None for p in parts):
        return False
    return lo <= t.hi and t.lo <= hi


def _full_stop(art: Prose, offset: int) -> int:
    ends = [i for i in (art.folded.find(c, offset) for c in "。！？\n") if i >= 0]
    return min(ends) if ends else len(art.folded)


def _of_which(art: Prose) -> Iterator[Relation]:
    for m in _OF_WHICH.finditer(art.folded):
        s = art.sentence_of(m.start())
        stop = _full_stop(art, m.end())
        after = [f for f in art.in_range(m.end(), stop)
                 if f.is_amount and art.before(f, _DELTA) is None]
        after = after[:1] + [f for f in after[1:] if not _OF_WHICH.search(
            art.folded[after[0].end:f.start])] if after else []
        if not after:
            continue
        # a trade balance listed after the flows (其中，出口…；进口…；贸易顺差…) is no part of trade
        after = [f for f in after if not _BALANCE_WORD.search(art.clause_prefix(f))]
        # a change listed after its word (分别减少3千人与2千人) is no part of a level
        after = [f for f in after if not _a_change(art, f)]
        if not after:
            continue
        dim = dimension(after[0])
        parts = [f for f in after if dimension(f) == dim]
        candidates = [f for f in _amounts_before(art, m.start(), dim, s.start)
                      if not _a_change(art, f) and not _no_whole(art, f)]
        if not candidates and not art.folded[s.start:m.start()].strip(" ，,、"):
            # 其中 opens the sentence: the whole is in the sentence before
            prev = art.previous_sentence(s)
            para = art.paragraph_of(s.start)
            if prev is None and not art.folded[para[0]:m.start()].strip(" ，,、"):
                # 其中 opens the paragraph: the whole ends the paragraph before
                prev = art.sentence_of(_previous_text(art, para[0]))
                prev = prev if prev.end <= para[0] else None
            while prev is not None and not candidates:
                candidates = [f for f in _amounts_before(art, prev.end, dim, prev.start)
                              if not _a_change(art, f) and not _no_whole(art, f)]
                # past a peak or an average (…；单日最高峰…达226.5万人次), the statement's total
                # stands earlier in its paragraph
                before = art.previous_sentence(prev)
                prev = before if before is not None and art.paragraph_of(before.start) \
                    == art.paragraph_of(prev.start) else None
        total = _named_whole(art, candidates, parts[0])
        if total is None or any(_per_capita(art, f) for f in (total, *parts)):
            continue  # averages per head are not added up: 城镇居民人均 is no part of 全体居民人均
        cue = Cue(art.text[m.start():m.end()], m.start(), m.end())
        groups = _semicolon_groups(art, parts)
        if len(groups) >= 2 and all(len(g) == 2 and _complements([art.clause_prefix(p) for p in g])
                                    for g in groups):
            # 城镇…，乡村…；男性…，女性…: one 其中 holding two breakdowns of the same total
            for g in groups:
                yield Relation(RelationKind.PARTITION, ((Role.TOTAL, total), *((Role.PART, p) for p in g)),
                               (cue,), 0.85, why=N_("其中 lists complements, one breakdown per ；"))
            continue
        prefixes = [art.clause_prefix(p) for p in parts]
        # the three sectors exhaust the output they make (GDP), not every whole they share
        # (households use power of no sector: 城乡居民生活用电)
        sectors = len(parts) == 3 and all(sec in p for sec, p in zip(_SECTORS, prefixes, strict=True)) \
            and _names_sectors_whole(art, total)
        if sectors or _adds_up(total, parts):
            yield Relation(RelationKind.PARTITION,
                           ((Role.TOTAL, total), *((Role.PART, p) for p in parts)), (cue,), 0.85,
                           why=N_("其中 followed by the three sectors lists a full partition") if sectors
                           else N_("其中 lists parts that add up to the figure before it"))
            continue
        of_total = _months(art.sentence_prefix(total), art.sentence_prefix(total))
        for p in parts:
            # past a semicolon the list may have moved on to a new subject (…56家；软件企业4万余家)
            moved_on = any(c in art.folded[m.end():p.start] for c in "；;")
            # a period of its own the total's words do not name (21个行业增长…其中，7月份有23个
            # 行业增长): a month within the total's span, or a count of another period: a note
            of_part = _months(art.folded[m.end():p.start], art.sentence_prefix(p))
            other_period = of_part is not None and (of_total is None or of_part[0] != of_total[0])
            yield Relation(RelationKind.PART_OF, ((Role.TOTAL, total), (Role.PART, p)), (cue,),
                           0.6 if moved_on or other_period else 0.9,
                           why=N_("其中 introduces a part of the figure before it; this one "
                                  "follows a semicolon") if moved_on
                           else N_("其中 introduces a part of the figure before it"))


def _sectors(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """分产业看，第一产业…第二产业…第三产业…: the three sectors after a total partition it."""
    taken = {f.key for r in found if r.kind is RelationKind.PARTITION for _, f in r.roles}
    for first in art.figures:
        if first.key in taken or not first.is_amount or _SECTORS[0] not in art.clause_prefix(first):
            continue
        dim = dimension(first)
        para = art.paragraph_of(first.start)
        rest = [f for f in art.in_range(first.end, para[1]) if f.is_amount and dimension(f) == dim][:2]
        parts = [first, *rest]
        if len(parts) != 3 or not all(sec in art.clause_prefix(p)
                                      for sec, p in zip(_SECTORS, parts, strict=True)):
            continue
        total = _sectors_whole(art, first, dim, para[0])
        if total is None:
            continue
        cue = art.clause_prefix(first)
        start = first.start - len(cue)
        found_cue = Cue(art.text[start:first.start], start, first.start)
        if not (_names_sectors_whole(art, total) or _adds_up(total, parts)):
            # not known to be all of it (全社会用电量: households use power too): each a part
            for p in parts:
                yield Relation(RelationKind.PART_OF, ((Role.TOTAL, total), (Role.PART, p)),
                               (found_cue,), 0.6, why=N_("a sector of a whole it does not exhaust"))
            continue
        yield Relation(RelationKind.PARTITION, ((Role.TOTAL, total), *((Role.PART, p) for p in parts)),
                       (found_cue,), 0.8, why=N_("the three sectors listed after a total partition it"))


def _sector_rates(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """地区生产总值……增长6.7%。……第一产业增加值……增长3.5%；第二产业……增长6.1%；第三产业……
    增长7.6%: the three sectors exhaust GDP (lexicon: sectors, sectors_whole), so GDP's rate
    is their rates weighted (real rates: checked as lying between them). Each sector's rate
    is the first rate stated as a change after its name and before the next sector's; the
    whole's is the rate of the one GDP named before them in their paragraph or the one
    before — a single named candidate (two values: nothing)."""
    weighed = {f.key for r in found if r.kind is RelationKind.WEIGHTED_GROWTH for _, f in r.roles}
    # a rate printed with its sector's amount is already read with it; the bound adds no
    # check a changed figure could fail
    weighed |= {f.key for r in found if r.kind is RelationKind.GROWTH and r.get(Role.CURRENT)
                for role, f in r.roles if role is Role.RATE}
    for m in re.finditer(re.escape(_SECTORS[0]), art.folded):
        stop = _full_stop(art, m.start())
        stop = _full_stop(art, stop + 1) if stop + 1 < len(art.folded) else stop
        ends = [art.folded.find(sec, m.start(), stop) for sec in _SECTORS[1:]]
        if any(e < 0 for e in ends) or ends != sorted(ends):
            continue
        bounds = [m.start(), *ends, stop]
        rates = [_first_change_rate(art, a, b) for a, b in pairwise(bounds)]
        if any(r is None for r in rates):
            continue
        whole = _sector_whole_rate(art, m.start())
        if whole is None or whole.key in weighed or any(r.key in weighed for r in rates if r):
            continue
        if len({period_of(art, f) for f in (whole, *(r for r in rates if r))} - {""}) > 1:
            continue  # 三季度 GDP, 前三季度 sectors: two periods (one unnamed inherits)
        cue = Cue(art.text[m.start():m.end()], m.start(), m.end())
        yield Relation(RelationKind.WEIGHTED_GROWTH,
                       ((Role.RATE, whole), *((Role.FROM_PART, r) for r in rates if r)),
                       (cue,), 0.7, real=True,
                       why=N_("the three sectors' rates weigh up to the rate of the GDP they make"))
        weighed.update(f.key for f in (whole, *(r for r in rates if r)))


def _signed(art: Prose, f: Operand) -> Operand:
    """A rate with the sign its word of change states (下降3.2% is -3.2%)."""
    if f.negative or _change_sign(art, f) != -1:
        return f
    tail = art.clause_prefix(f)[-8:]
    cue = _FALL_WORD.search(tail)
    return negated(f, f.start - len(tail) + cue.start() if cue else f.start)


def _first_change_rate(art: Prose, start: int, end: int) -> Operand | None:
    """The first percent in ``start``–``end`` stated as a rise or a fall, signed."""
    f = next((f for f in art.in_range(start, end) if f.is_percent), None)
    if f is None or _change_sign(art, f) not in (1, -1) or _AVERAGE.search(art.clause_prefix(f)):
        return None
    return _signed(art, f)


def _sector_whole_rate(art: Prose, before: int) -> Operand | None:
    """The rate of change of the one GDP (``sectors_whole``) named in the paragraph of
    ``before`` or the one before it, up to ``before``; None unless one value."""
    para = art.paragraph_of(before)
    start = art.paragraph_of(max(para[0] - 2, 0))[0] if para[0] > 0 else para[0]
    named = [f for f in art.in_range(start, before) if f.is_percent
             and _change_sign(art, f) in (1, -1) and not _AVERAGE.search(art.clause_prefix(f))
             and any(name_key(w) in name_key(art.sentence_prefix(f))
                     for w in lexicon.words("sectors_whole", "zh"))
             and not any(sec in art.sentence_prefix(f) for sec in _SECTORS)]
    if len({(f.reading.value, _change_sign(art, f)) for f in named}) != 1:
        return None
    return _signed(art, named[-1])


def _names_sectors_whole(art: Prose, f: Operand) -> bool:
    """``f`` is named as a whole the three sectors exhaust (``sectors_whole``: 生产总值, GDP)."""
    return any(name_key(w) in name_key(art.clause_prefix(f))
               for w in lexicon.words("sectors_whole", "zh"))


def _level(art: Prose, f: Operand, dim: str) -> bool:
    """An amount of ``dim`` that can be a whole: not per head, not an increase."""
    return f.is_amount and dimension(f) == dim and not _no_whole(art, f) \
        and art.before(f, _DELTA) is None


def _sectors_whole(art: Prose, first: Operand, dim: str, para_start: int) -> Operand | None:
    """The whole of the three sectors: the one GDP named before them (a fact of the lexicon:
    三次产业 partition 地区生产总值), else the nearest level in their paragraph."""
    named = [f for f in art.in_range(max(0, first.start - NEAR), first.start)
             if _level(art, f, dim) and _names_sectors_whole(art, f)]
    if len(named) == 1:
        return named[0]
    return next((f for f in reversed(art.in_range(para_start, first.start))
                 if _level(art, f, dim)), None)


def _clause_levels(art: Prose, start: int) -> list[Operand]:
    """The first level of each ；-separated clause from ``start`` to the full stop (not an
    increase, not a figure per head): the items of a breakdown or of a list of main items."""
    stop = _full_stop(art, start)
    parts: list[Operand] = []
    pos = start
    for seg_end in [i for i in range(start, stop) if art.folded[i] in "；;"] + [stop]:
        first = next((f for f in art.in_range(pos, seg_end) if f.is_amount), None)
        pos = seg_end + 1
        if first is not None and art.before(first, _DELTA) is None and not _per_capita(art, first):
            parts.append(first)
    return parts


def _breakdowns(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """按经营单位所在地分，城镇…351.65亿元…；乡村…89.31亿元: a breakdown of the statement
    before, its parts the first level of each ；-separated clause up to the full stop. Parts
    known to be complements (城镇/乡村, 男/女) partition it; other lists are parts (≤)."""
    taken = {f.key for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
             for role, f in r.roles if role is Role.PART}
    for m in _BREAKDOWN.finditer(art.folded):
        parts = _clause_levels(art, m.end())
        if len(parts) < 2 or any(p.key in taken for p in parts):
            continue
        dim = dimension(parts[0])
        if any(dimension(p) != dim for p in parts):
            continue
        para = art.paragraph_of(m.start())
        # the figure broken down, past the parts of an earlier breakdown of it (按经营地统计，
        # 城镇…；乡村…。按消费形态统计，…: both break down the total before the first)
        total = next((f for f in reversed(art.in_range(para[0], m.start()))
                      if _level(art, f, dim) and f.key not in taken), None)
        named = True
        if total is None and not art.folded[para[0]:m.start()].strip():
            # the cue opens its paragraph: the figure broken down is in the paragraphs
            # before, past the parts of their own breakdowns (按消费类型分 after 按经营单位
            # 所在地分); known by name (消费品零售额 in 社会消费品零售总额), else a note
            total = next((f for f in reversed(art.in_range(max(0, m.start() - LOOKBACK),
                                                           para[0]))
                          if _level(art, f, dim) and f.key not in taken
                          and f.reading.value > max(p.reading.value for p in parts)), None)
            named = total is not None and _names_whole(art, total, parts)
        if total is None or total.reading.value <= max(p.reading.value for p in parts):
            continue
        cue = Cue(art.text[m.start():m.end()], m.start(), m.end())
        subjects = [art.clause_prefix(p) for p in parts]
        complete = len(parts) == 2 and _complements(subjects) and named
        kind = RelationKind.PARTITION if complete else RelationKind.PART_OF
        taken |= {p.key for p in parts}
        yield Relation(kind, ((Role.TOTAL, total), *((Role.PART, p) for p in parts)), (cue,),
                       0.85 if complete else 0.6,
                       why=N_("按…分 breaks the figure before into complements") if complete
                       else N_("按…分 breaks the figure before into parts not known to be all "
                               "of it"))


def _names_whole(art: Prose, total: Operand, parts: list[Operand]) -> bool:
    """The whole's subject names what each part measures (社会消费品零售总额 for 城镇消费品
    零售额): the part's subject without its first two characters (its half's name), read in
    the whole's without 总."""
    whole = art.clause_prefix(total).replace("总", "")
    for p in parts:
        own = re.sub(r"[^\w]+$", "", art.clause_prefix(p)).replace("总", "")
        if len(own) < 4 or (own[2:] not in whole
                            and name_key(own[2:]) not in name_key(whole)):
            return False
    return True


_MAIN_ITEMS = re.compile(rf"(?:{_alt('main_items_open')})[^，,。；\d]{{0,6}}?"
                         rf"(?:{_alt('main_items_close')})中?[，,：:]?")


def _main_items(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """观察10月主要订单来源，美国订单252.9亿美元…；东协订单149.4亿美元…: the main items of
    an amount named before, the first level of each ；-separated clause up to the full stop.
    Their whole is the nearest earlier level of the metric the cue's clause or the first item
    names (订单) and of its period (not the year to date when the cue names a month); parts
    not known to be all of it, so a note."""
    taken = {f.key for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
             for role, f in r.roles if role is Role.PART}
    for m in _MAIN_ITEMS.finditer(art.folded):
        parts = _clause_levels(art, m.end())
        if len(parts) < 2 or any(p.key in taken for p in parts) \
                or len({dimension(p) for p in parts}) > 1:
            continue
        s = art.sentence_of(m.start())
        clause = art.folded[clause_start(art.folded, m.start(), s.start):m.end()]
        period = _months(clause, clause)
        dim = dimension(parts[0])
        named = clause + _subject_key(art, parts[0])  # 订单 in the cue or the first item
        total = next((f for f in reversed(art.in_range(max(0, m.start() - NEAR), m.start()))
                      if _level(art, f, dim) and f.key not in taken  # not an item of a list
                      and len(key := _TOTAL_SUFFIX.sub("", _subject_key(art, f))) >= 2
                      and key[-2:] in named
                      and f.reading.value > max(p.reading.value for p in parts)
                      and _same_period(period, _months(art.clause_prefix(f), art.sentence_prefix(f)))),
                     None)
        if total is None:
            continue
        yield Relation(RelationKind.PART_OF, ((Role.TOTAL, total), *((Role.PART, p) for p in parts)),
                       (Cue(art.text[m.start():m.end()], m.start(), m.end()),), 0.6,
                       why=N_("the main items of the amount named before, not known to be all of it"))
        taken.update(p.key for p in parts)


def _same_period(cue: tuple[frozenset[int], str] | None,
                 total: tuple[frozenset[int], str] | None) -> bool:
    """The total's period is the cue's when the cue names one (a total of the year to date
    is not the whole of a month's items); a cue naming none takes the nearest total, whose
    items can only be fewer (checked as ≤)."""
    return cue is None or (total is not None and total[0] == cue[0])


def _complement_of(subject: str) -> tuple[str, str, str] | None:
    """The pair of complements a clause subject names one of, and what follows the name
    (留宿旅客 → 留宿, 不过夜, 旅客): the thing the two halves split."""
    return next(_halves_named(subject), None)


def _complement_parts(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """入境旅客220.97万人次……。留宿旅客116.38万人次，不过夜旅客104.59万人次: two amounts
    whose subjects are complements (lexicon: complements), in one sentence or in clauses a ；
    separates, partition the one earlier level that names what they split (旅客; the
    pair's own word of the whole, 进出口 for 出口 and 进口, when they name nothing after
    their halves) — a name match, not the nearest amount: in their paragraph, or the only
    such level of the paragraphs before."""
    taken = {f.key for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
             for role, f in r.roles if role in (Role.PART, Role.TOTAL)}
    wholes_of = lexicon.table("complement_wholes", "zh")
    # each part found: the whole it is a part of
    split = {p.key: t.key for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
             and (t := r.get(Role.TOTAL)) is not None for p in r.all(Role.PART)}

    def usable(f: Operand) -> bool:
        return f.is_amount and f.key not in taken and art.before(f, _DELTA) is None \
            and not _per_capita(art, f)

    for s in art.sentences:
        amounts = [f for f in art.in_range(s.start, s.end) if usable(f)]
        for a in amounts:
            named = _complement_of(art.clause_prefix(a))
            if named is None:
                continue
            one, other, thing = named
            words = [thing] if len(thing) >= 2 else next(
                (list(w) for k, w in wholes_of.items()
                 if sorted(lexicon.table("complements", "zh").get(k, [])) == sorted((one, other))), [])
            if not words:
                continue
            later = [f for f in art.in_range(a.end, _full_stop(art, a.end)) if usable(f)]
            b = next((f for f in later[:2] if dimension(f) == dimension(a)
                      and other in art.clause_prefix(f)), None)
            if b is None or (len(thing) >= 2 and thing[-2:] not in art.folded[a.end:b.start]):
                continue  # the second half names the same thing (不过夜旅客, 非税收入), or shares it
            para = art.paragraph_of(a.start)
            dim = dimension(a)
            wholes = [f for f in art.in_range(max(0, min(para[0], a.start - LOOKBACK)), a.start)
                      if _level(art, f, dim)
                      and any(w in name_key(art.clause_prefix(f)) or w in art.clause_prefix(f)
                              for w in words)
                      and (_complement_of(art.clause_prefix(f)) is None
                           or any(w in art.clause_prefix(f) for w in words if w != thing))
                      and f.reading.value > max(a.reading.value, b.reading.value)]
            if not wholes:
                continue
            total = wholes[-1]
            if any(_complement_of(art.clause_prefix(f)) is not None and split.get(f.key) != total.key
                   for f in art.in_range(total.end, a.start) if f.is_amount):
                continue  # an earlier pair of halves of another whole stands between
            if total.start >= para[0]:
                confidence = 0.8
            else:  # named in a paragraph before: only as the one level of that name
                confidence = 0.75 if len({f.reading.value for f in wholes}) == 1 else CANDIDATES
            cs = a.start - len(art.clause_prefix(a))
            yield Relation(RelationKind.PARTITION, ((Role.TOTAL, total), (Role.PART, a), (Role.PART, b)),
                           (Cue(art.text[cs:a.start], cs, a.start),), confidence,
                           why=Message(N_("two complements split the {thing} named before them"),
                                       thing=words[0]))
            taken.update((a.key, b.key))
            split.update({a.key: total.key, b.key: total.key})
            break


def _halves_named(subject: str) -> Iterator[tuple[str, str, str]]:
    """Each pair of complements whose one half the subject names: the half, the other half
    and what follows the name, less the verbs that end the subject (城镇居民人均可支配收入 → 城镇,
    乡村 | 农村, 居民人均可支配收入)."""
    for a, b in lexicon.table("complements", "zh").values():
        for one, other in ((b, a), (a, b)):  # the longer name first: 不过夜 before 过夜
            i = subject.find(one)
            if i >= 0:
                yield one, other, _SUBJECT_VERBS.sub("", subject[i + len(one):])
                break


_SUBJECT_VERBS = re.compile(rf"(?:{_alt('amount_verbs')}|有|则|亦|共)+$")


def _complement_means(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """全体居民人均可支配收入60925元……其中，城镇居民人均可支配收入69410元……；农村居民人均可支配收入
    45071元: the averages (medians, indices) of two complements lie around the same figure of
    the whole they split, the one earlier figure of their paragraph named by what they
    measure (FC411) — a name match with a single candidate, never the nearest amount. Their
    growth rates bound nothing: people move between the halves."""
    used = {f.key for r in found if r.kind is RelationKind.MEAN for _, f in r.roles}
    figs = [f for f in art.figures if art.mean_figure(f) and art.before(f, _DELTA) is None]
    averages = {f.key for f in figs}
    for i, a in enumerate(figs):
        if a.key in used:
            continue
        para = art.paragraph_of(a.start)
        for one, other, thing in _halves_named(art.clause_prefix(a)):
            thing = name_key(thing)
            # what is averaged names the whole, whoever the halves are (城镇常住居民人均可支配
            # 收入 of 全区居民人均可支配收入)
            at = [thing.find(w) for w in lexicon.words("mean_figures", "zh") if w in thing]
            thing = thing[min(at):] if at else thing
            if len(thing) < 2:
                continue
            b = next((f for f in figs[i + 1:i + 3] if f.start < para[1] and f.key not in used
                      and dimension(f) == dimension(a) and other in art.clause_prefix(f)
                      and thing in name_key(art.clause_prefix(f))), None)
            if b is None:
                continue
            # the whole named in their paragraph, else in the paragraph before (分城乡看 opens
            # the halves' own paragraph)
            wholes: dict[str, Operand] = {}
            start = para[0]
            for _ in range(2):
                wholes = {str(f.reading.value): f for f in art.in_range(start, a.start)
                          if f.key in averages and dimension(f) == dimension(a)
                          and thing in name_key(art.clause_prefix(f))
                          and not any(_halves_named(art.clause_prefix(f)))}
                if wholes or start == 0:
                    break
                start = art.paragraph_of(_previous_text(art, start))[0]
            if len(wholes) != 1:
                continue  # none named, or several: no link
            whole = next(iter(wholes.values()))
            cs = a.start - len(art.clause_prefix(a))
            yield Relation(RelationKind.MEAN, ((Role.MEAN, whole), (Role.GROUP, a), (Role.GROUP, b)),
                           (Cue(art.text[cs:a.start], cs, a.start),), 0.8,
                           why=Message(N_("the {thing} of the whole lies between its halves' ({one}, "
                                          "{other})"), thing=thing, one=one, other=other))
            used.update((whole.key, a.key, b.key))
            break


def _previous_text(art: Prose, offset: int) -> int:
    """The offset of the last character before ``offset`` that is not blank (0 if none)."""
    i = offset - 1
    while i > 0 and art.text[i].isspace():
        i -= 1
    return max(i, 0)


def _semicolon_groups(art: Prose, parts: list[Operand]) -> list[list[Operand]]:
    """Parts in runs that a ；between them separates."""
    groups: list[list[Operand]] = []
    for p in parts:
        if groups and not any(c in art.folded[groups[-1][-1].end:p.start] for c in "；;"):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


def _complements(subjects: list[str], table: str = "complements") -> bool:
    """Two clause subjects that name the two halves of one whole (lexicon: complements), or
    the two sides of another ``table`` of pairs."""
    for pair in lexicon.table(table, "zh").values():
        a, b = pair
        if (a in subjects[0] and b in subjects[1]) or (b in subjects[0] and a in subjects[1]):
            return True
    return False


def _topic_parts(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """规模以上工业企业中，国有控股企业实现利润总额11913.2亿元；…: each amount of the same
    metric after a topic and 中 is a part of the one earlier amount of that metric whose
    statement names the topic. Groups may overlap, so each part is checked on its own."""
    taken = {f.key for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
             for role, f in r.roles if role is Role.PART}
    for m in _TOPIC.finditer(art.folded):
        topic = name_key(m.group("topic"))
        if len(topic) < 3:
            continue
        stop = _full_stop(art, m.end())
        for part in art.in_range(m.end(), stop):
            if part.key in taken or not part.is_amount or art.before(part, _DELTA) is not None:
                continue
            metric = _metric_word(art, part)
            if len(metric) < 2:
                continue
            dim = dimension(part)
            named = [f for f in art.in_range(max(0, m.start() - NEAR), m.start())
                     if _level(art, f, dim) and _metric_word(art, f) == metric
                     and topic in name_key(art.sentence_prefix(f))
                     and f.reading.value > part.reading.value]
            if len(named) != 1:
                continue
            cue = Cue(art.text[m.start():m.end()], m.start(), m.end())
            yield Relation(RelationKind.PART_OF, ((Role.TOTAL, named[0]), (Role.PART, part)), (cue,),
                           0.75, why=Message(N_("a part of {topic}, whose {metric} is named before"),
                                             topic=m.group("topic"), metric=metric))
            # 零售业总销货价值中，网上销售占7.3%，临时估计为24亿元: a share naming no whole,
            # between the topic and its part in one sentence, is the part's share of the topic
            s = art.sentence_of(part.start)
            for rate in art.in_range(max(m.end(), s.start), part.start):
                cued = art.before(rate, _SHARE_CUE) if rate.is_percent else None
                if cued is not None and not name_key(cued.group("whole") or ""):
                    yield Relation(RelationKind.SHARE, ((Role.SHARE, rate), (Role.PART, part)),
                                   (cue,), 0.75, reading_role=Role.WHOLE, readings=(named[0],),
                                   why=Message(N_("a share of {topic}, named before"),
                                               topic=m.group("topic")))


def _totals(art: Prose) -> Iterator[Relation]:
    for total in art.figures:
        if not total.is_amount:
            continue
        m = art.before(total, _TOTAL_CUE)
        if m is None:
            continue
        s = art.sentence_of(total.start)
        dim = dimension(total)
        parts = [f for f in art.in_range(s.start, total.start)
                 if f.is_amount and dimension(f) == dim and art.before(f, _INCREASE_CUE) is None]
        if len(parts) < 2:
            continue
        cs, ce = art.absolute(total, m, "cue")
        yield Relation(RelationKind.PARTITION, ((Role.TOTAL, total), *((Role.PART, p) for p in parts)),
                       (Cue(art.text[cs:ce], cs, ce),), 0.85,
                       why=N_("合计 sums the figures listed before it"))


def _every(art: Prose) -> Iterator[Relation]:
    for m in _EVERY.finditer(art.folded):
        total, part = art.figure_at(m.start("n")), art.figure_at(m.start("m"))
        if total is None or part is None:
            continue
        yield Relation(RelationKind.PART_OF, ((Role.TOTAL, total), (Role.PART, part)),
                       (Cue(art.text[m.start():m.end("noun") + 1], m.start(), m.end("noun") + 1),),
                       0.8, why=N_("每N…中就有M: M of every N"))


def _funnel(art: Prose) -> Iterator[Relation]:
    """在研56个，进入临床24个: a later stage of the same things counted."""
    for s in art.sentences:
        figs = [f for f in art.in_range(s.start, s.end) if f.is_amount]
        for a, b in pairwise(figs):
            m = art.before(b, _FUNNEL)
            if m is None or _OF_WHICH.match(m.group()) or a.reading.unit != b.reading.unit:
                continue
            cs, ce = art.absolute(b, m)
            yield Relation(RelationKind.PART_OF, ((Role.TOTAL, a), (Role.PART, b)),
                           (Cue(art.text[cs:ce], cs, ce),), 0.6,
                           why=N_("a later stage (进入…) of the things just counted"))


_PP_LIST = re.compile(rf"(?P<cue>(?:比|较|与)[^，,。；\d]{{0,10}}?(?:相比)?(?:{_RISE}|{_FALL}))(?:了)?"
                      r"(?:分别)?(?P<list>(?:\d+(?:\.\d+)?\s*(?:、|和|及|与)\s*)+)$")


def _parallel_pp_changes(art: Prose) -> Iterator[Relation]:
    """…分别为14.3%和28.9%，比上年提高0.5和0.8个百分点: a list of changes aligned item by
    item with the list of rates of the clause before."""
    for fig in art.figures:
        if not fig.is_pp:
            continue
        s = art.sentence_of(fig.start)
        m = _PP_LIST.search(art.folded, max(s.start, fig.start - LOOKBACK), fig.start)
        if m is None or m.end() != fig.start:
            continue
        listed = _points_list(art, m, fig)
        rates = _aligned_before(art, s.start, m.start(), len(listed), lambda f: f.is_percent)
        if not rates or _list_after(art, rates[0].start, m.start()) != rates:
            continue  # the rates must be one list of as many items, nothing between them
        cs, ce = m.span("cue")
        decline = _is_decline(m.group("cue"))
        cue = Cue(art.text[cs:ce], cs, ce)
        for change, rate in zip(listed, rates, strict=True):
            c = negated(change, change.start) if decline else change
            yield Relation(RelationKind.PP_CHANGE, ((Role.CHANGE, c), (Role.OF, rate)), (cue,), 0.85,
                           why=N_("a list of changes aligned with the list of rates before it"))


def _rate_before(art: Prose, fig: Operand) -> Operand | None:
    """The rate a change in points is of: the last rate before it in its sentence, a
    contribution rate or an average included (贡献率为33.5%，较去年同期提高8.7个百分点)."""
    s = art.sentence_of(fig.start)
    withdrawn = [f for f in art.withdrawn if s.start <= f.start and f.end <= fig.start]
    for f in sorted([*art.in_range(s.start, fig.start), *withdrawn], key=lambda f: -f.start):
        if f.is_percent and not _in_brackets(art, f):
            return f
    return None


def _in_brackets(art: Prose, fig: Operand) -> bool:
    """A figure in an aside (上年同月为上涨6.3%) is not the subject of what follows it."""
    before = art.folded[art.sentence_of(fig.start).start:fig.start]
    return before.rfind("(") > before.rfind(")") or before.rfind("（") > before.rfind("）")


def _shares(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    growth_of = {rate.key: r for r in found if r.kind is RelationKind.GROWTH
                 and (rate := r.get(Role.RATE)) is not None}
    level_rate = {level.key: rate for r in growth_of.values()
                  if (level := r.get(Role.CURRENT)) is not None and (rate := r.get(Role.RATE)) is not None}
    done = {f.key for r in found if r.kind is RelationKind.SHARE for _, f in r.roles}
    for fig in art.figures:
        if not fig.is_percent or fig.key in done:
            continue
        m = art.before(fig, _SHARE_CUE)
        if m is None:
            continue
        cs, ce = art.absolute(fig, m, "cue")
        cue = Cue(art.text[cs:ce], cs, ce)
        s = art.sentence_of(fig.start)
        if "分别" in m.group(0) or art.folded.endswith("分别", max(s.start, cs - 2), cs):
            aligned = list(_respective_shares(art, fig, cs, cue, found, name_key(m.group("whole") or "")))
            if aligned:
                yield from aligned
                continue
        whole_name = name_key(m.group("whole") or "")
        if _PLAN_WHOLE.search((m.group("whole") or "").strip()):
            # 占调整预算105.47%: the part of its plan or budget done, which may pass 100%;
            # with the plan unprinted there is nothing to check (share-of-plan takes it printed)
            continue
        roles: list[tuple[Role, Operand]] = [(Role.SHARE, fig)]
        earlier = art.in_range(s.start, fig.start)
        # the nearest amount, never an increase (比上年末增加0.50万人，占总人口比重为39.2%)
        part = next((f for f in reversed(earlier) if f.is_amount and art.before(f, _DELTA) is None),
                    None)
        if part is not None and any(f.is_percent for f in earlier if f.start > part.start
                                    and f.key not in growth_of):
            part = None
        if part is not None and part.start < fig.start - len(art.clause_prefix(fig)) \
                and _own_subject(art.clause_prefix(fig)[:m.start()]):
            part = None  # 香港旅客占60.7%: the share names its own part; the amount before is not it
        if part is not None and not _clauses_go_on(art, part, fig.start - len(art.clause_prefix(fig))):
            part = None  # …680,584人次，客源主要来自台湾及大陆，分别占73.6%: a new subject between
        if part is not None and _BALANCE_WORD.search(art.clause_prefix(part)):
            part = None  # 逆差254亿元，相等于进口货值的5.5%: the balance is drafted signed, as a difference
        if part is not None:
            roles.append((Role.PART, part))
        part_growth = next((f for f in reversed(earlier) if f.key in growth_of), None)
        if part_growth is not None:
            roles.append((Role.PART_GROWTH, growth_of[part_growth.key].get(Role.RATE) or part_growth))
        wholes: list[Operand] = []
        named: list[Operand] = []
        whole_growth = None
        period = _months(art.sentence_prefix(fig), art.sentence_prefix(fig))
        before = art.previous_sentence(s)
        while period is None and before is not None \
                and art.paragraph_of(before.start) == art.paragraph_of(s.start):
            # a sentence that names no period speaks of the last one named before it (今年9月
            # 入境旅客…。不过夜旅客为…(占总数52.9%)): not of the year's total a later one names
            said = art.folded[before.start:before.end]
            period = _months(said, said)
            before = art.previous_sentence(before)
        if whole_name and len(whole_name) >= 2:
            for other in art.near(fig):
                if other.key == fig.key or (part is not None and other.key == part.key):
                    continue
                of_other = _months(art.sentence_prefix(other), art.sentence_prefix(other))
                if period and of_other and period[0] != of_other[0]:
                    continue  # the whole of another period (首8个月 against 8月)
                prefix = name_key(art.sentence_prefix(other))
                if whole_name not in prefix and not prefix.endswith(whole_name[-4:]):
                    continue
                if other.is_amount and part is not None and dimension(other) == dimension(part) \
                        and other.reading.value > part.reading.value:
                    wholes.append(other)
                elif other.is_amount and part is None and other.start < fig.start:
                    named.append(other)  # the whole of a share whose part is not printed
                elif other.key in growth_of and whole_name in prefix and other.start < fig.start \
                        and (part_growth is None or other.key != part_growth.key):
                    whole_growth = growth_of[other.key].get(Role.RATE) or other
        if part is None and len(named) == 1:
            wholes = named  # a name match with a single candidate
        if len(wholes) > 1 and len(scoped := _scoped(art, wholes, whole_name, fig)) == 1:
            wholes = scoped
            whole_growth = level_rate.get(wholes[0].key)
        if whole_growth is not None and part_growth is not None:
            roles.append((Role.WHOLE_GROWTH, whole_growth))
        else:
            roles = [r for r in roles if r[0] is not Role.PART_GROWTH]
        yield share(roles, cue, wholes, "占…比重 is the part's share of the named whole")
        # 占比分别为14.3%和28.9%: every listed rate is a share of the same whole
        for item in _list_after(art, fig.start, art.sentence_of(fig.start).end)[1:]:
            if item.is_percent or item.reading.unit is None:
                listed = item if item.is_percent else with_unit(item, "%")
                yield share([(Role.SHARE, listed)], cue, wholes if part is None else [],
                            "分别 lists several shares of the named whole")


def _scoped(art: Prose, wholes: list[Operand], whole_name: str, share: Operand) -> list[Operand]:
    """The named wholes whose other words all stand in the share's paragraph before it: of
    全国居民人均可支配收入, 城镇居民人均可支配收入 and 全国居民人均可支配收入中位数, the share
    of 全国居民人均工资性收入 in 可支配收入 is of the first — a name match on scope (全国居民)
    that breaks a tie among named candidates, never the nearest amount."""
    # at most NEAR characters back, as far as a whole is sought: linear in a long paragraph
    said = name_key(art.folded[max(art.paragraph_of(share.start)[0], share.start - NEAR):share.start])
    kept = []
    for w in wholes:
        name = name_key(re.sub(rf"(?:{_alt('clause_links')})+$", "", art.clause_prefix(w)))
        if whole_name not in name:
            return wholes  # a candidate whose clause names no whole (达17,043,667人次): no tie broken
        words = [p for p in name.split(whole_name) if p]
        if all(p in said for p in words):
            kept.append(w)
    return kept


def _clauses_go_on(art: Prose, fig: Operand, end: int) -> bool:
    """Every clause between ``fig``'s and ``end`` holds a figure: the statement about
    ``fig`` goes on (城镇人口24.10万人，比上年末增加0.5万人，占…); a clause with none names
    something new."""
    cuts = [fig.end + i for i, c in enumerate(art.folded[fig.end:end]) if c in "，,；;"]
    return all(art.in_range(a, b) for a, b in pairwise([*cuts, end]) if b - a > 1)


def _own_subject(words: str) -> bool:
    """Words before a cue that name a subject, not only link the clause to the one before
    (其中, 而, 则, 分别…: lexicon clause_links)."""
    rest = re.sub(rf"(?:{_alt('clause_links', 'clause_periods')}|[\s(（)）、，,])+", "", words)
    return len(rest) >= 2


def _respective_shares(art: Prose, fig: Operand, cs: int, cue: Cue, found: list[Relation],
                       whole_name: str) -> Iterator[Relation]:
    """关闸(823,029人次)、大桥(562,073人次)及横琴(222,788人次)…分别占48.6%、33.2%及13.1%:
    the listed shares align with as many amounts before the cue, and their whole is the
    total those amounts are listed under (其中/当中), when they are listed under one. That
    whole is found by the list, not by name: unless the cue names it (占入境旅客), the
    share is only a note (the shares may be of another whole: 占全市旅客)."""
    s = art.sentence_of(fig.start)
    listed = [fig] + [f if f.is_percent else with_unit(f, "%")
                      for f in _list_after(art, fig.start, s.end)[1:]
                      if f.is_percent or f.reading.unit is None]
    parts = _aligned_before(art, s.start, cs, len(listed), lambda f: f.is_amount, exact=True)
    if len(listed) < 2 or not parts or len({dimension(p) for p in parts}) != 1:
        return
    keys = {p.key for p in parts}
    totals = {total.key: total for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
              and (total := r.get(Role.TOTAL)) is not None
              and any(role is Role.PART and f.key in keys for role, f in r.roles)}
    wholes = list(totals.values()) if len(totals) == 1 else []
    named = bool(wholes) and len(whole_name) >= 2 \
        and whole_name in name_key(subject_of(art, wholes[0].start))
    for share_fig, part in zip(listed, parts, strict=True):
        rel = share([(Role.SHARE, share_fig), (Role.PART, part)], cue, wholes,
                    "分别占 aligns the listed shares with the listed amounts")
        yield rel if named or not wholes else replace(rel, confidence=0.65)


def _pp_changes(art: Prose) -> Iterator[Relation]:
    for fig in art.figures:
        if not fig.is_pp:
            continue
        m = art.before(fig, _PP_CHANGE_CUE)
        if m is None or art.before(fig, _PP_GAP_CUE) is not None or \
                re.search(rf"(?:{_alt('above', 'below')})[^，,。；]*$", art.sentence_prefix(fig)):
            continue
        of = _rate_before(art, fig)
        if of is None:
            continue
        cs, ce = art.absolute(fig, m, "cue")
        change = negated(fig, cs) if _is_decline(m.group("cue")) else quoted_from(fig, cs)
        roles: list[tuple[Role, Operand]] = [(Role.CHANGE, change), (Role.OF, of)]
        period = (m.group("period") or "").strip()
        stated = [f for f in art.in_range(cs, fig.start) if f.is_percent]
        confidence = 0.9
        if stated:
            roles.append((Role.PRIOR, stated[-1]))
        elif period and period not in lexicon.words("prior_period", "zh"):
            para = art.paragraph_of(of.start)
            earlier = [f for f in art.in_range(para[0], of.start) if f.is_percent
                       and period in art.sentence_prefix(f)
                       and _same_subject(art, f, of)]
            if len(earlier) == 1:
                roles.append((Role.PRIOR, earlier[0]))
                confidence = 0.75
        yield Relation(RelationKind.PP_CHANGE, tuple(roles), (Cue(art.text[cs:ce], cs, ce),), confidence,
                       why=N_("提高/下降…个百分点 changes the rate before it"))


def _subject(art: Prose, fig: Operand) -> str:
    prefix = art.clause_prefix(fig)
    cue = rf"(?:{_alt('year_on_year')}|比[^，,。；]{{0,8}})?(?:{_RISE}|{_FALL})(?:了|为|达)?$"
    return name_key(re.sub(cue, "", prefix))


def _same_subject(art: Prose, a: Operand, b: Operand) -> bool:
    sa, sb = _subject(art, a), _subject(art, b)
    if not sa or not sb:
        return not sa and not sb
    return sa[-4:] == sb[-4:]


_GAP_LIST = re.compile(rf"(?:(?P<cue>{_alt('above', 'below')})(?P<other>[^，,。；\d]{{0,16}}?)"
                       r"(?:平均水平|平均)?(?:的)?|(?P<cue2>比(?P<other2>[^，,。；\d]{1,12}?)"
                       r"(?:平均水平|平均)?(?<![提抬拉降减])"
                       rf"(?:{_alt('comparative_up', 'comparative_down')})))"
                       r"(?P<list>(?:\d+(?:\.\d+)?\s*(?:、|和|及|与)\s*)*)$")


def _is_growth(art: Prose, fig: Operand) -> bool:
    return art.before(fig, _GROWTH_CUE) is not None or fig.key in art.consumed


def _since_last_rate(art: Prose, fig: Operand) -> str:
    """The words of a rate's own statement: from the rate before it in the sentence, or
    the sentence start (城镇居民人均可支配收入15280元，增长5.0%)."""
    s = art.sentence_of(fig.start)
    before = [f for f in art.in_range(s.start, fig.start) if f.is_percent or f.is_pp]
    start = before[-1].end if before else s.start
    return art.folded[start:fig.start]


def _compared_removed(words: str, other: str) -> str:
    """The words without the places where ``other`` is what something is compared with or
    ranked in (比全国高, 高于全国, 居全国第十位): there it is not the rate's subject."""
    if not other:
        return words
    return re.sub(rf"(?:比|于|居|在|占){re.escape(other)}", "", words)


def _pp_gaps(art: Prose) -> Iterator[Relation]:
    growth_of: dict[tuple[int, int], bool] = {}
    words_of: dict[tuple[int, int], str] = {}
    subject_of: dict[tuple[tuple[int, int], str], str] = {}
    percents = [f for f in art.figures if f.is_percent]
    rate_starts = [f.start for f in percents]
    for fig in art.figures:
        if not fig.is_pp:
            continue
        s = art.sentence_of(fig.start)
        m = _GAP_LIST.search(art.folded, max(s.start, fig.start - LOOKBACK), fig.start)
        if m is None or m.end() != fig.start:
            continue
        comparative = m.group("cue2") is not None
        if comparative and any(art.folded.endswith(w, 0, m.start("cue2") + 1)
                               for w in lexicon.words("year_on_year", "zh")):
            continue  # 同比加快1.2个百分点: a change on the year, not a gap
        other_text = m.group("other2") if comparative else m.group("other")
        if comparative and (other_text or "") in lexicon.words("earlier_period", "zh"):
            continue  # 比上年高: a change against another period, not a gap
        cs, ce = m.span("cue2" if comparative else "cue")
        listed = _points_list(art, m, fig)
        rates = _aligned_before(art, s.start, cs, len(listed), lambda f: f.is_percent)
        if not rates:
            continue
        other = name_key(other_text or "")
        decline = _is_decline(m.group("cue")) if not comparative else \
            m.group("cue2").endswith(lexicon.words("comparative_down", "zh"))
        against: list[Operand] = []
        growth = _is_growth(art, rates[-1])
        if other:
            taken = {r.key for r in rates}
            lo = bisect_left(rate_starts, fig.start - NEAR)
            hi = bisect_right(rate_starts, fig.end + NEAR)
            for f in percents[lo:hi]:
                if f.key in taken:
                    continue
                if f.key not in growth_of:
                    growth_of[f.key] = _is_growth(art, f)
                    words_of[f.key] = _since_last_rate(art, f)
                if growth_of[f.key] != growth:
                    continue
                named = (f.key, other_text or "")
                if named not in subject_of:
                    subject_of[named] = name_key(_compared_removed(words_of[f.key], other_text or ""))
                prefix = subject_of[named]
                if other in prefix or (len(other) >= 3 and other[-3:] in prefix):
                    against.append(f)
        cue = Cue(art.text[cs:ce], cs, ce)
        for gap, rate in zip(listed, rates, strict=True):
            g = negated(gap, cs) if decline and gap is fig else (
                negated(gap, gap.start) if decline else (quoted_from(gap, cs) if gap is fig else gap))
            yield Relation(RelationKind.PP_GAP, ((Role.GAP, g), (Role.OF, rate)), (cue,),
                           0.9 if len(against) <= 1 else 0.8,
                           reading_role=Role.AGAINST if against else None, readings=tuple(against),
                           why=N_("高于/低于…个百分点 compares the rate before it with another"))


def _metric(art: Prose, fig: Operand) -> str:
    prefix = re.sub(r"(?:实现|完成|达到|达|为|是)$", "", art.clause_prefix(fig))
    return prefix[-2:]


def _same_metric_parts(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """规上工业完成产值526.42亿元；规上…制造业实现产值29.9亿元: a narrower subject, same metric."""
    taken = {f.key for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
             for role, f in r.roles if role is Role.PART}
    for s in art.sentences:
        nxt = art.next_sentence(s)
        if nxt is None or art.folded[s.end - 1:s.end] != "；":
            continue
        a = next((f for f in art.in_range(s.start, s.end) if f.is_amount), None)
        b = next((f for f in art.in_range(nxt.start, nxt.end) if f.is_amount), None)
        if a is None or b is None or b.key in taken or a.reading.unit != b.reading.unit:
            continue
        if _metric(art, a) != _metric(art, b) or not _metric(art, a) or b.reading.value >= a.reading.value:
            continue
        sa, sb = name_key(art.clause_prefix(a)), name_key(art.clause_prefix(b))
        sa = re.sub(rf"^(?:{_alt('clause_periods')})+", "", sa)
        if not sa or sa[:2] != sb[:2]:
            continue
        yield Relation(RelationKind.PART_OF, ((Role.TOTAL, a), (Role.PART, b)), (), 0.55,
                       why=N_("the same metric for a narrower subject in the next clause"))


def _noun_after(art: Prose, fig: Operand) -> str:
    m = re.match(r"(?:市级|省级|国家级)?([^，,。；、\d]{2,8}?)(?:[，,。；、和]|$)", art.after_figure(fig, 12))
    return (m.group(1) if m else "").replace("化", "")


def _same_noun_parts(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """区里建成14个市级智能化工厂 … 全市累计建成183个智能工厂: a district's count of the city's."""
    taken = {f.key for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
             for role, f in r.roles if role is Role.PART}
    totals = [f for f in art.figures if f.is_amount and _TOTAL_MARK.search(art.sentence_prefix(f))]
    for part in art.figures:
        if not part.is_amount or part.key in taken or not _AREA_MARK.search(art.sentence_prefix(part)):
            continue
        noun = _noun_after(art, part)
        if len(noun) < 2:
            continue
        for total in (t for t in totals if abs(t.start - part.start) <= NEAR):
            if total.key == part.key or total.reading.unit != part.reading.unit:
                continue
            if _noun_after(art, total) != noun or total.reading.value <= part.reading.value:
                continue
            yield Relation(RelationKind.PART_OF, ((Role.TOTAL, total), (Role.PART, replace(part))), (), 0.5,
                           why=Message(N_("the same things counted ({noun}) for an area and for "
                                          "the whole"), noun=noun))
            break


def _subject_key(art: Prose, fig: Operand) -> str:
    """What a figure measures, past the words that only link its clause (出口则 → 出口) and
    past who reports it (主计总处公布失业率 → 失业率), its name key taken."""
    words = re.sub(rf"(?:{_alt('clause_links')})+$", "", subject_of(art, fig.start))
    return name_key(_REPORTED_BY.split(words)[-1])


def _one_subject(a: str, b: str, precise: bool) -> bool:
    """Two subject keys of one quantity: one ends the other (出超, 贸易出超), or they share a
    head of four or more characters (本地服装出口货值, 港产服装出口货值) — three for a
    ``precise`` value, which is seldom printed twice by chance (季调失业率 3.39%,
    经季节调整后失业率 3.39%), past a word of total (进口总额 / 进口), or for such a value
    one begins the other and holds four or more (国外净需求贡献, 国外净需求贡献经济) — and
    their other words are not two sides of a pair of the lexicon (城镇/乡村; 户籍/常住)."""
    a, b = _TOTAL_SUFFIX.sub("", a), _TOTAL_SUFFIX.sub("", b)
    if a.endswith(b) or b.endswith(a):
        return True
    if precise and min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True  # what it is of said after (国外净需求贡献 / 国外净需求贡献经济)
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    rest = [a[:-n], b[:-n]]
    return n >= (3 if precise else 4) and not any(_complements(rest, t) for t in ("complements", "distinct"))


def _same_figures(art: Prose) -> Iterator[Relation]:
    """累计去年出超1571.4亿美元……贸易出超1571.4亿美元: one value printed again for the
    same subject (see ``_one_subject``) is one quantity stated twice
    (FC406). A name match, never the nearest figure: a repeated value with another subject
    (户籍人均 / 常住人均, 农村 / 非食品价格) is left alone."""
    for figs in printed_again(art.figures):
        precise = len(re.sub(r"\D", "", figs[0].text).lstrip("0")) >= 3
        # clusters by the key of their first member: a figure joins the first whose key is
        # one subject with its own (one lookup when the key is the same, as a repeated line's)
        clusters: dict[str, list[Operand]] = {}
        for f in figs:
            key = _subject_key(art, f)
            if len(key) < 2:
                continue
            home = key if key in clusters else next(
                (k for k in clusters if _one_subject(k, key, precise)), key)
            clusters.setdefault(home, []).append(f)
        for key, same in clusters.items():
            # one sentence does not state a quantity twice: two subjects there are two things
            if len(same) < 2 or len({art.sentence_of(f.start).start for f in same}) < len(same):
                continue
            yield Relation(RelationKind.SAME, tuple((Role.MEMBER, f) for f in same), (), 0.8,
                           why=Message(N_("the same value printed again for {key}"), key=key))


# a headline or a subhead: a short line that ends no sentence (赌税448亿增67%)
_HEADLINE_MAX = 40
_SENTENCE_END = re.compile(r"[。；：:！？!?，,、]$")
_FALL_WORD = re.compile(_FALL)
_AVERAGE = re.compile(_alt("average_growth"))
_FROM_LEVEL = re.compile(r"(?:由|从)[^，,。；%％]{0,16}$")


def _headlines(art: Prose) -> list[tuple[int, int]]:
    """The spans of the short lines that state no sentence — a title and the subheads of a
    release, each followed by the text it sums up; the last line and a line of several
    figures (a table row) are not."""
    spans, at = [], 0
    lines = art.folded.split("\n")
    for i, line in enumerate(lines):
        body, figs = line.strip(), art.in_range(at, at + len(line))
        if (body and len(body) <= _HEADLINE_MAX and i < len(lines) - 1
                and not _SENTENCE_END.search(body) and re.search(r"[\u4e00-\u9fff]", body)
                and 0 < len(figs) <= 3
                and not any(art.folded[a.end:b.start].strip(" \t、，,") == ""
                            for a, b in pairwise(figs))):  # 312亿 41% 52%: a table row
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _change_sign(art: Prose, fig: Operand) -> int:
    """0 for a figure stated as a level, 2 for the level a change starts from (由4.7%回落到
    4.3%), -1 for a fall stated, 1 for another change."""
    if _FROM_LEVEL.search(art.clause_prefix(fig)):
        return 2
    if not _a_change(art, fig):
        return 0
    prefix = art.clause_prefix(fig)
    return -1 if _FALL_WORD.search(prefix[-8:]) else 1


def _agree(a: Operand, b: Operand) -> bool:
    """Two printings that may be one value: each within the other's rounding or bound
    (448亿 and 447.9亿元, 破六千亿美元 and 6000亿美元)."""
    ra, rb = a.reading, b.reading
    return ra.interval.contains(rb.value) or rb.interval.contains(ra.value)


def _pairs_of(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _headline_figures(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """赌税448亿增67% over 博彩税收达447.9亿元……增67.2%: a headline or subhead states a
    figure of the text it sums up, often rounded. Its candidates are the text's figures of
    its kind, unit and role (a level, a rise, a fall); the value picks among them, and when
    several agree the one whose subject shares words with the headline's is taken — a
    single candidate or nothing, never the nearest."""
    held = {f.key for r in found if r.kind is RelationKind.SAME for _, f in r.roles}
    spans = _headlines(art)
    if not spans:
        return
    starts = [s for s, _ in spans]

    def in_headline(f: Operand) -> bool:
        i = bisect_right(starts, f.start) - 1
        return i >= 0 and f.start < spans[i][1]

    body = [f for f in art.figures if (f.is_amount or f.is_percent or f.is_pp)
            and not in_headline(f)]
    for lo, hi in spans:
        for h in art.in_range(lo, hi):
            if h.key in held or not (h.is_amount or h.is_percent or h.is_pp):
                continue
            sign = _change_sign(art, h)
            units = {h.reading.unit}
            cands = [b for b in body if b.kind is h.kind and abs(b.start - h.start) <= NEAR
                     and (b.reading.unit in units or h.reading.unit is None
                          or b.reading.unit is None) and _agree(h, b)
                     and _change_sign(art, b) == sign]
            if len(cands) > 1:
                words = _pairs_of(_subject_key(art, h))
                cands = [b for b in cands if words & _pairs_of(_subject_key(art, b))]
            if len(cands) != 1:
                continue
            yield Relation(RelationKind.SAME, ((Role.MEMBER, h), (Role.MEMBER, cands[0])), (),
                           0.8, why=N_("a headline's figure stated again in the text"))


def _a_change(art: Prose, fig: Operand) -> bool:
    """An amount stated as a change: a word of change since the figure before it in its
    clause (微减1千人), or an item listed after such a one (分别减少3千人与2千人); not a
    level reached (增加3.3倍至144.49万人次), a count of new ones (新增就业5.2万人) nor a name
    (增加值)."""
    prefix = art.clause_prefix(fig)
    earlier = art.in_range(fig.start - len(prefix), fig.start)
    since = art.folded[earlier[-1].end if earlier else fig.start - len(prefix):fig.start]
    if _CHANGE_WORD.search(_NET_NEW.sub("", _AMOUNT_VERBS.sub("", since)).replace("增加值", "")):
        return True
    return bool(earlier) and since.strip() in ("、", "与", "和", "及") and _a_change(art, earlier[-1])


def _plain_level(art: Prose, fig: Operand) -> bool:
    """A figure stated as a level: no word of change between it and the figure before it in
    its clause but one of the level reached (就业人数1154.6万人 and 升至3.52% are; 年增14.4万人 is
    not), and not seasonally adjusted."""
    prefix = art.clause_prefix(fig)
    earlier = art.in_range(fig.start - len(prefix), fig.start)
    since = art.folded[earlier[-1].end if earlier else fig.start - len(prefix):fig.start]
    since = _AMOUNT_VERBS.sub("", since)  # 升至3.52%: the level reached
    return _CHANGE_WORD.search(since) is None and _ADJUSTED.search(art.sentence_prefix(fig)) is None


def _rate_shares(art: Prose) -> Iterator[Relation]:
    """失业率3.62% is 失业人数42万人 over 劳动力, printed (1,205.6万人) or the sum of its two
    parts (42万人 + 就业人数1,117万9千人): a rate the lexicon defines as a part's share of a
    whole ([rate_shares]). Each name must have a single value in the article (a name match
    with a single candidate; a repeated printing is one), the one nearest the rate is
    taken; with two values of any name (two months, two regions) nothing is linked."""
    table = lexicon.table("rate_shares", "zh")
    if not table:
        return
    keyed: dict[str, list[Operand]] = {}
    for f in art.figures:
        if (f.is_amount or f.is_percent) and _plain_level(art, f):
            keyed.setdefault(_subject_key(art, f), []).append(f)

    def single(name: str, percent: bool) -> list[Operand]:
        figs = [f for f in keyed.get(name_key(name), []) if f.is_percent == percent]
        return figs if len({(f.reading.value, f.reading.unit) for f in figs}) == 1 else []

    for rate_name, part_name, whole_name, other_name in table.values():
        rates, parts = single(rate_name, True), single(part_name, False)
        if not rates or not parts:
            continue
        rate = rates[0]
        part = min(parts, key=lambda f: abs(f.start - rate.start))
        wholes = [f for f in single(whole_name, False) if dimension(f) == dimension(part)
                  and f.reading.value > part.reading.value]
        others = [f for f in single(other_name, False) if dimension(f) == dimension(part)]
        cue = Cue(art.text[rate.start:rate.end], rate.start, rate.end)
        why = Message(N_("{rate} is {part} over {whole} (lexicon: rate_shares)"), rate=rate_name,
                      part=part_name, whole=whole_name)
        if wholes:
            whole = min(wholes, key=lambda f: abs(f.start - rate.start))
            yield replace(share([(Role.SHARE, rate), (Role.PART, part)], cue, [whole], why),
                          confidence=0.8)
        elif others:
            other = min(others, key=lambda f: abs(f.start - part.start))
            yield Relation(RelationKind.SHARE, ((Role.SHARE, rate), (Role.PART, part),
                                                (Role.WHOLE_OF, other)),
                           (cue,), 0.8, why=why)


_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_TO = _alt("range_to") + r"|-|－|～"
_SPAN = re.compile(rf"(?:(?P<a>{_N})(?:月份?)?(?:{_TO})(?P<b>{_N})月"
                   rf"|(?:{_alt('first_months')})(?P<n>{_N})个?月"
                   rf"|(?P<h1>{_alt('first_half')})|(?P<h2>{_alt('second_half')})"
                   rf"|(?:{_alt('first_months')})(?P<nq>[1-4一二三四])个?(?:{_alt('quarter_word')})"
                   rf"|第?(?P<q>[1-4一二三四])(?:{_alt('quarter_word')})|(?P<q1>{_alt('first_quarter')})"
                   rf"|(?P<ytd>{_alt('year_to_date')})"
                   rf"|(?<![\d一二三四五六七八九十{_TO}])(?P<m>{_N})月(?!份?(?:{_TO}))(?!底|末|初))")


def _number(text: str) -> int:
    return int(text) if text.isdigit() else chinese_to_int(text)


_YEAR_WORD = re.compile(rf"(?P<last>{_alt('last_year')})|(?P<this>{_alt('this_year')})")


def _months(clause: str, sentence: str) -> tuple[frozenset[int], str] | None:
    """The months a clause's last period names (12月 → {12}; 第4季 → {10, 11, 12}; 上半年 →
    {1…6}; 前三季度 → {1…9};
    1至11月, 前10月 → {1…N}; 累计, 全年 → the year) and its year, by the last year word
    of the sentence so far (去年 → last, 今年 → this; none → "" which matches either)."""
    found = list(_SPAN.finditer(clause))
    if not found:
        return None
    m = found[-1]
    years = list(_YEAR_WORD.finditer(sentence))
    year = "" if not years else "last" if years[-1].group("last") else "this"
    try:
        if m.group("m"):
            months = frozenset({_number(m.group("m"))})
        elif m.group("a"):
            months = frozenset(range(_number(m.group("a")), _number(m.group("b")) + 1))
        elif m.group("n"):
            months = frozenset(range(1, _number(m.group("n")) + 1))
        elif m.group("h1") or m.group("h2"):
            months = frozenset(range(1, 7) if m.group("h1") else range(7, 13))
        elif m.group("nq"):
            months = frozenset(range(1, 3 * _number(m.group("nq")) + 1))
        elif m.group("q") or m.group("q1"):
            q = _number(m.group("q")) if m.group("q") else 1
            months = frozenset(range(3 * q - 2, 3 * q + 1))
        else:
            months = frozenset(range(1, 13))
    except ValueError:
        return None
    return (months, year) if months and max(months) <= 12 else None


def _period_free_subject(art: Prose, fig: Operand) -> str:
    """A subject key with its periods taken out (第4季出口 → 出口; the subject has lost its
    digits already, so 第季 and 至月 are what is left of them)."""
    words = _SPAN.sub("", _subject_key(art, fig))
    return re.sub(rf"(?:{_alt('clause_periods', 'this_year', 'last_year', 'year_to_date')})"
                  rf"|第?(?:{_alt('quarter_word')})|(?:{_alt('first_months')}|{_TO})?月份?"
                  rf"|^(?:{_alt('first_months')})", "", words)


def _months_within(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """去年12月出口624.8亿美元……第4季出口1881.1亿美元……累计去年出口6407.5亿美元: the
    amount of a period is part of the same metric's amount for the shortest period of the
    same year that holds it (a month of its quarter, a quarter of its year, 10月 of 前10月).
    A name match on the subject with the period taken out; parts are checked as ≤."""
    taken = {f.key for r in found if r.kind in (RelationKind.PART_OF, RelationKind.PARTITION)
             for role, f in r.roles if role is Role.PART}
    info: list[tuple[Operand, frozenset[int], str, str]] = []
    for f in art.figures:
        if not f.is_amount or art.before(f, _DELTA) is not None or _per_capita(art, f):
            continue
        period = _months(art.clause_prefix(f), art.sentence_prefix(f))
        subject = _period_free_subject(art, f)
        if period is not None and len(subject) >= 2:
            info.append((f, period[0], period[1], subject))
    starts = [f.start for f, *_ in info]
    links: dict[tuple[tuple[int, int], frozenset[int]], list[tuple[Operand, Operand]]] = {}
    for part, months, year, subject in info:
        if part.key in taken or _BALANCE_WORD.search(art.clause_prefix(part)):
            continue  # a month's balance may exceed the year's: no part of it
        lo, hi = bisect_left(starts, part.start - NEAR), bisect_right(starts, part.start + NEAR)
        holders = [(len(m), f) for f, m, y, s in info[lo:hi]
                   if (y == year or not y or not year) and months < m
                   and dimension(f) == dimension(part) and f.reading.value > part.reading.value
                   and _one_subject(s, subject, True)]
        if not holders:
            continue
        shortest = min(n for n, _ in holders)
        wholes = [f for n, f in holders if n == shortest]
        if len({w.reading.value for w in wholes}) != 1:
            continue  # two candidates: no name match with a single candidate
        # one whole printed more than once (累计出口6407.5亿美元 … 全年出口6407.5亿美元): the nearest
        wholes.sort(key=lambda w: abs(w.start - part.start))
        links.setdefault((wholes[0].key, months), []).append((wholes[0], part))
    for pairs in links.values():
        if len(pairs) > 1 and len({part.reading.value for _, part in pairs}) > 1:
            # two parts of one period for one whole (零售业 and 餐饮业 营业额 of 11月): only
            # the one its sentence names, if one is
            whole_sentence = art.sentence_of(pairs[0][0].start).start
            pairs = [p for p in pairs if art.sentence_of(p[1].start).start == whole_sentence]
            if len(pairs) != 1:
                continue
        for whole, part in pairs:
            yield Relation(RelationKind.PART_OF, ((Role.TOTAL, whole), (Role.PART, part)), (), 0.75,
                           why=N_("the same metric for a period that holds this one"))


def _listed_changes(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """本期实施385家、人数7371人，较上期增加7家、253人: the changes listed after one word of
    change align with the levels before it, unit by unit — each with the one level of its
    unit since the sentence began (a name match by unit, never the nearest amount)."""
    used = {f.key for r in found for _, f in r.roles}
    for rel in found:
        delta, current = rel.get(Role.DELTA), rel.get(Role.CURRENT)
        if rel.kind is not RelationKind.CHANGE or delta is None or current is None:
            continue
        s = art.sentence_of(delta.start)
        cue = rel.cues[0].start if rel.cues else delta.start
        for item in _list_after(art, delta.start, s.end)[1:]:
            if item.key in used or not item.is_amount:
                continue
            levels = [f for f in art.in_range(s.start, cue) if f.is_amount
                      and dimension(f) == dimension(item) and art.before(f, _DELTA) is None]
            if len(levels) != 1 or levels[0].key == current.key:
                continue
            change = negated(item, item.start) if delta.negative else item
            yield Relation(RelationKind.CHANGE, ((Role.DELTA, change), (Role.CURRENT, levels[0])),
                           rel.cues, rel.confidence,
                           why=N_("a change listed with another aligns with the level of its unit"))


# --- the phrasing of the rules common to every language (discover/rules_prose.py) ---

PROSE: dict[str, re.Pattern[str]] = {
    "contribution": re.compile(
        rf"(?P<cue>(?:{_alt('contribution')})[^，,。；\d]{{0,16}}?"
        rf"(?:{_alt('rise')}|{_alt('decline')})?)(?:了)?$"),
    "contribution_effect": re.compile(
        rf"^(?:并|共|合计|将|约)?(?P<cue>(?:{_alt('contribution_effect')})[^，,。；\d]{{1,16}}?"
        rf"(?:{_alt('rise')}|{_alt('decline')}))(?:了)?$"),
    "contribution_rate": re.compile(
        rf"(?P<cue>(?:{_alt('contribution_rate')}))(?:为|达到|达|是){{0,2}}$"),
    "average": re.compile(rf"(?P<cue>(?:{_alt('average_growth')}))(?:了)?$"),
    "balance": re.compile(rf"(?P<cue>(?:{_alt('balance')}))(?:为|达到|达|是)?$"),
    "change": re.compile(
        rf"(?P<cue>(?:{_alt('period_change')}|{_alt('increase')}|"
        rf"{_alt('decrease')}))(?:了)?$"),
    "falling": re.compile(_alt("decrease") + "|" + _alt("decline")),
    "negative": re.compile(_alt("negative_balance")),
    "exports": re.compile(rf"(?<!进)(?:{_alt('exports')})(?:总额)?(?:为|达到|达)?$"),
    "imports": re.compile(rf"(?:{_alt('imports')})(?:总额)?(?:为|达到|达)?$"),
    # 由52.5%, 由去年同期的52.5%: the earlier value, perhaps with its period
    # 由4月至6月的4.7%: the period of the earlier value may hold the digits of its months
    "from_before": re.compile(rf"(?:{_alt('direction_from')})(?:[^，,。；\d]{{1,8}}的|"
                              rf"[^，,。；]{{1,24}}?[月季年]的)?$"),
    # 比上年 / 较上月 / 同比: the change is against an earlier period
    "against_period": re.compile(rf"(?:比|较|與|与|{_alt('year_on_year')}|"
                                 rf"{_alt('period_change')})"),
    # …回落到5月至7月的4.3%, 升至最新的1.6%: the later value's period or 最新 before it
    "to_between": re.compile(
        rf"^[，,]?(?P<cue>(?P<dir>{_alt('rise')}|{_alt('decline')})?(?:到|至))"
        rf"(?:[^，,。；]{{1,24}}?[月季年]的|最新的)?$"),
}
# the periods a balance's sentence names: a balance and its flows are of one period
PERIODS = (_alt("balance_periods") + r"|第?[一二三四1-4]季度?|前[一二三四五六七八九十\d]{1,2}个?月|"
           r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-—至到~～](?:\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?")


def period_name(period: str) -> str:
    """One name of a period: 12月份 = 12月, 第4季 = 4季度 = 4季."""
    return re.sub(r"季度$", "季", re.sub(r"份$", "", period).removeprefix("第"))


def balance_side(art: Prose, fig: Operand, pattern: re.Pattern[str], dim: str, period: str,
                 para_start: int) -> list[Operand]:
    """A flow of the same named period paragraphs before the balance (12月出口…⏎…12月出超…)."""
    if not period or period in PRIOR_PERIODS:
        return []
    return [f for f in art.in_range(0, para_start)
            if f.is_amount and dimension(f) == dim and art.before(f, pattern)
            and period_of(art, f) == period]


def change_sides(art: Prose, fig: Operand, m: re.Match[str], cs: int, rest: list[Operand],
                 deltas: set[tuple[int, int]]) -> list[tuple[Role, Operand]] | None:
    """The level a change of no rate is of: the amount printed before it in the sentence,
    when the change is against an earlier period (比上年增加86.3亿元); None when none is."""
    if not PROSE["against_period"].search(art.clause_prefix(fig)[:m.end()]):
        return None  # no earlier period named (其中…减少2千人): a part, not a change
    dim = dimension(fig)
    s = art.sentence_of(fig.start)
    before = [f for f in art.in_range(s.start, cs)
              if f.is_amount and dimension(f) == dim and f.key not in deltas]
    if not before:
        return None
    # 出超1571.4亿美元、首破1500亿美元，年增765.6亿美元: a threshold passed is not the level
    exact = [f for f in before if f.reading.qualifier not in _BOUNDS]
    return [(Role.CURRENT, exact[-1] if exact else before[-1])]


def from_to(art: Prose, a: Operand, b: Operand) -> tuple[Operand, Operand, str, int, int] | None:
    """由A提高到B: the later value, the earlier, the word of direction and the cue's span."""
    m = PROSE["to_between"].match(art.folded[a.end:b.start])
    if m is None or not PROSE["from_before"].search(art.clause_prefix(a)):
        return None
    return b, a, m.group("dir") or "", a.end + m.start("cue"), a.end + m.end("cue")


# 七大类, 五个行业, 前四大, 5大市场: a small count before the word of a group (not 前7个月,
# 3个百分点: a period or a unit follows the counter there)
_SMALL_NUMERAL = "一二两兩三四五六七八九十"
_COUNT = re.compile(rf"(?<![第\d.{CHINESE_NUMERAL_CHARS}])(?P<n>[{_SMALL_NUMERAL}]{{1,2}}|\d{{1,2}})"
                    rf"(?:{_alt('enumeration_counters')})(?!{_alt('enumeration_not_after')})")
# 六涨一降, 四升三降, 五涨一平二降: the items that rose, held and fell
_TALLY_VERB = _alt("tally_rise", "tally_fall", "tally_flat")
_TALLY = re.compile(rf"(?:(?:[{_SMALL_NUMERAL}]|\d{{1,2}})(?:{_TALLY_VERB})){{2,3}}"
                    rf"(?![{CHINESE_NUMERAL_CHARS}\d])")
_TALLY_ONE = re.compile(rf"(?P<n>[{_SMALL_NUMERAL}]|\d{{1,2}})(?P<verb>{_TALLY_VERB})")
_ITEM_NAME_END = re.compile(_alt("item_name_ends"))
# an item of a list in a clause of its own: its name, a word of change, its one figure
_ITEM_CLAUSE = re.compile(rf"\s*(?P<name>[^，,。；;、\d]{{1,20}}?)(?P<verb>{_RISE}|{_FALL})"
                          r"(?:了|为|约|达)?\s*$")
_LIST_SPLIT = re.compile(r"[、]")
_JOIN_SPLIT = re.compile(rf"[、]|{_alt('list_joiners')}")


def _count_operand(art: Prose, start: int, end: int) -> Operand | None:
    text = art.text[start:end]
    try:
        reading = read_figure(text)
    except (NumberError, ValueError):
        return None
    return Operand(start, end, text, reading)


def _count_value(text: str) -> int:
    return int(text) if text.isdigit() else chinese_to_int(fold(text).replace("两", "二"))


def _names(words: str, n: int) -> list[str]:
    """The ``n`` names of a list (采矿业、制造业、电力…业; 东盟、欧盟、美国和韩国): split at 、,
    else at 、 and the joining words too; none when neither split gives ``n`` names."""
    for split in (_LIST_SPLIT, _JOIN_SPLIT):
        names = [w.strip() for w in split.split(words)]
        if len(names) == n and all(0 < len(w) <= 20 and not re.search(r"\d", w) for w in names):
            return names
    return []


def _trimmed(name: str) -> str:
    """The name of an item without the words of its measure after it (增加值比上年同期)."""
    m = _ITEM_NAME_END.search(name)
    return name[:m.start()] if m and m.start() > 0 else name


def _item_clauses(art: Prose, start: int, end: int) -> list[tuple[str, bool, Operand]] | None:
    """Each clause of ``start``–``end`` an item: a name, a word of change and one figure
    (衣着价格上涨1.2%，…；居住价格下降0.1%), with whether it fell; None when a clause is none."""
    out: list[tuple[str, bool, Operand]] = []
    pos = start
    for m in re.finditer(r"[，,；;]|$", art.folded[start:end]):
        cut = start + m.start()
        clause = art.folded[pos:cut]
        figs = art.in_range(pos, cut)
        if not clause.strip():
            pos = start + m.end()
            continue
        if len(figs) != 1 or art.folded[figs[0].end:cut].strip():
            return None
        item = _ITEM_CLAUSE.fullmatch(art.folded[pos:figs[0].start])
        if item is None:
            return None
        name = _trimmed(item.group("name").strip())
        out.append((name, _is_decline(item.group("verb")), figs[0]))
        pos = start + m.end()
        if m.end() == m.start():
            break
    kinds = {f.kind for _, _, f in out}
    return out if len(kinds) == 1 else None


def _printed(art: Prose, name: str, fig: Operand) -> str:
    """A name read in the folded text as the article prints it (中國大陸與香港), found
    nearest before its figure (the text is folded character for character)."""
    at = art.folded.rfind(name, max(0, fig.start - LOOKBACK), fig.start)
    return art.text[at:at + len(name)] if at >= 0 else name


def _enumeration(art: Prose, count: Operand, items: list[tuple[str, Operand]],
                 confidence: float) -> Relation:
    roles = ((Role.COUNT, count), *((Role.ITEM, f) for _, f in items))
    return Relation(RelationKind.ENUMERATION, roles, (Cue(count.text, count.start, count.end),),
                    confidence, why=N_("a count of the items listed with it"),
                    extra={"items": "\n".join(_printed(art, name, f) for name, f in items)})


def _enumerations(art: Prose) -> Iterator[Relation]:
    """A count of a group (七大类, 三大门类, 五大市场, 前四大贸易伙伴) with its items listed,
    each with its figure, checked against the number of names listed (FC407): in the same
    sentence after 分别 (采矿业、制造业、电力…业分别增长7.1%、1.9%、7.0%; 分别为中国大陆与香港
    (16.1%)、东协(32.2%)…), a confident statement; in the clauses of the 其中 sentence after
    it, each clause an item with its word of change, or in the clauses before a count that
    opens its clause (…仪器仪表制造业增长12.7%，五大传统行业合计…): notes. A tally of the
    items that rose and fell (“六涨一降”) counts those items of the 其中 list."""
    for m in _COUNT.finditer(art.folded):
        n = _count_value(m.group("n"))
        count = _count_operand(art, m.start("n"), m.end("n"))
        if count is None or not 2 <= n <= 30:
            continue
        s = art.sentence_of(m.start())
        after = art.folded[m.end():s.end]
        noun = re.match(r"[^，,。；;、\d]{0,10}", after)
        if noun and re.search(r"(?:中|当中|之中|里)$", noun.group(0)):
            continue  # 五大市场中，…: some of the group, not all of it
        listed = _respective_items(art, m, s.end)
        if listed:
            yield _enumeration(art, count, listed, 0.75)
            continue
        found = _later_items(art, m, s.end)
        if found is not None:
            items, tally = found
            yield _enumeration(art, count, [(name, f) for name, _, f in items], 0.6)
            for t in tally:
                k = _count_operand(art, t.start("n"), t.end("n"))
                if k is None:
                    continue
                verb = t.group("verb")
                falls = any(verb == w for w in lexicon.words("tally_fall", "zh"))
                rises = any(verb == w for w in lexicon.words("tally_rise", "zh"))
                these = [(name, f) for name, fell, f in items
                         if (fell and falls) or (not fell and rises)]
                if these and (rises or falls):
                    yield _enumeration(art, k, these, 0.6)
            continue
        before = _earlier_items(art, m, s.start)
        if before:
            yield _enumeration(art, count, before, 0.6)


def _respective_items(art: Prose, m: re.Match[str], end: int) -> list[tuple[str, Operand]]:
    """The items of a count listed in its sentence with 分别: names before 分别 and figures
    after it, as many names as figures, or names each with its figure in brackets after it."""
    resp = re.compile("分别").search(art.folded, m.end(), end)
    if resp is None or re.search(r"[。；;]", art.folded[m.end():resp.start()]):
        return []
    # 分别为中国大陆与香港(16.1%)、东协(32.2%)…
    bracketed: list[tuple[str, Operand]] = []
    opened = re.match(r"(?:为|是|如下)?[：:]?", art.folded[resp.end():end])
    pos = resp.end() + (opened.end() if opened else 0)
    for f in art.in_range(pos, end):
        seg = re.fullmatch(rf"\s*(?:[、，,]|{_alt('list_joiners')})?\s*(?P<name>[^（()，,。；;、\d]{{1,16}}?)"
                           r"\s*[（(]\s*[+＋]?", art.folded[pos:f.start])
        close = re.compile(r"\s*[)）]").match(art.folded, f.end)
        if seg is None or close is None:
            break
        bracketed.append((seg.group("name").strip(), f))
        pos = close.end()
    if len(bracketed) >= 2:
        return bracketed
    # 分别增长7.1%、…; 分别进出口3.53万亿元、…: a verb or a measure of a few words before the list
    first = next(iter(art.in_range(resp.end(), end)), None)
    figs = _list_after(art, first.start, end) if first is not None and re.fullmatch(
        r"[^，,。；;、\d]{0,6}", art.folded[resp.end():first.start]) else []
    if len(figs) < 2:
        return []
    # the names: before 分别 in its clause, else before the count in the count's clause
    floor = art.sentence_of(m.start()).start
    opens = _list_clause(art, resp.start(), floor)
    own = art.folded[opens:resp.start()]
    names = _names(_trimmed_last(own), len(figs)) if own.strip() and opens > m.start() else []
    if not names:
        lead = art.folded[_list_clause(art, m.start(), floor):m.start()]
        cut = re.search(r"(?:是|为|成为)[^、，,]{0,8}?(?:前)?$", lead)
        names = _names(lead[:cut.start()], len(figs)) if cut else []
    return list(zip(names, figs, strict=False)) if names else []


def _list_clause(art: Prose, offset: int, floor: int) -> int:
    """Start of the clause holding ``offset``, a list of names (、) within it."""
    cuts = [m.end() for m in re.finditer(r"[，,：:]", art.folded[floor:offset])]
    return floor + cuts[-1] if cuts else floor


def _trimmed_last(words: str) -> str:
    """A list of names with the words of its measure cut after the last name."""
    head, sep, last = words.rpartition("、")
    return head + sep + _trimmed(last)


def _later_items(art: Prose, m: re.Match[str], end: int
                 ) -> tuple[list[tuple[str, bool, Operand]], list[re.Match[str]]] | None:
    """The items of a count listed after it in the 其中 sentence that follows (其他七大类价格
    同比“六涨一降”。其中，…上涨2.5%，…；居住价格下降1.5%。), with the tallies of the
    count's sentence: each clause of that sentence an item."""
    if art.in_range(m.end(), end):
        return None  # the count's own sentence goes on with figures of its own
    t = _TALLY.search(art.folded, m.end(), end)
    tally = list(_TALLY_ONE.finditer(art.folded, t.start(), t.end())) if t else []
    nxt = re.compile(rf"\s*(?:{_alt('of_which')})[，,：:]?").match(art.folded, end)
    if nxt is None:
        return None
    stop = _full_stop(art, nxt.end())
    items = _item_clauses(art, nxt.end(), stop)
    return (items, tally) if items and len(items) >= 2 else None


def _earlier_items(art: Prose, m: re.Match[str], floor: int) -> list[tuple[str, Operand]]:
    """The items listed before a count that opens its clause (农副食品加工业增长28.9%，…，
    五大传统行业合计…): every clause of the sentence before it an item."""
    start = clause_start(art.folded, m.start(), floor)
    if not re.fullmatch(rf"\s*(?:{_alt('back_reference')})?", art.folded[start:m.start()]) \
            or start <= floor:
        return []
    items = _item_clauses(art, floor, start - 1)
    return [(name, f) for name, _, f in items] if items and len(items) >= 2 else []


def _rate_subject(art: Prose, f: Operand) -> str:
    """The words naming what a rate measures: its clause, or the clause of the level it
    follows (城镇居民人均可支配收入69410元，增长3.2%)."""
    prefix = art.clause_prefix(f)
    before = art.in_range(art.sentence_of(f.start).start, f.start)
    if before and before[-1].is_amount \
            and re.fullmatch(r"[，,]\s*", art.folded[before[-1].end:f.start - len(prefix)]):
        return art.clause_prefix(before[-1]) + prefix
    return prefix


def _complement_rates(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """居民消费价格同比下降1.8%。其中，城市下降1.9%，农村下降1.6%: the rates of change of two
    complements (lexicon: complements) weigh up to the rate of the whole they split, so the
    whole's rate lies between theirs (rates only: their amounts may be unprinted or per
    head, and no rate per head or of a median: the whole's may pass both halves' as people
    move between them). The whole is the last rate of change before the 其中 that opens the halves'
    statement in their paragraph, else the nearest earlier one of their paragraph whose
    subject names what they split (访港旅客…升12%…内地旅客…多11%；非内地旅客…增加16%);
    a note, as nothing but the names links the rates."""
    rated = {f.key for r in found if r.kind in (RelationKind.WEIGHTED_GROWTH, RelationKind.PARTITION,
                                                 RelationKind.PART_OF) for _, f in r.roles}
    rated |= {f.key for r in found if r.kind is RelationKind.GROWTH
              and (c := r.get(Role.CURRENT)) is not None and c.key in rated
              for role, f in r.roles if role is Role.RATE}
    used: set[tuple[int, int]] = set()

    not_weighed = lexicon.words("per_capita", "zh") + lexicon.words("not_weighed", "zh")

    def changes(start: int, end: int) -> list[Operand]:
        return [f for f in art.in_range(start, end) if f.is_percent and not _in_brackets(art, f)
                and _change_sign(art, f) in (1, -1) and not _AVERAGE.search(art.clause_prefix(f))
                and not any(w in _rate_subject(art, f) for w in not_weighed)]

    wholes_of = lexicon.table("complement_wholes", "zh")
    pairs = lexicon.table("complements", "zh")
    for a in changes(0, len(art.folded)):
        if a.key in used or a.key in rated:
            continue
        named = _complement_of(_rate_subject(art, a))
        if named is None:
            continue
        one, other, thing = named
        thing = re.sub(rf"(?:{_RISE}|{_FALL}|{_alt('year_on_year')}|了|则|也|亦)+$", "", thing)
        b = next((f for f in changes(a.end, _full_stop(art, a.end))[:2]
                  if (n := _complement_of(_rate_subject(art, f))) is not None
                  and any(sorted(v) == sorted((one, n[0])) for v in pairs.values())), None)
        if b is None or b.key in rated:
            continue
        other = _complement_of(_rate_subject(art, b))[0]  # type: ignore[index]
        key = next((k for k, v in pairs.items() if sorted(v) == sorted((one, other))), "")
        words = [w for w in (thing, *wholes_of.get(key, [])) if len(w) >= 2]
        para = art.paragraph_of(a.start)
        opens = [m for m in _OF_WHICH.finditer(art.folded, para[0], a.start)
                 if all(f.key in used for f in changes(m.end(), a.start))]
        before = [f for f in changes(para[0], opens[-1].start() if opens else a.start)
                  if f.key not in used]
        if opens:
            whole = before[-1] if before else None
        else:
            whole = next((f for f in reversed(before)
                          if any(w in art.sentence_prefix(f)[-24:] for w in words)
                          and (_complement_of(_rate_subject(art, f)) is None
                               or any(w in _rate_subject(art, f) for w in words if w != thing))),
                         None)
        if whole is None or (_complement_of(_rate_subject(art, whole)) is not None
                             and not any(w in _rate_subject(art, whole) for w in words
                                         if w != thing)):
            continue
        used.update((a.key, b.key))
        cs = a.start - len(art.clause_prefix(a))
        yield Relation(RelationKind.WEIGHTED_GROWTH,
                       ((Role.RATE, _signed(art, whole)), (Role.FROM_PART, _signed(art, a)),
                        (Role.FROM_PART, _signed(art, b))),
                       (Cue(art.text[cs:a.start], cs, a.start),), CANDIDATES,
                       why=N_("the rates of two complements weigh up to the rate of their whole"))
