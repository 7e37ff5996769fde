"""Chinese numerals: 三, 十二, 两千三百, 廿六 read as integers.

What the number grammar of claims values asks of every language's ``numerals`` module:
``NUMERAL_CHARS``, the characters its numerals are written in, and ``to_int``, which reads
one numeral or raises ValueError.
"""

from __future__ import annotations

import unicodedata

from factcheck.core.i18n import N_, Message
from factcheck.languages import lexicon
from factcheck.languages.folding import normalise

_DIGITS: dict[str, int] = lexicon.table("numerals", "zh")
_SMALL_UNITS: dict[str, int] = lexicon.table("numeral_units", "zh")
_BIG_UNITS: dict[str, int] = lexicon.table("numeral_big_units", "zh")
_TENS: dict[str, int] = lexicon.table("numeral_tens", "zh")
_DIGIT_OF = {v: k for k, v in reversed(_DIGITS.items())}  # 2 → 二 (not 两)
_TEN = next(k for k, v in _SMALL_UNITS.items() if v == 10)

CHINESE_NUMERAL_CHARS = ("".join(_DIGITS) + "".join(_TENS) + "".join(_SMALL_UNITS)
                         + "".join(_BIG_UNITS))


def fold(text: str) -> str:
    """Normalise for comparison: NFKC plus traditional→simplified."""
    return normalise(unicodedata.normalize("NFC", text))


def chinese_to_int(text: str) -> int:
    """Read a Chinese numeral (三, 十二, 两千三百, 一万二千, 三〇〇) as an int.

    Raises ValueError when the text is not a numeral.
    """
    if not text or any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        raise ValueError(Message(N_("not a Chinese numeral: {text}"), text=repr(text)))
    if text[0] in _TENS:
        # 廿六 = 二十六, 卅 = 三十: a newspaper ten is a digit and 十, at the head only
        if any(ch in _TENS for ch in text[1:]) or text[1:2] in _SMALL_UNITS:
            raise ValueError(Message(N_("not a Chinese numeral: {text}"), text=repr(text)))
        text = _DIGIT_OF[_TENS[text[0]] // 10] + _TEN + text[1:]
    if text[0] not in _DIGITS and text[0] != _TEN:
        raise ValueError(Message(N_("not a Chinese numeral: {text}"), text=repr(text)))
    # positional form: 二〇二四; newspaper figures print digits before a multiplier: 六一三亿
    head = text.rstrip("".join(_BIG_UNITS))
    if len(head) > 1 and all(ch in _DIGITS for ch in head):
        number = int("".join(str(_DIGITS[ch]) for ch in head))
        for ch in text[len(head):]:
            number *= _BIG_UNITS[ch]
        if len(text) - len(head) > 1 and _BIG_UNITS[text[-1]] <= _BIG_UNITS[text[-2]]:
            raise ValueError(Message(N_("not a Chinese numeral: {text}"), text=repr(text)))
        return number
    total = 0
    section = 0
    digit: int | None = None
    last_small = 10**5  # within a section 千 > 百 > 十, each at most once
    for i, ch in enumerate(text):
        if ch in _DIGITS:
            if digit is not None and digit != 0:
                raise ValueError(Message(N_("not a Chinese numeral: {text}"), text=repr(text)))
            # 零 marks a skipped place: a non-zero digit follows it (一千零五十, not 一千零零万)
            if _DIGITS[ch] == 0 and len(text) > 1 and (
                    i + 1 == len(text) or _DIGITS.get(text[i + 1], 0) == 0):
                raise ValueError(Message(N_("not a Chinese numeral: {text}"), text=repr(text)))
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            if unit >= last_small:
                raise ValueError(Message(N_("not a Chinese numeral: {text}"), text=repr(text)))
            last_small = unit
            section += (1 if digit is None else digit) * unit
            digit = None
        else:
            last_small = 10**5
            big = _BIG_UNITS.get(ch)
            if big is None:  # 廿, 卅, 卌 only lead a numeral: 六卅五 is none
                raise ValueError(Message(N_("not a Chinese numeral: {text}"), text=repr(text)))
            section += digit or 0
            total = (total + section) * big if big > 10**4 else total + section * big
            section = 0
            digit = None
    return total + section + (digit or 0)


NUMERAL_CHARS = CHINESE_NUMERAL_CHARS
to_int = chinese_to_int
