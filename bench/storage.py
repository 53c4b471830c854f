"""Save, load and folder listing: politirad.sessions.storage.store and politirad.sessions.reports.catalog against plain TOML.

The baselines do the least that could work on the same data: `tomli_w.dumps` of the
same table and a plain write; `tomllib.loads` of the same file; parsing every file of
the folder with `tomllib`. The ratio is what our care costs: validation into models,
the atomic write with fsync and a backup, error handling, the listing's summaries.
"""

from __future__ import annotations

import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import tomli_w

from bench import data
from bench.stats import Row, median
from politirad.sessions.reports import catalog
from politirad.sessions.storage import store


def best_of(repeats: int, work: Callable[[], object]) -> list[float]:
    """Wall seconds of each repetition (the median is reported)."""
    times: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def run(notes: int = 10_000, years: int = 10, councils: int = 50, repeats: int = 3) -> list[Row]:
    """Rows for save, load and listing, each against plain tomllib / tomli-w."""
    with tempfile.TemporaryDirectory(prefix="politirad-bench-") as tmp:
        folder = Path(tmp)
        session = data.session(notes, 30)
        ours_file = folder / "2026-03-12-ours.toml"
        plain_file = folder / "2026-03-12-plain.toml"
        document = store.to_document(session)

        def plain_save() -> None:
            plain_file.write_text(tomli_w.dumps(document, multiline_strings=True), encoding="utf-8")

        save_ours, save_plain = [], []
        load_ours, load_plain = [], []
        for _ in range(repeats):  # alternate so drift hits both
            save_ours += best_of(1, lambda: store.save(session, ours_file))
            save_plain += best_of(1, plain_save)
            load_ours += best_of(1, lambda: store.load(ours_file))
            load_plain += best_of(1, lambda: tomllib.loads(plain_file.read_text(encoding="utf-8")))
        size = ours_file.stat().st_size / 1e6

        listing = folder / "archive"
        files = data.folder(listing, years, councils)
        list_ours, list_plain = [], []
        scanned: list[tuple[list[catalog.SessionSummary], list[catalog.BrokenFile]]] = []
        for _ in range(max(1, repeats - 1)):  # 500 files: the slowest part of the run
            list_ours += best_of(1, lambda: scanned.append(catalog.scan(listing)))
            list_plain += best_of(1, lambda: [tomllib.loads(f.read_text(encoding="utf-8")) for f in files])
        summaries, broken = scanned[-1]
        if len(summaries) != len(files) or broken:
            raise RuntimeError(f"listing bench: {len(summaries)} of {len(files)} files listed, {len(broken)} broken")
    detail = f"{notes} notes, {size:.1f} MB"
    return [
        Row("save", median(save_ours) * 1000, median(save_plain) * 1000,
            detail=f"{detail}; store.save vs tomli_w.dumps + write"),
        Row("load", median(load_ours) * 1000, median(load_plain) * 1000,
            detail=f"{detail}; store.load vs tomllib.loads"),
        Row("list", median(list_ours) * 1000, median(list_plain) * 1000,
            detail=f"{years} years x {councils} councils; catalog.scan vs tomllib of each file"),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row.name} {row.ours:.0f} ms vs {row.baseline:.0f} ms ratio {row.ratio:.2f}  {row.detail}")
