"""The public hypothesis strategies: valid and consistent values, every record kind, the
promise of ``datums()``, ``st.from_type`` for every public class, and a cheap entry point."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import passend
from passend import (
    Beleid,
    Bestuurssoort,
    Dossier,
    ExtraOndersteuning,
    Inschrijving,
    Kalender,
    Kant,
    Leerling,
    Mdosoort,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Opp,
    Regio,
    School,
    Schoolsoort,
    Schorsing,
    Sector,
    Tlv,
    TlvUitkomst,
    Verwijdering,
    _hypothesis,
    aandachtspunten,
    bekostiging,
    catalogus,
    financieel_verantwoordelijke,
    lopende_termijnen,
    opp_vereist,
    schooljaar,
    stappenplan,
    termijnen,
    thuiszitters,
    toets,
    zorgplicht,
)
from passend import strategies as ps
from passend.strategies._basis import LANGSTE_TERMIJN, veilig_bereik
from passend.strategies._dossiers import OVERSTAP, RECORDSOORTEN
from passend.strategies._typen import STRATEGIEEN, voor_type

DAG = dt.timedelta(days=1)
PUBLIEKE_KLASSEN = list(
    dict.fromkeys(
        k
        for module in (passend, termijnen, bekostiging)
        for k in (getattr(module, n) for n in module.__all__)
        if isinstance(k, type) and attrs.has(k)
    )
)


# --- datums(): every question can be answered --------------------------------------------------


def test_datums_bereik_volgt_uit_de_kb_lijsten() -> None:
    # KB lists are known for 2023-2028 without a gap (2020-2022 are missing): the range starts
    # in 2023, and 18 weeks before Friday 2028-12-29, the last werkdag of 2028, it ends.
    assert veilig_bereik() == (dt.date(2023, 1, 1), dt.date(2028, 12, 29) - LANGSTE_TERMIJN)
    # The day from the issue whose beslistermijn is not known lies outside.
    assert veilig_bereik()[1] < dt.date(2028, 11, 18)
    kal = Kalender.standaard().met_gelijkgestelde_dagen(2029, [dt.date(2029, 5, 11)], "KB 2029")
    assert veilig_bereik(kal) == (dt.date(2023, 1, 1), dt.date(2029, 12, 31) - LANGSTE_TERMIJN)


def test_op_elke_dag_uit_datums_is_elke_termijn_bekend() -> None:
    kal = Kalender.standaard()
    eerste, laatste = veilig_bereik()
    atw_lang = Beleid(atw_bij_termijn_boven_12_weken=True)
    dag = eerste
    while dag <= laatste:
        assert termijnen.beslistermijn(dag, verlenging_weken=4).einde > dag
        assert termijnen.opp_termijn(dag).einde > dag
        assert termijnen.niet_behandelen_termijn(dag).einde > dag
        for soort in Bestuurssoort:
            assert termijnen.bezwaartermijn(dag, bestuur_soort=soort).einde > dag
        bijzonder = termijnen.beslistermijn_bezwaar(dag, bestuur_soort=Bestuurssoort.BIJZONDER)
        langste = termijnen.beslistermijn_bezwaar(
            dag,
            bestuur_soort=Bestuurssoort.OPENBAAR,
            bezwaartermijn_einde=dag,
            adviescommissie=True,
            verdaging_weken=6,
            beleid=atw_lang,
        )
        assert langste.einde >= bijzonder.einde > dag
        assert termijnen.gpo_termijn(dag).einde > dag
        assert termijnen.gpo_oordeel_termijn(dag).einde > dag
        assert termijnen.schorsing_maximum(dag).einde > dag
        assert termijnen.aanmelden_advies(dag).einde < dag
        assert kal.schoolvakantie(dag, Regio.MIDDEN) in (
            None,
            *kal.vakanties[Regio.MIDDEN].values(),
        )
        dag += DAG


@given(ps.datums())
def test_voorbeeld_datums(d: dt.date) -> None:
    # The example in the docstring of datums().
    assert termijnen.beslistermijn(d, verlenging_weken=4).einde > d


def test_datums_weigert_een_leeg_venster() -> None:
    with pytest.raises(OngeldigeInvoer, match="min_value"):
        ps.datums(dt.date(2025, 2, 1), dt.date(2025, 1, 1))


# --- st.from_type for every public class --------------------------------------------------------


def test_elke_publieke_klasse_heeft_een_eigen_strategie() -> None:
    # Introspected, so a class added to passend.__all__ without a strategy fails here.
    ontbreekt = [k.__name__ for k in PUBLIEKE_KLASSEN if k not in STRATEGIEEN]
    assert not ontbreekt
    assert Dossier in PUBLIEKE_KLASSEN
    # Anything else is left to hypothesis' own inference.
    assert voor_type(int) is NotImplemented


@pytest.mark.parametrize("klasse", PUBLIEKE_KLASSEN, ids=lambda k: k.__name__)
@settings(max_examples=10)
@given(data=st.data())
def test_from_type_geeft_geldige_waarden(klasse: type, data: st.DataObject) -> None:
    waarde: Any = data.draw(st.from_type(klasse))
    # Built again through the constructor (validators included), it is the same value.
    opnieuw = attrs.evolve(waarde)
    assert opnieuw == waarde
    assert type(waarde) is klasse


def test_zonder_geladen_hypothesis_registreert_passend_niets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    geroepen: list[object] = []
    monkeypatch.setattr(_hypothesis, "registreer", lambda: geroepen.append(True))
    _hypothesis.registreer_als_hypothesis_geladen()
    assert geroepen == [True]
    monkeypatch.delitem(sys.modules, "hypothesis.strategies")
    _hypothesis.registreer_als_hypothesis_geladen()
    assert geroepen == [True]


def _python(code: str) -> str:
    uit = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return uit.stdout.strip()


def test_import_hypothesis_laadt_passend_niet() -> None:
    assert _python("import sys, hypothesis; print('passend' in sys.modules)") == "False"


@pytest.mark.parametrize(
    ("volgorde", "klasse"),
    [
        ("import hypothesis, passend", "passend.Dossier"),
        ("import passend, hypothesis", "passend.Dossier"),
        # passend.bekostiging is not imported by ``import passend``: it registers its classes.
        ("import hypothesis, passend.bekostiging", "passend.bekostiging.Begroting"),
        ("import passend.bekostiging, hypothesis", "passend.bekostiging.Begroting"),
    ],
    ids=["hypothesis-eerst", "passend-eerst", "bekostiging-na", "bekostiging-voor"],
)
def test_from_type_werkt_in_beide_importvolgordes(volgorde: str, klasse: str) -> None:
    code = (
        f"{volgorde}, sys\n"
        "from hypothesis import strategies as st, given, settings\n"
        "print('passend.strategies' in sys.modules)\n"
        "@settings(max_examples=3, database=None)\n"
        f"@given(st.from_type({klasse}))\n"
        f"def t(w): assert type(w) is {klasse}\n"
        "t()\n"
        "print('passend.strategies' in sys.modules)\n"
    )
    # The strategies are only imported once hypothesis needs one.
    assert _python(code).split() == ["False", "True"]


# --- Record strategies ------------------------------------------------------------------------


@given(ps.scholen())
def test_scholen_zijn_geldig(school: School) -> None:
    assert (school.cluster is not None) == (school.soort in (Schoolsoort.SO, Schoolsoort.VSO))


@given(ps.scholen(Schoolsoort.SBO, swv=ps.samenwerkingsverbanden(Sector.PO)))
def test_scholen_van_een_soort_en_swv(school: School) -> None:
    assert school.soort is Schoolsoort.SBO
    assert school.swv is not None
    assert school.swv.sector is Sector.PO


LL = Leerling(id="ll-1", geboortedatum=dt.date(2012, 3, 1))
DAGEN = ps.datums(max_value=dt.date(2027, 6, 30))


@given(ps.tlvs(LL, ps.scholen(), DAGEN))
def test_tlvs_zijn_consistent(tlv: Tlv) -> None:
    assert (tlv.uitkomst is None) == (tlv.besluit_op is None)
    assert (tlv.ingangsdatum is not None) == (tlv.uitkomst is TlvUitkomst.AFGEGEVEN)
    if tlv.uitkomst is TlvUitkomst.AFGEGEVEN:
        assert tlv.geldig_op(tlv.ingangsdatum)  # type: ignore[arg-type]
    assert all(a.datum >= tlv.aangevraagd_op for a in tlv.adviezen)
    assert len(tlv.adviezen) <= 3
    assert tlv.categorie.schoolsoort.sector is tlv.swv.sector


@given(ps.opps(LL, ps.scholen(), DAGEN))
def test_opps_zijn_consistent(opp: Opp) -> None:
    assert all(d > opp.vastgesteld_op for d in (*opp.evaluaties, *opp.aanpassingen))
    assert set(opp.leerling_gehoord_bij) <= {*opp.evaluaties, *opp.aanpassingen}
    assert opp.stand_op(opp.vastgesteld_op) is not None


@given(ps.verwijderingen(LL, ps.scholen(), DAGEN))
def test_verwijderingen_zijn_consistent(v: Verwijdering) -> None:
    if v.voorgenomen_op is not None and v.besluit_op is not None:
        assert v.voorgenomen_op <= v.besluit_op
    if v.bezwaar is not None:
        assert v.besluit_op is not None
        assert v.bezwaar.ontvangen_op >= v.besluit_op
        assert (v.bezwaar.verdaging_weken > 0) == (v.bezwaar.verdaagd_op is not None)
        if v.bezwaar.gpo_oordeel_op is not None:
            assert v.bezwaar.gpo_ingediend_op is not None
            assert v.bezwaar.gpo_oordeel_op > v.bezwaar.gpo_ingediend_op


@given(ps.schorsingen(LL, ps.scholen(), DAGEN))
def test_schorsingen_duren_een_tot_vijftien_dagen(s: Schorsing) -> None:
    assert 0 <= (s.einde - s.begin).days <= 14


@given(ps.aanmeldingen(LL, ps.scholen(), DAGEN))
def test_aanmeldingen_zijn_consistent(a: passend.Aanmelding) -> None:
    stappen = [v.verzonden_op for v in a.informatieverzoeken]
    if a.besluit is not None:
        stappen.append(a.besluit.datum)
    assert all(d >= a.ontvangen_op for d in stappen)
    assert a.voorkeur is None or (type(a.voorkeur) is int and a.voorkeur >= 1)
    assert a.beslistermijn().einde > a.ontvangen_op


@given(ps.schoolwisselmeldingen(LL, DAGEN))
def test_schoolwissel_tussen_twee_basisscholen(m: passend.Schoolwisselmelding) -> None:
    assert m.van.soort is m.naar.soort is Schoolsoort.BAO
    assert m.van != m.naar


# --- dossiers() --------------------------------------------------------------------------------


def _loopt(i: Inschrijving, d: dt.date) -> bool:
    return i.ingeschreven_op <= d and (i.uitgeschreven_op is None or d < i.uitgeschreven_op)


def _bij_een_inschrijving(dossier: Dossier, school: School, d: dt.date) -> bool:
    return any(i.school == school and _loopt(i, d) for i in dossier.inschrijvingen)


def controleer(dossier: Dossier) -> None:
    """The consistency dossiers() promises."""
    reeks = dossier.inschrijvingen
    for vorige, volgende in itertools.pairwise(reeks):
        assert vorige.uitgeschreven_op == volgende.ingeschreven_op
    for i in reeks:
        if i.school.soort.gespecialiseerd:
            assert any(
                t.categorie.schoolsoort is i.school.soort
                and t.swv.sector is i.school.soort.sector
                and t.geldig_op(i.ingeschreven_op)
                for t in dossier.tlvs
            ), "een inschrijving op een S(B)O/(V)SO/PrO-school heeft een geldige TLV"
    for o in dossier.opps:
        assert _bij_een_inschrijving(dossier, o.school, o.vastgesteld_op)
    for e in dossier.ondersteuningen:
        assert _bij_een_inschrijving(dossier, e.school, e.vanaf)
        assert not e.school.soort.gespecialiseerd
    for s in dossier.schorsingen:
        assert _bij_een_inschrijving(dossier, s.school, s.begin)
    for v in dossier.verwijderingen:
        if v.besluit_op is not None:
            assert _bij_een_inschrijving(dossier, v.school, v.besluit_op)
        if v.bezwaar is not None:
            assert v.besluit_op is not None
            assert v.bezwaar.ontvangen_op >= v.besluit_op
    for m in dossier.schoolwisselmeldingen:
        naar = [i for i in reeks if i.school == m.naar and i.ingeschreven_op == m.gewisseld_op]
        assert naar
        assert any(i.school == m.van and i.uitgeschreven_op == m.gewisseld_op for i in reeks)
    for c in dossier.contactmomenten:
        assert all(c.op <= a.ontvangen_op for a in dossier.aanmeldingen if a.school == c.school)
    for z in dossier.verzuim:
        assert _bij_een_inschrijving(dossier, z.school, z.sinds)
        i = next(i for i in reeks if i.school == z.school and _loopt(i, z.sinds))
        if i.uitgeschreven_op is not None:
            assert z.terug_op is not None
            assert z.terug_op <= i.uitgeschreven_op
    for stap in dossier.stappen:
        # Referring steps at the school the pupil left, receiving steps at the next one.
        verwijzend = stap.stap.kant is Kant.VERWIJZEND
        assert stap.school == reeks[0 if verwijzend else 1].school
        assert stap.op >= reeks[0].ingeschreven_op
    if dossier.stappen:
        assert any(s.stap.kant is Kant.VERWIJZEND for s in dossier.stappen)
    for cap in dossier.capaciteiten:
        assert any(
            a.school == cap.school and cap.vastgesteld_op <= a.ontvangen_op
            for a in dossier.aanmeldingen
        )
    if any(getattr(dossier, soort) for soort in OVERSTAP):
        controleer_overstap(dossier)


def controleer_overstap(dossier: Dossier) -> None:
    """Groep 8 at a primary school, a VO aanmelding, the steps in their order in one year."""
    vo = [a for a in dossier.aanmeldingen if a.school.soort in (Schoolsoort.VO, Schoolsoort.PRO)]
    assert len(vo) == 1
    aanmelding = vo[0]
    po = [i for i in dossier.inschrijvingen if _loopt(i, aanmelding.ontvangen_op)]
    assert [i.school.soort.sector for i in po] == [Sector.PO]
    basis = po[0].school
    jaar = schooljaar(aanmelding.ontvangen_op)
    # In groep 8: eleven on 1 October of the school year at the latest, not yet twelve.
    begin = dt.date(int(jaar[:4]), 10, 1)
    assert 11 <= passend.leeftijd(dossier.leerling, begin) <= 12
    stappen = [
        *((a.gegeven_op, a.soort.value) for a in dossier.schooladviezen),
        *((t.ontvangen_op, "toets") for t in dossier.doorstroomtoetsen),
        *((h.op, "heroverweging") for h in dossier.heroverwegingen),
    ]
    volgorde = ["voorlopig", "toets", "heroverweging", "definitief"]
    assert sorted(stappen, key=lambda s: (s[0], volgorde.index(s[1]))) == sorted(
        stappen, key=lambda s: volgorde.index(s[1])
    )
    for d, _ in stappen:
        assert schooljaar(d) == jaar
        assert d <= aanmelding.ontvangen_op
        assert _bij_een_inschrijving(dossier, basis, d)
    assert all(r.school == basis for r in dossier.schooladviezen)
    assert all(r.school == basis for r in dossier.doorstroomtoetsen)
    assert all(r.school == basis for r in dossier.heroverwegingen)
    vo_school = aanmelding.school
    later = [
        *((r.bekend_op, r.school) for r in dossier.lotingen),
        *((r.op, r.school) for r in dossier.brugklasbesluiten),
        *((r.aangevraagd_op, r.aanvrager) for r in dossier.lwoo_aanwijzingen),
        *((r.opgesteld_op, r.aan) for r in dossier.onderwijskundige_rapporten),
    ]
    for d, school in later:
        assert school == vo_school
        assert aanmelding.ontvangen_op <= d
        assert schooljaar(d) == jaar
    assert all(r.school == basis for r in dossier.onderwijskundige_rapporten)
    assert all(r.swv.sector is Sector.VO for r in dossier.lwoo_aanwijzingen)
    for m in dossier.mdos:
        assert (m.basisschool, m.vo_school) == (basis, vo_school)
        assert (m.soort is Mdosoort.MDO_T) == (vo_school.soort is Schoolsoort.PRO)
        assert schooljaar(m.op) == jaar


@given(ps.dossiers(), ps.datums(), ps.beleidskeuzes())
def test_dossiers_zijn_consistent_en_elke_vraag_heeft_een_antwoord(
    dossier: Dossier, op: dt.date, beleid: Beleid
) -> None:
    controleer(dossier)
    # No NietBekend, no other error: every question on a day from datums() is answered.
    assert zorgplicht(dossier, op, beleid=beleid).uitleg
    assert {g.code for g in toets(dossier, op, beleid=beleid)} <= set(catalogus())
    assert all(p.uitleg for p in aandachtspunten(dossier, op, beleid=beleid))
    assert all(t.einde >= op for t in lopende_termijnen(dossier, op, beleid=beleid))
    assert opp_vereist(dossier, op).uitleg
    assert financieel_verantwoordelijke(dossier, op, beleid=beleid).uitleg
    assert all(t.thuiszitter_vanaf <= op for t in thuiszitters([dossier], op, beleid=beleid))
    assert all(r.uitleg for r in stappenplan(dossier, op, beleid=beleid))


#: What comes along with a kind that was asked for, beyond enrolments: the VO aanmelding of the
#: overstap, the aanmelding a capacity record is for.
NODIG = {
    "aanmeldingen": {"aanmeldingen"},
    "aanbodafwijzingen": {"aanbodafwijzingen"},
    "contactmomenten": {"contactmomenten"},
    "capaciteiten": {"capaciteiten", "aanmeldingen"},
    **{soort: {soort, "inschrijvingen", "aanmeldingen"} for soort in OVERSTAP},
}


@pytest.mark.parametrize("soort", RECORDSOORTEN)
@settings(max_examples=15)
@given(data=st.data())
def test_dossiers_maken_elke_recordsoort(soort: str, data: st.DataObject) -> None:
    dossier = data.draw(ps.dossiers(procedures={soort}))
    controleer(dossier)
    assert getattr(dossier, soort), f"geen {soort}"
    # What was not asked for only comes along where it is needed: enrolments, and a TLV's.
    nodig = NODIG.get(soort, {soort, "inschrijvingen"})
    overig = {s for s in RECORDSOORTEN if getattr(dossier, s)} - nodig
    assert not overig


@settings(max_examples=25)
@given(
    st.sets(st.sampled_from(sorted(OVERSTAP)), min_size=2),
    st.sampled_from([None, Sector.PO]),
    st.data(),
)
def test_overstap_samen_met_andere_soorten(
    soorten: set[str], sector: Sector | None, data: st.DataObject
) -> None:
    extra = data.draw(st.sets(st.sampled_from(["tlvs", "stappen", "capaciteiten", "verzuim"])))
    dossier = data.draw(ps.dossiers(sector=sector, procedures=soorten | extra))
    controleer(dossier)
    assert all(getattr(dossier, s) for s in soorten | extra)
    op = data.draw(ps.datums())
    assert {g.code for g in toets(dossier, op)} <= set(catalogus())
    assert zorgplicht(dossier, op).uitleg


@given(
    st.sampled_from(Sector),
    st.sampled_from(Ondersteuningsbehoefte),
    # None: a random choice of record kinds, within what sector and support need allow.
    st.none() | st.sets(st.sampled_from(["aanmeldingen", "verwijderingen", "contactmomenten"])),
    st.data(),
)
def test_sector_en_ondersteuningsbehoefte_sturen(
    sector: Sector,
    behoefte: Ondersteuningsbehoefte,
    procedures: set[str] | None,
    data: st.DataObject,
) -> None:
    dossier = data.draw(
        ps.dossiers(sector=sector, ondersteuningsbehoefte=behoefte, procedures=procedures)
    )
    controleer(dossier)
    scholen = [r.school for r in dossier.records() if hasattr(r, "school")]
    assert all(s.soort.sector is sector for s in scholen)
    assert all(a.ondersteuningsbehoefte is behoefte for a in dossier.aanmeldingen)
    if behoefte is Ondersteuningsbehoefte.GEEN:
        assert not (dossier.tlvs)
        assert not (dossier.opps)
        assert not (dossier.ondersteuningen)


@pytest.mark.parametrize(
    ("opties", "veld"),
    [
        ({"procedures": {"tlv"}}, "procedures"),
        ({"procedures": "tlvs"}, "procedures"),
        ({"sector": Sector.VO, "procedures": {"schoolwisselmeldingen"}}, "procedures"),
        ({"sector": Sector.VO, "procedures": {"lotingen", "stappen"}}, "procedures"),
        (
            {"ondersteuningsbehoefte": Ondersteuningsbehoefte.GEEN, "procedures": {"opps"}},
            "procedures",
        ),
        ({"sector": "PO"}, "sector"),
        ({"ondersteuningsbehoefte": "geen"}, "ondersteuningsbehoefte"),
        ({"min_value": dt.date(2025, 1, 1), "max_value": dt.date(2025, 1, 10)}, "max_value"),
    ],
)
def test_tegenstrijdige_opties_geven_ongeldige_invoer(opties: dict[str, Any], veld: str) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        ps.dossiers(**opties)
    assert fout.value.veld == veld


@given(ps.dossiers(sector=Sector.VO, procedures={"verwijderingen"}), ps.datums())
def test_voorbeeld_dossiers(dossier: Dossier, op: dt.date) -> None:
    # The example in the docstring of dossiers().
    assert all(v.school.soort.sector is Sector.VO for v in dossier.verwijderingen)
    assert toets(dossier, op) is not None


@given(ps.dossiers(sector=Sector.PO, procedures={"tlvs", "opps"}), ps.datums())
def test_voorbeeld_module(dossier: Dossier, op: dt.date) -> None:
    # The example in the docstring of passend.strategies.
    assert all(g.grondslag for g in toets(dossier, op))


LEERLING_2016 = Leerling(id="ll-1", geboortedatum=dt.date(2016, 5, 1))
SBO = ps.scholen(Schoolsoort.SBO)


@given(ps.tlvs(LEERLING_2016, SBO, ps.datums()), ps.opps(LEERLING_2016, SBO, ps.datums()))
def test_voorbeeld_recordstrategieen(tlv: Tlv, opp: Opp) -> None:
    # The second example in the docstring of passend.strategies: records combine freely.
    dossier = Dossier(leerling=LEERLING_2016, tlvs=[tlv], opps=[opp])
    assert dossier.records() == (tlv, opp)
    assert tlv.aanvrager.soort is opp.school.soort is Schoolsoort.SBO


@given(
    ps.scholen(),
    st.lists(ps.inschrijvingen(LL, ps.scholen(), DAGEN), max_size=1),
    st.lists(ps.ondersteuningen(LL, ps.scholen(), DAGEN), max_size=1),
    st.data(),
)
def test_records_samen_in_een_eigen_dossier(
    school: School,
    inschrijvingen: list[Inschrijving],
    ondersteuningen: list[ExtraOndersteuning],
    data: st.DataObject,
) -> None:
    hier = st.just(school)
    dossier = Dossier(
        leerling=LL,
        inschrijvingen=inschrijvingen,
        ondersteuningen=ondersteuningen,
        tlvs=data.draw(st.lists(ps.tlvs(LL, hier, DAGEN), max_size=1)),
        opps=data.draw(st.lists(ps.opps(LL, hier, DAGEN), max_size=1)),
        verwijderingen=data.draw(st.lists(ps.verwijderingen(LL, hier, DAGEN), max_size=1)),
        schorsingen=data.draw(st.lists(ps.schorsingen(LL, hier, DAGEN), max_size=1)),
        aanmeldingen=data.draw(st.lists(ps.aanmeldingen(LL, hier, DAGEN), max_size=1)),
        contactmomenten=data.draw(st.lists(ps.contactmomenten(LL, hier, DAGEN), max_size=1)),
        aanbodafwijzingen=data.draw(st.lists(ps.aanbodafwijzingen(LL, hier, DAGEN), max_size=1)),
    )
    op = data.draw(DAGEN)
    assert {g.code for g in toets(dossier, op)} <= set(catalogus())
    assert all(t.einde >= t.begin for t in lopende_termijnen(dossier, op))


# --- Answers of the place-finding questions ---------------------------------------------------


@settings(max_examples=25)
@given(ps.thuiszitters())
def test_thuiszitters_zijn_antwoorden(t: passend.Thuiszitter) -> None:
    assert t.sinds <= t.thuiszitter_vanaf <= t.op
    assert (t.school is None) == (t.soort is passend.Thuiszitsoort.ZONDER_SCHOOL)


@settings(max_examples=10)
@given(ps.stapstatussen())
def test_stapstatussen_komen_uit_het_stappenplan(r: passend.Stapstatus) -> None:
    assert r.stap.startswith("SP-")
    assert r.grondslag


@settings(max_examples=25)
@given(ps.criteriumoordelen(), ps.overstapmomenten())
def test_overstap_uitkomsten(oordeel: passend.Criteriumoordeel, m: passend.Overstapmoment) -> None:
    assert oordeel.grondslag
    assert oordeel.uitleg
    assert m.van is None or m.van <= m.tot
