"""Which notes a document may print: confidential ones stay out unless asked for.

Every document decides through `NotePolicy`, so the count a document states ("kept
out: 2") is the same count of notes it actually withheld.
"""

from __future__ import annotations

from dataclasses import dataclass

from politirad.models.session import Session
from politirad.sessions.documents.words import words


@dataclass(frozen=True, slots=True)
class NotePolicy:
    """A session's notes as one document may show them."""

    session: Session
    include_confidential: bool = False

    def note(self, question_id: str) -> str:
        """The note text to print, or '' when it is empty, left out or confidential."""
        answer = self.session.answers.get(question_id)
        if answer is None or not answer.included or not answer.note.strip():
            return ""
        if answer.confidential and not self.include_confidential:
            return ""
        return answer.note.strip()

    def is_confidential(self, question_id: str) -> bool:
        """True for a confidential note with text (to mark it, or say it was withheld)."""
        answer = self.session.answers.get(question_id)
        return bool(answer and answer.confidential and answer.note.strip())

    def confidential_count(self) -> int:
        """How many confidential notes with text the session holds."""
        return sum(1 for qid in self.session.answers if self.is_confidential(qid))

    def statement(self, shows_notes: bool = True) -> str:
        """The line a document carries about confidential notes; empty when it has none.

        A document that prints no notes at all (the preparation sheet) always says
        they were kept out, whatever was asked.
        """
        w = words(self.session.language)
        count = self.confidential_count()
        if not count:
            return ""
        if self.include_confidential and shows_notes:
            return w["confidential_included"].format(n=count)
        return w["confidential_left_out.one" if count == 1 else "confidential_left_out.many"].format(n=count)
