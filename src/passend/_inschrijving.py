"""Inschrijving and the parents' refusal of an offered place (rules.md ZP-01, BES-02)."""

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
    """Enrolment of a pupil at a school, from ``ingeschreven_op`` up to ``uitgeschreven_op``.

    ``uitgeschreven_op`` is the first day the pupil is no longer enrolled (None: still enrolled).
    ``tijdelijk`` marks the temporary enrolment of BES-02.
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    ingeschreven_op: dt.date = attrs.field(validator=is_datum)
    uitgeschreven_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("ingeschreven_op", "de inschrijving")],
    )
    tijdelijk: bool = attrs.field(default=False, validator=is_bool)

    def stand_op(self, op: dt.date) -> Inschrijving | None:
        """This enrolment as known on ``op``: None before it began; a later uitschrijving left out."""
        if self.ingeschreven_op > controleer_datum("op", op):
            return None
        return vervang(self, uitgeschreven_op=tot_en_met(self.uitgeschreven_op, op))

    def ingeschreven(self, op: dt.date) -> bool:
        """True when the pupil is enrolled on ``op``."""
        return self.ingeschreven_op <= controleer_datum("op", op) and (
            self.uitgeschreven_op is None or op < self.uitgeschreven_op
        )


@attrs.frozen(kw_only=True)
class Aanbodafwijzing(Weergave):
    """Parents turned down a suitable place offered by ``school``'s bevoegd gezag.

    Whether the offer was "niet onredelijk" is an open norm judged by a person; recording this
    record states that judgement (ZP-01).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    afgewezen_op: dt.date = attrs.field(validator=is_datum)

    def stand_op(self, op: dt.date) -> Aanbodafwijzing | None:
        """This refusal as known on ``op``: None before it happened."""
        return self if self.afgewezen_op <= controleer_datum("op", op) else None


@attrs.frozen(kw_only=True)
class Schoolwisselmelding(Weergave):
    """A switch between two regular basisscholen, as reported to the SWV (ZP-03).

    ``gewisseld_op`` is the first day at the new school. ``verhuizing``: the switch is due to a
    move. ``extra_ondersteuningsbehoefte``: both directors state the pupil has extra support
    needs. Only Zuid-Kennemerland attaches a financial consequence (seed 004 § 8.1.3).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    van: School = attrs.field(validator=is_type(School))
    naar: School = attrs.field(validator=is_type(School))
    gewisseld_op: dt.date = attrs.field(validator=is_datum)
    verhuizing: bool = attrs.field(validator=is_bool)
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
        """This switch as known on ``op``: None before it happened."""
        return self if self.gewisseld_op <= controleer_datum("op", op) else None
