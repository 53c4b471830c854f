"""Made-up sessions of a given size for the benchmarks, reproducible from a seed.

Sizes are what the issue names (every question answered and 30 measures; 2,000 notes
and 500 measures; 10,000 notes; 10 years x 50 councils). Notes beyond the guide's 33
sub-questions go under the council's own questions, which is where a real session
would grow. The text is invented; no real meeting notes appear here.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from politirad.models.actions import ActionItem, ResponsibleSide, Status
from politirad.models.guide import SUB_QUESTIONS
from politirad.models.people import Council, Participant, Side
from politirad.models.session import Answer, OwnMainQuestion, OwnQuestion, Session
from politirad.sessions.storage import store

WORDS = (
    "politiet kommunen ungdom rus forebygging møte samarbeid tiltak SLT skole natteravner "
    "trygghet sentrum helg oppfølging rapport statistikk utekontakt foreldre idrettslag "
    "vold hærverk bekymring plan ansvar frist evaluering kontakt innbyggere informasjon"
).split()

SUBS_PER_OWN_MAIN = 200
"""Own sub-questions per own main question when a session needs many notes."""


def sentence(rng: random.Random, words: int = 12) -> str:
    """A made-up Norwegian-looking sentence."""
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def note(rng: random.Random, lines: int = 3) -> str:
    """A note of a few lines, as a facilitator types it (multi-line, so TOML uses ''')."""
    return "\n".join(sentence(rng, rng.randint(6, 16)) for _ in range(lines))


def actions(rng: random.Random, count: int, question_ids: list[str]) -> list[ActionItem]:
    """`count` measures with owners, deadlines and mixed statuses."""
    statuses = list(Status)
    return [
        ActionItem(
            id=f"T{n}",
            title=sentence(rng, 5),
            details=sentence(rng, 10),
            responsible_side=rng.choice(list(ResponsibleSide)),
            responsible="SLT-koordinator",
            deadline=dt.date(2027, 1, 1) + dt.timedelta(days=rng.randint(0, 360)),
            status=statuses[n % len(statuses)],
            question_id=rng.choice(question_ids),
            year_measure=n <= 5,
        )
        for n in range(1, count + 1)
    ]


def session(
    notes: int = len(SUB_QUESTIONS),
    action_items: int = 30,
    *,
    seed: int = 1,
    council: str = "Politirådet i Fjordvik",
    date: dt.date = dt.date(2026, 3, 12),
) -> Session:
    """A session with `notes` answered questions (guide first, then own) and measures."""
    rng = random.Random(seed)
    guide_ids = list(SUB_QUESTIONS)[:notes]
    own_mains: list[OwnMainQuestion] = []
    own_subs: list[OwnQuestion] = []
    for n in range(max(0, notes - len(guide_ids))):
        main_id = str(7 + n // SUBS_PER_OWN_MAIN)
        if not own_mains or own_mains[-1].id != main_id:
            own_mains.append(OwnMainQuestion(id=main_id, title=f"Eget tema {main_id}"))
        own_subs.append(
            OwnQuestion(id=f"{main_id}.{n % SUBS_PER_OWN_MAIN + 1}", main_id=main_id, text=sentence(rng, 8) + "?")
        )
    ids = guide_ids + [q.id for q in own_subs]
    return Session(
        date=date,
        council=Council(name=council, municipalities=["Fjordvik"], police_unit="Fjordvik politistasjon"),
        facilitator="Kari Nordmann",
        participants=[
            Participant(name="Ola Ordfører", role="ordfører", side=Side.KOMMUNE),
            Participant(name="Per Politimester", role="politimester", side=Side.POLITI),
            Participant(name="Siri SLT", role="SLT-koordinator", side=Side.KOMMUNE),
        ],
        meetings_past_year=4,
        written_agreement=True,
        answers={qid: Answer(note=note(rng)) for qid in ids},
        own_main_questions=own_mains,
        own_questions=own_subs,
        actions=actions(rng, action_items, ids or list(SUB_QUESTIONS)),
        learning_points=[sentence(rng) for _ in range(3)],
    )


def realistic() -> Session:
    """Every guide question answered and 30 measures: the startup benchmark's file."""
    return session(len(SUB_QUESTIONS), 30)


def folder(path: Path, years: int = 10, councils: int = 50) -> list[Path]:
    """A folder of `years` x `councils` session files, as `politirad list` meets it.

    One realistic session is dumped once and only its date and council name are
    replaced per file: generating the fixture should not take longer than reading it.
    """
    path.mkdir(parents=True, exist_ok=True)
    base = realistic()
    text = store.dumps(base)
    name_line = f'name = "{base.council.name}"'
    date_line = f"date = {base.date.isoformat()}"
    if name_line not in text or date_line not in text:
        raise RuntimeError("bench data: the session file layout changed; update bench/data.py")
    written: list[Path] = []
    for year in range(years):
        for c in range(councils):
            date = dt.date(2017 + year, 3, 1 + c % 28)
            body = text.replace(date_line, f"date = {date.isoformat()}", 1).replace(
                name_line, f'name = "Politirådet i Kommune {c + 1}"', 1
            )
            file = path / f"{date.isoformat()}-kommune-{c + 1}.toml"
            file.write_text(body, encoding="utf-8")
            written.append(file)
    return written
