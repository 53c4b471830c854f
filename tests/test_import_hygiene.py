"""The layers point down: models/ and sessions/ never pull in Textual (ARCHITECTURE.md)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules(package: str) -> list[str]:
    return [f"{package}.{m.name}" for m in pkgutil.walk_packages([str(ROOT / package)])]


def test_models_and_sessions_do_not_import_textual_or_tui() -> None:
    names = ["models", "sessions", *_modules("models"), *_modules("sessions")]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_models_do_not_import_sessions() -> None:
    code = f"import importlib, sys\nfor n in {_modules('models')!r}: importlib.import_module(n)\nprint(any(m.startswith('sessions') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr
