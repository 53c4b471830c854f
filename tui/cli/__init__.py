"""The `politirad` command line: one module per group of subcommands.

A module joins the CLI by defining `register(subparsers)` and being listed here.
"""

from __future__ import annotations

from types import ModuleType


def _modules() -> list[ModuleType]:
    from tui.cli import document_cmds, serve_cmds, session_cmds, year_cmds

    return [session_cmds, year_cmds, document_cmds, serve_cmds]


COMMAND_MODULES: list[ModuleType] = _modules()
