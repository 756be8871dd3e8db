"""OPP: when it is required (OPP-01), its term (OPP-02, E9), contents (OPP-03), OOGO and
instemming (OPP-04, from 2017-08-01), evaluation (OPP-05), hoorrecht (OPP-06, from 2025-08-01)
and symbiose (OVR-01)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from passend import (
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Dossier,
    ExtraOndersteuning,
    Gebrek,
    GebrekCode,
    GpoReden,
    Handelingsdeel,
    Inschrijving,
    Instemmer,
    Kalender,
    Leerling,
    NietBekend,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Opp,
    OppTermijnVanaf,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
    Symbiose,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    atw_feestdagen,
    opp_vereist,
)
from passend._dossier import lopende_termijnen
from passend._opp import ATW_GROOTSTE_VERSCHUIVING, ATW_MARGE
from passend._opp_behoefte import Inschrijvingen, inschrijving_op
from passend._toets import aandachtspunten, catalogus, toets

D = dt.date
LL = Leerling(id="ll-1", geboortedatum=D(2018, 5, 1))
BESTUUR = Schoolbestuur(id="b-1", naam="Stichting De Linde", soort=Bestuurssoort.OPENBAAR)
BAO = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BESTUUR)
SBO = School(brin="34CD", naam="De Brug", soort=Schoolsoort.SBO, bestuur=BESTUUR)
VSO = School(brin="56EF", naam="De Horizon", soort=Schoolsoort.VSO, bestuur=BESTUUR, cluster=4)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV Zuid-Kennemerland", sector=Sector.PO)


SEPT_2025 = D(2025, 9, 1)


def inschrijving(school: School = BAO, op: dt.date = SEPT_2025) -> Inschrijving:
    return Inschrijving(leerling=LL, school=school, ingeschreven_op=op)


def steun(vanaf: dt.date = SEPT_2025, tot: dt.date | None = None) -> ExtraOndersteuning:
    return ExtraOndersteuning(leerling=LL, school=BAO, vanaf=vanaf, tot=tot)


def opp(**anders: object) -> Opp:
    """A complete OPP, drawn up with the parents and the pupil heard."""
    velden: dict[str, object] = {
        "leerling": LL,
        "school": BAO,
        "vastgesteld_op": D(2025, 10, 6),
        "uitstroombestemming": "vmbo-kader",
        "belemmerende_factoren": ("concentratie",),
        "bevorderende_factoren": ("motivatie",),
        "handelingsdeel": Handelingsdeel(ondersteuning="rekenen in kleine groep"),
        "oogo_op": D(2025, 9, 29),
        "instemming_op": D(2025, 10, 6),
        "leerling_gehoord_op": D(2025, 9, 29),
    }
    velden.update(anders)
    return Opp(**velden)  # type: ignore[arg-type]


def dossier(*opps: Opp, **records: object) -> Dossier:
    velden: dict[str, object] = {"inschrijvingen": (inschrijving(),), "ondersteuningen": (steun(),)}
    velden.update(records)
    return Dossier(leerling=LL, opps=opps, **velden)  # type: ignore[arg-type]


def opp_gebreken(d: Dossier, op: dt.date, beleid: Beleid | None = None) -> list[Gebrek]:
    """The defects this module reports (other modules check their own records)."""
    return [g for g in toets(d, op, beleid=beleid) if g.code.value.startswith("opp_")]


def codes(d: Dossier, op: dt.date, beleid: Beleid | None = None) -> list[GebrekCode]:
    return [g.code for g in toets(d, op, beleid=beleid) if g.code.value.startswith("opp_")]


# --- Acceptance: E9 and OPP-01 ------------------------------------------------------------------


def test_bao_met_extra_ondersteuning_zonder_opp_is_te_laat_na_13_oktober() -> None:
    """E9: enrolled ma 2025-09-01 → OPP vastgesteld uiterlijk 2025-10-13."""
    d = dossier()
    assert codes(d, D(2025, 10, 13)) == []
    gebreken = [g for g in toets(d, D(2025, 10, 14)) if g.code is GebrekCode.OPP_TE_LAAT]
    assert len(gebreken) == 1
    assert "uiterlijk op 2025-10-13" in gebreken[0].uitleg
    assert gebreken[0].gpo_reden is GpoReden.OPP_ONTBREEKT_OF_TE_LAAT
    assert str(gebreken[0].grondslag[0]) == "WPO art. 40a lid 1"


def test_opp_termijn_loopt_tot_13_oktober() -> None:
    termijnen = lopende_termijnen(dossier(), D(2025, 10, 13))
    assert [(t.naam, t.einde) for t in termijnen] == [
        ("Termijn ontwikkelingsperspectief", D(2025, 10, 13))
    ]
    assert lopende_termijnen(dossier(), D(2025, 10, 14)) == ()


def test_sbo_leerling_heeft_altijd_een_opp_nodig() -> None:
    d = dossier(inschrijvingen=(inschrijving(SBO),), ondersteuningen=())
    oordeel = opp_vereist(d, D(2025, 9, 1))
    assert oordeel.vereist
    assert oordeel.school == SBO
    assert [str(b) for b in oordeel.grondslag] == ["WPO art. 40a"]
    assert "De Brug" in oordeel.uitleg
    assert codes(d, D(2025, 10, 14)) == [GebrekCode.OPP_TE_LAAT]


def test_vso_en_pro_citeren_hun_eigen_wet() -> None:
    vso = dossier(inschrijvingen=(inschrijving(VSO),), ondersteuningen=())
    assert [str(b) for b in opp_vereist(vso, D(2025, 9, 1)).grondslag] == ["WEC art. 41a"]
    pro = attrs.evolve(VSO, soort=Schoolsoort.PRO, cluster=None)
    d = dossier(inschrijvingen=(inschrijving(pro),), ondersteuningen=())
    assert [str(b) for b in opp_vereist(d, D(2025, 9, 1)).grondslag] == ["WVO 2020 art. 2.44"]


def test_bao_zonder_extra_ondersteuning_heeft_geen_opp_nodig() -> None:
    d = dossier(ondersteuningen=())
    oordeel = opp_vereist(d, D(2025, 10, 14))
    assert (oordeel.vereist, oordeel.zeker) == (False, True)
    # Issue 11: it says what the dossier holds, not that the pupil "krijgt geen extra
    # ondersteuning" (a fact the dossier does not record).
    assert "Het dossier toont op 2025-10-14 geen behoefte" in oordeel.uitleg
    assert "krijgt" not in oordeel.uitleg
    assert codes(d, D(2025, 12, 1)) == []
    # Support that has ended no longer requires one; support that has not begun not yet.
    afgelopen = dossier(ondersteuningen=(steun(tot=D(2025, 10, 1)),))
    geeindigd = opp_vereist(afgelopen, D(2025, 10, 1))
    assert (geeindigd.vereist, geeindigd.zeker) == (False, True)
    assert "eindigde op 2025-10-01" in geeindigd.uitleg
    assert opp_vereist(afgelopen, D(2025, 9, 30)).vereist
    assert not opp_vereist(dossier(), D(2025, 8, 31)).vereist


def test_niet_ingeschreven_leerling() -> None:
    oordeel = opp_vereist(dossier(inschrijvingen=()), D(2025, 10, 14))
    assert (oordeel.vereist, oordeel.school) == (False, None)
    assert "nergens ingeschreven" in oordeel.uitleg


def test_opp_als_basis_van_tlv_aanvraag_symbiose_en_variawet() -> None:
    aanvraag = Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=D(2025, 11, 3),
        aanvrager=BAO,
    )
    d = dossier(ondersteuningen=(), tlvs=(aanvraag,))
    assert not opp_vereist(d, D(2025, 11, 2)).vereist
    oordeel = opp_vereist(d, D(2025, 11, 3))
    assert oordeel.vereist
    # The statute first; seed 001 § 9 only beside it, as regional policy (OPP-01 correction).
    assert str(oordeel.grondslag[0]) == "WPO art. 40a"
    assert "§ 9" in str(oordeel.grondslag[1])
    symbiose = opp_vereist(dossier(ondersteuningen=()), D(2025, 11, 3), symbiose=True)
    assert symbiose.vereist
    assert str(symbiose.grondslag[0]) == "WPO art. 15"
    # OVR-02: a Variawet request rests on an actueel OPP.
    varia = opp_vereist(dossier(ondersteuningen=()), D(2025, 11, 3), afwijking_onderwijstijd=True)
    assert varia.vereist
    assert "Variawet" in str(varia.grondslag[0])
    # Requested more than six weeks after the inschrijving, and symbiose and Variawet: no
    # statutory 6-week term (OQ 8).
    assert lopende_termijnen(d, D(2025, 11, 3)) == ()


def test_opp_vereist_weigert_een_datetime() -> None:
    with pytest.raises(OngeldigeInvoer, match="op"):
        opp_vereist(dossier(), dt.datetime(2025, 10, 14, 9, 0))


# --- OPP-02: late, and the trigger choice (OQ 8) -------------------------------------------------


def test_opp_te_laat_vastgesteld() -> None:
    laat = opp(vastgesteld_op=D(2025, 10, 14), instemming_op=D(2025, 10, 14))
    gebreken = [g for g in toets(dossier(laat), D(2025, 10, 20)) if g.code.value == "opp_te_laat"]
    assert len(gebreken) == 1
    assert "vast op 2025-10-14" in gebreken[0].uitleg
    assert codes(dossier(opp()), D(2025, 10, 20)) == []
    assert lopende_termijnen(dossier(opp()), D(2025, 10, 7))[0].naam.startswith("Evaluatie")


def test_e10_opp_termijn_schuift_over_kerst() -> None:
    """E10: enrolled vr 2025-11-14 → nominal 2025-12-26 → ma 2025-12-29."""
    d = dossier(inschrijvingen=(inschrijving(SBO, D(2025, 11, 14)),), ondersteuningen=())
    assert codes(d, D(2025, 12, 29)) == []
    assert codes(d, D(2025, 12, 30)) == [GebrekCode.OPP_TE_LAAT]


def test_later_ontstane_behoefte_volgens_wet_geen_termijn_maar_aandachtspunt() -> None:
    """OQ 8: enrolled 2024-09-02, extra support from 2025-10-01. The law names only the
    inschrijving; passend invents no deadline, in toets nor in lopende_termijnen."""
    d = dossier(
        inschrijvingen=(inschrijving(BAO, D(2024, 9, 2)),), ondersteuningen=(steun(D(2025, 10, 1)),)
    )
    for op in (D(2025, 10, 2), D(2026, 3, 2)):
        assert codes(d, op) == []
        assert lopende_termijnen(d, op) == ()
        (punt,) = aandachtspunten(d, op)
        assert punt.onderwerp == "OPP nodig, geen wettelijke termijn"
        assert "open vraag 8" in punt.uitleg
        assert "START_ONDERSTEUNING" in punt.uitleg
        assert "2025-10-01" in punt.uitleg
        assert [str(b) for b in punt.grondslag] == ["WPO art. 40a lid 1"]
        assert punt.gpo_reden is GpoReden.OPP_ONTBREEKT_OF_TE_LAAT
    assert opp_vereist(d, D(2025, 10, 2)).vereist
    # Once the OPP is there, nothing to check; before the support began, nothing either.
    assert (
        aandachtspunten(
            dossier(opp(), inschrijvingen=d.inschrijvingen, ondersteuningen=d.ondersteuningen),
            D(2025, 10, 7),
        )
        == ()
    )
    assert aandachtspunten(d, D(2025, 9, 30)) == ()


def test_behoefte_binnen_zes_weken_na_inschrijving_houdt_de_wettelijke_termijn() -> None:
    """Support from the 42nd day after the inschrijving: still the statutory term (E9)."""
    d = dossier(ondersteuningen=(steun(SEPT_2025 + dt.timedelta(days=42)),))
    assert aandachtspunten(d, D(2025, 10, 13)) == ()
    assert [t.einde for t in lopende_termijnen(d, D(2025, 10, 13))] == [D(2025, 10, 13)]
    assert codes(d, D(2025, 10, 14)) == [GebrekCode.OPP_TE_LAAT]


def test_later_ontstane_behoefte_volgens_beleid() -> None:
    beleid = Beleid(naam="GPO-praktijk", opp_termijn_vanaf=OppTermijnVanaf.START_ONDERSTEUNING)
    d = dossier(inschrijvingen=(inschrijving(BAO, D(2024, 9, 2)),), ondersteuningen=(steun(),))
    assert codes(d, D(2025, 10, 13), beleid) == []
    assert codes(d, D(2025, 10, 14), beleid) == [GebrekCode.OPP_TE_LAAT]
    assert aandachtspunten(d, D(2025, 10, 14), beleid=beleid) == ()
    (termijn,) = lopende_termijnen(d, D(2025, 9, 2), beleid=beleid)
    # The law sets no term for this case: no statutory end beside the policy's.
    assert (termijn.einde, termijn.wettelijk_einde) == (D(2025, 10, 13), D(2025, 10, 13))
    assert termijn.beleid == "GPO-praktijk"
    assert "na de start van de extra ondersteuning" in termijn.uitleg
    assert "geen termijn voor een behoefte die later ontstond" in termijn.uitleg


def test_beleid_bij_behoefte_kort_na_inschrijving_toont_wettelijk_einde() -> None:
    beleid = Beleid(naam="GPO-praktijk", opp_termijn_vanaf=OppTermijnVanaf.START_ONDERSTEUNING)
    d = dossier(ondersteuningen=(steun(D(2025, 9, 15)),))
    (termijn,) = lopende_termijnen(d, D(2025, 9, 15), beleid=beleid)
    assert (termijn.einde, termijn.wettelijk_einde) == (D(2025, 10, 27), D(2025, 10, 13))
    assert "uiterlijk 2025-10-13" in termijn.uitleg


def test_oude_inschrijving_zonder_atw_kalender_is_toch_te_laat() -> None:
    """2022 has no KB list in the calendar; a year late is late whatever the Atw says."""
    d = dossier(inschrijvingen=(inschrijving(SBO, D(2022, 9, 1)),), ondersteuningen=())
    gebreken = [g for g in toets(d, D(2025, 10, 1)) if g.code is GebrekCode.OPP_TE_LAAT]
    assert "2022-10-13" in gebreken[0].uitleg
    assert "zonder de Algemene termijnenwet" in gebreken[0].uitleg
    assert "negen dagen" not in gebreken[0].uitleg
    assert f"hooguit {ATW_GROOTSTE_VERSCHUIVING} dagen" in gebreken[0].uitleg


def test_atw_marge_dekt_elke_verschuiving_in_de_bekende_jaren() -> None:
    """For every day of every year with a known KB list (rules.md T-04), the Atw moves an end
    by at most ATW_GROOTSTE_VERSCHUIVING days, which stays within ATW_MARGE."""
    kalender = Kalender.standaard()
    grootste = 0
    for jaar in kalender.kb_bekend:
        dag = D(jaar, 1, 1)
        while dag.year == jaar:
            try:
                verschuiving = kalender.atw_einde(dag) - dag
            except NietBekend:  # the end runs into a year whose KB list is not known
                assert dag >= D(jaar, 12, 28)
                assert jaar + 1 not in kalender.kb_bekend
            else:
                assert verschuiving <= ATW_MARGE, dag
                grootste = max(grootste, verschuiving.days)
            dag += dt.timedelta(days=1)
    assert grootste == ATW_GROOTSTE_VERSCHUIVING
    # 2024-12-25 (wo): kerst, 27-12 bij KB gelijkgesteld, weekend → ma 2024-12-30.
    assert kalender.atw_einde(D(2024, 12, 25)) == D(2024, 12, 30)


def test_zonder_kb_dagen_verschuift_de_atw_hooguit_vier_dagen() -> None:
    """Weekends and the feestdagen of Atw art. 3 lid 1-2 alone (2017-2030)."""
    for jaar in range(2017, 2031):
        vrij = set(atw_feestdagen(jaar)) | set(atw_feestdagen(jaar + 1))
        dag = D(jaar, 1, 1)
        while dag.year == jaar:
            einde = dag
            while einde.weekday() >= 5 or einde in vrij:
                einde += dt.timedelta(days=1)
            assert (einde - dag).days <= 4, dag
            dag += dt.timedelta(days=1)


# --- OPP-03: contents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("anders", "code", "fragment"),
    [
        ({"uitstroombestemming": " "}, GebrekCode.OPP_UITSTROOMBESTEMMING_ONTBREEKT, "uitstroom"),
        ({"belemmerende_factoren": ()}, GebrekCode.OPP_ONDERBOUWING_ONTBREEKT, "belemmerende"),
        (
            {"belemmerende_factoren": (), "bevorderende_factoren": ("",)},
            GebrekCode.OPP_ONDERBOUWING_ONTBREEKT,
            "geen belemmerende en geen bevorderende",
        ),
        (
            {"handelingsdeel": None, "instemming_op": None},
            GebrekCode.OPP_HANDELINGSDEEL_ONTBREEKT,
            "handelingsdeel",
        ),
        (
            {"handelingsdeel": Handelingsdeel(ondersteuning="")},
            GebrekCode.OPP_HANDELINGSDEEL_ONTBREEKT,
            "handelingsdeel",
        ),
    ],
)
def test_verplichte_onderdelen(anders: dict[str, object], code: GebrekCode, fragment: str) -> None:
    gebreken = opp_gebreken(dossier(opp(**anders)), D(2025, 10, 20))
    assert [g.code for g in gebreken] == [code]
    assert fragment in gebreken[0].uitleg
    assert gebreken[0].gpo_reden is GpoReden.OPP_ONVOLLEDIG


# --- OPP-04: OOGO and instemming -----------------------------------------------------------------


@pytest.mark.parametrize("oogo", [None, D(2025, 10, 7)])
def test_geen_oogo_voor_vaststelling(oogo: dt.date | None) -> None:
    assert codes(dossier(opp(oogo_op=oogo)), D(2025, 10, 20)) == [GebrekCode.OPP_GEEN_OOGO]


@pytest.mark.parametrize(
    ("vastgesteld", "gebrek"),
    [(D(2017, 7, 31), False), (D(2017, 8, 1), True)],
)
def test_instemming_handelingsdeel_sinds_1_augustus_2017(
    vastgesteld: dt.date, gebrek: bool
) -> None:
    oud = opp(
        vastgesteld_op=vastgesteld,
        oogo_op=vastgesteld,
        instemming_op=None,
        leerling_gehoord_op=None,
        evaluaties=(D(2017, 9, 1),),
    )
    d = dossier(oud, inschrijvingen=(inschrijving(BAO, D(2016, 9, 1)),), ondersteuningen=())
    gevonden = codes(d, D(2017, 9, 4))
    assert (GebrekCode.OPP_GEEN_INSTEMMING in gevonden) is gebrek
    if gebrek:
        soort = catalogus()[GebrekCode.OPP_GEEN_INSTEMMING]
        assert soort.grondslag[0].geldig_vanaf == D(2017, 8, 1)
        assert str(soort.grondslag[0]) == "WPO art. 40a lid 2"


def test_instemming_later_dan_vaststelling_telt_vanaf_die_dag() -> None:
    later = opp(instemming_op=D(2025, 10, 20))
    assert codes(dossier(later), D(2025, 10, 10)) == [GebrekCode.OPP_GEEN_INSTEMMING]
    assert codes(dossier(later), D(2025, 10, 20)) == []


def test_meerderjarige_vso_leerling_stemt_zelf_in() -> None:
    volwassen = Leerling(id="ll-9", geboortedatum=D(2007, 3, 1))
    inschr = Inschrijving(leerling=volwassen, school=VSO, ingeschreven_op=D(2025, 9, 1))
    goed = opp(leerling=volwassen, school=VSO, instemming_door=Instemmer.MEERDERJARIGE_LEERLING)
    d = Dossier(leerling=volwassen, inschrijvingen=(inschr,), opps=(goed,))
    assert codes(d, D(2025, 10, 20)) == []
    # At 17, or at a BAO school, the parents agree.
    jong = Leerling(id="ll-8", geboortedatum=D(2007, 10, 7))
    te_jong = attrs.evolve(goed, leerling=jong)
    d = Dossier(
        leerling=jong, inschrijvingen=(attrs.evolve(inschr, leerling=jong),), opps=(te_jong,)
    )
    gebreken = [g for g in toets(d, D(2025, 10, 20)) if g.code.value.startswith("opp_")]
    assert [g.code for g in gebreken] == [GebrekCode.OPP_INSTEMMING_DOOR_LEERLING_ONBEVOEGD]
    assert "17 jaar" in gebreken[0].uitleg
    bao = opp(instemming_door=Instemmer.MEERDERJARIGE_LEERLING, instemming_op=None)
    gebreken = [
        g
        for g in opp_gebreken(dossier(bao), D(2025, 10, 7))
        if g.code is GebrekCode.OPP_INSTEMMING_DOOR_LEERLING_ONBEVOEGD
    ]
    assert [str(b) for b in gebreken[0].grondslag] == ["WPO art. 40a lid 2"]


def test_elk_gebrek_noemt_een_grondslag_in_elke_sector() -> None:
    """Filtering the catalogue to one sector law never leaves a defect without its ground."""
    from passend._bronnen import voor_wetten

    per_soort = {
        "opp_": [frozenset({"WPO"}), frozenset({"WEC"}), frozenset({"WVO 2020"})],
        # A TLV is issued by an SWV PO (WPO) or VO (WVO 2020); the WEC applies to both.
        "tlv_": [frozenset({"WPO", "WEC"}), frozenset({"WVO 2020", "WEC"})],
    }
    for code, soort in catalogus().items():
        for wetten in per_soort.get(code.value[:4], []):  # other modules check their own
            assert voor_wetten(soort.grondslag, wetten), (code, wetten)


# --- OPP-05: evaluation at least once per school year -------------------------------------------


def test_evaluatie_uiterlijk_eind_volgend_schooljaar() -> None:
    eerste = opp(
        vastgesteld_op=D(2024, 10, 1), oogo_op=D(2024, 10, 1), instemming_op=D(2024, 10, 1)
    )
    d = dossier(
        eerste,
        inschrijvingen=(inschrijving(BAO, D(2024, 9, 2)),),
        ondersteuningen=(steun(D(2024, 9, 2)),),
    )
    assert eerste.volgende_evaluatie_uiterlijk() == D(2026, 7, 31)
    assert codes(d, D(2026, 7, 31)) == []
    gebreken = [g for g in toets(d, D(2026, 8, 1)) if g.code is GebrekCode.OPP_NIET_GEEVALUEERD]
    assert "uiterlijk op 2026-07-31" in gebreken[0].uitleg
    geevalueerd = attrs.evolve(
        eerste, evaluaties=(D(2025, 6, 30), D(2026, 7, 1)), leerling_gehoord_bij=(D(2026, 7, 1),)
    )
    assert geevalueerd.volgende_evaluatie_uiterlijk() == D(2027, 7, 31)
    d = attrs.evolve(d, opps=(geevalueerd,))
    assert codes(d, D(2026, 8, 1)) == []
    (termijn,) = lopende_termijnen(d, D(2026, 8, 1))
    assert (termijn.naam, termijn.begin, termijn.einde) == (
        "Evaluatie ontwikkelingsperspectief",
        D(2026, 7, 2),
        D(2027, 7, 31),
    )
    assert not termijn.atw_toegepast


def test_opp_van_een_vorige_school_hoeft_niet_geevalueerd() -> None:
    oud = opp(vastgesteld_op=D(2024, 10, 1), oogo_op=D(2024, 10, 1), instemming_op=D(2024, 10, 1))
    weg = Inschrijving(
        leerling=LL, school=BAO, ingeschreven_op=D(2024, 9, 2), uitgeschreven_op=D(2025, 8, 1)
    )
    d = dossier(oud, inschrijvingen=(weg,), ondersteuningen=())
    assert codes(d, D(2026, 8, 3)) == []


# --- OPP-06: hoorrecht from 2025-08-01 -----------------------------------------------------------


@pytest.mark.parametrize(
    ("vastgesteld", "gebrek"),
    [(D(2025, 7, 31), False), (D(2025, 8, 1), True)],
)
def test_hoorrecht_bij_opstellen_sinds_1_augustus_2025(vastgesteld: dt.date, gebrek: bool) -> None:
    zonder = opp(
        vastgesteld_op=vastgesteld,
        oogo_op=vastgesteld,
        instemming_op=vastgesteld,
        leerling_gehoord_op=None,
    )
    d = dossier(zonder, inschrijvingen=(inschrijving(SBO, D(2025, 7, 1)),), ondersteuningen=())
    assert (GebrekCode.OPP_LEERLING_NIET_GEHOORD in codes(d, D(2025, 8, 4))) is gebrek


def test_hoorrecht_bij_evalueren_en_aanpassen() -> None:
    basis = opp(evaluaties=(D(2026, 2, 2),), aanpassingen=(D(2026, 3, 2),))
    gebreken = [g for g in toets(dossier(basis), D(2026, 3, 9)) if g.code.value.startswith("opp_")]
    assert [g.code for g in gebreken] == [GebrekCode.OPP_LEERLING_NIET_GEHOORD] * 2
    assert "2026-02-02 geëvalueerd" in gebreken[0].uitleg
    assert "2026-03-02 aangepast" in gebreken[1].uitleg
    gehoord = attrs.evolve(basis, leerling_gehoord_bij=(D(2026, 2, 2), D(2026, 3, 2)))
    assert codes(dossier(gehoord), D(2026, 3, 9)) == []
    # Before 2025-08-01 there was no hoorrecht: an evaluation then needs no hearing record.
    oud = opp(
        school=SBO,
        vastgesteld_op=D(2024, 10, 1),
        oogo_op=D(2024, 10, 1),
        instemming_op=D(2024, 10, 1),
        evaluaties=(D(2025, 6, 2),),
    )
    d = dossier(oud, inschrijvingen=(inschrijving(SBO, D(2024, 9, 2)),), ondersteuningen=())
    assert codes(d, D(2025, 8, 4)) == []


# --- OVR-01: symbiose ----------------------------------------------------------------------------


def test_symbiose_volledig_en_onvolledig() -> None:
    volledig = Symbiose(
        andere_school=SBO,
        begin=D(2025, 11, 1),
        einde=D(2026, 7, 10),
        inhoud="rekenen en taal",
        omvang_procent=40,
        ondertekend_op=D(2025, 10, 6),
    )
    assert codes(dossier(opp(symbiose=volledig)), D(2025, 11, 3)) == []
    leeg = Symbiose(andere_school=SBO, begin=D(2025, 11, 1))
    gebreken = [
        g
        for g in opp_gebreken(dossier(opp(symbiose=leeg)), D(2025, 11, 3))
        if g.code.value.startswith("opp_")
    ]
    assert [g.code for g in gebreken] == [GebrekCode.OPP_SYMBIOSE_ONVOLLEDIG]
    for deel in ("einddatum", "inhoud", "omvang", "ondertekening"):
        assert deel in gebreken[0].uitleg
    te_veel = attrs.evolve(volledig, omvang_procent=61)
    assert codes(dossier(opp(symbiose=te_veel)), D(2025, 11, 3)) == [
        GebrekCode.OPP_SYMBIOSE_TE_OMVANGRIJK
    ]
    assert (
        codes(dossier(opp(symbiose=attrs.evolve(volledig, omvang_procent=60))), D(2025, 11, 3))
        == []
    )


@pytest.mark.parametrize("omvang", [0, 101, True, "40"])
def test_symbiose_omvang_is_een_percentage(omvang: object) -> None:
    with pytest.raises(OngeldigeInvoer, match="omvang_procent"):
        Symbiose(andere_school=SBO, begin=D(2025, 11, 1), omvang_procent=omvang)  # type: ignore[arg-type]


def test_stand_op_van_opp_laat_latere_feiten_weg() -> None:
    volledig = opp(
        evaluaties=(D(2026, 2, 2),),
        aanpassingen=(D(2026, 3, 2),),
        leerling_gehoord_bij=(D(2026, 2, 2),),
        symbiose=Symbiose(andere_school=SBO, begin=D(2025, 11, 1), ondertekend_op=D(2025, 11, 5)),
    )
    assert volledig.stand_op(D(2025, 10, 5)) is None
    eerder = volledig.stand_op(D(2025, 10, 6))
    assert eerder is not None
    assert eerder.evaluaties == eerder.aanpassingen == eerder.leerling_gehoord_bij == ()
    assert eerder.symbiose is not None
    assert eerder.symbiose.ondertekend_op is None
    assert volledig.stand_op(D(2026, 4, 1)) == volledig


def test_catalogus_kent_elke_opp_code_met_gpo_reden() -> None:
    opp_codes = [c for c in GebrekCode if c.value.startswith("opp_")]
    assert len(opp_codes) == 11
    for code in opp_codes:
        soort = catalogus()[code]
        assert soort.grondslag
        assert soort.gpo_reden is not None


def test_vlak_na_het_nominale_einde_zonder_atw_kalender_niet_bekend() -> None:
    """Within the Atw margin the calendar decides; without its KB list passend does not guess."""
    d = dossier(inschrijvingen=(inschrijving(SBO, D(2022, 9, 1)),), ondersteuningen=())
    with pytest.raises(NietBekend):
        toets(d, D(2022, 10, 14))


def test_gebrek_op_een_vso_school_noemt_alleen_de_wec() -> None:
    onvolledig = opp(school=VSO, uitstroombestemming="")
    d = dossier(onvolledig, inschrijvingen=(inschrijving(VSO),), ondersteuningen=())
    (gebrek,) = opp_gebreken(d, D(2025, 10, 20))
    assert [str(b) for b in gebrek.grondslag] == ["WEC art. 41a"]
    # The catalogue keeps every sector and the lower regulation of the WPO.
    assert len(catalogus()[GebrekCode.OPP_UITSTROOMBESTEMMING_ONTBREEKT].grondslag) == 4


def test_opp_na_afloop_van_de_extra_ondersteuning_hoeft_niet_geevalueerd() -> None:
    oud = opp(vastgesteld_op=D(2024, 10, 1), oogo_op=D(2024, 10, 1), instemming_op=D(2024, 10, 1))
    d = dossier(
        oud,
        inschrijvingen=(inschrijving(BAO, D(2024, 9, 2)),),
        ondersteuningen=(steun(D(2024, 9, 2), D(2025, 7, 1)),),
    )
    assert codes(d, D(2026, 8, 3)) == []
    assert lopende_termijnen(d, D(2026, 8, 3)) == ()
    met_steun = attrs.evolve(d, ondersteuningen=(steun(D(2024, 9, 2)),))
    assert codes(met_steun, D(2026, 8, 3)) == [GebrekCode.OPP_NIET_GEEVALUEERD]


# --- Validators: wrong types fail on construction, naming field and value --------------------


@pytest.mark.parametrize(
    ("anders", "veld"),
    [
        ({"evaluaties": (D(2026, 2, 2), "2026-03-02")}, "evaluaties[1]"),
        ({"aanpassingen": (dt.datetime(2026, 3, 2, 9, 0),)}, "aanpassingen[0]"),
        ({"leerling_gehoord_bij": (None,)}, "leerling_gehoord_bij[0]"),
        ({"belemmerende_factoren": ("concentratie", 3)}, "belemmerende_factoren[1]"),
        ({"bevorderende_factoren": (None,)}, "bevorderende_factoren[0]"),
        ({"uitstroombestemming": None}, "uitstroombestemming"),
        ({"handelingsdeel": "rekenen"}, "handelingsdeel"),
        ({"symbiose": "ja"}, "symbiose"),
    ],
)
def test_opp_weigert_verkeerde_soorten(anders: dict[str, object], veld: str) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        opp(**anders)
    assert fout.value.veld == veld
    assert repr(fout.value.waarde) in str(fout.value)


def test_handelingsdeel_en_symbiose_weigeren_verkeerde_tekst() -> None:
    with pytest.raises(OngeldigeInvoer, match="ondersteuning"):
        Handelingsdeel(ondersteuning=None)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="afwijkingen"):
        Handelingsdeel(ondersteuning="x", afwijkingen=1)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="inhoud"):
        Symbiose(andere_school=SBO, begin=D(2025, 11, 1), inhoud=None)  # type: ignore[arg-type]


# --- Where the pupil is enrolled: the rule of the zorgplicht ---------------------------------


def test_bij_twee_inschrijvingen_telt_de_laatste_en_bij_gelijke_dag_het_laatste_record() -> None:
    """Overlapping enrolments: the latest ingeschreven_op; on the same day the later record
    in the dossier (not the BRIN), as ``zorgplicht`` does."""
    sbo_a = attrs.evolve(SBO, brin="99ZZ", naam="Het Anker")
    oud = inschrijving(BAO, D(2025, 8, 1))
    for volgorde in (
        (inschrijving(sbo_a), inschrijving(SBO)),
        (inschrijving(SBO), inschrijving(sbo_a)),
    ):
        d = dossier(inschrijvingen=(oud, *volgorde), ondersteuningen=())
        assert opp_vereist(d, D(2025, 9, 2)).school == volgorde[-1].school
    d = dossier(inschrijvingen=(inschrijving(BAO, D(2025, 9, 2)), inschrijving(SBO)))
    assert opp_vereist(d, D(2025, 9, 2)).school == BAO


def test_beleidstermijn_excuseert_geen_wettelijk_te_laat_opp() -> None:
    """Support from 09-29, enrolled 09-01: the statute's six weeks end 2025-10-13; counting
    from the support (policy) gives 2025-11-10. On 10-20 the OPP is late by law; the defect
    names the policy date."""
    beleid = Beleid(naam="GPO-praktijk", opp_termijn_vanaf=OppTermijnVanaf.START_ONDERSTEUNING)
    d = dossier(ondersteuningen=(steun(vanaf=D(2025, 9, 29)),))
    (gebrek,) = opp_gebreken(d, D(2025, 10, 20), beleid)
    assert gebrek.code is GebrekCode.OPP_TE_LAAT
    assert "2025-10-13" in gebrek.uitleg
    assert "liep de termijn tot 2025-11-10" in gebrek.uitleg


# --- OPP-01 as corrected (2026-11-30): the OPP follows the need the dossier shows --------------

JUNI_2025 = D(2025, 6, 2)


def aanmelding(
    behoefte: Ondersteuningsbehoefte = Ondersteuningsbehoefte.VASTGESTELD,
    school: School = BAO,
    besluit: Toelatingsuitkomst | None = Toelatingsuitkomst.TOEGELATEN,
) -> Aanmelding:
    """An aanmelding received 2025-06-02, decided (by default: admitted) on 2025-07-01."""
    return Aanmelding(
        leerling=LL,
        school=school,
        ontvangen_op=JUNI_2025,
        ondersteuningsbehoefte=behoefte,
        besluit=None
        if besluit is None
        else Toelatingsbesluit(datum=D(2025, 7, 1), uitkomst=besluit),
    )


def test_toegelaten_met_vastgestelde_behoefte_heeft_een_opp_nodig() -> None:
    """OPP-01 (1), OPP-02, E9: admitted on an aanmelding with a vastgestelde extra
    ondersteuningsbehoefte, enrolled ma 2025-09-01 → OPP uiterlijk 2025-10-13."""
    d = dossier(aanmeldingen=(aanmelding(),), ondersteuningen=())
    oordeel = opp_vereist(d, D(2025, 9, 2))
    assert (oordeel.vereist, oordeel.zeker, oordeel.school, oordeel.sinds) == (
        True,
        True,
        BAO,
        SEPT_2025,
    )
    assert "aanmelding van 2025-06-02" in oordeel.uitleg
    assert "geen extra ondersteuning" not in oordeel.uitleg
    assert str(oordeel.grondslag[0]) == "WPO art. 40a"
    assert [(t.naam, t.einde) for t in lopende_termijnen(d, D(2025, 10, 13))] == [
        ("Termijn ontwikkelingsperspectief", D(2025, 10, 13))
    ]
    assert codes(d, D(2025, 10, 13)) == []
    (gebrek,) = opp_gebreken(d, D(2025, 10, 14))
    assert gebrek.code is GebrekCode.OPP_TE_LAAT
    assert "uiterlijk op 2025-10-13" in gebrek.uitleg
    # Enrolled without a recorded decision: the enrolment itself shows the admission.
    zonder_besluit = dossier(aanmeldingen=(aanmelding(besluit=None),), ondersteuningen=())
    assert opp_vereist(zonder_besluit, D(2025, 9, 2)).vereist


def test_een_opp_in_het_dossier_toont_de_behoefte_en_wordt_geevalueerd() -> None:
    """OPP-01 (2), OPP-05: an OPP on file without an ExtraOndersteuning record; vastgesteld
    2024-10-01, so evaluated by 2026-07-31 at the latest."""
    eerste = opp(
        vastgesteld_op=D(2024, 10, 1), oogo_op=D(2024, 10, 1), instemming_op=D(2024, 10, 1)
    )
    d = dossier(eerste, inschrijvingen=(inschrijving(BAO, D(2024, 9, 2)),), ondersteuningen=())
    oordeel = opp_vereist(d, D(2026, 8, 1))
    assert (oordeel.vereist, oordeel.zeker) == (True, True)
    assert "OPP van 2024-10-01" in oordeel.uitleg
    assert codes(d, D(2026, 7, 31)) == []
    assert codes(d, D(2026, 8, 1)) == [GebrekCode.OPP_NIET_GEEVALUEERD]
    assert [t.naam for t in lopende_termijnen(d, D(2026, 7, 31))] == [
        "Evaluatie ontwikkelingsperspectief"
    ]


def test_afgegeven_tlv_terwijl_de_leerling_nog_op_de_basisschool_zit() -> None:
    """OPP-01 (3): the TLV for SBO is afgegeven, the pupil has not moved yet."""
    tlv = Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=D(2025, 11, 3),
        aanvrager=BAO,
        besluit_op=D(2025, 12, 1),
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=D(2026, 1, 5),
        einddatum=D(2028, 7, 31),
    )
    d = dossier(tlvs=(tlv,), ondersteuningen=())
    oordeel = opp_vereist(d, D(2025, 12, 15))
    assert (oordeel.vereist, oordeel.zeker, oordeel.school) == (True, True, BAO)
    assert "TLV" in oordeel.uitleg
    assert str(oordeel.grondslag[0]) == "WPO art. 40a"


def test_tlv_aanvraag_grond_is_de_wet_en_een_ontbrekend_opp_wordt_gemeld() -> None:
    """OPP-01 (3) and its correction: the statute is the ground, seed 001 § 9 only regional
    policy beside it. Requested within six weeks of the inschrijving: the statutory term runs
    and a missing OPP is late (OPP-02); requested later: no statutory term, an aandachtspunt."""
    vroeg = Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=D(2025, 10, 1),
        aanvrager=BAO,
    )
    d = dossier(tlvs=(vroeg,), ondersteuningen=())
    oordeel = opp_vereist(d, D(2025, 10, 1))
    assert oordeel.vereist
    assert [str(b) for b in oordeel.grondslag] == [
        "WPO art. 40a",
        "SWV Rijn & Gelderse Vallei, Zorgplicht in schema (2022) § 9",
    ]
    assert codes(d, D(2025, 10, 14)) == [GebrekCode.OPP_TE_LAAT]
    laat = attrs.evolve(vroeg, aangevraagd_op=D(2025, 11, 3))
    d = dossier(tlvs=(laat,), ondersteuningen=())
    assert codes(d, D(2025, 11, 4)) == []
    (punt,) = aandachtspunten(d, D(2025, 11, 4))
    assert punt.onderwerp == "OPP nodig, geen wettelijke termijn"
    assert "TLV-aanvraag" in punt.uitleg


@pytest.mark.parametrize(
    "behoefte", [Ondersteuningsbehoefte.VERMOED, Ondersteuningsbehoefte.ONBEKEND]
)
def test_een_onbekende_behoefte_is_onbekend_en_geen_nee(behoefte: Ondersteuningsbehoefte) -> None:
    """OPP-01 correction: a need the dossier cannot confirm is an aandachtspunt, never a silent
    "no OPP needed". ``vereist: bool`` stays; ``zeker`` says the answer is open."""
    d = dossier(aanmeldingen=(aanmelding(behoefte),), ondersteuningen=())
    oordeel = opp_vereist(d, D(2025, 10, 14))
    assert (oordeel.vereist, oordeel.zeker) == (False, False)
    assert "onbekend" in oordeel.uitleg
    assert "geen OPP nodig" not in oordeel.uitleg
    assert codes(d, D(2025, 10, 14)) == []
    (punt,) = [p for p in aandachtspunten(d, D(2025, 10, 14)) if "OPP" in p.onderwerp]
    assert punt.onderwerp == "OPP: ondersteuningsbehoefte niet vastgesteld"
    assert "aanmelding van 2025-06-02" in punt.uitleg
    assert punt.gpo_reden is GpoReden.ONDERZOEK_ONVOLDOENDE


def test_geen_behoefte_bij_de_aanmelding_is_zeker() -> None:
    d = dossier(aanmeldingen=(aanmelding(Ondersteuningsbehoefte.GEEN),), ondersteuningen=())
    oordeel = opp_vereist(d, D(2025, 10, 14))
    assert (oordeel.vereist, oordeel.zeker) == (False, True)
    assert "aanmelding van 2025-06-02" in oordeel.uitleg
    assert aandachtspunten(d, D(2025, 10, 14)) == ()


_INSCHRIJVINGEN = st.lists(
    st.tuples(
        st.sampled_from([BAO, SBO, VSO]),
        st.integers(min_value=0, max_value=20),
        st.none() | st.integers(min_value=0, max_value=10),
    ),
    max_size=8,
)


@given(_INSCHRIJVINGEN)
def test_inschrijvingen_geeft_dezelfde_inschrijving_als_inschrijving_op(
    gegeven: list[tuple[School, int, int | None]],
) -> None:
    """The index of one question answers like inschrijving_op on every day: overlapping
    enrolments, equal first days (the later record wins) and enrolments of zero days."""
    d = Dossier(
        leerling=LL,
        inschrijvingen=tuple(
            Inschrijving(
                leerling=LL,
                school=school,
                ingeschreven_op=SEPT_2025 + dt.timedelta(days=begin),
                uitgeschreven_op=None
                if duur is None
                else SEPT_2025 + dt.timedelta(days=begin + duur),
            )
            for school, begin, duur in gegeven
        ),
    )
    index = Inschrijvingen(d)
    for dag in range(-1, 33):
        op = SEPT_2025 + dt.timedelta(days=dag)
        assert index.op(op) is inschrijving_op(d, op)
