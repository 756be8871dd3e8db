"""Parties: bevoegd gezag, school, samenwerkingsverband, pupil, and their enums.

A :class:`Leerling` is deliberately minimal (privacy by design): a pseudonymous id and a birth
date, nothing that identifies a child outside the system that made the id.
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
    """School-holiday region of the Netherlands (OCW regio-indeling, rules.md VAK-01)."""

    NOORD = "Noord"
    MIDDEN = "Midden"
    ZUID = "Zuid"


class Bestuurssoort(enum.Enum):
    """Openbaar (a bestuursorgaan: Awb applies) or bijzonder (sector-law bezwaar)."""

    OPENBAAR = "openbaar"
    BIJZONDER = "bijzonder"


class Sector(enum.Enum):
    """Sector of a samenwerkingsverband."""

    PO = "PO"
    VO = "VO"


class Schoolsoort(enum.Enum):
    """Kind of school; decides which sector law applies (WPO, WEC or WVO 2020)."""

    BAO = "bao"
    SBO = "sbo"
    SO = "so"
    VSO = "vso"
    VO = "vo"
    PRO = "pro"

    @property
    def wet(self) -> str:
        """Abbreviation of the sector law: ``"WPO"``, ``"WEC"`` or ``"WVO 2020"``.

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
        """SBO, SO, VSO and PrO: admission needs a TLV and every pupil needs an OPP."""
        return self not in (Schoolsoort.BAO, Schoolsoort.VO)

    @property
    def sector(self) -> Sector:
        """The SWV sector the school belongs to (SO with PO, VSO and PrO with VO)."""
        if self in (Schoolsoort.BAO, Schoolsoort.SBO, Schoolsoort.SO):
            return Sector.PO
        return Sector.VO


@attrs.frozen(kw_only=True)
class Schoolbestuur(Weergave):
    """A bevoegd gezag: the legal person that carries the zorgplicht."""

    id: str = attrs.field(validator=niet_leeg)
    naam: str = attrs.field(validator=niet_leeg)
    soort: Bestuurssoort = attrs.field(validator=is_enum(Bestuurssoort))


@attrs.frozen(kw_only=True)
class Samenwerkingsverband(Weergave):
    """A samenwerkingsverband passend onderwijs (SWV) of one sector."""

    id: str = attrs.field(validator=niet_leeg)
    naam: str = attrs.field(validator=niet_leeg)
    sector: Sector = attrs.field(validator=is_enum(Sector))


@attrs.frozen(kw_only=True)
class School(Weergave):
    """A school (or vestiging) with its BRIN number and bevoegd gezag.

    ``cluster`` (1-4) only exists for SO and VSO schools.

    >>> bestuur = Schoolbestuur(id="b1", naam="Stichting Voorbeeld", soort=Bestuurssoort.BIJZONDER)
    >>> School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=bestuur).soort.wet
    'WPO'
    >>> School(brin="12ab", naam="X", soort=Schoolsoort.BAO, bestuur=bestuur)
    Traceback (most recent call last):
    ...
    passend._fouten.OngeldigeInvoer: brin = '12ab': verwacht twee cijfers en twee hoofdletters, ...
    """

    brin: str = attrs.field()
    naam: str = attrs.field(validator=niet_leeg)
    soort: Schoolsoort = attrs.field(validator=is_enum(Schoolsoort))
    bestuur: Schoolbestuur = attrs.field(validator=is_type(Schoolbestuur))
    swv: Samenwerkingsverband | None = attrs.field(
        default=None, validator=is_type_of_none(Samenwerkingsverband)
    )
    regio: Regio | None = attrs.field(default=None, validator=is_type_of_none(Regio))
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
    """A pupil: a pseudonymous id and a birth date. No name, no BSN (privacy by design)."""

    id: str = attrs.field(validator=niet_leeg)
    geboortedatum: dt.date = attrs.field(validator=is_datum)
