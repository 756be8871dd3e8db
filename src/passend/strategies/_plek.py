"""Strategieën voor het vinden van een plek: ondersteuningsaanbod, capaciteit, verzuim en de
stappen van de regionale stappenplannen."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from passend._aanbod import Aanbodbron, Capaciteit, Ondersteuningsaanbod, Ondersteuningsvorm
from passend._partijen import Leerling, School
from passend._stappenplan import Stap, Stapcode, Zoeker
from passend._thuiszitters import Verzuim
from passend.strategies._basis import na

__all__ = ["capaciteiten", "ondersteuningsaanbod", "ondersteuningsvormen", "stappen", "verzuimen"]


def ondersteuningsvormen() -> st.SearchStrategy[str]:
    """Codes van ondersteuningsvormen: de gangbare en een paar eigen codes van een SWV."""
    return st.one_of(
        st.sampled_from(Ondersteuningsvorm),
        st.sampled_from(["time-out-plek", "eigen leerlijn", "ambulante begeleiding"]),
    )


def ondersteuningsaanbod(
    school: st.SearchStrategy[School], vastgesteld: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Ondersteuningsaanbod]:
    """Support offers of a school from ``school``, from a profile or a schoolgids, with up to
    five distinct forms."""
    return st.builds(
        Ondersteuningsaanbod,
        school=school,
        bron=st.sampled_from(Aanbodbron),
        vastgesteld_op=vastgesteld,
        vormen=st.lists(ondersteuningsvormen(), max_size=5, unique=True),
    )


def capaciteiten(
    school: st.SearchStrategy[School], vastgesteld: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Capaciteit]:
    """Capacity records: of the whole school or of one group, full or not, published or not."""
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
    """Absences of ``leerling`` of up to 120 days or still running, with or without a valid
    reason, or a reason not recorded. The return is never before the start."""

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
    """Steps of the stappenplannen; only SP-06 records who goes looking."""

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
