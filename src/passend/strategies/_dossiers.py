"""The dossier strategy: one pupil's story, every record kind, consistent by construction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, Final, TypeVar, cast

import attrs
from hypothesis import strategies as st

from passend._aanbod import Capaciteit
from passend._aanmelding import Aanmelding, Ondersteuningsbehoefte, Toelatingsbesluit
from passend._aanmelding import Toelatingsuitkomst as Uitkomst
from passend._dossier import Dossier
from passend._fouten import OngeldigeInvoer
from passend._inschrijving import Inschrijving, Schoolwisselmelding
from passend._opp import ExtraOndersteuning, Opp
from passend._overstap import Adviessoort, Mdosoort, Niveau, Schooladvies
from passend._partijen import Leerling, Samenwerkingsverband, School, Schoolsoort, Sector
from passend._schorsing import Schorsing
from passend._stappenplan import Kant, Stap, Stapcode, Zoeker
from passend._thuiszitters import Verzuim
from passend._tlv import Tlv, TlvCategorie, TlvUitkomst
from passend._verwijdering import Verwijdering
from passend.strategies._basis import (
    brins,
    ids,
    na,
    samenwerkingsverbanden,
    scholen,
    veilig_bereik,
)
from passend.strategies._overstap import (
    brugklasbesluiten,
    doorstroomtoetsen,
    heroverwegingen,
    lotingen,
    lwoo_aanwijzingen,
    mdos,
    onderwijskundige_rapporten,
)
from passend.strategies._plek import capaciteiten
from passend.strategies._records import (
    aanbodafwijzingen,
    aanmeldingen,
    adviezen,
    contactmomenten,
    opps,
    schorsingen,
    tlvs,
    verwijderingen,
)

__all__ = ["NASLEEP", "OVERSTAP", "RECORDSOORTEN", "dossiers"]

#: The record kinds of a dossier: its tuple fields, read from the class so a new kind shows up.
RECORDSOORTEN: Final = tuple(v.name for v in attrs.fields(Dossier) if v.name != "leerling")
#: Room after the last event of a dossier for its follow-up steps (a bezwaar within 50 days, a
#: GPO case of up to 105 days) and the terms they start (6 weeks bezwaar, up to 18 weeks
#: decision), so every question on a day from ``datums()`` can still be answered.
NASLEEP: Final = dt.timedelta(weeks=26)
#: The records of the PO→VO overstap: groep 8 of a primary school and a VO aanmelding.
OVERSTAP: Final = frozenset(
    {
        "schooladviezen",
        "doorstroomtoetsen",
        "heroverwegingen",
        "onderwijskundige_rapporten",
        "mdos",
        "lotingen",
        "brugklasbesluiten",
        "lwoo_aanwijzingen",
    }
)
#: What a default draw picks from; an overstap comes along now and then (1 in 8).
_STANDAARD: Final = tuple(s for s in RECORDSOORTEN if s not in OVERSTAP)
#: Kinds that happen at the school of enrolment, so they bring an enrolment with them.
_BIJ_INSCHRIJVING: Final = frozenset(
    {
        "inschrijvingen",
        "opps",
        "ondersteuningen",
        "schorsingen",
        "verwijderingen",
        "tlvs",
        "verzuim",
    }
)
#: A switch between two basisscholen (its melding, its stappenplan) or the overstap to the VO:
#: only for a pupil in the PO.
_ALLEEN_PO: Final = frozenset({"schoolwisselmeldingen", "stappen"}) | OVERSTAP
_WISSEL: Final = frozenset({"schoolwisselmeldingen", "stappen"})
_MET_INSCHRIJVING: Final = _BIJ_INSCHRIJVING | _ALLEEN_PO
_ZONDER_ONDERSTEUNING: Final = frozenset({"tlvs", "opps", "ondersteuningen"})
_REGULIER = {Sector.PO: Schoolsoort.BAO, Sector.VO: Schoolsoort.VO}
_GESPECIALISEERD = {
    Sector.PO: [Schoolsoort.SBO, Schoolsoort.SO],
    Sector.VO: [Schoolsoort.VSO, Schoolsoort.PRO],
}
#: Age at the start of the window: 1 to 7 in PO (so aanmelding, toelating and leerplicht all
#: occur), 11 to 17 in VO.
_LEEFTIJD = {Sector.PO: (1, 7), Sector.VO: (11, 17)}
_DAG = dt.timedelta(days=1)
R = TypeVar("R")


def _soorten(
    procedures: Iterable[str] | None, sector: Sector | None, behoefte: Ondersteuningsbehoefte | None
) -> frozenset[str] | None:
    """The requested record kinds, checked against each other and the other options."""
    if sector is not None and not isinstance(sector, Sector):
        raise OngeldigeInvoer("sector", sector, "verwacht een Sector of None")
    if behoefte is not None and not isinstance(behoefte, Ondersteuningsbehoefte):
        raise OngeldigeInvoer(
            "ondersteuningsbehoefte", behoefte, "verwacht een Ondersteuningsbehoefte of None"
        )
    if procedures is None:
        return None
    if isinstance(procedures, str):
        raise OngeldigeInvoer("procedures", procedures, "verwacht een verzameling recordsoorten")
    soorten = frozenset(procedures)
    for soort in sorted(soorten):
        if soort not in RECORDSOORTEN:
            raise OngeldigeInvoer(
                "procedures", soort, f"onbekende recordsoort; kies uit {', '.join(RECORDSOORTEN)}"
            )
    if sector is Sector.VO and soorten & _ALLEEN_PO:
        raise OngeldigeInvoer(
            "procedures",
            ", ".join(sorted(soorten & _ALLEEN_PO)),
            "alleen in het po: een schoolwissel tussen basisscholen, zijn stappenplan en de "
            "overstap van groep 8 naar het vo",
        )
    if behoefte is Ondersteuningsbehoefte.GEEN and soorten & _ZONDER_ONDERSTEUNING:
        raise OngeldigeInvoer(
            "procedures",
            ", ".join(sorted(soorten & _ZONDER_ONDERSTEUNING)),
            "past niet bij ondersteuningsbehoefte GEEN",
        )
    return soorten


def dossiers(
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    *,
    sector: Sector | None = None,
    ondersteuningsbehoefte: Ondersteuningsbehoefte | None = None,
    procedures: Iterable[str] | None = None,
) -> st.SearchStrategy[Dossier]:
    """Dossiers van één leerling met elke soort record, consistent opgebouwd.

    De leerling is aangemeld bij een of meer scholen, staat achtereenvolgens op één tot drie
    scholen ingeschreven, en krijgt daar extra ondersteuning, OPP's, schorsingen,
    verwijderingen (met bezwaar ná het besluit) en verzuim (binnen de inschrijving). Een
    inschrijving bij een SBO-, SO-, VSO- of PrO-school heeft een afgegeven TLV die op de eerste
    dag geldt, van het samenwerkingsverband van de sector; een schoolwisselmelding en de
    stappen van het stappenplan horen bij een overstap tussen twee basisscholen (verwijzende
    stappen bij de eerste, ontvangende bij de tweede); contactmomenten liggen vóór de aanmelding
    bij die school; aanbodafwijzingen volgen; capaciteitsgegevens zijn van scholen waar de
    leerling is aangemeld, vastgesteld vóór die aanmelding.

    De overstap po→vo (schooladviezen, doorstroomtoetsen, heroverwegingen, onderwijskundige
    rapporten, MDO's, lotingen, brugklasbesluiten, lwoo-aanwijzingen) speelt in één schooljaar
    van de laatste inschrijving in het po, met een leerling van groep 8 en een aanmelding bij
    een vo- of pro-school: voorlopig advies, toets, heroverweging en definitief advies in die
    volgorde, dan de aanmelding; loting, brugklasbesluit, lwoo-aanvraag en onderwijskundig
    rapport daarna en bij die school; het MDO tussen de basisschool en die school.

    Opties:

    - ``min_value``, ``max_value``: de gebeurtenissen liggen in dit venster; vervolgstappen
      (besluit, bezwaar, zaak bij de Geschillencommissie) tot enkele maanden later. Standaard
      het bereik van :func:`datums`, min een half jaar voor die vervolgstappen en hun
      termijnen: dan is elke vraag op een dag uit :func:`datums` te beantwoorden.
    - ``sector``: ``Sector.PO`` (bao, sbo, so) of ``Sector.VO`` (vo, vso, pro); standaard een
      van beide.
    - ``ondersteuningsbehoefte``: wat bij elke aanmelding staat; bij ``GEEN`` alleen reguliere
      scholen, geen TLV, OPP of extra ondersteuning.
    - ``procedures``: de recordsoorten (veldnamen van :class:`~passend.Dossier`, zoals
      ``{"tlvs", "verwijderingen"}`` of ``{"lotingen"}``) die minstens eenmaal voorkomen;
      andere soorten alleen waar zij nodig zijn (een inschrijving voor een OPP, een aanmelding
      voor een loting of capaciteitsgegeven). Standaard een willekeurige keuze; de soorten van
      de overstap dan alleen zonder ``sector`` en af en toe (één op de acht), zodat de
      vo-school van de overstap nooit buiten de gevraagde sector valt.

    Tegenstrijdige opties (een schoolwisselmelding, stap of overstap in het vo, een TLV zonder
    ondersteuningsbehoefte, een onbekende soort) geven :class:`~passend.OngeldigeInvoer`.

    Voorbeeld (getest in ``tests/test_strategies.py``):

    >>> from hypothesis import given
    >>> from passend import Sector, toets
    >>> from passend import strategies as ps
    >>> @given(ps.dossiers(sector=Sector.VO, procedures={"verwijderingen"}), ps.datums())
    ... def test_verwijdering_in_het_vo(dossier, op):
    ...     assert all(v.school.soort.sector is Sector.VO for v in dossier.verwijderingen)
    ...     assert toets(dossier, op) is not None
    """
    eerste, laatste = veilig_bereik()
    van = eerste if min_value is None else min_value
    tot = laatste - NASLEEP if max_value is None else max_value
    if tot - van < dt.timedelta(days=30):
        raise OngeldigeInvoer(
            "max_value", tot, f"verwacht ten minste 30 dagen na min_value ({van.isoformat()})"
        )
    soorten = _soorten(procedures, sector, ondersteuningsbehoefte)
    return _dossier(van, tot, sector, ondersteuningsbehoefte, soorten)


def _binnen(inschrijving: Inschrijving, tot: dt.date) -> st.SearchStrategy[dt.date]:
    """Days on which ``inschrijving`` runs, within the window."""
    laatste = tot if inschrijving.uitgeschreven_op is None else inschrijving.uitgeschreven_op - _DAG
    return st.dates(inschrijving.ingeschreven_op, max(laatste, inschrijving.ingeschreven_op))


@st.composite
def _tlv_voor(
    draw: st.DrawFn,
    leerling: Leerling,
    aanvrager: School,
    school: School,
    swv: Samenwerkingsverband,
    vanaf: dt.date,
    start: dt.date,
) -> Tlv:
    """The TLV that admits ``leerling`` to ``school`` on ``start``: issued before, valid then."""
    aangevraagd = draw(st.dates(vanaf, start))
    besluit = draw(st.dates(aangevraagd, start))
    return Tlv(
        leerling=leerling,
        swv=swv,
        categorie=draw(st.sampled_from([c for c in TlvCategorie if c.schoolsoort is school.soort])),
        aangevraagd_op=aangevraagd,
        aanvrager=aanvrager,
        besluit_op=besluit,
        uitkomst=TlvUitkomst.AFGEGEVEN,
        ingangsdatum=draw(st.dates(besluit, start)),
        einddatum=draw(na(start, 1500, vanaf=1)),
        adviezen=tuple(draw(st.lists(adviezen(aangevraagd, besluit), max_size=3))),
        ouders_gehoord_op=draw(st.one_of(st.none(), st.dates(aangevraagd, besluit))),
        bekendgemaakt_op=draw(st.one_of(st.none(), na(besluit, 7))),
        bemiddeling=draw(st.booleans()),
    )


def _schooljaar(dag: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the school year (1 August - 31 July) of ``dag``."""
    begin = dag.year if dag.month >= 8 else dag.year - 1
    return dt.date(begin, 8, 1), dt.date(begin + 1, 7, 31)


@st.composite
def _dossier(
    draw: st.DrawFn,
    van: dt.date,
    tot: dt.date,
    sector: Sector | None,
    behoefte: Ondersteuningsbehoefte | None,
    gevraagd: frozenset[str] | None,
) -> Dossier:
    soorten = gevraagd
    if soorten is None:
        soorten = frozenset(draw(st.sets(st.sampled_from(_STANDAARD))))
        if sector is None and draw(st.integers(0, 7)) == 7:
            soorten |= draw(st.sets(st.sampled_from(sorted(OVERSTAP)), min_size=1))
        if behoefte is Ondersteuningsbehoefte.GEEN:
            soorten -= _ZONDER_ONDERSTEUNING
        if sector is Sector.VO:
            soorten -= _ALLEEN_PO
    overstap = bool(soorten & OVERSTAP)
    if sector is None:
        sector = Sector.PO if soorten & _ALLEEN_PO else draw(st.sampled_from(Sector))
    swv = draw(
        st.builds(Samenwerkingsverband, id=ids("swv"), naam=st.just("SWV"), sector=st.just(sector))
    )
    nummers = draw(st.lists(brins(), min_size=5, max_size=5, unique=True))

    def school(soort: Schoolsoort, nummer: str, verband: Samenwerkingsverband = swv) -> School:
        return attrs.evolve(draw(scholen(soort, swv=st.just(verband))), brin=nummer)

    regulier = [school(_REGULIER[sector], n) for n in nummers[:3]]
    speciaal = school(draw(st.sampled_from(_GESPECIALISEERD[sector])), nummers[3])
    alle = [*regulier, speciaal] if "tlvs" in soorten else regulier
    dagen = st.dates(van, tot)

    # Enrolments one after the other: regular schools first, a specialised one (with a TLV) last.
    volgorde = regulier[:1]
    if bool(soorten & _WISSEL) or draw(st.booleans()):
        volgorde = regulier[:2]
    if "tlvs" in soorten:
        volgorde = [*volgorde, speciaal]
    starts: list[dt.date] = []
    einde: dt.date | None = None
    if soorten & _MET_INSCHRIJVING:
        starts = sorted(
            draw(st.lists(dagen, min_size=len(volgorde), max_size=len(volgorde), unique=True))
        )
        einde = draw(st.one_of(st.none(), st.dates(starts[-1] + _DAG, tot + _DAG)))

    # The overstap plays in one school year of the last (primary) enrolment: the pupil is then
    # in groep 8, born between October and September twelve and eleven years before, and at
    # least four when first enrolled.
    jong, oud = _LEEFTIJD[sector]
    geboren = st.dates(dt.date(van.year - oud, 1, 1), dt.date(van.year - jong, 12, 31))
    groep8 = (van, tot)
    if overstap:
        laatste_dag = tot if einde is None else min(tot, einde - _DAG)
        jaar_van, jaar_tot = _schooljaar(draw(st.dates(starts[-1], laatste_dag)))
        groep8 = (max(starts[-1], jaar_van), min(laatste_dag, jaar_tot))
        hoogst = min(dt.date(jaar_van.year - 11, 9, 30), starts[0] - dt.timedelta(days=4 * 366))
        geboren = st.dates(min(dt.date(jaar_van.year - 12, 10, 1), hoogst), hoogst)
    leerling = Leerling(id=draw(ids("ll")), geboortedatum=draw(geboren))

    inschrijvingen = [
        Inschrijving(
            leerling=leerling,
            school=s,
            ingeschreven_op=begin,
            uitgeschreven_op=volgende,
            tijdelijk=draw(st.booleans()),
        )
        for s, begin, volgende in zip(volgorde, starts, [*starts[1:], einde], strict=False)
    ]

    tlv_lijst: list[Tlv] = []
    if "tlvs" in soorten:
        laatste = inschrijvingen[-1]
        vorige = inschrijvingen[-2] if len(inschrijvingen) > 1 else None
        tlv_lijst.append(
            draw(
                _tlv_voor(
                    leerling,
                    laatste.school if vorige is None else vorige.school,
                    laatste.school,
                    swv,
                    max(van, laatste.ingeschreven_op - dt.timedelta(days=120))
                    if vorige is None
                    else vorige.ingeschreven_op,
                    laatste.ingeschreven_op,
                )
            )
        )
        # Sometimes another request by a school of enrolment, in any state.
        tlv_lijst += draw(
            st.lists(
                tlvs(
                    leerling,
                    st.sampled_from([i.school for i in inschrijvingen]),
                    dagen,
                    st.just(swv),
                ),
                max_size=1,
            )
        )

    def bij_inschrijving(
        soort: str, maak: Callable[[Inschrijving], st.SearchStrategy[R]]
    ) -> list[R]:
        """Records of ``soort`` at one or two enrolments, when ``soort`` occurs."""
        if soort not in soorten:
            return []
        gekozen = draw(st.lists(st.sampled_from(inschrijvingen), min_size=1, max_size=2))
        return [draw(maak(i)) for i in gekozen]

    def opp(i: Inschrijving) -> st.SearchStrategy[Opp]:
        # Vastgesteld in the first 120 days of the enrolment, so the OPP term is sometimes met.
        return opps(
            leerling, st.just(i.school), _binnen(i, min(tot, i.ingeschreven_op + 120 * _DAG))
        )

    def schorsing(i: Inschrijving) -> st.SearchStrategy[Schorsing]:
        return schorsingen(leerling, st.just(i.school), _binnen(i, tot))

    def verwijdering(i: Inschrijving) -> st.SearchStrategy[Verwijdering]:
        elders = st.sampled_from([s for s in alle if s != i.school])
        return verwijderingen(
            leerling, st.just(i.school), _binnen(i, tot), andere_school=st.one_of(st.none(), elders)
        )

    def ondersteuning(i: Inschrijving) -> st.SearchStrategy[ExtraOndersteuning]:
        # Extra ondersteuning is what a regular school gives; it ends with the enrolment.
        return _binnen(i, tot).flatmap(
            lambda vanaf: st.builds(
                ExtraOndersteuning,
                leerling=st.just(leerling),
                school=st.just(i.school),
                vanaf=st.just(vanaf),
                tot=st.one_of(st.none(), st.dates(vanaf + _DAG, i.uitgeschreven_op or tot + _DAG)),
            )
        )

    def verzuim(i: Inschrijving) -> st.SearchStrategy[Verzuim]:
        # Absent from the school of enrolment; back at the latest when the enrolment ends.
        def bouw(sinds: dt.date) -> st.SearchStrategy[Verzuim]:
            terug = (
                st.one_of(st.none(), st.dates(sinds + _DAG, tot + _DAG))
                if i.uitgeschreven_op is None
                else st.dates(sinds + _DAG, i.uitgeschreven_op)
            )
            return st.builds(
                Verzuim,
                leerling=st.just(leerling),
                school=st.just(i.school),
                sinds=st.just(sinds),
                terug_op=terug,
                geoorloofd=st.one_of(st.none(), st.booleans()),
            )

        return _binnen(i, tot).flatmap(bouw)

    opp_lijst = bij_inschrijving("opps", opp)
    schorsing_lijst = bij_inschrijving("schorsingen", schorsing)
    verwijdering_lijst = bij_inschrijving("verwijderingen", verwijdering)
    verzuim_lijst = bij_inschrijving("verzuim", verzuim)
    regulier_ingeschreven = [i for i in inschrijvingen if not i.school.soort.gespecialiseerd]
    ondersteuning_lijst = (
        [draw(ondersteuning(regulier_ingeschreven[0]))] if "ondersteuningen" in soorten else []
    )

    # Aanmeldingen: one before each enrolment at that school (admitted, or not yet decided),
    # and others at any school of the dossier.
    aanmelding_lijst: list[Aanmelding] = []
    if soorten & {"aanmeldingen", "capaciteiten"}:
        for i in inschrijvingen:
            if draw(st.booleans()):
                ontvangen = draw(
                    st.dates(max(van, i.ingeschreven_op - dt.timedelta(days=90)), i.ingeschreven_op)
                )
                a = draw(aanmeldingen(leerling, st.just(i.school), st.just(ontvangen)))
                besluit = Toelatingsbesluit(
                    datum=draw(st.dates(ontvangen, i.ingeschreven_op)), uitkomst=Uitkomst.TOEGELATEN
                )
                aanmelding_lijst.append(
                    attrs.evolve(a, besluit=draw(st.one_of(st.none(), st.just(besluit))))
                )
        aanmelding_lijst += draw(
            st.lists(
                aanmeldingen(leerling, st.sampled_from(alle), dagen),
                min_size=0 if aanmelding_lijst else 1,
                max_size=2,
            )
        )

    # The overstap: groep 8 at the last primary school, an aanmelding at a VO or PrO school of
    # an SWV VO, the steps in their statutory order within the school year.
    overstap_velden: dict[str, list[object]] = {s: [] for s in OVERSTAP}
    if overstap:
        basis = inschrijvingen[-1].school
        swv_vo = draw(samenwerkingsverbanden(Sector.VO))
        vo = school(draw(st.sampled_from([Schoolsoort.VO, Schoolsoort.PRO])), nummers[4], swv_vo)
        voorlopig, toets, herzien, definitief, aangemeld = sorted(
            draw(st.lists(st.dates(*groep8), min_size=5, max_size=5))
        )
        aanmelding_lijst.append(draw(aanmeldingen(leerling, st.just(vo), st.just(aangemeld))))
        daarna = st.dates(aangemeld, groep8[1])
        hier, daar = st.just(basis), st.just(vo)
        adviezen_ = [
            Schooladvies(
                leerling=leerling,
                school=basis,
                soort=soort,
                niveau=draw(st.sampled_from(Niveau)),
                gegeven_op=dag,
            )
            for soort, dag in draw(
                st.lists(
                    st.sampled_from(
                        [(Adviessoort.VOORLOPIG, voorlopig), (Adviessoort.DEFINITIEF, definitief)]
                    ),
                    min_size=1,
                    max_size=2,
                    unique=True,
                )
            )
        ]
        mdo_soort = st.just(Mdosoort.MDO_T if vo.soort is Schoolsoort.PRO else Mdosoort.MDO_O)
        maak: dict[str, st.SearchStrategy[object]] = {
            "doorstroomtoetsen": doorstroomtoetsen(leerling, hier, st.just(toets)),
            "heroverwegingen": heroverwegingen(leerling, hier, st.just(herzien)),
            "onderwijskundige_rapporten": onderwijskundige_rapporten(leerling, hier, daar, daarna),
            "mdos": mdos(leerling, hier, daar, st.dates(voorlopig, groep8[1]), mdo_soort),
            "lotingen": lotingen(leerling, daar, daarna),
            "brugklasbesluiten": brugklasbesluiten(leerling, daar, daarna),
            "lwoo_aanwijzingen": lwoo_aanwijzingen(leerling, st.just(swv_vo), daar, daarna),
        }
        for soort in soorten & OVERSTAP:
            overstap_velden[soort] = (
                list(adviezen_) if soort == "schooladviezen" else [draw(maak[soort])]
            )

    if behoefte is not None:
        aanmelding_lijst = [
            attrs.evolve(a, ondersteuningsbehoefte=behoefte) for a in aanmelding_lijst
        ]

    def eerste_aanmelding(s: School) -> dt.date:
        return min((a.ontvangen_op for a in aanmelding_lijst if a.school == s), default=tot)

    contacten = (
        draw(
            st.lists(
                st.sampled_from(alle).flatmap(
                    lambda s: contactmomenten(
                        leerling, st.just(s), st.dates(van, eerste_aanmelding(s))
                    )
                ),
                min_size=1,
                max_size=2,
            )
        )
        if "contactmomenten" in soorten
        else []
    )
    afwijzingen = (
        draw(
            st.lists(
                aanbodafwijzingen(leerling, st.sampled_from(alle), dagen), min_size=1, max_size=1
            )
        )
        if "aanbodafwijzingen" in soorten
        else []
    )
    wissels = (
        [
            Schoolwisselmelding(
                leerling=leerling,
                van=inschrijvingen[0].school,
                naar=inschrijvingen[1].school,
                gewisseld_op=inschrijvingen[1].ingeschreven_op,
                verhuizing=draw(st.booleans()),
                extra_ondersteuningsbehoefte=draw(st.booleans()),
            )
        ]
        if "schoolwisselmeldingen" in soorten
        else []
    )

    def stap(codes: list[Stapcode], tot_op: dt.date) -> Stap:
        # Referring steps at the first basisschool, receiving steps at the second.
        code = draw(st.sampled_from(codes))
        verwijzend = code.kant is Kant.VERWIJZEND
        return Stap(
            leerling=leerling,
            stap=code,
            school=inschrijvingen[0 if verwijzend else 1].school,
            op=draw(st.dates(inschrijvingen[0].ingeschreven_op, tot_op)),
            ouders_aanwezig=draw(st.one_of(st.none(), st.booleans())),
            zoeker=draw(st.one_of(st.none(), st.sampled_from(Zoeker)))
            if code is Stapcode.WIE_GAAT_OP_PAD
            else None,
        )

    stap_lijst: list[Stap] = []
    if "stappen" in soorten:
        wissel = inschrijvingen[1].ingeschreven_op
        # At least one referring step before the switch, so the dossier shows whose case it is.
        stap_lijst.append(stap([c for c in Stapcode if c.kant is Kant.VERWIJZEND], wissel))
        later = min(tot, wissel + dt.timedelta(days=60))
        stap_lijst += [stap(list(Stapcode), later) for _ in range(draw(st.integers(0, 2)))]

    capaciteit_lijst: list[Capaciteit] = []
    if "capaciteiten" in soorten:
        for a in draw(st.lists(st.sampled_from(aanmelding_lijst), min_size=1, max_size=2)):
            capaciteit_lijst.append(
                draw(capaciteiten(st.just(a.school), st.dates(van, a.ontvangen_op)))
            )

    return Dossier(
        leerling=leerling,
        aanmeldingen=tuple(aanmelding_lijst),
        inschrijvingen=tuple(inschrijvingen),
        tlvs=tuple(tlv_lijst),
        opps=tuple(opp_lijst),
        verwijderingen=tuple(verwijdering_lijst),
        schorsingen=tuple(schorsing_lijst),
        aanbodafwijzingen=tuple(afwijzingen),
        ondersteuningen=tuple(ondersteuning_lijst),
        contactmomenten=tuple(contacten),
        schoolwisselmeldingen=tuple(wissels),
        verzuim=tuple(verzuim_lijst),
        stappen=tuple(stap_lijst),
        capaciteiten=tuple(capaciteit_lijst),
        # The overstap fields by name; each list holds records of its own field's type.
        **cast(dict[str, Any], {soort: tuple(lijst) for soort, lijst in overstap_velden.items()}),
    )
