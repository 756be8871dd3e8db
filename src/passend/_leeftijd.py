"""Leeftijdsregels in het primair onderwijs: aanmelden vanaf 3, school vanaf 4, leerplicht vanaf 5
(rules.md AAN-02).

Een kind geboren op 29 februari is in een gewoon jaar jarig op de dag die
``Beleid.schrikkeldag`` noemt (standaard 1 maart, rules.md OQ 17).
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs
from dateutil.relativedelta import relativedelta

from passend._beleid import Beleid, Schrikkeldag, beleid_of_standaard
from passend._bronnen import (
    LPW_3,
    SCHRIKKELDAG,
    WPO_39_TOELATING,
    WPO_39_WENNEN,
    WPO_40_DRIE_JAAR,
    Bron,
)
from passend._kalender import Kalender, atw_feestdagen, dagnaam
from passend._partijen import Leerling, Regio
from passend._waarden import (
    als_bronnen,
    buiten_kalender,
    controleer_datum,
    controleer_optie,
    controleer_soort,
    elk_een,
    is_datum,
    niet_leeg,
    plus,
)
from passend._weergave import Weergave

__all__ = [
    "Mijlpaal",
    "aanmelden_vanaf",
    "leeftijd",
    "leerplichtig_vanaf",
    "toelating_vanaf",
    "verjaardag",
    "wennen_vanaf",
]


@attrs.frozen(kw_only=True)
class Mijlpaal(Weergave):
    """Een dag vanaf wanneer de wet iets toestaat of eist, met de grondslag."""

    #: Naam van de mijlpaal (``'Leerplichtig vanaf'``).
    naam: str = attrs.field(validator=niet_leeg)
    #: De dag zelf: vanaf deze dag geldt het.
    datum: dt.date = attrs.field(validator=is_datum)
    #: De wetsartikelen van de regel (en de schrikkeldagkeuze, als die meetelt).
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Uitleg in gewone taal: welke verjaardag en welke dag dat wordt.
    uitleg: str = attrs.field(validator=niet_leeg)


def verjaardag(leerling: Leerling, jaren: int, *, beleid: Beleid | None = None) -> dt.date:
    """De dag waarop ``leerling`` ``jaren`` jaar oud wordt.

    >>> ll = Leerling(id="ll-1", geboortedatum=dt.date(2020, 2, 29))
    >>> verjaardag(ll, 3), verjaardag(ll, 3, beleid=Beleid(schrikkeldag=Schrikkeldag.EIND_FEBRUARI))
    (datetime.date(2023, 3, 1), datetime.date(2023, 2, 28))
    >>> verjaardag(ll, 4)
    datetime.date(2024, 2, 29)
    """
    geboren = controleer_soort("leerling", leerling, Leerling).geboortedatum
    bel = beleid_of_standaard(beleid)
    jaar = geboren.year + controleer_soort("jaren", jaren, int)
    if not dt.MINYEAR <= jaar <= dt.MAXYEAR:
        raise buiten_kalender("datum", geboren)
    # Same month and day (no relativedelta: this is on the path of every aanmelding), except
    # 29 February in a common year: 28 February, or 1 March under Beleid.schrikkeldag.
    if (geboren.month, geboren.day) != (2, 29) or calendar.isleap(jaar):
        return geboren.replace(year=jaar)
    if bel.schrikkeldag is Schrikkeldag.EERSTE_MAART:
        return dt.date(jaar, 3, 1)
    return dt.date(jaar, 2, 28)


def leeftijd(leerling: Leerling, op: dt.date, *, beleid: Beleid | None = None) -> int:
    """Leeftijd van ``leerling`` in hele jaren op ``op`` (verjaardagen als bij :func:`verjaardag`).

    >>> ll = Leerling(id="ll-1", geboortedatum=dt.date(2008, 2, 29))
    >>> leeftijd(ll, dt.date(2026, 2, 28)), leeftijd(ll, dt.date(2026, 3, 1))
    (17, 18)
    """
    jaren = (
        controleer_datum("op", op).year
        - controleer_soort("leerling", leerling, Leerling).geboortedatum.year
    )
    return jaren if verjaardag(leerling, jaren, beleid=beleid) <= op else jaren - 1


def _schrikkel(leerling: Leerling) -> tuple[Bron, ...]:
    geboren = leerling.geboortedatum
    return (SCHRIKKELDAG,) if (geboren.month, geboren.day) == (2, 29) else ()


def aanmelden_vanaf(leerling: Leerling, *, beleid: Beleid | None = None) -> Mijlpaal:
    """Eerste dag van een geldige aanmelding in het PO: de derde verjaardag.

    Daarvóór mag een school een wachtlijst bijhouden, maar dat is geen aanmelding en het begint
    geen zorgplicht ("Zorgplicht in schema", SWV Rijn & Gelderse Vallei, 2022, § 1).

    Grondslag:
        WPO art. 40 (aanmelding vanaf drie jaar; lid niet gezien, AAN-02).

    >>> aanmelden_vanaf(Leerling(id="ll-1", geboortedatum=dt.date(2021, 5, 13))).datum
    datetime.date(2024, 5, 13)
    """
    dag = verjaardag(leerling, 3, beleid=beleid)
    return Mijlpaal(
        naam="Aanmelden mogelijk vanaf",
        datum=dag,
        grondslag=(WPO_40_DRIE_JAAR, *_schrikkel(leerling)),
        uitleg=f"Ouders kunnen hun kind aanmelden vanaf de derde verjaardag, {dagnaam(dag)}. "
        "Een eerdere inschrijving op een wachtlijst is geen aanmelding en geeft geen zorgplicht.",
    )


def toelating_vanaf(leerling: Leerling, *, beleid: Beleid | None = None) -> Mijlpaal:
    """Eerste dag waarop een school de leerling in het PO mag toelaten: de vierde verjaardag.

    Grondslag:
        WPO art. 39 lid 1 (AAN-02).

    >>> toelating_vanaf(Leerling(id="ll-1", geboortedatum=dt.date(2021, 5, 13))).datum
    datetime.date(2025, 5, 13)
    """
    dag = verjaardag(leerling, 4, beleid=beleid)
    return Mijlpaal(
        naam="Toelating mogelijk vanaf",
        datum=dag,
        grondslag=(WPO_39_TOELATING, *_schrikkel(leerling)),
        uitleg=f"Een kind kan worden toegelaten vanaf de vierde verjaardag, {dagnaam(dag)}.",
    )


def wennen_vanaf(leerling: Leerling, *, beleid: Beleid | None = None) -> Mijlpaal:
    """Eerste dag van de periode om te wennen: twee maanden vóór de vierde verjaardag.

    In die twee maanden mag het kind ten hoogste vijf dagen op school doorbrengen.

    Grondslag:
        WPO art. 39 lid 3 (AAN-02).

    >>> wennen_vanaf(Leerling(id="ll-1", geboortedatum=dt.date(2021, 5, 13))).datum
    datetime.date(2025, 3, 13)
    """
    vier = verjaardag(leerling, 4, beleid=beleid)
    dag = plus(vier, relativedelta(months=-2))
    return Mijlpaal(
        naam="Wennen mogelijk vanaf",
        datum=dag,
        grondslag=(WPO_39_WENNEN, *_schrikkel(leerling)),
        uitleg=f"In de twee maanden vóór de vierde verjaardag ({dagnaam(vier)}) mag een kind "
        f"ten hoogste vijf dagen komen wennen, vanaf {dagnaam(dag)}.",
    )


def leerplichtig_vanaf(
    leerling: Leerling,
    regio: Regio,
    *,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Mijlpaal:
    """Eerste dag van de leerplicht: de eerste schooldag van de maand na de vijfde verjaardag.

    Een schooldag is hier een weekdag die geen Atw-feestdag is en buiten de schoolvakanties van
    ``regio`` valt (een kind dat in juli vijf wordt, begint dus na de zomervakantie).

    Grondslag:
        Leerplichtwet 1969 art. 3 (AAN-02).

    >>> leerplichtig_vanaf(Leerling(id="ll-1", geboortedatum=dt.date(2021, 5, 13)), Regio.MIDDEN).datum
    datetime.date(2026, 6, 1)
    """
    kal = controleer_optie("kalender", kalender, Kalender) or Kalender.standaard()
    controleer_soort("regio", regio, Regio)
    vijf = verjaardag(leerling, 5, beleid=beleid)
    eerste = plus(vijf.replace(day=1), relativedelta(months=1))
    dag = eerste
    while dag.weekday() >= 5 or dag in atw_feestdagen(dag.year) or kal.schoolvakantie(dag, regio):
        dag = plus(dag, dt.timedelta(days=1))
    uitleg = (
        f"Het kind wordt vijf op {dagnaam(vijf)} en is leerplichtig vanaf de eerste schooldag "
        f"van de maand daarna: {dagnaam(dag)} (regio {regio.value})."
    )
    if dag.month != eerste.month:
        # The law names "the first school day of the month"; a month without one (August in a
        # late zomervakantie) is not addressed, so the first school day after it is taken.
        uitleg += (
            " In die maand valt geen schooldag buiten de vakantie; passend neemt de eerste "
            "schooldag daarna (interpretatie: de wet regelt dit geval niet uitdrukkelijk)."
        )
    return Mijlpaal(
        naam="Leerplichtig vanaf",
        datum=dag,
        grondslag=(LPW_3, *_schrikkel(leerling)),
        uitleg=uitleg,
    )
