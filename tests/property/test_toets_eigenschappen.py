"""Properties of ``toets``: it never looks past its peildatum, and repairing the record a defect
names removes that defect without creating another one."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from passend import (
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Bezwaar,
    Dossier,
    GebrekCode,
    Gehoord,
    Gehoorde,
    Kalender,
    Leerling,
    Ondersteuningsbehoefte,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schorsing,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Verlenging,
    Verwijdering,
    aandachtspunten,
    catalogus,
    lopende_termijnen,
    toets,
)
from passend._bezwaar import beslistermijn_op_bezwaar
from passend.termijnen import beslistermijn

D = dt.date
BEGIN = D(2025, 9, 1)
C = GebrekCode


def dagen(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def bestuur(soort: Bestuurssoort) -> Schoolbestuur:
    return Schoolbestuur(id=f"b-{soort.value}", naam="Bestuur", soort=soort)


def school(soort: Schoolsoort, bestuurssoort: Bestuurssoort, brin: str = "12AB") -> School:
    return School(brin=brin, naam=f"School {brin}", soort=soort, bestuur=bestuur(bestuurssoort))


def regulier(voor: School) -> School:
    """A regular school of the same sector, willing to admit (no TLV needed)."""
    soort = Schoolsoort.BAO if voor.soort.wet in ("WPO", "WEC") else Schoolsoort.VO
    return school(soort, Bestuurssoort.OPENBAAR, brin="99ZZ")


@st.composite
def bezwaren(draw: st.DrawFn, besluit: dt.date) -> Bezwaar:
    ontvangen = besluit + dagen(draw(st.integers(0, 50)))
    ingediend = draw(st.none() | st.integers(0, 25).map(lambda n: ontvangen + dagen(n)))
    oordeel = (
        None
        if ingediend is None
        else draw(st.none() | st.integers(1, 80).map(lambda n: ingediend + dagen(n)))
    )
    return Bezwaar(
        ontvangen_op=ontvangen,
        ouders_gehoord_op=draw(st.none() | st.integers(0, 40).map(lambda n: ontvangen + dagen(n))),
        beslist_op=draw(st.none() | st.integers(0, 120).map(lambda n: ontvangen + dagen(n))),
        gpo_ingediend_op=ingediend,
        gpo_oordeel_op=oordeel,
        adviescommissie=draw(st.booleans()),
    )


@st.composite
def verwijderingen(draw: st.DrawFn, leerling: Leerling, bij: School) -> Verwijdering:
    besluit = draw(st.none() | st.integers(30, 200).map(lambda n: BEGIN + dagen(n)))
    rond = besluit or BEGIN + dagen(100)
    datum = st.integers(-30, 10).map(lambda n: rond + dagen(n))
    gehoord = draw(
        st.lists(st.builds(Gehoord, wie=st.sampled_from(Gehoorde), op=datum), max_size=4)
    )
    andere = draw(
        st.sampled_from(
            [None, regulier(bij), school(Schoolsoort.SBO, Bestuurssoort.BIJZONDER, "88YY")]
        )
    )
    return Verwijdering(
        leerling=leerling,
        school=bij,
        besluit_op=besluit,
        gehoord=gehoord,
        inspectie_overleg_op=draw(st.none() | datum),
        inspectie_gemeld_op=draw(st.none() | datum),
        andere_school=andere,
        andere_school_bereid_op=draw(st.none() | datum),
        gemotiveerd=draw(st.booleans()),
        leerplichtig=draw(st.none() | st.booleans()),
        bezwaar=None if besluit is None else draw(st.none() | bezwaren(besluit)),
    )


@st.composite
def schorsingen(draw: st.DrawFn, leerling: Leerling, bij: School) -> Schorsing:
    begin = BEGIN + dagen(draw(st.integers(0, 200)))
    return Schorsing(
        leerling=leerling,
        school=bij,
        begin=begin,
        einde=begin + dagen(draw(st.integers(0, 14))),
        inspectie_gemeld_op=draw(st.none() | st.integers(0, 5).map(lambda n: begin + dagen(n))),
        schriftelijk=draw(st.booleans()),
        hangende_verwijdering=draw(st.booleans()),
    )


@st.composite
def aanmeldingen(draw: st.DrawFn, leerling: Leerling, bij: School) -> Aanmelding:
    ontvangen = BEGIN + dagen(draw(st.integers(0, 200)))
    verlenging = draw(
        st.none()
        | st.builds(
            Verlenging,
            medegedeeld_op=st.integers(0, 50).map(lambda n: ontvangen + dagen(n)),
            weken=st.integers(1, 6),
        )
    )
    verdere = (
        []
        if verlenging is None
        else draw(
            st.lists(
                st.builds(
                    Verlenging,
                    medegedeeld_op=st.integers(0, 20).map(
                        lambda n: verlenging.medegedeeld_op + dagen(n)
                    ),
                    weken=st.integers(1, 4),
                ),
                max_size=2,
            )
        )
    )
    datum = ontvangen + dagen(draw(st.integers(0, 90)))
    besluit = draw(
        st.none()
        | st.builds(
            Toelatingsbesluit,
            datum=st.just(datum),
            uitkomst=st.sampled_from(Toelatingsuitkomst),
            andere_school=st.sampled_from([None, regulier(bij)]),
            andere_school_bereid_op=st.none()
            | st.integers(-20, 10).map(lambda n: max(ontvangen, datum + dagen(n))),
            schriftelijk_gemotiveerd=st.none() | st.booleans(),
        )
    )
    return Aanmelding(
        leerling=leerling,
        school=bij,
        ontvangen_op=ontvangen,
        ondersteuningsbehoefte=draw(st.sampled_from(Ondersteuningsbehoefte)),
        verlenging=verlenging,
        verdere_verlengingen=verdere,
        besluit=besluit,
    )


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    """A pupil with at most one aanmelding, one verwijdering and one schorsing."""
    leerling = Leerling(id="ll-1", geboortedatum=draw(st.dates(D(2006, 1, 1), D(2020, 12, 31))))
    bij = school(draw(st.sampled_from(Schoolsoort)), draw(st.sampled_from(Bestuurssoort)))
    return Dossier(
        leerling=leerling,
        aanmeldingen=tuple(draw(st.lists(aanmeldingen(leerling, bij), max_size=1))),
        verwijderingen=tuple(draw(st.lists(verwijderingen(leerling, bij), max_size=1))),
        schorsingen=tuple(draw(st.lists(schorsingen(leerling, bij), max_size=1))),
    )


peildata = st.integers(0, 400).map(lambda n: BEGIN + dagen(n))


@given(dossiers(), peildata, st.integers(0, 200))
def test_toets_hangt_niet_af_van_wat_na_op_gebeurt(
    dossier: Dossier, op: dt.date, later: int
) -> None:
    # The same dossier, but as recorded some time after op: everything after that is unknown.
    minder = dossier.stand_op(op + dagen(later))
    assert toets(minder, op) == toets(dossier, op)
    assert aandachtspunten(minder, op) == aandachtspunten(dossier, op)
    assert lopende_termijnen(minder, op) == lopende_termijnen(dossier, op)


# --- Repairs: one per code, applied to the record the defect is about -------------------------


def _verwijdering(d: Dossier, **wijziging: Any) -> Dossier:
    return attrs.evolve(d, verwijderingen=(attrs.evolve(d.verwijderingen[0], **wijziging),))


def _stap(d: Dossier, op: dt.date) -> dt.date:
    """The day to record a missing step: the decision as known on op, else op itself."""
    return d.stand_op(op).verwijderingen[0].besluit_op or op


def _hoor(wie: Gehoorde) -> Callable[[Dossier, dt.date], Dossier]:
    def herstel(d: Dossier, op: dt.date) -> Dossier:
        gehoord = Gehoord(wie=wie, op=_stap(d, op))
        return _verwijdering(d, gehoord=(*d.verwijderingen[0].gehoord, gehoord))

    return herstel


def _andere_school(d: Dossier, op: dt.date) -> Dossier:
    v = d.verwijderingen[0]
    return _verwijdering(d, andere_school=regulier(v.school), andere_school_bereid_op=_stap(d, op))


def _bezwaar(d: Dossier, **wijziging: Any) -> Dossier:
    b = d.verwijderingen[0].bezwaar
    assert b is not None
    return _verwijdering(d, bezwaar=attrs.evolve(b, **wijziging))


def _wacht_op_gpo(d: Dossier, op: dt.date) -> Dossier:
    b = d.verwijderingen[0].bezwaar
    assert b is not None
    return _bezwaar(d, beslist_op=b.gpo_oordeel_op)


def _beslis_op_tijd(d: Dossier, op: dt.date) -> Dossier:
    v = d.stand_op(op).verwijderingen[0]
    b = v.bezwaar
    assert b is not None
    assert v.besluit_op is not None
    einde = beslistermijn_op_bezwaar(v, b, v.besluit_op, Kalender.standaard(), Beleid()).einde
    # Deciding by the book includes hearing the parents first (bijzonder onderwijs).
    gehoord = min(b.ouders_gehoord_op or b.ontvangen_op, einde)
    return _bezwaar(d, beslist_op=einde, ouders_gehoord_op=gehoord)


def _schorsing(d: Dossier, **wijziging: Any) -> Dossier:
    return attrs.evolve(d, schorsingen=(attrs.evolve(d.schorsingen[0], **wijziging),))


def _aanmelding(d: Dossier, **wijziging: Any) -> Dossier:
    return attrs.evolve(d, aanmeldingen=(attrs.evolve(d.aanmeldingen[0], **wijziging),))


def _besluit(d: Dossier, **wijziging: Any) -> Dossier:
    besluit = d.aanmeldingen[0].besluit
    assert besluit is not None
    return _aanmelding(d, besluit=attrs.evolve(besluit, **wijziging))


def _besluit_op_tijd(d: Dossier, op: dt.date) -> Dossier:
    a = d.stand_op(op).aanmeldingen[0]
    einde = a.beslistermijn().einde
    besluit = d.aanmeldingen[0].besluit
    if besluit is None:
        nieuw = Toelatingsbesluit(datum=einde, uitkomst=Toelatingsuitkomst.TOEGELATEN)
        return _aanmelding(d, besluit=nieuw)
    bereid = besluit.andere_school_bereid_op
    return _besluit(
        d, datum=einde, andere_school_bereid_op=None if bereid is None else min(bereid, einde)
    )


def _verlenging_op_tijd(d: Dossier, op: dt.date) -> Dossier:
    a = d.aanmeldingen[0]
    assert a.verlenging is not None
    zes = beslistermijn(a.ontvangen_op)
    return _aanmelding(d, verlenging=attrs.evolve(a.verlenging, medegedeeld_op=zes.einde))


HERSTEL: dict[GebrekCode, Callable[[Dossier, dt.date], Dossier]] = {
    C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD: _hoor(Gehoorde.LEERKRACHT),
    C.VERWIJDERING_OUDERS_NIET_GEHOORD: _hoor(Gehoorde.OUDERS),
    C.VERWIJDERING_LEERLING_NIET_GEHOORD: _hoor(Gehoorde.LEERLING),
    C.VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD: lambda d, op: _verwijdering(
        d, inspectie_overleg_op=_stap(d, op)
    ),
    C.VERWIJDERING_INSPECTIE_NIET_GEINFORMEERD: lambda d, op: _verwijdering(
        d, inspectie_gemeld_op=d.verwijderingen[0].besluit_op
    ),
    C.VERWIJDERING_ZONDER_ANDERE_SCHOOL: _andere_school,
    C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD: lambda d, op: _verwijdering(d, gemotiveerd=True),
    C.BEZWAAR_OUDERS_NIET_GEHOORD: lambda d, op: _bezwaar(
        d,
        ouders_gehoord_op=d.verwijderingen[0].bezwaar.ontvangen_op,  # type: ignore[union-attr]
    ),
    C.BEZWAAR_BESLIST_VOOR_GPO_OORDEEL: _wacht_op_gpo,
    C.BEZWAAR_BESLISSING_TE_LAAT: _beslis_op_tijd,
    C.SCHORSING_TE_LANG: lambda d, op: _schorsing(d, einde=d.schorsingen[0].begin + dagen(6)),
    C.SCHORSING_NIET_SCHRIFTELIJK: lambda d, op: _schorsing(d, schriftelijk=True),
    C.SCHORSING_INSPECTIE_NIET_GEMELD: lambda d, op: _schorsing(
        d, inspectie_gemeld_op=d.schorsingen[0].begin
    ),
    C.BESLUIT_AANMELDING_TE_LAAT: _besluit_op_tijd,
    C.VERLENGING_TE_LANG: lambda d, op: _aanmelding(
        d,
        verlenging=attrs.evolve(d.aanmeldingen[0].verlenging, weken=4),  # type: ignore[misc]
    ),
    C.VERLENGING_HERHAALD: lambda d, op: _aanmelding(d, verdere_verlengingen=()),
    C.VERLENGING_TE_LAAT_MEEGEDEELD: _verlenging_op_tijd,
    C.WEIGERING_ZONDER_ANDERE_SCHOOL: lambda d, op: _besluit(
        d,
        andere_school=regulier(d.aanmeldingen[0].school),
        andere_school_bereid_op=d.aanmeldingen[0].besluit.datum,  # type: ignore[union-attr]
    ),
    C.WEIGERING_NIET_SCHRIFTELIJK_GEMOTIVEERD: lambda d, op: _besluit(
        d, schriftelijk_gemotiveerd=True
    ),
}


@given(dossiers(), peildata)
def test_herstel_van_een_gebrek_haalt_het_weg_en_voegt_niets_toe(
    dossier: Dossier, op: dt.date
) -> None:
    voor = Counter(g.code for g in toets(dossier, op))
    for code in voor:
        hersteld = HERSTEL[code](dossier, op)
        na = Counter(g.code for g in toets(hersteld, op))
        assert code not in na, (code, toets(hersteld, op))
        assert not na - voor, (code, na - voor)


def test_elke_code_heeft_een_herstel() -> None:
    """Every code of the aanmelding, verwijdering, bezwaar and schorsing checks (the records
    this generator makes) has a repair; TLV and OPP codes have their own properties."""
    eigen = {c for c in catalogus() if not c.value.startswith(("tlv_", "opp_"))}
    assert set(HERSTEL) == eigen
