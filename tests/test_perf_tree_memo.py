"""`question_tree` is memoised by value (issue 16): every change that alters the tree
must still show, in place edits included, and nothing else may rebuild it."""

from __future__ import annotations

import datetime as dt

from politirad.models import choice
from politirad.models.factory import new_session
from politirad.models.session import Answer
from politirad.models.tree import find_sub, question_tree


def _subs(session: object) -> dict[str, tuple[str, bool]]:
    return {s.id: (s.text, s.included) for m in question_tree(session) for s in m.subs}  # type: ignore[arg-type]


def test_in_place_edits_and_left_out_answers_show_in_the_tree() -> None:
    session = new_session(dt.date(2026, 11, 24), "Lillevik")
    first = question_tree(session)
    assert question_tree(session) is first  # nothing changed: the same tree
    own = choice.add_own_question(session, "4", "Hva med helgene?")
    assert _subs(session)[own.id] == ("Hva med helgene?", True)
    choice.rename_own(session, own.id, "Hva med nettene?")  # edited in place
    assert _subs(session)[own.id] == ("Hva med nettene?", True)
    session.answers["1.1"] = Answer(included=False)
    assert _subs(session)["1.1"][1] is False
    main = choice.add_own_main(session, "Ungdom")
    assert any(m.id == main.id for m in question_tree(session))
    assert question_tree(session, "en")[0].title != question_tree(session, "nb")[0].title


def test_a_note_change_keeps_the_cached_tree() -> None:
    session = new_session(dt.date(2026, 11, 24), "Lillevik")
    tree = question_tree(session)
    session.answers["1.1"] = Answer(note="Skrevet")
    assert question_tree(session) is tree
    assert find_sub(tree, "1.1") is not None
