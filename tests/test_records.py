"""Consistency rules of the record classes: a dossier never holds contradictory facts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from passend import (
    Aanmelding,
    Bestuurssoort,
    Bezwaar,
    Dossier,
    Informatieverzoek,
    Inschrijving,
    Leerling,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
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
    Verlenging,
)

D = dt.date
LL = Leerling(id="ll-1", geboortedatum=D(2019, 5, 1))
ANDER = Leerling(id="ll-2", geboortedatum=D(2019, 6, 1))
BESTUUR = Schoolbestuur(id="b", naam="Stichting", soort=Bestuurssoort.BIJZONDER)
SCHOOL = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BESTUUR)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV", sector=Sector.PO)


def aanmelding(**kw: object) -> Aanmelding:
    velden: dict[str, object] = {
        "leerling": LL,
        "school": SCHOOL,
        "ontvangen_op": D(2025, 3, 3),
        "ondersteuningsbehoefte": Ondersteuningsbehoefte.VERMOED,
    }
    velden.update(kw)
    return Aanmelding(**velden)  # type: ignore[arg-type]


def test_besluit_voor_aanmelding_is_tegenstrijdig() -> None:
    besluit = Toelatingsbesluit(datum=D(2025, 3, 1), uitkomst=Toelatingsuitkomst.TOEGELATEN)
    with pytest.raises(TegenstrijdigDossier) as fout:
        aanmelding(besluit=besluit)
    assert fout.value.veld == "besluit"
    assert "2025-03-03" in str(fout.value)


def test_verlenging_voor_aanmelding_is_tegenstrijdig() -> None:
    with pytest.raises(TegenstrijdigDossier, match="verlenging"):
        aanmelding(verlenging=Verlenging(medegedeeld_op=D(2025, 3, 1), weken=2))


@pytest.mark.parametrize("weken", [0, -2, True])
def test_verlenging_moet_minstens_een_week_zijn(weken: object) -> None:
    with pytest.raises(OngeldigeInvoer, match="weken"):
        Verlenging(medegedeeld_op=D(2025, 3, 10), weken=weken)  # type: ignore[arg-type]


@pytest.mark.parametrize("voorkeur", [0, -1, True, "1"])
def test_voorkeur_is_een_rangnummer(voorkeur: object) -> None:
    with pytest.raises(OngeldigeInvoer, match="voorkeur"):
        aanmelding(voorkeur=voorkeur)


def test_te_lange_verlenging_telt_vier_weken_en_zegt_dat() -> None:
    a = aanmelding(verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=6))
    t = a.beslistermijn()
    assert t.einde == D(2025, 5, 12)  # rules.md E1: 10 weeks at most
    assert "ten hoogste 4 weken" in t.uitleg


def test_beslistermijn_gebruikt_de_sector_van_de_school_en_ontvangen_informatie() -> None:
    a = aanmelding(
        informatieverzoeken=(
            Informatieverzoek(verzonden_op=D(2025, 3, 10), ontvangen_op=D(2025, 3, 24)),
            Informatieverzoek(verzonden_op=D(2025, 3, 25)),
        )
    )
    t = a.beslistermijn()
    # BES-01: WPO art. 40 lid 6 with lid 12 (seed 003 noot 18), then the Atw.
    assert [str(b) for b in t.grondslag] == [
        "WPO art. 40 lid 6",
        "WPO art. 40 lid 12",
        "Atw art. 1 lid 1",
    ]
    assert t.einde == D(2025, 4, 14)  # statute: information requests do not stop the clock


def test_informatie_voor_het_verzoek_is_tegenstrijdig() -> None:
    with pytest.raises(TegenstrijdigDossier, match="ontvangen_op"):
        Informatieverzoek(verzonden_op=D(2025, 3, 10), ontvangen_op=D(2025, 3, 9))


def test_uitschrijving_voor_inschrijving_is_tegenstrijdig() -> None:
    with pytest.raises(TegenstrijdigDossier, match="uitgeschreven_op"):
        Inschrijving(
            leerling=LL,
            school=SCHOOL,
            ingeschreven_op=D(2025, 9, 1),
            uitgeschreven_op=D(2025, 8, 1),
        )


def test_inschrijving_loopt_tot_de_dag_van_uitschrijving() -> None:
    i = Inschrijving(
        leerling=LL, school=SCHOOL, ingeschreven_op=D(2025, 9, 1), uitgeschreven_op=D(2026, 1, 5)
    )
    assert not i.ingeschreven(D(2025, 8, 31))
    assert i.ingeschreven(D(2025, 9, 1))
    assert i.ingeschreven(D(2026, 1, 4))
    assert not i.ingeschreven(D(2026, 1, 5))


def test_tlv_uitkomst_hoort_bij_besluitdatum() -> None:
    basis = {
        "leerling": LL,
        "swv": SWV,
        "categorie": TlvCategorie.SBO,
        "aangevraagd_op": D(2025, 10, 1),
        "aanvrager": SCHOOL,
    }
    with pytest.raises(TegenstrijdigDossier, match="besluitdatum"):
        Tlv(**basis, uitkomst=TlvUitkomst.AFGEGEVEN)  # type: ignore[arg-type]
    with pytest.raises(TegenstrijdigDossier, match="besluitdatum"):
        Tlv(**basis, besluit_op=D(2025, 11, 1))  # type: ignore[arg-type]
    with pytest.raises(TegenstrijdigDossier, match="ingangsdatum"):
        Tlv(
            **basis,  # type: ignore[arg-type]
            besluit_op=D(2025, 11, 1),
            uitkomst=TlvUitkomst.AFGEGEVEN,
            ingangsdatum=D(2026, 1, 1),
            einddatum=D(2026, 1, 1),
        )


def test_gpo_oordeel_voor_indiening_en_schorsing_achterstevoren() -> None:
    with pytest.raises(TegenstrijdigDossier, match="gpo_oordeel_op"):
        Bezwaar(
            ontvangen_op=D(2026, 3, 11),
            gpo_ingediend_op=D(2026, 3, 18),
            gpo_oordeel_op=D(2026, 3, 17),
        )
    with pytest.raises(TegenstrijdigDossier, match="einde"):
        Schorsing(leerling=LL, school=SCHOOL, begin=D(2026, 3, 9), einde=D(2026, 3, 8))


def test_dossier_weigert_records_van_een_andere_leerling() -> None:
    with pytest.raises(TegenstrijdigDossier) as fout:
        Dossier(leerling=LL, aanmeldingen=(aanmelding(leerling=ANDER),))
    assert fout.value.veld == "aanmeldingen"
    assert fout.value.waarde == "ll-2"


def test_dossier_geeft_records_in_veldvolgorde() -> None:
    a = aanmelding()
    dossier = Dossier(leerling=LL, aanmeldingen=(a,))
    assert dossier.aanmeldingen == (a,)
    assert dossier.records() == (a,)


def test_dossier_weigert_een_record_van_de_verkeerde_soort() -> None:
    verkeerd: Any = aanmelding()  # what untyped callers (JSON, notebooks) can pass
    with pytest.raises(OngeldigeInvoer) as fout:
        Dossier(leerling=LL, tlvs=(verkeerd,))
    assert fout.value.veld == "tlvs[0]"
    assert fout.value.code == "ongeldige_invoer"
