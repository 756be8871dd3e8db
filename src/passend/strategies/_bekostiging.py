"""Strategieën voor de bekostiging: tarieven, tellingen, budgetten en begrotingen.

Zoals bij de andere uitkomsten vraagt elke strategie passend zelf om het antwoord, op
gegenereerde invoer: een ``Rijksbijdrage`` komt uit :func:`~passend.bekostiging.rijksbijdrage_swv_po`,
een ``Schoolbudget`` uit :func:`~passend.bekostiging.schoolbudget`. Alleen de tarieven van 2024
zijn bekend; andere jaren en bedragen zijn scenario's op die tarieven, zoals een gebruiker ze
zelf maakt.

Grondslag: geen eigen regel — testgereedschap; de functies die de waarden berekenen noemen hun
bronnen, en elke waarde draagt die bronnen mee.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from passend._partijen import Schoolsoort, Sector
from passend.bekostiging import (
    SO_CATEGORIEEN,
    Afrondingscontrole,
    Begroting,
    Begrotingsregel,
    IkcVolume,
    Instroombudget,
    Instroomsoort,
    Leerlingtelling,
    Ondersteuningsbedragen,
    OpmaatWeekbedrag,
    Rijksbijdrage,
    Schoolbudget,
    Schoolbudgetregel,
    Tarieven,
    TlvOpBao,
    TopModel,
    Vangnet,
    ikc_volumebekostiging,
    instroombudget,
    opmaat_weekbedrag,
    rijksbijdrage_swv_po,
    schoolbudget,
    tarieven,
    tlv_op_bao,
    vangnet_so_cluster_3,
)
from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland
from passend.strategies._basis import samenwerkingsverbanden, scholen
from passend.strategies._uitkomsten import bronnen

__all__ = [
    "PER_KLASSE",
    "afrondingscontroles",
    "bedragen_per_leerling",
    "begrotingen",
    "begrotingsregels",
    "ikc_volumes",
    "instroombudgetten",
    "leerlingtellingen",
    "opmaat_weekbedragen",
    "rijksbijdragen",
    "schoolbudgetregels",
    "schoolbudgetten",
    "tariefscenarios",
    "tlvs_op_bao",
    "topmodellen",
    "vangnetten",
]

#: Het enige jaar waarvan passend de tarieven meelevert.
_JAAR = 2024
_AANTAL = st.integers(0, 5_000)
_SWV = samenwerkingsverbanden(Sector.PO)


def _bedragen(maximum: int = 10_000_000) -> st.SearchStrategy[Decimal]:
    """Bedragen in hele centen, van nul tot ``maximum`` euro."""
    return st.integers(0, maximum * 100).map(lambda centen: Decimal(centen).scaleb(-2))


def tariefscenarios(jaar: int = _JAAR) -> st.SearchStrategy[Tarieven]:
    """De tarieven van 2024, of een scenario daarop met een ander SBO-bedrag of voor ``jaar``."""
    echt = attrs.evolve(tarieven(_JAAR), jaar=jaar)
    return st.one_of(st.just(echt), _bedragen(100_000).map(lambda sbo: attrs.evolve(echt, sbo=sbo)))


def topmodellen() -> st.SearchStrategy[TopModel]:
    """Het TOP-model van Zuid-Kennemerland, of een variant met andere bedragen per leerling."""
    zk = TopModel.zuid_kennemerland()
    ander = st.dictionaries(st.sampled_from(sorted(zk.bedrag_per_leerling)), _bedragen(1_000))
    return st.one_of(
        st.just(zk),
        ander.map(lambda b: attrs.evolve(zk, bedrag_per_leerling={**zk.bedrag_per_leerling, **b})),
    )


def leerlingtellingen(
    teldatum: st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[Leerlingtelling]:
    """Tellingen op een teldatum (1 oktober of 1 februari), met SO-leerlingen per categorie."""
    if teldatum is None:
        teldatum = st.sampled_from([dt.date(_JAAR - 1, 10, 1), dt.date(_JAAR - 1, 2, 1)])
    return st.builds(
        Leerlingtelling,
        teldatum=teldatum,
        bao=st.integers(0, 50_000),
        sbo=_AANTAL,
        sbo_met_tlv=_AANTAL,
        so_met_tlv=st.dictionaries(st.sampled_from(SO_CATEGORIEEN), _AANTAL),
    )


def bedragen_per_leerling(jaar: int = _JAAR) -> st.SearchStrategy[Ondersteuningsbedragen]:
    """Bedragen per leerling die een gebruiker invoert (passend levert ze niet mee)."""
    return st.builds(
        Ondersteuningsbedragen,
        jaar=st.just(jaar),
        lichte_ondersteuning=_bedragen(1_000),
        zware_ondersteuning=_bedragen(1_000),
        bron=bronnen(),
    )


def _rijksbijdrage(jaar: int, historisch: bool) -> st.SearchStrategy[Rijksbijdrage]:
    # Teldatum 1 februari van het jaar ervoor sinds 2023, daarvoor 1 oktober (FIN-01, FIN-03).
    teldatum = dt.date(jaar - 1, 10, 1) if historisch else dt.date(jaar - 1, 2, 1)
    return st.builds(
        lambda telling, bedragen, tarief, impuls: rijksbijdrage_swv_po(
            jaar,
            telling=telling,
            bedragen=bedragen,
            tarieven=tarief,
            impuls=impuls,
            historisch=historisch,
        ),
        leerlingtellingen(st.just(teldatum)),
        bedragen_per_leerling(jaar),
        tariefscenarios(jaar),
        st.none() | _bedragen(),
    )


def rijksbijdragen() -> st.SearchStrategy[Rijksbijdrage]:
    """De rijksbijdrage van een SWV-PO, berekend door :func:`rijksbijdrage_swv_po`, in het
    huidige regime en (met tarieven als scenario) in het oude van vóór 2023."""
    return _rijksbijdrage(_JAAR, historisch=False) | _rijksbijdrage(2022, historisch=True)


def ikc_volumes() -> st.SearchStrategy[IkcVolume]:
    """De IKC-volumebekostiging bij een gegenereerd aantal leerlingen op 1 februari."""
    return st.builds(
        lambda n, model, tarief: ikc_volumebekostiging(
            _JAAR, leerlingen_1_februari=n, model=model, tarieven=tarief
        ),
        _AANTAL,
        topmodellen(),
        tariefscenarios(),
    )


def instroombudgetten() -> st.SearchStrategy[Instroombudget]:
    """Een instroom- of terugplaatsingsbudget, met of zonder uitschrijving; een terugplaatsing
    van een SBO-school naar een basisschool (met of zonder recht, naar hun SWV)."""
    zk = TopModel.zuid_kennemerland()
    ingeschreven = st.dates(zk.instroombudget_vanaf - dt.timedelta(days=60), dt.date(2028, 7, 31))

    def budget(op: dt.date) -> st.SearchStrategy[Instroombudget]:
        uit = st.none() | st.dates(op, op + dt.timedelta(days=800))
        voorschools = st.builds(
            lambda u: instroombudget(
                op, soort=Instroomsoort.VOORSCHOOLSE_TLV, uitgeschreven_op=u, model=zk
            ),
            uit,
        )
        terug = st.builds(
            lambda u, school, vanuit: instroombudget(
                op,
                soort=Instroomsoort.TERUGPLAATSING,
                uitgeschreven_op=u,
                model=zk,
                school=school,
                vanuit=vanuit,
                eerdere_reguliere_scholen=[],
            ),
            uit,
            scholen(Schoolsoort.BAO, swv=_SWV),
            scholen(Schoolsoort.SBO, swv=_SWV),
        )
        return voorschools | terug

    return ingeschreven.flatmap(budget)


def opmaat_weekbedragen() -> st.SearchStrategy[OpmaatWeekbedrag]:
    """Het weekbedrag van een Opmaat-plaatsing per SO-categorie."""
    return st.builds(
        lambda categorie, weken, tarief: opmaat_weekbedrag(
            _JAAR, categorie, weken_per_jaar=weken, tarieven=tarief
        ),
        st.sampled_from(SO_CATEGORIEEN),
        st.integers(1, 52),
        tariefscenarios(),
    )


def schoolbudgetten() -> st.SearchStrategy[Schoolbudget]:
    """Het budget van een school volgens het TOP-model."""
    return st.builds(
        lambda leerlingen, plaatsingen, tlvs, model, tarief: schoolbudget(
            _JAAR,
            leerlingen=leerlingen,
            plaatsingen=plaatsingen,
            tlvs_op_bao=tlvs,
            model=model,
            tarieven=tarief,
        ),
        _AANTAL,
        st.integers(0, 50),
        st.lists(st.sampled_from(SO_CATEGORIEEN), max_size=4),
        topmodellen(),
        tariefscenarios(),
    )


def schoolbudgetregels() -> st.SearchStrategy[Schoolbudgetregel]:
    """Een regel uit een berekend schoolbudget."""
    return (
        schoolbudgetten()
        .filter(lambda s: bool(s.regels))
        .flatmap(lambda s: st.sampled_from(s.regels))
    )


def tlvs_op_bao() -> st.SearchStrategy[TlvOpBao]:
    """De bekostiging van een leerling met een TLV op een basisschool."""
    return st.integers(_JAAR - 1, _JAAR + 2).flatmap(
        lambda jaar: st.builds(
            lambda categorie, uit, tarief: tlv_op_bao(
                categorie, augustus_van=jaar, uitgestroomd_op=uit, tarieven=tarief
            ),
            st.sampled_from(SO_CATEGORIEEN),
            st.none() | st.dates(dt.date(jaar, 8, 1), dt.date(jaar + 1, 7, 31)),
            tariefscenarios(jaar),
        )
    )


def vangnetten() -> st.SearchStrategy[Vangnet]:
    """Het vangnet SO cluster 3 bij gegenereerde groei in twee periodes."""
    groei = st.integers(-50, 200)
    return st.builds(
        lambda a, b: vangnet_so_cluster_3(
            jaar=_JAAR, groei_1_september_1_februari=a, groei_2_februari_1_juni=b
        ),
        groei,
        groei,
    )


def begrotingen() -> st.SearchStrategy[Begroting]:
    """De meerjarenraming van Zuid-Kennemerland, met of zonder afrondingsregels, of een
    scenario waarin haar eerste regel jaarlijks groeit of krimpt (tot 10 %)."""
    basis = [meerjarenraming_zuid_kennemerland(met_afrondingsverschillen=m) for m in (True, False)]
    return st.sampled_from(basis).flatmap(
        lambda b: st.one_of(
            st.just(b),
            st.builds(
                lambda procent: b.met_groei(
                    b.regels[0].naam, Decimal(procent) / 100, vanaf=b.jaren[1]
                ),
                st.integers(-10, 10),
            ),
        )
    )


def begrotingsregels() -> st.SearchStrategy[Begrotingsregel]:
    """Een regel uit een begroting."""
    return begrotingen().flatmap(lambda b: st.sampled_from(b.regels))


def afrondingscontroles() -> st.SearchStrategy[Afrondingscontrole]:
    """De afrondingscontrole van een totaal in een begroting."""
    return begrotingen().flatmap(
        lambda b: st.sampled_from(b.jaren).flatmap(
            lambda jaar: st.sampled_from(b.afrondingscontrole(jaar))
        )
    )


#: Klasse → strategie, voor ``st.from_type`` (zie :mod:`passend.strategies._typen`).
PER_KLASSE: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    Tarieven: tariefscenarios,
    Leerlingtelling: leerlingtellingen,
    Ondersteuningsbedragen: bedragen_per_leerling,
    Rijksbijdrage: rijksbijdragen,
    IkcVolume: ikc_volumes,
    Instroombudget: instroombudgetten,
    OpmaatWeekbedrag: opmaat_weekbedragen,
    Schoolbudget: schoolbudgetten,
    Schoolbudgetregel: schoolbudgetregels,
    TlvOpBao: tlvs_op_bao,
    TopModel: topmodellen,
    Vangnet: vangnetten,
    Begroting: begrotingen,
    Begrotingsregel: begrotingsregels,
    Afrondingscontrole: afrondingscontroles,
}
