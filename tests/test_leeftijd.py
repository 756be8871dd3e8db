"""Age rules in PO (rules.md AAN-02, E15) and 29 February birthdays (OQ 17)."""

from __future__ import annotations

import datetime as dt

import pytest

from passend import (
    Beleid,
    Leerling,
    Regio,
    Schrikkeldag,
    aanmelden_vanaf,
    leerplichtig_vanaf,
    toelating_vanaf,
    verjaardag,
    wennen_vanaf,
)

D = dt.date
E15 = Leerling(id="ll-e15", geboortedatum=D(2021, 5, 13))
SCHRIKKEL = Leerling(id="ll-29", geboortedatum=D(2020, 2, 29))


def test_e15_leeftijdsregels() -> None:
    assert aanmelden_vanaf(E15).datum == D(2024, 5, 13)
    assert toelating_vanaf(E15).datum == D(2025, 5, 13)
    assert wennen_vanaf(E15).datum == D(2025, 3, 13)
    leerplicht = leerplichtig_vanaf(E15, Regio.NOORD)
    assert leerplicht.datum == D(2026, 6, 1)
    assert [str(b) for b in leerplicht.grondslag] == ["Leerplichtwet 1969 art. 3"]
    assert [str(b) for b in toelating_vanaf(E15).grondslag] == ["WPO art. 39 lid 1"]
    assert [str(b) for b in wennen_vanaf(E15).grondslag] == ["WPO art. 39 lid 3"]
    assert "wachtlijst" in aanmelden_vanaf(E15).uitleg


@pytest.mark.parametrize(
    ("schrikkeldag", "derde", "vijfde"),
    [
        (Schrikkeldag.EERSTE_MAART, D(2023, 3, 1), D(2025, 3, 1)),
        (Schrikkeldag.EIND_FEBRUARI, D(2023, 2, 28), D(2025, 2, 28)),
    ],
)
def test_verjaardag_op_29_februari_volgt_het_beleid(
    schrikkeldag: Schrikkeldag, derde: dt.date, vijfde: dt.date
) -> None:
    beleid = Beleid(schrikkeldag=schrikkeldag)
    assert verjaardag(SCHRIKKEL, 3, beleid=beleid) == derde
    assert verjaardag(SCHRIKKEL, 4, beleid=beleid) == D(2024, 2, 29)  # a leap year
    assert verjaardag(SCHRIKKEL, 5, beleid=beleid) == vijfde
    assert aanmelden_vanaf(SCHRIKKEL, beleid=beleid).grondslag[-1].regel == "AAN-02"


def test_leerplicht_na_vijfde_verjaardag_op_29_februari_hangt_af_van_het_beleid() -> None:
    # Fifth birthday 2025-03-01 (default) → leerplicht from April; 2025-02-28 → from March.
    assert leerplichtig_vanaf(SCHRIKKEL, Regio.MIDDEN).datum == D(2025, 4, 1)
    eind_feb = Beleid(schrikkeldag=Schrikkeldag.EIND_FEBRUARI)
    assert leerplichtig_vanaf(SCHRIKKEL, Regio.MIDDEN, beleid=eind_feb).datum == D(2025, 3, 3)


@pytest.mark.parametrize(
    ("regio", "verwacht", "zonder_schooldag"),
    [
        # Zomervakantie 2025 (VAK-02): Noord until 2025-08-24, Zuid until 08-17, Midden until 08-31.
        (Regio.NOORD, D(2025, 8, 25), False),
        (Regio.ZUID, D(2025, 8, 18), False),
        (Regio.MIDDEN, D(2025, 9, 1), True),
    ],
)
def test_leerplicht_begint_na_de_zomervakantie_van_de_regio(
    regio: Regio, verwacht: dt.date, zonder_schooldag: bool
) -> None:
    juli = Leerling(id="ll-7", geboortedatum=D(2020, 7, 10))
    mijlpaal = leerplichtig_vanaf(juli, regio)
    assert mijlpaal.datum == verwacht
    assert ("geen schooldag" in mijlpaal.uitleg) is zonder_schooldag
