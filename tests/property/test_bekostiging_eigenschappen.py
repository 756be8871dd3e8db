"""Invariants of the funding rules: money is never created by a deduction, more pupils never
lower a budget, and rounding happens once, at the end."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from passend import Bron, TlvCategorie
from passend.bekostiging import (
    SO_CATEGORIEEN,
    Begroting,
    Begrotingsregel,
    Instroomsoort,
    Kant,
    Leerlingtelling,
    Ondersteuningsbedragen,
    instroombudget,
    op_euros,
    rijksbijdrage_swv_po,
    schoolbudget,
)

aantallen = st.integers(min_value=0, max_value=50_000)
centen = st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False, allow_infinity=False)
bedragen_met_centen = st.decimals(
    min_value=-1_000_000, max_value=1_000_000, places=2, allow_nan=False, allow_infinity=False
)
tlvs = st.lists(st.sampled_from([TlvCategorie.SBO, *SO_CATEGORIEEN]), max_size=5)


@given(
    leerlingen=aantallen,
    extra=st.integers(min_value=1, max_value=1_000),
    plaatsingen=st.integers(min_value=0, max_value=50),
    tlvs_op_bao=tlvs,
    jaar=st.sampled_from([2024]),
)
def test_meer_leerlingen_verlaagt_het_budget_nooit(
    leerlingen: int, extra: int, plaatsingen: int, tlvs_op_bao: list[TlvCategorie], jaar: int
) -> None:
    basis = schoolbudget(
        jaar, leerlingen=leerlingen, plaatsingen=plaatsingen, tlvs_op_bao=tlvs_op_bao
    )
    meer = schoolbudget(
        jaar, leerlingen=leerlingen + extra, plaatsingen=plaatsingen, tlvs_op_bao=tlvs_op_bao
    )
    assert meer.totaal >= basis.totaal


@given(
    bao=aantallen,
    sbo=st.integers(min_value=0, max_value=2_000),
    sbo_met_tlv=st.integers(min_value=0, max_value=2_000),
    so=st.dictionaries(st.sampled_from(SO_CATEGORIEEN), st.integers(0, 500)),
    licht=centen,
    zwaar=centen,
)
def test_inhoudingen_maken_nooit_geld(
    bao: int,
    sbo: int,
    sbo_met_tlv: int,
    so: dict[TlvCategorie, int],
    licht: Decimal,
    zwaar: Decimal,
) -> None:
    r = rijksbijdrage_swv_po(
        2024,
        telling=Leerlingtelling(
            teldatum=dt.date(2023, 2, 1), bao=bao, sbo=sbo, sbo_met_tlv=sbo_met_tlv, so_met_tlv=so
        ),
        bedragen=Ondersteuningsbedragen(
            jaar=2024,
            lichte_ondersteuning=licht,
            zware_ondersteuning=zwaar,
            bron=Bron(wet="eigen invoer", artikel="-"),
        ),
    )
    assert r.inhouding_sbo >= 0
    assert r.inhouding_so >= 0
    assert 0 <= r.overloop_sbo <= r.inhouding_sbo
    assert r.netto <= r.bruto
    assert r.netto == r.bruto - r.inhouding_sbo - r.inhouding_so
    assert r.lichte_na_inhouding + r.zware_na_inhouding == r.netto
    assert 0 <= r.lichte_na_inhouding <= r.lichte_ondersteuning


@given(
    regels=st.lists(
        st.tuples(st.sampled_from(list(Kant)), st.sampled_from("ABC"), bedragen_met_centen),
        min_size=1,
        max_size=30,
    )
)
def test_afronden_gebeurt_een_keer_aan_het_eind(
    regels: list[tuple[Kant, str, Decimal]],
) -> None:
    b = Begroting(
        naam="test",
        jaren=(2024,),
        regels=[
            Begrotingsregel(kant=k, hoofdgroep=g, naam=f"r{i}", bedragen={2024: bedrag})
            for i, (k, g, bedrag) in enumerate(regels)
        ],
    )
    exact_resultaat = sum(
        (bedrag if k is Kant.BATEN else -bedrag for k, _, bedrag in regels), Decimal(0)
    )
    assert b.resultaat(2024) == exact_resultaat  # nothing rounded on the way
    for controle in b.afrondingscontrole(2024):
        # The rounded total is the total rounded once; the sum of rounded parts may differ by
        # at most half a euro per part, and is reported, not hidden.
        assert abs(controle.verschil) <= Decimal("0.5") * controle.delen
    (resultaat,) = [c for c in b.afrondingscontrole(2024) if c.totaal == "resultaat"]
    assert resultaat.afgeronde_som == op_euros(exact_resultaat)


@given(
    ingeschreven=st.dates(dt.date(2023, 1, 1), dt.date(2030, 12, 31)),
    na=st.one_of(st.none(), st.integers(min_value=0, max_value=1_000)),
)
def test_instroombudget_verrekening_sluit(ingeschreven: dt.date, na: int | None) -> None:
    uit = None if na is None else ingeschreven + dt.timedelta(days=na)
    b = instroombudget(ingeschreven, soort=Instroomsoort.VOORSCHOOLSE_TLV, uitgeschreven_op=uit)
    if ingeschreven < dt.date(2023, 8, 1):
        # Seed 004 § 6.1.3: the agreement holds from the start of school year 2023-24.
        assert (b.recht, b.maanden, b.bedrag, b.verrekend) == (False, 0, Decimal(0), Decimal(0))
        return
    assert 0 <= b.maanden <= 24
    assert b.bedrag + b.verrekend == Decimal("16000.00")
    # One rounding of 8000 × maanden / 12, not a sum of rounded monthly amounts.
    assert b.bedrag == (Decimal(8000) * b.maanden / 12).quantize(Decimal("0.01"), "ROUND_HALF_UP")
