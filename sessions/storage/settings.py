"""Per-user settings kept between runs, in a small TOML file in the config folder.

Only what a person chooses in the app and expects to stay chosen: for now the
interface language. A settings file that cannot be read never stops the app (it
falls back to defaults) and is never overwritten by it, so a hand edit is not lost.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w
from pydantic import BaseModel, ConfigDict, ValidationError

from politirad.models.catalogue import LANGUAGES, Language
from politirad.sessions.storage.atomic import write_private
from politirad.sessions.errors import SessionFileError, SessionWriteError, quoted
from politirad.sessions.storage.locations import config_dir

SETTINGS_NAME = "settings.toml"


class Settings(BaseModel):
    """The user's choices; None means "not chosen" (the session's language applies)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    language: Language | None = None


def settings_path() -> Path:
    return config_dir() / SETTINGS_NAME


def _read(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SessionFileError("error.cannot_read_settings", path, reason=quoted(exc)) from exc


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or defaults when the file is missing or unreadable."""
    try:
        return Settings.model_validate(_read(path or settings_path()))
    except (SessionFileError, ValidationError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings, keeping keys this version does not know.

    Raises SessionFileError if the existing file is not valid TOML (it is left as it
    is) and SessionWriteError if it cannot be written.
    """
    target = path or settings_path()
    document = _read(target)
    document.update(settings.model_dump(exclude_none=True))
    for key, value in settings.model_dump().items():
        if value is None:
            document.pop(key, None)
    try:
        write_private(target, tomli_w.dumps(document).encode("utf-8"))
    except OSError as exc:
        raise SessionWriteError("error.cannot_write_settings", target, reason=exc.strerror or exc) from exc
    return target


def interface_language(flag: str | None, session_language: Language) -> Language:
    """`--lang` wins, then the saved setting, then the session's own language."""
    if flag in LANGUAGES:
        return flag  # type: ignore[return-value]
    return load_settings().language or session_language


LAST_QUESTIONS = "last_question"
"""Settings table: session file (absolute path) -> the sub-question open at quit."""


def last_question(session_file: Path, path: Path | None = None) -> str | None:
    """The sub-question the facilitator left this session on, if remembered."""
    try:
        table = _read(path or settings_path()).get(LAST_QUESTIONS, {})
    except SessionFileError:
        return None
    value = table.get(str(session_file.resolve())) if isinstance(table, dict) else None
    return value if isinstance(value, str) else None


def remember_question(session_file: Path, question_id: str | None, path: Path | None = None) -> None:
    """Keep where the facilitator left off, so `politirad` reopens there (issue 14).

    Best effort, after the app has closed: a settings file that cannot be read or
    written is left as it is and nothing is remembered.
    """
    target = path or settings_path()
    try:
        document = _read(target)
        table = document.get(LAST_QUESTIONS)
        table = dict(table) if isinstance(table, dict) else {}
        key = str(session_file.resolve())
        if question_id:
            table[key] = question_id
        else:
            table.pop(key, None)
        document[LAST_QUESTIONS] = table
        write_private(target, tomli_w.dumps(document).encode("utf-8"))
    except (SessionFileError, OSError):
        return
