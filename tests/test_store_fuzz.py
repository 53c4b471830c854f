"""Property-based tests: sessions survive the TOML round trip, and no file crashes the loader.

Bounded (200 examples each, no deadline) so CI stays fast; a failure prints the
smallest example hypothesis found.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from politirad.models.actions import ActionItem, ResponsibleSide, Status
from politirad.models.criteria import CRITERION_BY_ID, PITFALL_BY_ID
from politirad.models.guide import MAIN_BY_ID, SUB_QUESTIONS
from politirad.models.people import Council, Participant, Side
from politirad.models.safe_text import clean_text
from politirad.models.session import (
    Answer,
    CriterionRating,
    Expectations,
    OwnMainQuestion,
    OwnQuestion,
    Session,
)
from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

text = st.text(max_size=60)
words = st.text(min_size=1, max_size=30)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
question_ids = st.sampled_from([*SUB_QUESTIONS, "7.1"])


@st.composite
def actions(draw: st.DrawFn) -> list[ActionItem]:
    count = draw(st.integers(0, 4))
    return [
        ActionItem(
            id=f"T{n + 1}",
            title=draw(words),
            details=draw(text),
            responsible_side=draw(st.sampled_from(ResponsibleSide)),
            responsible=draw(text),
            deadline=draw(st.none() | dates),
            status=draw(st.sampled_from(Status)),
            question_id=draw(st.none() | question_ids),
            year_measure=draw(st.booleans()),
            carried_from=draw(st.none() | dates),
            review_note=draw(text),
        )
        for n in range(count)
    ]


answers = st.builds(Answer, note=text, included=st.booleans(), confidential=st.booleans()).filter(
    lambda a: not a.is_default()
)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    return Session(
        date=draw(dates),
        language=draw(st.sampled_from(["nb", "en"])),
        council=Council(
            name=draw(text), municipalities=draw(st.lists(words, max_size=3)), police_unit=draw(text)
        ),
        facilitator=draw(text),
        participants=draw(
            st.lists(st.builds(Participant, name=words, role=text, side=st.sampled_from(Side)), max_size=4)
        ),
        focus_themes=draw(st.lists(text, max_size=3)),
        time_budget_minutes=draw(st.integers(1, 24 * 60)),
        meetings_past_year=draw(st.none() | st.integers(0, 365)),
        written_agreement=draw(st.none() | st.booleans()),
        answers=draw(st.dictionaries(question_ids, answers, max_size=6)),
        own_main_questions=[OwnMainQuestion(id="7", title=draw(words))],
        own_questions=[OwnQuestion(id="7.1", main_id="7", text=draw(words))],
        actions=draw(actions()),
        learning_points=draw(st.lists(text, max_size=4)),
        expectations=Expectations(
            police_of_municipality=draw(st.lists(text, max_size=3)),
            municipality_of_police=draw(st.lists(text, max_size=3)),
        ),
        criteria=draw(
            st.dictionaries(
                st.sampled_from(list(CRITERION_BY_ID)),
                st.builds(CriterionRating, score=st.integers(1, 5), reason=text),
                max_size=3,
            )
        ),
        pitfalls=draw(st.lists(st.sampled_from(list(PITFALL_BY_ID)), unique=True, max_size=3)),
        time_allocation=draw(st.dictionaries(st.sampled_from([*MAIN_BY_ID, "7"]), st.integers(0, 600))),
        time_spent=draw(st.dictionaries(st.sampled_from([*MAIN_BY_ID, "7"]), st.integers(0, 10**6))),
    )


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def _load_bytes(folder: Path, data: bytes) -> Session | None:
    """Load bytes as a file; only SessionFileError may escape, with a one-line message."""
    path = folder / "fuzz.toml"
    path.write_bytes(data)
    try:
        return store.load(path)
    except SessionFileError as exc:
        assert "\n" not in str(exc) and "\r" not in str(exc)
        assert 0 < len(exc.message) <= store.MAX_MESSAGE_CHARS
        return None


@FUZZ
@given(session=sessions())
def test_session_survives_the_toml_round_trip(scratch: Path, session: Session) -> None:
    path = scratch / "roundtrip.toml"
    store.save(session, path)
    again = store.load(path)
    assert again == Session.model_validate(_lf(session.model_dump()))
    assert store.dumps(again) == store.dumps(Session.model_validate(_lf(session.model_dump())))


def _lf(value: Any) -> Any:
    """The documented changes: text is cleaned as it is read (control characters become
    visible marks, CR LF and a lone CR become LF; models/safe_text.py)."""
    if isinstance(value, dict):
        return {k: _lf(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lf(v) for v in value]
    return clean_text(value) if isinstance(value, str) else value


def test_crlf_and_a_lone_cr_become_lf(scratch: Path) -> None:
    path = scratch / "crlf.toml"
    session = Session(date=dt.date(2026, 11, 24), facilitator="a\r\nb\rc", focus_themes=["x\r\n"])
    store.save(session, path)
    again = store.load(path)
    assert (again.facilitator, again.focus_themes) == ("a\nb\nc", ["x\n"])


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_never_crash_the_loader(scratch: Path, data: bytes) -> None:
    _load_bytes(scratch, data)


@FUZZ
@given(session=sessions(), seed=st.integers(0, 2**32), edits=st.integers(1, 8))
def test_mutated_session_files_never_crash_the_loader(
    scratch: Path, session: Session, seed: int, edits: int
) -> None:
    data = bytearray(store.dumps(session).encode("utf-8"))
    rng = random.Random(seed)
    for _ in range(edits):
        _mutate(data, rng)
    _load_bytes(scratch, bytes(data))


def _mutate(data: bytearray, rng: random.Random) -> None:
    """One edit a damaged disk, a bad merge or a careless hand might make."""
    if not data:
        data.extend(rng.randbytes(8))
        return
    at = rng.randrange(len(data))
    kind = rng.randrange(6)
    if kind == 0:
        data[at] ^= 1 << rng.randrange(8)
    elif kind == 1:
        del data[at : at + rng.randrange(1, 40)]
    elif kind == 2:
        data[at:at] = rng.choice([b"[", b"]", b"{", b'"', b"'''", b"=", b"\n", b"[[actions]]\n", b"\xff", b"#"])
    elif kind == 3:
        lines = data.split(b"\n")
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        data[:] = b"\n".join(lines)
    elif kind == 4:
        lines = data.split(b"\n")
        line = rng.randrange(len(lines))
        lines.insert(line, lines[line])
        data[:] = b"\n".join(lines)
    else:
        del data[at:]


toml_scalars = (
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | text
    | dates
    | st.datetimes(min_value=dt.datetime(1, 1, 1))
    | st.times()
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(words, inner, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(session=sessions(), data=st.data())
def test_wrong_values_in_a_valid_file_are_refused_by_name(
    scratch: Path, session: Session, data: st.DataObject
) -> None:
    """Replace or add a value somewhere in a valid table: a file error, never a crash."""
    doc = store.to_document(session)
    table, key = data.draw(_place_in(doc))
    table[key] = data.draw(toml_values)
    _load_bytes(scratch, tomli_w.dumps(doc).encode("utf-8"))


@st.composite
def _place_in(draw: st.DrawFn, doc: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """A table inside the document and a key in it (an existing one or a new one)."""
    table = doc
    while True:
        inner = [k for k, v in table.items() if isinstance(v, dict)]
        inner += [k for k, v in table.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if not inner or draw(st.booleans()):
            break
        child = table[draw(st.sampled_from(inner))]
        table = child if isinstance(child, dict) else draw(st.sampled_from(child))
    key = draw(st.sampled_from(list(table)) | words) if table else draw(words)
    return table, key
