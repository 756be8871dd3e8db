"""Ontwikkelingsperspectief (OPP) and its handelingsdeel (rules.md §5)."""

from __future__ import annotations

import datetime as dt

import attrs

from passend._partijen import Leerling, School
from passend._waarden import (
    als_tuple,
    is_datum,
    is_datum_of_none,
    is_type,
    niet_voor,
    tot_en_met,
)

__all__ = ["ExtraOndersteuning", "Handelingsdeel", "Opp"]


@attrs.frozen(kw_only=True)
class ExtraOndersteuning:
    """Extra ondersteuning (beyond basisondersteuning) the pupil receives at ``school``.

    From ``vanaf`` up to, not including, ``tot`` (None: still running). In regular PO and VO
    this is what makes an OPP required (OPP-01).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    vanaf: dt.date = attrs.field(validator=is_datum)
    tot: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("vanaf", "het begin")]
    )

    def stand_op(self, op: dt.date) -> ExtraOndersteuning | None:
        """This support as known on ``op``: None before it began; a later end left out."""
        if self.vanaf > op:
            return None
        return attrs.evolve(self, tot=tot_en_met(self.tot, op))


@attrs.frozen(kw_only=True)
class Handelingsdeel:
    """The support and guidance the school offers, and deviations from the programme (OPP-03)."""

    ondersteuning: str
    afwijkingen: str | None = None


@attrs.frozen(kw_only=True)
class Opp:
    """An OPP as vastgesteld by the bevoegd gezag.

    Missing parts are recorded as missing (empty text, empty tuple, ``handelingsdeel=None``);
    ``passend.toets`` reports them. ``instemming_op`` is the date the parents (or the adult
    handelingsbekwame VSO pupil) agreed to the handelingsdeel; ``evaluaties`` the dates it was
    evaluated; ``leerling_gehoord_op`` when the pupil was heard (hoorrecht from 2025-08-01).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    vastgesteld_op: dt.date = attrs.field(validator=is_datum)
    uitstroombestemming: str
    belemmerende_factoren: tuple[str, ...] = attrs.field(converter=als_tuple)
    bevorderende_factoren: tuple[str, ...] = attrs.field(converter=als_tuple)
    handelingsdeel: Handelingsdeel | None
    instemming_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    evaluaties: tuple[dt.date, ...] = attrs.field(default=(), converter=als_tuple)
    leerling_gehoord_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    def stand_op(self, op: dt.date) -> Opp | None:
        """This OPP as known on ``op``: None before it was vastgesteld, later facts left out."""
        if self.vastgesteld_op > op:
            return None
        return attrs.evolve(
            self,
            instemming_op=tot_en_met(self.instemming_op, op),
            evaluaties=[d for d in self.evaluaties if d <= op],
            leerling_gehoord_op=tot_en_met(self.leerling_gehoord_op, op),
        )
