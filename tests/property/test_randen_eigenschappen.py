"""Properties at the edges (issue 10): on any dossier and any day from 0001-01-01 to 9999-12-31,
every question answers or raises a :class:`~passend.PassendError` — never an ``OverflowError``,
``ValueError``, ``TypeError`` or ``AttributeError``; a peildatum of the wrong type is refused;
and 9999-12-31 used as "no end" changes no answer on an ordinary day.

The dossiers hold every kind of record, dated anywhere in the calendar with extra weight on
its ends; they are built here rather than with ``passend.strategies``, whose records are dated
in the years the Atw calendar knows. How many examples run is set by the hypothesis profile of
``tests/conftest.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import event, given
from hypothesis import strategies as st

from passend import (
    Aanbodafwijzing,
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Bezwaar,
    Contactmoment,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    ExtraOndersteuning,
    Gehoord,
    Gehoorde,
    Handelingsdeel,
    Informatieverzoek,
    Inschrijving,
    Instemmer,
    Kalender,
    Leerling,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Opp,
    OppTermijnVanaf,
    Opschortingsinterval,
    PassendError,
    Regio,
    Schoolsoort,
    Schoolwisselmelding,
    Schorsing,
    Schrikkeldag,
    Stap,
    Stapcode,
    Symbiose,
    Tlv,
    TlvCategorie,
    TlvFormulier,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
    Verlengingsbasis,
    Verwijdering,
    Verzuim,
    aandachtspunten,
    financieel_verantwoordelijke,
    leeftijd,
    leerplichtig_vanaf,
    lopende_termijnen,
    opp_vereist,
    overzicht,
    schooljaar,
    stappenplan,
    thuiszitters,
    toets,
    verantwoordelijk_swv,
    vo_beslistermijn,
    wennen_vanaf,
    zorgplicht,
)
from passend import strategies as ps
from passend import termijnen as tm

MIN, MAX = dt.date.min, dt.date.max
DAG = dt.timedelta(days=1)
#: The ends of the calendar and days just inside them.
RANDEN = (
    MIN,
    MIN + DAG,
    MIN + 6 * DAG,
    dt.date(1, 12, 31),
    dt.date(9999, 1, 1),
    dt.date(9999, 10, 22),
    MAX - 7 * DAG,
    MAX - DAG,
    MAX,
)


def overal() -> st.SearchStrategy[dt.date]:
    """Any day of the calendar, with weight on its ends and on the years the Atw calendar has."""
    return st.one_of(
        st.dates(),
        st.sampled_from(RANDEN),
        st.dates(min_value=dt.date(9998, 1, 1)),
        st.dates(max_value=dt.date(2, 12, 31)),
        ps.datums(),
    )


BELEIDEN = (
    Beleid(),
    Beleid.haarlem(),
    Beleid.rijn_gelderse_vallei(),
    Beleid.zuid_kennemerland(),
    Beleid(
        naam="alle keuzes anders",
        verlenging_vanaf=Verlengingsbasis.ATW_EINDE,
        opschorting=Opschortingsinterval.GESLOTEN,
        atw_bij_termijn_boven_12_weken=True,
        schrikkeldag=Schrikkeldag.EIND_FEBRUARI,
        opp_termijn_vanaf=OppTermijnVanaf.START_ONDERSTEUNING,
        vo_schorsing_zolang_verwijdering_loopt=True,
        tlv_formulieren_zuid_kennemerland=True,
    ),
)


@st.composite
def dossiers_overal(draw: st.DrawFn) -> Dossier:
    """A dossier with every kind of record, each dated anywhere in the calendar (in order)."""
    dag = overal()

    def na(d: dt.date) -> dt.date:
        """A day on or after ``d``."""
        return max(d, draw(dag))

    def misschien(d: dt.date) -> dt.date | None:
        return draw(st.one_of(st.none(), st.just(na(d))))

    def datums() -> list[dt.date]:
        return draw(st.lists(dag, max_size=2))

    ll = Leerling(id="ll-rand", geboortedatum=draw(dag))
    scholen = draw(st.lists(ps.scholen(), min_size=1, max_size=3, unique_by=lambda s: s.brin))
    if draw(st.booleans()):  # cluster 1 or 2: their own exceptions
        scholen = [
            attrs.evolve(s, cluster=draw(st.sampled_from([1, 2])))
            if s.soort in (Schoolsoort.SO, Schoolsoort.VSO)
            else s
            for s in scholen
        ]
    school = st.sampled_from(scholen)
    bao = draw(st.lists(ps.scholen(Schoolsoort.BAO), min_size=2, max_size=2))
    ja_nee = st.booleans()
    ja_nee_onbekend = st.one_of(st.none(), st.booleans())

    def aanmelding() -> Aanmelding:
        ontvangen = draw(dag)
        verlenging = draw(st.one_of(st.none(), st.integers(1, 8)))
        eerste = (
            None
            if verlenging is None
            else Verlenging(medegedeeld_op=na(ontvangen), weken=verlenging)
        )
        verzoeken = [
            Informatieverzoek(verzonden_op=v, termijn_tot=misschien(v), ontvangen_op=misschien(v))
            for v in datums()
        ]
        besluit = None
        if draw(ja_nee):
            besluit = Toelatingsbesluit(
                datum=na(ontvangen),
                uitkomst=draw(st.sampled_from(Toelatingsuitkomst)),
                andere_school=draw(st.one_of(st.none(), school)),
                andere_school_bereid_op=draw(st.one_of(st.none(), dag)),
                schriftelijk_gemotiveerd=draw(ja_nee_onbekend),
            )
        return Aanmelding(
            leerling=ll,
            school=draw(school),
            ontvangen_op=ontvangen,
            ondersteuningsbehoefte=draw(st.sampled_from(Ondersteuningsbehoefte)),
            voorkeur=draw(st.one_of(st.none(), st.integers(1, 3))),
            schriftelijk=draw(ja_nee),
            uitzondering=draw(st.one_of(st.none(), st.sampled_from(Uitzondering))),
            verlenging=eerste,
            informatieverzoeken=verzoeken,
            besluit=besluit,
            verdere_verlengingen=(
                [Verlenging(medegedeeld_op=na(eerste.medegedeeld_op), weken=2)]
                if eerste and draw(ja_nee)
                else []
            ),
            plaats_geaccepteerd_op=misschien(ontvangen),
        )

    def tlv() -> Tlv:
        aangevraagd = draw(dag)
        besluit = misschien(aangevraagd)
        ingang = draw(st.one_of(st.none(), dag)) if besluit else None
        einde = draw(st.one_of(st.none(), dag)) if besluit else None
        if ingang is not None and einde is not None and einde <= ingang:
            einde = None if ingang == MAX else max(einde, ingang + DAG)
        return Tlv(
            leerling=ll,
            swv=draw(ps.samenwerkingsverbanden()),
            categorie=draw(st.sampled_from(TlvCategorie)),
            aangevraagd_op=aangevraagd,
            aanvrager=draw(school),
            besluit_op=besluit,
            uitkomst=draw(st.sampled_from(TlvUitkomst)) if besluit else None,
            ingangsdatum=ingang,
            einddatum=einde,
            adviezen=[
                Deskundigenadvies(
                    deskundige=draw(st.sampled_from(Deskundige)),
                    datum=d,
                    individueel=draw(ja_nee),
                    schriftelijk=draw(ja_nee),
                    in_dienst_van_school=draw(ja_nee),
                )
                for d in datums()
            ],
            ouders_gehoord_op=draw(st.one_of(st.none(), dag)),
            bekendgemaakt_op=misschien(besluit) if besluit else None,
            bezwaar_ontvangen_op=misschien(besluit) if besluit else None,
            formulier=draw(st.one_of(st.none(), st.sampled_from(TlvFormulier))),
            eenzijdig=draw(ja_nee),
            bemiddeling=draw(ja_nee),
            onafhankelijk_onderzoek_op=draw(st.one_of(st.none(), dag)),
        )

    def opp() -> Opp:
        begin = draw(dag)
        symbiose = None
        if draw(ja_nee):
            symbiose = Symbiose(
                andere_school=draw(school),
                begin=begin,
                einde=misschien(begin),
                inhoud=draw(st.sampled_from(["", "rekenen"])),
                omvang_procent=draw(st.one_of(st.none(), st.integers(1, 100))),
                ondertekend_op=draw(st.one_of(st.none(), dag)),
            )
        return Opp(
            leerling=ll,
            school=draw(school),
            vastgesteld_op=draw(dag),
            uitstroombestemming=draw(st.sampled_from(["", "vmbo"])),
            belemmerende_factoren=draw(st.lists(st.sampled_from(["", "prikkels"]), max_size=2)),
            bevorderende_factoren=draw(st.lists(st.sampled_from(["", "sport"]), max_size=2)),
            handelingsdeel=draw(
                st.one_of(st.none(), st.builds(Handelingsdeel, ondersteuning=st.just("groep")))
            ),
            instemming_op=draw(st.one_of(st.none(), dag)),
            evaluaties=datums(),
            leerling_gehoord_op=draw(st.one_of(st.none(), dag)),
            oogo_op=draw(st.one_of(st.none(), dag)),
            instemming_door=draw(st.sampled_from(Instemmer)),
            aanpassingen=datums(),
            leerling_gehoord_bij=datums(),
            symbiose=symbiose,
        )

    def bezwaar(besluit: dt.date) -> Bezwaar:
        ontvangen = na(besluit)
        ingediend = draw(st.one_of(st.none(), dag))
        verdaagd = misschien(ontvangen)
        return Bezwaar(
            ontvangen_op=ontvangen,
            beslist_op=misschien(ontvangen),
            gpo_ingediend_op=ingediend,
            gpo_oordeel_op=misschien(ingediend) if ingediend else None,
            ouders_gehoord_op=misschien(ontvangen),
            adviescommissie=draw(ja_nee),
            verdaagd_op=verdaagd,
            verdaging_weken=draw(st.integers(1, 6)) if verdaagd else 0,
        )

    def verwijdering() -> Verwijdering:
        voornemen = draw(st.one_of(st.none(), dag))
        besluit = misschien(voornemen) if voornemen else draw(st.one_of(st.none(), dag))
        return Verwijdering(
            leerling=ll,
            school=draw(school),
            besluit_op=besluit,
            gehoord=[Gehoord(wie=draw(st.sampled_from(Gehoorde)), op=d) for d in datums()],
            inspectie_overleg_op=draw(st.one_of(st.none(), dag)),
            inspectie_gemeld_op=draw(st.one_of(st.none(), dag)),
            andere_school=draw(st.one_of(st.none(), school)),
            andere_school_bereid_op=draw(st.one_of(st.none(), dag)),
            gemotiveerd=draw(ja_nee),
            bezwaar=bezwaar(besluit) if besluit and draw(ja_nee) else None,
            leerplichtig=draw(ja_nee_onbekend),
            voorgenomen_op=voornemen,
        )

    def een_of_twee(maak: Callable[[], Any]) -> list[Any]:
        return [maak() for _ in range(draw(st.integers(0, 2)))]

    def inschrijving() -> Inschrijving:
        begin = draw(dag)
        return Inschrijving(
            leerling=ll,
            school=draw(school),
            ingeschreven_op=begin,
            uitgeschreven_op=misschien(begin),
            tijdelijk=draw(ja_nee),
        )

    def ondersteuning() -> ExtraOndersteuning:
        begin = draw(dag)
        return ExtraOndersteuning(
            leerling=ll, school=draw(school), vanaf=begin, tot=misschien(begin)
        )

    def schorsing() -> Schorsing:
        begin = draw(dag)
        return Schorsing(
            leerling=ll,
            school=draw(school),
            begin=begin,
            einde=na(begin),
            inspectie_gemeld_op=draw(st.one_of(st.none(), dag)),
            schriftelijk=draw(ja_nee_onbekend),
            hangende_verwijdering=draw(ja_nee),
        )

    return Dossier(
        leerling=ll,
        aanmeldingen=een_of_twee(aanmelding),
        inschrijvingen=een_of_twee(inschrijving),
        tlvs=een_of_twee(tlv),
        opps=een_of_twee(opp),
        verwijderingen=een_of_twee(verwijdering),
        schorsingen=een_of_twee(schorsing),
        aanbodafwijzingen=[
            Aanbodafwijzing(leerling=ll, school=draw(school), afgewezen_op=d) for d in datums()
        ],
        ondersteuningen=een_of_twee(ondersteuning),
        contactmomenten=[Contactmoment(leerling=ll, school=draw(school), op=d) for d in datums()],
        verzuim=[
            Verzuim(
                leerling=ll,
                school=draw(school),
                sinds=d,
                terug_op=misschien(d),
                geoorloofd=draw(ja_nee_onbekend),
            )
            for d in datums()
        ],
        stappen=[
            Stap(
                leerling=ll,
                stap=draw(st.sampled_from(Stapcode).filter(lambda c: c.name != "WIE_GAAT_OP_PAD")),
                school=draw(st.sampled_from(bao)),
                op=d,
            )
            for d in datums()
        ],
        schoolwisselmeldingen=[
            Schoolwisselmelding(
                leerling=ll,
                van=bao[0],
                naar=bao[1],
                gewisseld_op=d,
                verhuizing=draw(ja_nee),
                extra_ondersteuningsbehoefte=draw(ja_nee),
            )
            for d in datums()
        ],
    )


def _antwoord(vraag: Callable[[], object]) -> object:
    """The answer, or the PassendError raised instead; anything else fails the property."""
    try:
        return vraag()
    except PassendError as fout:
        event(f"{type(fout).__name__} ({fout.veld})")
        return fout


def _vergelijkbaar(antwoorden: list[object]) -> list[object]:
    """Answers as values: an error by its kind, field, value and reason (errors have no ==)."""
    return [
        (type(a), a.veld, a.waarde, a.reden) if isinstance(a, PassendError) else a
        for a in antwoorden
    ]


def _alle_vragen(dossier: Dossier, op: dt.date, beleid: Beleid) -> list[object]:
    """Every question on (``dossier``, ``op``), each answered or refused with a PassendError."""
    return [
        _antwoord(lambda: zorgplicht(dossier, op, beleid=beleid)),
        _antwoord(lambda: toets(dossier, op, beleid=beleid)),
        _antwoord(lambda: aandachtspunten(dossier, op, beleid=beleid)),
        _antwoord(lambda: lopende_termijnen(dossier, op, beleid=beleid)),
        _antwoord(lambda: financieel_verantwoordelijke(dossier, op, beleid=beleid)),
        _antwoord(lambda: opp_vereist(dossier, op, symbiose=True)),
        _antwoord(
            lambda: verantwoordelijk_swv(
                op=op,
                woonplaats_swv=None,
                verwijzende_school=dossier.inschrijvingen[0].school
                if dossier.inschrijvingen
                else None,
                tlv=dossier.tlvs[0] if dossier.tlvs else None,
            )
        ),
        _antwoord(lambda: stappenplan(dossier, op, conflict=True, beleid=beleid)),
        _antwoord(lambda: thuiszitters([dossier], op, beleid=beleid)),
        _antwoord(lambda: overzicht(dossier, op, beleid=beleid)),
        _antwoord(lambda: schooljaar(op)),
        *(
            _antwoord(lambda a=a: vo_beslistermijn(a, beleid=beleid))  # type: ignore[misc]
            for a in dossier.aanmeldingen[:1]
        ),
    ]


@given(
    dossier=st.one_of(dossiers_overal(), ps.dossiers()),
    op=overal(),
    beleid=st.sampled_from(BELEIDEN),
)
def test_elke_vraag_op_elke_dag_geeft_een_antwoord_of_een_passend_fout(
    dossier: Dossier, op: dt.date, beleid: Beleid
) -> None:
    oordeel = _alle_vragen(dossier, op, beleid)[0]
    assert isinstance(oordeel, PassendError) or oordeel.op == op  # type: ignore[attr-defined]


LEEG = Dossier(leerling=Leerling(id="ll-leeg", geboortedatum=dt.date(2019, 5, 1)))
VERKEERDE_PEILDATA = st.one_of(
    st.datetimes(),
    st.dates().map(lambda d: d.isoformat()),
    st.integers(),
    st.floats(),
    st.none(),
    st.tuples(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28)),
)


@given(dossier=st.one_of(st.just(LEEG), dossiers_overal()), op=VERKEERDE_PEILDATA)
def test_een_peildatum_van_een_ander_type_wordt_geweigerd(dossier: Dossier, op: Any) -> None:
    """Refused before any work, on an empty dossier (nothing to compare the day with) too."""
    for vraag in (
        zorgplicht,
        toets,
        aandachtspunten,
        lopende_termijnen,
        financieel_verantwoordelijke,
        overzicht,
        stappenplan,
    ):
        fout = _antwoord(lambda v=vraag: v(dossier, op))  # type: ignore[misc]
        assert isinstance(fout, OngeldigeInvoer)
        assert (fout.veld, fout.waarde) == ("op", op)
    assert isinstance(_antwoord(lambda: opp_vereist(dossier, op)), OngeldigeInvoer)


OPEN_EINDE = dt.date(9999, 12, 31)


@given(dossier=ps.dossiers(), op=ps.datums(), beleid=st.sampled_from(BELEIDEN), data=st.data())
def test_open_einde_9999_is_als_geen_einde(
    dossier: Dossier, op: dt.date, beleid: Beleid, data: st.DataObject
) -> None:
    """An enrolment or support that "ends" on 9999-12-31 is still running on an ordinary day:
    every answer is the one for no end at all."""
    school = data.draw(ps.scholen())
    begin = data.draw(ps.datums(max_value=op))
    ll = dossier.leerling
    zonder_einde = attrs.evolve(
        dossier,
        inschrijvingen=[
            *dossier.inschrijvingen,
            Inschrijving(leerling=ll, school=school, ingeschreven_op=begin),
        ],
        ondersteuningen=[ExtraOndersteuning(leerling=ll, school=school, vanaf=begin)],
    )
    met_open_einde = attrs.evolve(
        zonder_einde,
        inschrijvingen=[
            *dossier.inschrijvingen,
            Inschrijving(
                leerling=ll, school=school, ingeschreven_op=begin, uitgeschreven_op=OPEN_EINDE
            ),
        ],
        ondersteuningen=[
            ExtraOndersteuning(leerling=ll, school=school, vanaf=begin, tot=OPEN_EINDE)
        ],
    )
    assert _vergelijkbaar(_alle_vragen(met_open_einde, op, beleid)) == _vergelijkbaar(
        _alle_vragen(zonder_einde, op, beleid)
    )


@given(dossier=ps.dossiers(), op=ps.datums(), data=st.data())
def test_records_tot_9999_geven_op_een_gewone_dag_een_antwoord(
    dossier: Dossier, op: dt.date, data: st.DataObject
) -> None:
    """A TLV valid until 9999-12-31, a schorsing or symbiose without a real end: every
    question on an ordinary day is answered (or NietBekend for a fact it needs)."""
    ll, begin = dossier.leerling, data.draw(ps.datums(max_value=op))
    so = data.draw(ps.scholen(Schoolsoort.SO))
    tlv = Tlv(
        leerling=ll,
        swv=data.draw(ps.samenwerkingsverbanden()),
        categorie=TlvCategorie.SO_LAAG,
        aangevraagd_op=begin,
        aanvrager=so,
        besluit_op=begin,
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=begin,
        einddatum=OPEN_EINDE,
    )
    schorsing = Schorsing(leerling=ll, school=so, begin=begin, einde=OPEN_EINDE)
    opp = Opp(
        leerling=ll,
        school=so,
        vastgesteld_op=begin,
        uitstroombestemming="vso",
        belemmerende_factoren=["prikkels"],
        bevorderende_factoren=["sport"],
        handelingsdeel=Handelingsdeel(ondersteuning="groep"),
        symbiose=Symbiose(andere_school=so, begin=begin, einde=OPEN_EINDE),
    )
    rijk = attrs.evolve(
        dossier,
        tlvs=[tlv],
        schorsingen=[schorsing],
        opps=[opp],
        inschrijvingen=[Inschrijving(leerling=ll, school=so, ingeschreven_op=begin)],
    )
    for antwoord in _alle_vragen(rijk, op, Beleid()):
        assert not isinstance(antwoord, OngeldigeInvoer)
    assert tlv.geldig_op(op)


@given(dag=overal(), weken=st.integers(0, 6), soort=st.sampled_from(Schoolsoort))
def test_termijnen_op_elke_dag(dag: dt.date, weken: int, soort: Schoolsoort) -> None:
    """Every statutory term from any day: a Termijn, or BuitenBereik / NietBekend."""
    for term in (
        lambda: tm.beslistermijn(dag, verlenging_weken=min(weken, 4), schoolsoort=soort),
        lambda: tm.opp_termijn(dag, schoolsoort=soort),
        lambda: tm.niet_behandelen_termijn(dag, schoolsoort=soort),
        lambda: tm.gpo_termijn(dag),
        lambda: tm.gpo_oordeel_termijn(dag),
        lambda: tm.schorsing_maximum(dag, schoolsoort=soort),
        lambda: tm.aanmelden_advies(dag, schoolsoort=soort),
        lambda: tm.bezwaartermijn(dag, bestuur_soort=Bestuurssoort.OPENBAAR),
        lambda: tm.beslistermijn_bezwaar(
            dag,
            bestuur_soort=Bestuurssoort.OPENBAAR,
            bezwaartermijn_einde=dag,
            verdaging_weken=weken,
        ),
        lambda: tm.tijdelijke_inschrijving_vanaf(tm.schorsing_maximum(dag)),
    ):
        assert isinstance(_antwoord(term), tm.Termijn | dt.date | PassendError)


@given(dag=overal(), n=st.integers(0, 20), regio=st.sampled_from(Regio))
def test_kalender_op_elke_dag(dag: dt.date, n: int, regio: Regio) -> None:
    kal = Kalender.standaard()
    for vraag in (
        lambda: kal.is_werkdag(dag),
        lambda: kal.atw_einde(dag),
        lambda: kal.plus_werkdagen(dag, n),
        lambda: kal.schoolvakantie(dag, regio),
        lambda: kal.ondergrens().atw_einde(dag),
    ):
        assert isinstance(_antwoord(vraag), bool | dt.date | str | None | PassendError)


@given(geboren=overal(), op=overal(), regio=st.sampled_from(Regio))
def test_leeftijden_op_elke_dag(geboren: dt.date, op: dt.date, regio: Regio) -> None:
    ll = Leerling(id="ll-rand", geboortedatum=geboren)
    assert isinstance(_antwoord(lambda: leeftijd(ll, op)), int)  # never out of range
    assert not isinstance(_antwoord(lambda: wennen_vanaf(ll)), OngeldigeInvoer)
    assert not isinstance(_antwoord(lambda: leerplichtig_vanaf(ll, regio)), OngeldigeInvoer)
