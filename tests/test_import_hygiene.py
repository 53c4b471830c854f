"""The layers point down (ARCHITECTURE.md): models/ and sessions/ never pull in Textual or tui/.

Two checks that fail differently: import-linter reads the import graph (every import
statement, lazy ones inside functions too), and a fresh interpreter imports every module
of the two lower layers and looks at what got loaded.
"""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import politirad.models
import politirad.sessions

ROOT = Path(__file__).resolve().parents[1]
LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def _modules(package: object) -> list[str]:
    """Every module below a package, by its installed dotted name."""
    prefix = f"{package.__name__}."  # type: ignore[attr-defined]
    return [m.name for m in pkgutil.walk_packages(package.__path__, prefix)]  # type: ignore[attr-defined]


def _lint(cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = None
    if pythonpath is not None:
        import os

        env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run(
        [sys.executable, "-c", LINT, "--no-cache"], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_every_module_of_the_lower_layers_is_walked() -> None:
    names = _modules(politirad.sessions)
    assert "politirad.sessions.documents.draft" in names
    assert "politirad.sessions.storage.store" in names
    assert "politirad.sessions.live.session" in names
    assert len([n for n in names if n.startswith("politirad.sessions.documents.")]) >= 10


def test_models_and_sessions_do_not_import_textual_or_tui() -> None:
    names = _modules(politirad.models) + _modules(politirad.sessions)
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith('politirad.tui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_models_do_not_import_sessions() -> None:
    names = _modules(politirad.models)
    code = f"import importlib, sys\nfor n in {names!r}: importlib.import_module(n)\nprint(any(m.startswith('politirad.sessions') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr


def test_import_linter_contracts_are_kept() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_import_linter_fails_on_a_planted_forbidden_import(tmp_path: Path) -> None:
    """A copy of the package with `sessions` importing `tui` lazily, inside a function."""
    package = tmp_path / "politirad"
    package.mkdir()
    shutil.copy(ROOT / "__init__.py", package)
    for folder in ("models", "sessions", "tui"):
        shutil.copytree(ROOT / folder, package / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    planted = package / "sessions" / "reports" / "hints.py"
    planted.write_text(planted.read_text() + "\n\ndef _planted() -> None:\n    from politirad.tui import app\n")
    result = _lint(tmp_path, pythonpath=tmp_path)
    assert result.returncode != 0, result.stdout
    assert "BROKEN" in result.stdout
    assert "politirad.sessions.reports.hints -> politirad.tui.app" in result.stdout


def test_every_package_folder_is_installed() -> None:
    """pyproject.toml lists the packages by hand (the root is the package); a folder
    added or removed without that list would break `pip install .` for a newcomer."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    folders = {
        "politirad." + ".".join(init.parent.relative_to(ROOT).parts)
        for layer in ("models", "sessions", "tui")
        for init in (ROOT / layer).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert listed == folders | {"politirad"}


def test_version_is_the_installed_metadata_and_not_read_at_import() -> None:
    """`politirad --version` names the installed version; importing the package reads
    no metadata (it cost every start 10-15 ms)."""
    import importlib.metadata

    from tests.cli_helpers import politirad

    done = politirad("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"politirad {importlib.metadata.version('politirad')}"
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, politirad; print('importlib.metadata' in sys.modules)"],
        capture_output=True, text=True, timeout=60,
    )
    assert probe.stdout.strip() == "False", probe.stderr
