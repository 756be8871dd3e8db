"""The public hypothesis strategies produce valid values and are registered for from_type."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from passend import Leerling, Samenwerkingsverband, School, Schoolbestuur, Schoolsoort
from passend import strategies as ps


@given(ps.scholen())
def test_scholen_zijn_geldig(school: School) -> None:
    assert (school.cluster is not None) == (school.soort in (Schoolsoort.SO, Schoolsoort.VSO))


@given(ps.scholen(Schoolsoort.SBO))
def test_scholen_van_een_soort(school: School) -> None:
    assert school.soort is Schoolsoort.SBO


@given(ps.datums())
def test_datums_in_jaren_met_bekende_kb_lijst(d: dt.date) -> None:
    assert 2023 <= d.year <= 2028


@given(
    st.from_type(Leerling),
    st.from_type(School),
    st.from_type(Schoolbestuur),
    st.from_type(Samenwerkingsverband),
)
def test_from_type_gebruikt_de_passend_strategieen(
    leerling: Leerling, school: School, bestuur: Schoolbestuur, swv: Samenwerkingsverband
) -> None:
    assert leerling.id.startswith("ll-")
    assert school.bestuur.id.startswith("bestuur-")
    assert bestuur.id.startswith("bestuur-")
    assert swv.id.startswith("swv-")
