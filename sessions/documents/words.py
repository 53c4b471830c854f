"""The words the draft, the minutes and the preparation sheet print, in nb and en.

One table per language so a translator sees every document string in one place, and
so the three documents call a measure, a deadline or a confidential note the same.
A later step merges these tables into the app's catalogue (and adds nynorsk); until
then no document module holds a word of its own.
"""

from __future__ import annotations

import datetime as dt

from politirad.models.session import Language

NB: dict[str, str] = {
    # shared
    "not_discussed": "Ikke avklart i egenevalueringen; teksten fylles inn før avtalen behandles.",
    "confidential_left_out": "Konfidensielle notater holdt utenfor: {n}.",
    "confidential_included": (
        "Konfidensielle notater tatt med: {n} (merket [konfidensielt]). "
        "Ikke del dokumentet videre uten å fjerne dem."
    ),
    "confidential_mark": "[konfidensielt]",
    "confidential_withheld": "[Konfidensielt notat holdt utenfor referatet.]",
    "basis": "Grunnlag fra egenevalueringen, spørsmål {qid}:",
    "basis_fact": "Grunnlag fra egenevalueringen:",
    "date": "Dato",
    "time": "Tid",
    "place": "Møtested",
    "council": "Politiråd",
    "facilitator": "Møteleder",
    "referent": "Referent",
    "present": "Til stede",
    "apologies": "Forfall",
    "participants": "Deltakere",
    "focus_themes": "Tema deltakerne vil legge vekt på",
    "measure": "Tiltak",
    "responsible_side": "Ansvarlig part",
    "responsible": "Ansvarlig",
    "deadline": "Frist",
    "status": "Status",
    "year_measure_note": "* Prioritert tiltak for året.",
    "no_measures": "Ingen tiltak er avtalt.",
    "side_politi": "Politiet",
    "side_kommune": "Kommunen",
    "side_kommuner": "Kommunene",
    "side_felles": "Felles",
    "side_annen": "Andre",
    "status_ikke startet": "ikke startet",
    "status_pågår": "pågår",
    "status_fullført": "fullført",
    "status_avbrutt": "avbrutt",
    "police_of_municipality": "Politiet forventer av kommunen:",
    "police_of_municipalities": "Politiet forventer av kommunene:",
    "municipality_of_police": "Kommunen forventer av politiet:",
    "municipalities_of_police": "Kommunene forventer av politiet:",
    "unnamed_council": "politirådet",
    "municipality_name": "{name} kommune",
    "municipality_word": "kommune",
    "police_unnamed": "Politiet",
    "others": "Andre",
    # draft
    "draft_header": "UTKAST",
    "draft_title": "Samarbeidsavtale for {council}",
    "draft_lead": (
        "Utkast til revidert samarbeidsavtale, utarbeidet på grunnlag av politirådets "
        "egenevaluering {date}. Avsnitt merket «Grunnlag fra egenevalueringen» er "
        "bakgrunn for behandlingen og tas ut før avtalen underskrives."
    ),
    "s_parties": "Parter",
    "s_purpose": "Formål",
    "s_goals": "Mål og satsingsområder",
    "s_organisation": "Organisering og deltakere",
    "s_leadership": "Ledelse og møtestruktur",
    "s_expectations": "Gjensidige forventninger",
    "s_measures": "Tiltak i avtaleperioden",
    "s_followup": "Oppfølging og neste evaluering",
    "s_duration": "Varighet og revisjon",
    "s_signatures": "Underskrifter",
    "parties_lead": "Avtalen er inngått mellom:",
    "parties_police": "{district}, ved {unit}",
    "parties_council": "Partene samarbeider i {council}.",
    "purpose_text": (
        "Politirådet er et formalisert samarbeidsforum mellom den øverste ledelsen i "
        "{municipality} og det lokale politiet. Rådet er et strategisk organ for det "
        "kriminalitetsforebyggende og trygghetsskapende arbeidet lokalt, og arbeidet "
        "omfatter også beredskap og samfunnssikkerhet."
    ),
    "the_municipality": "kommunen",
    "the_municipalities": "kommunene",
    "purpose_lead": "I tråd med Politidirektoratets rundskriv 2013/012 skal politirådet:",
    "goals_themes": "I avtaleperioden prioriterer politirådet disse satsingsområdene:",
    "goals_learning": (
        "Politirådet legger disse læringspunktene fra egenevalueringen til grunn for "
        "arbeidet:"
    ),
    "organisation_lead": "Politirådet består av den øverste ledelsen hos partene. Faste deltakere er:",
    "organisation_rule": (
        "Fra {municipality} deltar ordfører og kommunedirektør fast, fra politiet "
        "lederen for {unit}. Andre kan inviteres når sakene tilsier det."
    ),
    "organisation_each_municipality": "hver kommune",
    "organisation_police_unit": "den lokale politienheten",
    "anchoring_missing": "{roles} var ikke blant deltakerne ved egenevalueringen.",
    "role_mayor": "ordfører",
    "role_executive": "kommunedirektør",
    "leadership_chair_one": "Ordføreren leder politirådet.",
    "leadership_chair_many": "Politirådet ledes av en av ordførerne. Leder: ____________________",
    "leadership_meetings": (
        "Politirådet møtes minst {n} ganger i året. Møtedatoene fastsettes for ett år "
        "om gangen."
    ),
    "leadership_papers": (
        "Før hvert møte sendes det ut innkalling med saksliste. Etter hvert møte sendes "
        "det ut referat med vedtak, ansvarlige og frister."
    ),
    "meetings_held": (
        "Politirådet holdt {n} møter siste år. Rundskrivet krever minst {min}, og "
        "evalueringen fra 2014 (Rambøll) viste at råd med {sat} eller flere møter i "
        "året var mest fornøyde."
    ),
    "meetings_held_one": (
        "Politirådet holdt 1 møte siste år. Rundskrivet krever minst {min}, og "
        "evalueringen fra 2014 (Rambøll) viste at råd med {sat} eller flere møter i "
        "året var mest fornøyde."
    ),
    "measures_lead": (
        "Partene er enige om disse tiltakene. Den ansvarlige sørger for at tiltaket "
        "blir gjennomført innen fristen og orienterer politirådet om status."
    ),
    "followup_text": (
        "Tiltakene står fast på sakslisten til politirådets møter, og den ansvarlige "
        "orienterer om status. Politirådet evaluerer samarbeidet og denne avtalen "
        "innen {date}, etter Politidirektoratets veileder for egenevaluering av "
        "politiråd."
    ),
    "followup_next_meeting": "Neste møte i politirådet er {date}.",
    "duration_text": (
        "Avtalen gjelder fra den er underskrevet av alle partene og til den er "
        "revidert etter neste egenevaluering. Hver av partene kan be om at avtalen tas "
        "opp til revisjon før det."
    ),
    "duration_replaces": "Avtalen erstatter den gjeldende samarbeidsavtalen.",
    "duration_first": "Dette er politirådets første skriftlige samarbeidsavtale.",
    "signatures_lead": "Avtalen underskrives av hver part.",
    "signature_for": "For {party}",
    "signature_for_police": "For politiet",
    "signature_municipality": "Ordfører / kommunedirektør",
    "signature_police": "Politimester / leder for {unit}",
    "signature_police_plain": "Politimester",
    "signature_named": "{name}, {role}",
    "signature_place": "Sted og dato:",
    "against_title": "Vedlegg: Endringer fra gjeldende avtale",
    "against_lead": "Del for del: hva egenevalueringen foreslår å endre.",
    "against_new": "Ny del; gjeldende avtale har ingen tilsvarende del.",
    "against_unchanged": "Ingen endring foreslått.",
    "against_keep": "Ikke avklart i egenevalueringen; gjeldende tekst beholdes.",
    "against_absent": "Ikke avklart, og gjeldende avtale har ingen tilsvarende del.",
    "against_add": "Foreslår å legge til:",
    "against_notes": "Egenevalueringen har notater til denne delen ({ids}); les dem først.",
    "against_matched": "(gjeldende avtale: «{title}»)",
    "against_extra": (
        "Gjeldende avtale har delen «{title}», som utkastet ikke har; vurder om den "
        "skal beholdes."
    ),
    "against_no_sections": (
        "Fant ingen nummererte deler i gjeldende avtale; sammenlign med --diff."
    ),
    # minutes
    "minutes_header": "MØTEREFERAT",
    "minutes_subject": "Tema: Politirådets årlige egenevaluering, etter Politidirektoratets veileder",
    "minutes_case": "Sak {n}: {title}",
    "minutes_no_notes": "Ingen merknader ført i referatet.",
    "minutes_not_discussed": "Ikke drøftet:",
    "minutes_decision": "Vedtak:",
    "minutes_learning_decision": "Politirådet formulerte disse læringspunktene:",
    "minutes_measures_decision": "Politirådet vedtok disse tiltakene:",
    "minutes_learning": "Læringspunkter",
    "minutes_measures": "Tiltak",
    "minutes_expectations": "Forventninger til hverandre",
    "minutes_next": "Neste møte",
    "minutes_next_text": "Neste møte er {date}.",
    "minutes_next_unset": "Tidspunkt for neste møte er ikke fastsatt.",
    "minutes_left_out": "Spørsmål som ikke ble drøftet",
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
    "not_discussed": "Not settled in the self-evaluation; to be filled in before the agreement is considered.",
    "confidential_left_out": "Confidential notes kept out: {n}.",
    "confidential_included": (
        "Confidential notes included: {n} (marked [confidential]). Remove them "
        "before sharing this document."
    ),
    "confidential_mark": "[confidential]",
    "confidential_withheld": "[Confidential note kept out of the minutes.]",
    "basis": "Basis from the self-evaluation, question {qid}:",
    "basis_fact": "Basis from the self-evaluation:",
    "date": "Date",
    "time": "Time",
    "place": "Venue",
    "council": "Council",
    "facilitator": "Chair of the meeting",
    "referent": "Minutes taken by",
    "present": "Present",
    "apologies": "Apologies",
    "participants": "Participants",
    "focus_themes": "Themes the participants want to emphasise",
    "measure": "Measure",
    "responsible_side": "Responsible party",
    "responsible": "Responsible",
    "deadline": "Deadline",
    "status": "Status",
    "year_measure_note": "* A priority measure for the year.",
    "no_measures": "No measures have been agreed.",
    "side_politi": "Police",
    "side_kommune": "Municipality",
    "side_kommuner": "Municipalities",
    "side_felles": "Joint",
    "side_annen": "Others",
    "status_ikke startet": "not started",
    "status_pågår": "in progress",
    "status_fullført": "done",
    "status_avbrutt": "cancelled",
    "police_of_municipality": "The police expect of the municipality:",
    "police_of_municipalities": "The police expect of the municipalities:",
    "municipality_of_police": "The municipality expects of the police:",
    "municipalities_of_police": "The municipalities expect of the police:",
    "unnamed_council": "the council",
    "municipality_name": "{name} municipality",
    "municipality_word": "municipality",
    "police_unnamed": "Police",
    "others": "Others",
    "draft_header": "DRAFT",
    "draft_title": "Cooperation agreement for {council}",
    "draft_lead": (
        "Draft of the revised cooperation agreement, prepared from the council's "
        "self-evaluation of {date}. Paragraphs marked «Basis from the self-evaluation» "
        "are background for the discussion and are removed before the agreement is "
        "signed."
    ),
    "s_parties": "Parties",
    "s_purpose": "Purpose",
    "s_goals": "Goals and priority areas",
    "s_organisation": "Organisation and participants",
    "s_leadership": "Chairing and meeting structure",
    "s_expectations": "Mutual expectations",
    "s_measures": "Measures for the agreement period",
    "s_followup": "Follow-up and next evaluation",
    "s_duration": "Duration and revision",
    "s_signatures": "Signatures",
    "parties_lead": "This agreement is made between:",
    "parties_police": "{district}, represented by {unit}",
    "parties_council": "The parties cooperate in {council}.",
    "purpose_text": (
        "The council is a formal forum for cooperation between the top leadership of "
        "{municipality} and the local police. It is a strategic body for local crime "
        "prevention and community safety, and its work also covers emergency "
        "preparedness and civil protection."
    ),
    "the_municipality": "the municipality",
    "the_municipalities": "the municipalities",
    "purpose_lead": "In line with the Police Directorate's circular 2013/012, the council shall:",
    "goals_themes": "During the agreement period the council gives priority to these areas:",
    "goals_learning": "The council builds its work on these learning points from the self-evaluation:",
    "organisation_lead": "The council consists of the parties' top leadership. Its permanent members are:",
    "organisation_rule": (
        "From {municipality} the mayor and the chief municipal executive take part as "
        "permanent members, and from the police the head of {unit}. Others may be "
        "invited when the matters call for it."
    ),
    "organisation_each_municipality": "each municipality",
    "organisation_police_unit": "the local police unit",
    "anchoring_missing": "{roles} did not take part in the self-evaluation.",
    "role_mayor": "the mayor",
    "role_executive": "the chief municipal executive",
    "leadership_chair_one": "The mayor chairs the council.",
    "leadership_chair_many": "The council is chaired by one of the mayors. Chair: ____________________",
    "leadership_meetings": (
        "The council meets at least {n} times a year. The meeting dates are set a year "
        "at a time."
    ),
    "leadership_papers": (
        "A notice with the agenda goes out before every meeting. Minutes with the "
        "decisions, who is responsible and the deadlines go out after every meeting."
    ),
    "meetings_held": (
        "The council held {n} meetings in the past year. The circular requires at "
        "least {min}, and the 2014 evaluation (Rambøll) found councils with {sat} or "
        "more meetings a year the most satisfied."
    ),
    "meetings_held_one": (
        "The council held 1 meeting in the past year. The circular requires at least "
        "{min}, and the 2014 evaluation (Rambøll) found councils with {sat} or more "
        "meetings a year the most satisfied."
    ),
    "measures_lead": (
        "The parties agree on these measures. Whoever is responsible sees that the "
        "measure is carried out by the deadline and reports its status to the council."
    ),
    "followup_text": (
        "The measures are a standing item on the agenda of the council's meetings, "
        "and whoever is responsible reports on their status. The council evaluates "
        "the cooperation and this agreement by {date}, following the Police "
        "Directorate's guide for the self-evaluation of police councils."
    ),
    "followup_next_meeting": "The council's next meeting is on {date}.",
    "duration_text": (
        "The agreement applies from the day all parties have signed it until it is "
        "revised after the next self-evaluation. Either party may ask for the "
        "agreement to be revised before then."
    ),
    "duration_replaces": "This agreement replaces the current cooperation agreement.",
    "duration_first": "This is the council's first written cooperation agreement.",
    "signatures_lead": "The agreement is signed by each party.",
    "signature_for": "For {party}",
    "signature_for_police": "For the police",
    "signature_municipality": "Mayor / chief municipal executive",
    "signature_police": "Chief of police / head of {unit}",
    "signature_police_plain": "Chief of police",
    "signature_named": "{name}, {role}",
    "signature_place": "Place and date:",
    "against_title": "Appendix: Changes from the current agreement",
    "against_lead": "Part by part: what the self-evaluation proposes to change.",
    "against_new": "New part; the current agreement has no such part.",
    "against_unchanged": "No change proposed.",
    "against_keep": "Not settled in the self-evaluation; the current text stays.",
    "against_absent": "Not settled, and the current agreement has no such part.",
    "against_add": "Proposes to add:",
    "against_notes": "The self-evaluation has notes for this part ({ids}); read them first.",
    "against_matched": "(current agreement: «{title}»)",
    "against_extra": (
        "The current agreement has the part «{title}», which the draft lacks; "
        "consider whether to keep it."
    ),
    "against_no_sections": (
        "Found no numbered parts in the current agreement; compare with --diff."
    ),
    "minutes_header": "MINUTES",
    "minutes_subject": "Subject: The council's yearly self-evaluation, following the Police Directorate's guide",
    "minutes_case": "Item {n}: {title}",
    "minutes_no_notes": "Nothing recorded in the minutes.",
    "minutes_not_discussed": "Not discussed:",
    "minutes_decision": "Decision:",
    "minutes_learning_decision": "The council formulated these learning points:",
    "minutes_measures_decision": "The council decided on these measures:",
    "minutes_learning": "Learning points",
    "minutes_measures": "Measures",
    "minutes_expectations": "Expectations of each other",
    "minutes_next": "Next meeting",
    "minutes_next_text": "The next meeting is on {date}.",
    "minutes_next_unset": "The date of the next meeting has not been set.",
    "minutes_left_out": "Questions not discussed",
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
