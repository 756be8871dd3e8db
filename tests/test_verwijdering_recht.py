"""Verwijdering, schorsing and bezwaar as the law and the Geschillencommissie read them
(issue 11: rules.md VER-01 … VER-07, SCH-01 … SCH-03, T-06).

Every expectation comes from rules.md (articles, terms, worked examples E7 and E13) or from
the Leerplichtwet, not from the code. The dossiers are built by hand per case.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from passend import (
    Aanmelding,
    AfzienVanHoren,
    Bestuurssoort,
    Bezwaar,
    Dossier,
    Gebrek,
    GebrekCode,
    Gehoord,
    Gehoorde,
    GpoReden,
    Kalender,
    Leerling,
    NietBekend,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Regio,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schorsing,
    TegenstrijdigDossier,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Verwijdering,
    aandachtspunten,
    lopende_termijnen,
    toets,
)
from passend import json as pjson

D = dt.date
C = GebrekCode

BIJZONDER = Schoolbestuur(id="b-1", naam="Stichting De Linde", soort=Bestuurssoort.BIJZONDER)
OPENBAAR = Schoolbestuur(id="b-2", naam="Gemeente Haarlem", soort=Bestuurssoort.OPENBAAR)
BAO = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BIJZONDER)
EIK = School(brin="13AB", naam="De Eik", soort=Schoolsoort.BAO, bestuur=OPENBAAR)
VO = School(brin="78GH", naam="Het Lyceum", soort=Schoolsoort.VO, bestuur=OPENBAAR)
ANDERE_VO = School(brin="79GH", naam="Het College", soort=Schoolsoort.VO, bestuur=OPENBAAR)
VSO = School(brin="56EF", naam="De Sterre", soort=Schoolsoort.VSO, bestuur=BIJZONDER)

KIND = Leerling(id="ll-po", geboortedatum=D(2017, 5, 1))
#: Thirteen on the decision of 2026-02-02: leerplichtig under the Leerplichtwet.
DERTIENJARIGE = Leerling(id="ll-13", geboortedatum=D(2012, 9, 1))
#: Seventeen on 2026-02-02: past the end of the school year in which he turned 16.
ZEVENTIENJARIGE = Leerling(id="ll-17", geboortedatum=D(2008, 6, 1))
#: Nineteen on 2026-02-02: neither leerplichtig nor kwalificatieplichtig.
NEGENTIENJARIGE = Leerling(id="ll-19", geboortedatum=D(2006, 6, 1))
#: Eighteen on 2026-02-02 (and on 2026-03-09): an adult (v)so pupil.
VOLWASSEN = Leerling(id="ll-18", geboortedatum=D(2007, 3, 1))

BESLUIT = D(2026, 2, 2)
NA_AFLOOP = D(2026, 9, 1)


def codes(dossier: Dossier, op: dt.date = NA_AFLOOP) -> list[GebrekCode]:
    return [g.code for g in toets(dossier, op)]


def gebrek(dossier: Dossier, code: GebrekCode, op: dt.date = NA_AFLOOP) -> Gebrek:
    (gevonden,) = [g for g in toets(dossier, op) if g.code is code]
    return gevonden


def onderwerpen(dossier: Dossier, op: dt.date = NA_AFLOOP) -> list[str]:
    return [p.onderwerp for p in aandachtspunten(dossier, op)]


def vo_verwijdering(leerling: Leerling, **wijziging: Any) -> Dossier:
    """A VO verwijdering at an openbare school done by the book, except where changed."""
    velden: dict[str, Any] = {
        "leerling": leerling,
        "school": VO,
        "besluit_op": BESLUIT,
        "gehoord": (
            Gehoord(wie=Gehoorde.LEERLING, op=D(2026, 1, 20)),
            Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 1, 20)),
        ),
        "inspectie_overleg_op": D(2026, 1, 22),
        "inspectie_gemeld_op": BESLUIT,
        "andere_school": ANDERE_VO,
        "andere_school_bereid_op": D(2026, 1, 29),
        "gemotiveerd": True,
        "voornemen_gemotiveerd": True,
    }
    velden.update(wijziging)
    return Dossier(leerling=leerling, verwijderingen=(Verwijdering(**velden),))


def po_verwijdering(**wijziging: Any) -> Dossier:
    """A PO verwijdering at a bijzondere basisschool done by the book, except where changed."""
    velden: dict[str, Any] = {
        "leerling": KIND,
        "school": BAO,
        "besluit_op": BESLUIT,
        "gehoord": (
            Gehoord(wie=Gehoorde.LEERKRACHT, op=D(2026, 1, 26)),
            Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 1, 27)),
        ),
        "andere_school": EIK,
        "andere_school_bereid_op": D(2026, 1, 29),
        "gemotiveerd": True,
        "voornemen_gemotiveerd": True,
    }
    velden.update(wijziging)
    return Dossier(leerling=KIND, verwijderingen=(Verwijdering(**velden),))


# --- 2. Unknown is not "no": leerplicht from the birth date (VER-01, VER-03) -----------------


def test_dertienjarige_is_leerplichtig_ook_als_het_veld_leeg_is() -> None:
    """Leerplichtwet 1969: leerplichtig from five until at least the sixteenth birthday. A pupil
    of 13 is leerplichtig, so the VO school consults the Inspectie and removes only once another
    school is willing (VER-01, VER-03), whether or not ``leerplichtig`` was filled in."""
    dossier = vo_verwijdering(
        DERTIENJARIGE,
        leerplichtig=None,
        inspectie_overleg_op=None,
        andere_school=None,
        andere_school_bereid_op=None,
    )
    gevonden = {g.code: g for g in toets(dossier, NA_AFLOOP)}
    assert set(gevonden) == {
        C.VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD,
        C.VERWIJDERING_ZONDER_ANDERE_SCHOOL,
    }
    for g in gevonden.values():
        # The explanation says where leerplicht was read: the birth date.
        assert "2012-09-01" in g.uitleg
        assert "Leerplichtwet 1969" in [b.wet for b in g.grondslag]
    assert "Leerplicht niet vastgelegd" not in onderwerpen(dossier)


def test_vastgelegd_niet_leerplichtig_gaat_voor_de_geboortedatum() -> None:
    """A recorded fact (e.g. a vrijstelling) beats what the birth date suggests."""
    dossier = vo_verwijdering(
        DERTIENJARIGE, leerplichtig=False, inspectie_overleg_op=None, andere_school=None
    )
    assert codes(dossier) == []


def test_zeventienjarige_leerplicht_onbekend_noemt_wat_dan_ontbreekt() -> None:
    """At 16 or 17 the birth date does not settle it: full leerplicht ends after the school
    year of the 16th birthday (or after twelve full school years), then the kwalificatieplicht
    runs to 18. Unknown is an aandachtspunt that names the steps that would be missing."""
    dossier = vo_verwijdering(
        ZEVENTIENJARIGE,
        leerplichtig=None,
        inspectie_overleg_op=None,
        andere_school=None,
        andere_school_bereid_op=None,
    )
    assert codes(dossier) == []
    (punt,) = [p for p in aandachtspunten(dossier, NA_AFLOOP) if p.onderwerp.startswith("Leerpl")]
    assert "17 jaar" in punt.uitleg
    assert "overleg met de Inspectie" in punt.uitleg
    assert "andere school" in punt.uitleg
    assert "kwalificatieplicht" in punt.uitleg


def test_negentienjarige_is_niet_leerplichtig_en_dat_is_geen_open_vraag() -> None:
    """From 18 neither leerplicht nor kwalificatieplicht applies: implied, not missing."""
    dossier = vo_verwijdering(
        NEGENTIENJARIGE,
        leerplichtig=None,
        gehoord=(Gehoord(wie=Gehoorde.LEERLING, op=D(2026, 1, 20)),),
        inspectie_overleg_op=None,
        andere_school=None,
        andere_school_bereid_op=None,
    )
    assert codes(dossier) == []
    assert "Leerplicht niet vastgelegd" not in onderwerpen(dossier)


def test_motivering_niet_vastgelegd_is_een_aandachtspunt_geen_gebrek() -> None:
    """``gemotiveerd`` defaults to unknown: that is a point to check, not a defect."""
    dossier = po_verwijdering(gemotiveerd=None)
    assert Verwijdering(leerling=KIND, school=BAO).gemotiveerd is None
    assert codes(dossier) == []
    assert "Motivering van het besluit niet vastgelegd" in onderwerpen(dossier)
    assert codes(po_verwijdering(gemotiveerd=False)) == [
        C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD
    ]


# --- 7. Bezwaar and GPO against a refusal of toelating (VER-05, VER-06) ------------------------


def weigering(
    school: School = BAO,
    behoefte: Ondersteuningsbehoefte = Ondersteuningsbehoefte.VASTGESTELD,
    **besluit: Any,
) -> Dossier:
    """E1: aanmelding received ma 2025-03-03, refused on ma 2025-04-14 with another school."""
    velden: dict[str, Any] = {
        "datum": D(2025, 4, 14),
        "uitkomst": Toelatingsuitkomst.GEWEIGERD,
        "andere_school": EIK,
        "andere_school_bereid_op": D(2025, 4, 10),
        "schriftelijk_gemotiveerd": True,
    }
    velden.update(besluit)
    aanmelding = Aanmelding(
        leerling=KIND,
        school=school,
        ontvangen_op=D(2025, 3, 3),
        ondersteuningsbehoefte=behoefte,
        voorkeur=1,
        besluit=Toelatingsbesluit(**velden),
    )
    return Dossier(leerling=KIND, aanmeldingen=(aanmelding,))


def termijnen_op(dossier: Dossier, op: dt.date) -> list[tuple[str, dt.date]]:
    return [(t.naam, t.einde) for t in lopende_termijnen(dossier, op)]


def test_na_een_weigering_lopen_bezwaar_en_gpo_termijn() -> None:
    """Bijzondere school: bezwaar within six weeks after the mededeling (WPO 63 lid 3); a pupil
    who needs support may go to the GPO within six weeks (VER-06). 04-14 + 42 days = 05-26."""
    assert termijnen_op(weigering(), D(2025, 4, 15)) == [
        ("Bezwaartermijn (bijzonder onderwijs)", D(2025, 5, 26)),
        ("Termijn verzoek Geschillencommissie passend onderwijs", D(2025, 5, 26)),
    ]
    # No support need: the GPO is not competent for the refusal, the bezwaar route stays.
    assert termijnen_op(weigering(behoefte=Ondersteuningsbehoefte.GEEN), D(2025, 4, 15)) == [
        ("Bezwaartermijn (bijzonder onderwijs)", D(2025, 5, 26)),
    ]
    # An admission is not objected to by the parents: no terms.
    toegelaten = weigering(
        uitkomst=Toelatingsuitkomst.TOEGELATEN, andere_school=None, andere_school_bereid_op=None
    )
    assert termijnen_op(toegelaten, D(2025, 4, 15)) == []


def test_bezwaar_tegen_weigering_bijzonder_vier_weken_en_ouders_horen() -> None:
    """WPO 63 lid 3: the bevoegd gezag hears the parents and decides within four weeks after
    receipt. Received 2025-05-12: 05-12 + 28 = 06-09, Tweede Pinksterdag, so 2025-06-10."""
    dossier = weigering(bezwaar=Bezwaar(ontvangen_op=D(2025, 5, 12), beslist_op=D(2025, 6, 11)))
    assert codes(dossier) == [C.BEZWAAR_OUDERS_NIET_GEHOORD, C.BEZWAAR_BESLISSING_TE_LAAT]
    te_laat = gebrek(dossier, C.BEZWAAR_BESLISSING_TE_LAAT)
    assert "dinsdag 2025-06-10" in te_laat.uitleg
    assert [str(b) for b in gebrek(dossier, C.BEZWAAR_OUDERS_NIET_GEHOORD).grondslag] == [
        "WPO art. 63 lid 3"
    ]
    assert termijnen_op(dossier, D(2025, 5, 13)) == [
        ("Termijn verzoek Geschillencommissie passend onderwijs", D(2025, 5, 26)),
        ("Beslistermijn bezwaar (bijzonder onderwijs)", D(2025, 6, 10)),
    ]
    op_tijd = weigering(
        bezwaar=Bezwaar(
            ontvangen_op=D(2025, 5, 12), ouders_gehoord_op=D(2025, 6, 2), beslist_op=D(2025, 6, 10)
        )
    )
    assert codes(op_tijd) == []


def test_bezwaar_tegen_weigering_wacht_op_de_gpo() -> None:
    """While the GPO case runs the school waits for the oordeel (VER-05, VER-06)."""
    dossier = weigering(
        bezwaar=Bezwaar(
            ontvangen_op=D(2025, 5, 12),
            gpo_ingediend_op=D(2025, 5, 19),
            ouders_gehoord_op=D(2025, 5, 26),
            beslist_op=D(2025, 6, 2),
        )
    )
    assert codes(dossier) == [C.BEZWAAR_BESLIST_VOOR_GPO_OORDEEL]


def test_geen_bezwaar_tegen_een_toelating_of_voor_het_besluit() -> None:
    with pytest.raises(TegenstrijdigDossier, match="bezwaar"):
        Toelatingsbesluit(
            datum=D(2025, 4, 14),
            uitkomst=Toelatingsuitkomst.TOEGELATEN,
            bezwaar=Bezwaar(ontvangen_op=D(2025, 5, 1)),
        )
    with pytest.raises(TegenstrijdigDossier, match="bezwaar"):
        Toelatingsbesluit(
            datum=D(2025, 4, 14),
            uitkomst=Toelatingsuitkomst.GEWEIGERD,
            bezwaar=Bezwaar(ontvangen_op=D(2025, 4, 1)),
        )


def test_bezwaar_tegen_weigering_is_pas_bekend_na_ontvangst_en_gaat_door_json() -> None:
    dossier = weigering(bezwaar=Bezwaar(ontvangen_op=D(2025, 5, 12), beslist_op=D(2025, 6, 11)))
    besluit = dossier.stand_op(D(2025, 5, 1)).aanmeldingen[0].besluit
    assert besluit is not None
    assert besluit.bezwaar is None
    besluit = dossier.stand_op(D(2025, 6, 1)).aanmeldingen[0].besluit
    assert besluit is not None
    assert besluit.bezwaar == Bezwaar(ontvangen_op=D(2025, 5, 12))
    assert pjson.loads(pjson.dumps(dossier), Dossier) == dossier


# --- 8. Bezwaar: late, and heard (T-06, VER-05) -----------------------------------------------


def openbaar_bezwaar(**bezwaar: Any) -> Dossier:
    """E7: a verwijdering at an openbare VO school, bekendgemaakt (sent) ma 2026-03-16; the
    bezwaar term ends di 2026-04-28 (Koningsdag moves it), posted in time it counts until
    2026-05-05 (Awb 6:9)."""
    velden: dict[str, Any] = {"ontvangen_op": D(2026, 4, 20)}
    velden.update(bezwaar)
    return vo_verwijdering(
        DERTIENJARIGE,
        besluit_op=D(2026, 3, 16),
        inspectie_gemeld_op=D(2026, 3, 16),
        bezwaar=Bezwaar(**velden),
    )


def te_laat(dossier: Dossier) -> list[str]:
    return [p.uitleg for p in aandachtspunten(dossier, NA_AFLOOP) if "te laat" in p.onderwerp]


def test_bezwaar_na_de_termijn_wordt_gemeld() -> None:
    assert te_laat(openbaar_bezwaar(ontvangen_op=D(2026, 4, 28))) == []
    (uitleg,) = te_laat(openbaar_bezwaar(ontvangen_op=D(2026, 5, 6)))
    assert "dinsdag 2026-04-28" in uitleg
    assert "dinsdag 2026-05-05" in uitleg
    # Posted within the term and received within the week after: in time (Awb 6:9).
    assert te_laat(openbaar_bezwaar(ontvangen_op=D(2026, 5, 4), verzonden_op=D(2026, 4, 28))) == []
    assert te_laat(openbaar_bezwaar(ontvangen_op=D(2026, 5, 4), verzonden_op=D(2026, 4, 29)))
    # Received in the post week without a known posting day: ask, do not guess.
    (vraag,) = [
        p
        for p in aandachtspunten(openbaar_bezwaar(ontvangen_op=D(2026, 5, 4)), NA_AFLOOP)
        if "verzonden" in p.onderwerp
    ]
    assert "Awb art. 6:9" in [str(b) for b in vraag.grondslag]


def test_bezwaar_bijzonder_na_zes_weken_is_te_laat() -> None:
    """WPO 63 lid 3: six weeks after the mededeling of 2026-02-02, so until 2026-03-16; the Awb
    post week does not apply to a bijzondere school."""
    op_tijd = po_verwijdering(bezwaar=Bezwaar(ontvangen_op=D(2026, 3, 16)))
    assert te_laat(op_tijd) == []
    (uitleg,) = te_laat(po_verwijdering(bezwaar=Bezwaar(ontvangen_op=D(2026, 3, 17))))
    assert "maandag 2026-03-16" in uitleg


def test_openbare_school_hoort_de_ouders_over_het_bezwaar() -> None:
    """Awb 7:2: before deciding on the bezwaar the bestuursorgaan hears the parents."""
    dossier = openbaar_bezwaar(ouders_gehoord_op=None, beslist_op=D(2026, 5, 20))
    gemist = gebrek(dossier, C.BEZWAAR_OUDERS_NIET_GEHOORD)
    assert [str(b) for b in gemist.grondslag] == ["Awb art. 7:2 lid 1"]
    assert gemist.gpo_reden is GpoReden.OUDERS_NIET_GEHOORD
    assert codes(openbaar_bezwaar(ouders_gehoord_op=D(2026, 5, 1), beslist_op=D(2026, 5, 20))) == []


def test_afzien_van_horen_volgens_awb_7_3_is_een_aandachtspunt() -> None:
    """Awb 7:3 lets an openbare school leave the hearing out in named cases; whether the case
    applied (e.g. "kennelijk ongegrond") is for a person to judge."""
    dossier = openbaar_bezwaar(
        ouders_gehoord_op=None,
        beslist_op=D(2026, 5, 20),
        afgezien_van_horen=AfzienVanHoren.KENNELIJK_ONGEGROND,
    )
    assert codes(dossier) == []
    (punt,) = [p for p in aandachtspunten(dossier, NA_AFLOOP) if "7:3" in p.uitleg]
    assert "Awb art. 7:3" in [str(b) for b in punt.grondslag]
    # The Awb does not govern a bijzondere school: its sector law asks the hearing.
    bijzonder = po_verwijdering(
        bezwaar=Bezwaar(
            ontvangen_op=D(2026, 3, 11),
            beslist_op=D(2026, 4, 1),
            afgezien_van_horen=AfzienVanHoren.KENNELIJK_ONGEGROND,
        )
    )
    assert codes(bijzonder) == [C.BEZWAAR_OUDERS_NIET_GEHOORD]


# --- 9. Verwijdering: who is heard, the intention, de-facto removal (VER-03, VER-04, VER-07) ---


@pytest.mark.parametrize(
    ("besluit_op", "bron"),
    [
        (D(2019, 3, 1), "Inrichtingsbesluit WVO art. 14"),
        (D(2023, 3, 1), "WVO 2020 en Uitvoeringsbesluit WVO 2020"),
        (D(2024, 8, 1), "WVO 2020 art. 8.15 lid 3"),
    ],
)
def test_vo_leerling_wordt_in_elk_jaar_gehoord(besluit_op: dt.date, bron: str) -> None:
    """VER-03 as corrected: hearing the VO pupil is not new in 2024; only where the rule stands
    changed. The citation follows the date of the decision."""
    veertien = Leerling(id="ll-14", geboortedatum=besluit_op.replace(year=besluit_op.year - 14))
    dossier = vo_verwijdering(
        veertien,
        besluit_op=besluit_op,
        gehoord=(Gehoord(wie=Gehoorde.OUDERS, op=besluit_op),),
        inspectie_overleg_op=besluit_op,
        inspectie_gemeld_op=besluit_op,
        andere_school_bereid_op=besluit_op,
    )
    gemist = gebrek(dossier, C.VERWIJDERING_LEERLING_NIET_GEHOORD, besluit_op)
    (grond,) = gemist.grondslag
    assert str(grond).startswith(bron)
    assert grond.regel == "VER-03"


def vso_verwijdering(**wijziging: Any) -> Dossier:
    """An adult pupil at a VSO school of a bijzonder bestuur, with the groepsleraar heard."""
    velden: dict[str, Any] = {
        "leerling": VOLWASSEN,
        "school": VSO,
        "besluit_op": BESLUIT,
        "gehoord": (Gehoord(wie=Gehoorde.LEERKRACHT, op=D(2026, 1, 26)),),
        "andere_school": ANDERE_VO,
        "andere_school_bereid_op": D(2026, 1, 29),
        "gemotiveerd": True,
        "voornemen_gemotiveerd": True,
    }
    velden.update(wijziging)
    return Dossier(leerling=VOLWASSEN, verwijderingen=(Verwijdering(**velden),))


def test_meerderjarige_vso_leerling_wordt_gehoord_in_plaats_van_de_ouders() -> None:
    """VER-03: an adult, handelingsbekwame (v)so pupil is heard instead of the parents."""
    niemand = vso_verwijdering()
    assert codes(niemand) == [C.VERWIJDERING_LEERLING_NIET_GEHOORD]
    assert "meerderjarig" in gebrek(niemand, C.VERWIJDERING_LEERLING_NIET_GEHOORD).uitleg
    leerling = Gehoord(wie=Gehoorde.LEERLING, op=D(2026, 1, 27))
    gehoord = vso_verwijdering(gehoord=(*niemand.verwijderingen[0].gehoord, leerling))
    assert codes(gehoord) == []
    # Only the parents heard: right if the pupil is not handelingsbekwaam, which the school
    # judges; passend names it instead of guessing.
    ouders = Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 1, 27))
    alleen_ouders = vso_verwijdering(gehoord=(*niemand.verwijderingen[0].gehoord, ouders))
    assert codes(alleen_ouders) == []
    assert "Meerderjarige leerling niet zelf gehoord" in onderwerpen(alleen_ouders)


def test_voornemen_moet_zijn_redenen_noemen() -> None:
    """VER-07 (2): the intention states its reasons, so the hearing can be about them."""
    dossier = po_verwijdering(
        besluit_op=None, voorgenomen_op=D(2026, 1, 12), voornemen_gemotiveerd=False
    )
    zonder = gebrek(dossier, C.VERWIJDERING_VOORNEMEN_NIET_GEMOTIVEERD, D(2026, 1, 13))
    assert zonder.gpo_reden is GpoReden.MOTIVERING_ONVOLLEDIG
    onbekend = po_verwijdering(voornemen_gemotiveerd=None)
    assert codes(onbekend) == []
    assert "Redenen van het voornemen niet vastgelegd" in onderwerpen(onbekend)


def test_alleen_een_voornemen_geeft_herinneringen_met_hun_datum() -> None:
    """VER-07 (2): steps due before the final decision are reminders while only an intention
    exists, with the day by which they must be done; once decided they are defects."""
    voornemen = Verwijdering(
        leerling=KIND,
        school=BAO,
        voorgenomen_op=D(2026, 1, 12),
        besluit_gepland_op=D(2026, 2, 2),
        voornemen_gemotiveerd=True,
    )
    dossier = Dossier(leerling=KIND, verwijderingen=(voornemen,))
    op = D(2026, 1, 13)
    assert codes(dossier, op) == []
    herinneringen = [
        p for p in aandachtspunten(dossier, op) if p.onderwerp.startswith("Nog te doen")
    ]
    assert len(herinneringen) == 3  # groepsleraar, ouders, andere school
    assert all("maandag 2026-02-02" in p.uitleg for p in herinneringen)
    besloten = attrs.evolve(voornemen, besluit_op=D(2026, 2, 2))
    assert codes(Dossier(leerling=KIND, verwijderingen=(besloten,)), D(2026, 2, 2)) == [
        C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD,
        C.VERWIJDERING_OUDERS_NIET_GEHOORD,
        C.VERWIJDERING_ZONDER_ANDERE_SCHOOL,
    ]


def test_feitelijke_verwijdering_wordt_als_verwijdering_beoordeeld() -> None:
    """VER-07 (1): a pupil kept out of school without a decision is treated as removed; the
    verwijdering procedure applies from the day the pupil was kept out."""
    thuis = Verwijdering(leerling=KIND, school=BAO, feitelijk_sinds=D(2026, 1, 12))
    dossier = Dossier(leerling=KIND, verwijderingen=(thuis,))
    assert codes(dossier, D(2026, 1, 12)) == [
        C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD,
        C.VERWIJDERING_OUDERS_NIET_GEHOORD,
        C.VERWIJDERING_ZONDER_ANDERE_SCHOOL,
        C.VERWIJDERING_ZONDER_BESLUIT,
    ]
    zonder = gebrek(dossier, C.VERWIJDERING_ZONDER_BESLUIT, D(2026, 1, 12))
    assert "maandag 2026-01-12" in zonder.uitleg
    assert zonder.gpo_reden is GpoReden.PROCEDURE_NIET_GEVOLGD
    assert thuis.stand_op(D(2026, 1, 11)) is None
    # The parents can bring it to the GPO: six weeks from the dispute.
    assert ("Termijn verzoek Geschillencommissie passend onderwijs", D(2026, 2, 23)) in (
        termijnen_op(dossier, D(2026, 1, 13))
    )


def test_melding_aan_de_inspectie_in_po_zonder_gecontroleerd_artikel() -> None:
    """VER-04: for PO a municipal page names a melding to the Inspectie and the
    leerplichtambtenaar, but no article was found: an aandachtspunt that says so."""
    (punt,) = [p for p in aandachtspunten(po_verwijdering(), NA_AFLOOP) if "Melding" in p.onderwerp]
    assert "Inspectie" in punt.uitleg
    assert "geen artikel" in punt.uitleg
    assert punt.grondslag[0].regel == "VER-04"


# --- 10 and 12. Schorsing (SCH-01, SCH-03) ----------------------------------------------------


def schorsing(begin: dt.date, einde: dt.date, **wijziging: Any) -> Schorsing:
    velden: dict[str, Any] = {
        "leerling": KIND,
        "school": BAO,
        "begin": begin,
        "einde": einde,
        "schriftelijk": True,
        "inspectie_gemeld_op": begin,
    }
    velden.update(wijziging)
    return Schorsing(**velden)


def test_schorsingen_op_rij_voor_dezelfde_feiten_tellen_samen() -> None:
    """SCH-03: two school weeks of schorsing for the same facts, only a weekend between, is one
    measure of ten days: longer than the one week the law allows."""
    eerste = schorsing(D(2026, 3, 9), D(2026, 3, 13), aanleiding="incident 2026-03-06")
    tweede = schorsing(D(2026, 3, 16), D(2026, 3, 20), aanleiding="incident 2026-03-06")
    dossier = Dossier(leerling=KIND, schorsingen=(eerste, tweede))
    te_lang = gebrek(dossier, C.SCHORSING_TE_LANG)
    assert "10" in te_lang.uitleg
    assert "incident 2026-03-06" in te_lang.uitleg
    # Other facts, or a school day back in between: two measures of five days each.
    andere = Dossier(leerling=KIND, schorsingen=(eerste, attrs.evolve(tweede, aanleiding="ander")))
    assert codes(andere) == []
    later = attrs.evolve(tweede, begin=D(2026, 3, 17))
    assert codes(Dossier(leerling=KIND, schorsingen=(eerste, later))) == []


def test_schorsing_heeft_geen_gpo_categorie_behalve_bij_feitelijke_verwijdering() -> None:
    """SCH-03: the GPO does not handle schorsing as such; a schorsing defect carries no GPO
    category unless the exclusion amounts to a de-facto verwijdering (VER-07)."""
    lang = schorsing(D(2026, 3, 9), D(2026, 3, 18))
    dossier = Dossier(leerling=KIND, schorsingen=(lang,))
    assert gebrek(dossier, C.SCHORSING_TE_LANG).gpo_reden is None
    assert "Mogelijk feitelijke verwijdering" in onderwerpen(dossier)
    thuis = Verwijdering(leerling=KIND, school=BAO, feitelijk_sinds=D(2026, 3, 9))
    feitelijk = attrs.evolve(dossier, verwijderingen=(thuis,))
    assert gebrek(feitelijk, C.SCHORSING_TE_LANG).gpo_reden is GpoReden.PROCEDURE_NIET_GEVOLGD


def test_schorsing_van_een_meerderjarige_vso_leerling_gaat_naar_de_leerling() -> None:
    """SCH-01: in the (v)so the written notice goes to the adult, handelingsbekwame pupil."""
    s = Schorsing(
        leerling=VOLWASSEN,
        school=VSO,
        begin=D(2026, 3, 9),
        einde=D(2026, 3, 9),
        schriftelijk=False,
    )
    dossier = Dossier(leerling=VOLWASSEN, schorsingen=(s,))
    assert "aan de meerderjarige leerling" in gebrek(dossier, C.SCHORSING_NIET_SCHRIFTELIJK).uitleg
    kind = Dossier(leerling=KIND, schorsingen=(attrs.evolve(s, leerling=KIND),))
    assert "aan de ouders" in gebrek(kind, C.SCHORSING_NIET_SCHRIFTELIJK).uitleg


def test_schorsingen_rond_een_vakantie_hangen_af_van_de_regio() -> None:
    """Voorjaarsvakantie 2026 (VAK-02): Midden and Zuid 14-02 to 22-02, Noord 21-02 to 01-03.
    Two weeks of schorsing for the same facts around the week of 16 February are one measure
    in Midden (no school day between) and two in Noord; with the region unknown passend asks."""
    eerste = schorsing(D(2026, 2, 9), D(2026, 2, 13), aanleiding="incident 2026-02-06")
    tweede = schorsing(D(2026, 2, 23), D(2026, 2, 27), aanleiding="incident 2026-02-06")

    def in_regio(regio: Regio | None) -> Dossier:
        bij = attrs.evolve(BAO, regio=regio)
        return Dossier(
            leerling=KIND,
            schorsingen=(attrs.evolve(eerste, school=bij), attrs.evolve(tweede, school=bij)),
        )

    assert codes(in_regio(Regio.MIDDEN)) == [C.SCHORSING_TE_LANG]
    assert codes(in_regio(Regio.NOORD)) == []
    onbekend = in_regio(None)
    assert codes(onbekend) == []
    (punt,) = [
        p for p in aandachtspunten(onbekend, NA_AFLOOP) if p.onderwerp == "Schorsingen op rij"
    ]
    assert "schoolvakantie" in punt.uitleg
    assert "10 kalenderdagen" in punt.uitleg
    # Months apart, a school day certainly lies between (no holiday lasts nine weeks).
    later = attrs.evolve(tweede, begin=D(2026, 6, 1), einde=D(2026, 6, 5))
    assert codes(Dossier(leerling=KIND, schorsingen=(eerste, later))) == []


def test_schorsingen_op_rij_zonder_aanleiding_of_buiten_de_vakantiedata() -> None:
    eerste = schorsing(D(2026, 3, 9), D(2026, 3, 13))
    tweede = schorsing(D(2026, 3, 16), D(2026, 3, 20))
    dossier = Dossier(leerling=KIND, schorsingen=(eerste, tweede))
    assert codes(dossier) == []
    (punt,) = [
        p for p in aandachtspunten(dossier, NA_AFLOOP) if p.onderwerp == "Schorsingen op rij"
    ]
    assert "aanleiding" in punt.uitleg
    # 2031 lies beyond the known school holidays: a Friday between is not known to be a school
    # day, so passend asks instead of adding up or splitting.
    laat = Dossier(
        leerling=KIND,
        schorsingen=(
            schorsing(D(2031, 3, 3), D(2031, 3, 6), aanleiding="x"),
            schorsing(D(2031, 3, 10), D(2031, 3, 13), aanleiding="x"),
        ),
    )
    assert codes(laat, D(2031, 6, 1)) == []
    assert "Schorsingen op rij" in onderwerpen(laat, D(2031, 6, 1))
    with pytest.raises(OngeldigeInvoer, match="aanleiding"):
        schorsing(D(2026, 3, 9), D(2026, 3, 9), aanleiding=" ")


def test_maximale_duur_van_een_vervolgschorsing() -> None:
    """SCH-03: a follow-up for the same facts may last only what is left of the week."""
    eerste = schorsing(D(2026, 3, 9), D(2026, 3, 13), aanleiding="a")  # 5 days
    tweede = schorsing(D(2026, 3, 16), D(2026, 3, 16), aanleiding="a")
    dossier = Dossier(leerling=KIND, schorsingen=(eerste, tweede))
    # Two days left: Monday 16 and Tuesday 17 March.
    assert termijnen_op(dossier, D(2026, 3, 16)) == [("Maximale duur schorsing", D(2026, 3, 17))]
    vol = attrs.evolve(eerste, einde=D(2026, 3, 15))  # the whole week used
    assert termijnen_op(Dossier(leerling=KIND, schorsingen=(vol, tweede)), D(2026, 3, 16)) == []


def test_verzonden_na_ontvangst_is_tegenstrijdig() -> None:
    with pytest.raises(TegenstrijdigDossier, match="verzonden_op"):
        Bezwaar(ontvangen_op=D(2026, 3, 2), verzonden_op=D(2026, 3, 3))


def bezwaar_2021(ontvangen_op: dt.date) -> Dossier:
    """An openbare VO school decided on ma 2021-03-01, a year whose KB list is not known: the
    six weeks end nominally on ma 2021-04-12, and a KB day could move that end."""
    return vo_verwijdering(
        DERTIENJARIGE,
        besluit_op=D(2021, 3, 1),
        gehoord=(
            Gehoord(wie=Gehoorde.LEERLING, op=D(2021, 2, 20)),
            Gehoord(wie=Gehoorde.OUDERS, op=D(2021, 2, 20)),
        ),
        inspectie_overleg_op=D(2021, 2, 22),
        inspectie_gemeld_op=D(2021, 3, 1),
        andere_school_bereid_op=D(2021, 2, 25),
        bezwaar=Bezwaar(ontvangen_op=ontvangen_op),
    )


def test_te_laat_bezwaar_in_een_jaar_zonder_kb_lijst() -> None:
    op = D(2021, 6, 1)
    assert te_laat(bezwaar_2021(D(2021, 4, 12))) == []
    # Received the day after the earliest end: whether in time depends on the KB list.
    with pytest.raises(NietBekend, match="2021"):
        aandachtspunten(bezwaar_2021(D(2021, 4, 13)), op)
    # Two weeks after the post week of even the latest end: late whatever the list says.
    (uitleg,) = [
        p.uitleg
        for p in aandachtspunten(bezwaar_2021(D(2021, 5, 3)), op)
        if "te laat" in p.onderwerp
    ]
    assert "maandag 2021-04-12" in uitleg


def test_kb_dag_op_het_einde_schuift_de_beslissing_op_bezwaar() -> None:
    """Four weeks after 2021-03-10 end nominally on 2021-04-07; with a KB day there (a test
    list for 2021, Atw art. 3 lid 3) the decision of 2021-04-08 is still in time."""
    bijzonder = po_verwijdering(
        besluit_op=D(2021, 2, 15),
        gehoord=(
            Gehoord(wie=Gehoorde.LEERKRACHT, op=D(2021, 2, 1)),
            Gehoord(wie=Gehoorde.OUDERS, op=D(2021, 2, 2)),
        ),
        andere_school_bereid_op=D(2021, 2, 10),
        bezwaar=Bezwaar(
            ontvangen_op=D(2021, 3, 10), ouders_gehoord_op=D(2021, 3, 15), beslist_op=D(2021, 4, 8)
        ),
    )
    kb = Kalender.standaard().met_gelijkgestelde_dagen(2021, [D(2021, 4, 7)], "KB (testaanname)")
    assert [g.code for g in toets(bijzonder, D(2021, 6, 1), kalender=kb)] == []


def test_nieuwe_velden_gaan_heen_en_terug_door_json() -> None:
    """Every new field crosses the JSON boundary unchanged (the loader is generic)."""
    verwijdering = Verwijdering(
        leerling=KIND,
        school=BAO,
        voorgenomen_op=D(2026, 1, 5),
        besluit_gepland_op=D(2026, 2, 2),
        voornemen_gemotiveerd=False,
        feitelijk_sinds=D(2026, 1, 12),
    )
    bezwaar = Bezwaar(
        ontvangen_op=D(2025, 5, 12),
        verzonden_op=D(2025, 5, 9),
        beslist_op=D(2025, 6, 1),
        afgezien_van_horen=AfzienVanHoren.AFSTAND,
    )
    (aanmelding,) = weigering(bezwaar=bezwaar).aanmeldingen
    dossier = Dossier(
        leerling=KIND,
        aanmeldingen=(aanmelding,),
        verwijderingen=(verwijdering,),
        schorsingen=(schorsing(D(2026, 3, 9), D(2026, 3, 9), aanleiding="incident 12"),),
    )
    tekst = pjson.dumps(dossier, indent=2)
    assert (
        '"afgezien_van_horen": "de ouders hebben verklaard niet gehoord te willen worden"' in tekst
    )
    assert pjson.loads(tekst, Dossier) == dossier
    schema = pjson.json_schema(Dossier)["$defs"]
    assert "feitelijk_sinds" in schema["Verwijdering"]["properties"]
    assert "bezwaar" in schema["Toelatingsbesluit"]["properties"]
    assert "aanleiding" in schema["Schorsing"]["properties"]
