"""Opening the meeting's full screens (setup, questions, conclusions) and the prep export.

The app's F-keys and palette commands land here, so the rule for moving between
screens lives in one place: from the questions or conclusions screen another one
replaces it; the setup form must be saved or left first, so nothing typed is lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import ModalScreen, Screen

from politirad.sessions.errors import SessionError

if TYPE_CHECKING:
    from politirad.models.session import Session
    from politirad.tui.app import PolitiradApp

PREP_SUFFIX = "-forberedelse.txt"
"""The preparation sheet is written beside the session file as `<stem>-forberedelse.txt`."""


def needs_setup(session: Session) -> bool:
    """The rule for opening setup at start: the council has no name yet."""
    return not session.council.name.strip()


def open_screen(app: PolitiradApp, screen_type: type[Screen[object]]) -> None:
    """Show one of the meeting's full screens on top of the meeting view.

    The screens are imported here, on first use, not at start: the meeting view opens
    without them (bench/startup.py).
    """
    from politirad.tui.screens.conclusions import ConclusionsScreen
    from politirad.tui.screens.questions import QuestionsScreen
    from politirad.tui.screens.setup import SetupScreen

    current = app.screen
    if isinstance(current, screen_type):
        return
    if isinstance(current, SetupScreen):
        app.notify(app.t("setup.finish_first"), severity="warning")
        return
    if isinstance(current, ModalScreen):
        return
    if isinstance(current, (QuestionsScreen, ConclusionsScreen)):
        app.pop_screen()
    app.push_screen(screen_type())


def open_setup_if_new(app: PolitiradApp) -> None:
    """At start: a writable session whose council has no name opens on the setup."""
    if not app.read_only and needs_setup(app.live.session):
        from politirad.tui.screens.setup import SetupScreen

        open_screen(app, SetupScreen)


def prep_path(session_path: Path) -> Path:
    """Where the preparation sheet of a session file goes."""
    return session_path.with_name(session_path.stem + PREP_SUFFIX)


def export_prep(app: PolitiradApp) -> Path | None:
    """Write the preparation sheet beside the session file and say where it went."""
    from politirad.sessions.documents.export import describe_finding, personal_data, render_document, write_document

    live = app.live
    if live.path is None:
        app.notify(app.t("prep.no_file"), severity="warning")
        return None
    session = live.session
    text = render_document(session, "prep")
    path = prep_path(live.path)
    try:
        write_document(text, path, source=live.path)
    except SessionError as exc:
        app.notify(app.t("prep.failed", reason=exc.reason(app.lang)), severity="error")
        return None
    for finding in personal_data(text):
        app.notify(describe_finding(finding, session.language), severity="warning", timeout=10)
    app.notify(app.t("prep.written", file=str(path)), timeout=8)
    return path
