"""The dossier as it stood on a day (``Dossier.stand_op``) and the terms running on it."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from passend import (
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Bezwaar,
    Contactmoment,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    ExtraOndersteuning,
    Gehoord,
    Gehoorde,
    Handelingsdeel,
    Informatieverzoek,
    Leerling,
    NietBekend,
    Ondersteuningsbehoefte,
    Opp,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schorsing,
    Sector,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Verlenging,
    Verwijdering,
    lopende_termijnen,
)

D = dt.date
LL = Leerling(id="ll-1", geboortedatum=D(2018, 5, 1))
BESTUUR = Schoolbestuur(id="b", naam="Stichting", soort=Bestuurssoort.BIJZONDER)
BAO = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BESTUUR)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV", sector=Sector.PO)


def aanmelding(**kw: object) -> Aanmelding:
    return Aanmelding(
        leerling=LL,
        school=BAO,
        ontvangen_op=D(2025, 3, 3),
        ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
        **kw,  # type: ignore[arg-type]
    )


def test_stand_op_laat_latere_stappen_weg() -> None:
    a = aanmelding(
        verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=4),
        informatieverzoeken=[
            Informatieverzoek(verzonden_op=D(2025, 3, 10), ontvangen_op=D(2025, 3, 24)),
            Informatieverzoek(verzonden_op=D(2025, 3, 25)),
        ],
        besluit=Toelatingsbesluit(datum=D(2025, 5, 1), uitkomst=Toelatingsuitkomst.TOEGELATEN),
    )
    stand = Dossier(leerling=LL, aanmeldingen=[a]).stand_op(D(2025, 3, 20))
    (gezien,) = stand.aanmeldingen
    assert gezien.verlenging is None
    assert gezien.besluit is None
    assert [(v.verzonden_op, v.ontvangen_op) for v in gezien.informatieverzoeken] == [
        (D(2025, 3, 10), None)
    ]
    assert Dossier(leerling=LL, aanmeldingen=[a]).stand_op(D(2025, 3, 2)).aanmeldingen == ()


def test_stand_op_voor_tlv_opp_verwijdering_en_schorsing() -> None:
    tlv = Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=D(2026, 1, 12),
        aanvrager=BAO,
        besluit_op=D(2026, 2, 9),
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=D(2026, 3, 1),
        einddatum=D(2028, 7, 31),
        adviezen=[
            Deskundigenadvies(deskundige=Deskundige.ORTHOPEDAGOOG, datum=D(2026, 1, 20)),
            Deskundigenadvies(deskundige=Deskundige.ARTS, datum=D(2026, 2, 2)),
        ],
    )
    opp = Opp(
        leerling=LL,
        school=BAO,
        vastgesteld_op=D(2025, 10, 6),
        uitstroombestemming="vmbo-kader",
        belemmerende_factoren=["concentratie"],
        bevorderende_factoren=["motivatie"],
        handelingsdeel=Handelingsdeel(ondersteuning="rekenen"),
        instemming_op=D(2025, 10, 20),
        evaluaties=[D(2026, 2, 2)],
        leerling_gehoord_op=D(2025, 10, 1),
    )
    verwijdering = Verwijdering(
        leerling=LL,
        school=BAO,
        besluit_op=D(2026, 3, 2),
        gehoord=[Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 2, 16))],
        bezwaar=Bezwaar(ontvangen_op=D(2026, 3, 11), beslist_op=D(2026, 4, 1)),
    )
    schorsing = Schorsing(
        leerling=LL,
        school=BAO,
        begin=D(2026, 2, 9),
        einde=D(2026, 2, 13),
        inspectie_gemeld_op=D(2026, 2, 10),
    )
    steun = ExtraOndersteuning(leerling=LL, school=BAO, vanaf=D(2025, 9, 1), tot=D(2026, 7, 1))
    d = Dossier(
        leerling=LL,
        tlvs=[tlv],
        opps=[opp],
        verwijderingen=[verwijdering],
        schorsingen=[schorsing],
        ondersteuningen=[steun],
        contactmomenten=[Contactmoment(leerling=LL, school=BAO, op=D(2025, 1, 1))],
    )
    stand = d.stand_op(D(2026, 2, 9))
    assert stand.tlvs[0] == tlv  # decided that very day: the decision is known
    vroeg = d.stand_op(D(2026, 1, 25)).tlvs[0]
    assert (vroeg.besluit_op, vroeg.uitkomst, vroeg.einddatum, len(vroeg.adviezen)) == (
        None,
        None,
        None,
        1,
    )
    assert stand.opps[0].evaluaties == (D(2026, 2, 2),)
    assert d.stand_op(D(2026, 1, 25)).opps[0].evaluaties == ()
    assert d.stand_op(D(2025, 10, 6)).opps[0].instemming_op is None
    assert stand.verwijderingen == ()  # its first step (hearing the parents) is still to come
    v = d.stand_op(D(2026, 3, 20)).verwijderingen[0]
    assert v.bezwaar is not None
    assert (v.besluit_op, v.bezwaar.beslist_op) == (D(2026, 3, 2), None)
    assert stand.schorsingen[0].inspectie_gemeld_op is None
    assert stand.ondersteuningen[0].tot is None
    assert d.stand_op(D(2026, 2, 8)).schorsingen == ()
    assert len(stand.contactmomenten) == 1


def test_lopende_termijnen_van_een_aanmelding() -> None:
    d = Dossier(
        leerling=LL,
        aanmeldingen=[
            aanmelding(
                informatieverzoeken=[
                    Informatieverzoek(verzonden_op=D(2025, 3, 10), ontvangen_op=D(2025, 3, 24))
                ]
            )
        ],
    )
    assert lopende_termijnen(d, D(2025, 3, 2)) == ()
    voor = lopende_termijnen(d, D(2025, 3, 20))
    assert [(t.naam, t.einde) for t in voor] == [("Beslistermijn aanmelding", D(2025, 4, 14))]
    # After the information arrived: 4 weeks to decide not to treat it; 2025-03-24 + 28 days is
    # Tweede Paasdag 2025-04-21, so the term ends on Tuesday 2025-04-22 (AAN-04, Atw).
    na = lopende_termijnen(d, D(2025, 3, 25))
    assert [(t.naam, t.einde) for t in na] == [
        ("Beslistermijn aanmelding", D(2025, 4, 14)),
        ("Termijn besluit niet behandelen", D(2025, 4, 22)),
    ]
    assert [t.naam for t in lopende_termijnen(d, D(2025, 4, 15))] == [
        "Termijn besluit niet behandelen"
    ]
    # Seed 001 § 4 stops the clock for the two weeks of the request (E14): 2025-04-28.
    rgv = lopende_termijnen(d, D(2025, 4, 20), beleid=Beleid.rijn_gelderse_vallei())
    beslis = next(t for t in rgv if t.naam == "Beslistermijn aanmelding")
    assert (beslis.einde, beslis.wettelijk_einde) == (D(2025, 4, 28), D(2025, 4, 14))


def test_termijn_voor_onbenutte_informatietermijn_en_na_besluit() -> None:
    verzoek = Informatieverzoek(verzonden_op=D(2025, 3, 10), termijn_tot=D(2025, 3, 21))
    d = Dossier(leerling=LL, aanmeldingen=[aanmelding(informatieverzoeken=[verzoek])])
    assert [t.naam for t in lopende_termijnen(d, D(2025, 3, 21))] == ["Beslistermijn aanmelding"]
    na = lopende_termijnen(d, D(2025, 3, 24))
    assert na[-1].einde == D(2025, 4, 18 + 4)  # 03-21 + 28 = Goede Vrijdag 04-18 → di 04-22
    besloten = aanmelding(
        besluit=Toelatingsbesluit(datum=D(2025, 3, 20), uitkomst=Toelatingsuitkomst.TOEGELATEN)
    )
    assert lopende_termijnen(Dossier(leerling=LL, aanmeldingen=[besloten]), D(2025, 3, 25)) == ()


def test_oude_termijn_in_een_jaar_zonder_kb_lijst_stoort_niet() -> None:
    """2021's KB list is unknown (rules.md T-04). A TLV decided in 2021 has a bezwaar term that
    ended long ago: asking in 2026 must not fail on it. A term still running is exact."""
    oud = Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=D(2021, 3, 1),
        aanvrager=BAO,
        besluit_op=D(2021, 4, 1),
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=D(2021, 4, 1),
        einddatum=D(2023, 7, 31),
    )
    d = Dossier(leerling=LL, tlvs=[oud])
    assert lopende_termijnen(d, D(2026, 1, 5)) == ()
    # A term still running in such a year is not guessed: its end depends on the list.
    lopend = attrs.evolve(oud, besluit_op=D(2021, 12, 20), ingangsdatum=D(2022, 1, 1))
    assert lopend.einddatum == D(2023, 7, 31)
    with pytest.raises(NietBekend, match="2022"):
        lopende_termijnen(Dossier(leerling=LL, tlvs=[lopend]), D(2022, 1, 20))
    # E12: decided 2025-12-09, the bezwaar term runs until 2026-01-20 (known years: exact).
    e12 = attrs.evolve(
        oud,
        aangevraagd_op=D(2025, 11, 3),
        besluit_op=D(2025, 12, 9),
        ingangsdatum=D(2026, 1, 5),
        einddatum=D(2027, 7, 31),
    )
    (bezwaar,) = lopende_termijnen(Dossier(leerling=LL, tlvs=[e12]), D(2026, 1, 10))
    assert bezwaar.einde == D(2026, 1, 20)


def test_termijn_geteld_vanaf_een_einde_in_een_onbekend_jaar_wordt_niet_geraden() -> None:
    """The SWV's decision term on a bezwaar starts the day after the bezwaar term, which ended
    in 2022 (KB list unknown): it is not returned on an assumed-empty list."""
    afgewezen = Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=D(2022, 10, 3),
        aanvrager=BAO,
        besluit_op=D(2022, 11, 15),
        uitkomst=TlvUitkomst.AFGEWEZEN,
        bezwaar_ontvangen_op=D(2022, 12, 1),
    )
    with pytest.raises(NietBekend):
        lopende_termijnen(Dossier(leerling=LL, tlvs=[afgewezen]), D(2023, 2, 1))
