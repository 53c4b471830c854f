"""politirad: the yearly self-evaluation of a Norwegian politiråd, run from the terminal.

The repository root is the package: `tui/`, `models/` and `sessions/` install as
`politirad.tui`, `politirad.models` and `politirad.sessions` (see pyproject.toml), so
site-packages holds one name of ours and no generic `models` another project could own.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`__version__`, read from the installed metadata when asked for: importing
    importlib.metadata cost every start 10-15 ms of CPU before the first frame."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("politirad")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "0+unknown"
