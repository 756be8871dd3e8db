"""Misuses that ``mypy --strict`` must refuse in a caller's code (issue 10, strict Python API).

Nothing here runs: the function is only type-checked (``make typecheck`` checks ``tests``). Each
misuse carries ``# type: ignore[code]``; strict mypy reports an ignore that is no longer needed
(``warn_unused_ignores``), so the gate fails the day mypy would accept one of these calls.
Wrong *values* of the right type (``School(cluster=True)``: a ``bool`` is an ``int`` to mypy;
a ``datetime`` as peildatum: a ``datetime`` is a ``date`` to mypy) are refused at run time,
see ``tests/test_strikt.py``.
"""

from __future__ import annotations

import datetime as dt

from passend import (
    Aanbodbron,
    Aanmelding,
    Dossier,
    Gehoord,
    Gehoorde,
    Inschrijving,
    Kalender,
    Leerling,
    Mdo,
    Mdodeelnemer,
    Mdosoort,
    Ondersteuningsaanbod,
    Ondersteuningsbehoefte,
    Opp,
    School,
    Termijn,
    Tijdlijn,
    Verwijdering,
    Verzuim,
    termijnen,
    thuiszitters,
    tijdlijn,
    zorgplicht,
)
from passend.bekostiging import Begroting


def _misbruik(
    d: dt.date,
    ll: Leerling,
    school: School,
    inschrijving: Inschrijving,
    aanmelding: Aanmelding,
    dossier: Dossier,
) -> None:
    """Never called; only read by mypy."""
    # A text where a tuple of texts is expected: a str is an Iterable[str], so only the
    # list-or-tuple converter types make mypy refuse it.
    Opp(
        leerling=ll,
        school=school,
        vastgesteld_op=d,
        uitstroombestemming="vso",
        belemmerende_factoren="prikkels",  # type: ignore[arg-type]
        bevorderende_factoren=(),
        handelingsdeel=None,
    )
    Opp(
        leerling=ll,
        school=school,
        vastgesteld_op=d,
        uitstroombestemming="vso",
        belemmerende_factoren=(),
        bevorderende_factoren=(),
        handelingsdeel=None,
        evaluaties=["2025-03-03"],  # type: ignore[list-item]
    )
    # Elements of the wrong type in a tuple field.
    Verwijdering(leerling=ll, school=school, gehoord=[("ouders", d)])  # type: ignore[list-item]
    Verwijdering(leerling=ll, school=school, gehoord=(Gehoorde.OUDERS,))  # type: ignore[arg-type]
    Verwijdering(leerling=ll, school=school, gehoord=[Gehoord(wie=Gehoorde.OUDERS, op=d)])
    Aanmelding(
        leerling=ll,
        school=school,
        ontvangen_op=d,
        ondersteuningsbehoefte=Ondersteuningsbehoefte.GEEN,
        informatieverzoeken=[d],  # type: ignore[list-item]
    )
    Aanmelding(
        leerling=ll,
        school=school,
        ontvangen_op=d,
        ondersteuningsbehoefte=Ondersteuningsbehoefte.GEEN,
        uitzondering="school vol voor alle leerlingen",  # type: ignore[arg-type]
    )
    Dossier(leerling=ll, aanmeldingen=[inschrijving])  # type: ignore[list-item]
    Dossier(leerling=ll, aanmeldingen={aanmelding})  # type: ignore[arg-type]
    Dossier(leerling=ll, aanmeldingen=(a for a in [aanmelding]))  # type: ignore[arg-type]
    Termijn(
        naam="t",
        begin=d,
        nominaal_einde=d,
        einde=d,
        grondslag=["WPO art. 40"],  # type: ignore[list-item]
        uitleg="u",
    )
    Begroting(naam="b", jaren=["2024"], regels=())  # type: ignore[list-item]
    # Tuple fields of the records and results added with the overstap, place finding and timeline.
    Dossier(leerling=ll, verzuim=[aanmelding])  # type: ignore[list-item]
    Dossier(leerling=ll, schooladviezen=(inschrijving,))  # type: ignore[arg-type]
    Dossier(leerling=ll, verzuim=[Verzuim(leerling=ll, school=school, sinds=d)])
    Mdo(
        leerling=ll,
        soort=Mdosoort.MDO_O,
        op=d,
        basisschool=school,
        vo_school=school,
        deelnemers=["ouders"],  # type: ignore[list-item]
    )
    Mdo(leerling=ll, soort=Mdosoort.MDO_O, op=d, basisschool=school, vo_school=school,
        deelnemers=[Mdodeelnemer.OUDERS])  # fmt: skip
    Ondersteuningsaanbod(
        school=school,
        bron=Aanbodbron.SCHOOLGIDS,
        vastgesteld_op=d,
        vormen="dyslexie",  # type: ignore[arg-type]
    )
    Tijdlijn(leerling=ll, op=d, regels=[d])  # type: ignore[list-item]
    # Arguments of public functions.
    termijnen.bezwaartermijn(d, bestuur_soort="openbaar")  # type: ignore[arg-type]
    termijnen.beslistermijn(d, informatieverzoeken=[d])  # type: ignore[list-item]
    zorgplicht(dossier, "2025-03-03")  # type: ignore[arg-type]
    tijdlijn(dossier, "2025-03-03")  # type: ignore[arg-type]
    thuiszitters(dossier, d)  # type: ignore[arg-type]
    Kalender.standaard().plus_werkdagen(d, 2.5)  # type: ignore[arg-type]
