"""``run --watch``: run again whenever an article, a claims file or the config is saved.

The files are watched through their directories, so an editor that saves by writing a new
file and renaming it over the old one is seen too; only the files a run reads (and new
claims files in a watched directory) start a run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from threading import Event

CLAIM_SUFFIXES = (".yaml", ".yml")
CLEAR = "\x1b[2J\x1b[H"


def inputs(targets: Iterable[Path], config: Path | None, article: Path | None) -> list[Path]:
    """The files a run reads: claims files, their articles, the config, a draft article."""
    import yaml

    from factcheck.app.runner import expand
    from factcheck.core.errors import InputError
    from factcheck.load.text import read_text

    files: list[Path] = []
    for claims in expand(list(targets)):
        files.append(claims)
        try:  # the one bounded reader: a FIFO or a device is skipped (the run reports it)
            data: Any = yaml.safe_load(read_text(claims, str(claims), what="claims file"))
        except (InputError, yaml.YAMLError):
            continue
        if isinstance(data, dict) and isinstance(data.get("article"), str):
            files.append(claims.parent / data["article"])
    files += [p for p in (config, article) if p is not None]
    return [p.resolve() for p in files]


def watch(targets: list[Path], files: Callable[[], list[Path]], run: Callable[[], None], *,
          stop: Event | None = None, debounce: int = 300) -> None:
    """Run once, then again after each save of a watched file, until ``stop`` is set (or
    Ctrl-C). ``files`` is asked again after each run: a claims file may name a new article."""
    from watchfiles import watch as changes

    run()
    watched = set(files())
    dirs = {p.parent for p in watched} | {t.resolve() for t in targets if t.is_dir()}
    wanted_dirs = {t.resolve() for t in targets if t.is_dir()}

    def relevant(_change: object, path: str) -> bool:
        p = Path(path).resolve()
        return p in watched or (p.suffix in CLAIM_SUFFIXES
                                and any(d in p.parents for d in wanted_dirs))

    try:
        for _ in changes(*sorted(dirs), watch_filter=relevant, stop_event=stop,
                         debounce=debounce, raise_interrupt=False):
            if sys.stdout.isatty():
                sys.stdout.write(CLEAR)
                sys.stdout.flush()
            run()
            watched = set(files())
    except KeyboardInterrupt:  # Ctrl-C ends watching quietly
        pass
