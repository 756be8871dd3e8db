"""Funding: tariffs, signaleringswaarde, SWV-PO income, the TOP-verdeelmodel (FIN-01 … FIN-07).

Expected amounts come from legal/rules.md §9 and seed 004 § 8 and § 12, not from the code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest

from passend import (
    Bestuurssoort,
    Bron,
    BuitenBereik,
    NietBekend,
    OngeldigeInvoer,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
    TegenstrijdigDossier,
    TlvCategorie,
    Zekerheid,
)
from passend._bronnen import TOP_OPMAAT
from passend.bekostiging import (
    SO_CATEGORIEEN,
    Instroombudget,
    Instroomsoort,
    Leerlingtelling,
    Ondersteuningsbedragen,
    Tarieven,
    TopModel,
    ikc_plaatsingsbedrag,
    ikc_tarief,
    ikc_volumebekostiging,
    instroombudget,
    ondersteuningsbedragen,
    op_euros,
    opmaat_weekbedrag,
    rijksbijdrage_swv_po,
    schoolbudget,
    signaleringswaarde,
    tarieven,
    tlv_op_bao,
    vangnet_so_cluster_3,
)

D = Decimal
EIGEN = Bron(wet="Regeling bekostiging (eigen invoer)", artikel="test")


# --- Tariffs (FIN-05) ----------------------------------------------------------------------


def test_tarieven_2024_uit_rules_md() -> None:
    t = tarieven(2024)
    assert t.sbo == D("6634.52")
    assert t.so == {
        TlvCategorie.SO_LAAG: D("12938.34"),
        TlvCategorie.SO_MIDDEN: D("21053.23"),
        TlvCategorie.SO_HOOG: D("31419.53"),
    }
    for categorie in (TlvCategorie.SBO, TlvCategorie.SO_LAAG, TlvCategorie.SO_HOOG):
        bron = t.bron(categorie)
        assert bron.regel == "FIN-05"
        assert bron.zekerheid is Zekerheid.GEVERIFIEERD
        assert "Stcrt. 2023, 29260" in str(bron)


@pytest.mark.parametrize("jaar", [2023, 2025, 2030])
def test_onbekend_jaar_wordt_niet_verzonnen(jaar: int) -> None:
    with pytest.raises(NietBekend, match=r"ontbreekt: SBO, SO categorie I, II en III") as fout:
        tarieven(jaar)
    assert fout.value.waarde == jaar


def test_tarieven_jaar_moet_int_zijn() -> None:
    with pytest.raises(OngeldigeInvoer):
        tarieven("2024")  # type: ignore[arg-type]


def test_ikc_tarief_en_plaatsingsbedrag() -> None:
    assert ikc_tarief(2024) == D("8525.67")
    assert ikc_plaatsingsbedrag(2024) == D("1891.15")
    assert ikc_tarief(2024, aandeel_sbo=D("0")) == D("12938.34")
    with pytest.raises(OngeldigeInvoer, match="aandeel_sbo"):
        ikc_tarief(2024, aandeel_sbo=D("1.1"))
    with pytest.raises(OngeldigeInvoer, match="aandeel_sbo"):
        ikc_tarief(2024, aandeel_sbo=0.7)  # type: ignore[arg-type]


def test_eigen_tarieven_voor_een_onbekend_jaar() -> None:
    eigen = attrs.evolve(tarieven(2024), jaar=2025, sbo=D("7000.00"))
    assert ikc_tarief(2025, tarieven=eigen) == D("8781.50")
    with pytest.raises(OngeldigeInvoer, match="ander jaar"):
        ikc_tarief(2024, tarieven=eigen)
    with pytest.raises(OngeldigeInvoer, match="verwacht Tarieven"):
        ikc_tarief(2025, tarieven="goedkoop")  # type: ignore[arg-type]


def test_tarieven_valideren() -> None:
    t = tarieven(2024)
    with pytest.raises(OngeldigeInvoer, match="SO-categorieën"):
        attrs.evolve(t, so={TlvCategorie.SO_LAAG: D(1)})
    with pytest.raises(OngeldigeInvoer, match=r"so\[SO_HOOG\]"):
        attrs.evolve(t, so={**t.so, TlvCategorie.SO_HOOG: D(-1)})
    with pytest.raises(OngeldigeInvoer, match="bron ontbreekt"):
        attrs.evolve(t, bronnen={TlvCategorie.SBO: EIGEN})
    with pytest.raises(OngeldigeInvoer, match="sbo"):
        attrs.evolve(t, sbo=6634.52)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="niet negatief"):
        attrs.evolve(t, sbo=D("-0.01"))
    with pytest.raises(NietBekend, match="geen tarief"):
        t.tarief(TlvCategorie.VSO_LAAG)
    with pytest.raises(NietBekend):
        t.bron(TlvCategorie.PRO)


# --- Signaleringswaarde (FIN-06) -------------------------------------------------------------


def test_signaleringswaarde() -> None:
    assert signaleringswaarde(D("19412806")) == D("679448.21")
    assert signaleringswaarde(D("18680066")) == D("653802.31")
    assert signaleringswaarde(D("7142857")) == D("250000.00")  # 3.5 % = 249 999.995 → floor binds
    assert signaleringswaarde(D("7142858")) == D("250000.03")
    with pytest.raises(OngeldigeInvoer, match="totale_baten"):
        signaleringswaarde(D("-1"))
    with pytest.raises(OngeldigeInvoer, match="totale_baten"):
        signaleringswaarde(19412806)  # type: ignore[arg-type]


# --- SWV-PO income (FIN-01 – FIN-03) ---------------------------------------------------------

BEDRAGEN_2024 = Ondersteuningsbedragen(
    jaar=2024, lichte_ondersteuning=D("100"), zware_ondersteuning=D("200"), bron=EIGEN
)


def telling(**kwargs: object) -> Leerlingtelling:
    waarden: dict[str, object] = {
        "teldatum": dt.date(2023, 2, 1),
        "bao": 1000,
        "sbo": 20,
        "sbo_met_tlv": 0,
        "so_met_tlv": {},
    }
    waarden.update(kwargs)
    return Leerlingtelling(**waarden)  # type: ignore[arg-type]


def test_bedragen_per_leerling_niet_verzonnen() -> None:
    with pytest.raises(NietBekend, match="Regeling bekostiging WPO en WEC 2025"):
        ondersteuningsbedragen(2025)


def test_rijksbijdrage_licht_op_bao_zwaar_op_bao_en_sbo() -> None:
    r = rijksbijdrage_swv_po(2024, telling=telling(), bedragen=BEDRAGEN_2024)
    assert r.teldatum == dt.date(2023, 2, 1)
    assert r.lichte_ondersteuning == D("100000.00")
    assert r.zware_ondersteuning == D("204000.00")
    assert r.netto == r.bruto == D("304000.00")
    assert not r.historisch
    assert r.impuls is None
    assert "Impuls smw/risicoleerlingen niet meegerekend" in r.uitleg


def test_impuls_alleen_als_hij_is_opgegeven() -> None:
    r = rijksbijdrage_swv_po(2024, telling=telling(), bedragen=BEDRAGEN_2024, impuls=D("103929"))
    assert r.impuls == D("103929.00")
    assert r.netto == D("407929.00")
    assert "Impuls smw/risicoleerlingen € 103.929,00" in r.uitleg
    with pytest.raises(OngeldigeInvoer, match="impuls"):
        rijksbijdrage_swv_po(2024, telling=telling(), bedragen=BEDRAGEN_2024, impuls=1.0)  # type: ignore[arg-type]


def test_sbo_inhouding_loopt_over_naar_zware_ondersteuning() -> None:
    """FIN-02: DUO deducts the SBO tariffs from the light support, the rest from the heavy."""
    r = rijksbijdrage_swv_po(
        2024,
        telling=telling(sbo_met_tlv=20, so_met_tlv={TlvCategorie.SO_HOOG: 1}),
        bedragen=BEDRAGEN_2024,
    )
    # 20 × 6634.52 = 132 690.40 > 100 000 lichte ondersteuning: 32 690.40 goes to zwaar.
    assert r.inhouding_sbo == D("132690.40")
    assert r.overloop_sbo == D("32690.40")
    assert r.lichte_na_inhouding == D("0.00")
    assert r.zware_na_inhouding == D("204000") - D("32690.40") - D("31419.53")
    assert r.netto == r.lichte_na_inhouding + r.zware_na_inhouding
    assert any(b.zekerheid is Zekerheid.ONGEVERIFIEERD for b in r.grondslag)
    assert "afgeleid" in r.uitleg


def test_historisch_regime_alleen_op_verzoek() -> None:
    eigen_2022 = attrs.evolve(tarieven(2024), jaar=2022)
    bedragen = attrs.evolve(BEDRAGEN_2024, jaar=2022)
    oud = telling(teldatum=dt.date(2021, 10, 1), sbo_met_tlv=30)
    with pytest.raises(BuitenBereik, match="historisch=True"):
        rijksbijdrage_swv_po(2022, telling=oud, bedragen=bedragen, tarieven=eigen_2022)
    r = rijksbijdrage_swv_po(
        2022, telling=oud, bedragen=bedragen, tarieven=eigen_2022, historisch=True
    )
    # 2 % of 1020 = 20.4 pupils paid directly; the SWV pays for 9.6 of the 30.
    assert r.inhouding_sbo == D("63691.39")
    assert r.historisch
    assert "2 %" in r.uitleg
    with pytest.raises(OngeldigeInvoer, match="historisch"):
        rijksbijdrage_swv_po(2024, telling=telling(), bedragen=BEDRAGEN_2024, historisch=True)


def test_rijksbijdrage_weigert_tegenstrijdige_invoer() -> None:
    with pytest.raises(TegenstrijdigDossier, match="teldatum"):
        rijksbijdrage_swv_po(
            2024, telling=telling(teldatum=dt.date(2023, 10, 1)), bedragen=BEDRAGEN_2024
        )
    with pytest.raises(TegenstrijdigDossier, match="ander jaar"):
        rijksbijdrage_swv_po(2025, telling=telling(), bedragen=BEDRAGEN_2024)
    with pytest.raises(OngeldigeInvoer, match="jaar"):
        rijksbijdrage_swv_po(True, telling=telling(), bedragen=BEDRAGEN_2024)
    with pytest.raises(OngeldigeInvoer, match="bedragen"):
        rijksbijdrage_swv_po(2024, telling=telling(), bedragen=None)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="bron"):
        Ondersteuningsbedragen(
            jaar=2024,
            lichte_ondersteuning=D(1),
            zware_ondersteuning=D(1),
            bron="Regeling",  # type: ignore[arg-type]
        )
    with pytest.raises(OngeldigeInvoer, match="telling"):
        rijksbijdrage_swv_po(2024, telling=None, bedragen=BEDRAGEN_2024)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="bao"):
        telling(bao=-1)
    with pytest.raises(OngeldigeInvoer, match="SO-categorie"):
        telling(so_met_tlv={TlvCategorie.SBO: 1})
    with pytest.raises(OngeldigeInvoer, match=r"so_met_tlv\[SO_LAAG\]"):
        telling(so_met_tlv={TlvCategorie.SO_LAAG: 1.5})


# --- TOP-verdeelmodel (FIN-07) ---------------------------------------------------------------


def test_schoolbudget_volgens_paragraaf_8_1_2() -> None:
    b = schoolbudget(2024, leerlingen=250, plaatsingen=1, tlvs_op_bao=[TlvCategorie.SO_MIDDEN])
    assert [r.bedrag for r in b.regels] == [D("112500"), D("-6634.52"), D("21053.23")]
    assert b.totaal == D("126918.71")
    assert "250 leerlingen × € 450" in b.uitleg
    assert b.rijen()[-1] == {"omschrijving": "totaal", "bedrag": D("126918.71"), "bron": ""}
    assert "<table>" in b._repr_html_()
    assert [str(bron) for bron in b.grondslag] == [
        "Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.2",
        "Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 12, Meerjarenraming / begroting 2024-2028",
        "Regeling bekostiging WPO en WEC 2024 Stcrt. 2023, 29260",
        "Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.4",
    ]


def test_schoolbudget_dws_alleen_met_een_opgegeven_prijs() -> None:
    with pytest.raises(NietBekend, match="dws_prijs"):
        schoolbudget(2024, leerlingen=100, dws_plaatsingen=1)
    b = schoolbudget(2024, leerlingen=100, dws_plaatsingen=2, dws_prijs=D("1350"))
    assert b.totaal == D("42300.00")
    with pytest.raises(OngeldigeInvoer, match="tlvs_op_bao"):
        schoolbudget(2024, leerlingen=100, tlvs_op_bao=["so"])  # type: ignore[list-item]


def test_schoolbudget_latere_jaren() -> None:
    # 2025: € 430 per leerling is in the plan; the 2025 SBO tariff is not known.
    assert schoolbudget(2025, leerlingen=100).totaal == D("43000.00")
    with pytest.raises(NietBekend, match="tarieven"):
        schoolbudget(2025, leerlingen=100, plaatsingen=1)
    with pytest.raises(NietBekend, match="bedrag per leerling"):
        schoolbudget(2029, leerlingen=100)
    with pytest.raises(OngeldigeInvoer, match="leerlingen"):
        schoolbudget(2024, leerlingen=-5)
    with pytest.raises(OngeldigeInvoer, match="plaatsingen"):
        schoolbudget(2024, leerlingen=5, plaatsingen=True)


def test_top_model_valideert() -> None:
    model = TopModel.zuid_kennemerland()
    with pytest.raises(OngeldigeInvoer, match=r"bedrag_per_leerling\[2024\]"):
        attrs.evolve(model, bedrag_per_leerling={2024: D("-1")})
    with pytest.raises(OngeldigeInvoer, match="instroombudget_jaren"):
        attrs.evolve(model, instroombudget_jaren=0)
    with pytest.raises(OngeldigeInvoer, match="ikc_bandbreedte"):
        attrs.evolve(model, ikc_bandbreedte=D("1.5"))
    with pytest.raises(OngeldigeInvoer, match="model"):
        schoolbudget(2024, leerlingen=1, model="Zuid-Kennemerland")  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="ikc_aandeel_sbo"):
        attrs.evolve(model, ikc_aandeel_sbo=0.7)  # type: ignore[arg-type]


def test_bedrag_per_leerling_2024_tot_2028() -> None:
    model = TopModel.zuid_kennemerland()
    assert [model.bedrag(j) for j in range(2024, 2029)] == [
        D("450"),
        D("430"),
        D("420"),
        D("385"),
        D("365"),
    ]


@pytest.mark.parametrize(
    ("ingeschreven", "vanaf", "tot_en_met"),
    [
        (dt.date(2024, 3, 12), dt.date(2024, 4, 1), dt.date(2026, 3, 31)),
        (dt.date(2024, 3, 1), dt.date(2024, 4, 1), dt.date(2026, 3, 31)),
        (dt.date(2024, 12, 31), dt.date(2025, 1, 1), dt.date(2026, 12, 31)),
    ],
)
def test_instroombudget_vanaf_de_eerste_van_de_volgende_maand(
    ingeschreven: dt.date, vanaf: dt.date, tot_en_met: dt.date
) -> None:
    b = instroombudget(ingeschreven, soort=Instroomsoort.VOORSCHOOLSE_TLV)
    assert (b.vanaf, b.tot_en_met, b.maanden) == (vanaf, tot_en_met, 24)
    assert b.bedrag == D("16000.00")
    assert b.verrekend == D("0.00")
    assert b.uitleg.startswith("Voorschoolse TLV: € 8.000 per jaar, 2 jaar")


def test_instroombudget_maandelijkse_verrekening() -> None:
    # Enrolled 12-03-2024, budget from 01-04-2024; leaves 20-12-2024: April … December = 9.
    voorschools = Instroomsoort.VOORSCHOOLSE_TLV
    b = instroombudget(
        dt.date(2024, 3, 12), soort=voorschools, uitgeschreven_op=dt.date(2024, 12, 20)
    )
    assert b.maanden == 9
    assert b.bedrag == D("6000.00")
    assert b.verrekend == D("10000.00")
    # Leaving before the budget starts: nothing.
    assert (
        instroombudget(
            dt.date(2024, 3, 12), soort=voorschools, uitgeschreven_op=dt.date(2024, 3, 20)
        ).bedrag
        == 0
    )
    # One month: 8000 / 12 rounded once.
    een = instroombudget(
        dt.date(2024, 3, 12), soort=voorschools, uitgeschreven_op=dt.date(2024, 4, 2)
    )
    assert een.bedrag == D("666.67")
    strenger = attrs.evolve(TopModel.zuid_kennemerland(), uitstroommaand_telt_mee=False)
    b = instroombudget(
        dt.date(2024, 3, 12),
        soort=voorschools,
        uitgeschreven_op=dt.date(2024, 12, 20),
        model=strenger,
    )
    assert (b.maanden, b.bedrag) == (8, D("5333.33"))
    with pytest.raises(TegenstrijdigDossier, match="uitgeschreven_op"):
        instroombudget(
            dt.date(2024, 3, 12), soort=voorschools, uitgeschreven_op=dt.date(2024, 3, 1)
        )
    with pytest.raises(OngeldigeInvoer, match="ingeschreven_op"):
        instroombudget("2024-03-12")  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="soort"):
        instroombudget(dt.date(2024, 3, 12), soort="terugplaatsing")  # type: ignore[arg-type]


def test_tlv_op_bao_augustus_en_verrekening() -> None:
    heel = tlv_op_bao(TlvCategorie.SO_HOOG, augustus_van=2024)
    assert (heel.uitbetaald, heel.maanden, heel.bedrag, heel.verrekend) == (
        D("31419.53"),
        12,
        D("31419.53"),
        D("0.00"),
    )
    assert heel.schooljaar == "2024-2025"
    deel = tlv_op_bao(TlvCategorie.SBO, augustus_van=2024, uitgestroomd_op=dt.date(2024, 10, 3))
    assert deel.maanden == 3  # augustus, september, oktober
    strenger = attrs.evolve(TopModel.zuid_kennemerland(), uitstroommaand_telt_mee=False)
    assert (
        tlv_op_bao(
            TlvCategorie.SBO,
            augustus_van=2024,
            uitgestroomd_op=dt.date(2024, 10, 3),
            model=strenger,
        ).maanden
        == 2
    )
    assert deel.bedrag == D("1658.63")  # 6634.52 × 3 / 12
    assert "wordt verrekend" in deel.uitleg
    with pytest.raises(OngeldigeInvoer, match="uitgestroomd_op"):
        tlv_op_bao(TlvCategorie.SBO, augustus_van=2024, uitgestroomd_op=dt.date(2024, 7, 1))
    with pytest.raises(NietBekend):
        tlv_op_bao(TlvCategorie.SBO, augustus_van=2025)


def test_ikc_volumebekostiging_met_bandbreedte() -> None:
    v = ikc_volumebekostiging(2024, leerlingen_1_februari=100)
    assert v.teldatum == dt.date(2023, 2, 1)
    # 100 × 8.525,666 and 100 × 1.891,146: the tariff is not rounded before multiplying.
    assert v.bedrag == D("852566.60")
    assert v.aanvulling == D("189114.60")
    assert (v.ondergrens, v.bovengrens) == (D("97"), D("103"))
    assert [v.overleg_nodig(n) for n in (96, 97, 103, 104)] == [True, False, False, True]
    assert "Bij 97 tot en met 103 leerlingen" in v.uitleg
    with pytest.raises(OngeldigeInvoer):
        v.overleg_nodig(-1)


def test_vangnet_so_cluster_3() -> None:
    niet = vangnet_so_cluster_3(
        jaar=2024, groei_1_september_1_februari=5, groei_2_februari_1_juni=5
    )
    assert not niet.van_toepassing
    assert niet.te_bekostigen_leerlingen == 0
    assert "niet van toepassing" in niet.uitleg
    krimp_dan_groei = vangnet_so_cluster_3(
        jaar=2024, groei_1_september_1_februari=-2, groei_2_februari_1_juni=1
    )
    assert krimp_dan_groei.van_toepassing
    assert krimp_dan_groei.te_bekostigen_leerlingen == 1
    with pytest.raises(OngeldigeInvoer, match="groei_2_februari_1_juni"):
        vangnet_so_cluster_3(
            jaar=2024,
            groei_1_september_1_februari=1,
            groei_2_februari_1_juni=1.5,  # type: ignore[arg-type]
        )


def test_opmaat_weekbedrag() -> None:
    assert opmaat_weekbedrag(2024, TlvCategorie.SO_MIDDEN, weken_per_jaar=52).bedrag == D("404.87")
    with pytest.raises(OngeldigeInvoer, match="weken_per_jaar"):
        opmaat_weekbedrag(2024, TlvCategorie.SO_MIDDEN, weken_per_jaar=0)
    with pytest.raises(OngeldigeInvoer, match="categorie"):
        opmaat_weekbedrag(2024, "so categorie II (midden)", weken_per_jaar=40)  # type: ignore[arg-type]


def test_tarieven_zijn_een_what_if_in_een_regel() -> None:
    duurder = schoolbudget(
        2024, leerlingen=250, plaatsingen=2, tarieven=attrs.evolve(tarieven(2024), sbo=D("7000"))
    )
    assert duurder.totaal == D("98500.00")


def test_tarieven_class_accepteert_eigen_waarden() -> None:
    eigen = Tarieven(
        jaar=2030,
        sbo=D("1"),
        so={c: D("2") for c in tarieven(2024).so},
        bronnen=dict.fromkeys(tarieven(2024).bronnen, EIGEN),
    )
    assert schoolbudget(
        2024, leerlingen=0, plaatsingen=1, tarieven=attrs.evolve(eigen, jaar=2024)
    ).totaal == D("-1.00")


def test_bron_van_de_tarieven_is_de_regeling_2024() -> None:
    from passend._bronnen import REGELING_BEKOSTIGING_2024

    assert tarieven(2024).bron(TlvCategorie.SO_MIDDEN) == REGELING_BEKOSTIGING_2024


def test_top_model_volgt_de_rij_in_de_begroting() -> None:
    from passend.bekostiging.voorbeelden import bedrag_per_leerling_zuid_kennemerland

    assert TopModel.zuid_kennemerland().bedrag_per_leerling == dict(
        bedrag_per_leerling_zuid_kennemerland()
    )


def test_schoolbudget_als_html_is_ge_escaped() -> None:
    html = schoolbudget(2024, leerlingen=1, plaatsingen=1)._repr_html_()
    assert '<td style="text-align:right">€ -6.634,52</td>' in html
    assert "<strong>totaal</strong>" in html
    assert "<td>Ondersteuningsplan" in html  # source column left-aligned


# --- Every answer cites every source it used (review) ------------------------------------------


def eigen_bronnen() -> Tarieven:
    """The 2024 tariffs, each category with a source of its own, so a missing one shows."""
    return attrs.evolve(
        tarieven(2024),
        bronnen={
            c: Bron(wet="Regeling (eigen invoer)", artikel=c.name)
            for c in (TlvCategorie.SBO, *SO_CATEGORIEEN)
        },
    )


def test_rijksbijdrage_noemt_de_bron_van_elk_ingehouden_tarief() -> None:
    t = eigen_bronnen()
    r = rijksbijdrage_swv_po(
        2024,
        telling=telling(
            sbo_met_tlv=2, so_met_tlv={TlvCategorie.SO_LAAG: 5, TlvCategorie.SO_HOOG: 1}
        ),
        bedragen=BEDRAGEN_2024,
        tarieven=t,
    )
    for gebruikt in (TlvCategorie.SBO, TlvCategorie.SO_LAAG, TlvCategorie.SO_HOOG):
        assert t.bron(gebruikt) in r.grondslag
    assert t.bron(TlvCategorie.SO_MIDDEN) not in r.grondslag  # no pupils, no deduction
    assert len(set(r.grondslag)) == len(r.grondslag)


def test_ikc_volumebekostiging_noemt_sbo_en_so_i() -> None:
    t = eigen_bronnen()
    v = ikc_volumebekostiging(2024, leerlingen_1_februari=100, tarieven=t)
    assert t.bron(TlvCategorie.SBO) in v.grondslag
    assert t.bron(TlvCategorie.SO_LAAG) in v.grondslag
    alleen_sbo = attrs.evolve(TopModel.zuid_kennemerland(), ikc_aandeel_sbo=D("1"))
    v = ikc_volumebekostiging(2024, leerlingen_1_februari=100, tarieven=t, model=alleen_sbo)
    assert t.bron(TlvCategorie.SO_LAAG) not in v.grondslag


def test_schoolbudget_noemt_het_tarief_van_elke_tlv_op_de_bao() -> None:
    t = eigen_bronnen()
    b = schoolbudget(2024, leerlingen=10, tlvs_op_bao=[TlvCategorie.SO_MIDDEN], tarieven=t)
    assert t.bron(TlvCategorie.SO_MIDDEN) in b.grondslag
    # No place bought, so the SBO tariff was not used.
    assert t.bron(TlvCategorie.SBO) not in b.grondslag
    b = schoolbudget(2024, leerlingen=10, plaatsingen=1, tarieven=t)
    assert t.bron(TlvCategorie.SBO) in b.grondslag


def test_opmaat_weekbedrag_met_grondslag_en_uitleg() -> None:
    t = eigen_bronnen()
    w = opmaat_weekbedrag(2024, TlvCategorie.SO_MIDDEN, weken_per_jaar=52, tarieven=t)
    assert w.bedrag == D("404.87")  # 21 053.23 / 52, rounded once
    assert (w.tarief, w.weken_per_jaar, w.categorie) == (D("21053.23"), 52, TlvCategorie.SO_MIDDEN)
    assert TOP_OPMAAT in w.grondslag
    assert t.bron(TlvCategorie.SO_MIDDEN) in w.grondslag
    assert "€ 21.053,23" in w.uitleg
    assert "52 weken" in w.uitleg
    assert "€ 404,87" in w.uitleg


# --- Vangnet: the text of § 8.1.7, literally -------------------------------------------------


def test_vangnet_vergelijkt_de_groei_zoals_paragraaf_8_1_7_zegt() -> None:
    # "wanneer de groei in de periode 2 februari t/m 1 juni groter is dan de groei in de
    # periode 1 september t/m 1 februari": 0 > -2, so the condition holds ...
    v = vangnet_so_cluster_3(jaar=2024, groei_1_september_1_februari=-2, groei_2_februari_1_juni=0)
    assert v.van_toepassing
    # ... but there is no net inflow to pay for, and a negative count is never billed.
    assert v.te_bekostigen_leerlingen == 0
    assert "geen netto instroom" in v.uitleg
    krimp = vangnet_so_cluster_3(
        jaar=2024, groei_1_september_1_februari=-5, groei_2_februari_1_juni=-1
    )
    assert krimp.van_toepassing
    assert krimp.te_bekostigen_leerlingen == 0
    groei = vangnet_so_cluster_3(
        jaar=2024, groei_1_september_1_februari=3, groei_2_februari_1_juni=5
    )
    assert (groei.van_toepassing, groei.te_bekostigen_leerlingen) == (True, 5)
    assert "netto instroom van 5 leerlingen" in groei.uitleg


# --- Code that survives python -O, fields that are checked, nothing silently defaulted -------


def test_geen_assert_in_bekostiging() -> None:
    # ``python -O`` strips assert statements: a check that matters must be real code.
    import ast
    from importlib import resources

    for bestand in resources.files("passend.bekostiging").iterdir():
        if bestand.name.endswith(".py"):
            boom = ast.parse(bestand.read_text(encoding="utf-8"))
            asserts = [n.lineno for n in ast.walk(boom) if isinstance(n, ast.Assert)]
            assert asserts == [], f"{bestand.name}: assert op regel {asserts}"


def test_negatief_tarief_ook_onder_python_min_o() -> None:
    import subprocess
    import sys

    code = (
        "import attrs; from decimal import Decimal; from passend import OngeldigeInvoer\n"
        "from passend.bekostiging import tarieven\n"
        "try:\n"
        "    attrs.evolve(tarieven(2024), sbo=Decimal('-1'))\n"
        "except OngeldigeInvoer as e:\n"
        "    print(e)\n"
    )
    uit = subprocess.run(
        [sys.executable, "-O", "-c", code], capture_output=True, text=True, check=True
    )
    assert "mag niet negatief zijn" in uit.stdout


def _bekostigingsklassen() -> list[type]:
    import passend.bekostiging as bek
    import passend.bekostiging.voorbeelden as vb

    namen = [getattr(bek, n) for n in bek.__all__] + [getattr(vb, n) for n in vb.__all__]
    return [k for k in namen if isinstance(k, type) and attrs.has(k)]


def test_elk_ja_nee_en_reeksveld_heeft_een_validator() -> None:
    zonder = [
        f"{klasse.__name__}.{veld.name}"
        for klasse in _bekostigingsklassen()
        for veld in attrs.fields(klasse)
        if str(veld.type) == "bool" or str(veld.type).startswith("tuple[")
        if veld.validator is None
    ]
    assert zonder == []


def test_elke_regel_heeft_een_grondslag_in_docstring_en_uitkomst() -> None:
    import inspect

    import passend.bekostiging as bek

    # Rounding helpers are no rules; these return a bare Decimal by the public API contract
    # (DESIGN.md) and name their sources in the docstring.
    geen_regel = {"op_centen", "op_euros"}
    decimaal_volgens_contract = {"ikc_tarief", "ikc_plaatsingsbedrag", "signaleringswaarde"}
    functies = [
        (n, getattr(bek, n))
        for n in bek.__all__
        if inspect.isfunction(getattr(bek, n)) and n not in geen_regel
    ]
    assert [n for n, f in functies if "Grondslag:" not in (f.__doc__ or "")] == []
    for naam, functie in functies:
        terug = str(inspect.signature(functie).return_annotation)
        if naam not in decimaal_volgens_contract:
            assert terug != "Decimal", naam


def test_leerlingtelling_vraagt_de_tlv_aantallen() -> None:
    # Forgetting the TLV counts would silently skip DUO's deductions.
    with pytest.raises(TypeError, match="sbo_met_tlv"):
        Leerlingtelling(teldatum=dt.date(2023, 2, 1), bao=1, sbo=0, so_met_tlv={})  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="so_met_tlv"):
        Leerlingtelling(teldatum=dt.date(2023, 2, 1), bao=1, sbo=0, sbo_met_tlv=0)  # type: ignore[call-arg]


def test_eigen_top_model_neemt_niets_stil_over_van_zuid_kennemerland() -> None:
    parameters: dict[str, object] = {
        "naam": "eigen",
        "bedrag_per_leerling": {2024: D("500")},
        "instroombudget_per_jaar": D("5000"),
        "instroombudget_jaren": 1,
        "instroombudget_vanaf": dt.date(2024, 1, 1),
        "ikc_aandeel_sbo": D("1"),
        "ikc_bandbreedte": D("0"),
        "grondslag": [EIGEN],
    }
    with pytest.raises(TypeError, match="uitstroommaand_telt_mee"):
        TopModel(**parameters)  # type: ignore[arg-type]
    eigen = TopModel(**parameters, uitstroommaand_telt_mee=False)  # type: ignore[arg-type]
    assert schoolbudget(2024, leerlingen=2, model=eigen).grondslag == (EIGEN,)
    with pytest.raises(OngeldigeInvoer, match="grondslag"):
        attrs.evolve(eigen, grondslag=())
    with pytest.raises(OngeldigeInvoer, match="grondslag"):
        attrs.evolve(eigen, grondslag=["ondersteuningsplan"])  # type: ignore[list-item]
    with pytest.raises(OngeldigeInvoer, match="uitstroommaand_telt_mee"):
        attrs.evolve(eigen, uitstroommaand_telt_mee="ja")  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="naam"):
        attrs.evolve(eigen, naam=" ")


def test_instroombudget_zonder_soort_verzint_geen_soort() -> None:
    # The conditions differ per kind (seed 004 § 6.1.3), so no kind is no answer.
    with pytest.raises(NietBekend, match="soort"):
        instroombudget(dt.date(2024, 3, 12))
    t = terug()
    assert t.uitleg.startswith("Terugplaatsing: € 8.000 per jaar")


def test_dws_prijs_mag_niet_negatief_zijn() -> None:
    with pytest.raises(OngeldigeInvoer, match="dws_prijs"):
        schoolbudget(2024, leerlingen=10, dws_plaatsingen=1, dws_prijs=D("-1350"))


def test_resultaatvelden_worden_gecontroleerd() -> None:
    v = vangnet_so_cluster_3(jaar=2024, groei_1_september_1_februari=1, groei_2_februari_1_juni=2)
    with pytest.raises(OngeldigeInvoer, match="van_toepassing"):
        attrs.evolve(v, van_toepassing=1)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="grondslag"):
        attrs.evolve(v, grondslag=["§ 8.1.7"])  # type: ignore[arg-type]
    b = schoolbudget(2024, leerlingen=1)
    with pytest.raises(OngeldigeInvoer, match="regels"):
        attrs.evolve(b, regels=["450"])  # type: ignore[list-item]
    with pytest.raises(OngeldigeInvoer, match="jaar"):
        attrs.evolve(tarieven(2024), jaar="2024")  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match=r"bronnen\[SO_LAAG\]"):
        attrs.evolve(
            tarieven(2024), bronnen={**tarieven(2024).bronnen, TlvCategorie.SO_LAAG: "Regeling"}
        )
    with pytest.raises(OngeldigeInvoer, match="historisch"):
        rijksbijdrage_swv_po(2024, telling=telling(), bedragen=BEDRAGEN_2024, historisch=0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bereken",
    [
        lambda: schoolbudget("2024", leerlingen=1),  # type: ignore[arg-type]
        lambda: tlv_op_bao(TlvCategorie.SBO, augustus_van="2024"),  # type: ignore[arg-type]
        lambda: ikc_volumebekostiging("2024", leerlingen_1_februari=1),  # type: ignore[arg-type]
        lambda: opmaat_weekbedrag("2024", TlvCategorie.SBO, weken_per_jaar=1),  # type: ignore[arg-type]
        lambda: vangnet_so_cluster_3(
            jaar="2024",  # type: ignore[arg-type]
            groei_1_september_1_februari=0,
            groei_2_februari_1_juni=1,
        ),
    ],
)
def test_jaar_is_een_kalenderjaar(bereken: Callable[[], object]) -> None:
    with pytest.raises(OngeldigeInvoer, match="verwacht een kalenderjaar"):
        bereken()


# --- Issue 11: round once, and the conditions of the instroom-/terugplaatsingsbudget -----------


def test_ikc_aanvulling_620_leerlingen_is_de_begrotingsregel_2024() -> None:
    """Seed 004 § 12, overdrachten SBO "5 aanvulling volumebekostiging" 2024: € 1.172.511 for
    the 620 IKC pupils of 1-2-2023 (§ 3). 620 × (0,7 × 6.634,52 + 0,3 × 12.938,34 − 6.634,52)
    = 620 × 1.891,146 = 1.172.510,52 → € 1.172.511. Rounding the tariff to cents first gives
    620 × 1.891,15 = 1.172.513: the rounding happens once, at the end (DESIGN principle 6)."""
    v = ikc_volumebekostiging(2024, leerlingen_1_februari=620)
    assert v.aanvulling == D("1172510.52")
    assert op_euros(v.aanvulling) == D("1172511")
    assert v.bedrag == D("5285912.92")  # 620 × 8.525,666
    assert v.tarief == D("8525.67")  # the tariff as the plan publishes it
    assert "1.172.510,52" in v.uitleg


SWV_ZK = Samenwerkingsverband(id="PO2704", naam="SWV Zuid-Kennemerland", sector=Sector.PO)
SWV_ANDER = Samenwerkingsverband(id="PO2702", naam="SWV Amstelronde", sector=Sector.PO)
_BESTUUR = Schoolbestuur(id="b-1", naam="Stichting", soort=Bestuurssoort.BIJZONDER)
ORIGINEEL = School(
    brin="11AA", naam="De Akker", soort=Schoolsoort.BAO, bestuur=_BESTUUR, swv=SWV_ZK
)
NIEUW = School(brin="22BB", naam="De Beuk", soort=Schoolsoort.BAO, bestuur=_BESTUUR, swv=SWV_ZK)
IKC = School(brin="33CC", naam="IKC Focus", soort=Schoolsoort.SBO, bestuur=_BESTUUR, swv=SWV_ZK)


def terug(ingeschreven: dt.date = dt.date(2024, 3, 12), **anders: object) -> Instroombudget:
    velden: dict[str, object] = {
        "soort": Instroomsoort.TERUGPLAATSING,
        "school": NIEUW,
        "vanuit": IKC,
        "eerdere_reguliere_scholen": (ORIGINEEL,),
    }
    velden.update(anders)
    return instroombudget(ingeschreven, **velden)  # type: ignore[arg-type]


def test_terugplaatsingsbudget_alleen_onder_de_voorwaarden_van_het_plan() -> None:
    """Seed 004 § 6.1.3 (terugplaatsingsformulier): from gespecialiseerd onderwijs of the SWV to
    a regular school within the SWV, € 8.000 for two school years "indien dit niet de originele
    school was van de leerling of als de leerling niet eerder op een reguliere basisschool heeft
    gezeten", from the start of school year 2023-24 (§ 8.1.5 for the amount and the months)."""
    goed = terug()
    assert (goed.recht, goed.bedrag) == (True, D("16000.00"))
    assert "§ 6.1.3" in [b.artikel for b in goed.grondslag]
    nooit_regulier = terug(eerdere_reguliere_scholen=())
    assert nooit_regulier.recht
    terug_naar_af = terug(school=ORIGINEEL)
    assert (terug_naar_af.recht, terug_naar_af.bedrag, terug_naar_af.maanden) == (
        False,
        D("0.00"),
        0,
    )
    assert "originele school" in terug_naar_af.uitleg
    buiten = terug(school=attrs.evolve(NIEUW, swv=SWV_ANDER))
    assert (buiten.recht, buiten.bedrag) == (False, D("0.00"))
    assert "samenwerkingsverband" in buiten.uitleg
    van_buiten = terug(vanuit=attrs.evolve(IKC, swv=SWV_ANDER))
    assert not van_buiten.recht


@pytest.mark.parametrize(
    ("ingeschreven", "recht"),
    [(dt.date(2023, 7, 31), False), (dt.date(2023, 8, 1), True)],
)
def test_instroombudget_vanaf_schooljaar_2023_2024(ingeschreven: dt.date, recht: bool) -> None:
    """Seed 004 § 6.1.3: "Deze afspraak geldt vanaf (de) start (van) schooljaar 23-24", for the
    voorschoolse TLV and for terugplaatsing alike."""
    for b in (
        instroombudget(ingeschreven, soort=Instroomsoort.VOORSCHOOLSE_TLV),
        terug(ingeschreven),
    ):
        assert b.recht is recht
        assert b.bedrag == (D("16000.00") if recht else D("0.00"))
    (te_vroeg,) = [instroombudget(dt.date(2023, 7, 31), soort=Instroomsoort.VOORSCHOOLSE_TLV)]
    assert "2023-08-01" in te_vroeg.uitleg


def test_instroombudget_raadt_geen_voorwaarde() -> None:
    """Missing is not zero: what the conditions need and the caller did not give is NietBekend."""
    with pytest.raises(NietBekend, match="soort"):
        instroombudget(dt.date(2024, 3, 12))
    for ontbreekt in ("school", "vanuit", "eerdere_reguliere_scholen"):
        with pytest.raises(NietBekend, match=ontbreekt):
            terug(dt.date(2024, 3, 12), **{ontbreekt: None})
    with pytest.raises(NietBekend, match="swv"):
        terug(school=attrs.evolve(NIEUW, swv=None))
    with pytest.raises(OngeldigeInvoer, match="school"):
        terug(school=IKC)
    with pytest.raises(OngeldigeInvoer, match="vanuit"):
        terug(vanuit=NIEUW)
