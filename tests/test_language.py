"""Interface language: --lang, the saved setting, and switching live from the palette."""

from __future__ import annotations

from pathlib import Path

import pytest

from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError
from politirad.sessions.live.session import LiveSession
from politirad.sessions.storage.settings import Settings, interface_language, load_settings, save_settings, settings_path
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.meeting_clock import MeetingClock

SIZE = (80, 24)


def _app(path: Path, lang: str = "nb") -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path), lang=lang, clock=lambda: 0.0)


def _key_bar(app: PolitiradApp) -> str:
    return str(app.screen.query_one("#key-bar").render())


async def test_switch_language_from_the_palette_relabels_and_is_kept(session_file: Path, politirad_home: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.query_one("#tree").border_title == "Spørsmål"
        assert "Hjelp" in _key_bar(app)
        await pilot.press("ctrl+p", *"Bytt språk til engelsk")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.lang == "en"
        assert app.query_one("#tree").border_title == "Questions"
        assert "Help" in _key_bar(app) and "Hjelp" not in _key_bar(app)
        assert "Paused" in str(app.query_one(MeetingClock).render())
        tree_label = app.query_one("#tree").root.children[0].label.plain
        assert tree_label.startswith("1 What has the council done")
        # and back, by the English name
        await pilot.press("ctrl+p", *"Switch language to Norwegian Bokmål")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.lang == "nb"
        assert app.query_one("#tree").border_title == "Spørsmål"
    assert settings_path().is_relative_to(politirad_home)
    assert load_settings().language == "nb"


async def test_lang_en_shows_english_help(session_file: Path) -> None:
    app = _app(session_file, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        text = str(app.screen.query_one("#help-text").render())
        assert "Keys – Questions" in text and "Everywhere" in text
        assert "Start/pause the meeting clock" in text


def test_flag_beats_setting_beats_session_language(politirad_home: Path) -> None:
    assert interface_language(None, "nb") == "nb"
    save_settings(Settings(language="en"))
    assert interface_language(None, "nb") == "en"
    assert interface_language("nb", "en") == "nb"


def test_unreadable_settings_fall_back_and_are_not_overwritten(politirad_home: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("language = [broken", encoding="utf-8")
    assert load_settings() == Settings()
    with pytest.raises(SessionFileError):
        save_settings(Settings(language="en"))
    assert path.read_text(encoding="utf-8") == "language = [broken"


def test_settings_keep_unknown_keys(politirad_home: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('theme = "dark"\n', encoding="utf-8")
    save_settings(Settings(language="en"))
    text = path.read_text(encoding="utf-8")
    assert 'theme = "dark"' in text and 'language = "en"' in text
    assert path.stat().st_mode & 0o077 == 0


async def test_nynorsk_from_the_palette_and_the_palette_offers_the_other_two(
    session_file: Path, politirad_home: Path
) -> None:
    """Each language offers a switch to the other two; nynorsk relabels the meeting
    screen in nynorsk while the guide's questions stay in its own bokmål."""
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"Bytt språk")
        await pilot.pause(0.3)
        from textual.command import CommandList

        offered = app.screen.query_one(CommandList)
        options = [str(offered.get_option_at_index(i).prompt) for i in range(offered.option_count)]
        assert any("nynorsk" in o for o in options) and any("engelsk" in o for o in options)
        assert not any("bokmål" in o for o in options)
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"Bytt språk til nynorsk")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.lang == "nn"
        assert "Hjelp" in _key_bar(app) and "Avslutt" in _key_bar(app)
        tree_label = app.query_one("#tree").root.children[0].label.plain
        assert tree_label.startswith("1 Hva har politirådet gjort")  # the guide's own words
        assert app.query_one("#actions").border_title == "Tiltak"
    assert load_settings().language == "nn"
