"""The guide's evaluation questions (section 2.2–2.3 of POD's veileder), as data.

The Norwegian texts are verbatim from the guide, cleaned only of the PDF's artefacts
(bullet glyphs, hard line breaks, doubled spaces). The English texts are our own
translation for `--lang en`; the Norwegian text stays authoritative.

Ids are stable across years: a note written under `4.4` in 2025 and one in 2026 line
up question by question, so these ids must never be renumbered.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class GuideSubQuestion:
    """One sub-question of the guide, e.g. `1.1`.

    The guide's content is static and written here, so there is nothing to validate:
    plain frozen dataclasses, not pydantic models, which cost time at every start.
    """

    id: str
    text: str
    text_en: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GuideMainQuestion:
    """One of the six main questions, with its lead text and sub-questions."""

    id: str
    topic: str
    """The short heading section 2.2 gives the main question ("Om ...")."""
    title: str
    """The question as section 2.3 words it."""
    title_en: str
    lead: str = ""
    """The text the guide prints between the main question and its sub-questions."""
    lead_en: str = ""
    subs: tuple[GuideSubQuestion, ...]


def _subs(main_id: str, pairs: list[tuple[str, str]]) -> tuple[GuideSubQuestion, ...]:
    return tuple(
        GuideSubQuestion(id=f"{main_id}.{n}", text=nb, text_en=en)
        for n, (nb, en) in enumerate(pairs, start=1)
    )


MAIN_QUESTIONS: tuple[GuideMainQuestion, ...] = (
    GuideMainQuestion(
        id="1",
        topic="Om statussituasjonen i samarbeidet.",
        title="Hva har politirådet gjort og fått til?",
        title_en="What has the council done and achieved?",
        subs=_subs(
            "1",
            [
                (
                    "Hva er politirådet stolt av å ha fått til?",
                    "What is the council proud to have achieved?",
                ),
                (
                    "Nevn eksempler på saker der samarbeidet har hatt betydning.",
                    "Name examples of cases where the cooperation has mattered.",
                ),
                (
                    "Hvilke forbedringer har politirådet bidratt til?",
                    "What improvements has the council contributed to?",
                ),
                (
                    "Hvordan, eller på hvilken måte, har samarbeidet hatt betydning for "
                    "dialog og samarbeid mellom politi og kommune?",
                    "How, or in what way, has the cooperation mattered for dialogue and "
                    "cooperation between the police and the municipality?",
                ),
                (
                    "Hva har politirådet ikke fått til eller ikke fått gjort?",
                    "What has the council not achieved or not got done?",
                ),
                (
                    "Er det noe politirådet har ønsket å få til, men som det ikke har "
                    "lyktes med?",
                    "Is there something the council wanted to achieve but did not "
                    "succeed with?",
                ),
            ],
        ),
    ),
    GuideMainQuestion(
        id="2",
        topic="Om tiltak som er iverksatt av politirådet.",
        title="Hvilke aktører har deltatt og hvilke tiltak er iverksatt?",
        title_en="Which actors have taken part and which measures have been implemented?",
        subs=_subs(
            "2",
            [
                (
                    "Hvilke tiltak er blitt iverksatt av politirådet?",
                    "Which measures has the council implemented?",
                ),
                (
                    "Hvilke aktører har vært involvert i tiltakene?",
                    "Which actors have been involved in the measures?",
                ),
                (
                    "Burde flere aktører vært involvert i tiltakene?",
                    "Should more actors have been involved in the measures?",
                ),
                (
                    "I hvilken grad ble tiltakene gjennomført slik som planlagt?",
                    "To what extent were the measures carried out as planned?",
                ),
                (
                    "Hadde tiltakene andre effekter enn tiltenkt?",
                    "Did the measures have other effects than intended?",
                ),
                (
                    "Hvilke hindringer står politirådet overfor ved iverksettelse av "
                    "tiltak?",
                    "What obstacles does the council face when implementing measures?",
                ),
            ],
        ),
    ),
    GuideMainQuestion(
        id="3",
        topic="Om interne forhold i samarbeidet.",
        title="Hva hemmer og fremmer samarbeidet i politirådet?",
        title_en="What hinders and what furthers the cooperation in the council?",
        subs=_subs(
            "3",
            [
                (
                    "Har det vært uenighet knyttet til strategier og tiltak?",
                    "Has there been disagreement about strategies and measures?",
                ),
                (
                    "I hvilken grad er det enighet om satsningsområder og strategier?",
                    "To what extent is there agreement on priority areas and strategies?",
                ),
                (
                    "Hvilken kunnskap og kompetanse vil politirådet fremheve som "
                    "viktigst i arbeidet?",
                    "Which knowledge and competence would the council single out as "
                    "most important in the work?",
                ),
                (
                    "Er det bestemte utfordringer som gjør samarbeidet vanskelig?",
                    "Are there particular challenges that make the cooperation difficult?",
                ),
                (
                    "Sett ord på hva som har bidratt til et godt samarbeid, eller hva "
                    "som har vanskeliggjort samarbeidet.",
                    "Put into words what has contributed to good cooperation, or what "
                    "has made the cooperation difficult.",
                ),
            ],
        ),
    ),
    GuideMainQuestion(
        id="4",
        topic="Om eksterne rammer for samarbeidet.",
        title="Hvordan fungerer de formelle rammene?",
        title_en="How do the formal frameworks work?",
        subs=_subs(
            "4",
            [
                (
                    "Er de formelle rammene rundt samarbeidet klare og entydige?",
                    "Are the formal frameworks around the cooperation clear and "
                    "unambiguous?",
                ),
                (
                    "Foreligger det en skriftlig avtale? Er avtalen kjent for "
                    "deltagerne og brukes den aktivt?",
                    "Is there a written agreement? Do the participants know it and is "
                    "it actively used?",
                ),
                (
                    "Hvilke erfaringer har politirådet gjort seg med samarbeidsavtalen?",
                    "What experience has the council had with the cooperation agreement?",
                ),
                (
                    "Hvordan er møtestrukturen? Er det en fast leder for politirådet? "
                    "Er det fastsatte møtedatoer, utarbeides møteagenda og møtereferat?",
                    "What is the meeting structure like? Does the council have a "
                    "permanent chair? Are there fixed meeting dates, are agendas and "
                    "minutes prepared?",
                ),
                (
                    "Har politirådet gode oppfølgingsrutiner?",
                    "Does the council have good follow-up routines?",
                ),
                (
                    "Blir tiltak og beslutninger satt ut i livet?",
                    "Are measures and decisions put into practice?",
                ),
                (
                    "Setter de ulike etatene av tilstrekkelig tid og ressurser i "
                    "forhold til målsettinger?",
                    "Do the agencies set aside enough time and resources relative to "
                    "the goals?",
                ),
            ],
        ),
    ),
    GuideMainQuestion(
        id="5",
        topic="Om læringspunkter for politirådet.",
        title="Hva er de viktigste læringspunktene?",
        title_en="What are the most important learning points?",
        lead="Ut i fra politirådets samlede erfaringer:",
        lead_en="Based on the council's overall experience:",
        subs=_subs(
            "5",
            [
                (
                    "Hva er viktigste grunn til at samarbeidet fungerer, eller ikke "
                    "fungerer?",
                    "What is the most important reason the cooperation works, or does "
                    "not work?",
                ),
                (
                    "Hva må til for å gjøre det mer effektfullt?",
                    "What is needed to make it more effective?",
                ),
                (
                    "Hvordan løse hindringer og utfordringer som er identifisert?",
                    "How can the obstacles and challenges identified be resolved?",
                ),
                (
                    "Hvordan kan samarbeidet forbedres og utvikles i året som kommer?",
                    "How can the cooperation be improved and developed in the coming "
                    "year?",
                ),
                (
                    "Hva ønsker politirådet å få til i året som kommer?",
                    "What does the council want to achieve in the coming year?",
                ),
                (
                    "Hva er det viktigste politirådet har lært? Formuler de fem "
                    "viktigste læringspunktene.",
                    "What is the most important thing the council has learnt? Word the "
                    "five most important learning points.",
                ),
            ],
        ),
    ),
    GuideMainQuestion(
        id="6",
        topic="om politirådets arbeid fremover.",
        title="Hvordan kan politirådet videreutvikle samarbeidet?",
        title_en="How can the council develop the cooperation further?",
        lead=(
            "Sett under ett og ut fra svarene på de foregående spørsmålene, er det noe "
            "som bør forandres i måten å samarbeide på, i valg av strategier og "
            "satsningsområder:"
        ),
        lead_en=(
            "Taken as a whole and based on the answers to the preceding questions, is "
            "there anything that should change in the way of cooperating, in the "
            "choice of strategies and priority areas:"
        ),
        subs=_subs(
            "6",
            [
                (
                    "Hva ønsker politirådet å få til i året som kommer? Bli gjerne "
                    "enige om fem tiltak.",
                    "What does the council want to achieve in the coming year? Feel "
                    "free to agree on five measures.",
                ),
                ("Avklar forventninger til hverandre.", "Clarify expectations of each other."),
                (
                    "Revider samarbeidsavtalen for neste periode.",
                    "Revise the cooperation agreement for the next period.",
                ),
            ],
        ),
    ),
)

SUB_QUESTIONS: dict[str, GuideSubQuestion] = {
    sub.id: sub for main in MAIN_QUESTIONS for sub in main.subs
}
"""Every guide sub-question by id, in the guide's order."""

MAIN_BY_ID: dict[str, GuideMainQuestion] = {main.id: main for main in MAIN_QUESTIONS}
