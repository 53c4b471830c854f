"""Entry point of the `politirad` console script."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

# No pydantic plugin sees a session: an installed observability plugin (logfire, for
# one) would otherwise be handed every note validated, and meeting notes may be
# confidential. Not looking for plugins also spares the start a scan of every
# installed distribution's metadata (about 4 ms, bench/startup.py).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from politirad.models.catalogue import Language
from politirad.models.safe_text import clean_text
from politirad.sessions.errors import SessionError
from politirad.tui.cli.language import cli_language
from politirad.tui.cli.parser import PROG, build_parser
from politirad.tui import startup_gc


class CleanStream:
    """A text stream whose writes go through `clean_text` on their way to the terminal.

    Session text is cleaned where it enters politirad, but a command also prints what
    never was session text: file names (a file may be named with an escape sequence),
    a current agreement read for `--against`, the reasons files were refused. Every
    command's stdout and stderr pass through here, so none of it reaches a terminal
    raw. Binary output (`.buffer`) and the TUI (which writes to `sys.__stdout__`) are
    not affected.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(clean_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> int:
    """Parse, dispatch, and turn every expected failure into one line and an exit code,
    all in the language `cli_language` finds before parsing."""
    startup_gc.hold()  # until the first frame, or until the command is done
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(stdout), CleanStream(stderr)  # type: ignore[assignment]
    words = sys.argv[1:] if argv is None else argv
    try:
        lang = cli_language(words)
        return _dispatch(build_parser(lang).parse_args(words), lang)
    finally:
        sys.stdout, sys.stderr = stdout, stderr
        startup_gc.settle()


def _dispatch(args: argparse.Namespace, lang: Language) -> int:
    args.messages = lang  # the language of what commands print (common.messages_language)
    handler = getattr(args, "handler", None)
    if handler is None:
        from politirad.tui.cli.session_cmds import cmd_default

        handler = cmd_default
    try:
        code: int = handler(args)
    except SessionError as exc:
        sys.stderr.write(f"{PROG}: {exc.text(lang)}\n")
        code = exc.exit_code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    return code


def run() -> None:
    """Console-script wrapper: exit with main's code."""
    raise SystemExit(main())
