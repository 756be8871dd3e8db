"""The public hypothesis strategies produce valid values and are registered for from_type."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from passend import (
    Dossier,
    ExtraOndersteuning,
    Inschrijving,
    Leerling,
    Opp,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schorsing,
    Tlv,
    TlvUitkomst,
    Verwijdering,
    catalogus,
    lopende_termijnen,
    toets,
)
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


LL = Leerling(id="ll-1", geboortedatum=dt.date(2012, 3, 1))
DAGEN = ps.datums(max_value=dt.date(2027, 6, 30))


@given(ps.tlvs(LL, ps.scholen(), DAGEN))
def test_tlvs_zijn_consistent(tlv: Tlv) -> None:
    assert (tlv.uitkomst is None) == (tlv.besluit_op is None)
    assert (tlv.ingangsdatum is not None) == (tlv.uitkomst is TlvUitkomst.AFGEGEVEN)
    if tlv.uitkomst is TlvUitkomst.AFGEGEVEN:
        assert tlv.geldig_op(tlv.ingangsdatum)  # type: ignore[arg-type]
    assert all(a.datum >= tlv.aangevraagd_op for a in tlv.adviezen)
    assert len(tlv.adviezen) <= 3


@given(ps.opps(LL, ps.scholen(), DAGEN))
def test_opps_zijn_consistent(opp: Opp) -> None:
    assert all(d > opp.vastgesteld_op for d in (*opp.evaluaties, *opp.aanpassingen))
    assert set(opp.leerling_gehoord_bij) <= {*opp.evaluaties, *opp.aanpassingen}
    assert opp.stand_op(opp.vastgesteld_op) is not None


@given(ps.verwijderingen(LL, ps.scholen(), DAGEN))
def test_verwijderingen_zijn_consistent(v: Verwijdering) -> None:
    if v.bezwaar is not None:
        assert v.besluit_op is not None
        assert v.bezwaar.ontvangen_op >= v.besluit_op
        if v.bezwaar.gpo_oordeel_op is not None:
            assert v.bezwaar.gpo_ingediend_op is not None
            assert v.bezwaar.gpo_oordeel_op > v.bezwaar.gpo_ingediend_op


@given(ps.schorsingen(LL, ps.scholen(), DAGEN))
def test_schorsingen_duren_een_tot_vijftien_dagen(s: Schorsing) -> None:
    assert 0 <= (s.einde - s.begin).days <= 14


@given(
    ps.scholen(),
    st.lists(ps.inschrijvingen(LL, ps.scholen(), DAGEN), max_size=1),
    st.lists(ps.ondersteuningen(LL, ps.scholen(), DAGEN), max_size=1),
    st.data(),
)
def test_records_samen_in_een_dossier_dat_toets_aankan(
    school: School,
    inschrijvingen: list[Inschrijving],
    ondersteuningen: list[ExtraOndersteuning],
    data: st.DataObject,
) -> None:
    hier = st.just(school)
    dossier = Dossier(
        leerling=LL,
        inschrijvingen=inschrijvingen,
        ondersteuningen=ondersteuningen,
        tlvs=data.draw(st.lists(ps.tlvs(LL, hier, DAGEN), max_size=1)),
        opps=data.draw(st.lists(ps.opps(LL, hier, DAGEN), max_size=1)),
        verwijderingen=data.draw(st.lists(ps.verwijderingen(LL, hier, DAGEN), max_size=1)),
        schorsingen=data.draw(st.lists(ps.schorsingen(LL, hier, DAGEN), max_size=1)),
    )
    for i in inschrijvingen:
        assert i.uitgeschreven_op is None or i.uitgeschreven_op > i.ingeschreven_op
    for o in ondersteuningen:
        assert o.tot is None or o.tot > o.vanaf
    op = data.draw(DAGEN)
    # Every generated record is one toets can judge: each answer is a known code.
    assert {g.code for g in toets(dossier, op)} <= set(catalogus())
    assert all(t.einde >= t.begin for t in lopende_termijnen(dossier, op))
