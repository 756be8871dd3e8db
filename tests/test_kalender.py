"""The Atw calendar against rules.md T-04 (non-working weekdays 2024-2028), VAK-02 (school
holidays, verified rows) and a golden snapshot of 2020-2030."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import holidays
import pytest

from passend import BuitenBereik, Kalender, NietBekend, OngeldigeInvoer, Regio, atw_feestdagen

D = dt.date
GOLDEN = Path(__file__).parent / "golden" / "kalender_2020_2030.json"

# rules.md T-04, "Resulting Atw non-working weekdays (Mon-Fri only; computed, incl. KB days)".
T04 = {
    2024: "01-01 29-03 01-04 09-05 10-05 20-05 25-12 26-12 27-12",
    2025: "01-01 18-04 21-04 05-05 29-05 30-05 09-06 25-12 26-12",
    2026: "01-01 02-01 03-04 06-04 27-04 05-05 14-05 15-05 25-05 25-12",
    2027: "01-01 26-03 29-03 27-04 05-05 06-05 07-05 17-05",
    2028: "14-04 17-04 27-04 28-04 05-05 25-05 26-05 05-06 25-12 26-12",
}


def _weekdagen(jaar: int) -> list[dt.date]:
    d, uit = D(jaar, 1, 1), []
    while d.year == jaar:
        if d.weekday() < 5:
            uit.append(d)
        d += dt.timedelta(days=1)
    return uit


@pytest.mark.parametrize("jaar", sorted(T04))
def test_niet_werkdagen_volgens_rules_t04(kalender: Kalender, jaar: int) -> None:
    verwacht = {D(jaar, int(s[3:]), int(s[:2])) for s in T04[jaar].split()}
    gevonden = {d for d in _weekdagen(jaar) if not kalender.is_werkdag(d)}
    assert gevonden == verwacht


def test_vrije_dag_noemt_de_reden(kalender: Kalender) -> None:
    assert kalender.vrije_dag(D(2025, 4, 26)) == "zaterdag"  # also Koningsdag 2025
    assert kalender.vrije_dag(D(2025, 4, 18)) == "Goede Vrijdag"
    assert kalender.vrije_dag(D(2026, 5, 5)) == "Bevrijdingsdag"
    assert kalender.vrije_dag(D(2026, 1, 2)) == "bij KB gelijkgestelde dag"
    assert kalender.vrije_dag(D(2026, 1, 6)) is None


def test_koningsdag_op_zondag_wordt_zaterdag() -> None:
    # 27 April 2025 is a Sunday: Koningsdag is Saturday the 26th (Atw art. 3 lid 1).
    assert atw_feestdagen(2025)[D(2025, 4, 26)] == "Koningsdag"
    assert D(2025, 4, 27) not in atw_feestdagen(2025)


def test_feestdagen_staan_ook_in_holidays_publiek_of_optioneel() -> None:
    # rules.md T-05: holidays' NL calendar with PUBLIC and OPTIONAL contains every Atw feestdag.
    for jaar in range(2020, 2031):
        nl = holidays.country_holidays("NL", years=jaar, categories=("public", "optional"))
        assert set(atw_feestdagen(jaar)) <= set(nl), jaar


def test_jaar_zonder_bekende_kb_lijst_geeft_niet_bekend(kalender: Kalender) -> None:
    assert not kalender.is_werkdag(D(2021, 5, 8))  # a Saturday needs no KB list
    assert not kalender.is_werkdag(D(2021, 5, 13))  # Hemelvaartsdag neither
    with pytest.raises(NietBekend) as fout:
        kalender.is_werkdag(D(2021, 5, 14))
    assert fout.value.code == "niet_bekend"
    assert "2021" in str(fout.value)


def test_kb_lijst_aanvullen(kalender: Kalender) -> None:
    aangevuld = kalender.met_gelijkgestelde_dagen(2021, [D(2021, 5, 14)], "KB 2021 (test)")
    assert not aangevuld.is_werkdag(D(2021, 5, 14))
    assert aangevuld.is_werkdag(D(2021, 5, 17))
    assert aangevuld.gelijkgestelde_dagen[D(2021, 5, 14)] == "KB 2021 (test)"
    assert kalender.kb_bekend.get(2021) is None  # the original is unchanged
    with pytest.raises(OngeldigeInvoer, match="2022"):
        kalender.met_gelijkgestelde_dagen(2021, [D(2022, 5, 27)], "KB")


@pytest.mark.parametrize("d", [D(2013, 12, 30), D(2031, 1, 2)])
def test_buiten_bereik(kalender: Kalender, d: dt.date) -> None:
    with pytest.raises(BuitenBereik) as fout:
        kalender.atw_einde(d)
    assert fout.value.veld == "datum"


def test_plus_werkdagen(kalender: Kalender) -> None:
    # Thursday 2025-05-29 is Hemelvaart, Friday 30 a KB day: 2 werkdagen after Wed 28 is Tue 3 June.
    assert kalender.plus_werkdagen(D(2025, 5, 28), 2) == D(2025, 6, 3)
    assert kalender.plus_werkdagen(D(2025, 5, 28), 0) == D(2025, 5, 28)
    with pytest.raises(OngeldigeInvoer, match="geheel aantal werkdagen ≥ 0"):
        kalender.plus_werkdagen(D(2025, 5, 28), -1)


# rules.md VAK-02 per region of VAK-01, rows confirmed V or V2: (regio, first day, last day, name).
VAK02 = [
    (Regio.NOORD, D(2025, 7, 12), D(2025, 8, 24), "Zomervakantie"),
    (Regio.MIDDEN, D(2025, 7, 19), D(2025, 8, 31), "Zomervakantie"),
    (Regio.ZUID, D(2025, 7, 5), D(2025, 8, 17), "Zomervakantie"),
    (Regio.NOORD, D(2025, 12, 20), D(2026, 1, 4), "Kerstvakantie"),
    (Regio.NOORD, D(2026, 2, 21), D(2026, 3, 1), "Voorjaarsvakantie"),
    (Regio.MIDDEN, D(2026, 2, 14), D(2026, 2, 22), "Voorjaarsvakantie"),
    (Regio.ZUID, D(2027, 10, 23), D(2027, 10, 31), "Herfstvakantie"),
    (Regio.NOORD, D(2028, 7, 15), D(2028, 8, 27), "Zomervakantie"),
    (Regio.MIDDEN, D(2029, 7, 7), D(2029, 8, 19), "Zomervakantie"),
]


@pytest.mark.parametrize(("regio", "van", "tot", "naam"), VAK02)
def test_schoolvakanties_volgens_rules_vak02(
    kalender: Kalender, regio: Regio, van: dt.date, tot: dt.date, naam: str
) -> None:
    assert kalender.schoolvakantie(van, regio) == naam
    assert kalender.schoolvakantie(tot, regio) == naam
    assert kalender.schoolvakantie(van - dt.timedelta(days=1), regio) is None
    assert kalender.schoolvakantie(tot + dt.timedelta(days=1), regio) is None


def test_schoolvakantie_buiten_bereik(kalender: Kalender) -> None:
    with pytest.raises(BuitenBereik, match="schoolvakanties"):
        kalender.schoolvakantie(D(2030, 10, 14), Regio.NOORD)


def _momentopname(kalender: Kalender) -> dict[str, object]:
    atw = {
        str(jaar): {
            "feestdagen": {d.isoformat(): n for d, n in atw_feestdagen(jaar).items()},
            "gelijkgesteld": sorted(
                d.isoformat() for d in kalender.gelijkgestelde_dagen if d.year == jaar
            ),
            "kb_lijst_bekend": jaar in kalender.kb_bekend,
        }
        for jaar in range(2020, 2031)
    }
    vakanties: dict[str, list[list[str]]] = {}
    for regio in Regio:
        perioden: list[list[str]] = []
        for d, naam in sorted(kalender.vakanties[regio].items()):
            if d.year < 2020:
                continue
            vorige = perioden[-1] if perioden else None
            if vorige and vorige[2] == naam and D.fromisoformat(vorige[1]) + dt.timedelta(1) == d:
                vorige[1] = d.isoformat()
            else:
                perioden.append([d.isoformat(), d.isoformat(), naam])
        vakanties[regio.value] = perioden
    return {"atw": atw, "schoolvakanties": vakanties}


def test_gouden_momentopname_2020_2030(kalender: Kalender) -> None:
    """An upstream change of ``holidays`` or of the KB data shows here as a diff."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    nu = _momentopname(kalender)
    assert nu["atw"] == golden["atw"]
    assert nu["schoolvakanties"] == golden["schoolvakanties"]


def test_kalender_bereik_gevalideerd() -> None:
    with pytest.raises(OngeldigeInvoer, match="eerste_jaar"):
        Kalender(eerste_jaar=2025, laatste_jaar=2024, gelijkgestelde_dagen={}, kb_bekend={})
