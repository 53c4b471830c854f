"""Fewer garbage collections while politirad starts.

Starting up creates mostly long-lived objects: modules, pydantic schemas, the session,
the app's widgets and styles. CPython's collector still walks all of them again and
again as they pile up: about 33 ms of collections before the first frame of a
realistic session, against 15 ms for a bare Textual app (bench/startup.py,
BENCHMARKS.md). So collections are made rare from the start of the command line until
the first frame is painted (`hold`), and then the normal thresholds come back and what
starting built is frozen (`settle`), so a long-running app or server collects as usual
and later collections never walk the startup objects again.
"""

from __future__ import annotations

import gc

STARTUP_THRESHOLD = 100_000
"""Allocations between young collections while starting (CPython's default is 700)."""

_held: tuple[int, int, int] | None = None
"""The thresholds to restore while a start is held; None when not held."""


def hold() -> None:
    """Make collections rare until `settle`; holding twice keeps the first thresholds."""
    global _held
    if _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(max(_held[0], STARTUP_THRESHOLD), *_held[1:])


def settle(*, freeze: bool = False) -> None:
    """Restore the thresholds (if held); with `freeze`, hide what exists now from the
    collector for good.

    The meeting screen freezes once its first frame is painted, when the session and
    the widgets are built: they live as long as the app, and a full collection walking
    them was a 70 ms pause in typing at 2,000 notes (bench/keystrokes.py). A server
    freezes again per viewer (tui/ssh/server.py). Garbage alive at that moment is
    kept, which is little.
    """
    global _held
    if _held is not None:
        gc.set_threshold(*_held)
        _held = None
    if freeze:
        gc.freeze()
