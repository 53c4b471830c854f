"""Finding a council's other years in a folder of session files.

Carry-over, last year's notes and the scorecard all need "the same council, earlier
dates"; keeping that rule in one place keeps them agreeing on which files count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError
from politirad.sessions.storage.naming import SUFFIX, slugify


@dataclass(frozen=True, slots=True)
class YearSession:
    """A loaded session with the file it came from (None for one only in memory)."""

    path: Path | None
    session: Session

    @property
    def date(self) -> dt.date:
        """The meeting date, which orders the years."""
        return self.session.date


def council_key(session: Session) -> str:
    """Councils match by slug, so 'Politirådet i Bø' and 'politiradet i bo' are one."""
    return slugify(session.council.name)


def loadable_sessions(folder: Path) -> Iterator[YearSession]:
    """Every session file in `folder` that loads, in name order.

    Files that do not load are skipped here; `politirad list` and the browser are
    where broken files are reported.
    """
    if not folder.is_dir():
        return
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            yield YearSession(path, store.load(path))
        except SessionFileError:
            continue


def council_sessions(folder: Path, session: Session) -> list[YearSession]:
    """Every loadable session in `folder` of the same council, oldest first."""
    key = council_key(session)
    found = [y for y in loadable_sessions(folder) if council_key(y.session) == key]
    found.sort(key=lambda y: (y.date, y.path.name if y.path else ""))
    return found


def previous_session(
    folder: Path, session: Session, exclude: Path | None = None
) -> YearSession | None:
    """The latest session of the same council dated before `session`, if any."""
    earlier = [
        y
        for y in council_sessions(folder, session)
        if y.date < session.date and not _same_file(y.path, exclude)
    ]
    return earlier[-1] if earlier else None


def history(folder: Path, session: Session, path: Path | None = None) -> list[YearSession]:
    """The council's earlier years plus `session` itself, oldest first.

    The in-memory `session` stands in for its own file: it may hold unsaved ratings.
    One point per year is what a chart wants, so other files of the same date are left out.
    """
    years = [y for y in council_sessions(folder, session) if y.date < session.date]
    years.append(YearSession(path, session))
    return years


def _same_file(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
