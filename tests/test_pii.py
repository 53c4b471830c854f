"""The personal-data scanner, on its own and before every export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from politirad.models.actions import ActionItem
from politirad.models.session import Answer, Session
from politirad.sessions.storage import store
from politirad.sessions.documents.export import personal_data, render_document
from politirad.sessions.reports.pii import scan_text
from tests.cli_helpers import politirad
from politirad.tui.cli.main import main

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _check(digits: str, weights: tuple[int, ...]) -> int | None:
    """The fødselsnummer's mod-11 check digit, written out here independently of stdnum."""
    rest = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return 0 if rest == 11 else None if rest == 10 else rest


def make_fodselsnummer(birth: str) -> str:
    """A number with correct check digits for a DDMMYY birth date (made up, not a person)."""
    for individual in range(500, 1000):
        base = f"{birth}{individual:03d}"
        k1 = _check(base, _W1)
        if k1 is None:
            continue
        k2 = _check(base + str(k1), _W2)
        if k2 is not None:
            return f"{base}{k1}{k2}"
    raise AssertionError("no valid number for that date")


VALID = make_fodselsnummer("150795")
WRONG = VALID[:-1] + str((int(VALID[-1]) + 1) % 10)


def kinds(text: str) -> list[str]:
    return [f.kind for f in scan_text(text)]


def test_generated_numbers_are_what_the_test_claims() -> None:
    assert len(VALID) == 11 and VALID.startswith("150795")
    assert WRONG != VALID and WRONG[:10] == VALID[:10]


@pytest.mark.parametrize(
    "text",
    [
        f"Fødselsnummer {VALID} ble nevnt.",
        f"fnr: {VALID[:6]} {VALID[6:]}",
        f"({VALID})",
    ],
)
def test_valid_fodselsnummer_is_found(text: str) -> None:
    assert kinds(text) == ["fodselsnummer"]


@pytest.mark.parametrize(
    "text",
    [
        f"Saksnummer {WRONG} er arkivert.",
        f"{VALID}1 er for langt",
        "Tallet 12345678901 har feil kontrollsiffer.",
    ],
)
def test_eleven_digits_with_wrong_check_digits_are_not_a_fodselsnummer(text: str) -> None:
    assert "fodselsnummer" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ring Kari på 912 34 567 etter møtet.",
        "Mobil: 41234567",
        "Sentralbord +47 22 33 44 55",
        "Tlf. 0047 915 00 000",
    ],
)
def test_norwegian_phone_numbers_are_found(text: str) -> None:
    assert kinds(text) == ["phone"]


@pytest.mark.parametrize(
    "text",
    [
        "kari.nordmann@lillevik.kommune.no",
        "Skriv til post+politirad@example.org i dag.",
    ],
)
def test_email_addresses_are_found(text: str) -> None:
    assert kinds(text) == ["email"]


@pytest.mark.parametrize(
    "text",
    [
        "Frist 2026-04-30, møte 12.03.2026 kl. 18.30.",
        "Tiltak T3 fra spørsmål 4.4 (jf. rundskriv 2013/012).",
        "Budsjettet er 1 250 000 kroner for 2026 og 2027.",
        "Organisasjonsnummer 974760673.",
        "Politiet på 112, eller 02800.",
        "Møt opp @ rådhuset klokka 9.",
    ],
)
def test_ordinary_meeting_text_is_not_personal_data(text: str) -> None:
    assert kinds(text) == []


def test_findings_are_masked_and_located() -> None:
    text = "Tittel\n======\n\n4.4  Spørsmål\n  Ring 912 34 567 eller skriv ola@example.no\n"
    phone, email = scan_text(text)
    assert (phone.line, phone.column, phone.section, phone.question) == (5, 8, "Tittel", "4.4")
    assert phone.excerpt == "*** ** *67" and "912" not in phone.excerpt
    assert email.excerpt == "o***@*******.no"
    assert email.where == "Tittel, 4.4"
    fnr = scan_text(f"x {VALID}")[0]
    assert fnr.excerpt == "*********" + VALID[-2:]


def _session_with_personal_data() -> Session:
    return Session(
        date=dt.date(2026, 3, 12),
        facilitator="Ingrid",
        answers={
            "4.4": Answer(note=f"Kontakt: 912 34 567. Saken gjaldt {VALID}."),
            "3.4": Answer(note="Skriv til leder@example.no", confidential=True),
        },
        actions=[ActionItem(id="T1", title="Ringe 22 33 44 55 om saken")],
    )


def test_documents_report_where_the_data_is() -> None:
    session = _session_with_personal_data()
    minutes = render_document(session, "minutes")
    found = personal_data(minutes)
    assert [(f.kind, f.question) for f in found] == [
        ("phone", "4.4"),
        ("fodselsnummer", "4.4"),
        ("phone", ""),
    ]
    assert found[0].section.startswith("Sak 4: Hvordan fungerer")
    assert found[2].section == "Sak 6: Hvordan kan politirådet videreutvikle samarbeidet?"
    assert all(minutes.splitlines()[f.line - 1][f.column - 1 :] for f in found)
    draft_found = personal_data(render_document(session, "draft"))
    assert {f.section for f in draft_found} == {
        "5. Ledelse og møtestruktur",
        "7. Tiltak i avtaleperioden",
    }
    assert "email" not in {f.kind for f in draft_found}  # only in a confidential note
    included = personal_data(render_document(session, "minutes", include_confidential=True))
    assert "email" in {f.kind for f in included}


@pytest.fixture
def pii_file(tmp_path: Path) -> Path:
    path = tmp_path / "2026-03-12-pii.toml"
    store.save(_session_with_personal_data(), path)
    return path


def test_cli_warns_on_stderr_and_still_prints(
    pii_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["minutes", str(pii_file)]) == 0
    out, err = capsys.readouterr()
    assert "MØTEREFERAT" in out
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("politirad: advarsel: mulig telefonnummer på linje ")
    assert "Sak 4: Hvordan fungerer de formelle rammene?, 4.4" in lines[0]
    assert "fødselsnummer" in lines[1] and VALID not in err and "912 34 567" not in err


def test_cli_strict_is_an_error_and_writes_nothing(pii_file: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "referat.txt"
    result = politirad("minutes", str(pii_file), "--strict", "-o", str(out_file))
    assert result.returncode == 2
    assert result.stdout == ""
    assert not out_file.exists()
    last = result.stderr.splitlines()[-1]
    assert last == "politirad: 3 mulige personopplysninger funnet; ingenting skrevet (--strict)"


@pytest.mark.parametrize("command", ["draft", "minutes", "prep"])
def test_cli_strict_passes_clean_documents(command: str, tmp_path: Path) -> None:
    from tests.docs_support import sample_path

    result = politirad(command, str(sample_path("full")), "--strict")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_strict_with_confidential_included_catches_what_was_hidden(tmp_path: Path) -> None:
    from tests.docs_support import sample_path

    english = str(sample_path("english"))
    assert politirad("minutes", english, "--strict").returncode == 0
    result = politirad("minutes", english, "--strict", "--include-confidential")
    assert result.returncode == 2
    assert "possible phone number on line" in result.stderr


def test_public_service_numbers_are_not_personal_data() -> None:
    assert kinds("Politiets sentralbord 02800, grønt nummer 800 12 345.") == []
