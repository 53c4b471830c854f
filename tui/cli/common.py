"""Small pieces every subcommand module shares: argument types, folders, loading."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from politirad.models.catalogue import DEFAULT, Language, tr
from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.storage.locations import sessions_dir
from politirad.tui.cli.localized import current_language


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD that rejects impossible dates like 2026-02-30."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(current_language(), "cli.type.date", text=text)) from None


class HelpWords:
    """The help texts (`cli.help.*`) and value placeholders (`cli.metavar.*`) of one
    language, for a command module's `register`."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang

    def help(self, key: str, **values: object) -> str:
        return tr(self.lang, f"cli.help.{key}", **values)

    def metavar(self, key: str) -> str:
        return tr(self.lang, f"cli.metavar.{key}")


def messages_language(args: argparse.Namespace) -> Language:
    """The language of the run's messages and output lines (tui/cli/language.py);
    a handler called without `main` speaks bokmål."""
    return getattr(args, "messages", DEFAULT)


def folder_of(args: argparse.Namespace) -> Path:
    """The sessions folder for this invocation (--dir, env, platform default)."""
    return sessions_dir(getattr(args, "dir", None))


def load_file(path: str) -> tuple[Path, Session]:
    """Load a session named on the command line; SessionFileError says what is wrong."""
    file = Path(path).expanduser()
    return file, store.load(file)
