"""One catalogue for every word politirad writes: whole in every language, and no
lookup by a key it lacks. Each check is also shown failing on a planted mistake."""

from __future__ import annotations

import pytest

from politirad.models import catalogue
from politirad.models.catalogue import CATALOGUE, STRICT_ENV, UnknownKey, merge, tr
from politirad.models.catalogue.checks import missing_languages, placeholder_mismatches


def test_every_entry_has_every_language() -> None:
    assert missing_languages(CATALOGUE) == []


def test_every_translation_has_the_placeholders_of_the_bokmal_text() -> None:
    assert placeholder_mismatches(CATALOGUE) == []


def test_a_missing_language_is_found() -> None:
    planted = {"demo.saved": {"nb": "Lagret", "en": "Saved"}}
    assert missing_languages(planted) == ["demo.saved: nn"]


def test_a_mismatched_placeholder_is_found() -> None:
    planted = {"demo.saved": {"nb": "Lagret {file}", "nn": "Lagra {fil}", "en": "Saved {file}"}}
    assert placeholder_mismatches(planted) == ["demo.saved: nn ['fil'] vs nb ['file']"]


def test_a_key_defined_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        merge([{"a": {"nb": "x"}}, {"a": {"nb": "y"}}])


def test_the_suite_runs_strict_so_an_unknown_dynamic_key_fails_the_test_that_uses_it() -> None:
    import os

    assert os.environ.get(STRICT_ENV), "tests/conftest.py turns unknown keys into errors"
    status = "pågår"
    with pytest.raises(UnknownKey):
        tr("nb", f"hint.status.{status}")


def test_outside_strict_mode_an_unknown_key_shows_as_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STRICT_ENV)
    assert tr("nn", "no.such.key") == "no.such.key"


def test_a_language_politirad_does_not_speak_reads_bokmal() -> None:
    key = "journal.found"
    assert tr("de", key, when="x") == tr("nb", key, when="x")
    assert catalogue.language("nn") == "nn" and catalogue.language("sv") == "nb"
