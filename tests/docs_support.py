"""What the document tests share: the docs_* sample sessions and golden-file checks.

Goldens are committed under tests/golden/ and compared byte for byte. To accept a
deliberate change in a document, regenerate them and review the diff:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_draft.py tests/test_minutes.py tests/test_prep.py
"""

from __future__ import annotations

import os
from pathlib import Path

from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.documents.text import WIDTH

HERE = Path(__file__).resolve().parent
SAMPLES = HERE / "samples"
GOLDEN = HERE / "golden"
CURRENT_AGREEMENT = SAMPLES / "docs_current_agreement.txt"

CONFIDENTIAL_TEXTS = (
    "holdes internt",
    "navngitt sak om en familie",
    "412 34 567",
)
"""Words that occur only in the samples' confidential notes."""


def sample_path(name: str) -> Path:
    """tests/samples/docs_<name>.toml"""
    return SAMPLES / f"docs_{name}.toml"


def sample(name: str) -> Session:
    """A sample session, loaded the way the CLI loads it."""
    return store.load(sample_path(name))


def assert_golden(name: str, text: str, fits: bool = True) -> None:
    """Compare with tests/golden/<name> (UPDATE_GOLDEN=1 rewrites it first), and check
    that every line fits (a diff's +/- prefix makes its lines one longer)."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing; run with UPDATE_GOLDEN=1 and review it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from its golden file (UPDATE_GOLDEN=1 to accept)"
    if fits:
        assert_fits(text)


def assert_fits(text: str) -> None:
    """No line over 78 columns; Markdown table rows (which cannot wrap) excepted, and
    a line that holds a word too long for any line or column (words are never split)."""
    long = [
        line
        for line in text.splitlines()
        if len(line) > WIDTH
        and not line.startswith("|")
        and len(line.split()) > 1
        and not any(len(word) > 20 for word in line.split())
    ]
    assert long == [], long


def assert_no_confidential(text: str) -> None:
    """None of the samples' confidential note texts appears."""
    found = [t for t in CONFIDENTIAL_TEXTS if t in text]
    assert found == [], found


def _renderer(kind: str):  # type: ignore[no-untyped-def]
    """A `Session -> str` function for one registered document, as the CLI renders it."""
    from politirad.sessions.documents.export import render_document

    def render(
        session: Session,
        include_confidential: bool = False,
        fmt: str = "text",
        against: str | None = None,
    ) -> str:
        return render_document(session, kind, include_confidential, fmt, against)  # type: ignore[arg-type]

    render.__name__ = f"render_{kind}"
    return render


render_draft = _renderer("draft")
render_minutes = _renderer("minutes")
render_prep = _renderer("prep")
