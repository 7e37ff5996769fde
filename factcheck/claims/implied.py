"""Values a claim implies but the article does not print, named as members of relations.

``exports.prior`` is the earlier amount the growth rate ``exports`` implies from its
current amount; ``share.whole`` the whole a share implies from its part; ``gap.prior`` the
earlier rate a percentage-point change implies. Each is computed on exact intervals from
the claim's own figure and the one amount it names, so a relation among implied values
fails only when no reading of the printed figures satisfies it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction

from factcheck.claims.kinds import ClaimKind
from factcheck.claims.model import Claim
from factcheck.claims.values import Figure
from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval
from factcheck.numbers.reading import UnitKind, format_number

HUNDRED = Fraction(100)
_LATIN = re.compile(r"[A-Za-z]")

# the roles a claim of each kind can imply, and what each means
ROLES: dict[ClaimKind, dict[str, str]] = {
    ClaimKind.GROWTH: {"prior": "the amount before the growth",
                       "current": "the amount after the growth",
                       "increase": "the absolute increase"},
    ClaimKind.MULTIPLE: {"prior": "the amount it is a multiple of",
                         "current": "the amount that is the multiple"},
    ClaimKind.SHARE: {"whole": "the whole it is a share of", "part": "the part it is a share of"},
    ClaimKind.PP_CHANGE: {"prior": "the earlier rate", "current": "the rate after the change"},
    ClaimKind.CHANGE: {"prior": "the earlier amount", "current": "the later amount"},
}


def split(ref: str) -> tuple[str, str] | None:
    """('exports', 'prior') for 'exports.prior'; None when the name is not of that form."""
    owner, dot, role = ref.rpartition(".")
    if not dot or not owner or role not in {r for roles in ROLES.values() for r in roles}:
        return None
    return owner, role


def why_not(claim: Claim, role: str) -> str | None:
    """Why ``claim`` cannot imply ``role``, or None when it can."""
    roles = ROLES.get(claim.kind)
    vowel = claim.kind.value[0] in "aeiou"  # an amount claim, a growth claim
    if roles is None:
        kinds = ", ".join(k.value for k in ROLES)
        return Message(N_("an {kind} claim implies no value (only {kinds} claims do)") if vowel
                       else N_("a {kind} claim implies no value (only {kinds} claims do)"),
                       kind=claim.kind.value, kinds=kinds)
    if role not in roles:
        return Message(N_("an {kind} claim implies only its {roles}, not {role}") if vowel
                       else N_("a {kind} claim implies only its {roles}, not {role}"),
                       kind=claim.kind.value, roles=", ".join(sorted(roles)), role=repr(role))
    sources = _SOURCES[claim.kind][role]
    if not any(getattr(claim, s) is not None for s in sources):
        keys = " or ".join(repr(s) for s in sources)
        return Message(N_("{id} names no {keys} to imply its {role} from"), id=repr(claim.id),
                       keys=keys, role=role)
    return None


# which of the claim's own relation keys each implied role is computed from
_SOURCES: dict[ClaimKind, dict[str, tuple[str, ...]]] = {
    ClaimKind.GROWTH: {"prior": ("current", "increase", "increase_of"),
                       "current": ("prior", "increase", "increase_of"),
                       "increase": ("current", "prior", "increase_of")},
    ClaimKind.MULTIPLE: {"prior": ("current",), "current": ("prior",)},
    ClaimKind.SHARE: {"whole": ("part",), "part": ("whole",)},
    ClaimKind.PP_CHANGE: {"prior": ("of",), "current": ("prior",)},
    ClaimKind.CHANGE: {"prior": ("current",), "current": ("prior",)},
}


def sources(claim: Claim, role: str) -> list[str]:
    """The claims (or implied values) the role is computed from, as named."""
    named: list[str] = []
    for s in _SOURCES.get(claim.kind, {}).get(role, ()):
        got = getattr(claim, s)
        if isinstance(got, list):
            named.extend(got)
        elif got is not None:
            named.append(got)
    return named


def summed(figures: list[Figure]) -> Figure | None:
    """The sum of figures of one dimension, as one figure in the unit of the first: the
    increase that is the sum of its components' changes, shown as '(+5亿元 + 3亿元)'."""
    if not figures or len({f.unit.dimension for f in figures}) > 1:
        return None
    first = figures[0]
    factor = first.unit.factor
    iv = Interval.point(Fraction(0))
    pt = Fraction(0)
    for f in figures:
        iv, pt = iv + f.base_interval() / factor, pt + f.base_value() / factor
    text = "(" + _signed_terms([" ".join(f.reading.text.split()) for f in figures]) + ")"
    return Figure(replace(first.reading, text=text, value=pt, interval=iv, estimate=False),
                  first.unit)


def _signed_terms(texts: list[str]) -> str:
    """'a + b', with a later term printed negative written as a subtraction: '395.9 − 45.7',
    not '395.9 + -45.7'."""
    out = texts[0]
    for t in texts[1:]:
        out += f" − {t[1:].lstrip()}" if t[:1] in "-−" and len(t) > 1 else f" + {t}"
    return out


Lookup = Callable[[str], Figure | None]


def derive(claim: Claim, own: Figure, role: str, figure: Lookup) -> Figure | None:
    """The value ``claim`` (whose figure is ``own``) implies for ``role``, with ``figure``
    giving the figures of the claims it names; None when they are not figures."""
    kind = claim.kind
    if kind is ClaimKind.GROWTH:
        return _growth(claim, own, role, figure)
    if kind is ClaimKind.MULTIPLE:
        n, n_pt = own.interval, own.value
        if role == "prior" and (cur := figure(claim.current or "")) is not None:
            return _amount(cur, cur.interval / n, cur.value / n_pt) if n_pt else None
        if role == "current" and (pri := figure(claim.prior or "")) is not None:
            return _amount(pri, pri.interval * n, pri.value * n_pt)
        return None
    if kind is ClaimKind.SHARE:
        s, s_pt = own.interval / HUNDRED, own.value / HUNDRED
        if role == "whole" and (part := figure(claim.part or "")) is not None:
            if s.contains_zero() or not s_pt:
                return None
            return _amount(part, part.interval / s, part.value / s_pt)
        if role == "part" and (whole := figure(claim.whole or "")) is not None:
            return _amount(whole, whole.interval * s, whole.value * s_pt)
        return None
    if kind is ClaimKind.PP_CHANGE:
        if role == "prior" and (now := figure(claim.of or "")) is not None:
            return _amount(now, now.interval - own.interval, now.value - own.value)
        if role == "current" and (before := figure(claim.prior or "")) is not None:
            return _amount(before, before.interval + own.interval, before.value + own.value)
        return None
    if kind is ClaimKind.CHANGE:
        if role == "prior" and (cur := figure(claim.current or "")) is not None:
            return _shifted(cur, own, -1)
        if role == "current" and (pri := figure(claim.prior or "")) is not None:
            return _shifted(pri, own, 1)
    return None


def _growth(claim: Claim, own: Figure, role: str, figure: Lookup) -> Figure | None:
    if own.kind is UnitKind.MULTIPLE:
        g, g_pt = own.interval, own.value
    else:
        g, g_pt = own.interval / HUNDRED, own.value / HUNDRED
    f, f_pt = g + 1, g_pt + 1
    cur = figure(claim.current) if claim.current else None
    pri = figure(claim.prior) if claim.prior else None
    inc = figure(claim.increase) if claim.increase else None
    if inc is None and claim.increase_of:
        listed = [figure(m) for m in claim.increase_of]
        inc = summed([f for f in listed if f is not None]) if None not in listed else None
    # two printed amounts imply the third exactly; the rate, rounded coarser and the very
    # figure FC201 judges, is used only when one amount is printed
    if role == "prior" and cur is not None and inc is not None:
        return _shifted(cur, inc, -1)
    if role == "current" and pri is not None and inc is not None:
        return _shifted(pri, inc, 1)
    if role == "increase" and cur is not None and pri is not None:
        return _shifted(cur, pri, -1)
    # with one amount printed: the amount scaled by (1 + g), g, or their ratio
    one, rate = (Interval.point(1), Fraction(1)), (g, g_pt)
    after = (f, f_pt)
    scalings = {"prior": ((cur, one, after), (inc, one, rate)),
                "current": ((pri, after, one), (inc, after, rate)),
                "increase": ((pri, rate, one), (cur, rate, after))}
    for amount, times, over in scalings.get(role, ()):
        got = _scaled(amount, times, over) if amount is not None else None
        if got is not None:
            return got
    return None


def _scaled(amount: Figure, times: tuple[Interval, Fraction],
            over: tuple[Interval, Fraction]) -> Figure | None:
    """``amount`` × ``times`` ÷ ``over`` (each an interval and its value at face); None
    when ``over`` may be zero."""
    if over[0].contains_zero() or not over[1]:
        return None
    return _amount(amount, amount.interval * times[0] / over[0], amount.value * times[1] / over[1])


def _shifted(base: Figure, by: Figure, sign: int) -> Figure:
    """``base`` plus (``sign`` 1) or minus (-1) ``by``, in the unit of ``base``."""
    d, d_pt = by.base_interval() / base.unit.factor, by.base_value() / base.unit.factor
    if sign < 0:
        return _amount(base, base.interval - d, base.value - d_pt)
    return _amount(base, base.interval + d, base.value + d_pt)


def _amount(like: Figure, iv: Interval, pt: Fraction) -> Figure:
    """A figure in the unit of ``like`` for an implied value: shown as '≈ 6.82万辆'."""
    r = like.reading
    number = format_number(pt, r.decimals + 1, r.scale if r.scale_word else 1, "")
    if _LATIN.search(r.scale_word + (r.unit or "")):  # English words are spaced
        text = "≈" + " ".join(x for x in (number, r.scale_word, r.unit or "") if x)
    else:
        text = f"≈{number}{r.scale_word}{r.unit or ''}"
    reading = replace(r, text=text, value=pt, interval=iv, estimate=False)
    return Figure(reading, like.unit)
