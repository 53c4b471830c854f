"""Subcommands that look across years: compare, search, hints and the scorecard.

`new --from` lives with `new` in session_cmds.py and calls `carry_from_file` here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from politirad.models.catalogue import tr
from politirad.models.session import Language, Session
from politirad.sessions.reports.carry import carry_forward
from politirad.sessions.errors import SessionFileError
from politirad.sessions.reports.years import previous_session
from politirad.tui.cli.common import HelpWords, folder_of, load_file, messages_language

NO_HITS_EXIT = 1
"""Like grep: 0 when something was found, 1 when nothing was, 2 for bad input."""


def register(sub: argparse._SubParsersAction, lang: Language) -> None:  # type: ignore[type-arg]
    """Add compare, search, browse, hints and scorecard, their help in `lang`."""
    w = HelpWords(lang)
    p = sub.add_parser("compare", help=w.help("compare"), description=w.help("compare"))
    p.add_argument("old", metavar=w.metavar("old"))
    p.add_argument("new", metavar=w.metavar("new"))
    p.add_argument("--include-confidential", action="store_true", help=w.help("include_confidential"))
    p.set_defaults(handler=cmd_compare)

    p = sub.add_parser("search", help=w.help("search"), description=w.help("search"))
    p.add_argument("query", metavar=w.metavar("query"), help=w.help("search.query"))
    p.add_argument("--dir", metavar=w.metavar("folder"), dest="search_dir", help=w.help("search.dir"))
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("browse", help=w.help("browse"), description=w.help("browse"))
    p.add_argument("--dir", metavar=w.metavar("folder"), dest="browse_dir", help=w.help("browse.dir"))
    p.set_defaults(handler=cmd_browse)

    for name, handler in (("hints", cmd_hints), ("scorecard", cmd_scorecard)):
        p = sub.add_parser(name, help=w.help(name), description=w.help(name))
        p.add_argument("file", metavar=w.metavar("file"))
        p.set_defaults(handler=handler)


def carry_from_file(previous: str, date: dt.date, council: str = "") -> tuple[Path, Session]:
    """Load last year's file and start this year's session from it (`new --from`)."""
    path, session = load_file(previous)
    return path, carry_forward(session, date, council)


def cmd_browse(args: argparse.Namespace) -> int:
    folder = Path(args.browse_dir).expanduser() if args.browse_dir else folder_of(args)
    if not folder.is_dir():
        raise SessionFileError("error.no_such_folder", folder)
    return browse_then_open(args, folder)


def browse_then_open(args: argparse.Namespace, folder: Path) -> int:
    """Run the browser, open what was chosen in the meeting app, and come back to the
    browser when the meeting app quits (Ctrl+Q); 0 when the browser itself is quit."""
    from politirad.sessions.storage.settings import interface_language
    from politirad.tui.browse import BrowserApp
    from politirad.tui.cli.session_cmds import create_session_file
    from politirad.tui.run import run_app
    from politirad.tui.screens.browser import BrowserAction

    args.dir = str(folder)
    while True:
        choice = BrowserApp(folder, interface_language(args.lang, "nb")).run()
        if choice is None:
            return 0
        if choice.action is BrowserAction.NEW:
            path, _ = create_session_file(args)
        elif choice.action is BrowserAction.NEW_FROM and choice.path is not None:
            _, carried = carry_from_file(str(choice.path), dt.date.today())
            path, _ = create_session_file(args, session=carried)
        elif choice.path is not None:
            path = choice.path
        else:
            return 0
        read_only = choice.action is BrowserAction.READ_ONLY
        result = run_app(path, language=args.lang, read_only=read_only)
        if result:
            return result


def _language(args: argparse.Namespace, session: Session) -> Language:
    return args.lang or session.language


def cmd_compare(args: argparse.Namespace) -> int:
    _, old = load_file(args.old)
    _, new = load_file(args.new)
    if args.lang:
        new = new.model_copy(update={"language": args.lang})
    from politirad.sessions.reports.compare import compare_sessions  # imported on use: every start registers these
    from politirad.sessions.documents.compare import render_comparison

    sys.stdout.write(render_comparison(compare_sessions(old, new), args.include_confidential))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    folder = Path(args.search_dir).expanduser() if args.search_dir else folder_of(args)
    if args.search_dir and not folder.is_dir():
        raise SessionFileError("error.no_such_folder", folder)
    lang = messages_language(args)
    from politirad.sessions.reports.search import search_folder

    hits = search_folder(folder, args.query)
    if not hits:
        print(tr(lang, "search.no_hits", q=args.query.strip(), folder=folder))
        return NO_HITS_EXIT
    for hit in hits:
        where = f"{tr(lang, f'search.kind.{hit.kind}')} {hit.ref}"
        mark = " " + tr(lang, "search.confidential") if hit.confidential else ""
        print(f"{hit.path.name}  {where}{mark}")
        print(f"    {hit.context}")
    return 0


def cmd_hints(args: argparse.Namespace) -> int:
    path, session = load_file(args.file)
    lang = _language(args, session)
    from politirad.sessions.documents.text import wrap
    from politirad.sessions.reports.hints import hints_for

    previous = previous_session(path.parent, session, exclude=path)
    found = hints_for(session, lang, previous.session if previous else None)
    if not found:
        print(tr(lang, "hints.none"))
    for hint in found:
        print("\n".join(wrap(hint.text, indent="- ", hang="  ")))
        print("\n".join(wrap(f"{hint.source}: «{hint.quote}»", indent="  ")))
    return 0


def cmd_scorecard(args: argparse.Namespace) -> int:
    path, session = load_file(args.file)
    from politirad.sessions.documents.scorecard import render_scorecard
    from politirad.sessions.reports.scorecard import council_scorecard

    card = council_scorecard(path.parent, session, path, _language(args, session))
    sys.stdout.write(render_scorecard(card))
    return 0
