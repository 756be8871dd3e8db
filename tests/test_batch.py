"""Batch runs: rows per dossier, error rows instead of a stopped run, the same rows on one or
more processes, the synthetic population, and ``passend batch`` with its exit codes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import dask.bag
import pytest
from hypothesis import given
from hypothesis import strategies as st

from passend import (
    Aanmelding,
    Bestuurssoort,
    Dossier,
    Inschrijving,
    Leerling,
    NietBekend,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    School,
    Schoolbestuur,
    Schoolsoort,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    aandachtspunten,
    batch,
    lopende_termijnen,
    toets,
)
from passend import json as pjson
from passend._cli import _Voortgang, main

OP = dt.date(2026, 3, 2)


def _voorbeeld() -> Dossier:
    """The pupil of `passend demo`: refused at De Akker (another school found), registered at
    De Beuk on 2025-04-07 with a suspected support need, enrolled there on 2025-05-01."""
    sam = Leerling(id="ll-demo", geboortedatum=dt.date(2020, 11, 1))
    akker = School(
        brin="11AA",
        naam="De Akker",
        soort=Schoolsoort.BAO,
        bestuur=Schoolbestuur(id="b-a", naam="Stichting A", soort=Bestuurssoort.BIJZONDER),
    )
    beuk = School(
        brin="22BB",
        naam="De Beuk",
        soort=Schoolsoort.BAO,
        bestuur=Schoolbestuur(id="b-b", naam="Gemeente B", soort=Bestuurssoort.OPENBAAR),
    )
    weigering = Toelatingsbesluit(
        datum=dt.date(2025, 4, 1),
        uitkomst=Toelatingsuitkomst.GEWEIGERD,
        andere_school=beuk,
        andere_school_bereid_op=dt.date(2025, 3, 28),
        schriftelijk_gemotiveerd=True,
    )
    vermoed = Ondersteuningsbehoefte.VERMOED
    return Dossier(
        leerling=sam,
        aanmeldingen=[
            Aanmelding(
                leerling=sam,
                school=akker,
                ontvangen_op=dt.date(2025, 3, 3),
                ondersteuningsbehoefte=vermoed,
                besluit=weigering,
            ),
            Aanmelding(
                leerling=sam,
                school=beuk,
                ontvangen_op=dt.date(2025, 4, 7),
                ondersteuningsbehoefte=vermoed,
            ),
        ],
        inschrijvingen=[
            Inschrijving(leerling=sam, school=beuk, ingeschreven_op=dt.date(2025, 5, 1))
        ],
    )


def _records_na(dossier: Dossier, op: dt.date) -> list[dt.date]:
    """The day each event of the dossier happened (not the planned ends), to compare with op."""
    dagen = [a.ontvangen_op for a in dossier.aanmeldingen]
    dagen += [a.besluit.datum for a in dossier.aanmeldingen if a.besluit]
    dagen += [i.ingeschreven_op for i in dossier.inschrijvingen]
    dagen += [i.uitgeschreven_op for i in dossier.inschrijvingen if i.uitgeschreven_op]
    dagen += [t.aangevraagd_op for t in dossier.tlvs]
    dagen += [t.besluit_op for t in dossier.tlvs if t.besluit_op]
    dagen += [o.vastgesteld_op for o in dossier.opps] + [s.begin for s in dossier.schorsingen]
    dagen += [v.besluit_op for v in dossier.verwijderingen if v.besluit_op]
    return [d for d in dagen if d > op]


@pytest.fixture(scope="module")
def populatie() -> list[Dossier]:
    return list(batch.populatie(60, peildatum=OP, zaad=5))


@pytest.fixture
def bestand(tmp_path: Path, populatie: list[Dossier]) -> Path:
    """The population as JSON lines, with a malformed line (3) and a dossier of which one
    record is about another pupil (5), which the reader refuses."""
    regels = [pjson.dumps(d, indent=None) for d in populatie]
    regels.insert(2, '{"leerling": {"id": "ll-kapot"')
    ander = pjson.dumps(populatie[0], indent=None).replace('"ll-5-0"', '"ll-ander"', 1)
    regels.insert(4, ander)
    pad = tmp_path / "dossiers.jsonl"
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    return pad


# --- Rows ------------------------------------------------------------------------------------------


def test_rij_van_het_voorbeelddossier() -> None:
    # On 2025-04-07 the pupil is registered at De Beuk (22BB, Gemeente B) with a suspected
    # support need: that bestuur has the zorgplicht from receipt (rules.md AAN-05, ZP-01).
    d, op = _voorbeeld(), dt.date(2025, 4, 7)
    r = batch.rij(d, op, regel=1)
    assert list(r) == list(batch.KOLOMMEN)
    assert r["regel"] == 1
    assert r["leerling"] == "ll-demo"
    assert (r["zorgplicht"], r["zorgplicht_bestuur"], r["zorgplicht_school"]) == (
        "aanmelding",
        "b-b",
        "22BB",
    )
    assert r["zorgplicht_sinds"] == "2025-04-07"
    assert r["ingeschreven_bij"] is None
    assert r["fout_code"] is None
    assert r["fout"] is None
    # The other columns summarise the answers of the questions themselves.
    termijnen = lopende_termijnen(d, op)
    assert r["lopende_termijnen"] == len(termijnen) > 0
    assert (r["eerste_termijn"], r["eerste_termijn_einde"]) == (
        termijnen[0].naam,
        termijnen[0].einde.isoformat(),
    )
    assert "Beslistermijn aanmelding" in [t.naam for t in termijnen]  # De Beuk, six weeks (E1)
    gebreken = toets(d, op)
    assert (r["gebreken"], r["gebrekcodes"]) == (
        len(gebreken),
        " ".join(g.code.value for g in gebreken),
    )
    assert r["aandachtspunten"] == len(aandachtspunten(d, op))


def test_rij_met_ingeschreven_leerling() -> None:
    # From 2025-05-01 the pupil is enrolled at De Beuk: its bestuur has the zorgplicht.
    r = batch.rij(_voorbeeld(), dt.date(2025, 6, 2))
    assert (r["zorgplicht"], r["ingeschreven_bij"]) == ("ingeschreven", "22BB")


def test_rij_leest_tekst_en_bytes_als_het_dossier_zelf() -> None:
    d = _voorbeeld()
    tekst = pjson.dumps(d, indent=None)
    verwacht = batch.rij(d, OP)
    assert batch.rij(tekst, OP) == verwacht
    assert batch.rij(tekst.encode(), OP) == verwacht


def test_rij_waarden_zijn_eenvoudig(populatie: list[Dossier]) -> None:
    for r in batch.beantwoord(populatie, OP):
        assert all(v is None or type(v) in (str, int) for v in r.values())


@pytest.mark.parametrize(
    ("invoer", "code"),
    [
        ('{"leerling": ', "ongeldige_json"),  # not JSON
        ("", "ongeldige_json"),  # an empty line is no dossier
        (b"\xff\xfe{}", "ongeldige_json"),  # not UTF-8
        ('{"leerling": {"id": "ll-1", "geboortedatum": "1 mei"}}', "ongeldige_json"),
        (42, "ongeldige_invoer"),  # neither a dossier nor a line of JSON
    ],
)
def test_onleesbare_invoer_wordt_een_foutrij(invoer: object, code: str) -> None:
    r = batch.rij(invoer, OP, regel=9)  # type: ignore[arg-type]
    assert (r["regel"], r["leerling"], r["fout_code"]) == (9, None, code)
    assert isinstance(r["fout"], str)
    assert r["fout"]
    assert r["zorgplicht"] is None
    assert r["gebreken"] is None


def test_een_vraag_die_faalt_geeft_een_foutrij_met_de_leerling(
    monkeypatch: pytest.MonkeyPatch, populatie: list[Dossier]
) -> None:
    def toets(dossier: Dossier, op: dt.date, **_: object) -> tuple[()]:
        if dossier.leerling.id == "ll-5-1":
            raise NietBekend("datum", op, "lijst ontbreekt")
        return ()

    monkeypatch.setattr(batch, "toets", toets)
    rijen = list(batch.beantwoord(populatie[:3], OP))
    assert [r["fout_code"] for r in rijen] == [None, "niet_bekend", None]
    assert rijen[1]["leerling"] == "ll-5-1"
    assert rijen[1]["fout"] == "datum = datetime.date(2026, 3, 2): lijst ontbreekt"


# --- Files and processes ---------------------------------------------------------------------------


def test_bestand_geeft_foutrijen_met_regelnummer_en_loopt_door(
    bestand: Path, populatie: list[Dossier]
) -> None:
    rijen = list(batch.beantwoord(bestand, OP))
    assert [r["regel"] for r in rijen] == list(range(1, len(populatie) + 3))
    assert rijen[2]["fout_code"] == "ongeldige_json"
    assert rijen[4]["fout_code"] == "ongeldige_json"  # its problem: tegenstrijdig_dossier
    assert "andere leerling" in str(rijen[4]["fout"])
    goed = [r for i, r in enumerate(rijen) if i not in (2, 4)]
    assert goed == [
        {**batch.rij(d, OP), "regel": r["regel"]} for d, r in zip(populatie, goed, strict=True)
    ]


def test_twee_processen_geven_dezelfde_rijen_als_een(bestand: Path) -> None:
    meldingen: list[tuple[int, float | None]] = []
    een = list(batch.beantwoord(str(bestand), OP))
    twee = list(
        batch.beantwoord(bestand, OP, processen=2, voortgang=lambda n, f: meldingen.append((n, f)))
    )
    assert twee == een
    assert meldingen[-1] == (len(een), 1.0)
    assert [n for n, _ in meldingen] == sorted(n for n, _ in meldingen)


@given(
    lengtes=st.lists(st.integers(0, 30), max_size=30),
    processen=st.integers(1, 5),
    crlf=st.booleans(),
)
def test_elke_regel_wordt_precies_een_keer_gelezen(
    lengtes: list[int], processen: int, crlf: bool
) -> None:
    # Lines of any length (also empty ones, and lines longer than a part): split over parts,
    # every line is answered once, in order, with its own line number.
    einde = "\r\n" if crlf else "\n"
    regels = [f"{i:03d}" + "x" * n for i, n in enumerate(lengtes)]
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "r.jsonl"
        pad.write_bytes("".join(r + einde for r in regels).encode())
        taken = batch._delen(str(pad), pad.stat().st_size, processen, OP, None)
        rijen = list(batch._rijen(taken, map(batch._deel, taken), pad.stat().st_size, None))
    assert [r["regel"] for r in rijen] == list(range(1, len(regels) + 1))
    assert all(r["fout_code"] == "ongeldige_json" for r in rijen)
    gelezen = [str(r["fout"]).split("'")[1][:3] for r in rijen]
    assert gelezen == [r[:3] for r in regels]


def test_leeg_bestand_geeft_geen_rijen(tmp_path: Path) -> None:
    pad = tmp_path / "leeg.jsonl"
    pad.write_bytes(b"")
    assert list(batch.beantwoord(pad, OP, processen=2)) == []


def test_voortgang_bij_een_iterable() -> None:
    meldingen: list[tuple[int, float | None]] = []
    rijen = list(
        batch.beantwoord(["{"] * 2500, OP, voortgang=lambda n, f: meldingen.append((n, f)))
    )
    assert len(rijen) == 2500
    assert meldingen == [(1000, None), (2000, None)]


@pytest.mark.parametrize(
    ("argumenten", "veld"),
    [
        ({"op": dt.datetime(2026, 3, 2, 9, 0)}, "op"),
        ({"op": "2026-03-02"}, "op"),
        ({"processen": 0}, "processen"),
        ({"processen": True}, "processen"),
        ({"processen": 2}, "processen"),  # an iterable is answered in this process
        ({"bron": "/bestaat/niet.jsonl"}, "bron"),
    ],
)
def test_onbruikbare_opdracht_wordt_meteen_geweigerd(
    argumenten: dict[str, object], veld: str
) -> None:
    kwargs: dict[str, object] = {"bron": [_voorbeeld()], "op": OP, **argumenten}
    with pytest.raises(OngeldigeInvoer) as fout:
        batch.beantwoord(**kwargs)  # type: ignore[arg-type]
    assert fout.value.veld == veld


def test_schrijf_jsonl_naar_een_pad(tmp_path: Path, populatie: list[Dossier]) -> None:
    pad = tmp_path / "uit.jsonl"
    assert batch.schrijf_jsonl(populatie[:5], pad) == 5
    regels = pad.read_text(encoding="utf-8").splitlines()
    assert [pjson.loads(r, Dossier) for r in regels] == populatie[:5]


def test_dask_bag_over_regels_geeft_dezelfde_antwoorden(
    tmp_path: Path, populatie: list[Dossier]
) -> None:
    # docs/handleidingen/batch.md: the same pure function over partitions of raw JSON lines.
    delen = [tmp_path / "deel-0.jsonl", tmp_path / "deel-1.jsonl"]
    batch.schrijf_jsonl(populatie[:7], delen[0])
    batch.schrijf_jsonl(populatie[7:12], delen[1])
    regels = dask.bag.read_text([str(p) for p in delen])  # type: ignore[no-untyped-call]
    rijen = regels.map(partial(batch.rij, op=OP)).compute(scheduler="synchronous")
    assert rijen == [batch.rij(d, OP) for d in populatie[:12]]


# --- The synthetic population ----------------------------------------------------------------------


def test_populatie_is_bepaald_door_het_zaad() -> None:
    a = list(batch.populatie(30, peildatum=OP, zaad=11))
    assert a == list(batch.populatie(30, peildatum=OP, zaad=11))
    assert a != list(batch.populatie(30, peildatum=OP, zaad=12))
    assert len({d.leerling.id for d in a}) == 30


def test_populatie_kent_geen_gebeurtenis_na_de_peildatum() -> None:
    for dossier in batch.populatie(300, peildatum=OP, zaad=2):
        assert _records_na(dossier, OP) == []
        assert 3 <= (OP - dossier.leerling.geboortedatum).days // 365 <= 12


def test_populatie_heeft_de_verwachte_soorten_records() -> None:
    # 3 000 pupils at a 2.4 % SBO and 0.8 % SO share: about 70 issued TLVs (some pupils are
    # too young to have moved), every kind of record present, most pupils at a basisschool.
    dossiers = list(batch.populatie(3000, peildatum=OP, zaad=9))
    tlvs = [t for d in dossiers for t in d.tlvs if t.uitkomst is TlvUitkomst.AFGEGEVEN]
    assert 50 <= len(tlvs) <= 110
    for veld in ("aanmeldingen", "inschrijvingen", "opps", "schorsingen", "verwijderingen"):
        assert any(getattr(d, veld) for d in dossiers), veld
    verwijderingen = [v for d in dossiers for v in d.verwijderingen]
    assert any(v.bezwaar for v in verwijderingen)  # decided, and the parents object
    assert any(v.besluit_op is None for v in verwijderingen)  # still intended
    bao = sum(
        1
        for d in dossiers
        if d.inschrijvingen and d.inschrijvingen[-1].school.soort is Schoolsoort.BAO
    )
    assert bao / len(dossiers) > 0.8
    besturen = {i.school.bestuur.soort for d in dossiers for i in d.inschrijvingen}
    assert besturen == set(Bestuurssoort)


def test_populatie_gaat_heen_en_terug_door_json() -> None:
    for dossier in batch.populatie(100, peildatum=OP, zaad=3):
        assert pjson.loads(pjson.dumps(dossier, indent=None), Dossier) == dossier


@pytest.mark.parametrize(
    ("argumenten", "veld"),
    [
        ({"aantal": -1}, "aantal"),
        ({"aantal": 2.0}, "aantal"),
        ({"aantal": True}, "aantal"),
        ({"zaad": "1"}, "zaad"),
        ({"peildatum": "2026-03-02"}, "peildatum"),
    ],
)
def test_populatie_weigert_onzin(argumenten: dict[str, object], veld: str) -> None:
    kwargs: dict[str, object] = {"aantal": 1, "peildatum": OP, **argumenten}
    with pytest.raises(OngeldigeInvoer) as fout:
        batch.populatie(**kwargs)  # type: ignore[arg-type]
    assert fout.value.veld == veld


def test_kansen_zijn_fracties() -> None:
    assert all(0 < kans < 1 for kans in batch.KANSEN.values())


# --- passend batch ---------------------------------------------------------------------------------


def _csv(tekst: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(tekst)))


def test_cli_schrijft_csv_en_geeft_1_bij_foutrijen(
    bestand: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uit = io.StringIO()
    assert main(["batch", str(bestand), "--op", "2026-03-02"], uit) == 1
    rijen = _csv(uit.getvalue())
    assert list(rijen[0]) == list(batch.KOLOMMEN)
    assert [r["fout_code"] for r in rijen[:5]] == [
        "",
        "",
        "ongeldige_json",
        "",
        "ongeldige_json",
    ]
    assert "62 dossiers, 2 met een fout" in capsys.readouterr().err


def test_cli_geeft_0_als_alles_beantwoord_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad, csvpad = tmp_path / "demo.jsonl", tmp_path / "uit.csv"
    batch.schrijf_jsonl([_voorbeeld()] * 3, pad)
    assert main(["batch", str(pad), "--op", "2025-04-07", "--uit", str(csvpad)], io.StringIO()) == 0
    rijen = _csv(csvpad.read_text(encoding="utf-8"))
    assert [r["zorgplicht_school"] for r in rijen] == ["22BB"] * 3
    assert "3 dossiers, 0 met een fout" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["/bestaat/niet.jsonl", "--op", "2026-03-02"], "fout (ongeldige_invoer): bron"),
        (["{pad}", "--op", "2026-03-02", "--processen", "0"], "fout (ongeldige_invoer): processen"),
        (["{pad}", "--op", "2026-03-02", "--uit", "/bestaat/niet/uit.csv"], "niet te schrijven"),
    ],
)
def test_cli_geeft_2_als_de_opdracht_niet_kan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argumenten: list[str], melding: str
) -> None:
    pad = tmp_path / "d.jsonl"
    batch.schrijf_jsonl([_voorbeeld()], pad)
    args = [a.format(pad=pad) for a in argumenten]
    assert main(["batch", *args], io.StringIO()) == 2
    assert melding in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["d.jsonl"], "--op"),  # no peildatum
        (["d.jsonl", "--op", "20260302"], "JJJJ-MM-DD"),  # not exactly JJJJ-MM-DD
        (["d.jsonl", "--op", "2026-02-30"], "--op"),  # no such day
    ],
)
def test_cli_gebruiksfout(
    capsys: pytest.CaptureFixture[str], argumenten: list[str], melding: str
) -> None:
    code: int | str | None
    try:
        code = main(["batch", *argumenten], io.StringIO())
    except SystemExit as uitgang:  # argparse's own exit, where main does not catch it
        code = uitgang.code
    assert code == 2
    assert melding in capsys.readouterr().err


def test_voortgang_meldt_pas_na_het_interval() -> None:
    tijden: Iterator[float] = iter([0.0, 1.0, 2.5, 3.0, 5.0])
    fout = io.StringIO()
    melder = _Voortgang(fout, interval=2.0, klok=lambda: next(tijden))
    melder(100, 0.1)  # 1.0 s: too early
    melder(200, 0.25)  # 2.5 s: reported
    melder(300, None)  # 3.0 s: too soon after the last
    melder(400, None)  # 5.0 s: reported, no fraction for an iterable
    assert fout.getvalue().splitlines() == [
        "passend batch: 25%, 200 dossiers",
        "passend batch: 400 dossiers",
    ]
