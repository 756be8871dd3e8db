"""Hypothesis strategies for passend values (needs the ``hypothesis`` extra).

Use them to test your own software against legal invariants::

    from hypothesis import given
    from passend import strategies as ps

    @given(ps.datums())
    def test_iets(d): ...

With the ``hypothesis`` extra installed, ``st.from_type(Leerling)`` (and the other party
classes) resolve to these strategies through the entry point in ``passend._hypothesis``.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

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
    "brins",
    "datums",
    "leerlingen",
    "samenwerkingsverbanden",
    "scholen",
    "schoolbesturen",
]


def datums(
    min_value: dt.date | None = None, max_value: dt.date | None = None
) -> st.SearchStrategy[dt.date]:
    """Dates on which the standard :class:`~passend.Kalender` can answer every question.

    Defaults to 2023-01-01 … 2028-12-24, years whose KB list is known, leaving room for a term
    end to roll into the next day.
    """
    kal = Kalender.standaard()
    eerste = min(j for j in kal.kb_bekend if j >= 2023)
    return st.dates(
        min_value=min_value or dt.date(eerste, 1, 1),
        max_value=max_value or dt.date(max(kal.kb_bekend), 12, 24),
    )


def brins() -> st.SearchStrategy[str]:
    """BRIN numbers: two digits, two capitals, optionally a two-digit vestiging."""
    letters = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
    cijfers = st.integers(0, 99).map(lambda n: f"{n:02d}")
    vestiging = st.one_of(st.just(""), cijfers)
    return st.tuples(cijfers, letters, vestiging).map("".join)


def _ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(1, 10**6).map(lambda n: f"{prefix}-{n}")


def schoolbesturen() -> st.SearchStrategy[Schoolbestuur]:
    """Openbare and bijzondere besturen with pseudonymous ids."""
    return st.builds(
        Schoolbestuur,
        id=_ids("bestuur"),
        naam=st.just("Bestuur"),
        soort=st.sampled_from(Bestuurssoort),
    )


def samenwerkingsverbanden() -> st.SearchStrategy[Samenwerkingsverband]:
    """SWVs of either sector."""
    return st.builds(
        Samenwerkingsverband, id=_ids("swv"), naam=st.just("SWV"), sector=st.sampled_from(Sector)
    )


def scholen(soort: Schoolsoort | None = None) -> st.SearchStrategy[School]:
    """Schools of ``soort`` (any kind when None); SO/VSO schools get cluster 3 or 4."""
    soorten = st.just(soort) if soort else st.sampled_from(Schoolsoort)

    def bouw(s: Schoolsoort) -> st.SearchStrategy[School]:
        cluster = st.sampled_from([3, 4]) if s in (Schoolsoort.SO, Schoolsoort.VSO) else st.none()
        return st.builds(
            School,
            brin=brins(),
            naam=st.just("School"),
            soort=st.just(s),
            bestuur=schoolbesturen(),
            regio=st.one_of(st.none(), st.sampled_from(Regio)),
            cluster=cluster,
        )

    return soorten.flatmap(bouw)


def leerlingen() -> st.SearchStrategy[Leerling]:
    """Pupils born 2005-2024 with pseudonymous ids."""
    return st.builds(
        Leerling,
        id=_ids("ll"),
        geboortedatum=st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2024, 12, 31)),
    )
