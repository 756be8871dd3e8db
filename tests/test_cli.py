"""The command line: demo output and single terms, with clear errors."""

from __future__ import annotations

import io
import runpy

import pytest

from passend._cli import main


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


@pytest.mark.parametrize(
    ("soort", "datum", "verwacht"),
    [
        ("beslistermijn", "2025-04-17", "uiterlijk 2025-06-02"),  # E5
        ("opp", "2025-11-14", "uiterlijk 2025-12-29"),  # E10
        ("bezwaar-openbaar", "2025-09-07", "uiterlijk 2025-10-20"),  # E8
        ("bezwaar-bijzonder", "2026-02-02", "uiterlijk 2026-03-16"),  # E13
        ("gpo", "2026-02-02", "uiterlijk 2026-03-16"),
        ("schorsing", "2026-03-09", "uiterlijk 2026-03-15"),
    ],
)
def test_termijn(soort: str, datum: str, verwacht: str) -> None:
    uit = io.StringIO()
    assert main(["termijn", soort, datum], uit) == 0
    assert verwacht in uit.getvalue()


def test_fout_geeft_code_en_exitcode_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["termijn", "beslistermijn", "2031-01-06"], io.StringIO()) == 2
    assert "fout (buiten_bereik)" in capsys.readouterr().err


def test_python_m_passend(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as uitgang:
        runpy.run_module("passend", run_name="__main__", alter_sys=False)
    assert uitgang.value.code == 2  # argparse: a subcommand is required
    assert "usage: passend" in capsys.readouterr().err
