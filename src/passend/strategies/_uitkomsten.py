"""Strategies for citations, calendars, policies and the answers of passend's questions.

Every answer is drawn by asking the real question on generated input, so it is an answer
passend can give, never a hand-made look-alike.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from passend import _bronnen
from passend import termijnen as _t
from passend._beleid import (
    Beleid,
    OppTermijnVanaf,
    Opschortingsinterval,
    Schrikkeldag,
    Verlengingsbasis,
)
from passend._bronnen import Bron
from passend._dossier import Dossier
from passend._gebreken import Aandachtspunt, Gebrek, Gebreksoort
from passend._kalender import Kalender
from passend._leeftijd import (
    Mijlpaal,
    aanmelden_vanaf,
    leerplichtig_vanaf,
    toelating_vanaf,
    wennen_vanaf,
)
from passend._opp import OppVereist, opp_vereist
from passend._partijen import Bestuurssoort, Regio, Schoolsoort, Sector
from passend._tijdlijn import Overzicht, Tijdlijn, Tijdlijnregel, overzicht, tijdlijn
from passend._tlv import TlvCategorie, VerantwoordelijkSwv, verantwoordelijk_swv
from passend._toets import aandachtspunten as _aandachtspunten
from passend._toets import catalogus
from passend._zorgplicht import (
    FinancieleVerantwoordelijkheid,
    Zorgplichtoordeel,
    financieel_verantwoordelijke,
    zorgplicht,
)
from passend.strategies._basis import datums, leerlingen, samenwerkingsverbanden, scholen
from passend.strategies._dossiers import dossiers
from passend.strategies._records import tlvs

__all__ = [
    "aandachtspunten",
    "beleidskeuzes",
    "bronnen",
    "financiele_verantwoordelijkheden",
    "gebreken",
    "gebreksoorten",
    "kalenders",
    "mijlpalen",
    "opp_vereisten",
    "termijnen",
    "verantwoordelijke_swvs",
    "zorgplichtoordelen",
]


def bronnen() -> st.SearchStrategy[Bron]:
    """De bronnen (wetsartikelen en regionale documenten) waarop passend steunt."""
    alle = [b for b in vars(_bronnen).values() if isinstance(b, Bron)]
    return st.sampled_from(
        sorted(alle, key=lambda b: (b.wet, b.artikel, b.lid or "", b.regel or ""))
    )


def kalenders() -> st.SearchStrategy[Kalender]:
    """De standaardkalender en zijn ondergrens (jaren zonder KB-lijst zonder gelijkgestelde dagen)."""
    kal = Kalender.standaard()
    return st.sampled_from([kal, kal.ondergrens()])


def beleidskeuzes() -> st.SearchStrategy[Beleid]:
    """De wettelijke standaard, de regionale presets en elke combinatie van keuzes."""
    presets = [
        Beleid.wettelijk(),
        Beleid.rijn_gelderse_vallei(),
        Beleid.zuid_kennemerland(),
        Beleid.haarlem(),
    ]
    ja_nee = st.booleans()
    eigen = st.builds(
        Beleid,
        naam=st.just("eigen"),
        verlenging_vanaf=st.sampled_from(Verlengingsbasis),
        informatieverzoek_schort_op=ja_nee,
        opschorting=st.sampled_from(Opschortingsinterval),
        atw_bij_termijn_boven_12_weken=ja_nee,
        schrikkeldag=st.sampled_from(Schrikkeldag),
        zorgplicht_over_bij_inschrijving=ja_nee,
        centrale_plaatsing=ja_nee,
        morele_zorgplicht=ja_nee,
        financiele_zorgplicht_bao_bao=ja_nee,
        opp_termijn_vanaf=st.sampled_from(OppTermijnVanaf),
        tlv_formulieren_zuid_kennemerland=ja_nee,
        vo_schorsing_zolang_verwijdering_loopt=ja_nee,
    )
    return st.one_of(st.sampled_from(presets), eigen)


def termijnen() -> st.SearchStrategy[_t.Termijn]:
    """Wettelijke termijnen zoals :mod:`passend.termijnen` ze berekent, vanaf een dag uit
    :func:`datums`: beslistermijn (met verlenging), OPP, bezwaar, beslissing op bezwaar,
    Geschillencommissie, schorsing en het aanmeldadvies."""
    soort = st.sampled_from(Bestuurssoort)

    def van(d: dt.date) -> st.SearchStrategy[_t.Termijn]:
        return st.one_of(
            st.integers(0, 4).map(lambda w: _t.beslistermijn(d, verlenging_weken=w)),
            st.just(_t.opp_termijn(d)),
            st.just(_t.niet_behandelen_termijn(d)),
            soort.map(lambda s: _t.bezwaartermijn(d, bestuur_soort=s)),
            st.just(_t.beslistermijn_bezwaar(d, bestuur_soort=Bestuurssoort.BIJZONDER)),
            st.tuples(st.booleans(), st.integers(0, 6)).map(
                lambda t: _t.beslistermijn_bezwaar(
                    d,
                    bestuur_soort=Bestuurssoort.OPENBAAR,
                    bezwaartermijn_einde=d,
                    adviescommissie=t[0],
                    verdaging_weken=t[1],
                )
            ),
            st.just(_t.gpo_termijn(d)),
            st.just(_t.gpo_oordeel_termijn(d)),
            st.just(_t.schorsing_maximum(d)),
            st.just(_t.aanmelden_advies(d)),
        )

    return datums().flatmap(van)


def mijlpalen() -> st.SearchStrategy[Mijlpaal]:
    """Leeftijdsmijlpalen van leerlingen: aanmelden, wennen, toelating en leerplicht."""
    # Born so that the fifth birthday falls in the years whose school holidays are known.
    kinderen = leerlingen(dt.date(2010, 1, 1), dt.date(2024, 12, 31))
    return st.one_of(
        kinderen.map(aanmelden_vanaf),
        kinderen.map(wennen_vanaf),
        kinderen.map(toelating_vanaf),
        st.tuples(kinderen, st.sampled_from(Regio)).map(lambda t: leerplichtig_vanaf(*t)),
    )


def zorgplichtoordelen() -> st.SearchStrategy[Zorgplichtoordeel]:
    """Antwoorden van :func:`~passend.zorgplicht` op dossiers uit :func:`dossiers`, met elk beleid."""
    return st.builds(
        lambda d, op, b: zorgplicht(d, op, beleid=b), dossiers(), datums(), beleidskeuzes()
    )


def financiele_verantwoordelijkheden() -> st.SearchStrategy[FinancieleVerantwoordelijkheid]:
    """Antwoorden van :func:`~passend.financieel_verantwoordelijke`, ook na een schoolwissel."""
    verhaal = st.one_of(dossiers(), dossiers(procedures={"schoolwisselmeldingen"}))
    return st.builds(
        lambda d, op, b: financieel_verantwoordelijke(d, op, beleid=b),
        verhaal,
        datums(),
        beleidskeuzes(),
    )


def opp_vereisten() -> st.SearchStrategy[OppVereist]:
    """Antwoorden van :func:`~passend.opp_vereist` op dossiers uit :func:`dossiers`."""
    return st.builds(
        lambda d, op, s, a: opp_vereist(d, op, symbiose=s, afwijking_onderwijstijd=a),
        dossiers(),
        datums(),
        st.booleans(),
        st.booleans(),
    )


@st.composite
def _verantwoordelijk(draw: st.DrawFn) -> VerantwoordelijkSwv:
    categorie = draw(st.one_of(st.none(), st.sampled_from(TlvCategorie)))
    sector = draw(st.sampled_from(Sector)) if categorie is None else categorie.schoolsoort.sector
    woonplaats = draw(samenwerkingsverbanden(sector))
    soort = draw(st.sampled_from(Schoolsoort))
    # A referring school of the TLV's sector has an SWV of that sector (ZP-04).
    school = draw(st.one_of(st.none(), scholen(soort, swv=samenwerkingsverbanden(sector))))
    leerling = draw(leerlingen())
    tlv = draw(st.one_of(st.none(), tlvs(leerling, scholen(), datums())))
    return verantwoordelijk_swv(
        op=draw(datums()),
        woonplaats_swv=woonplaats,
        verwijzende_school=school,
        tlv=tlv,
        categorie=categorie,
    )


def verantwoordelijke_swvs() -> st.SearchStrategy[VerantwoordelijkSwv]:
    """Antwoorden van :func:`~passend.verantwoordelijk_swv`: met of zonder geldige TLV,
    verwijzende school (ook uit cluster 1 of 2) en categorie."""
    return _verantwoordelijk()


def gebreksoorten() -> st.SearchStrategy[Gebreksoort]:
    """De soorten gebreken uit :func:`~passend.catalogus`."""
    return st.sampled_from(list(catalogus().values()))


def gebreken() -> st.SearchStrategy[Gebrek]:
    """Gebreken zoals :func:`~passend.toets` ze geeft: code, grondslag en GPO-reden uit de
    catalogus, de omschrijving als uitleg."""
    return st.sampled_from(list(catalogus().items())).map(
        lambda paar: Gebrek(
            code=paar[0],
            grondslag=paar[1].grondslag,
            uitleg=paar[1].omschrijving,
            gpo_reden=paar[1].gpo_reden,
        )
    )


def aandachtspunten() -> st.SearchStrategy[Aandachtspunt]:
    """Aandachtspunten zoals :func:`~passend.aandachtspunten` ze geeft op dossiers met een
    aanmelding, verwijdering en OPP."""
    verhaal = dossiers(procedures={"aanmeldingen", "verwijderingen", "opps"})

    def punten(d: Dossier) -> st.SearchStrategy[Aandachtspunt]:
        laatste = max(d.verwijderingen[0].besluit_op or dt.date.min, d.opps[0].vastgesteld_op)
        alle = _aandachtspunten(d, max(laatste, d.aanmeldingen[0].ontvangen_op))
        return st.sampled_from(alle) if alle else st.nothing()

    return verhaal.flatmap(punten)


def overzichten() -> st.SearchStrategy[Overzicht]:
    """Antwoorden van :func:`~passend.overzicht` op dossiers uit :func:`dossiers`."""
    return st.builds(overzicht, dossiers(), datums())


def tijdlijnen() -> st.SearchStrategy[Tijdlijn]:
    """Tijdlijnen van :func:`~passend.tijdlijn` van dossiers uit :func:`dossiers`."""
    return st.builds(tijdlijn, dossiers(), datums())


def tijdlijnregels() -> st.SearchStrategy[Tijdlijnregel]:
    """Regels uit een tijdlijn van :func:`tijdlijnen`."""
    return tijdlijnen().flatmap(lambda t: st.sampled_from(t.regels) if t.regels else st.nothing())
