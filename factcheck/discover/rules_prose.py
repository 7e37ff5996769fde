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
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import Any

from factcheck.claims.model import Direction
from factcheck.core.i18n import N_, Message
from factcheck.discover.context import (
    Prose,
    dimension,
    name_key,
    negated,
    noise,
    printed_again,
    quoted_from,
    subject_of,
)
from factcheck.discover.relation import Cue, Operand, Relation, RelationKind, Role
from factcheck.languages import LANGUAGES, lexicon, module
from factcheck.numbers.reading import Qualifier


def _cue(art: Prose, start: int, end: int) -> Cue:
    return Cue(art.text[start:end], start, end)


_NONE: dict[str, re.Pattern[str]] = {}


def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    """The phrasing of the common rules in ``language``: the ``PROSE`` patterns of its
    ``statements`` module (none: the common rules find nothing in it)."""
    rules = module(language, "statements")
    found: dict[str, re.Pattern[str]] = getattr(rules, "PROSE", _NONE)
    return found


def _hook(language: str, name: str) -> Callable[..., Any] | None:
    """A reading of the common rules that differs by language: a function of the language's
    ``statements`` module, or None when it has none."""
    found: Callable[..., Any] | None = getattr(module(language, "statements"), name, None)
    return found


def _withdrawn(art: Prose, figs: list[Operand]) -> None:
    keys = {f.key for f in figs}
    art.consumed.update(keys)
    art.figures = [f for f in art.figures if f.key not in keys]
    art.withdrawn = sorted([*art.withdrawn, *figs], key=lambda f: f.start)


def withdraw(art: Prose) -> list[Relation]:
    """Contributions, contribution rates and average rates, taken out of the other rules'
    reach."""
    pat = _patterns(art.language)
    if not pat:
        return []
    out: list[Relation] = []
    taken: list[Operand] = []
    for fig in art.figures:
        if fig.is_pp:
            m = art.before(fig, pat["contribution"])
            effect = m is None and "contribution_effect" in pat
            if effect:
                m = art.before(fig, pat["contribution_effect"])
            if m is None:
                continue
            cs, ce = art.absolute(fig, m, "cue")
            negative = bool(pat["falling"].search(m.group("cue")))
            head = negated(fig, cs) if negative else quoted_from(fig, cs)
            roles: list[tuple[Role, Operand]] = [(Role.CONTRIBUTION, head)]
            # 上涨6.3%，影响CPI上涨约1.81个百分点: the weight is not printed, so the part's
            # rate checks nothing against the points
            rate = None if effect else _rate_before(art, fig)
            if rate is not None and (art.before(rate, pat["contribution_rate"]) is not None
                                     or art.before(rate, pat["average"]) is not None):
                rate = None  # 贡献率为55.0%，拉动3.3个百分点: a contribution rate is no growth
            if rate is not None:
                roles.append((Role.PART_GROWTH, rate))
                amount = _amount_before(art, rate)
                if amount is not None:
                    roles.append((Role.PART, amount))
            out.append(Relation(RelationKind.CONTRIBUTION, tuple(roles), (_cue(art, cs, ce),), 0.8,
                                why=N_("拉动 / contributed: a part's change over the whole before")))
            taken.append(fig)
        elif fig.is_percent:
            for kind, key, role, why in (
                    (RelationKind.CONTRIBUTION_RATE, "contribution_rate", Role.CONTRIBUTION_RATE,
                     N_("贡献率: a part's share of the whole's change")),
                    (RelationKind.AVERAGE_GROWTH, "average", Role.AVERAGE,
                     N_("an average rate across several periods, not a change between two amounts"))):
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
        taken.append(rel.roles[0][1] if rel.kind is RelationKind.CONVERSION else rel.roles[1][1])
    _withdrawn(art, taken)
    return out


# a figure with the same quantity in another unit in brackets: 11606.4万公顷(17409.5万亩)


def _conversions(art: Prose) -> Iterator[Relation]:
    """A figure followed by the same quantity in another unit of its dimension, in brackets:
    one quantity printed twice, which must agree once converted; an amount followed by its
    value in another currency, in brackets or after a word of conversion (约合, "or about"):
    a conversion (FC410: the conversions of one article agree on one rate). The second
    figure is no operand of any other statement."""
    for fig, following in pairwise(art.figures):
        other = art.bracketed_after(fig)
        if other is None:
            other = _converted_after(art, fig, following)
            if other is None:
                continue
        dim = dimension(fig)
        if dim.startswith("currency_") and dimension(other).startswith("currency_") \
                and dimension(other) != dim and not fig.reading.estimate:
            # amounts of two periods convert at two rates (a year's average, a month's)
            yield Relation(RelationKind.CONVERSION, ((Role.CONVERTED, other), (Role.ORIGINAL, fig)),
                           (Cue(art.text[fig.end:other.start].strip(), fig.end, other.start),), 0.8,
                           why=N_("an amount with its value in another currency after it"),
                           extra={"period": period_of(art, fig)})
            continue
        if dim.startswith("?") or dim == "dimensionless" or dimension(other) != dim \
                or other.reading.unit == fig.reading.unit:
            continue
        yield Relation(RelationKind.SAME, ((Role.MEMBER, fig), (Role.MEMBER, other)),
                       (Cue(art.text[fig.end:other.start].strip(), fig.end, other.start),), 0.85,
                       why=N_("the same quantity in another unit, in brackets after it"))


def _converted_after(art: Prose, fig: Operand, following: Operand) -> Operand | None:
    """The amount right after ``fig`` that a word of conversion introduces (141647元，约合
    20533美元; "RM1.2 billion, or about US$270 million"), printed in its span or between."""
    if not fig.is_amount or not following.is_amount:
        return None
    gap = art.folded[fig.end:following.start]
    if len(gap) > 20:
        return None
    joins = _conversion_joins(art.language)
    words = gap.strip(" ,，、").lower()
    if words in joins or (not words and following.text.lower().startswith(joins)):
        return following
    return None


@cache
def _conversion_joins(language: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in lexicon.words("conversion_joins", language))


def _rate_before(art: Prose, fig: Operand) -> Operand | None:
    """The growth rate printed just before ``fig`` in its sentence (the part's own rate)."""
    s = art.sentence_of(fig.start)
    rates = [f for f in art.in_range(s.start, fig.start)
             if f.is_percent and not _share_cue().search(art.clause_prefix(f))]
    return rates[-1] if rates else None


@cache
def _share_cue() -> re.Pattern[str]:
    """The words of a share in every language (``share_cue``): a share is no growth rate of
    the part (…增长9.5%，占全省的60.3%，拉动…5.5个百分点)."""
    return re.compile("|".join(lexicon.words_pattern("share_cue", lang) for lang in LANGUAGES
                               if lexicon.words("share_cue", lang)), re.I)


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


# a value printed with this many significant digits is seldom printed twice by chance
PRECISE_DIGITS = 4


def significant_digits(fig: Operand) -> int:
    """How many significant digits the printed value carries (3.742 billion: 4; 16.7%: 3;
    1894萬4436: 8), read from its rounding interval, so numerals in words count alike; 0 for
    a value with a qualifier (约, over), whose interval says nothing of its digits."""
    r = fig.reading
    lo, hi = r.interval.lo, r.interval.hi
    if r.qualifier is not Qualifier.EXACT or lo is None or hi is None or not r.value:
        return 0
    if lo == hi:  # a count read as exact (984萬4924戶, 8,331 people): its printed digits
        whole = abs(r.value)
        return len(str(whole.numerator).rstrip("0")) if whole.denominator == 1 else 0
    width = hi - lo
    return len(str(int(abs(r.value) / width)))


def repeated(art: Prose, found: list[Relation]) -> Iterator[Relation]:
    """One value printed again in another sentence — the lede's $3.742 billion in the body, a
    headline's 百分之十二點六八 in the release — is one quantity stated twice (FC406), when
    its digits make a second printing by chance unlikely: four significant digits or more,
    or for an amount three when the two subjects share a word that names a statistic (not
    ``generic``: rate, growth, 增长). Never in one sentence (two things there), never a figure another
    ``same`` relation already holds."""
    held = {f.key for r in found if r.kind is RelationKind.SAME for _, f in r.roles}
    for figs in printed_again([f for f in art.figures if f.key not in held]):
        digits = significant_digits(figs[0])
        if digits < PRECISE_DIGITS - 1 \
                or len({art.sentence_of(f.start).start for f in figs}) < len(figs):
            continue
        # rates of one release crowd a narrow band (10.7% of January, 10.7% of men): a rate
        # needs all four digits
        if digits < PRECISE_DIGITS and (figs[0].is_percent or len(figs) > 2
                                        or not _shared_word(art, *figs)):
            continue
        if any(_two_sides(art, a, b) for a, b in pairwise(figs)):
            continue
        yield Relation(RelationKind.SAME, tuple((Role.MEMBER, f) for f in figs), (), 0.8,
                       why=Message(N_("the same value of {digits} significant digits printed again"),
                                   digits=digits))


def _subject_words_of(art: Prose, fig: Operand) -> set[str]:
    """The words naming what ``fig`` measures, generic ones out: the words of its sentence
    before it in a spaced language, pairs of characters of its subject in another."""
    generic = set(lexicon.words("generic_subjects", art.language))
    if lexicon.spaced(art.language):
        # the words of the sentence before it: a spaced subject is cut to its last words
        stop = generic | set(lexicon.words("subject_filler", art.language))
        before = noise(art.language).sub(" ", art.sentence_prefix(fig)).lower()
        return {w for w in re.findall(r"[^\W\d_]{3,}", before) if w not in stop}
    name = name_key(subject_of(art, fig.start)).lower()
    for word in generic:
        name = name.replace(word, " ")
    return {name[i:i + 2] for i in range(len(name) - 1) if " " not in name[i:i + 2]}


def _two_sides(art: Prose, a: Operand, b: Operand) -> bool:
    """The sentences of ``a`` and ``b`` name the two sides of a pair of the lexicon
    (``complements``: exports / imports, men / women; ``distinct``: 户籍 / 常住)."""
    texts = (art.sentence_prefix(a).lower(), art.sentence_prefix(b).lower())
    for table in ("complements", "distinct"):
        for pair in lexicon.table(table, art.language).values():
            sides = [[side] if isinstance(side, str) else list(side) for side in pair]
            named = [[_names(text, side, art.language) for side in sides] for text in texts]
            if (named[0] == [True, False] and named[1] == [False, True]) \
                    or (named[0] == [False, True] and named[1] == [True, False]):
                return True
    return False


def _names(text: str, words: list[str], language: str) -> bool:
    if lexicon.spaced(language):
        return any(re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", text) for w in words)
    return any(w in text for w in words)


def _shared_word(art: Prose, a: Operand, b: Operand) -> bool:
    return bool(_subject_words_of(art, a) & _subject_words_of(art, b))


def _balances(art: Prose, used: set[tuple[int, int]]) -> Iterator[Relation]:
    pat = _patterns(art.language)
    if not pat:
        return
    side_elsewhere = _hook(art.language, "balance_side")
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
        period = period_of(art, fig)
        for role, key in ((Role.LEFT, "exports"), (Role.RIGHT, "imports")):
            # a flow of another period is not a side of this balance (12月进口… 全年出超…)
            side = [f for f in art.in_range(para_start, fig.start)
                    if f.is_amount and dimension(f) == dim and art.before(f, pat[key])
                    and (not period or period_of(art, f) in (
                        (period,) if period in PRIOR_PERIODS else (period, "")))]
            if not side and side_elsewhere is not None:
                # outside the paragraph, where the language prints them
                side = side_elsewhere(art, fig, pat[key], dim, period, para_start)
            if side:
                roles.append((role, side[-1]))
        both = len(roles) == 3
        yield Relation(RelationKind.BALANCE, tuple(roles), (_cue(art, cs, ce),), 0.85 if both else 0.6,
                       why=N_("a balance is exports − imports, negative for a deficit"))


# periods of an earlier year: a balance of one is matched by the flows of the same period only
PRIOR_PERIODS = frozenset(w.lower() for w in lexicon.words("prior_periods"))


@cache
def _periods() -> re.Pattern[str]:
    """The periods a balance's sentence may name, in every language (each language's
    ``statements.PERIODS``): a balance and its flows are of one period."""
    found = [getattr(module(lang, "statements"), "PERIODS", "") for lang in LANGUAGES]
    return re.compile("|".join(p for p in found if p) or "(?!)", re.I)


def period_of(art: Prose, fig: Operand) -> str:
    """The last period named in the sentence before ``fig`` (全年, 12月, 1-8月, June), or ""."""
    s = art.sentence_of(fig.start)
    found = list(_periods().finditer(art.folded, s.start, fig.start))
    if not found:
        return ""
    period = found[-1].group(0).lower()
    for name in _period_names():
        period = name(period)  # one name per period: 第4季 = 4季度
    return period


@cache
def _period_names() -> tuple[Callable[[str], str], ...]:
    """Each language's ``statements.period_name``: a period named one way of several."""
    found = (getattr(module(lang, "statements"), "period_name", None) for lang in LANGUAGES)
    return tuple(f for f in found if f is not None)


def _changes(art: Prose, used: set[tuple[int, int]]) -> Iterator[Relation]:
    """An amount after an increase word, with no rate after it in its clause: in Chinese
    against an earlier period (比上年增加86.3亿元), the change of the amount printed before it
    in the sentence; in English "by 145,000 to 2.6 million" or "by 87,000, from A to B". The
    amounts it changes are read by the language's ``statements.change_sides``."""
    pat = _patterns(art.language)
    sides = _hook(art.language, "change_sides")
    if not pat or sides is None:
        return
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
        found: list[tuple[Role, Operand]] | None = sides(art, fig, m, cs, rest, deltas)
        if found is None:
            continue
        roles: list[tuple[Role, Operand]] = [(Role.DELTA, head), *found]
        yield Relation(RelationKind.CHANGE, tuple(roles), (_cue(art, cs, ce),), 0.75,
                       why=N_("增加/减少 with no rate: the change of the amount before it"))


def _from_to(art: Prose, used: set[tuple[int, int]]) -> Iterator[Relation]:
    """由A提高到B / from A to B / B, down from A: B with its earlier value and direction, as
    the language's ``statements.from_to`` reads two neighbouring figures."""
    pat = _patterns(art.language)
    read = _hook(art.language, "from_to")
    if not pat or read is None:
        return
    figs = art.figures
    for a, b in pairwise(figs):
        if a.key in used or b.key in used or a.kind is not b.kind or dimension(a) != dimension(b):
            continue
        if not (a.is_percent or a.is_amount):
            continue
        found: tuple[Operand, Operand, str, int, int] | None = read(art, a, b)
        if found is None:
            continue
        current, prior, word, cs, ce = found
        if not word:
            continue
        direction = (Direction.DOWN if pat["falling"].search(word) else Direction.UP).value
        roles = ((Role.CURRENT, current), (Role.PRIOR, prior))
        yield Relation(RelationKind.FROM_TO, roles, (_cue(art, cs, ce),), 0.85,
                       why=N_("a figure with its earlier value: the words state the direction"),
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
