"""The procedural audit ``toets``: a readable example dossier per defect code.

Each sector has one clean dossier (a procedure done by the book, no defects); each test removes
or changes the one step it is about and checks the defect, its GPO category and the dates in
its explanation. Expected dates come from rules.md (E1, E7, E13, SCH-01), not from the code.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from passend import (
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Bezwaar,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    Gebrek,
    GebrekCode,
    Gehoord,
    Gehoorde,
    GpoReden,
    Handelingsdeel,
    Informatieverzoek,
    Inschrijving,
    Kalender,
    Leerling,
    NietBekend,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Opp,
    Opschortingsinterval,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schorsing,
    Sector,
    TegenstrijdigDossier,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
    Verwijdering,
    aandachtspunten,
    catalogus,
    lopende_termijnen,
    toets,
)
from passend._bronnen import WVO_8_15_HOREN, WVO_8_15_INSPECTIE, WVO_8_15_MOTIVERING

C = GebrekCode

D = dt.date
BIJZONDER = Schoolbestuur(id="b-1", naam="Stichting De Linde", soort=Bestuurssoort.BIJZONDER)
OPENBAAR = Schoolbestuur(id="b-2", naam="Gemeente Haarlem", soort=Bestuurssoort.OPENBAAR)
BAO = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BIJZONDER)
ANDERE_BAO = School(brin="13AB", naam="De Eik", soort=Schoolsoort.BAO, bestuur=OPENBAAR)
SBO = School(brin="34CD", naam="De Brug", soort=Schoolsoort.SBO, bestuur=BIJZONDER)
SO = School(brin="56EF", naam="De Sterre", soort=Schoolsoort.SO, bestuur=BIJZONDER, cluster=4)
ANDERE_SO = School(brin="57EF", naam="Het Baken", soort=Schoolsoort.SO, bestuur=BIJZONDER)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV Zuid-Kennemerland", sector=Sector.PO)
VO = School(brin="78GH", naam="Het Lyceum", soort=Schoolsoort.VO, bestuur=OPENBAAR)
ANDERE_VO = School(brin="79GH", naam="Het College", soort=Schoolsoort.VO, bestuur=OPENBAAR)

#: Born 2017: 8 years old in the 2026 examples.
KIND = Leerling(id="ll-po", geboortedatum=D(2017, 5, 1))
#: Born 2010: 15 years old in 2026, leerplichtig.
TIENER = Leerling(id="ll-vo", geboortedatum=D(2010, 9, 1))

#: The verwijderingsbesluit of rules.md E13 (bijzondere school, uitgereikt ma 2026-02-02).
BESLUIT = D(2026, 2, 2)
NA_AFLOOP = D(2026, 9, 1)
TLV_BESLUIT = D(2026, 1, 20)


def po_dossier() -> Dossier:
    """A PO verwijdering done by the book, with a bezwaar, a schorsing and an aanmelding."""
    verwijdering = Verwijdering(
        leerling=KIND,
        school=BAO,
        besluit_op=BESLUIT,
        gehoord=(
            Gehoord(wie=Gehoorde.LEERKRACHT, op=D(2026, 1, 26)),
            Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 1, 27)),
        ),
        andere_school=ANDERE_BAO,
        andere_school_bereid_op=D(2026, 1, 29),
        gemotiveerd=True,
        voornemen_gemotiveerd=True,
        bezwaar=Bezwaar(
            ontvangen_op=D(2026, 3, 11), ouders_gehoord_op=D(2026, 3, 25), beslist_op=D(2026, 4, 1)
        ),
    )
    return Dossier(
        leerling=KIND,
        aanmeldingen=(
            Aanmelding(
                leerling=KIND,
                school=ANDERE_BAO,
                ontvangen_op=D(2026, 1, 28),
                ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
                besluit=Toelatingsbesluit(
                    datum=D(2026, 2, 20), uitkomst=Toelatingsuitkomst.TOEGELATEN
                ),
            ),
        ),
        verwijderingen=(verwijdering,),
        schorsingen=(
            Schorsing(
                leerling=KIND,
                school=BAO,
                begin=D(2026, 1, 12),
                einde=D(2026, 1, 16),
                schriftelijk=True,
                inspectie_gemeld_op=D(2026, 1, 12),
                hangende_verwijdering=True,
            ),
        ),
    )


def so_dossier() -> Dossier:
    """An SO (WEC) verwijdering to another SO school, with the TLV that school needs.

    The pupil is enrolled at De Sterre since 2025-08-25 with an OPP done by the book (every SO
    pupil needs one), so the whole dossier, not only the verwijdering, is clean.
    """
    verwijdering = attrs.evolve(
        po_dossier().verwijderingen[0], school=SO, andere_school=ANDERE_SO, bezwaar=None
    )
    opp = Opp(
        leerling=KIND,
        school=SO,
        vastgesteld_op=D(2025, 9, 29),  # within six weeks of 2025-08-25 (ends 2025-10-06)
        uitstroombestemming="vso, vervolgonderwijs",
        belemmerende_factoren=("prikkelverwerking",),
        bevorderende_factoren=("motivatie",),
        handelingsdeel=Handelingsdeel(ondersteuning="kleine groep, vaste begeleider"),
        oogo_op=D(2025, 9, 22),
        instemming_op=D(2025, 9, 29),
        leerling_gehoord_op=D(2025, 9, 22),
    )
    return Dossier(
        leerling=KIND,
        inschrijvingen=(Inschrijving(leerling=KIND, school=SO, ingeschreven_op=D(2025, 8, 25)),),
        opps=(opp,),
        verwijderingen=(verwijdering,),
        tlvs=(tlv(),),
    )


def tlv(categorie: TlvCategorie = TlvCategorie.SO_MIDDEN, besluit_op: dt.date = TLV_BESLUIT) -> Tlv:
    """A TLV afgegeven by the SWV before the verwijderingsbesluit."""
    return Tlv(
        leerling=KIND,
        swv=SWV,
        categorie=categorie,
        aangevraagd_op=D(2025, 12, 1),
        aanvrager=SO,
        besluit_op=besluit_op,
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=D(2026, 2, 1),
        einddatum=D(2027, 7, 31),
        adviezen=(
            Deskundigenadvies(deskundige=Deskundige.ORTHOPEDAGOOG, datum=D(2025, 12, 8)),
            Deskundigenadvies(deskundige=Deskundige.KINDERPSYCHIATER, datum=D(2025, 12, 15)),
        ),
        ouders_gehoord_op=D(2026, 1, 6),
    )


def vo_dossier() -> Dossier:
    """A VO verwijdering at an openbare school, for a leerplichtige pupil of 15, by the book."""
    verwijdering = Verwijdering(
        leerling=TIENER,
        school=VO,
        besluit_op=BESLUIT,
        leerplichtig=True,
        gehoord=(
            Gehoord(wie=Gehoorde.LEERLING, op=D(2026, 1, 20)),
            Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 1, 20)),
        ),
        inspectie_overleg_op=D(2026, 1, 22),
        inspectie_gemeld_op=BESLUIT,
        andere_school=ANDERE_VO,
        andere_school_bereid_op=D(2026, 1, 29),
        gemotiveerd=True,
        voornemen_gemotiveerd=True,
        # Awb: bezwaartermijn ends 2026-03-16; decision within 6 weeks after: 2026-04-27. The
        # parents are heard first (Awb 7:2).
        bezwaar=Bezwaar(
            ontvangen_op=D(2026, 3, 2), ouders_gehoord_op=D(2026, 4, 14), beslist_op=D(2026, 4, 20)
        ),
    )
    schorsing = Schorsing(
        leerling=TIENER,
        school=VO,
        begin=D(2026, 1, 12),
        einde=D(2026, 1, 12),
        schriftelijk=True,
    )
    return Dossier(leerling=TIENER, verwijderingen=(verwijdering,), schorsingen=(schorsing,))


def met_verwijdering(dossier: Dossier, **wijziging: Any) -> Dossier:
    """The dossier with its (one) verwijdering changed."""
    return attrs.evolve(
        dossier, verwijderingen=(attrs.evolve(dossier.verwijderingen[0], **wijziging),)
    )


def met_bezwaar(dossier: Dossier, **wijziging: Any) -> Dossier:
    """The dossier with the bezwaar of its (one) verwijdering changed."""
    bezwaar = dossier.verwijderingen[0].bezwaar
    assert bezwaar is not None
    return met_verwijdering(dossier, bezwaar=attrs.evolve(bezwaar, **wijziging))


def met_schorsing(dossier: Dossier, **wijziging: Any) -> Dossier:
    """The dossier with its (first) schorsing changed."""
    return attrs.evolve(dossier, schorsingen=(attrs.evolve(dossier.schorsingen[0], **wijziging),))


def met_aanmelding(dossier: Dossier, **wijziging: Any) -> Dossier:
    """The dossier with its (one) aanmelding changed."""
    return attrs.evolve(dossier, aanmeldingen=(attrs.evolve(dossier.aanmeldingen[0], **wijziging),))


def codes(dossier: Dossier, op: dt.date = NA_AFLOOP, beleid: Beleid | None = None) -> list[str]:
    return [g.code.value for g in toets(dossier, op, beleid=beleid)]


def gebrek_met_beleid(dossier: Dossier, code: GebrekCode, beleid: Beleid) -> Gebrek:
    (gevonden,) = [g for g in toets(dossier, NA_AFLOOP, beleid=beleid) if g.code is code]
    return gevonden


def gebrek(dossier: Dossier, code: GebrekCode, op: dt.date = NA_AFLOOP) -> Gebrek:
    (gevonden,) = [g for g in toets(dossier, op) if g.code is code]
    return gevonden


# --- Clean dossiers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dossier", [po_dossier(), so_dossier(), vo_dossier()], ids=["po", "so", "vo"]
)
def test_schoon_dossier_per_sector_heeft_geen_gebreken(dossier: Dossier) -> None:
    for op in (D(2026, 1, 12), BESLUIT, D(2026, 3, 20), NA_AFLOOP):
        assert toets(dossier, op) == (), op


# --- The acceptance example (issue 5) ---------------------------------------------------------


def test_po_verwijdering_zonder_leraar_en_zonder_andere_school() -> None:
    dossier = met_verwijdering(
        po_dossier(),
        gehoord=(Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 1, 27)),),
        andere_school=None,
        andere_school_bereid_op=None,
    )
    gebreken = {g.code: g for g in toets(dossier, BESLUIT)}
    assert set(gebreken) == {
        C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD,
        C.VERWIJDERING_ZONDER_ANDERE_SCHOOL,
    }
    leraar = gebreken[C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD]
    assert leraar.gpo_reden is GpoReden.LEERKRACHT_NIET_GEHOORD
    assert "2026-02-02" in leraar.uitleg
    assert [str(b) for b in leraar.grondslag] == ["WPO art. 40 lid 11"]
    zonder = gebreken[C.VERWIJDERING_ZONDER_ANDERE_SCHOOL]
    assert zonder.gpo_reden is GpoReden.TE_WEINIG_INSPANNING
    # With both steps recorded the same dossier is clean again.
    assert toets(po_dossier(), BESLUIT) == ()


def test_po_schorsing_van_9_tot_18_maart_is_te_lang() -> None:
    dossier = met_schorsing(po_dossier(), begin=D(2026, 3, 9), einde=D(2026, 3, 18))
    te_lang = gebrek(dossier, C.SCHORSING_TE_LANG)
    assert te_lang.gpo_reden is None  # the GPO does not handle schorsing as such (SCH-03)
    assert "10 kalenderdagen" in te_lang.uitleg
    assert "zondag 2026-03-15" in te_lang.uitleg  # SCH-01 quick check: 09-03 → at most 15-03
    assert "ook als de school de leerling wil verwijderen" in te_lang.uitleg
    assert codes(met_schorsing(dossier, einde=D(2026, 3, 15))) == []


# --- Verwijdering -----------------------------------------------------------------------------


def test_ouders_niet_gehoord_po() -> None:
    dossier = met_verwijdering(
        po_dossier(), gehoord=(Gehoord(wie=Gehoorde.LEERKRACHT, op=D(2026, 1, 26)),)
    )
    ouders = gebrek(dossier, C.VERWIJDERING_OUDERS_NIET_GEHOORD)
    assert ouders.gpo_reden is GpoReden.OUDERS_NIET_GEHOORD
    # Bijzondere school: WPO art. 40 lid 11 and art. 63 (OQ 5: both articles are cited).
    assert [str(b) for b in ouders.grondslag] == ["WPO art. 40 lid 11", "WPO art. 63 lid 2"]
    # The hearing is VER-03, not the motivering of a refusal (BES-04).
    assert [b.regel for b in ouders.grondslag] == ["VER-01", "VER-03"]
    so = met_verwijdering(
        so_dossier(), gehoord=(Gehoord(wie=Gehoorde.LEERKRACHT, op=D(2026, 1, 26)),)
    )
    so_ouders = gebrek(so, C.VERWIJDERING_OUDERS_NIET_GEHOORD)
    assert [(str(b), b.regel) for b in so_ouders.grondslag] == [
        ("WEC art. 40 lid 18", "VER-01"),
        ("WEC art. 61", "VER-03"),
    ]


def test_horen_na_het_besluit_telt_niet() -> None:
    dossier = met_verwijdering(
        po_dossier(),
        gehoord=(
            Gehoord(wie=Gehoorde.LEERKRACHT, op=D(2026, 1, 26)),
            Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 2, 3)),
        ),
    )
    assert codes(dossier) == ["verwijdering_ouders_niet_gehoord"]


def test_openbare_po_school_hoort_ouders_volgens_awb() -> None:
    dossier = met_verwijdering(
        po_dossier(), school=attrs.evolve(BAO, bestuur=OPENBAAR), gehoord=(), bezwaar=None
    )
    ouders = gebrek(dossier, C.VERWIJDERING_OUDERS_NIET_GEHOORD)
    assert [str(b) for b in ouders.grondslag] == ["WPO art. 40 lid 11", "Awb art. 4:8"]


def test_vo_leerling_en_ouders_horen() -> None:
    dossier = met_verwijdering(vo_dossier(), gehoord=())
    assert codes(dossier) == [
        "verwijdering_ouders_niet_gehoord",
        "verwijdering_leerling_niet_gehoord",
    ]
    leerling = gebrek(dossier, C.VERWIJDERING_LEERLING_NIET_GEHOORD)
    assert leerling.gpo_reden is GpoReden.PROCEDURE_NIET_GEVOLGD
    assert leerling.grondslag[0].geldig_vanaf == D(2024, 8, 1)


def test_vo_ouders_van_een_meerderjarige_hoeven_niet_gehoord() -> None:
    volwassen = Leerling(id="ll-vo", geboortedatum=D(2007, 3, 1))  # 18 on 2026-02-02
    dossier = vo_dossier()
    verwijdering = attrs.evolve(
        dossier.verwijderingen[0],
        leerling=volwassen,
        gehoord=(Gehoord(wie=Gehoorde.LEERLING, op=D(2026, 1, 20)),),
    )
    schorsing = attrs.evolve(dossier.schorsingen[0], leerling=volwassen)
    assert (
        codes(Dossier(leerling=volwassen, verwijderingen=(verwijdering,), schorsingen=(schorsing,)))
        == []
    )


def test_vo_leerling_horen_ook_voor_1_augustus_2024() -> None:
    """VER-03 as corrected: on 2024-08-01 only the place of the rule changed (WVO 2020 art.
    8.15); the pupil was heard before as well."""
    oud = met_verwijdering(
        vo_dossier(),
        besluit_op=D(2024, 7, 31),
        gehoord=(Gehoord(wie=Gehoorde.OUDERS, op=D(2024, 7, 1)),),
        inspectie_overleg_op=D(2024, 7, 1),
        inspectie_gemeld_op=D(2024, 7, 31),
        andere_school_bereid_op=D(2024, 7, 1),
        bezwaar=None,
    )
    leerling = gebrek(oud, C.VERWIJDERING_LEERLING_NIET_GEHOORD, D(2024, 8, 15))
    assert leerling.grondslag[0].geldig_vanaf == D(2021, 8, 1)
    nieuw = met_verwijdering(oud, besluit_op=D(2024, 8, 1), inspectie_gemeld_op=D(2024, 8, 1))
    assert gebrek(nieuw, C.VERWIJDERING_LEERLING_NIET_GEHOORD).grondslag == (WVO_8_15_HOREN,)


@pytest.mark.parametrize(
    ("bestuur", "bron"),
    [(BIJZONDER, "WVO 2020 art. 8.15"), (OPENBAAR, "Awb art. 4:8")],
    ids=["bijzonder", "openbaar"],
)
def test_vo_ouders_horen_ook_voor_1_augustus_2024(bestuur: Schoolbestuur, bron: str) -> None:
    """VER-03 dates only the pupil's hearing; the parents of a pupil under 18 were always heard."""
    dossier = met_verwijdering(
        vo_dossier(),
        school=attrs.evolve(VO, bestuur=bestuur),
        besluit_op=D(2023, 3, 1),
        gehoord=(Gehoord(wie=Gehoorde.LEERLING, op=D(2023, 2, 1)),),
        inspectie_overleg_op=D(2023, 2, 1),
        inspectie_gemeld_op=D(2023, 3, 1),
        andere_school_bereid_op=D(2023, 2, 1),
        bezwaar=None,
    )
    ouders = gebrek(dossier, C.VERWIJDERING_OUDERS_NIET_GEHOORD, D(2023, 4, 1))
    assert [str(b) for b in ouders.grondslag] == [bron]
    assert ouders.grondslag[0].regel == "VER-03"
    assert ouders.grondslag[0].geldig_vanaf is None  # not the 2024 pupil-hearing article


def test_vo_inspectie_overleg_voor_het_besluit() -> None:
    te_laat = met_verwijdering(vo_dossier(), inspectie_overleg_op=D(2026, 2, 3))
    assert codes(te_laat) == ["verwijdering_inspectie_niet_geraadpleegd"]
    assert codes(met_verwijdering(vo_dossier(), inspectie_overleg_op=None)) == [
        "verwijdering_inspectie_niet_geraadpleegd"
    ]


def test_vo_inspectie_informeren_over_het_besluit() -> None:
    dossier = met_verwijdering(vo_dossier(), inspectie_gemeld_op=None)
    gemist = gebrek(dossier, C.VERWIJDERING_INSPECTIE_NIET_GEINFORMEERD)
    assert "maandag 2026-02-02" in gemist.uitleg
    assert [str(b) for b in gemist.grondslag] == ["WVO 2020 art. 8.15"]


def test_vo_niet_leerplichtig_geen_overleg_en_geen_andere_school_nodig() -> None:
    dossier = met_verwijdering(
        vo_dossier(),
        leerplichtig=False,
        inspectie_overleg_op=None,
        andere_school=None,
        andere_school_bereid_op=None,
    )
    assert codes(dossier) == []


def test_vo_leerplicht_niet_vastgelegd_leest_de_geboortedatum() -> None:
    """A pupil of 15 is leerplichtig (Leerplichtwet 1969): not recorded is not "no"."""
    dossier = met_verwijdering(vo_dossier(), leerplichtig=None, inspectie_overleg_op=None)
    assert codes(dossier) == ["verwijdering_inspectie_niet_geraadpleegd"]
    onderwerpen = [p.onderwerp for p in aandachtspunten(dossier, NA_AFLOOP)]
    assert "Leerplicht niet vastgelegd" not in onderwerpen


def test_andere_school_pas_na_het_besluit_bereid() -> None:
    dossier = met_verwijdering(po_dossier(), andere_school_bereid_op=D(2026, 2, 9))
    zonder = gebrek(dossier, C.VERWIJDERING_ZONDER_ANDERE_SCHOOL)
    assert "De Eik was pas op maandag 2026-02-09 bereid" in zonder.uitleg
    assert "maandag 2026-02-02" in zonder.uitleg


def test_andere_school_zonder_bereid_datum() -> None:
    dossier = met_verwijdering(po_dossier(), andere_school_bereid_op=None)
    assert (
        "niet vastgelegd wanneer De Eik bereid was"
        in gebrek(dossier, C.VERWIJDERING_ZONDER_ANDERE_SCHOOL).uitleg
    )


def test_so_naar_andere_so_school_vraagt_een_passende_tlv() -> None:
    zonder_tlv = attrs.evolve(so_dossier(), tlvs=())
    uitleg = gebrek(zonder_tlv, C.VERWIJDERING_ZONDER_ANDERE_SCHOOL).uitleg
    assert "Het Baken is een so-school, maar er is geen passende TLV" in uitleg
    sbo_tlv = attrs.evolve(so_dossier(), tlvs=(tlv(TlvCategorie.SBO),))
    assert codes(sbo_tlv) == ["verwijdering_zonder_andere_school"]
    te_late_tlv = attrs.evolve(so_dossier(), tlvs=(tlv(besluit_op=D(2026, 2, 3)),))
    assert codes(te_late_tlv) == ["verwijdering_zonder_andere_school"]


def test_besluit_niet_schriftelijk_gemotiveerd() -> None:
    dossier = met_verwijdering(po_dossier(), gemotiveerd=False)
    motivering = gebrek(dossier, C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD)
    assert motivering.gpo_reden is GpoReden.MOTIVERING_ONVOLLEDIG
    assert [str(b) for b in motivering.grondslag] == ["WPO art. 63 lid 2"]
    openbaar = gebrek(
        met_verwijdering(vo_dossier(), gemotiveerd=False),
        C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD,
    )
    assert [str(b) for b in openbaar.grondslag] == ["Awb art. 3:46"]
    bijzonder_vo = gebrek(
        met_verwijdering(
            vo_dossier(), school=attrs.evolve(VO, bestuur=BIJZONDER), gemotiveerd=False
        ),
        C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD,
    )
    # The VO motivering has its own citation, not the Inspectie's (VER-04).
    assert bijzonder_vo.grondslag == (WVO_8_15_MOTIVERING,)
    assert WVO_8_15_MOTIVERING.regel == "VER-03"
    assert WVO_8_15_INSPECTIE.regel == "VER-04"


def nog_te_doen(dossier: Dossier, op: dt.date) -> list[str]:
    """The reminders of an intended verwijdering (VER-07): the steps still due."""
    voor = "Nog te doen vóór het besluit: "
    return [
        p.onderwerp.removeprefix(voor)
        for p in aandachtspunten(dossier, op)
        if p.onderwerp.startswith(voor)
    ]


def test_voorgenomen_verwijdering_toont_wat_nog_moet() -> None:
    voornemen = Verwijdering(leerling=KIND, school=BAO)
    dossier = Dossier(leerling=KIND, verwijderingen=(voornemen,))
    assert codes(dossier, D(2026, 1, 5)) == []
    assert nog_te_doen(dossier, D(2026, 1, 5)) == [
        "groepsleraar horen",
        "ouders horen",
        "andere school die de leerling wil toelaten",
    ]
    herinneringen = [p for p in aandachtspunten(dossier, D(2026, 1, 5)) if "Nog te" in p.onderwerp]
    assert all("de beoogde datum is niet vastgelegd" in p.uitleg for p in herinneringen)


def test_voornemen_is_bekend_vanaf_voorgenomen_op() -> None:
    voornemen = Verwijdering(leerling=KIND, school=BAO, voorgenomen_op=D(2026, 1, 5))
    dossier = Dossier(leerling=KIND, verwijderingen=(voornemen,))
    # Before the intention was recorded there was no verwijdering to check.
    assert voornemen.stand_op(D(2026, 1, 4)) is None
    assert codes(dossier, D(2026, 1, 4)) == []
    assert aandachtspunten(dossier, D(2026, 1, 4)) == ()
    assert nog_te_doen(dossier, D(2026, 1, 5)) == [
        "groepsleraar horen",
        "ouders horen",
        "andere school die de leerling wil toelaten",
    ]
    # A step dated before the recorded intention places the record earlier.
    eerder = attrs.evolve(voornemen, gehoord=(Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 1, 2)),))
    stand = eerder.stand_op(D(2026, 1, 3))
    assert stand is not None
    assert stand.voorgenomen_op is None
    assert stand.gehoord == eerder.gehoord


def test_voornemen_zonder_enige_datum_is_tijdloos_en_een_aandachtspunt() -> None:
    voornemen = Verwijdering(leerling=KIND, school=BAO)
    assert voornemen.stand_op(D(2000, 1, 1)) == voornemen
    dossier = Dossier(leerling=KIND, verwijderingen=(voornemen,))
    onderwerp = "Datum voornemen tot verwijdering niet vastgelegd"
    (punt,) = [p for p in aandachtspunten(dossier, D(2026, 1, 5)) if p.onderwerp == onderwerp]
    assert "voorgenomen_op" in punt.uitleg
    gedateerd = met_verwijdering(dossier, voorgenomen_op=D(2026, 1, 5))
    assert not [p for p in aandachtspunten(gedateerd, D(2026, 1, 5)) if p.onderwerp == onderwerp]


def test_voornemen_na_het_besluit_is_tegenstrijdig() -> None:
    with pytest.raises(TegenstrijdigDossier, match="voorgenomen_op"):
        Verwijdering(leerling=KIND, school=BAO, besluit_op=BESLUIT, voorgenomen_op=D(2026, 2, 3))
    assert (
        Verwijdering(
            leerling=KIND, school=BAO, besluit_op=BESLUIT, voorgenomen_op=BESLUIT
        ).voorgenomen_op
        == BESLUIT
    )


@pytest.mark.parametrize(
    ("maak", "veld"),
    [
        (lambda w: Verwijdering(leerling=KIND, school=BAO, gemotiveerd=w), "gemotiveerd"),
        (lambda w: Verwijdering(leerling=KIND, school=BAO, leerplichtig=w), "leerplichtig"),
        (
            lambda w: Schorsing(
                leerling=KIND, school=BAO, begin=BESLUIT, einde=BESLUIT, schriftelijk=w
            ),
            "schriftelijk",
        ),
        (
            lambda w: Schorsing(
                leerling=KIND, school=BAO, begin=BESLUIT, einde=BESLUIT, hangende_verwijdering=w
            ),
            "hangende_verwijdering",
        ),
        (lambda w: Bezwaar(ontvangen_op=BESLUIT, adviescommissie=w), "adviescommissie"),
    ],
)
def test_ja_nee_velden_weigeren_andere_waarden(maak: Any, veld: str) -> None:
    """ "nee" is truthy in Python: a yes/no field takes only True or False (or None if allowed)."""
    for fout in ("nee", 1):
        with pytest.raises(OngeldigeInvoer, match=veld) as info:
            maak(fout)
        assert repr(fout) in str(info.value) or str(fout) in str(info.value)
    maak(True)
    maak(False)


def test_onbekend_mag_alleen_waar_het_veld_dat_toelaat() -> None:
    Verwijdering(leerling=KIND, school=BAO, leerplichtig=None, gemotiveerd=None)
    Schorsing(leerling=KIND, school=BAO, begin=BESLUIT, einde=BESLUIT, schriftelijk=None)
    with pytest.raises(OngeldigeInvoer, match="hangende_verwijdering"):
        Schorsing(
            leerling=KIND,
            school=BAO,
            begin=BESLUIT,
            einde=BESLUIT,
            hangende_verwijdering=None,  # type: ignore[arg-type]
        )


# --- Bezwaar en GPO (rules.md E13) ------------------------------------------------------------


def e13(**wijziging: Any) -> Dossier:
    """E13: bezwaar received 2026-03-11, GPO lodged 2026-03-18, oordeel 2026-05-13."""
    basis: dict[str, Any] = {
        "ontvangen_op": D(2026, 3, 11),
        "ouders_gehoord_op": D(2026, 5, 20),
        "gpo_ingediend_op": D(2026, 3, 18),
        "gpo_oordeel_op": D(2026, 5, 13),
        "beslist_op": None,
    }
    basis.update(wijziging)
    return met_verwijdering(po_dossier(), bezwaar=Bezwaar(**basis))


def test_verdaging_awb_telt_alleen_als_zij_op_tijd_is_meegedeeld() -> None:
    """Awb 7:10 lid 3: an openbare school may verdagen by at most six weeks, told before the
    term ends. VO dossier: bezwaar term ends 2026-03-16; six weeks end on Koningsdag
    2026-04-27, so the decision is due 2026-04-28."""
    laat = met_bezwaar(vo_dossier(), beslist_op=D(2026, 5, 15))
    assert "bezwaar_beslissing_te_laat" in codes(laat)
    verdaagd = met_bezwaar(laat, verdaagd_op=D(2026, 4, 20), verdaging_weken=4)
    # 04-27 + 4 weeks = 05-25 (Tweede Pinksterdag), so due 2026-05-26.
    assert "bezwaar_beslissing_te_laat" not in codes(verdaagd)
    te_laat_verdaagd = met_bezwaar(laat, verdaagd_op=D(2026, 4, 29), verdaging_weken=4)
    assert "bezwaar_beslissing_te_laat" in codes(te_laat_verdaagd)


def test_verdaging_vraagt_een_dag_en_ten_hoogste_zes_weken() -> None:
    with pytest.raises(TegenstrijdigDossier, match="verdaging_weken"):
        Bezwaar(ontvangen_op=D(2026, 3, 2), verdaging_weken=4)
    with pytest.raises(OngeldigeInvoer, match="verdaging_weken"):
        Bezwaar(ontvangen_op=D(2026, 3, 2), verdaagd_op=D(2026, 4, 1), verdaging_weken=7)


def test_e13_beslissing_op_bezwaar_uiterlijk_3_juni() -> None:
    assert codes(e13(beslist_op=D(2026, 6, 3))) == []
    assert codes(e13(), D(2026, 6, 3)) == []
    te_laat = gebrek(e13(beslist_op=D(2026, 6, 4)), C.BEZWAAR_BESLISSING_TE_LAAT)
    assert "pas op donderdag 2026-06-04" in te_laat.uitleg
    assert "woensdag 2026-06-03" in te_laat.uitleg
    assert te_laat.gpo_reden is GpoReden.PROCEDURE_NIET_GEVOLGD
    assert (
        "op donderdag 2026-06-04 nog niet"
        in gebrek(e13(), C.BEZWAAR_BESLISSING_TE_LAAT, D(2026, 6, 4)).uitleg
    )


def test_e13_gesloten_interval_geeft_een_dag_meer() -> None:
    gesloten = Beleid(opschorting=Opschortingsinterval.GESLOTEN)
    assert codes(e13(beslist_op=D(2026, 6, 4)), beleid=gesloten) == []


def test_terwijl_de_gpo_oordeelt_loopt_de_beslistermijn_niet() -> None:
    zaak = e13(gpo_oordeel_op=None)
    assert codes(zaak, D(2026, 5, 1)) == []


def test_gpo_te_laat_ingediend_schort_een_verlopen_termijn_niet_op() -> None:
    # The 4 weeks ended on 2026-04-08; a GPO case lodged later does not revive them.
    zaak = e13(
        gpo_ingediend_op=D(2026, 4, 15), gpo_oordeel_op=D(2026, 6, 1), beslist_op=D(2026, 6, 2)
    )
    assert codes(zaak) == ["bezwaar_beslissing_te_laat"]


def test_beslist_voor_het_gpo_oordeel() -> None:
    zaak = e13(beslist_op=D(2026, 5, 1), ouders_gehoord_op=D(2026, 4, 20))
    voor = gebrek(zaak, C.BEZWAAR_BESLIST_VOOR_GPO_OORDEEL)
    assert "woensdag 2026-03-18" in voor.uitleg
    assert "vrijdag 2026-05-01" in voor.uitleg
    assert [str(b) for b in voor.grondslag] == ["WPO art. 43"]
    assert codes(
        e13(gpo_oordeel_op=None, beslist_op=D(2026, 5, 1), ouders_gehoord_op=D(2026, 4, 20)),
        D(2026, 5, 2),
    ) == ["bezwaar_beslist_voor_gpo_oordeel"]


def test_bijzondere_school_hoort_ouders_over_het_bezwaar() -> None:
    dossier = met_bezwaar(po_dossier(), ouders_gehoord_op=None)
    gemist = gebrek(dossier, C.BEZWAAR_OUDERS_NIET_GEHOORD)
    assert gemist.gpo_reden is GpoReden.OUDERS_NIET_GEHOORD
    assert [str(b) for b in gemist.grondslag] == ["WPO art. 63 lid 3"]
    assert codes(met_bezwaar(po_dossier(), ouders_gehoord_op=D(2026, 4, 2))) == [
        "bezwaar_ouders_niet_gehoord"
    ]


def test_bezwaar_bij_bijzondere_vo_school_is_ver_05() -> None:
    dossier = met_verwijdering(
        vo_dossier(),
        school=attrs.evolve(VO, bestuur=BIJZONDER),
        bezwaar=Bezwaar(ontvangen_op=D(2026, 3, 2), beslist_op=D(2026, 3, 20)),
    )
    gemist = gebrek(dossier, C.BEZWAAR_OUDERS_NIET_GEHOORD)
    assert [(str(b), b.regel) for b in gemist.grondslag] == [("WVO 2020 art. 8.8 lid 4", "VER-05")]


def bezwaar_2021(**wijziging: Any) -> Dossier:
    """A PO verwijdering in 2021, a year whose KB list (Atw art. 3 lid 3) is not known."""
    bezwaar: dict[str, Any] = {
        "ontvangen_op": D(2021, 3, 10),
        "ouders_gehoord_op": D(2021, 3, 15),
        "beslist_op": D(2021, 3, 20),
    }
    bezwaar.update(wijziging)
    verwijdering = Verwijdering(
        leerling=KIND,
        school=BAO,
        besluit_op=D(2021, 2, 15),
        gehoord=(
            Gehoord(wie=Gehoorde.LEERKRACHT, op=D(2021, 2, 1)),
            Gehoord(wie=Gehoorde.OUDERS, op=D(2021, 2, 2)),
        ),
        andere_school=ANDERE_BAO,
        andere_school_bereid_op=D(2021, 2, 10),
        gemotiveerd=True,
        bezwaar=Bezwaar(**bezwaar),
    )
    return Dossier(leerling=KIND, verwijderingen=(verwijdering,))


def test_beslissing_ruim_binnen_de_termijn_vraagt_de_kb_lijst_niet() -> None:
    """4 weeks after 2021-03-10 end nominally on 2021-04-07: the Atw can only move that later."""
    assert codes(bezwaar_2021(), D(2021, 6, 1)) == []
    assert codes(bezwaar_2021(beslist_op=D(2021, 4, 7)), D(2021, 6, 1)) == []
    assert codes(bezwaar_2021(beslist_op=None), D(2021, 4, 7)) == []


def test_beslissing_na_het_nominale_einde_vraagt_de_kb_lijst() -> None:
    # 2021-04-07 is a weekday: whether a KB made it a feestdag decides (2021 list unknown).
    with pytest.raises(NietBekend, match="2021"):
        toets(bezwaar_2021(beslist_op=D(2021, 4, 8)), D(2021, 6, 1))
    bekend = Kalender.standaard().met_gelijkgestelde_dagen(2021, [], "KB 2021 (testaanname)")
    assert [
        g.code
        for g in toets(bezwaar_2021(beslist_op=D(2021, 4, 8)), D(2021, 6, 1), kalender=bekend)
    ] == [C.BEZWAAR_BESLISSING_TE_LAAT]


def test_openbare_school_beslist_volgens_awb_7_10() -> None:
    # Bezwaartermijn ends 2026-03-16; + 6 weeks = 2026-04-27 (Koningsdag) → 2026-04-28.
    assert codes(met_bezwaar(vo_dossier(), beslist_op=D(2026, 4, 28))) == []
    te_laat = met_bezwaar(vo_dossier(), beslist_op=D(2026, 4, 29))
    assert codes(te_laat) == ["bezwaar_beslissing_te_laat"]
    met_commissie = met_bezwaar(vo_dossier(), beslist_op=D(2026, 4, 29), adviescommissie=True)
    assert codes(met_commissie) == []


# --- Schorsing --------------------------------------------------------------------------------


def test_schorsing_niet_schriftelijk() -> None:
    dossier = met_schorsing(po_dossier(), schriftelijk=False)
    assert "aan de ouders" in gebrek(dossier, C.SCHORSING_NIET_SCHRIFTELIJK).uitleg
    vo = met_schorsing(vo_dossier(), schriftelijk=False)
    # SCH-02: a VO pupil of 15 and the parents.
    assert "aan de leerling en de ouders" in gebrek(vo, C.SCHORSING_NIET_SCHRIFTELIJK).uitleg


def test_onbekend_of_schorsing_schriftelijk_was_is_een_aandachtspunt() -> None:
    """Missing is not zero: a schorsing without the fact recorded is no defect."""
    dossier = met_schorsing(po_dossier(), schriftelijk=None)
    assert C.SCHORSING_NIET_SCHRIFTELIJK not in {g.code for g in toets(dossier, NA_AFLOOP)}
    punten = [p for p in aandachtspunten(dossier, NA_AFLOOP) if "Schriftelijke" in p.onderwerp]
    assert len(punten) == 1
    assert "2026-01-12" in punten[0].uitleg
    assert [str(b) for b in punten[0].grondslag] == ["WPO art. 40c"]


def test_schorsing_langer_dan_een_dag_melden_bij_inspectie() -> None:
    dossier = met_schorsing(po_dossier(), inspectie_gemeld_op=None)
    gemist = gebrek(dossier, C.SCHORSING_INSPECTIE_NIET_GEMELD)
    assert "5 dagen" in gemist.uitleg
    assert "afgelopen zonder melding" in gemist.uitleg
    assert [str(b) for b in gemist.grondslag] == ["WPO art. 40c"]
    een_dag = met_schorsing(po_dossier(), einde=D(2026, 1, 12), inspectie_gemeld_op=None)
    assert codes(een_dag) == []


def test_lopende_schorsing_zonder_melding_is_een_aandachtspunt() -> None:
    """SCH-01 names no day for the melding: while the schorsing runs it can still be done."""
    dossier = met_schorsing(po_dossier(), inspectie_gemeld_op=None)
    for op in (D(2026, 1, 12), D(2026, 1, 16)):  # first and last day of the schorsing
        assert C.SCHORSING_INSPECTIE_NIET_GEMELD not in {g.code for g in toets(dossier, op)}
        (punt,) = [p for p in aandachtspunten(dossier, op) if "Inspectie" in p.onderwerp]
        assert "maandag 2026-01-12 tot en met vrijdag 2026-01-16" in punt.uitleg
        assert [str(b) for b in punt.grondslag] == ["WPO art. 40c"]
    assert C.SCHORSING_INSPECTIE_NIET_GEMELD in {g.code for g in toets(dossier, D(2026, 1, 17))}
    assert not [p for p in aandachtspunten(dossier, D(2026, 1, 17)) if "Inspectie" in p.onderwerp]
    # A melding on the first day: neither.
    assert not [
        p for p in aandachtspunten(po_dossier(), D(2026, 1, 12)) if "Inspectie" in p.onderwerp
    ]


def test_so_schorsing_volgt_de_wec() -> None:
    dossier = attrs.evolve(
        so_dossier(),
        schorsingen=(
            Schorsing(
                leerling=KIND,
                school=SO,
                begin=D(2026, 3, 9),
                einde=D(2026, 3, 16),
                schriftelijk=True,
                inspectie_gemeld_op=D(2026, 3, 9),
            ),
        ),
    )
    te_lang = gebrek(dossier, C.SCHORSING_TE_LANG)
    assert [str(b) for b in te_lang.grondslag] == ["WEC art. 40a"]
    assert te_lang.uitleg.endswith("tot en met zondag 2026-03-15.")


def test_vo_schorsing_hangende_verwijdering_wet_en_seed_003() -> None:
    lang = met_schorsing(
        vo_dossier(),
        einde=D(2026, 1, 30),
        hangende_verwijdering=True,
        inspectie_gemeld_op=D(2026, 1, 12),
    )
    te_lang = gebrek(lang, C.SCHORSING_TE_LANG)
    assert "vo_schorsing_zolang_verwijdering_loopt" in te_lang.uitleg
    assert [str(b) for b in te_lang.grondslag] == ["WVO 2020 art. 8.14"]
    seed = Beleid(vo_schorsing_zolang_verwijdering_loopt=True)
    assert codes(lang, beleid=seed) == []
    (punt,) = [
        p for p in aandachtspunten(lang, NA_AFLOOP, beleid=seed) if "schorsing" in p.onderwerp
    ]
    assert "19 dagen" in punt.uitleg
    assert str(punt.grondslag[0]) == "WVO 2020 art. 8.14"
    # Without a pending verwijdering the policy does not apply: one week is the maximum.
    gewoon = met_schorsing(lang, hangende_verwijdering=False)
    assert codes(gewoon, beleid=seed) == ["schorsing_te_lang"]


# --- Aanmelding en toelating (rules.md E1, BES-01, BES-04) ------------------------------------


def aanmelding_dossier(**wijziging: Any) -> Dossier:
    """E1: aanmelding received ma 2025-03-03 at De Linde (bijzonder), 6 weeks end 2025-04-14."""
    velden: dict[str, object] = {
        "leerling": KIND,
        "school": BAO,
        "ontvangen_op": D(2025, 3, 3),
        "ondersteuningsbehoefte": Ondersteuningsbehoefte.VASTGESTELD,
        "besluit": Toelatingsbesluit(datum=D(2025, 4, 14), uitkomst=Toelatingsuitkomst.TOEGELATEN),
    }
    velden.update(wijziging)
    return Dossier(leerling=KIND, aanmeldingen=(Aanmelding(**velden),))  # type: ignore[arg-type]


def weigering(**wijziging: Any) -> Toelatingsbesluit:
    velden: dict[str, object] = {
        "datum": D(2025, 4, 14),
        "uitkomst": Toelatingsuitkomst.GEWEIGERD,
        "andere_school": ANDERE_BAO,
        "andere_school_bereid_op": D(2025, 4, 10),
        "schriftelijk_gemotiveerd": True,
    }
    velden.update(wijziging)
    return Toelatingsbesluit(**velden)  # type: ignore[arg-type]


def test_aanmelding_op_tijd_beslist_is_schoon() -> None:
    assert codes(aanmelding_dossier(), D(2025, 9, 1)) == []
    assert codes(aanmelding_dossier(besluit=weigering()), D(2025, 9, 1)) == []


def test_besluit_aanmelding_te_laat_e1() -> None:
    laat = aanmelding_dossier(
        besluit=Toelatingsbesluit(datum=D(2025, 4, 15), uitkomst=Toelatingsuitkomst.TOEGELATEN)
    )
    te_laat = gebrek(laat, C.BESLUIT_AANMELDING_TE_LAAT, D(2025, 9, 1))
    assert "pas op dinsdag 2025-04-15" in te_laat.uitleg
    assert "maandag 2025-04-14" in te_laat.uitleg
    assert str(te_laat.grondslag[0]) == "WPO art. 40 lid 6"
    # With the 4-week extension notified in time the term ends 2025-05-12 (E1).
    verlengd = attrs.evolve(
        laat.aanmeldingen[0], verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=4)
    )
    assert codes(attrs.evolve(laat, aanmeldingen=(verlengd,)), D(2025, 9, 1)) == []
    nog_niet = aanmelding_dossier(besluit=None)
    assert codes(nog_niet, D(2025, 4, 14)) == []
    assert codes(nog_niet, D(2025, 4, 15)) == ["besluit_aanmelding_te_laat"]


def test_geen_besluit_nodig_na_inschrijving_elders_binnen_de_termijn() -> None:
    """Parents enrolled the pupil elsewhere before the six weeks ended: nothing to decide."""
    elders = Inschrijving(leerling=KIND, school=ANDERE_BAO, ingeschreven_op=D(2025, 4, 1))
    d = attrs.evolve(aanmelding_dossier(besluit=None), inschrijvingen=(elders,))
    assert codes(d, D(2025, 9, 1)) == []
    later = attrs.evolve(elders, ingeschreven_op=D(2025, 4, 15))
    d = attrs.evolve(aanmelding_dossier(besluit=None), inschrijvingen=(later,))
    assert codes(d, D(2025, 9, 1)) == ["besluit_aanmelding_te_laat"]


def test_centrale_plaatsing_telt_de_termijn_vanaf_aanvaarding() -> None:
    """Haarlem (AAN-06): no term before the place is accepted; six weeks from acceptance."""
    haarlem = Beleid.haarlem()
    niet_aanvaard = aanmelding_dossier(besluit=None)
    assert codes(niet_aanvaard, D(2025, 9, 1), beleid=haarlem) == []
    aanvaard = aanmelding_dossier(besluit=None, plaats_geaccepteerd_op=D(2025, 3, 10))
    # 03-10 + 42 days = 04-21, Tweede Paasdag, so the term ends on Tuesday 2025-04-22 (Atw).
    assert codes(aanvaard, D(2025, 4, 22), beleid=haarlem) == []
    assert codes(aanvaard, D(2025, 4, 23), beleid=haarlem) == ["besluit_aanmelding_te_laat"]


def test_regionaal_beleid_maakt_een_wettelijk_te_laat_besluit_niet_tijdig() -> None:
    """E14: the statute does not stop the clock for an information request; seed 001 does.
    A decision between the two ends is late by law, and the defect names the policy date."""
    verzoek = Informatieverzoek(verzonden_op=D(2025, 3, 10), ontvangen_op=D(2025, 3, 24))
    d = aanmelding_dossier(
        informatieverzoeken=(verzoek,),
        besluit=Toelatingsbesluit(datum=D(2025, 4, 25), uitkomst=Toelatingsuitkomst.TOEGELATEN),
    )
    rgv = Beleid.rijn_gelderse_vallei()
    laat = gebrek_met_beleid(d, C.BESLUIT_AANMELDING_TE_LAAT, rgv)
    assert "maandag 2025-04-14" in laat.uitleg
    assert "liep de termijn tot maandag 2025-04-28" in laat.uitleg
    assert codes(d, D(2025, 9, 1)) == ["besluit_aanmelding_te_laat"]


def test_niet_behandelen_binnen_vier_weken_na_ongebruikte_informatietermijn() -> None:
    """AAN-04: the decision not to treat is due 4 weeks after the set term ran out unused,
    not within the 6 weeks of the beslistermijn."""
    verzoek = Informatieverzoek(verzonden_op=D(2025, 3, 24), termijn_tot=D(2025, 4, 11))
    niet = Toelatingsbesluit(datum=D(2025, 4, 25), uitkomst=Toelatingsuitkomst.NIET_BEHANDELD)
    d = aanmelding_dossier(informatieverzoeken=(verzoek,), besluit=niet)
    assert codes(d, D(2025, 9, 1)) == []  # 04-11 + 28 days = 05-09
    te_laat = attrs.evolve(niet, datum=D(2025, 5, 12))
    d = aanmelding_dossier(informatieverzoeken=(verzoek,), besluit=te_laat)
    assert "vrijdag 2025-05-09" in gebrek(d, C.BESLUIT_AANMELDING_TE_LAAT).uitleg


def test_niet_behandelen_zonder_verlopen_informatieverzoek_is_een_gebrek() -> None:
    """AAN-04: not treating an aanmelding follows a request whose set term ran out unused or
    that was answered. Without one on file, or before its term ran out, that is a defect; a
    request without a recorded term is for a person to judge."""
    niet = Toelatingsbesluit(datum=D(2025, 3, 20), uitkomst=Toelatingsuitkomst.NIET_BEHANDELD)

    def punten(d: Dossier) -> list[str]:
        return [p.onderwerp for p in aandachtspunten(d, D(2025, 9, 1))]

    zonder = gebrek(aanmelding_dossier(besluit=niet), C.NIET_BEHANDELD_ZONDER_INFORMATIEVERZOEK)
    assert "donderdag 2025-03-20" in zonder.uitleg
    assert zonder.gpo_reden is GpoReden.PROCEDURE_NIET_GEVOLGD
    assert [str(b) for b in zonder.grondslag] == ["WPO art. 40"]
    nog_open = Informatieverzoek(verzonden_op=D(2025, 3, 5), termijn_tot=D(2025, 3, 25))
    d = aanmelding_dossier(besluit=niet, informatieverzoeken=(nog_open,))
    assert codes(d) == ["niet_behandeld_zonder_informatieverzoek"]
    zonder_termijn = attrs.evolve(nog_open, termijn_tot=None)
    d = aanmelding_dossier(besluit=niet, informatieverzoeken=(zonder_termijn,))
    assert codes(d) == []
    assert "Niet behandelen: termijn van het informatieverzoek onbekend" in punten(d)
    verlopen = attrs.evolve(nog_open, termijn_tot=D(2025, 3, 14))
    d = aanmelding_dossier(besluit=niet, informatieverzoeken=(verlopen,))
    assert not [p for p in punten(d) if p.startswith("Niet behandelen")]
    assert codes(d, D(2025, 9, 1)) == []  # 03-14 + 4 weeks = 04-11; decided 03-20


def test_jaar_zonder_bekende_kb_lijst_alleen_waar_het_ertoe_doet() -> None:
    """2021's KB list is unknown (rules.md T-04). A decision well inside or well after the
    term is judged anyway; only a decision in the few days the list could matter is not."""
    oud = aanmelding_dossier(
        ontvangen_op=D(2021, 3, 1),
        besluit=Toelatingsbesluit(datum=D(2021, 3, 8), uitkomst=Toelatingsuitkomst.TOEGELATEN),
    )
    assert codes(oud, D(2026, 1, 5)) == []
    laat = met_aanmelding(
        oud,
        besluit=Toelatingsbesluit(datum=D(2021, 6, 1), uitkomst=Toelatingsuitkomst.TOEGELATEN),
    )
    assert "niet bekend" in gebrek(laat, C.BESLUIT_AANMELDING_TE_LAAT, D(2026, 1, 5)).uitleg
    # Six weeks end nominally on Monday 2021-04-12; whether that is a KB day is not known.
    twijfel = met_aanmelding(
        oud,
        besluit=Toelatingsbesluit(datum=D(2021, 4, 14), uitkomst=Toelatingsuitkomst.TOEGELATEN),
    )
    with pytest.raises(NietBekend):
        toets(twijfel, D(2026, 1, 5))


def test_aanmelding_voor_de_derde_verjaardag_is_geen_aanmelding_voor_toets() -> None:
    """AAN-02: a waiting-list entry starts no term, so no decision is late and none runs."""
    wachtlijst = aanmelding_dossier(ontvangen_op=D(2020, 3, 2), besluit=None)
    assert codes(wachtlijst, D(2026, 1, 5)) == []
    assert lopende_termijnen(wachtlijst, D(2020, 3, 3)) == ()


def test_niet_schriftelijke_aanmelding_start_geen_termijn() -> None:
    mondeling = aanmelding_dossier(besluit=None, schriftelijk=False)
    assert codes(mondeling, D(2025, 9, 1)) == []
    # AAN-01: it may still count; a person judges that, so it is an aandachtspunt.
    (punt,) = [
        p for p in aandachtspunten(mondeling, D(2025, 9, 1)) if "schriftelijk" in p.onderwerp
    ]
    assert "maandag 2025-03-03" in punt.uitleg
    assert [str(b) for b in punt.grondslag] == ["WPO art. 40 lid 6", "WPO art. 40 lid 12"]


def test_verlenging_te_lang_herhaald_en_te_laat() -> None:
    lang = aanmelding_dossier(verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=6))
    assert codes(lang, D(2025, 9, 1)) == ["verlenging_te_lang"]
    assert "6 weken" in gebrek(lang, C.VERLENGING_TE_LANG, D(2025, 9, 1)).uitleg
    laat = aanmelding_dossier(
        verlenging=Verlenging(medegedeeld_op=D(2025, 4, 15), weken=4),
        besluit=Toelatingsbesluit(datum=D(2025, 5, 12), uitkomst=Toelatingsuitkomst.TOEGELATEN),
    )
    assert codes(laat, D(2025, 9, 1)) == [
        "besluit_aanmelding_te_laat",
        "verlenging_te_laat_meegedeeld",
    ]
    herhaald = aanmelding_dossier(
        verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=2),
        verdere_verlengingen=[Verlenging(medegedeeld_op=D(2025, 4, 20), weken=2)],
        besluit=Toelatingsbesluit(datum=D(2025, 5, 12), uitkomst=Toelatingsuitkomst.TOEGELATEN),
    )
    # The second extension does not count: the term ended on 2025-04-28.
    assert codes(herhaald, D(2025, 9, 1)) == ["besluit_aanmelding_te_laat", "verlenging_herhaald"]


def test_weigering_zonder_andere_school() -> None:
    zonder = aanmelding_dossier(besluit=weigering(andere_school=None, andere_school_bereid_op=None))
    gevonden = gebrek(zonder, C.WEIGERING_ZONDER_ANDERE_SCHOOL, D(2025, 9, 1))
    assert gevonden.gpo_reden is GpoReden.TE_WEINIG_INSPANNING
    assert [str(b) for b in gevonden.grondslag] == ["WPO art. 40 lid 4"]
    sbo = aanmelding_dossier(besluit=weigering(andere_school=SBO))
    assert (
        "geen passende TLV" in gebrek(sbo, C.WEIGERING_ZONDER_ANDERE_SCHOOL, D(2025, 9, 1)).uitleg
    )


@pytest.mark.parametrize(
    ("behoefte", "uitzondering"),
    [
        (Ondersteuningsbehoefte.GEEN, None),
        (Ondersteuningsbehoefte.VASTGESTELD, Uitzondering.SCHOOL_VOL),
    ],
)
def test_weigeren_zonder_zorgplicht_vraagt_geen_andere_school(
    behoefte: Ondersteuningsbehoefte, uitzondering: Uitzondering | None
) -> None:
    dossier = aanmelding_dossier(
        ondersteuningsbehoefte=behoefte,
        uitzondering=uitzondering,
        besluit=weigering(andere_school=None, andere_school_bereid_op=None),
    )
    assert codes(dossier, D(2025, 9, 1)) == []


def test_weigering_niet_schriftelijk_gemotiveerd() -> None:
    dossier = aanmelding_dossier(besluit=weigering(schriftelijk_gemotiveerd=False))
    gevonden = gebrek(dossier, C.WEIGERING_NIET_SCHRIFTELIJK_GEMOTIVEERD, D(2025, 9, 1))
    assert gevonden.gpo_reden is GpoReden.MOTIVERING_ONVOLLEDIG
    assert [str(b) for b in gevonden.grondslag] == ["WPO art. 63 lid 2"]
    openbaar = aanmelding_dossier(
        school=ANDERE_BAO,
        besluit=weigering(andere_school=BAO, schriftelijk_gemotiveerd=False),
    )
    assert [
        str(b)
        for b in gebrek(
            openbaar, C.WEIGERING_NIET_SCHRIFTELIJK_GEMOTIVEERD, D(2025, 9, 1)
        ).grondslag
    ] == ["Awb art. 3:46"]


def test_aandachtspunten_bij_een_weigering() -> None:
    onbekend = aanmelding_dossier(
        ondersteuningsbehoefte=Ondersteuningsbehoefte.ONBEKEND,
        besluit=weigering(schriftelijk_gemotiveerd=None),
    )
    onderwerpen = [p.onderwerp for p in aandachtspunten(onbekend, D(2025, 9, 1))]
    assert onderwerpen == ["Ondersteuningsbehoefte onbekend", "Motivering niet vastgelegd"]
    vastgesteld = aanmelding_dossier(besluit=weigering())
    (punt,) = aandachtspunten(vastgesteld, D(2025, 9, 1))
    assert punt.gpo_reden is GpoReden.ONDERZOEK_VEROUDERD
    assert aandachtspunten(aanmelding_dossier(), D(2025, 9, 1)) == ()


def test_aandachtspunten_bij_een_verwijdering() -> None:
    punten = aandachtspunten(po_dossier(), NA_AFLOOP)
    assert [p.gpo_reden for p in punten] == [
        GpoReden.VERWIJDERING_ONVOLDOENDE_GEMOTIVEERD,
        GpoReden.ONDERZOEK_VEROUDERD,
        None,  # the PO melding to the Inspectie, without a checked article (VER-04)
    ]
    assert all(p.grondslag for p in punten)


# --- Lopende termijnen (rules.md E13, SCH-01) -------------------------------------------------


def termijnen_op(dossier: Dossier, op: dt.date) -> list[tuple[str, dt.date]]:
    return [(t.naam, t.einde) for t in lopende_termijnen(dossier, op)]


def test_lopende_termijnen_van_verwijdering_en_bezwaar_e13() -> None:
    dossier = e13()
    zonder_bezwaar = met_verwijdering(dossier, bezwaar=None)
    assert termijnen_op(zonder_bezwaar, D(2026, 2, 3)) == [
        # The undecided aanmelding at De Eik of 2026-01-28: six weeks end on 2026-03-11.
        ("Beslistermijn aanmelding", D(2026, 3, 11)),
        ("Bezwaartermijn (bijzonder onderwijs)", D(2026, 3, 16)),
        ("Termijn verzoek Geschillencommissie passend onderwijs", D(2026, 3, 16)),
    ]
    assert termijnen_op(dossier, D(2026, 3, 12)) == [
        ("Termijn verzoek Geschillencommissie passend onderwijs", D(2026, 3, 16)),
        ("Beslistermijn bezwaar (bijzonder onderwijs)", D(2026, 4, 8)),
    ]
    # While the GPO case is pending its own 10-week term runs (18-03 + 70 days).
    assert termijnen_op(dossier, D(2026, 4, 1)) == [
        ("Termijn oordeel Geschillencommissie passend onderwijs", D(2026, 5, 27)),
    ]
    assert termijnen_op(dossier, D(2026, 5, 14)) == [
        ("Beslistermijn bezwaar (bijzonder onderwijs)", D(2026, 6, 3)),
    ]
    beslist = e13(beslist_op=D(2026, 5, 20))
    assert termijnen_op(beslist, D(2026, 5, 21)) == []


def test_lopende_termijn_van_een_schorsing() -> None:
    schorsing = po_dossier().schorsingen[0]
    dossier = Dossier(
        leerling=KIND,
        schorsingen=(attrs.evolve(schorsing, begin=D(2026, 3, 9), einde=D(2026, 3, 13)),),
    )
    assert termijnen_op(dossier, D(2026, 3, 10)) == [("Maximale duur schorsing", D(2026, 3, 15))]
    assert termijnen_op(dossier, D(2026, 3, 16)) == []


def test_voorgenomen_verwijdering_heeft_nog_geen_termijnen() -> None:
    voornemen = Dossier(leerling=KIND, verwijderingen=(Verwijdering(leerling=KIND, school=BAO),))
    assert lopende_termijnen(voornemen, D(2026, 1, 5)) == ()


# --- Catalogue, order and records -------------------------------------------------------------


def test_catalogus_heeft_elke_code_van_dit_issue_met_grondslag() -> None:
    cat = catalogus()
    assert list(cat) == [code for code in GebrekCode if code in cat]
    for code in (C.SCHORSING_TE_LANG, C.VERWIJDERING_ZONDER_ANDERE_SCHOOL, C.VERLENGING_HERHAALD):
        assert cat[code].grondslag
        assert cat[code].omschrijving
    assert cat[C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD].gpo_reden is GpoReden.LEERKRACHT_NIET_GEHOORD


def test_volgorde_volgt_de_catalogus() -> None:
    dossier = met_schorsing(
        met_verwijdering(po_dossier(), gemotiveerd=False, gehoord=()), schriftelijk=False
    )
    volgorde = list(GebrekCode)
    gevonden = [g.code for g in toets(dossier, NA_AFLOOP)]
    assert gevonden == sorted(gevonden, key=volgorde.index)
    assert len(gevonden) == 4


def test_bezwaar_hoort_bij_een_besluit() -> None:
    with pytest.raises(TegenstrijdigDossier, match="zonder verwijderingsbesluit"):
        Verwijdering(leerling=KIND, school=BAO, bezwaar=Bezwaar(ontvangen_op=D(2026, 3, 11)))
    with pytest.raises(TegenstrijdigDossier, match="vóór het besluit"):
        Verwijdering(
            leerling=KIND,
            school=BAO,
            besluit_op=BESLUIT,
            bezwaar=Bezwaar(ontvangen_op=D(2026, 1, 11)),
        )


def test_verdere_verlenging_na_een_eerste() -> None:
    with pytest.raises(TegenstrijdigDossier, match="eerste verlenging"):
        aanmelding_dossier(verdere_verlengingen=[Verlenging(medegedeeld_op=D(2025, 4, 1), weken=1)])
    with pytest.raises(TegenstrijdigDossier, match="eerste verlenging"):
        aanmelding_dossier(
            verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=1),
            verdere_verlengingen=[Verlenging(medegedeeld_op=D(2025, 3, 20), weken=1)],
        )
    with pytest.raises(OngeldigeInvoer):
        aanmelding_dossier(
            verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=1),
            verdere_verlengingen=["twee weken"],
        )


def test_stand_op_van_de_nieuwe_velden() -> None:
    dossier = e13(beslist_op=D(2026, 6, 1))
    bezwaar = dossier.stand_op(D(2026, 5, 1)).verwijderingen[0].bezwaar
    assert bezwaar is not None
    assert bezwaar.ouders_gehoord_op is None
    assert bezwaar.beslist_op is None
    herhaald = aanmelding_dossier(
        verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=2),
        verdere_verlengingen=[Verlenging(medegedeeld_op=D(2025, 4, 20), weken=2)],
    )
    assert herhaald.stand_op(D(2025, 4, 10)).aanmeldingen[0].verdere_verlengingen == ()
