"""Strategieën voor de overstap po→vo: de records (schooladvies, toets, heroverweging,
onderwijskundig rapport, MDO, loting, brugklasbesluit, lwoo-aanwijzing), de overstapkalender en
de criteria voor praktijkonderwijs en lwoo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from passend._overstap import (
    WVO_PRO_LWOO,
    ZK_OVERSTAP,
    Adviessoort,
    Brugklasbesluit,
    Brugklasgrond,
    Doorstroomtoets,
    Heroverweging,
    Loting,
    Lotingsuitkomst,
    LwooAanwijzing,
    Mdo,
    Mdodeelnemer,
    Mdosoort,
    Niveau,
    OnderwijskundigRapport,
    Overstapkalender,
    Overstapmoment,
    Schooladvies,
)
from passend._overstap_toets import kalender_of_none
from passend._partijen import Leerling, Samenwerkingsverband, School
from passend._pro_criteria import (
    Criteriumoordeel,
    Domein,
    Intelligentiemeting,
    LwooCriteria,
    Toetsresultaat,
    lwoo_criteria,
    pro_criteria,
)
from passend.strategies._basis import datums, na

__all__ = [
    "brugklasbesluiten",
    "criteriumoordelen",
    "doorstroomtoetsen",
    "heroverwegingen",
    "intelligentiemetingen",
    "lotingen",
    "lwoo_aanwijzingen",
    "lwoo_criteria_keuzes",
    "mdos",
    "onderwijskundige_rapporten",
    "overstapkalenders",
    "overstapmomenten",
    "schooladviezen",
    "toetsresultaten",
]


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
    soort: st.SearchStrategy[Mdosoort] | None = None,
) -> st.SearchStrategy[Mdo]:
    """MDO's van ``leerling`` op een dag uit ``op`` (``soort``: standaard MDO-O of MDO-T), met
    willekeurige deelnemers; de behoeften tot 30 dagen ervoor, op de dag zelf of niet vastgelegd
    verstuurd."""

    def bouw(dag: dt.date) -> st.SearchStrategy[Mdo]:
        return st.builds(
            Mdo,
            leerling=st.just(leerling),
            soort=st.sampled_from(Mdosoort) if soort is None else soort,
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


def onderwijskundige_rapporten(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    aan: st.SearchStrategy[School],
    op: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[OnderwijskundigRapport]:
    """Onderwijskundige rapporten van ``leerling`` van een school uit ``school`` aan een school
    uit ``aan``, opgesteld op een dag uit ``op``; de kopie voor de ouders tot 30 dagen later of
    niet vastgelegd."""

    def bouw(dag: dt.date) -> st.SearchStrategy[OnderwijskundigRapport]:
        return st.builds(
            OnderwijskundigRapport,
            leerling=st.just(leerling),
            school=school,
            aan=aan,
            opgesteld_op=st.just(dag),
            kopie_ouders_op=st.one_of(st.none(), na(dag, 30)),
        )

    return op.flatmap(bouw)


def brugklasbesluiten(
    leerling: Leerling, school: st.SearchStrategy[School], op: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Brugklasbesluit]:
    """Besluiten van een vo-school uit ``school`` over de brugklas van ``leerling``: geplaatst
    op elk niveau of geweigerd, op elke grond (ook het toetsadvies, een gebrek)."""
    return st.builds(
        Brugklasbesluit,
        leerling=st.just(leerling),
        school=school,
        op=op,
        niveau=st.one_of(st.none(), st.sampled_from(Niveau)),
        grond=st.sampled_from(Brugklasgrond),
    )


def lwoo_aanwijzingen(
    leerling: Leerling,
    swv: st.SearchStrategy[Samenwerkingsverband],
    aanvrager: st.SearchStrategy[School],
    op: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[LwooAanwijzing]:
    """Aanvragen van een lwoo-aanwijzing voor ``leerling`` bij een samenwerkingsverband vo uit
    ``swv``, gedaan op een dag uit ``op``: nog zonder besluit, of tot 60 dagen later afgegeven
    of geweigerd."""

    def bouw(dag: dt.date) -> st.SearchStrategy[LwooAanwijzing]:
        besluit = st.one_of(st.none(), st.tuples(na(dag, 60), st.booleans()))
        return st.tuples(swv, aanvrager, besluit).map(
            lambda t: LwooAanwijzing(
                leerling=leerling,
                swv=t[0],
                aanvrager=t[1],
                aangevraagd_op=dag,
                besluit_op=None if t[2] is None else t[2][0],
                afgegeven=None if t[2] is None else t[2][1],
            )
        )

    return op.flatmap(bouw)


def overstapkalenders() -> st.SearchStrategy[Overstapkalender]:
    """De overstapkalenders van de schooljaren waarvoor passend geverifieerde datums heeft."""
    bekend = [
        k for jaar in range(2000, 2050) if (k := kalender_of_none(f"{jaar}-{jaar + 1}")) is not None
    ]
    return st.sampled_from(bekend)


def overstapmomenten() -> st.SearchStrategy[Overstapmoment]:
    """De vaste datums en vensters uit :func:`overstapkalenders`, elk met zijn bron."""
    return overstapkalenders().flatmap(lambda k: st.sampled_from(k.momenten))


#: Names of tests as a request for PrO or lwoo states them.
_TOETSEN = st.sampled_from(["LVS rekenen-wiskunde M8", "DMT", "WISC-V", "NIO"])
_FRACTIES = st.decimals(Decimal(0), Decimal(1), places=2)


def toetsresultaten() -> st.SearchStrategy[Toetsresultaat]:
    """Relatieve leerachterstanden van 0 tot en met 100 % op elk domein, met toets en datum."""
    return st.builds(
        Toetsresultaat,
        domein=st.sampled_from(Domein),
        achterstand=_FRACTIES,
        toets=_TOETSEN,
        afgenomen_op=datums(),
    )


def intelligentiemetingen() -> st.SearchStrategy[Intelligentiemeting]:
    """Totaal-IQ's van 40 tot en met 160, met toets en datum."""
    return st.builds(
        Intelligentiemeting, iq=st.integers(40, 160), toets=_TOETSEN, afgenomen_op=datums()
    )


def lwoo_criteria_keuzes() -> st.SearchStrategy[LwooCriteria]:
    """Lwoo-criteria zoals een samenwerkingsverband vo ze kan kiezen: een IQ-bereik (van niet
    boven tot), een minimale achterstand, 1 tot en met 4 domeinen en hun bron: de wet of het
    ondersteuningsplan."""
    return st.tuples(st.integers(40, 160), st.integers(40, 160)).flatmap(
        lambda iq: st.builds(
            LwooCriteria,
            iq_van=st.just(min(iq)),
            iq_tot=st.just(max(iq)),
            achterstand_minimaal=_FRACTIES,
            domeinen=st.integers(1, 4),
            # The statute, or the ondersteuningsplan of the SWV VO (PV-06).
            grondslag=st.sampled_from([(WVO_PRO_LWOO,), (ZK_OVERSTAP,)]),
        )
    )


def criteriumoordelen() -> st.SearchStrategy[Criteriumoordeel]:
    """Antwoorden van :func:`~passend.pro_criteria` en :func:`~passend.lwoo_criteria` op
    gegenereerde metingen en toetsresultaten."""
    resultaten = st.lists(toetsresultaten(), max_size=4).map(tuple)
    return st.one_of(
        st.builds(pro_criteria, intelligentiemetingen(), resultaten),
        st.builds(lwoo_criteria, lwoo_criteria_keuzes(), intelligentiemetingen(), resultaten),
    )
