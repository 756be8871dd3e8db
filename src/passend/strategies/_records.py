"""Strategies for the records of a dossier: each takes the pupil, a strategy for the school and
one for the key date, and draws consistent records (nothing dated before what it follows)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from passend._aanmelding import (
    Aanmelding,
    Contactmoment,
    Informatieverzoek,
    Ondersteuningsbehoefte,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
)
from passend._bezwaar import Bezwaar
from passend._inschrijving import Aanbodafwijzing, Inschrijving, Schoolwisselmelding
from passend._opp import ExtraOndersteuning, Handelingsdeel, Instemmer, Opp, Symbiose
from passend._partijen import Leerling, Samenwerkingsverband, School, Schoolsoort
from passend._schorsing import Schorsing
from passend._tlv import (
    Deskundige,
    Deskundigenadvies,
    Tlv,
    TlvCategorie,
    TlvFormulier,
    TlvUitkomst,
)
from passend._verwijdering import Gehoord, Gehoorde, Verwijdering
from passend.strategies._basis import TEKST, na, samenwerkingsverbanden, scholen

__all__ = [
    "aanbodafwijzingen",
    "aanmeldingen",
    "bezwaren",
    "contactmomenten",
    "inschrijvingen",
    "ondersteuningen",
    "opps",
    "schoolwisselmeldingen",
    "schorsingen",
    "tlvs",
    "verwijderingen",
]


@st.composite
def _besluit(draw: st.DrawFn, ontvangen: dt.date) -> Toelatingsbesluit:
    datum = draw(na(ontvangen, 90))
    return Toelatingsbesluit(
        datum=datum,
        uitkomst=draw(st.sampled_from(Toelatingsuitkomst)),
        andere_school=draw(st.one_of(st.none(), scholen())),
        andere_school_bereid_op=draw(st.one_of(st.none(), na(ontvangen, (datum - ontvangen).days))),
        schriftelijk_gemotiveerd=draw(st.one_of(st.none(), st.booleans())),
    )


@st.composite
def _informatieverzoek(draw: st.DrawFn, ontvangen: dt.date) -> Informatieverzoek:
    verzonden = draw(na(ontvangen, 42))
    return Informatieverzoek(
        verzonden_op=verzonden,
        termijn_tot=draw(st.one_of(st.none(), na(verzonden, 28))),
        ontvangen_op=draw(st.one_of(st.none(), na(verzonden, 42))),
    )


@st.composite
def _aanmelding(
    draw: st.DrawFn, leerling: Leerling, school: st.SearchStrategy[School], op: dt.date
) -> Aanmelding:
    verlenging = draw(
        st.one_of(
            st.none(), st.builds(Verlenging, medegedeeld_op=na(op, 56), weken=st.integers(1, 6))
        )
    )
    verdere = (
        []
        if verlenging is None
        else draw(
            st.lists(
                st.builds(
                    Verlenging,
                    medegedeeld_op=na(verlenging.medegedeeld_op, 28),
                    weken=st.integers(1, 4),
                ),
                max_size=1,
            )
        )
    )
    return Aanmelding(
        leerling=leerling,
        school=draw(school),
        ontvangen_op=op,
        ondersteuningsbehoefte=draw(st.sampled_from(Ondersteuningsbehoefte)),
        voorkeur=draw(st.one_of(st.none(), st.integers(1, 3))),
        schriftelijk=draw(st.booleans()),
        uitzondering=draw(st.one_of(st.none(), st.sampled_from(Uitzondering))),
        verlenging=verlenging,
        informatieverzoeken=draw(st.lists(_informatieverzoek(op), max_size=2)),
        besluit=draw(st.one_of(st.none(), _besluit(op))),
        verdere_verlengingen=verdere,
        plaats_geaccepteerd_op=draw(st.one_of(st.none(), na(op, 30))),
    )


def aanmeldingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    ontvangen: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Aanmelding]:
    """Aanmeldingen van ``leerling`` bij een school uit ``school``, ontvangen op een dag uit
    ``ontvangen``: elke ondersteuningsbehoefte, voorkeur (of geen), uitzondering, verlenging
    (ook te lange en herhaalde), informatieverzoeken, aanvaarding van een centraal aangeboden
    plaats en elk besluit, met of zonder bereid gevonden andere school.

    Altijd consistent: niets ligt vóór de ontvangst, een verdere verlenging niet vóór de eerste
    en een informatie-ontvangst niet vóór het verzoek.
    """
    return ontvangen.flatmap(lambda op: _aanmelding(leerling, school, op))


def inschrijvingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    ingeschreven: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Inschrijving]:
    """Inschrijvingen van ``leerling``: lopend, of 1 tot 730 dagen na het begin beëindigd."""

    def bouw(op: dt.date) -> st.SearchStrategy[Inschrijving]:
        return st.builds(
            Inschrijving,
            leerling=st.just(leerling),
            school=school,
            ingeschreven_op=st.just(op),
            uitgeschreven_op=st.one_of(st.none(), na(op, 730, vanaf=1)),
            tijdelijk=st.booleans(),
        )

    return ingeschreven.flatmap(bouw)


def aanbodafwijzingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    afgewezen: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Aanbodafwijzing]:
    """Ouders van ``leerling`` wijzen een passende plaats af die ``school`` aanbood."""
    return st.builds(
        Aanbodafwijzing, leerling=st.just(leerling), school=school, afgewezen_op=afgewezen
    )


def contactmomenten(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    op: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Contactmoment]:
    """Eerste contacten over ``leerling`` met een school, vóór een schriftelijke aanmelding."""
    return st.builds(Contactmoment, leerling=st.just(leerling), school=school, op=op)


def schoolwisselmeldingen(
    leerling: Leerling,
    gewisseld: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Schoolwisselmelding]:
    """Wisselingen van ``leerling`` tussen twee verschillende reguliere basisscholen, met of
    zonder verhuizing en extra ondersteuningsbehoefte."""
    bao = scholen(Schoolsoort.BAO)
    return st.builds(
        Schoolwisselmelding,
        leerling=st.just(leerling),
        van=bao,
        naar=bao,
        gewisseld_op=gewisseld,
        verhuizing=st.booleans(),
        extra_ondersteuningsbehoefte=st.booleans(),
    ).filter(lambda m: m.van.brin != m.naar.brin)


def ondersteuningen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    vanaf: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[ExtraOndersteuning]:
    """Extra ondersteuning van ``leerling``: lopend, of binnen twee jaar beëindigd."""

    def bouw(begin: dt.date) -> st.SearchStrategy[ExtraOndersteuning]:
        return st.builds(
            ExtraOndersteuning,
            leerling=st.just(leerling),
            school=school,
            vanaf=st.just(begin),
            tot=st.one_of(st.none(), na(begin, 730, vanaf=1)),
        )

    return vanaf.flatmap(bouw)


def adviezen(aangevraagd: dt.date, besluit: dt.date | None) -> st.SearchStrategy[Deskundigenadvies]:
    """Advices from the request to the decision (or 90 days), and sometimes up to 30 days after."""
    tot = (besluit - aangevraagd).days if besluit else 90
    return st.builds(
        Deskundigenadvies,
        deskundige=st.sampled_from(Deskundige),
        datum=na(aangevraagd, tot) | na(aangevraagd, tot + 30),
        # Most advices count; a collective or oral one now and then.
        individueel=st.sampled_from([True, True, True, False]),
        schriftelijk=st.sampled_from([True, True, True, False]),
        in_dienst_van_school=st.booleans(),
    )


@st.composite
def _tlv(
    draw: st.DrawFn,
    leerling: Leerling,
    aanvrager: st.SearchStrategy[School],
    aangevraagd: dt.date,
    swv: st.SearchStrategy[Samenwerkingsverband],
) -> Tlv:
    besluit = draw(st.one_of(st.none(), na(aangevraagd, 90)))
    uitkomst = None if besluit is None else draw(st.sampled_from(TlvUitkomst))
    ingang = einde = bekendgemaakt = bezwaar = None
    if besluit is not None:
        bekendgemaakt = draw(st.one_of(st.none(), na(besluit, 7)))
        bezwaar = draw(st.one_of(st.none(), na(besluit, 60)))
        if uitkomst is TlvUitkomst.AFGEGEVEN:
            ingang = draw(na(besluit, 60))
            einde = draw(na(ingang, 1500, vanaf=1))
    # The onafhankelijk onderzoek and the parents' zienswijze fall before or after the decision.
    rond = na(aangevraagd, 100)
    verband = draw(swv)
    return Tlv(
        leerling=leerling,
        swv=verband,
        # An SBO or SO TLV comes from an SWV PO, a VSO or PrO TLV from an SWV VO (ZP-04).
        categorie=draw(
            st.sampled_from([c for c in TlvCategorie if c.schoolsoort.sector is verband.sector])
        ),
        aangevraagd_op=aangevraagd,
        aanvrager=draw(aanvrager),
        besluit_op=besluit,
        uitkomst=uitkomst,
        ingangsdatum=ingang,
        einddatum=einde,
        adviezen=draw(st.lists(adviezen(aangevraagd, besluit), max_size=3)),
        ouders_gehoord_op=draw(st.one_of(st.none(), rond)),
        bekendgemaakt_op=bekendgemaakt,
        bezwaar_ontvangen_op=bezwaar,
        formulier=draw(st.one_of(st.none(), st.sampled_from(TlvFormulier))),
        eenzijdig=draw(st.booleans()),
        bemiddeling=draw(st.booleans()),
        onafhankelijk_onderzoek_op=draw(st.one_of(st.none(), rond)),
    )


def tlvs(
    leerling: Leerling,
    aanvrager: st.SearchStrategy[School],
    aangevraagd: st.SearchStrategy[dt.date],
    swv: st.SearchStrategy[Samenwerkingsverband] | None = None,
) -> st.SearchStrategy[Tlv]:
    """TLV-aanvragen van ``leerling`` door ``aanvrager``: een categorie die bij de sector van
    het samenwerkingsverband past, in behandeling of beslist (elke uitkomst, binnen 90 dagen),
    met nul tot drie deskundigenadviezen van elk beroep (ook collectieve of mondelinge), de
    ouders wel of niet gehoord, en de velden van Zuid-Kennemerland.

    Altijd consistent: een besluit nooit vóór de aanvraag, een uitkomst precies bij een besluit,
    een ingangs- en einddatum (einde na ingang) precies bij een afgegeven TLV.
    """
    verband = samenwerkingsverbanden() if swv is None else swv
    return aangevraagd.flatmap(lambda op: _tlv(leerling, aanvrager, op, verband))


@st.composite
def symbiosen(draw: st.DrawFn, vastgesteld: dt.date) -> Symbiose:
    """Symbiose laid down in an OPP of ``vastgesteld``: starts within 60 days."""
    begin = draw(na(vastgesteld, 60))
    return Symbiose(
        andere_school=draw(scholen()),
        begin=begin,
        einde=draw(st.one_of(st.none(), na(begin, 365))),
        inhoud=draw(TEKST),
        omvang_procent=draw(st.one_of(st.none(), st.integers(1, 100))),
        ondertekend_op=draw(st.one_of(st.none(), na(vastgesteld, 60))),
    )


def handelingsdelen() -> st.SearchStrategy[Handelingsdeel]:
    """Handelingsdelen, ook lege (een ontbrekend deel)."""
    return st.builds(Handelingsdeel, ondersteuning=TEKST, afwijkingen=st.one_of(st.none(), TEKST))


@st.composite
def _opp(
    draw: st.DrawFn, leerling: Leerling, school: st.SearchStrategy[School], vastgesteld: dt.date
) -> Opp:
    later = na(vastgesteld, 800, vanaf=1)
    evaluaties = draw(st.lists(later, max_size=3, unique=True).map(sorted))
    aanpassingen = draw(st.lists(later, max_size=2, unique=True).map(sorted))
    momenten = sorted(set(evaluaties) | set(aanpassingen))
    gehoord_bij = draw(st.lists(st.sampled_from(momenten), unique=True)) if momenten else []
    rond = na(vastgesteld - dt.timedelta(days=30), 60)
    return Opp(
        leerling=leerling,
        school=draw(school),
        vastgesteld_op=vastgesteld,
        uitstroombestemming=draw(TEKST),
        belemmerende_factoren=draw(st.lists(TEKST, max_size=2)),
        bevorderende_factoren=draw(st.lists(TEKST, max_size=2)),
        handelingsdeel=draw(st.one_of(st.none(), handelingsdelen())),
        instemming_op=draw(st.one_of(st.none(), rond)),
        evaluaties=evaluaties,
        leerling_gehoord_op=draw(st.one_of(st.none(), rond)),
        oogo_op=draw(st.one_of(st.none(), rond)),
        instemming_door=draw(st.sampled_from(Instemmer)),
        aanpassingen=aanpassingen,
        leerling_gehoord_bij=sorted(gehoord_bij),
        symbiose=draw(st.one_of(st.none(), symbiosen(vastgesteld))),
    )


def opps(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    vastgesteld: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Opp]:
    """OPP's van ``leerling``, volledig of met ontbrekende delen: lege of blanco
    uitstroombestemming en factoren, geen of een leeg handelingsdeel, OOGO, instemming en het
    horen van de leerling vóór, op of na de vaststelling of helemaal niet, tot drie evaluaties
    en twee aanpassingen (de leerling bij sommige gehoord), en soms symbiose.

    Altijd consistent: evaluaties en aanpassingen liggen na de vaststelling, en de leerling is
    alleen gehoord bij een evaluatie of aanpassing die plaatsvond.
    """
    return vastgesteld.flatmap(lambda op: _opp(leerling, school, op))


@st.composite
def _bezwaar(draw: st.DrawFn, besluit: dt.date) -> Bezwaar:
    ontvangen = draw(na(besluit, 50))
    ingediend = draw(st.one_of(st.none(), na(ontvangen, 25)))
    oordeel = None if ingediend is None else draw(st.one_of(st.none(), na(ingediend, 80, 1)))
    verdaagd = draw(st.one_of(st.none(), na(ontvangen, 60)))
    return Bezwaar(
        ontvangen_op=ontvangen,
        ouders_gehoord_op=draw(st.one_of(st.none(), na(ontvangen, 40))),
        beslist_op=draw(st.one_of(st.none(), na(ontvangen, 120))),
        gpo_ingediend_op=ingediend,
        gpo_oordeel_op=oordeel,
        adviescommissie=draw(st.booleans()),
        verdaagd_op=verdaagd,
        verdaging_weken=0 if verdaagd is None else draw(st.integers(1, 6)),
    )


def bezwaren(besluit: dt.date) -> st.SearchStrategy[Bezwaar]:
    """Bezwaren tegen een besluit van ``besluit``: binnen 50 dagen ontvangen, de ouders wel of
    niet gehoord, binnen 120 dagen beslist of nog niet, soms verdaagd (1 tot 6 weken) en soms
    met een zaak bij de Geschillencommissie (het oordeel na het verzoek).

    Altijd consistent: niets vóór de ontvangst, geen oordeel zonder verzoek, een verdaging
    precies met de dag waarop zij is meegedeeld.
    """
    return _bezwaar(besluit)


@st.composite
def _verwijdering(
    draw: st.DrawFn,
    leerling: Leerling,
    school: st.SearchStrategy[School],
    rond: dt.date,
    andere_school: st.SearchStrategy[School | None],
) -> Verwijdering:
    besluit = draw(st.one_of(st.none(), st.just(rond)))
    stap = na(rond - dt.timedelta(days=30), 40)
    return Verwijdering(
        leerling=leerling,
        school=draw(school),
        besluit_op=besluit,
        gehoord=draw(
            st.lists(st.builds(Gehoord, wie=st.sampled_from(Gehoorde), op=stap), max_size=4)
        ),
        inspectie_overleg_op=draw(st.one_of(st.none(), stap)),
        inspectie_gemeld_op=draw(st.one_of(st.none(), stap)),
        andere_school=draw(andere_school),
        andere_school_bereid_op=draw(st.one_of(st.none(), stap)),
        gemotiveerd=draw(st.booleans()),
        leerplichtig=draw(st.one_of(st.none(), st.booleans())),
        bezwaar=None if besluit is None else draw(st.one_of(st.none(), bezwaren(besluit))),
        voorgenomen_op=draw(st.one_of(st.none(), na(rond - dt.timedelta(days=30), 30))),
    )


def verwijderingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    rond: st.SearchStrategy[dt.date],
    andere_school: st.SearchStrategy[School | None] | None = None,
) -> st.SearchStrategy[Verwijdering]:
    """Verwijderingen van ``leerling``, besloten op een dag uit ``rond`` of nog voorgenomen:
    het horen, de stappen bij de Inspectie en de bereidheid van een andere school vallen van 30
    dagen vóór tot 10 dagen na die dag (dus soms te laat), het voornemen in de 30 dagen ervoor,
    met of zonder bezwaar.

    ``andere_school`` is standaard elke school of geen. Altijd consistent: een bezwaar alleen
    tegen een besluit en niet ervoor, een voornemen nooit na het besluit.
    """
    andere = st.one_of(st.none(), scholen()) if andere_school is None else andere_school
    return rond.flatmap(lambda dag: _verwijdering(leerling, school, dag, andere))


def schorsingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    begin: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Schorsing]:
    """Schorsingen van ``leerling`` van 1 tot 15 dagen, schriftelijk, niet schriftelijk of niet
    vastgelegd, binnen vijf dagen bij de Inspectie gemeld of niet, soms hangende een
    verwijdering. Het einde ligt nooit vóór het begin."""

    def bouw(dag: dt.date) -> st.SearchStrategy[Schorsing]:
        return st.builds(
            Schorsing,
            leerling=st.just(leerling),
            school=school,
            begin=st.just(dag),
            einde=na(dag, 14),
            inspectie_gemeld_op=st.one_of(st.none(), na(dag, 5)),
            schriftelijk=st.one_of(st.none(), st.booleans()),
            hangende_verwijdering=st.booleans(),
        )

    return begin.flatmap(bouw)
