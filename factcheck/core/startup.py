"""Start-up costs that buy nothing here, avoided without changing behaviour."""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Callable, Iterable
from typing import Any


def skip_pydantic_plugin_scan() -> None:
    """Give pydantic an empty plugin list when no installed package declares one.

    pydantic looks for plugins through ``importlib.metadata`` entry points the first time
    it builds a validator, which imports ``importlib.metadata`` and reads every installed
    distribution (about 10 ms). A plugin is an entry point in the ``pydantic`` group, so
    when no ``entry_points.txt`` on ``sys.path`` names that group there is nothing to find;
    when one does, pydantic's own loader runs as usual.
    """
    name = "pydantic.plugin._loader"
    if name in sys.modules or declares_pydantic_plugin(sys.path):
        return
    loader = types.ModuleType(name, "No pydantic plugins are installed (factcheck.core.startup).")
    loader.PYDANTIC_ENTRY_POINT_GROUP = "pydantic"  # type: ignore[attr-defined]
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules[name] = loader


def declares_pydantic_plugin(paths: Iterable[str]) -> bool:
    """Whether any distribution on ``paths`` declares an entry point in the pydantic group."""
    for entry in paths:
        try:
            with os.scandir(entry or ".") as listing:
                metadata = [e.path for e in listing
                            if e.name.endswith((".dist-info", ".egg-info")) and e.is_dir()]
        except OSError:
            continue
        for directory in metadata:
            try:
                with open(os.path.join(directory, "entry_points.txt"), encoding="utf-8") as f:
                    if any(line.strip().replace(" ", "") == "[pydantic]" for line in f):
                        return True
            except (OSError, UnicodeDecodeError):
                continue
    return False


def lazy_typer_coercion() -> None:
    """Let typer coerce an option only when it was given.

    typer builds a pydantic ``TypeAdapter`` for every parameter of the command it runs
    (about 1–3 ms each, 15 for ``run``) before coercing its value, even when the value is
    ``None``, which typer's coercion returns unchanged (``()`` for a multi-value one). The
    same answer for ``None`` is returned here without building the adapter (then the
    parameter's callback runs, as in typer); a required parameter goes through typer.
    """
    try:
        from typer.core import _TyperParameter
    except ImportError:  # another typer: leave it as it is
        return
    original = getattr(_TyperParameter, "process_value", None)
    if original is None or getattr(original, "_factcheck_lazy", False):
        return

    def process_value(self: _TyperParameter, ctx: Any, value: object) -> object:
        if value is not None or self.required:
            return original(self, ctx, value)
        # what typer's coercion makes of None, then its callback, as typer does
        absent: object = () if (self.multiple or self.nargs == -1) else None
        return self.callback(ctx, self, absent) if self.callback is not None else absent

    process_value._factcheck_lazy = True  # type: ignore[attr-defined]
    _TyperParameter.process_value = process_value  # type: ignore[method-assign]


class _Patched:
    """A module's loader that runs the waiting patches right after executing it."""

    def __init__(self, loader: Any, patches: list[Callable[[types.ModuleType], None]]) -> None:
        self._loader = loader
        self._patches = patches

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)

    def create_module(self, spec: Any) -> types.ModuleType | None:
        create = getattr(self._loader, "create_module", None)
        return create(spec) if create is not None else None

    def exec_module(self, module: types.ModuleType) -> None:
        self._loader.exec_module(module)
        for patch in self._patches:
            patch(module)


class _AfterImport:
    """A finder that finds nothing itself: it hands a watched module's spec, found by the
    finders after it, a loader that patches the module once it is executed."""

    def __init__(self) -> None:
        self.waiting: dict[str, list[Callable[[types.ModuleType], None]]] = {}

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        patches = self.waiting.get(name)
        if patches is None:
            return None
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if finder is self or find is None:
                continue
            spec = find(name, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        del self.waiting[name]
        spec.loader = _Patched(spec.loader, patches)
        return spec


_after_import = _AfterImport()


def when_imported(name: str, patch: Callable[[types.ModuleType], None]) -> None:
    """Call ``patch(module)`` now if module ``name`` is imported, else right after it is.

    A library's module that only some commands use (typer's ``rich_utils``, which imports
    rich's Markdown and traceback renderers for help pages and errors, ~100 ms) is patched
    when something imports it, instead of being imported to be patched.
    """
    module = sys.modules.get(name)
    if module is not None:
        patch(module)
        return
    waiting = _after_import.waiting.setdefault(name, [])
    if patch not in waiting:
        waiting.append(patch)
    if _after_import not in sys.meta_path:
        sys.meta_path.insert(0, _after_import)
