"""`python -m politirad ...` is the `politirad` console script."""

from politirad.tui.cli.main import run

run()
