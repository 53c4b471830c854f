"""What is wrong with a value in a session file, said so a person can mend it.

`sessions/storage/validation.py` turns pydantic's first error into
`error.field` ("field a.b[0].c: …") with one of the `invalid.*` problems; the words
say what to write, since "120" for 120 is the usual slip in a hand-edited file.
`{found}` is one of the `found.*` kinds, in the words of TOML. `{detail}` is the
model's or pydantic's own text, for the problems politirad has no words of its own for.
"""

from __future__ import annotations

VALIDATION_STRINGS: dict[str, dict[str, str]] = {
    "error.field": {
        "nb": "felt {where}: {problem}",
        "nn": "felt {where}: {problem}",
        "en": "field {where}: {problem}",
    },
    "error.field.more.one": {
        "nb": "{text} (og 1 problem til)",
        "nn": "{text} (og 1 problem til)",
        "en": "{text} (and 1 more problem)",
    },
    "error.field.more.many": {
        "nb": "{text} (og {n} problemer til)",
        "nn": "{text} (og {n} problem til)",
        "en": "{text} (and {n} more problems)",
    },
    "invalid.extra_forbidden": {
        "nb": "ukjent felt (politirad kjenner det ikke; sjekk stavemåten)",
        "nn": "ukjent felt (politirad kjenner det ikkje; sjekk stavemåten)",
        "en": "unknown field (politirad does not know it; check the spelling)",
    },
    "invalid.missing": {
        "nb": "mangler (påkrevd)",
        "nn": "manglar (påkravd)",
        "en": "missing (required)",
    },
    "invalid.int_type": {
        "nb": "må være et heltall, for eksempel 120, uten anførselstegn (fant {found})",
        "nn": "må vere eit heiltal, til dømes 120, utan hermeteikn (fann {found})",
        "en": "must be a whole number such as 120, without quotes (found {found})",
    },
    "invalid.bool_type": {
        "nb": "må være true eller false, uten anførselstegn (fant {found})",
        "nn": "må vere true eller false, utan hermeteikn (fann {found})",
        "en": "must be true or false, without quotes (found {found})",
    },
    "invalid.date_type": {
        "nb": "må være en dato skrevet ÅÅÅÅ-MM-DD uten anførselstegn, for eksempel 2026-03-14 (fant {found})",
        "nn": "må vere ein dato skriven ÅÅÅÅ-MM-DD utan hermeteikn, til dømes 2026-03-14 (fann {found})",
        "en": "must be a date written YYYY-MM-DD without quotes, e.g. 2026-03-14 (found {found})",
    },
    "invalid.string_type": {
        "nb": "må være tekst i anførselstegn (fant {found})",
        "nn": "må vere tekst i hermeteikn (fann {found})",
        "en": "must be text in quotes (found {found})",
    },
    "invalid.float_type": {
        "nb": "må være et tall (fant {found})",
        "nn": "må vere eit tal (fann {found})",
        "en": "must be a number (found {found})",
    },
    "invalid.list_type": {
        "nb": "må være en liste i hakeparenteser, [ … ] (fant {found})",
        "nn": "må vere ei liste i hakeparentesar, [ … ] (fann {found})",
        "en": "must be a list in square brackets, [ … ] (found {found})",
    },
    "invalid.table_type": {
        "nb": "må være en tabell, [navn] eller {{ … }} (fant {found})",
        "nn": "må vere ein tabell, [namn] eller {{ … }} (fann {found})",
        "en": "must be a table, [name] or {{ … }} (found {found})",
    },
    "invalid.int_parsing": {
        "nb": "må være et heltall, for eksempel 120",
        "nn": "må vere eit heiltal, til dømes 120",
        "en": "must be a whole number such as 120",
    },
    "invalid.bool_parsing": {
        "nb": "må være true eller false",
        "nn": "må vere true eller false",
        "en": "must be true or false",
    },
    "invalid.date": {
        "nb": "må være en dato skrevet ÅÅÅÅ-MM-DD, for eksempel 2026-03-14",
        "nn": "må vere ein dato skriven ÅÅÅÅ-MM-DD, til dømes 2026-03-14",
        "en": "must be a date written YYYY-MM-DD, e.g. 2026-03-14",
    },
    "invalid.choice": {
        "nb": "må være en av {expected}",
        "nn": "må vere ein av {expected}",
        "en": "must be one of {expected}",
    },
    "invalid.text_empty": {
        "nb": "kan ikke være tom",
        "nn": "kan ikkje vere tom",
        "en": "must not be empty",
    },
    "invalid.text_too_short": {
        "nb": "må ha minst {n} tegn",
        "nn": "må ha minst {n} teikn",
        "en": "must be at least {n} characters long",
    },
    "invalid.text_too_long": {
        "nb": "kan ha høyst {n} tegn",
        "nn": "kan ha høgst {n} teikn",
        "en": "must be at most {n} characters long",
    },
    "invalid.list_too_short": {
        "nb": "må ha minst {n} element",
        "nn": "må ha minst {n} element",
        "en": "must have at least {n} items",
    },
    "invalid.list_too_long": {
        "nb": "kan ha høyst {n} element",
        "nn": "kan ha høgst {n} element",
        "en": "must have at most {n} items",
    },
    "invalid.at_least": {
        "nb": "må være minst {n}",
        "nn": "må vere minst {n}",
        "en": "must be at least {n}",
    },
    "invalid.at_most": {
        "nb": "kan være høyst {n}",
        "nn": "kan vere høgst {n}",
        "en": "must be at most {n}",
    },
    "invalid.more_than": {
        "nb": "må være større enn {n}",
        "nn": "må vere større enn {n}",
        "en": "must be greater than {n}",
    },
    "invalid.less_than": {
        "nb": "må være mindre enn {n}",
        "nn": "må vere mindre enn {n}",
        "en": "must be less than {n}",
    },
    "invalid.other": {
        "nb": "ugyldig verdi: {detail}",
        "nn": "ugyldig verdi: {detail}",
        "en": "invalid value: {detail}",
    },
    # The session model's own checks (models/session.py raises these as ValueError;
    # sessions/storage/validation.py recognises them by their wording).
    "invalid.unknown_question": {
        "nb": "ukjent spørsmåls-id {id}",
        "nn": "ukjent spørsmåls-id {id}",
        "en": "unknown question id {id}",
    },
    "invalid.duplicate_id": {
        "nb": "id-en {id} finnes to ganger",
        "nn": "id-en {id} finst to gonger",
        "en": "duplicate id {id}",
    },
    "invalid.unknown_criterion": {
        "nb": "ukjent suksesskriterium {id}",
        "nn": "ukjent suksesskriterium {id}",
        "en": "unknown success criterion {id}",
    },
    "invalid.unknown_pitfall": {
        "nb": "ukjent fallgruve {id}",
        "nn": "ukjent fallgruve {id}",
        "en": "unknown pitfall {id}",
    },
    "invalid.unknown_main": {
        "nb": "ukjent hovedspørsmål {id}",
        "nn": "ukjent hovudspørsmål {id}",
        "en": "unknown main question {id}",
    },
    "invalid.guide_id": {
        "nb": "id-en {id} tilhører et spørsmål i veilederen",
        "nn": "id-en {id} høyrer til eit spørsmål i rettleiaren",
        "en": "id {id} is a guide question",
    },
    "invalid.own_question_main": {
        "nb": "{id} har ukjent main_id {main}",
        "nn": "{id} har ukjent main_id {main}",
        "en": "{id} has unknown main_id {main}",
    },
    "invalid.action_question": {
        "nb": "{id} viser til ukjent spørsmål {question}",
        "nn": "{id} viser til ukjent spørsmål {question}",
        "en": "{id} refers to unknown question {question}",
    },
    "invalid.or": {
        "nb": "{first} eller {last}",
        "nn": "{first} eller {last}",
        "en": "{first} or {last}",
    },
    "found.bool": {"nb": "true/false", "nn": "true/false", "en": "true/false"},
    "found.text": {"nb": "tekst i anførselstegn", "nn": "tekst i hermeteikn", "en": "text in quotes"},
    "found.float": {"nb": "et desimaltall", "nn": "eit desimaltal", "en": "a decimal number"},
    "found.int": {"nb": "et heltall", "nn": "eit heiltal", "en": "a whole number"},
    "found.datetime": {"nb": "en dato med klokkeslett", "nn": "ein dato med klokkeslett", "en": "a date with a time"},
    "found.date": {"nb": "en dato", "nn": "ein dato", "en": "a date"},
    "found.time": {"nb": "et klokkeslett", "nn": "eit klokkeslett", "en": "a time"},
    "found.list": {"nb": "en liste", "nn": "ei liste", "en": "a list"},
    "found.table": {"nb": "en tabell", "nn": "ein tabell", "en": "a table"},
}
