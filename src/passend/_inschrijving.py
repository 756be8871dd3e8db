"""Inschrijving, en ouders die een aangeboden plaats afwijzen (rules.md ZP-01, BES-02)."""

from __future__ import annotations

import datetime as dt

import attrs

from passend._fouten import OngeldigeInvoer
from passend._partijen import Leerling, School, Schoolsoort
from passend._waarden import (
    controleer_datum,
    is_bool,
    is_datum,
    is_datum_of_none,
    is_type,
    niet_voor,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave

__all__ = ["Aanbodafwijzing", "Inschrijving", "Schoolwisselmelding"]


@attrs.frozen(kw_only=True)
class Inschrijving(Weergave):
    """Inschrijving van een leerling op een school, van ``ingeschreven_op`` tot de uitschrijving."""

    #: De ingeschreven leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school waar de leerling staat ingeschreven.
    school: School = attrs.field(validator=is_type(School))
    #: Eerste dag van de inschrijving.
    ingeschreven_op: dt.date = attrs.field(validator=is_datum)
    #: Eerste dag waarop de leerling niet meer staat ingeschreven; None: nog ingeschreven.
    uitgeschreven_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("ingeschreven_op", "de inschrijving")],
    )
    #: True voor de tijdelijke inschrijving van BES-02.
    tijdelijk: bool = attrs.field(default=False, validator=is_bool)

    def stand_op(self, op: dt.date) -> Inschrijving | None:
        """De inschrijving zoals bekend op ``op``: None vóór het begin; latere uitschrijving weg."""
        if self.ingeschreven_op > controleer_datum("op", op):
            return None
        return vervang(self, uitgeschreven_op=tot_en_met(self.uitgeschreven_op, op))

    def ingeschreven(self, op: dt.date) -> bool:
        """True als de leerling op ``op`` staat ingeschreven."""
        return self.ingeschreven_op <= controleer_datum("op", op) and (
            self.uitgeschreven_op is None or op < self.uitgeschreven_op
        )


@attrs.frozen(kw_only=True)
class Aanbodafwijzing(Weergave):
    """Ouders wezen een passende plaats af die het bevoegd gezag van ``school`` aanbood.

    Of het aanbod "niet onredelijk" was, is een open norm die een mens beoordeelt; wie dit record
    vastlegt, legt dat oordeel vast (ZP-01).
    """

    #: De leerling voor wie de plaats werd aangeboden.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school waarvan het bevoegd gezag de plaats aanbood.
    school: School = attrs.field(validator=is_type(School))
    #: Dag waarop de ouders het aanbod afwezen.
    afgewezen_op: dt.date = attrs.field(validator=is_datum)

    def stand_op(self, op: dt.date) -> Aanbodafwijzing | None:
        """Deze afwijzing zoals bekend op ``op``: None vóórdat ze plaatsvond."""
        return self if self.afgewezen_op <= controleer_datum("op", op) else None


@attrs.frozen(kw_only=True)
class Schoolwisselmelding(Weergave):
    """Een overstap tussen twee reguliere basisscholen, zoals gemeld aan het SWV (ZP-03).

    Alleen Zuid-Kennemerland verbindt er een financieel gevolg aan (ondersteuningsplan
    2024-2028 van SWV Zuid-Kennemerland § 8.1.3).
    """

    #: De leerling die van school wisselt.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De basisschool die de leerling verlaat.
    van: School = attrs.field(validator=is_type(School))
    #: De nieuwe basisschool.
    naar: School = attrs.field(validator=is_type(School))
    #: Eerste dag op de nieuwe school.
    gewisseld_op: dt.date = attrs.field(validator=is_datum)
    #: True als de overstap komt door een verhuizing.
    verhuizing: bool = attrs.field(validator=is_bool)
    #: True als beide directeuren verklaren dat de leerling extra ondersteuning nodig heeft.
    extra_ondersteuningsbehoefte: bool = attrs.field(validator=is_bool)

    @naar.validator
    def _check_bao(self, attribute: attrs.Attribute[School], value: School) -> None:
        # ZP-03 is about a switch between regular basisscholen only.
        for veld, school in (("van", self.van), (attribute.name, value)):
            if school.soort is not Schoolsoort.BAO:
                raise OngeldigeInvoer(
                    veld, school.brin, f"verwacht een basisschool (bao), niet {school.soort.value}"
                )

    def stand_op(self, op: dt.date) -> Schoolwisselmelding | None:
        """Deze overstap zoals bekend op ``op``: None vóórdat hij plaatsvond."""
        return self if self.gewisseld_op <= controleer_datum("op", op) else None
