"""Discovery as a reader of statements: one reading of figures, linear time, no exit 2 on a
readable article, "nothing checked" is not "OK", and the English relations of trade and
change. Every sentence here is invented."""

from __future__ import annotations

from fractions import Fraction

from factcheck.discover.figures import find_figures


def _figs(text: str, lang: str) -> list[tuple[str, Fraction]]:
    return [(f.text, f.reading.value) for f in find_figures(text, lang)]


def test_english_figures_are_the_extractors_reading() -> None:
    text = ("Turnover reached €31.4Bn while the fund holds $52.6-billion; "
            "the city counts 254 000 residents.")
    got = _figs(text, "en")
    assert ("€31.4Bn", Fraction(31_400_000_000)) in got
    assert ("$52.6-billion", Fraction(52_600_000_000)) in got
    assert [v for t, v in got if t.startswith("254")] == [Fraction(254_000)]


def test_chinese_numerals_in_words_are_figures() -> None:
    got = _figs("全县实现生产总值八百一十二亿元，增长百分之五点二。", "zh")
    assert ("八百一十二亿元", Fraction(81_200_000_000)) in got
    assert ("百分之五点二", Fraction(52, 10)) in got


def test_times_and_labels_are_not_figures() -> None:
    assert _figs("2019年1-7月份，第一产业增长3.1%。", "zh") == [("3.1%", Fraction(31, 10))]
    assert _figs("In Quarter 3 of 2021, output rose 1.2%.", "en") == [("1.2%", Fraction(12, 10))]


def test_indexed_lookups_agree_with_a_scan() -> None:
    from factcheck.discover.context import Article
    from factcheck.discover.text import paragraph_of, sentences

    text = "全市增长5.1%；其中，城镇增长4.2%。\n\n乡村增长6.0%，高于全省0.3个百分点。\nUp 2.4%. Down 1.1%;"
    art = Article(text, find_figures(text, "zh"), "zh")
    for offset in range(len(text)):
        expected = next((s for s in sentences(text) if s.contains(offset)), None)
        if expected is not None:
            assert art.sentence_of(offset) == expected
        assert art.paragraph_of(offset) == paragraph_of(text, offset)
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            assert art.in_range(start, end) == [f for f in art.figures
                                                if start <= f.start and f.end <= end]


def test_discovery_is_not_quadratic() -> None:
    """800 lines of a rate and a gap against the national rate took over 400 s when each
    figure scanned every sentence and every other figure; now about a second."""
    import time

    from factcheck.checks.registry import all_rules
    from factcheck.discover.auto import check_text

    text = "增长8.1%，高于全国2.3个百分点。\n" * 800
    t0 = time.process_time()
    report = check_text(text, "long.txt", all_rules())
    assert time.process_time() - t0 < 30
    assert len(report.relations) == 1600


def _auto(tmp_path: object, text: str, fmt: str) -> tuple[int, str]:
    from pathlib import Path

    from typer.testing import CliRunner

    from factcheck.cli import app

    path = Path(str(tmp_path)) / "article.txt"
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["run", "--auto", str(path), "-f", fmt, "--no-cache"])
    return out.exit_code, out.output


def test_a_relation_discovery_cannot_build_is_dropped_with_a_note(tmp_path: object) -> None:
    """贡献率 before 拉动: the contribution drafted the rate as its part's growth, a claim of
    kind contribution-rate; the relation goes with a note and the article is checked."""
    text = "上半年全县生产总值增长6.0%。其中，服务业对经济增长的贡献率为55.0%，拉动经济增长3.3个百分点。\n"
    code, out = _auto(tmp_path, text, "json")
    assert code != 2
    import json

    doc = json.loads(out)
    assert doc["status"] == "OK"
    assert any("contribution not checked" in n for n in doc["files"][0]["notes"])
    code, out = _auto(tmp_path, text, "text")
    assert code == 0 and "note: line 1" in out


FORMATS = ("text", "json", "markdown", "github", "concise", "junit", "sarif", "html")


def test_nothing_checked_is_not_ok_in_any_format(tmp_path: object) -> None:
    text = "The library opened a new reading room on the second floor last week.\n"
    for fmt in FORMATS:
        code, out = _auto(tmp_path, text, fmt)
        assert code == 0, fmt
        assert "no relation found: 0 arithmetic checks" in out, fmt
        assert "→  OK" not in out and "✅ OK" not in out and ": OK" not in out, fmt


def test_a_clean_pass_still_says_ok(tmp_path: object) -> None:
    text = "Exports were $5.1 billion and imports $7.3 billion, a trade deficit of $2.2 billion.\n"
    code, out = _auto(tmp_path, text, "text")
    assert code == 0 and "→  OK" in out and "no relation found" not in out
