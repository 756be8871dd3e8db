"""The JSON wire format: golden files pin it across releases, round trips lose nothing, bad
input is refused (never coerced) naming the JSON path of each field at fault, and the schema
states every check the loader makes."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import passend
from passend import (
    Aanbodafwijzing,
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Bezwaar,
    Contactmoment,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    ExtraOndersteuning,
    GebrekCode,
    Gehoord,
    Gehoorde,
    Handelingsdeel,
    Informatieverzoek,
    Inschrijving,
    Kalender,
    Leerling,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    OngeldigeJson,
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
    aandachtspunten,
    aanmelden_vanaf,
    bekostiging,
    catalogus,
    financieel_verantwoordelijke,
    lopende_termijnen,
    opp_vereist,
    strategies,
    termijnen,
    toets,
    verantwoordelijk_swv,
    zorgplicht,
)
from passend import json as pjson
from passend._json_eisen import EISEN, validatornaam, validators
from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland

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


def valideerder(soort: type) -> jsonschema.Draft202012Validator:
    """A validator for the schema of ``soort`` that also checks ``format`` (dates)."""
    schema = pjson.json_schema(soort)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_dossier_wire_format_is_vastgelegd() -> None:
    vergelijk_met_golden("dossier.json", pjson.dumps(voorbeelddossier(), indent=2))


def test_dumps_is_compact_tenzij_leesbaar_gevraagd() -> None:
    """The wire format has no spaces; ``indent=2`` only adds layout, the content is the same."""
    compact = pjson.dumps(voorbeelddossier())
    leesbaar = (GOLDEN / "dossier.json").read_text(encoding="utf-8")
    assert compact == json.dumps(json.loads(leesbaar), ensure_ascii=False, separators=(",", ":"))
    assert "\n" not in compact
    assert ", " not in compact


def test_dossier_json_schema_is_vastgelegd() -> None:
    vergelijk_met_golden("dossier.schema.json", json.dumps(pjson.json_schema(Dossier), indent=2))


def test_gouden_dossier_leest_terug_als_hetzelfde_dossier() -> None:
    tekst = (GOLDEN / "dossier.json").read_text(encoding="utf-8")
    assert pjson.loads(tekst, Dossier) == voorbeelddossier()
    assert pjson.loads(tekst.encode("utf-8"), Dossier) == voorbeelddossier()
    valideerder(Dossier).validate(json.loads(tekst))


def test_zorgplichtoordeel_met_wettelijk_antwoord_is_vastgelegd() -> None:
    """An answer crosses the wire with its citations and, under policy, the statutory answer;
    its schema refers to itself and is valid (it used to point at a removed definition)."""
    oordeel = zorgplicht(voorbeelddossier(), D(2025, 2, 20), beleid=Beleid.zuid_kennemerland())
    assert oordeel.wettelijk is not None
    vergelijk_met_golden("zorgplichtoordeel.json", pjson.dumps(oordeel, indent=2))
    assert pjson.loads(pjson.dumps(oordeel), Zorgplichtoordeel) == oordeel
    schema = pjson.json_schema(Zorgplichtoordeel)
    assert schema["properties"]["wettelijk"]["anyOf"][0] == {"$ref": "#"}
    valideerder(Zorgplichtoordeel).validate(json.loads(pjson.dumps(oordeel)))


def test_vorm_van_datums_enums_en_leeg() -> None:
    ruw = json.loads(pjson.dumps(voorbeelddossier()))
    aanmelding = ruw["aanmeldingen"][0]
    assert aanmelding["ontvangen_op"] == "2025-03-03"
    assert aanmelding["ondersteuningsbehoefte"] == Ondersteuningsbehoefte.VERMOED.value
    assert aanmelding["uitzondering"] is None  # not known stays explicit, never left out
    assert aanmelding["school"]["bestuur"]["soort"] == Bestuurssoort.BIJZONDER.value


@attrs.frozen(kw_only=True)
class Bedrag:
    """Test class holding money."""

    waarde: Decimal


def test_bedragen_zijn_tekst_en_verliezen_geen_cent() -> None:
    tekst = pjson.dumps(Bedrag(waarde=Decimal("6634.52")))
    assert tekst == '{"waarde":"6634.52"}'
    assert pjson.loads(tekst, Bedrag).waarde == Decimal("6634.52")
    assert pjson.dumps(Bedrag(waarde=Decimal("1E+3"))) == '{"waarde":"1000"}'  # no exponent
    assert pjson.dumps(Bedrag(waarde=Decimal("-0.00"))) == '{"waarde":"0.00"}'
    with pytest.raises(OngeldigeInvoer, match="eindig"):
        pjson.dumps(Bedrag(waarde=Decimal("NaN")))
    assert pjson.json_schema(Bedrag)["properties"]["waarde"]["type"] == "string"


@pytest.mark.parametrize(
    ("tekst", "fragment"),
    [
        ('{"waarde": 6634.52}', "verwacht een bedrag als tekst, niet een getal"),
        ('{"waarde": "zes"}', "zoals"),
        ('{"waarde": "1e5"}', "geen exponent"),
        ('{"waarde": "NaN"}', "geen exponent"),
        ('{"waarde": "Infinity"}', "geen exponent"),
        ('{"waarde": "1234567890123456"}', "geen exponent"),  # 16 digits: not a sane amount
    ],
)
def test_bedrag_alleen_als_eindige_decimale_tekst(tekst: str, fragment: str) -> None:
    with pytest.raises(OngeldigeJson, match=fragment) as fout:
        pjson.loads(tekst, Bedrag)
    assert fout.value.veld == "$.waarde"
    assert not valideerder(Bedrag).is_valid(json.loads(tekst))


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
        (["aanmeldingen", 0, "naam"], "x", "$.aanmeldingen[0].naam", "onbekende sleutel"),
        # What passend used to coerce (issue 10): each is refused at its own path.
        (["leerling", "id"], None, "$.leerling.id", "verwacht een tekst, niet null"),
        (["aanmeldingen", 0, "voorkeur"], 2.9, "$.aanmeldingen[0].voorkeur", "geheel getal"),
        (["aanmeldingen", 0, "voorkeur"], True, "$.aanmeldingen[0].voorkeur", "niet true"),
        (["aanmeldingen", 0, "voorkeur"], 0, "$.aanmeldingen[0].voorkeur", "van 1 tot en met"),
        (["aanmeldingen", 0, "schriftelijk"], "false", "$.aanmeldingen[0].schriftelijk", "tekst"),
        (
            ["opps", 0, "belemmerende_factoren"],
            "prikkels",
            "$.opps[0].belemmerende_factoren",
            "lijst",
        ),
        (["opps", 0, "uitstroombestemming"], {"a": 1}, "$.opps[0].uitstroombestemming", "object"),
        (["leerling", "geboortedatum"], "2025-W01-1", "$.leerling.geboortedatum", "JJJJ"),
        (["leerling", "geboortedatum"], "2018-05-01 ", "$.leerling.geboortedatum", "JJJJ"),
        (["leerling", "geboortedatum"], "2018-02-30", "$.leerling.geboortedatum", "JJJJ"),
        (["leerling", "id"], " ", "$.leerling.id", "niet-lege tekst"),
        (["aanmeldingen", 0, "school", "cluster"], 5, "$.aanmeldingen[0].school.cluster", "1 tot"),
        (["aanmeldingen", 0, "verlenging", "weken"], 0, "$.aanmeldingen[0].verlenging.weken", "1"),
        (
            ["opps", 0, "symbiose", "omvang_procent"],
            101,
            "$.opps[0].symbiose.omvang_procent",
            "100",
        ),
        (["tlvs", 0, "adviezen"], None, "$.tlvs[0].adviezen", "verwacht een lijst, niet null"),
        (["tlvs", 0, "adviezen", 0], "x", "$.tlvs[0].adviezen[0]", "Deskundigenadvies"),
        (["aanmeldingen", 0, "voorkeur"], 2**53, "$.aanmeldingen[0].voorkeur", "9007199254740991"),
    ],
)
def test_foute_invoer_noemt_het_pad(
    pad: list[str | int], waarde: Any, veld: str, fragment: str
) -> None:
    tekst = _met(pad, waarde)
    with pytest.raises(OngeldigeJson) as fout:
        pjson.loads(tekst, Dossier)
    assert fout.value.veld == veld
    assert fragment in str(fout.value)
    assert fout.value.code == "ongeldige_json"
    assert [p.code for p in fout.value.problemen] == ["ongeldige_invoer"]
    assert not valideerder(Dossier).is_valid(json.loads(tekst))


def test_geheel_getal_mag_als_3_0_zoals_json_schema_zegt() -> None:
    """JSON has one kind of number: 4.0 is the whole number 4 (JSON Schema agrees)."""
    tekst = _met(["aanmeldingen", 0, "verlenging", "weken"], 4.0)
    assert pjson.loads(tekst, Dossier) == voorbeelddossier()
    assert valideerder(Dossier).is_valid(json.loads(tekst))


def test_elk_probleem_met_zijn_pad() -> None:
    ruw = json.loads(pjson.dumps(voorbeelddossier()))
    ruw["leerling"]["id"] = None
    ruw["aanmeldingen"][0]["schriftelijk"] = "ja"
    ruw["tlvs"][0]["adviezen"][0]["datum"] = "2026-01-32"
    del ruw["schorsingen"][0]["einde"]
    ruw["schorsingen"][0]["schriftelijk"] = "ja"
    ruw["schorsingen"][0]["duur"] = 5
    with pytest.raises(OngeldigeJson) as fout:
        pjson.loads(json.dumps(ruw), Dossier)
    assert [p.veld for p in fout.value.problemen] == [
        "$.leerling.id",
        "$.aanmeldingen[0].schriftelijk",
        "$.tlvs[0].adviezen[0].datum",
        "$.schorsingen[0].schriftelijk",
        "$.schorsingen[0].einde",
        "$.schorsingen[0].duur",
    ]
    assert (
        str(fout.value).splitlines()[4]
        == "$.schorsingen[0].einde = None: verplichte sleutel ontbreekt"
    )
    assert all(isinstance(p, OngeldigeInvoer) for p in fout.value.problemen)


def test_veel_problemen_kort_in_het_bericht() -> None:
    tekst = json.dumps(
        {"id": "x", "geboortedatum": "2019-01-01", **{f"k{i}": i for i in range(50)}}
    )
    with pytest.raises(OngeldigeJson) as fout:
        pjson.loads(tekst, Leerling)
    assert len(fout.value.problemen) == 50
    assert str(fout.value).splitlines()[-1] == "en nog 30 problemen"


def weigering_payload(gemotiveerd: object) -> str:
    """A refused aanmelding of a pupil who needs support, in the wire format."""
    dossier = attrs.evolve(
        voorbeelddossier(),
        aanmeldingen=(
            attrs.evolve(
                voorbeelddossier().aanmeldingen[0],
                besluit=Toelatingsbesluit(
                    datum=D(2025, 4, 14),
                    uitkomst=Toelatingsuitkomst.GEWEIGERD,
                    andere_school=EIK,
                    andere_school_bereid_op=D(2025, 4, 10),
                    schriftelijk_gemotiveerd=False,
                ),
            ),
        ),
    )
    ruw = json.loads(pjson.dumps(dossier))
    ruw["aanmeldingen"][0]["besluit"]["schriftelijk_gemotiveerd"] = gemotiveerd
    return json.dumps(ruw)


@pytest.mark.parametrize("gemotiveerd", ["nee", "false", 0, "None", []])
def test_weigering_met_nee_als_tekst_misleidt_toets_niet(gemotiveerd: object) -> None:
    """Issue 10: ``"nee"`` used to load as True, so toets missed the unmotivated refusal."""
    with pytest.raises(OngeldigeJson) as fout:
        pjson.loads(weigering_payload(gemotiveerd), Dossier)
    assert fout.value.veld == "$.aanmeldingen[0].besluit.schriftelijk_gemotiveerd"
    assert "verwacht true, false of null" in str(fout.value)
    # The fact itself crosses the wire as JSON false, and toets reports it (BES-04).
    dossier = pjson.loads(weigering_payload(False), Dossier)
    codes = [g.code for g in toets(dossier, D(2025, 9, 1))]
    assert GebrekCode.WEIGERING_NIET_SCHRIFTELIJK_GEMOTIVEERD in codes


def test_ontbrekende_sleutel_en_kapotte_json() -> None:
    ruw = json.loads(pjson.dumps(voorbeelddossier()))
    del ruw["leerling"]["geboortedatum"]
    with pytest.raises(OngeldigeJson, match="geboortedatum") as fout:
        pjson.loads(json.dumps(ruw), Dossier)
    assert fout.value.veld == "$.leerling.geboortedatum"
    with pytest.raises(OngeldigeJson, match="geen geldige JSON"):
        pjson.loads("{", Dossier)


@pytest.mark.parametrize(
    ("tekst", "fragment"),
    [
        ('{"id": "a", "id": "b", "geboortedatum": "2019-01-01"}', "meer dan eens"),
        ('{"id": "a", "geboortedatum": NaN}', "geen JSON-getal"),
        ('{"id": "a", "geboortedatum": Infinity}', "geen JSON-getal"),
        ('{"id": "a\\ud800", "geboortedatum": "2019-01-01"}', "surrogaat"),
        ('{"id": "a"} x', "geen geldige JSON"),
        ("\ufeff{}", "geen geldige JSON"),
        ("[" * 1000 + "]" * 1000, "dieper genest"),
        ('{"id": ' + "[" * 990 + "]" * 990 + ', "geboortedatum": "2019-01-01"}', "dieper genest"),
    ],
)
def test_geen_i_json_geweigerd(tekst: str, fragment: str) -> None:
    """Text beyond the schema: I-JSON only, and nesting no deeper than the format needs."""
    with pytest.raises(OngeldigeJson, match=fragment):
        pjson.loads(tekst, Leerling)


def test_geen_recursionerror_bij_diepe_nesting_in_2_kb() -> None:
    tekst = '{"leerling": ' + "[" * 1000 + "]" * 1000 + "}"
    assert len(tekst) < 2100
    with pytest.raises(OngeldigeJson):
        pjson.loads(tekst, Dossier)


def test_zelfverwijzing_ten_hoogste_32_niveaus() -> None:
    oordeel = zorgplicht(voorbeelddossier(), D(2025, 2, 20))
    diep = oordeel
    for _ in range(40):
        diep = attrs.evolve(oordeel, wettelijk=diep)
    with pytest.raises(OngeldigeJson, match="dieper genest dan 32"):
        pjson.loads(pjson.dumps(diep), Zorgplichtoordeel)


def test_tekst_moet_utf8_of_str_zijn() -> None:
    with pytest.raises(OngeldigeJson, match="geen UTF-8"):
        pjson.loads('{"id": "é"}'.encode("latin-1"), Leerling)
    with pytest.raises(OngeldigeInvoer, match="str of bytes"):
        pjson.loads(None, Leerling)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="geen JSON-vorm"):
        pjson.loads("{}", set)


def test_tegenstrijdig_dossier_blijft_tegenstrijdig() -> None:
    """A consistency rule of the class is not weakened by reading JSON, and keeps its code."""
    tekst = _met(["schorsingen", 0, "einde"], "2026-02-01")
    with pytest.raises(OngeldigeJson) as fout:
        pjson.loads(tekst, Dossier)
    [probleem] = fout.value.problemen
    assert isinstance(probleem, TegenstrijdigDossier)
    assert probleem.veld == "$.schorsingen[0].einde"
    # The schema cannot state the rule; it names it.
    assert valideerder(Dossier).is_valid(json.loads(tekst))
    schorsing = pjson.json_schema(Dossier)["$defs"]["Schorsing"]
    assert "ligt niet vóór begin" in schorsing["properties"]["einde"]["description"]


def test_andere_leerling_in_een_record() -> None:
    tekst = _met(["inschrijvingen", 0, "leerling", "id"], "ll-2")
    with pytest.raises(OngeldigeJson) as fout:
        pjson.loads(tekst, Dossier)
    assert fout.value.problemen[0].code == "tegenstrijdig_dossier"
    assert "leerling van het dossier" in pjson.json_schema(Dossier)["description"]


def test_schema_weigert_wat_geen_klasse_is() -> None:
    with pytest.raises(OngeldigeInvoer, match="soort"):
        pjson.json_schema(dict)


def test_schema_noemt_elke_controle_op_een_veld() -> None:
    """The constraints of the records are in the schema (issue 10): BRIN, non-blank ids and
    names, cluster 1-4, voorkeur and weeks ≥ 1, percentages, bounded whole numbers."""
    defs = pjson.json_schema(Dossier)["$defs"]
    school = defs["School"]["properties"]
    for brin in ("12AB", "12AB01"):
        assert re.search(school["brin"]["pattern"], brin)
    for brin in ("12ab", "12AB\n", "١٢AB", "12AB0", "12AB012"):
        assert not re.search(school["brin"]["pattern"], brin)
    assert school["naam"]["minLength"] == 1
    assert school["cluster"]["minimum"] == 1
    assert school["cluster"]["maximum"] == 4
    assert "soort 'so' of 'vso'" in school["cluster"]["description"]
    assert defs["Leerling"]["properties"]["id"]["pattern"] == r"\S"
    assert defs["Aanmelding"]["properties"]["voorkeur"]["minimum"] == 1
    assert defs["Verlenging"]["properties"]["weken"]["minimum"] == 1
    assert defs["Symbiose"]["properties"]["omvang_procent"]["maximum"] == 100
    assert defs["Bezwaar"]["properties"]["verdaging_weken"]["maximum"] == 6
    assert defs["Leerling"]["properties"]["geboortedatum"]["format"] == "date"


def public_attrs_types() -> list[type]:
    gezien: dict[type, None] = {}
    for module in (passend, termijnen, bekostiging):
        for naam in module.__all__:
            waarde = getattr(module, naam)
            if isinstance(waarde, type) and attrs.has(waarde):
                gezien[waarde] = None
    return list(gezien)


def test_elke_validator_staat_in_de_tabel() -> None:
    """One truth: every validator on a public record is described for loader and schema.

    A new validator fails here until ``passend._json_eisen.EISEN`` says what it demands.
    """
    onbekend = sorted(
        f"{soort.__name__}.{veld.name}: {validatornaam(v)}"
        for soort in public_attrs_types()
        for veld in attrs.fields(soort)
        for v, _ in validators(veld)
        if validatornaam(v) not in EISEN
    )
    assert onbekend == []
    for soort in public_attrs_types():
        na = getattr(soort, "__attrs_post_init__", None)
        assert na is None or validatornaam(na) in EISEN


def voorbeelden() -> dict[type, object]:
    """An instance of every public type, from passend's own answers where possible."""
    dossier = voorbeelddossier()
    op = D(2026, 3, 20)
    raming = meerjarenraming_zuid_kennemerland()
    bedragen = bekostiging.Ondersteuningsbedragen(
        jaar=2024,
        lichte_ondersteuning=Decimal("100"),
        zware_ondersteuning=Decimal("200"),
        bron=bekostiging.tarieven(2024).bron(TlvCategorie.SBO),
    )
    telling = bekostiging.Leerlingtelling(
        teldatum=D(2023, 2, 1), bao=1000, sbo=20, sbo_met_tlv=0, so_met_tlv={}
    )
    wortels: list[object] = [
        dossier,
        zorgplicht(dossier, D(2025, 2, 20), beleid=Beleid.zuid_kennemerland()),
        financieel_verantwoordelijke(dossier, op),
        toets(dossier, op),
        aandachtspunten(dossier, op),
        tuple(catalogus().values()),
        lopende_termijnen(dossier, D(2025, 3, 20)),
        opp_vereist(dossier, op),
        verantwoordelijk_swv(op=op, woonplaats_swv=SWV, tlv=dossier.tlvs[0]),
        aanmelden_vanaf(LL),
        Beleid.zuid_kennemerland(),
        Informatieverzoek(verzonden_op=D(2025, 3, 5), termijn_tot=D(2025, 3, 19)),
        Aanbodafwijzing(leerling=LL, school=BAO, afgewezen_op=D(2025, 6, 1)),
        ExtraOndersteuning(leerling=LL, school=BAO, vanaf=D(2025, 9, 1)),
        bekostiging.tarieven(2024),
        bekostiging.TopModel.zuid_kennemerland(),
        raming,
        raming.afrondingscontrole(2024),
        telling,
        bedragen,
        bekostiging.rijksbijdrage_swv_po(2024, telling=telling, bedragen=bedragen),
        Kalender.standaard(),
        bekostiging.ikc_volumebekostiging(2024, leerlingen_1_februari=40),
        bekostiging.vangnet_so_cluster_3(
            jaar=2024, groei_1_september_1_februari=2, groei_2_februari_1_juni=5
        ),
        bekostiging.opmaat_weekbedrag(2024, TlvCategorie.SO_LAAG, weken_per_jaar=40),
        bekostiging.instroombudget(D(2024, 3, 4), soort=bekostiging.Instroomsoort.VOORSCHOOLSE_TLV),
        bekostiging.tlv_op_bao(TlvCategorie.SO_MIDDEN, augustus_van=2024),
        bekostiging.schoolbudget(
            2024, leerlingen=250, plaatsingen=1, tlvs_op_bao=[TlvCategorie.SO_MIDDEN]
        ),
    ]
    gevonden: dict[type, object] = {}

    def verzamel(waarde: object) -> None:
        if isinstance(waarde, tuple | list):
            for w in waarde:
                verzamel(w)
        elif attrs.has(type(waarde)) and type(waarde) not in gevonden:
            gevonden[type(waarde)] = waarde
            for naam in attrs.asdict(waarde, recurse=False):  # type: ignore[arg-type]
                verzamel(getattr(waarde, naam))

    for wortel in wortels:
        verzamel(wortel)
    return gevonden


def test_schema_van_elk_publiek_type_aanvaardt_zijn_eigen_dumps() -> None:
    gevonden = voorbeelden()
    for soort in public_attrs_types():
        if soort not in gevonden:
            continue
        tekst = pjson.dumps(gevonden[soort])
        valideerder(soort).validate(json.loads(tekst))
        assert pjson.loads(tekst, soort) == gevonden[soort], soort


@pytest.mark.parametrize("soort", public_attrs_types(), ids=lambda s: s.__name__)
@settings(max_examples=3, deadline=None)
@given(data=st.data())
def test_schema_aanvaardt_de_dumps_van_elk_publiek_type(soort: type, data: st.DataObject) -> None:
    """Every public type, drawn with its registered strategy: its own schema accepts its dumps
    and loads gives the value back (so a type added later is covered without an example)."""
    waarde = data.draw(st.from_type(soort))
    tekst = pjson.dumps(waarde)
    valideerder(soort).validate(json.loads(tekst))
    assert pjson.loads(tekst, soort) == waarde


def test_afbeeldingen_en_lijsten_met_eisen() -> None:
    """Mappings (years or categories to amounts) and a grondslag that may not be empty."""
    regel = meerjarenraming_zuid_kennemerland().regels[0]
    ruw = json.loads(pjson.dumps(regel))
    assert pjson.loads(json.dumps(ruw), type(regel)) == regel
    ruw["bedragen"] = {"2024": 5, "twee": "1.00"}
    with pytest.raises(OngeldigeJson) as fout:
        pjson.loads(json.dumps(ruw), type(regel))
    assert [p.veld for p in fout.value.problemen] == ['$.bedragen["2024"]', '$.bedragen["twee"]']
    ruw["bedragen"] = "1.00"
    with pytest.raises(OngeldigeJson, match="verwacht een object, niet een tekst"):
        pjson.loads(json.dumps(ruw), type(regel))
    vangnet = bekostiging.vangnet_so_cluster_3(
        jaar=2024, groei_1_september_1_februari=2, groei_2_februari_1_juni=5
    )
    ruw = json.loads(pjson.dumps(vangnet))
    ruw["grondslag"] = []
    with pytest.raises(OngeldigeJson, match="ten minste één Bron") as fout:
        pjson.loads(json.dumps(ruw), type(vangnet))
    assert fout.value.veld == "$.grondslag"


def test_geen_json_vorm_voor_andere_sleutels() -> None:
    @attrs.frozen(kw_only=True)
    class PerLeerling:
        """Test class with a key JSON cannot carry."""

        aantal: dict[Leerling, int]

    with pytest.raises(OngeldigeInvoer, match="geen JSON-vorm"):
        pjson.json_schema(PerLeerling)


def test_dumps_weigert_wat_geen_json_kan_worden() -> None:
    with pytest.raises(OngeldigeInvoer, match="surrogaat"):
        pjson.dumps(Leerling(id="ll\ud800", geboortedatum=D(2019, 1, 1)))
    with pytest.raises(OngeldigeInvoer, match="niet als JSON"):
        pjson.dumps(object())


@given(strategies.scholen())
def test_heen_en_terug_verliest_niets(school: School) -> None:
    assert pjson.loads(pjson.dumps(school), School) == school
