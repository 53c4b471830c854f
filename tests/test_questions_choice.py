"""Choosing questions (F3): leave out, take back, add own, edit, move and delete own ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from politirad.models import choice
from politirad.models.actions import ActionItem
from politirad.models.catalogue import Language
from politirad.models.factory import new_session
from politirad.models.session import Session
from politirad.models.tree import question_tree
from politirad.sessions.storage import store
from politirad.sessions.live.session import ChangeKind, LiveSession, ReadOnlyError
from politirad.tui.screens.questions import QuestionsScreen
from politirad.tui.widgets.choice_tree import ChoiceTree
from politirad.tui.widgets.question_tree import QuestionTree
from tests.ui_text import own, screen_text

SIZE = (120, 36)


def _session() -> Session:
    return new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik")


def _subs(session: Session, main_id: str) -> list[str]:
    return [s.id for m in question_tree(session) if m.id == main_id for s in m.subs]


# -- the rules (models/choice.py) -------------------------------------------------------


def test_own_questions_continue_the_numbering_and_keep_their_ids_when_moved() -> None:
    session = _session()
    first = choice.add_own_question(session, "4", "  Har vi fast møteplan?  ")
    second = choice.add_own_question(session, "4", "Hvem kaller inn?")
    assert (first.id, first.text, second.id) == ("4.8", "Har vi fast møteplan?", "4.9")
    assert choice.move_own(session, "4.9", -1) is True
    assert _subs(session, "4")[-2:] == ["4.9", "4.8"]
    assert choice.move_own(session, "4.9", -1) is False  # guide questions stay ahead
    main = choice.add_own_main(session, "Beredskap")
    assert main.id == "7"
    assert choice.add_own_question(session, "7", "Har vi øvd?").id == "7.1"
    with pytest.raises(ValueError):
        choice.add_own_question(session, "9", "Finnes ikke")


def test_a_question_with_a_note_or_a_measure_is_not_deleted() -> None:
    session = _session()
    own = choice.add_own_question(session, "2", "Egen")
    session.answers[own.id] = session.answer(own.id).model_copy(update={"note": "sagt noe"})
    assert choice.removal_blocker(session, own.id) is choice.Blocker.NOTE
    with pytest.raises(ValueError):
        choice.remove_own(session, own.id)
    session.answers.pop(own.id)
    session.actions.append(ActionItem(id="T1", title="Tiltak", question_id=own.id))
    assert choice.removal_blocker(session, own.id) is choice.Blocker.ACTIONS
    session.actions.clear()
    assert choice.removal_blocker(session, "2.1") is choice.Blocker.GUIDE
    choice.remove_own(session, own.id)
    assert own.id not in _subs(session, "2")
    main = choice.add_own_main(session, "Eget")
    choice.add_own_question(session, main.id, "Under")
    assert choice.removal_blocker(session, main.id) is choice.Blocker.SUBS


def test_leaving_out_a_whole_main_question_and_taking_it_back() -> None:
    session = _session()
    assert choice.set_main_included(session, "3", False) == _subs(session, "3")
    assert all(not session.answer(q).included for q in _subs(session, "3"))
    Session.model_validate(session.model_dump())  # still a valid session
    choice.set_main_included(session, "3", True)
    assert not any(q.startswith("3.") for q in session.answers)  # defaults are not stored


# -- the live session -------------------------------------------------------------------


def test_live_changes_notify_questions_and_reach_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    live = LiveSession(_session(), path, journal_delay=None)
    seen: list[tuple[ChangeKind, str | None]] = []
    live.subscribe(lambda change: seen.append((change.kind, change.key)))
    live.add_own_question("1", "Egen 1")
    main = live.add_own_main("Beredskap")
    live.add_own_question(main.id, "Øvelser")
    live.add_own_question(main.id, "Planer")
    live.move_own("7.2", -1)
    live.rename_own("7.2", "Felles planer")
    live.rename_own("7", "Beredskap og kriser")
    live.set_included("1.3", False)
    live.set_main_included("5", False)
    live.remove_own("1.7")
    assert (ChangeKind.QUESTIONS, "7") in seen and (ChangeKind.QUESTIONS, "1.7") in seen
    assert live.save()
    saved = store.load(path)
    assert [(q.id, q.text) for q in saved.own_questions] == [("7.2", "Felles planer"), ("7.1", "Øvelser")]
    assert [(m.id, m.title) for m in saved.own_main_questions] == [("7", "Beredskap og kriser")]
    assert saved.answer("1.3").included is False
    assert all(not saved.answer(f"5.{n}").included for n in range(1, 7))


def test_read_only_live_session_refuses_question_changes() -> None:
    live = LiveSession(_session(), None, read_only=True)
    with pytest.raises(ReadOnlyError):
        live.add_own_main("Nei")
    with pytest.raises(ReadOnlyError):
        live.set_main_included("1", False)


# -- the screen, by keyboard ------------------------------------------------------------


async def _open_choice(app, pilot, question_id: str | None = None) -> ChoiceTree:
    await pilot.press("f3")
    await pilot.pause()
    assert isinstance(app.screen, QuestionsScreen)
    tree = app.screen.query_one(ChoiceTree)
    if question_id is not None:
        tree.move_cursor(tree._by_id[question_id])
        await pilot.pause()
    return tree


async def test_leave_out_and_add_own_questions_by_keyboard(make_app, session_file: Path, ui_lang: Language) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = await _open_choice(app, pilot, "2.3")
        shown = screen_text(app)
        assert own(ui_lang, "choice.title") in shown and own(ui_lang, "choice.keys") in shown
        assert "2.3 Burde flere aktører vært involvert i tiltakene?" in shown  # the guide's own words
        await pilot.press("space")  # leave out 2.3
        await pilot.press("a", *"Hvordan gikk russefeiringen?", "enter")
        await pilot.pause()
        assert tree.cursor_node.data.question_id == "2.7"
        await pilot.press("n", *"Beredskap", "enter")
        await pilot.pause()
        await pilot.press("a", *"Har vi øvd sammen?", "enter")
        await pilot.press("a", *"Har vi en felles plan?", "enter")
        await pilot.pause()
        await pilot.press("shift+up")  # 7.2 above 7.1
        await pilot.pause()
        await pilot.press("e", *" i år", "enter")  # edit appends to the text
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        meeting_tree = app.query_one(QuestionTree)
        assert "2.3" not in meeting_tree.visible_ids()
        assert {"2.7", "7.1", "7.2"} <= meeting_tree.visible_ids()
        await pilot.press("ctrl+q")
    saved = store.load(session_file)
    assert saved.answer("2.3").included is False
    assert [(q.id, q.main_id, q.text) for q in saved.own_questions] == [
        ("2.7", "2", "Hvordan gikk russefeiringen?"),
        ("7.2", "7", "Har vi en felles plan? i år"),
        ("7.1", "7", "Har vi øvd sammen?"),
    ]
    assert [m.title for m in saved.own_main_questions] == ["Beredskap"]


async def test_left_out_note_stays_in_the_file_and_comes_back(make_app, session_file: Path) -> None:
    session = store.load(session_file)
    session.answers["1.2"] = session.answer("1.2").model_copy(update={"note": "Trygghetsvandring"})
    store.save(session, session_file)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_choice(app, pilot, "1")
        await pilot.press("space")  # the whole main question out
        await pilot.pause()
        assert not {"1.1", "1.2"} & app.query_one(QuestionTree).visible_ids()
        await pilot.press("ctrl+s")
        await pilot.pause()
        left_out = store.load(session_file)
        assert left_out.answer("1.2").included is False
        assert left_out.answer("1.2").note == "Trygghetsvandring"
        await pilot.press("space")  # and back in
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert store.load(session_file).answer("1.2").included is True


async def test_own_question_with_note_is_not_deleted_guide_question_never(
    make_app, session_file: Path, ui_lang: Language
) -> None:
    session = store.load(session_file)
    choice.add_own_question(session, "3", "Egen med notat")
    choice.add_own_question(session, "3", "Egen uten notat")
    session.answers["3.6"] = session.answer("3.6").model_copy(update={"note": "viktig"})
    store.save(session, session_file)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_choice(app, pilot, "3.6")
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, QuestionsScreen)  # refused with a notice, no dialog
        assert [n.message for n in app._notifications][-1] == own(ui_lang, "choice.blocked_note", id="3.6")
        await _open_choice(app, pilot, "3.1")
        await pilot.press("delete", "e")
        await pilot.pause()
        assert isinstance(app.screen, QuestionsScreen)
        tree = await _open_choice(app, pilot, "3.7")
        await pilot.press("delete")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ConfirmScreen"
        await pilot.press("y")
        await pilot.pause()
        assert "3.7" not in tree._by_id
        await pilot.press("ctrl+q")
    saved = store.load(session_file)
    assert [q.id for q in saved.own_questions] == ["3.6"]
    assert saved.answer("3.6").note == "viktig"
    assert "3.1" in {s.id for m in question_tree(saved) for s in m.subs}


async def test_overall_progress_counts_only_chosen_questions(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"2.1", "enter", *"Svar")
        await pilot.pause()
        meeting_tree = app.query_one(QuestionTree)
        assert "1/33" in meeting_tree.border_subtitle
        await _open_choice(app, pilot, "1")
        await pilot.press("space")  # main question 1 out: six fewer to answer
        await pilot.pause()
        assert "1/27" in meeting_tree.border_subtitle
