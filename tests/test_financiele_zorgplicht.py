"""Who pays a referral to SBO or SO under the TOP-verdeelmodel of Zuid-Kennemerland (ZP-03,
SP-10, worked example P13; seed 004 § 8.1.2 and § 8.1.3).

A regular basisschool buys a place in gespecialiseerd onderwijs from its own
ondersteuningsbudget (§ 8.1.2); after a bao-bao switch that is not a verhuizing the referring
school stays "financieel zorgplichtig" for two years (§ 8.1.3). The SBO or SO school that takes
the pupil in never pays the placement.
"""

from __future__ import annotations

import datetime as dt

import attrs

from passend import (
    Beleid,
    Bestuurssoort,
    Dossier,
    Inschrijving,
    Leerling,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schoolwisselmelding,
    Sector,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    financieel_verantwoordelijke,
)
from passend._tlv import verwijzing

D = dt.date
ZK = Beleid.zuid_kennemerland()
LL = Leerling(id="ll-1", geboortedatum=D(2017, 3, 1))
SWV = Samenwerkingsverband(id="PO2704", naam="SWV Zuid-Kennemerland", sector=Sector.PO)
BESTUUR_A = Schoolbestuur(id="b-a", naam="Stichting A", soort=Bestuurssoort.BIJZONDER)
BESTUUR_B = Schoolbestuur(id="b-b", naam="Gemeente B", soort=Bestuurssoort.OPENBAAR)
BESTUUR_S = Schoolbestuur(id="b-s", naam="Stichting SBO", soort=Bestuurssoort.BIJZONDER)
A = School(brin="11AA", naam="De Akker", soort=Schoolsoort.BAO, bestuur=BESTUUR_A, swv=SWV)
B = School(brin="22BB", naam="De Beuk", soort=Schoolsoort.BAO, bestuur=BESTUUR_B, swv=SWV)
SBO = School(brin="33CC", naam="IKC Focus", soort=Schoolsoort.SBO, bestuur=BESTUUR_S, swv=SWV)


def wissel(op: dt.date) -> Schoolwisselmelding:
    return Schoolwisselmelding(
        leerling=LL,
        van=A,
        naar=B,
        gewisseld_op=op,
        verhuizing=False,
        extra_ondersteuningsbehoefte=True,
    )


def tlv(aangevraagd_op: dt.date, aanvrager: School = B) -> Tlv:
    return Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=aangevraagd_op,
        aanvrager=aanvrager,
        besluit_op=aangevraagd_op + dt.timedelta(days=28),
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=aangevraagd_op + dt.timedelta(days=28),
        einddatum=D(2029, 7, 31),
    )


def verwezen(gewisseld: dt.date, aangevraagd: dt.date, geplaatst: dt.date) -> Dossier:
    """A at first, B from ``gewisseld`` (a switch that counts), SBO from ``geplaatst``."""
    return Dossier(
        leerling=LL,
        inschrijvingen=(
            Inschrijving(
                leerling=LL, school=A, ingeschreven_op=D(2021, 8, 30), uitgeschreven_op=gewisseld
            ),
            Inschrijving(
                leerling=LL, school=B, ingeschreven_op=gewisseld, uitgeschreven_op=geplaatst
            ),
            Inschrijving(leerling=LL, school=SBO, ingeschreven_op=geplaatst),
        ),
        tlvs=(tlv(aangevraagd),),
        schoolwisselmeldingen=(wissel(gewisseld),),
    )


def test_na_wissel_en_verwijzing_betaalt_de_verwijzende_school_niet_het_sbo() -> None:
    """Issue 11, point 6: switch A → B on 2025-01-06, B asks an SBO TLV on 2026-02-02 and the
    pupil goes to the SBO on 2026-04-01. The referral falls within the two years: A pays."""
    d = verwezen(D(2025, 1, 6), D(2026, 2, 2), D(2026, 4, 1))
    f = financieel_verantwoordelijke(d, D(2026, 6, 1), beleid=ZK)
    assert (f.school, f.bestuur, f.tot) == (A, BESTUUR_A, D(2027, 1, 5))
    assert f.uitleg.startswith("De Akker (11AA) is financieel verantwoordelijk voor de verwijzing")
    assert "IKC Focus" not in f.uitleg
    assert "2026-02-02 (blijkt uit de TLV-aanvraag voor sbo)" in f.uitleg


def test_p13_het_tlv_moment_beslist_binnen_of_buiten_de_twee_jaar() -> None:
    """P13: inschrijving new school wo 2025-10-01, window [2025-10-01, 2027-10-01). An SBO TLV
    of 2027-06-15 → the referring school (A) pays; of 2027-10-04 → the receiving school (B)."""
    binnen = verwezen(D(2025, 10, 1), D(2027, 6, 15), D(2027, 8, 30))
    assert financieel_verantwoordelijke(binnen, D(2027, 9, 1), beleid=ZK).school == A
    buiten = verwezen(D(2025, 10, 1), D(2027, 10, 4), D(2027, 11, 1))
    f = financieel_verantwoordelijke(buiten, D(2027, 11, 2), beleid=ZK)
    assert (f.school, f.tot) == (B, None)
    assert "eigen ondersteuningsbudget" in f.uitleg
    assert "liepen tot en met donderdag 2027-09-30" in f.uitleg
    # Still at the basisschool with a pending request: the request, not the peildatum, counts.
    d = verwezen(D(2025, 10, 1), D(2027, 6, 15), D(2027, 8, 30))
    assert financieel_verantwoordelijke(d, D(2027, 8, 29), beleid=ZK).school == A


def test_zonder_wissel_betaalt_de_school_waar_de_leerling_vandaan_kwam() -> None:
    """§ 8.1.2: the regular school buys the place from its own ondersteuningsbudget."""
    d = Dossier(
        leerling=LL,
        inschrijvingen=(
            Inschrijving(
                leerling=LL,
                school=B,
                ingeschreven_op=D(2021, 8, 30),
                uitgeschreven_op=D(2026, 4, 1),
            ),
            Inschrijving(leerling=LL, school=SBO, ingeschreven_op=D(2026, 4, 1)),
        ),
    )
    f = financieel_verantwoordelijke(d, D(2026, 6, 1), beleid=ZK)
    assert (f.school, f.bestuur) == (B, BESTUUR_B)
    assert "§ 8.1.2" in [b.artikel for b in f.grondslag]
    # Straight into the SBO (a voorschoolse TLV): no basisschool pays.
    direct = Dossier(
        leerling=LL,
        inschrijvingen=(Inschrijving(leerling=LL, school=SBO, ingeschreven_op=D(2021, 8, 30)),),
    )
    f = financieel_verantwoordelijke(direct, D(2026, 6, 1), beleid=ZK)
    assert (f.school, f.bestuur) == (None, None)
    assert "IKC Focus" in f.uitleg


def test_alleen_een_basisschool_verwijst() -> None:
    """ZP-03 and the TOP budget are about basisscholen: a VO pupil has no referring
    basisschool, and a switch dated after the referral does not reach back to it."""
    vo = School(brin="44DD", naam="Het Lyceum", soort=Schoolsoort.VO, bestuur=BESTUUR_B, swv=SWV)
    inschrijving = Inschrijving(leerling=LL, school=vo, ingeschreven_op=D(2029, 8, 20))
    assert verwijzing(Dossier(leerling=LL, inschrijvingen=(inschrijving,)), inschrijving) is None
    f = financieel_verantwoordelijke(
        Dossier(leerling=LL, inschrijvingen=(inschrijving,)), D(2029, 9, 1), beleid=ZK
    )
    assert (f.school, f.bestuur) == (None, None)
    assert "geen basisschool" in f.uitleg
    # B reported the switch as of 2025-03-01, after its TLV request of 2025-02-03.
    d = verwezen(D(2025, 1, 6), D(2025, 2, 3), D(2025, 4, 1))
    laat_gemeld = attrs.evolve(d, schoolwisselmeldingen=(wissel(D(2025, 3, 1)),))
    assert financieel_verantwoordelijke(laat_gemeld, D(2025, 6, 2), beleid=ZK).school == B
