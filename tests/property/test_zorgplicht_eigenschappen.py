"""Invariants of ``zorgplicht`` and ``Dossier.stand_op`` over generated dossiers (issue 3)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import assume, event, given
from hypothesis import strategies as st

from passend import (
    Aanmelding,
    Bestuurssoort,
    Dossier,
    Ondersteuningsbehoefte,
    School,
    Schoolbestuur,
    Schoolsoort,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    ZorgplichtReden,
    aanmelden_vanaf,
    zorgplicht,
)
from passend import strategies as ps

DAG = dt.timedelta(days=1)
PEILDATUM = st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2028, 9, 30))


def datums_in(dossier: Dossier) -> set[dt.date]:
    """Every date some record of the dossier carries."""
    dagen: set[dt.date] = set()

    def verzamel(waarde: Any) -> None:
        if isinstance(waarde, dt.date):
            dagen.add(waarde)
        elif isinstance(waarde, tuple):
            for x in waarde:
                verzamel(x)
        elif attrs.has(type(waarde)):
            for veld in attrs.fields(type(waarde)):
                verzamel(getattr(waarde, veld.name))

    for record in dossier.records():
        verzamel(record)
    return dagen


def scholen_in(dossier: Dossier) -> set[School]:
    """The schools of the aanmeldingen, enrolments and refused offers of a generated dossier."""
    return (
        {a.school for a in dossier.aanmeldingen}
        | {i.school for i in dossier.inschrijvingen}
        | {x.school for x in dossier.aanbodafwijzingen}
    )


@given(ps.dossiers(), PEILDATUM)
def test_zorgplicht_ligt_bij_hoogstens_een_bestuur_van_een_bekende_school(
    dossier: Dossier, op: dt.date
) -> None:
    oordeel = zorgplicht(dossier, op)
    scholen = scholen_in(dossier)
    if oordeel.bestuur is not None:
        assert oordeel.school is not None
        assert oordeel.bestuur == oordeel.school.bestuur
        assert oordeel.school in scholen
    assert oordeel.grondslag
    assert oordeel.uitleg


@given(ps.dossiers(), PEILDATUM)
def test_stand_op_kent_niets_van_na_de_peildatum(dossier: Dossier, op: dt.date) -> None:
    stand = dossier.stand_op(op)
    assert stand.stand_op(op) == stand
    # What was set in advance is not an event: a term for information, a TLV's validity, the
    # last day of a schorsing, a symbiose laid down in the OPP. Everything else is.
    gepland = {v.termijn_tot for a in stand.aanmeldingen for v in a.informatieverzoeken}
    gepland |= {t.ingangsdatum for t in stand.tlvs} | {t.einddatum for t in stand.tlvs}
    gepland |= {s.einde for s in stand.schorsingen}
    symbiosen = [o.symbiose for o in stand.opps if o.symbiose is not None]
    gepland |= {s.begin for s in symbiosen} | {s.einde for s in symbiosen}
    gebeurtenissen = {d for d in datums_in(stand) if d > op} - gepland
    assert not gebeurtenissen
    assert zorgplicht(dossier, op) == zorgplicht(stand, op)


@given(ps.dossiers(), PEILDATUM, st.integers(1, 400))
def test_een_aanmelding_na_de_peildatum_verandert_niets(
    dossier: Dossier, op: dt.date, dagen: int
) -> None:
    later = Aanmelding(
        leerling=dossier.leerling,
        school=min(scholen_in(dossier), key=lambda s: s.brin, default=_school()),
        ontvangen_op=op + dagen * DAG,
        ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
    )
    meer = attrs.evolve(dossier, aanmeldingen=(*dossier.aanmeldingen, later))
    assert zorgplicht(meer, op) == zorgplicht(dossier, op)


@given(ps.dossiers(), PEILDATUM, st.data())
def test_afgewezen_aanmelding_zonder_voorkeur_bij_een_andere_school_verandert_niets(
    dossier: Dossier, op: dt.date, data: st.DataObject
) -> None:
    voor = zorgplicht(dossier, op)
    event(f"reden: {voor.reden.name}")
    # Only where something already decides: a running, undecided or admitted aanmelding, or an
    # enrolment (otherwise the refused aanmelding would be the pupil's only one, next to another
    # refused one or one not treated without ground, AAN-04).
    loopt = voor.reden in (ZorgplichtReden.INGESCHREVEN, ZorgplichtReden.TIJDELIJK_INGESCHREVEN)
    loopt = loopt or (
        voor.reden is ZorgplichtReden.AANMELDING
        and "geweigerd" not in voor.uitleg
        and "niet te behandelen" not in voor.uitleg
    )
    assume(loopt)
    bekende = {s.brin for s in scholen_in(dossier)}
    ander = data.draw(ps.scholen(Schoolsoort.BAO).filter(lambda s: s.brin not in bekende))
    vanaf = max(aanmelden_vanaf(dossier.leerling).datum, op - dt.timedelta(days=200))
    assume(vanaf <= op)  # before the 3rd birthday it is a wachtlijst entry, noted in the uitleg
    ontvangen = data.draw(st.dates(min_value=vanaf, max_value=op))
    geweigerd = Aanmelding(
        leerling=dossier.leerling,
        school=ander,
        ontvangen_op=ontvangen,
        ondersteuningsbehoefte=data.draw(st.sampled_from(Ondersteuningsbehoefte)),
        voorkeur=None,
        besluit=Toelatingsbesluit(datum=ontvangen, uitkomst=Toelatingsuitkomst.GEWEIGERD),
    )
    meer = attrs.evolve(dossier, aanmeldingen=(*dossier.aanmeldingen, geweigerd))
    assert zorgplicht(meer, op) == voor


@given(ps.dossiers(), PEILDATUM)
def test_het_bestuur_wisselt_alleen_op_een_dag_uit_het_dossier(
    dossier: Dossier, op: dt.date
) -> None:
    gisteren, vandaag = zorgplicht(dossier, op - DAG), zorgplicht(dossier, op)
    event(f"wisseling: {gisteren.bestuur != vandaag.bestuur}")
    if gisteren.bestuur != vandaag.bestuur:
        assert op in datums_in(dossier)


def _school() -> School:
    return School(
        brin="99ZZ",
        naam="Elders",
        soort=Schoolsoort.BAO,
        bestuur=Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR),
    )
