"""Interface strings of the meeting's content: setup, choice of questions, conclusions.

Part of the catalogue politirad.tui.strings.STRINGS, so the one catalogue still holds every string the
app shows and the both-languages check covers these too.
"""

from __future__ import annotations

MEETING_STRINGS: dict[str, dict[str, str]] = {
    # keys (help, palette)
    "key.setup": {"nb": "Oppsett av møtet", "en": "Meeting setup"},
    "key.questions": {"nb": "Velg spørsmål", "en": "Choose questions"},
    "key.conclusions": {
        "nb": "Læringspunkter, årets tiltak og forventninger",
        "en": "Learning points, the year's measures and expectations",
    },
    "key.export_prep": {"nb": "Lag forberedelsesark", "en": "Write the preparation sheet"},
    "key.year_measure": {"nb": "Årets tiltak av/på (★)", "en": "Year's measure on/off (★)"},
    "key.add_year_measure": {"nb": "Nytt tiltak blant årets fem", "en": "New measure among the year's five"},
    "key.back": {"nb": "Tilbake til møtet", "en": "Back to the meeting"},
    "key.setup_save": {"nb": "Lagre oppsettet", "en": "Save the setup"},
    "key.list_add": {"nb": "Legg til", "en": "Add"},
    "key.list_edit": {"nb": "Rediger", "en": "Edit"},
    "key.list_delete": {"nb": "Slett", "en": "Delete"},
    "key.list_up": {"nb": "Flytt opp", "en": "Move up"},
    "key.list_down": {"nb": "Flytt ned", "en": "Move down"},
    "key.person_add": {"nb": "Ny deltaker", "en": "New participant"},
    "key.person_edit": {"nb": "Rediger deltaker", "en": "Edit participant"},
    "key.person_delete": {"nb": "Fjern deltaker", "en": "Remove participant"},
    "key.choice_toggle": {"nb": "Ta med / utelat", "en": "Include / leave out"},
    "key.choice_add_sub": {"nb": "Nytt eget underspørsmål", "en": "New own sub-question"},
    "key.choice_add_main": {"nb": "Nytt eget hovedspørsmål", "en": "New own main question"},
    "key.choice_edit": {"nb": "Rediger eget spørsmål", "en": "Edit own question"},
    "key.choice_delete": {"nb": "Slett eget spørsmål", "en": "Delete own question"},
    "key.choice_up": {"nb": "Flytt eget spørsmål opp", "en": "Move own question up"},
    "key.choice_down": {"nb": "Flytt eget spørsmål ned", "en": "Move own question down"},
    "key.tab_learning": {"nb": "Fane: læringspunkter", "en": "Tab: learning points"},
    "key.tab_measures": {"nb": "Fane: årets tiltak", "en": "Tab: the year's measures"},
    "key.tab_expectations": {"nb": "Fane: forventninger", "en": "Tab: expectations"},
    "palette.setup": {
        "nb": "Politiråd, deltakere, dato, tidsramme, tema",
        "en": "Council, participants, date, time budget, themes",
    },
    "palette.questions": {
        "nb": "Utelat spørsmål eller legg til egne",
        "en": "Leave questions out or add your own",
    },
    "palette.conclusions": {
        "nb": "De fem læringspunktene, årets fem tiltak, forventninger",
        "en": "The five learning points, the year's five measures, expectations",
    },
    "palette.export_prep": {
        "nb": "Tekstfil ved siden av øktfilen, til deltakerne før møtet",
        "en": "Text file beside the session file, for participants before the meeting",
    },
    "prompt.hint": {"nb": "Enter lagrer · Esc avbryter", "en": "Enter saves · Esc cancels"},
    "list.confirm_delete": {"nb": "Slette «{text}»?", "en": "Delete «{text}»?"},
    # setup
    "setup.title": {"nb": "Oppsett av møtet", "en": "Meeting setup"},
    "setup.intro": {
        "nb": "Forberedelse (veilederen 2.1). Kan endres senere med F2.",
        "en": "Preparation (guide 2.1). Change it later with F2.",
    },
    "setup.council": {"nb": "Politirådets navn", "en": "Council name"},
    "setup.council_hint": {"nb": "f.eks. Politirådet i Lillevik", "en": "e.g. Politirådet i Lillevik"},
    "setup.municipalities": {"nb": "Kommune(r)", "en": "Municipalities"},
    "setup.municipalities_hint": {"nb": "skill med komma", "en": "separate with commas"},
    "setup.police_unit": {"nb": "Politienhet", "en": "Police unit"},
    "setup.police_unit_hint": {"nb": "politistasjon eller lensmannskontor", "en": "police station or unit"},
    "setup.date": {"nb": "Dato (ÅÅÅÅ-MM-DD)", "en": "Date (YYYY-MM-DD)"},
    "setup.date_hint": {"nb": "2026-11-24", "en": "2026-11-24"},
    "setup.facilitator": {"nb": "Møteleder/fasilitator", "en": "Facilitator"},
    "setup.facilitator_hint": {"nb": "navn", "en": "name"},
    "setup.budget": {"nb": "Tidsramme (minutter)", "en": "Time budget (minutes)"},
    "setup.budget_hint": {"nb": "120", "en": "120"},
    "setup.meetings": {"nb": "Antall møter siste år", "en": "Meetings in the past year"},
    "setup.meetings_hint": {"nb": "tomt = ukjent", "en": "blank = unknown"},
    "setup.district": {"nb": "Politidistrikt", "en": "Police district"},
    "setup.district_hint": {"nb": "f.eks. Vest politidistrikt", "en": "e.g. Vest politidistrikt"},
    "setup.place": {"nb": "Møtested", "en": "Meeting place"},
    "setup.place_hint": {"nb": "f.eks. Rådhuset, formannskapssalen", "en": "e.g. the town hall"},
    "setup.time": {"nb": "Tid", "en": "Time of day"},
    "setup.time_hint": {"nb": "f.eks. 09.00–11.00", "en": "e.g. 09.00–11.00"},
    "setup.referent": {"nb": "Referent", "en": "Minutes taken by"},
    "setup.referent_hint": {"nb": "navn", "en": "name"},
    "setup.apologies": {"nb": "Forfall", "en": "Apologies"},
    "setup.apologies_hint": {"nb": "navn, skill med komma", "en": "names, separate with commas"},
    "setup.next_meeting": {"nb": "Neste møte (ÅÅÅÅ-MM-DD)", "en": "Next meeting (YYYY-MM-DD)"},
    "setup.next_meeting_hint": {"nb": "tomt = ikke fastsatt", "en": "blank = not set"},
    "setup.bad_next_meeting": {
        "nb": "Ugyldig dato for neste møte «{value}»: bruk ÅÅÅÅ-MM-DD eller la feltet stå tomt.",
        "en": "Invalid date for the next meeting «{value}»: use YYYY-MM-DD or leave it blank.",
    },
    "setup.agreement": {"nb": "Skriftlig samarbeidsavtale", "en": "Written agreement"},
    "setup.agreement_unknown": {"nb": "Ikke oppgitt", "en": "Not stated"},
    "setup.agreement_yes": {"nb": "Ja", "en": "Yes"},
    "setup.agreement_no": {"nb": "Nei", "en": "No"},
    "setup.participants": {
        "nb": "Deltakere (a ny, e/Enter rediger, Delete fjern)",
        "en": "Participants (a new, e/Enter edit, Delete remove)",
    },
    "setup.themes": {
        "nb": "Temaer det skal legges vekt på (a ny, e rediger, Delete slett, Shift+↑/↓ flytt)",
        "en": "Themes to stress (a new, e edit, Delete remove, Shift+↑/↓ move)",
    },
    "setup.theme_add": {"nb": "Nytt tema", "en": "New theme"},
    "setup.theme_edit": {"nb": "Rediger tema {n}", "en": "Edit theme {n}"},
    "setup.theme_empty": {"nb": "Ingen temaer ennå – trykk a", "en": "No themes yet – press a"},
    "setup.save": {"nb": "Lagre (Ctrl+S)", "en": "Save (Ctrl+S)"},
    "setup.cancel": {"nb": "Tilbake (Esc)", "en": "Back (Esc)"},
    "setup.keys": {
        "nb": "Tab/Enter neste felt · Ctrl+S lagre · Esc tilbake · F1 hjelp",
        "en": "Tab/Enter next field · Ctrl+S save · Esc back · F1 help",
    },
    "setup.bad_date": {
        "nb": "Ugyldig dato «{value}»: bruk ÅÅÅÅ-MM-DD.",
        "en": "Invalid date «{value}»: use YYYY-MM-DD.",
    },
    "setup.bad_budget": {
        "nb": "Tidsrammen «{value}» må være et helt antall minutter fra 1 til 1440.",
        "en": "The time budget «{value}» must be whole minutes from 1 to 1440.",
    },
    "setup.bad_meetings": {
        "nb": "Antall møter «{value}» må være et helt tall fra 0 til 365, eller tomt.",
        "en": "Meetings «{value}» must be a whole number from 0 to 365, or blank.",
    },
    "setup.saved": {"nb": "Oppsettet er lagret.", "en": "Setup saved."},
    "setup.discard": {"nb": "Forkaste endringene i oppsettet?", "en": "Discard the changes to the setup?"},
    "setup.finish_first": {
        "nb": "Lagre oppsettet (Ctrl+S) eller gå tilbake (Esc) først.",
        "en": "Save the setup (Ctrl+S) or go back (Esc) first.",
    },
    "person.add_title": {"nb": "Ny deltaker", "en": "New participant"},
    "person.edit_title": {"nb": "Rediger deltaker", "en": "Edit participant"},
    "person.name": {"nb": "Navn", "en": "Name"},
    "person.role": {"nb": "Rolle", "en": "Role"},
    "person.free_role": {"nb": "Egen rolle", "en": "Own role"},
    "person.free_role_hint": {
        "nb": "fritekst, brukes i stedet for valget over",
        "en": "free text, used instead of the choice above",
    },
    "person.side": {"nb": "Part", "en": "Side"},
    "person.represents": {"nb": "Representerer", "en": "Represents"},
    "person.represents_hint": {
        "nb": "kommunen eller politienheten, f.eks. Stryn",
        "en": "the municipality or police unit, e.g. Stryn",
    },
    "person.need_name": {"nb": "Deltakeren må ha et navn.", "en": "The participant needs a name."},
    "person.empty": {"nb": "Ingen deltakere ennå – trykk a", "en": "No participants yet – press a"},
    "person.confirm_delete": {"nb": "Fjerne {name} fra deltakerlisten?", "en": "Remove {name} from the participants?"},
    "side.politi": {"nb": "politiet", "en": "police"},
    "side.kommune": {"nb": "kommunen", "en": "municipality"},
    "side.annen": {"nb": "annen", "en": "other"},
    # choice of questions
    "pane.choice": {"nb": "Alle spørsmål", "en": "All questions"},
    "choice.title": {"nb": "Velg spørsmål", "en": "Choose questions"},
    "choice.intro": {
        "nb": "[x] tas med, [ ] utelates (skjules i møtet, blir i filen). ✎ = eget spørsmål.",
        "en": "[x] included, [ ] left out (hidden in the meeting, kept in the file). ✎ = own question.",
    },
    "choice.keys": {
        "nb": "Space med/uten · a nytt underspm. · n nytt hovedspm. · F1 taster · Esc",
        "en": "Space in/out · a new sub-q. · n new main q. · F1 all keys · Esc back",
    },
    "choice.add_sub_title": {
        "nb": "Nytt eget underspørsmål under hovedspørsmål {main}",
        "en": "New own sub-question under main question {main}",
    },
    "choice.add_main_title": {"nb": "Nytt eget hovedspørsmål", "en": "New own main question"},
    "choice.edit_title": {"nb": "Rediger spørsmål {id}", "en": "Edit question {id}"},
    "choice.added": {"nb": "Spørsmål {id} er lagt til.", "en": "Question {id} added."},
    "choice.guide_fixed": {
        "nb": "Veilederens spørsmål kan ikke endres eller slettes, bare utelates (Space).",
        "en": "The guide's questions cannot be edited or deleted, only left out (Space).",
    },
    "choice.confirm_delete": {"nb": "Slette eget spørsmål {id} «{text}»?", "en": "Delete own question {id} «{text}»?"},
    "choice.blocked_note": {
        "nb": "Spørsmål {id} har et notat og slettes ikke. Utelat det (Space), eller tøm notatet først.",
        "en": "Question {id} has a note and is not deleted. Leave it out (Space), or empty the note first.",
    },
    "choice.blocked_actions": {
        "nb": "Tiltak viser til spørsmål {id}, så det slettes ikke. Utelat det (Space) i stedet.",
        "en": "Measures refer to question {id}, so it is not deleted. Leave it out (Space) instead.",
    },
    "choice.blocked_subs": {
        "nb": "Hovedspørsmål {id} har underspørsmål. Slett dem først.",
        "en": "Main question {id} has sub-questions. Delete them first.",
    },
    "choice.blocked_guide": {
        "nb": "Veilederens spørsmål kan bare utelates (Space).",
        "en": "The guide's questions can only be left out (Space).",
    },
    # conclusions
    "conclusions.title": {"nb": "Avslutning av møtet", "en": "Concluding the meeting"},
    "conclusions.learning": {"nb": "Læringspunkter", "en": "Learning points"},
    "conclusions.measures": {"nb": "Årets tiltak", "en": "The year's measures"},
    "conclusions.expectations": {"nb": "Forventninger", "en": "Expectations"},
    "conclusions.learning_intro": {
        "nb": "De fem viktigste læringspunktene, det viktigste først.",
        "en": "The five most important learning points, the most important first.",
    },
    "conclusions.learning_add": {"nb": "Nytt læringspunkt", "en": "New learning point"},
    "conclusions.learning_edit": {"nb": "Rediger læringspunkt {n}", "en": "Edit learning point {n}"},
    "conclusions.learning_empty": {
        "nb": "Ingen læringspunkter ennå – trykk a",
        "en": "No learning points yet – press a",
    },
    "conclusions.expectation_add": {"nb": "Ny forventning", "en": "New expectation"},
    "conclusions.expectation_edit": {"nb": "Rediger forventning {n}", "en": "Edit expectation {n}"},
    "conclusions.expectation_empty": {"nb": "Ingen ennå – trykk a", "en": "None yet – press a"},
    "conclusions.police_of_municipality": {
        "nb": "Politiet forventer av kommunen",
        "en": "The police expect of the municipality",
    },
    "conclusions.municipality_of_police": {
        "nb": "Kommunen forventer av politiet",
        "en": "The municipality expects of the police",
    },
    "conclusions.measures_count": {
        "nb": "★ {n} av {wanted} valgt – m eller Space velger, a legger til et nytt.",
        "en": "★ {n} of {wanted} chosen – m or Space chooses, a adds a new one.",
    },
    "conclusions.no_actions": {
        "nb": "Ingen tiltak ennå – trykk a for å legge til",
        "en": "No measures yet – press a to add one",
    },
    "conclusions.too_many": {
        "nb": "Veilederen ber om {wanted} – flere er valgt.",
        "en": "The guide asks for {wanted} – more are chosen.",
    },
    "conclusions.too_many_points": {
        "nb": "Veilederen ber om de {wanted} viktigste læringspunktene.",
        "en": "The guide asks for the {wanted} most important learning points.",
    },
    "conclusions.starred": {
        "nb": "{id} er ett av årets tiltak ({n} av {wanted}).",
        "en": "{id} is one of the year's measures ({n} of {wanted}).",
    },
    "conclusions.unstarred": {
        "nb": "{id} er ikke lenger blant årets tiltak ({n} av {wanted}).",
        "en": "{id} is no longer one of the year's measures ({n} of {wanted}).",
    },
    "conclusions.keys": {
        "nb": "1 2 3 fane · a ny · e rediger · Delete slett · Shift+↑↓ flytt · m velg · Esc",
        "en": "1 2 3 tab · a new · e edit · Delete delete · Shift+↑↓ move · m choose · Esc",
    },
    # preparation sheet
    "prep.written": {"nb": "Forberedelsesark skrevet: {file}", "en": "Preparation sheet written: {file}"},
    "prep.failed": {"nb": "Kunne ikke skrive forberedelsesarket: {reason}", "en": "Could not write the preparation sheet: {reason}"},
    "prep.no_file": {
        "nb": "Økten har ingen fil ennå; lagre den først.",
        "en": "The session has no file yet; save it first.",
    },
}
