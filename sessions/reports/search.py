"""Full-text search across every session in a folder: notes, measures, learning points.

People look back over years ("when did we last talk about the school?"); a hit names
the session, where in it, and shows the words around the match on one line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from politirad.models.session import Session
from politirad.sessions.errors import SessionError
from politirad.sessions.reports.years import loadable_sessions

CONTEXT_CHARS = 40
"""Characters shown either side of the match: enough to recognise a sentence."""

MAX_QUERY_CHARS = 200


class EmptyQueryError(SessionError):
    """A search for nothing would list everything; ask for words instead."""


class HitKind(StrEnum):
    """Where in a session the match was found."""

    NOTE = "note"
    MEASURE = "measure"
    LEARNING = "learning"


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: the session, the place in it, and the text around the match.

    `before`, `match` and `after` together are the context line, split so a view can
    highlight the match without searching again.
    """

    path: Path
    date: dt.date
    council: str
    kind: HitKind
    ref: str
    """Question id for notes, measure id for measures, 1-based number for learning points."""
    before: str
    match: str
    after: str
    confidential: bool = False

    @property
    def context(self) -> str:
        """The context line as plain text."""
        return f"{self.before}{self.match}{self.after}"


def search_folder(folder: Path, query: str) -> list[Hit]:
    """Every hit in the folder's sessions, newest session first.

    Each word of the query must occur in the same field (case-insensitive); the
    context is shown around the first word. Files that do not load are skipped.
    """
    terms = query_terms(query)
    hits: list[Hit] = []
    for found in loadable_sessions(folder):
        hits.extend(search_session(found.session, found.path, terms))
    hits.sort(key=lambda h: (h.date, h.path.name), reverse=True)
    return hits


def query_terms(query: str) -> tuple[str, ...]:
    """The query's words, lower-cased; raises EmptyQueryError when there are none."""
    if len(query) > MAX_QUERY_CHARS:
        raise EmptyQueryError("error.query_too_long", most=MAX_QUERY_CHARS)
    terms = tuple(dict.fromkeys(word.casefold() for word in query.split()))
    if not terms:
        raise EmptyQueryError("error.query_empty")
    return terms


def search_session(session: Session, path: Path, terms: tuple[str, ...]) -> list[Hit]:
    """The hits within one session, in the order the session holds its texts."""
    hits: list[Hit] = []
    for kind, ref, text, secret in _fields(session):
        found = _find(text, terms)
        if found is None:
            continue
        before, match, after = found
        hits.append(
            Hit(path, session.date, session.council.name, kind, ref, before, match, after, secret)
        )
    return hits


def _fields(session: Session) -> list[tuple[HitKind, str, str, bool]]:
    fields = [
        (HitKind.NOTE, qid, answer.note, answer.confidential)
        for qid, answer in session.answers.items()
        if answer.note.strip()
    ]
    for item in session.actions:
        text = " · ".join(t for t in (item.title, item.details, item.review_note) if t.strip())
        fields.append((HitKind.MEASURE, item.id, text, False))
    fields.extend(
        (HitKind.LEARNING, str(n), point, False)
        for n, point in enumerate(session.learning_points, start=1)
    )
    return fields


def _find(text: str, terms: tuple[str, ...]) -> tuple[str, str, str] | None:
    """The context around the first term, or None unless every term occurs."""
    flat = " ".join(text.split())
    folded = flat.casefold()
    if not all(term in folded for term in terms):
        return None
    start = folded.find(terms[0])
    end = start + len(terms[0])
    if len(folded) != len(flat):  # casefold changed lengths (e.g. 'ß'): match the raw text
        located = re.search(re.escape(terms[0]), flat, re.IGNORECASE)
        if located is None:
            return "", flat[:CONTEXT_CHARS * 2], ""
        start, end = located.span()
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(flat), end + CONTEXT_CHARS)
    if left > 0:  # start the context on a whole word
        space = flat.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(flat):  # and end it on one
        space = flat.rfind(" ", end, right)
        right = space if space != -1 else right
    before = ("…" if left > 0 else "") + flat[left:start]
    after = flat[end:right] + ("…" if right < len(flat) else "")
    return before, flat[start:end], after
