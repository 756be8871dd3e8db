"""Verwijdering, schorsing and bezwaar: the records of a removal procedure (rules.md §6-7)."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from passend._partijen import Leerling, School
from passend._waarden import (
    als_tuple,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    niet_voor,
    tot_en_met,
)

__all__ = ["Bezwaar", "Gehoord", "Gehoorde", "Schorsing", "Verwijdering"]


class Gehoorde(enum.Enum):
    """Who was heard before a decision (VER-03)."""

    OUDERS = "ouders"
    #: The groepsleraar or the teachers concerned.
    LEERKRACHT = "leerkracht"
    LEERLING = "leerling"


@attrs.frozen(kw_only=True)
class Gehoord:
    """A hearing: who was heard, and on which day."""

    wie: Gehoorde = attrs.field(validator=is_enum(Gehoorde))
    op: dt.date = attrs.field(validator=is_datum)


@attrs.frozen(kw_only=True)
class Bezwaar:
    """A bezwaar against a decision, and a dispute at the GPO about it.

    ``gpo_ingediend_op`` and ``gpo_oordeel_op`` mark the GPO case that suspends the decision
    term on the bezwaar (VER-05, VER-06).
    """

    ontvangen_op: dt.date = attrs.field(validator=is_datum)
    beslist_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("ontvangen_op", "het bezwaar")]
    )
    gpo_ingediend_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    gpo_oordeel_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("gpo_ingediend_op", "de indiening bij de GPO")],
    )

    def stand_op(self, op: dt.date) -> Bezwaar | None:
        """This bezwaar as known on ``op``: None before receipt, later facts left out."""
        if self.ontvangen_op > op:
            return None
        return attrs.evolve(
            self,
            beslist_op=tot_en_met(self.beslist_op, op),
            gpo_ingediend_op=tot_en_met(self.gpo_ingediend_op, op),
            gpo_oordeel_op=tot_en_met(self.gpo_oordeel_op, op),
        )


@attrs.frozen(kw_only=True)
class Verwijdering:
    """A (proposed) removal of a pupil from a school.

    ``besluit_op`` is None while the removal is only intended. ``andere_school`` with
    ``andere_school_bereid_op``: the school that is willing to admit (VER-01).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    besluit_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    gehoord: tuple[Gehoord, ...] = attrs.field(default=(), converter=als_tuple)
    inspectie_overleg_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    inspectie_gemeld_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    andere_school: School | None = None
    andere_school_bereid_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    gemotiveerd: bool = False
    bezwaar: Bezwaar | None = None

    def stand_op(self, op: dt.date) -> Verwijdering | None:
        """This removal as known on ``op``: steps after ``op`` left out.

        An intended removal has no date of its own; it is known from its first recorded step
        (or always, when it records none).
        """
        stappen = [
            d
            for d in (
                self.besluit_op,
                self.inspectie_overleg_op,
                self.inspectie_gemeld_op,
                self.andere_school_bereid_op,
                *(g.op for g in self.gehoord),
            )
            if d is not None
        ]
        if stappen and min(stappen) > op:
            return None
        return attrs.evolve(
            self,
            besluit_op=tot_en_met(self.besluit_op, op),
            gehoord=[g for g in self.gehoord if g.op <= op],
            inspectie_overleg_op=tot_en_met(self.inspectie_overleg_op, op),
            inspectie_gemeld_op=tot_en_met(self.inspectie_gemeld_op, op),
            andere_school_bereid_op=tot_en_met(self.andere_school_bereid_op, op),
            bezwaar=self.bezwaar.stand_op(op) if self.bezwaar else None,
        )


@attrs.frozen(kw_only=True)
class Schorsing:
    """A schorsing (ordemaatregel) from ``begin`` to ``einde``, both days included."""

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    begin: dt.date = attrs.field(validator=is_datum)
    einde: dt.date = attrs.field(validator=[is_datum, niet_voor("begin", "het begin")])
    inspectie_gemeld_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    def stand_op(self, op: dt.date) -> Schorsing | None:
        """This schorsing as known on ``op``: None before it began; a later melding left out."""
        if self.begin > op:
            return None
        return attrs.evolve(self, inspectie_gemeld_op=tot_en_met(self.inspectie_gemeld_op, op))
