"""Subcommands that create, open, list, show and check sessions, and print the guide."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from politirad.models.factory import new_session
from politirad.models.tree import question_tree
from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.reports.catalog import scan
from politirad.sessions.documents.overview import render_overview
from politirad.sessions.errors import SessionFileError
from politirad.sessions.storage.locations import ensure_private_dir
from politirad.sessions.storage.naming import SUFFIX, free_path
from politirad.tui.cli.common import folder_of, iso_date, load_file


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add new, open, list, show, check and questions."""
    p = sub.add_parser("new", help="create a new session and open it")
    p.add_argument("--council", metavar="NAME", default="", help="the council's name")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="meeting date (today)")
    p.add_argument("-o", "--output", metavar="FILE", help="file to create")
    p.add_argument("--no-open", action="store_true", help="create the file, do not open it")
    p.add_argument(
        "--from",
        dest="from_file",
        metavar="PREVIOUS.toml",
        help="start from last year's session: council, participants, own questions and "
        "open measures (new file beside it unless --dir or -o)",
    )
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("open", help="open a session file in the app")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--read-only", action="store_true", help="look, do not change")
    p.set_defaults(handler=cmd_open)

    p = sub.add_parser("list", help="list the sessions in a folder")
    p.add_argument("--dir", metavar="DIR", dest="list_dir", help="folder to list")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="print a session as readable text")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("check", help="validate a session file (exit 0 valid, 2 not)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("questions", help="print the guide's questions with their ids")
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
            raise SessionFileError("exists already; choose another name", path)
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
        raise SessionFileError("no such folder", folder)
    summaries, broken = scan(folder)
    if not summaries and not broken:
        print(f"Ingen egenevalueringer i {folder}")
        return 0
    rows = [("Dato", "Politiråd", "Besvart", "Tiltak åpne/fullført", "Fil")]
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
        sys.stderr.write(f"politirad: {b.path}: {b.reason}\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    _, session = load_file(args.file)
    sys.stdout.write(render_overview(session))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path, session = load_file(args.file)
    answered = sum(1 for a in session.answers.values() if a.note.strip())
    print(
        f"{path}: ok ({session.council.name or 'uten navn'}, {session.date.isoformat()}, "
        f"{answered} svar, {len(session.actions)} tiltak)"
    )
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    session = new_session(dt.date.today(), language=args.lang or "nb")
    for main in question_tree(session):
        print(f"{main.id}  {main.title}")
        if main.lead:
            print(f"   {main.lead}")
        for sub in main.subs:
            print(f"   {sub.id}  {sub.text}")
        print()
    return 0
