"""politirad: the yearly self-evaluation of a Norwegian politiråd, run from the terminal.

The repository root is the package: `tui/`, `models/` and `sessions/` install as
`politirad.tui`, `politirad.models` and `politirad.sessions` (see pyproject.toml), so
site-packages holds one name of ours and no generic `models` another project could own.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("politirad")
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
