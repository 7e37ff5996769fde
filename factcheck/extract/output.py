"""``factcheck extract`` output: a table for people, JSON and YAML for programs."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from fractions import Fraction

from factcheck.extract.mentions import Mention, json_number


def document(article: str, mentions: Sequence[Mention]) -> dict[str, object]:
    return {"article": article, "mentions": [m.as_dict() for m in mentions]}


def to_json(article: str, mentions: Sequence[Mention]) -> str:
    """``json.dumps(document, ensure_ascii=False, indent=2)``, byte for byte, through the C
    encoder: with ``indent`` the standard library falls back to its pure-Python encoder,
    twice as slow on a long article.

    A mention is a flat mapping of scalars, so one call of the C encoder whose item
    separator carries the line break writes the list with every key on its own line; the
    boundaries between mentions (``},`` newline ``{``, which cannot occur inside an encoded
    string, where a line break is escaped) are then re-indented.
    """
    head = json.dumps({"article": article}, ensure_ascii=False, indent=2)[:-2]
    if not mentions:
        return head + ',\n  "mentions": []\n}\n'
    body = _encode_flat([m.as_dict() for m in mentions])
    inner = body[2:-2].replace(_BETWEEN, "\n    },\n    {\n      ")
    return head + ',\n  "mentions": [\n    {\n      ' + inner + "\n    }\n  ]\n}\n"


_BETWEEN = "},\n      {"


def _encode_flat(items: list[dict[str, object]]) -> str:
    from json import encoder

    make = getattr(encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: the same text from the pure-Python encoder
        return json.dumps(items, ensure_ascii=False, separators=(",\n      ", ": "))
    iterencode = make(None, None, encoder.encode_basestring, None, ": ", ",\n      ",
                      False, False, True)
    return "".join(iterencode(items, 0))


def to_yaml(article: str, mentions: Sequence[Mention]) -> str:
    import yaml

    return str(yaml.safe_dump(document(article, mentions), allow_unicode=True, sort_keys=False,
                              width=1000))


def to_table(article: str, text: str, mentions: Sequence[Mention], *, color: bool,
             width: int | None = None) -> str:
    """A rich table with each mention's line:column in ``text``."""
    from rich.console import Console
    from rich.table import Table

    from factcheck.core.errors import line_index

    table = Table(title=f"{article}: {len(mentions)} mentions", title_justify="left")
    table.add_column("line:col", justify="right")
    for name in ("text", "value", "interval", "unit", "qualifier", "kind"):
        table.add_column(name, justify="right" if name == "value" else "left")
    lines = line_index(text)
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
