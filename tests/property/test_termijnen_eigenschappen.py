"""Invariants of the Atw calendar and the statutory terms (issue 2, item 8)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passend import Beleid, Kalender, OngeldigeInvoer, Verlengingsbasis
from passend import strategies as ps
from passend.termijnen import aanmelden_advies, beslistermijn, opp_termijn, opschorten

KAL = Kalender.standaard()
DAG = dt.timedelta(days=1)
# Events late enough in 2028 end their terms in 2029, whose KB list is not known (NietBekend).
GEBEURTENIS = ps.datums(max_value=dt.date(2028, 9, 30))


@given(ps.datums())
def test_atw_einde_is_de_eerste_werkdag_vanaf_het_nominale_einde(d: dt.date) -> None:
    einde = KAL.atw_einde(d)
    assert KAL.is_werkdag(einde)
    assert einde >= d
    dag = d
    while dag < einde:  # every day skipped was not a werkdag: it is the *first* werkdag
        assert not KAL.is_werkdag(dag)
        dag += DAG
    # The Atw never moves more than 9 days (rules.md T-04 on Hemelvaart on 7 May).
    assert (einde - d).days <= 9


@given(GEBEURTENIS, GEBEURTENIS)
def test_einde_monotoon_in_de_datum_van_ontvangst(a: dt.date, b: dt.date) -> None:
    a, b = min(a, b), max(a, b)
    assert beslistermijn(a).einde <= beslistermijn(b).einde
    assert opp_termijn(a).einde <= opp_termijn(b).einde


@given(GEBEURTENIS, st.integers(0, 4), st.sampled_from(Verlengingsbasis))
def test_verlenging_hoogstens_vier_weken(d: dt.date, weken: int, basis: Verlengingsbasis) -> None:
    t = beslistermijn(d, verlenging_weken=weken, beleid=Beleid(verlenging_vanaf=basis))
    zes = beslistermijn(d)
    assert zes.einde <= t.einde
    # Never more than 4 weeks beyond the (Atw) end of the 6 weeks, whichever reading.
    assert t.einde <= KAL.atw_einde(zes.einde + dt.timedelta(weeks=4))
    assert t.einde == t.wettelijk_einde


@given(ps.datums(), st.integers(5, 52))
def test_verlenging_langer_dan_vier_weken_kan_niet(d: dt.date, weken: int) -> None:
    with pytest.raises(OngeldigeInvoer):
        beslistermijn(d, verlenging_weken=weken)


@given(ps.datums())
def test_terugrekening_wordt_nooit_verschoven(start: dt.date) -> None:
    t = aanmelden_advies(start)
    assert t.einde == start - dt.timedelta(weeks=10)
    assert not t.atw_toegepast


@given(ps.datums(max_value=dt.date(2028, 6, 30)), st.integers(0, 60), st.integers(0, 60))
def test_opschorting_verschuift_het_nominale_einde_precies(
    d: dt.date, begin: int, duur: int
) -> None:
    t = beslistermijn(d)
    van = d + dt.timedelta(days=begin)
    na = opschorten(t, van, van + dt.timedelta(days=duur), reden="test")
    assert na.nominaal_einde - t.nominaal_einde == dt.timedelta(days=duur)
    assert na.einde >= t.einde
    assert na.einde == KAL.atw_einde(na.nominaal_einde)
