"""The catalogue of interface strings: key -> {"nb": ..., "en": ...}.

Kept as data in one place so a translator edits one file and a test can check that
every key has both languages.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # header and status
    "app.title": {"nb": "politirad – egenevaluering", "en": "politirad – self-evaluation"},
    "header.unnamed": {"nb": "Politiråd uten navn", "en": "Unnamed council"},
    "header.saved": {"nb": "lagret {time}", "en": "saved {time}"},
    "header.unsaved": {"nb": "● ikke lagret", "en": "● unsaved"},
    "header.save_failed": {"nb": "⚠ lagring feilet", "en": "⚠ save failed"},
    "header.read_only": {"nb": "skrivebeskyttet", "en": "read-only"},
    "header.new": {"nb": "ny", "en": "new"},
    # panes
    "pane.tree": {"nb": "Spørsmål", "en": "Questions"},
    "pane.note": {"nb": "Notat", "en": "Note"},
    "pane.actions": {"nb": "Tiltak", "en": "Action items"},
    "note.pick": {
        "nb": "Velg et underspørsmål i treet (Enter), eller Ctrl+G og et id som 4.4.",
        "en": "Pick a sub-question in the tree (Enter), or Ctrl+G and an id such as 4.4.",
    },
    "note.main": {
        "nb": "Hovedspørsmål {id}: velg et underspørsmål for å skrive notat.",
        "en": "Main question {id}: pick a sub-question to write a note.",
    },
    "note.confidential": {"nb": "🔒 konfidensielt", "en": "🔒 confidential"},
    "note.left_out": {"nb": "(utelatt)", "en": "(left out)"},
    # action table
    "col.id": {"nb": "Id", "en": "Id"},
    "col.title": {"nb": "Tiltak", "en": "Measure"},
    "col.responsible": {"nb": "Ansvar", "en": "Responsible"},
    "col.deadline": {"nb": "Frist", "en": "Deadline"},
    "col.status": {"nb": "Status", "en": "Status"},
    "col.question": {"nb": "Spm.", "en": "Q."},
    # action form
    "form.add_title": {"nb": "Nytt tiltak", "en": "New action item"},
    "form.edit_title": {"nb": "Rediger tiltak {id}", "en": "Edit action item {id}"},
    "form.title": {"nb": "Tiltak", "en": "Measure"},
    "form.details": {"nb": "Beskrivelse", "en": "Details"},
    "form.side": {"nb": "Ansvarlig part", "en": "Responsible party"},
    "form.responsible": {"nb": "Ansvarlig person eller rolle", "en": "Responsible person or role"},
    "form.deadline": {"nb": "Frist (ÅÅÅÅ-MM-DD)", "en": "Deadline (YYYY-MM-DD)"},
    "form.status": {"nb": "Status", "en": "Status"},
    "form.question": {"nb": "Fra spørsmål (id)", "en": "From question (id)"},
    "form.year_measure": {"nb": "Ett av årets fem tiltak", "en": "One of the year's five measures"},
    "form.save": {"nb": "Lagre (Ctrl+S)", "en": "Save (Ctrl+S)"},
    "form.cancel": {"nb": "Avbryt (Esc)", "en": "Cancel (Esc)"},
    "form.need_title": {"nb": "Tiltaket må ha en tittel.", "en": "The measure needs a title."},
    "form.bad_date": {
        "nb": "Ugyldig frist «{value}»: bruk ÅÅÅÅ-MM-DD.",
        "en": "Invalid deadline «{value}»: use YYYY-MM-DD.",
    },
    "form.bad_question": {
        "nb": "Ukjent spørsmål «{value}».",
        "en": "Unknown question «{value}».",
    },
    # go to
    "goto.prompt": {"nb": "Gå til spørsmål (f.eks. 4.4):", "en": "Go to question (e.g. 4.4):"},
    "goto.unknown": {"nb": "Fant ikke spørsmål «{value}».", "en": "No question «{value}»."},
    "goto.left_out": {
        "nb": "Spørsmål {value} er utelatt i denne økten.",
        "en": "Question {value} is left out in this session.",
    },
    # notices
    "notice.saved": {"nb": "Lagret til {file}", "en": "Saved to {file}"},
    "notice.save_failed": {
        "nb": "Kunne ikke lagre: {reason}. Økten er i minnet; prøver igjen.",
        "en": "Could not save: {reason}. The session is in memory; retrying.",
    },
    "notice.read_only": {
        "nb": "Økten er skrivebeskyttet her: endringen ble ikke gjort.",
        "en": "The session is read-only here: nothing was changed.",
    },
    "notice.no_action": {"nb": "Ingen tiltak er valgt.", "en": "No action item selected."},
    "notice.status": {"nb": "{id}: {status}", "en": "{id}: {status}"},
    "notice.removed": {"nb": "Tiltak {id} er slettet.", "en": "Action item {id} deleted."},
    "notice.quit_unsaved": {
        "nb": "Kunne ikke lagre. Trykk Ctrl+Q igjen for å avslutte likevel.",
        "en": "Could not save. Press Ctrl+Q again to quit anyway.",
    },
    "confirm.delete": {"nb": "Slette tiltak {id} «{title}»?", "en": "Delete action item {id} «{title}»?"},
    "confirm.yes": {"nb": "Ja", "en": "Yes"},
    "confirm.recover": {
        "nb": "Vil du hente inn det ulagrede arbeidet?",
        "en": "Do you want to recover the unsaved work?",
    },
    "confirm.recover_yes": {"nb": "Hent inn (j)", "en": "Recover (y)"},
    "confirm.recover_no": {"nb": "Forkast (n)", "en": "Discard (n)"},
    "notice.recovered": {
        "nb": "Det ulagrede arbeidet er hentet inn og lagret.",
        "en": "The unsaved work was recovered and saved.",
    },
    "confirm.no": {"nb": "Nei", "en": "No"},
    # bindings (footer and help)
    "key.save": {"nb": "Lagre", "en": "Save"},
    "key.quit": {"nb": "Lagre og avslutt", "en": "Save and quit"},
    "key.help": {"nb": "Hjelp", "en": "Help"},
    "key.goto": {"nb": "Gå til spørsmål", "en": "Go to question"},
    "key.next_pane": {"nb": "Neste rute", "en": "Next pane"},
    "key.prev_pane": {"nb": "Forrige rute", "en": "Previous pane"},
    "key.add": {"nb": "Nytt tiltak", "en": "New item"},
    "key.edit": {"nb": "Rediger tiltak", "en": "Edit item"},
    "key.status": {"nb": "Neste status", "en": "Next status"},
    "key.delete": {"nb": "Slett tiltak", "en": "Delete item"},
    "key.open_note": {"nb": "Skriv notat", "en": "Write note"},
    "key.toggle": {"nb": "Åpne/lukk", "en": "Expand/collapse"},
    "key.confidential": {"nb": "Konfidensielt av/på", "en": "Confidential on/off"},
    "key.back_tree": {"nb": "Tilbake til treet", "en": "Back to the tree"},
    # help
    "help.title": {"nb": "Taster – {pane}", "en": "Keys – {pane}"},
    "help.global": {"nb": "Overalt", "en": "Everywhere"},
    "help.close": {"nb": "Esc eller F1 lukker", "en": "Esc or F1 closes"},
    "help.arrows": {"nb": "Piltaster: flytt", "en": "Arrows: move"},
    "help.meeting": {"nb": "Møtet", "en": "The meeting"},
    "help.fields": {"nb": "Neste/forrige felt", "en": "Next/previous field"},
    "help.tabs": {"nb": "Bytt fane", "en": "Switch tab"},
    # meeting clock, time allocation, palette, language (issue 3: timebox and chrome)
    "key.palette": {"nb": "Kommandopalett: alle handlinger", "en": "Command palette: every action"},
    "key.clock": {"nb": "Start/pause møteklokka", "en": "Start/pause the meeting clock"},
    "key.clock_start": {"nb": "Start møteklokka", "en": "Start the meeting clock"},
    "key.clock_pause": {"nb": "Pause møteklokka", "en": "Pause the meeting clock"},
    "key.time_allocation": {"nb": "Tid per hovedspørsmål", "en": "Time per main question"},
    "key.language": {"nb": "Bytt språk til engelsk (English)", "en": "Switch language to Norwegian (norsk)"},
    "bar.help": {"nb": "Hjelp", "en": "Help"},
    "bar.palette": {"nb": "Kommandoer", "en": "Commands"},
    "bar.setup": {"nb": "Oppsett", "en": "Setup"},
    "bar.questions": {"nb": "Spørsmål", "en": "Questions"},
    "bar.conclusions": {"nb": "Konklusjoner", "en": "Conclusions"},
    "bar.clock": {"nb": "Klokke", "en": "Clock"},
    "bar.goto": {"nb": "Gå til", "en": "Go to"},
    "bar.quit": {"nb": "Avslutt", "en": "Quit"},
    "clock.running": {"nb": "▶ Går", "en": "▶ On"},
    "clock.paused": {"nb": "‖ Pause", "en": "‖ Paused"},
    "clock.meeting": {
        "nb": "Møtet {elapsed}/{budget}, igjen {remaining}",
        "en": "Meeting {elapsed}/{budget}, {remaining} left",
    },
    "clock.meeting_over": {
        "nb": "Møtet {elapsed}/{budget}, {over} over",
        "en": "Meeting {elapsed}/{budget}, {over} over",
    },
    "clock.main": {"nb": "Spm. {id} {spent}/{allotted}", "en": "Q. {id} {spent}/{allotted}"},
    "clock.main_free": {"nb": "Spm. {id} {spent}", "en": "Q. {id} {spent}"},
    "clock.over": {"nb": "⚠ {over} over", "en": "⚠ {over} over"},
    "notice.main_over": {
        "nb": "Hovedspørsmål {id} har brukt sine {minutes} minutter.",
        "en": "Main question {id} has used its {minutes} minutes.",
    },
    "notice.clock_started": {"nb": "Møteklokka går.", "en": "The meeting clock is running."},
    "notice.clock_paused": {"nb": "Møteklokka står.", "en": "The meeting clock is paused."},
    "notice.allocation_saved": {"nb": "Tidsfordelingen er lagret.", "en": "Time allocation saved."},
    "notice.language": {"nb": "Språk: norsk (bokmål).", "en": "Language: English."},
    "notice.settings_failed": {
        "nb": "Kunne ikke lagre innstillingen: {reason}",
        "en": "Could not save the setting: {reason}",
    },
    "alloc.title": {"nb": "Tid per hovedspørsmål (minutter)", "en": "Time per main question (minutes)"},
    "alloc.hint": {
        "nb": "Tomt felt: deler det som er igjen av tiden likt.",
        "en": "Blank field: shares what is left of the time evenly.",
    },
    "alloc.sum": {"nb": "Sum {total} av {budget} minutter", "en": "Total {total} of {budget} minutes"},
    "alloc.over_budget": {"nb": "mer enn tidsrammen", "en": "more than the time budget"},
    "alloc.keys": {"nb": "Ctrl+S lagrer, Esc avbryter", "en": "Ctrl+S saves, Esc cancels"},
    "alloc.bad": {"nb": "Minutter må være hele tall, 0 eller mer.", "en": "Minutes must be whole numbers, 0 or more."},
    "palette.placeholder": {"nb": "Søk etter en handling …", "en": "Search for an action …"},
    "palette.switch_language": {"nb": "Lagres til neste gang", "en": "Kept for next time"},
}

from tui.year_strings import YEAR_STRINGS  # noqa: E402 - merged after the core catalogue

STRINGS.update(YEAR_STRINGS)

from tui.meeting_strings import MEETING_STRINGS  # noqa: E402 - setup, questions, conclusions

STRINGS.update(MEETING_STRINGS)

from tui.ssh.strings import SSH_STRINGS  # noqa: E402 - sharing over SSH (issue 6)

STRINGS.update(SSH_STRINGS)
