"""Who carries the zorgplicht (rules.md ZP-01, AAN-05…08, BES-02), row by row, with the seed 001
scenarios and the regional policies of seeds 000, 001 and 004."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from passend import (
    Aanbodafwijzing,
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Capaciteit,
    Contactmoment,
    Dossier,
    ExtraOndersteuning,
    GebrekCode,
    GpoReden,
    Informatieverzoek,
    Inschrijving,
    Leerling,
    NietBekend,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Opp,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schoolwisselmelding,
    Sector,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
    Verwijdering,
    ZorgplichtReden,
    aandachtspunten,
    financieel_verantwoordelijke,
    toets,
    zorgplicht,
)

D = dt.date
R = ZorgplichtReden
LL = Leerling(id="ll-1", geboortedatum=D(2020, 11, 1))  # four years old throughout 2025
BESTUUR_A = Schoolbestuur(id="b-a", naam="Stichting A", soort=Bestuurssoort.BIJZONDER)
BESTUUR_B = Schoolbestuur(id="b-b", naam="Gemeente B", soort=Bestuurssoort.OPENBAAR)
BESTUUR_S = Schoolbestuur(id="b-s", naam="Stichting SBO", soort=Bestuurssoort.BIJZONDER)
A = School(brin="11AA", naam="De Akker", soort=Schoolsoort.BAO, bestuur=BESTUUR_A)
B = School(brin="22BB", naam="De Beuk", soort=Schoolsoort.BAO, bestuur=BESTUUR_B)
SBO = School(brin="33CC", naam="De Brug", soort=Schoolsoort.SBO, bestuur=BESTUUR_S)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV", sector=Sector.PO)
VERMOED = Ondersteuningsbehoefte.VERMOED
G = Toelatingsuitkomst.GEWEIGERD


MAART = D(2025, 3, 3)


def aanmelding(school: School = A, op: dt.date = MAART, **kw: Any) -> Aanmelding:
    kw.setdefault("ondersteuningsbehoefte", VERMOED)
    return Aanmelding(leerling=kw.pop("leerling", LL), school=school, ontvangen_op=op, **kw)


def vol(school: School) -> Capaciteit:
    """A published capacity record of 1 September 2024: ``school`` full for every applicant
    (PL-04)."""
    return Capaciteit(
        school=school, vastgesteld_op=D(2024, 9, 1), vol_voor_iedereen=True, gepubliceerd=True
    )


def besluit(datum: dt.date, uitkomst: Toelatingsuitkomst) -> Toelatingsbesluit:
    return Toelatingsbesluit(datum=datum, uitkomst=uitkomst)


def inschrijving(school: School, op: dt.date, **kw: Any) -> Inschrijving:
    return Inschrijving(leerling=kw.pop("leerling", LL), school=school, ingeschreven_op=op, **kw)


def tlv_sbo(uitkomst: TlvUitkomst = TlvUitkomst.AFGEGEVEN) -> Tlv:
    """A TLV for SBO requested by De Akker on 2025-10-01, decided on 2025-11-01."""
    return Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=D(2025, 10, 1),
        aanvrager=A,
        besluit_op=D(2025, 11, 1),
        uitkomst=uitkomst,
    )


def dossier(**records: Any) -> Dossier:
    return Dossier(leerling=records.pop("leerling", LL), **records)


# --- Acceptance criteria of issue 3 -------------------------------------------------------------


def test_aanmelding_geeft_zorgplicht_vanaf_ontvangst_en_daarna_tijdelijke_inschrijving() -> None:
    d = dossier(aanmeldingen=[aanmelding()])
    eerste = zorgplicht(d, D(2025, 3, 3))
    assert (eerste.reden, eerste.bestuur, eerste.school, eerste.sinds) == (
        R.AANMELDING,
        BESTUUR_A,
        A,
        D(2025, 3, 3),
    )
    assert [str(b) for b in eerste.grondslag] == ["WPO art. 40 lid 4"]
    assert "De Akker (11AA)" in eerste.uitleg
    # Six weeks end on 2025-04-14 (rules.md E1); the right starts the day after.
    assert zorgplicht(d, D(2025, 4, 14)).reden is R.AANMELDING
    tijdelijk = zorgplicht(d, D(2025, 4, 15))
    assert (tijdelijk.reden, tijdelijk.bestuur, tijdelijk.sinds) == (
        R.TIJDELIJK_INGESCHREVEN,
        BESTUUR_A,
        D(2025, 4, 15),
    )
    assert "WPO art. 40 lid 6" in [str(b) for b in tijdelijk.grondslag]


def test_school_vol_voor_iedereen_geeft_geen_zorgplicht_voor_die_aanmelding() -> None:
    d = dossier(
        aanmeldingen=[aanmelding(uitzondering=Uitzondering.SCHOOL_VOL)], capaciteiten=[vol(A)]
    )
    o = zorgplicht(d, D(2025, 3, 3))
    assert (o.reden, o.bestuur, o.school, o.uitzondering) == (
        R.UITZONDERING,
        None,
        A,
        Uitzondering.SCHOOL_VOL,
    )
    assert not o.heeft_zorgplicht
    assert [str(b) for b in o.grondslag] == ["WPO art. 40 lid 5"]
    assert "school vol voor alle leerlingen" in o.uitleg


# --- ZP-01, row by row -------------------------------------------------------------------------


def test_verlenging_schuift_tijdelijke_inschrijving_naar_na_tien_weken() -> None:
    a = aanmelding(verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=4))
    d = dossier(aanmeldingen=[a])
    assert zorgplicht(d, D(2025, 5, 12)).reden is R.AANMELDING  # E1: extended to 2025-05-12
    assert zorgplicht(d, D(2025, 5, 13)).reden is R.TIJDELIJK_INGESCHREVEN


def test_geen_tijdelijke_inschrijving_na_een_besluit() -> None:
    a = aanmelding(besluit=besluit(D(2025, 4, 10), Toelatingsuitkomst.TOEGELATEN))
    o = zorgplicht(dossier(aanmeldingen=[a]), D(2025, 6, 1))
    assert (o.reden, o.bestuur) == (R.AANMELDING, BESTUUR_A)


def test_geen_tijdelijke_inschrijving_voor_de_vierde_verjaardag() -> None:
    jong = Leerling(id="ll-2", geboortedatum=D(2021, 6, 1))
    d = dossier(leerling=jong, aanmeldingen=[aanmelding(leerling=jong, op=D(2024, 9, 2))])
    # Term ends 2024-10-14, but a child under four cannot be enrolled (BES-02, AAN-02).
    assert "vierde verjaardag" not in zorgplicht(d, D(2024, 10, 14)).uitleg
    wacht = zorgplicht(d, D(2024, 10, 15))
    assert wacht.reden is R.AANMELDING
    assert "vierde verjaardag (zondag 2025-06-01)" in wacht.uitleg
    assert "WPO art. 39 lid 1" in [str(b) for b in wacht.grondslag]
    assert zorgplicht(d, D(2025, 5, 31)).reden is R.AANMELDING
    o = zorgplicht(d, D(2025, 6, 1))
    assert (o.reden, o.sinds) == (R.TIJDELIJK_INGESCHREVEN, D(2025, 6, 1))


def test_so_kent_geen_wpo_leeftijdsregels() -> None:
    """AAN-02 is WPO: an SO (WEC) aanmelding at age 2 is no wachtlijst entry, and the right to
    temporary enrolment is not moved to the 4th birthday (rules.md has no WEC age rule)."""
    jong = Leerling(id="ll-2", geboortedatum=D(2022, 6, 1))
    so = School(brin="55SO", naam="De Sterre", soort=Schoolsoort.SO, bestuur=BESTUUR_S, cluster=4)
    d = dossier(leerling=jong, aanmeldingen=[aanmelding(so, D(2024, 9, 2), leerling=jong)])
    assert zorgplicht(d, D(2024, 9, 2)).reden is R.AANMELDING
    assert zorgplicht(d, D(2024, 10, 15)).reden is R.TIJDELIJK_INGESCHREVEN


def test_aanmelding_voor_de_derde_verjaardag_is_een_wachtlijstplaats() -> None:
    jong = Leerling(id="ll-2", geboortedatum=D(2022, 6, 1))
    d = dossier(leerling=jong, aanmeldingen=[aanmelding(leerling=jong, op=D(2025, 3, 3))])
    o = zorgplicht(d, D(2025, 3, 10))
    assert (o.reden, o.bestuur) == (R.GEEN_AANMELDING, None)
    assert "wachtlijst" in o.uitleg


def test_eerste_voorkeur_telt_bij_meer_aanmeldingen() -> None:
    d = dossier(
        aanmeldingen=[
            aanmelding(A, D(2025, 3, 3), voorkeur=2),
            aanmelding(B, D(2025, 3, 5), voorkeur=1),
        ]
    )
    o = zorgplicht(d, D(2025, 3, 10))
    assert (o.bestuur, o.school) == (BESTUUR_B, B)
    assert "eerste voorkeur" in o.uitleg
    assert "Geschillencommissie passend onderwijs oordeel 107070 (2016)" in [
        str(b) for b in o.grondslag
    ]


def test_zonder_voorkeur_telt_de_eerst_ontvangen_aanmelding_als_beleidskeuze() -> None:
    d = dossier(
        aanmeldingen=[
            aanmelding(B, D(2025, 3, 5), voorkeur=None),
            aanmelding(A, D(2025, 3, 3), voorkeur=None),
        ]
    )
    o = zorgplicht(d, D(2025, 3, 10))
    assert o.school == A
    assert "beleidskeuze" in o.uitleg


def test_geen_extra_ondersteuning_en_onbekende_behoefte() -> None:
    geen = dossier(aanmeldingen=[aanmelding(ondersteuningsbehoefte=Ondersteuningsbehoefte.GEEN)])
    o = zorgplicht(geen, D(2025, 3, 3))
    assert (o.reden, o.bestuur, o.school) == (R.GEEN_EXTRA_ONDERSTEUNING, None, A)
    onbekend = dossier(
        aanmeldingen=[aanmelding(ondersteuningsbehoefte=Ondersteuningsbehoefte.ONBEKEND)]
    )
    o = zorgplicht(onbekend, D(2025, 3, 3))
    assert (o.reden, o.bestuur) == (R.ONBEKEND, None)
    assert "niet vastgesteld" in o.uitleg


@pytest.mark.parametrize(
    ("soort", "uitzondering", "bron"),
    [
        (Schoolsoort.BAO, Uitzondering.GRONDSLAG_GEWEIGERD, "WPO art. 40 lid 5"),
        (Schoolsoort.BAO, Uitzondering.ALLEEN_TAALONDERSTEUNING, "WPO art. 40 lid 3"),
        (Schoolsoort.SO, Uitzondering.CLUSTER_1_2, "WEC, cluster 1 en 2: artikel niet gezien"),
        (Schoolsoort.SO, Uitzondering.SCHOOL_VOL, "WEC art. 40 lid 6"),
        (Schoolsoort.VO, Uitzondering.VO_TOELATINGSEISEN, "WVO 2020 art. 8.9 lid 3"),
        (Schoolsoort.VO, Uitzondering.ALLEEN_TAALONDERSTEUNING, "WVO 2020 art. 8.9 lid 1"),
    ],
)
def test_elke_uitzondering_noemt_haar_artikel(
    soort: Schoolsoort, uitzondering: Uitzondering, bron: str
) -> None:
    # A bijzondere school: the grondslag exception is one of a bijzondere school (AAN-07).
    school = School(brin="44DD", naam="X", soort=soort, bestuur=BESTUUR_A)
    o = zorgplicht(
        dossier(
            aanmeldingen=[aanmelding(school, uitzondering=uitzondering)],
            capaciteiten=[vol(school)],
        ),
        D(2025, 4, 1),
    )
    assert (o.reden, o.uitzondering, o.bestuur) == (R.UITZONDERING, uitzondering, None)
    assert str(o.grondslag[0]) == bron


def test_uitzondering_bij_eerste_voorkeur_laat_de_volgende_aanmelding_tellen() -> None:
    d = dossier(
        aanmeldingen=[
            aanmelding(A, voorkeur=1, uitzondering=Uitzondering.SCHOOL_VOL),
            aanmelding(B, voorkeur=2),
        ],
        capaciteiten=[vol(A)],
    )
    o = zorgplicht(d, D(2025, 3, 10))
    assert (o.reden, o.bestuur) == (R.AANMELDING, BESTUUR_B)
    assert "De Akker (11AA) geldt geen zorgplicht: school vol" in o.uitleg


def test_ingeschreven_leerling_houdt_zorgplicht_bij_de_school_ook_met_tlv() -> None:
    tlv = tlv_sbo()
    d = dossier(inschrijvingen=[inschrijving(A, D(2025, 8, 25))], tlvs=[tlv])
    o = zorgplicht(d, D(2025, 12, 1))
    assert (o.reden, o.bestuur, o.ingeschreven_bij, o.sinds) == (
        R.INGESCHREVEN,
        BESTUUR_A,
        A,
        D(2025, 8, 25),
    )


def test_schriftelijke_aanmelding_elders_verplaatst_de_zorgplicht_bij_ontvangst() -> None:
    d = dossier(
        inschrijvingen=[inschrijving(A, D(2024, 8, 26))],
        aanmeldingen=[aanmelding(B, D(2025, 10, 1))],
    )
    assert zorgplicht(d, D(2025, 9, 30)).bestuur == BESTUUR_A
    o = zorgplicht(d, D(2025, 10, 1))
    assert (o.reden, o.bestuur, o.school, o.ingeschreven_bij) == (R.AANMELDING, BESTUUR_B, B, A)
    assert "staat ingeschreven bij De Akker (11AA)" in o.uitleg
    # Enrolled elsewhere: no right to temporary enrolment at B after its term (BES-02).
    assert zorgplicht(d, D(2025, 12, 1)).reden is R.AANMELDING


def test_weigering_door_de_nieuwe_school_geeft_de_zorgplicht_terug() -> None:
    weigering = besluit(D(2025, 10, 20), Toelatingsuitkomst.GEWEIGERD)
    d = dossier(
        inschrijvingen=[inschrijving(A, D(2024, 8, 26))],
        aanmeldingen=[aanmelding(B, D(2025, 10, 1), besluit=weigering)],
    )
    assert zorgplicht(d, D(2025, 10, 19)).bestuur == BESTUUR_B
    assert zorgplicht(d, D(2025, 10, 20)).bestuur == BESTUUR_A


def test_weigering_zonder_inschrijving_houdt_zorgplicht_tot_aanmelding_elders() -> None:
    weigering = besluit(D(2025, 4, 1), Toelatingsuitkomst.GEWEIGERD)
    d = dossier(
        aanmeldingen=[
            aanmelding(A, D(2025, 3, 3), besluit=weigering),
            aanmelding(B, D(2025, 4, 7)),
        ],
        inschrijvingen=[inschrijving(B, D(2025, 5, 1))],
    )
    o = zorgplicht(d, D(2025, 4, 2))
    assert (o.bestuur, o.reden) == (BESTUUR_A, R.AANMELDING)
    assert "geweigerd" in o.uitleg
    assert zorgplicht(d, D(2025, 4, 7)).bestuur == BESTUUR_B
    assert zorgplicht(d, D(2025, 5, 1)).reden is R.INGESCHREVEN


def test_afgewezen_aanbod_beeindigt_de_zorgplicht_tot_een_nieuwe_aanmelding() -> None:
    d = dossier(
        aanmeldingen=[aanmelding(A, D(2025, 3, 3)), aanmelding(SBO, D(2025, 6, 2))],
        aanbodafwijzingen=[Aanbodafwijzing(leerling=LL, school=B, afgewezen_op=D(2025, 4, 1))],
    )
    o = zorgplicht(d, D(2025, 4, 1))
    assert (o.reden, o.bestuur, o.sinds) == (R.AANBOD_AFGEWEZEN, None, D(2025, 4, 1))
    assert "Kamerstukken II 2011/12, 33106, nr. 3" in str(o.grondslag[1])
    assert zorgplicht(d, D(2025, 6, 2)).bestuur == BESTUUR_S


def test_niet_behandelde_en_niet_schriftelijke_aanmeldingen() -> None:
    """AAN-04: a decision not to treat ends the aanmelding once the requested information
    stayed out past the term the school set (a decision without that ground: see below)."""
    verzoek = Informatieverzoek(verzonden_op=D(2025, 3, 10), termijn_tot=D(2025, 3, 24))
    niet = aanmelding(
        informatieverzoeken=[verzoek],
        besluit=besluit(D(2025, 4, 1), Toelatingsuitkomst.NIET_BEHANDELD),
    )
    assert zorgplicht(dossier(aanmeldingen=[niet]), D(2025, 4, 1)).reden is R.GEEN_AANMELDING
    mondeling = zorgplicht(dossier(aanmeldingen=[aanmelding(schriftelijk=False)]), D(2025, 3, 4))
    assert mondeling.bestuur == BESTUUR_A
    assert "niet schriftelijk" in mondeling.uitleg


def test_tijdelijke_inschrijving_en_lege_dagen() -> None:
    d = dossier(inschrijvingen=[inschrijving(A, D(2025, 4, 15), tijdelijk=True)])
    assert zorgplicht(d, D(2025, 4, 15)).reden is R.TIJDELIJK_INGESCHREVEN
    assert zorgplicht(d, D(2025, 4, 14)).reden is R.GEEN_DOSSIER  # nothing known yet
    uit = dossier(inschrijvingen=[inschrijving(A, D(2024, 8, 26), uitgeschreven_op=D(2025, 1, 6))])
    assert zorgplicht(uit, D(2025, 1, 6)).reden is R.GEEN_AANMELDING
    assert zorgplicht(dossier(), D(2025, 1, 6)).reden is R.GEEN_DOSSIER


@pytest.mark.parametrize("besluit_op", [None, D(2026, 2, 2)])
def test_verwijdering_laat_de_zorgplicht_bij_de_school_tot_inschrijving_elders(
    besluit_op: dt.date | None,
) -> None:
    """VER-01: an intended (or de-facto) removal, and a decided one, leave the zorgplicht with
    the school while the pupil is enrolled there."""
    verwijdering = Verwijdering(
        leerling=LL, school=A, besluit_op=besluit_op, inspectie_overleg_op=D(2026, 1, 20)
    )
    d = dossier(inschrijvingen=[inschrijving(A, D(2024, 8, 26))], verwijderingen=[verwijdering])
    o = zorgplicht(d, D(2026, 2, 10))
    assert (o.reden, o.bestuur) == (R.INGESCHREVEN, BESTUUR_A)
    assert "feitelijke uitsluiting" in o.uitleg
    assert "WPO art. 40 lid 11" in [str(b) for b in o.grondslag]


# --- Seed 001 (Rijn & Gelderse Vallei, Zorgplicht in schema) -----------------------------------


def test_seed001_onderinstroom_in_het_sbo_geeft_het_sbo_de_zorgplicht() -> None:
    o = zorgplicht(dossier(aanmeldingen=[aanmelding(SBO)]), D(2025, 3, 3))
    assert (o.bestuur, o.school) == (BESTUUR_S, SBO)


def test_seed001_school_vol_laat_zorgplicht_bij_de_verwijzende_school() -> None:
    d = dossier(
        inschrijvingen=[inschrijving(A, D(2024, 8, 26))],
        aanmeldingen=[aanmelding(B, D(2025, 10, 1), uitzondering=Uitzondering.SCHOOL_VOL)],
        capaciteiten=[vol(B)],
    )
    o = zorgplicht(d, D(2025, 10, 2))
    assert (o.reden, o.bestuur) == (R.INGESCHREVEN, BESTUUR_A)
    assert "school vol" in o.uitleg


@pytest.mark.parametrize("uitkomst", [TlvUitkomst.AANGEHOUDEN, TlvUitkomst.AFGEWEZEN])
def test_seed001_tlv_aangehouden_of_afgewezen_laat_zorgplicht_bij_de_school(
    uitkomst: TlvUitkomst,
) -> None:
    tlv = tlv_sbo(uitkomst)
    d = dossier(inschrijvingen=[inschrijving(A, D(2024, 8, 26))], tlvs=[tlv])
    assert zorgplicht(d, D(2025, 11, 2)).bestuur == BESTUUR_A


def test_seed001_tlv_afgegeven_sbo_neemt_zorgplicht_over_bij_inschrijving() -> None:
    """Seed 001 § 9: TLV issued, parents register at the SBO, the SBO enrols the pupil."""
    tlv = tlv_sbo()
    d = dossier(
        inschrijvingen=[
            inschrijving(A, D(2024, 8, 26), uitgeschreven_op=D(2026, 1, 5)),
            inschrijving(SBO, D(2026, 1, 5)),
        ],
        aanmeldingen=[aanmelding(SBO, D(2025, 11, 10))],
        tlvs=[tlv],
    )
    assert zorgplicht(d, D(2025, 11, 9)).bestuur == BESTUUR_A  # TLV alone moves nothing
    statutory = zorgplicht(d, D(2025, 11, 10))
    assert (statutory.bestuur, statutory.ingeschreven_bij) == (BESTUUR_S, A)  # AAN-08
    rgv = zorgplicht(d, D(2025, 11, 10), beleid=Beleid.rijn_gelderse_vallei())
    assert (rgv.bestuur, rgv.gedeeld_met, rgv.beleid) == (BESTUUR_A, SBO, rgv.beleid)
    assert rgv.wettelijk is not None
    assert rgv.wettelijk.bestuur == BESTUUR_S
    assert "gedeelde zorgplicht" in rgv.uitleg
    na = zorgplicht(d, D(2026, 1, 5), beleid=Beleid.rijn_gelderse_vallei())
    assert (na.reden, na.bestuur, na.wettelijk) == (R.INGESCHREVEN, BESTUUR_S, None)


def test_gedeelde_zorgplicht_alleen_na_weigering_of_bij_inschrijving() -> None:
    """Seed 001 § 8 is about a school of preference that cannot meet the need. Parents who
    register at two schools at once keep their first preference, also under that policy."""
    tegelijk = dossier(
        aanmeldingen=[
            aanmelding(A, D(2025, 3, 3), voorkeur=2),
            aanmelding(B, D(2025, 3, 4), voorkeur=1),
        ]
    )
    rgv = Beleid.rijn_gelderse_vallei()
    o = zorgplicht(tegelijk, D(2025, 3, 5), beleid=rgv)
    assert (o.bestuur, o.gedeeld_met, o.wettelijk) == (BESTUUR_B, None, None)
    # A refuses (another school willing); the parents then register at B and at the SBO.
    weigering = besluit(D(2025, 3, 20), Toelatingsuitkomst.GEWEIGERD)
    na_weigering = dossier(
        aanmeldingen=[
            aanmelding(A, D(2025, 3, 3), besluit=weigering),
            aanmelding(SBO, D(2025, 3, 21), voorkeur=2),
            aanmelding(B, D(2025, 3, 24), voorkeur=1),
        ]
    )
    o = zorgplicht(na_weigering, D(2025, 3, 25), beleid=rgv)
    assert (o.bestuur, o.sinds, o.gedeeld_met) == (BESTUUR_A, D(2025, 3, 3), B)
    assert "Geschillencommissie passend onderwijs oordeel 107070 (2016)" in [
        str(b) for b in o.grondslag
    ]


def test_gedeelde_zorgplicht_houdt_tijdelijke_inschrijving_tijdelijk() -> None:
    d = dossier(
        inschrijvingen=[inschrijving(A, D(2025, 4, 15), tijdelijk=True)],
        aanmeldingen=[aanmelding(B, D(2025, 5, 1))],
    )
    o = zorgplicht(d, D(2025, 5, 2), beleid=Beleid.rijn_gelderse_vallei())
    assert (o.reden, o.bestuur, o.gedeeld_met) == (R.TIJDELIJK_INGESCHREVEN, BESTUUR_A, B)


def test_zorgplicht_in_een_jaar_zonder_kb_lijst_alleen_waar_het_ertoe_doet() -> None:
    """2021's KB list is unknown (rules.md T-04): the zorgplicht is answered where the list
    cannot matter, and the first day of the right is not guessed."""
    ouder = Leerling(id="ll-2016", geboortedatum=D(2016, 6, 1))
    oud = dossier(leerling=ouder, aanmeldingen=[aanmelding(A, D(2021, 3, 1), leerling=ouder)])
    assert zorgplicht(oud, D(2021, 3, 2)).reden is R.AANMELDING
    lang_na = zorgplicht(oud, D(2025, 1, 6))
    assert (lang_na.reden, lang_na.sinds) == (R.TIJDELIJK_INGESCHREVEN, None)
    assert "niet bekend" in lang_na.uitleg
    with pytest.raises(NietBekend):
        zorgplicht(oud, D(2021, 4, 14))  # a day after the earliest possible end


def test_seed001_gedeelde_zorgplicht_zonder_inschrijving() -> None:
    """Seed 001 § 8: the new school runs its procedure within the first school's term."""
    weigering = besluit(D(2025, 3, 20), Toelatingsuitkomst.GEWEIGERD)
    d = dossier(
        aanmeldingen=[
            aanmelding(A, D(2025, 3, 3), besluit=weigering),
            aanmelding(B, D(2025, 3, 24)),
        ]
    )
    o = zorgplicht(d, D(2025, 3, 25), beleid=Beleid.rijn_gelderse_vallei())
    assert (o.bestuur, o.gedeeld_met) == (BESTUUR_A, B)
    assert o.wettelijk is not None
    assert o.wettelijk.bestuur == BESTUUR_B


# --- Seed 004 (Zuid-Kennemerland, Haarlem) and seed 000 ----------------------------------------


def test_haarlem_centrale_plaatsing_telt_vanaf_aanvaarding_van_de_plaats() -> None:
    a = aanmelding(A, D(2025, 1, 10), plaats_geaccepteerd_op=D(2025, 3, 3))
    d = dossier(aanmeldingen=[a])
    haarlem = Beleid.haarlem()
    voor = zorgplicht(d, D(2025, 2, 1), beleid=haarlem)
    assert (voor.reden, voor.bestuur) == (R.GEEN_AANMELDING, None)
    assert "centrale plaatsing" in voor.uitleg
    assert voor.wettelijk is not None
    assert (voor.wettelijk.reden, voor.wettelijk.sinds) == (R.AANMELDING, D(2025, 1, 10))
    na = zorgplicht(d, D(2025, 3, 3), beleid=haarlem)
    assert (na.reden, na.sinds, na.beleid) == (R.AANMELDING, D(2025, 3, 3), haarlem.naam)
    assert "Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 6.1.2" in [
        str(b) for b in na.grondslag
    ]
    # The six weeks run from acceptance: 2025-03-03 → 2025-04-14, so the right from 04-15.
    assert zorgplicht(d, D(2025, 4, 14), beleid=haarlem).reden is R.AANMELDING
    assert zorgplicht(d, D(2025, 4, 15), beleid=haarlem).reden is R.TIJDELIJK_INGESCHREVEN
    # Statute: received 2025-01-10 → 2025-02-21 (a Friday), so the right from 02-22.
    assert zorgplicht(d, D(2025, 2, 22)).reden is R.TIJDELIJK_INGESCHREVEN


def test_morele_zorgplicht_vanaf_het_eerste_contact() -> None:
    contact = Contactmoment(leerling=LL, school=A, op=D(2025, 2, 10))
    d = dossier(contactmomenten=[contact], aanmeldingen=[aanmelding(A, D(2025, 3, 3))])
    zk = Beleid.zuid_kennemerland()
    o = zorgplicht(d, D(2025, 2, 20), beleid=zk)
    assert (o.reden, o.bestuur, o.sinds, o.beleid) == (
        R.MOREEL,
        BESTUUR_A,
        D(2025, 2, 10),
        zk.naam,
    )
    assert o.wettelijk is not None
    assert o.wettelijk.reden is R.GEEN_AANMELDING
    # Once the written aanmelding is there, policy and statute agree: no policy is named.
    na = zorgplicht(d, D(2025, 3, 3), beleid=zk)
    assert (na.reden, na.beleid, na.wettelijk) == (R.AANMELDING, None, None)
    assert zorgplicht(d, D(2025, 2, 20)).reden is R.GEEN_AANMELDING


def test_financiele_zorgplicht_twee_jaar_na_bao_bao_wissel() -> None:
    wissel = Schoolwisselmelding(
        leerling=LL,
        van=A,
        naar=B,
        gewisseld_op=D(2025, 1, 6),
        verhuizing=False,
        extra_ondersteuningsbehoefte=True,
    )
    d = dossier(
        inschrijvingen=[
            inschrijving(A, D(2024, 8, 26), uitgeschreven_op=D(2025, 1, 6)),
            inschrijving(B, D(2025, 1, 6)),
        ],
        schoolwisselmeldingen=[wissel],
    )
    zk = Beleid.zuid_kennemerland()
    binnen = financieel_verantwoordelijke(d, D(2026, 6, 1), beleid=zk)
    assert (binnen.school, binnen.bestuur, binnen.tot) == (A, BESTUUR_A, D(2027, 1, 5))
    assert str(binnen.grondslag[0]) == "Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.3"
    # The zorgplicht itself stays with the school of enrolment (ZP-03: the two can differ).
    assert zorgplicht(d, D(2026, 6, 1), beleid=zk).bestuur == BESTUUR_B
    assert financieel_verantwoordelijke(d, D(2027, 1, 6), beleid=zk).school == B
    verhuisd = dossier(
        inschrijvingen=list(d.inschrijvingen),
        schoolwisselmeldingen=[Schoolwisselmelding(**{**vars_of(wissel), "verhuizing": True})],
    )
    assert financieel_verantwoordelijke(verhuisd, D(2026, 6, 1), beleid=zk).school == B
    wettelijk = financieel_verantwoordelijke(d, D(2026, 6, 1))
    assert (wettelijk.school, wettelijk.bestuur) == (None, None)
    assert "geen financiële zorgplicht" in wettelijk.uitleg
    nergens = financieel_verantwoordelijke(dossier(), D(2026, 6, 1), beleid=zk)
    assert nergens.school is None


def vars_of(waarde: Schoolwisselmelding) -> dict[str, Any]:
    return {
        "leerling": waarde.leerling,
        "van": waarde.van,
        "naar": waarde.naar,
        "gewisseld_op": waarde.gewisseld_op,
        "verhuizing": waarde.verhuizing,
        "extra_ondersteuningsbehoefte": waarde.extra_ondersteuningsbehoefte,
    }


def test_later_gegevens_tellen_niet_mee() -> None:
    """A decision, an enrolment and an aanmelding after the peildatum change nothing on it."""
    later = dossier(
        aanmeldingen=[
            aanmelding(A, besluit=besluit(D(2025, 4, 1), Toelatingsuitkomst.GEWEIGERD)),
            aanmelding(B, D(2025, 5, 1)),
        ],
        inschrijvingen=[inschrijving(B, D(2025, 6, 1))],
    )
    nu = dossier(aanmeldingen=[aanmelding(A)])
    assert zorgplicht(later, D(2025, 3, 20)) == zorgplicht(nu, D(2025, 3, 20))


def test_oordeel_als_html_tabel_is_ge_escaped() -> None:
    vreemd = School(
        brin="99ZZ",
        naam="<script>x</script>",
        soort=Schoolsoort.BAO,
        bestuur=Schoolbestuur(id="b", naam="A & B", soort=Bestuurssoort.BIJZONDER),
    )
    html = zorgplicht(dossier(aanmeldingen=[aanmelding(vreemd)]), D(2025, 3, 4))._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "A &amp; B" in html
    assert "WPO art. 40 lid 4" in html
    leeg = zorgplicht(dossier(), D(2025, 3, 4))._repr_html_()
    assert "geen zorgplicht" in leeg


def test_records_weigeren_wat_geen_ja_of_nee_is_en_bao_bao_is_bao() -> None:
    with pytest.raises(OngeldigeInvoer, match="schriftelijk"):
        aanmelding(schriftelijk="nee")
    with pytest.raises(OngeldigeInvoer, match="tijdelijk"):
        inschrijving(A, D(2025, 1, 6), tijdelijk=1)
    with pytest.raises(OngeldigeInvoer) as fout:
        Schoolwisselmelding(
            leerling=LL,
            van=A,
            naar=SBO,
            gewisseld_op=D(2025, 1, 6),
            verhuizing=False,
            extra_ondersteuningsbehoefte=True,
        )
    assert (fout.value.veld, fout.value.waarde) == ("naar", "33CC")
    with pytest.raises(OngeldigeInvoer, match="verhuizing"):
        Schoolwisselmelding(
            leerling=LL,
            van=A,
            naar=B,
            gewisseld_op=D(2025, 1, 6),
            verhuizing="nee",  # type: ignore[arg-type]
            extra_ondersteuningsbehoefte=True,
        )


# --- Issue 11: what the dossier implies counts ---------------------------------------------------

VO_SCHOOL = School(brin="66VO", naam="Het Lyceum", soort=Schoolsoort.VO, bestuur=BESTUUR_B)
AURIS = School(brin="77SO", naam="Auris", soort=Schoolsoort.SO, bestuur=BESTUUR_S, cluster=2)


def test_een_niet_opgegeven_voorkeur_is_onbekend_niet_eerste() -> None:
    """AAN-05: without a stated preference the case is ambiguous; the default is the earliest
    received aanmelding, flagged as policy. Two aanmeldingen recorded without a preference do
    not make the most recent one "first"."""
    assert aanmelding().voorkeur is None
    d = dossier(aanmeldingen=[aanmelding(A, D(2025, 3, 3)), aanmelding(B, D(2025, 3, 5))])
    o = zorgplicht(d, D(2025, 3, 10))
    assert (o.school, o.bestuur, o.sinds) == (A, BESTUUR_A, D(2025, 3, 3))
    assert "beleidskeuze" in o.uitleg


def test_tegenstrijdige_voorkeuren_worden_gemeld() -> None:
    """Two running aanmeldingen that both name voorkeur 1: the parents' first preference is not
    known (AAN-05). passend takes the earliest, says so, and toets' aandachtspunten report it."""
    d = dossier(
        aanmeldingen=[
            aanmelding(A, D(2025, 3, 3), voorkeur=1),
            aanmelding(B, D(2025, 3, 5), voorkeur=1),
        ]
    )
    o = zorgplicht(d, D(2025, 3, 10))
    assert o.school == A
    assert "Tegenstrijdige voorkeur" in o.uitleg
    assert "De Akker (11AA) en De Beuk (22BB)" in o.uitleg
    (punt,) = [p for p in aandachtspunten(d, D(2025, 3, 10)) if "voorkeur" in p.onderwerp]
    assert punt.onderwerp == "Tegenstrijdige voorkeur"
    assert "maandag 2025-03-03" in punt.uitleg
    assert "woensdag 2025-03-05" in punt.uitleg
    # Once the first school refused (another school willing), the second is no contradiction.
    geweigerd = aanmelding(A, D(2025, 3, 3), voorkeur=1, besluit=besluit(D(2025, 3, 4), G))
    na = dossier(aanmeldingen=[geweigerd, aanmelding(B, D(2025, 3, 5), voorkeur=1)])
    assert not [p for p in aandachtspunten(na, D(2025, 3, 10)) if "voorkeur" in p.onderwerp]
    assert zorgplicht(na, D(2025, 3, 10)).school == B


def test_hoogste_opgegeven_voorkeur_telt_als_de_eerste_is_afgevallen() -> None:
    d = dossier(
        aanmeldingen=[
            aanmelding(A, D(2025, 3, 3), voorkeur=1, uitzondering=Uitzondering.SCHOOL_VOL),
            aanmelding(B, D(2025, 3, 4), voorkeur=3),
            aanmelding(SBO, D(2025, 3, 5), voorkeur=2),
        ],
        capaciteiten=[vol(A)],
    )
    o = zorgplicht(d, D(2025, 3, 10))
    assert o.school == SBO
    assert "voorkeur 2" in o.uitleg


@pytest.mark.parametrize("cluster", [1, 2])
def test_cluster_1_of_2_geeft_geen_zorgplicht_en_geen_tijdelijke_inschrijving(cluster: int) -> None:
    """AAN-07 #5, OVR-08: a cluster 1/2 institution has its own admission; an aanmelding there
    starts no zorgplicht and, after six weeks, no right to temporary enrolment. The school's
    cluster says so, also when no exception is recorded."""
    school = attrs.evolve(AURIS, cluster=cluster)
    d = dossier(aanmeldingen=[aanmelding(school, D(2025, 3, 3))])
    for op in (D(2025, 3, 3), D(2025, 6, 2)):
        o = zorgplicht(d, op)
        assert (o.reden, o.bestuur, o.uitzondering) == (
            R.UITZONDERING,
            None,
            Uitzondering.CLUSTER_1_2,
        )
    assert "cluster" in o.uitleg
    assert "OVR-08" in [b.regel for b in o.grondslag]


@pytest.mark.parametrize(
    ("school", "uitzondering"),
    [
        (B, Uitzondering.GRONDSLAG_GEWEIGERD),  # openbaar: no grondslag to endorse
        (A, Uitzondering.VO_TOELATINGSEISEN),  # a basisschool has no VO admission requirements
        (A, Uitzondering.CLUSTER_1_2),  # a basisschool is no cluster 1/2 institution
    ],
)
def test_uitzondering_die_bij_de_school_niet_kan_gelden_beeindigt_niets(
    school: School, uitzondering: Uitzondering
) -> None:
    """AAN-07: the grondslag exception belongs to a bijzondere school, the admission
    requirements to VO, cluster 1/2 to such an institution. Recorded elsewhere, the zorgplicht
    stays and toets reports it."""
    d = dossier(aanmeldingen=[aanmelding(school, uitzondering=uitzondering)])
    o = zorgplicht(d, D(2025, 3, 10))
    assert (o.reden, o.bestuur, o.uitzondering) == (R.AANMELDING, school.bestuur, None)
    assert f"uitzondering '{uitzondering.value}' vastgelegd, maar alleen" in o.uitleg
    assert "de zorgplicht blijft" in o.uitleg
    (g,) = toets(d, D(2025, 3, 10))
    assert g.code is GebrekCode.UITZONDERING_NIET_VAN_TOEPASSING
    assert str(g.grondslag[0]) == "WPO art. 40 lid 5"
    assert g.gpo_reden is GpoReden.PROCEDURE_NIET_GEVOLGD


def test_weigering_met_een_onmogelijke_uitzondering_vraagt_een_andere_school() -> None:
    """BES-04: the openbare school that refuses 'on its grondslag' had the zorgplicht, so it
    had to find another school first."""
    weigering = besluit(D(2025, 4, 1), G)
    d = dossier(
        aanmeldingen=[
            aanmelding(B, uitzondering=Uitzondering.GRONDSLAG_GEWEIGERD, besluit=weigering)
        ]
    )
    codes = {g.code for g in toets(d, D(2025, 9, 1))}
    assert codes == {
        GebrekCode.WEIGERING_ZONDER_ANDERE_SCHOOL,
        GebrekCode.UITZONDERING_NIET_VAN_TOEPASSING,
    }


def test_niet_behandelen_zonder_informatieverzoek_beeindigt_de_zorgplicht_niet() -> None:
    """AAN-04: only after a request for information whose term ran out (or that was answered)
    may the bestuur decide not to treat the aanmelding. Without one, the zorgplicht of that
    aanmelding stays and toets reports the defect."""
    niet = aanmelding(besluit=besluit(D(2025, 4, 1), Toelatingsuitkomst.NIET_BEHANDELD))
    d = dossier(aanmeldingen=[niet])
    o = zorgplicht(d, D(2025, 5, 1))
    assert (o.reden, o.bestuur) == (R.AANMELDING, BESTUUR_A)
    assert "beëindigt de zorgplicht niet" in o.uitleg
    assert [g.code for g in toets(d, D(2025, 5, 1))] == [
        GebrekCode.NIET_BEHANDELD_ZONDER_INFORMATIEVERZOEK
    ]
    # Registered elsewhere afterwards, the new school has it (AAN-08).
    elders = dossier(aanmeldingen=[niet, aanmelding(B, D(2025, 4, 7))])
    assert zorgplicht(elders, D(2025, 5, 1)).bestuur == BESTUUR_B


def test_tijdelijke_inschrijving_eindigt_met_de_weigering() -> None:
    """BES-02: the temporary enrolment holds until the decision. Refused on 2 June, the pupil
    is no longer temporarily enrolled, even if the dossier shows no uitschrijving; the refusing
    school keeps the zorgplicht until the pupil is placed (ZP-01, BES-04)."""
    weigering = Toelatingsbesluit(
        datum=D(2025, 6, 2),
        uitkomst=G,
        andere_school=B,
        andere_school_bereid_op=D(2025, 5, 28),
    )
    tijdelijk = inschrijving(A, D(2025, 4, 15), tijdelijk=True)
    d = dossier(aanmeldingen=[aanmelding(A, besluit=weigering)], inschrijvingen=[tijdelijk])
    voor = zorgplicht(d, D(2025, 5, 1))
    assert (voor.reden, voor.bestuur, voor.sinds) == (
        R.TIJDELIJK_INGESCHREVEN,
        BESTUUR_A,
        D(2025, 4, 15),
    )
    na = zorgplicht(d, D(2025, 9, 1))
    assert (na.reden, na.bestuur, na.ingeschreven_bij) == (R.AANMELDING, BESTUUR_A, None)
    assert "tijdelijke inschrijving" in na.uitleg
    assert "eindigde" in na.uitleg
    assert "geweigerd" in na.uitleg


def test_tijdelijke_inschrijving_wordt_definitief_met_de_toelating() -> None:
    """BES-02: admitted after the temporary enrolment, the enrolment becomes definitive."""
    toelating = besluit(D(2025, 6, 2), Toelatingsuitkomst.TOEGELATEN)
    tijdelijk = inschrijving(A, D(2025, 4, 15), tijdelijk=True)
    d = dossier(aanmeldingen=[aanmelding(A, besluit=toelating)], inschrijvingen=[tijdelijk])
    o = zorgplicht(d, D(2025, 9, 1))
    assert (o.reden, o.bestuur, o.ingeschreven_bij) == (R.INGESCHREVEN, BESTUUR_A, A)
    assert "definitief" in o.uitleg


def test_voor_1_augustus_2014_geldt_passend_onderwijs_niet() -> None:
    """LAW-01: the zorgplicht exists from 2014-08-01. Nothing before that day is judged by it,
    and an aanmelding from before then starts none."""
    oud = Leerling(id="ll-2009", geboortedatum=D(2009, 5, 1))
    d = dossier(leerling=oud, aanmeldingen=[aanmelding(A, D(2014, 6, 2), leerling=oud)])
    voor = zorgplicht(d, D(2014, 7, 31))
    assert (voor.reden, voor.bestuur) == (R.NIET_VAN_TOEPASSING, None)
    assert "1 augustus 2014" in voor.uitleg
    assert voor.grondslag[0].regel == "LAW-01"
    na = zorgplicht(d, D(2014, 9, 1))
    assert (na.reden, na.bestuur, na.school) == (R.NIET_VAN_TOEPASSING, None, A)
    assert "vóór 1 augustus 2014" in na.uitleg
    # An enrolment from before then: the zorgplicht of the school runs from 2014-08-01.
    ingeschreven = dossier(
        leerling=oud, inschrijvingen=[inschrijving(A, D(2013, 8, 19), leerling=oud)]
    )
    o = zorgplicht(ingeschreven, D(2014, 9, 1))
    assert (o.reden, o.bestuur, o.sinds) == (R.INGESCHREVEN, BESTUUR_A, D(2014, 8, 1))


def test_morele_zorgplicht_bij_de_school_van_voorkeur() -> None:
    """Seed 004 § 6.1.1: the school asks whether the parents called other schools; the school
    of their preference takes the morele zorgplicht on."""
    contacten = [
        Contactmoment(leerling=LL, school=A, op=D(2025, 2, 10), voorkeur=2),
        Contactmoment(leerling=LL, school=B, op=D(2025, 2, 12), voorkeur=1),
    ]
    d = dossier(contactmomenten=contacten)
    o = zorgplicht(d, D(2025, 2, 20), beleid=Beleid.zuid_kennemerland())
    assert (o.reden, o.school, o.sinds) == (R.MOREEL, B, D(2025, 2, 12))
    assert "eerste voorkeur" in o.uitleg
    # Before the second call only De Akker was contacted.
    assert zorgplicht(d, D(2025, 2, 11), beleid=Beleid.zuid_kennemerland()).school == A


def test_onbekende_behoefte_elders_noemt_de_school_van_inschrijving_als_terugval() -> None:
    """AAN-08: a written aanmelding elsewhere moves the zorgplicht if the pupil needs extra
    support. With that need unknown, the answer is unknown, but it does not drop the school
    where the pupil is enrolled and receives extra support."""
    steun = ExtraOndersteuning(leerling=LL, school=A, vanaf=D(2024, 9, 2))
    d = dossier(
        inschrijvingen=[inschrijving(A, D(2024, 8, 26))],
        ondersteuningen=[steun],
        aanmeldingen=[
            aanmelding(B, D(2025, 10, 1), ondersteuningsbehoefte=Ondersteuningsbehoefte.ONBEKEND)
        ],
    )
    o = zorgplicht(d, D(2025, 10, 2))
    assert (o.reden, o.bestuur, o.school, o.ingeschreven_bij) == (R.ONBEKEND, BESTUUR_A, A, A)
    assert "De Beuk (22BB)" in o.uitleg
    assert "terugval" in o.uitleg
    assert "extra ondersteuning sinds maandag 2024-09-02" in o.uitleg


@pytest.mark.parametrize(
    ("hier", "extra", "steun"),
    [
        (SBO, {}, "op een school voor SBO krijgt elke leerling extra ondersteuning"),
        (A, {"opps": "opp"}, "een OPP (vastgesteld maandag 2024-10-07)"),
        (A, {}, None),
    ],
)
def test_terugval_zegt_waar_de_ondersteuning_blijkt(
    hier: School, extra: dict[str, str], steun: str | None
) -> None:
    """The fallback names the school of enrolment, and where the dossier shows the support:
    every pupil of an SBO school has it (OPP-01), an OPP on file shows it, otherwise nothing."""
    opp = Opp(
        leerling=LL,
        school=A,
        vastgesteld_op=D(2024, 10, 7),
        uitstroombestemming="vo",
        belemmerende_factoren=("prikkelverwerking",),
        bevorderende_factoren=("doorzettingsvermogen",),
        handelingsdeel=None,
    )
    d = dossier(
        inschrijvingen=[inschrijving(hier, D(2024, 8, 26))],
        opps=[opp] if extra else [],
        aanmeldingen=[
            aanmelding(B, D(2025, 10, 1), ondersteuningsbehoefte=Ondersteuningsbehoefte.ONBEKEND)
        ],
    )
    o = zorgplicht(d, D(2025, 10, 2))
    assert (o.reden, o.bestuur) == (R.ONBEKEND, hier.bestuur)
    if steun is None:
        assert o.uitleg.endswith("als terugval.")
    else:
        assert steun in o.uitleg


def test_geen_tegenstrijdige_voorkeur_na_inschrijving_of_met_verschillende_voorkeur() -> None:
    """Only aanmeldingen that ran at the same time, with the same rank, contradict each other."""
    tweede = aanmelding(B, D(2025, 3, 5), voorkeur=2)
    verschillend = dossier(aanmeldingen=[aanmelding(A, voorkeur=1), tweede])
    na_inschrijving = dossier(
        aanmeldingen=[aanmelding(A, voorkeur=1), aanmelding(B, D(2025, 6, 2), voorkeur=1)],
        inschrijvingen=[inschrijving(A, D(2025, 5, 1))],
    )
    for d in (verschillend, na_inschrijving):
        assert not [p for p in aandachtspunten(d, D(2025, 7, 1)) if "voorkeur" in p.onderwerp]


def test_aanmelding_elders_zonder_extra_behoefte_verplaatst_de_zorgplicht_niet() -> None:
    d = dossier(
        inschrijvingen=[inschrijving(A, D(2024, 8, 26))],
        aanmeldingen=[
            aanmelding(B, D(2025, 10, 1), ondersteuningsbehoefte=Ondersteuningsbehoefte.GEEN)
        ],
    )
    o = zorgplicht(d, D(2025, 10, 2))
    assert (o.reden, o.bestuur) == (R.INGESCHREVEN, BESTUUR_A)
    assert "gewone toelatingsregels" in o.uitleg


def test_vo_zorgplicht_noemt_wvo_artikel_8_9_lid_2() -> None:
    """Seed 003 noot 10: WPO art. 40 lid 4, WVO 2020 art. 8.9 lid 2, WEC art. 40 lid 5."""
    tiener = Leerling(id="ll-vo", geboortedatum=D(2013, 5, 1))
    d = dossier(leerling=tiener, aanmeldingen=[aanmelding(VO_SCHOOL, leerling=tiener)])
    assert str(zorgplicht(d, D(2025, 3, 3)).grondslag[0]) == "WVO 2020 art. 8.9 lid 2"


def test_beslistermijn_noemt_wpo_artikel_40_lid_6_en_12() -> None:
    """BES-01 and seed 003 noot 18: "WPO artikel 40 lid 6 en 12"."""
    termijn = aanmelding().beslistermijn()
    assert [str(b) for b in termijn.grondslag][:2] == ["WPO art. 40 lid 6", "WPO art. 40 lid 12"]
