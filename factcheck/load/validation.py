"""A validation error of a claims file or sidecar as one input-error line at its key.

pydantic's own sentences (“input should be a valid integer”) are English; the line shown
is factcheck's, chosen by pydantic's error *type* (``int_parsing``, ``too_short``, …) and
filled from the error's context, so it is translated like every other message. The
messages of the models' own validators are ``Message``s raised in a ``ValueError``.
"""

from __future__ import annotations

import enum
import typing
from typing import Any

from factcheck.core.errors import InputError
from factcheck.core.i18n import N_, Message, joined, message_of
from factcheck.core.suggest import did_you_mean
from factcheck.load.yaml_nodes import Positions

# pydantic error type → factcheck's message; ``{where}`` is the dotted key, the other
# fields come from the error's context (``_FIELDS``)
_BY_TYPE: dict[str, str] = {
    **dict.fromkeys(("int_type", "int_parsing", "int_from_float", "int_parsing_size"),
                    N_("{where}: must be a whole number")),
    **dict.fromkeys(("float_type", "float_parsing", "decimal_type", "decimal_parsing",
                     "finite_number"), N_("{where}: must be a number")),
    **dict.fromkeys(("bool_type", "bool_parsing"), N_("{where}: must be true or false")),
    **dict.fromkeys(("string_type", "string_sub_type", "string_unicode"),
                    N_("{where}: must be text")),
    **dict.fromkeys(("list_type", "tuple_type", "set_type", "iterable_type"),
                    N_("{where}: must be a list")),
    **dict.fromkeys(("dict_type", "model_type", "model_attributes_type", "mapping_type"),
                    N_("{where}: must be a mapping (key: value)")),
    **dict.fromkeys(("date_type", "date_parsing", "date_from_datetime_parsing",
                     "date_from_datetime_inexact", "date_future", "date_past"),
                    N_("{where}: must be a date written YYYY-MM-DD")),
    "string_too_long": N_("{where}: must have at most {max_length} characters"),
    "too_long": N_("{where}: must list at most {max_length} items"),
    "too_short": N_("{where}: must list at least {min_length} items"),
    "greater_than": N_("{where}: must be more than {gt}"),
    "greater_than_equal": N_("{where}: must be at least {ge}"),
    "less_than": N_("{where}: must be less than {lt}"),
    "less_than_equal": N_("{where}: must be at most {le}"),
    "string_pattern_mismatch": N_("{where}: does not match the pattern {pattern}"),
    "frozen_instance": N_("{where}: cannot be changed"),
    "none_required": N_("{where}: must be empty"),
}

# what a pattern of the models asks for, in words (the pattern itself tells a reporter little)
_PATTERNS: dict[str, str] = {
    r"^[A-Za-z0-9][A-Za-z0-9_.-]*$": N_("{where}: must start with a letter or digit and hold "
                                        "only letters, digits, '_', '.' and '-'"),
    r"^FC[0-9]{3}$": N_("{where}: must be a check code such as FC101"),
    r"^[^\x00-\x1f\x7f]+$": N_("{where}: must not hold control characters"),
    r"^(https?://|urn:|doi:)\S+$": N_("{where}: must be an address starting http://, "
                                      "https://, urn: or doi:, without spaces"),
}


def as_input_error(error: Any, positions: Positions, model: type[Any] | None = None) -> InputError:
    """The input error of one pydantic error of a record of ``model`` (the claims file
    unless named), at the key or value it concerns."""
    if model is None:
        from factcheck.claims.model import ClaimsFile

        model = ClaimsFile
    loc = tuple(error["loc"])
    kind = error["type"]
    ctx = error.get("ctx") or {}
    dotted = _dotted(loc)
    if kind == "extra_forbidden":
        return InputError(positions.key(loc), joined([
            Message(N_("unknown key {key} in {where}"), key=repr(loc[-1]), where=_dotted(loc[:-1])),
            did_you_mean(str(loc[-1]), _keys_of(_model_at(model, loc[:-1])))], ""))
    if kind == "missing":
        return InputError(positions.at(loc[:-1]), Message(N_("missing key {key} in {where}"),
                                                          key=repr(loc[-1]), where=_dotted(loc[:-1])))
    if kind in ("value_error", "assertion_error"):
        raised = ctx.get("error")
        key = getattr(raised, "key", None)
        text = message_of(raised) if isinstance(raised, BaseException) else str(raised)
        if isinstance(key, str):  # a key the claim's kind cannot carry
            return InputError(positions.key((*loc, key)), Message(
                N_("{where}: {problem}"), where=f"{dotted}.{key}", problem=text))
        return InputError(positions.at(loc), Message(N_("{where}: {problem}"), where=dotted,
                                                     problem=text))
    if kind in ("enum", "literal_error"):
        choices = _choices(_annotation_at(model, loc))
        expected: str = (Message(N_("{items} or {last}"), items=", ".join(choices[:-1]),
                                 last=choices[-1]) if len(choices) > 1
                         else choices[0] if choices else str(ctx.get("expected", "")))
        return InputError(positions.at(loc), Message(N_("{where}: must be one of {expected}"),
                                                     where=dotted, expected=expected))
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return InputError(positions.at(loc), Message(N_("{where}: must not be empty"),
                                                         where=dotted))
        return InputError(positions.at(loc), Message(
            N_("{where}: must have at least {min_length} characters"), where=dotted,
            min_length=ctx.get("min_length", "")))
    if kind == "too_short" and ctx.get("min_length") == 1:
        return InputError(positions.at(loc), Message(N_("{where}: must list at least one item"),
                                                     where=dotted))
    template = _BY_TYPE.get(kind)
    if kind == "string_pattern_mismatch":
        template = _PATTERNS.get(str(ctx.get("pattern")), template)
    if template is None:
        # a type no record of factcheck meets today: its code, not pydantic's sentence
        return InputError(positions.at(loc), Message(N_("{where}: not a valid value ({code})"),
                                                     where=dotted, code=kind))
    fields = {name: ctx.get(name, "") for name in _names(template)}
    return InputError(positions.at(loc), Message(template, where=dotted, **fields))


def _names(template: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(template)
            if name and name != "where"]


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "document"


def _inner(annotation: Any) -> list[Any]:
    """The types an annotation holds: ``X | None``, ``list[X]``, ``dict[str, X]`` and
    ``Annotated[X, …]`` give X."""
    origin = typing.get_origin(annotation)
    if origin is None:
        return [annotation]
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _inner(args[0])
    if origin is typing.Literal:
        return [annotation]
    if origin is dict:
        return _inner(args[-1])
    out: list[Any] = []
    for arg in args:
        out.extend(_inner(arg))
    return out


def _field(model: type[Any], key: str) -> Any:
    for name, info in model.model_fields.items():
        if key in (name, info.alias, name.replace("_", "-")):
            return info.annotation
    return None


def _annotation_at(model: type[Any], loc: tuple[Any, ...]) -> Any:
    """The annotation of the field at ``loc`` in a record of ``model``, or None."""
    current: Any = model
    annotation: Any = None
    for part in loc:
        if isinstance(part, int):
            continue
        if current is None:
            return None
        annotation = _field(current, str(part))
        if annotation is None:
            return None
        current = next((t for t in _inner(annotation)
                        if isinstance(t, type) and hasattr(t, "model_fields")), None)
    return annotation


def _model_at(model: type[Any], loc: tuple[Any, ...]) -> type[Any] | None:
    if not [p for p in loc if not isinstance(p, int)]:
        return model
    return next((t for t in _inner(_annotation_at(model, loc))
                 if isinstance(t, type) and hasattr(t, "model_fields")), None)


def _keys_of(model: type[Any] | None) -> list[str]:
    """The keys a record of ``model`` may hold, as written in YAML (kebab-case)."""
    if model is None:
        return []
    return [f.alias or name.replace("_", "-") for name, f in model.model_fields.items()]


def _choices(annotation: Any) -> list[str]:
    """The values an enum or a Literal field allows, quoted as a claims file writes them."""
    for t in _inner(annotation):
        if typing.get_origin(t) is typing.Literal:
            return [repr(v) for v in typing.get_args(t)]
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return [repr(m.value) for m in t]
    return []

