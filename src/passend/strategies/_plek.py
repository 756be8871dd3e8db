"""Strategieën voor het vinden van een plek: ondersteuningsaanbod, capaciteit, verzuim, de
definitie van een thuiszitter en de stappen van de regionale stappenplannen."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from passend._aanbod import Aanbodbron, Capaciteit, Ondersteuningsaanbod, Ondersteuningsvorm
from passend._bronnen import Bron
from passend._partijen import Leerling, School
from passend._stappenplan import Stap, Stapcode, Zoeker
from passend._thuiszitters import (
    DEFINITIE_BRON,
    LANDELIJKE_DEFINITIE,
    THUISZITTERSPACT,
    Thuiszitterdefinitie,
    Verzuim,
)
from passend.strategies._basis import na

__all__ = [
    "capaciteiten",
    "ondersteuningsaanbod",
    "ondersteuningsvormen",
    "stappen",
    "thuiszitterdefinities",
    "verzuimen",
]


def ondersteuningsvormen() -> st.SearchStrategy[str]:
    """Codes van ondersteuningsvormen: de gangbare en een paar eigen codes van een SWV."""
    return st.one_of(
        st.sampled_from(Ondersteuningsvorm),
        st.sampled_from(["time-out-plek", "eigen leerlijn", "ambulante begeleiding"]),
    )


def ondersteuningsaanbod(
    school: st.SearchStrategy[School], vastgesteld: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Ondersteuningsaanbod]:
    """Ondersteuningsaanbod van een school uit ``school``, uit een profiel of een schoolgids,
    met tot vijf verschillende vormen."""
    return st.builds(
        Ondersteuningsaanbod,
        school=school,
        bron=st.sampled_from(Aanbodbron),
        vastgesteld_op=vastgesteld,
        vormen=st.lists(ondersteuningsvormen(), max_size=5, unique=True).map(tuple),
    )


def capaciteiten(
    school: st.SearchStrategy[School], vastgesteld: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Capaciteit]:
    """Capaciteitsgegevens van een school uit ``school``: van de hele school of van één groep,
    vol of niet, met of zonder gepubliceerd beleid."""
    return st.builds(
        Capaciteit,
        school=school,
        vastgesteld_op=vastgesteld,
        vol_voor_iedereen=st.booleans(),
        gepubliceerd=st.booleans(),
        groep=st.one_of(st.none(), st.sampled_from(["groep 1", "groep 3", "groep 8"])),
    )


def verzuimen(
    leerling: Leerling, school: st.SearchStrategy[School], sinds: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Verzuim]:
    """Verzuim van ``leerling`` tot 120 dagen of nog lopend, met of zonder geldige reden of
    zonder vastgelegde reden; de terugkeer ligt nooit vóór het begin."""

    def bouw(dag: dt.date) -> st.SearchStrategy[Verzuim]:
        return st.builds(
            Verzuim,
            leerling=st.just(leerling),
            school=school,
            sinds=st.just(dag),
            terug_op=st.one_of(st.none(), na(dag, 120)),
            geoorloofd=st.one_of(st.none(), st.booleans()),
        )

    return sinds.flatmap(bouw)


def stappen(
    leerling: Leerling, school: st.SearchStrategy[School], op: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Stap]:
    """Stappen van de stappenplannen, gezet op een dag uit ``op``; alleen bij SP-06 staat wie
    op pad gaat."""

    def bouw(code: Stapcode) -> st.SearchStrategy[Stap]:
        zoeker = (
            st.one_of(st.none(), st.sampled_from(Zoeker))
            if code is Stapcode.WIE_GAAT_OP_PAD
            else st.none()
        )
        return st.builds(
            Stap,
            leerling=st.just(leerling),
            stap=st.just(code),
            school=school,
            op=op,
            ouders_aanwezig=st.one_of(st.none(), st.booleans()),
            zoeker=zoeker,
        )

    return st.sampled_from(Stapcode).flatmap(bouw)


def thuiszitterdefinities() -> st.SearchStrategy[Thuiszitterdefinitie]:
    """De landelijke definitie en eigen definities van een regio: tot 120 dagen verzuim,
    langdurig na 1 tot 12 maanden, tot een leeftijd van 16 tot en met 23 jaar."""
    bronnen: list[tuple[Bron, ...]] = [(DEFINITIE_BRON,), (DEFINITIE_BRON, THUISZITTERSPACT)]
    eigen = st.builds(
        Thuiszitterdefinitie,
        naam=st.just("eigen definitie"),
        verzuim_dagen=st.integers(1, 120),
        langdurig_maanden=st.integers(1, 12),
        tot_leeftijd=st.integers(16, 23),
        grondslag=st.sampled_from(bronnen),
    )
    return st.one_of(st.just(LANDELIJKE_DEFINITIE), eigen)
