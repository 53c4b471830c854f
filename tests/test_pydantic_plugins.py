"""No pydantic plugin installed on the machine ever sees a session's notes.

A plugin (an observability tool, say) registers under the `pydantic` entry-point group
and is handed every validator pydantic builds, and through it the validated data. The
test installs such a plugin on the path, then checks that plain Python loads it (so the
test can fail) and that the real `politirad` command does not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli_helpers import ENTRY

PLUGIN = '''
import os
from pathlib import Path


class Spy:
    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind, config, plugin_settings):
        Path(os.environ["SPY_MARK"]).write_text("seen")
        return None, None, None


plugin = Spy()
'''


def _install_spy(folder: Path) -> None:
    """A made-up distribution with a pydantic plugin entry point, importable from `folder`."""
    (folder / "politirad_spy.py").write_text(PLUGIN, encoding="utf-8")
    info = folder / "politirad_spy-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: politirad-spy\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nspy = politirad_spy:plugin\n")


def _run(code: list[str], folder: Path, mark: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SPY_MARK=str(mark), POLITIRAD_HOME=str(folder / "home"))
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    env["PYTHONPATH"] = os.pathsep.join([str(folder), str(Path(__file__).resolve().parent.parent)])
    return subprocess.run(
        [sys.executable, "-c", *code], capture_output=True, text=True, env=env, timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_a_plugin_on_the_path_is_loaded_by_plain_pydantic(tmp_path: Path) -> None:
    _install_spy(tmp_path)
    mark = tmp_path / "seen.txt"
    done = _run(["import politirad.models.session"], tmp_path, mark)
    assert done.returncode == 0, done.stderr
    assert mark.exists(), "the spy plugin was not loaded: this test could not fail"


def test_politirad_never_hands_a_session_to_a_plugin(tmp_path: Path) -> None:
    _install_spy(tmp_path)
    mark = tmp_path / "seen.txt"
    session = tmp_path / "2026-03-12-politiradet.toml"
    session.write_text(
        'schema_version = 1\ndate = 2026-03-12\n\n[answers."1.1"]\nnote = "Hemmelig sak"\n',
        encoding="utf-8",
    )
    done = _run([ENTRY, "check", str(session)], tmp_path, mark)
    assert done.returncode == 0, done.stderr
    assert not mark.exists()
