"""Wie op een gegeven dag de zorgplicht voor een leerling draagt (rules.md ZP-01 met AAN-05…08,
BES-02).

De zorgplicht ligt altijd bij een bevoegd gezag. :func:`zorgplicht` leest het dossier zoals het
op de peildatum was één keer (:func:`passend._zorgplicht_stand.lees`) en past deze stappen op
volgorde toe; elke stap beslist of geeft door, zodat de regel die besliste afzonderlijk te
noemen (en te testen) is:

0. ``_voor_passend_onderwijs``: vóór 1 augustus 2014 wordt niets beoordeeld (LAW-01);
1. ``_aanmelding_telt``: een lopende schriftelijke aanmelding (de eerste voorkeur van de ouders,
   AAN-05) met een (vermoede) extra ondersteuningsbehoefte → het bestuur van die school, vanaf
   ontvangst; daarbinnen ``_gedeelde_zorgplicht`` (regionaal) en ``_tijdelijke_inschrijving``
   (tijdelijk ingeschreven, of na afloop van de (verlengde) beslistermijn zonder besluit het
   recht daarop, BES-02);
2. ``_behoefte_niet_extra``: die aanmelding noemt geen of een onbekende ondersteuningsbehoefte
   (met de school van inschrijving als terugval);
3. ``_morele_zorgplicht`` (regionaal): vanaf het eerste contact, vóór elke aanmelding;
4. ``_aanbod_afgewezen``: ouders wezen een aangeboden passende plaats af → de zorgplicht is
   geëindigd;
5. ``_ingeschreven_stap``: een ingeschreven leerling → het bestuur van de school van
   inschrijving;
6. ``_uitzondering_stap``: een aanmelding waarvoor een uitzondering geldt → daarvoor geen
   zorgplicht;
7. ``_niets``: op die dag telt niets.

Een regionaal :class:`~passend.Beleid` kan het antwoord veranderen; het wettelijke antwoord
staat dan in :attr:`Zorgplichtoordeel.wettelijk`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
from dateutil.relativedelta import relativedelta

from passend._aanmelding import (
    Aanmelding,
    Ondersteuningsbehoefte,
    Toelatingsuitkomst,
    Uitzondering,
    uitzondering_bron,
)
from passend._beleid import Beleid, beleid_of_standaard
from passend._bronnen import (
    MVT_AANBOD,
    OVR_CLUSTER_1_2,
    PASSEND_ONDERWIJS_VANAF,
    SEED_001_GEDEELD,
    SEED_004_BAO_BAO,
    SEED_004_HAARLEM,
    SEED_004_MOREEL,
    TOP_BUDGET,
    WEC_40_VERWIJDEREN,
    WEC_TIJDELIJK,
    WEC_ZORGPLICHT,
    WET_PASSEND_ONDERWIJS,
    WPO_40_VERWIJDEREN,
    WPO_TIJDELIJK,
    WPO_ZORGPLICHT,
    WVO_8_15_VERWIJDEREN,
    WVO_TIJDELIJK,
    WVO_ZORGPLICHT,
    Bron,
    per_wet,
)
from passend._dossier import Dossier
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender, dagnaam
from passend._leeftijd import toelating_vanaf
from passend._opp_behoefte import inschrijving_op
from passend._partijen import School, Schoolbestuur, Schoolsoort
from passend._tlv import verwijzing
from passend._voorkeur import Keuze, kies
from passend._voorkeur import schoolnaam as _schoolnaam
from passend._waarden import (
    als_bronnen,
    controleer_optie,
    controleer_soort,
    elk_een,
    is_datum,
    is_datum_of_none,
    is_tekst_of_none,
    is_type_of_none,
    niet_leeg,
    plus,
)
from passend._weergave import Weergave
from passend._zorgplicht_stand import (
    Stand,
    Zorgplichtoordeel,
    ZorgplichtReden,
    laatste,
    lees,
    uitkomst,
)
from passend.termijnen import _zonder_kb_twijfel, tijdelijke_inschrijving_vanaf

__all__ = [
    "FinancieleVerantwoordelijkheid",
    "ZorgplichtReden",
    "Zorgplichtoordeel",
    "financieel_verantwoordelijke",
    "zorgplicht",
]

# A support need that makes the zorgplicht bite (AAN-07: stated or suspected at aanmelding).
_EXTRA = (Ondersteuningsbehoefte.VERMOED, Ondersteuningsbehoefte.VASTGESTELD)
# Schools under the WPO, where its age rules apply (aanmelding from 3, toelating from 4;
# AAN-02). The WEC (SO) has its own rules, not in rules.md, so none are applied there.
_PO_LEEFTIJD = (Schoolsoort.BAO, Schoolsoort.SBO)


def _zorgplicht_bron(school: School) -> Bron:
    return per_wet(school.soort.wet, WPO_ZORGPLICHT, WEC_ZORGPLICHT, WVO_ZORGPLICHT)


def _ingeschreven(dossier: Dossier, op: dt.date) -> Inschrijving | None:
    """De inschrijving op ``op`` zoals het dossier die vastlegt."""
    return laatste(dossier.inschrijvingen, op)


# --- The steps of the zorgplicht decision ------------------------------------------------------
# Each step reads the Stand and either decides (returns a Zorgplichtoordeel) or passes on
# (returns None); _oordeel runs them in the order of the module docstring.


def _voor_passend_onderwijs(st: Stand) -> Zorgplichtoordeel | None:
    """Stap 0: vóór 1 augustus 2014 bestond passend onderwijs niet; er wordt niets naar beoordeeld.

    Grondslag:
        Wet passend onderwijs (Stb. 2012, 533), in werking vanaf 1 augustus 2014 (LAW-01).
    """
    if st.op >= PASSEND_ONDERWIJS_VANAF:
        return None
    return uitkomst(
        st,
        ZorgplichtReden.NIET_VAN_TOEPASSING,
        None,
        None,
        "Geen oordeel: vóór 1 augustus 2014 gold passend onderwijs nog niet, dus ook de "
        "zorgplicht niet (LAW-01).",
        (WET_PASSEND_ONDERWIJS,),
        noten=(),
    )


def _aanmelding_telt(st: Stand) -> Zorgplichtoordeel | None:
    """Stap 1: een lopende aanmelding (de eerste voorkeur van de ouders) met een (vermoede)
    extra ondersteuningsbehoefte beslist.

    Regionaal beleid kan de zorgplicht bij de school van inschrijving houden; na de
    beslistermijn kan de leerling recht hebben op tijdelijke inschrijving; anders draagt het
    bestuur van de school van aanmelding hem vanaf ontvangst.

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (ZP-01, AAN-05, AAN-08).
    """
    keuze = st.keuze
    if keuze is None or keuze.gekozen.ondersteuningsbehoefte not in _EXTRA:
        return None
    for stap in (_gedeelde_zorgplicht, _tijdelijke_inschrijving):
        if (oordeel := stap(st, keuze)) is not None:
            return oordeel
    return _aangemeld(st, keuze, keuze.noten, _aanmeldbronnen(st, keuze))


def _aangemeld(
    st: Stand, keuze: Keuze[Aanmelding], noten: tuple[str, ...], bronnen: tuple[Bron, ...]
) -> Zorgplichtoordeel:
    """De zorgplicht van de school van aanmelding, vanaf ontvangst."""
    a = keuze.gekozen
    return uitkomst(
        st,
        ZorgplichtReden.AANMELDING,
        a.school,
        keuze.moment,
        f"Zorgplicht bij het bestuur van {_schoolnaam(a.school)}: schriftelijk aangemeld op "
        f"{dagnaam(keuze.moment)} met (vermoedelijk) extra ondersteuningsbehoefte.",
        bronnen,
        noten=noten,
    )


def _aanmeldbronnen(st: Stand, keuze: Keuze[Aanmelding]) -> tuple[Bron, ...]:
    """Het zorgplichtartikel van de school van aanmelding, hoe die gekozen is, en het Haarlemse
    beleid als dat de dag van aanmelding bepaalde."""
    bronnen = (_zorgplicht_bron(keuze.gekozen.school), *keuze.grondslag)
    if st.beleid.centrale_plaatsing and keuze.gekozen.school.soort is Schoolsoort.BAO:
        bronnen += (SEED_004_HAARLEM,)
    return bronnen


def _gedeelde_zorgplicht(st: Stand, keuze: Keuze[Aanmelding]) -> Zorgplichtoordeel | None:
    """Stap 1a (regionaal, ``Beleid.zorgplicht_over_bij_inschrijving``): een school van voorkeur
    die niet in de behoefte kan voorzien (ze weigerde, met een andere school die bereid is) of
    de school van inschrijving houdt de zorgplicht tot de leerling elders is ingeschreven; de
    school waar nu is aangemeld deelt hem intussen.

    Grondslag:
        "Zorgplicht in schema" (SWV Rijn & Gelderse Vallei, 2022) § 8 (ZP-02, regionaal; de wet
        is AAN-08).
    """
    if not st.beleid.zorgplicht_over_bij_inschrijving:
        return None
    a, inschrijving = keuze.gekozen, st.inschrijving
    geweigerd = [
        am
        for am in st.kandidaten
        if am[0].ondersteuningsbehoefte in _EXTRA
        and am[0].besluit is not None
        and am[0].besluit.uitkomst is Toelatingsuitkomst.GEWEIGERD
    ]
    if inschrijving is not None:
        eigenaar, sinds = inschrijving.school, inschrijving.ingeschreven_op
    elif geweigerd:
        eerste = kies(geweigerd)
        eigenaar, sinds = eerste.gekozen.school, eerste.moment
    else:
        return None
    if eigenaar == a.school:
        return None
    reden = ZorgplichtReden.AANMELDING
    if inschrijving is not None:
        reden = (
            ZorgplichtReden.TIJDELIJK_INGESCHREVEN
            if inschrijving.tijdelijk
            else ZorgplichtReden.INGESCHREVEN
        )
    return uitkomst(
        st,
        reden,
        eigenaar,
        sinds,
        f"Zorgplicht bij het bestuur van {_schoolnaam(eigenaar)}: volgens regionaal "
        f"beleid gaat zij pas over bij inschrijving; {_schoolnaam(a.school)}, waar de "
        "leerling is aangemeld, deelt haar zolang (gedeelde zorgplicht).",
        (_zorgplicht_bron(eigenaar), *_aanmeldbronnen(st, keuze)[1:], SEED_001_GEDEELD),
        noten=keuze.noten,
        gedeeld_met=a.school,
    )


def _tijdelijke_inschrijving(st: Stand, keuze: Keuze[Aanmelding]) -> Zorgplichtoordeel | None:
    """Stap 1b: nog geen besluit, en de leerling is tijdelijk ingeschreven op de school van
    aanmelding, of de beslistermijn is afgelopen en de leerling staat niet elders ingeschreven:
    (recht op) tijdelijke inschrijving daar tot het besluit (BES-02); op een WPO-school niet
    vóór de vierde verjaardag (een afleiding die rules.md ONGEVERIFIEERD noemt; de uitleg zegt
    dat).

    Grondslag:
        WPO art. 40 lid 6, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-02); WPO art. 39
        lid 1 (AAN-02).
    """
    a, inschrijving = keuze.gekozen, st.inschrijving
    if a.besluit is not None or st.hier not in (None, a.school):
        return None
    tijdelijk = per_wet(a.school.soort.wet, WPO_TIJDELIJK, WEC_TIJDELIJK, WVO_TIJDELIJK)
    if inschrijving is not None and inschrijving.tijdelijk:
        return uitkomst(
            st,
            ZorgplichtReden.TIJDELIJK_INGESCHREVEN,
            a.school,
            inschrijving.ingeschreven_op,
            f"Zorgplicht bij het bestuur van {_schoolnaam(a.school)}: de leerling staat daar "
            f"sinds {dagnaam(inschrijving.ingeschreven_op)} tijdelijk ingeschreven, tot het "
            "besluit op de aanmelding (BES-02).",
            (*_aanmeldbronnen(st, keuze), tijdelijk),
            noten=keuze.noten,
        )
    # A missing KB list (rules.md T-04) only matters near the end of the term.
    termijn, zeker = _zonder_kb_twijfel(
        lambda k: a.beslistermijn(kalender=k, beleid=st.beleid), st.op, st.kalender
    )
    recht = tijdelijke_inschrijving_vanaf(termijn)
    if st.op < recht:
        return None
    vier = toelating_vanaf(st.dossier.leerling, beleid=st.beleid)
    noten, bronnen = keuze.noten, _aanmeldbronnen(st, keuze)
    if a.school.soort in _PO_LEEFTIJD and vier.datum > recht:
        noten += (
            f"De beslistermijn eindigde op {dagnaam(plus(recht, -dt.timedelta(days=1)))}, "
            f"maar inschrijven kan pas vanaf de vierde verjaardag "
            f"({dagnaam(vier.datum)}); het recht op tijdelijke inschrijving gaat dan "
            "in (afgeleid, BES-02).",
        )
        bronnen += vier.grondslag
        if st.op < vier.datum:
            return _aangemeld(st, keuze, noten, bronnen)
        recht, zeker = vier.datum, True
    zin = (
        f"vanaf {dagnaam(recht)} recht op tijdelijke inschrijving tot het besluit."
        if zeker
        else "recht op tijdelijke inschrijving tot het besluit; de eerste dag daarvan "
        "hangt af van de lijst van bij KB gelijkgestelde dagen van "
        f"{termijn.einde.year}, die niet bekend is."
    )
    return uitkomst(
        st,
        ZorgplichtReden.TIJDELIJK_INGESCHREVEN,
        a.school,
        recht if zeker else None,
        f"Zorgplicht bij het bestuur van {_schoolnaam(a.school)}: de beslistermijn "
        "is verstreken zonder besluit en de leerling staat niet elders ingeschreven, "
        f"dus heeft zij {zin}",
        (*bronnen, tijdelijk),
        noten=noten,
    )


def _ondersteund(st: Stand, school: School) -> str | None:
    """Hoe het dossier toont dat de leerling op ``op`` extra ondersteuning krijgt op ``school``."""
    if school.soort.gespecialiseerd:
        return f"op een school voor {school.soort.name} krijgt elke leerling extra ondersteuning"
    for o in st.dossier.ondersteuningen:
        if o.school == school and o.vanaf <= st.op and (o.tot is None or st.op < o.tot):
            return f"de leerling krijgt daar extra ondersteuning sinds {dagnaam(o.vanaf)}"
    opp = max(
        (o for o in st.dossier.opps if o.school == school),
        key=lambda o: o.vastgesteld_op,
        default=None,
    )
    if opp is not None:
        return f"de leerling heeft daar een OPP (vastgesteld {dagnaam(opp.vastgesteld_op)})"
    return None


def _behoefte_niet_extra(st: Stand) -> Zorgplichtoordeel | None:
    """Stap 2: de aanmelding die beslist noemt geen extra ondersteuningsbehoefte (de gewone
    toelatingsregels gelden: daarvoor geen zorgplicht) of een onbekende (het antwoord kan nog
    niet worden gegeven).

    Voor een leerling die op dezelfde school staat ingeschreven gaat dit door naar de
    inschrijving (stap 5). Staat de leerling elders ingeschreven, dan verschuift een aanmelding
    zonder ondersteuningsbehoefte niets (stap 5 met een opmerking); bij een onbekende behoefte is
    het antwoord onbekend en noemt het de school van inschrijving als terugval: haar bestuur
    houdt de leerling tot de behoefte op de nieuwe school bekend is (AAN-08).

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (AAN-07, AAN-08: de
        zorgplicht geldt voor leerlingen die extra ondersteuning nodig hebben).
    """
    keuze = st.keuze
    if keuze is None or keuze.gekozen.ondersteuningsbehoefte in _EXTRA:
        return None
    a, hier = keuze.gekozen, st.hier
    bronnen = (_zorgplicht_bron(a.school), *keuze.grondslag)
    geen = a.ondersteuningsbehoefte is Ondersteuningsbehoefte.GEEN
    if hier is not None and (geen or hier == a.school):
        return None
    if geen:
        return uitkomst(
            st,
            ZorgplichtReden.GEEN_EXTRA_ONDERSTEUNING,
            a.school,
            keuze.moment,
            f"Geen zorgplicht: bij de aanmelding bij {_schoolnaam(a.school)} is geen extra "
            "ondersteuning nodig, dus gelden de gewone toelatingsregels.",
            bronnen,
            noten=keuze.noten,
            draagt=False,
        )
    zin = (
        f"Zorgplicht onbekend: de ondersteuningsbehoefte bij de aanmelding bij "
        f"{_schoolnaam(a.school)} is niet vastgesteld."
    )
    if hier is None or st.inschrijving is None:
        return uitkomst(
            st,
            ZorgplichtReden.ONBEKEND,
            a.school,
            keuze.moment,
            zin,
            bronnen,
            noten=keuze.noten,
            draagt=False,
        )
    steun = _ondersteund(st, hier)
    return uitkomst(
        st,
        ZorgplichtReden.ONBEKEND,
        hier,
        st.inschrijving.ingeschreven_op,
        f"{zin} Heeft de leerling extra ondersteuning nodig, dan ligt de zorgplicht sinds "
        f"{dagnaam(keuze.moment)} bij het bestuur van {_schoolnaam(a.school)} (AAN-08). Tot dat "
        f"vaststaat noemt passend het bestuur van {_schoolnaam(hier)}, waar de leerling "
        f"ingeschreven staat, als terugval" + (f" ({steun})." if steun else "."),
        (*bronnen, _zorgplicht_bron(hier)),
        noten=keuze.noten,
    )


def _morele_zorgplicht(st: Stand) -> Zorgplichtoordeel | None:
    """Stap 3 (regionaal, ``Beleid.morele_zorgplicht``): vóór elke schriftelijke aanmelding en
    inschrijving een "morele zorgplicht" vanaf het eerste contact met een school. Benaderden de
    ouders meer scholen, dan neemt de school van hun voorkeur hem op zich (zonder vastgelegde
    voorkeur: de eerst benaderde, gemeld als beleidskeuze).

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 6.1.1 (OVR-10, regionaal).
    """
    if not st.beleid.morele_zorgplicht or st.hier is not None:
        return None
    grens = max((x.afgewezen_op for x in st.dossier.aanbodafwijzingen), default=None)
    contacten = [(c, c.op) for c in st.dossier.contactmomenten if grens is None or c.op > grens]
    if not contacten:
        return None
    keuze = kies(contacten, "De ouders namen contact op met meer scholen", "contacten met")
    c = keuze.gekozen
    return uitkomst(
        st,
        ZorgplichtReden.MOREEL,
        c.school,
        c.op,
        f"Morele zorgplicht bij {_schoolnaam(c.school)} sinds het contact op {dagnaam(c.op)} "
        "(regionale afspraak); een wettelijke zorgplicht ontstaat pas bij een schriftelijke "
        "aanmelding.",
        (SEED_004_MOREEL,),
        noten=(*keuze.noten, *st.noten),
    )


def _aanbod_afgewezen(st: Stand) -> Zorgplichtoordeel | None:
    """Stap 4: de ouders wezen een aangeboden passende plaats af (na de huidige inschrijving,
    als die er is): de zorgplicht is geëindigd tot een nieuwe aanmelding.

    Grondslag:
        Kamerstukken II 2011/12, 33106, nr. 3 volgens de juridische analyse van KBA Nijmegen
        (2024) § 2.2 (ZP-01).
    """
    inschrijving = st.inschrijving
    afwijzingen = [
        x
        for x in st.dossier.aanbodafwijzingen
        if inschrijving is None or x.afgewezen_op >= inschrijving.ingeschreven_op
    ]
    if not afwijzingen:
        return None
    recentste = max(afwijzingen, key=lambda x: x.afgewezen_op)
    return uitkomst(
        st,
        ZorgplichtReden.AANBOD_AFGEWEZEN,
        None,
        recentste.afgewezen_op,
        f"Geen zorgplicht meer: de ouders hebben op {dagnaam(recentste.afgewezen_op)} een "
        f"passende plaats op {_schoolnaam(recentste.school)} afgewezen; zij zoeken nu zelf "
        "een school.",
        (_zorgplicht_bron(recentste.school), MVT_AANBOD),
    )


def _ingeschreven_stap(st: Stand) -> Zorgplichtoordeel | None:
    """Stap 5: de leerling staat ingeschreven: het bestuur van die school, voor zover de
    leerling extra ondersteuning nodig heeft. Een verwijdering, besloten of alleen voorgenomen,
    beëindigt niets zolang de leerling daar staat ingeschreven (VER-01: ook een feitelijke
    uitsluiting zonder besluit); een aanmelding elders zonder ondersteuningsbehoefte evenmin.
    Een inschrijving van vóór 1 augustus 2014 geeft een zorgplicht vanaf die dag (LAW-01).

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (ZP-01); WPO art. 40
        lid 11, WEC art. 40 lid 18, WVO 2020 art. 8.15 lid 2 (VER-01).
    """
    inschrijving, keuze = st.inschrijving, st.keuze
    if inschrijving is None:
        return None
    school, tijdelijk = inschrijving.school, inschrijving.tijdelijk
    bronnen: tuple[Bron, ...] = (_zorgplicht_bron(school),)
    noten = st.noten
    if keuze is not None and keuze.gekozen.school != school:
        noten += (
            f"De aanmelding bij {_schoolnaam(keuze.gekozen.school)} is zonder extra "
            "ondersteuningsbehoefte: daarvoor gelden de gewone toelatingsregels, en zij "
            "verplaatst de zorgplicht niet.",
        )
    if any(v.school == school for v in st.dossier.verwijderingen):
        noten += (
            "Er loopt een verwijdering, maar zolang de leerling hier ingeschreven staat, blijft "
            "de zorgplicht hier; ook een feitelijke uitsluiting zonder besluit verandert dat "
            "niet (VER-01).",
        )
        bronnen += (
            per_wet(school.soort.wet, WPO_40_VERWIJDEREN, WEC_40_VERWIJDEREN, WVO_8_15_VERWIJDEREN),
        )
    sinds = inschrijving.ingeschreven_op
    if sinds < PASSEND_ONDERWIJS_VANAF:
        sinds = PASSEND_ONDERWIJS_VANAF
        noten += ("De zorgplicht van passend onderwijs bestaat sinds 1 augustus 2014 (LAW-01).",)
        bronnen += (WET_PASSEND_ONDERWIJS,)
    return uitkomst(
        st,
        ZorgplichtReden.TIJDELIJK_INGESCHREVEN if tijdelijk else ZorgplichtReden.INGESCHREVEN,
        school,
        sinds,
        f"Zorgplicht bij het bestuur van {_schoolnaam(school)}: de leerling "
        f"staat daar {'tijdelijk ' if tijdelijk else ''}ingeschreven sinds "
        f"{dagnaam(inschrijving.ingeschreven_op)}, voor zover zij extra ondersteuning nodig "
        "heeft. Een TLV of een andere school die wil toelaten verandert dat pas bij "
        "inschrijving elders.",
        bronnen,
        noten=noten,
    )


def _uitzondering_stap(st: Stand) -> Zorgplichtoordeel | None:
    """Stap 6: alleen aanmeldingen onder een uitzondering lopen: daarvoor geen zorgplicht
    (AAN-07). Een aanmelding bij een instelling voor cluster 1/2 is er een, afgeleid uit de
    school (OVR-08).

    Grondslag:
        WPO art. 40 lid 3 en 5, WEC art. 40 lid 4 en 6, WVO 2020 art. 8.9 lid 1 en 3 (AAN-07);
        cluster 1/2: WEC (OVR-08).
    """
    uitzonderingen = [(a, m, u) for a, m in st.lopend if (u := st.uitzondering(a, m)) is not None]
    if not uitzonderingen:
        return None
    keuze = kies([(a, m) for a, m, _ in uitzonderingen])
    a = keuze.gekozen
    soort = next(u for x, _, u in uitzonderingen if x is a)
    bronnen = (uitzondering_bron(a.school, soort), *keuze.grondslag)
    if soort is Uitzondering.CLUSTER_1_2:
        bronnen += (OVR_CLUSTER_1_2,)
    return uitkomst(
        st,
        ZorgplichtReden.UITZONDERING,
        a.school,
        keuze.moment,
        f"Geen zorgplicht voor de aanmelding bij {_schoolnaam(a.school)}.",
        bronnen,
        draagt=False,
        uitzondering=soort,
    )


def _niets(st: Stand) -> Zorgplichtoordeel:
    """Laatste stap: op ``op`` telt niets. Een aanmelding van vóór passend onderwijs wordt er
    niet naar beoordeeld; anders geen zorgplicht (of, zonder gegevens, geen bekende).

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (ZP-01); Wet passend
        onderwijs (LAW-01).
    """
    if st.oud:
        a = max(st.oud, key=lambda x: x.ontvangen_op)
        return uitkomst(
            st,
            ZorgplichtReden.NIET_VAN_TOEPASSING,
            a.school,
            None,
            f"Geen oordeel volgens passend onderwijs over de aanmelding bij "
            f"{_schoolnaam(a.school)}.",
            (WET_PASSEND_ONDERWIJS,),
            draagt=False,
        )
    alle = (WPO_ZORGPLICHT, WEC_ZORGPLICHT, WVO_ZORGPLICHT)
    if st.dossier.records():
        return uitkomst(
            st,
            ZorgplichtReden.GEEN_AANMELDING,
            None,
            None,
            "Geen zorgplicht: op deze dag telt geen aanmelding en staat de leerling nergens "
            "ingeschreven.",
            alle,
        )
    return uitkomst(
        st,
        ZorgplichtReden.GEEN_DOSSIER,
        None,
        None,
        "Geen zorgplicht bekend: het dossier bevat geen aanmelding of inschrijving.",
        alle,
    )


#: The steps in the order of the module docstring; the first that decides gives the answer.
_STAPPEN: tuple[Callable[[Stand], Zorgplichtoordeel | None], ...] = (
    _voor_passend_onderwijs,
    _aanmelding_telt,
    _behoefte_niet_extra,
    _morele_zorgplicht,
    _aanbod_afgewezen,
    _ingeschreven_stap,
    _uitzondering_stap,
)


def _oordeel(stand: Dossier, op: dt.date, kal: Kalender, bel: Beleid) -> Zorgplichtoordeel:
    """De zorgplicht op ``op`` onder ``bel``, uit het dossier zoals het op ``op`` was."""
    st = lees(stand, op, kal, bel)
    for stap in _STAPPEN:
        if (oordeel := stap(st)) is not None:
            return oordeel
    return _niets(st)


def zorgplicht(
    dossier: Dossier,
    op: dt.date,
    *,
    beleid: Beleid | None = None,
    kalender: Kalender | None = None,
) -> Zorgplichtoordeel:
    """Welk bevoegd gezag op ``op`` de zorgplicht voor de leerling draagt, en waarom.

    Alleen wat op ``op`` bekend was, telt (:meth:`Dossier.stand_op`). Verandert een regionaal
    ``beleid`` het antwoord, dan noemt de uitkomst dat beleid en bewaart ze het wettelijke
    antwoord in ``wettelijk``.

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 (ZP-01); uitzonderingen WPO
        art. 40 lid 3 en 5, WEC art. 40 lid 4 en 6, WVO 2020 art. 8.9 lid 1 en 3 (AAN-07);
        tijdelijke inschrijving WPO art. 40 lid 6, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2
        (BES-02). Leden volgens de juridische analyse van KBA Nijmegen (2024), niet aan de
        wettekst getoetst.

    >>> import datetime as dt
    >>> from passend import (Aanmelding, Bestuurssoort, Dossier, Leerling, Ondersteuningsbehoefte,
    ...     School, Schoolbestuur, Schoolsoort)
    >>> ll = Leerling(id="ll-1", geboortedatum=dt.date(2018, 5, 1))
    >>> a = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO,
    ...     bestuur=Schoolbestuur(id="b-1", naam="Stichting A", soort=Bestuurssoort.BIJZONDER))
    >>> d = Dossier(leerling=ll, aanmeldingen=[Aanmelding(leerling=ll, school=a,
    ...     ontvangen_op=dt.date(2025, 3, 3), ondersteuningsbehoefte=Ondersteuningsbehoefte.VERMOED)])
    >>> o = zorgplicht(d, dt.date(2025, 3, 3))
    >>> o.reden.name, o.bestuur.naam, str(o.grondslag[0])
    ('AANMELDING', 'Stichting A', 'WPO art. 40 lid 4')
    >>> zorgplicht(d, dt.date(2025, 4, 15)).reden.name
    'TIJDELIJK_INGESCHREVEN'
    """
    kal = controleer_optie("kalender", kalender, Kalender) or Kalender.standaard()
    bel = beleid_of_standaard(beleid)
    stand = controleer_soort("dossier", dossier, Dossier).stand_op(op)
    wettelijk = _oordeel(stand, op, kal, bel.zonder_regionale_regels())
    if not bel.regionaal:
        return wettelijk
    regionaal = _oordeel(stand, op, kal, bel)
    if (regionaal.bestuur, regionaal.school, regionaal.reden, regionaal.sinds) == (
        wettelijk.bestuur,
        wettelijk.school,
        wettelijk.reden,
        wettelijk.sinds,
    ):
        return wettelijk
    return attrs.evolve(
        regionaal,
        beleid=bel.naam,
        wettelijk=wettelijk,
        uitleg=f"{regionaal.uitleg} Dit volgt beleid '{bel.naam}'; wettelijk: {wettelijk.uitleg}",
    )


@attrs.frozen(kw_only=True)
class FinancieleVerantwoordelijkheid(Weergave):
    """Het antwoord van :func:`financieel_verantwoordelijke`."""

    #: De peildatum.
    op: dt.date = attrs.field(validator=is_datum)
    #: Het bestuur van de school die betaalt; None als geen school een financiële zorgplicht
    #: draagt (de wet kent die niet; het SWV bekostigt plaatsingen via de TLV, ZP-04).
    bestuur: Schoolbestuur | None = attrs.field(validator=is_type_of_none(Schoolbestuur))
    #: De school die betaalt; None als geen school een financiële zorgplicht draagt.
    school: School | None = attrs.field(validator=is_type_of_none(School))
    #: Laatste dag van een regionale periode van twee jaar; None: geen zo'n periode.
    tot: dt.date | None = attrs.field(validator=is_datum_of_none)
    #: De bronnen van het antwoord.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Uitleg in gewone taal.
    uitleg: str = attrs.field(validator=niet_leeg)
    #: Naam van het regionale beleid waarop het antwoord berust; None: het wettelijke antwoord.
    beleid: str | None = attrs.field(default=None, validator=is_tekst_of_none)


def financieel_verantwoordelijke(
    dossier: Dossier, op: dt.date, *, beleid: Beleid | None = None
) -> FinancieleVerantwoordelijkheid:
    """Welke school een verwijzing naar SBO of SO betaalt volgens een regionaal verdeelmodel.

    Alleen met ``Beleid.financiele_zorgplicht_bao_bao`` (Zuid-Kennemerland): een basisschool
    koopt een plaats in SBO of SO in uit haar eigen ondersteuningsbudget (§ 8.1.2); na een
    overstap tussen basisscholen die geen verhuizing is, van een leerling die volgens beide
    directeuren extra ondersteuning nodig heeft, blijft de verwijzende school twee jaar
    financieel verantwoordelijk voor een verwijzing (§ 8.1.3). Voor een leerling op een
    basisschool is de verwijzing haar lopende TLV-aanvraag voor SBO of SO, anders een verwijzing die
    op ``op`` wordt gedaan; voor een leerling die al op SBO of SO zit, de aanvraag die eerder op de
    basisschool is gedaan, anders de plaatsing (rules.md A12). De SBO- of SO-school zelf betaalt
    de plaatsing nooit. Zonder dat beleid kent de wet geen financiële zorgplicht van een school.

    Grondslag:
        Regionale afspraken (stappenplannen) van het directienetwerk Zuid-Kennemerland;
        ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.2 en § 8.1.3 (ZP-03, SP-10,
        regionaal).
    """
    bel = beleid_of_standaard(beleid)
    stand = controleer_soort("dossier", dossier, Dossier).stand_op(op)
    if not bel.financiele_zorgplicht_bao_bao:
        return FinancieleVerantwoordelijkheid(
            op=op,
            bestuur=None,
            school=None,
            tot=None,
            grondslag=(SEED_004_BAO_BAO,),
            uitleg="De wet kent geen financiële zorgplicht van een school: het "
            "samenwerkingsverband bekostigt een plaatsing via de TLV. Een regionale afspraak "
            "(zoals in Zuid-Kennemerland) is niet gekozen.",
        )
    inschrijving = inschrijving_op(stand, op)
    if inschrijving is None or inschrijving.school.soort not in (
        Schoolsoort.BAO,
        Schoolsoort.SBO,
        Schoolsoort.SO,
    ):
        waar = (
            "staat nergens ingeschreven"
            if inschrijving is None
            else f"staat ingeschreven op {_schoolnaam(inschrijving.school)}, geen basisschool, "
            "SBO- of SO-school"
        )
        return _niemand(
            op, f"De leerling {waar}: geen basisschool is financieel verantwoordelijk.", bel
        )
    verwezen = verwijzing(stand, inschrijving)
    if verwezen is None and inschrijving.school.soort is not Schoolsoort.BAO:
        return _niemand(
            op,
            f"Het dossier toont geen basisschool waar de leerling vóór de plaatsing op "
            f"{_schoolnaam(inschrijving.school)} stond (bijvoorbeeld een voorschoolse TLV): geen "
            "basisschool betaalt deze plaatsing, en de SBO- of SO-school betaalt haar nooit zelf.",
            bel,
        )
    school = inschrijving.school if verwezen is None else verwezen.school
    moment = op if verwezen is None else verwezen.op
    wanneer = (
        f"bij een verwijzing op {dagnaam(op)}"
        if verwezen is None
        else f"voor de verwijzing van {dagnaam(moment)} (blijkt uit {verwezen.blijkt_uit})"
    )
    return _betaler(stand, school, moment, wanneer, op, bel)


def _betaler(
    stand: Dossier, school: School, moment: dt.date, wanneer: str, op: dt.date, beleid: Beleid
) -> FinancieleVerantwoordelijkheid:
    """De verwijzende school (``school``) betaalt uit haar TOP-budget (§ 8.1.2), tenzij de
    leerling van een andere basisschool naar haar overstapte, niet door een verhuizing en met
    extra ondersteuningsbehoefte, hoogstens twee jaar vóór de verwijzing op ``moment``: dan die
    school (§ 8.1.3)."""
    verlopen = ""
    for melding in sorted(stand.schoolwisselmeldingen, key=lambda m: m.gewisseld_op, reverse=True):
        tot = plus(melding.gewisseld_op, relativedelta(years=2, days=-1))
        if melding.verhuizing or not melding.extra_ondersteuningsbehoefte or melding.naar != school:
            continue
        if melding.gewisseld_op <= moment <= tot:
            return FinancieleVerantwoordelijkheid(
                op=op,
                bestuur=melding.van.bestuur,
                school=melding.van,
                tot=tot,
                grondslag=(SEED_004_BAO_BAO,),
                uitleg=f"{_schoolnaam(melding.van)} is financieel verantwoordelijk {wanneer}: de "
                f"leerling wisselde op {dagnaam(melding.gewisseld_op)} naar "
                f"{_schoolnaam(melding.naar)} zonder verhuizing, met extra "
                f"ondersteuningsbehoefte; dat geldt voor een verwijzing tot en met {dagnaam(tot)}.",
                beleid=beleid.naam,
            )
        if moment > tot:
            verlopen = verlopen or (
                f" De wisseling van {dagnaam(melding.gewisseld_op)} telt niet: haar twee jaar "
                f"liepen tot en met {dagnaam(tot)}."
            )
    return FinancieleVerantwoordelijkheid(
        op=op,
        bestuur=school.bestuur,
        school=school,
        tot=None,
        grondslag=(TOP_BUDGET, SEED_004_BAO_BAO),
        uitleg=f"{_schoolnaam(school)} is financieel verantwoordelijk {wanneer}: de verwijzende "
        f"basisschool koopt de plaats in uit haar eigen ondersteuningsbudget.{verlopen}",
        beleid=beleid.naam,
    )


def _niemand(op: dt.date, uitleg: str, beleid: Beleid) -> FinancieleVerantwoordelijkheid:
    return FinancieleVerantwoordelijkheid(
        op=op,
        bestuur=None,
        school=None,
        tot=None,
        grondslag=(TOP_BUDGET, SEED_004_BAO_BAO),
        uitleg=uitleg,
        beleid=beleid.naam,
    )
