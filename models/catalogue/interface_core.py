"""Interface strings of the meeting screen, its dialogs, help, clock and palette."""

from __future__ import annotations

CORE_STRINGS: dict[str, dict[str, str]] = {
    "app.title": {
        "nb": "politirad – egenevaluering",
        "nn": "politirad – eigenevaluering",
        "en": "politirad – self-evaluation",
    },
    "header.unnamed": {
        "nb": "Politiråd uten navn",
        "nn": "Politiråd utan namn",
        "en": "Unnamed council",
    },
    "header.saved": {
        "nb": "lagret {time}",
        "nn": "lagra {time}",
        "en": "saved {time}",
    },
    "header.unsaved": {
        "nb": "● ikke lagret",
        "nn": "● ikkje lagra",
        "en": "● unsaved",
    },
    "header.save_failed": {
        "nb": "⚠ lagring feilet",
        "nn": "⚠ lagring feila",
        "en": "⚠ save failed",
    },
    "header.read_only": {
        "nb": "skrivebeskyttet",
        "nn": "skriveverna",
        "en": "read-only",
    },
    "header.new": {
        "nb": "ny",
        "nn": "ny",
        "en": "new",
    },
    "pane.tree": {
        "nb": "Spørsmål",
        "nn": "Spørsmål",
        "en": "Questions",
    },
    "pane.note": {
        "nb": "Notat",
        "nn": "Notat",
        "en": "Note",
    },
    "pane.actions": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Measures",
    },
    "note.pick": {
        "nb": "Velg et underspørsmål i treet (Enter), eller Ctrl+G og et id som 4.4.",
        "nn": "Vel eit underspørsmål i treet (Enter), eller Ctrl+G og ein id som 4.4.",
        "en": "Pick a sub-question in the tree (Enter), or Ctrl+G and an id such as 4.4.",
    },
    "note.main": {
        "nb": "Hovedspørsmål {id}: velg et underspørsmål for å skrive notat.",
        "nn": "Hovudspørsmål {id}: vel eit underspørsmål for å skrive notat.",
        "en": "Main question {id}: pick a sub-question to write a note.",
    },
    "note.confidential": {
        "nb": "🔒 konfidensielt",
        "nn": "🔒 konfidensielt",
        "en": "🔒 confidential",
    },
    "note.left_out": {
        "nb": "(utelatt)",
        "nn": "(utelate)",
        "en": "(left out)",
    },
    "col.id": {
        "nb": "Id",
        "nn": "Id",
        "en": "Id",
    },
    "col.title": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Measure",
    },
    "col.responsible": {
        "nb": "Ansvar",
        "nn": "Ansvar",
        "en": "Responsible",
    },
    "col.deadline": {
        "nb": "Frist",
        "nn": "Frist",
        "en": "Deadline",
    },
    "col.status": {
        "nb": "Status",
        "nn": "Status",
        "en": "Status",
    },
    "col.question": {
        "nb": "Spm.",
        "nn": "Spm.",
        "en": "Q.",
    },
    "form.add_title": {
        "nb": "Nytt tiltak",
        "nn": "Nytt tiltak",
        "en": "New measure",
    },
    "form.edit_title": {
        "nb": "Rediger tiltak {id}",
        "nn": "Rediger tiltak {id}",
        "en": "Edit measure {id}",
    },
    "form.title": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Measure",
    },
    "form.details": {
        "nb": "Beskrivelse",
        "nn": "Skildring",
        "en": "Details",
    },
    "form.side": {
        "nb": "Ansvarlig part",
        "nn": "Ansvarleg part",
        "en": "Responsible party",
    },
    "form.responsible": {
        "nb": "Ansvarlig person eller rolle",
        "nn": "Ansvarleg person eller rolle",
        "en": "Responsible person or role",
    },
    "form.status": {
        "nb": "Status",
        "nn": "Status",
        "en": "Status",
    },
    "form.question": {
        "nb": "Fra spørsmål (id)",
        "nn": "Frå spørsmål (id)",
        "en": "From question (id)",
    },
    "form.year_measure": {
        "nb": "Ett av årets fem tiltak",
        "nn": "Eitt av årets fem tiltak",
        "en": "One of the year's five measures",
    },
    "form.save": {
        "nb": "Lagre (Ctrl+S)",
        "nn": "Lagre (Ctrl+S)",
        "en": "Save (Ctrl+S)",
    },
    "form.cancel": {
        "nb": "Avbryt (Esc)",
        "nn": "Avbryt (Esc)",
        "en": "Cancel (Esc)",
    },
    "form.need_title": {
        "nb": "Tiltaket må ha en tittel.",
        "nn": "Tiltaket må ha ein tittel.",
        "en": "The measure needs a title.",
    },
    "form.bad_question": {
        "nb": "Ukjent spørsmål «{value}».",
        "nn": "Ukjent spørsmål «{value}».",
        "en": "Unknown question «{value}».",
    },
    "goto.prompt": {
        "nb": "Gå til spørsmål (f.eks. 4.4):",
        "nn": "Gå til spørsmål (t.d. 4.4):",
        "en": "Go to question (e.g. 4.4):",
    },
    "goto.unknown": {
        "nb": "Fant ikke spørsmål «{value}».",
        "nn": "Fann ikkje spørsmål «{value}».",
        "en": "No question «{value}».",
    },
    "goto.left_out": {
        "nb": "Spørsmål {value} er utelatt i denne egenevalueringen.",
        "nn": "Spørsmål {value} er utelate i denne eigenevalueringa.",
        "en": "Question {value} is left out in this session.",
    },
    "notice.saved": {
        "nb": "Lagret til {file}",
        "nn": "Lagra til {file}",
        "en": "Saved to {file}",
    },
    "notice.save_failed": {
        "nb": "Kunne ikke lagre: {reason}. Ingenting er tapt, det ligger i minnet; prøver igjen.",
        "nn": "Kunne ikkje lagre: {reason}. Ingenting er tapt, det ligg i minnet; prøver igjen.",
        "en": "Could not save: {reason}. The session is in memory; retrying.",
    },
    "notice.read_only": {
        "nb": "Egenevalueringen er åpnet skrivebeskyttet: endringen ble ikke gjort.",
        "nn": "Eigenevalueringa er opna skriveverna: endringa vart ikkje gjord.",
        "en": "The session is read-only here: nothing was changed.",
    },
    "notice.no_action": {
        "nb": "Ingen tiltak er valgt.",
        "nn": "Ingen tiltak er valt.",
        "en": "No measure selected.",
    },
    "notice.status": {
        "nb": "{id}: {status}",
        "nn": "{id}: {status}",
        "en": "{id}: {status}",
    },
    "notice.removed": {
        "nb": "Tiltak {id} er slettet.",
        "nn": "Tiltak {id} er sletta.",
        "en": "Measure {id} deleted.",
    },
    "notice.quit_unsaved": {
        "nb": "Kunne ikke lagre. Trykk Ctrl+Q igjen for å avslutte likevel.",
        "nn": "Kunne ikkje lagre. Trykk Ctrl+Q igjen for å avslutte likevel.",
        "en": "Could not save. Press Ctrl+Q again to quit anyway.",
    },
    "confirm.delete": {
        "nb": "Slette tiltak {id} «{title}»?",
        "nn": "Slette tiltak {id} «{title}»?",
        "en": "Delete measure {id} «{title}»?",
    },
    "confirm.yes": {
        "nb": "Ja",
        "nn": "Ja",
        "en": "Yes",
    },
    "confirm.recover": {
        "nb": "Vil du hente inn det ulagrede arbeidet?",
        "nn": "Vil du hente inn det ulagra arbeidet?",
        "en": "Do you want to recover the unsaved work?",
    },
    "confirm.recover_yes": {
        "nb": "Hent inn (j)",
        "nn": "Hent inn (j)",
        "en": "Recover (y)",
    },
    "confirm.recover_no": {
        "nb": "Forkast (n)",
        "nn": "Forkast (n)",
        "en": "Discard (n)",
    },
    "notice.recovered": {
        "nb": "Det ulagrede arbeidet er hentet inn og lagret.",
        "nn": "Det ulagra arbeidet er henta inn og lagra.",
        "en": "The unsaved work was recovered and saved.",
    },
    "confirm.no": {
        "nb": "Nei",
        "nn": "Nei",
        "en": "No",
    },
    "key.save": {
        "nb": "Lagre",
        "nn": "Lagre",
        "en": "Save",
    },
    "key.quit": {
        "nb": "Lagre og avslutt",
        "nn": "Lagre og avslutt",
        "en": "Save and quit",
    },
    "key.help": {
        "nb": "Hjelp",
        "nn": "Hjelp",
        "en": "Help",
    },
    "key.goto": {
        "nb": "Gå til spørsmål",
        "nn": "Gå til spørsmål",
        "en": "Go to question",
    },
    "key.next_pane": {
        "nb": "Neste rute",
        "nn": "Neste rute",
        "en": "Next pane",
    },
    "key.prev_pane": {
        "nb": "Forrige rute",
        "nn": "Førre rute",
        "en": "Previous pane",
    },
    "key.add": {
        "nb": "Nytt tiltak",
        "nn": "Nytt tiltak",
        "en": "New measure",
    },
    "key.edit": {
        "nb": "Rediger tiltak",
        "nn": "Rediger tiltak",
        "en": "Edit measure",
    },
    "key.status": {
        "nb": "Neste status",
        "nn": "Neste status",
        "en": "Next status",
    },
    "key.delete": {
        "nb": "Slett tiltak",
        "nn": "Slett tiltak",
        "en": "Delete measure",
    },
    "key.open_note": {
        "nb": "Skriv notat",
        "nn": "Skriv notat",
        "en": "Write note",
    },
    "key.toggle": {
        "nb": "Åpne/lukk",
        "nn": "Opne/lukk",
        "en": "Expand/collapse",
    },
    "key.confidential": {
        "nb": "Konfidensielt av/på",
        "nn": "Konfidensielt av/på",
        "en": "Confidential on/off",
    },
    "key.back_tree": {
        "nb": "Tilbake til treet",
        "nn": "Tilbake til treet",
        "en": "Back to the tree",
    },
    "help.title": {
        "nb": "Taster – {pane}",
        "nn": "Tastar – {pane}",
        "en": "Keys – {pane}",
    },
    "help.global": {
        "nb": "Overalt",
        "nn": "Overalt",
        "en": "Everywhere",
    },
    "help.close": {
        "nb": "Esc eller F1 lukker",
        "nn": "Esc eller F1 lukkar",
        "en": "Esc or F1 closes",
    },
    "help.arrows": {
        "nb": "Piltaster: flytt",
        "nn": "Piltastar: flytt",
        "en": "Arrows: move",
    },
    "help.meeting": {
        "nb": "Møtet",
        "nn": "Møtet",
        "en": "The meeting",
    },
    "help.fields": {
        "nb": "Neste/forrige felt",
        "nn": "Neste/førre felt",
        "en": "Next/previous field",
    },
    "help.tabs": {
        "nb": "Bytt fane",
        "nn": "Byt fane",
        "en": "Switch tab",
    },
    "key.palette": {
        "nb": "Kommandopalett: alle handlinger",
        "nn": "Kommandopalett: alle handlingar",
        "en": "Command palette: every action",
    },
    "key.clock": {
        "nb": "Start/pause møteklokka",
        "nn": "Start/pause møteklokka",
        "en": "Start/pause the meeting clock",
    },
    "key.clock_start": {
        "nb": "Start møteklokka",
        "nn": "Start møteklokka",
        "en": "Start the meeting clock",
    },
    "key.clock_pause": {
        "nb": "Pause møteklokka",
        "nn": "Pause møteklokka",
        "en": "Pause the meeting clock",
    },
    "key.time_allocation": {
        "nb": "Tid per hovedspørsmål",
        "nn": "Tid per hovudspørsmål",
        "en": "Time per main question",
    },
    "key.language_nb": {
        "nb": "Bytt språk til bokmål",
        "nn": "Byt språk til bokmål",
        "en": "Switch language to Norwegian Bokmål (bokmål)",
    },
    "key.language_nn": {
        "nb": "Bytt språk til nynorsk",
        "nn": "Byt språk til nynorsk",
        "en": "Switch language to Norwegian Nynorsk (nynorsk)",
    },
    "key.language_en": {
        "nb": "Bytt språk til engelsk (English)",
        "nn": "Byt språk til engelsk (English)",
        "en": "Switch language to English",
    },
    "bar.help": {
        "nb": "Hjelp",
        "nn": "Hjelp",
        "en": "Help",
    },
    "bar.palette": {
        "nb": "Kommandoer",
        "nn": "Kommandoar",
        "en": "Commands",
    },
    "bar.setup": {
        "nb": "Oppsett",
        "nn": "Oppsett",
        "en": "Setup",
    },
    "bar.questions": {
        "nb": "Spørsmål",
        "nn": "Spørsmål",
        "en": "Questions",
    },
    "bar.conclusions": {
        "nb": "Konklusjoner",
        "nn": "Konklusjonar",
        "en": "Conclusions",
    },
    "bar.clock": {
        "nb": "Klokke",
        "nn": "Klokke",
        "en": "Clock",
    },
    "bar.goto": {
        "nb": "Gå til",
        "nn": "Gå til",
        "en": "Go to",
    },
    "bar.quit": {
        "nb": "Avslutt",
        "nn": "Avslutt",
        "en": "Quit",
    },
    "clock.running": {
        "nb": "▶ Går",
        "nn": "▶ Går",
        "en": "▶ On",
    },
    "clock.paused": {
        "nb": "‖ Pause",
        "nn": "‖ Pause",
        "en": "‖ Paused",
    },
    "clock.meeting": {
        "nb": "Møtet {elapsed}/{budget}, igjen {remaining}",
        "nn": "Møtet {elapsed}/{budget}, att {remaining}",
        "en": "Meeting {elapsed}/{budget}, {remaining} left",
    },
    "clock.meeting_over": {
        "nb": "Møtet {elapsed}/{budget}, {over} over",
        "nn": "Møtet {elapsed}/{budget}, {over} over",
        "en": "Meeting {elapsed}/{budget}, {over} over",
    },
    "clock.main": {
        "nb": "Spm. {id} {spent}/{allotted}",
        "nn": "Spm. {id} {spent}/{allotted}",
        "en": "Q. {id} {spent}/{allotted}",
    },
    "clock.main_free": {
        "nb": "Spm. {id} {spent}",
        "nn": "Spm. {id} {spent}",
        "en": "Q. {id} {spent}",
    },
    "clock.over": {
        "nb": "⚠ {over} over",
        "nn": "⚠ {over} over",
        "en": "⚠ {over} over",
    },
    "notice.main_over": {
        "nb": "Hovedspørsmål {id} har brukt sine {minutes} minutter.",
        "nn": "Hovudspørsmål {id} har brukt dei {minutes} minutta sine.",
        "en": "Main question {id} has used its {minutes} minutes.",
    },
    "notice.clock_started": {
        "nb": "Møteklokka går.",
        "nn": "Møteklokka går.",
        "en": "The meeting clock is running.",
    },
    "notice.clock_paused": {
        "nb": "Møteklokka står.",
        "nn": "Møteklokka står.",
        "en": "The meeting clock is paused.",
    },
    "notice.allocation_saved": {
        "nb": "Tidsfordelingen er lagret.",
        "nn": "Tidsfordelinga er lagra.",
        "en": "Time allocation saved.",
    },
    "notice.language": {
        "nb": "Språk: norsk (bokmål).",
        "nn": "Språk: nynorsk.",
        "en": "Language: English.",
    },
    "notice.settings_failed": {
        "nb": "Kunne ikke lagre innstillingen: {reason}",
        "nn": "Kunne ikkje lagre innstillinga: {reason}",
        "en": "Could not save the setting: {reason}",
    },
    "alloc.title": {
        "nb": "Tid per hovedspørsmål (minutter)",
        "nn": "Tid per hovudspørsmål (minutt)",
        "en": "Time per main question (minutes)",
    },
    "alloc.hint": {
        "nb": "Tomt felt: deler det som er igjen av tiden likt.",
        "nn": "Tomt felt: resten av tida blir delt likt.",
        "en": "Blank field: shares what is left of the time evenly.",
    },
    "alloc.sum": {
        "nb": "Sum {total} av {budget} minutter",
        "nn": "Sum {total} av {budget} minutt",
        "en": "Total {total} of {budget} minutes",
    },
    "alloc.over_budget": {
        "nb": "mer enn tidsrammen",
        "nn": "meir enn tidsramma",
        "en": "more than the time budget",
    },
    "alloc.keys": {
        "nb": "Ctrl+S lagrer, Esc avbryter",
        "nn": "Ctrl+S lagrar, Esc avbryt",
        "en": "Ctrl+S saves, Esc cancels",
    },
    "alloc.bad": {
        "nb": "Minutter må være hele tall, 0 eller mer.",
        "nn": "Minutt må vere heile tal, 0 eller meir.",
        "en": "Minutes must be whole numbers, 0 or more.",
    },
    "palette.placeholder": {
        "nb": "Søk etter en handling …",
        "nn": "Søk etter ei handling …",
        "en": "Search for an action …",
    },
    "palette.language_nb": {
        "nb": "Lagres til neste gang",
        "nn": "Blir lagra til neste gong",
        "en": "Kept for next time",
    },
    "palette.language_nn": {
        "nb": "Lagres til neste gang",
        "nn": "Blir lagra til neste gong",
        "en": "Kept for next time",
    },
    "palette.language_en": {
        "nb": "Lagres til neste gang",
        "nn": "Blir lagra til neste gong",
        "en": "Kept for next time",
    },
}
