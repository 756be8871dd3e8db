"""Aanmelding checks of issue 11, built from rules.md: the years before and at the start of
passend onderwijs (LAW-01, T-08)."""

from __future__ import annotations

import datetime as dt

import pytest

from passend import (
    Aanmelding,
    Bestuurssoort,
    BuitenBereik,
    Dossier,
    Kalender,
    Leerling,
    NietBekend,
    Ondersteuningsbehoefte,
    School,
    Schoolbestuur,
    Schoolsoort,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    aandachtspunten,
    lopende_termijnen,
    toets,
)

D = dt.date
KIND = Leerling(id="ll-2008", geboortedatum=D(2008, 5, 1))
BAO = School(
    brin="12AB",
    naam="De Linde",
    soort=Schoolsoort.BAO,
    bestuur=Schoolbestuur(id="b-1", naam="Stichting De Linde", soort=Bestuurssoort.BIJZONDER),
)


def dossier(ontvangen: dt.date, besluit: dt.date | None) -> Dossier:
    aanmelding = Aanmelding(
        leerling=KIND,
        school=BAO,
        ontvangen_op=ontvangen,
        ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
        besluit=None
        if besluit is None
        else Toelatingsbesluit(datum=besluit, uitkomst=Toelatingsuitkomst.TOEGELATEN),
    )
    return Dossier(leerling=KIND, aanmeldingen=[aanmelding])


def test_aanmelding_voor_1_augustus_2014_wordt_niet_getoetst() -> None:
    """LAW-01: a fact dated before 2014-08-01 is not judged under passend onderwijs: no defect
    (this decision came months after six weeks), no running term, and an aandachtspunt that
    says why."""
    d = dossier(D(2014, 3, 3), D(2014, 7, 1))
    assert toets(d, D(2015, 1, 5)) == ()
    (punt,) = aandachtspunten(d, D(2015, 1, 5))
    assert punt.onderwerp == "Aanmelding vóór passend onderwijs"
    assert "1 augustus 2014" in punt.uitleg
    assert [b.regel for b in punt.grondslag] == ["LAW-01"]
    assert lopende_termijnen(dossier(D(2014, 7, 1), None), D(2014, 7, 2)) == ()


def test_kalender_kent_2014_tot_en_met_2016_maar_niet_hun_kb_lijst() -> None:
    """T-08: the KB lists of 2014-2016 were not found (see the data file); those years are in
    the calendar, and a question that depends on their list is NietBekend, as for 2020-2022."""
    kalender = Kalender.standaard()
    assert kalender.eerste_jaar == 2014
    assert not any(jaar in kalender.kb_bekend for jaar in (2014, 2015, 2016))
    assert not kalender.is_werkdag(D(2015, 5, 14))  # Hemelvaartsdag (Atw art. 3 lid 1)
    with pytest.raises(NietBekend, match="2015"):
        kalender.is_werkdag(D(2015, 5, 15))  # the Friday after it: a KB day in most years
    assert kalender.ondergrens().atw_einde(D(2015, 5, 14)) == D(2015, 5, 15)
    with pytest.raises(BuitenBereik):
        kalender.is_werkdag(D(2013, 12, 31))


def test_aanmelding_van_2015_wordt_getoetst_waar_de_kb_lijst_er_niet_toe_doet() -> None:
    """Received Monday 2015-03-02, six weeks end nominally on Monday 2015-04-13. A decision well
    within the term is clean, one months later late; only near the end the missing 2015 list
    could matter, and there passend says it does not know."""
    assert toets(dossier(D(2015, 3, 2), D(2015, 3, 20)), D(2016, 1, 4)) == ()
    (laat,) = toets(dossier(D(2015, 3, 2), D(2015, 6, 1)), D(2016, 1, 4))
    assert "niet bekend" in laat.uitleg
    with pytest.raises(NietBekend):
        toets(dossier(D(2015, 3, 2), D(2015, 4, 15)), D(2016, 1, 4))
