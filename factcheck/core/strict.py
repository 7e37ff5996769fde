"""The base of every strict record read from a user's file (claims, sidecars)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from factcheck.core.startup import skip_pydantic_plugin_scan

skip_pydantic_plugin_scan()  # before any model of the project builds its validator

class Strict(BaseModel):
    """Unknown keys are errors, keys are kebab-case as written in YAML, records are frozen."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=False,
        alias_generator=lambda name: name.replace("_", "-"),
        frozen=True,
        # each model builds its validator when first used: a claims file's is built once,
        # with its records' inside it, and the tables' models only where a table is read
        defer_build=True,
    )
