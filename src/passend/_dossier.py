"""Dossier: all records of one pupil, checked for consistency on construction."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import attrs

from passend._aanmelding import Aanmelding
from passend._fouten import TegenstrijdigDossier
from passend._inschrijving import Aanbodafwijzing, Inschrijving
from passend._opp import ExtraOndersteuning, Opp
from passend._partijen import Leerling
from passend._tlv import Tlv
from passend._verwijdering import Schorsing, Verwijdering
from passend._waarden import als_tuple, is_type

__all__ = ["Dossier", "Record"]

Record = (
    Aanmelding
    | Inschrijving
    | Tlv
    | Opp
    | ExtraOndersteuning
    | Verwijdering
    | Schorsing
    | Aanbodafwijzing
)


def _reeks(soort: type) -> Any:
    """A tuple field of records of one ``soort``; any iterable is accepted."""
    return attrs.field(
        default=(), converter=als_tuple, validator=attrs.validators.deep_iterable(is_type(soort))
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
    aanmeldingen: tuple[Aanmelding, ...] = _reeks(Aanmelding)
    inschrijvingen: tuple[Inschrijving, ...] = _reeks(Inschrijving)
    tlvs: tuple[Tlv, ...] = _reeks(Tlv)
    opps: tuple[Opp, ...] = _reeks(Opp)
    verwijderingen: tuple[Verwijdering, ...] = _reeks(Verwijdering)
    schorsingen: tuple[Schorsing, ...] = _reeks(Schorsing)
    aanbodafwijzingen: tuple[Aanbodafwijzing, ...] = _reeks(Aanbodafwijzing)
    ondersteuningen: tuple[ExtraOndersteuning, ...] = _reeks(ExtraOndersteuning)

    def __attrs_post_init__(self) -> None:
        for veld, record in self._velden():
            if record.leerling != self.leerling:
                raise TegenstrijdigDossier(
                    veld,
                    record.leerling.id,
                    f"record hoort bij een andere leerling dan {self.leerling.id!r}",
                )

    def _velden(self) -> Iterator[tuple[str, Record]]:
        for veld in (
            "aanmeldingen",
            "inschrijvingen",
            "tlvs",
            "opps",
            "verwijderingen",
            "schorsingen",
            "aanbodafwijzingen",
            "ondersteuningen",
        ):
            yield from zip(itertools.repeat(veld), getattr(self, veld), strict=False)

    def records(self) -> tuple[Record, ...]:
        """All records, in field order."""
        return tuple(record for _, record in self._velden())
