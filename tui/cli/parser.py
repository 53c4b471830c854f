"""The argument parser: argparse in the interface language, every usage error one line
and exit code 2 (see tui/cli/localized.py)."""

from __future__ import annotations

from politirad.models.catalogue import DEFAULT, LANGUAGES, Language, tr
from politirad.tui.cli.localized import LocalParser

PROG = "politirad"


def _version() -> str:
    """The installed distribution's version, read only when the parser is built."""
    from politirad import __version__

    return __version__


def build_parser(lang: Language = DEFAULT) -> LocalParser:
    """The full parser, in `lang`, with every subcommand module registered."""
    from politirad.tui.cli import COMMAND_MODULES

    parser = LocalParser(prog=PROG, description=tr(lang, "cli.help.description"), lang=lang)
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_version()}", help=tr(lang, "cli.help.version")
    )
    parser.add_argument("--dir", metavar=tr(lang, "cli.metavar.folder"), help=tr(lang, "cli.help.dir"))
    parser.add_argument("--lang", choices=LANGUAGES, help=tr(lang, "cli.help.lang"))
    sub = parser.add_subparsers(
        dest="command", metavar=tr(lang, "cli.metavar.command"), help=tr(lang, "cli.help.commands")
    )
    for module in COMMAND_MODULES:
        module.register(sub, lang)
    return parser
