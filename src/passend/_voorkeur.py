"""Several aanmeldingen (or contacts) at once: the parents' first preference (rules.md AAN-05).

Parents may register at several schools, but must say so and name their first preference; the
bestuur of that school carries the zorgplicht. An unstated preference is unknown, never
"first": when the records do not settle it, passend takes the earliest (the default AAN-05
names) and says that this is a policy choice. Two records with the same rank contradict each
other; passend says so too (and ``aandachtspunten`` reports it).
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, Protocol, TypeVar

import attrs

from passend._bronnen import GPO_EERSTE_VOORKEUR, Bron
from passend._partijen import School

__all__ = ["Keuze", "kies", "schoolnaam"]


class _MetVoorkeur(Protocol):
    """A record the parents ranked: an aanmelding or a contact with a school."""

    @property
    def school(self) -> School: ...

    @property
    def voorkeur(self) -> int | None: ...


_V = TypeVar("_V", bound=_MetVoorkeur)


def schoolnaam(school: School) -> str:
    """A school as explanations name it: ``'De Akker (11AA)'``."""
    return f"{school.naam} ({school.brin})"


@attrs.frozen
class Keuze(Generic[_V]):
    """The record that decides, the day it counts from, and the notes on how it was chosen."""

    gekozen: _V
    moment: dt.date
    noten: tuple[str, ...]
    grondslag: tuple[Bron, ...]


def kies(
    kandidaten: list[tuple[_V, dt.date]],
    meer: str = "Er lopen meer aanmeldingen",
    bij: str = "aanmeldingen bij",
) -> Keuze[_V]:
    """The parents' first preference among ``(record, moment)`` pairs (AAN-05).

    The record with the best stated rank decides when that is unambiguous: rank 1, or the best
    rank left when every record has one. Two records with that rank contradict each other; a
    best rank above 1 next to records without one, or no rank at all, leaves the preference
    unknown. Then passend takes the earliest and the note says it is a policy choice. ``meer``
    and ``bij`` word the notes (``"Er lopen meer aanmeldingen"``, ``"aanmeldingen bij"``).

    Grondslag:
        Geschillencommissie passend onderwijs, oordeel 107070 (AAN-05; practice, not a numbered
        lid).
    """
    if len(kandidaten) == 1:
        (gekozen, moment), *_ = kandidaten
        return Keuze(gekozen, moment, (), ())
    vroegste = sorted(kandidaten, key=lambda vm: (vm[1], vm[0].school.brin))
    gerangschikt = [vm for vm in vroegste if vm[0].voorkeur is not None]
    beste = min((v.voorkeur or 0 for v, _ in gerangschikt), default=None)
    top = [vm for vm in gerangschikt if vm[0].voorkeur == beste]
    duidelijk = beste is not None and (beste == 1 or len(gerangschikt) == len(kandidaten))
    if duidelijk and len(top) == 1:
        noot = (
            f"{meer}; de school van eerste voorkeur telt."
            if beste == 1
            else f"{meer}; de school met de hoogste voorkeur die nog telt (voorkeur {beste}), telt."
        )
    elif duidelijk:
        scholen = " en ".join(schoolnaam(v.school) for v, _ in top)
        noot = (
            f"Tegenstrijdige voorkeur: de {bij} {scholen} noemen allebei voorkeur {beste}. "
            "passend neemt de vroegste (beleidskeuze, AAN-05); ga na welke school de ouders "
            "bedoelen."
        )
    else:
        noot = (
            f"{meer} zonder opgegeven eerste voorkeur; passend neemt de vroegste "
            "(beleidskeuze: de wet regelt dit niet, AAN-05)."
        )
        top = vroegste
    (gekozen, moment), *_ = top
    return Keuze(gekozen, moment, (noot,), (GPO_EERSTE_VOORKEUR,))
