"""One record model per claim kind: the loader, the published JSON Schema and the
declaration of each kind's keys (``factcheck.claims.kinds.KEYS``) agree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import BUNDLED_CLAIMS, ROOT
from pydantic import ValidationError

from factcheck.claims.kinds import KEYS, RELATION_KEYS, ClaimKind, kinds_with
from factcheck.claims.model import ClaimsFile, schema_model, validate_claim

SCHEMA = json.loads((ROOT / "schema" / "claims.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
CLAIMS_FILES = sorted({BUNDLED_CLAIMS, *(ROOT / "tests" / "fixtures").rglob("*.yaml"),
                       *(ROOT / "tests" / "corpus" / "relations").glob("*.yaml")})


def _document(path: Path) -> dict[str, Any] | None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or "claims" not in data:
        return None
    # dates as YAML reads them are strings in JSON
    return json.loads(json.dumps(data, default=str))  # type: ignore[no-any-return]


def _file(*claims: dict[str, Any]) -> dict[str, Any]:
    return {"article": "a.txt", "published": "2024-01-01", "claims": list(claims)}


GROWTH = {"id": "g", "quote": "增长8.1%", "value": "8.1%", "kind": "growth", "current": "a",
          "prior": "b", "increase": "c"}


def test_every_claims_file_of_the_project_is_valid_under_the_schema() -> None:
    checked = 0
    for path in CLAIMS_FILES:
        document = _document(path)
        if document is None:
            continue
        errors = list(VALIDATOR.iter_errors(document))
        assert not errors, f"{path}: {errors[0].message}"
        checked += 1
    assert checked >= 10


def test_the_per_kind_models_accept_what_the_loader_accepts() -> None:
    per_kind = schema_model()
    for path in CLAIMS_FILES:
        document = _document(path)
        if document is None:
            continue
        loaded = ClaimsFile.model_validate(document)
        typed = per_kind.model_validate(document)
        assert [type(c).__name__ for c in typed.claims] == [
            "".join(p.title() for p in c.kind.value.split("-")) + "Claim" for c in loaded.claims]
        assert [c.model_dump() for c in typed.claims] == [c.model_dump() for c in loaded.claims]


@pytest.mark.parametrize("kind", list(ClaimKind))
def test_the_schema_of_a_kind_names_exactly_its_keys(kind: ClaimKind) -> None:
    (variant,) = [SCHEMA["$defs"][ref["$ref"].rsplit("/", 1)[1]]
                  for ref in SCHEMA["properties"]["claims"]["items"]["oneOf"]
                  if SCHEMA["$defs"][ref["$ref"].rsplit("/", 1)[1]]["properties"]["kind"]["const"]
                  == kind.value]
    named = {key.replace("-", "_") for key in variant["properties"]}
    assert named & set(RELATION_KEYS) == KEYS[kind]


@pytest.mark.parametrize(("kind", "key"), [
    ("share", "right"), ("growth", "part-of"), ("amount", "increase"), ("pp-gap", "prior"),
    ("structure", "of"), ("year", "prior")])
def test_a_key_of_another_kind_is_refused_by_the_schema_and_by_the_loader(kind: str,
                                                                          key: str) -> None:
    record = {"id": "x", "quote": "q", "value": "8.1%", "kind": kind, key: "other"}
    assert list(VALIDATOR.iter_errors(_file(record)))
    with pytest.raises(ValidationError) as caught:
        validate_claim(record)
    allowed = ", ".join(sorted(k.value for k in kinds_with(key.replace("-", "_"))))
    assert f"key {key!r} does not apply to a claim of kind {kind!r} (only to {allowed})" in str(
        caught.value)


def test_a_record_without_kind_is_an_amount_in_the_schema_and_the_loader() -> None:
    record = {k: v for k, v in GROWTH.items() if k != "kind"}
    assert list(VALIDATOR.iter_errors(_file(record)))
    with pytest.raises(ValidationError, match="key 'current' does not apply to a claim of kind "
                                              "'amount'"):
        validate_claim(record)
    assert not list(VALIDATOR.iter_errors(_file(GROWTH)))


def test_an_unknown_kind_lists_the_kinds_at_the_kind_key() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_claim({**GROWTH, "kind": "grwoth"})
    (error,) = caught.value.errors()
    assert error["loc"] == ("kind",)
    assert error["msg"].startswith("Input should be 'amount', 'growth', 'multiple'")
    assert list(VALIDATOR.iter_errors(_file({**GROWTH, "kind": "grwoth"})))


def test_an_unknown_kind_is_one_line_at_its_key(tmp_path: Path) -> None:
    from factcheck.core.errors import InputError
    from factcheck.load.claims import read_claims

    path = tmp_path / "c.yaml"
    path.write_text("article: a.txt\npublished: 2024-01-01\nclaims:\n  - id: g\n"
                    "    quote: q\n    value: 8.1%\n    kind: grwoth\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_claims(path)
    where = caught.value.location
    assert (where.line, where.column) == (7, 11)
    assert caught.value.message.startswith("claims[0].kind: must be one of 'amount', 'growth'")
