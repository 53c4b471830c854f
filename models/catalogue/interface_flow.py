"""Interface strings of the meeting's flow (issue 14): what a shared screen masks,
capturing a measure from the note, the maximised pane and the key bar's pane keys.

Part of the catalogue politirad.models.catalogue.CATALOGUE.
"""

from __future__ import annotations

FLOW_STRINGS: dict[str, dict[str, str]] = {
    "key.reveal": {
        "nb": "Vis/skjul konfidensielle notater",
        "nn": "Vis/skjul konfidensielle notat",
        "en": "Show/hide confidential notes",
    },
    "note.masked": {
        "nb": "🔒 Konfidensielt notat – skjult på skjermen. Ctrl+R viser det.",
        "nn": "🔒 Konfidensielt notat – skjult på skjermen. Ctrl+R viser det.",
        "en": "🔒 Confidential note – hidden on screen. Ctrl+R shows it.",
    },
    "last_year.masked": {
        "nb": "🔒 Konfidensielt i fjor – skjult. Ctrl+R viser det.",
        "nn": "🔒 Konfidensielt i fjor – skjult. Ctrl+R viser det.",
        "en": "🔒 Confidential last year – hidden. Ctrl+R shows it.",
    },
    "hit.masked": {
        "nb": "(konfidensielt, ikke vist)",
        "nn": "(konfidensielt, ikkje vist)",
        "en": "(confidential, not shown)",
    },
    "notice.revealed": {
        "nb": "Konfidensielle notater vises nå på skjermen. Ctrl+R skjuler dem igjen.",
        "nn": "Konfidensielle notat er no synlege på skjermen. Ctrl+R skjuler dei igjen.",
        "en": "Confidential notes are now shown on screen. Ctrl+R hides them again.",
    },
    "notice.masked": {
        "nb": "Konfidensielle notater er skjult på skjermen.",
        "nn": "Konfidensielle notat er skjulte på skjermen.",
        "en": "Confidential notes are hidden on screen.",
    },
    "key.measure_from_note": {
        "nb": "Tiltak fra notatlinjen",
        "nn": "Tiltak frå notatlinja",
        "en": "Measure from the note line",
    },
    "bar.measure_from_note": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Measure",
    },
    "form.responsible_pick": {
        "nb": "Ansvarlig (velg blant deltakerne eller skriv)",
        "nn": "Ansvarleg (vel blant deltakarane eller skriv)",
        "en": "Responsible (pick a participant or type)",
    },
    "form.nobody": {
        "nb": "(ingen valgt)",
        "nn": "(ingen valt)",
        "en": "(nobody picked)",
    },
    "form.deadline_hint": {
        "nb": "Frist (31.3, 31.03.2027 eller 2027-03-31)",
        "nn": "Frist (31.3, 31.03.2027 eller 2027-03-31)",
        "en": "Deadline (31.3, 31.03.2027 or 2027-03-31)",
    },
    "form.person": {
        "nb": "Deltaker",
        "nn": "Deltakar",
        "en": "Participant",
    },
    "form.who": {
        "nb": "Ansvarlig",
        "nn": "Ansvarleg",
        "en": "Responsible",
    },
    "form.when": {
        "nb": "Frist",
        "nn": "Frist",
        "en": "Deadline",
    },
    "form.from_question": {
        "nb": "Spørsmål",
        "nn": "Spørsmål",
        "en": "Question",
    },
    "form.text": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Measure",
    },
    "form.more": {
        "nb": "Beskrivelse",
        "nn": "Skildring",
        "en": "Details",
    },
    "form.party": {
        "nb": "Part",
        "nn": "Part",
        "en": "Party",
    },
    "form.bad_deadline": {
        "nb": "Fristen «{value}» er ikke en dato: skriv f.eks. 31.3, 31.03.2027 eller 2027-03-31.",
        "nn": "Fristen «{value}» er ikkje ein dato: skriv t.d. 31.3, 31.03.2027 eller 2027-03-31.",
        "en": "The deadline «{value}» is not a date: type e.g. 31.3, 31.03.2027 or 2027-03-31.",
    },
    "status.ikke_startet": {
        "nb": "ikke startet",
        "nn": "ikkje starta",
        "en": "not started",
    },
    "status.pagar": {
        "nb": "pågår",
        "nn": "pågår",
        "en": "in progress",
    },
    "status.fullfort": {
        "nb": "fullført",
        "nn": "fullført",
        "en": "done",
    },
    "status.avbrutt": {
        "nb": "avbrutt",
        "nn": "avbrote",
        "en": "stopped",
    },
    "party.politi": {
        "nb": "politi",
        "nn": "politi",
        "en": "police",
    },
    "party.kommune": {
        "nb": "kommune",
        "nn": "kommune",
        "en": "municipality",
    },
    "party.felles": {
        "nb": "felles",
        "nn": "felles",
        "en": "joint",
    },
    "party.annen": {
        "nb": "annen",
        "nn": "annan",
        "en": "other",
    },
    "conclusions.measures_over": {
        "nb": "★ {n} valgt – veilederen anbefaler {wanted}. m eller Space velger, a legger til et nytt.",
        "nn": "★ {n} valde – rettleiaren tilrår {wanted}. m eller Space vel, a legg til eit nytt.",
        "en": "★ {n} chosen – the guide recommends {wanted}. m or Space chooses, a adds a new one.",
    },
    "browser.how_to_quit": {
        "nb": "q eller Ctrl+Q avslutter.",
        "nn": "q eller Ctrl+Q avsluttar.",
        "en": "q or Ctrl+Q quits.",
    },
    "key.leave_search": {
        "nb": "Avslutt søket",
        "nn": "Avslutt søket",
        "en": "Leave the search",
    },
    "key.status_back": {
        "nb": "Forrige status",
        "nn": "Førre status",
        "en": "Previous status",
    },
    "key.maximize": {
        "nb": "Forstørr ruten / tilbake",
        "nn": "Forstørr ruta / tilbake",
        "en": "Maximise the pane / restore",
    },
    "bar.maximize": {
        "nb": "Forstørr",
        "nn": "Forstørr",
        "en": "Maximise",
    },
    "bar.scorecard": {
        "nb": "Kriterier",
        "nn": "Kriteria",
        "en": "Criteria",
    },
    "bar.compare_last": {
        "nb": "I fjor",
        "nn": "I fjor",
        "en": "Last year",
    },
    "bar.time_allocation": {
        "nb": "Tid",
        "nn": "Tid",
        "en": "Time",
    },
    "bar.export_prep": {
        "nb": "Ark",
        "nn": "Ark",
        "en": "Sheet",
    },
    "bar.add": {
        "nb": "Nytt",
        "nn": "Nytt",
        "en": "New",
    },
    "bar.edit": {
        "nb": "Rediger",
        "nn": "Rediger",
        "en": "Edit",
    },
    "bar.status": {
        "nb": "Status",
        "nn": "Status",
        "en": "Status",
    },
    "bar.year_measure": {
        "nb": "★",
        "nn": "★",
        "en": "★",
    },
    "bar.open_note": {
        "nb": "Skriv",
        "nn": "Skriv",
        "en": "Write",
    },
    "bar.back_tree": {
        "nb": "Treet",
        "nn": "Treet",
        "en": "Tree",
    },
    "bar.confidential": {
        "nb": "Konfidensielt",
        "nn": "Konfidensielt",
        "en": "Confidential",
    },
    "bar.delete": {
        "nb": "Slett",
        "nn": "Slett",
        "en": "Delete",
    },
}
