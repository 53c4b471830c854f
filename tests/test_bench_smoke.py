"""The benchmark scripts still run: each bench at its smallest size returns sensible rows.

No timing is asserted (figures depend on the machine); what is checked is that every
bench measures what it says on data of the size it was asked for, so bench/run.py
does not rot while the app changes under it.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from bench import data, keystrokes, startup, storage
from bench.run import format_row, main
from bench.stats import Row, p95
from politirad.sessions.reports import catalog


def _sensible(rows: list[Row], names: list[str]) -> None:
    assert [r.name for r in rows] == names
    for row in rows:
        assert row.ours > 0 and row.baseline > 0
        assert math.isfinite(row.ratio)
        assert f"ratio {row.ratio:5.2f}" in format_row(row)


def test_generated_session_has_the_sizes_asked_for() -> None:
    session = data.session(notes=450, action_items=12)
    assert len(session.answers) == 450
    assert all(a.note for a in session.answers.values())
    assert len(session.actions) == 12
    assert len(session.own_questions) == 450 - 33


def test_generated_folder_lists_every_council_and_year(tmp_path: Path) -> None:
    files = data.folder(tmp_path, years=2, councils=3)
    summaries, broken = catalog.scan(tmp_path)
    assert broken == []
    assert len(summaries) == len(files) == 6
    assert {s.council for s in summaries} == {f"Politirådet i Kommune {n}" for n in (1, 2, 3)}
    assert all(s.answered == s.included == 33 for s in summaries)


def test_p95_is_a_value_of_the_sample() -> None:
    assert p95([5.0, 1.0, 3.0]) == 5.0
    assert p95([float(n) for n in range(1, 101)]) == 95.0


def test_storage_bench_rows() -> None:
    _sensible(storage.run(notes=40, years=1, councils=2, repeats=1), ["save", "load", "list"])


async def test_keystrokes_reach_the_note_in_both_apps(tmp_path: Path) -> None:
    typed = keystrokes.keys(keystrokes.WARMUP + 3)
    ours, our_tare = await keystrokes.type_into_politirad(typed, notes=40, action_items=3, folder=tmp_path)
    bare, bare_tare = await keystrokes.type_into_bare(typed)
    assert len(ours) == len(bare) == 3
    assert all(t >= 0 for t in ours + bare)
    assert our_tare > 0 and bare_tare > 0


@pytest.mark.skipif(shutil.which("true") is None, reason="needs a POSIX system with ptys")
def test_startup_bench_sees_both_first_frames() -> None:
    rows = startup.run(repeats=1)
    _sensible(rows, ["startup", "startup cpu", "startup floor"])
    assert rows[0].target == 1.5


def test_run_prints_one_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--only", "storage"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("machine: ") and "textual" in out[0]
    assert [line.split()[0] for line in out[1:4]] == ["save", "load", "list"]
    assert len(out) == 4
