"""Figures written in Chinese numerals: 九大支柱产业, 前三季度, 数千台, 超千亿元, 万亿级.

A run of numeral characters is a figure only when something marks it as one: a counter
after it (三次, 两个), a marker before it (第, 前, 每, 连续, 数, 百分之) or a qualifier before a
bare magnitude (超千亿). Everywhere else the characters are part of a word: 零部件, 三峡,
唯一, 统一, 一批, 两江新区, 万州.
"""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck.extract.lexicon import (
    HALF,
    NOT_AFTER_ONE,
    NOT_TENTHS_BEFORE,
    POSTS,
    ROC_ERA,
    SHARE_OF,
    SHARE_OF_SPOKEN,
    TENTHS,
    TIME_UNITS,
    ZH_MARKERS,
    ZH_PREFIXES,
    ending_at,
    endings,
    ends_at,
    fold,
    inside_word,
    match_unit,
    roc_year,
    zh_units,
)
from factcheck.extract.mentions import Kind, Mention
from factcheck.extract.reading import from_reading, point, read, unit_kind
from factcheck.languages import lexicon
from factcheck.languages.zh.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int
from factcheck.numbers.grammar import NumberError, fraction_value, read_figure
from factcheck.numbers.reading import Qualifier, UnitKind

SCALE_CHARS = frozenset("十百千万亿")
_PREFIX_LAST = frozenset(w[-1] for w in ZH_PREFIXES)
_PREFIX_ENDINGS = endings(ZH_PREFIXES)
_DIGIT_CHARS = frozenset(lexicon.table("numerals", "zh"))  # 二○二五年: ○ too
_NOT_BEFORE_QIAN = "目之以此提当空"
_NUMERAL_CHARS = frozenset("0123456789零〇一二两三四五六七八九十百千万亿")
# a numeral that may follow 百分 said without 之 (百分八, 百分百)
_SPOKEN_HEADS = frozenset("一二两三四五六七八九十百")


def years_ago(folded: str, i: int) -> bool:
    """前 at ``i`` ends a word (目前, 之前) or a time ago (3年前), so it marks no figure."""
    if i < 1:
        return False
    if folded[i - 1] in _NOT_BEFORE_QIAN:
        return True
    return folded[i - 1] in "年月天" and i >= 2 and folded[i - 2] in _NUMERAL_CHARS
_NAME_AFTER_DA = "以来精神报告代表会期间召开"
_ARTICLE_COUNTERS = frozenset({"家", "个", "位", "座", "所", "名"})
_MANY = frozenset(lexicon.words("many", "zh"))
_BIG_AFTER_MANY = sorted(lexicon.table("numeral_big_units", "zh"), key=len, reverse=True)
_INDEFINITE = re.compile(r"[^，。；！？、,;!?\s]{0,20}?的")


def _unit_end(folded: str, i: int) -> int:
    """End of the counter or sign after a Chinese numeral (三十九．五％ in newspaper copy; 度
    is not a count here)."""
    end = match_unit(folded, i, english=False)
    word = folded[i:end]
    return i if word == "度" else end


_ORDER = re.compile(r"元?级")
_STREAK_BEFORE = frozenset(lexicon.words("streak_before", "zh"))
# 千亿元, 百万人: a compound magnitude that starts with 百 or 千 is a round order of size
_ROUND_HEADS = frozenset(c for c, v in lexicon.table("numeral_units", "zh").items() if v >= 100)
_STREAK_AFTER = frozenset(lexicon.words("streak_after", "zh"))
# 三次产业, 两位数 (the lexicon's ordinals that do not start with a marker)
_ORDINAL_WORDS = lexicon.words("ordinals", "zh") + lexicon.words("sectors", "zh")
_NAMES = tuple(w for w in _ORDINAL_WORDS if w[0] in CHINESE_NUMERAL_CHARS)
_TENTH_DIGITS = frozenset(lexicon.table("numerals", "zh")) | set(lexicon.table("numeral_units", "zh"))
_HUNDREDTH_DIGITS = frozenset(c for c, v in lexicon.table("numerals", "zh").items() if v)
_FIGURE_AFTER = re.compile(
    rf"[{CHINESE_NUMERAL_CHARS}]+(?:(?:{lexicon.alternation(lexicon.words('decimal_point', 'zh'))})"
    rf"[{''.join(lexicon.table('numerals', 'zh'))}]+)?|\d+(?:\.\d+)?")


_SHARE_JOINS = lexicon.words("share_list_joins", "zh")


def _listed_share() -> re.Pattern[str]:
    """A numeral listed after a 百分之 figure (built each time, as the counters after a run
    are: a newsroom's own units change them; re caches the compiled pattern)."""
    n = CHINESE_NUMERAL_CHARS
    point = lexicon.alternation(lexicon.words("decimal_point", "zh"))
    digits = "".join(lexicon.table("numerals", "zh"))
    big = "".join(lexicon.table("numeral_big_units", "zh"))
    # only before a stop or the next join: 和三个省, 和六点一亿元, 和一些 are no percent
    joins = lexicon.alternation(_SHARE_JOINS)
    return re.compile(rf"(?>[{n}{big}]+(?:(?:{point})[{digits}]+)?)"
                      rf"(?=$|\s|[，,。；;：:）)！!？?]|{joins})")


def _share_of(folded: str, text: str, s: int, base: int, out: list[Mention]) -> int | None:
    """百分之十四点三, 逾百分之二十, 千分之三 starting at ``s``: append it, return its end."""
    word = next((w for w in SHARE_OF if folded.startswith(w, s)), "")
    if not word:
        word = next((w for w in SHARE_OF_SPOKEN if folded.startswith(w, s)
                     and folded[s + len(w):s + len(w) + 1] in _SPOKEN_HEADS), "")
    if not word:
        return None
    m = _FIGURE_AFTER.match(folded, s + len(word))
    if m is None or not m.group(0):
        return s + len(word)
    end = m.end()
    q = _qualifier(folded, s)
    start = s - len(q)
    r = read(folded[start:end])
    if r is not None:
        if r.unit_kind is UnitKind.PERCENT:
            out.append(from_reading(base + start, base + end, text[start:end], r, None, Kind.PERCENT))
        else:  # 千分之6.62 is the amount 6.62‰, as the rate printed with its sign
            out.append(from_reading(base + start, base + end, text[start:end], r, r.unit, Kind.AMOUNT))
            return end
        return _shared_share(folded, text, word, end, base, out)
    return end


def _shared_share(folded: str, text: str, word: str, end: int, base: int,
                  out: list[Mention]) -> int:
    """The numerals listed after a 百分之 figure that share its 百分之 (百分之五点二和六点一:
    6.1 % too); a numeral with a counter or a multiplier after it is a figure of its own."""
    while True:
        join = next((j for j in _SHARE_JOINS if folded.startswith(j, end)), "")
        item = _listed_share().match(folded, end + len(join)) if join else None
        if item is None:
            return end
        r = read(word + item.group(0))
        if r is None or r.unit_kind is not UnitKind.PERCENT:
            return end
        a, end = item.span()
        out.append(from_reading(base + a, base + end, text[a:end], r, None, Kind.PERCENT))


def _tenths(folded: str, text: str, s: int, e: int, base: int, out: list[Mention]) -> int | None:
    """三成, 两成半, 七成以上: tenths, read as percent."""
    word = next((w for w in TENTHS if folded.startswith(w, e)), "")
    if not word or e - s != 1 or folded[s] not in _TENTH_DIGITS:
        return None
    end = e + len(word)
    half = next((w for w in HALF if folded.startswith(w, end)), "")
    if folded[end:end + 1] in NOT_TENTHS_BEFORE and not half:
        return None
    end += len(half)
    # 二成五 = 25%: one more numeral digit, standing alone, is the hundredth
    if (not half and folded[end:end + 1] in _HUNDREDTH_DIGITS
            and not (folded[end + 1:end + 2] and folded[end + 1] in CHINESE_NUMERAL_CHARS)):
        end += 1
    post = next((w for w in POSTS if folded.startswith(w, end)), "")
    q = _qualifier(folded, s)
    start = s - len(q)
    r = read(folded[start:end + len(post)])
    if r is None:
        return None
    end += len(post)
    out.append(from_reading(base + start, base + end, text[start:end], r, None, Kind.PERCENT))
    return end


_POINTED = re.compile(
    rf"(?:{lexicon.alternation(lexicon.words('decimal_point', 'zh'))})"
    rf"[{''.join(lexicon.table('numerals', 'zh'))}]+[{''.join(lexicon.table('numeral_big_units', 'zh'))}]")
_KINDS = frozenset(lexicon.words("kinds_counters", "zh"))
_CLASSIFIERS = frozenset(lexicon.words("count_classifiers", "zh"))
_DIGIT_COUNT = tuple(lexicon.words("digit_count", "zh"))
_CHANGE_AFTER = re.compile(
    rf"的?(?P<word>{lexicon.alternation(lexicon.words('rise', 'zh') + lexicon.words('decline', 'zh'))})")


def _digit_count(folded: str, text: str, s: int, e: int, base: int,
                 out: list[Mention]) -> int | None:
    """两位数增长, 三位数下降: a size of change of at least 10, 100 % (10ⁿ⁻¹); 两位数 before
    no word of change is a count of digits, no figure."""
    word = next((w for w in _DIGIT_COUNT if folded.startswith(w, e)), "")
    n = _int(folded[s:e]) if word and e - s == 1 else None
    if n is None or not 2 <= n <= 9:
        return None
    end = e + len(word)
    if _CHANGE_AFTER.match(folded, end) is None:
        out.append(point(base + s, base + end, text[s:end], None, Kind.IDENTIFIER))
        return end
    least = Fraction(10 ** (int(n) - 1))
    out.append(Mention(base + s, base + end, text[s:end], least, least, None, None, "percent",
                       Qualifier.AT_LEAST, Kind.PERCENT))
    return end


_FALL_AFTER = re.compile(rf"的?(?:{lexicon.alternation(lexicon.words('decline', 'zh'))})")
_SUFFIX = {q: w for w, q in reversed(lexicon.table("suffix_qualifiers", "zh").items())}


_FRACTION_MARKS = tuple(lexicon.words("fraction_mark", "zh"))
_FRACTION_AT = re.compile(
    rf"(?:{lexicon.alternation(_FRACTION_MARKS)})"
    rf"([{''.join(lexicon.table('numerals', 'zh'))}{''.join(lexicon.table('numeral_big_units', 'zh'))}\d]+)")


def _fraction_at(folded: str, text: str, s: int, e: int, base: int,
                 out: list[Mention]) -> int | None:
    """四分之三, 约三分之一: a share written as a fraction, exact as two-thirds is, with the
    qualifier before it; None when folded[s:e] begins no fraction."""
    m = _FRACTION_AT.match(folded, e)
    value = fraction_value(folded[s:e], m.group(1)) if m is not None else None
    if m is None or value is None or folded[s:e] in ("百", "千"):
        return None
    q = _qualifier(folded, s)
    start = s - len(q)
    try:
        r = read_figure(folded[start:m.end()])
    except NumberError:
        return None
    out.append(from_reading(base + start, base + m.end(), text[start:m.end()], r, None,
                            Kind.RATIO))
    return m.end()


def stands_for(text: str, end: int) -> str | None:
    """The figure a count of digits ending at ``end`` stands for, as the claims grammar
    writes it: 两位数增长 is 10%以上, 两位数的下降 a fall of 10 % or more, -10%以下. None when
    no count of digits before a word of change ends there."""
    folded = fold(text[max(0, end - 4):end + 8])
    at = min(end, 4)
    word = next((w for w in _DIGIT_COUNT if folded.startswith(w, at - len(w))), "")
    n = _int(folded[at - len(word) - 1:at - len(word)]) if word else None
    if n is None or not 2 <= n <= 9 or _CHANGE_AFTER.match(folded, at) is None:
        return None
    least = 10 ** (int(n) - 1)
    if _FALL_AFTER.match(folded, at):
        return f"-{least}%{_SUFFIX['at_most']}"
    return f"{least}%{_SUFFIX['at_least']}"


def scan_numeral(folded: str, text: str, s: int, e: int, base: int,
                 out: list[Mention]) -> int:
    """Append the mention of the numeral run folded[s:e] if it is a figure; return resume."""
    shared = _share_of(folded, text, s, base, out)
    if shared is not None:
        return shared
    tenths = _tenths(folded, text, s, e, base, out)
    if tenths is not None:
        return tenths
    digits = _digit_count(folded, text, s, e, base, out)
    if digits is not None:
        return digits
    run = folded[s:e]
    fraction = _fraction_at(folded, text, s, e, base, out) if folded.startswith(
        _FRACTION_MARKS, e) else None
    if fraction is not None:
        return fraction
    before = folded[s - 1] if s else ""
    if before in _STREAK_BEFORE and folded[e:e + 1] in _STREAK_AFTER and _int(run) is not None:
        # 連廿五黑: 25 falls in a row, a duration
        out.append(point(base + s - 1, base + e + 1, text[s - 1:e + 1], _int(run), Kind.DURATION))
        return e + 1
    scale_only = all(ch in SCALE_CHARS for ch in run)
    if before and before in "数几" and run[0] in SCALE_CHARS:
        return _with_unit(folded, text, s - 1, e, base, out, Kind.AMOUNT)
    order = _ORDER.match(folded, e)
    if order and scale_only and run != "十":
        end = order.end()
        r = read(folded[s:end])
        unit = "元" if "元" in folded[e:end] else None
        if r is not None:
            out.append(from_reading(base + s, base + end, text[s:end], r, unit, Kind.AMOUNT))
        return end
    qual = _qualifier(folded, s)
    if qual and scale_only:
        return _with_unit(folded, text, s - len(qual), e, base, out, Kind.AMOUNT)
    of = next((w for w in SHARE_OF if ends_at(folded, w, s)), "")
    if of:
        return _share_of(folded, text, s - len(of), base, out) or e
    if scale_only and len(run) > 1 and run[0] in _ROUND_HEADS and run[0] != run[1] \
            and _unit_end(folded, e) > e:
        # 挑战千亿元: a compound magnitude before a unit is about that order (10¹¹)
        return _with_unit(folded, text, s, e, base, out, Kind.AMOUNT)
    if scale_only and run != "十":
        return e  # 万州, 千方百计: a magnitude word needs 数, a qualifier or 级
    if len(run) > 1 and all(ch in _DIGIT_CHARS for ch in run) and not folded.startswith("年", e):
        return e  # 一二, 三五: not a number outside a year
    named = next((w for w in _NAMES if folded.startswith(w, s)), "")
    if named and not (s and any(folded.startswith(w, s - 1) for w in _ORDINAL_WORDS)):
        # 三次产业, 两位数: a name or an ordinal word, not a count
        out.append(point(base + s, base + s + len(named), text[s:s + len(named)], None,
                         Kind.IDENTIFIER))
        return s + len(named)
    mark = _marker(folded, s)
    u_end = _unit_end(folded, e)
    many = ""
    if u_end == e and folded[e:e + 1] in _MANY and not mark and run[-1] not in _DIGIT_CHARS:
        # 二十四万六千多人, 三千多名, 三百多万人: more than the round numeral, then its counter
        scale = e + 1 + len(next((w for w in _BIG_AFTER_MANY if folded.startswith(w, e + 1)), ""))
        if _unit_end(folded, scale) > scale:
            many, u_end = folded[e:scale], _unit_end(folded, scale)
    unit = folded[e + len(many):u_end] if u_end > e else None
    if unit in _KINDS and len(run) == 1 and run != "一" and mark != "第" and \
            "\u4e00" <= folded[u_end:u_end + 1] <= "\u9fff" and \
            not folded.startswith(POSTS, u_end):
        # 四种肉, 三类企业: a count of kinds naming the group it precedes, no figure
        out.append(point(base + s, base + u_end, text[s:u_end], None, Kind.IDENTIFIER))
        return u_end
    if unit == "大" and folded[u_end:u_end + 1] in _KINDS and run != "一" and mark != "第":
        # 七大类, 八大類項目: the major categories of a classification name it, no figure
        out.append(point(base + s, base + u_end + 1, text[s:u_end + 1], None, Kind.IDENTIFIER))
        return u_end + 1
    if unit is not None and _not_a_count(folded, run, unit, s, u_end):
        if unit == "大" and run != "一":
            out.append(point(base + s, base + e + 1, text[s:e + 1], None, Kind.IDENTIFIER))
            return e + 1
        if mark != "第":
            return e
        unit = None
    if unit == "期" or (unit is None and folded.startswith("期", e)):
        start = s - 1 if mark == "第" else s
        kind = Kind.ORDINAL if mark == "第" else Kind.IDENTIFIER
        end = e if mark == "第" else e + 1
        value = _int(run) if mark == "第" else None
        out.append(point(base + start, base + end, text[start:end], value, kind))
        return end
    if mark == "第" or (mark == "前" and (unit is None or unit not in TIME_UNITS)):
        value = _int(run)
        if value is None:
            return e
        out.append(point(base + s - 1, base + e, text[s - 1:e], value, Kind.ORDINAL))
        return e
    if unit is None:
        if mark or not (_POINTED.search(run) or _range_low_end(folded, e) or _composed(run)):
            return e
        # 七二九．二億: a decimal point and a multiplier make a figure without a unit; so does
        # a numeral composed of digits, a place and a multiplier (賭收二百零六億)
        q = _qualifier(folded, s)
        r = read(q + run)
        if r is not None:
            out.append(from_reading(base + s - len(q), base + e, text[s - len(q):e], r, None,
                                    unit_kind(r)))
        return e
    end = u_end
    if unit in ("月", "日", "号") and mark not in ("前", "连续", "每"):
        value = _int(run)
        if value is not None and 1 <= value <= (12 if unit == "月" else 31):
            out.append(point(base + s, base + end, text[s:end], None, Kind.DATE))
        return end
    positional = len(run) in (3, 4) and all(ch in _DIGIT_CHARS for ch in run)
    if unit == "年" and positional and (not mark or mark in ROC_ERA):
        # 二〇二五年; 一一四年, 民国一一二年: ROC years in Taiwan copy
        value = _int(run)
        if value is not None and (len(run) == 3 or mark):
            value = Fraction(roc_year(int(value), bool(mark)) or value)
        start = s - len(mark)
        out.append(point(base + start, base + end, text[start:end], value, Kind.YEAR, unit,
                         "calendar_year"))
        return end
    if unit == "年" and not mark and len(run) == 4 and all(ch in _DIGIT_CHARS for ch in run):
        value = _int(run)
        out.append(point(base + s, base + end, text[s:end], value, Kind.YEAR, unit,
                         "calendar_year"))
        return end
    if unit in _CLASSIFIERS and not mark and not many and not _qualifier(folded, s):
        value = _int(run)
        if value is not None and value < 100:
            # 三家企業, 兩個行業: a small count in numerals is the numeral; its
            # classifier belongs to the noun it counts (as the corpus labels print it)
            out.append(point(base + s, base + e, text[s:e], value, Kind.AMOUNT))
            return end
    start = s - len(mark) if mark else s
    q = _qualifier(folded, start)
    if q and not inside_word(folded, start):
        start -= len(q)
    r = read(q + run + many + unit)
    if r is None:
        return end
    if mark == "每":
        kind = Kind.RATE
    elif unit in TIME_UNITS:
        kind = Kind.DURATION
    elif unit == "年代":
        kind = Kind.YEAR
    else:
        kind = unit_kind(r)
    if kind is Kind.YEAR:
        n = _int(run) or 0
        first = 1900 + n if n < 100 else n
        out.append(point(base + start, base + end, text[start:end], Fraction(first), kind,
                         unit, "decade", Fraction(first), Fraction(first + 9)))
        return end
    out.append(from_reading(base + start, base + end, text[start:end], r,
                            text[end - len(unit):end], kind))
    return end


def _qualifier(folded: str, i: int) -> str:
    """The qualifier right before the numeral at ``i``, with the space a web page leaves
    between them (约 三成: the space is part of what is returned); "" when there is none."""
    if i > 1 and folded[i - 1] == " " and folded[i - 2] in _PREFIX_LAST:
        spaced = _qualifier(folded, i - 1)
        return spaced + " " if spaced else ""
    if i == 0 or folded[i - 1] not in _PREFIX_LAST or inside_word(folded, i):
        return ""
    return ending_at(folded, i, _PREFIX_ENDINGS) or ""


def _with_unit(folded: str, text: str, start: int, e: int, base: int, out: list[Mention],
               kind: Kind) -> int:
    end = _unit_end(folded, e)
    r = read(folded[start:end])
    if r is None:
        return e
    unit = text[e:end] if end > e else None
    out.append(from_reading(base + start, base + end, text[start:end], r, unit,
                            unit_kind(r) if r else kind))
    return end


def _not_a_count(folded: str, run: str, unit: str, s: int, end: int) -> bool:
    """一批, 一大特色, 一辆辆, 十八大: counters in set phrases or names."""
    if len(unit) == 1 and folded.startswith(unit, end):
        return True  # reduplication: 一辆辆 = car after car
    if run == "一" and unit in NOT_AFTER_ONE:
        return True
    if run == "零" and unit in _NOT_AFTER_NOUGHT:
        return True  # 汽车零件: a part, not nought items
    if run == "一" and unit in _ARTICLE_COUNTERS and _INDEFINITE.match(folded, end):
        return True  # 一家从事芯片检测的企业: "a firm that …", an article, not a count
    return unit == "大" and (ends_at(folded, "党的", s)
                            or (end < len(folded) and folded[end] in _NAME_AFTER_DA))


_NOT_AFTER_NOUGHT = frozenset(lexicon.words("not_after_nought", "zh"))
_MARKER_BY_LAST = {w[-1]: w for w in ("连续", "第", "每", "前", "近", *ROC_ERA)}


def _marker(folded: str, s: int) -> str:
    word = _MARKER_BY_LAST.get(folded[s - 1]) if s else None
    if word is None or word == "近" or not ends_at(folded, word, s):
        return ""
    if word == "前" and years_ago(folded, s - 1):
        return ""
    return word


def _int(run: str) -> Fraction | None:
    try:
        return Fraction(chinese_to_int(run))
    except ValueError:
        return None



# --- what the extractor asks of this language (factcheck/extract/__init__.py, digits.py) ---

_DIGITS = "".join(lexicon.table("numerals", "zh"))
_BIG = "".join(lexicon.table("numeral_big_units", "zh"))
_SMALL = "".join(lexicon.table("numeral_units", "zh"))
_ZEROS = "".join(c for c, v in lexicon.table("numerals", "zh").items() if v == 0)
# 七十二点六, 七二九．二, 一五三三·四: the decimal points of a numeral run
_POINT = lexicon.alternation(lexicon.words("decimal_point", "zh"))
_MARKER_OF = {w[-1]: w for w in ZH_MARKERS}  # no two markers end alike


def _counters_after() -> str:
    # what may follow a numeral run that makes it a figure (a counter, 级, 期 …); read each
    # time: a newsroom's own units change it
    return "".join(sorted({re.escape(u[0]) for u in zh_units()} | {"级", "期", "元", "成"}))


def _many() -> str:
    return "".join(sorted(re.escape(w) for w in lexicon.words("many", "zh") if len(w) == 1))


def numeral_anchor() -> tuple[str, str]:
    """The characters a numeral run starts with, and the branches of the extractor's anchor
    pattern that find a run something marks as a figure (named groups ``cn``: a marker or
    qualifier before it, ``cn2``: a counter, 级 or 期 after it, ``cn3``: a decimal point and a
    multiplier).

    Checking the marks in the pattern spares a Python call for every 一 of 统一, 一批, 唯一;
    the marker before a run is checked by lookbehind."""
    before = "".join(sorted({re.escape(w[-1]) for w in ZH_PREFIXES} | set("第前每续数几之的")
                            | {re.escape(w[-1]) for w in lexicon.words("streak_before", "zh")}))
    n = CHINESE_NUMERAL_CHARS
    # 七十二点六亿: a decimal point inside a numeral run, digits and a multiplier after it
    point = rf"(?:(?:{_POINT})[{_DIGITS}]+[{_BIG}]*)?"
    # 出口七二九．二億 (``cn3``): a numeral with a decimal point and a multiplier is a figure
    # with nothing marking it
    # 六一〇億至六三二億美元 (``cn3`` too): a numeral with a multiplier, then 至 and another
    # numeral, is the lower end of a range whose unit the upper end prints
    return n, (rf"(?<=[{before}][{n}])(?P<cn>)[{n}]*{point}"
               # 二百零六億 (``cn0``): digits, a place and a multiplier, before ``cn2`` reads
               # its 二 as a count of 百…
               rf"|(?<=[{n}])(?P<cn0>)[{n}]*[{_SMALL}][{n}]*[{_BIG}](?![{n}])"
               rf"|(?<=[{n}])(?P<cn2>)[{n}]*{point}(?=[{_many()}][{_BIG}]?[{_counters_after()}]|[{_counters_after()}])"
               rf"|(?<=[{n}])(?P<cn3>)[{n}]*(?:(?:{_POINT})[{_DIGITS}]+[{_BIG}]+"
               rf"|[{_BIG}](?=(?:{_TO})[{n}]))")


def _composed(run: str) -> bool:
    """二百零六億, 三千萬: digits with a place (十, 百, 千) and a multiplier at the end, a number
    no word is spelled with (千万 and 十万 alone are words as often as numbers)."""
    return (run[-1] in _BIG and any(ch in _SMALL for ch in run)
            and any(ch in _DIGITS and ch not in _ZEROS for ch in run) and _int(run) is not None)


def _range_low_end(folded: str, e: int) -> bool:
    """Whether the numeral run ending at ``e`` ends in a multiplier and 至 and another
    numeral follow it: the lower end of a range (六一〇億至六三二億美元)."""
    return e > 0 and folded[e - 1] in _BIG and _LOW_END.match(folded, e) is not None


def _run_before_counter() -> re.Pattern[str]:
    """A numeral run followed by a counter (the ``cn2`` branch of the anchor alone)."""
    n = CHINESE_NUMERAL_CHARS
    return re.compile(rf"[{n}]+(?:(?:{_POINT})[{_DIGITS}]+[{_BIG}]*)?(?=[{_counters_after()}])")


def scan_anchored(group: str, folded: str, text: str, s: int, e: int, pos: int, base: int,
                  out: list[Mention]) -> int:
    """Append the figure of the numeral run the anchor found at folded[s:e] (branch
    ``group``); return where scanning resumes."""
    if group == "cn" and s == pos:
        # the marker lies inside the figure just read: only a counter after the run makes
        # it a figure (as if the text before ``pos`` were cut off)
        m = _run_before_counter().match(folded, s)
        if m is None:
            return s + 1
        e = m.end()
    return max(scan_numeral(folded, text, s, e, base, out), e)


_TO = lexicon.alternation(lexicon.words("range_to", "zh"))
_LOW_END = re.compile(rf"(?:{_TO})[{CHINESE_NUMERAL_CHARS}]")
# 1月4週失業率: a count of weeks right after a month, not the month's day
_TIME_AFTER_MONTH = lexicon.alternation([w for w in lexicon.words("time_units", "zh")
                                         if w not in ("日", "年")])
# a space may stand between the digits and 年/月/日 (web copy from Taiwan: 2025 年 10 月)
_DATE = re.compile(
    rf"(?:\d{{4}} ?年 ?)?\d{{1,2}}(?:(?:[—–~-]|{_TO})\d{{1,2}})? ?月(?:份)?"
    rf"(?: ?\d{{1,2}}(?:[—–~-]\d{{1,2}})? ?[日号])?(?!\d(?!\d*(?:{_TIME_AFTER_MONTH})))"
    r"|\d{1,2}(?:[—–~-]\d{1,2})? ?[日号](?!\d)")
_DATE_NEXT = frozenset("年月日号—–~-") | frozenset(w[0] for w in lexicon.words("range_to", "zh"))


def date_at(folded: str, s: int, e: int) -> int | None:
    """The end of a date that starts with the digits at [s, e) (3月5日, 2024年1-10月, 1至11月,
    5日), or None."""
    after = folded[e:e + 1]
    spaced = folded[e + 1:e + 2] if after == " " else ""
    if not ((after and after in _DATE_NEXT) or (spaced and spaced in _DATE_NEXT and spaced.isalpha())):
        return None
    date = _DATE.match(folded, s)
    if date is None:
        return None
    nums = [int(n) for n in re.findall(r"\d+", date.group(0))]
    if "月" in date.group(0):
        months = nums[1:] if re.match(r"\d{4} ?年", date.group(0)) else nums
        valid = all(1 <= m <= 12 for m in months[:1])
    else:  # days alone, or a range of days (5-8日)
        valid = all(1 <= d <= 31 for d in nums)
    return date.end() if valid else None


def marker(folded: str, s: int) -> str:
    """A Chinese marker word (第, 前, 每, 连续 …) ending just before ``s``; not 前 of a time
    ago (3年前) or of a word (目前)."""
    word = _MARKER_OF.get(folded[s - 1]) if s > 0 else None
    if word is None or not ends_at(folded, word, s):
        return ""
    if word == "前" and years_ago(folded, s - 1):
        return ""
    return word
