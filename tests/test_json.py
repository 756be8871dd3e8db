"""The JSON wire format: golden files pin it across releases, round trips lose nothing, and bad
input names the JSON path of the field at fault."""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

from passend import (
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Bezwaar,
    Contactmoment,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    Gehoord,
    Gehoorde,
    Handelingsdeel,
    Inschrijving,
    Leerling,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Opp,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schoolwisselmelding,
    Schorsing,
    Sector,
    Symbiose,
    TegenstrijdigDossier,
    Tlv,
    TlvCategorie,
    TlvFormulier,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Verlenging,
    Verwijdering,
    Zorgplichtoordeel,
    strategies,
    termijnen,
    zorgplicht,
)
from passend import json as pjson

D = dt.date
GOLDEN = Path(__file__).parent / "golden"
LL = Leerling(id="ll-1", geboortedatum=D(2018, 5, 1))
BIJZONDER = Schoolbestuur(id="b-1", naam="Stichting De Linde", soort=Bestuurssoort.BIJZONDER)
BAO = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BIJZONDER)
SBO = School(brin="34CD", naam="De Brug", soort=Schoolsoort.SBO, bestuur=BIJZONDER)
EIK = School(brin="56EF", naam="De Eik", soort=Schoolsoort.BAO, bestuur=BIJZONDER)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV Zuid-Kennemerland", sector=Sector.PO)


def voorbeelddossier() -> Dossier:
    """A dossier with every kind of record and nested value, all fields filled in somewhere."""
    return Dossier(
        leerling=LL,
        aanmeldingen=(
            Aanmelding(
                leerling=LL,
                school=BAO,
                ontvangen_op=D(2025, 3, 3),
                ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
                verlenging=Verlenging(medegedeeld_op=D(2025, 4, 1), weken=4),
                verdere_verlengingen=(Verlenging(medegedeeld_op=D(2025, 4, 8), weken=1),),
                besluit=Toelatingsbesluit(
                    datum=D(2025, 5, 1), uitkomst=Toelatingsuitkomst.TOEGELATEN
                ),
                plaats_geaccepteerd_op=D(2025, 3, 10),
            ),
        ),
        inschrijvingen=(Inschrijving(leerling=LL, school=BAO, ingeschreven_op=D(2025, 9, 1)),),
        tlvs=(
            Tlv(
                leerling=LL,
                swv=SWV,
                categorie=TlvCategorie.SBO,
                aangevraagd_op=D(2026, 1, 12),
                aanvrager=BAO,
                besluit_op=D(2026, 2, 9),
                uitkomst=TlvUitkomst.AFGEGEVEN,
                ingangsdatum=D(2026, 3, 1),
                einddatum=D(2028, 7, 31),
                adviezen=(
                    Deskundigenadvies(deskundige=Deskundige.ORTHOPEDAGOOG, datum=D(2026, 1, 20)),
                ),
                ouders_gehoord_op=D(2026, 1, 26),
                bekendgemaakt_op=D(2026, 2, 10),
                formulier=TlvFormulier.A,
            ),
        ),
        opps=(
            Opp(
                leerling=LL,
                school=BAO,
                vastgesteld_op=D(2025, 10, 6),
                uitstroombestemming="vmbo-kader",
                belemmerende_factoren=("concentratie",),
                bevorderende_factoren=("motivatie", "thuissituatie"),
                handelingsdeel=Handelingsdeel(ondersteuning="rekenen in kleine groep"),
                instemming_op=D(2025, 10, 6),
                evaluaties=(D(2026, 2, 2),),
                oogo_op=D(2025, 9, 29),
                leerling_gehoord_bij=(D(2026, 2, 2),),
                symbiose=Symbiose(
                    andere_school=SBO, begin=D(2025, 11, 1), inhoud="rekenen", omvang_procent=20
                ),
            ),
        ),
        verwijderingen=(
            Verwijdering(
                leerling=LL,
                school=SBO,
                besluit_op=D(2026, 3, 2),
                gehoord=(Gehoord(wie=Gehoorde.OUDERS, op=D(2026, 2, 16)),),
                andere_school=BAO,
                gemotiveerd=True,
                bezwaar=Bezwaar(ontvangen_op=D(2026, 3, 11), ouders_gehoord_op=D(2026, 3, 25)),
                leerplichtig=True,
            ),
        ),
        schorsingen=(
            Schorsing(
                leerling=LL,
                school=SBO,
                begin=D(2026, 2, 9),
                einde=D(2026, 2, 13),
                schriftelijk=True,
                hangende_verwijdering=True,
            ),
        ),
        contactmomenten=(Contactmoment(leerling=LL, school=BAO, op=D(2025, 2, 17)),),
        schoolwisselmeldingen=(
            Schoolwisselmelding(
                leerling=LL,
                van=BAO,
                naar=EIK,
                gewisseld_op=D(2026, 8, 24),
                verhuizing=False,
                extra_ondersteuningsbehoefte=True,
            ),
        ),
    )


def vergelijk_met_golden(naam: str, tekst: str) -> None:
    """Compare with ``tests/golden/<naam>``; ``PASSEND_GOLDEN=schrijf`` rewrites it on purpose."""
    pad = GOLDEN / naam
    if os.environ.get("PASSEND_GOLDEN") == "schrijf":
        pad.write_text(tekst + "\n", encoding="utf-8")
    assert tekst + "\n" == pad.read_text(encoding="utf-8")


def test_dossier_wire_format_is_vastgelegd() -> None:
    vergelijk_met_golden("dossier.json", pjson.dumps(voorbeelddossier()))


def test_dossier_json_schema_is_vastgelegd() -> None:
    vergelijk_met_golden("dossier.schema.json", json.dumps(pjson.json_schema(Dossier), indent=2))


def test_gouden_dossier_leest_terug_als_hetzelfde_dossier() -> None:
    tekst = (GOLDEN / "dossier.json").read_text(encoding="utf-8")
    assert pjson.loads(tekst, Dossier) == voorbeelddossier()


def test_zorgplichtoordeel_met_wettelijk_antwoord_is_vastgelegd() -> None:
    """An answer crosses the wire with its citations and, under policy, the statutory answer."""
    oordeel = zorgplicht(voorbeelddossier(), D(2025, 2, 20), beleid=Beleid.zuid_kennemerland())
    assert oordeel.wettelijk is not None
    vergelijk_met_golden("zorgplichtoordeel.json", pjson.dumps(oordeel))
    assert pjson.loads(pjson.dumps(oordeel), Zorgplichtoordeel) == oordeel
    schema = pjson.json_schema(Zorgplichtoordeel)
    assert schema["properties"]["wettelijk"]["anyOf"][0] == {"$ref": "#/$defs/Zorgplichtoordeel"}


def test_vorm_van_datums_enums_en_leeg() -> None:
    ruw = json.loads(pjson.dumps(voorbeelddossier()))
    aanmelding = ruw["aanmeldingen"][0]
    assert aanmelding["ontvangen_op"] == "2025-03-03"
    assert aanmelding["ondersteuningsbehoefte"] == Ondersteuningsbehoefte.VERMOED.value
    assert aanmelding["uitzondering"] is None  # not known stays explicit, never left out
    assert aanmelding["school"]["bestuur"]["soort"] == Bestuurssoort.BIJZONDER.value


def test_bedragen_zijn_tekst_en_verliezen_geen_cent() -> None:
    @attrs.frozen(kw_only=True)
    class Bedrag:
        """Test class holding money."""

        waarde: Decimal

    tekst = pjson.dumps(Bedrag(waarde=Decimal("6634.52")), indent=None)
    assert tekst == '{"waarde": "6634.52"}'
    assert pjson.loads(tekst, Bedrag).waarde == Decimal("6634.52")
    with pytest.raises(OngeldigeInvoer) as fout:
        pjson.loads('{"waarde": 6634.52}', Bedrag)
    assert fout.value.veld == "$.waarde"
    with pytest.raises(OngeldigeInvoer, match="geen geldig bedrag"):
        pjson.loads('{"waarde": "zes"}', Bedrag)
    assert pjson.json_schema(Bedrag)["properties"]["waarde"]["type"] == "string"


def test_termijn_met_bronnen_heen_en_terug() -> None:
    termijn = termijnen.beslistermijn(D(2025, 3, 7))
    ruw = json.loads(pjson.dumps(termijn))
    assert ruw["einde"] == "2025-04-22"
    assert ruw["grondslag"][0]["artikel"] == "40"
    assert pjson.loads(pjson.dumps(termijn), termijnen.Termijn) == termijn


def _met(pad: list[str | int], waarde: Any) -> str:
    ruw = json.loads(pjson.dumps(voorbeelddossier()))
    doel = ruw
    for stap in pad[:-1]:
        doel = doel[stap]
    doel[pad[-1]] = waarde
    return json.dumps(ruw)


@pytest.mark.parametrize(
    ("pad", "waarde", "veld", "fragment"),
    [
        (["aanmeldingen", 0, "ontvangen_op"], "3 maart", "$.aanmeldingen[0].ontvangen_op", "JJJJ"),
        (
            ["aanmeldingen", 0, "ontvangen_op"],
            "2025-03-03T09:00",
            "$.aanmeldingen[0].ontvangen_op",
            "JJJJ",
        ),
        (["leerling", "geboortedatum"], 20180501, "$.leerling.geboortedatum", "JJJJ"),
        (["tlvs", 0, "categorie"], "sbo-plus", "$.tlvs[0].categorie", "verwacht een TlvCategorie"),
        (
            ["aanmeldingen", 0, "school", "brin"],
            "??",
            "$.aanmeldingen[0].school.brin",
            "hoofdletters",
        ),
        (["aanmeldingen", 0, "naam"], "x", "$.aanmeldingen[0]", "onbekende sleutel"),
    ],
)
def test_foute_invoer_noemt_het_pad(
    pad: list[str | int], waarde: Any, veld: str, fragment: str
) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        pjson.loads(_met(pad, waarde), Dossier)
    assert fout.value.veld == veld
    assert fragment in str(fout.value)
    assert fout.value.code == "ongeldige_invoer"


def test_ontbrekende_sleutel_en_kapotte_json() -> None:
    ruw = json.loads(pjson.dumps(voorbeelddossier()))
    del ruw["leerling"]["geboortedatum"]
    with pytest.raises(OngeldigeInvoer, match="geboortedatum") as fout:
        pjson.loads(json.dumps(ruw), Dossier)
    assert fout.value.veld == "$.leerling.geboortedatum"
    with pytest.raises(OngeldigeInvoer, match="geen geldige JSON"):
        pjson.loads("{", Dossier)


def test_tegenstrijdig_dossier_blijft_tegenstrijdig() -> None:
    """A consistency rule of the class is not weakened by reading JSON."""
    tekst = _met(["schorsingen", 0, "einde"], "2026-02-01")
    with pytest.raises(TegenstrijdigDossier) as fout:
        pjson.loads(tekst, Dossier)
    assert fout.value.veld == "$.schorsingen[0].einde"


def test_schema_weigert_wat_geen_klasse_is() -> None:
    with pytest.raises(OngeldigeInvoer, match="soort"):
        pjson.json_schema(dict)


@given(strategies.scholen())
def test_heen_en_terug_verliest_niets(school: School) -> None:
    assert pjson.loads(pjson.dumps(school), School) == school
