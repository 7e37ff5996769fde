"""An article's figures are extracted once for a batch of claims files about it."""

from __future__ import annotations

from pathlib import Path

from factcheck import extract as ex

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "seeds" / "chongqing-manufacturing-2024.txt").read_text(encoding="utf-8")


def test_article_mentions_are_extract_and_read_once() -> None:
    ex.clear_caches()
    first = ex.extract_article(ARTICLE)
    assert first == ex.extract(ARTICLE)
    assert len(first) > 100
    again = ex.extract_article("".join(list(ARTICLE)))  # another string, the same text
    assert again == first and again is not first  # each caller owns its list
    assert ex._article_mentions.cache_info().hits == 1
    again.clear()
    assert ex.extract_article(ARTICLE) == first


def test_new_units_forget_the_article_mentions() -> None:
    text = "全市新增充电桩3200把，同比增长12%。"
    ex.clear_caches()
    before = [m.text for m in ex.extract_article(text)]
    try:
        ex.define_units({"把": "counter"})
        assert ex._article_mentions.cache_info().currsize == 0
        after = [m.text for m in ex.extract_article(text)]
        assert after == [m.text for m in ex.extract(text)]
    finally:
        ex.define_units({})
    assert ex._article_mentions.cache_info().currsize == 0
    assert [m.text for m in ex.extract_article(text)] == before
