"""The argument parser: argparse, but every usage error is one line and exit code 2."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from politirad.models.catalogue import LANGUAGES

PROG = "politirad"


class OneLineParser(argparse.ArgumentParser):
    """Usage errors print one line naming the problem and where to get help."""

    def error(self, message: str) -> NoReturn:
        """Replace argparse's usage dump with one line; exit 2 (bad input)."""
        sys.stderr.write(f"{self.prog}: {message} (see '{self.prog} --help')\n")
        raise SystemExit(2)


def _version() -> str:
    """The installed distribution's version, read only when the parser is built."""
    from politirad import __version__

    return __version__


def build_parser() -> OneLineParser:
    """The full parser with every subcommand module registered."""
    from politirad.tui.cli import COMMAND_MODULES

    parser = OneLineParser(
        prog=PROG,
        description=(
            "politirad: run a politiråd's yearly self-evaluation (egenevaluering). "
            "Without a command it opens a new session in the default folder."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument(
        "--dir",
        metavar="DIR",
        help="folder for session files (default: $POLITIRAD_HOME or the user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="interface language: nb (bokmål, default), nn (nynorsk) or en",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser
