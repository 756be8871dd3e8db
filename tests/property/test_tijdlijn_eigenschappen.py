"""The timeline reads as the law: on every day of a zorgplicht period, ``zorgplicht`` gives the
answer the period names, and every defect ``toets`` reports on the peildatum is on the timeline
(issue 15)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from passend import (
    Dossier,
    PassendError,
    Tijdlijnsoort,
    catalogus,
    tijdlijn,
    toets,
    zorgplicht,
)
from passend import strategies as ps

# Each example asks the questions on every day the answer can change: keep the count modest.
VOORBEELDEN = settings(max_examples=25, deadline=None)


@st.composite
def dossier_en_dagen(draw: st.DrawFn) -> tuple[Dossier, dt.date, dt.date]:
    """A dossier, a peildatum after its first record and a day between the two."""
    dossier = draw(ps.dossiers())
    eerste = min(
        [a.ontvangen_op for a in dossier.aanmeldingen]
        + [i.ingeschreven_op for i in dossier.inschrijvingen]
        + [a.afgewezen_op for a in dossier.aanbodafwijzingen],
        default=dt.date(2025, 1, 1),
    )
    op = draw(st.dates(min_value=eerste, max_value=eerste + dt.timedelta(days=400)))
    dag = draw(st.dates(min_value=eerste, max_value=op))
    return dossier, op, dag


@VOORBEELDEN
@given(dossier_en_dagen())
def test_zorgplichtperiode_geeft_het_antwoord_van_elke_dag(
    invoer: tuple[Dossier, dt.date, dt.date],
) -> None:
    dossier, op, dag = invoer
    lijn = tijdlijn(dossier, op)
    perioden = [r for r in lijn.regels if r.soort is Tijdlijnsoort.ZORGPLICHT]
    bevat = [p for p in perioden if p.van <= dag <= (p.tot or p.van)]
    if not dossier.stand_op(op).records():  # nothing known yet on the peildatum
        assert perioden == []
        return
    assert len(bevat) == 1, "de perioden sluiten op elkaar aan zonder overlap"
    try:
        oordeel = zorgplicht(dossier, dag)
    except PassendError:
        assert bevat[0].omschrijving == "zorgplicht onbekend"
        return
    tekst = bevat[0].omschrijving
    assert tekst.endswith(f"({oordeel.reden.value})")
    if oordeel.bestuur is None:
        assert tekst.startswith("geen zorgplicht")
    else:
        assert tekst.startswith(oordeel.bestuur.naam)


@VOORBEELDEN
@given(dossier_en_dagen())
def test_elk_gebrek_op_de_peildatum_staat_op_de_tijdlijn(
    invoer: tuple[Dossier, dt.date, dt.date],
) -> None:
    dossier, op, _ = invoer
    try:
        gebreken = toets(dossier, op)
    except PassendError:
        return
    lijn = tijdlijn(dossier, op)
    op_de_lijn = [r for r in lijn.regels if r.soort is Tijdlijnsoort.GEBREK]
    omschrijvingen = [r.omschrijving for r in op_de_lijn]
    for gebrek in gebreken:
        assert catalogus()[gebrek.code].omschrijving in omschrijvingen
    assert all(r.van <= op for r in op_de_lijn)
