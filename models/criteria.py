"""The guide's background content that politirad reasons with (sections 3.4 and 3.5).

Kept as data so the scorecard, the hints and the agreement draft all quote the same
words, and so a year's rating lines up with the next by a stable criterion id.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class GuideItem:
    """A titled item from the guide with a stable id and our English rendering.

    Static content written here: a plain frozen dataclass, as in models/guide.py.
    """

    id: str
    text: str
    text_en: str


CIRCULAR_AIMS: tuple[GuideItem, ...] = tuple(
    GuideItem(id=f"aim{n}", text=nb, text_en=en)
    for n, (nb, en) in enumerate(
        [
            (
                "bidra til at kommune og politi tar felles ansvar for "
                "kriminalitetsforebygging og innbyggernes trygghet",
                "help the municipality and the police take joint responsibility for "
                "crime prevention and the residents' safety",
            ),
            (
                "bidra til å styrke dialog og samarbeid mellom politi og kommune",
                "help strengthen dialogue and cooperation between the police and the "
                "municipality",
            ),
            (
                "bidra til bedre informasjonsflyt mellom politi og kommune",
                "help improve the flow of information between the police and the "
                "municipality",
            ),
            (
                "bidra til økt kunnskap om kriminalitet og utrygghet lokalt og om de "
                "bakenforliggende årsaker",
                "help increase knowledge of local crime and insecurity and of their "
                "underlying causes",
            ),
            (
                "bidra til en mer strategisk og målrettet kriminalitetsforebygging og "
                "en hensiktsmessig samordning og koordinering av innsats og tiltak "
                "lokalt",
                "help make crime prevention more strategic and targeted, with "
                "appropriate coordination of efforts and measures locally",
            ),
            (
                "bidra til redusert kriminalitet og økt trygghet i lokalsamfunnet",
                "help reduce crime and increase safety in the local community",
            ),
        ],
        start=1,
    )
)
"""The aims of a politiråd as circular POD 2013/012 states them (guide 3.4)."""


SUCCESS_CRITERIA: tuple[GuideItem, ...] = (
    GuideItem(
        id="forankring",
        text="Forankring i øverste ledelse og i organisasjonen",
        text_en="Anchoring in top leadership and in the organisation",
    ),
    GuideItem(id="motestruktur", text="Fast møtestruktur", text_en="Fixed meeting structure"),
    GuideItem(
        id="avtale",
        text="Skriftlig samarbeidsavtale",
        text_en="Written cooperation agreement",
    ),
    GuideItem(
        id="malsettinger",
        text="Felles avklarte og tydelig uttalte målsettinger i samarbeidet",
        text_en="Shared, clarified and clearly stated goals",
    ),
    GuideItem(
        id="kunnskap", text="Kunnskapsdrevet virksomhet", text_en="Knowledge-driven work"
    ),
    GuideItem(
        id="lokale_utfordringer",
        text="Evne til å ta tak i aktuelle lokale utfordringer",
        text_en="Ability to take up current local challenges",
    ),
    GuideItem(
        id="samarbeidsklima",
        text="Et godt samarbeidsklima og konstruktiv dialog",
        text_en="A good cooperation climate and constructive dialogue",
    ),
    GuideItem(
        id="taushetsplikt",
        text="Taushetsplikt, ytringsrett og kunnskap om hverandres rammebetingelser",
        text_en="Confidentiality, right to speak and knowledge of each other's frameworks",
    ),
)
"""The eight success criteria of guide section 3.5 (Rambøll 2014)."""


PITFALLS: tuple[GuideItem, ...] = tuple(
    GuideItem(id=f"f{n}", text=nb, text_en=en)
    for n, (nb, en) in enumerate(
        [
            (
                "Enveiskommunikasjon (oftest fra politi til kommune), kontra "
                "toveiskommunikasjon.",
                "One-way communication (most often from police to municipality) "
                "rather than two-way.",
            ),
            (
                "Informasjonsutveksling fremfor diskusjon om felles utfordringer.",
                "Exchange of information rather than discussion of shared challenges.",
            ),
            (
                "«Prat», fremfor planer, strategier eller tiltak som imøtekommer "
                "utfordringer.",
                "«Talk» rather than plans, strategies or measures that meet the "
                "challenges.",
            ),
            (
                "For overordnet og lite knyttet til daglige utfordringer.",
                "Too high-level and little tied to daily challenges.",
            ),
            (
                "For oppsplittet og vanskelig å tenke strategisk og langsiktig.",
                "Too fragmented, making strategic and long-term thinking hard.",
            ),
            (
                "For stort fokus på manglende ressurser.",
                "Too much focus on lacking resources.",
            ),
            (
                "Manglende forankring hos ledelse og til praksisfelt.",
                "Lacking anchoring with leadership and in practice.",
            ),
            ("Sjeldne møter og lav prioritering.", "Rare meetings and low priority."),
        ],
        start=1,
    )
)
"""The pitfalls (fallgruver) listed at the end of guide section 3.5."""

CRITERION_BY_ID: dict[str, GuideItem] = {c.id: c for c in SUCCESS_CRITERIA}
PITFALL_BY_ID: dict[str, GuideItem] = {p.id: p for p in PITFALLS}

CIRCULAR_MIN_MEETINGS = 2
"""Circular 2013/012: at least two meetings a year (guide 3.5, 'Fast møtestruktur')."""

SATISFIED_MIN_MEETINGS = 3
"""Rambøll 2014: councils with three or more meetings a year were the most satisfied."""
