"""Bron, errors and the party classes: validation with stable codes and Dutch messages."""

from __future__ import annotations

import datetime as dt

import pytest

from passend import (
    WETTEN,
    Bestuurssoort,
    Bron,
    Leerling,
    OngeldigeInvoer,
    PassendError,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
    Zekerheid,
    _bronnen,
)

BESTUUR = Schoolbestuur(id="b", naam="Stichting", soort=Bestuurssoort.OPENBAAR)


def test_bron_url_en_tekst() -> None:
    b = Bron(wet="Awb", artikel="7:10", geldig_vanaf=dt.date(2024, 1, 1))
    assert str(b) == "Awb art. 7:10"
    assert b.url == "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=7:10&g=2024-01-01"
    assert b.zeker


def test_bron_zonder_bwb_is_een_beleidsdocument() -> None:
    b = Bron(wet="Ondersteuningsplan X", artikel="§ 8.1.3", zekerheid=Zekerheid.BRONDOCUMENT)
    assert b.bwb_id is None
    assert b.url is None
    assert str(b) == "Ondersteuningsplan X § 8.1.3"


@pytest.mark.parametrize(
    ("velden", "veld"),
    [
        ({"wet": "WPO", "artikel": "40", "bwb_id": "BWBR123"}, "bwb_id"),
        ({"wet": " ", "artikel": "40"}, "wet"),
        ({"wet": "WPO", "artikel": ""}, "artikel"),
    ],
)
def test_bron_ongeldig(velden: dict[str, str], veld: str) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        Bron(**velden)  # type: ignore[arg-type]
    assert fout.value.veld == veld


def test_met_lid_houdt_of_vervangt_zekerheid() -> None:
    assert _bronnen.WPO_40.met_lid("5").zekerheid is Zekerheid.GEVERIFIEERD
    smal = _bronnen.WPO_40.met_lid("5", zekerheid=Zekerheid.BRONDOCUMENT)
    assert smal.zekerheid is Zekerheid.BRONDOCUMENT


def test_seed_blijft_een_alias_van_brondocument() -> None:
    # The old name still works and is the same member; the JSON value stays "SEED".
    # (By name lookup: mypy does not model enum aliases.)
    oud = Zekerheid["SEED"]
    assert oud is Zekerheid.BRONDOCUMENT
    assert Zekerheid("SEED") is Zekerheid.BRONDOCUMENT
    assert Zekerheid.BRONDOCUMENT.value == "SEED"
    assert oud.name == "BRONDOCUMENT"
    assert [z.name for z in Zekerheid] == ["GEVERIFIEERD", "BRONDOCUMENT", "ONGEVERIFIEERD"]


def test_benoemde_bronnen_zijn_geldig_en_kennen_hun_wet() -> None:
    benoemd = [v for v in vars(_bronnen).values() if isinstance(v, Bron)]
    assert len(benoemd) >= 30
    for b in benoemd:
        assert b.regel, b  # every named citation points back to its rule in rules.md
        if b.wet in WETTEN:
            assert b.bwb_id == WETTEN[b.wet][0]


def test_rules_md_labels_blijven_behouden() -> None:
    # rules.md: WVO 2020 article numbers come from seed 003; Atw art. 4 detail is unverified.
    assert _bronnen.WVO_8_8.zekerheid is Zekerheid.BRONDOCUMENT
    assert _bronnen.ATW_4.zekerheid is Zekerheid.ONGEVERIFIEERD
    assert _bronnen.AWB_6_8.zeker


def test_foutcodes_zijn_stabiel() -> None:
    from passend import BuitenBereik, NietBekend, TegenstrijdigDossier

    codes = {c.code for c in (OngeldigeInvoer, TegenstrijdigDossier, BuitenBereik, NietBekend)}
    assert codes == {"ongeldige_invoer", "tegenstrijdig_dossier", "buiten_bereik", "niet_bekend"}
    assert PassendError.code == "passend_fout"


@pytest.mark.parametrize("brin", ["12AB", "00ZZ", "12AB01"])
def test_brin_geldig(brin: str) -> None:
    assert School(brin=brin, naam="S", soort=Schoolsoort.BAO, bestuur=BESTUUR).brin == brin


@pytest.mark.parametrize("brin", ["12ab", "1AB2", "12ABC", "12AB1", "", 1234])
def test_brin_ongeldig(brin: object) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        School(brin=brin, naam="S", soort=Schoolsoort.BAO, bestuur=BESTUUR)  # type: ignore[arg-type]
    assert fout.value.veld == "brin"


def test_cluster_alleen_voor_so_en_vso() -> None:
    assert (
        School(brin="12AB", naam="S", soort=Schoolsoort.SO, bestuur=BESTUUR, cluster=4).cluster == 4
    )
    with pytest.raises(OngeldigeInvoer, match="SO- of VSO"):
        School(brin="12AB", naam="S", soort=Schoolsoort.BAO, bestuur=BESTUUR, cluster=3)
    with pytest.raises(OngeldigeInvoer, match="1, 2, 3 of 4"):
        School(brin="12AB", naam="S", soort=Schoolsoort.VSO, bestuur=BESTUUR, cluster=5)


def test_schoolsoort_wet_sector_en_specialisatie() -> None:
    assert [s.sector for s in (Schoolsoort.SO, Schoolsoort.VSO)] == [Sector.PO, Sector.VO]
    assert [s for s in Schoolsoort if s.gespecialiseerd] == [
        Schoolsoort.SBO,
        Schoolsoort.SO,
        Schoolsoort.VSO,
        Schoolsoort.PRO,
    ]


def test_leerling_zonder_naam_en_met_echte_datum() -> None:
    ll = Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1))
    assert repr(ll) == "Leerling(id='ll-1', geboortedatum=datetime.date(2019, 5, 1))"
    with pytest.raises(OngeldigeInvoer, match="geboortedatum"):
        Leerling(id="ll-1", geboortedatum=dt.datetime(2019, 5, 1))
    with pytest.raises(OngeldigeInvoer, match="id"):
        Leerling(id="", geboortedatum=dt.date(2019, 5, 1))
    with pytest.raises(OngeldigeInvoer, match="soort"):
        Schoolbestuur(id="b", naam="n", soort="openbaar")  # type: ignore[arg-type]
