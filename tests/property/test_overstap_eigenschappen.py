"""Properties of the overstap: the zorgplicht on every day of the overstap year has one owner
or an explained unknown, follows the loting (PV-05) and never looks past its peildatum; every
overstap defect has a repair that removes it."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from passend import (
    Aanmelding,
    Adviessoort,
    Bestuurssoort,
    Brugklasbesluit,
    Brugklasgrond,
    Doorstroomtoets,
    Dossier,
    GebrekCode,
    Heroverweging,
    Inschrijving,
    Leerling,
    Lotingsuitkomst,
    Niveau,
    Ondersteuningsbehoefte,
    OnderwijskundigRapport,
    School,
    Schooladvies,
    Schoolbestuur,
    Schoolsoort,
    ZorgplichtReden,
    _overstap_toets,
    toets,
    zorgplicht,
)
from passend import strategies as ps

D = dt.date
LL = Leerling(id="ll-8", geboortedatum=D(2014, 5, 1))
BAO = School(
    brin="10AA",
    naam="De Linde",
    soort=Schoolsoort.BAO,
    bestuur=Schoolbestuur(id="po", naam="Stichting PO", soort=Bestuurssoort.OPENBAAR),
)
VO = [
    School(
        brin=f"2{i}VO",
        naam=f"VO {i}",
        soort=soort,
        bestuur=Schoolbestuur(id=f"vo{i}", naam=f"Bestuur VO {i}", soort=Bestuurssoort.BIJZONDER),
    )
    for i, soort in enumerate([Schoolsoort.VO, Schoolsoort.VO, Schoolsoort.PRO])
]
GROEP8 = Inschrijving(leerling=LL, school=BAO, ingeschreven_op=D(2018, 8, 20))
JAAR = st.dates(D(2025, 8, 1), D(2026, 7, 31))
#: Why nobody may carry the zorgplicht, each with an explanation (DESIGN principle 3).
VERKLAARD = {
    ZorgplichtReden.ONBEKEND,
    ZorgplichtReden.GEEN_EXTRA_ONDERSTEUNING,
    ZorgplichtReden.UITZONDERING,
}


@st.composite
def vo_aanmelding(draw: st.DrawFn, dagen: st.SearchStrategy[dt.date] = JAAR) -> Aanmelding:
    return Aanmelding(
        leerling=LL,
        school=draw(st.sampled_from(VO)),
        ontvangen_op=draw(dagen),
        ondersteuningsbehoefte=draw(st.sampled_from(Ondersteuningsbehoefte)),
        voorkeur=draw(st.integers(1, 3)),
    )


@st.composite
def overstapdossier(draw: st.DrawFn) -> Dossier:
    scholen = st.sampled_from(VO)
    return Dossier(
        leerling=LL,
        inschrijvingen=(GROEP8,),
        aanmeldingen=draw(st.lists(vo_aanmelding(), max_size=3)),
        lotingen=draw(st.lists(ps.lotingen(LL, scholen, JAAR), max_size=2)),
        schooladviezen=draw(st.lists(ps.schooladviezen(LL, st.just(BAO), JAAR), max_size=2)),
        doorstroomtoetsen=draw(st.lists(ps.doorstroomtoetsen(LL, st.just(BAO), JAAR), max_size=1)),
        heroverwegingen=draw(st.lists(ps.heroverwegingen(LL, st.just(BAO), JAAR), max_size=1)),
        mdos=draw(st.lists(ps.mdos(LL, st.just(BAO), scholen, JAAR), max_size=2)),
    )


@given(overstapdossier(), JAAR)
def test_zorgplicht_heeft_een_eigenaar_of_een_verklaard_onbekend(d: Dossier, op: dt.date) -> None:
    o = zorgplicht(d, op)
    assert o.uitleg
    if o.bestuur is None:
        assert o.reden in VERKLAARD, o
        return
    assert o.school is not None
    assert o.school.bestuur == o.bestuur
    # PV-05: a VO school where lots are drawn carries it only after the pupil was ingeloot.
    for loting in d.lotingen:
        if loting.school == o.school and loting.bekend_op <= op:
            assert loting.uitkomst is Lotingsuitkomst.INGELOOT
            assert loting.uitkomst_op is not None
            assert loting.uitkomst_op <= op
            assert o.sinds is not None
            assert o.sinds >= loting.uitkomst_op


@given(overstapdossier(), JAAR, st.data())
def test_zorgplicht_kijkt_niet_voorbij_de_peildatum(
    d: Dossier, op: dt.date, data: st.DataObject
) -> None:
    later = st.dates(op + dt.timedelta(days=1), D(2026, 12, 31))
    scholen = st.sampled_from(VO)
    toekomst = attrs.evolve(
        d,
        aanmeldingen=(*d.aanmeldingen, *data.draw(st.lists(vo_aanmelding(later), max_size=2))),
        lotingen=(*d.lotingen, *data.draw(st.lists(ps.lotingen(LL, scholen, later), max_size=2))),
        schooladviezen=(
            *d.schooladviezen,
            *data.draw(st.lists(ps.schooladviezen(LL, st.just(BAO), later), max_size=1)),
        ),
    )
    voor, na = zorgplicht(d, op), zorgplicht(toekomst, op)
    assert (voor.bestuur, voor.school, voor.reden, voor.sinds) == (
        na.bestuur,
        na.school,
        na.reden,
        na.sinds,
    )
    assert toets(d, op) == toets(toekomst, op)


# --- Every overstap defect has a repair -----------------------------------------------------------


def _advies(soort: Adviessoort, niveau: Niveau, op: dt.date) -> Schooladvies:
    return Schooladvies(leerling=LL, school=BAO, soort=soort, niveau=niveau, gegeven_op=op)


V, DEF = Adviessoort.VOORLOPIG, Adviessoort.DEFINITIEF
OP = D(2026, 9, 1)
GOED = (_advies(V, Niveau.HAVO, D(2026, 1, 20)), _advies(DEF, Niveau.HAVO, D(2026, 3, 20)))
WEG = attrs.evolve(GROEP8, uitgeschreven_op=D(2026, 8, 1))
LYCEUM = Inschrijving(leerling=LL, school=VO[0], ingeschreven_op=D(2026, 8, 1))
OKR = OnderwijskundigRapport(leerling=LL, school=BAO, aan=VO[0], opgesteld_op=D(2026, 3, 20))
BASIS = Dossier(
    leerling=LL,
    inschrijvingen=(WEG, LYCEUM),
    schooladviezen=GOED,
    onderwijskundige_rapporten=(OKR,),
)


def _toets(niveau: Niveau) -> Dossier:
    uitslag = Doorstroomtoets(
        leerling=LL,
        school=BAO,
        ontvangen_op=D(2026, 3, 13),
        vrijgesteld=False,
        toetsadvies=niveau,
    )
    return attrs.evolve(BASIS, doorstroomtoetsen=(uitslag,))


def _her(redenen: str | None) -> Dossier:
    h = Heroverweging(
        leerling=LL, school=BAO, op=D(2026, 3, 18), niveau=Niveau.HAVO, redenen=redenen
    )
    return attrs.evolve(_toets(Niveau.VWO), heroverwegingen=(h,))


def _brugklas(niveau: Niveau, grond: Brugklasgrond) -> Dossier:
    b = Brugklasbesluit(leerling=LL, school=VO[0], op=D(2026, 4, 20), niveau=niveau, grond=grond)
    return attrs.evolve(BASIS, brugklasbesluiten=(b,))


C = GebrekCode
#: Code → (dossier with that defect, the same dossier repaired).
HERSTEL: dict[GebrekCode, tuple[Dossier, Dossier]] = {
    C.VOORLOPIG_ADVIES_ONTBREEKT: (attrs.evolve(BASIS, schooladviezen=GOED[1:]), BASIS),
    C.VOORLOPIG_ADVIES_BUITEN_VENSTER: (
        attrs.evolve(BASIS, schooladviezen=(_advies(V, Niveau.HAVO, D(2026, 2, 3)), GOED[1])),
        BASIS,
    ),
    C.DEFINITIEF_ADVIES_ONTBREEKT: (attrs.evolve(BASIS, schooladviezen=GOED[:1]), BASIS),
    C.DEFINITIEF_ADVIES_TE_LAAT: (
        attrs.evolve(BASIS, schooladviezen=(GOED[0], _advies(DEF, Niveau.HAVO, D(2026, 3, 25)))),
        BASIS,
    ),
    C.HEROVERWEGING_ONTBREEKT: (_toets(Niveau.VWO), _her("werkhouding")),
    C.SCHOOLADVIES_VERLAAGD: (
        attrs.evolve(BASIS, schooladviezen=(GOED[0], _advies(DEF, Niveau.VMBO_GT, D(2026, 3, 20)))),
        BASIS,
    ),
    C.HEROVERWEGING_ZONDER_REDENEN: (_her(None), _her("werkhouding")),
    C.OKR_ONTBREEKT: (attrs.evolve(BASIS, onderwijskundige_rapporten=()), BASIS),
    C.VO_BESLUIT_OP_TOETSADVIES: (
        _brugklas(Niveau.HAVO, Brugklasgrond.TOETSADVIES),
        _brugklas(Niveau.HAVO, Brugklasgrond.SCHOOLADVIES),
    ),
    C.VO_PLAATSING_ONDER_SCHOOLADVIES: (
        _brugklas(Niveau.VMBO_GT, Brugklasgrond.SCHOOLADVIES),
        _brugklas(Niveau.HAVO, Brugklasgrond.SCHOOLADVIES),
    ),
}


def test_elke_overstapcode_heeft_een_herstel() -> None:
    assert set(HERSTEL) == set(_overstap_toets.GEBREKSOORTEN)
    assert [g.code for g in toets(BASIS, OP)] == []
    for code, (fout, hersteld) in HERSTEL.items():
        assert [g.code for g in toets(fout, OP)] == [code], code
        assert [g.code for g in toets(hersteld, OP)] == [], code
