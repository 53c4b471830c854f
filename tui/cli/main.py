"""Entry point of the `politirad` console script."""

from __future__ import annotations

import argparse
import os
import sys

# No pydantic plugin sees a session: an installed observability plugin (logfire, for
# one) would otherwise be handed every note validated, and meeting notes may be
# confidential. Not looking for plugins also spares the start a scan of every
# installed distribution's metadata (about 4 ms, bench/startup.py).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from politirad.sessions.errors import SessionError
from politirad.tui.cli.parser import PROG, build_parser
from politirad.tui import startup_gc


def main(argv: list[str] | None = None) -> int:
    """Parse, dispatch, and turn every expected failure into one line and an exit code."""
    startup_gc.hold()  # until the first frame, or until the command is done
    try:
        return _dispatch(build_parser().parse_args(argv))
    finally:
        startup_gc.settle()


def _dispatch(args: argparse.Namespace) -> int:
    handler = getattr(args, "handler", None)
    if handler is None:
        from politirad.tui.cli.session_cmds import cmd_default

        handler = cmd_default
    try:
        code: int = handler(args)
    except SessionError as exc:
        sys.stderr.write(f"{PROG}: {exc}\n")
        code = exc.exit_code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    return code


def run() -> None:
    """Console-script wrapper: exit with main's code."""
    raise SystemExit(main())
