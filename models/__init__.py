"""Pure session data and the guide's content; no I/O and no Textual here."""

from politirad.models.actions import ActionItem, ResponsibleSide, Status, next_action_id
from politirad.models.guide import MAIN_QUESTIONS, SUB_QUESTIONS
from politirad.models.people import Council, Participant, Side
from politirad.models.session import (
    SCHEMA_VERSION,
    Answer,
    CriterionRating,
    Expectations,
    OwnMainQuestion,
    OwnQuestion,
    Session,
)
from politirad.models.tree import MainNode, SubNode, question_tree

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
