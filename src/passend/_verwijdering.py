"""Verwijdering: the record of a removal procedure (rules.md §6).

The records are facts as a school records them; their checks for ``passend.toets`` and
``passend.aandachtspunten`` live in ``_verwijdering_toets``, the bezwaar and its terms in
``_bezwaar``, the schorsing in ``_schorsing``.

A de-facto exclusion (the pupil is kept at home without a verwijderingsbesluit) is recorded
as a ``Verwijdering`` with ``feitelijk_sinds`` and judged as a verwijdering (VER-07); it leaves
the zorgplicht with the school (VER-01), which ``passend.zorgplicht`` judges.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from passend._bezwaar import Bezwaar
from passend._fouten import TegenstrijdigDossier
from passend._kalender import dagnaam
from passend._partijen import Leerling, School, Schoolsoort
from passend._schorsing import Schorsing
from passend._tlv import TlvCategorie, TlvUitkomst
from passend._waarden import (
    als_gehoord,
    controleer_datum,
    elk_een,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    is_type_of_none,
    niet_voor,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave

if TYPE_CHECKING:
    from passend._tlv import Tlv

__all__ = ["Bezwaar", "Gehoord", "Gehoorde", "Schorsing", "Verwijdering"]


class Gehoorde(enum.Enum):
    """Who was heard before a decision (VER-03)."""

    OUDERS = "ouders"
    #: The groepsleraar or the teachers concerned.
    LEERKRACHT = "leerkracht"
    #: The pupil: in the vo always; in the (v)so the adult, handelingsbekwame pupil instead of
    #: the parents (the school judges handelingsbekwaamheid and records it by hearing the pupil).
    LEERLING = "leerling"


@attrs.frozen(kw_only=True)
class Gehoord(Weergave):
    """A hearing: who was heard, and on which day."""

    wie: Gehoorde = attrs.field(validator=is_enum(Gehoorde))
    op: dt.date = attrs.field(validator=is_datum)


@attrs.frozen(kw_only=True)
class Verwijdering(Weergave):
    """A (proposed) removal of a pupil from a school.

    ``besluit_op`` is None while the removal is only intended. ``andere_school`` with
    ``andere_school_bereid_op``: the school that is willing to admit (VER-01).
    ``gemotiveerd``: the decision was made known in writing and with reasons; None (the default)
    when the dossier does not say, which ``passend.aandachtspunten`` asks about (before 0.2 the
    default was False, which made an unrecorded motivation a defect).
    ``leerplichtig``: whether the pupil falls under the Leerplichtwet (VO only: decides the
    Inspectie-overleg and VER-01); None when not recorded, and then passend reads it from the
    birth date where it can (under 16: leerplichtig; 18 or older: not) and otherwise asks.
    ``voorgenomen_op``: the day the intention to remove was recorded; from then on the
    verwijdering is known (see :meth:`stand_op`). ``voornemen_gemotiveerd``: the intention was
    made known with its reasons (VER-07); None when not recorded. ``besluit_gepland_op``: the
    day the bevoegd gezag means to decide, if it named one; passend dates the reminders of an
    intention by it. ``feitelijk_sinds``: the pupil has been kept out of school since this day
    without a decision (a de-facto verwijdering, VER-07).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    besluit_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    gehoord: tuple[Gehoord, ...] = attrs.field(
        default=(), converter=als_gehoord, validator=elk_een(Gehoord)
    )
    inspectie_overleg_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    inspectie_gemeld_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    andere_school: School | None = attrs.field(default=None, validator=is_type_of_none(School))
    andere_school_bereid_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    gemotiveerd: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    bezwaar: Bezwaar | None = attrs.field(default=None, validator=is_type_of_none(Bezwaar))
    leerplichtig: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    voorgenomen_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    voornemen_gemotiveerd: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    besluit_gepland_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("voorgenomen_op", "het voornemen")],
    )
    feitelijk_sinds: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    @voorgenomen_op.validator
    def _check_voornemen(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and self.besluit_op is not None and value > self.besluit_op:
            raise TegenstrijdigDossier(
                attribute.name, value, f"ligt na het besluit ({self.besluit_op.isoformat()})"
            )

    @bezwaar.validator
    def _check_bezwaar(
        self, attribute: attrs.Attribute[Bezwaar | None], value: Bezwaar | None
    ) -> None:
        if value is None:
            return
        if self.besluit_op is None:
            raise TegenstrijdigDossier(
                attribute.name, value.ontvangen_op, "bezwaar zonder verwijderingsbesluit"
            )
        niet_voor("besluit_op", "het besluit")(self, attribute, value.ontvangen_op)

    @property
    def beslisdag(self) -> dt.date | None:
        """The day the steps due before a verwijdering are judged by: the decision, or for a
        pupil kept out of school without one the first day kept out (VER-07); None while the
        verwijdering is only intended.

        Grondslag:
            WPO art. 40 lid 11, WEC art. 40 lid 18, WVO 2020 art. 8.15 (VER-01, VER-07).
        """
        return self.besluit_op or self.feitelijk_sinds

    def _eerste_datum(self) -> dt.date | None:
        """The earliest dated fact of this removal, or None when it records no date at all."""
        data = [
            d
            for d in (
                self.voorgenomen_op,
                self.besluit_op,
                self.feitelijk_sinds,
                self.inspectie_overleg_op,
                self.inspectie_gemeld_op,
                self.andere_school_bereid_op,
                *(g.op for g in self.gehoord),
            )
            if d is not None
        ]
        return min(data, default=None)

    def stand_op(self, op: dt.date) -> Verwijdering | None:
        """This removal as known on ``op``: steps after ``op`` left out.

        A removal is known from its first dated fact: ``voorgenomen_op`` or any recorded step,
        whichever is earliest; before that day this gives None. A record without any date (an
        intention of which not even the day it was recorded is known) cannot be placed in time:
        it counts as known on every ``op``, and ``passend.aandachtspunten`` asks for
        ``voorgenomen_op``. The answer never depends on facts after ``op``.
        """
        bekend_vanaf = self._eerste_datum()
        if bekend_vanaf is not None and bekend_vanaf > controleer_datum("op", op):
            return None
        return vervang(
            self,
            voorgenomen_op=tot_en_met(self.voorgenomen_op, op),
            besluit_op=tot_en_met(self.besluit_op, op),
            feitelijk_sinds=tot_en_met(self.feitelijk_sinds, op),
            gehoord=[g for g in self.gehoord if g.op <= op],
            inspectie_overleg_op=tot_en_met(self.inspectie_overleg_op, op),
            inspectie_gemeld_op=tot_en_met(self.inspectie_gemeld_op, op),
            andere_school_bereid_op=tot_en_met(self.andere_school_bereid_op, op),
            bezwaar=self.bezwaar.stand_op(op) if self.bezwaar else None,
        )


#: TLV categories that give access to each kind of specialised school (TLV-04).
_TLV_VOOR: dict[Schoolsoort, frozenset[TlvCategorie]] = {
    Schoolsoort.SBO: frozenset({TlvCategorie.SBO}),
    Schoolsoort.SO: frozenset({TlvCategorie.SO_LAAG, TlvCategorie.SO_MIDDEN, TlvCategorie.SO_HOOG}),
    Schoolsoort.VSO: frozenset(
        {TlvCategorie.VSO_LAAG, TlvCategorie.VSO_MIDDEN, TlvCategorie.VSO_HOOG}
    ),
    Schoolsoort.PRO: frozenset({TlvCategorie.PRO}),
}


def andere_school_ontbreekt(
    andere_school: School | None,
    bereid_op: dt.date | None,
    besluit_op: dt.date | None,
    tlvs: Sequence[Tlv],
    *,
    moment: str = "het besluit",
) -> str | None:
    """Why no other school was (yet) willing to admit the pupil, or None when one was.

    Willing means: ``bereid_op`` recorded and not after ``besluit_op``; a specialised school
    (S(B)O, (V)SO, PrO) also needs a TLV of a fitting category, afgegeven by then. ``moment``
    names the day ``besluit_op`` stands for in the explanation.

    Grondslag:
        WPO art. 40 lid 4 en 11, WEC art. 40 lid 5 en 18, WVO 2020 art. 8.9 lid 2 en 8.15 lid 2
        (BES-04, VER-01; lid numbers SEED).
    """
    if andere_school is None:
        return "er is geen andere school vastgelegd die bereid is de leerling toe te laten"
    if bereid_op is None:
        return f"niet vastgelegd wanneer {andere_school.naam} bereid was de leerling toe te laten"
    if besluit_op is not None and bereid_op > besluit_op:
        return (
            f"{andere_school.naam} was pas op {dagnaam(bereid_op)} bereid, na {moment} "
            f"op {dagnaam(besluit_op)}"
        )
    categorieen = _TLV_VOOR.get(andere_school.soort)
    if categorieen is None:
        return None
    peildatum = besluit_op or bereid_op
    if any(
        t.uitkomst is TlvUitkomst.AFGEGEVEN
        and t.categorie in categorieen
        and t.besluit_op is not None
        and t.besluit_op <= peildatum
        for t in tlvs
    ):
        return None
    return (
        f"{andere_school.naam} is een {andere_school.soort.value}-school, maar er is geen "
        f"passende TLV afgegeven uiterlijk op {dagnaam(peildatum)}"
    )
