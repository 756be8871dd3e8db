"""Strategieën voor de records van de overstap po→vo (schooladvies, toets, heroverweging, MDO,
loting)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from passend._overstap import (
    Adviessoort,
    Doorstroomtoets,
    Heroverweging,
    Loting,
    Lotingsuitkomst,
    Mdo,
    Mdodeelnemer,
    Mdosoort,
    Niveau,
    Schooladvies,
)
from passend._partijen import Leerling, School
from passend.strategies._basis import na

__all__ = ["doorstroomtoetsen", "heroverwegingen", "lotingen", "mdos", "schooladviezen"]


def schooladviezen(
    leerling: Leerling, school: st.SearchStrategy[School], op: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Schooladvies]:
    """Voorlopige of definitieve schooladviezen van ``leerling`` op elk niveau, gegeven op een
    dag uit ``op`` (binnen of buiten het wettelijke venster)."""
    return st.builds(
        Schooladvies,
        leerling=st.just(leerling),
        school=school,
        soort=st.sampled_from(Adviessoort),
        niveau=st.sampled_from(Niveau),
        gegeven_op=op,
    )


def doorstroomtoetsen(
    leerling: Leerling, school: st.SearchStrategy[School], op: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Doorstroomtoets]:
    """Toetsuitslagen van ``leerling``: een toetsadvies op elk niveau, of een vrijstelling
    zonder toetsadvies."""
    niveau = st.one_of(st.none(), st.sampled_from(Niveau))
    return st.tuples(op, school, niveau).map(
        lambda t: Doorstroomtoets(
            leerling=leerling,
            school=t[1],
            ontvangen_op=t[0],
            vrijgesteld=t[2] is None,
            toetsadvies=t[2],
        )
    )


def heroverwegingen(
    leerling: Leerling, school: st.SearchStrategy[School], op: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Heroverweging]:
    """Heroverwegingen van ``leerling`` naar elk niveau, met of zonder vastgelegde redenen."""
    return st.builds(
        Heroverweging,
        leerling=st.just(leerling),
        school=school,
        op=op,
        niveau=st.sampled_from(Niveau),
        redenen=st.one_of(st.none(), st.just("werkhouding en motivatie")),
    )


def mdos(
    leerling: Leerling,
    basisschool: st.SearchStrategy[School],
    vo_school: st.SearchStrategy[School],
    op: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Mdo]:
    """MDO-O en MDO-T van ``leerling`` op een dag uit ``op``, met willekeurige deelnemers; de
    behoeften tot 30 dagen ervoor, op de dag zelf of niet vastgelegd verstuurd."""

    def bouw(dag: dt.date) -> st.SearchStrategy[Mdo]:
        return st.builds(
            Mdo,
            leerling=st.just(leerling),
            soort=st.sampled_from(Mdosoort),
            op=st.just(dag),
            basisschool=basisschool,
            vo_school=vo_school,
            deelnemers=st.lists(st.sampled_from(Mdodeelnemer), unique=True).map(tuple),
            behoeften_verstuurd_op=st.one_of(st.none(), na(dag - dt.timedelta(days=30), 30)),
        )

    return op.flatmap(bouw)


def lotingen(
    leerling: Leerling, school: st.SearchStrategy[School], bekend: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Loting]:
    """Lotingen voor ``leerling`` bij een school uit ``school``, bekend op een dag uit
    ``bekend``: nog niet getrokken, of in- of uitgeloot tot 40 dagen later."""

    def bouw(dag: dt.date) -> st.SearchStrategy[Loting]:
        uitkomst = st.tuples(st.sampled_from(Lotingsuitkomst), na(dag, 40))
        return st.tuples(school, st.one_of(st.none(), uitkomst)).map(
            lambda t: Loting(
                leerling=leerling,
                school=t[0],
                bekend_op=dag,
                uitkomst=None if t[1] is None else t[1][0],
                uitkomst_op=None if t[1] is None else t[1][1],
            )
        )

    return bekend.flatmap(bouw)
