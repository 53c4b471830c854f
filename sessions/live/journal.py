"""Unsaved work written beside the session about once a second, so a crash loses little.

The journal `<file>.toml.journal` is a complete session file holding the live session
as it was at most `JOURNAL_DELAY` seconds after the last change; it is written the
same private, atomic way as the session and removed once the session is saved. When
a session is opened and a journal that differs from the file is found, the app offers
to recover it and shows what differs (`find_recovery`, `Recovery.summary`). In an
emergency a person can also copy the journal over the session file by hand: it is an
ordinary session file.

Summaries name questions, action ids and fields, and count characters; they never
quote the notes, which may be confidential.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import platformdirs

from politirad.models.catalogue import Language, tr
from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.storage.atomic import write_private
from politirad.sessions.errors import SessionFileError, SessionWriteError
from politirad.sessions.storage.locations import APP_NAME, HOME_ENV

JOURNAL_SUFFIX = ".journal"
DISCARDED_SUFFIX = ".discarded"
JOURNAL_DELAY = 1.0
"""Seconds from a change to its journal write: with kill -9, at most this much is lost."""

Area = Literal["note", "answer", "action", "field"]
ChangeWord = Literal["added", "removed", "changed"]


def journal_path(session_path: Path) -> Path:
    """The journal beside a session file; not `*.toml`, so listings skip it."""
    return session_path.with_name(session_path.name + JOURNAL_SUFFIX)


def fallback_journal_path(session_path: Path) -> Path:
    """Where the journal goes when the session's folder refuses it (read-only folder).

    Under `$POLITIRAD_HOME/.journals`, else the platform's user state folder; named by
    a hash of the session's absolute path so two sessions never share one.
    """
    env = os.environ.get(HOME_ENV)
    folder = (
        Path(env).expanduser() / ".journals"
        if env
        else Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "journals"
    )
    digest = hashlib.sha256(str(session_path.absolute()).encode("utf-8")).hexdigest()[:16]
    return folder / f"{digest}-{session_path.name}{JOURNAL_SUFFIX}"


AnswerKey = tuple[str, bool, bool]
"""What an answer's table shows: note, included, confidential."""

ActionKey = tuple[object, ...]
"""An action item's field values (all plain values: comparing them is cheap)."""


@dataclass
class JournalCache:
    """What the last journal formatted (as UTF-8), to reuse what has not changed since.

    A live session owns one and tells it what changed: `answer_changed(id)` for a
    note or an answer's marks, `actions_changed()` for action items only,
    `everything_changed()` for anything else. While only
    notes change, the rest of the session (own questions, action items: most of a
    large session) and the other answers are then neither formatted nor compared.
    Action items are kept apart from the rest as answers are: a status pressed in the
    table re-formats that one item, not all 500 (50 ms on the loop, issue 16).
    """

    head: dict[str, object] = field(default_factory=dict)
    head_toml: bytes = b""
    head_changed: bool = True
    """Something besides the answers may differ from `head`: compare (and maybe re-format)."""
    answers: dict[str, tuple[AnswerKey, bytes]] = field(default_factory=dict)
    """Each answer's table (empty for a default answer), in the session's order."""
    stale: set[str] | None = None
    """Answers changed since the last journal; None: any may have."""
    actions: dict[str, tuple[ActionKey, bytes]] = field(default_factory=dict)
    """Each action item's table (`[[actions]]`), by id."""
    actions_stale: bool = True
    """Action items may differ from `actions`: compare them (and re-format the changed)."""

    def answer_changed(self, question_id: str) -> None:
        if self.stale is not None:
            self.stale.add(question_id)

    def actions_changed(self) -> None:
        """Only action items changed (a status or ★ key): the rest of the session, own
        questions and all, need not be dumped and compared (8 ms at 2,000 notes)."""
        self.actions_stale = True

    def everything_changed(self) -> None:
        self.head_changed = True
        self.stale = None


_shared = JournalCache()
"""For callers without their own cache: everything is compared every time."""


def journal_text(session: Session, cache: JournalCache | None = None) -> str:
    """The journal's content as text (see `journal_bytes`)."""
    return journal_bytes(session, cache).decode("utf-8")


def journal_bytes(session: Session, cache: JournalCache | None = None) -> bytes:
    """The session as UTF-8 TOML, answers' tables last; only what changed since the
    last journal is formatted again (formatting is the cost; comparing is cheap).

    The journal is written once a second while someone types, on the event loop: with
    2,000 notes, formatting the whole session cost about 80 ms each time, a pause in
    typing (bench/keystrokes.py); comparing the rest of the session still cost about
    9 ms and comparing every answer about 1 ms, which the cache's change marks save.
    The text loads as the same session as `store.dumps`.
    """
    if cache is None:
        cache = _shared
        cache.everything_changed()
    if cache.head_changed or not cache.head_toml:
        head = store.to_document(session.model_copy(update={"answers": {}, "actions": []}))
        if head != cache.head or not cache.head_toml:
            cache.head, cache.head_toml = head, store.document_toml(head).encode("utf-8")
        cache.head_changed = False
        cache.actions_stale = True
    if cache.actions_stale:
        cache.actions = _action_tables(session, cache.actions)
        cache.actions_stale = False
    answers = session.answers
    if cache.stale is not None and list(answers) == list(cache.answers):
        checked = [(qid, answers[qid]) for qid in cache.stale]
        fresh = cache.answers
    else:  # answers added, removed or reordered, or unknown changes: check them all
        checked = list(answers.items())
        fresh = {}
    for qid, answer in checked:
        key = (answer.note, answer.included, answer.confidential)
        old = cache.answers.get(qid)
        if old is not None and old[0] == key:
            fresh[qid] = old
        else:
            table = b"" if answer.is_default() else ("\n" + store.answer_toml(qid, answer)).encode("utf-8")
            fresh[qid] = (key, table)
    cache.answers = fresh  # only the current answers: the cache does not grow with typing
    cache.stale = set()
    return (
        cache.head_toml
        + b"".join(table for _, table in cache.actions.values())
        + b"".join(table for _, table in fresh.values())
    )


def _action_tables(session: Session, known: dict[str, tuple[ActionKey, bytes]]) -> dict[str, tuple[ActionKey, bytes]]:
    """Every action item's table in the session's order, re-formatting only those
    whose values differ from `known`."""
    tables: dict[str, tuple[ActionKey, bytes]] = {}
    for item in session.actions:
        key = tuple(vars(item).values())
        old = known.get(item.id)
        tables[item.id] = old if old is not None and old[0] == key else (key, store.action_toml(item).encode("utf-8"))
    return tables


def write_journal(session: Session, session_path: Path, cache: JournalCache | None = None) -> Path:
    """Write the whole session to its journal now (beside it, else in the fallback folder).

    Raises SessionWriteError naming the first failure when neither place takes it.
    """
    return write_journal_data(journal_bytes(session, cache), session_path)


def write_journal_data(data: bytes, session_path: Path) -> Path:
    """Write formatted journal bytes (see `write_journal`); safe on a worker thread."""
    beside, fallback = journal_path(session_path), fallback_journal_path(session_path)
    try:
        write_private(beside, data)
    except OSError as exc:
        try:
            write_private(fallback, data)
        except OSError:
            raise SessionWriteError("error.cannot_write_journal", beside, reason=exc.strerror or exc) from None
        return fallback
    _unlink(fallback)
    return beside


def remove_journal(session_path: Path) -> None:
    """Drop the journals once the file holds everything; a missing journal is fine."""
    _unlink(journal_path(session_path))
    _unlink(fallback_journal_path(session_path))


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


@dataclass(frozen=True, slots=True)
class Difference:
    """One thing the journal holds that the file does not (or the other way round)."""

    area: Area
    key: str
    change: ChangeWord
    detail: str = ""

    def describe(self, lang: Language = "nb") -> str:
        """One line for the person deciding whether to recover."""
        return tr(lang, f"journal.{self.area}.{self.change}", key=self.key, detail=self.detail)


def diff_sessions(saved: Session, recovered: Session) -> list[Difference]:
    """What recovering would change, in the order of the file: notes, measures, setup."""
    out: list[Difference] = []
    for qid in sorted(set(saved.answers) | set(recovered.answers), key=_question_order):
        out.extend(_answer_differences(qid, saved, recovered))
    out.extend(_action_differences(saved, recovered))
    old = saved.model_dump(exclude={"answers", "actions", "schema_version"})
    new = recovered.model_dump(exclude={"answers", "actions", "schema_version"})
    out.extend(Difference("field", name, "changed") for name in old if old[name] != new[name])
    return out


def _question_order(qid: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in qid.split("."))


def _answer_differences(qid: str, saved: Session, recovered: Session) -> list[Difference]:
    before, after = saved.answer(qid), recovered.answer(qid)
    out: list[Difference] = []
    if before.note != after.note:
        sizes = f"{len(before.note)} → {len(after.note)}"
        change: ChangeWord = (
            "added" if not before.note else "removed" if not after.note else "changed"
        )
        out.append(Difference("note", qid, change, sizes))
    for name in ("included", "confidential"):
        if getattr(before, name) != getattr(after, name):
            out.append(Difference("answer", qid, "changed", name))
    return out


def _action_differences(saved: Session, recovered: Session) -> list[Difference]:
    before = {a.id: a for a in saved.actions}
    after = {a.id: a for a in recovered.actions}
    out: list[Difference] = []
    for aid, item in after.items():
        if aid not in before:
            out.append(Difference("action", aid, "added"))
        elif item != before[aid]:
            old, new = before[aid].model_dump(), item.model_dump()
            fields = ", ".join(k for k in new if new[k] != old[k])
            out.append(Difference("action", aid, "changed", fields))
    out.extend(Difference("action", aid, "removed") for aid in before if aid not in after)
    return out


@dataclass(slots=True)
class Recovery:
    """Unsaved work found in a journal: what it holds and how it differs from the file."""

    session_path: Path
    journal: Path
    recovered: Session
    journal_time: dt.datetime
    file_time: dt.datetime | None
    differences: list[Difference] = field(default_factory=list)

    @property
    def journal_is_newer(self) -> bool:
        """False when the file was changed after the journal (e.g. edited by hand)."""
        return self.file_time is None or self.journal_time >= self.file_time

    def summary(self, lang: Language = "nb") -> list[str]:
        """Lines for the recovery dialog: when, then one line per difference."""
        when = self.journal_time.strftime("%Y-%m-%d %H:%M:%S")
        head = tr(lang, "journal.found", when=when)
        if not self.journal_is_newer:
            head += " " + tr(lang, "journal.file_newer")
        return [head, *(diff.describe(lang) for diff in self.differences)]

    def discard(self) -> Path | None:
        """Set the journal aside as `<journal>.discarded` (one slot), not deleted outright."""
        target = self.journal.with_name(self.journal.name + DISCARDED_SUFFIX)
        try:
            os.replace(self.journal, target)
        except OSError:
            return None
        remove_journal(self.session_path)
        return target


def existing_journal(session_path: Path) -> Path | None:
    """The newest journal of a session (beside it or in the fallback folder), if any."""
    candidates = [journal_path(session_path), fallback_journal_path(session_path)]
    found = [(p.stat().st_mtime, p) for p in candidates if p.is_file()]
    return max(found)[1] if found else None


def find_recovery(session_path: Path, saved: Session | None) -> Recovery | None:
    """The journal's unsaved work when it differs from `saved` (the file as loaded).

    A journal equal to the file (the crash came after a save) is removed. A journal
    that does not load is set aside as `<journal>.discarded` and not offered; that
    cannot happen through politirad's own atomic writes, only by outside damage.
    `saved` is None when the session file itself is missing.
    """
    journal = existing_journal(session_path)
    if journal is None:
        return None
    journal_stat = journal.stat()
    try:
        recovered = store.load(journal)
    except SessionFileError:
        os.replace(journal, journal.with_name(journal.name + DISCARDED_SUFFIX))
        return None
    if saved is not None and store.dumps(saved) == store.dumps(recovered):
        remove_journal(session_path)
        return None
    base = saved if saved is not None else Session(date=recovered.date)
    try:
        file_time: dt.datetime | None = _mtime(session_path.stat().st_mtime)
    except OSError:
        file_time = None
    return Recovery(
        session_path=session_path,
        journal=journal,
        recovered=recovered,
        journal_time=_mtime(journal_stat.st_mtime),
        file_time=file_time,
        differences=diff_sessions(base, recovered),
    )


def _mtime(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds).astimezone()
