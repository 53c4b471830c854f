"""Run the app in the local terminal on one session file."""

from __future__ import annotations

from pathlib import Path

from politirad.sessions.storage.naming import name_after_council
from politirad.sessions.storage.opening import open_session
from politirad.sessions.storage.settings import interface_language, last_question, remember_question
from politirad.tui.app import PolitiradApp


def run_app(path: Path, *, language: str | None, read_only: bool) -> int:
    """Open (lock, upgrade, look for lost work), run the app, save and unlock on quit.

    A session open in another process raises SessionLockedError naming the holder,
    which the CLI prints as one line suggesting --read-only. The app opens on the
    question the facilitator left the file on; after quitting, a file still named
    `<date>-politirad.toml` takes the council's name given in F2 (issue 14).
    """
    opened = open_session(path, read_only=read_only)
    live = opened.live
    start = last_question(path)
    if start:
        live.select(start)
    app = PolitiradApp(
        live,
        lang=interface_language(language, live.session.language),
        recovery=opened.recovery,
    )
    try:
        result = app.run()
    finally:
        live.close(force=True)
    if not read_only:
        remember_question(path, live.selected)
        if not live.dirty:  # saved and unlocked: safe to move
            moved = name_after_council(path, live.session.date, live.session.council.name)
            if moved != path:
                remember_question(path, None)
                remember_question(moved, live.selected)
    return result or 0
