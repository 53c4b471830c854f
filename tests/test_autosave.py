"""Autosave: a note typed in the app reaches the file shortly after typing stops.

The delay is shortened for the test; what is checked is the behaviour (saved after a
quiet spell, not on every key), never how long anything took.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from politirad.models.catalogue import Language
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.status_header import StatusHeader
from tests.ui_text import own, shown

SIZE = (120, 36)


async def test_typing_is_saved_after_a_quiet_spell_without_ctrl_s(session_file: Path, ui_lang: Language) -> None:
    live = LiveSession(store.load(session_file), session_file, autosave_delay=0.2)
    app = PolitiradApp(live, lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.3", "enter")
        await pilot.press(*"Bedre samarbeid")
        assert store.load(session_file).answer("1.3").note == ""
        for _ in range(50):  # wait for the autosave, however slow the machine
            await asyncio.sleep(0.1)
            if not live.dirty:
                break
        assert store.load(session_file).answer("1.3").note == "Bedre samarbeid"
        await pilot.pause()
        assert live.last_saved is not None
        saved = own(ui_lang, "header.saved", time=live.last_saved.strftime("%H:%M:%S"))
        assert saved in shown(app.screen.query_one(StatusHeader))


async def test_each_change_postpones_the_autosave(session_file: Path) -> None:
    live = LiveSession(store.load(session_file), session_file, autosave_delay=30)
    live.set_note("2.1", "a")
    first = live._disk._timers["autosave"]
    live.set_note("2.1", "ab")
    assert first.cancelled()
    assert not live._disk._timers["autosave"].cancelled()
    assert live.close()
    assert store.load(session_file).answer("2.1").note == "ab"
