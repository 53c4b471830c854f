"""The session model's validation and the guide's content as data."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from politirad.models.actions import ActionItem, Status, next_action_id
from politirad.models.guide import MAIN_QUESTIONS, SUB_QUESTIONS
from politirad.models.session import Answer, OwnQuestion, Session
from politirad.models.tree import next_own_main_id, next_own_sub_id, question_tree

GUIDE = Path(__file__).resolve().parents[2] / "shared" / "guide" / "veileder-egenevaluering-politirad.txt"


def test_six_main_questions_and_33_sub_questions_with_stable_ids() -> None:
    assert [m.id for m in MAIN_QUESTIONS] == ["1", "2", "3", "4", "5", "6"]
    assert [len(m.subs) for m in MAIN_QUESTIONS] == [6, 6, 5, 7, 6, 3]
    assert len(SUB_QUESTIONS) == 33
    assert list(SUB_QUESTIONS)[:3] == ["1.1", "1.2", "1.3"]
    assert list(SUB_QUESTIONS)[-1] == "6.3"


def _normalised_guide() -> str:
    text = GUIDE.read_text(encoding="utf-8").replace("\xa0", " ").replace("\ufffd", " ")
    return re.sub(r"\s+", " ", text)


@pytest.mark.skipif(not GUIDE.exists(), reason="the guide lives in ../shared beside the repo")
def test_every_question_is_verbatim_from_section_2_3() -> None:
    section = _normalised_guide().split("2.3 Evalueringsspørsmålene", 1)[1].split("3 BAKGRUNN", 1)[0]
    for main in MAIN_QUESTIONS:
        assert f"Hovedspørsmål {main.id}: {main.title}" in section
        if main.lead:
            assert main.lead in section
        for sub in main.subs:
            assert sub.text in section, sub.id


def test_question_texts_have_no_pdf_artefacts() -> None:
    for sub in SUB_QUESTIONS.values():
        assert "\n" not in sub.text and "  " not in sub.text and "\ufffd" not in sub.text
        assert sub.text == sub.text.strip()


def test_date_must_be_a_date_not_text() -> None:
    """Strict types (issue 13): TOML has dates, so a date written as text is refused."""
    with pytest.raises(ValidationError):
        Session.model_validate({"date": "2026-02-28"})
    assert Session.model_validate({"date": dt.date(2026, 2, 28)}).date == dt.date(2026, 2, 28)


def test_status_must_be_known() -> None:
    with pytest.raises(ValidationError):
        ActionItem.model_validate({"id": "T1", "title": "x", "status": "ferdig"})
    assert ActionItem.model_validate({"id": "T1", "title": "x", "status": "pågår"}).status is Status.PAGAR


def test_action_ids_must_be_unique() -> None:
    item = {"id": "T1", "title": "x"}
    with pytest.raises(ValidationError, match="duplicate id 'T1'"):
        Session.model_validate({"date": dt.date(2026, 11, 24), "actions": [item, item]})


def test_answers_and_actions_refer_to_known_questions() -> None:
    with pytest.raises(ValidationError, match="unknown question id '9.9'"):
        Session.model_validate({"date": dt.date(2026, 11, 24), "answers": {"9.9": {"note": "x"}}})
    with pytest.raises(ValidationError, match="unknown question"):
        Session.model_validate(
            {"date": dt.date(2026, 11, 24), "actions": [{"id": "T1", "title": "x", "question_id": "1.9"}]}
        )


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="extra"):
        Session.model_validate({"date": dt.date(2026, 11, 24), "notat": "x"})


def test_own_questions_join_the_tree_after_the_guide_ones() -> None:
    session = Session(date=dt.date(2026, 11, 24))
    assert next_own_sub_id(session, "4") == "4.8"
    session.own_questions.append(OwnQuestion(id="4.8", main_id="4", text="Hvordan brukes SLT?"))
    session.answers["4.2"] = Answer(included=False)
    main4 = question_tree(session)[3]
    assert [s.id for s in main4.subs][-1] == "4.8"
    assert "4.2" not in [s.id for s in main4.included_subs()]
    assert next_own_main_id(session) == "7"


def test_next_action_id_never_reuses() -> None:
    items = [ActionItem(id="T1", title="a"), ActionItem(id="T7", title="b")]
    assert next_action_id(items) == "T8"
    assert next_action_id([]) == "T1"


def test_status_cycles_through_all_four() -> None:
    seen = [Status.IKKE_STARTET]
    for _ in range(4):
        seen.append(seen[-1].next())
    assert seen == ["ikke startet", "pågår", "fullført", "avbrutt", "ikke startet"]
