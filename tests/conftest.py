"""Shared fixtures: a private POLITIRAD_HOME per test and unstarted apps (textual#4998)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from politirad.models.catalogue import STRICT_ENV, Language
from politirad.models.factory import new_session
from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from tests.ui_text import UI_LANGUAGES


@pytest.fixture(autouse=True)
def strict_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lookup by a key the catalogue lacks fails the test that makes it (dynamic
    keys such as f"status.{value}" included), in this process and its subprocesses."""
    monkeypatch.setenv(STRICT_ENV, "1")


@pytest.fixture(autouse=True)
def politirad_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches a real home folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("POLITIRAD_HOME", str(home))
    return home


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    """A saved, empty session for the council 'Politirådet i Lillevik'."""
    path = tmp_path / "2026-11-24-politiradet-i-lillevik.toml"
    store.save(new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik"), path)
    return path


@pytest.fixture(params=UI_LANGUAGES)
def ui_lang(request: pytest.FixtureRequest) -> Language:
    """The interface language of a Pilot test: each runs in bokmål and in nynorsk and
    asserts its words through the catalogue (tests/ui_text.py). A test about one
    language on purpose pins it: `@pytest.mark.parametrize("ui_lang", ["en"])`."""
    return request.param


@pytest.fixture
def make_app(session_file: Path, ui_lang: Language) -> Callable[..., "PolitiradApp"]:  # noqa: F821
    """Build an unstarted app on the session file (Pilot tests start it themselves),
    in the test's interface language unless `lang` says otherwise."""
    from politirad.tui.app import PolitiradApp

    def factory(path: Path = session_file, read_only: bool = False, lang: str | None = None) -> PolitiradApp:
        live = LiveSession(store.load(path), path, read_only=read_only)
        return PolitiradApp(live, lang=lang or ui_lang)

    return factory


def load(path: Path) -> Session:
    """Read back what the app wrote."""
    return store.load(path)
