"""Finding a place: capacity (PL-04), candidate schools (PL-03), dekkend aanbod (PL-02), the
offer's age (PL-01), thuiszitters (PL-07) and the stappenplannen (SP-00 … SP-10).

Examples come from rules.md § 13-14 and the worked examples P11-P13 of the addendum.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passend import (
    LANDELIJKE_DEFINITIE,
    Aanbodbron,
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Capaciteit,
    Contactmoment,
    Dekkingsgraad,
    Dossier,
    Inschrijving,
    Kant,
    Leerling,
    Ondersteuningsaanbod,
    Ondersteuningsbehoefte,
    Ondersteuningsvorm,
    OngeldigeInvoer,
    Regio,
    Ruimte,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schoolwisselmelding,
    Schorsing,
    Stap,
    Stapcode,
    Stapstand,
    Thuiszitsoort,
    Thuiszitterdefinitie,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verwijdering,
    Verzuim,
    Zoeker,
    ZorgplichtReden,
    aandachtspunten,
    dekkend_aanbod,
    kandidaatscholen,
    lopende_termijnen,
    schoolvol,
    stappenplan,
    thuiszitters,
    toets,
    verouderd_aanbod,
    zorgplicht,
)
from passend import json as pjson
from passend import strategies as ps

B1 = Schoolbestuur(id="b-1", naam="Stichting Een", soort=Bestuurssoort.OPENBAAR)
B2 = Schoolbestuur(id="b-2", naam="Stichting Twee", soort=Bestuurssoort.BIJZONDER)
X = School(brin="11AA", naam="De Vlinder", soort=Schoolsoort.BAO, bestuur=B1, regio=Regio.NOORD)
Y = School(brin="22BB", naam="Het Anker", soort=Schoolsoort.BAO, bestuur=B2, regio=Regio.NOORD)
SBO = School(brin="33CC", naam="De Brug", soort=Schoolsoort.SBO, bestuur=B2, regio=Regio.NOORD)
LL = Leerling(id="ll-1", geboortedatum=dt.date(2018, 5, 1))
ZK = Beleid.zuid_kennemerland()


def _aanmelding(school: School = X, op: dt.date = dt.date(2025, 10, 6), **kw: object) -> Aanmelding:
    return Aanmelding(
        leerling=LL,
        school=school,
        ontvangen_op=op,
        ondersteuningsbehoefte=Ondersteuningsbehoefte.VASTGESTELD,
        **kw,  # type: ignore[arg-type]
    )


def _vol(
    op: dt.date = dt.date(2025, 9, 1),
    *,
    vol: bool = True,
    gepubliceerd: bool = True,
    groep: str | None = None,
) -> Capaciteit:
    return Capaciteit(
        school=X, vastgesteld_op=op, vol_voor_iedereen=vol, gepubliceerd=gepubliceerd, groep=groep
    )


# --- PL-04: "school vol" ---------------------------------------------------------------------


def test_vol_gesteld_niet_aangetoond_geeft_zorgplicht_en_aandachtspunt() -> None:
    d = Dossier(leerling=LL, aanmeldingen=[_aanmelding(uitzondering=Uitzondering.SCHOOL_VOL)])
    o = zorgplicht(d, dt.date(2025, 10, 7))
    assert (o.reden, o.bestuur) == (ZorgplichtReden.AANMELDING, B1)
    punten = [p.onderwerp for p in aandachtspunten(d, dt.date(2025, 10, 7))]
    assert "'School vol' niet aangetoond" in punten
    assert not toets(d, dt.date(2025, 10, 7))  # an aandachtspunt, never a defect


@pytest.mark.parametrize(
    ("record", "telt"),
    [
        (_vol(), True),
        (_vol(vol=False), False),
        (_vol(gepubliceerd=False), False),
        (_vol(dt.date(2025, 10, 7)), False),  # set after the aanmelding
        (_vol(dt.date(2025, 10, 6)), True),  # set on the day of the aanmelding
    ],
)
def test_vol_telt_alleen_met_vol_voor_iedereen_en_gepubliceerd(
    record: Capaciteit, telt: bool
) -> None:
    a = _aanmelding(uitzondering=Uitzondering.SCHOOL_VOL)
    assert schoolvol(a, a.ontvangen_op, [record], Beleid()).telt is telt
    d = Dossier(leerling=LL, aanmeldingen=[a], capaciteiten=[record])
    o = zorgplicht(d, dt.date(2025, 10, 8))
    assert o.reden is (ZorgplichtReden.UITZONDERING if telt else ZorgplichtReden.AANMELDING)
    assert (o.uitzondering is Uitzondering.SCHOOL_VOL) is telt
    onderwerpen = [p.onderwerp for p in aandachtspunten(d, dt.date(2025, 10, 8))]
    assert ("'School vol' niet aangetoond" in onderwerpen) is not telt


def test_p11_ingeschreven_leerling_houdt_zorgplicht_van_eigen_school() -> None:
    # P11: X is full in groep 3 for every applicant, capaciteitenlijst published; the pupil is
    # enrolled at Y and registers at X. Under the ZK policy: no zorgplicht for X, Y keeps it.
    groep3 = _vol(groep="groep 3")
    d = Dossier(
        leerling=LL,
        inschrijvingen=[Inschrijving(leerling=LL, school=Y, ingeschreven_op=dt.date(2022, 8, 29))],
        aanmeldingen=[_aanmelding(uitzondering=Uitzondering.SCHOOL_VOL)],
        capaciteiten=[groep3],
    )
    o = zorgplicht(d, dt.date(2025, 10, 8), beleid=ZK)
    assert (o.reden, o.school, o.bestuur) == (ZorgplichtReden.INGESCHREVEN, Y, B2)
    # The statute speaks of the school (A9): a group list alone does not show it.
    assert o.wettelijk is not None
    assert (o.wettelijk.reden, o.wettelijk.school) == (ZorgplichtReden.AANMELDING, X)
    # With a whole-school record the statute agrees: Y keeps its zorgplicht.
    heel = Dossier(
        leerling=LL,
        inschrijvingen=d.inschrijvingen,
        aanmeldingen=d.aanmeldingen,
        capaciteiten=[_vol()],
    )
    w = zorgplicht(heel, dt.date(2025, 10, 8))
    assert (w.reden, w.school, w.bestuur) == (ZorgplichtReden.INGESCHREVEN, Y, B2)


def test_vol_is_een_uitzondering_bij_aanmelding_niet_bij_inschrijving() -> None:
    # A full school never ends the zorgplicht of the school where the pupil is enrolled.
    d = Dossier(
        leerling=LL,
        inschrijvingen=[Inschrijving(leerling=LL, school=X, ingeschreven_op=dt.date(2022, 8, 29))],
        capaciteiten=[_vol()],
    )
    o = zorgplicht(d, dt.date(2025, 10, 8))
    assert (o.reden, o.school) == (ZorgplichtReden.INGESCHREVEN, X)


def test_capaciteit_valideert_streng() -> None:
    with pytest.raises(OngeldigeInvoer, match="vol_voor_iedereen"):
        Capaciteit(
            school=X,
            vastgesteld_op=dt.date(2025, 9, 1),
            vol_voor_iedereen=1,  # type: ignore[arg-type]
            gepubliceerd=True,
        )
    with pytest.raises(OngeldigeInvoer, match="groep"):
        Capaciteit(
            school=X,
            vastgesteld_op=dt.date(2025, 9, 1),
            vol_voor_iedereen=True,
            gepubliceerd=True,
            groep=" ",
        )


# --- PL-01 / PL-03: the offer and the candidate list --------------------------------------------


def _aanbod(
    school: School,
    *vormen: str,
    op: dt.date = dt.date(2025, 9, 1),
    bron: Aanbodbron = Aanbodbron.SCHOOLGIDS,
) -> Ondersteuningsaanbod:
    return Ondersteuningsaanbod(school=school, bron=bron, vastgesteld_op=op, vormen=vormen)


def test_aanbod_valideert_codes() -> None:
    with pytest.raises(OngeldigeInvoer, match=r"vormen\[1\]"):
        _aanbod(X, "dyslexie", 3)  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="meer dan eens"):
        _aanbod(X, "dyslexie", Ondersteuningsvorm.DYSLEXIE)
    with pytest.raises(OngeldigeInvoer, match="bron"):
        Ondersteuningsaanbod(
            school=X,
            bron="schoolgids",  # type: ignore[arg-type]
            vastgesteld_op=dt.date(2025, 9, 1),
            vormen=(),
        )


@pytest.mark.parametrize(
    ("bron", "vastgesteld", "op", "verouderd"),
    [
        # A profile: at least once every four years, and it lapses on 1 August 2025.
        (Aanbodbron.SCHOOLONDERSTEUNINGSPROFIEL, dt.date(2020, 6, 1), dt.date(2024, 6, 1), False),
        (Aanbodbron.SCHOOLONDERSTEUNINGSPROFIEL, dt.date(2020, 6, 1), dt.date(2024, 6, 2), True),
        (Aanbodbron.SCHOOLONDERSTEUNINGSPROFIEL, dt.date(2023, 6, 1), dt.date(2025, 7, 31), False),
        (Aanbodbron.SCHOOLONDERSTEUNINGSPROFIEL, dt.date(2023, 6, 1), dt.date(2025, 8, 1), True),
        # The schoolgids: every school year.
        (Aanbodbron.SCHOOLGIDS, dt.date(2025, 9, 1), dt.date(2026, 9, 1), False),
        (Aanbodbron.SCHOOLGIDS, dt.date(2025, 9, 1), dt.date(2026, 9, 2), True),
    ],
)
def test_pl01_verouderd_aanbod(
    bron: Aanbodbron, vastgesteld: dt.date, op: dt.date, verouderd: bool
) -> None:
    punten = verouderd_aanbod([_aanbod(X, "dyslexie", op=vastgesteld, bron=bron)], op)
    assert bool(punten) is verouderd


def test_kandidaten_leggen_uit_wat_gedekt_is_en_wat_onbekend() -> None:
    aanbod = [_aanbod(X, "gedrag", "dyslexie"), _aanbod(Y, "dyslexie")]
    cap = [
        _vol(),
        Capaciteit(
            school=Y, vastgesteld_op=dt.date(2025, 9, 1), vol_voor_iedereen=False, gepubliceerd=True
        ),
    ]
    lijst = kandidaatscholen(["gedrag", "dyslexie"], [Y, X, SBO], aanbod, cap, dt.date(2025, 10, 1))
    assert [k.school for k in lijst] == [X, Y, SBO]
    x, y, sbo = lijst
    assert (x.gedekt, x.niet_gedekt, x.ruimte) == (("gedrag", "dyslexie"), (), Ruimte.VOL)
    assert (y.gedekt, y.niet_gedekt, y.ruimte) == (("dyslexie",), ("gedrag",), Ruimte.RUIMTE)
    assert (sbo.onbekend, sbo.ruimte) == (("gedrag", "dyslexie"), Ruimte.ONBEKEND)
    assert "onbekend" in sbo.uitleg
    assert lijst.rijen()[0]["school"] == "De Vlinder (11AA)"
    assert "Kandidaatscholen (3)" in lijst._repr_html_()
    # Under ZK a full school may still help a zorgleerling through priority (PL-05): a note.
    zk = kandidaatscholen(["gedrag"], [X], aanbod, cap, dt.date(2025, 10, 1), beleid=ZK)
    assert "voorrang" in zk[0].uitleg


def test_kandidaten_per_groep_alleen_onder_regionaal_beleid() -> None:
    groep3 = _vol(groep="groep 3")

    def ruimte(groep: str, beleid: Beleid) -> Ruimte:
        lijst = kandidaatscholen(
            ["gedrag"], [X], [], [groep3], dt.date(2025, 10, 1), groep=groep, beleid=beleid
        )
        return lijst[0].ruimte

    assert ruimte("groep 3", Beleid()) is Ruimte.ONBEKEND
    assert ruimte("groep 3", ZK) is Ruimte.VOL
    assert ruimte("groep 4", ZK) is Ruimte.ONBEKEND


def test_kandidaten_van_een_swv_en_verouderd_aanbod() -> None:
    from passend import Samenwerkingsverband, Sector

    swv = Samenwerkingsverband(id="swv-1", naam="ZK PO", sector=Sector.PO)
    binnen = School(brin="44DD", naam="Binnen", soort=Schoolsoort.BAO, bestuur=B1, swv=swv)
    oud = _aanbod(
        binnen, "gedrag", op=dt.date(2019, 1, 7), bron=Aanbodbron.SCHOOLONDERSTEUNINGSPROFIEL
    )
    lijst = kandidaatscholen(["gedrag"], [X, binnen], [oud], [], dt.date(2025, 10, 1), swv=swv)
    assert [k.school for k in lijst] == [binnen]
    assert "ouder dan de wet toestaat" in lijst[0].uitleg


_SCHOLEN = st.lists(ps.scholen(), min_size=1, max_size=4, unique_by=lambda s: s.brin)
_DAG = ps.datums(dt.date(2024, 1, 1), dt.date(2026, 12, 31))


@given(
    scholen=_SCHOLEN,
    data=st.data(),
    behoeften=st.lists(ps.ondersteuningsvormen(), max_size=4, unique=True),
    op=_DAG,
)
def test_eigenschap_nooit_gedekt_wat_het_aanbod_mist(
    scholen: list[School], data: st.DataObject, behoeften: list[str], op: dt.date
) -> None:
    aanbod = data.draw(
        st.lists(ps.ondersteuningsaanbod(st.sampled_from(scholen), _DAG), max_size=6)
    )
    cap = data.draw(st.lists(ps.capaciteiten(st.sampled_from(scholen), _DAG), max_size=6))
    for k in kandidaatscholen(behoeften, scholen, aanbod, cap, op):
        laatste = max(
            (a for a in aanbod if a.school == k.school and a.vastgesteld_op <= op),
            key=lambda a: a.vastgesteld_op,
            default=None,
        )
        for behoefte in k.gedekt:
            assert laatste is not None
            assert behoefte in laatste.vormen
        if laatste is not None:
            assert set(k.niet_gedekt) == {b for b in behoeften if b not in laatste.vormen}
        assert set(k.gedekt) | set(k.niet_gedekt) | set(k.onbekend) == set(behoeften)


@given(scholen=_SCHOLEN, data=st.data(), op=_DAG, zk=st.booleans())
def test_eigenschap_meer_aanbod_of_capaciteit_verwijdert_geen_school(
    scholen: list[School], data: st.DataObject, op: dt.date, zk: bool
) -> None:
    school = st.sampled_from(scholen)
    aanbod = data.draw(st.lists(ps.ondersteuningsaanbod(school, _DAG), max_size=4))
    cap = data.draw(st.lists(ps.capaciteiten(school, _DAG), max_size=4))
    extra_aanbod = data.draw(st.lists(ps.ondersteuningsaanbod(school, _DAG), max_size=3))
    extra_cap = data.draw(st.lists(ps.capaciteiten(school, _DAG), max_size=3))
    behoeften = data.draw(st.lists(ps.ondersteuningsvormen(), max_size=3, unique=True))
    bel = ZK if zk else Beleid()
    voor = {k.school for k in kandidaatscholen(behoeften, scholen, aanbod, cap, op, beleid=bel)}
    na = kandidaatscholen(
        behoeften, scholen, [*aanbod, *extra_aanbod], [*cap, *extra_cap], op, beleid=bel
    )
    assert voor <= {k.school for k in na}


# --- PL-02: dekkend aanbod -----------------------------------------------------------------


def test_pl02_dekkend_aanbod_als_tabel() -> None:
    aanbod = [
        _aanbod(X, "dyslexie"),
        _aanbod(SBO, "gedrag", "dyslexie"),
        _aanbod(Y, op=dt.date(2026, 9, 1)),  # set after the peildatum: not read
    ]
    tabel = dekkend_aanbod(aanbod, dt.date(2025, 10, 1), behoeften=["autisme"])
    assert [(d.behoefte, d.dekking) for d in tabel] == [
        ("autisme", Dekkingsgraad.GEEN),
        ("gedrag", Dekkingsgraad.ALLEEN_GESPECIALISEERD),
        ("dyslexie", Dekkingsgraad.REGULIER),
    ]
    assert tabel[2].regulier == (X,)
    assert tabel[2].gespecialiseerd == (SBO,)
    rij = tabel.rijen()[1]
    assert (rij["behoefte"], rij["dekking"]) == ("gedrag", "alleen gespecialiseerd onderwijs")
    assert "WPO art. 18a" in str(rij["grondslag"])
    assert "Dekkend aanbod (3)" in tabel._repr_html_()


# --- PL-07: thuiszitters -----------------------------------------------------------------------


def _ingeschreven(school: School = Y, **kw: object) -> Inschrijving:
    return Inschrijving(leerling=LL, school=school, ingeschreven_op=dt.date(2022, 8, 29), **kw)  # type: ignore[arg-type]


def test_p12_thuiszitter_vanaf_de_29e_dag() -> None:
    verzuim = Verzuim(leerling=LL, school=Y, sinds=dt.date(2026, 1, 5), geoorloofd=False)
    d = Dossier(leerling=LL, inschrijvingen=[_ingeschreven()], verzuim=[verzuim])
    assert thuiszitters([d], dt.date(2026, 2, 1)) == ()
    (t,) = thuiszitters([d], dt.date(2026, 2, 2))
    assert (t.soort, t.sinds, t.thuiszitter_vanaf, t.zeker, t.langdurig) == (
        Thuiszitsoort.BUITEN_SCHOOL,
        dt.date(2026, 1, 5),
        dt.date(2026, 2, 2),
        True,
        False,
    )
    # Langdurig: more than three months (Thuiszitterspact).
    assert not thuiszitters([d], dt.date(2026, 4, 4))[0].langdurig
    assert thuiszitters([d], dt.date(2026, 4, 5))[0].langdurig
    assert "Thuiszitter" in [p.onderwerp for p in aandachtspunten(d, dt.date(2026, 2, 2))]
    assert "Langdurig thuiszitter" in [p.onderwerp for p in aandachtspunten(d, dt.date(2026, 4, 5))]
    # Back at school: no longer a thuiszitter.
    terug = Dossier(
        leerling=LL,
        inschrijvingen=[_ingeschreven()],
        verzuim=[attrs_evolve(verzuim, terug_op=dt.date(2026, 2, 9))],
    )
    assert thuiszitters([terug], dt.date(2026, 2, 8))
    assert not thuiszitters([terug], dt.date(2026, 2, 9))


def attrs_evolve(v: Verzuim, **kw: object) -> Verzuim:
    import attrs

    return attrs.evolve(v, **kw)  # type: ignore[arg-type]


def test_geoorloofd_verzuim_telt_niet_en_onbekende_reden_is_niet_zeker() -> None:
    def met(geoorloofd: bool | None) -> Dossier:
        v = Verzuim(leerling=LL, school=Y, sinds=dt.date(2026, 1, 5), geoorloofd=geoorloofd)
        return Dossier(leerling=LL, inschrijvingen=[_ingeschreven()], verzuim=[v])

    assert thuiszitters([met(True)], dt.date(2026, 3, 1)) == ()
    (t,) = thuiszitters([met(None)], dt.date(2026, 3, 1))
    assert not t.zeker
    assert "Niet zeker" in t.uitleg


def test_schorsing_en_feitelijke_verwijdering_vormen_een_periode() -> None:
    schorsing = Schorsing(
        leerling=LL,
        school=Y,
        begin=dt.date(2026, 3, 2),
        einde=dt.date(2026, 3, 6),
        schriftelijk=True,
    )
    thuis = Verwijdering(leerling=LL, school=Y, feitelijk_sinds=dt.date(2026, 3, 7))
    d = Dossier(
        leerling=LL,
        inschrijvingen=[_ingeschreven()],
        schorsingen=[schorsing],
        verwijderingen=[thuis],
    )
    assert thuiszitters([d], dt.date(2026, 3, 29)) == ()
    (t,) = thuiszitters([d], dt.date(2026, 3, 30))
    assert (t.sinds, t.thuiszitter_vanaf, t.zeker) == (
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 30),
        False,
    )
    assert "schorsing" in t.uitleg
    assert "zonder besluit" in t.uitleg


def test_leerplichtig_en_nergens_ingeschreven() -> None:
    # Born 2021-05-13: leerplichtig from the first school day of June 2026 (Monday 1 June).
    jong = Leerling(id="ll-2", geboortedatum=dt.date(2021, 5, 13))
    d = Dossier(
        leerling=jong,
        aanmeldingen=[
            Aanmelding(
                leerling=jong,
                school=X,
                ontvangen_op=dt.date(2025, 1, 6),
                ondersteuningsbehoefte=Ondersteuningsbehoefte.VASTGESTELD,
                besluit=Toelatingsbesluit(
                    datum=dt.date(2025, 2, 3), uitkomst=Toelatingsuitkomst.GEWEIGERD
                ),
            )
        ],
    )
    assert thuiszitters([d], dt.date(2026, 5, 31)) == ()
    (t,) = thuiszitters([d], dt.date(2026, 6, 1))
    assert (t.soort, t.sinds, t.school, t.zeker) == (
        Thuiszitsoort.ZONDER_SCHOOL,
        dt.date(2026, 6, 1),
        None,
        False,
    )
    uit = Dossier(
        leerling=LL, inschrijvingen=[_ingeschreven(uitgeschreven_op=dt.date(2026, 1, 12))]
    )
    (u,) = thuiszitters([uit], dt.date(2026, 1, 12))
    assert (u.sinds, u.zeker) == (dt.date(2026, 1, 12), True)


def test_tot_achttien_jaar() -> None:
    oud = Leerling(id="ll-3", geboortedatum=dt.date(2008, 3, 2))
    d = Dossier(leerling=oud)
    assert thuiszitters([d], dt.date(2026, 3, 1))
    assert thuiszitters([d], dt.date(2026, 3, 2)) == ()


def test_leerplicht_open_zonder_regio_is_aandachtspunt() -> None:
    # Born 2020-07-10: leerplicht starts with the first school day of August 2025, which lies
    # in the zomervakantie of every region, but it ends on different days (VAK-02); a school
    # without a region leaves it open.
    kind = Leerling(id="ll-4", geboortedatum=dt.date(2020, 7, 10))
    zonder_regio = School(brin="55EE", naam="Zonder regio", soort=Schoolsoort.BAO, bestuur=B1)
    d = Dossier(
        leerling=kind,
        inschrijvingen=[
            Inschrijving(
                leerling=kind,
                school=zonder_regio,
                ingeschreven_op=dt.date(2024, 7, 10),
                uitgeschreven_op=dt.date(2025, 6, 30),
            )
        ],
    )
    dagen = [dt.date(2025, 7, 1) + dt.timedelta(days=n) for n in range(70)]
    open_ = [
        dag
        for dag in dagen
        if "Leerplicht niet vast te stellen" in [p.onderwerp for p in aandachtspunten(d, dag)]
    ]
    assert open_, "some days of summer 2025 depend on the region"
    assert all(thuiszitters([d], dag) == () for dag in open_)
    # Once every region is back at school the pupil is leerplichtig, enrolled nowhere.
    (t,) = thuiszitters([d], dt.date(2025, 9, 8))
    assert t.soort is Thuiszitsoort.ZONDER_SCHOOL
    assert t.zeker


def test_definitie_is_een_expliciete_invoer() -> None:
    assert LANDELIJKE_DEFINITIE.verzuim_dagen == 28
    with pytest.raises(OngeldigeInvoer, match="verzuim_dagen"):
        Thuiszitterdefinitie(
            naam="x",
            verzuim_dagen=True,
            langdurig_maanden=3,
            tot_leeftijd=18,
            grondslag=(),
        )
    kort = Thuiszitterdefinitie(
        naam="regionaal: na twee weken",
        verzuim_dagen=14,
        langdurig_maanden=3,
        tot_leeftijd=18,
        grondslag=(),
    )
    v = Verzuim(leerling=LL, school=Y, sinds=dt.date(2026, 1, 5), geoorloofd=False)
    d = Dossier(leerling=LL, inschrijvingen=[_ingeschreven()], verzuim=[v])
    assert thuiszitters([d], dt.date(2026, 1, 19), definitie=kort)
    assert thuiszitters([d], dt.date(2026, 1, 19)) == ()


# --- SP-00 … SP-10: the stappenplannen ---------------------------------------------------------


_START = dt.date(2025, 9, 1)


def _stap(code: Stapcode, op: dt.date, **kw: object) -> Stap:
    school = X if code.kant is Kant.ONTVANGEND else Y
    return Stap(leerling=LL, stap=code, school=school, op=op, **kw)  # type: ignore[arg-type]


def _wissel(**stukken: object) -> Dossier:
    """Enrolled at Y (referring); the parents phone X (receiving) on 1 September 2025."""
    return Dossier(
        leerling=LL,
        inschrijvingen=[
            _ingeschreven(uitgeschreven_op=dt.date(2025, 11, 3)),
            Inschrijving(leerling=LL, school=X, ingeschreven_op=dt.date(2025, 11, 3)),
        ],
        contactmomenten=[Contactmoment(leerling=LL, school=X, op=_START)],
        **stukken,  # type: ignore[arg-type]
    )


def test_stappenplan_alleen_onder_regionaal_beleid() -> None:
    assert stappenplan(_wissel(), dt.date(2025, 12, 1)) == ()
    assert stappenplan(Dossier(leerling=LL), dt.date(2025, 12, 1), beleid=ZK) == ()
    assert "Geen stappenplan" in stappenplan(_wissel(), dt.date(2025, 12, 1))._repr_html_()


def test_elke_stap_open() -> None:
    plan = stappenplan(_wissel(), dt.date(2025, 9, 15), beleid=ZK)
    assert [r.stap for r in plan] == [f"SP-{n:02d}" for n in range(1, 11)]
    assert all(r.status is Stapstand.OPEN for r in plan)
    kanten = {r.stap: (r.kant, r.school) for r in plan}
    assert kanten["SP-01"] == (Kant.ONTVANGEND, X)
    assert kanten["SP-06"] == (Kant.VERWIJZEND, Y)
    uiterlijk = {r.stap: r.uiterlijk for r in plan}
    assert uiterlijk["SP-01"] == uiterlijk["SP-06"] == uiterlijk["SP-07"] == _START
    # The inschrijving at X of 3 November is not known yet on 15 September.
    assert uiterlijk["SP-03"] is None
    later = {r.stap: r.uiterlijk for r in stappenplan(_wissel(), dt.date(2025, 11, 10), beleid=ZK)}
    assert later["SP-03"] == later["SP-04"] == later["SP-02"] == dt.date(2025, 11, 3)
    # Open steps whose day has come are aandachtspunten (SP-01, SP-06, SP-07), never defects.
    op = dt.date(2025, 9, 15)
    punten = [p.onderwerp for p in aandachtspunten(_wissel(), op, beleid=ZK)]
    assert [p for p in punten if p.startswith("Stappenplan")] == [
        "Stappenplan SP-01 open",
        "Stappenplan SP-06 open",
        "Stappenplan SP-07 open",
    ]
    assert not toets(_wissel(), op, beleid=ZK)
    # After the inschrijving at X also SP-02, SP-03, SP-05 and SP-09 are due.
    na = [p.onderwerp for p in aandachtspunten(_wissel(), dt.date(2025, 11, 10), beleid=ZK)]
    for stap in ("SP-02", "SP-03", "SP-05", "SP-09"):
        assert f"Stappenplan {stap} open" in na
    assert "Stappenplan SP-04 open" not in na  # only if needed


def test_elke_stap_gedaan() -> None:
    stappen = [
        _stap(Stapcode.OUDERS_ONTVANGEN, _START),
        _stap(Stapcode.WIE_GAAT_OP_PAD, dt.date(2025, 9, 2), zoeker=Zoeker.BEIDE),
        _stap(Stapcode.ONDERWIJSLOKET, dt.date(2025, 9, 2)),
        _stap(Stapcode.CONTACT_SCHOLEN, dt.date(2025, 9, 8)),
        _stap(Stapcode.BEHOEFTE_IN_KAART, dt.date(2025, 9, 15)),
        _stap(Stapcode.DERDE_BIJ_CONFLICT, dt.date(2025, 9, 16)),
        _stap(Stapcode.OVERDRACHT, dt.date(2025, 10, 1), ouders_aanwezig=False),
        _stap(Stapcode.OBSERVATIE, dt.date(2025, 10, 8)),
        _stap(Stapcode.EVALUATIE, dt.date(2025, 12, 1)),
    ]
    melding = Schoolwisselmelding(
        leerling=LL,
        van=Y,
        naar=X,
        gewisseld_op=dt.date(2025, 11, 3),
        verhuizing=False,
        extra_ondersteuningsbehoefte=True,
    )
    d = _wissel(stappen=stappen, schoolwisselmeldingen=[melding])
    plan = stappenplan(d, dt.date(2025, 12, 1), conflict=True, beleid=ZK)
    assert all(r.status is Stapstand.GEDAAN for r in plan), [(r.stap, r.status) for r in plan]
    regels = {r.stap: r for r in plan}
    assert regels["SP-03"].blijkt_uit == "stap SP-03 van woensdag 2025-10-01"
    assert "ouders waren er niet bij" in regels["SP-03"].uitleg
    assert "op pad: beide" in regels["SP-06"].uitleg
    # SP-10 rests on the same records as financieel_verantwoordelijke (P13-style window).
    assert "Het Anker (22BB) is financieel verantwoordelijk" in regels["SP-10"].uitleg
    assert not [
        p
        for p in aandachtspunten(d, dt.date(2025, 12, 1), beleid=ZK)
        if p.onderwerp.startswith("Stappenplan")
    ]
    assert plan.rijen()[0]["status"] == "gedaan"


def test_stap_te_laat_conflict_en_verhuizing() -> None:
    laat = _stap(Stapcode.OUDERS_ONTVANGEN, dt.date(2025, 9, 5))
    verhuisd = Schoolwisselmelding(
        leerling=LL,
        van=Y,
        naar=X,
        gewisseld_op=dt.date(2025, 11, 3),
        verhuizing=True,
        extra_ondersteuningsbehoefte=True,
    )
    d = _wissel(stappen=[laat], schoolwisselmeldingen=[verhuisd])
    regels = {r.stap: r for r in stappenplan(d, dt.date(2025, 12, 1), conflict=False, beleid=ZK)}
    assert "na maandag 2025-09-01" in regels["SP-01"].uitleg
    assert regels["SP-08"].status is Stapstand.NIET_VAN_TOEPASSING
    assert regels["SP-10"].status is Stapstand.NIET_VAN_TOEPASSING
    onbekend = {r.stap: r for r in stappenplan(d, dt.date(2025, 12, 1), beleid=ZK)}
    assert onbekend["SP-08"].status is Stapstand.OPEN


def test_sp00_stappen_schorten_geen_wettelijke_termijn_op() -> None:
    # Parents register at X in writing on 6 October; SP-02 (contact between the schools) is
    # still open. The beslistermijn runs from receipt all the same.
    a = _aanmelding()
    zonder = _wissel(aanmeldingen=[a])
    met = _wissel(
        aanmeldingen=[a], stappen=[_stap(Stapcode.CONTACT_SCHOLEN, dt.date(2025, 10, 20))]
    )
    op = dt.date(2025, 10, 21)
    assert lopende_termijnen(zonder, op, beleid=ZK) == lopende_termijnen(met, op, beleid=ZK)
    assert zorgplicht(zonder, op, beleid=ZK).reden is zorgplicht(met, op, beleid=ZK).reden


def test_stap_valideert() -> None:
    with pytest.raises(OngeldigeInvoer, match="zoeker"):
        _stap(Stapcode.OUDERS_ONTVANGEN, _START, zoeker=Zoeker.SCHOOL)
    with pytest.raises(OngeldigeInvoer, match="zoeker"):
        _stap(Stapcode.WIE_GAAT_OP_PAD, _START, zoeker="school")
    with pytest.raises(OngeldigeInvoer, match="stap"):
        Stap(leerling=LL, stap="SP-01", school=X, op=_START)  # type: ignore[arg-type]


# --- JSON ------------------------------------------------------------------------------------


def test_nieuwe_records_over_json() -> None:
    d = _wissel(
        stappen=[_stap(Stapcode.WIE_GAAT_OP_PAD, _START, zoeker=Zoeker.OUDERS)],
        verzuim=[Verzuim(leerling=LL, school=Y, sinds=dt.date(2025, 9, 1), geoorloofd=None)],
        capaciteiten=[_vol(groep="groep 3")],
    )
    assert pjson.loads(pjson.dumps(d), Dossier) == d
    aanbod = _aanbod(X, Ondersteuningsvorm.GEDRAG, "time-out-plek")
    terug = pjson.loads(pjson.dumps(aanbod), Ondersteuningsaanbod)
    assert terug == aanbod
    assert terug.biedt(Ondersteuningsvorm.GEDRAG)


@given(
    school=ps.scholen(Schoolsoort.BAO),
    data=st.data(),
    op=ps.datums(dt.date(2025, 1, 1), dt.date(2026, 12, 31)),
)
def test_eigenschap_stappen_en_verzuim_zijn_nooit_een_gebrek(
    school: School, data: st.DataObject, op: dt.date
) -> None:
    """SP-00: the steps are a regional checklist; whatever is recorded, ``toets`` finds no more
    defects than without them, and every answer is read on the peildatum."""
    scholen = st.sampled_from([school, X])
    dag = ps.datums(dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    kaal = Dossier(leerling=LL, inschrijvingen=[_ingeschreven(school)])
    d = Dossier(
        leerling=LL,
        inschrijvingen=kaal.inschrijvingen,
        stappen=data.draw(st.lists(ps.stappen(LL, scholen, dag), max_size=6)),
        verzuim=data.draw(st.lists(ps.verzuimen(LL, scholen, dag), max_size=3)),
    )
    assert toets(d, op, beleid=ZK) == toets(kaal, op, beleid=ZK)
    plan = stappenplan(d, op, beleid=ZK)
    assert all(r.status is not Stapstand.GEDAAN or r.blijkt_uit for r in plan)
    for t in thuiszitters([d], op):
        assert t.thuiszitter_vanaf <= op
