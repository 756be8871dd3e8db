"""Legal citations as data: :class:`Bron` and the named articles passend rests on.

Every answer of passend carries the ``Bron``\\ s it was decided on. A ``Bron`` keeps the
confidence label of ``legal/rules.md`` (``zekerheid``), so documentation and user interfaces can
show which article and lid numbers are checked against the law text and which are not yet.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Final

import attrs

from passend._fouten import OngeldigeInvoer

__all__ = ["WETTEN", "Bron", "Zekerheid"]

_BWB_ID = re.compile(r"BWBR\d{7}")

#: Abbreviation → (BWB-id, official title) of the statutes passend cites (rules.md caveat 1).
WETTEN: Final[dict[str, tuple[str, str]]] = {
    "WPO": ("BWBR0003420", "Wet op het primair onderwijs"),
    "WEC": ("BWBR0003549", "Wet op de expertisecentra"),
    "WVO 2020": ("BWBR0044212", "Wet voortgezet onderwijs 2020"),
    "Awb": ("BWBR0005537", "Algemene wet bestuursrecht"),
    "Atw": ("BWBR0002448", "Algemene termijnenwet"),
}


class Zekerheid(enum.Enum):
    """Confidence label of a citation, as in ``legal/rules.md``."""

    #: The substance was seen in a stored public source.
    GEVERIFIEERD = "VERIFIED"
    #: Only found in the seed documents (often: the lid number).
    SEED = "SEED"
    #: Inference or memory, said so explicitly.
    ONGEVERIFIEERD = "UNVERIFIED"


def _check_bwb(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not _BWB_ID.fullmatch(value):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een BWB-id van de vorm BWBR0000000")


def _check_tekst(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise OngeldigeInvoer(attribute.name, value, "mag niet leeg zijn")


@attrs.frozen(kw_only=True, order=False)
class Bron:
    """A legal citation: law, article, lid, and how sure we are of the numbering.

    ``url`` points at the article on wetten.overheid.nl (a JCI link) when the source is a
    statute with a BWB-id; policy documents (ondersteuningsplannen, seeds) have ``bwb_id=None``.

    >>> b = Bron(wet="WPO", artikel="40", lid="6", zekerheid=Zekerheid.SEED, regel="BES-01")
    >>> str(b)
    'WPO art. 40 lid 6'
    >>> b.url
    'https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40&lid=6'
    >>> b.zeker
    False
    """

    wet: str = attrs.field(validator=_check_tekst)
    artikel: str = attrs.field(validator=_check_tekst)
    lid: str | None = None
    bwb_id: str | None = attrs.field(validator=_check_bwb)
    geldig_vanaf: dt.date | None = None
    zekerheid: Zekerheid = Zekerheid.GEVERIFIEERD
    #: Rule id in ``legal/rules.md`` (``"BES-01"``), for traceability.
    regel: str | None = None

    @bwb_id.default
    def _bwb_uit_wet(self) -> str | None:
        bekend = WETTEN.get(self.wet)
        return bekend[0] if bekend else None

    @property
    def zeker(self) -> bool:
        """True only when article and lid were verified (``Zekerheid.GEVERIFIEERD``)."""
        return self.zekerheid is Zekerheid.GEVERIFIEERD

    @property
    def url(self) -> str | None:
        """JCI link to the article (and lid) on wetten.overheid.nl, dated when known."""
        if self.bwb_id is None:
            return None
        url = f"https://wetten.overheid.nl/jci1.3:c:{self.bwb_id}&artikel={self.artikel}"
        if self.lid is not None:
            url += f"&lid={self.lid}"
        if self.geldig_vanaf is not None:
            url += f"&g={self.geldig_vanaf.isoformat()}"
        return url

    def __str__(self) -> str:
        tekst = f"{self.wet} art. {self.artikel}" if self.bwb_id else f"{self.wet} {self.artikel}"
        return f"{tekst} lid {self.lid}" if self.lid else tekst

    def met_lid(self, lid: str, *, zekerheid: Zekerheid | None = None) -> Bron:
        """The same article, narrowed to one lid (optionally with its own confidence)."""
        return attrs.evolve(self, lid=lid, zekerheid=zekerheid or self.zekerheid)


# --- Named citations -------------------------------------------------------------------------
# Article-level constants; rules narrow them with ``met_lid``. Lid numbers marked SEED in
# rules.md come from seed 003 and are not yet pinned against the BWB text (rules.md caveat 1).
_G = Zekerheid.GEVERIFIEERD
_S = Zekerheid.SEED
_O = Zekerheid.ONGEVERIFIEERD

# Algemene termijnenwet (T-02 … T-04)
ATW_1 = Bron(wet="Atw", artikel="1", lid="1", regel="T-02")
ATW_1_TERUGREKENING = Bron(wet="Atw", artikel="1", lid="2", regel="T-02")
ATW_2 = Bron(wet="Atw", artikel="2", regel="T-03")
ATW_3 = Bron(wet="Atw", artikel="3", regel="T-04")
ATW_4 = Bron(wet="Atw", artikel="4", regel="T-03", zekerheid=_O)

# Algemene wet bestuursrecht (T-06)
AWB_6_7 = Bron(wet="Awb", artikel="6:7", regel="T-06")
AWB_6_8 = Bron(wet="Awb", artikel="6:8", lid="1", regel="T-06")
AWB_6_9 = Bron(wet="Awb", artikel="6:9", regel="T-06")
AWB_7_10 = Bron(wet="Awb", artikel="7:10", regel="T-06")
AWB_7_13 = Bron(wet="Awb", artikel="7:13", regel="T-06")

# Wet op het primair onderwijs
WPO_18A = Bron(wet="WPO", artikel="18a", regel="TLV-01")
WPO_39 = Bron(wet="WPO", artikel="39", regel="AAN-02")
WPO_40 = Bron(wet="WPO", artikel="40", regel="AAN-01")
WPO_40A = Bron(wet="WPO", artikel="40a", regel="OPP-01")
WPO_40C = Bron(wet="WPO", artikel="40c", regel="SCH-01")
WPO_43 = Bron(wet="WPO", artikel="43", regel="VER-06")
WPO_63 = Bron(wet="WPO", artikel="63", regel="VER-05")

# Wet op de expertisecentra
WEC_40 = Bron(wet="WEC", artikel="40", regel="AAN-01")
WEC_40A = Bron(wet="WEC", artikel="40a", regel="SCH-01")
WEC_41A = Bron(wet="WEC", artikel="41a", regel="OPP-01")
WEC_45 = Bron(wet="WEC", artikel="45", regel="VER-06")
WEC_61 = Bron(wet="WEC", artikel="61", regel="VER-05")

# Wet voortgezet onderwijs 2020 (article numbers per seed 003)
WVO_2_47 = Bron(wet="WVO 2020", artikel="2.47", regel="TLV-01", zekerheid=_S)
WVO_8_8 = Bron(wet="WVO 2020", artikel="8.8", regel="BES-01", zekerheid=_S)
WVO_8_9 = Bron(wet="WVO 2020", artikel="8.9", regel="AAN-07", zekerheid=_S)
WVO_8_14 = Bron(wet="WVO 2020", artikel="8.14", regel="SCH-02", zekerheid=_S)
WVO_8_15 = Bron(wet="WVO 2020", artikel="8.15", regel="VER-01", zekerheid=_S)

# Procedure of the Geschillencommissie passend onderwijs: its statutory basis for the
# 6-week filing term was not seen (rules.md §8), so the procedure itself is the source.
GPO_PROCEDURE = Bron(
    wet="Geschillencommissie passend onderwijs",
    artikel="procedure (onderwijsgeschillen.nl)",
    regel="VER-06",
)

# Seed documents (regional policy, never statute)
SEED_001 = Bron(
    wet="SWV Rijn & Gelderse Vallei, Zorgplicht in schema (2022)",
    artikel="§ 4",
    zekerheid=_S,
    regel="BES-03",
)
SEED_004 = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8",
    zekerheid=_S,
    regel="FIN-07",
)

# --- Funding of samenwerkingsverbanden (rules.md §9, FIN-01 … FIN-07) ------------------------
# The bekostiging articles themselves were not pinned in the BWB text: the yearly Regeling
# bekostiging WPO en WEC and the ondersteuningsplan are the sources the amounts come from.
REGELING_BEKOSTIGING_2024 = Bron(
    wet="Regeling bekostiging WPO en WEC 2024",
    artikel="Stcrt. 2023, 29260",
    regel="FIN-05",
)
FIN_SWV_PO = Bron(
    wet="WPO (bekostiging samenwerkingsverband, Wet vereenvoudiging bekostiging po)",
    artikel="lichte en zware ondersteuning, teldatum 1 februari",
    regel="FIN-01",
)
FIN_ZWAAR_BAO_SBO = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8.1.1 (zware ondersteuning op bao + sbo)",
    zekerheid=_S,
    regel="FIN-01",
)
FIN_OVERDRACHT = Bron(
    wet="WPO/WEC ondersteuningsbekostiging (DUO-inhouding)",
    artikel="inhouding SBO en SO op het budget van het SWV",
    regel="FIN-02",
)
FIN_OVERLOOP = Bron(
    wet="DUO, bekostiging teldatum 1 februari",
    artikel="restant SBO-inhouding op zware ondersteuning (afgeleid)",
    zekerheid=_O,
    regel="FIN-02",
)
FIN_HISTORISCH = Bron(
    wet="WPO/WEC bekostiging vóór 2023",
    artikel="teldatum 1 oktober, 2%-regeling SBO",
    zekerheid=_O,
    regel="FIN-03",
)
SIGNALERINGSWAARDE = Bron(
    wet="Inspectie van het Onderwijs",
    artikel="signaleringswaarde bovenmatig eigen vermogen SWV (Kamerbrief 2020)",
    regel="FIN-06",
)
TOP_BUDGET = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8.1.2",
    zekerheid=_S,
    regel="FIN-07",
)
TOP_TLV_OP_BAO = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8.1.4",
    zekerheid=_S,
    regel="FIN-07",
)
TOP_INSTROOM = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8.1.5",
    zekerheid=_S,
    regel="FIN-07",
)
TOP_IKC = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8.1.6",
    zekerheid=_S,
    regel="FIN-07",
)
TOP_VANGNET = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8.1.7",
    zekerheid=_S,
    regel="FIN-07",
)
TOP_OPMAAT = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8.1.8",
    zekerheid=_S,
    regel="FIN-07",
)
BEGROTING_ZK = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 12, Meerjarenraming / begroting 2024-2028",
    zekerheid=_S,
    regel="FIN-07",
)
