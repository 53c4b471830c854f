"""Fewer garbage collections while politirad starts.

Starting up creates only long-lived objects: modules, pydantic schemas, the app's
widgets. CPython's collector still walks all of them again and again as they pile up,
about a tenth of the time to the first frame (bench/startup.py, BENCHMARKS.md). While
importing, collections are made rare; the normal thresholds come back afterwards, so
a long-running app or server collects as usual. Opening the app also freezes what
starting built (about 35 ms less CPU to the first frame, measured with bench/startup.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

STARTUP_THRESHOLD = 100_000
"""Allocations between young collections while starting (CPython's default is 700)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's thresholds for the block, then restore them.

    What starting built is frozen once, after the first frame, by the meeting screen
    (tui/screens/main.py), when the session is loaded too.
    """
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], STARTUP_THRESHOLD), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
