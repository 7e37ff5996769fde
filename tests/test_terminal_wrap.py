"""Plain text wrapped without rich's layout is exactly what rich writes."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.render.terminal import _Hanging, make_console

WORDS = st.sampled_from(["增长8.1%", "规模以上工业增加值同比增长", "the", "percentage", " ", "  ",
                         "a" * 30, "重庆" * 30, "—", "(5.70–5.90%)", "·", "x", "2760.91亿元",
                         "\n", "industry-growth-gap-national,", "🙂", "e\u0301"])


def by_rich(part: _Hanging, width: int) -> str:
    buffer = io.StringIO()
    make_console(buffer, color=False, width=width).print(part.rich())
    return buffer.getvalue()


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40), st.integers(9, 130),
       st.sampled_from([(" ", "     "), ("", ""), ("  ", "    ")]))
def test_wrapped_text_equals_rich(words: list[str], width: int, indent: tuple[str, str]) -> None:
    part = _Hanging([("".join(words), "")], first=indent[0], rest=indent[1])
    fast = part.fitted(width)
    if fast is not None:
        assert fast == by_rich(part, width)


def test_a_long_line_is_wrapped_without_rich() -> None:
    part = _Hanging([("规模以上工业增加值同比增长8.1%，" * 10 + " and more words " * 5, "")])
    fast = part.fitted(60)
    assert fast is not None and fast == by_rich(part, 60)
    assert len(fast.splitlines()) > 3
