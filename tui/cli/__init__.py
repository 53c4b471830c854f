"""The `politirad` command line: one module per group of subcommands.

A module joins the CLI by defining `register(subparsers)` and being listed here.
"""

from __future__ import annotations

from types import ModuleType


def _modules() -> list[ModuleType]:
    from politirad.tui.cli import document_cmds, serve_cmds, session_cmds, year_cmds

    return [session_cmds, year_cmds, document_cmds, serve_cmds]


def __getattr__(name: str) -> list[ModuleType]:
    """`COMMAND_MODULES`, imported on first use: `politirad` starts faster when the
    modules load after `startup_gc.hold` (see tui/cli/main.py)."""
    if name == "COMMAND_MODULES":
        return _modules()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
