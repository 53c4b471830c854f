"""Who takes part in the council: sides and the preset roles of a politiråd."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from politirad.models.catalogue import tr


class Side(StrEnum):
    """Which party a participant belongs to; stored as the Norwegian word."""

    POLITI = "politi"
    KOMMUNE = "kommune"
    ANNEN = "annen"


ROLE_PRESETS: tuple[tuple[str, Side], ...] = (
    ("role.mayor", Side.KOMMUNE),
    ("role.deputy_mayor", Side.KOMMUNE),
    ("role.executive", Side.KOMMUNE),
    ("role.head_of_services", Side.KOMMUNE),
    ("role.slt", Side.KOMMUNE),
    ("role.police_chief", Side.POLITI),
    ("role.station_chief", Side.POLITI),
    ("role.police_contact", Side.POLITI),
    ("role.prevention", Side.POLITI),
    ("role.other", Side.ANNEN),
)
"""The roles a facilitator picks from (catalogue keys), with the side each usually
sits on; the last is "another role", typed in."""


def role_presets(lang: str) -> tuple[tuple[str, Side], ...]:
    """The preset roles as written in `lang`: a role is stored as text and printed in
    the council's documents, so a nynorsk council's file gets «ordførar»."""
    return tuple((tr(lang, key), side) for key, side in ROLE_PRESETS)


MAYOR_WORDS: tuple[str, ...] = ("ordfører", "ordførar", "byrådsleder", "byrådsleiar", "mayor")
"""How a mayor's role is written, in bokmål, nynorsk and English."""

EXECUTIVE_WORDS: tuple[str, ...] = ("kommunedirektør", "rådmann", "municipal executive")
POLICE_HEAD_WORDS: tuple[str, ...] = (
    "politimester", "politimeister", "politistasjonssjef", "lensmann", "chief of police", "head of police station",
)

ANCHORING_ROLES: dict[str, tuple[str, ...]] = {
    "ordfører": MAYOR_WORDS,
    "kommunedirektør/rådmann": EXECUTIVE_WORDS,
}
"""Roles guide 3.5 expects at the table ('Det forutsettes at ordfører og rådmann deltar')."""


class Participant(BaseModel):
    """A person at the evaluation meeting."""

    model_config = ConfigDict(extra="forbid", strict=True)

    name: str = Field(min_length=1, description="Full name as it should appear in minutes.")
    role: str = Field(default="", description="A preset role or free text.")
    side: Side = Field(default=Side.ANNEN, strict=False, description="politi, kommune or annen.")
    represents: str = Field(
        default="",
        description="The municipality or police unit the person speaks for, e.g. 'Stryn'.",
    )


class Council(BaseModel):
    """The politiråd being evaluated."""

    model_config = ConfigDict(extra="forbid", strict=True)

    name: str = Field(default="", description="E.g. 'Politirådet i Lillevik'.")
    municipalities: list[str] = Field(default_factory=list)
    police_unit: str = Field(default="", description="Police station or district unit.")
    police_district: str = Field(
        default="", description="The politidistrikt that signs for the police, e.g. 'Vest politidistrikt'."
    )
