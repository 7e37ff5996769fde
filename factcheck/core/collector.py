"""Pausing the cyclic garbage collector while many long-lived objects are built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
            gc.enable()
