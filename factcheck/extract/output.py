"""``factcheck extract`` output: a table for people, JSON and YAML for programs."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from enum import StrEnum
from fractions import Fraction

from factcheck.extract.mentions import Mention, json_number


class ExtractFormat(StrEnum):
    AUTO = "auto"
    TABLE = "table"
    JSON = "json"
    YAML = "yaml"


def document(article: str, mentions: Sequence[Mention]) -> dict[str, object]:
    return {"article": article, "mentions": [m.as_dict() for m in mentions]}


def to_json(article: str, mentions: Sequence[Mention]) -> str:
    return json.dumps(document(article, mentions), ensure_ascii=False, indent=2) + "\n"


def to_yaml(article: str, mentions: Sequence[Mention]) -> str:
    import yaml

    return str(yaml.safe_dump(document(article, mentions), allow_unicode=True, sort_keys=False,
                              width=1000))


def to_table(article: str, text: str, mentions: Sequence[Mention], *, color: bool,
             width: int | None = None) -> str:
    """A rich table with each mention's line:column in ``text``."""
    from rich.console import Console
    from rich.table import Table

    from factcheck.errors import LineIndex

    table = Table(title=f"{article}: {len(mentions)} mentions", title_justify="left")
    table.add_column("line:col", justify="right")
    for name in ("text", "value", "interval", "unit", "qualifier", "kind"):
        table.add_column(name, justify="right" if name == "value" else "left")
    lines = LineIndex(text)
    for m in mentions:
        line, col = lines.position(m.start)
        table.add_row(f"{line}:{col}", m.text, _num(m.value), _interval(m),
                      m.unit or "", m.qualifier.value, m.kind.value)
    buffer = io.StringIO()
    Console(file=buffer, force_terminal=color, no_color=not color, width=width or 120,
            highlight=False).print(table)
    return buffer.getvalue()


def _num(value: Fraction | None) -> str:
    number = json_number(value)
    return "" if number is None else str(number)


def _interval(m: Mention) -> str:
    if m.value is None or m.low == m.high:
        return ""
    return f"{_num(m.low) or '−∞'} … {_num(m.high) or '∞'}"
