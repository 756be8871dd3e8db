"""Meer aanmeldingen (of contacten) tegelijk: de eerste voorkeur van de ouders (rules.md AAN-05).

Ouders mogen bij meer scholen aanmelden, maar moeten dat melden en hun eerste voorkeur noemen;
het bestuur van die school draagt de zorgplicht. Een niet genoemde voorkeur is onbekend, nooit
"eerste": als de gegevens het niet beslissen, neemt passend de vroegste (de standaard die AAN-05
noemt) en zegt dat dit een beleidskeuze is. Twee gegevens met hetzelfde voorkeursnummer spreken
elkaar tegen; ook dat zegt passend (en ``aandachtspunten`` meldt het).
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, Protocol, TypeVar

import attrs

from passend._bronnen import GPO_EERSTE_VOORKEUR, Bron
from passend._partijen import School

__all__ = ["Keuze", "kies", "schoolnaam"]


class _MetVoorkeur(Protocol):
    """Een gegeven met een voorkeur van de ouders: een aanmelding of een contact met een school."""

    @property
    def school(self) -> School: ...

    @property
    def voorkeur(self) -> int | None: ...


_V = TypeVar("_V", bound=_MetVoorkeur)


def schoolnaam(school: School) -> str:
    """Een school zoals de uitleg haar noemt: ``'De Akker (11AA)'``."""
    return f"{school.naam} ({school.brin})"


@attrs.frozen
class Keuze(Generic[_V]):
    """Het gegeven dat beslist, de dag vanaf wanneer het telt, en de opmerkingen over de keuze."""

    gekozen: _V
    moment: dt.date
    noten: tuple[str, ...]
    grondslag: tuple[Bron, ...]


def kies(
    kandidaten: list[tuple[_V, dt.date]],
    meer: str = "Er lopen meer aanmeldingen",
    bij: str = "aanmeldingen bij",
) -> Keuze[_V]:
    """De eerste voorkeur van de ouders onder paren ``(gegeven, moment)`` (AAN-05).

    Het gegeven met het beste opgegeven voorkeursnummer beslist als dat eenduidig is: nummer 1,
    of het beste overgebleven nummer als elk gegeven er een heeft. Twee gegevens met dat nummer
    spreken elkaar tegen; een beste nummer boven 1 naast gegevens zonder nummer, of helemaal geen
    nummer, laat de voorkeur onbekend. Dan neemt passend de vroegste en zegt de opmerking dat dit
    een beleidskeuze is. ``meer`` en ``bij`` verwoorden de opmerkingen (``"Er lopen meer
    aanmeldingen"``, ``"aanmeldingen bij"``).

    Grondslag:
        Geschillencommissie passend onderwijs, oordeel 107070 (AAN-05; praktijk, geen genummerd
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
