"""Interface strings of the meeting's flow (issue 14): what a shared screen masks,
capturing a measure from the note, the maximised pane and the key bar's pane keys.

Part of the catalogue politirad.tui.strings.STRINGS.
"""

from __future__ import annotations

FLOW_STRINGS: dict[str, dict[str, str]] = {
    # confidential notes on a shared screen
    "key.reveal": {"nb": "Vis/skjul konfidensielle notater", "en": "Show/hide confidential notes"},
    "note.masked": {
        "nb": "🔒 Konfidensielt notat – skjult på skjermen. Ctrl+R viser det.",
        "en": "🔒 Confidential note – hidden on screen. Ctrl+R shows it.",
    },
    "last_year.masked": {
        "nb": "🔒 Konfidensielt i fjor – skjult. Ctrl+R viser det.",
        "en": "🔒 Confidential last year – hidden. Ctrl+R shows it.",
    },
    "hit.masked": {"nb": "(konfidensielt, ikke vist)", "en": "(confidential, not shown)"},
    "notice.revealed": {
        "nb": "Konfidensielle notater vises nå på skjermen. Ctrl+R skjuler dem igjen.",
        "en": "Confidential notes are now shown on screen. Ctrl+R hides them again.",
    },
    "notice.masked": {
        "nb": "Konfidensielle notater er skjult på skjermen.",
        "en": "Confidential notes are hidden on screen.",
    },
    # capture a measure from the note
    "key.measure_from_note": {"nb": "Tiltak fra notatlinjen", "en": "Measure from the note line"},
    "bar.measure_from_note": {"nb": "Tiltak", "en": "Measure"},
    "form.responsible_pick": {
        "nb": "Ansvarlig (velg blant deltakerne eller skriv)",
        "en": "Responsible (pick a participant or type)",
    },
    "form.nobody": {"nb": "(ingen valgt)", "en": "(nobody picked)"},
    "form.deadline_hint": {
        "nb": "Frist (31.3, 31.03.2027 eller 2027-03-31)",
        "en": "Deadline (31.3, 31.03.2027 or 2027-03-31)",
    },
    "col.overdue": {"nb": "⚠ forfalt", "en": "⚠ overdue"},
    "form.person": {"nb": "Deltaker", "en": "Participant"},
    "form.who": {"nb": "Ansvarlig", "en": "Responsible"},
    "form.when": {"nb": "Frist", "en": "Deadline"},
    "form.from_question": {"nb": "Spørsmål", "en": "Question"},
    "form.text": {"nb": "Tiltak", "en": "Measure"},
    "form.more": {"nb": "Beskrivelse", "en": "Details"},
    "form.party": {"nb": "Part", "en": "Party"},
    "form.bad_deadline": {
        "nb": "Fristen «{value}» er ikke en dato: skriv f.eks. 31.3, 31.03.2027 eller 2027-03-31.",
        "en": "The deadline «{value}» is not a date: type e.g. 31.3, 31.03.2027 or 2027-03-31.",
    },
    # statuses and parties in the interface language (the file keeps the Norwegian words)
    "status.ikke_startet": {"nb": "ikke startet", "en": "not started"},
    "status.pagar": {"nb": "pågår", "en": "in progress"},
    "status.fullfort": {"nb": "fullført", "en": "done"},
    "status.avbrutt": {"nb": "avbrutt", "en": "stopped"},
    "party.politi": {"nb": "politi", "en": "police"},
    "party.kommune": {"nb": "kommune", "en": "municipality"},
    "party.felles": {"nb": "felles", "en": "joint"},
    "party.annen": {"nb": "annen", "en": "other"},
    "conclusions.measures_over": {
        "nb": "★ {n} valgt – veilederen anbefaler {wanted}. m eller Space velger, a legger til et nytt.",
        "en": "★ {n} chosen – the guide recommends {wanted}. m or Space chooses, a adds a new one.",
    },
    "browser.how_to_quit": {"nb": "q eller Ctrl+Q avslutter.", "en": "q or Ctrl+Q quits."},
    "key.leave_search": {"nb": "Avslutt søket", "en": "Leave the search"},
    "key.status_back": {"nb": "Forrige status", "en": "Previous status"},
    # maximise, key bar
    "key.maximize": {"nb": "Forstørr ruten / tilbake", "en": "Maximise the pane / restore"},
    "bar.maximize": {"nb": "Forstørr", "en": "Maximise"},
    "bar.scorecard": {"nb": "Kriterier", "en": "Criteria"},
    "bar.compare_last": {"nb": "I fjor", "en": "Last year"},
    "bar.time_allocation": {"nb": "Tid", "en": "Time"},
    "bar.export_prep": {"nb": "Ark", "en": "Sheet"},
    "bar.add": {"nb": "Nytt", "en": "New"},
    "bar.edit": {"nb": "Rediger", "en": "Edit"},
    "bar.status": {"nb": "Status", "en": "Status"},
    "bar.year_measure": {"nb": "★", "en": "★"},
    "bar.open_note": {"nb": "Skriv", "en": "Write"},
    "bar.back_tree": {"nb": "Treet", "en": "Tree"},
    "bar.confidential": {"nb": "Konfidensielt", "en": "Confidential"},
    "bar.delete": {"nb": "Slett", "en": "Delete"},
}
