"""Words of `politirad show` (the whole session as text) and `politirad scorecard`."""

from __future__ import annotations

TEXT_COMMAND_STRINGS: dict[str, dict[str, str]] = {
    "overview.title": {
        "nb": "Egenevaluering",
        "nn": "Eigenevaluering",
        "en": "Self-evaluation",
    },
    "overview.date": {
        "nb": "Dato",
        "nn": "Dato",
        "en": "Date",
    },
    "overview.facilitator": {
        "nb": "Fasilitator",
        "nn": "Fasilitator",
        "en": "Facilitator",
    },
    "overview.participants": {
        "nb": "Deltakere",
        "nn": "Deltakarar",
        "en": "Participants",
    },
    "overview.questions": {
        "nb": "Spørsmål og svar",
        "nn": "Spørsmål og svar",
        "en": "Questions and answers",
    },
    "overview.no_note": {
        "nb": "(ikke besvart)",
        "nn": "(ikkje svara)",
        "en": "(not answered)",
    },
    "overview.left_out": {
        "nb": "(utelatt)",
        "nn": "(utelate)",
        "en": "(left out)",
    },
    "overview.actions": {
        "nb": "Tiltak",
        "nn": "Tiltak",
        "en": "Action items",
    },
    "overview.no_actions": {
        "nb": "Ingen tiltak registrert.",
        "nn": "Ingen tiltak er registrerte.",
        "en": "No action items recorded.",
    },
    "overview.responsible": {
        "nb": "Ansvar",
        "nn": "Ansvar",
        "en": "Responsible",
    },
    "overview.deadline": {
        "nb": "Frist",
        "nn": "Frist",
        "en": "Deadline",
    },
    "overview.status": {
        "nb": "Status",
        "nn": "Status",
        "en": "Status",
    },
    "overview.from": {
        "nb": "Fra spørsmål",
        "nn": "Frå spørsmål",
        "en": "From question",
    },
    "overview.confidential": {
        "nb": "[konfidensielt]",
        "nn": "[konfidensielt]",
        "en": "[confidential]",
    },
    "overview.learning": {
        "nb": "Læringspunkter",
        "nn": "Læringspunkt",
        "en": "Learning points",
    },
    "scorecard_text.title": {
        "nb": "Suksesskriterier",
        "nn": "Suksesskriteria",
        "en": "Success criteria",
    },
    "scorecard_text.not_rated": {
        "nb": "ikke vurdert",
        "nn": "ikkje vurdert",
        "en": "not rated",
    },
    "scorecard_text.pitfalls": {
        "nb": "Fallgruver (veilederen 3.5)",
        "nn": "Fallgruver (rettleiaren 3.5)",
        "en": "Pitfalls (guide 3.5)",
    },
    "scorecard_text.scale": {
        "nb": "Skala 1–5 (5 er best). Kilde: veilederen 3.5 (Rambøll 2014).",
        "nn": "Skala 1–5 (5 er best). Kjelde: rettleiaren 3.5 (Rambøll 2014).",
        "en": "Scale 1–5 (5 is best). Source: guide 3.5 (Rambøll 2014).",
    },
}
