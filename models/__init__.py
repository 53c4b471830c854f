"""Pure session data and the guide's content; no I/O and no Textual here."""

from models.actions import ActionItem, ResponsibleSide, Status, next_action_id
from models.guide import MAIN_QUESTIONS, SUB_QUESTIONS
from models.people import Council, Participant, Side
from models.session import (
    SCHEMA_VERSION,
    Answer,
    CriterionRating,
    Expectations,
    OwnMainQuestion,
    OwnQuestion,
    Session,
)
from models.tree import MainNode, SubNode, question_tree

__all__ = [
    "MAIN_QUESTIONS",
    "SCHEMA_VERSION",
    "SUB_QUESTIONS",
    "ActionItem",
    "Answer",
    "Council",
    "CriterionRating",
    "Expectations",
    "MainNode",
    "OwnMainQuestion",
    "OwnQuestion",
    "Participant",
    "ResponsibleSide",
    "Session",
    "Side",
    "Status",
    "SubNode",
    "next_action_id",
    "question_tree",
]
