"""YAML to plain data with a position for every key and value.

Scalars stay as the text written (``2.0`` stays "2.0", never a float); pydantic does the
typing. Anchors and aliases are refused (a claims file never needs them and they make
"billion laughs" documents possible), as are duplicate keys and absurd nesting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.errors import InputError, Location

MAX_DEPTH = 32
MAX_NODES = 1_000_000

Path = tuple[str | int, ...]
KEY = "#key"


@dataclass
class Positions:
    """Where each path of the document was written."""

    file: str
    spans: dict[Path, Location] = field(default_factory=dict)

    def at(self, path: Path) -> Location:
        """The location of ``path`` or of its nearest written ancestor."""
        p = tuple(path)
        while p:
            loc = self.spans.get(p)
            if loc is not None:
                return loc
            p = p[:-1]
        return self.spans.get((), Location(self.file))

    def key(self, path: Path) -> Location:
        return self.spans.get((*path, KEY)) or self.at(path)


def _loc(file: str, node: Any) -> Location:
    start, end = node.start_mark, node.end_mark
    return Location(file, start.line + 1, start.column + 1, end.line + 1, max(end.column, 1))


def load_yaml(text: str, file: str) -> tuple[Any, Positions]:
    """Parse one YAML document into plain dicts, lists, strings and None."""
    import yaml  # heavy-ish; only the run path needs it

    positions = Positions(file)

    class _Loader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise InputError(
                    Location(file, event.start_mark.line + 1, event.start_mark.column + 1),
                    "YAML aliases (*name) are not allowed in a claims file",
                )
            event = self.peek_event()
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                raise InputError(
                    Location(file, event.start_mark.line + 1, event.start_mark.column + 1),
                    "YAML anchors (&name) are not allowed in a claims file",
                )
            self._depth = getattr(self, "_depth", 0) + 1
            if self._depth > MAX_DEPTH:
                raise InputError(
                    Location(file, event.start_mark.line + 1, event.start_mark.column + 1),
                    f"document nested deeper than {MAX_DEPTH} levels",
                )
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except InputError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "malformed YAML"
        raise InputError(Location(file, line, col), f"malformed YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise InputError(Location(file), f"malformed YAML: {exc}") from None
    finally:
        loader.dispose()
    if root is None:
        raise InputError(Location(file), "empty claims file")
    count = [0]
    data = _convert(root, (), positions, file, count)
    return data, positions


def _convert(node: Any, path: Path, positions: Positions, file: str, count: list[int]) -> Any:
    import yaml

    count[0] += 1
    if count[0] > MAX_NODES:
        raise InputError(_loc(file, node), f"document has more than {MAX_NODES} nodes")
    positions.spans[path] = _loc(file, node)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputError(_loc(file, key_node), "mapping keys must be plain text")
            key = key_node.value
            if key in out:
                raise InputError(_loc(file, key_node), f"duplicate key {key!r}")
            positions.spans[(*path, key, KEY)] = _loc(file, key_node)
            out[key] = _convert(value_node, (*path, key), positions, file, count)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(item, (*path, i), positions, file, count) for i, item in enumerate(node.value)
        ]
    if node.tag == "tag:yaml.org,2002:null" and node.style is None:
        return None
    return node.value
