"""What a folder of session files holds, for `politirad list` and the session browser."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError
from politirad.sessions.storage.naming import SUFFIX


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One row of the listing: enough to pick a session without opening it."""

    path: Path
    date: dt.date
    council: str
    answered: int
    included: int
    actions_open: int
    actions_done: int


@dataclass(frozen=True, slots=True)
class BrokenFile:
    """A file in the folder that does not load; listed so it is not silently ignored."""

    path: Path
    reason: str


def summarize(session: Session, path: Path) -> SessionSummary:
    """Counts shown per session: answered of included questions, open and done items."""
    from politirad.models.tree import question_tree

    subs = [s for main in question_tree(session) for s in main.subs if s.included]
    answered = sum(1 for s in subs if session.answer(s.id).note.strip())
    return SessionSummary(
        path=path,
        date=session.date,
        council=session.council.name,
        answered=answered,
        included=len(subs),
        actions_open=sum(1 for a in session.actions if a.status.is_open),
        actions_done=sum(1 for a in session.actions if not a.status.is_open),
    )


def scan(folder: Path) -> tuple[list[SessionSummary], list[BrokenFile]]:
    """Every session file in the folder, newest first, and the files that failed."""
    summaries: list[SessionSummary] = []
    broken: list[BrokenFile] = []
    if not folder.is_dir():
        return summaries, broken
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            summaries.append(summarize(store.load(path), path))
        except SessionFileError as exc:
            broken.append(BrokenFile(path, exc.message))
    summaries.sort(key=lambda s: (s.date, s.path.name), reverse=True)
    return summaries, broken
