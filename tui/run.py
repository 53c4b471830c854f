"""Run the app in the local terminal on one session file."""

from __future__ import annotations

from pathlib import Path

from models.session import Session
from sessions.live import LiveSession
from sessions.settings import interface_language
from tui.app import PolitiradApp


def run_app(path: Path, session: Session, *, language: str | None, read_only: bool) -> int:
    """Open the app; saves on quit through the live session. Returns the exit code."""
    live = LiveSession(session, path, read_only=read_only)
    app = PolitiradApp(live, lang=interface_language(language, session.language))
    result = app.run()
    live.close()
    return result or 0
