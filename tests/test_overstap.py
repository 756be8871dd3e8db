"""The PO→VO overstap (rules.md § 12): worked examples P1-P11 and the checks of PV-01 … PV-08.

P12 (thuiszitter) belongs to place finding (§ 13), which passend does not model yet; P13
(financial owner after a bao-bao switch) is tested in ``test_financiele_zorgplicht.py``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from passend import (
    Aanmelding,
    Adviessoort,
    Beleid,
    Bestuurssoort,
    Brugklasbesluit,
    Brugklasgrond,
    Capaciteit,
    Criteriumuitkomst,
    Domein,
    Doorstroomtoets,
    Dossier,
    GebrekCode,
    Heroverweging,
    Inschrijving,
    Intelligentiemeting,
    Leerling,
    Loting,
    Lotingsuitkomst,
    LwooAanwijzing,
    LwooCriteria,
    Mdo,
    Mdodeelnemer,
    Mdosoort,
    NietBekend,
    Niveau,
    Ondersteuningsbehoefte,
    OnderwijskundigRapport,
    OngeldigeInvoer,
    Regime,
    Samenwerkingsverband,
    School,
    Schooladvies,
    Schoolbestuur,
    Schoolsoort,
    Sector,
    TegenstrijdigDossier,
    Toetsresultaat,
    Uitzondering,
    Verlenging,
    ZorgplichtReden,
    aandachtspunten,
    lopende_termijnen,
    lwoo_criteria,
    overstapkalender,
    pro_criteria,
    toets,
    vo_beslistermijn,
    zorgplicht,
)
from passend import json as pjson
from passend._bronnen import Bron
from passend._overstap_toets import _EersteElders
from passend.termijnen import aanmelden_advies

D = dt.date
C = GebrekCode
LL = Leerling(id="ll-8", geboortedatum=D(2014, 5, 1))
PO_BESTUUR = Schoolbestuur(id="po", naam="Stichting PO", soort=Bestuurssoort.OPENBAAR)
VO_BESTUUR = Schoolbestuur(id="vo", naam="Stichting VO", soort=Bestuurssoort.BIJZONDER)
BAO = School(brin="10AA", naam="De Linde", soort=Schoolsoort.BAO, bestuur=PO_BESTUUR)
LYCEUM = School(brin="20BB", naam="Het Lyceum", soort=Schoolsoort.VO, bestuur=VO_BESTUUR)
COLLEGE = School(
    brin="21CC",
    naam="Het College",
    soort=Schoolsoort.VO,
    bestuur=Schoolbestuur(id="vo2", naam="Stichting College", soort=Bestuurssoort.OPENBAAR),
)
PRO = School(brin="22DD", naam="De Praktijk", soort=Schoolsoort.PRO, bestuur=VO_BESTUUR)
SWV_VO = Samenwerkingsverband(id="VO2702", naam="SWV VO", sector=Sector.VO)
ZK = Beleid.zuid_kennemerland()
OCW = Beleid(vo_beslistermijn_vanaf_aanmeldweek=True)
GROEP8 = Inschrijving(leerling=LL, school=BAO, ingeschreven_op=D(2018, 8, 20))


def fout(waarde: object) -> Any:
    """A wrong value for a typed field, passed on past mypy to the validator."""
    return waarde


def advies(soort: Adviessoort, niveau: Niveau, op: dt.date) -> Schooladvies:
    return Schooladvies(leerling=LL, school=BAO, soort=soort, niveau=niveau, gegeven_op=op)


def voorlopig(niveau: Niveau, op: dt.date | None = None) -> Schooladvies:
    return advies(Adviessoort.VOORLOPIG, niveau, op or D(2026, 1, 20))


def definitief(niveau: Niveau, op: dt.date | None = None) -> Schooladvies:
    return advies(Adviessoort.DEFINITIEF, niveau, op or D(2026, 3, 20))


def uitslag(niveau: Niveau | None, op: dt.date | None = None) -> Doorstroomtoets:
    return Doorstroomtoets(
        leerling=LL,
        school=BAO,
        ontvangen_op=op or D(2026, 3, 13),
        vrijgesteld=niveau is None,
        toetsadvies=niveau,
    )


def aanmelding(school: School, op: dt.date, **kw: Any) -> Aanmelding:
    return Aanmelding(
        leerling=LL,
        school=school,
        ontvangen_op=op,
        ondersteuningsbehoefte=Ondersteuningsbehoefte.VASTGESTELD,
        **kw,
    )


def dossier(**velden: Any) -> Dossier:
    return Dossier(leerling=LL, inschrijvingen=(GROEP8,), **velden)


def codes(d: Dossier, op: dt.date, beleid: Beleid | None = None) -> list[GebrekCode]:
    return [g.code for g in toets(d, op, beleid=beleid)]


def onderwerpen(d: Dossier, op: dt.date, beleid: Beleid | None = None) -> list[str]:
    return [p.onderwerp for p in aandachtspunten(d, op, beleid=beleid)]


# --- P1-P5: calendar and VO beslistermijn -------------------------------------------------------


def test_p1_anker_2024_2025_ocw_uiterlijk_12_mei() -> None:
    # PV-04: the centrale aanmeldweek and the VO beslistermijn, both readings of OQ A2.
    week = overstapkalender("2024-2025").moment("centrale aanmeldweek")
    assert (week.van, week.tot) == (D(2025, 3, 25), D(2025, 3, 31))
    a = aanmelding(LYCEUM, D(2025, 3, 25))
    assert vo_beslistermijn(a, beleid=OCW).einde == D(2025, 5, 12)
    # The statutory default counts from receipt (OQ A2); the OCW end keeps it as wettelijk_einde.
    assert vo_beslistermijn(a).einde == D(2025, 5, 6)
    assert vo_beslistermijn(a, beleid=OCW).wettelijk_einde == D(2025, 5, 6)


@pytest.mark.parametrize(
    ("jaar", "voorlopig_van", "voorlopig_tot", "uitslag_", "definitief_", "week", "ocw", "lang"),
    [
        (
            "2025-2026",
            D(2026, 1, 10),
            D(2026, 1, 31),
            D(2026, 3, 15),
            D(2026, 3, 24),
            (D(2026, 3, 25), D(2026, 3, 31)),
            D(2026, 5, 12),
            D(2026, 6, 9),
        ),
        (
            "2026-2027",
            D(2027, 1, 10),
            D(2027, 1, 31),
            D(2027, 3, 15),
            D(2027, 3, 24),
            (D(2027, 3, 25), D(2027, 3, 31)),
            D(2027, 5, 12),
            D(2027, 6, 9),
        ),
    ],
)
def test_p2_p3_tijdlijn(
    jaar: str,
    voorlopig_van: dt.date,
    voorlopig_tot: dt.date,
    uitslag_: dt.date,
    definitief_: dt.date,
    week: tuple[dt.date, dt.date],
    ocw: dt.date,
    lang: dt.date,
) -> None:
    k = overstapkalender(jaar)
    assert k.regime is Regime.DOORSTROOMTOETS
    v = k.moment("voorlopig schooladvies")
    assert (v.van, v.tot) == (voorlopig_van, voorlopig_tot)
    # Fixed dates are not Atw-shifted: 15-03-2026 is a Sunday (OQ A3).
    assert k.moment("toetsuitslag").tot == uitslag_
    assert k.moment("definitief schooladvies").tot == definitief_
    aw = k.moment("centrale aanmeldweek")
    assert (aw.van, aw.tot) == week
    with pytest.raises(NietBekend):  # the toets window of 2026 and 2027 was not found
        k.moment("doorstroomtoets")
    a = aanmelding(LYCEUM, week[0])
    assert vo_beslistermijn(a, beleid=OCW).einde == ocw
    verlengd = attrs.evolve(a, verlenging=Verlenging(medegedeeld_op=week[0], weken=4))
    assert vo_beslistermijn(verlengd, beleid=OCW).einde == lang
    # Unverified structure dates say so in their citation.
    assert not v.grondslag[0].zeker


def test_p4_wettelijk_per_ontvangst_2026() -> None:
    a = aanmelding(LYCEUM, D(2026, 3, 25))
    assert vo_beslistermijn(a).einde == D(2026, 5, 6)
    verlengd = attrs.evolve(a, verlenging=Verlenging(medegedeeld_op=D(2026, 4, 1), weken=4))
    assert vo_beslistermijn(verlengd).einde == D(2026, 6, 3)


def test_p5_wettelijk_2027_hemelvaart_en_kb_dag() -> None:
    a = aanmelding(LYCEUM, D(2027, 3, 25))
    assert vo_beslistermijn(a).einde == D(2027, 5, 10)
    verlengd = attrs.evolve(a, verlenging=Verlenging(medegedeeld_op=D(2027, 4, 1), weken=4))
    assert vo_beslistermijn(verlengd).einde == D(2027, 6, 3)


def test_ocw_basis_niet_voor_vso_of_late_aanmelding() -> None:
    vso = attrs.evolve(PRO, brin="23EE", soort=Schoolsoort.VSO)
    assert vo_beslistermijn(aanmelding(vso, D(2025, 3, 25)), beleid=OCW).beleid is None
    laat = aanmelding(LYCEUM, D(2025, 4, 2))
    assert vo_beslistermijn(laat, beleid=OCW).beleid is None
    # A school year without a calendar keeps the statutory term.
    assert vo_beslistermijn(aanmelding(LYCEUM, D(2028, 3, 27)), beleid=OCW).beleid is None


def test_kalender_onbekend_jaar_en_ongeldig_jaar() -> None:
    with pytest.raises(NietBekend):
        overstapkalender("2030-2031")
    for ongeldig in ("2025/2026", "2025-2027", 2025):
        with pytest.raises(OngeldigeInvoer):
            overstapkalender(fout(ongeldig))
    oud = overstapkalender("2022-2023")
    assert oud.regime is Regime.EINDTOETS
    assert oud.moment("schooladvies").tot == D(2023, 2, 28)
    with pytest.raises(NietBekend):  # 2023-24: only the toets window was found
        overstapkalender("2023-2024").moment("definitief schooladvies")


# --- P6 and PV-01/PV-02: advies and heroverweging -----------------------------------------------


def test_p6_hoger_toetsadvies_verhoogd_zonder_gebrek() -> None:
    d = dossier(
        schooladviezen=(voorlopig(Niveau.HAVO), definitief(Niveau.HAVO_VWO)),
        doorstroomtoetsen=(uitslag(Niveau.HAVO_VWO),),
    )
    assert codes(d, D(2026, 4, 1)) == []


def test_p6_niet_verhoogd_met_redenen_is_aandachtspunt() -> None:
    d = dossier(
        schooladviezen=(voorlopig(Niveau.HAVO), definitief(Niveau.HAVO)),
        doorstroomtoetsen=(uitslag(Niveau.HAVO_VWO),),
        heroverwegingen=(
            Heroverweging(
                leerling=LL,
                school=BAO,
                op=D(2026, 3, 18),
                niveau=Niveau.HAVO,
                redenen="werkhouding",
            ),
        ),
    )
    assert codes(d, D(2026, 4, 1)) == []
    assert "Niet verhogen in het belang van de leerling?" in onderwerpen(d, D(2026, 4, 1))


def test_p6_niet_verhoogd_zonder_redenen() -> None:
    her = Heroverweging(leerling=LL, school=BAO, op=D(2026, 3, 18), niveau=Niveau.HAVO)
    d = dossier(
        schooladviezen=(voorlopig(Niveau.HAVO), definitief(Niveau.HAVO)),
        doorstroomtoetsen=(uitslag(Niveau.HAVO_VWO),),
        heroverwegingen=(her,),
    )
    assert codes(d, D(2026, 4, 1)) == [C.HEROVERWEGING_ZONDER_REDENEN]


def test_p6_heroverweging_ontbreekt() -> None:
    d = dossier(
        schooladviezen=(voorlopig(Niveau.HAVO), definitief(Niveau.HAVO)),
        doorstroomtoetsen=(uitslag(Niveau.VWO),),
    )
    assert codes(d, D(2026, 4, 1)) == [C.HEROVERWEGING_ONTBREEKT]
    # Before the definitief advies and its deadline nothing is due yet.
    zonder = attrs.evolve(d, schooladviezen=(voorlopig(Niveau.HAVO),))
    assert codes(zonder, D(2026, 3, 20)) == []
    assert codes(zonder, D(2026, 3, 25)) == [
        C.DEFINITIEF_ADVIES_ONTBREEKT,
        C.HEROVERWEGING_ONTBREEKT,
    ]


def test_p6_lager_toetsadvies_blijft_havo_nooit_omlaag() -> None:
    blijft = dossier(
        schooladviezen=(voorlopig(Niveau.HAVO), definitief(Niveau.HAVO)),
        doorstroomtoetsen=(uitslag(Niveau.VMBO_GT),),
    )
    assert codes(blijft, D(2026, 4, 1)) == []
    omlaag = attrs.evolve(
        blijft, schooladviezen=(voorlopig(Niveau.HAVO), definitief(Niveau.VMBO_GT))
    )
    assert codes(omlaag, D(2026, 4, 1)) == [C.SCHOOLADVIES_VERLAAGD]
    her = Heroverweging(leerling=LL, school=BAO, op=D(2026, 3, 18), niveau=Niveau.VMBO_GT)
    assert C.SCHOOLADVIES_VERLAAGD in codes(
        attrs.evolve(blijft, heroverwegingen=(her,)), D(2026, 4, 1)
    )


def test_voorlopig_advies_ontbreekt_en_buiten_venster() -> None:
    d = dossier(aanmeldingen=(aanmelding(LYCEUM, D(2026, 3, 25)),))
    assert C.VOORLOPIG_ADVIES_ONTBREEKT in codes(d, D(2026, 3, 26))
    vroeg = dossier(schooladviezen=(voorlopig(Niveau.VWO, D(2026, 1, 9)),))
    assert codes(vroeg, D(2026, 1, 20)) == [C.VOORLOPIG_ADVIES_BUITEN_VENSTER]
    laat = dossier(schooladviezen=(voorlopig(Niveau.VWO, D(2026, 2, 2)),))
    assert codes(laat, D(2026, 2, 2)) == [C.VOORLOPIG_ADVIES_BUITEN_VENSTER]


def test_definitief_te_laat_en_vrijstelling() -> None:
    d = dossier(
        schooladviezen=(voorlopig(Niveau.VMBO_BB), definitief(Niveau.VMBO_BB, D(2026, 3, 25)))
    )
    assert codes(d, D(2026, 4, 1)) == [C.DEFINITIEF_ADVIES_TE_LAAT]
    # Exempted pupils move on with the voorlopig advies: no definitief advies is missing.
    vrij = dossier(schooladviezen=(voorlopig(Niveau.VMBO_BB),), doorstroomtoetsen=(uitslag(None),))
    assert codes(vrij, D(2026, 4, 1)) == []
    assert "Vrijstelling van de doorstroomtoets" in onderwerpen(vrij, D(2026, 4, 1))


def test_eindtoetsregime_advies_voor_1_maart() -> None:
    oud = advies(Adviessoort.DEFINITIEF, Niveau.HAVO, D(2023, 3, 1))
    d = dossier(schooladviezen=(oud,), doorstroomtoetsen=(uitslag(Niveau.VWO, D(2023, 5, 20)),))
    # Too late; a higher eindtoets needed a heroverweging, but with no deadline and no duty to
    # raise (legacy regime) that is no defect.
    assert codes(d, D(2023, 6, 1)) == [C.DEFINITIEF_ADVIES_TE_LAAT]
    leeg = dossier(doorstroomtoetsen=(uitslag(Niveau.VWO, D(2023, 1, 20)),))
    assert codes(leeg, D(2023, 3, 1)) == [C.DEFINITIEF_ADVIES_ONTBREEKT]


def test_onbekend_jaar_is_aandachtspunt_geen_stilte() -> None:
    d = dossier(schooladviezen=(voorlopig(Niveau.VWO, D(2029, 1, 15)),))
    assert codes(d, D(2029, 5, 1)) == []
    assert "Overstapkalender onbekend" in onderwerpen(d, D(2029, 5, 1))
    toetsjaar = dossier(schooladviezen=(voorlopig(Niveau.VWO),))
    assert "Overstapdatum niet geverifieerd" in onderwerpen(toetsjaar, D(2026, 2, 1))


# --- PV-03: OKR and the VO decision -------------------------------------------------------------


@given(
    st.lists(
        st.tuples(st.sampled_from([BAO, LYCEUM, PRO]), st.integers(min_value=0, max_value=6)),
        min_size=1,
        max_size=8,
    )
)
def test_eerste_inschrijving_elders_zoals_door_alle_inschrijvingen(
    gegeven: list[tuple[School, int]],
) -> None:
    """The index of one question finds, for each enrolment, the enrolment the OKR text names:
    the earliest at another school from its first day on, the first in the dossier on a tie;
    also past runs of enrolments at the same school."""
    alle = [
        Inschrijving(leerling=LL, school=school, ingeschreven_op=D(2026, 8, 1 + dag))
        for school, dag in gegeven
    ]
    elders = _EersteElders(alle)
    for oud in alle:
        nieuw = [
            i for i in alle if i.school != oud.school and oud.ingeschreven_op <= i.ingeschreven_op
        ]
        verwacht = min(nieuw, key=lambda i: i.ingeschreven_op) if nieuw else None
        assert elders.na(oud) is verwacht


def test_okr_ontbreekt_bij_vertrek() -> None:
    weg = attrs.evolve(GROEP8, uitgeschreven_op=D(2026, 8, 1))
    vo = Inschrijving(leerling=LL, school=LYCEUM, ingeschreven_op=D(2026, 8, 1))
    d = Dossier(leerling=LL, inschrijvingen=(weg, vo))
    assert codes(d, D(2026, 9, 1)) == [C.OKR_ONTBREEKT]
    okr = OnderwijskundigRapport(leerling=LL, school=BAO, aan=LYCEUM, opgesteld_op=D(2026, 3, 20))
    assert codes(attrs.evolve(d, onderwijskundige_rapporten=(okr,)), D(2026, 9, 1)) == []


def test_okr_aandachtspunt_bij_vo_aanmelding() -> None:
    d = dossier(aanmeldingen=(aanmelding(LYCEUM, D(2026, 3, 25)),))
    assert "Onderwijskundig rapport bij de aanmelding" in onderwerpen(d, D(2026, 3, 26))


def test_vo_mag_niet_op_toetsadvies_of_onder_schooladvies() -> None:
    basis = dossier(schooladviezen=(voorlopig(Niveau.HAVO_VWO), definitief(Niveau.HAVO_VWO)))

    def besluit(niveau: Niveau | None, grond: Brugklasgrond, school: School = LYCEUM) -> Dossier:
        b = Brugklasbesluit(
            leerling=LL, school=school, op=D(2026, 4, 20), niveau=niveau, grond=grond
        )
        return attrs.evolve(basis, brugklasbesluiten=(b,))

    assert codes(besluit(Niveau.HAVO, Brugklasgrond.SCHOOLADVIES), D(2026, 5, 1)) == []
    assert codes(besluit(Niveau.VMBO_GT, Brugklasgrond.SCHOOLADVIES), D(2026, 5, 1)) == [
        C.VO_PLAATSING_ONDER_SCHOOLADVIES
    ]
    assert codes(besluit(None, Brugklasgrond.TOETSADVIES), D(2026, 5, 1)) == [
        C.VO_BESLUIT_OP_TOETSADVIES
    ]
    geweigerd = besluit(None, Brugklasgrond.NIVEAU_NIET_AANGEBODEN)
    assert codes(geweigerd, D(2026, 5, 1)) == []
    assert "Weigering door de vo-school" in onderwerpen(geweigerd, D(2026, 5, 1))
    # PrO: the advies is not decisive (PV-06).
    assert codes(besluit(Niveau.PRO, Brugklasgrond.TOETSADVIES, PRO), D(2026, 5, 1)) == []


# --- P7, P8 and PV-07: Zuid-Kennemerland only as aandachtspunten ---------------------------------


def mdo(op: dt.date, soort: Mdosoort = Mdosoort.MDO_O, **kw: object) -> Mdo:
    velden: dict[str, Any] = {
        "deelnemers": (Mdodeelnemer.OUDERS, Mdodeelnemer.BASISSCHOOL, Mdodeelnemer.VO_SCHOOL),
        "behoeften_verstuurd_op": op - dt.timedelta(days=7),
        "vo_school": LYCEUM,
        **kw,
    }
    return Mdo(leerling=LL, soort=soort, op=op, basisschool=BAO, **velden)


@pytest.mark.parametrize(
    ("op", "buiten"),
    [
        (D(2027, 2, 2), True),
        (D(2027, 2, 1), False),
        (D(2026, 11, 1), False),
        (D(2026, 10, 31), True),
        (D(2025, 11, 1), False),
        (D(2026, 2, 1), False),
    ],
)
def test_p7_mdo_o_venster(op: dt.date, buiten: bool) -> None:
    d = dossier(mdos=(mdo(op),))
    assert ("MDO-O buiten de regionale periode" in onderwerpen(d, op, ZK)) is buiten
    # Never under the statute, and never a defect.
    assert "MDO-O buiten de regionale periode" not in onderwerpen(d, op)
    assert not any(c.value.startswith("mdo") for c in codes(d, op, ZK))


def test_mdo_deelnemers_en_behoeften_vooraf() -> None:
    d = dossier(
        mdos=(mdo(D(2025, 12, 1), deelnemers=(Mdodeelnemer.OUDERS,), behoeften_verstuurd_op=None),)
    )
    punten = onderwerpen(d, D(2025, 12, 1), ZK)
    assert "MDO-O zonder vaste deelnemers" in punten
    assert "Onderwijsbehoeften niet vooraf bij de vo-school" in punten


@pytest.mark.parametrize(
    ("ontvangen", "te_vroeg"),
    [
        (D(2025, 12, 31), True),
        (D(2026, 1, 1), False),
        (D(2026, 12, 31), True),
        (D(2027, 1, 1), False),
    ],
)
def test_p8_lwoo_pro_aanmelden_vanaf_1_januari(ontvangen: dt.date, te_vroeg: bool) -> None:
    d = dossier(aanmeldingen=(aanmelding(PRO, ontvangen),))
    punten = onderwerpen(d, ontvangen, ZK)
    assert ("Lwoo of PrO: aanmelden vanaf 1 januari" in punten) is te_vroeg
    assert "Geen MDO-T" in punten
    met_t = attrs.evolve(d, mdos=(mdo(ontvangen, Mdosoort.MDO_T, vo_school=PRO),))
    assert "Geen MDO-T" not in onderwerpen(met_t, ontvangen, ZK)


def test_lwoo_aanvraag_maakt_vroege_aanmelding_zichtbaar() -> None:
    lwoo = LwooAanwijzing(leerling=LL, swv=SWV_VO, aanvrager=LYCEUM, aangevraagd_op=D(2025, 12, 15))
    d = dossier(aanmeldingen=(aanmelding(LYCEUM, D(2025, 12, 15)),), lwoo_aanwijzingen=(lwoo,))
    assert "Lwoo of PrO: aanmelden vanaf 1 januari" in onderwerpen(d, D(2025, 12, 20), ZK)


def test_loting_voor_mdo_o() -> None:
    loting = Loting(
        leerling=LL,
        school=LYCEUM,
        bekend_op=D(2025, 11, 1),
        uitkomst=Lotingsuitkomst.INGELOOT,
        uitkomst_op=D(2025, 12, 1),
    )
    d = dossier(lotingen=(loting,), mdos=(mdo(D(2026, 1, 15)),))
    assert "Loting vóór het MDO-O" in onderwerpen(d, D(2026, 2, 1), ZK)


# --- P9: PrO and lwoo criteria -------------------------------------------------------------------


def resultaten(**achterstand: str) -> tuple[Toetsresultaat, ...]:
    namen = {"BL": Domein.BEGRIJPEND_LEZEN, "TL": Domein.TECHNISCH_LEZEN}
    namen |= {"IR": Domein.INZICHTELIJK_REKENEN, "SP": Domein.SPELLEN}
    return tuple(
        Toetsresultaat(
            domein=namen[k], achterstand=Decimal(v), toets=f"LVS {k}", afgenomen_op=D(2026, 1, 12)
        )
        for k, v in achterstand.items()
    )


def iq(waarde: int) -> Intelligentiemeting:
    return Intelligentiemeting(iq=waarde, toets="WISC-V", afgenomen_op=D(2025, 11, 3))


def test_p9_pro_criteria() -> None:
    alle = resultaten(BL="0.55", TL="0.60", IR="0.30", SP="0.20")
    assert pro_criteria(iq(72), alle).uitkomst is Criteriumuitkomst.VOLDOET
    grens = pro_criteria(iq(78), alle)
    assert grens.uitkomst is Criteriumuitkomst.GRENSGEVAL
    assert "motivering" in grens.uitleg
    niet = pro_criteria(iq(72), resultaten(TL="0.60", SP="0.55"))
    assert niet.uitkomst is Criteriumuitkomst.VOLDOET_NIET
    assert pro_criteria(iq(54), alle).uitkomst is Criteriumuitkomst.VOLDOET_NIET
    assert pro_criteria(iq(81), alle).uitkomst is Criteriumuitkomst.VOLDOET_NIET
    assert "WISC-V" in pro_criteria(iq(72), alle).uitleg


def test_criteria_weigeren_verkeerde_invoer() -> None:
    with pytest.raises(OngeldigeInvoer):
        Intelligentiemeting(iq=True, toets="x", afgenomen_op=D(2026, 1, 1))
    with pytest.raises(OngeldigeInvoer):
        resultaten(BL="1.5")
    with pytest.raises(OngeldigeInvoer):
        pro_criteria(iq(72), fout("BL 0.6"))
    with pytest.raises(OngeldigeInvoer):
        pro_criteria(fout(72), ())
    with pytest.raises(OngeldigeInvoer):
        lwoo_criteria(fout("landelijk"), iq(80), ())


def test_lwoo_criteria_zijn_invoer_van_het_swv() -> None:
    eigen = LwooCriteria(
        iq_van=75,
        iq_tot=90,
        achterstand_minimaal=Decimal("0.25"),
        domeinen=2,
        grondslag=(Bron(wet="Ondersteuningsplan SWV VO", artikel="§ 5"),),
    )
    assert lwoo_criteria(eigen, iq(85), resultaten(BL="0.3", IR="0.3")).uitkomst is (
        Criteriumuitkomst.VOLDOET
    )
    assert lwoo_criteria(eigen, iq(85), resultaten(BL="0.3")).uitkomst is (
        Criteriumuitkomst.VOLDOET_NIET
    )
    with pytest.raises(OngeldigeInvoer):
        attrs.evolve(eigen, domeinen=5)


# --- P10, P11 -----------------------------------------------------------------------------------


def test_p10_tien_weken_voor_het_schooljaar_beide_lezingen() -> None:
    assert aanmelden_advies(D(2026, 8, 1), schoolsoort=Schoolsoort.VO).einde == D(2026, 5, 23)
    assert aanmelden_advies(D(2026, 8, 17), schoolsoort=Schoolsoort.VO).einde == D(2026, 6, 8)


def test_p11_school_vol_y_houdt_zorgplicht() -> None:
    y = Inschrijving(leerling=LL, school=BAO, ingeschreven_op=D(2024, 8, 26))
    x = attrs.evolve(BAO, brin="11XX", naam="School X")
    vol = Aanmelding(
        leerling=LL,
        school=x,
        ontvangen_op=D(2025, 10, 6),
        ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
        uitzondering=Uitzondering.SCHOOL_VOL,
    )
    # P11's premise: X is full for every applicant and published it (PL-04).
    lijst = Capaciteit(
        school=x, vastgesteld_op=D(2025, 9, 1), vol_voor_iedereen=True, gepubliceerd=True
    )
    d = Dossier(leerling=LL, inschrijvingen=(y,), aanmeldingen=(vol,), capaciteiten=(lijst,))
    o = zorgplicht(d, D(2025, 10, 7))
    assert (o.reden, o.school) == (ZorgplichtReden.INGESCHREVEN, BAO)


# --- PV-05, PV-08: zorgplicht with loting -------------------------------------------------------


def loting(school: School, uitkomst: Lotingsuitkomst | None, op: dt.date | None) -> Loting:
    return Loting(
        leerling=LL, school=school, bekend_op=D(2026, 3, 25), uitkomst=uitkomst, uitkomst_op=op
    )


def test_pv05_zorgplicht_pas_na_inloting() -> None:
    eerste = aanmelding(LYCEUM, D(2026, 3, 25), voorkeur=1)
    tweede = aanmelding(COLLEGE, D(2026, 4, 14), voorkeur=2)
    uit = loting(LYCEUM, Lotingsuitkomst.UITGELOOT, D(2026, 4, 10))
    d = dossier(aanmeldingen=(eerste, tweede), lotingen=(uit,))
    # Before the draw: the VO school waits, the PO school keeps its enrolled pupil.
    voor = zorgplicht(d, D(2026, 4, 1))
    assert (voor.reden, voor.school) == (ZorgplichtReden.INGESCHREVEN, BAO)
    assert "ingeloot" in voor.uitleg
    # Uitgeloot: that aanmelding no longer counts; the next one does, from its receipt.
    na = zorgplicht(d, D(2026, 4, 14))
    assert (na.reden, na.school, na.sinds) == (ZorgplichtReden.AANMELDING, COLLEGE, D(2026, 4, 14))
    assert "uitgeloot" in na.uitleg
    assert "De leerling staat ingeschreven bij De Linde" in na.uitleg
    # Uitgeloot without another aanmelding: a point for the parents.
    alleen = dossier(aanmeldingen=(eerste,), lotingen=(uit,))
    assert "Uitgeloot: tijdig elders aanmelden" in onderwerpen(alleen, D(2026, 4, 11))


def test_pv05_ingeloot_zorgplicht_vanaf_inloting() -> None:
    d = dossier(
        aanmeldingen=(aanmelding(LYCEUM, D(2026, 3, 25)),),
        lotingen=(loting(LYCEUM, Lotingsuitkomst.INGELOOT, D(2026, 4, 10)),),
    )
    o = zorgplicht(d, D(2026, 4, 20))
    assert (o.reden, o.school, o.sinds) == (ZorgplichtReden.AANMELDING, LYCEUM, D(2026, 4, 10))
    assert o.ingeschreven_bij == BAO
    assert "Dubbele positie po en vo" in onderwerpen(d, D(2026, 4, 20))


def test_zonder_loting_vanaf_ontvangst() -> None:
    d = dossier(aanmeldingen=(aanmelding(LYCEUM, D(2026, 3, 25)),))
    o = zorgplicht(d, D(2026, 3, 25))
    assert (o.reden, o.school, o.sinds) == (ZorgplichtReden.AANMELDING, LYCEUM, D(2026, 3, 25))


# --- lopende_termijnen: the milestones that apply ----------------------------------------------


def test_mijlpalen_van_het_overstapjaar() -> None:
    d = dossier(mdos=(mdo(D(2025, 12, 1)),))
    namen = [t.naam for t in lopende_termijnen(d, D(2025, 12, 1))]
    assert namen == [
        "Overstap 2025-2026: voorlopig schooladvies",
        "Overstap 2025-2026: toetsuitslag",
        "Overstap 2025-2026: definitief schooladvies",
        "Overstap 2025-2026: centrale aanmeldweek",
    ]
    verder = attrs.evolve(
        d, schooladviezen=(voorlopig(Niveau.VWO),), doorstroomtoetsen=(uitslag(Niveau.VWO),)
    )
    namen = [t.naam for t in lopende_termijnen(verder, D(2026, 3, 14))]
    assert namen == [
        "Overstap 2025-2026: definitief schooladvies",
        "Overstap 2025-2026: centrale aanmeldweek",
    ]
    # Not an overstap dossier: no milestones.
    assert (
        list(lopende_termijnen(Dossier(leerling=LL, inschrijvingen=(GROEP8,)), D(2026, 1, 1))) == []
    )


def test_ocw_termijn_naast_de_wettelijke() -> None:
    d = dossier(aanmeldingen=(aanmelding(LYCEUM, D(2026, 3, 25)),))
    eindes = sorted(t.einde for t in lopende_termijnen(d, D(2026, 4, 1), beleid=OCW))
    assert eindes == [D(2026, 5, 6), D(2026, 5, 12)]
    assert [t.einde for t in lopende_termijnen(d, D(2026, 4, 1))] == [D(2026, 5, 6)]


# --- records: strict, consistent, JSON ---------------------------------------------------------


def test_records_weigeren_verkeerde_typen() -> None:
    with pytest.raises(OngeldigeInvoer):
        Doorstroomtoets(
            leerling=LL,
            school=BAO,
            ontvangen_op=D(2026, 3, 1),
            vrijgesteld=fout(0),
            toetsadvies=None,
        )
    with pytest.raises(TegenstrijdigDossier):
        Doorstroomtoets(
            leerling=LL,
            school=BAO,
            ontvangen_op=D(2026, 3, 1),
            vrijgesteld=True,
            toetsadvies=Niveau.VWO,
        )
    with pytest.raises(OngeldigeInvoer):
        Doorstroomtoets(
            leerling=LL,
            school=BAO,
            ontvangen_op=D(2026, 3, 1),
            vrijgesteld=False,
            toetsadvies=fout("vwo"),
        )
    with pytest.raises(OngeldigeInvoer):
        mdo(D(2025, 12, 1), deelnemers=fout(("ouders",)))
    with pytest.raises(OngeldigeInvoer):
        Heroverweging(leerling=LL, school=BAO, op=D(2026, 3, 18), niveau=Niveau.HAVO, redenen=" ")
    with pytest.raises(TegenstrijdigDossier):
        loting(LYCEUM, Lotingsuitkomst.INGELOOT, None)
    with pytest.raises(OngeldigeInvoer):
        Loting(
            leerling=LL,
            school=LYCEUM,
            bekend_op=D(2026, 3, 25),
            uitkomst=fout("ingeloot"),
            uitkomst_op=D(2026, 4, 1),
        )
    with pytest.raises(OngeldigeInvoer):
        Brugklasbesluit(
            leerling=LL,
            school=LYCEUM,
            op=D(2026, 4, 1),
            niveau=fout("havo"),
            grond=Brugklasgrond.ANDERS,
        )
    po = Samenwerkingsverband(id="PO", naam="SWV PO", sector=Sector.PO)
    with pytest.raises(OngeldigeInvoer):
        LwooAanwijzing(leerling=LL, swv=po, aanvrager=LYCEUM, aangevraagd_op=D(2026, 1, 5))
    with pytest.raises(TegenstrijdigDossier):
        LwooAanwijzing(
            leerling=LL, swv=SWV_VO, aanvrager=LYCEUM, aangevraagd_op=D(2026, 1, 5), afgegeven=True
        )
    with pytest.raises(OngeldigeInvoer):
        LwooAanwijzing(
            leerling=LL,
            swv=SWV_VO,
            aanvrager=LYCEUM,
            aangevraagd_op=D(2026, 1, 5),
            besluit_op=D(2026, 2, 1),
            afgegeven=fout(1),
        )
    ander = Leerling(id="ll-9", geboortedatum=D(2014, 1, 1))
    with pytest.raises(TegenstrijdigDossier):
        Dossier(leerling=ander, schooladviezen=(voorlopig(Niveau.VWO),))


def test_niveau_is_geordend() -> None:
    assert Niveau.PRO < Niveau.VMBO_BB < Niveau.VMBO_BB_KB < Niveau.VMBO_KB < Niveau.VMBO_KB_GT
    assert Niveau.VMBO_GT < Niveau.VMBO_GT_HAVO < Niveau.HAVO < Niveau.HAVO_VWO < Niveau.VWO
    assert Niveau.VWO >= Niveau.VWO
    assert Niveau.HAVO <= Niveau.HAVO
    assert Niveau.VWO > Niveau.PRO
    with pytest.raises(TypeError):
        sorted([Niveau.HAVO, fout(3)])
    for op in ("__le__", "__gt__", "__ge__"):
        assert getattr(Niveau.HAVO, op)(3) is NotImplemented


def test_stand_op_laat_latere_feiten_weg() -> None:
    lw = LwooAanwijzing(
        leerling=LL,
        swv=SWV_VO,
        aanvrager=LYCEUM,
        aangevraagd_op=D(2026, 1, 5),
        besluit_op=D(2026, 2, 1),
        afgegeven=True,
    )
    assert lw.stand_op(D(2026, 1, 4)) is None
    assert lw.stand_op(D(2026, 1, 10)) == attrs.evolve(lw, besluit_op=None, afgegeven=None)
    assert lw.stand_op(D(2026, 2, 1)) == lw
    okr = OnderwijskundigRapport(
        leerling=LL,
        school=BAO,
        aan=LYCEUM,
        opgesteld_op=D(2026, 3, 1),
        kopie_ouders_op=D(2026, 3, 5),
    )
    assert okr.stand_op(D(2026, 3, 2)) == attrs.evolve(okr, kopie_ouders_op=None)
    assert okr.stand_op(D(2026, 2, 28)) is None
    lot = loting(LYCEUM, Lotingsuitkomst.INGELOOT, D(2026, 4, 10))
    assert lot.stand_op(D(2026, 3, 24)) is None
    assert lot.stand_op(D(2026, 4, 9)) == loting(LYCEUM, None, None)


def test_overstapdossier_over_de_json_grens() -> None:
    d = dossier(
        schooladviezen=(voorlopig(Niveau.HAVO), definitief(Niveau.HAVO_VWO)),
        doorstroomtoetsen=(uitslag(Niveau.HAVO_VWO), uitslag(None)),
        heroverwegingen=(
            Heroverweging(leerling=LL, school=BAO, op=D(2026, 3, 18), niveau=Niveau.HAVO_VWO),
        ),
        onderwijskundige_rapporten=(
            OnderwijskundigRapport(
                leerling=LL, school=BAO, aan=LYCEUM, opgesteld_op=D(2026, 3, 20)
            ),
        ),
        mdos=(mdo(D(2025, 12, 1)),),
        lotingen=(loting(LYCEUM, Lotingsuitkomst.INGELOOT, D(2026, 4, 10)),),
        brugklasbesluiten=(
            Brugklasbesluit(
                leerling=LL,
                school=LYCEUM,
                op=D(2026, 4, 20),
                niveau=Niveau.HAVO_VWO,
                grond=Brugklasgrond.SCHOOLADVIES,
            ),
        ),
        lwoo_aanwijzingen=(
            LwooAanwijzing(leerling=LL, swv=SWV_VO, aanvrager=LYCEUM, aangevraagd_op=D(2026, 1, 5)),
        ),
    )
    assert pjson.loads(pjson.dumps(d), Dossier) == d
    tekst = pjson.dumps(d, indent=2)
    assert '"toetsadvies": "havo/vwo"' in tekst
    tekst = tekst.replace('"toetsadvies": "havo/vwo"', '"toetsadvies": "gymnasium"', 1)
    with pytest.raises(OngeldigeInvoer):
        pjson.loads(tekst, Dossier)
    assert "<table" in d.schooladviezen[0]._repr_html_()


def test_demo_toont_een_overstapleerling() -> None:
    import io

    from passend._cli import main

    uit = io.StringIO()
    assert main(["demo"], uit) == 0
    tekst = uit.getvalue()
    assert "Overstap po-vo: leerling ll-overstap" in tekst
    assert "2025-12-15: Stichting Primair (ingeschreven)" in tekst
    assert "Loopt: Overstap 2025-2026: centrale aanmeldweek, uiterlijk 2026-03-31" in tekst
    # Uitgeloot at the first school: the next aanmelding counts (PV-05).
    assert "2026-04-14: Stichting Spaarne VO (aanmelding)" in tekst
    assert "Aandachtspunt: Dubbele positie po en vo" in tekst
