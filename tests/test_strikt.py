"""Strict edges (DESIGN principle 8, issue 10): what enters is validated, never coerced.

Every public record and result type validates every field; every public function and method
checks its arguments. Both are tested the same way: start from a valid value or call, put a
value of another type into one field or argument at a time, and expect
:class:`~passend.OngeldigeInvoer` — never a silent answer and never another exception. Which
values are "of another type" is read from the annotations, so a new field or parameter is
covered as soon as it is added (and the tables below must name every public function).
"""

from __future__ import annotations

import collections.abc as cabc
import datetime as dt
import enum
import inspect
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest

import passend
from passend import (
    Aanbodafwijzing,
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Bezwaar,
    Bron,
    BuitenBereik,
    Contactmoment,
    Deskundige,
    Deskundigenadvies,
    Dossier,
    ExtraOndersteuning,
    Gebrek,
    GebrekCode,
    Gehoord,
    Gehoorde,
    Handelingsdeel,
    Informatieverzoek,
    Inschrijving,
    Kalender,
    Leerling,
    Ondersteuningsbehoefte,
    OngeldigeInvoer,
    Opp,
    Regio,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schoolwisselmelding,
    Schorsing,
    Sector,
    Symbiose,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Verlenging,
    Verwijdering,
    termijnen,
)
from passend import bekostiging as bk
from passend._waarden import controleer_datum, kalenderdag, plus
from passend.bekostiging.voorbeelden import meerjarenraming_zuid_kennemerland

D = dt.date(2025, 3, 3)
LL = Leerling(id="ll-1", geboortedatum=dt.date(2017, 5, 1))
BESTUUR = Schoolbestuur(id="b-1", naam="Stichting A", soort=Bestuurssoort.BIJZONDER)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV Zuid-Kennemerland", sector=Sector.PO)
BAO = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BESTUUR, swv=SWV)
BAO2 = School(brin="34CD", naam="De Beuk", soort=Schoolsoort.BAO, bestuur=BESTUUR)
SO = School(
    brin="56EF", naam="Molenduin", soort=Schoolsoort.SO, bestuur=BESTUUR, regio=Regio.NOORD,
    cluster=3,
)  # fmt: skip
KAL = Kalender.standaard()
BRON = Bron(wet="WPO", artikel="40", lid="6", regel="BES-01")


class Tijdstempel(dt.datetime):
    """Stands in for a pandas ``Timestamp`` (a datetime subclass) without importing pandas."""


#: Values of many types; each field or argument gets those that do not fit its annotation.
KANDIDATEN: tuple[object, ...] = (
    object(),
    "2025-03-03",
    dt.datetime(2025, 3, 3),
    Tijdstempel(2025, 3, 3),
    2.5,
    True,
    7,
    D,
    (),
    ["tekst"],
    {"a": 1},
    Decimal("1"),
    None,
    Regio.NOORD,
)


def past(waarde: object, soort: Any) -> bool:
    """True when ``waarde`` is of the annotated type ``soort`` (as passend reads it: a date is
    exactly a ``datetime.date``, a ``bool`` is not an ``int``, a tuple field takes a list)."""
    oorsprong, args = typing.get_origin(soort), typing.get_args(soort)
    if soort is Any or oorsprong is cabc.Callable:
        return True
    if oorsprong in (typing.Union, types.UnionType):
        return any(past(waarde, a) for a in args)
    if soort is type(None):
        return waarde is None
    if soort is dt.date:
        return type(waarde) is dt.date
    if oorsprong is tuple and args[-1:] == (...,):
        return isinstance(waarde, tuple | list) and all(past(e, args[0]) for e in waarde)
    if oorsprong is tuple:
        return (
            isinstance(waarde, tuple) and len(waarde) == len(args) and all(map(past, waarde, args))
        )
    if oorsprong in (list, cabc.Sequence):
        return isinstance(waarde, list | tuple) and all(past(e, args[0]) for e in waarde)
    if oorsprong in (cabc.Collection, cabc.Iterable):
        return isinstance(waarde, list | tuple | set | frozenset) and all(
            past(e, args[0]) for e in waarde
        )
    if oorsprong in (dict, cabc.Mapping):
        return isinstance(waarde, cabc.Mapping) and all(
            past(k, args[0]) and past(v, args[1]) for k, v in waarde.items()
        )
    assert oorsprong is None, soort
    if isinstance(waarde, bool) and soort is not bool:
        return False
    return isinstance(waarde, soort)


_NAMEN = {
    **vars(cabc),
    **vars(passend),
    **vars(termijnen),
    **vars(bk),
    "dt": dt,
    "Decimal": Decimal,
}


def _hints(iets: Any) -> dict[str, Any]:
    return typing.get_type_hints(iets, globalns=_NAMEN, localns=_NAMEN)


# --- A valid value of every public attrs class ------------------------------------------------

AANMELDING = Aanmelding(
    leerling=LL,
    school=BAO,
    ontvangen_op=D,
    ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
    verlenging=Verlenging(medegedeeld_op=dt.date(2025, 4, 1), weken=3),
    informatieverzoeken=[Informatieverzoek(verzonden_op=dt.date(2025, 3, 10))],
    besluit=Toelatingsbesluit(datum=dt.date(2025, 5, 1), uitkomst=Toelatingsuitkomst.TOEGELATEN),
)
TLV = Tlv(
    leerling=LL,
    swv=SWV,
    categorie=TlvCategorie.SO_MIDDEN,
    aangevraagd_op=D,
    aanvrager=BAO,
    besluit_op=dt.date(2025, 4, 1),
    uitkomst=TlvUitkomst.AFGEGEVEN,
    ingangsdatum=dt.date(2025, 4, 1),
    einddatum=dt.date(2027, 7, 31),
    adviezen=[Deskundigenadvies(deskundige=Deskundige.PSYCHOLOOG, datum=dt.date(2025, 3, 20))],
)
OPP = Opp(
    leerling=LL,
    school=SO,
    vastgesteld_op=dt.date(2025, 5, 1),
    uitstroombestemming="vso",
    belemmerende_factoren=["prikkels"],
    bevorderende_factoren=["doorzetten"],
    handelingsdeel=Handelingsdeel(ondersteuning="kleine groep"),
    evaluaties=[dt.date(2026, 1, 10)],
    symbiose=(
        SYMBIOSE := Symbiose(andere_school=BAO, begin=dt.date(2025, 9, 1), omvang_procent=20)
    ),
)
VERWIJDERING = Verwijdering(
    leerling=LL,
    school=BAO,
    besluit_op=dt.date(2025, 6, 2),
    gehoord=[Gehoord(wie=Gehoorde.OUDERS, op=dt.date(2025, 5, 20))],
    andere_school=BAO2,
    bezwaar=Bezwaar(ontvangen_op=dt.date(2025, 6, 10)),
)
DOSSIER = Dossier(
    leerling=LL,
    aanmeldingen=[AANMELDING],
    inschrijvingen=[Inschrijving(leerling=LL, school=BAO, ingeschreven_op=dt.date(2025, 5, 1))],
    tlvs=[TLV],
    opps=[OPP],
    verwijderingen=[VERWIJDERING],
    schorsingen=[Schorsing(leerling=LL, school=BAO, begin=D, einde=dt.date(2025, 3, 4))],
    aanbodafwijzingen=[Aanbodafwijzing(leerling=LL, school=BAO2, afgewezen_op=D)],
    ondersteuningen=[ExtraOndersteuning(leerling=LL, school=BAO, vanaf=D)],
    contactmomenten=[Contactmoment(leerling=LL, school=BAO, op=D)],
    schoolwisselmeldingen=[
        Schoolwisselmelding(
            leerling=LL,
            van=BAO,
            naar=BAO2,
            gewisseld_op=D,
            verhuizing=False,
            extra_ondersteuningsbehoefte=True,
        )
    ],
)
MODEL = bk.TopModel.zuid_kennemerland()
BEDRAGEN = bk.Ondersteuningsbedragen(
    jaar=2024, lichte_ondersteuning=Decimal("100"), zware_ondersteuning=Decimal("200"), bron=BRON
)
TELLING = bk.Leerlingtelling(
    teldatum=dt.date(2023, 2, 1), bao=1000, sbo=20, sbo_met_tlv=0, so_met_tlv={}
)
BEGROTING = meerjarenraming_zuid_kennemerland()
SCHOOLBUDGET = bk.schoolbudget(2024, leerlingen=250, plaatsingen=1)
IKC = bk.ikc_volumebekostiging(2024, leerlingen_1_februari=620)

# PO→VO overstap (issue 13)
BESTUUR_VO = Schoolbestuur(id="b-vo", naam="Stichting VO", soort=Bestuurssoort.OPENBAAR)
SWV_VO = Samenwerkingsverband(id="VO2702", naam="SWV VO Zuid-Kennemerland", sector=Sector.VO)
VO = School(brin="78GH", naam="Het Lyceum", soort=Schoolsoort.VO, bestuur=BESTUUR_VO, swv=SWV_VO)
ADVIES = passend.Schooladvies(
    leerling=LL,
    school=BAO,
    soort=passend.Adviessoort.DEFINITIEF,
    niveau=passend.Niveau.HAVO,
    gegeven_op=dt.date(2026, 3, 20),
)
DOORSTROOMTOETS = passend.Doorstroomtoets(
    leerling=LL,
    school=BAO,
    ontvangen_op=dt.date(2026, 3, 1),
    vrijgesteld=False,
    toetsadvies=passend.Niveau.HAVO_VWO,
)
HEROVERWEGING = passend.Heroverweging(
    leerling=LL,
    school=BAO,
    op=dt.date(2026, 3, 10),
    niveau=passend.Niveau.HAVO,
    redenen="Werkhouding.",
)
OKR = passend.OnderwijskundigRapport(
    leerling=LL,
    school=BAO,
    aan=VO,
    opgesteld_op=dt.date(2026, 4, 1),
    kopie_ouders_op=dt.date(2026, 4, 2),
)
MDO = passend.Mdo(
    leerling=LL,
    soort=passend.Mdosoort.MDO_O,
    op=dt.date(2026, 1, 15),
    basisschool=BAO,
    vo_school=VO,
    deelnemers=[passend.Mdodeelnemer.OUDERS],
    behoeften_verstuurd_op=dt.date(2026, 1, 10),
)
LOTING = passend.Loting(
    leerling=LL,
    school=VO,
    bekend_op=dt.date(2026, 3, 27),
    uitkomst=passend.Lotingsuitkomst.INGELOOT,
    uitkomst_op=dt.date(2026, 4, 1),
)
BRUGKLAS = passend.Brugklasbesluit(
    leerling=LL,
    school=VO,
    op=dt.date(2026, 4, 20),
    niveau=passend.Niveau.HAVO,
    grond=passend.Brugklasgrond.SCHOOLADVIES,
)
LWOO = passend.LwooAanwijzing(
    leerling=LL,
    swv=SWV_VO,
    aanvrager=VO,
    aangevraagd_op=dt.date(2026, 4, 1),
    besluit_op=dt.date(2026, 5, 1),
    afgegeven=True,
)
KALENDER_VO = passend.overstapkalender("2025-2026")
TOETS = passend.Toetsresultaat(
    domein=passend.Domein.BEGRIJPEND_LEZEN,
    achterstand=Decimal("0.6"),
    toets="LVS",
    afgenomen_op=dt.date(2026, 1, 12),
)
IQ = passend.Intelligentiemeting(iq=72, toets="WISC-V", afgenomen_op=dt.date(2026, 1, 12))
LWOO_CRITERIA = passend.LwooCriteria(
    iq_van=75, iq_tot=90, achterstand_minimaal=Decimal("0.25"), domeinen=2, grondslag=[BRON]
)
# Finding a place (issue 14)
AANBOD = passend.Ondersteuningsaanbod(
    school=BAO, bron=passend.Aanbodbron.SCHOOLGIDS, vastgesteld_op=D, vormen=["dyslexie"]
)
CAPACITEIT = passend.Capaciteit(
    school=BAO, vastgesteld_op=D, vol_voor_iedereen=True, gepubliceerd=True, groep="groep 3"
)
VERZUIM = passend.Verzuim(
    leerling=LL, school=BAO, sinds=D, terug_op=dt.date(2025, 4, 14), geoorloofd=False
)
STAP = passend.Stap(
    leerling=LL,
    stap=passend.Stapcode.WIE_GAAT_OP_PAD,
    school=BAO,
    op=D,
    ouders_aanwezig=True,
    zoeker=passend.Zoeker.OUDERS,
)
STAPSTATUS = passend.Stapstatus(
    stap="SP-06",
    omschrijving="Wie gaat op pad",
    kant=passend.Kant.VERWIJZEND,
    school=BAO,
    status=passend.Stapstand.GEDAAN,
    blijkt_uit="stap van 2025-03-03",
    uiterlijk=D,
    grondslag=[BRON],
    uitleg="Gedaan.",
)
TIJDLIJNREGEL = passend.Tijdlijnregel(
    soort=passend.Tijdlijnsoort.DOSSIER, van=D, tot=dt.date(2025, 6, 2), omschrijving="Aanmelding"
)


def _voorbeelden() -> list[object]:
    return [
        BRON,
        KAL,
        termijnen.beslistermijn(D),
        Beleid(),
        BESTUUR,
        SO,
        SWV,
        LL,
        passend.aanmelden_vanaf(LL),
        AANMELDING,
        *DOSSIER.contactmomenten,
        AANMELDING.verlenging,
        *AANMELDING.informatieverzoeken,
        AANMELDING.besluit,
        *DOSSIER.inschrijvingen,
        *DOSSIER.aanbodafwijzingen,
        *DOSSIER.schoolwisselmeldingen,
        *TLV.adviezen,
        TLV,
        OPP.handelingsdeel,
        OPP.symbiose,
        OPP,
        *DOSSIER.ondersteuningen,
        *VERWIJDERING.gehoord,
        VERWIJDERING.bezwaar,
        VERWIJDERING,
        *DOSSIER.schorsingen,
        DOSSIER,
        passend.zorgplicht(DOSSIER, D),
        passend.financieel_verantwoordelijke(DOSSIER, D),
        passend.verantwoordelijk_swv(op=D, woonplaats_swv=SWV),
        passend.opp_vereist(DOSSIER, D),
        Gebrek(code=GebrekCode.SCHORSING_TE_LANG, grondslag=[BRON], uitleg="Te lang."),
        passend.catalogus()[GebrekCode.SCHORSING_TE_LANG],
        passend.Aandachtspunt(onderwerp="Onderwerp", uitleg="Uitleg.", grondslag=[BRON]),
        bk.tarieven(2024),
        TELLING,
        BEDRAGEN,
        bk.rijksbijdrage_swv_po(2024, telling=TELLING, bedragen=BEDRAGEN),
        IKC,
        bk.instroombudget(dt.date(2024, 9, 2), soort=bk.Instroomsoort.VOORSCHOOLSE_TLV),
        bk.opmaat_weekbedrag(2024, TlvCategorie.SO_LAAG, weken_per_jaar=40),
        SCHOOLBUDGET,
        SCHOOLBUDGET.regels[0],
        bk.tlv_op_bao(TlvCategorie.SO_MIDDEN, augustus_van=2024),
        MODEL,
        bk.vangnet_so_cluster_3(
            jaar=2024, groei_1_september_1_februari=5, groei_2_februari_1_juni=3
        ),
        BEGROTING.afrondingscontrole(2024)[0],
        BEGROTING,
        BEGROTING.regels[0],
        ADVIES,
        DOORSTROOMTOETS,
        HEROVERWEGING,
        OKR,
        MDO,
        LOTING,
        BRUGKLAS,
        LWOO,
        KALENDER_VO,
        KALENDER_VO.momenten[0],
        TOETS,
        IQ,
        LWOO_CRITERIA,
        passend.pro_criteria(IQ, (TOETS,)),
        AANBOD,
        CAPACITEIT,
        passend.schoolvol(AANMELDING, D, [CAPACITEIT], Beleid.zuid_kennemerland()),
        passend.kandidaatscholen(["dyslexie"], [BAO], [AANBOD], [CAPACITEIT], D)[0],
        passend.dekkend_aanbod([AANBOD], D)[0],
        VERZUIM,
        passend.LANDELIJKE_DEFINITIE,
        passend.thuiszitters([Dossier(leerling=LL)], D)[0],
        STAP,
        STAPSTATUS,
        passend.overzicht(DOSSIER, D),
        passend.tijdlijn(DOSSIER, D),
        TIJDLIJNREGEL,
    ]


def _publieke_klassen() -> list[type]:
    klassen: dict[type, None] = {}
    for module in (passend, termijnen, bk):
        for naam in module.__all__:
            iets = getattr(module, naam)
            if isinstance(iets, type) and not issubclass(iets, BaseException | enum.Enum):
                klassen[iets] = None
    return list(klassen)


def test_elke_publieke_attrs_klasse_heeft_een_voorbeeld() -> None:
    attrs_klassen = {k for k in _publieke_klassen() if attrs.has(k)}
    assert attrs_klassen == {type(v) for v in _voorbeelden()}


@pytest.mark.parametrize("klasse", [k for k in _publieke_klassen() if attrs.has(k)], ids=str)
def test_elk_veld_heeft_een_validator(klasse: type) -> None:
    """Nothing enters a record unchecked: a new field without a validator fails here."""
    zonder = [f.name for f in attrs.fields(klasse) if f.init and f.validator is None]
    assert zonder == []


@pytest.mark.parametrize("voorbeeld", _voorbeelden(), ids=lambda v: type(v).__name__)
def test_elk_veld_weigert_een_waarde_van_een_ander_type(voorbeeld: Any) -> None:
    soorten = _hints(type(voorbeeld))
    niet_geweigerd = []
    for veld in attrs.fields(type(voorbeeld)):
        for kandidaat in KANDIDATEN:
            if not veld.init or past(kandidaat, soorten[veld.name]):
                continue
            try:
                attrs.evolve(voorbeeld, **{veld.alias: kandidaat})
            except OngeldigeInvoer:
                continue
            except Exception as fout:
                niet_geweigerd.append((veld.name, kandidaat, repr(fout)))
            else:
                niet_geweigerd.append((veld.name, kandidaat, "aangenomen"))
    assert niet_geweigerd == []


# --- A valid call of every public function and method ----------------------------------------

OP = dt.date(2025, 6, 2)
WAARDEN: dict[str, Any] = {
    "aanmelden_vanaf": (passend.aanmelden_vanaf, {"leerling": LL, "beleid": Beleid()}),
    "toelating_vanaf": (passend.toelating_vanaf, {"leerling": LL, "beleid": Beleid()}),
    "wennen_vanaf": (passend.wennen_vanaf, {"leerling": LL, "beleid": Beleid()}),
    "verjaardag": (passend.verjaardag, {"leerling": LL, "jaren": 4, "beleid": Beleid()}),
    "leeftijd": (passend.leeftijd, {"leerling": LL, "op": OP, "beleid": Beleid()}),
    "leerplichtig_vanaf": (
        passend.leerplichtig_vanaf,
        {"leerling": LL, "regio": Regio.MIDDEN, "kalender": KAL, "beleid": Beleid()},
    ),
    "atw_feestdagen": (passend.atw_feestdagen, {"jaar": 2026}),
    "zorgplicht": (
        passend.zorgplicht,
        {"dossier": DOSSIER, "op": OP, "beleid": Beleid(), "kalender": KAL},
    ),
    "financieel_verantwoordelijke": (
        passend.financieel_verantwoordelijke,
        {"dossier": DOSSIER, "op": OP, "beleid": Beleid.zuid_kennemerland()},
    ),
    "lopende_termijnen": (
        passend.lopende_termijnen,
        {"dossier": DOSSIER, "op": OP, "kalender": KAL, "beleid": Beleid()},
    ),
    "toets": (passend.toets, {"dossier": DOSSIER, "op": OP, "kalender": KAL, "beleid": Beleid()}),
    "aandachtspunten": (
        passend.aandachtspunten,
        {"dossier": DOSSIER, "op": OP, "kalender": KAL, "beleid": Beleid()},
    ),
    "opp_vereist": (
        passend.opp_vereist,
        {"dossier": DOSSIER, "op": OP, "symbiose": True, "afwijking_onderwijstijd": False},
    ),
    "verantwoordelijk_swv": (
        passend.verantwoordelijk_swv,
        {
            "op": OP,
            "woonplaats_swv": SWV,
            "verwijzende_school": BAO,
            "tlv": TLV,
            "categorie": TlvCategorie.SO_MIDDEN,
        },
    ),
    "aanmelden_advies": (
        termijnen.aanmelden_advies,
        {"gewenste_start": D, "schoolsoort": Schoolsoort.BAO},
    ),
    "beslistermijn": (
        termijnen.beslistermijn,
        {
            "ontvangen_op": D,
            "verlenging_weken": 2,
            "verlenging_medegedeeld_op": dt.date(2025, 4, 1),
            "informatieverzoeken": [(dt.date(2025, 3, 5), dt.date(2025, 3, 12))],
            "schoolsoort": Schoolsoort.BAO,
            "kalender": KAL,
            "beleid": Beleid.rijn_gelderse_vallei(),
        },
    ),
    "beslistermijn_bezwaar": (
        termijnen.beslistermijn_bezwaar,
        {
            "bezwaar_ontvangen_op": D,
            "bestuur_soort": Bestuurssoort.OPENBAAR,
            "bezwaartermijn_einde": dt.date(2025, 3, 14),
            "adviescommissie": True,
            "verdaging_weken": 2,
            "opschortingen": [(dt.date(2025, 3, 20), dt.date(2025, 4, 20))],
            "schoolsoort": Schoolsoort.BAO,
            "kalender": KAL,
            "beleid": Beleid(),
        },
    ),
    "bezwaartermijn": (
        termijnen.bezwaartermijn,
        {
            "bekendgemaakt_op": D,
            "bestuur_soort": Bestuurssoort.OPENBAAR,
            "schoolsoort": Schoolsoort.VO,
            "kalender": KAL,
        },
    ),
    "gpo_oordeel_termijn": (termijnen.gpo_oordeel_termijn, {"ingediend_op": D}),
    "gpo_termijn": (termijnen.gpo_termijn, {"besluit_op": D}),
    "niet_behandelen_termijn": (
        termijnen.niet_behandelen_termijn,
        {"na": D, "schoolsoort": Schoolsoort.SO, "kalender": KAL},
    ),
    "opp_termijn": (
        termijnen.opp_termijn,
        {"ingeschreven_op": D, "schoolsoort": Schoolsoort.SO, "kalender": KAL},
    ),
    "opschorten": (
        termijnen.opschorten,
        {
            "termijn": termijnen.beslistermijn(D),
            "van": dt.date(2025, 3, 10),
            "tot": dt.date(2025, 3, 17),
            "reden": "informatieverzoek",
            "grondslag": [BRON],
            "kalender": KAL,
            "beleid": Beleid(),
        },
    ),
    "schorsing_maximum": (termijnen.schorsing_maximum, {"begin": D, "schoolsoort": Schoolsoort.VO}),
    "tijdelijke_inschrijving_vanaf": (
        termijnen.tijdelijke_inschrijving_vanaf,
        {"termijn": termijnen.beslistermijn(D)},
    ),
    # Methods
    "Bron.met_lid": (BRON.met_lid, {"lid": "2", "zekerheid": passend.Zekerheid.BRONDOCUMENT}),
    "Kalender.met_gelijkgestelde_dagen": (
        KAL.met_gelijkgestelde_dagen,
        {"jaar": 2029, "dagen": [dt.date(2029, 5, 11)], "bron": "KB 2029"},
    ),
    "Kalender.vrije_dag": (KAL.vrije_dag, {"d": D}),
    "Kalender.is_werkdag": (KAL.is_werkdag, {"d": D}),
    "Kalender.atw_einde": (KAL.atw_einde, {"d": D}),
    "Kalender.plus_werkdagen": (KAL.plus_werkdagen, {"d": D, "n": 2}),
    "Kalender.schoolvakantie": (KAL.schoolvakantie, {"d": D, "regio": Regio.NOORD}),
    "Termijn.verstreken": (termijnen.beslistermijn(D).verstreken, {"op": OP}),
    "Termijn.loopt": (termijnen.beslistermijn(D).loopt, {"op": OP}),
    "Aanmelding.stand_op": (AANMELDING.stand_op, {"op": OP}),
    "Aanmelding.aanmeldmoment": (AANMELDING.aanmeldmoment, {"beleid": Beleid()}),
    "Aanmelding.beslistermijn": (AANMELDING.beslistermijn, {"kalender": KAL, "beleid": Beleid()}),
    "Contactmoment.stand_op": (DOSSIER.contactmomenten[0].stand_op, {"op": OP}),
    "Inschrijving.stand_op": (DOSSIER.inschrijvingen[0].stand_op, {"op": OP}),
    "Inschrijving.ingeschreven": (DOSSIER.inschrijvingen[0].ingeschreven, {"op": OP}),
    "Aanbodafwijzing.stand_op": (DOSSIER.aanbodafwijzingen[0].stand_op, {"op": OP}),
    "Schoolwisselmelding.stand_op": (DOSSIER.schoolwisselmeldingen[0].stand_op, {"op": OP}),
    "Tlv.stand_op": (TLV.stand_op, {"op": OP}),
    "Tlv.geldig_op": (TLV.geldig_op, {"op": OP}),
    "Tlv.bezwaartermijn": (TLV.bezwaartermijn, {"kalender": KAL}),
    "Tlv.beslistermijn_bezwaar": (
        attrs.evolve(TLV, bezwaar_ontvangen_op=dt.date(2025, 4, 20)).beslistermijn_bezwaar,
        {"adviescommissie": True, "verdaging_weken": 1, "kalender": KAL, "beleid": Beleid()},
    ),
    "Opp.stand_op": (OPP.stand_op, {"op": OP}),
    "ExtraOndersteuning.stand_op": (DOSSIER.ondersteuningen[0].stand_op, {"op": OP}),
    "Bezwaar.stand_op": (Bezwaar(ontvangen_op=D).stand_op, {"op": OP}),
    "Verwijdering.stand_op": (VERWIJDERING.stand_op, {"op": OP}),
    "Schorsing.stand_op": (DOSSIER.schorsingen[0].stand_op, {"op": OP}),
    "Dossier.stand_op": (DOSSIER.stand_op, {"op": OP}),
    # Funding
    "ikc_plaatsingsbedrag": (
        bk.ikc_plaatsingsbedrag,
        {"jaar": 2024, "aandeel_sbo": Decimal("0.7"), "tarieven": bk.tarieven(2024)},
    ),
    "ikc_tarief": (
        bk.ikc_tarief,
        {"jaar": 2024, "aandeel_sbo": Decimal("0.7"), "tarieven": bk.tarieven(2024)},
    ),
    "tarieven": (bk.tarieven, {"jaar": 2024}),
    "ondersteuningsbedragen": None,  # always NietBekend: nothing is shipped (FIN-01)
    "rijksbijdrage_swv_po": (
        bk.rijksbijdrage_swv_po,
        {
            "jaar": 2024,
            "telling": TELLING,
            "bedragen": BEDRAGEN,
            "tarieven": bk.tarieven(2024),
            "impuls": Decimal("10"),
            "historisch": False,
        },
    ),
    "signaleringswaarde": (bk.signaleringswaarde, {"totale_baten": Decimal("19412806")}),
    "ikc_volumebekostiging": (
        bk.ikc_volumebekostiging,
        {"jaar": 2024, "leerlingen_1_februari": 620, "model": MODEL, "tarieven": bk.tarieven(2024)},
    ),
    "instroombudget": (
        bk.instroombudget,
        {
            "ingeschreven_op": dt.date(2024, 9, 2),
            "soort": bk.Instroomsoort.VOORSCHOOLSE_TLV,
            "uitgeschreven_op": dt.date(2025, 3, 3),
            "model": MODEL,
        },
    ),
    "opmaat_weekbedrag": (
        bk.opmaat_weekbedrag,
        {
            "jaar": 2024,
            "categorie": TlvCategorie.SO_LAAG,
            "weken_per_jaar": 40,
            "tarieven": bk.tarieven(2024),
        },
    ),
    "schoolbudget": (
        bk.schoolbudget,
        {
            "jaar": 2024,
            "leerlingen": 250,
            "plaatsingen": 1,
            "tlvs_op_bao": [TlvCategorie.SO_MIDDEN],
            "dws_plaatsingen": 1,
            "dws_prijs": Decimal("1350"),
            "model": MODEL,
            "tarieven": bk.tarieven(2024),
        },
    ),
    "tlv_op_bao": (
        bk.tlv_op_bao,
        {
            "categorie": TlvCategorie.SO_MIDDEN,
            "augustus_van": 2024,
            "uitgestroomd_op": dt.date(2025, 1, 15),
            "model": MODEL,
            "tarieven": bk.tarieven(2024),
        },
    ),
    "vangnet_so_cluster_3": (
        bk.vangnet_so_cluster_3,
        {"jaar": 2024, "groei_1_september_1_februari": 5, "groei_2_februari_1_juni": 3},
    ),
    "op_centen": (bk.op_centen, {"bedrag": Decimal("1.005")}),
    "op_euros": (bk.op_euros, {"bedrag": Decimal("1.5")}),
    "Tarieven.tarief": (bk.tarieven(2024).tarief, {"categorie": TlvCategorie.SBO}),
    "Tarieven.bron": (bk.tarieven(2024).bron, {"categorie": TlvCategorie.SBO}),
    "IkcVolume.overleg_nodig": (IKC.overleg_nodig, {"leerlingen_nu": 600}),
    "TopModel.bedrag": (MODEL.bedrag, {"jaar": 2024}),
    "Begroting.hoofdgroepen": (BEGROTING.hoofdgroepen, {"kant": bk.Kant.BATEN}),
    "Begroting.subgroepen": (
        BEGROTING.subgroepen,
        {"kant": bk.Kant.BATEN, "hoofdgroep": BEGROTING.hoofdgroepen(bk.Kant.BATEN)[0]},
    ),
    "Begroting.subtotaal": (
        BEGROTING.subtotaal,
        {
            "kant": bk.Kant.BATEN,
            "hoofdgroep": BEGROTING.hoofdgroepen(bk.Kant.BATEN)[0],
            "jaar": 2024,
            "subgroep": None,
        },
    ),
    "Begroting.totale_baten": (BEGROTING.totale_baten, {"jaar": 2024}),
    "Begroting.totale_lasten": (BEGROTING.totale_lasten, {"jaar": 2024}),
    "Begroting.resultaat": (BEGROTING.resultaat, {"jaar": 2024}),
    "Begroting.eigen_vermogen": (BEGROTING.eigen_vermogen, {"begin": Decimal("100")}),
    "Begroting.bestemmingsreserve": (
        BEGROTING.bestemmingsreserve,
        {"jaar": 2024, "begin": Decimal("2560000")},
    ),
    "Begroting.signaleringswaarde": (BEGROTING.signaleringswaarde, {"jaar": 2024}),
    "Begroting.uitleg": (BEGROTING.uitleg, {"jaar": 2024}),
    "Begroting.met_bedrag": (
        BEGROTING.met_bedrag,
        {"naam": BEGROTING.regels[0].naam, "jaar": 2024, "bedrag": Decimal("1")},
    ),
    "Begroting.afrondingscontrole": (BEGROTING.afrondingscontrole, {"jaar": 2024}),
    "Begroting.rijen": (BEGROTING.rijen, {"afgerond": False}),
    "Begrotingsregel.bedrag": (BEGROTING.regels[0].bedrag, {"jaar": 2024}),
    "Begroting.met_groei": (
        BEGROTING.met_groei,
        {"namen": [BEGROTING.regels[0].naam], "groei": Decimal("0.04"), "vanaf": 2025},
    ),
    "Schoolbudget.rijen": (SCHOOLBUDGET.rijen, {"als_getal": True}),
    "Tarieven.rijen": (bk.tarieven(2024).rijen, {"als_getal": True}),
    # The dossier through time
    "overzicht": (
        passend.overzicht,
        {"dossier": DOSSIER, "op": OP, "kalender": KAL, "beleid": Beleid()},
    ),
    "tijdlijn": (
        passend.tijdlijn,
        {"dossier": DOSSIER, "op": D, "kalender": KAL, "beleid": Beleid()},
    ),
    "laatste_feit": (passend.laatste_feit, {"dossier": DOSSIER}),
    "Tijdlijn.rijen": (passend.tijdlijn(DOSSIER, D).rijen, {"als_getal": True}),
    # PO→VO overstap
    "Schooladvies.stand_op": (ADVIES.stand_op, {"op": OP}),
    "Doorstroomtoets.stand_op": (DOORSTROOMTOETS.stand_op, {"op": OP}),
    "Heroverweging.stand_op": (HEROVERWEGING.stand_op, {"op": OP}),
    "OnderwijskundigRapport.stand_op": (OKR.stand_op, {"op": OP}),
    "Mdo.stand_op": (MDO.stand_op, {"op": OP}),
    "Loting.stand_op": (LOTING.stand_op, {"op": OP}),
    "Brugklasbesluit.stand_op": (BRUGKLAS.stand_op, {"op": OP}),
    "LwooAanwijzing.stand_op": (LWOO.stand_op, {"op": OP}),
    "Overstapkalender.moment": (KALENDER_VO.moment, {"naam": "definitief schooladvies"}),
    "overstapkalender": (passend.overstapkalender, {"jaar": "2025-2026"}),
    "schooljaar": (passend.schooljaar, {"d": OP}),
    "vo_beslistermijn": (
        passend.vo_beslistermijn,
        {
            "aanmelding": Aanmelding(
                leerling=LL,
                school=VO,
                ontvangen_op=dt.date(2026, 3, 25),
                ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED,
            ),
            "kalender": KAL,
            "beleid": Beleid(vo_beslistermijn_vanaf_aanmeldweek=True),
        },
    ),
    "pro_criteria": (passend.pro_criteria, {"iq": IQ, "resultaten": (TOETS,)}),
    "lwoo_criteria": (
        passend.lwoo_criteria,
        {"criteria": LWOO_CRITERIA, "iq": IQ, "resultaten": (TOETS,)},
    ),
    # Finding a place
    "Ondersteuningsaanbod.biedt": (AANBOD.biedt, {"vorm": "dyslexie"}),
    "Capaciteit.stand_op": (CAPACITEIT.stand_op, {"op": OP}),
    "schoolvol": (
        passend.schoolvol,
        {
            "aanmelding": AANMELDING,
            "moment": D,
            "capaciteit": [CAPACITEIT],
            "beleid": Beleid.zuid_kennemerland(),
        },
    ),
    "kandidaatscholen": (
        passend.kandidaatscholen,
        {
            "behoeften": ["dyslexie"],
            "scholen": [BAO, BAO2],
            "aanbod": [AANBOD],
            "capaciteit": [CAPACITEIT],
            "op": OP,
            "swv": SWV,
            "groep": "groep 3",
            "beleid": Beleid.zuid_kennemerland(),
        },
    ),
    "dekkend_aanbod": (
        passend.dekkend_aanbod,
        {"aanbod": [AANBOD], "op": OP, "behoeften": ["autisme"], "swv": SWV},
    ),
    "verouderd_aanbod": (passend.verouderd_aanbod, {"aanbod": [AANBOD], "op": OP}),
    "Verzuim.stand_op": (VERZUIM.stand_op, {"op": OP}),
    "thuiszitters": (
        passend.thuiszitters,
        {
            "dossiers": [DOSSIER, Dossier(leerling=LL)],
            "op": OP,
            "definitie": passend.LANDELIJKE_DEFINITIE,
            "kalender": KAL,
            "beleid": Beleid(),
        },
    ),
    "Stap.stand_op": (STAP.stand_op, {"op": OP}),
    "stappenplan": (
        passend.stappenplan,
        {"dossier": DOSSIER, "op": OP, "conflict": False, "beleid": Beleid.zuid_kennemerland()},
    ),
}


def _publieke_aanroepen() -> set[str]:
    """Every public function and method that takes an argument, by name."""
    namen = set()
    for module in (passend, termijnen, bk):
        for naam in module.__all__:
            iets = getattr(module, naam)
            if inspect.isfunction(iets) and inspect.signature(iets).parameters:
                namen.add(naam)
    for klasse in _publieke_klassen():
        for naam, iets in vars(klasse).items():
            functie = getattr(iets, "__func__", iets)
            if naam.startswith("_") or not inspect.isfunction(functie):
                continue
            if set(inspect.signature(functie).parameters) - {"self", "cls"}:
                namen.add(f"{klasse.__name__}.{naam}")
    return namen


def test_elke_publieke_functie_staat_in_de_tabel() -> None:
    assert _publieke_aanroepen() == set(WAARDEN)


@pytest.mark.parametrize("naam", sorted(n for n, w in WAARDEN.items() if w is not None))
def test_elk_argument_weigert_een_waarde_van_een_ander_type(naam: str) -> None:
    functie, geldig = WAARDEN[naam]
    functie(**geldig)  # the valid call works
    soorten = _hints(getattr(functie, "__func__", functie))
    niet_geweigerd = []
    for parameter in geldig:
        for kandidaat in KANDIDATEN:
            if past(kandidaat, soorten[parameter]):
                continue
            try:
                functie(**{**geldig, parameter: kandidaat})
            except OngeldigeInvoer:
                continue
            except Exception as fout:
                niet_geweigerd.append((parameter, kandidaat, repr(fout)))
            else:
                niet_geweigerd.append((parameter, kandidaat, "aangenomen"))
    assert niet_geweigerd == []


# --- The cases of the issue, as a reader would write them -------------------------------------


@pytest.mark.parametrize(
    "op", [dt.datetime(2025, 3, 3), Tijdstempel(2025, 3, 3), "2025-03-03", 20250303]
)
@pytest.mark.parametrize(
    "vraag",
    [
        passend.zorgplicht,
        passend.toets,
        passend.aandachtspunten,
        passend.lopende_termijnen,
        passend.financieel_verantwoordelijke,
        passend.opp_vereist,
        passend.overzicht,
        passend.tijdlijn,
        passend.stappenplan,
    ],
)
def test_peildatum_moet_een_date_zijn(vraag: Callable[[Dossier, Any], object], op: Any) -> None:
    for dossier in (DOSSIER, Dossier(leerling=LL)):
        with pytest.raises(OngeldigeInvoer, match=r"geef een datetime\.date mee") as fout:
            vraag(dossier, op)
        assert fout.value.veld == "op"
        assert fout.value.waarde is op


def test_een_datetime_als_datum_wordt_geweigerd() -> None:
    with pytest.raises(OngeldigeInvoer, match=r"geen tijdstip \(datetime\)") as fout:
        controleer_datum("op", dt.datetime(2025, 3, 3, 12))
    assert fout.value.code == "ongeldige_invoer"
    with pytest.raises(OngeldigeInvoer, match="geen tekst"):
        controleer_datum("op", "2025-03-03")


def test_enum_argument_geen_tekst() -> None:
    """Before: "openbaar" silently gave the bijzonder term (sector law, no Awb 6:9 week)."""
    with pytest.raises(OngeldigeInvoer, match="verwacht een Bestuurssoort") as fout:
        termijnen.bezwaartermijn(D, bestuur_soort="openbaar")  # type: ignore[arg-type]
    assert fout.value.veld == "bestuur_soort"


def test_plus_werkdagen_weigert_een_gebroken_aantal() -> None:
    with pytest.raises(OngeldigeInvoer, match="geheel aantal werkdagen") as fout:
        KAL.plus_werkdagen(D, 2.5)  # type: ignore[arg-type]
    assert fout.value.veld == "n"


def test_record_velden_uit_het_issue() -> None:
    with pytest.raises(OngeldigeInvoer, match="verwacht een Uitzondering"):
        attrs.evolve(AANMELDING, uitzondering="school vol voor alle leerlingen")  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="verwacht een Samenwerkingsverband"):
        attrs.evolve(BAO, swv="PO2702")  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="verwacht een Regio"):
        attrs.evolve(BAO, regio="Noord")  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="cluster is 1, 2, 3 of 4"):
        attrs.evolve(SO, cluster=True)
    with pytest.raises(OngeldigeInvoer, match="verwacht een School") as fout:
        attrs.evolve(VERWIJDERING, andere_school="34CD")  # type: ignore[arg-type]
    assert fout.value.veld == "andere_school"
    with pytest.raises(OngeldigeInvoer, match="verwacht een Gehoord") as fout:
        attrs.evolve(VERWIJDERING, gehoord=[("ouders", D)])  # type: ignore[list-item]
    assert fout.value.veld == "gehoord[0]"
    with pytest.raises(OngeldigeInvoer, match="verwacht een Informatieverzoek"):
        attrs.evolve(AANMELDING, informatieverzoeken=[D])  # type: ignore[list-item]
    with pytest.raises(OngeldigeInvoer, match="verwacht een lijst of tuple, geen tekst"):
        attrs.evolve(OPP, belemmerende_factoren="prikkels")  # type: ignore[arg-type]


def test_termijn_eindigt_niet_voor_zijn_begin() -> None:
    """The right types in the wrong order are a contradiction the record itself refuses."""
    t = termijnen.beslistermijn(D)
    with pytest.raises(OngeldigeInvoer, match=r"begin .* ≤ nominaal_einde .* ≤ einde"):
        attrs.evolve(t, einde=t.begin - dt.timedelta(days=1))


def test_een_set_of_generator_is_geen_lijst() -> None:
    """Order matters in a record (the first aanmelding, the last OPP): only lists and tuples."""
    with pytest.raises(OngeldigeInvoer, match="geen set"):
        Dossier(leerling=LL, aanmeldingen={AANMELDING})  # type: ignore[arg-type]
    with pytest.raises(OngeldigeInvoer, match="geen generator"):
        Dossier(leerling=LL, aanmeldingen=(a for a in [AANMELDING]))  # type: ignore[arg-type]


# --- Date arithmetic stays within the calendar ------------------------------------------------

MAX, MIN = dt.date.max, dt.date.min


def _antwoord(vraag: Callable[[], object]) -> object:
    """The answer, or the BuitenBereik raised instead; any other exception fails the test."""
    try:
        return vraag()
    except BuitenBereik as fout:
        return fout


def test_plus_en_kalenderdag_geven_buiten_bereik() -> None:
    assert plus(D, dt.timedelta(days=1)) == dt.date(2025, 3, 4)
    with pytest.raises(BuitenBereik, match="jaar 1 tot en met 9999"):
        plus(MAX, dt.timedelta(days=1))
    with pytest.raises(BuitenBereik):
        plus(MIN, -dt.timedelta(days=1))
    from dateutil.relativedelta import relativedelta

    with pytest.raises(BuitenBereik):
        plus(dt.date(9999, 12, 1), relativedelta(months=1))
    assert kalenderdag(2026, 7, 31) == dt.date(2026, 7, 31)
    with pytest.raises(BuitenBereik, match="jaar"):
        kalenderdag(10000, 7, 31)


@pytest.mark.parametrize("dag", [MIN, MAX, dt.date(9999, 12, 30), dt.date(1, 1, 2)])
@pytest.mark.parametrize(
    "term",
    [
        termijnen.beslistermijn,
        termijnen.opp_termijn,
        termijnen.niet_behandelen_termijn,
        termijnen.gpo_termijn,
        termijnen.gpo_oordeel_termijn,
        termijnen.schorsing_maximum,
        termijnen.aanmelden_advies,
        lambda d: termijnen.bezwaartermijn(d, bestuur_soort=Bestuurssoort.BIJZONDER),
        lambda d: termijnen.beslistermijn_bezwaar(d, bestuur_soort=Bestuurssoort.BIJZONDER),
    ],
)
def test_termijnen_aan_de_randen_van_de_kalender(
    term: Callable[[dt.date], object], dag: dt.date
) -> None:
    """A term that ends beyond year 9999 (or starts before year 1) is out of range; one that
    fits is computed. The Atw calendar itself only covers 2017-2030."""
    uitkomst = _antwoord(lambda: term(dag))
    assert isinstance(uitkomst, termijnen.Termijn | BuitenBereik)
    if dag == MAX and term is not termijnen.aanmelden_advies:
        assert isinstance(uitkomst, BuitenBereik)  # every forward term ends after 9999-12-31


@pytest.mark.parametrize("geboren", [MIN, MAX, dt.date(9996, 2, 29), dt.date(1, 3, 1)])
def test_leeftijden_aan_de_randen(geboren: dt.date) -> None:
    ll = Leerling(id="ll-rand", geboortedatum=geboren)
    for vraag, jaren in (
        (passend.aanmelden_vanaf, 3),
        (passend.toelating_vanaf, 4),
        (passend.wennen_vanaf, 4),
    ):
        uitkomst = _antwoord(lambda: vraag(ll))  # noqa: B023 - called at once
        assert isinstance(uitkomst, passend.Mijlpaal | BuitenBereik)
        assert isinstance(uitkomst, BuitenBereik) == (geboren.year + jaren > 9999)
    leerplicht = _antwoord(lambda: passend.leerplichtig_vanaf(ll, Regio.NOORD))
    assert isinstance(leerplicht, BuitenBereik)  # school holidays are known 2015-2030 only
    assert passend.leeftijd(ll, MAX) == 9999 - geboren.year  # every birthday is before 31-12


def test_open_einde_9999_geeft_gewone_antwoorden() -> None:
    """9999-12-31 as "no end" on a record leaves the questions on an ordinary day answerable."""
    open_einde = dt.date(9999, 12, 31)
    dossier = Dossier(
        leerling=LL,
        inschrijvingen=[
            Inschrijving(leerling=LL, school=SO, ingeschreven_op=D, uitgeschreven_op=open_einde)
        ],
        tlvs=[attrs.evolve(TLV, einddatum=open_einde)],
        ondersteuningen=[ExtraOndersteuning(leerling=LL, school=SO, vanaf=D, tot=open_einde)],
        schorsingen=[Schorsing(leerling=LL, school=SO, begin=D, einde=open_einde)],
        opps=[attrs.evolve(OPP, symbiose=attrs.evolve(SYMBIOSE, einde=open_einde))],
    )
    assert passend.zorgplicht(dossier, OP).school == SO
    assert passend.opp_vereist(dossier, OP).vereist
    assert any(t.naam == "Maximale duur schorsing" for t in passend.lopende_termijnen(dossier, D))
    assert GebrekCode.SCHORSING_TE_LANG in {g.code for g in passend.toets(dossier, OP)}
    assert passend.aandachtspunten(dossier, OP)
    assert passend.financieel_verantwoordelijke(dossier, OP, beleid=Beleid.zuid_kennemerland())
    assert TLV.geldig_op(OP)
