"""Pausing the cyclic garbage collector while many long-lived objects are built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# set by the command's process (``freeze_when_resumed``), which exits once its run is done
_FREEZE = False


def freeze_when_resumed(freeze: bool = True) -> None:
    """From now on (until called with False), the objects built while the collector was
    paused are frozen (``gc.freeze``) when it resumes, in this process and the workers it
    forks.

    Resuming the collector after a pause leaves every object allocated in the pause in its
    youngest generation: the first allocation after it walks them all, and a run's
    reports are walked again by each later collection (a twentieth of a 10 000-claim
    run's time). A process that exits after its run has no use for those walks. Objects
    still die by reference counting when frozen; only cycles among them are not freed,
    so a process that goes on working (a library's caller, the tests, ``run --watch``)
    does not set this.
    """
    global _FREEZE
    _FREEZE = freeze


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while long-lived objects are built.

    A run, or a table of a million rows, allocates millions of small objects that live on,
    few of them in cycles; the collector would walk the growing heap again and again (a fifth
    of a run's time, most of a table's load). Reference counting still frees everything else.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if _FREEZE:
                gc.freeze()
            gc.enable()
