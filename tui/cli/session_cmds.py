"""Subcommands that create, open, list, show and check sessions, and print the guide."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from politirad.models.catalogue import Language, tr
from politirad.models.factory import new_session
from politirad.models.tree import question_tree
from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.reports.catalog import scan
from politirad.sessions.documents.overview import render_overview
from politirad.sessions.errors import SessionFileError, in_language
from politirad.sessions.storage.locations import ensure_private_dir
from politirad.sessions.storage.naming import SUFFIX, free_path
from politirad.tui.cli.common import HelpWords, folder_of, iso_date, load_file, messages_language

LIST_COLUMNS = ("date", "council", "answered", "actions", "file")
"""The columns of `politirad list`, by their `cli.list.*` key."""


def register(sub: argparse._SubParsersAction, lang: Language) -> None:  # type: ignore[type-arg]
    """Add new, open, list, show, check and questions, their help in `lang`."""
    w = HelpWords(lang)
    p = sub.add_parser("new", help=w.help("new"), description=w.help("new"))
    p.add_argument("--council", metavar=w.metavar("name"), default="", help=w.help("new.council"))
    p.add_argument("--date", type=iso_date, metavar=w.metavar("date"), help=w.help("new.date"))
    p.add_argument("-o", "--output", metavar=w.metavar("file"), help=w.help("new.output"))
    p.add_argument("--no-open", action="store_true", help=w.help("new.no_open"))
    p.add_argument("--from", dest="from_file", metavar=w.metavar("previous"), help=w.help("new.from"))
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("open", help=w.help("open"), description=w.help("open"))
    p.add_argument("file", metavar=w.metavar("file"))
    p.add_argument("--read-only", action="store_true", help=w.help("open.read_only"))
    p.set_defaults(handler=cmd_open)

    p = sub.add_parser("list", help=w.help("list"), description=w.help("list"))
    p.add_argument("--dir", metavar=w.metavar("folder"), dest="list_dir", help=w.help("list.dir"))
    p.set_defaults(handler=cmd_list)

    for name, handler in (("show", cmd_show), ("check", cmd_check)):
        p = sub.add_parser(name, help=w.help(name), description=w.help(name))
        p.add_argument("file", metavar=w.metavar("file"))
        p.set_defaults(handler=handler)

    p = sub.add_parser("questions", help=w.help("questions"), description=w.help("questions"))
    p.set_defaults(handler=cmd_questions)


def create_session_file(
    args: argparse.Namespace, council: str = "", date: dt.date | None = None,
    output: str | None = None, session: Session | None = None,
) -> tuple[Path, Session]:
    """Make and save a new session without ever overwriting an existing file."""
    session = session or new_session(date or dt.date.today(), council)
    if output:
        path = Path(output).expanduser()
        if path.exists():
            raise SessionFileError("error.exists_already", path)
    else:
        folder = ensure_private_dir(folder_of(args))
        path = free_path(folder, session.date, session.council.name)
    store.save(session, path)
    return path, session


def cmd_default(args: argparse.Namespace) -> int:
    """No command: the session browser when the folder holds sessions, else a new one."""
    folder = folder_of(args)
    if folder.is_dir() and any(folder.glob(f"*{SUFFIX}")):
        from politirad.tui.cli.year_cmds import browse_then_open

        return browse_then_open(args, folder)
    path, _ = create_session_file(args)
    return _open_app(args, path, read_only=False)


def cmd_new(args: argparse.Namespace) -> int:
    if args.from_file:
        from politirad.tui.cli.year_cmds import carry_from_file

        previous, carried = carry_from_file(
            args.from_file, args.date or dt.date.today(), args.council
        )
        if not args.dir:
            args.dir = str(previous.parent)
        path, _ = create_session_file(args, output=args.output, session=carried)
    else:
        path, _ = create_session_file(args, args.council, args.date, args.output)
    if args.no_open:
        print(path)
        return 0
    return _open_app(args, path, read_only=False)


def cmd_open(args: argparse.Namespace) -> int:
    return _open_app(args, Path(args.file).expanduser(), read_only=args.read_only)


def _open_app(args: argparse.Namespace, path: Path, read_only: bool) -> int:
    from politirad.tui import startup_gc

    startup_gc.hold()  # again after the browser, which let go at its first frame
    from politirad.tui.run import run_app

    return run_app(path, language=args.lang, read_only=read_only)


def cmd_list(args: argparse.Namespace) -> int:
    folder = Path(args.list_dir).expanduser() if args.list_dir else folder_of(args)
    if args.list_dir and not folder.is_dir():
        raise SessionFileError("error.no_such_folder", folder)
    lang = messages_language(args)
    summaries, broken = scan(folder)
    if not summaries and not broken:
        print(tr(lang, "cli.list.empty", folder=folder))
        return 0
    rows = [tuple(tr(lang, f"cli.list.{column}") for column in LIST_COLUMNS)]
    for s in summaries:
        rows.append(
            (
                s.date.isoformat(),
                s.council or "-",
                f"{s.answered}/{s.included}",
                f"{s.actions_open}/{s.actions_done}",
                s.path.name,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    for b in broken:
        sys.stderr.write(f"politirad: {b.path}: {in_language(b.reason, lang)}\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    _, session = load_file(args.file)
    sys.stdout.write(render_overview(session))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path, session = load_file(args.file)
    lang = messages_language(args)
    answered = sum(1 for a in session.answers.values() if a.note.strip())
    council = session.council.name or tr(lang, "cli.check.unnamed")
    print(
        tr(lang, "cli.check.ok", path=path, council=council, date=session.date.isoformat(),
           answered=answered, actions=len(session.actions))
    )
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    session = new_session(dt.date.today(), language=messages_language(args))
    for main in question_tree(session):
        print(f"{main.id}  {main.title}")
        if main.lead:
            print(f"   {main.lead}")
        for sub in main.subs:
            print(f"   {sub.id}  {sub.text}")
        print()
    return 0
