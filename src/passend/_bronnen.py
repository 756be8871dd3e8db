"""Wetsverwijzingen als gegevens: :class:`Bron` en de benoemde artikelen waarop passend rust.

Elk antwoord van passend draagt de ``Bron``\\ nen waarop het is gebaseerd. Een ``Bron`` bewaart
het zekerheidslabel van ``legal/rules.md`` (``zekerheid``), zodat documentatie en schermen kunnen
laten zien welke artikel- en lidnummers in de wettekst zijn nagekeken en welke nog niet.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Final

import attrs

from passend._fouten import OngeldigeInvoer
from passend._waarden import (
    controleer_optie,
    controleer_soort,
    is_datum_of_none,
    is_enum,
    niet_leeg,
    niet_leeg_of_none,
)

__all__ = ["WETTEN", "Bron", "Zekerheid"]

_BWB_ID = re.compile(r"BWBR\d{7}")

#: Afkorting → (BWB-id, officiële titel) van de wetten die passend aanhaalt (rules.md, caveat 1).
WETTEN: Final[dict[str, tuple[str, str]]] = {
    "WPO": ("BWBR0003420", "Wet op het primair onderwijs"),
    "WEC": ("BWBR0003549", "Wet op de expertisecentra"),
    "WVO 2020": ("BWBR0044212", "Wet voortgezet onderwijs 2020"),
    "Awb": ("BWBR0005537", "Algemene wet bestuursrecht"),
    "Atw": ("BWBR0002448", "Algemene termijnenwet"),
}


class Zekerheid(enum.Enum):
    """Hoe zeker een verwijzing is: het zekerheidslabel van ``legal/rules.md``.

    De waarden (``"VERIFIED"``, ``"SEED"``, ``"UNVERIFIED"``) zijn de vorm in JSON.
    """

    #: De inhoud is gezien in een opgeslagen openbare bron (meestal de wettekst).
    GEVERIFIEERD = "VERIFIED"
    #: Het lidnummer of de lezing komt uit een brondocument (meestal de juridische analyse van
    #: KBA Nijmegen) en is niet in de wettekst nagekeken.
    BRONDOCUMENT = "SEED"
    #: Oude naam van :attr:`BRONDOCUMENT`; blijft werken als alias.
    SEED = "SEED"
    #: Afgeleid of uit het geheugen, en zo ook aangegeven.
    ONGEVERIFIEERD = "UNVERIFIED"


def _check_bwb(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not (isinstance(value, str) and _BWB_ID.fullmatch(value)):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een BWB-id van de vorm BWBR0000000")


@attrs.frozen(kw_only=True, order=False)
class Bron:
    """Een verwijzing naar een bron: wet, artikel, lid, en hoe zeker de nummering is.

    ``url`` wijst naar het artikel op wetten.overheid.nl (een JCI-link) als de bron een wet met
    een BWB-id is; beleidsdocumenten (ondersteuningsplannen, de andere brondocumenten) hebben
    ``bwb_id=None``.

    >>> b = Bron(wet="WPO", artikel="40", lid="6", zekerheid=Zekerheid.BRONDOCUMENT, regel="BES-01")
    >>> str(b)
    'WPO art. 40 lid 6'
    >>> b.url
    'https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=40&lid=6'
    >>> b.zeker
    False
    """

    #: De wet (afkorting zoals ``"WPO"``) of de naam van het document.
    wet: str = attrs.field(validator=niet_leeg)
    #: Het artikel (``"40"``, ``"8.9"``), of de plaats in het document (``"§ 8.1.2"``).
    artikel: str = attrs.field(validator=niet_leeg)
    #: Het lid; None als de verwijzing het hele artikel betreft of het lid niet bekend is.
    lid: str | None = attrs.field(default=None, validator=niet_leeg_of_none)
    #: Het BWB-id van de wet (``"BWBR0003420"``); standaard afgeleid uit ``WETTEN``, None
    #: voor een beleidsdocument.
    bwb_id: str | None = attrs.field(validator=_check_bwb)
    #: De dag vanaf wanneer deze tekst van het artikel geldt; None als de versie er niet toe doet.
    geldig_vanaf: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: Hoe zeker het artikel en het lid zijn (zie :class:`Zekerheid`).
    zekerheid: Zekerheid = attrs.field(default=Zekerheid.GEVERIFIEERD, validator=is_enum(Zekerheid))
    #: Nummer van de regel in ``legal/rules.md`` (``"BES-01"``), om de regel terug te vinden.
    regel: str | None = attrs.field(default=None, validator=niet_leeg_of_none)

    @bwb_id.default
    def _bwb_uit_wet(self) -> str | None:
        bekend = WETTEN.get(self.wet)
        return bekend[0] if bekend else None

    @property
    def zeker(self) -> bool:
        """Of artikel en lid zijn nagekeken (``Zekerheid.GEVERIFIEERD``); anders ``False``."""
        return self.zekerheid is Zekerheid.GEVERIFIEERD

    @property
    def url(self) -> str | None:
        """JCI-link naar het artikel (en lid) op wetten.overheid.nl, met datum als die bekend is.

        ``None`` voor een bron zonder BWB-id.
        """
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
        """Hetzelfde artikel, beperkt tot één lid (eventueel met een eigen zekerheid)."""
        controleer_soort("lid", lid, str)
        zekerheid = controleer_optie("zekerheid", zekerheid, Zekerheid)
        return attrs.evolve(self, lid=lid, zekerheid=zekerheid or self.zekerheid)


_SECTORWETTEN = frozenset({"WPO", "WEC", "WVO 2020"})


def voor_wetten(bronnen: tuple[Bron, ...], wetten: frozenset[str]) -> tuple[Bron, ...]:
    """De verwijzingen die gelden onder de sectorwetten ``wetten`` (andere blijven staan).

    Een regel in de catalogus noemt het artikel van elke sector; een gebrek van één leerling
    noemt alleen de wet van zijn school. Lagere regelgeving die naar een sectorwet heet
    (``"Besluit bekostiging WPO"``) volgt die wet.

    >>> WPO = Bron(wet="WPO", artikel="40a")
    >>> WEC = Bron(wet="WEC", artikel="41a")
    >>> [str(b) for b in voor_wetten((WPO, WEC), frozenset({"WEC"}))]
    ['WEC art. 41a']
    """

    def geldt(bron: Bron) -> bool:
        if bron.wet in _SECTORWETTEN:
            return bron.wet in wetten
        if bron.wet.startswith("Besluit bekostiging WPO"):
            return "WPO" in wetten
        return True

    return tuple(b for b in bronnen if geldt(b))


def per_wet(wet: str, wpo: Bron, wec: Bron, wvo: Bron) -> Bron:
    """De verwijzing voor de sectorwet ``wet`` (``Schoolsoort.wet``): WPO, WEC of WVO 2020."""
    return {"WPO": wpo, "WEC": wec, "WVO 2020": wvo}[wet]


# --- Named citations -------------------------------------------------------------------------
# Article-level constants; rules narrow them with ``met_lid``. Lid numbers marked SEED in
# rules.md come from seed 003 and are not yet pinned against the BWB text (rules.md caveat 1).
_G = Zekerheid.GEVERIFIEERD
_S = Zekerheid.BRONDOCUMENT
_O = Zekerheid.ONGEVERIFIEERD

# Algemene termijnenwet (T-02 … T-04)
ATW_1 = Bron(wet="Atw", artikel="1", lid="1", regel="T-02")
ATW_1_TERUGREKENING = Bron(wet="Atw", artikel="1", lid="2", regel="T-02")
ATW_2 = Bron(wet="Atw", artikel="2", regel="T-03")
ATW_3 = Bron(wet="Atw", artikel="3", regel="T-04")
ATW_4 = Bron(wet="Atw", artikel="4", regel="T-03", zekerheid=_O)

# Algemene wet bestuursrecht (T-06)
# Parents are belanghebbenden, not the applicant (the school is): Awb 4:8 gives them the
# chance to give their view before a TLV decision (TLV-02).
AWB_4_8_TLV = Bron(wet="Awb", artikel="4:8", regel="TLV-02")
AWB_6_7 = Bron(wet="Awb", artikel="6:7", regel="T-06")
AWB_6_8 = Bron(wet="Awb", artikel="6:8", lid="1", regel="T-06")
AWB_6_9 = Bron(wet="Awb", artikel="6:9", regel="T-06")
AWB_7_10 = Bron(wet="Awb", artikel="7:10", regel="T-06")
AWB_7_13 = Bron(wet="Awb", artikel="7:13", regel="T-06")
# Motivering (3:46-3:50) and hearing (4:8) of a decision by an openbare school (BES-04, VER-03)
AWB_3_46 = Bron(wet="Awb", artikel="3:46", regel="BES-04")
AWB_4_8 = Bron(wet="Awb", artikel="4:8", regel="VER-03")
# Bezwaar at an openbare school (VER-05): hearing (7:2) and when it may be left out (7:3,
# text checked on pgawb.nl); a late bezwaar may be excused (6:11).
AWB_6_11 = Bron(wet="Awb", artikel="6:11", regel="VER-05")
AWB_7_2 = Bron(wet="Awb", artikel="7:2", lid="1", regel="VER-05")
AWB_7_3 = Bron(wet="Awb", artikel="7:3", regel="VER-05")

# Wet op het primair onderwijs
WPO_15 = Bron(wet="WPO", artikel="15", regel="OVR-01")
WPO_18A = Bron(wet="WPO", artikel="18a", regel="TLV-01")
WPO_39 = Bron(wet="WPO", artikel="39", regel="AAN-02")
WPO_40 = Bron(wet="WPO", artikel="40", regel="AAN-01")
WPO_40A = Bron(wet="WPO", artikel="40a", regel="OPP-01")
WPO_40A_INSTEMMING = Bron(
    wet="WPO", artikel="40a", lid="2", geldig_vanaf=dt.date(2017, 8, 1), regel="OPP-04"
)
WPO_40C = Bron(wet="WPO", artikel="40c", regel="SCH-01")
WPO_43 = Bron(wet="WPO", artikel="43", regel="VER-06")
WPO_63 = Bron(wet="WPO", artikel="63", regel="VER-05")
WPO_40_WEIGEREN = Bron(wet="WPO", artikel="40", lid="4", zekerheid=_S, regel="BES-04")
WPO_40_VERWIJDEREN = Bron(wet="WPO", artikel="40", lid="11", zekerheid=_S, regel="VER-01")
WPO_63_MOTIVERING = Bron(wet="WPO", artikel="63", lid="2", zekerheid=_S, regel="BES-04")
#: Hearing the parents before a verwijdering at a bijzondere school (VER-03; openbaar: AWB_4_8).
WPO_63_HOREN = Bron(wet="WPO", artikel="63", lid="2", zekerheid=_S, regel="VER-03")

# Wet op de expertisecentra
WEC_24 = Bron(wet="WEC", artikel="24", regel="OVR-01")
WEC_40 = Bron(wet="WEC", artikel="40", regel="AAN-01")
WEC_40A = Bron(wet="WEC", artikel="40a", regel="SCH-01")
WEC_41A = Bron(wet="WEC", artikel="41a", regel="OPP-01")
WEC_41A_INSTEMMING = Bron(
    wet="WEC", artikel="41a", lid="2", geldig_vanaf=dt.date(2017, 8, 1), regel="OPP-04"
)
WEC_45 = Bron(wet="WEC", artikel="45", regel="VER-06")
WEC_61 = Bron(wet="WEC", artikel="61", regel="VER-05")
WEC_40_WEIGEREN = Bron(wet="WEC", artikel="40", lid="5", zekerheid=_S, regel="BES-04")
WEC_40_VERWIJDEREN = Bron(wet="WEC", artikel="40", lid="18", zekerheid=_S, regel="VER-01")
#: Hearing the parents before a verwijdering at a bijzondere school (VER-03; openbaar: AWB_4_8).
WEC_61_HOREN = Bron(wet="WEC", artikel="61", regel="VER-03")

# Wet voortgezet onderwijs 2020 (article numbers per seed 003)
WVO_2_44 = Bron(wet="WVO 2020", artikel="2.44", regel="OPP-01", zekerheid=_S)
WVO_2_47 = Bron(wet="WVO 2020", artikel="2.47", regel="TLV-01", zekerheid=_S)
# The WVO article on symbiose was art. 6h before WVO 2020; its new number was not checked.
WVO_SYMBIOSE = Bron(
    wet="WVO 2020", artikel="symbiose (voorheen WVO art. 6h)", zekerheid=_O, regel="OVR-01"
)
WVO_8_8 = Bron(wet="WVO 2020", artikel="8.8", regel="BES-01", zekerheid=_S)
WVO_8_9 = Bron(wet="WVO 2020", artikel="8.9", regel="AAN-07", zekerheid=_S)
WVO_8_14 = Bron(wet="WVO 2020", artikel="8.14", regel="SCH-02", zekerheid=_S)
WVO_8_15 = Bron(wet="WVO 2020", artikel="8.15", regel="VER-01", zekerheid=_S)
WVO_8_8_MOTIVERING = Bron(wet="WVO 2020", artikel="8.8", lid="4", zekerheid=_S, regel="BES-04")
WVO_8_9_WEIGEREN = Bron(wet="WVO 2020", artikel="8.9", lid="2", zekerheid=_S, regel="BES-04")
WVO_8_15_VERWIJDEREN = Bron(wet="WVO 2020", artikel="8.15", lid="2", zekerheid=_S, regel="VER-01")
#: Hearing the pupil (and parents under 18): Reparatiewet OCW 2024, Stb. 2024, 109 (VER-03).
WVO_8_15_HOREN = Bron(
    wet="WVO 2020",
    artikel="8.15",
    lid="3",
    geldig_vanaf=dt.date(2024, 8, 1),
    zekerheid=_S,
    regel="VER-03",
)
#: Overleg with and melding to the Inspectie (VER-03, VER-04); lid not known.
WVO_8_15_INSPECTIE = Bron(wet="WVO 2020", artikel="8.15", zekerheid=_S, regel="VER-04")
#: Hearing the parents of a pupil under 18 before a verwijdering (VER-03). Not dated: only the
#: pupil's own hearing dates from 2024-08-01 (WVO_8_15_HOREN); lid not known.
WVO_8_15_OUDERS_HOREN = Bron(wet="WVO 2020", artikel="8.15", zekerheid=_S, regel="VER-03")
#: "Deugdelijke motivering" of a VO verwijderingsbesluit (seed 003, VER-03); lid not known.
WVO_8_15_MOTIVERING = Bron(wet="WVO 2020", artikel="8.15", zekerheid=_S, regel="VER-03")
#: Bezwaar against a verwijdering at a bijzondere VO school (VER-05; article SEED).
WVO_8_8_BEZWAAR = Bron(wet="WVO 2020", artikel="8.8", lid="4", zekerheid=_S, regel="VER-05")
#: Hearing the VO pupil before a verwijdering, per period (VER-03 as corrected 2026-11-30): the
#: Inrichtingsbesluit WVO until 2021-07-31, the WVO 2020 and its Uitvoeringsbesluit from
#: 2021-08-01, WVO 2020 art. 8.15 (WVO_8_15_HOREN) from 2024-08-01. rules.md names the articles
#: without a checked text and no lid, hence UNVERIFIED.
INRICHTINGSBESLUIT_WVO_14 = Bron(
    wet="Inrichtingsbesluit WVO", artikel="art. 14", zekerheid=_O, regel="VER-03"
)
UITVOERINGSBESLUIT_WVO_VERWIJDERING = Bron(
    wet="WVO 2020 en Uitvoeringsbesluit WVO 2020",
    artikel="regels over verwijdering (artikel niet gecontroleerd)",
    geldig_vanaf=dt.date(2021, 8, 1),
    zekerheid=_O,
    regel="VER-03",
)
#: (V)SO: the adult pupil who is handelingsbekwaam is heard instead of the parents (VER-03).
WEC_40_MEERDERJARIGE = attrs.evolve(WEC_40_VERWIJDEREN, regel="VER-03")
#: The leerplicht runs until the end of the school year in which the pupil turns 16 (or after
#: twelve full school years), then the kwalificatieplicht until 18. The substance is VERIFIED
#: (secondary: oeiikgroei.nl quoting the Leerplichtwet, jaarverslagleerplichtzhz.nl); the
#: article numbers are from memory.
LPW_EINDE = Bron(
    wet="Leerplichtwet 1969",
    artikel="art. 4 en 4a (einde leerplicht, kwalificatieplicht tot 18 jaar)",
    zekerheid=_O,
    regel="VER-01",
)
#: PO and (V)SO: a municipal leerplicht page says the school informs the Inspectie and the
#: leerplichtambtenaar of a verwijdering; no article was found (VER-04).
MELDING_VERWIJDERING_PO_SO = Bron(
    wet="Melding verwijdering aan Inspectie en leerplichtambtenaar (po, (v)so)",
    artikel="artikel niet gevonden",
    zekerheid=_O,
    regel="VER-04",
)
#: The GPO treats a pupil kept out of school without a decision as removed, and faults an
#: intention announced without reasons (VER-07, seed 003 § 2.2 and bijlage 2).
GPO_FEITELIJKE_VERWIJDERING = Bron(
    wet="Geschillencommissie passend onderwijs",
    artikel="feitelijke verwijdering en voornemen (analyse KBA Nijmegen § 2.2)",
    zekerheid=_S,
    regel="VER-07",
)
#: Schorsingen in a row for the same facts are one measure (SCH-03, GPO practice).
GPO_SCHORSINGEN_OP_RIJ = Bron(
    wet="Geschillencommissie passend onderwijs",
    artikel="schorsingen op rij voor dezelfde feiten (analyse KBA Nijmegen § 2.2)",
    zekerheid=_S,
    regel="SCH-03",
)

# Lower regulations and national guidance. The AMvB passend onderwijs 2014 put the OPP contents
# and the TLV deskundigen in the then Besluit bekostiging WPO; the numbering after 2022 was not
# checked (rules.md OPP-03, TLV-02), hence UNVERIFIED.
BESLUIT_OPP_INHOUD = Bron(
    wet="Besluit bekostiging WPO (2014)", artikel="art. 34.7", zekerheid=_O, regel="OPP-03"
)
BESLUIT_DESKUNDIGEN = Bron(
    wet="Besluit bekostiging WPO (2014)", artikel="art. 34.8", zekerheid=_O, regel="TLV-02"
)
LBT_COLLECTIEF_ADVIES = Bron(
    wet="Landelijke Bezwaaradviescommissie TLV", artikel="advies 18-02-2019", regel="TLV-02"
)
OCW_STROOMSCHEMA_TLV = Bron(
    wet="OCW stroomschema's TLV (PO en VO)",
    artikel="aanvraag en verantwoordelijk SWV",
    regel="ZP-04",
)
# Stb. 2024, 165 (number per seed 003); in force 2025-08-01 as announced (rules.md OQ 9).
WET_POSITIE_OUDERS_LEERLINGEN = Bron(
    wet="Wet versterking positie ouders en leerlingen in het passend onderwijs (Stb. 2024, 165)",
    artikel="hoorrecht leerling bij het OPP",
    geldig_vanaf=dt.date(2025, 8, 1),
    zekerheid=_S,
    regel="OPP-06",
)
VARIAWET = Bron(
    wet="Variawet: maatwerk in onderwijstijd (sinds 2018-08-01)",
    artikel="instemming inspectie op basis van een actueel OPP",
    regel="OVR-02",
)

# Procedure of the Geschillencommissie passend onderwijs: its statutory basis for the
# 6-week filing term was not seen (rules.md §8), so the procedure itself is the source.
GPO_PROCEDURE = Bron(
    wet="Geschillencommissie passend onderwijs",
    artikel="procedure (onderwijsgeschillen.nl)",
    regel="VER-06",
)

# Seed documents (regional policy, never statute)
#: Seed 003 fn 44 (citing Zoontjens 2023): in VO a schorsing preceding a verwijdering may last
#: as long as the verwijderingsprocedure (rules.md OQ 7).
SEED_003_SCHORSING = Bron(
    wet="KBA Nijmegen, analyse voor de Geschillencommissie passend onderwijs (2024)",
    artikel="noot 44",
    zekerheid=_S,
    regel="SCH-02",
)
SEED_001 = Bron(
    wet="SWV Rijn & Gelderse Vallei, Zorgplicht in schema (2022)",
    artikel="§ 4",
    zekerheid=_S,
    regel="BES-03",
)
SEED_001_TLV = Bron(wet=SEED_001.wet, artikel="§ 9", zekerheid=_S, regel="TLV-06")
SEED_001_VERHUIZING = Bron(wet=SEED_001.wet, artikel="§ 10", zekerheid=_S, regel="ZP-04")
SEED_004_TLV = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 6.1.3",
    zekerheid=_S,
    regel="TLV-06",
)
SEED_004 = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8",
    zekerheid=_S,
    regel="FIN-07",
)

# --- Zorgplicht, age rules and regional zorgplicht policy (rules.md §1-3) --------------------
# Zorgplicht: WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (ZP-01, BES-04;
# leden SEED, seed 003 noot 10).
WPO_ZORGPLICHT = attrs.evolve(WPO_40, lid="4", zekerheid=_S, regel="ZP-01")
WEC_ZORGPLICHT = attrs.evolve(WEC_40, lid="5", zekerheid=_S, regel="ZP-01")
WVO_ZORGPLICHT = attrs.evolve(WVO_8_9, lid="2", regel="ZP-01")
# Exceptions 1-3 (vol, grondslag, vo-toelatingseisen): WPO 40 lid 5, WEC 40 lid 6, WVO 8.9 lid 3;
# Dutch-language support only: WPO 40 lid 3, WEC 40 lid 4, WVO 8.9 lid 1 (AAN-07, leden SEED).
WPO_UITZONDERING = attrs.evolve(WPO_40, lid="5", zekerheid=_S, regel="AAN-07")
WEC_UITZONDERING = attrs.evolve(WEC_40, lid="6", zekerheid=_S, regel="AAN-07")
WVO_UITZONDERING = WVO_8_9.met_lid("3")
WPO_TAAL = attrs.evolve(WPO_40, lid="3", zekerheid=_S, regel="AAN-07")
WEC_TAAL = attrs.evolve(WEC_40, lid="4", zekerheid=_S, regel="AAN-07")
WVO_TAAL = WVO_8_9.met_lid("1")
# Cluster 1/2 institutions have their own admission (AAN-07: "cluster 1/2: WEC", no article seen).
WEC_CLUSTER_1_2 = Bron(
    wet="WEC, cluster 1 en 2:", artikel="artikel niet gezien", zekerheid=_O, regel="AAN-07"
)
# The beslistermijn of an aanmelding in PO: WPO art. 40 lid 6, and lid 12 with it (BES-01, seed
# 003 noot 18: "WPO artikel 40 lid 6 en 12"; leden SEED).
WPO_BESLISTERMIJN = attrs.evolve(WPO_40, lid="6", zekerheid=_S, regel="BES-01")
WPO_BESLISTERMIJN_12 = attrs.evolve(WPO_40, lid="12", zekerheid=_S, regel="BES-01")
# Temporary enrolment after the (extended) beslistermijn (BES-02).
WPO_TIJDELIJK = attrs.evolve(WPO_40, lid="6", zekerheid=_S, regel="BES-02")
WEC_TIJDELIJK = attrs.evolve(WEC_40, lid="7", zekerheid=_S, regel="BES-02")
WVO_TIJDELIJK = attrs.evolve(WVO_8_8, lid="2", regel="BES-02")
# Several aanmeldingen: the school of first preference (AAN-05; practice, not a numbered lid).
GPO_EERSTE_VOORKEUR = Bron(
    wet="Geschillencommissie passend onderwijs",
    artikel="oordeel 107070 (2016)",
    regel="AAN-05",
)
# Parents turning down a not unreasonable offer end the zorgplicht (ZP-01, per seed 003 § 2.2).
MVT_AANBOD = Bron(
    wet="Kamerstukken II 2011/12, 33106, nr. 3",
    artikel="memorie van toelichting (aangehaald in de analyse voor de Geschillencommissie, § 2.2)",
    zekerheid=_S,
    regel="ZP-01",
)
# Cluster 1/2 institutions are national, outside the SWVs, with their own Commissie van
# Onderzoek: no zorgplicht at aanmelding (OVR-08, AAN-07 #5).
OVR_CLUSTER_1_2 = Bron(
    wet="Landelijke instellingen cluster 1 en 2",
    artikel="eigen Commissie van Onderzoek, geen zorgplicht bij aanmelding",
    zekerheid=_S,
    regel="OVR-08",
)
# Passend onderwijs itself: in force from 1 August 2014 (LAW-01). Nothing dated before that day
# is judged under its rules.
PASSEND_ONDERWIJS_VANAF: Final = dt.date(2014, 8, 1)
WET_PASSEND_ONDERWIJS = Bron(
    wet="Wet passend onderwijs (Stb. 2012, 533)",
    artikel="inwerkingtreding 1 augustus 2014",
    geldig_vanaf=PASSEND_ONDERWIJS_VANAF,
    regel="LAW-01",
)
# Age rules in PO (AAN-02).
WPO_39_TOELATING = WPO_39.met_lid("1")
WPO_39_WENNEN = WPO_39.met_lid("3")
WPO_40_DRIE_JAAR = attrs.evolve(WPO_40, regel="AAN-02")  # VERIFIED (secondary), lid not seen
# The BWB-id of the Leerplichtwet 1969 was not checked, so no link is derived (caveat 1).
LPW_3 = Bron(wet="Leerplichtwet 1969", artikel="art. 3", regel="AAN-02")
# 29 February: rules.md OQ 17 leaves it unresearched; a newspaper reports "juridisch pas op
# 1 maart een jaar ouder" (checked 2026-11-25), hence UNVERIFIED.
SCHRIKKELDAG = Bron(
    wet="Burgerlijk recht, praktijk",
    artikel="verjaardag bij geboorte op 29 februari",
    zekerheid=_O,
    regel="AAN-02",
)
SEED_001_GEDEELD = attrs.evolve(SEED_001, artikel="§ 8", regel="ZP-02")
SEED_004_MOREEL = attrs.evolve(SEED_004, artikel="§ 6.1.1", regel="OVR-10")
SEED_004_HAARLEM = attrs.evolve(SEED_004, artikel="§ 6.1.2", regel="AAN-06")
SEED_004_BAO_BAO = attrs.evolve(SEED_004, artikel="§ 8.1.3", regel="ZP-03")

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
#: The conditions of the instroom- and terugplaatsingsbudget (voorschoolse TLV, terugplaatsing-
#: formulier): within the SWV, not the original school, from school year 2023-24.
TOP_INSTROOM_VOORWAARDEN = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 6.1.3",
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
# Cents the table hides: reconstructed by passend from the table's own printed totals, not read
# from any source, so marked as such.
BEGROTING_ZK_AFRONDING = Bron(
    wet="passend, reconstructie van afrondingsverschillen",
    artikel="uit de getoonde totalen van § 12 (geen bron)",
    zekerheid=_O,
    regel="FIN-07",
)
