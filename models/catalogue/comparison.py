"""Words of `politirad compare` / F7 (two years side by side) and of `search` and
`hints` on the command line."""

from __future__ import annotations

COMPARISON_STRINGS: dict[str, dict[str, str]] = {
    "comparison.title": {
        "nb": "Sammenligning",
        "nn": "Samanlikning",
        "en": "Comparison",
    },
    "comparison.versus": {
        "nb": "{old} mot {new}",
        "nn": "{old} mot {new}",
        "en": "{old} against {new}",
    },
    "comparison.questions": {
        "nb": "Spørsmål",
        "nn": "Spørsmål",
        "en": "Questions",
    },
    "comparison.no_questions": {
        "nb": "Ingen notater i noen av årene.",
        "nn": "Ingen notat i nokon av åra.",
        "en": "No notes in either year.",
    },
    "comparison.added": {
        "nb": "Nytt svar i år.",
        "nn": "Nytt svar i år.",
        "en": "New answer this year.",
    },
    "comparison.removed": {
        "nb": "Besvart i fjor, ikke i år.",
        "nn": "Svara i fjor, ikkje i år.",
        "en": "Answered last year, not this year.",
    },
    "comparison.changed": {
        "nb": "Endret.",
        "nn": "Endra.",
        "en": "Changed.",
    },
    "comparison.same": {
        "nb": "Uendret",
        "nn": "Uendra",
        "en": "Unchanged",
    },
    "comparison.then": {
        "nb": "Før ({date})",
        "nn": "Før ({date})",
        "en": "Then ({date})",
    },
    "comparison.now": {
        "nb": "Nå ({date})",
        "nn": "No ({date})",
        "en": "Now ({date})",
    },
    "comparison.confidential": {
        "nb": "[konfidensielt]",
        "nn": "[konfidensielt]",
        "en": "[confidential]",
    },
    "comparison.withheld": {
        "nb": "(konfidensielt notat, ikke vist)",
        "nn": "(konfidensielt notat, ikkje vist)",
        "en": "(confidential note, not shown)",
    },
    "comparison.withheld_one": {
        "nb": "1 konfidensielt notat er ikke tatt med.",
        "nn": "1 konfidensielt notat er ikkje teke med.",
        "en": "1 confidential note is not included.",
    },
    "comparison.withheld_many": {
        "nb": "{n} konfidensielle notater er ikke tatt med.",
        "nn": "{n} konfidensielle notat er ikkje tekne med.",
        "en": "{n} confidential notes are not included.",
    },
    "comparison.measures": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Measures",
    },
    "comparison.opened": {
        "nb": "Nye tiltak",
        "nn": "Nye tiltak",
        "en": "New measures",
    },
    "comparison.closed": {
        "nb": "Avsluttet siden sist",
        "nn": "Avslutta sidan sist",
        "en": "Closed since last time",
    },
    "comparison.still_open": {
        "nb": "Fortsatt åpne",
        "nn": "Framleis opne",
        "en": "Still open",
    },
    "comparison.dropped": {
        "nb": "Åpne før, ikke med i år",
        "nn": "Opne før, ikkje med i år",
        "en": "Open before, not in this year's session",
    },
    "comparison.no_measures": {
        "nb": "Ingen tiltak i noen av årene.",
        "nn": "Ingen tiltak i nokon av åra.",
        "en": "No measures in either year.",
    },
    "comparison.learning": {
        "nb": "Læringspunkter",
        "nn": "Læringspunkt",
        "en": "Learning points",
    },
    "comparison.none": {
        "nb": "(ingen)",
        "nn": "(ingen)",
        "en": "(none)",
    },
    "comparison.criteria": {
        "nb": "Suksesskriterier (1–5)",
        "nn": "Suksesskriteria (1–5)",
        "en": "Success criteria (1–5)",
    },
    "comparison.not_rated": {
        "nb": "-",
        "nn": "-",
        "en": "-",
    },
    "search.kind.note": {
        "nb": "notat",
        "nn": "notat",
        "en": "note",
    },
    "search.kind.measure": {
        "nb": "tiltak",
        "nn": "tiltak",
        "en": "measure",
    },
    "search.kind.learning": {
        "nb": "læringspunkt",
        "nn": "læringspunkt",
        "en": "learning point",
    },
    "search.no_hits": {
        "nb": "Ingen treff på «{q}» i {folder}",
        "nn": "Ingen treff på «{q}» i {folder}",
        "en": "No hits for '{q}' in {folder}",
    },
    "search.confidential": {
        "nb": "[konfidensielt]",
        "nn": "[konfidensielt]",
        "en": "[confidential]",
    },
    "hints.none": {
        "nb": "Ingen merknader: dataene i egenevalueringen peker ikke på noe i veilederens suksesskriterier.",
        "nn": "Ingen merknader: dataa i eigenevalueringa peikar ikkje på noko i suksesskriteria i rettleiaren.",
        "en": "No hints: the session's data points at nothing in the guide's success criteria.",
    },
}
