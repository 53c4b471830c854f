"""`politirad compare`: two years side by side as plain text, at most 78 columns."""

from __future__ import annotations

from politirad.models.actions import Status
from politirad.sessions.reports.compare import Comparison, MeasureDiff, NoteChange
from politirad.sessions.documents.text import heading, wrap

_WORDS = {
    "nb": {
        "title": "Sammenligning",
        "versus": "{old} mot {new}",
        "questions": "Spørsmål",
        "no_questions": "Ingen notater i noen av årene.",
        "added": "Nytt svar i år.",
        "removed": "Besvart før, ikke i år.",
        "changed": "Endret.",
        "same": "Uendret",
        "then": "Før ({date})",
        "now": "Nå ({date})",
        "confidential": "[konfidensielt]",
        "measures": "Tiltak",
        "opened": "Nye tiltak",
        "closed": "Avsluttet siden sist",
        "still_open": "Fortsatt åpne",
        "dropped": "Åpne før, ikke med i år",
        "no_measures": "Ingen tiltak i noen av årene.",
        "learning": "Læringspunkter",
        "none": "(ingen)",
        "criteria": "Suksesskriterier (1–5)",
        "not_rated": "-",
    },
    "en": {
        "title": "Comparison",
        "versus": "{old} against {new}",
        "questions": "Questions",
        "no_questions": "No notes in either year.",
        "added": "New answer this year.",
        "removed": "Answered before, not this year.",
        "changed": "Changed.",
        "same": "Unchanged",
        "then": "Then ({date})",
        "now": "Now ({date})",
        "confidential": "[confidential]",
        "measures": "Measures",
        "opened": "New measures",
        "closed": "Closed since last time",
        "still_open": "Still open",
        "dropped": "Open before, not in this year's session",
        "no_measures": "No measures in either year.",
        "learning": "Learning points",
        "none": "(none)",
        "criteria": "Success criteria (1–5)",
        "not_rated": "-",
    },
}


def render_comparison(comparison: Comparison) -> str:
    """The comparison for reading at the table or attaching to the minutes."""
    w = _WORDS.get(comparison.language, _WORDS["nb"])
    old = comparison.old_date.isoformat()
    new = comparison.new_date.isoformat()
    out = heading(f"{w['title']}: {comparison.council or 'politirad'}")
    out.append(w["versus"].format(old=old, new=new))
    out.append("")
    out.extend(_questions(comparison, w, old, new))
    out.append("")
    out.extend(_measures(comparison, w))
    out.append("")
    out.extend(_learning(comparison, w, old, new))
    if comparison.criteria:
        out.append("")
        out.extend(_criteria(comparison, w))
    return "\n".join(out) + "\n"


def _questions(c: Comparison, w: dict[str, str], old: str, new: str) -> list[str]:
    out = heading(w["questions"], "-")
    changed = c.changed_questions()
    if not c.questions:
        out.append(w["no_questions"])
    for q in changed:
        out.append("")
        out.extend(wrap(f"{q.id}  {q.text}", hang=" " * (len(q.id) + 2)))
        out.append(f"     {w[q.change.value]}" + (f" {w['confidential']}" if q.confidential else ""))
        if q.change is not NoteChange.ADDED:
            out.extend(_labelled(w["then"].format(date=old), q.old_note))
        if q.change is not NoteChange.REMOVED:
            out.extend(_labelled(w["now"].format(date=new), q.new_note))
    same = [q.id for q in c.questions if q.change is NoteChange.SAME]
    if same:
        out.append("")
        out.extend(wrap(f"{w['same']}: {', '.join(same)}"))
    return out


def _labelled(label: str, note: str) -> list[str]:
    return [f"     {label}:", *wrap(note, indent="       ")]


def _measures(c: Comparison, w: dict[str, str]) -> list[str]:
    out = heading(w["measures"], "-")
    groups = (
        ("opened", [m for m in c.measures if m.opened]),
        ("closed", [m for m in c.measures if m.closed]),
        ("still_open", [m for m in c.measures if m.still_open]),
        ("dropped", [m for m in c.measures if m.dropped]),
    )
    if not c.measures:
        out.append(w["no_measures"])
    for key, items in groups:
        if not items:
            continue
        out.append("")
        out.append(f"{w[key]}:")
        for m in items:
            out.extend(wrap(f"{m.id}  {m.title} ({_status_move(m)})", indent="  ", hang="      "))
    return out


def _status_move(m: MeasureDiff) -> str:
    def word(status: Status | None) -> str:
        return str(status) if status is not None else "-"

    if m.old_status is None or m.new_status is None or m.old_status == m.new_status:
        return word(m.new_status or m.old_status)
    return f"{word(m.old_status)} → {word(m.new_status)}"


def _learning(c: Comparison, w: dict[str, str], old: str, new: str) -> list[str]:
    out = heading(w["learning"], "-")
    for label, points in ((w["then"].format(date=old), c.old_learning),
                          (w["now"].format(date=new), c.new_learning)):
        out.append("")
        out.append(f"{label}:")
        if not points:
            out.append(f"  {w['none']}")
        for n, point in enumerate(points, start=1):
            out.extend(wrap(f"{n}. {point}", indent="  ", hang="     "))
    return out


def _criteria(c: Comparison, w: dict[str, str]) -> list[str]:
    out = heading(w["criteria"], "-")
    for item in c.criteria:
        before = str(item.old_score) if item.old_score is not None else w["not_rated"]
        after = str(item.new_score) if item.new_score is not None else w["not_rated"]
        scores = f"{before} → {after}"
        lines = wrap(item.title, width=78 - len(scores) - 2)
        for i, line in enumerate(lines):
            out.append(f"{line:<{78 - len(scores) - 2}}  {scores}" if i == 0 else line)
    return out
