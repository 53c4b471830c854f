"""Opening a session in the app: unsaved work from a crash is offered back; locks hold."""

from __future__ import annotations

from pathlib import Path

from politirad.models.catalogue import Language, tr
from politirad.models.session import Answer
from politirad.sessions.live import journal
from politirad.sessions.storage import store
from politirad.sessions.storage.lock import acquire, lock_path
from politirad.sessions.storage.opening import open_session
from tests.cli_helpers import politirad
from politirad.tui.app import PolitiradApp
from politirad.tui.screens.confirm import ConfirmScreen
from tests.ui_text import own

SIZE = (120, 36)


def _crash_with_note(path: Path, note: str) -> None:
    """What a killed app leaves behind: the file as last saved, the journal newer."""
    unsaved = store.load(path)
    unsaved.answers["1.1"] = Answer(note=note)
    journal.write_journal(unsaved, path)


async def test_app_offers_unsaved_work_and_takes_it(session_file: Path, ui_lang: Language) -> None:
    _crash_with_note(session_file, "Skrevet rett før krasjet")
    opened = open_session(session_file)
    assert opened.recovery is not None
    app = PolitiradApp(opened.live, lang=ui_lang, recovery=opened.recovery)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        question = str(app.screen.query_one("Label").render())
        assert "1.1" in question and own(ui_lang, "confirm.recover") in question
        assert str(app.screen.query_one("#yes").label) == tr(ui_lang, "confirm.recover_yes")
        await pilot.press("j")
        await pilot.pause()
        assert own(ui_lang, "notice.recovered") in [n.message for n in app._notifications]
        await pilot.press("ctrl+q")
    assert store.load(session_file).answer("1.1").note == "Skrevet rett før krasjet"
    assert not journal.journal_path(session_file).exists()
    assert not lock_path(session_file).exists()


async def test_declining_recovery_keeps_the_saved_file(session_file: Path, ui_lang: Language) -> None:
    before = session_file.read_bytes()
    _crash_with_note(session_file, "Forkastes")
    opened = open_session(session_file)
    app = PolitiradApp(opened.live, lang=ui_lang, recovery=opened.recovery)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.live.session.answer("1.1").note == ""
        await pilot.press("ctrl+q")
    assert session_file.read_bytes() == before
    assert open_session(session_file).recovery is None


def test_second_opener_is_told_who_holds_the_session(session_file: Path) -> None:
    lock = acquire(session_file)
    try:
        result = politirad("open", str(session_file))
        assert result.returncode != 0
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and "Traceback" not in line
        fixed = tr("nb", "error.already_open", holder="\0", path="\0").split("\0")  # the words around the two values
        assert all(part in line for part in fixed) and "--read-only" in line
        assert str(lock.info.pid) in line
    finally:
        lock.release()
