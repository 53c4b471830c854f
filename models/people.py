"""Who takes part in the council: sides and the preset roles of a politiråd."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Side(StrEnum):
    """Which party a participant belongs to; stored as the Norwegian word."""

    POLITI = "politi"
    KOMMUNE = "kommune"
    ANNEN = "annen"


ROLE_PRESETS: tuple[tuple[str, Side], ...] = (
    ("ordfører", Side.KOMMUNE),
    ("varaordfører", Side.KOMMUNE),
    ("kommunedirektør/rådmann", Side.KOMMUNE),
    ("kommunalsjef", Side.KOMMUNE),
    ("SLT-koordinator", Side.KOMMUNE),
    ("politimester", Side.POLITI),
    ("politistasjonssjef", Side.POLITI),
    ("politikontakt", Side.POLITI),
    ("forebyggingskoordinator", Side.POLITI),
    ("annen", Side.ANNEN),
)
"""The roles a facilitator picks from, with the side each usually sits on."""

MAYOR_WORDS: tuple[str, ...] = ("ordfører", "ordførar", "byrådsleder", "byrådsleiar")
"""How a mayor's role is written, in bokmål and nynorsk."""

EXECUTIVE_WORDS: tuple[str, ...] = ("kommunedirektør", "rådmann")
POLICE_HEAD_WORDS: tuple[str, ...] = ("politimester", "politimeister", "politistasjonssjef", "lensmann")

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
