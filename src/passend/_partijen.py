"""Partijen: bevoegd gezag, school, samenwerkingsverband, leerling, en hun opsommingen.

Een :class:`Leerling` is met opzet minimaal (gegevensbescherming door ontwerp): een pseudoniem
id en een geboortedatum, niets wat een kind herkenbaar maakt buiten het systeem dat het id
maakte.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from passend._fouten import OngeldigeInvoer
from passend._waarden import is_datum, is_enum, is_type, is_type_of_none, niet_leeg
from passend._weergave import Weergave

__all__ = [
    "Bestuurssoort",
    "Leerling",
    "Regio",
    "Samenwerkingsverband",
    "School",
    "Schoolbestuur",
    "Schoolsoort",
    "Sector",
]

_BRIN = re.compile(r"\d{2}[A-Z]{2}(\d{2})?")


class Regio(enum.Enum):
    """Schoolvakantieregio van Nederland (OCW regio-indeling, rules.md VAK-01)."""

    #: Regio Noord.
    NOORD = "Noord"
    #: Regio Midden.
    MIDDEN = "Midden"
    #: Regio Zuid.
    ZUID = "Zuid"


class Bestuurssoort(enum.Enum):
    """Openbaar (een bestuursorgaan: de Awb geldt) of bijzonder (bezwaar volgens de sectorwet)."""

    #: Openbaar onderwijs: het bevoegd gezag is een bestuursorgaan, de Awb geldt.
    OPENBAAR = "openbaar"
    #: Bijzonder onderwijs: bezwaar volgens de sectorwet.
    BIJZONDER = "bijzonder"


class Sector(enum.Enum):
    """Sector van een samenwerkingsverband."""

    #: Primair onderwijs (met SBO en SO).
    PO = "PO"
    #: Voortgezet onderwijs (met PrO en VSO).
    VO = "VO"


class Schoolsoort(enum.Enum):
    """Soort school; bepaalt welke sectorwet geldt (WPO, WEC of WVO 2020)."""

    #: Basisonderwijs (WPO).
    BAO = "bao"
    #: Speciaal basisonderwijs (WPO).
    SBO = "sbo"
    #: Speciaal onderwijs (WEC).
    SO = "so"
    #: Voortgezet speciaal onderwijs (WEC).
    VSO = "vso"
    #: Voortgezet onderwijs (WVO 2020).
    VO = "vo"
    #: Praktijkonderwijs (WVO 2020).
    PRO = "pro"

    @property
    def wet(self) -> str:
        """Afkorting van de sectorwet: ``"WPO"``, ``"WEC"`` of ``"WVO 2020"``.

        >>> Schoolsoort.SBO.wet, Schoolsoort.VSO.wet, Schoolsoort.PRO.wet
        ('WPO', 'WEC', 'WVO 2020')
        """
        if self in (Schoolsoort.BAO, Schoolsoort.SBO):
            return "WPO"
        if self in (Schoolsoort.SO, Schoolsoort.VSO):
            return "WEC"
        return "WVO 2020"

    @property
    def gespecialiseerd(self) -> bool:
        """SBO, SO, VSO en PrO: toelating vraagt een TLV en elke leerling heeft een OPP nodig."""
        return self not in (Schoolsoort.BAO, Schoolsoort.VO)

    @property
    def sector(self) -> Sector:
        """De SWV-sector waar de school bij hoort (SO bij PO, VSO en PrO bij VO)."""
        if self in (Schoolsoort.BAO, Schoolsoort.SBO, Schoolsoort.SO):
            return Sector.PO
        return Sector.VO


@attrs.frozen(kw_only=True)
class Schoolbestuur(Weergave):
    """Een bevoegd gezag: de rechtspersoon die de zorgplicht draagt."""

    #: Kenmerk van het bestuur.
    id: str = attrs.field(validator=niet_leeg)
    #: Naam van het bestuur.
    naam: str = attrs.field(validator=niet_leeg)
    #: Openbaar of bijzonder; bepaalt de bezwaarprocedure.
    soort: Bestuurssoort = attrs.field(validator=is_enum(Bestuurssoort))


@attrs.frozen(kw_only=True)
class Samenwerkingsverband(Weergave):
    """Een samenwerkingsverband passend onderwijs (SWV) van één sector."""

    #: Kenmerk van het SWV.
    id: str = attrs.field(validator=niet_leeg)
    #: Naam van het SWV.
    naam: str = attrs.field(validator=niet_leeg)
    #: PO of VO.
    sector: Sector = attrs.field(validator=is_enum(Sector))


@attrs.frozen(kw_only=True)
class School(Weergave):
    """Een school (of vestiging) met haar BRIN-nummer en bevoegd gezag.

    >>> bestuur = Schoolbestuur(id="b1", naam="Stichting Voorbeeld", soort=Bestuurssoort.BIJZONDER)
    >>> School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=bestuur).soort.wet
    'WPO'
    >>> School(brin="12ab", naam="X", soort=Schoolsoort.BAO, bestuur=bestuur)
    Traceback (most recent call last):
    ...
    passend._fouten.OngeldigeInvoer: brin = '12ab': verwacht twee cijfers en twee hoofdletters, ...
    """

    #: BRIN-nummer: twee cijfers en twee hoofdletters, eventueel met een vestigingsnummer van
    #: twee cijfers (``'12AB'``, ``'12AB01'``).
    brin: str = attrs.field()
    #: Naam van de school.
    naam: str = attrs.field(validator=niet_leeg)
    #: Soort school; bepaalt de sectorwet.
    soort: Schoolsoort = attrs.field(validator=is_enum(Schoolsoort))
    #: Het bevoegd gezag van de school.
    bestuur: Schoolbestuur = attrs.field(validator=is_type(Schoolbestuur))
    #: Het samenwerkingsverband waar de school bij hoort; None: niet opgegeven.
    swv: Samenwerkingsverband | None = attrs.field(
        default=None, validator=is_type_of_none(Samenwerkingsverband)
    )
    #: Schoolvakantieregio; None: niet opgegeven.
    regio: Regio | None = attrs.field(default=None, validator=is_type_of_none(Regio))
    #: Cluster 1-4, alleen voor SO- en VSO-scholen; None: geen cluster of niet opgegeven.
    cluster: int | None = attrs.field(default=None)

    @brin.validator
    def _check_brin(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _BRIN.fullmatch(value):
            raise OngeldigeInvoer(
                attribute.name,
                value,
                "verwacht twee cijfers en twee hoofdletters, eventueel met een "
                "vestigingsnummer van twee cijfers (bijv. '12AB' of '12AB01')",
            )

    @cluster.validator
    def _check_cluster(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        if self.soort not in (Schoolsoort.SO, Schoolsoort.VSO):
            raise OngeldigeInvoer(
                attribute.name, value, "alleen een SO- of VSO-school heeft een cluster"
            )
        if type(value) is not int or value not in (1, 2, 3, 4):
            raise OngeldigeInvoer(attribute.name, value, "cluster is 1, 2, 3 of 4")


@attrs.frozen(kw_only=True)
class Leerling(Weergave):
    """Een leerling: een pseudoniem id en een geboortedatum, geen naam of BSN.

    Gegevensbescherming door ontwerp: niets wat een kind buiten het eigen systeem herkenbaar maakt.
    """

    #: Pseudoniem kenmerk van de leerling; nooit een naam of BSN.
    id: str = attrs.field(validator=niet_leeg)
    #: Geboortedatum; hieruit volgen leeftijd en leerplicht.
    geboortedatum: dt.date = attrs.field(validator=is_datum)
