"""`politirad show`: the whole session as readable text, questions then action items."""

from __future__ import annotations

from politirad.models.session import Session
from politirad.models.tree import question_tree
from politirad.models.catalogue import Table
from politirad.sessions.documents.text import heading, wrap

def render_overview(session: Session) -> str:
    """Everything in the session for the facilitator's own eyes (confidential included)."""
    w = Table("overview.", session.language)
    council = session.council.name or "politirad"
    out = heading(f"{w['title']}: {council}")
    out.append(f"{w['date']}: {session.date.isoformat()}")
    if session.facilitator:
        out.append(f"{w['facilitator']}: {session.facilitator}")
    if session.participants:
        people = ", ".join(
            f"{p.name} ({p.role})" if p.role else p.name for p in session.participants
        )
        out.extend(wrap(f"{w['participants']}: {people}"))
    out.append("")
    out.extend(heading(w["questions"], "-"))
    for main in question_tree(session):
        out.append("")
        out.extend(wrap(f"{main.id}  {main.title}", hang="   "))
        for sub in main.subs:
            answer = session.answer(sub.id)
            out.append("")
            out.extend(wrap(f"{sub.id}  {sub.text}", indent="  ", hang="       "))
            if not sub.included:
                out.append(f"      {w['left_out']}")
            if answer.note.strip():
                mark = f"      {w['confidential']}" if answer.confidential else None
                if mark:
                    out.append(mark)
                out.extend(wrap(answer.note.strip(), indent="      "))
            elif sub.included:
                out.append(f"      {w['no_note']}")
    out.append("")
    out.extend(heading(w["actions"], "-"))
    if not session.actions:
        out.append(w["no_actions"])
    for item in session.actions:
        out.append("")
        out.extend(wrap(f"{item.id}  {item.title}", hang="    "))
        facts = [f"{w['status']}: {item.status}"]
        who = " / ".join(x for x in (str(item.responsible_side), item.responsible) if x)
        facts.append(f"{w['responsible']}: {who}")
        if item.deadline:
            facts.append(f"{w['deadline']}: {item.deadline.isoformat()}")
        if item.question_id:
            facts.append(f"{w['from']}: {item.question_id}")
        out.extend(wrap("; ".join(facts), indent="    "))
        if item.details.strip():
            out.extend(wrap(item.details.strip(), indent="    "))
    if session.learning_points:
        out.append("")
        out.extend(heading(w["learning"], "-"))
        for n, point in enumerate(session.learning_points, start=1):
            out.extend(wrap(f"{n}. {point}"))
    return "\n".join(out) + "\n"
