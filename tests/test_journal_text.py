"""The crash journal's text: reused pieces never hide a change, and it loads as the session.

The journal re-formats only what changed since the last one (typing in a large session
would otherwise pause once a second); these tests change one thing at a time and read
the journal back as a person recovering their work would get it.
"""

from __future__ import annotations

import datetime as dt
import tomllib

from politirad.models.actions import ActionItem
from politirad.models.factory import new_session
from politirad.models.session import Answer, OwnMainQuestion, OwnQuestion, Session
from politirad.sessions.storage import store
from politirad.sessions.live.journal import journal_text


def _read_back(text: str) -> Session:
    return store.parse_document(tomllib.loads(text))


def _session() -> Session:
    session = new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik")
    session.answers.update(
        {
            "1.1": Answer(note="Vi møtes fire ganger i året.\nOrdfører leder."),
            "1.2": Answer(note='Han sa «ja» og "kanskje" \\ to ganger', confidential=True),
            "2.1": Answer(included=False),
            "2.2": Answer(note="Limt inn fra Windows\r\nandre linje"),
        }
    )
    return session


def test_journal_loads_as_the_same_session() -> None:
    session = _session()
    assert store.dumps(_read_back(journal_text(session))) == store.dumps(session)


def test_each_kind_of_change_reaches_the_next_journal() -> None:
    session = _session()
    journal_text(session)
    session.answers["1.1"] = Answer(note="Vi møtes fire ganger i året.\nOrdfører leder!")
    assert _read_back(journal_text(session)).answer("1.1").note.endswith("leder!")
    session.answers["1.2"] = session.answers["1.2"].model_copy(update={"confidential": False})
    assert not _read_back(journal_text(session)).answer("1.2").confidential
    del session.answers["2.2"]
    assert "2.2" not in _read_back(journal_text(session)).answers
    session.own_main_questions.append(OwnMainQuestion(id="7", title="Rus"))  # in place
    session.own_questions.append(OwnQuestion(id="7.1", main_id="7", text="Virker tiltaket?"))
    session.answers["7.1"] = Answer(note="Ja")
    session.actions.append(ActionItem(id="T1", title="Ny plan", question_id="7.1"))
    back = _read_back(journal_text(session))
    assert [q.id for q in back.own_questions] == ["7.1"]
    assert back.answer("7.1").note == "Ja"
    assert [a.id for a in back.actions] == ["T1"]
    assert store.dumps(back) == store.dumps(session)


def test_an_unchanged_session_gives_the_same_journal() -> None:
    session = _session()
    assert journal_text(session) == journal_text(session)
