"""Fewer garbage collections while politirad starts.

Starting up creates only long-lived objects: modules, pydantic schemas, the app's
widgets. CPython's collector still walks all of them again and again as they pile up,
about a tenth of the time to the first frame (bench/startup.py, BENCHMARKS.md). While
importing, collections are made rare; the normal thresholds come back afterwards, so
a long-running app or server collects as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

STARTUP_THRESHOLD = 100_000
"""Allocations between young collections while starting (CPython's default is 700)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's thresholds for the block, then restore them."""
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], STARTUP_THRESHOLD), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
