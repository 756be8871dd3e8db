"""Dates, parties and small helpers shared by the record and dossier strategies."""

from __future__ import annotations

import datetime as dt
from typing import Final

from hypothesis import strategies as st

from passend._fouten import OngeldigeInvoer
from passend._kalender import Kalender
from passend._partijen import (
    Bestuurssoort,
    Leerling,
    Regio,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
)

__all__ = [
    "LANGSTE_TERMIJN",
    "TEKST",
    "brins",
    "datums",
    "ids",
    "leerlingen",
    "na",
    "samenwerkingsverbanden",
    "scholen",
    "schoolbesturen",
    "veilig_bereik",
]

#: The longest term passend counts from one date with the Atw: the Awb 7:10 decision on a
#: bezwaar with an advisory committee (12 weeks) plus the longest verdaging (6 weeks), Atw-
#: shifted under ``Beleid(atw_bij_termijn_boven_12_weken=True)``.
LANGSTE_TERMIJN: Final = dt.timedelta(weeks=18)

#: Free texts of OPPs and symbioses: empty and blank ones (a missing part) included.
TEKST: Final = st.sampled_from(["", " ", "kleine groep", "vso arbeidsmarkt", "prikkelverwerking"])


def veilig_bereik(kalender: Kalender | None = None) -> tuple[dt.date, dt.date]:
    """First and last day on which ``kalender`` can answer every question.

    The years with a known KB list that run without a gap up to the last known year; the last
    day leaves room for :data:`LANGSTE_TERMIJN` to end on a werkdag of that last year.
    """
    kal = Kalender.standaard() if kalender is None else kalender
    laatste = max(kal.kb_bekend)
    eerste = laatste
    while eerste - 1 in kal.kb_bekend:
        eerste -= 1
    werkdag = dt.date(laatste, 12, 31)
    while not kal.is_werkdag(werkdag):
        werkdag -= dt.timedelta(days=1)
    return dt.date(eerste, 1, 1), werkdag - LANGSTE_TERMIJN


def datums(
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    *,
    kalender: Kalender | None = None,
) -> st.SearchStrategy[dt.date]:
    """Datums waarop ``kalender`` (standaard :meth:`passend.Kalender.standaard`) elke vraag kan
    beantwoorden, ook een termijn die op die dag begint.

    Het bereik volgt uit de kalender: de jaren met een bekende KB-lijst die zonder gat tot het
    laatste bekende jaar lopen, en ruimte voor de langste termijn (18 weken: beslissing op
    bezwaar met adviescommissie en verdaging) tot een werkdag in dat laatste jaar. Met de
    standaardkalender is dat 2023-01-01 tot en met 2028-08-25. ``min_value`` en ``max_value``
    vernauwen het; daarbuiten kan een vraag :class:`~passend.NietBekend` geven.

    Voorbeeld (getest in ``tests/test_strategies.py``)::

        @given(ps.datums())
        def test_beslistermijn_is_altijd_bekend(d):
            assert termijnen.beslistermijn(d, verlenging_weken=4).einde > d
    """
    eerste, laatste = veilig_bereik(kalender)
    van = eerste if min_value is None else min_value
    tot = laatste if max_value is None else max_value
    if van > tot:
        raise OngeldigeInvoer("min_value", van, f"ligt na max_value ({tot.isoformat()})")
    return st.dates(min_value=van, max_value=tot)


def na(dag: dt.date, tot: int, vanaf: int = 0) -> st.SearchStrategy[dt.date]:
    """Days ``vanaf`` … ``tot`` days after ``dag``."""
    return st.integers(vanaf, tot).map(lambda n: dag + dt.timedelta(days=n))


def brins() -> st.SearchStrategy[str]:
    """BRIN-nummers: twee cijfers, twee hoofdletters, soms een vestigingsnummer van twee cijfers."""
    letters = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
    cijfers = st.integers(0, 99).map(lambda n: f"{n:02d}")
    vestiging = st.one_of(st.just(""), cijfers)
    return st.tuples(cijfers, letters, vestiging).map("".join)


def ids(prefix: str) -> st.SearchStrategy[str]:
    """Pseudonymous ids ``prefix-n``."""
    return st.integers(1, 10**6).map(lambda n: f"{prefix}-{n}")


def schoolbesturen() -> st.SearchStrategy[Schoolbestuur]:
    """Openbare en bijzondere besturen met een pseudoniem id."""
    return st.builds(
        Schoolbestuur,
        id=ids("bestuur"),
        naam=st.just("Bestuur"),
        soort=st.sampled_from(Bestuurssoort),
    )


def samenwerkingsverbanden(sector: Sector | None = None) -> st.SearchStrategy[Samenwerkingsverband]:
    """Samenwerkingsverbanden van ``sector`` (PO of VO; None: een van beide)."""
    return st.builds(
        Samenwerkingsverband,
        id=ids("swv"),
        naam=st.just("SWV"),
        sector=st.sampled_from(Sector) if sector is None else st.just(sector),
    )


def scholen(
    soort: Schoolsoort | None = None,
    *,
    swv: st.SearchStrategy[Samenwerkingsverband | None] | None = None,
) -> st.SearchStrategy[School]:
    """Scholen van ``soort`` (None: elke soort); een SO- of VSO-school krijgt cluster 3 of 4.

    ``swv`` geeft het samenwerkingsverband van de school; standaard heeft de school er geen
    (``School.swv`` is dan None).
    """
    soorten = st.sampled_from(Schoolsoort) if soort is None else st.just(soort)
    verband: st.SearchStrategy[Samenwerkingsverband | None] = st.none() if swv is None else swv

    def bouw(s: Schoolsoort) -> st.SearchStrategy[School]:
        cluster = st.sampled_from([3, 4]) if s in (Schoolsoort.SO, Schoolsoort.VSO) else st.none()
        return st.builds(
            School,
            brin=brins(),
            naam=st.just("School"),
            soort=st.just(s),
            bestuur=schoolbesturen(),
            swv=verband,
            regio=st.one_of(st.none(), st.sampled_from(Regio)),
            cluster=cluster,
        )

    return soorten.flatmap(bouw)


def leerlingen(
    min_value: dt.date = dt.date(2005, 1, 1), max_value: dt.date = dt.date(2024, 12, 31)
) -> st.SearchStrategy[Leerling]:
    """Leerlingen met een pseudoniem id, geboren tussen ``min_value`` en ``max_value``."""
    return st.builds(
        Leerling, id=ids("ll"), geboortedatum=st.dates(min_value=min_value, max_value=max_value)
    )
