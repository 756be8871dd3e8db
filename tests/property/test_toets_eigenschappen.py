"""Properties of ``toets``: it never looks past its peildatum, and repairing the record a defect
names removes that defect without creating another one."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from passend import (
    Aanmelding,
    AfzienVanHoren,
    Beleid,
    Bestuurssoort,
    Bezwaar,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    GebrekCode,
    Gehoord,
    Gehoorde,
    Handelingsdeel,
    Informatieverzoek,
    Inschrijving,
    Instemmer,
    Leerling,
    Ondersteuningsbehoefte,
    Opp,
    OppTermijnVanaf,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
    Tlv,
    TlvCategorie,
    TlvFormulier,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
    _overstap_toets,
    aandachtspunten,
    catalogus,
    lopende_termijnen,
    toets,
)
from passend import strategies as ps
from passend.termijnen import Termijn, beslistermijn, beslistermijn_bezwaar, bezwaartermijn

D = dt.date
BEGIN = D(2025, 9, 1)
C = GebrekCode


def dagen(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def bestuur(soort: Bestuurssoort) -> Schoolbestuur:
    return Schoolbestuur(id=f"b-{soort.value}", naam="Bestuur", soort=soort)


def school(soort: Schoolsoort, bestuurssoort: Bestuurssoort, brin: str = "12AB") -> School:
    return School(brin=brin, naam=f"School {brin}", soort=soort, bestuur=bestuur(bestuurssoort))


def regulier(voor: School) -> School:
    """A regular school of the same sector, willing to admit (no TLV needed)."""
    soort = Schoolsoort.BAO if voor.soort.wet in ("WPO", "WEC") else Schoolsoort.VO
    return school(soort, Bestuurssoort.OPENBAAR, brin="99ZZ")


@st.composite
def aanmeldingen(draw: st.DrawFn, leerling: Leerling, bij: School) -> Aanmelding:
    ontvangen = BEGIN + dagen(draw(st.integers(0, 200)))
    verlenging = draw(
        st.none()
        | st.builds(
            Verlenging,
            medegedeeld_op=st.integers(0, 50).map(lambda n: ontvangen + dagen(n)),
            weken=st.integers(1, 6),
        )
    )
    verdere = (
        []
        if verlenging is None
        else draw(
            st.lists(
                st.builds(
                    Verlenging,
                    medegedeeld_op=st.integers(0, 20).map(
                        lambda n: verlenging.medegedeeld_op + dagen(n)
                    ),
                    weken=st.integers(1, 4),
                ),
                max_size=2,
            )
        )
    )
    datum = ontvangen + dagen(draw(st.integers(0, 90)))
    besluit = draw(
        st.none()
        | st.builds(
            Toelatingsbesluit,
            datum=st.just(datum),
            uitkomst=st.sampled_from(Toelatingsuitkomst),
            andere_school=st.sampled_from([None, regulier(bij)]),
            andere_school_bereid_op=st.none()
            | st.integers(-20, 10).map(lambda n: max(ontvangen, datum + dagen(n))),
            schriftelijk_gemotiveerd=st.none() | st.booleans(),
        )
    )
    return Aanmelding(
        leerling=leerling,
        school=bij,
        ontvangen_op=ontvangen,
        ondersteuningsbehoefte=draw(st.sampled_from(Ondersteuningsbehoefte)),
        # Any exception, also one that cannot apply at this kind of school (AAN-07).
        uitzondering=draw(st.none() | st.sampled_from(Uitzondering)),
        verlenging=verlenging,
        verdere_verlengingen=verdere,
        besluit=besluit,
    )


#: A bestuur of no school in the dossier: its TLV request is made by the wrong party.
ELDERS = Schoolbestuur(id="b-elders", naam="Ander bestuur", soort=Bestuurssoort.BIJZONDER)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV", sector=Sector.PO)
#: Enrolments and OPPs from school year 2023/24 on: an OPP of then is overdue for evaluation
#: on every peildatum, and every year has a known KB calendar.
OPP_DAGEN = st.dates(D(2023, 8, 1), D(2024, 7, 31)) | st.dates(D(2023, 8, 1), D(2026, 6, 30))
#: The statute, the Zuid-Kennemerland rules (TLV forms A/B/D, eenzijdige TLV), and the OPP
#: term from the start of the extra support.
BELEIDEN = st.sampled_from(
    [
        Beleid(),
        Beleid.zuid_kennemerland(),
        Beleid.zuid_kennemerland(),
        attrs.evolve(Beleid(), opp_termijn_vanaf=OppTermijnVanaf.START_ONDERSTEUNING),
    ]
)


def _inschrijving(d: Dossier, op: dt.date) -> Inschrijving | None:
    """The enrolment on ``op``: the latest ingeschreven_op, on equal days the later record."""
    lopend = [i for i in d.inschrijvingen if i.ingeschreven(op)]
    for i in reversed(lopend):
        if i.ingeschreven_op == max(j.ingeschreven_op for j in lopend):
            return i
    return None


def _bevoegde_aanvrager(d: Dossier, tlv: Tlv) -> School | None:
    """The school that may request ``tlv`` (TLV-01), as far as the dossier shows one."""
    inschrijving = _inschrijving(d, tlv.aangevraagd_op)
    if inschrijving is not None:
        return inschrijving.school
    for a in d.aanmeldingen:
        if a.school.soort is tlv.categorie.schoolsoort and a.ontvangen_op <= tlv.aangevraagd_op:
            return a.school
    return None


@st.composite
def tlv_situaties(
    draw: st.DrawFn, leerling: Leerling, bij: School, dossier: Dossier, altijd: bool
) -> tuple[Tlv, ...]:
    """At most one TLV, requested while enrolled at ``bij`` or after an aanmelding there; by
    ``bij`` or, wrongly, by a school of another bestuur."""
    elders = School(brin="77XX", naam="School elders", soort=Schoolsoort.SBO, bestuur=ELDERS)
    # From the inschrijving (400 days) or the aanmelding (100 days) on.
    momenten = [
        st.dates(dag, dag + dagen(lengte))
        for dag, lengte in [(i.ingeschreven_op, 400) for i in dossier.inschrijvingen]
        + [(a.ontvangen_op, 100) for a in dossier.aanmeldingen]
    ]
    if not momenten:
        return ()  # no school may ask for a TLV: nothing to repair it with
    tlvs = vaak(
        draw,
        ps.tlvs(leerling, st.sampled_from([bij, elders]), st.one_of(*momenten), st.just(SWV)),
        altijd,
    )
    if not tlvs:
        return ()
    tlv = tlvs[0]
    if altijd and draw(st.booleans()):
        # A second deskundige, and every advice by someone in the service of a school
        # (not independent, seed 004).
        tweede = Deskundigenadvies(deskundige=Deskundige.PEDAGOOG, datum=tlv.aangevraagd_op)
        tlv = attrs.evolve(
            tlv,
            adviezen=[attrs.evolve(a, in_dienst_van_school=True) for a in (*tlv.adviezen, tweede)],
        )
    if _bevoegde_aanvrager(dossier, tlv) is None and bij.soort.gespecialiseerd:
        # A first enrolment: the TLV is for the kind of school the pupil applied to.
        soort = [c for c in TlvCategorie if c.schoolsoort is bij.soort]
        tlv = attrs.evolve(tlv, categorie=draw(st.sampled_from(soort)))
    # Without a school that may ask, no repair is possible: leave the TLV out.
    return (tlv,) if _bevoegde_aanvrager(dossier, tlv) is not None else ()


#: Each run of the repair property puts one theme first: its records are always there, the
#: others half the time. So every code occurs in the 200 examples of the CI profile.
THEMAS = ("aanmelding", "tlv", "opp", "verwijdering", "schorsing")


def vaak(draw: st.DrawFn, records: st.SearchStrategy[Any], altijd: bool) -> list[Any]:
    """One record (always, or one time in two), else none."""
    return [draw(records)] if altijd or draw(st.booleans()) else []


@st.composite
def dossiers(draw: st.DrawFn, thema: str | None = None) -> Dossier:
    """A pupil with at most one aanmelding, inschrijving, extra ondersteuning, TLV,
    verwijdering and schorsing, and up to two OPPs, all at one school (a wrong TLV requester
    and a symbiose partner aside). The records of ``thema`` are always there."""
    leerling = Leerling(id="ll-1", geboortedatum=draw(st.dates(D(2006, 1, 1), D(2020, 12, 31))))
    bij = school(draw(st.sampled_from(Schoolsoort)), draw(st.sampled_from(Bestuurssoort)))
    hier = st.just(bij)
    opp = thema == "opp"
    # A TLV needs an inschrijving or aanmelding; an OPP an inschrijving.
    inschrijvingen = vaak(
        draw, ps.inschrijvingen(leerling, hier, OPP_DAGEN), opp or draw(st.booleans())
    )
    rond = [i.ingeschreven_op for i in inschrijvingen] or [draw(OPP_DAGEN)]
    # Support and OPPs start around the enrolment, so the OPP term is sometimes met.
    na_inschrijving = st.integers(-20, 150).map(lambda n: rond[0] + dagen(n))
    ondersteuningen = (
        []
        if bij.soort.gespecialiseerd
        else vaak(draw, ps.ondersteuningen(leerling, hier, na_inschrijving), opp)
    )
    # Two OPPs of one school are never vastgesteld on the same day (which would be current?).
    opps = draw(
        st.lists(
            ps.opps(leerling, hier, na_inschrijving),
            min_size=opp,
            max_size=2,
            unique_by=lambda o: o.vastgesteld_op,
        )
    )
    if opp and draw(st.booleans()):
        # Not evaluated since: the evaluation duty (OPP-05) comes into view.
        opps = [attrs.evolve(o, evaluaties=(), leerling_gehoord_bij=()) for o in opps]
    andere_school = st.sampled_from(
        [None, regulier(bij), school(Schoolsoort.SBO, Bestuurssoort.BIJZONDER, "88YY")]
    )
    verwijderingen = vaak(
        draw,
        ps.verwijderingen(
            leerling,
            hier,
            # With the theme first, decisions come early, so a bezwaar is often under way.
            st.integers(30, 120 if thema == "verwijdering" else 200).map(
                lambda n: BEGIN + dagen(n)
            ),
            andere_school=andere_school,
        ),
        thema == "verwijdering",
    )
    for i, v in enumerate(verwijderingen):
        if thema == "aanmelding":
            # One bezwaar per dossier at most, so a repair knows which one a defect names.
            verwijderingen[i] = v = attrs.evolve(v, bezwaar=None)
        if thema != "verwijdering":
            continue
        # A bezwaar (and a GPO case) more often than the strategy's one in two.
        if v.besluit_op is not None and v.bezwaar is None:
            verwijderingen[i] = v = attrs.evolve(v, bezwaar=draw(ps.bezwaren(v.besluit_op)))
        if v.bezwaar is not None:
            verwijderingen[i] = v = attrs.evolve(v, bezwaar=draw(bezwaar_varianten(v.bezwaar)))
        # The intention with or without its reasons, a planned day, and sometimes a pupil kept
        # out of school without (or before) a decision (VER-07).
        feitelijk = (v.besluit_op or BEGIN + dagen(60)) - dagen(draw(st.integers(0, 20)))
        verwijderingen[i] = attrs.evolve(
            v,
            voornemen_gemotiveerd=draw(st.sampled_from([None, True, False])),
            # Planned no earlier than the intention (the record refuses that).
            besluit_gepland_op=draw(
                st.none() | st.just(max(BEGIN + dagen(90), v.voorgenomen_op or BEGIN))
            ),
            feitelijk_sinds=draw(st.sampled_from([None, None, feitelijk])),
        )
    aanmeldingen_ = vaak(draw, aanmeldingen(leerling, bij), thema == "aanmelding")
    for i, a in enumerate(aanmeldingen_):
        if thema == "aanmelding" and a.besluit is not None and draw(st.booleans()):
            # A refusal of a pupil who needs support: another school must be willing (BES-04).
            aanmeldingen_[i] = a = attrs.evolve(
                a,
                ondersteuningsbehoefte=Ondersteuningsbehoefte.VASTGESTELD,
                besluit=attrs.evolve(a.besluit, uitkomst=Toelatingsuitkomst.GEWEIGERD),
            )
        besluit = a.besluit
        if (
            thema == "aanmelding"
            and besluit is not None
            and besluit.uitkomst is not Toelatingsuitkomst.TOEGELATEN
            and draw(st.booleans())
        ):
            # A bezwaar against the refusal (VER-05 scope).
            bezwaar = draw(ps.bezwaren(besluit.datum).flatmap(bezwaar_varianten))
            aanmeldingen_[i] = attrs.evolve(a, besluit=attrs.evolve(besluit, bezwaar=bezwaar))
    begin = st.integers(0, 200).map(lambda n: BEGIN + dagen(n))
    schorsingen = vaak(draw, ps.schorsingen(leerling, hier, begin), thema == "schorsing")
    if schorsingen and thema == "schorsing" and draw(st.booleans()):
        # A second schorsing soon after the first, often for the same facts (SCH-03).
        eerste = attrs.evolve(schorsingen[0], aanleiding="incident")
        tweede_begin = eerste.einde + dagen(draw(st.integers(1, 4)))
        tweede = attrs.evolve(
            eerste,
            begin=tweede_begin,
            einde=tweede_begin + dagen(draw(st.integers(0, 6))),
            inspectie_gemeld_op=draw(st.none() | st.just(tweede_begin)),
            schriftelijk=draw(st.none() | st.booleans()),
            aanleiding=draw(st.sampled_from(["incident", "incident", "ander", None])),
        )
        schorsingen = [eerste, tweede]
    dossier = Dossier(
        leerling=leerling,
        aanmeldingen=aanmeldingen_,
        inschrijvingen=inschrijvingen,
        ondersteuningen=ondersteuningen,
        opps=opps,
        verwijderingen=verwijderingen,
        schorsingen=schorsingen,
    )
    return attrs.evolve(dossier, tlvs=draw(tlv_situaties(leerling, bij, dossier, thema == "tlv")))


peildata = st.integers(0, 400).map(lambda n: BEGIN + dagen(n))


@st.composite
def bezwaar_varianten(draw: st.DrawFn, b: Bezwaar) -> Bezwaar:
    """``b``, sometimes decided without hearing the parents (VER-05, Awb 7:2), sometimes relying
    on a case of Awb 7:3, sometimes with the day it was posted (Awb 6:9)."""
    if draw(st.booleans()):
        beslist = b.ontvangen_op + dagen(draw(st.integers(0, 60)))
        b = attrs.evolve(b, beslist_op=beslist, ouders_gehoord_op=None)
    return attrs.evolve(
        b,
        afgezien_van_horen=draw(st.none() | st.sampled_from(AfzienVanHoren)),
        verzonden_op=draw(st.none() | st.integers(0, 10).map(lambda n: b.ontvangen_op - dagen(n))),
    )


@given(dossiers(), peildata, st.integers(0, 200), BELEIDEN)
def test_toets_hangt_niet_af_van_wat_na_op_gebeurt(
    dossier: Dossier, op: dt.date, later: int, beleid: Beleid
) -> None:
    # The same dossier, but as recorded some time after op: everything after that is unknown.
    minder = dossier.stand_op(op + dagen(later))
    assert toets(minder, op, beleid=beleid) == toets(dossier, op, beleid=beleid)
    assert aandachtspunten(minder, op, beleid=beleid) == aandachtspunten(dossier, op, beleid=beleid)
    assert lopende_termijnen(minder, op, beleid=beleid) == lopende_termijnen(
        dossier, op, beleid=beleid
    )


# --- Repairs: one per code, applied to the record the defect is about -------------------------


def _verwijdering(d: Dossier, **wijziging: Any) -> Dossier:
    return attrs.evolve(d, verwijderingen=(attrs.evolve(d.verwijderingen[0], **wijziging),))


def _stap(d: Dossier, op: dt.date) -> dt.date:
    """The day to record a missing step: the day it was due by as known on op (the decision,
    or the first day the pupil was kept out without one), else op itself."""
    return d.stand_op(op).verwijderingen[0].beslisdag or op


def _hoor(wie: Gehoorde) -> Callable[[Dossier, dt.date], Dossier]:
    def herstel(d: Dossier, op: dt.date) -> Dossier:
        gehoord = Gehoord(wie=wie, op=_stap(d, op))
        return _verwijdering(d, gehoord=(*d.verwijderingen[0].gehoord, gehoord))

    return herstel


def _andere_school(d: Dossier, op: dt.date) -> Dossier:
    v = d.verwijderingen[0]
    return _verwijdering(d, andere_school=regulier(v.school), andere_school_bereid_op=_stap(d, op))


def _het_bezwaar(d: Dossier) -> tuple[School, dt.date, Bezwaar]:
    """The one bezwaar of the dossier (the generator makes at most one), with the school and
    the day of the decision it is against: a verwijdering or a refusal of toelating."""
    for v in d.verwijderingen:
        if v.bezwaar is not None and v.besluit_op is not None:
            return v.school, v.besluit_op, v.bezwaar
    for a in d.aanmeldingen:
        if a.besluit is not None and a.besluit.bezwaar is not None:
            return a.school, a.besluit.datum, a.besluit.bezwaar
    raise AssertionError("geen bezwaar in het dossier")


def _bezwaar(d: Dossier, **wijziging: Any) -> Dossier:
    _, _, b = _het_bezwaar(d)
    nieuw = attrs.evolve(b, **wijziging)
    if d.verwijderingen and d.verwijderingen[0].bezwaar is b:
        return _verwijdering(d, bezwaar=nieuw)
    return _besluit(d, bezwaar=nieuw)


def _wacht_op_gpo(d: Dossier, op: dt.date) -> Dossier:
    _, _, b = _het_bezwaar(d)
    return _bezwaar(d, beslist_op=b.gpo_oordeel_op)


def _beslistermijn_op_bezwaar(school: School, b: Bezwaar, besluit: dt.date) -> Termijn:
    """The decision term on the bezwaar, from the public term functions: from receipt (bijzonder)
    or from the end of the bezwaar term (openbaar), suspended by a GPO case lodged in time."""
    soort = school.bestuur.soort
    einde_bezwaar = (
        bezwaartermijn(besluit, bestuur_soort=soort).einde
        if soort is Bestuurssoort.OPENBAAR
        else None
    )

    def termijn(opschortingen: list[tuple[dt.date, dt.date]]) -> Termijn:
        return beslistermijn_bezwaar(
            b.ontvangen_op,
            bestuur_soort=soort,
            bezwaartermijn_einde=einde_bezwaar,
            adviescommissie=b.adviescommissie,
            opschortingen=opschortingen,
            schoolsoort=school.soort,
        )

    basis = termijn([])
    if b.gpo_ingediend_op and b.gpo_oordeel_op and b.gpo_ingediend_op <= basis.einde:
        return termijn([(b.gpo_ingediend_op, b.gpo_oordeel_op)])
    return basis


def _beslis_op_tijd(d: Dossier, op: dt.date) -> Dossier:
    school, besluit, b = _het_bezwaar(d.stand_op(op))
    einde = _beslistermijn_op_bezwaar(school, b, besluit).einde
    # Deciding by the book includes hearing the parents first (bijzonder onderwijs).
    gehoord = min(b.ouders_gehoord_op or b.ontvangen_op, einde)
    return _bezwaar(d, beslist_op=einde, ouders_gehoord_op=gehoord)


def _schorsingen(d: Dossier, **wijziging: Any) -> Dossier:
    return attrs.evolve(d, schorsingen=[attrs.evolve(s, **wijziging) for s in d.schorsingen])


def _een_week(d: Dossier, op: dt.date) -> Dossier:
    """The school keeps to one week: the first schorsing cut to seven days, no follow-up."""
    eerste = min(d.schorsingen, key=lambda s: s.begin)
    return attrs.evolve(
        d, schorsingen=(attrs.evolve(eerste, einde=min(eerste.einde, eerste.begin + dagen(6))),)
    )


def _aanmelding(d: Dossier, **wijziging: Any) -> Dossier:
    return attrs.evolve(d, aanmeldingen=(attrs.evolve(d.aanmeldingen[0], **wijziging),))


def _besluit(d: Dossier, **wijziging: Any) -> Dossier:
    besluit = d.aanmeldingen[0].besluit
    assert besluit is not None
    return _aanmelding(d, besluit=attrs.evolve(besluit, **wijziging))


def _besluit_op_tijd(d: Dossier, op: dt.date) -> Dossier:
    a = d.stand_op(op).aanmeldingen[0]
    einde = a.beslistermijn().einde
    besluit = d.aanmeldingen[0].besluit
    if a.besluit is None:
        # No decision known on op (a later one is replaced): the school admits in time.
        nieuw = Toelatingsbesluit(datum=einde, uitkomst=Toelatingsuitkomst.TOEGELATEN)
        return _aanmelding(d, besluit=nieuw)
    assert besluit is not None
    bereid = besluit.andere_school_bereid_op
    return _besluit(
        d, datum=einde, andere_school_bereid_op=None if bereid is None else min(bereid, einde)
    )


def _informatie_gevraagd(d: Dossier, op: dt.date) -> Dossier:
    """The school asked for information on receipt and it came on the day of the decision not
    to treat the aanmelding (AAN-04): the four weeks for that decision start then."""
    a = d.aanmeldingen[0]
    besluit = a.besluit
    assert besluit is not None
    verzoek = Informatieverzoek(verzonden_op=a.ontvangen_op, ontvangen_op=besluit.datum)
    return _aanmelding(d, informatieverzoeken=(*a.informatieverzoeken, verzoek))


def _verlenging_op_tijd(d: Dossier, op: dt.date) -> Dossier:
    a = d.aanmeldingen[0]
    assert a.verlenging is not None
    zes = beslistermijn(a.ontvangen_op)
    return _aanmelding(d, verlenging=attrs.evolve(a.verlenging, medegedeeld_op=zes.einde))


# --- TLV: the repairs change only the TLV the defect names --------------------------------------


def _tlv(d: Dossier, **wijziging: Any) -> Dossier:
    return attrs.evolve(d, tlvs=(attrs.evolve(d.tlvs[0], **wijziging),))


def _besluit_tlv(d: Dossier) -> dt.date:
    besluit = d.tlvs[0].besluit_op
    assert besluit is not None
    return besluit


def _bevoegd_aangevraagd(d: Dossier, op: dt.date) -> Dossier:
    """The school of inschrijving (or, at a first enrolment, of aanmelding) asks."""
    aanvrager = _bevoegde_aanvrager(d, d.tlvs[0])
    assert aanvrager is not None
    return _tlv(d, aanvrager=aanvrager)


def _advies(deskundige: Deskundige) -> Callable[[Dossier, dt.date], Dossier]:
    """An individual, written advice of an independent ``deskundige`` on the day of decision."""

    def herstel(d: Dossier, op: dt.date) -> Dossier:
        advies = Deskundigenadvies(deskundige=deskundige, datum=_besluit_tlv(d))
        return _tlv(d, adviezen=(*d.tlvs[0].adviezen, advies))

    return herstel


def _adviezen_individueel_schriftelijk(d: Dossier, op: dt.date) -> Dossier:
    """Each deskundige gives the advice individually and in writing, as an independent expert
    (Zuid-Kennemerland asks that of the second one)."""
    adviezen = [
        a
        if a.telt
        else attrs.evolve(a, individueel=True, schriftelijk=True, in_dienst_van_school=False)
        for a in d.tlvs[0].adviezen
    ]
    return _tlv(d, adviezen=adviezen)


def _passend_formulier(d: Dossier, op: dt.date) -> Dossier:
    tlv = d.tlvs[0]
    inschrijving = _inschrijving(d, tlv.aangevraagd_op)
    soort = None if inschrijving is None else inschrijving.school.soort
    formulier: TlvFormulier | None = None
    if soort is Schoolsoort.BAO:
        formulier = TlvFormulier.A
    elif soort in (Schoolsoort.SBO, Schoolsoort.SO):
        formulier = TlvFormulier.B
    elif not any(i.ingeschreven_op <= tlv.aangevraagd_op for i in d.inschrijvingen):
        formulier = TlvFormulier.D
    return _tlv(d, formulier=formulier)


def _eenzijdig_met_voorwaarden(d: Dossier, op: dt.date) -> Dossier:
    """Mediation offered and an independent study before the decision; without a
    verwijderingsbesluit the school asks together with the parents (not eenzijdig)."""
    tlv = d.tlvs[0]
    verwijderd = any(
        v.besluit_op is not None
        and v.besluit_op <= tlv.aangevraagd_op
        and v.school.bestuur == tlv.aanvrager.bestuur
        for v in d.verwijderingen
    )
    if not verwijderd:
        return _tlv(d, eenzijdig=False)
    return _tlv(d, bemiddeling=True, onafhankelijk_onderzoek_op=tlv.aangevraagd_op)


# --- OPP: the repairs change only the OPPs the defect names ------------------------------------


def _opps(
    d: Dossier, op: dt.date, fout: Callable[[Opp], bool], herstel: Callable[[Opp], Opp]
) -> Dossier:
    """Repair each OPP that, as known on ``op``, has the defect."""
    return attrs.evolve(
        d,
        opps=tuple(
            herstel(o) if o.vastgesteld_op <= op and fout(o.stand_op(op) or o) else o
            for o in d.opps
        ),
    )


def _leeg(tekst: str) -> bool:
    return not tekst.strip()


def _factoren(o: Opp) -> Opp:
    return attrs.evolve(
        o,
        belemmerende_factoren=o.belemmerende_factoren
        if not all(map(_leeg, o.belemmerende_factoren))
        else ("prikkelverwerking",),
        bevorderende_factoren=o.bevorderende_factoren
        if not all(map(_leeg, o.bevorderende_factoren))
        else ("doorzettingsvermogen",),
    )


def _handelingsdeel(op: dt.date) -> Callable[[Opp], Opp]:
    """A handelingsdeel with the support, agreed to by the parents (OPP-04) if nobody had by
    ``op`` (a consent dated later is not known on ``op``)."""

    def herstel(o: Opp) -> Opp:
        bekend = o.instemming_op is not None and o.instemming_op <= op
        return attrs.evolve(
            o,
            handelingsdeel=Handelingsdeel(ondersteuning="kleine groep"),
            instemming_op=o.instemming_op if bekend else o.vastgesteld_op,
        )

    return herstel


def _gehoord(o: Opp) -> Opp:
    """The pupil heard at the vaststelling and at every adjustment and evaluation."""
    gehoord = o.leerling_gehoord_op
    return attrs.evolve(
        o,
        leerling_gehoord_op=o.vastgesteld_op
        if gehoord is None or gehoord > o.vastgesteld_op
        else gehoord,
        leerling_gehoord_bij=sorted({*o.leerling_gehoord_bij, *o.evaluaties, *o.aanpassingen}),
    )


def _symbiose_volledig(op: dt.date) -> Callable[[Opp], Opp]:
    def herstel(o: Opp) -> Opp:
        s = o.symbiose
        assert s is not None
        ondertekend = s.ondertekend_op
        return attrs.evolve(
            o,
            symbiose=attrs.evolve(
                s,
                einde=s.einde or s.begin + dagen(180),
                inhoud=s.inhoud if s.inhoud.strip() else "rekenen op de andere school",
                omvang_procent=s.omvang_procent or 40,
                ondertekend_op=o.vastgesteld_op
                if ondertekend is None or ondertekend > op
                else ondertekend,
            ),
        )

    return herstel


def _onvolledige_symbiose(op: dt.date) -> Callable[[Opp], bool]:
    def fout(o: Opp) -> bool:
        s = o.symbiose
        return s is not None and (
            s.einde is None
            or not s.inhoud.strip()
            or s.omvang_procent is None
            or s.ondertekend_op is None
        )

    return fout


def _ingeschreven(d: Dossier, op: dt.date) -> Inschrijving:
    inschrijving = _inschrijving(d, op)
    assert inschrijving is not None
    return inschrijving


def _bekend(o: Opp, op: dt.date) -> Opp:
    bekend = o.stand_op(op)
    assert bekend is not None
    return bekend


def _evalueer_op_tijd(o: Opp, op: dt.date) -> Opp:
    """Evaluations on the last allowed day of every school year up to ``op``, the pupil heard."""
    while op > (dag := _bekend(o, op).volgende_evaluatie_uiterlijk()):
        o = attrs.evolve(
            o, evaluaties=(*o.evaluaties, dag), leerling_gehoord_bij=(*o.leerling_gehoord_bij, dag)
        )
    return o


def _opp_op_tijd(d: Dossier, op: dt.date) -> Dossier:
    """The OPP vastgesteld within six weeks of the inschrijving (so also within six weeks of a
    later start of the support), with the OOGO, the instemming and the pupil's hearing no later
    than that, and evaluated on time from then on; without an OPP the school draws up a complete
    one and evaluates it every school year."""
    inschrijving = _ingeschreven(d, op)
    school, tijdig = inschrijving.school, inschrijving.ingeschreven_op + dagen(42)
    eigen = sorted(
        (o for o in d.opps if o.school == school and o.vastgesteld_op <= op),
        key=lambda o: o.vastgesteld_op,
    )
    if not eigen:
        nieuw = Opp(
            leerling=d.leerling,
            school=school,
            vastgesteld_op=tijdig,
            uitstroombestemming="vso dagbesteding",
            belemmerende_factoren=("prikkelverwerking",),
            bevorderende_factoren=("doorzettingsvermogen",),
            handelingsdeel=Handelingsdeel(ondersteuning="kleine groep"),
            oogo_op=tijdig,
            instemming_op=tijdig,
            leerling_gehoord_op=tijdig,
        )
        return attrs.evolve(d, opps=(*d.opps, _evalueer_op_tijd(nieuw, op)))
    laat = eigen[0]

    def vroeger(dag: dt.date | None) -> dt.date | None:
        return None if dag is None else min(dag, tijdig)

    instemming = vroeger(laat.instemming_op)
    if laat.instemming_door is Instemmer.MEERDERJARIGE_LEERLING:
        # The pupil's own agreement stays on its day: earlier, the pupil might not yet be 18.
        instemming = laat.instemming_op or laat.vastgesteld_op
    op_tijd = attrs.evolve(
        laat,
        vastgesteld_op=tijdig,
        oogo_op=vroeger(laat.oogo_op),
        instemming_op=instemming,
        leerling_gehoord_op=vroeger(laat.leerling_gehoord_op),
    )
    # Vastgesteld earlier, it is due for evaluation earlier: evaluated on time, as well.
    op_tijd = _evalueer_op_tijd(op_tijd, op)
    return attrs.evolve(d, opps=tuple(op_tijd if o is laat else o for o in d.opps))


def _evaluaties(d: Dossier, op: dt.date) -> Dossier:
    return _opps(
        d,
        op,
        lambda o: op > o.volgende_evaluatie_uiterlijk(),
        lambda o: _evalueer_op_tijd(o, op),
    )


def _geen_oogo(o: Opp) -> bool:
    return o.oogo_op is None or o.oogo_op > o.vastgesteld_op


def _niet_gehoord(o: Opp) -> bool:
    """A moment from 2025-08-01 at which the pupil was not heard (OPP-06)."""
    vanaf = D(2025, 8, 1)
    gehoord = o.leerling_gehoord_op
    if o.vastgesteld_op >= vanaf and (gehoord is None or gehoord > o.vastgesteld_op):
        return True
    return any(
        m >= vanaf and m not in o.leerling_gehoord_bij for m in (*o.aanpassingen, *o.evaluaties)
    )


HERSTEL: dict[GebrekCode, Callable[[Dossier, dt.date], Dossier]] = {
    C.VERWIJDERING_LEERKRACHT_NIET_GEHOORD: _hoor(Gehoorde.LEERKRACHT),
    C.VERWIJDERING_OUDERS_NIET_GEHOORD: _hoor(Gehoorde.OUDERS),
    C.VERWIJDERING_LEERLING_NIET_GEHOORD: _hoor(Gehoorde.LEERLING),
    C.VERWIJDERING_INSPECTIE_NIET_GERAADPLEEGD: lambda d, op: _verwijdering(
        d, inspectie_overleg_op=_stap(d, op)
    ),
    C.VERWIJDERING_INSPECTIE_NIET_GEINFORMEERD: lambda d, op: _verwijdering(
        d, inspectie_gemeld_op=d.verwijderingen[0].besluit_op
    ),
    C.VERWIJDERING_ZONDER_ANDERE_SCHOOL: _andere_school,
    C.VERWIJDERING_NIET_SCHRIFTELIJK_GEMOTIVEERD: lambda d, op: _verwijdering(d, gemotiveerd=True),
    C.BEZWAAR_OUDERS_NIET_GEHOORD: lambda d, op: _bezwaar(
        d, ouders_gehoord_op=_het_bezwaar(d)[2].ontvangen_op
    ),
    C.BEZWAAR_BESLIST_VOOR_GPO_OORDEEL: _wacht_op_gpo,
    C.BEZWAAR_BESLISSING_TE_LAAT: _beslis_op_tijd,
    C.SCHORSING_TE_LANG: _een_week,
    C.SCHORSING_NIET_SCHRIFTELIJK: lambda d, op: _schorsingen(d, schriftelijk=True),
    C.SCHORSING_INSPECTIE_NIET_GEMELD: lambda d, op: attrs.evolve(
        d,
        schorsingen=[attrs.evolve(s, inspectie_gemeld_op=s.begin) for s in d.schorsingen],
    ),
    C.BESLUIT_AANMELDING_TE_LAAT: _besluit_op_tijd,
    C.VERLENGING_TE_LANG: lambda d, op: _aanmelding(
        d,
        verlenging=attrs.evolve(d.aanmeldingen[0].verlenging, weken=4),  # type: ignore[misc]
    ),
    C.VERLENGING_HERHAALD: lambda d, op: _aanmelding(d, verdere_verlengingen=()),
    C.VERLENGING_TE_LAAT_MEEGEDEELD: _verlenging_op_tijd,
    C.WEIGERING_ZONDER_ANDERE_SCHOOL: lambda d, op: _besluit(
        d,
        andere_school=regulier(d.aanmeldingen[0].school),
        andere_school_bereid_op=d.aanmeldingen[0].besluit.datum,  # type: ignore[union-attr]
    ),
    C.WEIGERING_NIET_SCHRIFTELIJK_GEMOTIVEERD: lambda d, op: _besluit(
        d, schriftelijk_gemotiveerd=True
    ),
    C.UITZONDERING_NIET_VAN_TOEPASSING: lambda d, op: _aanmelding(d, uitzondering=None),
    C.NIET_BEHANDELD_ZONDER_INFORMATIEVERZOEK: _informatie_gevraagd,
    C.TLV_AANVRAGER_ONBEVOEGD: _bevoegd_aangevraagd,
    C.TLV_EERSTE_DESKUNDIGE_ONTBREEKT: _advies(Deskundige.ORTHOPEDAGOOG),
    C.TLV_TWEEDE_DESKUNDIGE_ONTBREEKT: _advies(Deskundige.ARTS),
    C.TLV_ADVIES_NIET_INDIVIDUEEL_SCHRIFTELIJK: _adviezen_individueel_schriftelijk,
    C.TLV_OUDERS_NIET_GEHOORD: lambda d, op: _tlv(d, ouders_gehoord_op=_besluit_tlv(d)),
    C.TLV_FORMULIER_PAST_NIET: _passend_formulier,
    C.TLV_EENZIJDIG_ZONDER_VOORWAARDEN: _eenzijdig_met_voorwaarden,
    C.TLV_TWEEDE_DESKUNDIGE_NIET_ONAFHANKELIJK: _advies(Deskundige.PEDAGOOG),
    C.OPP_TE_LAAT: _opp_op_tijd,
    C.OPP_UITSTROOMBESTEMMING_ONTBREEKT: lambda d, op: _opps(
        d,
        op,
        lambda o: _leeg(o.uitstroombestemming),
        lambda o: attrs.evolve(o, uitstroombestemming="vso arbeidsmarkt"),
    ),
    C.OPP_ONDERBOUWING_ONTBREEKT: lambda d, op: _opps(
        d, op, lambda o: _factoren(o) != o, _factoren
    ),
    C.OPP_HANDELINGSDEEL_ONTBREEKT: lambda d, op: _opps(
        d,
        op,
        lambda o: o.handelingsdeel is None or _leeg(o.handelingsdeel.ondersteuning),
        _handelingsdeel(op),
    ),
    C.OPP_GEEN_OOGO: lambda d, op: _opps(
        d, op, _geen_oogo, lambda o: attrs.evolve(o, oogo_op=o.vastgesteld_op)
    ),
    C.OPP_GEEN_INSTEMMING: lambda d, op: _opps(
        d,
        op,
        lambda o: o.handelingsdeel is not None and o.instemming_op is None,
        lambda o: attrs.evolve(o, instemming_op=o.vastgesteld_op),
    ),
    C.OPP_INSTEMMING_DOOR_LEERLING_ONBEVOEGD: lambda d, op: _opps(
        d,
        op,
        lambda o: o.instemming_door is Instemmer.MEERDERJARIGE_LEERLING,
        lambda o: attrs.evolve(o, instemming_door=Instemmer.OUDERS),
    ),
    C.OPP_NIET_GEEVALUEERD: _evaluaties,
    C.OPP_LEERLING_NIET_GEHOORD: lambda d, op: _opps(d, op, _niet_gehoord, _gehoord),
    C.OPP_SYMBIOSE_ONVOLLEDIG: lambda d, op: _opps(
        d, op, _onvolledige_symbiose(op), _symbiose_volledig(op)
    ),
    C.OPP_SYMBIOSE_TE_OMVANGRIJK: lambda d, op: _opps(
        d,
        op,
        lambda o: o.symbiose is not None and (o.symbiose.omvang_procent or 0) > 60,
        lambda o: attrs.evolve(o, symbiose=attrs.evolve(o.symbiose, omvang_procent=60)),  # type: ignore[misc]
    ),
    # The school takes the pupil back (or had decided first): no exclusion without a decision.
    C.VERWIJDERING_ZONDER_BESLUIT: lambda d, op: _verwijdering(d, feitelijk_sinds=None),
    C.VERWIJDERING_VOORNEMEN_NIET_GEMOTIVEERD: lambda d, op: _verwijdering(
        d, voornemen_gemotiveerd=True
    ),
}


def _gevolg(code: GebrekCode, nieuw: GebrekCode, dossier: Dossier, op: dt.date) -> bool:
    """A new defect after a repair that the law attaches to the repaired record: allowed.

    A schorsing shortened to one week may have ended by ``op``; a melding to the Inspectie that
    is still missing then turns from an aandachtspunt (schorsing running) into a defect.
    """
    return (
        code is C.SCHORSING_TE_LANG
        and nieuw is C.SCHORSING_INSPECTIE_NIET_GEMELD
        and any(
            s.inspectie_gemeld_op is None and s.einde >= op
            for s in dossier.stand_op(op).schorsingen
        )
    )


@pytest.mark.parametrize("thema", THEMAS)
@given(data=st.data(), op=peildata, beleid=BELEIDEN)
def test_herstel_van_een_gebrek_haalt_het_weg_en_voegt_niets_toe(
    thema: str, data: st.DataObject, op: dt.date, beleid: Beleid
) -> None:
    dossier = data.draw(dossiers(thema))
    voor = Counter(g.code for g in toets(dossier, op, beleid=beleid))
    for code in voor:
        event(code.value)
        hersteld = HERSTEL[code](dossier, op)
        na = Counter(g.code for g in toets(hersteld, op, beleid=beleid))
        assert code not in na, (code, toets(hersteld, op, beleid=beleid))
        nieuw = {c: n for c, n in (na - voor).items() if not _gevolg(code, c, dossier, op)}
        assert not nieuw, (code, nieuw)


def test_formulier_d_dat_niet_past_verbergt_geen_onbevoegde_aanvrager() -> None:
    """A pupil at an SBO school since 2023-08-01; a school of another bestuur asks for a TLV
    on form D (voorschools) that same day. Form D does not fit, and the requester may not ask
    (TLV-01): both defects are reported. Found by the repair property above."""
    leerling = Leerling(id="ll-1", geboortedatum=D(2016, 1, 1))
    sbo = school(Schoolsoort.SBO, Bestuurssoort.OPENBAAR)
    elders = School(brin="77XX", naam="School elders", soort=Schoolsoort.SBO, bestuur=ELDERS)
    dag = D(2023, 8, 1)
    tlv = Tlv(
        leerling=leerling,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=dag,
        aanvrager=elders,
        formulier=TlvFormulier.D,
    )
    dossier = Dossier(
        leerling=leerling,
        inschrijvingen=[Inschrijving(leerling=leerling, school=sbo, ingeschreven_op=dag)],
        tlvs=[tlv],
    )
    gebreken = toets(dossier, BEGIN, beleid=Beleid.zuid_kennemerland())
    codes = [g.code for g in gebreken if g.code.value.startswith("tlv_")]
    assert codes == [C.TLV_AANVRAGER_ONBEVOEGD, C.TLV_FORMULIER_PAST_NIET]


def test_elke_code_heeft_een_herstel() -> None:
    """Every code in the catalogue has a repair, and the generator can produce each one
    (checked with ``--hypothesis-show-statistics``: every code is an event)."""
    # The overstap codes have their own repair table (test_overstap_eigenschappen.py).
    assert set(HERSTEL) == set(catalogus()) - set(_overstap_toets.GEBREKSOORTEN)
