"""Interface strings of the meeting's content: setup, choice of questions, conclusions.

Part of the catalogue politirad.models.catalogue.CATALOGUE, so the one catalogue still holds every string the
app shows and the both-languages check covers these too.
"""

from __future__ import annotations

MEETING_STRINGS: dict[str, dict[str, str]] = {
    "key.setup": {
        "nb": "Oppsett av møtet",
        "nn": "Oppsett av møtet",
        "en": "Meeting setup",
    },
    "key.questions": {
        "nb": "Velg spørsmål",
        "nn": "Vel spørsmål",
        "en": "Choose questions",
    },
    "key.conclusions": {
        "nb": "Læringspunkter, årets tiltak og forventninger",
        "nn": "Læringspunkt, årets tiltak og forventningar",
        "en": "Learning points, the year's measures and expectations",
    },
    "key.export_prep": {
        "nb": "Lag forberedelsesark",
        "nn": "Lag førebuingsark",
        "en": "Write the preparation sheet",
    },
    "key.year_measure": {
        "nb": "Årets tiltak av/på (★)",
        "nn": "Årets tiltak av/på (★)",
        "en": "Year's measure on/off (★)",
    },
    "key.add_year_measure": {
        "nb": "Nytt tiltak blant årets fem",
        "nn": "Nytt tiltak blant årets fem",
        "en": "New measure among the year's five",
    },
    "key.back": {
        "nb": "Tilbake til møtet",
        "nn": "Tilbake til møtet",
        "en": "Back to the meeting",
    },
    "key.setup_save": {
        "nb": "Lagre oppsettet",
        "nn": "Lagre oppsettet",
        "en": "Save the setup",
    },
    "key.list_add": {
        "nb": "Legg til",
        "nn": "Legg til",
        "en": "Add",
    },
    "key.list_edit": {
        "nb": "Rediger",
        "nn": "Rediger",
        "en": "Edit",
    },
    "key.list_delete": {
        "nb": "Slett",
        "nn": "Slett",
        "en": "Delete",
    },
    "key.list_up": {
        "nb": "Flytt opp",
        "nn": "Flytt opp",
        "en": "Move up",
    },
    "key.list_down": {
        "nb": "Flytt ned",
        "nn": "Flytt ned",
        "en": "Move down",
    },
    "key.person_add": {
        "nb": "Ny deltaker",
        "nn": "Ny deltakar",
        "en": "New participant",
    },
    "key.person_edit": {
        "nb": "Rediger deltaker",
        "nn": "Rediger deltakar",
        "en": "Edit participant",
    },
    "key.person_delete": {
        "nb": "Fjern deltaker",
        "nn": "Fjern deltakar",
        "en": "Remove participant",
    },
    "key.choice_toggle": {
        "nb": "Ta med / utelat",
        "nn": "Ta med / utelat",
        "en": "Include / leave out",
    },
    "key.choice_add_sub": {
        "nb": "Nytt eget underspørsmål",
        "nn": "Nytt eige underspørsmål",
        "en": "New own sub-question",
    },
    "key.choice_add_main": {
        "nb": "Nytt eget hovedspørsmål",
        "nn": "Nytt eige hovudspørsmål",
        "en": "New own main question",
    },
    "key.choice_edit": {
        "nb": "Rediger eget spørsmål",
        "nn": "Rediger eige spørsmål",
        "en": "Edit own question",
    },
    "key.choice_delete": {
        "nb": "Slett eget spørsmål",
        "nn": "Slett eige spørsmål",
        "en": "Delete own question",
    },
    "key.choice_up": {
        "nb": "Flytt eget spørsmål opp",
        "nn": "Flytt eige spørsmål opp",
        "en": "Move own question up",
    },
    "key.choice_down": {
        "nb": "Flytt eget spørsmål ned",
        "nn": "Flytt eige spørsmål ned",
        "en": "Move own question down",
    },
    "key.tab_learning": {
        "nb": "Fane: læringspunkter",
        "nn": "Fane: læringspunkt",
        "en": "Tab: learning points",
    },
    "key.tab_measures": {
        "nb": "Fane: årets tiltak",
        "nn": "Fane: årets tiltak",
        "en": "Tab: the year's measures",
    },
    "key.tab_expectations": {
        "nb": "Fane: forventninger",
        "nn": "Fane: forventningar",
        "en": "Tab: expectations",
    },
    "palette.setup": {
        "nb": "Politiråd, deltakere, dato, tidsramme, tema",
        "nn": "Politiråd, deltakarar, dato, tidsramme, tema",
        "en": "Council, participants, date, time budget, themes",
    },
    "palette.questions": {
        "nb": "Utelat spørsmål eller legg til egne",
        "nn": "Utelat spørsmål eller legg til eigne",
        "en": "Leave questions out or add your own",
    },
    "palette.conclusions": {
        "nb": "De fem læringspunktene, årets fem tiltak, forventninger",
        "nn": "Dei fem læringspunkta, årets fem tiltak, forventningar",
        "en": "The five learning points, the year's five measures, expectations",
    },
    "palette.export_prep": {
        "nb": "Tekstfil ved siden av egenevalueringens fil, til deltakerne før møtet",
        "nn": "Tekstfil ved sida av fila til eigenevalueringa, til deltakarane før møtet",
        "en": "Text file beside the session file, for participants before the meeting",
    },
    "prompt.hint": {
        "nb": "Enter lagrer · Esc avbryter",
        "nn": "Enter lagrar · Esc avbryt",
        "en": "Enter saves · Esc cancels",
    },
    "list.confirm_delete": {
        "nb": "Slette «{text}»?",
        "nn": "Slette «{text}»?",
        "en": "Delete «{text}»?",
    },
    "role.mayor": {
        "nb": "ordfører",
        "nn": "ordførar",
        "en": "mayor",
    },
    "role.deputy_mayor": {
        "nb": "varaordfører",
        "nn": "varaordførar",
        "en": "deputy mayor",
    },
    "role.executive": {
        "nb": "kommunedirektør/rådmann",
        "nn": "kommunedirektør/rådmann",
        "en": "chief municipal executive",
    },
    "role.head_of_services": {
        "nb": "kommunalsjef",
        "nn": "kommunalsjef",
        "en": "head of municipal services",
    },
    "role.slt": {
        "nb": "SLT-koordinator",
        "nn": "SLT-koordinator",
        "en": "SLT coordinator",
    },
    "role.police_chief": {
        "nb": "politimester",
        "nn": "politimeister",
        "en": "chief of police",
    },
    "role.station_chief": {
        "nb": "politistasjonssjef",
        "nn": "politistasjonssjef",
        "en": "head of police station",
    },
    "role.police_contact": {
        "nb": "politikontakt",
        "nn": "politikontakt",
        "en": "police liaison",
    },
    "role.prevention": {
        "nb": "forebyggingskoordinator",
        "nn": "førebyggingskoordinator",
        "en": "crime prevention coordinator",
    },
    "role.other": {
        "nb": "annen",
        "nn": "anna",
        "en": "other",
    },
    "setup.title": {
        "nb": "Oppsett av møtet",
        "nn": "Oppsett av møtet",
        "en": "Meeting setup",
    },
    "setup.intro": {
        "nb": "Forberedelse (veilederen 2.1). Kan endres senere med F2.",
        "nn": "Førebuing (rettleiaren 2.1). Kan endrast seinare med F2.",
        "en": "Preparation (guide 2.1). Change it later with F2.",
    },
    "setup.council": {
        "nb": "Politirådets navn",
        "nn": "Namn på politirådet",
        "en": "Council name",
    },
    "setup.council_hint": {
        "nb": "f.eks. Politirådet i Lillevik",
        "nn": "t.d. Politirådet i Lillevik",
        "en": "e.g. Politirådet i Lillevik",
    },
    "setup.municipalities": {
        "nb": "Kommune(r)",
        "nn": "Kommune(r)",
        "en": "Municipalities",
    },
    "setup.municipalities_hint": {
        "nb": "skill med komma",
        "nn": "skil med komma",
        "en": "separate with commas",
    },
    "setup.police_unit": {
        "nb": "Politienhet",
        "nn": "Politieining",
        "en": "Police unit",
    },
    "setup.police_unit_hint": {
        "nb": "politistasjon eller lensmannskontor",
        "nn": "politistasjon eller lensmannskontor",
        "en": "police station or unit",
    },
    "setup.date": {
        "nb": "Dato",
        "nn": "Dato",
        "en": "Date",
    },
    "setup.date_hint": {
        "nb": "2026-11-24",
        "nn": "2026-11-24",
        "en": "2026-11-24",
    },
    "setup.facilitator": {
        "nb": "Møteleder/fasilitator",
        "nn": "Møteleiar/fasilitator",
        "en": "Facilitator",
    },
    "setup.facilitator_hint": {
        "nb": "navn",
        "nn": "namn",
        "en": "name",
    },
    "setup.budget": {
        "nb": "Tidsramme (minutter)",
        "nn": "Tidsramme (minutt)",
        "en": "Time budget (minutes)",
    },
    "setup.budget_hint": {
        "nb": "120",
        "nn": "120",
        "en": "120",
    },
    "setup.meetings": {
        "nb": "Antall møter siste år",
        "nn": "Tal på møte siste år",
        "en": "Meetings in the past year",
    },
    "setup.meetings_hint": {
        "nb": "tomt = ukjent",
        "nn": "tomt = ukjent",
        "en": "blank = unknown",
    },
    "setup.district": {
        "nb": "Politidistrikt",
        "nn": "Politidistrikt",
        "en": "Police district",
    },
    "setup.district_hint": {
        "nb": "f.eks. Vest politidistrikt",
        "nn": "t.d. Vest politidistrikt",
        "en": "e.g. Vest politidistrikt",
    },
    "setup.place": {
        "nb": "Møtested",
        "nn": "Møtestad",
        "en": "Meeting place",
    },
    "setup.place_hint": {
        "nb": "f.eks. Rådhuset, formannskapssalen",
        "nn": "t.d. Rådhuset, formannskapssalen",
        "en": "e.g. the town hall",
    },
    "setup.time": {
        "nb": "Tid",
        "nn": "Tid",
        "en": "Time of day",
    },
    "setup.time_hint": {
        "nb": "f.eks. 09.00–11.00",
        "nn": "t.d. 09.00–11.00",
        "en": "e.g. 09.00–11.00",
    },
    "setup.referent": {
        "nb": "Referent",
        "nn": "Referent",
        "en": "Minutes taken by",
    },
    "setup.referent_hint": {
        "nb": "navn",
        "nn": "namn",
        "en": "name",
    },
    "setup.apologies": {
        "nb": "Forfall",
        "nn": "Forfall",
        "en": "Apologies",
    },
    "setup.apologies_hint": {
        "nb": "navn, skill med komma",
        "nn": "namn, skil med komma",
        "en": "names, separate with commas",
    },
    "setup.next_meeting": {
        "nb": "Neste møte",
        "nn": "Neste møte",
        "en": "Next meeting",
    },
    "setup.next_meeting_hint": {
        "nb": "tomt = ikke fastsatt",
        "nn": "tomt = ikkje fastsett",
        "en": "blank = not set",
    },
    "setup.bad_next_meeting": {
        "nb": "Ugyldig dato for neste møte «{value}»: skriv for eksempel 12.3, 12.03.2027 eller 2027-03-12, eller la feltet stå tomt.",
        "nn": "Ugyldig dato for neste møte «{value}»: skriv til dømes 12.3, 12.03.2027 eller 2027-03-12, eller la feltet stå tomt.",
        "en": "Invalid date for the next meeting «{value}»: write e.g. 12.3, 12.03.2027 or 2027-03-12, or leave it blank.",
    },
    "setup.agreement": {
        "nb": "Skriftlig samarbeidsavtale",
        "nn": "Skriftleg samarbeidsavtale",
        "en": "Written agreement",
    },
    "setup.agreement_unknown": {
        "nb": "Ikke oppgitt",
        "nn": "Ikkje oppgitt",
        "en": "Not stated",
    },
    "setup.agreement_yes": {
        "nb": "Ja",
        "nn": "Ja",
        "en": "Yes",
    },
    "setup.agreement_no": {
        "nb": "Nei",
        "nn": "Nei",
        "en": "No",
    },
    "setup.participants": {
        "nb": "Deltakere (a ny, e/Enter rediger, Delete fjern)",
        "nn": "Deltakarar (a ny, e/Enter rediger, Delete fjern)",
        "en": "Participants (a new, e/Enter edit, Delete remove)",
    },
    "setup.themes": {
        "nb": "Temaer det skal legges vekt på (a ny, e rediger, Delete slett, Shift+↑/↓ flytt)",
        "nn": "Tema det skal leggast vekt på (a ny, e rediger, Delete slett, Shift+↑/↓ flytt)",
        "en": "Themes to stress (a new, e edit, Delete remove, Shift+↑/↓ move)",
    },
    "setup.theme_add": {
        "nb": "Nytt tema",
        "nn": "Nytt tema",
        "en": "New theme",
    },
    "setup.theme_edit": {
        "nb": "Rediger tema {n}",
        "nn": "Rediger tema {n}",
        "en": "Edit theme {n}",
    },
    "setup.theme_empty": {
        "nb": "Ingen temaer ennå – trykk a",
        "nn": "Ingen tema enno – trykk a",
        "en": "No themes yet – press a",
    },
    "setup.save": {
        "nb": "Lagre (Ctrl+S)",
        "nn": "Lagre (Ctrl+S)",
        "en": "Save (Ctrl+S)",
    },
    "setup.cancel": {
        "nb": "Tilbake (Esc)",
        "nn": "Tilbake (Esc)",
        "en": "Back (Esc)",
    },
    "setup.keys": {
        "nb": "Tab/Enter neste felt · Ctrl+S lagre · Esc tilbake · F1 hjelp",
        "nn": "Tab/Enter neste felt · Ctrl+S lagre · Esc tilbake · F1 hjelp",
        "en": "Tab/Enter next field · Ctrl+S save · Esc back · F1 help",
    },
    "setup.bad_date": {
        "nb": "Ugyldig dato «{value}»: skriv for eksempel 12.3, 12.03.2027 eller 2027-03-12.",
        "nn": "Ugyldig dato «{value}»: skriv til dømes 12.3, 12.03.2027 eller 2027-03-12.",
        "en": "Invalid date «{value}»: write e.g. 12.3, 12.03.2027 or 2027-03-12.",
    },
    "setup.bad_budget": {
        "nb": "Tidsrammen «{value}» må være et helt antall minutter fra 1 til 1440.",
        "nn": "Tidsramma «{value}» må vere eit heilt tal minutt frå 1 til 1440.",
        "en": "The time budget «{value}» must be whole minutes from 1 to 1440.",
    },
    "setup.bad_meetings": {
        "nb": "Antall møter «{value}» må være et helt tall fra 0 til 365, eller tomt.",
        "nn": "Talet på møte «{value}» må vere eit heilt tal frå 0 til 365, eller tomt.",
        "en": "Meetings «{value}» must be a whole number from 0 to 365, or blank.",
    },
    "setup.saved": {
        "nb": "Oppsettet er lagret.",
        "nn": "Oppsettet er lagra.",
        "en": "Setup saved.",
    },
    "setup.discard": {
        "nb": "Forkaste endringene i oppsettet?",
        "nn": "Forkaste endringane i oppsettet?",
        "en": "Discard the changes to the setup?",
    },
    "setup.finish_first": {
        "nb": "Lagre oppsettet (Ctrl+S) eller gå tilbake (Esc) først.",
        "nn": "Lagre oppsettet (Ctrl+S) eller gå tilbake (Esc) først.",
        "en": "Save the setup (Ctrl+S) or go back (Esc) first.",
    },
    "person.add_title": {
        "nb": "Ny deltaker",
        "nn": "Ny deltakar",
        "en": "New participant",
    },
    "person.edit_title": {
        "nb": "Rediger deltaker",
        "nn": "Rediger deltakar",
        "en": "Edit participant",
    },
    "person.name": {
        "nb": "Navn",
        "nn": "Namn",
        "en": "Name",
    },
    "person.role": {
        "nb": "Rolle",
        "nn": "Rolle",
        "en": "Role",
    },
    "person.free_role": {
        "nb": "Egen rolle",
        "nn": "Eiga rolle",
        "en": "Own role",
    },
    "person.free_role_hint": {
        "nb": "fritekst, brukes i stedet for valget over",
        "nn": "fritekst, blir brukt i staden for valet over",
        "en": "free text, used instead of the choice above",
    },
    "person.side": {
        "nb": "Part",
        "nn": "Part",
        "en": "Side",
    },
    "person.represents": {
        "nb": "Representerer",
        "nn": "Representerer",
        "en": "Represents",
    },
    "person.represents_hint": {
        "nb": "kommunen eller politienheten, f.eks. Stryn",
        "nn": "kommunen eller politieininga, t.d. Stryn",
        "en": "the municipality or police unit, e.g. Stryn",
    },
    "person.need_name": {
        "nb": "Deltakeren må ha et navn.",
        "nn": "Deltakaren må ha eit namn.",
        "en": "The participant needs a name.",
    },
    "person.empty": {
        "nb": "Ingen deltakere ennå – trykk a",
        "nn": "Ingen deltakarar enno – trykk a",
        "en": "No participants yet – press a",
    },
    "person.confirm_delete": {
        "nb": "Fjerne {name} fra deltakerlisten?",
        "nn": "Fjerne {name} frå deltakarlista?",
        "en": "Remove {name} from the participants?",
    },
    "side.politi": {
        "nb": "politiet",
        "nn": "politiet",
        "en": "police",
    },
    "side.kommune": {
        "nb": "kommunen",
        "nn": "kommunen",
        "en": "municipality",
    },
    "side.annen": {
        "nb": "annen",
        "nn": "annan",
        "en": "other",
    },
    "pane.choice": {
        "nb": "Alle spørsmål",
        "nn": "Alle spørsmål",
        "en": "All questions",
    },
    "choice.title": {
        "nb": "Velg spørsmål",
        "nn": "Vel spørsmål",
        "en": "Choose questions",
    },
    "choice.intro": {
        "nb": "[x] tas med, [ ] utelates (skjules i møtet, blir i filen). ✎ = eget spørsmål.",
        "nn": "[x] er med, [ ] er utelate (skjult i møtet, blir i fila). ✎ = eige spørsmål.",
        "en": "[x] included, [ ] left out (hidden in the meeting, kept in the file). ✎ = own question.",
    },
    "choice.keys": {
        "nb": "Space med/uten · a nytt underspm. · n nytt hovedspm. · F1 taster · Esc",
        "nn": "Space med/utan · a nytt underspm. · n nytt hovudspm. · F1 tastar · Esc",
        "en": "Space in/out · a new sub-q. · n new main q. · F1 all keys · Esc back",
    },
    "choice.add_sub_title": {
        "nb": "Nytt eget underspørsmål under hovedspørsmål {main}",
        "nn": "Nytt eige underspørsmål under hovudspørsmål {main}",
        "en": "New own sub-question under main question {main}",
    },
    "choice.add_main_title": {
        "nb": "Nytt eget hovedspørsmål",
        "nn": "Nytt eige hovudspørsmål",
        "en": "New own main question",
    },
    "choice.edit_title": {
        "nb": "Rediger spørsmål {id}",
        "nn": "Rediger spørsmål {id}",
        "en": "Edit question {id}",
    },
    "choice.added": {
        "nb": "Spørsmål {id} er lagt til.",
        "nn": "Spørsmål {id} er lagt til.",
        "en": "Question {id} added.",
    },
    "choice.guide_fixed": {
        "nb": "Veilederens spørsmål kan ikke endres eller slettes, bare utelates (Space).",
        "nn": "Spørsmåla i rettleiaren kan ikkje endrast eller slettast, berre utelatast (Space).",
        "en": "The guide's questions cannot be edited or deleted, only left out (Space).",
    },
    "choice.confirm_delete": {
        "nb": "Slette eget spørsmål {id} «{text}»?",
        "nn": "Slette eige spørsmål {id} «{text}»?",
        "en": "Delete own question {id} «{text}»?",
    },
    "choice.blocked_note": {
        "nb": "Spørsmål {id} har et notat og slettes ikke. Utelat det (Space), eller tøm notatet først.",
        "nn": "Spørsmål {id} har eit notat og blir ikkje sletta. Utelat det (Space), eller tøm notatet først.",
        "en": "Question {id} has a note and is not deleted. Leave it out (Space), or empty the note first.",
    },
    "choice.blocked_actions": {
        "nb": "Tiltak viser til spørsmål {id}, så det slettes ikke. Utelat det (Space) i stedet.",
        "nn": "Tiltak viser til spørsmål {id}, så det blir ikkje sletta. Utelat det (Space) i staden.",
        "en": "Measures refer to question {id}, so it is not deleted. Leave it out (Space) instead.",
    },
    "choice.blocked_subs": {
        "nb": "Hovedspørsmål {id} har underspørsmål. Slett dem først.",
        "nn": "Hovudspørsmål {id} har underspørsmål. Slett dei først.",
        "en": "Main question {id} has sub-questions. Delete them first.",
    },
    "choice.blocked_guide": {
        "nb": "Veilederens spørsmål kan bare utelates (Space).",
        "nn": "Spørsmåla i rettleiaren kan berre utelatast (Space).",
        "en": "The guide's questions can only be left out (Space).",
    },
    "conclusions.title": {
        "nb": "Avslutning av møtet",
        "nn": "Avslutning av møtet",
        "en": "Concluding the meeting",
    },
    "conclusions.learning": {
        "nb": "Læringspunkter",
        "nn": "Læringspunkt",
        "en": "Learning points",
    },
    "conclusions.measures": {
        "nb": "Årets tiltak",
        "nn": "Årets tiltak",
        "en": "The year's measures",
    },
    "conclusions.expectations": {
        "nb": "Forventninger",
        "nn": "Forventningar",
        "en": "Expectations",
    },
    "conclusions.learning_intro": {
        "nb": "De fem viktigste læringspunktene, det viktigste først.",
        "nn": "Dei fem viktigaste læringspunkta, det viktigaste først.",
        "en": "The five most important learning points, the most important first.",
    },
    "conclusions.learning_add": {
        "nb": "Nytt læringspunkt",
        "nn": "Nytt læringspunkt",
        "en": "New learning point",
    },
    "conclusions.learning_edit": {
        "nb": "Rediger læringspunkt {n}",
        "nn": "Rediger læringspunkt {n}",
        "en": "Edit learning point {n}",
    },
    "conclusions.learning_empty": {
        "nb": "Ingen læringspunkter ennå – trykk a",
        "nn": "Ingen læringspunkt enno – trykk a",
        "en": "No learning points yet – press a",
    },
    "conclusions.expectation_add": {
        "nb": "Ny forventning",
        "nn": "Ny forventning",
        "en": "New expectation",
    },
    "conclusions.expectation_edit": {
        "nb": "Rediger forventning {n}",
        "nn": "Rediger forventning {n}",
        "en": "Edit expectation {n}",
    },
    "conclusions.expectation_empty": {
        "nb": "Ingen ennå – trykk a",
        "nn": "Ingen enno – trykk a",
        "en": "None yet – press a",
    },
    "conclusions.police_of_municipality": {
        "nb": "Politiet forventer av kommunen",
        "nn": "Politiet forventar av kommunen",
        "en": "The police expect of the municipality",
    },
    "conclusions.municipality_of_police": {
        "nb": "Kommunen forventer av politiet",
        "nn": "Kommunen forventar av politiet",
        "en": "The municipality expects of the police",
    },
    "conclusions.measures_count": {
        "nb": "★ {n} av {wanted} valgt – m eller Space velger, a legger til et nytt.",
        "nn": "★ {n} av {wanted} valde – m eller Space vel, a legg til eit nytt.",
        "en": "★ {n} of {wanted} chosen – m or Space chooses, a adds a new one.",
    },
    "conclusions.no_actions": {
        "nb": "Ingen tiltak ennå – trykk a for å legge til",
        "nn": "Ingen tiltak enno – trykk a for å legge til",
        "en": "No measures yet – press a to add one",
    },
    "conclusions.too_many": {
        "nb": "Veilederen ber om {wanted} – flere er valgt.",
        "nn": "Rettleiaren ber om {wanted} – fleire er valde.",
        "en": "The guide asks for {wanted} – more are chosen.",
    },
    "conclusions.too_many_points": {
        "nb": "Veilederen ber om de {wanted} viktigste læringspunktene.",
        "nn": "Rettleiaren ber om dei {wanted} viktigaste læringspunkta.",
        "en": "The guide asks for the {wanted} most important learning points.",
    },
    "conclusions.starred": {
        "nb": "{id} er ett av årets tiltak ({n} av {wanted}).",
        "nn": "{id} er eitt av årets tiltak ({n} av {wanted}).",
        "en": "{id} is one of the year's measures ({n} of {wanted}).",
    },
    "conclusions.unstarred": {
        "nb": "{id} er ikke lenger blant årets tiltak ({n} av {wanted}).",
        "nn": "{id} er ikkje lenger blant årets tiltak ({n} av {wanted}).",
        "en": "{id} is no longer one of the year's measures ({n} of {wanted}).",
    },
    "conclusions.keys": {
        "nb": "1 2 3 fane · a ny · e rediger · Delete slett · Shift+↑↓ flytt · m velg · Esc",
        "nn": "1 2 3 fane · a ny · e rediger · Delete slett · Shift+↑↓ flytt · m vel · Esc",
        "en": "1 2 3 tab · a new · e edit · Delete delete · Shift+↑↓ move · m choose · Esc",
    },
    "prep.written": {
        "nb": "Forberedelsesark skrevet: {file}",
        "nn": "Førebuingsarket er skrive: {file}",
        "en": "Preparation sheet written: {file}",
    },
    "prep.failed": {
        "nb": "Kunne ikke skrive forberedelsesarket: {reason}",
        "nn": "Kunne ikkje skrive førebuingsarket: {reason}",
        "en": "Could not write the preparation sheet: {reason}",
    },
    "prep.no_file": {
        "nb": "Egenevalueringen har ingen fil ennå; lagre den først.",
        "nn": "Eigenevalueringa har inga fil enno; lagre ho først.",
        "en": "The session has no file yet; save it first.",
    },
}
