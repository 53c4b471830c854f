"""Errors the CLI and the app show as one line; each names the file it is about."""

from __future__ import annotations

from pathlib import Path


class SessionError(Exception):
    """Base for every expected failure: the CLI prints it and exits with `exit_code`."""

    exit_code = 2

    def __init__(self, message: str, path: Path | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path is not None else message)


class SessionFileError(SessionError):
    """A session file that cannot be read: syntax, validation, encoding, size."""


class SessionWriteError(SessionError):
    """Saving failed (full disk, read-only folder); the session stays in memory."""

    exit_code = 1
