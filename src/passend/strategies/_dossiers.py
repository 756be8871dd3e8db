"""The dossier strategy: one pupil's story, every record kind, consistent by construction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Final, TypeVar

import attrs
from hypothesis import strategies as st

from passend._aanmelding import Aanmelding, Ondersteuningsbehoefte, Toelatingsbesluit
from passend._aanmelding import Toelatingsuitkomst as Uitkomst
from passend._dossier import Dossier
from passend._fouten import OngeldigeInvoer
from passend._inschrijving import Inschrijving, Schoolwisselmelding
from passend._opp import ExtraOndersteuning, Opp
from passend._partijen import Leerling, Samenwerkingsverband, School, Schoolsoort, Sector
from passend._schorsing import Schorsing
from passend._tlv import Tlv, TlvCategorie, TlvUitkomst
from passend._verwijdering import Verwijdering
from passend.strategies._basis import brins, ids, na, scholen, veilig_bereik
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

__all__ = ["NASLEEP", "RECORDSOORTEN", "dossiers"]

#: The record kinds of a dossier: its tuple fields, read from the class so a new kind shows up.
RECORDSOORTEN: Final = tuple(v.name for v in attrs.fields(Dossier) if v.name != "leerling")
#: Room after the last event of a dossier for its follow-up steps (a bezwaar within 50 days, a
#: GPO case of up to 105 days) and the terms they start (6 weeks bezwaar, up to 18 weeks
#: decision), so every question on a day from ``datums()`` can still be answered.
NASLEEP: Final = dt.timedelta(weeks=26)
#: Kinds that happen at the school of enrolment, so they bring an enrolment with them.
_BIJ_INSCHRIJVING: Final = frozenset(
    {"inschrijvingen", "opps", "ondersteuningen", "schorsingen", "verwijderingen", "tlvs"}
)
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
    if sector is Sector.VO and "schoolwisselmeldingen" in soorten:
        raise OngeldigeInvoer(
            "procedures", "schoolwisselmeldingen", "een schoolwisselmelding is er alleen in het po"
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
    scholen ingeschreven, en krijgt daar extra ondersteuning, OPP's, schorsingen en
    verwijderingen (met bezwaar ná het besluit). Een inschrijving bij een SBO-, SO-, VSO- of
    PrO-school heeft een afgegeven TLV die op de eerste dag geldt, van het samenwerkingsverband
    van de sector; een schoolwisselmelding hoort bij een overstap tussen twee basisscholen;
    contactmomenten liggen vóór de aanmelding bij die school; aanbodafwijzingen volgen.

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
      ``{"tlvs", "verwijderingen"}``) die minstens eenmaal voorkomen; andere soorten alleen
      waar zij nodig zijn (een inschrijving voor een OPP). Standaard een willekeurige keuze.

    Tegenstrijdige opties (een schoolwisselmelding in het vo, een TLV zonder
    ondersteuningsbehoefte, een onbekende soort) geven :class:`~passend.OngeldigeInvoer`.

    Voorbeeld (getest in ``tests/test_strategies.py``)::

        @given(ps.dossiers(sector=Sector.VO, procedures={"verwijderingen"}), ps.datums())
        def test_verwijdering_in_het_vo(dossier, op):
            assert all(v.school.soort.sector is Sector.VO for v in dossier.verwijderingen)
            assert toets(dossier, op) is not None
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
        adviezen=draw(st.lists(adviezen(aangevraagd, besluit), max_size=3)),
        ouders_gehoord_op=draw(st.one_of(st.none(), st.dates(aangevraagd, besluit))),
        bekendgemaakt_op=draw(st.one_of(st.none(), na(besluit, 7))),
        bemiddeling=draw(st.booleans()),
    )


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
        soorten = frozenset(draw(st.sets(st.sampled_from(RECORDSOORTEN))))
        if behoefte is Ondersteuningsbehoefte.GEEN:
            soorten -= _ZONDER_ONDERSTEUNING
        if sector is Sector.VO:
            soorten -= {"schoolwisselmeldingen"}
    if sector is None:
        sector = Sector.PO if "schoolwisselmeldingen" in soorten else draw(st.sampled_from(Sector))
    jong, oud = _LEEFTIJD[sector]
    leerling = Leerling(
        id=draw(ids("ll")),
        geboortedatum=draw(
            st.dates(dt.date(van.year - oud, 1, 1), dt.date(van.year - jong, 12, 31))
        ),
    )
    swv = draw(
        st.builds(Samenwerkingsverband, id=ids("swv"), naam=st.just("SWV"), sector=st.just(sector))
    )
    nummers = draw(st.lists(brins(), min_size=4, max_size=4, unique=True))

    def school(soort: Schoolsoort, nummer: str) -> School:
        return attrs.evolve(draw(scholen(soort, swv=st.just(swv))), brin=nummer)

    regulier = [school(_REGULIER[sector], n) for n in nummers[:3]]
    speciaal = school(draw(st.sampled_from(_GESPECIALISEERD[sector])), nummers[3])
    alle = [*regulier, speciaal] if "tlvs" in soorten else regulier
    dagen = st.dates(van, tot)

    # Enrolments one after the other: regular schools first, a specialised one (with a TLV) last.
    volgorde = regulier[:1]
    if "schoolwisselmeldingen" in soorten or draw(st.booleans()):
        volgorde = regulier[:2]
    if "tlvs" in soorten:
        volgorde = [*volgorde, speciaal]
    inschrijvingen: list[Inschrijving] = []
    if soorten & (_BIJ_INSCHRIJVING | {"schoolwisselmeldingen"}):
        starts = draw(st.lists(dagen, min_size=len(volgorde), max_size=len(volgorde), unique=True))
        starts.sort()
        einde = draw(st.one_of(st.none(), st.dates(starts[-1] + _DAG, tot + _DAG)))
        for s, begin, volgende in zip(volgorde, starts, [*starts[1:], einde], strict=True):
            inschrijvingen.append(
                Inschrijving(
                    leerling=leerling,
                    school=s,
                    ingeschreven_op=begin,
                    uitgeschreven_op=volgende,
                    tijdelijk=draw(st.booleans()),
                )
            )

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

    opp_lijst = bij_inschrijving("opps", opp)
    schorsing_lijst = bij_inschrijving("schorsingen", schorsing)
    verwijdering_lijst = bij_inschrijving("verwijderingen", verwijdering)
    regulier_ingeschreven = [i for i in inschrijvingen if not i.school.soort.gespecialiseerd]
    ondersteuning_lijst = (
        [draw(ondersteuning(regulier_ingeschreven[0]))] if "ondersteuningen" in soorten else []
    )

    # Aanmeldingen: one before each enrolment at that school (admitted, or not yet decided),
    # and others at any school of the dossier.
    aanmelding_lijst: list[Aanmelding] = []
    if "aanmeldingen" in soorten:
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
    return Dossier(
        leerling=leerling,
        aanmeldingen=aanmelding_lijst,
        inschrijvingen=inschrijvingen,
        tlvs=tlv_lijst,
        opps=opp_lijst,
        verwijderingen=verwijdering_lijst,
        schorsingen=schorsing_lijst,
        aanbodafwijzingen=afwijzingen,
        ondersteuningen=ondersteuning_lijst,
        contactmomenten=contacten,
        schoolwisselmeldingen=wissels,
    )
