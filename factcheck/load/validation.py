"""A validation error of a claims file or sidecar as one input-error line at its key."""

from __future__ import annotations

from typing import Any

from factcheck.core.errors import InputError
from factcheck.core.i18n import N_, Message, joined
from factcheck.core.suggest import did_you_mean
from factcheck.load.yaml_nodes import Positions


def _keys_at(loc: tuple[Any, ...]) -> list[str]:
    """The keys a mapping at ``loc`` may hold, as written in YAML (kebab-case)."""
    from factcheck.claims.model import Claim, ClaimsFile, Waiver

    model: type[Any] = ClaimsFile
    if loc[:1] == ("claims",):
        model = Claim
    elif loc[:1] == ("waivers",):
        model = Waiver
    return [f.alias or name.replace("_", "-") for name, f in model.model_fields.items()]


def as_input_error(error: Any, positions: Positions) -> InputError:
    loc = tuple(error["loc"])
    kind = error["type"]
    dotted = _dotted(loc)
    if kind == "extra_forbidden":
        return InputError(positions.key(loc), joined([
            Message(N_("unknown key {key} in {where}"), key=repr(loc[-1]), where=_dotted(loc[:-1])),
            did_you_mean(str(loc[-1]), _keys_at(loc[:-1]))], ""))
    if kind == "missing":
        return InputError(positions.at(loc[:-1]), Message(N_("missing key {key} in {where}"),
                                                          key=repr(loc[-1]), where=_dotted(loc[:-1])))
    key = getattr(error.get("ctx", {}).get("error"), "key", None)
    if kind == "value_error" and isinstance(key, str):  # a key the claim's kind cannot carry
        return InputError(positions.key((*loc, key)), f"{dotted}.{key}: {error['ctx']['error']}")
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return InputError(positions.at(loc), Message(N_("{where}: must be one of {expected}"),
                                                     where=dotted, expected=expected))
    return InputError(positions.at(loc), f"{dotted}: {message[0].lower()}{message[1:]}")


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "document"
