"""Dossier: all records of one pupil, checked for consistency on construction."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from passend import _aanmelding, _bezwaar, _opp, _schorsing, _tlv
from passend._aanmelding import Aanmelding, Contactmoment
from passend._beleid import Beleid
from passend._fouten import NietBekend, TegenstrijdigDossier
from passend._inschrijving import Aanbodafwijzing, Inschrijving, Schoolwisselmelding
from passend._kalender import KB_ONZEKERHEID, Kalender
from passend._opp import ExtraOndersteuning, Opp
from passend._partijen import Leerling
from passend._tlv import Tlv
from passend._verwijdering import Schorsing, Verwijdering
from passend._waarden import (
    als_aanbodafwijzingen,
    als_aanmeldingen,
    als_contactmomenten,
    als_inschrijvingen,
    als_ondersteuningen,
    als_opps,
    als_schoolwisselmeldingen,
    als_schorsingen,
    als_tlvs,
    als_verwijderingen,
    controleer_datum,
    controleer_optie,
    controleer_soort,
    elk_een,
    is_type,
    plus,
)
from passend.termijnen import Termijn

__all__ = ["Dossier", "Record", "TermijnBron", "lopende_termijnen"]

Record = (
    Aanmelding
    | Inschrijving
    | Tlv
    | Opp
    | ExtraOndersteuning
    | Verwijdering
    | Schorsing
    | Aanbodafwijzing
    | Contactmoment
    | Schoolwisselmelding
)


_RECORDVELDEN = (
    "aanmeldingen",
    "inschrijvingen",
    "tlvs",
    "opps",
    "verwijderingen",
    "schorsingen",
    "aanbodafwijzingen",
    "ondersteuningen",
    "contactmomenten",
    "schoolwisselmeldingen",
)


@attrs.frozen(kw_only=True)
class Dossier:
    """Every record about one pupil. Records of another pupil are refused.

    >>> import datetime as dt
    >>> from passend import Leerling
    >>> Dossier(leerling=Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1))).aanmeldingen
    ()
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    aanmeldingen: tuple[Aanmelding, ...] = attrs.field(
        default=(), converter=als_aanmeldingen, validator=elk_een(Aanmelding)
    )
    inschrijvingen: tuple[Inschrijving, ...] = attrs.field(
        default=(), converter=als_inschrijvingen, validator=elk_een(Inschrijving)
    )
    tlvs: tuple[Tlv, ...] = attrs.field(default=(), converter=als_tlvs, validator=elk_een(Tlv))
    opps: tuple[Opp, ...] = attrs.field(default=(), converter=als_opps, validator=elk_een(Opp))
    verwijderingen: tuple[Verwijdering, ...] = attrs.field(
        default=(), converter=als_verwijderingen, validator=elk_een(Verwijdering)
    )
    schorsingen: tuple[Schorsing, ...] = attrs.field(
        default=(), converter=als_schorsingen, validator=elk_een(Schorsing)
    )
    aanbodafwijzingen: tuple[Aanbodafwijzing, ...] = attrs.field(
        default=(), converter=als_aanbodafwijzingen, validator=elk_een(Aanbodafwijzing)
    )
    ondersteuningen: tuple[ExtraOndersteuning, ...] = attrs.field(
        default=(), converter=als_ondersteuningen, validator=elk_een(ExtraOndersteuning)
    )
    contactmomenten: tuple[Contactmoment, ...] = attrs.field(
        default=(), converter=als_contactmomenten, validator=elk_een(Contactmoment)
    )
    schoolwisselmeldingen: tuple[Schoolwisselmelding, ...] = attrs.field(
        default=(), converter=als_schoolwisselmeldingen, validator=elk_een(Schoolwisselmelding)
    )

    def __attrs_post_init__(self) -> None:
        for veld, record in self._velden():
            if record.leerling != self.leerling:
                raise TegenstrijdigDossier(
                    veld,
                    record.leerling.id,
                    f"record hoort bij een andere leerling dan {self.leerling.id!r}",
                )

    def _velden(self) -> Iterator[tuple[str, Record]]:
        for veld in _RECORDVELDEN:
            yield from zip(itertools.repeat(veld), getattr(self, veld), strict=False)

    def records(self) -> tuple[Record, ...]:
        """All records, in field order."""
        return tuple(record for _, record in self._velden())

    def stand_op(self, op: dt.date) -> Dossier:
        """The dossier as it stood on ``op``: records and steps dated after ``op`` left out.

        Every question (``zorgplicht``, ``toets``, ``lopende_termijnen``) is answered on this
        view, so an answer never depends on what happened after its peildatum.

        >>> from passend import Inschrijving, Leerling, School, Schoolbestuur, Bestuurssoort
        >>> from passend import Schoolsoort
        >>> ll = Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1))
        >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR)
        >>> s = School(brin="12AB", naam="S", soort=Schoolsoort.BAO, bestuur=b)
        >>> i = Inschrijving(leerling=ll, school=s, ingeschreven_op=dt.date(2024, 9, 1),
        ...                  uitgeschreven_op=dt.date(2025, 1, 6))
        >>> d = Dossier(leerling=ll, inschrijvingen=[i])
        >>> d.stand_op(dt.date(2024, 8, 31)).inschrijvingen
        ()
        >>> d.stand_op(dt.date(2024, 12, 1)).inschrijvingen[0].uitgeschreven_op is None
        True
        """
        controleer_datum("op", op)
        velden: dict[str, Any] = {veld: [] for veld in _RECORDVELDEN}
        for veld, record in self._velden():
            bekend = record.stand_op(op)
            if bekend is not None:
                velden[veld].append(bekend)
        return attrs.evolve(self, **velden)


#: A source of running terms: (dossier as it stood on ``op``, op, calendar, policy) → terms.
#: Each concept module contributes one; :func:`lopende_termijnen` joins them.
TermijnBron = Callable[[Dossier, dt.date, Kalender, Beleid], Iterable[Termijn]]

_TERMIJNBRONNEN: tuple[TermijnBron, ...] = (
    _aanmelding.termijnen,
    _tlv.lopende,
    _opp.lopende,
    _bezwaar.termijnen,
    _schorsing.termijnen,
)


def _raakt_onbekend_jaar(kal: Kalender, t: Termijn) -> bool:
    """True when ``t`` (or the end it was counted from) lies in a year without a KB list."""
    # Near the ends of the calendar the years beyond it are simply not in the range.
    van = plus(t.begin, -dt.timedelta(days=1) - KB_ONZEKERHEID) if t.begin.year > 1 else t.begin
    tot = plus(t.einde, KB_ONZEKERHEID) if t.einde.year < dt.MAXYEAR else t.einde
    jaren = range(max(van.year, kal.eerste_jaar), min(tot.year, kal.laatste_jaar) + 1)
    return any(jaar not in kal.kb_bekend for jaar in jaren)


def lopende_termijnen(
    dossier: Dossier,
    op: dt.date,
    *,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> tuple[Termijn, ...]:
    """The statutory terms running on ``op``, by end date: started by a fact known on ``op``
    (:meth:`Dossier.stand_op`; the day of the fact itself included) and not yet ended.

    Grondslag:
        Each term cites its own articles (see :mod:`passend.termijnen`).
    """
    dossier = controleer_soort("dossier", dossier, Dossier)
    kal = controleer_optie("kalender", kalender, Kalender) or Kalender.standaard()
    bel = controleer_optie("beleid", beleid, Beleid) or Beleid()
    stand = dossier.stand_op(op)

    def alle(k: Kalender) -> list[Termijn]:
        return [t for bron in _TERMIJNBRONNEN for t in bron(stand, op, k, bel)]

    try:
        termijnen = alle(kal)
    except NietBekend:
        # A missing KB list (rules.md T-04) cannot make a term that ended long before op run
        # again: recompute with the earliest possible ends and drop what surely ended. A term
        # that may still run is only returned when no unknown year could have moved it.
        termijnen = [t for t in alle(kal.ondergrens()) if t.einde >= plus(op, -KB_ONZEKERHEID)]
        if any(_raakt_onbekend_jaar(kal, t) for t in termijnen):
            raise
    termijnen = [t for t in termijnen if not t.verstreken(op)]
    return tuple(sorted(termijnen, key=lambda t: (t.einde, t.naam)))
