"""The dossiers the benchmarks measure on.

- ``demo()``: the 3 records of the dossier of ``passend demo`` (built here, so the benchmarks do
  not depend on where the command line keeps its example).
- ``typisch()``: 10 records, the history of a pupil who needs support: refused at one school,
  admitted at another with an OPP, a TLV for SBO, the move to SBO and an OPP there, a
  schorsing and an intended verwijdering.
- ``gegroeid(n)``: about ``n`` records, the typical history repeated at other schools with
  shifted dates. Not a realistic pupil; it measures how each question grows with dossier size.
"""

from __future__ import annotations

import datetime as dt

from passend import (
    Aanmelding,
    Bestuurssoort,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    Gehoord,
    Gehoorde,
    Handelingsdeel,
    Inschrijving,
    Leerling,
    Ondersteuningsbehoefte,
    Opp,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schorsing,
    Sector,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Verlenging,
    Verwijdering,
)

#: The day the questions are asked on the typical and grown dossiers.
PEILDATUM = dt.date(2026, 4, 1)
#: The day the questions are asked on the demo dossier (a beslistermijn runs then).
DEMO_PEILDATUM = dt.date(2025, 4, 7)

LEERLING = Leerling(id="ll-bench", geboortedatum=dt.date(2017, 10, 12))
SWV = Samenwerkingsverband(id="PO-BENCH", naam="SWV Bench", sector=Sector.PO)


def demo() -> Dossier:
    """Refused at De Akker (another school found), registered at De Beuk on 2025-04-07 with a
    suspected support need, enrolled there on 2025-05-01."""
    sam = Leerling(id="ll-demo", geboortedatum=dt.date(2020, 11, 1))
    akker = School(
        brin="11AA",
        naam="De Akker",
        soort=Schoolsoort.BAO,
        bestuur=Schoolbestuur(id="b-a", naam="Stichting A", soort=Bestuurssoort.BIJZONDER),
    )
    beuk = School(
        brin="22BB",
        naam="De Beuk",
        soort=Schoolsoort.BAO,
        bestuur=Schoolbestuur(id="b-b", naam="Gemeente B", soort=Bestuurssoort.OPENBAAR),
    )
    vermoed = Ondersteuningsbehoefte.VERMOED
    weigering = Toelatingsbesluit(
        datum=dt.date(2025, 4, 1),
        uitkomst=Toelatingsuitkomst.GEWEIGERD,
        andere_school=beuk,
        andere_school_bereid_op=dt.date(2025, 3, 28),
        schriftelijk_gemotiveerd=True,
    )
    return Dossier(
        leerling=sam,
        aanmeldingen=[
            Aanmelding(
                leerling=sam,
                school=akker,
                ontvangen_op=dt.date(2025, 3, 3),
                ondersteuningsbehoefte=vermoed,
                besluit=weigering,
            ),
            Aanmelding(
                leerling=sam,
                school=beuk,
                ontvangen_op=dt.date(2025, 4, 7),
                ondersteuningsbehoefte=vermoed,
            ),
        ],
        inschrijvingen=[
            Inschrijving(leerling=sam, school=beuk, ingeschreven_op=dt.date(2025, 5, 1))
        ],
    )


def _scholen(n: int) -> tuple[School, School, School]:
    bijzonder = Schoolbestuur(id=f"b-{n}-a", naam="Stichting A", soort=Bestuurssoort.BIJZONDER)
    openbaar = Schoolbestuur(id=f"b-{n}-b", naam="Gemeente B", soort=Bestuurssoort.OPENBAAR)

    def school(brin: str, naam: str, soort: Schoolsoort, bestuur: Schoolbestuur) -> School:
        return School(brin=brin, naam=naam, soort=soort, bestuur=bestuur, swv=SWV)

    letters = f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}"
    return (
        school(f"{n // 676 % 100:02d}{letters}", "De Akker", Schoolsoort.BAO, bijzonder),
        school(f"{(n // 676 + 1) % 100:02d}{letters}", "De Beuk", Schoolsoort.BAO, openbaar),
        school(f"{(n // 676 + 2) % 100:02d}{letters}", "SBO De Brug", Schoolsoort.SBO, openbaar),
    )


def _geschiedenis(n: int, verschuiving: int) -> dict[str, list[object]]:
    """The ten records of the typical history, at the ``n``-th set of schools, ``verschuiving``
    days later."""
    akker, beuk, brug = _scholen(n)

    def dag(jaar: int, maand: int, d: int) -> dt.date:
        return dt.date(jaar, maand, d) + dt.timedelta(days=verschuiving)

    vermoed = Ondersteuningsbehoefte.VERMOED
    weigering = Toelatingsbesluit(
        datum=dag(2023, 4, 20),
        uitkomst=Toelatingsuitkomst.GEWEIGERD,
        andere_school=beuk,
        andere_school_bereid_op=dag(2023, 4, 18),
        schriftelijk_gemotiveerd=True,
    )
    toegelaten = Toelatingsbesluit(datum=dag(2023, 5, 22), uitkomst=Toelatingsuitkomst.TOEGELATEN)
    return {
        "aanmeldingen": [
            Aanmelding(
                leerling=LEERLING,
                school=akker,
                ontvangen_op=dag(2023, 3, 1),
                ondersteuningsbehoefte=vermoed,
                voorkeur=1,
                verlenging=Verlenging(medegedeeld_op=dag(2023, 4, 3), weken=4),
                besluit=weigering,
            ),
            Aanmelding(
                leerling=LEERLING,
                school=beuk,
                ontvangen_op=dag(2023, 4, 24),
                ondersteuningsbehoefte=vermoed,
                voorkeur=1,
                besluit=toegelaten,
            ),
            Aanmelding(
                leerling=LEERLING,
                school=brug,
                ontvangen_op=dag(2025, 2, 17),
                ondersteuningsbehoefte=Ondersteuningsbehoefte.VASTGESTELD,
                voorkeur=1,
                besluit=Toelatingsbesluit(
                    datum=dag(2025, 3, 10), uitkomst=Toelatingsuitkomst.TOEGELATEN
                ),
            ),
        ],
        "inschrijvingen": [
            Inschrijving(
                leerling=LEERLING,
                school=beuk,
                ingeschreven_op=dag(2023, 9, 4),
                uitgeschreven_op=dag(2025, 3, 31),
            ),
            Inschrijving(leerling=LEERLING, school=brug, ingeschreven_op=dag(2025, 4, 1)),
        ],
        "opps": [
            Opp(
                leerling=LEERLING,
                school=school,
                vastgesteld_op=vastgesteld,
                uitstroombestemming="vmbo-kader",
                belemmerende_factoren=("concentratie",),
                bevorderende_factoren=("motivatie",),
                handelingsdeel=Handelingsdeel(ondersteuning="rekenen in kleine groep"),
                instemming_op=vastgesteld,
                oogo_op=vastgesteld - dt.timedelta(days=7),
                evaluaties=evaluaties,
                leerling_gehoord_bij=evaluaties,
            )
            for school, vastgesteld, evaluaties in (
                (beuk, dag(2023, 10, 9), (dag(2024, 6, 10),)),
                (brug, dag(2025, 5, 6), (dag(2026, 1, 26),)),
            )
        ],
        "tlvs": [
            Tlv(
                leerling=LEERLING,
                swv=SWV,
                categorie=TlvCategorie.SBO,
                aangevraagd_op=dag(2025, 1, 13),
                aanvrager=beuk,
                besluit_op=dag(2025, 2, 10),
                uitkomst=TlvUitkomst.AFGEGEVEN,
                ingangsdatum=dag(2025, 4, 1),
                einddatum=dt.date(2028, 7, 31),
                adviezen=(
                    Deskundigenadvies(deskundige=Deskundige.ORTHOPEDAGOOG, datum=dag(2025, 1, 20)),
                    Deskundigenadvies(deskundige=Deskundige.ARTS, datum=dag(2025, 1, 27)),
                ),
                ouders_gehoord_op=dag(2025, 1, 27),
                bekendgemaakt_op=dag(2025, 2, 11),
            )
        ],
        "schorsingen": [
            Schorsing(
                leerling=LEERLING,
                school=brug,
                begin=dag(2025, 11, 3),
                einde=dag(2025, 11, 5),
                inspectie_gemeld_op=dag(2025, 11, 3),
                schriftelijk=True,
            )
        ],
        "verwijderingen": [
            Verwijdering(
                leerling=LEERLING,
                school=brug,
                voorgenomen_op=dag(2026, 1, 12),
                gehoord=(
                    Gehoord(wie=Gehoorde.OUDERS, op=dag(2026, 1, 19)),
                    Gehoord(wie=Gehoorde.LEERKRACHT, op=dag(2026, 1, 19)),
                ),
                inspectie_overleg_op=dag(2026, 1, 14),
                leerplichtig=True,
            )
        ],
    }


def typisch() -> Dossier:
    return Dossier(leerling=LEERLING, **_geschiedenis(0, 0))  # type: ignore[arg-type]


def gegroeid(records: int) -> Dossier:
    """About ``records`` records: the typical history ``records / 10`` times, each at its own
    schools and 0 to 59 days later (so every date stays within the years whose calendar
    passend knows, and nothing happens after the peildatum)."""
    velden: dict[str, list[object]] = {}
    for n in range(max(1, records // 10)):
        for veld, lijst in _geschiedenis(n, n % 60).items():
            velden.setdefault(veld, []).extend(lijst)
    return Dossier(leerling=LEERLING, **velden)  # type: ignore[arg-type]
