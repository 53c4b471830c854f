"""The words the draft, the minutes and the preparation sheet print, in nb and en.

One table per language so a translator sees every document string in one place, and
so the three documents call a measure, a deadline or a confidential note the same.
"""

from __future__ import annotations

import datetime as dt

from politirad.models.session import Language

NB: dict[str, str] = {
    # shared
    "not_discussed": "Ikke drøftet i egenevalueringen.",
    "confidential_left_out": "Konfidensielle notater holdt utenfor: {n}.",
    "confidential_included": (
        "Konfidensielle notater tatt med: {n} (merket [konfidensielt]). "
        "Ikke del dokumentet videre uten å fjerne dem."
    ),
    "confidential_mark": "[konfidensielt]",
    "confidential_withheld": "[konfidensielt notat utelatt]",
    "from_evaluation": "Fra egenevalueringen ({qid}):",
    "date": "Dato",
    "council": "Politiråd",
    "facilitator": "Fasilitator",
    "participants": "Deltagere",
    "focus_themes": "Tema deltagerne vil legge vekt på",
    "measure": "Tiltak",
    "responsible": "Ansvarlig",
    "deadline": "Frist",
    "status": "Status",
    "year_measure_note": "* = ett av årets tiltak (spørsmål 6.1).",
    "no_measures": "Ingen tiltak registrert.",
    "side_politi": "Politiet",
    "side_kommune": "Kommunen",
    "side_felles": "Felles",
    "side_annen": "Andre",
    "status_ikke startet": "ikke startet",
    "status_pågår": "pågår",
    "status_fullført": "fullført",
    "status_avbrutt": "avbrutt",
    "police_of_municipality": "Politiet forventer av kommunen:",
    "municipality_of_police": "Kommunen forventer av politiet:",
    "unnamed_council": "politirådet",
    # draft
    "draft_header": "UTKAST",
    "draft_title": "Samarbeidsavtale for {council}",
    "draft_subtitle": "Revidert etter egenevaluering {date}",
    "s_parties": "Parter",
    "s_background": "Bakgrunn",
    "s_purpose": "Formål",
    "s_goals": "Mål og satsingsområder",
    "s_organisation": "Organisering og deltagere",
    "s_leadership": "Ledelse og møtestruktur",
    "s_expectations": "Gjensidige forventninger",
    "s_measures": "Tiltak for perioden",
    "s_learning": "Læringspunkter",
    "s_followup": "Oppfølging og neste egenevaluering",
    "s_duration": "Varighet og revisjon",
    "s_signatures": "Underskrifter",
    "party_council": "Politirådet: {name}",
    "party_municipality": "Kommune: {names}",
    "party_police": "Politi: {unit}",
    "background_text": (
        "Avtalen bygger på politirådets egenevaluering {date}, gjennomført etter "
        "Politidirektoratets veileder for egenevaluering av politiråd."
    ),
    "background_agreement_yes": "Politirådet hadde en skriftlig samarbeidsavtale før evalueringen.",
    "background_agreement_no": "Politirådet hadde ingen skriftlig samarbeidsavtale før evalueringen.",
    "purpose_lead": "Politirådet skal, jf. rundskriv 2013/012 (POD):",
    "anchoring_missing": (
        "Veilederen (3.5) forutsetter at ordfører og rådmann deltar i politirådet. "
        "Ikke blant deltagerne: {roles}."
    ),
    "meetings_held": "Politirådet holdt {n} møter det siste året.",
    "meetings_held_one": "Politirådet holdt 1 møte det siste året.",
    "meetings_below_min": "Det er under rundskrivets minimum på {min} møter i året.",
    "meetings_at_min": (
        "Det oppfyller rundskrivets minimum på {min} møter i året, men evalueringen "
        "(Rambøll 2014) viste at råd med {sat} eller flere møter i året var mest tilfreds."
    ),
    "meetings_satisfied": (
        "Det er i tråd med funnet (Rambøll 2014) om at råd med {sat} eller flere møter "
        "i året var mest tilfreds."
    ),
    "meetings_rule": "Politirådet møtes minst {n} ganger i året.",
    "proposal": "Forslag: {text}",
    "followup_text": (
        "Tiltakene følges opp på hvert møte i politirådet. Neste egenevaluering "
        "gjennomføres innen {date}."
    ),
    "duration_text": (
        "Avtalen gjelder fra den er signert og til den revideres etter neste "
        "egenevaluering."
    ),
    "signature_place": "Sted og dato: ______________________________",
    "signature_mayor": "Ordfører",
    "municipality_suffix": " kommune",
    "signature_police": "For politiet",
    "against_title": "Vedlegg: Endringer fra gjeldende avtale",
    "against_lead": "Seksjon for seksjon, hva egenevalueringen foreslår å endre:",
    "against_new": "Ny seksjon; gjeldende avtale har ingen tilsvarende del.",
    "against_unchanged": "Ingen endring foreslått.",
    "against_keep": "Ikke drøftet i egenevalueringen; gjeldende tekst beholdes.",
    "against_absent": "Ikke drøftet, og gjeldende avtale har ingen tilsvarende del.",
    "against_add": "Foreslår å legge til:",
    "against_notes": "Egenevalueringen har notater til denne delen ({ids}); les dem først.",
    "against_matched": "(gjeldende avtale: «{title}»)",
    "against_extra": (
        "Gjeldende avtale har seksjonen «{title}», som utkastet ikke har; vurder om "
        "den skal beholdes."
    ),
    "against_no_sections": (
        "Fant ingen nummererte seksjoner i gjeldende avtale; sammenlign med --diff."
    ),
    # minutes
    "minutes_header": "MØTEREFERAT",
    "minutes_title": "Egenevaluering i {council}",
    "minutes_questions": "Drøftinger",
    "minutes_measures": "Tiltak",
    "minutes_learning": "Læringspunkter",
    "minutes_expectations": "Forventninger til hverandre",
    "minutes_none": "Ikke drøftet.",
    "none_recorded": "Ingen registrert.",
    # prep
    "prep_header": "FORBEREDELSE",
    "prep_title": "Egenevaluering i {council}: forberedelsesark",
    "prep_practical": "Praktisk",
    "prep_time": "Tidsramme",
    "prep_minutes": "{n} minutter",
    "prep_intro": (
        "Les gjennom spørsmålene før møtet og tenk over hva du vil ta opp. Det finnes "
        "ingen fasitsvar; målet er felles refleksjon som gir grunnlag for tiltak og "
        "for å revidere samarbeidsavtalen."
    ),
    "prep_schedule": "Tidsplan",
    "prep_main_question": "Hovedspørsmål",
    "prep_questions": "Spørsmålene",
    "prep_open_measures": "Tiltak som skal gjennomgås",
    "prep_no_questions": "Ingen spørsmål valgt.",
    "prep_no_notes": "Arket tar ikke med notater fra møtet.",
    "prep_minutes_short": "min",
    # personal data
    "pii_fodselsnummer": "fødselsnummer",
    "pii_phone": "telefonnummer",
    "pii_email": "e-postadresse",
    "pii_warning": "advarsel: mulig {kind} på linje {line}{where}: {excerpt}",
    "pii_strict": (
        "{n} mulige personopplysninger funnet; ingenting skrevet (--strict)"
    ),
}

EN: dict[str, str] = {
    "not_discussed": "Not discussed in the self-evaluation.",
    "confidential_left_out": "Confidential notes kept out: {n}.",
    "confidential_included": (
        "Confidential notes included: {n} (marked [confidential]). Remove them "
        "before sharing this document."
    ),
    "confidential_mark": "[confidential]",
    "confidential_withheld": "[confidential note left out]",
    "from_evaluation": "From the self-evaluation ({qid}):",
    "date": "Date",
    "council": "Council",
    "facilitator": "Facilitator",
    "participants": "Participants",
    "focus_themes": "Themes the participants want to emphasise",
    "measure": "Measure",
    "responsible": "Responsible",
    "deadline": "Deadline",
    "status": "Status",
    "year_measure_note": "* = one of the year's measures (question 6.1).",
    "no_measures": "No measures recorded.",
    "side_politi": "Police",
    "side_kommune": "Municipality",
    "side_felles": "Joint",
    "side_annen": "Others",
    "status_ikke startet": "not started",
    "status_pågår": "in progress",
    "status_fullført": "done",
    "status_avbrutt": "cancelled",
    "police_of_municipality": "The police expect of the municipality:",
    "municipality_of_police": "The municipality expects of the police:",
    "unnamed_council": "the council",
    "draft_header": "DRAFT",
    "draft_title": "Cooperation agreement for {council}",
    "draft_subtitle": "Revised after the self-evaluation of {date}",
    "s_parties": "Parties",
    "s_background": "Background",
    "s_purpose": "Purpose",
    "s_goals": "Goals and priority areas",
    "s_organisation": "Organisation and participants",
    "s_leadership": "Leadership and meeting structure",
    "s_expectations": "Mutual expectations",
    "s_measures": "Measures for the period",
    "s_learning": "Learning points",
    "s_followup": "Follow-up and next self-evaluation",
    "s_duration": "Duration and revision",
    "s_signatures": "Signatures",
    "party_council": "The council: {name}",
    "party_municipality": "Municipality: {names}",
    "party_police": "Police: {unit}",
    "background_text": (
        "This agreement builds on the council's self-evaluation of {date}, carried "
        "out with the Police Directorate's guide for the self-evaluation of councils."
    ),
    "background_agreement_yes": "The council had a written cooperation agreement before the evaluation.",
    "background_agreement_no": "The council had no written cooperation agreement before the evaluation.",
    "purpose_lead": "The council shall, under circular 2013/012 (POD):",
    "anchoring_missing": (
        "The guide (3.5) expects the mayor and the chief municipal executive to take "
        "part. Not among the participants: {roles}."
    ),
    "meetings_held": "The council held {n} meetings in the past year.",
    "meetings_held_one": "The council held 1 meeting in the past year.",
    "meetings_below_min": "That is below the circular's minimum of {min} meetings a year.",
    "meetings_at_min": (
        "That meets the circular's minimum of {min} meetings a year, but the evaluation "
        "(Rambøll 2014) found councils with {sat} or more meetings a year the most "
        "satisfied."
    ),
    "meetings_satisfied": (
        "That is in line with the finding (Rambøll 2014) that councils with {sat} or "
        "more meetings a year were the most satisfied."
    ),
    "meetings_rule": "The council meets at least {n} times a year.",
    "proposal": "Proposal: {text}",
    "followup_text": (
        "The measures are followed up at every council meeting. The next "
        "self-evaluation takes place by {date}."
    ),
    "duration_text": (
        "The agreement applies from signing until it is revised after the next "
        "self-evaluation."
    ),
    "signature_place": "Place and date: ______________________________",
    "signature_mayor": "Mayor",
    "municipality_suffix": " municipality",
    "signature_police": "For the police",
    "against_title": "Appendix: Changes from the current agreement",
    "against_lead": "Section by section, what the self-evaluation proposes to change:",
    "against_new": "New section; the current agreement has no such part.",
    "against_unchanged": "No change proposed.",
    "against_keep": "Not discussed in the self-evaluation; the current text stays.",
    "against_absent": "Not discussed, and the current agreement has no such part.",
    "against_add": "Proposes to add:",
    "against_notes": "The self-evaluation has notes for this section ({ids}); read them first.",
    "against_matched": "(current agreement: «{title}»)",
    "against_extra": (
        "The current agreement has the section «{title}», which the draft lacks; "
        "consider whether to keep it."
    ),
    "against_no_sections": (
        "Found no numbered sections in the current agreement; compare with --diff."
    ),
    "minutes_header": "MINUTES",
    "minutes_title": "Self-evaluation of {council}",
    "minutes_questions": "Discussion",
    "minutes_measures": "Measures",
    "minutes_learning": "Learning points",
    "minutes_expectations": "Expectations of each other",
    "minutes_none": "Not discussed.",
    "none_recorded": "None recorded.",
    "prep_header": "PREPARATION",
    "prep_title": "Self-evaluation of {council}: preparation sheet",
    "prep_practical": "Practical details",
    "prep_time": "Time frame",
    "prep_minutes": "{n} minutes",
    "prep_intro": (
        "Read the questions before the meeting and think about what you want to "
        "raise. There are no right answers; the aim is shared reflection that leads "
        "to measures and to a revised cooperation agreement."
    ),
    "prep_schedule": "Schedule",
    "prep_main_question": "Main question",
    "prep_questions": "The questions",
    "prep_open_measures": "Measures to review",
    "prep_no_questions": "No questions chosen.",
    "prep_no_notes": "This sheet carries no notes from the meeting.",
    "prep_minutes_short": "min",
    "pii_fodselsnummer": "national identity number",
    "pii_phone": "phone number",
    "pii_email": "e-mail address",
    "pii_warning": "warning: possible {kind} on line {line}{where}: {excerpt}",
    "pii_strict": "{n} possible personal data found; nothing written (--strict)",
}

WORDS: dict[str, dict[str, str]] = {"nb": NB, "en": EN}

_MONTHS = {
    "nb": (
        "januar februar mars april mai juni juli august september oktober november "
        "desember"
    ).split(),
    "en": (
        "January February March April May June July August September October "
        "November December"
    ).split(),
}


def words(language: Language) -> dict[str, str]:
    """The document vocabulary of a language."""
    return WORDS[language]


def long_date(date: dt.date, language: Language) -> str:
    """A date as people write it in a letter: '3. mars 2027' or '3 March 2027'."""
    month = _MONTHS[language][date.month - 1]
    return f"{date.day}. {month} {date.year}" if language == "nb" else (
        f"{date.day} {month} {date.year}"
    )
