"""Run the app in the local terminal on one session file."""

from __future__ import annotations

from pathlib import Path

from politirad.sessions.storage.opening import open_session
from politirad.sessions.storage.settings import interface_language
from politirad.tui.app import PolitiradApp


def run_app(path: Path, *, language: str | None, read_only: bool) -> int:
    """Open (lock, upgrade, look for lost work), run the app, save and unlock on quit.

    A session open in another process raises SessionLockedError naming the holder,
    which the CLI prints as one line suggesting --read-only.
    """
    opened = open_session(path, read_only=read_only)
    live = opened.live
    app = PolitiradApp(
        live,
        lang=interface_language(language, live.session.language),
        recovery=opened.recovery,
    )
    try:
        result = app.run()
    finally:
        live.close(force=True)
    return result or 0
