"""Verwijdering, schorsing and bezwaar: the records of a removal procedure (rules.md §6-7)."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from passend._partijen import Leerling, School
from passend._waarden import als_tuple, is_datum, is_datum_of_none, is_enum, is_type, niet_voor

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


@attrs.frozen(kw_only=True)
class Schorsing:
    """A schorsing (ordemaatregel) from ``begin`` to ``einde``, both days included."""

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    begin: dt.date = attrs.field(validator=is_datum)
    einde: dt.date = attrs.field(validator=[is_datum, niet_voor("begin", "het begin")])
    inspectie_gemeld_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
