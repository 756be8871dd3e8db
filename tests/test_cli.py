"""The command line: every subcommand through ``main([...])``, each exit code (0 in orde,
1 gebreken, 2 ongeldige invoer) with a Dutch message and no traceback."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import runpy
from importlib import resources
from pathlib import Path

import pytest

import passend
from passend import (
    Aanmelding,
    Bestuurssoort,
    Dossier,
    Leerling,
    Ondersteuningsbehoefte,
    Overzicht,
    School,
    Schoolbestuur,
    Schoolsoort,
    overzicht,
)
from passend import json as pjson
from passend._cli import OPDRACHTEN, main, voorbeelddossier

VOORBEELD = Path(str(resources.files("passend").joinpath("data/voorbeelddossier.json")))


def draai(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    uit = capsys.readouterr()
    return code, uit.out, uit.err


@pytest.fixture
def zonder_besluit(tmp_path: Path) -> Path:
    """A written aanmelding of Monday 3 March 2025 without a decision: the six weeks end on
    14 April (E1), so on 1 May the decision is late (AAN-01)."""
    ll = Leerling(id="ll-7", geboortedatum=dt.date(2018, 5, 1))
    bestuur = Schoolbestuur(id="b-1", naam="Stichting De Linde", soort=Bestuurssoort.BIJZONDER)
    school = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=bestuur)
    aanmelding = Aanmelding(
        leerling=ll,
        school=school,
        ontvangen_op=dt.date(2025, 3, 3),
        ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
        voorkeur=1,
    )
    pad = tmp_path / "dossier.json"
    pad.write_text(pjson.dumps(Dossier(leerling=ll, aanmeldingen=[aanmelding])), "utf-8")
    return pad


# --- passend demo ----------------------------------------------------------------------------


def test_demo_toont_termijnen_met_grondslag() -> None:
    uit = io.StringIO()
    assert main(["demo"], uit) == 0
    tekst = uit.getvalue()
    assert "Beslistermijn aanmelding: uiterlijk 2025-04-14" in tekst
    assert "uiterlijk 2025-05-12" in tekst  # with the 4-week extension (E1)
    assert "Termijn ontwikkelingsperspectief: uiterlijk 2025-10-13" in tekst  # E9
    assert "Bezwaartermijn (Awb): uiterlijk 2026-04-28" in tekst  # E7
    assert "Grondslag: WPO art. 40 lid 6" in tekst


def test_demo_toont_de_zorgplicht_op_verschillende_dagen() -> None:
    uit = io.StringIO()
    main(["demo"], uit)
    tekst = uit.getvalue()
    assert "2025-03-01: niemand (geen dossier)" in tekst
    assert "2025-03-03: Stichting A (aanmelding)" in tekst
    assert "2025-04-02: Stichting A (aanmelding)" in tekst  # refused, but not yet placed
    assert "Loopt: Beslistermijn aanmelding, uiterlijk 2025-05-19" in tekst  # De Beuk, 04-07
    assert "2025-04-07: Gemeente B (aanmelding)" in tekst
    assert "2025-05-01: Gemeente B (ingeschreven)" in tekst


# --- passend dossier -------------------------------------------------------------------------


def test_dossier_op_het_voorbeeld_als_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "dossier", str(VOORBEELD), "--op", "2025-04-08")
    assert code == 0
    assert "Dossier van leerling ll-demo — peildatum 2025-04-08; beleid: wettelijk" in uit
    # AAN-08: the later written aanmelding at De Beuk moved the zorgplicht on 7 April.
    assert "Zorgplicht: Gemeente B (aanmelding), sinds 2025-04-07" in uit
    # VER-05/VER-06: the refusal of 1 April opens the bezwaar and GPO terms (six weeks each).
    assert "Lopende termijnen (3):" in uit
    assert "Bezwaartermijn (bijzonder onderwijs): uiterlijk 2025-05-13" in uit
    assert "Termijn verzoek Geschillencommissie passend onderwijs: uiterlijk 2025-05-13" in uit
    assert "Beslistermijn aanmelding: uiterlijk 2025-05-19" in uit
    assert "Gebreken (0)" in uit
    assert "Aandachtspunten (" in uit
    assert "Uitkomst: geen gebreken gevonden." in uit


def test_dossier_met_gebrek_geeft_exitcode_1(
    capsys: pytest.CaptureFixture[str], zonder_besluit: Path
) -> None:
    code, uit, _ = draai(capsys, "dossier", str(zonder_besluit), "--op", "2025-05-01")
    assert code == 1
    assert "Gebreken (1):" in uit
    assert "besluit_aanmelding_te_laat" in uit
    assert "Uitkomst: 1 gebrek gevonden." in uit
    # Before the six weeks ended there is no defect yet.
    assert draai(capsys, "dossier", str(zonder_besluit), "--op", "2025-04-14")[0] == 0


def test_dossier_json_laadt_met_passend_json(
    capsys: pytest.CaptureFixture[str], zonder_besluit: Path
) -> None:
    code, uit, _ = draai(capsys, "dossier", str(zonder_besluit), "--op", "2025-05-01", "--json")
    assert code == 1
    gelezen = pjson.loads(uit, Overzicht)
    dossier = pjson.loads(zonder_besluit.read_text("utf-8"), Dossier)
    assert gelezen == overzicht(dossier, dt.date(2025, 5, 1))
    assert [g.code.value for g in gelezen.gebreken] == ["besluit_aanmelding_te_laat"]


def test_dossier_van_standaardinvoer(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(VOORBEELD.read_text("utf-8")))
    code, uit, _ = draai(capsys, "dossier", "-", "--op", "2025-05-01")
    assert code == 0
    assert "Zorgplicht: Gemeente B (ingeschreven), sinds 2025-05-01" in uit


def test_dossier_zonder_op_vraagt_naar_vandaag_en_zegt_dat(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("passend._cli._vandaag", lambda: dt.date(2025, 4, 2))
    code, uit, _ = draai(capsys, "dossier", "--voorbeeld")
    assert code == 0
    assert "peildatum 2025-04-02 (vandaag: geen --op gegeven)" in uit
    code, uit, err = draai(capsys, "dossier", "--voorbeeld", "--json")
    assert pjson.loads(uit, Overzicht).op == dt.date(2025, 4, 2)
    assert "peildatum 2025-04-02 (vandaag: geen --op gegeven)" in err


def test_dossier_met_regionaal_beleid(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(
        capsys, "dossier", "--voorbeeld", "--op", "2025-04-08", "--beleid", "rijn-gelderse-vallei"
    )
    assert code == 0
    assert "beleid: Rijn & Gelderse Vallei" in uit


def test_misvormd_dossier_geeft_exitcode_2_met_json_pad(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ruw = json.loads(VOORBEELD.read_text("utf-8"))
    ruw["aanmeldingen"][1]["ontvangen_op"] = "7 april"
    pad = tmp_path / "fout.json"
    pad.write_text(json.dumps(ruw), "utf-8")
    code, uit, err = draai(capsys, "dossier", str(pad), "--op", "2025-05-01")
    assert code == 2
    assert uit == ""
    assert err.startswith("passend: fout (")
    assert "$.aanmeldingen[1].ontvangen_op" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("inhoud", "verwacht"),
    [
        ("{niet: json", "fout ("),
        ('["een lijst"]', "fout ("),
        (b"\xff\xfe", "geen UTF-8-tekst"),
    ],
)
def test_geen_dossier_geeft_exitcode_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, inhoud: str | bytes, verwacht: str
) -> None:
    pad = tmp_path / "kapot.json"
    if isinstance(inhoud, bytes):
        pad.write_bytes(inhoud)
    else:
        pad.write_text(inhoud, "utf-8")
    code, _, err = draai(capsys, "dossier", str(pad), "--op", "2025-05-01")
    assert code == 2
    assert verwacht in err


def test_ontbrekend_bestand_geeft_exitcode_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = draai(capsys, "dossier", str(tmp_path / "weg.json"), "--op", "2025-05-01")
    assert code == 2
    assert "kan niet lezen" in err
    assert "weg.json" in err


def test_dossier_vraagt_een_bestand_of_het_voorbeeld(capsys: pytest.CaptureFixture[str]) -> None:
    assert draai(capsys, "dossier")[0] == 2
    code, _, err = draai(capsys, "dossier", str(VOORBEELD), "--voorbeeld")
    assert code == 2
    assert "óf --voorbeeld" in err


@pytest.mark.parametrize("datum", ["1 mei", "2025-13-45"])
def test_ongeldige_peildatum(capsys: pytest.CaptureFixture[str], datum: str) -> None:
    code, _, err = draai(capsys, "dossier", "--voorbeeld", "--op", datum)
    assert code == 2
    assert f"verwacht een datum als JJJJ-MM-DD, niet {datum!r}" in err
    assert "gebruik: passend dossier" in err


def test_alleen_de_opdrachtregel_leest_de_klok() -> None:
    from passend._cli import _vandaag

    assert type(_vandaag()) is dt.date


# --- passend voorbeeld -----------------------------------------------------------------------


def test_voorbeeld_is_het_meegeleverde_dossier(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "voorbeeld")
    assert code == 0
    assert pjson.loads(uit, Dossier) == voorbeelddossier()
    assert uit == VOORBEELD.read_text("utf-8")


# --- passend termijn -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "verwacht"),
    [
        (["beslistermijn", "2025-04-17"], "uiterlijk 2025-06-02"),  # E5
        (["beslistermijn", "2025-03-03", "--verlenging", "4"], "uiterlijk 2025-05-12"),  # E1
        (["opp", "2025-11-14"], "uiterlijk 2025-12-29"),  # E10
        (["bezwaar-openbaar", "2025-09-07"], "uiterlijk 2025-10-20"),  # E8
        (["bezwaar", "2025-09-07", "--bestuur", "openbaar"], "uiterlijk 2025-10-20"),  # E8
        (["bezwaar-bijzonder", "2026-02-02"], "uiterlijk 2026-03-16"),  # E13
        (["bezwaar", "2026-02-02", "--bestuur", "bijzonder"], "uiterlijk 2026-03-16"),  # E13
        # Awb 7:10: six weeks from the day after the bezwaar term (ending 2026-04-28, E7).
        (
            [
                "beslistermijn-bezwaar",
                "2026-04-20",
                "--bestuur",
                "openbaar",
                "--bezwaartermijn-einde",
                "2026-04-28",
            ],
            "uiterlijk 2026-06-09",
        ),
        (["gpo", "2026-02-02"], "uiterlijk 2026-03-16"),
        (["schorsing", "2026-03-09"], "uiterlijk 2026-03-15"),
        (["aanmelden-advies", "2025-09-01"], "uiterlijk 2025-06-23"),  # AAN-03
    ],
)
def test_termijn(argv: list[str], verwacht: str) -> None:
    uit = io.StringIO()
    assert main(["termijn", *argv], uit) == 0
    assert verwacht in uit.getvalue()


@pytest.mark.parametrize(
    ("argv", "verwacht"),
    [
        (["opp", "2025-09-01", "--verlenging", "4"], "--verlenging = 4: geldt niet voor"),
        (["bezwaar", "2025-09-07"], "--bestuur = None: de termijn 'bezwaar' vraagt deze optie"),
        (["bezwaar-openbaar", "2025-09-07", "--bestuur", "bijzonder"], "geldt niet voor"),
        (["beslistermijn", "2025-03-03", "--verlenging", "5"], "verlenging"),
        (["beslistermijn", "2031-01-06"], "fout (buiten_bereik)"),
        (["vakantie", "2025-03-03"], "ongeldige keuze 'vakantie'"),
        (["opp", "2025-09-01", "--verlenging", "vier"], "ongeldige waarde 'vier'"),
        (["opp"], "deze argumenten ontbreken: DATUM"),
    ],
)
def test_termijn_met_ongeldige_invoer(
    capsys: pytest.CaptureFixture[str], argv: list[str], verwacht: str
) -> None:
    code, _, err = draai(capsys, "termijn", *argv)
    assert code == 2
    assert verwacht in err
    assert "Traceback" not in err


def test_termijnhulp_noemt_de_opties_per_soort(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "termijn", "--help")
    assert code == 0
    assert "beslistermijn: --verlenging, --verlenging-medegedeeld" in uit
    assert "bezwaar: --bestuur, --schoolsoort" in uit
    assert "gpo: geen opties" in uit


# --- passend schema --------------------------------------------------------------------------


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "schema", "Dossier")
    assert code == 0
    assert json.loads(uit) == pjson.json_schema(Dossier)
    code, _, err = draai(capsys, "schema", "Onbekend")
    assert code == 2
    assert "onbekend type; kies uit" in err
    assert "Dossier" in err


# --- passend begroting -----------------------------------------------------------------------


def test_begroting(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "begroting")
    assert code == 0
    # The resultaat of 2024 in the meerjarenraming of the ondersteuningsplan (§ 12).
    assert "€ -762.957" in uit
    assert "Begroting 2028:" in uit


def test_begroting_als_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "begroting", "--csv")
    assert code == 0
    rijen = list(csv.DictReader(io.StringIO(uit)))
    (resultaat,) = [r for r in rijen if r["regel"] == "resultaat"]
    assert resultaat["2024"] == "-762957"
    assert [r for r in rijen if r["soort"] == "afrondingsverschil"]
    code, uit, _ = draai(capsys, "begroting", "--csv", "--zonder-afrondingsverschillen")
    rijen = list(csv.DictReader(io.StringIO(uit)))
    assert not [r for r in rijen if r["soort"] == "afrondingsverschil"]


def test_begroting_met_groei(capsys: pytest.CaptureFixture[str]) -> None:
    so = "7 ondersteuningsbekostiging inh. DUO (so)"
    code, uit, _ = draai(capsys, "begroting", "--groei", "6", "--regel", so, "--vanaf", "2025")
    assert code == 0
    assert "(scenario)" in uit
    assert "resultaat € -299.995" in uit  # see the bekostiging tutorial
    code, _, err = draai(capsys, "begroting", "--groei", "6")
    assert code == 2
    assert "samen" in err
    assert draai(capsys, "begroting", "--groei", "zes")[0] == 2


# --- the program as a whole ------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "--version")
    assert code == 0
    assert uit.strip() == f"passend {passend.__version__}"


def test_hulp_is_nederlands(capsys: pytest.CaptureFixture[str]) -> None:
    code, uit, _ = draai(capsys, "--help")
    assert code == 0
    assert uit.startswith("gebruik: passend")
    assert "opdrachten:" in uit
    assert "toon deze hulp en stop" in uit
    assert "Exitcodes: 0 in orde, 1 gebreken gevonden, 2 ongeldige invoer." in uit
    for opdracht in OPDRACHTEN:
        assert opdracht.naam in uit


@pytest.mark.parametrize("opdracht", [o.naam for o in OPDRACHTEN])
def test_elke_opdracht_heeft_nederlandse_hulp(
    capsys: pytest.CaptureFixture[str], opdracht: str
) -> None:
    code, uit, _ = draai(capsys, opdracht, "--help")
    assert code == 0
    assert uit.startswith(f"gebruik: passend {opdracht}")
    assert "opties:" in uit


def test_onbekende_opdracht_en_argumenten(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = draai(capsys, "demo", "--extra")
    assert code == 2
    assert "onbekende argumenten: --extra" in err


def test_python_m_passend(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.argv", ["passend"])
    with pytest.raises(SystemExit) as uitgang:
        runpy.run_module("passend", run_name="__main__", alter_sys=False)
    assert uitgang.value.code == 2  # a subcommand is required
    fout = capsys.readouterr().err
    assert "gebruik: passend" in fout
    assert "deze argumenten ontbreken: OPDRACHT" in fout
