"""Words of the documents politirad writes: the agreement draft, the minutes, the
preparation sheet (and their checks: against the current agreement, personal data).

Keys are `doc.<word>`; the documents read them through `sessions/documents/words.py`.
"""

from __future__ import annotations

DOCUMENT_STRINGS: dict[str, dict[str, str]] = {
    "doc.guide_quoted": {
        "nb": "Spørsmålene er gjengitt ordrett fra Politidirektoratets veileder for egenevaluering av politiråd.",
        "nn": "Spørsmåla er sitert ordrett på bokmål frå rettleiaren til Politidirektoratet for eigenevaluering av politiråd.",
        "en": "The questions follow the police directorate's guide for the self-evaluation of police councils.",
    },
    "doc.and": {
        "nb": "og",
        "nn": "og",
        "en": "and",
    },
    "doc.not_discussed": {
        "nb": "Ikke avklart i egenevalueringen; teksten fylles inn før avtalen behandles.",
        "nn": "Ikkje avklart i eigenevalueringa; teksten skal fyllast inn før avtalen blir handsama.",
        "en": "Not settled in the self-evaluation; to be filled in before the agreement is considered.",
    },
    "doc.confidential_included": {
        "nb": "Konfidensielle notater tatt med: {n} (merket [konfidensielt]). Ikke del dokumentet videre uten å fjerne dem.",
        "nn": "Konfidensielle notat tekne med: {n} (merkte [konfidensielt]). Ikkje del dokumentet vidare utan å fjerne dei.",
        "en": "Confidential notes included: {n} (marked [confidential]). Remove them before sharing this document.",
    },
    "doc.confidential_mark": {
        "nb": "[konfidensielt]",
        "nn": "[konfidensielt]",
        "en": "[confidential]",
    },
    "doc.confidential_withheld": {
        "nb": "[Konfidensielt notat holdt utenfor referatet.]",
        "nn": "[Konfidensielt notat halde utanfor referatet.]",
        "en": "[Confidential note kept out of the minutes.]",
    },
    "doc.basis": {
        "nb": "Grunnlag fra egenevalueringen, spørsmål {qid}:",
        "nn": "Grunnlag frå eigenevalueringa, spørsmål {qid}:",
        "en": "Basis from the self-evaluation, question {qid}:",
    },
    "doc.basis_fact": {
        "nb": "Grunnlag fra egenevalueringen:",
        "nn": "Grunnlag frå eigenevalueringa:",
        "en": "Basis from the self-evaluation:",
    },
    "doc.date": {
        "nb": "Dato",
        "nn": "Dato",
        "en": "Date",
    },
    "doc.time": {
        "nb": "Tid",
        "nn": "Tid",
        "en": "Time",
    },
    "doc.place": {
        "nb": "Møtested",
        "nn": "Møtestad",
        "en": "Venue",
    },
    "doc.council": {
        "nb": "Politiråd",
        "nn": "Politiråd",
        "en": "Council",
    },
    "doc.facilitator": {
        "nb": "Møteleder",
        "nn": "Møteleiar",
        "en": "Chair of the meeting",
    },
    "doc.referent": {
        "nb": "Referent",
        "nn": "Referent",
        "en": "Minutes taken by",
    },
    "doc.present": {
        "nb": "Til stede",
        "nn": "Til stades",
        "en": "Present",
    },
    "doc.apologies": {
        "nb": "Forfall",
        "nn": "Forfall",
        "en": "Apologies",
    },
    "doc.participants": {
        "nb": "Deltakere",
        "nn": "Deltakarar",
        "en": "Participants",
    },
    "doc.focus_themes": {
        "nb": "Temaer det skal legges vekt på",
        "nn": "Tema det skal leggast vekt på",
        "en": "Themes the participants want to emphasise",
    },
    "doc.measure": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Measure",
    },
    "doc.responsible_side": {
        "nb": "Ansvarlig part",
        "nn": "Ansvarleg part",
        "en": "Responsible party",
    },
    "doc.responsible": {
        "nb": "Ansvarlig",
        "nn": "Ansvarleg",
        "en": "Responsible",
    },
    "doc.deadline": {
        "nb": "Frist",
        "nn": "Frist",
        "en": "Deadline",
    },
    "doc.status": {
        "nb": "Status",
        "nn": "Status",
        "en": "Status",
    },
    "doc.year_measure_note": {
        "nb": "* Prioritert tiltak for året.",
        "nn": "* Prioritert tiltak for året.",
        "en": "* A priority measure for the year.",
    },
    "doc.no_measures": {
        "nb": "Ingen tiltak er avtalt.",
        "nn": "Ingen tiltak er avtalte.",
        "en": "No measures have been agreed.",
    },
    "doc.side_politi": {
        "nb": "Politiet",
        "nn": "Politiet",
        "en": "Police",
    },
    "doc.side_kommune": {
        "nb": "Kommunen",
        "nn": "Kommunen",
        "en": "Municipality",
    },
    "doc.side_kommuner": {
        "nb": "Kommunene",
        "nn": "Kommunane",
        "en": "Municipalities",
    },
    "doc.side_felles": {
        "nb": "Felles",
        "nn": "Felles",
        "en": "Joint",
    },
    "doc.side_annen": {
        "nb": "Andre",
        "nn": "Andre",
        "en": "Others",
    },
    "doc.status_ikke startet": {
        "nb": "ikke startet",
        "nn": "ikkje starta",
        "en": "not started",
    },
    "doc.status_pågår": {
        "nb": "pågår",
        "nn": "pågår",
        "en": "in progress",
    },
    "doc.status_fullført": {
        "nb": "fullført",
        "nn": "fullført",
        "en": "done",
    },
    "doc.status_avbrutt": {
        "nb": "avbrutt",
        "nn": "avbrote",
        "en": "cancelled",
    },
    "doc.police_of_municipality": {
        "nb": "Politiet forventer av kommunen:",
        "nn": "Politiet forventar av kommunen:",
        "en": "The police expect of the municipality:",
    },
    "doc.police_of_municipalities": {
        "nb": "Politiet forventer av kommunene:",
        "nn": "Politiet forventar av kommunane:",
        "en": "The police expect of the municipalities:",
    },
    "doc.municipality_of_police": {
        "nb": "Kommunen forventer av politiet:",
        "nn": "Kommunen forventar av politiet:",
        "en": "The municipality expects of the police:",
    },
    "doc.municipalities_of_police": {
        "nb": "Kommunene forventer av politiet:",
        "nn": "Kommunane forventar av politiet:",
        "en": "The municipalities expect of the police:",
    },
    "doc.unnamed_council": {
        "nb": "politirådet",
        "nn": "politirådet",
        "en": "the council",
    },
    "doc.municipality_name": {
        "nb": "{name} kommune",
        "nn": "{name} kommune",
        "en": "{name} municipality",
    },
    "doc.municipality_word": {
        "nb": "kommune",
        "nn": "kommune",
        "en": "municipality",
    },
    "doc.police_unnamed": {
        "nb": "Politiet",
        "nn": "Politiet",
        "en": "Police",
    },
    "doc.others": {
        "nb": "Andre",
        "nn": "Andre",
        "en": "Others",
    },
    "doc.draft_header": {
        "nb": "UTKAST",
        "nn": "UTKAST",
        "en": "DRAFT",
    },
    "doc.draft_title": {
        "nb": "Samarbeidsavtale for {council}",
        "nn": "Samarbeidsavtale for {council}",
        "en": "Cooperation agreement for {council}",
    },
    "doc.draft_lead": {
        "nb": "Utkast til revidert samarbeidsavtale, utarbeidet på grunnlag av politirådets egenevaluering {date}. Avsnitt merket «Grunnlag fra egenevalueringen» er bakgrunn for behandlingen og tas ut før avtalen underskrives.",
        "nn": "Utkast til revidert samarbeidsavtale, utarbeidd på grunnlag av eigenevalueringa til politirådet {date}. Avsnitt merkte «Grunnlag frå eigenevalueringa» er bakgrunn for handsaminga og blir tekne ut før avtalen blir underskriven.",
        "en": "Draft of the revised cooperation agreement, prepared from the council's self-evaluation of {date}. Paragraphs marked «Basis from the self-evaluation» are background for the discussion and are removed before the agreement is signed.",
    },
    "doc.s_parties": {
        "nb": "Parter",
        "nn": "Partar",
        "en": "Parties",
    },
    "doc.s_purpose": {
        "nb": "Formål",
        "nn": "Føremål",
        "en": "Purpose",
    },
    "doc.s_goals": {
        "nb": "Mål og satsingsområder",
        "nn": "Mål og satsingsområde",
        "en": "Goals and priority areas",
    },
    "doc.s_organisation": {
        "nb": "Organisering og deltakere",
        "nn": "Organisering og deltakarar",
        "en": "Organisation and participants",
    },
    "doc.s_leadership": {
        "nb": "Ledelse og møtestruktur",
        "nn": "Leiing og møtestruktur",
        "en": "Chairing and meeting structure",
    },
    "doc.s_expectations": {
        "nb": "Gjensidige forventninger",
        "nn": "Gjensidige forventningar",
        "en": "Mutual expectations",
    },
    "doc.s_measures": {
        "nb": "Tiltak i avtaleperioden",
        "nn": "Tiltak i avtaleperioden",
        "en": "Measures for the agreement period",
    },
    "doc.s_followup": {
        "nb": "Oppfølging og neste evaluering",
        "nn": "Oppfølging og neste evaluering",
        "en": "Follow-up and next evaluation",
    },
    "doc.s_duration": {
        "nb": "Varighet og revisjon",
        "nn": "Varigheit og revisjon",
        "en": "Duration and revision",
    },
    "doc.s_signatures": {
        "nb": "Underskrifter",
        "nn": "Underskrifter",
        "en": "Signatures",
    },
    "doc.parties_lead": {
        "nb": "Avtalen er inngått mellom:",
        "nn": "Avtalen er inngått mellom:",
        "en": "This agreement is made between:",
    },
    "doc.parties_police": {
        "nb": "{district}, ved {unit}",
        "nn": "{district}, ved {unit}",
        "en": "{district}, represented by {unit}",
    },
    "doc.parties_council": {
        "nb": "Partene samarbeider i {council}.",
        "nn": "Partane samarbeider i {council}.",
        "en": "The parties cooperate in {council}.",
    },
    "doc.purpose_text": {
        "nb": "Politirådet er et formalisert samarbeidsforum mellom den øverste ledelsen i {municipality} og det lokale politiet. Rådet er et strategisk organ for det kriminalitetsforebyggende og trygghetsskapende arbeidet lokalt, og arbeidet omfatter også beredskap og samfunnssikkerhet.",
        "nn": "Politirådet er eit formalisert samarbeidsforum mellom den øvste leiinga i {municipality} og det lokale politiet. Rådet er eit strategisk organ for det kriminalitetsførebyggjande og tryggleiksskapande arbeidet lokalt, og arbeidet omfattar også beredskap og samfunnstryggleik.",
        "en": "The council is a formal forum for cooperation between the top leadership of {municipality} and the local police. It is a strategic body for local crime prevention and community safety, and its work also covers emergency preparedness and civil protection.",
    },
    "doc.the_municipality": {
        "nb": "kommunen",
        "nn": "kommunen",
        "en": "the municipality",
    },
    "doc.the_municipalities": {
        "nb": "kommunene",
        "nn": "kommunane",
        "en": "the municipalities",
    },
    "doc.purpose_lead": {
        "nb": "I tråd med Politidirektoratets rundskriv 2013/012 skal politirådet:",
        "nn": "I tråd med rundskriv 2013/012 frå Politidirektoratet skal politirådet:",
        "en": "In line with the Police Directorate's circular 2013/012, the council shall:",
    },
    "doc.goals_themes": {
        "nb": "I avtaleperioden prioriterer politirådet disse satsingsområdene:",
        "nn": "I avtaleperioden prioriterer politirådet desse satsingsområda:",
        "en": "During the agreement period the council gives priority to these areas:",
    },
    "doc.goals_learning": {
        "nb": "Politirådet legger disse læringspunktene fra egenevalueringen til grunn for arbeidet:",
        "nn": "Politirådet legg desse læringspunkta frå eigenevalueringa til grunn for arbeidet:",
        "en": "The council builds its work on these learning points from the self-evaluation:",
    },
    "doc.organisation_lead": {
        "nb": "Politirådet består av den øverste ledelsen hos partene. Faste deltakere er:",
        "nn": "Politirådet består av den øvste leiinga hos partane. Faste deltakarar er:",
        "en": "The council consists of the parties' top leadership. Its permanent members are:",
    },
    "doc.organisation_rule": {
        "nb": "Fra {municipality} deltar ordfører og kommunedirektør fast, fra politiet lederen for {unit}. Andre kan inviteres når sakene tilsier det.",
        "nn": "Frå {municipality} deltek ordførar og kommunedirektør fast, frå politiet leiaren for {unit}. Andre kan bli inviterte når sakene tilseier det.",
        "en": "From {municipality} the mayor and the chief municipal executive take part as permanent members, and from the police the head of {unit}. Others may be invited when the matters call for it.",
    },
    "doc.organisation_each_municipality": {
        "nb": "hver kommune",
        "nn": "kvar kommune",
        "en": "each municipality",
    },
    "doc.organisation_police_unit": {
        "nb": "den lokale politienheten",
        "nn": "den lokale politieininga",
        "en": "the local police unit",
    },
    "doc.anchoring_missing": {
        "nb": "{roles} var ikke blant deltakerne ved egenevalueringen.",
        "nn": "{roles} var ikkje blant deltakarane ved eigenevalueringa.",
        "en": "{roles} did not take part in the self-evaluation.",
    },
    "doc.role_mayor": {
        "nb": "ordfører",
        "nn": "ordførar",
        "en": "the mayor",
    },
    "doc.role_executive": {
        "nb": "kommunedirektør",
        "nn": "kommunedirektør",
        "en": "the chief municipal executive",
    },
    "doc.leadership_chair_one": {
        "nb": "Ordføreren leder politirådet.",
        "nn": "Ordføraren leier politirådet.",
        "en": "The mayor chairs the council.",
    },
    "doc.leadership_chair_many": {
        "nb": "Politirådet ledes av en av ordførerne. Leder: ____________________",
        "nn": "Politirådet blir leidd av ein av ordførarane. Leiar: ____________________",
        "en": "The council is chaired by one of the mayors. Chair: ____________________",
    },
    "doc.leadership_meetings": {
        "nb": "Politirådet møtes minst {n} ganger i året. Møtedatoene fastsettes for ett år om gangen.",
        "nn": "Politirådet møtest minst {n} gonger i året. Møtedatoane blir fastsette for eitt år om gongen.",
        "en": "The council meets at least {n} times a year. The meeting dates are set a year at a time.",
    },
    "doc.leadership_papers": {
        "nb": "Før hvert møte sendes det ut innkalling med saksliste. Etter hvert møte sendes det ut referat med vedtak, ansvarlige og frister.",
        "nn": "Før kvart møte blir det sendt ut innkalling med saksliste. Etter kvart møte blir det sendt ut referat med vedtak, ansvarlege og fristar.",
        "en": "A notice with the agenda goes out before every meeting. Minutes with the decisions, who is responsible and the deadlines go out after every meeting.",
    },
    "doc.meetings_held": {
        "nb": "Politirådet holdt {n} møter siste år. Rundskrivet krever minst {min}, og evalueringen fra 2014 (Rambøll) viste at råd med {sat} eller flere møter i året var mest fornøyde.",
        "nn": "Politirådet heldt {n} møte siste året. Rundskrivet krev minst {min}, og evalueringa frå 2014 (Rambøll) viste at råd med {sat} eller fleire møte i året var mest nøgde.",
        "en": "The council held {n} meetings in the past year. The circular requires at least {min}, and the 2014 evaluation (Rambøll) found councils with {sat} or more meetings a year the most satisfied.",
    },
    "doc.meetings_held_one": {
        "nb": "Politirådet holdt 1 møte siste år. Rundskrivet krever minst {min}, og evalueringen fra 2014 (Rambøll) viste at råd med {sat} eller flere møter i året var mest fornøyde.",
        "nn": "Politirådet heldt 1 møte siste året. Rundskrivet krev minst {min}, og evalueringa frå 2014 (Rambøll) viste at råd med {sat} eller fleire møte i året var mest nøgde.",
        "en": "The council held 1 meeting in the past year. The circular requires at least {min}, and the 2014 evaluation (Rambøll) found councils with {sat} or more meetings a year the most satisfied.",
    },
    "doc.measures_lead": {
        "nb": "Partene er enige om disse tiltakene. Den ansvarlige sørger for at tiltaket blir gjennomført innen fristen og orienterer politirådet om status.",
        "nn": "Partane er samde om desse tiltaka. Den ansvarlege syter for at tiltaket blir gjennomført innan fristen, og orienterer politirådet om status.",
        "en": "The parties agree on these measures. Whoever is responsible sees that the measure is carried out by the deadline and reports its status to the council.",
    },
    "doc.followup_text": {
        "nb": "Tiltakene står fast på sakslisten til politirådets møter, og den ansvarlige orienterer om status. Politirådet evaluerer samarbeidet og denne avtalen innen {date}, etter Politidirektoratets veileder for egenevaluering av politiråd.",
        "nn": "Tiltaka står fast på sakslista til møta i politirådet, og den ansvarlege orienterer om status. Politirådet evaluerer samarbeidet og denne avtalen innan {date}, etter rettleiaren frå Politidirektoratet for eigenevaluering av politiråd.",
        "en": "The measures are a standing item on the agenda of the council's meetings, and whoever is responsible reports on their status. The council evaluates the cooperation and this agreement by {date}, following the Police Directorate's guide for the self-evaluation of police councils.",
    },
    "doc.followup_next_meeting": {
        "nb": "Neste møte i politirådet er {date}.",
        "nn": "Neste møte i politirådet er {date}.",
        "en": "The council's next meeting is on {date}.",
    },
    "doc.duration_text": {
        "nb": "Avtalen gjelder fra den er underskrevet av alle partene og til den er revidert etter neste egenevaluering. Hver av partene kan be om at avtalen tas opp til revisjon før det.",
        "nn": "Avtalen gjeld frå han er underskriven av alle partane, og til han er revidert etter neste eigenevaluering. Kvar av partane kan be om at avtalen blir teken opp til revisjon før det.",
        "en": "The agreement applies from the day all parties have signed it until it is revised after the next self-evaluation. Either party may ask for the agreement to be revised before then.",
    },
    "doc.duration_replaces": {
        "nb": "Avtalen erstatter den gjeldende samarbeidsavtalen.",
        "nn": "Avtalen erstattar den gjeldande samarbeidsavtalen.",
        "en": "This agreement replaces the current cooperation agreement.",
    },
    "doc.duration_first": {
        "nb": "Dette er politirådets første skriftlige samarbeidsavtale.",
        "nn": "Dette er den første skriftlege samarbeidsavtalen til politirådet.",
        "en": "This is the council's first written cooperation agreement.",
    },
    "doc.signatures_lead": {
        "nb": "Avtalen underskrives av hver part.",
        "nn": "Avtalen blir underskriven av kvar part.",
        "en": "The agreement is signed by each party.",
    },
    "doc.signature_for": {
        "nb": "For {party}",
        "nn": "For {party}",
        "en": "For {party}",
    },
    "doc.signature_for_police": {
        "nb": "For politiet",
        "nn": "For politiet",
        "en": "For the police",
    },
    "doc.signature_municipality": {
        "nb": "Ordfører / kommunedirektør",
        "nn": "Ordførar / kommunedirektør",
        "en": "Mayor / chief municipal executive",
    },
    "doc.signature_police": {
        "nb": "Politimester / leder for {unit}",
        "nn": "Politimeister / leiar for {unit}",
        "en": "Chief of police / head of {unit}",
    },
    "doc.signature_police_plain": {
        "nb": "Politimester",
        "nn": "Politimeister",
        "en": "Chief of police",
    },
    "doc.signature_named": {
        "nb": "{name}, {role}",
        "nn": "{name}, {role}",
        "en": "{name}, {role}",
    },
    "doc.signature_place": {
        "nb": "Sted og dato:",
        "nn": "Stad og dato:",
        "en": "Place and date:",
    },
    "doc.against_title": {
        "nb": "Vedlegg: Endringer fra gjeldende avtale",
        "nn": "Vedlegg: Endringar frå gjeldande avtale",
        "en": "Appendix: Changes from the current agreement",
    },
    "doc.against_lead": {
        "nb": "Del for del: hva egenevalueringen foreslår å endre.",
        "nn": "Del for del: kva eigenevalueringa føreslår å endre.",
        "en": "Part by part: what the self-evaluation proposes to change.",
    },
    "doc.against_new": {
        "nb": "Ny del; gjeldende avtale har ingen tilsvarende del.",
        "nn": "Ny del; gjeldande avtale har ingen tilsvarande del.",
        "en": "New part; the current agreement has no such part.",
    },
    "doc.against_unchanged": {
        "nb": "Ingen endring foreslått.",
        "nn": "Inga endring føreslått.",
        "en": "No change proposed.",
    },
    "doc.against_keep": {
        "nb": "Ikke avklart i egenevalueringen; gjeldende tekst beholdes.",
        "nn": "Ikkje avklart i eigenevalueringa; gjeldande tekst blir ståande.",
        "en": "Not settled in the self-evaluation; the current text stays.",
    },
    "doc.against_absent": {
        "nb": "Ikke avklart, og gjeldende avtale har ingen tilsvarende del.",
        "nn": "Ikkje avklart, og gjeldande avtale har ingen tilsvarande del.",
        "en": "Not settled, and the current agreement has no such part.",
    },
    "doc.against_add": {
        "nb": "Foreslår å legge til:",
        "nn": "Føreslår å legge til:",
        "en": "Proposes to add:",
    },
    "doc.against_notes": {
        "nb": "Egenevalueringen har notater til denne delen ({ids}); les dem først.",
        "nn": "Eigenevalueringa har notat til denne delen ({ids}); les dei først.",
        "en": "The self-evaluation has notes for this part ({ids}); read them first.",
    },
    "doc.against_matched": {
        "nb": "(gjeldende avtale: «{title}»)",
        "nn": "(gjeldande avtale: «{title}»)",
        "en": "(current agreement: «{title}»)",
    },
    "doc.against_extra": {
        "nb": "Gjeldende avtale har delen «{title}», som utkastet ikke har; vurder om den skal beholdes.",
        "nn": "Gjeldande avtale har delen «{title}», som utkastet ikkje har; vurder om han skal haldast ved lag.",
        "en": "The current agreement has the part «{title}», which the draft lacks; consider whether to keep it.",
    },
    "doc.against_no_sections": {
        "nb": "Fant ingen nummererte deler i gjeldende avtale; sammenlign med --diff.",
        "nn": "Fann ingen nummererte delar i gjeldande avtale; samanlikn med --diff.",
        "en": "Found no numbered parts in the current agreement; compare with --diff.",
    },
    "doc.minutes_header": {
        "nb": "MØTEREFERAT",
        "nn": "MØTEREFERAT",
        "en": "MINUTES",
    },
    "doc.minutes_subject": {
        "nb": "Tema: Politirådets årlige egenevaluering, etter Politidirektoratets veileder",
        "nn": "Tema: Den årlege eigenevalueringa til politirådet, etter rettleiaren frå Politidirektoratet",
        "en": "Subject: The council's yearly self-evaluation, following the Police Directorate's guide",
    },
    "doc.minutes_case": {
        "nb": "Sak {n}: {title}",
        "nn": "Sak {n}: {title}",
        "en": "Item {n}: {title}",
    },
    "doc.minutes_no_notes": {
        "nb": "Ingen merknader ført i referatet.",
        "nn": "Ingen merknader er førte i referatet.",
        "en": "Nothing recorded in the minutes.",
    },
    "doc.minutes_not_discussed": {
        "nb": "Ikke drøftet:",
        "nn": "Ikkje drøfta:",
        "en": "Not discussed:",
    },
    "doc.minutes_decision": {
        "nb": "Vedtak:",
        "nn": "Vedtak:",
        "en": "Decision:",
    },
    "doc.minutes_learning_decision": {
        "nb": "Politirådet formulerte disse læringspunktene:",
        "nn": "Politirådet formulerte desse læringspunkta:",
        "en": "The council formulated these learning points:",
    },
    "doc.minutes_measures_decision": {
        "nb": "Politirådet vedtok disse tiltakene:",
        "nn": "Politirådet vedtok desse tiltaka:",
        "en": "The council decided on these measures:",
    },
    "doc.minutes_learning": {
        "nb": "Læringspunkter",
        "nn": "Læringspunkt",
        "en": "Learning points",
    },
    "doc.minutes_measures": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Measures",
    },
    "doc.minutes_expectations": {
        "nb": "Forventninger til hverandre",
        "nn": "Forventningar til kvarandre",
        "en": "Expectations of each other",
    },
    "doc.minutes_next": {
        "nb": "Neste møte",
        "nn": "Neste møte",
        "en": "Next meeting",
    },
    "doc.minutes_next_text": {
        "nb": "Neste møte er {date}.",
        "nn": "Neste møte er {date}.",
        "en": "The next meeting is on {date}.",
    },
    "doc.minutes_next_unset": {
        "nb": "Tidspunkt for neste møte er ikke fastsatt.",
        "nn": "Tidspunktet for neste møte er ikkje fastsett.",
        "en": "The date of the next meeting has not been set.",
    },
    "doc.minutes_left_out": {
        "nb": "Spørsmål som ikke ble drøftet",
        "nn": "Spørsmål som ikkje vart drøfta",
        "en": "Questions not discussed",
    },
    "doc.none_recorded": {
        "nb": "Ingen registrert.",
        "nn": "Ingen registrert.",
        "en": "None recorded.",
    },
    "doc.prep_header": {
        "nb": "FORBEREDELSE",
        "nn": "FØREBUING",
        "en": "PREPARATION",
    },
    "doc.prep_title": {
        "nb": "Egenevaluering i {council}: forberedelsesark",
        "nn": "Eigenevaluering i {council}: førebuingsark",
        "en": "Self-evaluation of {council}: preparation sheet",
    },
    "doc.prep_practical": {
        "nb": "Praktisk",
        "nn": "Praktisk",
        "en": "Practical details",
    },
    "doc.prep_time": {
        "nb": "Tidsramme",
        "nn": "Tidsramme",
        "en": "Time frame",
    },
    "doc.prep_minutes": {
        "nb": "{n} minutter",
        "nn": "{n} minutt",
        "en": "{n} minutes",
    },
    "doc.prep_intro": {
        "nb": "Les gjennom spørsmålene før møtet og tenk over hva du vil ta opp. Det finnes ingen fasitsvar; målet er felles refleksjon som gir grunnlag for tiltak og for å revidere samarbeidsavtalen.",
        "nn": "Les gjennom spørsmåla før møtet og tenk over kva du vil ta opp. Det finst ingen fasitsvar; målet er felles refleksjon som gir grunnlag for tiltak og for å revidere samarbeidsavtalen.",
        "en": "Read the questions before the meeting and think about what you want to raise. There are no right answers; the aim is shared reflection that leads to measures and to a revised cooperation agreement.",
    },
    "doc.prep_schedule": {
        "nb": "Tidsplan",
        "nn": "Tidsplan",
        "en": "Schedule",
    },
    "doc.prep_main_question": {
        "nb": "Hovedspørsmål",
        "nn": "Hovudspørsmål",
        "en": "Main question",
    },
    "doc.prep_questions": {
        "nb": "Spørsmålene",
        "nn": "Spørsmåla",
        "en": "The questions",
    },
    "doc.prep_open_measures": {
        "nb": "Tiltak som skal gjennomgås",
        "nn": "Tiltak til gjennomgang",
        "en": "Measures to review",
    },
    "doc.prep_no_questions": {
        "nb": "Ingen spørsmål valgt.",
        "nn": "Ingen spørsmål er valde.",
        "en": "No questions chosen.",
    },
    "doc.prep_no_notes": {
        "nb": "Arket tar ikke med notater fra møtet.",
        "nn": "Arket tek ikkje med notat frå møtet.",
        "en": "This sheet carries no notes from the meeting.",
    },
    "doc.prep_minutes_short": {
        "nb": "min",
        "nn": "min",
        "en": "min",
    },
    "doc.pii_fodselsnummer": {
        "nb": "fødselsnummer",
        "nn": "fødselsnummer",
        "en": "national identity number",
    },
    "doc.pii_phone": {
        "nb": "telefonnummer",
        "nn": "telefonnummer",
        "en": "phone number",
    },
    "doc.pii_email": {
        "nb": "e-postadresse",
        "nn": "e-postadresse",
        "en": "e-mail address",
    },
    "doc.pii_warning": {
        "nb": "advarsel: mulig {kind} på linje {line}{where}: {excerpt}",
        "nn": "åtvaring: mogleg {kind} på linje {line}{where}: {excerpt}",
        "en": "warning: possible {kind} on line {line}{where}: {excerpt}",
    },
    "doc.pii_strict": {
        "nb": "{n} mulige personopplysninger funnet; ingenting skrevet (--strict)",
        "nn": "{n} moglege personopplysningar funne; ingenting skrive (--strict)",
        "en": "{n} possible personal data found; nothing written (--strict)",
    },
    "doc.confidential_left_out.one": {
        "nb": "1 konfidensielt notat er ikke tatt med.",
        "nn": "1 konfidensielt notat er ikkje teke med.",
        "en": "1 confidential note is left out.",
    },
    "doc.confidential_left_out.many": {
        "nb": "{n} konfidensielle notater er ikke tatt med.",
        "nn": "{n} konfidensielle notat er ikkje tekne med.",
        "en": "{n} confidential notes are left out.",
    },
    "doc.month.1": {
        "nb": "januar",
        "nn": "januar",
        "en": "January",
    },
    "doc.month.2": {
        "nb": "februar",
        "nn": "februar",
        "en": "February",
    },
    "doc.month.3": {
        "nb": "mars",
        "nn": "mars",
        "en": "March",
    },
    "doc.month.4": {
        "nb": "april",
        "nn": "april",
        "en": "April",
    },
    "doc.month.5": {
        "nb": "mai",
        "nn": "mai",
        "en": "May",
    },
    "doc.month.6": {
        "nb": "juni",
        "nn": "juni",
        "en": "June",
    },
    "doc.month.7": {
        "nb": "juli",
        "nn": "juli",
        "en": "July",
    },
    "doc.month.8": {
        "nb": "august",
        "nn": "august",
        "en": "August",
    },
    "doc.month.9": {
        "nb": "september",
        "nn": "september",
        "en": "September",
    },
    "doc.month.10": {
        "nb": "oktober",
        "nn": "oktober",
        "en": "October",
    },
    "doc.month.11": {
        "nb": "november",
        "nn": "november",
        "en": "November",
    },
    "doc.month.12": {
        "nb": "desember",
        "nn": "desember",
        "en": "December",
    },
}
