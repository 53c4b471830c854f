"""The command line speaks the interface language: its errors, argparse's, its help and
its output lines, in bokmål by default, nynorsk and English on request (issue 17).

Most run the real program (`tests/cli_helpers.politirad`), as a person meets it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from politirad.models.catalogue import LANGUAGES
from politirad.models.factory import new_session
from politirad.models.session import Session
from politirad.sessions.errors import SessionFileError, in_language
from politirad.sessions.storage import store
from politirad.sessions.storage.settings import Settings, save_settings
from politirad.sessions.storage.validation import describe_validation_error
from politirad.tui.cli.language import flag_language
from politirad.tui.cli.localized import argparse_message
from pydantic import BaseModel, Field, ValidationError

from tests.cli_helpers import politirad

BAD_TYPE = 'schema_version = 1\ndate = 2026-11-24\ntime_budget_minutes = "120"\n'

EXPECTED = {
    "nb": "felt time_budget_minutes: må være et heltall, for eksempel 120, uten anførselstegn (fant tekst i anførselstegn)",
    "nn": "felt time_budget_minutes: må vere eit heiltal, til dømes 120, utan hermeteikn (fann tekst i hermeteikn)",
    "en": "field time_budget_minutes: must be a whole number such as 120, without quotes (found text in quotes)",
}


def _one_line(result, code: int = 2) -> str:
    assert result.returncode == code, result
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_same_bad_file_is_one_line_in_each_language(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(BAD_TYPE, encoding="utf-8")
    line = _one_line(politirad("--lang", lang, "check", str(path)))
    assert line == f"politirad: {path}: {EXPECTED[lang]}"


def test_bokmal_is_the_default(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(BAD_TYPE, encoding="utf-8")
    assert _one_line(politirad("check", str(path))).endswith(EXPECTED["nb"])


def test_the_language_chosen_in_the_app_is_the_cli_language_too(tmp_path: Path) -> None:
    save_settings(Settings(language="nn"))  # under this test's POLITIRAD_HOME
    missing = tmp_path / "borte.toml"
    assert _one_line(politirad("check", str(missing))) == f"politirad: {missing}: fila finst ikkje"
    assert _one_line(politirad("--lang", "en", "check", str(missing))).endswith(": no such file")


def test_a_toml_slip_names_line_and_column_in_the_language(tmp_path: Path) -> None:
    path = tmp_path / "slip.toml"
    path.write_text("schema_version = 1\ndate = 2026-11-24\nfacilitator = Kari\n", encoding="utf-8")
    nn = _one_line(politirad("--lang", "nn", "check", str(path)))
    assert nn.endswith("ugyldig TOML på linje 3, kolonne 15: ugyldig verdi (tekst skal stå i hermeteikn)")
    en = _one_line(politirad("--lang", "en", "check", str(path)))
    assert en.endswith("invalid TOML at line 3, column 15: invalid value (text goes in quotes)")


def test_an_unknown_command_and_flag_are_one_nynorsk_line() -> None:
    command = _one_line(politirad("--lang", "nn", "bogus-command"))
    assert command.startswith("politirad: argument KOMMANDO: ugyldig val: 'bogus-command' (vel mellom 'new',")
    assert command.endswith("(sjå «politirad --help»)")
    flag = _one_line(politirad("--lang", "nn", "list", "--bogus"))
    assert flag == "politirad: ukjente argument: --bogus (sjå «politirad --help»)"
    missing = _one_line(politirad("--lang", "nn", "check"))
    assert missing == "politirad check: desse argumenta manglar: FIL (sjå «politirad check --help»)"
    value = _one_line(politirad("--lang", "nn", "new", "--date", "2026-02-30"))
    assert "argument --date: ugyldig dato «2026-02-30»: skriv ÅÅÅÅ-MM-DD" in value


def test_lang_given_after_the_command_still_sets_the_error_language() -> None:
    line = _one_line(politirad("check", "x.toml", "--lang", "en"))
    assert line.startswith("politirad: unrecognized arguments: --lang en")


def test_nynorsk_help() -> None:
    result = politirad("--lang", "nn", "--help")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("bruk: politirad")
    assert "\nval:\n" in out and "vis denne hjelpeteksten og avslutt" in out
    assert "lag ei ny eigenevaluering og opne ho" in out
    for english in ("usage:", "options:", "show this help", "create a new session"):
        assert english not in out
    sub = politirad("--lang", "nn", "draft", "--help").stdout
    assert sub.startswith("bruk: politirad draft") and "den gjeldande avtalen" in sub


@pytest.mark.parametrize(("lang", "header", "check"), [
    ("nb", "Dato", "ok (uten navn, 2026-11-24, 0 svar, 0 tiltak)"),
    ("nn", "Tiltak opne/fullførte", "ok (utan namn, 2026-11-24, 0 svar, 0 tiltak)"),
    ("en", "Measures open/done", "ok (no name, 2026-11-24, 0 answers, 0 measures)"),
])
def test_list_and_check_print_in_the_language(tmp_path: Path, lang: str, header: str, check: str) -> None:
    path = tmp_path / "2026-11-24.toml"
    store.save(new_session(dt.date(2026, 11, 24)), path)
    (tmp_path / "broken.toml").write_text("", encoding="utf-8")
    listing = politirad("--lang", lang, "list", "--dir", str(tmp_path))
    assert listing.returncode == 0 and header in listing.stdout.splitlines()[0]
    empty = {"nb": "filen er tom", "nn": "fila er tom", "en": "file is empty"}[lang]
    assert listing.stderr.strip().startswith(f"politirad: {tmp_path / 'broken.toml'}: {empty}")
    assert politirad("--lang", lang, "check", str(path)).stdout.strip() == f"{path}: {check}"


def test_a_kept_reason_can_be_shown_in_another_language(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError) as caught:
        store.load(tmp_path / "none.toml")
    reason = caught.value.message
    assert reason == "no such file" and str(caught.value) == f"{tmp_path / 'none.toml'}: no such file"
    assert in_language(reason, "nn") == "fila finst ikkje"
    assert in_language("plain text", "nn") == "plain text"


@pytest.mark.parametrize(("toml", "nb", "en"), [
    ('[[actions]]\nid = "T1"\ntitle = "t"\nstatus = "ferdig"\n', "må være en av 'ikke startet', 'pågår', 'fullført' eller 'avbrutt'", "must be one of"),
    ('[[actions]]\nid = "T1"\ntitle = ""\n', "felt actions[0].title: kan ikke være tom", "must not be empty"),
    ('[criteria.avtale]\nscore = 9\n', "felt criteria.avtale.score: kan være høyst 5", "must be at most 5"),
    ('[[actions]]\ntitle = "t"\n', "felt actions[0].id: mangler (påkrevd)", "missing (required)"),
    ('colour = "red"\n', "felt colour: ukjent felt", "unknown field"),
    ('[answers."9.9"]\nnote = "x"\n', "felt answers: ukjent spørsmåls-id '9.9'", "unknown question id '9.9'"),
    ('council = 7\nfacilitator = 1\n', "(og 1 problem til)", "(and 1 more problem)"),
])
def test_validation_problems_in_politirads_words(toml: str, nb: str, en: str) -> None:
    doc = {"schema_version": 1, "date": dt.date(2026, 11, 24), **tomllib.loads(toml)}
    with pytest.raises(ValidationError) as caught:
        Session.model_validate(doc)
    problem = describe_validation_error(caught.value)
    assert nb in problem.render("nb")
    assert en in problem.render("en")
    assert problem.render("nn") != problem.render("en")


def test_argparse_messages_it_does_not_know_stay_as_argparse_wrote_them() -> None:
    assert argparse_message("argument --x: something new", "nn") == "argument --x: something new"
    assert argparse_message("expected one argument", "en") == "expected one argument"
    assert argparse_message("argument -o/--output: expected one argument", "nb") == "argument -o/--output: venter én verdi"


def test_the_pre_scan_finds_only_a_valid_lang() -> None:
    assert flag_language(["--lang", "nn", "list"]) == "nn"
    assert flag_language(["--lang=en"]) == "en"
    assert flag_language(["--lang", "de"]) is None
    assert flag_language(["--", "--lang", "nn"]) is None
    assert flag_language(["--lang"]) is None


def test_a_problem_politirad_has_no_words_for_keeps_pydantics_text_in_a_translated_frame() -> None:
    class Odd(BaseModel):
        code: str = Field(pattern=r"^[A-Z]{2}$")

    with pytest.raises(ValidationError) as caught:
        Odd.model_validate({"code": "abc"})
    problem = describe_validation_error(caught.value)
    assert problem.render("nn") == "felt code: ugyldig verdi: String should match pattern '^[A-Z]{2}$'"
    assert problem.render("en") == "field code: invalid value: String should match pattern '^[A-Z]{2}$'"
