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

from passend._aanmelding import (
    Aanmelding,
    Ondersteuningsbehoefte,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
)
from passend._dossier import Dossier
from passend._inschrijving import Aanbodafwijzing, Inschrijving
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
    "aanmeldingen",
    "brins",
    "datums",
    "dossiers",
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


def aanmeldingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    ontvangen: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Aanmelding]:
    """Aanmeldingen of ``leerling``: any support need, preference, exception, extension and
    decision, always consistent (a decision and an extension never before receipt)."""

    def bouw(op: dt.date) -> st.SearchStrategy[Aanmelding]:
        later = st.integers(0, 90).map(lambda n: op + dt.timedelta(days=n))
        besluit = st.builds(
            Toelatingsbesluit, datum=later, uitkomst=st.sampled_from(Toelatingsuitkomst)
        )
        verlenging = st.builds(Verlenging, medegedeeld_op=later, weken=st.integers(1, 4))
        return st.builds(
            Aanmelding,
            leerling=st.just(leerling),
            school=school,
            ontvangen_op=st.just(op),
            ondersteuningsbehoefte=st.sampled_from(Ondersteuningsbehoefte),
            voorkeur=st.one_of(st.none(), st.integers(1, 3)),
            schriftelijk=st.booleans(),
            uitzondering=st.one_of(st.none(), st.sampled_from(Uitzondering)),
            verlenging=st.one_of(st.none(), verlenging),
            besluit=st.one_of(st.none(), besluit),
        )

    return ontvangen.flatmap(bouw)


def dossiers(
    min_value: dt.date = dt.date(2023, 1, 1), max_value: dt.date = dt.date(2028, 6, 30)
) -> st.SearchStrategy[Dossier]:
    """Dossiers of one primary-school pupil: up to three aanmeldingen at up to three schools,
    up to two enrolments and a refused offer, all dated between ``min_value`` and
    ``max_value`` (by default years whose KB list is known, so every term can be computed)."""
    dagen = st.dates(min_value=min_value, max_value=max_value)

    def bouw(leerling: Leerling, scholen_: list[School]) -> st.SearchStrategy[Dossier]:
        school = st.sampled_from(scholen_)
        inschrijving = st.tuples(school, dagen, st.one_of(st.none(), dagen), st.booleans()).map(
            lambda t: Inschrijving(
                leerling=leerling,
                school=t[0],
                ingeschreven_op=min(t[1], t[2] or t[1]),
                uitgeschreven_op=max(t[1], t[2]) if t[2] and t[2] != t[1] else None,
                tijdelijk=t[3],
            )
        )
        afwijzing = st.builds(
            Aanbodafwijzing, leerling=st.just(leerling), school=school, afgewezen_op=dagen
        )
        return st.builds(
            Dossier,
            leerling=st.just(leerling),
            aanmeldingen=st.lists(aanmeldingen(leerling, school, dagen), max_size=3),
            inschrijvingen=st.lists(inschrijving, max_size=2),
            aanbodafwijzingen=st.lists(afwijzing, max_size=1),
        )

    po = st.sampled_from([Schoolsoort.BAO, Schoolsoort.SBO]).flatmap(scholen)
    leerling = st.builds(
        Leerling,
        id=_ids("ll"),
        geboortedatum=st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2022, 12, 31)),
    )
    return st.tuples(
        leerling, st.lists(po, min_size=1, max_size=3, unique_by=lambda s: s.brin)
    ).flatmap(lambda t: bouw(*t))
