"""Small things that cost newcomers time (issue 23, item 6)."""

from __future__ import annotations

import pytest
from conftest import BUNDLED_ARTICLE, ROOT
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.numbers.grammar import read_figure


def test_run_on_an_article_points_to_init_and_auto(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    article = BUNDLED_ARTICLE.relative_to(ROOT)
    result = CliRunner().invoke(app, ["run", str(article), "--no-cache"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{article}:1:1: this is an article, not a claims file; draft its claims with "
        f"factcheck init {article}, or check it without claims: factcheck run --auto "
        f"{article}\n")


@pytest.mark.parametrize("command", [[], ["run"], ["rules"], ["rule"], ["refs"], ["extract"],
                                     ["init"], ["update"], ["review"]])
def test_help_at_80_columns_is_whole(command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    text = CliRunner().invoke(app, [*command, "--help"], terminal_width=80).stdout
    assert "…" not in text  # no option name or choice cut
    assert "conci se" not in text
    if command == []:
        assert "factcheck[sdmx]" in text
    if command == ["run"]:
        assert "[tool.factcheck]" in text and "--format" in text and "<format>" in text


def test_output_format_stays_an_alias(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["rules", "--output-format", "json"])
    assert result.exit_code == 0 and result.stdout.startswith("[")


@pytest.mark.parametrize("text", ["-$0.7 billion", "−$0.7 billion", "$-0.7 billion"])
def test_negative_money_with_the_sign_first(text: str) -> None:
    reading = read_figure(text)
    assert reading.unit == "USD"
    assert (reading.interval.lo, reading.interval.hi) == (-750_000_000, -650_000_000)


def test_two_signs_are_an_error() -> None:
    from factcheck.numbers.grammar import NumberError

    with pytest.raises(NumberError, match=r"two signs in '-\$-0.7 billion'"):
        read_figure("-$-0.7 billion")

