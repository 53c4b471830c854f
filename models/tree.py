"""The question tree a session walks: the guide's questions plus the council's own.

Views and documents all need the same merged, ordered tree; building it in one pure
function keeps the tree pane, the minutes and the draft from disagreeing.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from politirad.models.guide import MAIN_QUESTIONS
from politirad.models.session import Language, Session


@dataclass(frozen=True, slots=True)
class SubNode:
    """A sub-question as a session sees it."""

    id: str
    text: str
    own: bool
    included: bool


@dataclass(frozen=True, slots=True)
class MainNode:
    """A main question with its lead text and its sub-questions in meeting order."""

    id: str
    title: str
    lead: str
    own: bool
    subs: tuple[SubNode, ...]

    def included_subs(self) -> tuple[SubNode, ...]:
        """The sub-questions shown in the meeting view."""
        return tuple(s for s in self.subs if s.included)


Fingerprint = tuple[Any, ...]
"""Everything a question tree is built from, as values (see `_fingerprint`)."""

_MEMO: dict[Fingerprint, tuple[MainNode, ...]] = {}
_MEMO_SIZE = 8
"""Trees kept: a process holds one live session, but browsing and documents read others."""
_OWN_SUB = attrgetter("id", "main_id", "text")
_OWN_MAIN = attrgetter("id", "title")


def _fingerprint(session: Session, lang: Language) -> Fingerprint:
    """The inputs of `question_tree`, by value: language, own questions, left-out answers.

    The guide's questions are constants, so two sessions with the same fingerprint get
    the same tree. Built from values, not identities: own questions are edited in place
    (models/choice.py) and an answer is a new object after every keystroke. Costs a
    fraction of the build (a tuple per own question, no node objects, no lookups).
    """
    return (
        lang,
        tuple(map(_OWN_SUB, session.own_questions)),
        tuple(map(_OWN_MAIN, session.own_main_questions)),
        frozenset([qid for qid, answer in session.answers.items() if not answer.included]),
    )


def question_tree(session: Session, language: Language | None = None) -> tuple[MainNode, ...]:
    """Merge the guide and the council's own questions, in display order.

    Memoised by value (issue 16): the meeting view asks for the tree on every move in
    the question tree and on every clock redraw; at 2,000 own questions a build is
    several milliseconds, asked for two or three times per key. The nodes are frozen,
    so a cached tree can be shared.
    """
    lang = language or session.language
    key = _fingerprint(session, lang)
    tree = _MEMO.get(key)
    if tree is None:
        tree = _build(session, lang)
        if len(_MEMO) >= _MEMO_SIZE:
            del _MEMO[next(iter(_MEMO))]  # the oldest entry
        _MEMO[key] = tree
    return tree


def _build(session: Session, lang: Language) -> tuple[MainNode, ...]:
    """The tree itself, built afresh (`question_tree` memoises it)."""
    own_by_main: dict[str, list[SubNode]] = {}
    for own in session.own_questions:
        node = SubNode(own.id, own.text, True, session.answer(own.id).included)
        own_by_main.setdefault(own.main_id, []).append(node)
    mains: list[MainNode] = []
    for main in MAIN_QUESTIONS:
        subs = [
            SubNode(
                s.id,
                s.text_en if lang == "en" else s.text,
                False,
                session.answer(s.id).included,
            )
            for s in main.subs
        ]
        subs.extend(own_by_main.get(main.id, []))
        mains.append(
            MainNode(
                main.id,
                main.title_en if lang == "en" else main.title,
                main.lead_en if lang == "en" else main.lead,
                False,
                tuple(subs),
            )
        )
    for own_main in session.own_main_questions:
        mains.append(
            MainNode(own_main.id, own_main.title, "", True, tuple(own_by_main.get(own_main.id, [])))
        )
    return tuple(mains)


def find_sub(tree: tuple[MainNode, ...], question_id: str) -> tuple[MainNode, SubNode] | None:
    """The main question and sub-question node for an id such as '4.4'."""
    for main in tree:
        for sub in main.subs:
            if sub.id == question_id:
                return main, sub
    return None


def next_own_sub_id(session: Session, main_id: str) -> str:
    """Own sub-questions continue the main question's numbering: after 4.7 comes 4.8."""
    tree = question_tree(session)
    main = next((m for m in tree if m.id == main_id), None)
    numbers = [int(s.id.rsplit(".", 1)[1]) for s in main.subs] if main else []
    return f"{main_id}.{max(numbers, default=0) + 1}"


def next_own_main_id(session: Session) -> str:
    """Own main questions are numbered after the guide's six."""
    ids = [int(m.id) for m in question_tree(session) if m.id.isdigit()]
    return str(max(ids, default=0) + 1)
