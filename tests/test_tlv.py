"""TLV: the routes of seed 001 § 9-10, the deskundigen (TLV-02), who requests (TLV-01), which
SWV is responsible (ZP-04), the bezwaar terms (TLV-05, E12) and the Zuid-Kennemerland forms."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from passend import (
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    Gebrek,
    GebrekCode,
    Inschrijving,
    Leerling,
    NietBekend,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
    SwvReden,
    TegenstrijdigDossier,
    Tlv,
    TlvCategorie,
    TlvFormulier,
    TlvUitkomst,
    Verwijdering,
    verantwoordelijk_swv,
)
from passend._dossier import lopende_termijnen
from passend._toets import catalogus, toets

D = dt.date
LL = Leerling(id="ll-1", geboortedatum=D(2018, 5, 1))
SWV_RGV = Samenwerkingsverband(id="PO2508", naam="SWV Rijn & Gelderse Vallei", sector=Sector.PO)
SWV_ZK = Samenwerkingsverband(id="PO2702", naam="SWV Zuid-Kennemerland", sector=Sector.PO)
BESTUUR = Schoolbestuur(id="b-1", naam="Stichting De Linde", soort=Bestuurssoort.BIJZONDER)
ANDER_BESTUUR = Schoolbestuur(id="b-2", naam="Stichting Brug", soort=Bestuurssoort.OPENBAAR)
BAO = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BESTUUR, swv=SWV_RGV)
SBO = School(brin="34CD", naam="De Brug", soort=Schoolsoort.SBO, bestuur=ANDER_BESTUUR)
SO_CLUSTER_2 = School(
    brin="56EF", naam="Auris", soort=Schoolsoort.SO, bestuur=ANDER_BESTUUR, cluster=2
)
INGESCHREVEN = Inschrijving(leerling=LL, school=BAO, ingeschreven_op=D(2022, 9, 1))
GOEDE_ADVIEZEN = (
    Deskundigenadvies(deskundige=Deskundige.ORTHOPEDAGOOG, datum=D(2025, 10, 1)),
    Deskundigenadvies(deskundige=Deskundige.MAATSCHAPPELIJK_WERKER, datum=D(2025, 10, 8)),
)


def tlv(**anders: object) -> Tlv:
    """A TLV SBO requested by the referring school, issued with a sound procedure."""
    velden: dict[str, object] = {
        "leerling": LL,
        "swv": SWV_RGV,
        "categorie": TlvCategorie.SBO,
        "aangevraagd_op": D(2025, 9, 22),
        "aanvrager": BAO,
        "besluit_op": D(2025, 11, 3),
        "uitkomst": TlvUitkomst.AFGEGEVEN,
        "ingangsdatum": D(2025, 11, 10),
        "einddatum": D(2027, 7, 31),
        "adviezen": GOEDE_ADVIEZEN,
        "ouders_gehoord_op": D(2025, 10, 20),
    }
    velden.update(anders)
    return Tlv(**velden)  # type: ignore[arg-type]


def tlv_gebreken(d: Dossier, op: dt.date, beleid: Beleid | None = None) -> list[Gebrek]:
    """The defects this module reports (other modules check their own records)."""
    return [g for g in toets(d, op, beleid=beleid) if g.code.value.startswith("tlv_")]


def codes(dossier: Dossier, op: dt.date, beleid: Beleid | None = None) -> list[GebrekCode]:
    return [g.code for g in toets(dossier, op, beleid=beleid) if g.code.value.startswith("tlv_")]


def dossier(*tlvs: Tlv, **records: object) -> Dossier:
    velden: dict[str, object] = {"inschrijvingen": (INGESCHREVEN,)}
    velden.update(records)
    return Dossier(leerling=LL, tlvs=tlvs, **velden)  # type: ignore[arg-type]


# --- Seed 001 § 9: three outcomes after a request ---------------------------------------------


def test_afgegeven_tlv_met_goede_procedure_heeft_geen_gebreken() -> None:
    t = tlv()
    assert codes(dossier(t), D(2025, 12, 1)) == []
    # TLV-03: valid from the ingangsdatum up to and including the einddatum the SWV set.
    assert t.geldig_op(D(2025, 11, 10))
    assert t.geldig_op(D(2027, 7, 31))
    assert not t.geldig_op(D(2025, 11, 9))
    assert not t.geldig_op(D(2027, 8, 1))


def test_aangehouden_tlv_is_geen_besluit_over_toelaatbaarheid() -> None:
    """Aangehouden (dossier incomplete): no advice or hearing required yet, never valid."""
    t = tlv(
        uitkomst=TlvUitkomst.AANGEHOUDEN,
        ingangsdatum=None,
        einddatum=None,
        adviezen=(),
        ouders_gehoord_op=None,
    )
    assert codes(dossier(t), D(2025, 12, 1)) == []
    assert not t.geldig_op(D(2026, 1, 1))


def test_aanhouding_geeft_geen_bezwaartermijn() -> None:
    """Whether an aanhouding is open to bezwaar is not in rules.md: no term, no guess."""
    t = tlv(
        uitkomst=TlvUitkomst.AANGEHOUDEN,
        ingangsdatum=None,
        einddatum=None,
        bekendgemaakt_op=D(2025, 11, 3),
        bezwaar_ontvangen_op=D(2025, 11, 20),
    )
    assert lopende_termijnen(dossier(t), D(2025, 11, 20)) == ()
    with pytest.raises(NietBekend, match="aanhouding") as fout:
        t.bezwaartermijn()
    assert fout.value.veld == "uitkomst"
    with pytest.raises(NietBekend, match="aanhouding"):
        t.beslistermijn_bezwaar()
    # A refusal is a decision: its bezwaar term runs (TLV-05).
    afgewezen = attrs.evolve(t, uitkomst=TlvUitkomst.AFGEWEZEN)
    assert [x.naam for x in lopende_termijnen(dossier(afgewezen), D(2025, 11, 20))] == [
        "Bezwaartermijn TLV (Awb)",
        "Beslistermijn bezwaar TLV (Awb)",
    ]


def test_afgewezen_tlv_vraagt_wel_adviezen_en_horen() -> None:
    t = tlv(
        uitkomst=TlvUitkomst.AFGEWEZEN,
        ingangsdatum=None,
        einddatum=None,
        adviezen=(),
        ouders_gehoord_op=None,
    )
    assert codes(dossier(t), D(2025, 12, 1)) == [
        GebrekCode.TLV_EERSTE_DESKUNDIGE_ONTBREEKT,
        GebrekCode.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT,
        GebrekCode.TLV_OUDERS_NIET_GEHOORD,
    ]
    assert not t.geldig_op(D(2026, 1, 1))


def test_eerste_aanmelding_school_van_aanmelding_vraagt_aan() -> None:
    """Seed 001 § 9: from a voorschoolse voorziening the S(B)O school of aanmelding asks."""
    aanmelding = Aanmelding(
        leerling=LL,
        school=SBO,
        ontvangen_op=D(2025, 9, 1),
        ondersteuningsbehoefte=Ondersteuningsbehoefte.VASTGESTELD,
    )
    goed = tlv(aanvrager=SBO)
    assert codes(dossier(goed, inschrijvingen=(), aanmeldingen=(aanmelding,)), D(2025, 12, 1)) == []
    fout = tlv(aanvrager=BAO)
    gebreken = tlv_gebreken(
        dossier(fout, inschrijvingen=(), aanmeldingen=(aanmelding,)), D(2025, 12, 1)
    )
    assert [g.code for g in gebreken] == [GebrekCode.TLV_AANVRAGER_ONBEVOEGD]
    assert "nergens ingeschreven" in gebreken[0].uitleg
    assert str(gebreken[0].grondslag[0]) == "WPO art. 18a lid 6"
    assert gebreken[0].gpo_reden is None  # TLV disputes go to the LBT, not the GPO


def test_eerste_aanmelding_zonder_aanmelding_in_dossier() -> None:
    assert codes(dossier(tlv(aanvrager=SBO), inschrijvingen=()), D(2025, 12, 1)) == [
        GebrekCode.TLV_AANVRAGER_ONBEVOEGD
    ]


def test_ingeschreven_leerling_alleen_eigen_bestuur_vraagt_aan() -> None:
    gebreken = tlv_gebreken(dossier(tlv(aanvrager=SBO)), D(2025, 12, 1))
    assert [g.code for g in gebreken] == [GebrekCode.TLV_AANVRAGER_ONBEVOEGD]
    assert "De Linde" in gebreken[0].uitleg
    # Another school of the same bestuur may ask: the bevoegd gezag requests, not the location.
    zuster = School(brin="12AB01", naam="De Linde-Zuid", soort=Schoolsoort.BAO, bestuur=BESTUUR)
    assert codes(dossier(tlv(aanvrager=zuster)), D(2025, 12, 1)) == []


def test_ouders_kunnen_geen_tlv_aanvragen() -> None:
    with pytest.raises(OngeldigeInvoer, match="aanvrager"):
        tlv(aanvrager="ouders")


# --- TLV-02: two deskundigen, individual and written -------------------------------------------


@pytest.mark.parametrize(
    ("adviezen", "verwacht"),
    [
        (GOEDE_ADVIEZEN, []),
        (
            (
                Deskundigenadvies(deskundige=Deskundige.PSYCHOLOOG, datum=D(2025, 10, 1)),
                Deskundigenadvies(
                    deskundige=Deskundige.KINDER_OF_JEUGDPSYCHOLOOG, datum=D(2025, 10, 2)
                ),
            ),
            [],
        ),
        (GOEDE_ADVIEZEN[:1], [GebrekCode.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT]),
        (GOEDE_ADVIEZEN[1:], [GebrekCode.TLV_EERSTE_DESKUNDIGE_ONTBREEKT]),
        (
            (GOEDE_ADVIEZEN[0], attrs.evolve(GOEDE_ADVIEZEN[0], datum=D(2025, 10, 9))),
            [GebrekCode.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT],
        ),
        (
            (GOEDE_ADVIEZEN[0], attrs.evolve(GOEDE_ADVIEZEN[1], individueel=False)),
            [
                GebrekCode.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT,
                GebrekCode.TLV_ADVIES_NIET_INDIVIDUEEL_SCHRIFTELIJK,
            ],
        ),
        (
            (attrs.evolve(GOEDE_ADVIEZEN[0], schriftelijk=False), GOEDE_ADVIEZEN[1]),
            [
                GebrekCode.TLV_EERSTE_DESKUNDIGE_ONTBREEKT,
                GebrekCode.TLV_ADVIES_NIET_INDIVIDUEEL_SCHRIFTELIJK,
            ],
        ),
        # An advice given after the decision was not there when the SWV decided.
        (
            (GOEDE_ADVIEZEN[0], attrs.evolve(GOEDE_ADVIEZEN[1], datum=D(2025, 11, 4))),
            [GebrekCode.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT],
        ),
    ],
)
def test_deskundigen(adviezen: tuple[Deskundigenadvies, ...], verwacht: list[GebrekCode]) -> None:
    assert codes(dossier(tlv(adviezen=adviezen)), D(2025, 12, 1)) == verwacht


def test_commissieadvies_noemt_lbt_als_bron() -> None:
    commissie = attrs.evolve(GOEDE_ADVIEZEN[1], individueel=False)
    (gebrek,) = [
        g
        for g in tlv_gebreken(dossier(tlv(adviezen=(GOEDE_ADVIEZEN[0], commissie))), D(2025, 12, 1))
        if g.code is GebrekCode.TLV_ADVIES_NIET_INDIVIDUEEL_SCHRIFTELIJK
    ]
    assert "maatschappelijk werker" in gebrek.uitleg
    assert any("LBT" in str(b) or "Bezwaaradviescommissie" in str(b) for b in gebrek.grondslag)


@pytest.mark.parametrize("gehoord", [None, D(2025, 11, 4)])
def test_ouders_niet_of_te_laat_gehoord(gehoord: dt.date | None) -> None:
    gebreken = tlv_gebreken(dossier(tlv(ouders_gehoord_op=gehoord)), D(2025, 12, 1))
    assert [g.code for g in gebreken] == [GebrekCode.TLV_OUDERS_NIET_GEHOORD]
    assert str(gebreken[0].grondslag[0]) == "Awb art. 4:8"


def test_een_besluit_na_de_peildatum_telt_niet() -> None:
    """Before the decision the request is pending: nothing to check on advices yet."""
    assert codes(dossier(tlv(adviezen=())), D(2025, 10, 1)) == []


# --- Records -----------------------------------------------------------------------------------


def test_einde_moet_na_ingang_liggen() -> None:
    with pytest.raises(TegenstrijdigDossier, match="einddatum"):
        tlv(ingangsdatum=D(2025, 11, 10), einddatum=D(2025, 11, 10))
    assert tlv(einddatum=D(2025, 11, 11)).geldig_op(D(2025, 11, 11))


@pytest.mark.parametrize("veld", ["ingangsdatum", "einddatum"])
def test_geldigheid_zonder_datum_is_niet_bekend(veld: str) -> None:
    with pytest.raises(NietBekend) as fout:
        tlv(**{veld: None}).geldig_op(D(2026, 1, 1))
    assert fout.value.veld == veld


def test_stand_op_laat_later_besluit_weg() -> None:
    t = tlv(bekendgemaakt_op=D(2025, 11, 4), bezwaar_ontvangen_op=D(2025, 12, 1))
    voor = t.stand_op(D(2025, 10, 5))
    assert voor is not None
    assert (voor.besluit_op, voor.uitkomst, voor.einddatum) == (None, None, None)
    assert voor.adviezen == GOEDE_ADVIEZEN[:1]
    assert (voor.ouders_gehoord_op, voor.bekendgemaakt_op) == (None, None)
    assert t.stand_op(D(2025, 9, 21)) is None
    assert t.stand_op(D(2026, 1, 1)) == t


def test_formulier_moet_een_tlvformulier_zijn() -> None:
    with pytest.raises(OngeldigeInvoer, match="formulier"):
        tlv(formulier="A")


@pytest.mark.parametrize(
    ("categorie", "soort"),
    [
        (TlvCategorie.SBO, Schoolsoort.SBO),
        (TlvCategorie.SO_HOOG, Schoolsoort.SO),
        (TlvCategorie.VSO_LAAG, Schoolsoort.VSO),
        (TlvCategorie.PRO, Schoolsoort.PRO),
    ],
)
def test_categorie_naar_schoolsoort(categorie: TlvCategorie, soort: Schoolsoort) -> None:
    assert categorie.schoolsoort is soort


# --- TLV-05, E12: bezwaar with the SWV (Awb) ---------------------------------------------------


def test_e12_bezwaar_en_beslistermijn_met_lbt() -> None:
    t = tlv(
        besluit_op=D(2025, 12, 9),
        bekendgemaakt_op=D(2025, 12, 9),
        ingangsdatum=D(2026, 1, 5),
        bezwaar_ontvangen_op=D(2026, 1, 15),
        ouders_gehoord_op=D(2025, 12, 1),
    )
    bezwaar = t.bezwaartermijn()
    assert bezwaar.einde == D(2026, 1, 20)
    assert bezwaar.uiterste_ontvangst == D(2026, 1, 27)
    assert [str(b) for b in bezwaar.grondslag][:2] == ["Awb art. 6:7", "Awb art. 6:8 lid 1"]
    assert t.beslistermijn_bezwaar().einde == D(2026, 4, 14)
    assert t.beslistermijn_bezwaar(verdaging_weken=6).einde == D(2026, 5, 26)
    assert t.beslistermijn_bezwaar(adviescommissie=False).einde == D(2026, 3, 3)
    assert "Awb art. 7:13" in [str(b) for b in t.beslistermijn_bezwaar().grondslag]


def test_bezwaartermijn_zonder_bekendmaking_rekent_vanaf_besluit() -> None:
    t = tlv(besluit_op=D(2025, 12, 9), ingangsdatum=D(2026, 1, 5))
    termijn = t.bezwaartermijn()
    assert termijn.einde == D(2026, 1, 20)
    assert "niet vastgelegd" in termijn.uitleg


def test_bezwaartermijnen_zonder_besluit_of_bezwaar_niet_bekend() -> None:
    with pytest.raises(NietBekend, match="besluit_op"):
        tlv(besluit_op=None, uitkomst=None).bezwaartermijn()
    with pytest.raises(NietBekend, match="bezwaar_ontvangen_op"):
        tlv().beslistermijn_bezwaar()


def test_lopende_termijnen_van_een_tlv() -> None:
    t = tlv(
        besluit_op=D(2025, 12, 9),
        bekendgemaakt_op=D(2025, 12, 9),
        ingangsdatum=D(2026, 1, 5),
        bezwaar_ontvangen_op=D(2026, 1, 15),
    )
    # Once the bezwaar is in, the SWV's decision term is known and listed, although its first
    # counted day is only the day after the bezwaar term (Awb 7:10).
    namen = {x.naam: x.einde for x in lopende_termijnen(dossier(t), D(2026, 1, 16))}
    assert namen == {
        "Bezwaartermijn TLV (Awb)": D(2026, 1, 20),
        "Beslistermijn bezwaar TLV (Awb)": D(2026, 4, 14),
    }
    namen = {x.naam: x.einde for x in lopende_termijnen(dossier(t), D(2026, 1, 21))}
    assert namen == {"Beslistermijn bezwaar TLV (Awb)": D(2026, 4, 14)}
    assert lopende_termijnen(dossier(t), D(2025, 12, 1)) == ()
    zonder_bezwaar = {x.naam: x.einde for x in lopende_termijnen(dossier(tlv()), D(2025, 12, 1))}
    assert zonder_bezwaar == {"Bezwaartermijn TLV (Awb)": D(2025, 12, 15)}


# --- ZP-04: which SWV is responsible ------------------------------------------------------------


def test_ingeschreven_leerling_swv_van_verwijzende_school() -> None:
    oordeel = verantwoordelijk_swv(op=D(2025, 9, 1), woonplaats_swv=SWV_ZK, verwijzende_school=BAO)
    assert oordeel.swv == SWV_RGV
    assert oordeel.reden is SwvReden.VERWIJZENDE_SCHOOL
    assert str(oordeel.grondslag[0]) == "WPO art. 18a"
    assert "De Linde" in oordeel.uitleg


def test_eerste_inschrijving_swv_van_woonplaats() -> None:
    oordeel = verantwoordelijk_swv(op=D(2025, 9, 1), woonplaats_swv=SWV_ZK)
    assert (oordeel.swv, oordeel.reden) == (SWV_ZK, SwvReden.EERSTE_INSCHRIJVING)
    vo = Samenwerkingsverband(id="VO2703", naam="SWV VO", sector=Sector.VO)
    assert str(verantwoordelijk_swv(op=D(2025, 9, 1), woonplaats_swv=vo).grondslag[0]) == (
        "WVO 2020 art. 2.47"
    )


def test_verhuisde_leerling_houdt_swv_dat_de_tlv_afgaf() -> None:
    """Seed 001 § 10: a pupil with a TLV who moves keeps the issuing SWV."""
    t = tlv()
    oordeel = verantwoordelijk_swv(
        op=D(2026, 3, 1), woonplaats_swv=SWV_ZK, verwijzende_school=None, tlv=t
    )
    assert (oordeel.swv, oordeel.reden) == (SWV_RGV, SwvReden.BESTAANDE_TLV)
    assert "verhuizing" in oordeel.uitleg
    # Once the TLV has ended, the general rules apply again.
    na = verantwoordelijk_swv(op=D(2027, 8, 1), woonplaats_swv=SWV_ZK, tlv=t)
    assert na.reden is SwvReden.EERSTE_INSCHRIJVING


def test_vanuit_cluster_2_telt_de_woonplaats() -> None:
    oordeel = verantwoordelijk_swv(
        op=D(2025, 9, 1), woonplaats_swv=SWV_ZK, verwijzende_school=SO_CLUSTER_2
    )
    assert (oordeel.swv, oordeel.reden) == (SWV_ZK, SwvReden.CLUSTER_1_2)


SWV_VO = Samenwerkingsverband(id="VO2703", naam="SWV VO Zuid-Kennemerland", sector=Sector.VO)
VO = School(brin="78GH", naam="Het Lyceum", soort=Schoolsoort.VO, bestuur=BESTUUR, swv=SWV_VO)


@pytest.mark.parametrize("categorie", [TlvCategorie.VSO_LAAG, TlvCategorie.PRO])
def test_van_bao_naar_vso_of_pro_het_swv_vo_van_de_woonplaats(categorie: TlvCategorie) -> None:
    """ZP-04: the VSO or PrO school of aanmelding requests the TLV at the SWV VO where the
    pupil lives, not at the SWV PO of the basisschool."""
    oordeel = verantwoordelijk_swv(
        op=D(2026, 3, 1), woonplaats_swv=SWV_VO, verwijzende_school=BAO, categorie=categorie
    )
    assert (oordeel.swv, oordeel.reden) == (SWV_VO, SwvReden.WOONPLAATS_VO)
    assert str(oordeel.grondslag[0]) == "WVO 2020 art. 2.47"
    assert oordeel.grondslag[1].regel == "ZP-04"
    assert "SWV VO Zuid-Kennemerland" in oordeel.uitleg
    # Only the SWV PO of the woonplaats given: the category does not fit it.
    with pytest.raises(OngeldigeInvoer, match="woonplaats_swv") as fout:
        verantwoordelijk_swv(
            op=D(2026, 3, 1), woonplaats_swv=SWV_ZK, verwijzende_school=BAO, categorie=categorie
        )
    assert fout.value.waarde == "PO2702"
    assert "ZP-04" in str(fout.value)


def test_categorie_en_sector_van_het_swv() -> None:
    # An SBO TLV from a basisschool: its SWV PO, as without a category.
    po = verantwoordelijk_swv(
        op=D(2026, 3, 1), woonplaats_swv=SWV_VO, verwijzende_school=BAO, categorie=TlvCategorie.SBO
    )
    assert (po.swv, po.reden) == (SWV_RGV, SwvReden.VERWIJZENDE_SCHOOL)
    # A VO school with an enrolled pupil requests a PrO TLV at its own SWV VO.
    vo = verantwoordelijk_swv(
        op=D(2026, 3, 1), woonplaats_swv=None, verwijzende_school=VO, categorie=TlvCategorie.PRO
    )
    assert (vo.swv, vo.reden) == (SWV_VO, SwvReden.VERWIJZENDE_SCHOOL)
    # An SO TLV does not come from the SWV VO of a VO school.
    with pytest.raises(OngeldigeInvoer, match=r"verwijzende_school\.swv"):
        verantwoordelijk_swv(
            op=D(2026, 3, 1),
            woonplaats_swv=SWV_ZK,
            verwijzende_school=VO,
            categorie=TlvCategorie.SO_LAAG,
        )
    # A first enrolment in VSO: the SWV VO of the woonplaats.
    eerste = verantwoordelijk_swv(
        op=D(2026, 3, 1), woonplaats_swv=SWV_VO, categorie=TlvCategorie.VSO_HOOG
    )
    assert (eerste.swv, eerste.reden) == (SWV_VO, SwvReden.EERSTE_INSCHRIJVING)
    with pytest.raises(OngeldigeInvoer, match="categorie"):
        verantwoordelijk_swv(
            op=D(2026, 3, 1),
            woonplaats_swv=SWV_VO,
            categorie="vso",  # type: ignore[arg-type]
        )


def test_geldige_sbo_tlv_telt_niet_voor_een_vso_tlv() -> None:
    """A valid TLV of the SWV PO keeps that SWV for S(B)O, not for a TLV VSO."""
    t = tlv()
    assert (
        verantwoordelijk_swv(
            op=D(2026, 3, 1), woonplaats_swv=SWV_ZK, tlv=t, categorie=TlvCategorie.SO_LAAG
        ).reden
        is SwvReden.BESTAANDE_TLV
    )
    vso = verantwoordelijk_swv(
        op=D(2026, 3, 1),
        woonplaats_swv=SWV_VO,
        verwijzende_school=SBO,
        tlv=t,
        categorie=TlvCategorie.VSO_LAAG,
    )
    assert (vso.swv, vso.reden) == (SWV_VO, SwvReden.WOONPLAATS_VO)


def test_verantwoordelijk_swv_ontbrekende_feiten() -> None:
    with pytest.raises(NietBekend, match="woonplaats_swv"):
        verantwoordelijk_swv(op=D(2025, 9, 1), woonplaats_swv=None)
    zonder_swv = attrs.evolve(BAO, swv=None)
    with pytest.raises(NietBekend, match=r"verwijzende_school\.swv"):
        verantwoordelijk_swv(op=D(2025, 9, 1), woonplaats_swv=SWV_ZK, verwijzende_school=zonder_swv)
    with pytest.raises(OngeldigeInvoer, match="op"):
        verantwoordelijk_swv(op="2025-09-01", woonplaats_swv=SWV_ZK)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="verwijzende_school"):
        verantwoordelijk_swv(
            op=D(2025, 9, 1),
            woonplaats_swv=SWV_ZK,
            verwijzende_school="12AB",  # type: ignore[arg-type]
        )


# --- Zuid-Kennemerland: forms A, B, D and the eenzijdige TLV (seed 004 § 6.1.3) ----------------

ZK = Beleid.zuid_kennemerland()


def test_formulieren_alleen_onder_regionaal_beleid() -> None:
    fout = tlv(formulier=TlvFormulier.D)
    assert codes(dossier(fout), D(2025, 12, 1)) == []
    gebreken = tlv_gebreken(dossier(fout), D(2025, 12, 1), beleid=ZK)
    assert [g.code for g in gebreken] == [GebrekCode.TLV_FORMULIER_PAST_NIET]
    assert "De Linde (BAO)" in gebreken[0].uitleg
    assert str(gebreken[0].grondslag[0]).endswith("§ 6.1.3")


@pytest.mark.parametrize(
    ("formulier", "inschrijvingen", "past"),
    [
        (TlvFormulier.A, (INGESCHREVEN,), True),
        (TlvFormulier.A, (attrs.evolve(INGESCHREVEN, school=SBO),), False),
        (TlvFormulier.B, (attrs.evolve(INGESCHREVEN, school=SBO),), True),
        (TlvFormulier.B, (INGESCHREVEN,), False),
        (TlvFormulier.D, (), True),
        (None, (INGESCHREVEN,), True),
    ],
)
def test_formulier_past_bij_situatie(
    formulier: TlvFormulier | None, inschrijvingen: tuple[Inschrijving, ...], past: bool
) -> None:
    aanvrager = inschrijvingen[0].school if inschrijvingen else SBO
    t = tlv(formulier=formulier, aanvrager=aanvrager)
    gevonden = codes(dossier(t, inschrijvingen=inschrijvingen), D(2025, 12, 1), ZK)
    assert (GebrekCode.TLV_FORMULIER_PAST_NIET not in gevonden) is past


def test_formulier_d_vraagt_een_gemandateerde_instelling_aan() -> None:
    """Under form D a jeugdhulpinstelling asks; the statutory aanvrager check then yields."""
    t = tlv(formulier=TlvFormulier.D, aanvrager=BAO)
    assert codes(dossier(t, inschrijvingen=()), D(2025, 12, 1), ZK) == []
    assert codes(dossier(t, inschrijvingen=()), D(2025, 12, 1)) == [
        GebrekCode.TLV_AANVRAGER_ONBEVOEGD
    ]
    zonder_d = tlv(aanvrager=BAO)
    assert GebrekCode.TLV_FORMULIER_PAST_NIET not in codes(
        dossier(zonder_d, inschrijvingen=()), D(2025, 12, 1), ZK
    )


def test_tweede_deskundige_onafhankelijk_in_zuid_kennemerland() -> None:
    """Seed 004 § 6.1.3: the second deskundige does not work for either school."""
    in_dienst = attrs.evolve(GOEDE_ADVIEZEN[1], in_dienst_van_school=True)
    t = tlv(adviezen=(GOEDE_ADVIEZEN[0], in_dienst))
    assert codes(dossier(t), D(2025, 12, 1)) == []
    gebreken = tlv_gebreken(dossier(t), D(2025, 12, 1), beleid=ZK)
    assert [g.code for g in gebreken] == [GebrekCode.TLV_TWEEDE_DESKUNDIGE_NIET_ONAFHANKELIJK]
    assert "maatschappelijk werker" in gebreken[0].uitleg
    # One independent second deskundige is enough.
    arts = Deskundigenadvies(deskundige=Deskundige.ARTS, datum=D(2025, 10, 9))
    t = tlv(adviezen=(GOEDE_ADVIEZEN[0], in_dienst, arts))
    assert codes(dossier(t), D(2025, 12, 1), ZK) == []


def test_eenzijdige_tlv_zonder_voorwaarden() -> None:
    t = tlv(eenzijdig=True)
    gebreken = tlv_gebreken(dossier(t), D(2025, 12, 1), beleid=ZK)
    assert [g.code for g in gebreken] == [GebrekCode.TLV_EENZIJDIG_ZONDER_VOORWAARDEN]
    for fragment in ("verwijderingsbesluit", "mediation", "onafhankelijk onderzoek"):
        assert fragment in gebreken[0].uitleg
    assert codes(dossier(t), D(2025, 12, 1)) == []  # statute: no such conditions


def test_eenzijdige_tlv_met_voorwaarden() -> None:
    verwijdering = Verwijdering(leerling=LL, school=BAO, besluit_op=D(2025, 9, 15))
    t = tlv(eenzijdig=True, bemiddeling=True, onafhankelijk_onderzoek_op=D(2025, 10, 15))
    assert codes(dossier(t, verwijderingen=(verwijdering,)), D(2025, 12, 1), ZK) == []
    # Pending: the independent research may still come.
    open_ = tlv(eenzijdig=True, bemiddeling=True, besluit_op=None, uitkomst=None)
    assert codes(dossier(open_, verwijderingen=(verwijdering,)), D(2025, 12, 1), ZK) == []


def test_aanmelding_besluit_en_inschrijving_tellen_tot_en_met_de_dag_van_de_aanvraag() -> None:
    """The question's index keeps the first day per school and per bestuur, whatever the order
    in the dossier; a record of the day of the request counts, one of the day after not."""
    aanvraag = D(2025, 9, 22)

    def aanmelding(op: dt.date) -> Aanmelding:
        return Aanmelding(
            leerling=LL,
            school=SBO,
            ontvangen_op=op,
            ondersteuningsbehoefte=Ondersteuningsbehoefte.VASTGESTELD,
        )

    def verwijdering(op: dt.date) -> Verwijdering:
        return Verwijdering(leerling=LL, school=BAO, besluit_op=op)

    t = tlv(aanvrager=SBO)
    for dagen, aangemeld in (((1, 0), True), ((1,), False), ((0,), True)):
        aanmeldingen = tuple(aanmelding(aanvraag + dt.timedelta(days=d)) for d in dagen)
        gevonden = codes(dossier(t, inschrijvingen=(), aanmeldingen=aanmeldingen), aanvraag)
        assert (GebrekCode.TLV_AANVRAGER_ONBEVOEGD not in gevonden) is aangemeld
    t = tlv(eenzijdig=True, bemiddeling=True, onafhankelijk_onderzoek_op=D(2025, 10, 15))
    for dagen, besloten in (((1, 0), True), ((1,), False), ((0,), True)):
        verwijderingen = tuple(verwijdering(aanvraag + dt.timedelta(days=d)) for d in dagen)
        gevonden = codes(dossier(t, verwijderingen=verwijderingen), D(2025, 12, 1), ZK)
        assert (GebrekCode.TLV_EENZIJDIG_ZONDER_VOORWAARDEN not in gevonden) is besloten
    # Form D fits a child not enrolled anywhere before or on the day of the request.
    t = tlv(formulier=TlvFormulier.D, aanvrager=BAO)
    for dagen, past in (((1, 0), False), ((1,), True), ((0,), False)):
        inschrijvingen = tuple(
            Inschrijving(leerling=LL, school=BAO, ingeschreven_op=aanvraag + dt.timedelta(days=d))
            for d in dagen
        )
        gevonden = codes(dossier(t, inschrijvingen=inschrijvingen), D(2025, 12, 1), ZK)
        assert (GebrekCode.TLV_FORMULIER_PAST_NIET not in gevonden) is past


def test_catalogus_kent_elke_tlv_code() -> None:
    tlv_codes = [c for c in GebrekCode if c.value.startswith("tlv_")]
    assert tlv_codes
    for code in tlv_codes:
        soort = catalogus()[code]
        assert soort.grondslag
        assert soort.gpo_reden is None


def test_gebrek_van_een_vso_tlv_noemt_de_wvo_en_niet_de_wpo() -> None:
    swv_vo = Samenwerkingsverband(id="VO2703", naam="SWV VO", sector=Sector.VO)
    vo = School(brin="78GH", naam="Het Lyceum", soort=Schoolsoort.VO, bestuur=BESTUUR)
    inschr = Inschrijving(leerling=LL, school=vo, ingeschreven_op=D(2024, 9, 1))
    t = tlv(swv=swv_vo, categorie=TlvCategorie.VSO_LAAG, aanvrager=vo, adviezen=())
    gebreken = tlv_gebreken(
        Dossier(leerling=LL, inschrijvingen=(inschr,), tlvs=(t,)), D(2025, 12, 1)
    )
    assert [g.code for g in gebreken] == [
        GebrekCode.TLV_EERSTE_DESKUNDIGE_ONTBREEKT,
        GebrekCode.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT,
    ]
    wetten = {b.wet for g in gebreken for b in g.grondslag}
    assert "WVO 2020" in wetten
    assert not any(w.startswith(("WPO", "Besluit bekostiging WPO")) for w in wetten)


# --- Validators: wrong types fail on construction, naming field and value --------------------


@pytest.mark.parametrize("veld", ["individueel", "schriftelijk", "in_dienst_van_school"])
@pytest.mark.parametrize("waarde", [None, 1, "nee"])
def test_deskundigenadvies_weigert_wat_geen_bool_is(veld: str, waarde: object) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        Deskundigenadvies(deskundige=Deskundige.ARTS, datum=D(2025, 10, 1), **{veld: waarde})  # type: ignore[arg-type]
    assert (fout.value.veld, fout.value.waarde) == (veld, waarde)


@pytest.mark.parametrize(
    ("anders", "veld"),
    [
        ({"eenzijdig": "ja"}, "eenzijdig"),
        ({"bemiddeling": 0}, "bemiddeling"),
        ({"adviezen": (GOEDE_ADVIEZEN[0], Deskundige.ARTS)}, "adviezen[1]"),
    ],
)
def test_tlv_weigert_verkeerde_soorten(anders: dict[str, object], veld: str) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        tlv(**anders)
    assert fout.value.veld == veld


# --- Where the pupil is enrolled: the rule of the zorgplicht ---------------------------------


def test_aanvrager_is_de_school_van_de_laatste_inschrijving() -> None:
    """Two running enrolments: only the latest one's bestuur may request (TLV-01); on the same
    day the later record in the dossier counts, as for the zorgplicht."""
    nieuw = Inschrijving(leerling=LL, school=SBO, ingeschreven_op=D(2025, 9, 1))
    gebreken = tlv_gebreken(dossier(tlv(), inschrijvingen=(INGESCHREVEN, nieuw)), D(2025, 12, 1))
    assert [g.code for g in gebreken] == [GebrekCode.TLV_AANVRAGER_ONBEVOEGD]
    assert "ingeschreven op De Brug" in gebreken[0].uitleg
    zelfde_dag = attrs.evolve(nieuw, ingeschreven_op=INGESCHREVEN.ingeschreven_op)
    assert codes(dossier(tlv(), inschrijvingen=(zelfde_dag, INGESCHREVEN)), D(2025, 12, 1)) == []
    assert codes(dossier(tlv(), inschrijvingen=(INGESCHREVEN, zelfde_dag)), D(2025, 12, 1)) == [
        GebrekCode.TLV_AANVRAGER_ONBEVOEGD
    ]


def test_tlv_van_een_andere_sector_beslist_niet_ook_zonder_einddatum() -> None:
    """A VSO TLV without einddatum (its validity unknown) does not stop the answer about an
    SBO TLV: the sector is checked before the dates."""
    vso = Tlv(
        leerling=LL,
        swv=SWV_VO,
        categorie=TlvCategorie.VSO_LAAG,
        aangevraagd_op=D(2025, 1, 6),
        aanvrager=BAO,
        besluit_op=D(2025, 2, 3),
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=D(2025, 2, 3),
    )
    oordeel = verantwoordelijk_swv(
        op=D(2025, 9, 1),
        woonplaats_swv=SWV_ZK,
        verwijzende_school=BAO,
        tlv=vso,
        categorie=TlvCategorie.SBO,
    )
    assert oordeel.swv == SWV_RGV
