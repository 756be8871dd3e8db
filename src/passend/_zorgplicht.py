"""Who carries the zorgplicht for a pupil on a given day (rules.md ZP-01 with AAN-05…08, BES-02).

The zorgplicht always rests with a bevoegd gezag. :func:`zorgplicht` reads the dossier as it
stood on the peildatum once (:func:`passend._zorgplicht_stand.lees`) and applies these steps in
order; each either decides or passes on, so the rule that fired can be named (and tested) alone:

0. ``_voor_passend_onderwijs``: before 1 August 2014 nothing is judged (LAW-01);
1. ``_aanmelding_telt``: a running written aanmelding (the parents' first preference, AAN-05)
   with a (suspected) extra support need → the bestuur of that school, from receipt; within
   it ``_gedeelde_zorgplicht`` (regional) and ``_tijdelijke_inschrijving`` (temporarily
   enrolled, or after the (extended) beslistermijn without a decision the right to it, BES-02);
2. ``_behoefte_niet_extra``: that aanmelding states no or an unknown support need (with the
   school of enrolment as fallback);
3. ``_morele_zorgplicht`` (regional): from the first contact, before any aanmelding;
4. ``_aanbod_afgewezen``: parents turned down an offered suitable place → the zorgplicht has
   ended;
5. ``_ingeschreven_stap``: an enrolled pupil → the bestuur of the school of enrolment;
6. ``_uitzondering_stap``: an aanmelding to which an exception applies → no zorgplicht for it;
7. ``_niets``: nothing counts on that day.

A regional :class:`~passend.Beleid` may change the answer; the statutory answer is then kept in
:attr:`Zorgplichtoordeel.wettelijk`.
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
    """The enrolment on ``op`` as the dossier records it."""
    return laatste(dossier.inschrijvingen, op)


# --- The steps of the zorgplicht decision ------------------------------------------------------
# Each step reads the Stand and either decides (returns a Zorgplichtoordeel) or passes on
# (returns None); _oordeel runs them in the order of the module docstring.


def _voor_passend_onderwijs(st: Stand) -> Zorgplichtoordeel | None:
    """Step 0: before 1 August 2014 passend onderwijs did not exist; nothing is judged by it.

    Grondslag:
        Wet passend onderwijs (Stb. 2012, 533), in force from 1 August 2014 (LAW-01).
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
    """Step 1: a running aanmelding (the parents' first preference) with a (suspected) extra
    support need decides.

    A regional policy may keep the zorgplicht at the school of enrolment; after the
    beslistermijn the pupil may have a right to temporary enrolment; otherwise the bestuur of
    the school of aanmelding carries it from receipt.

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
    """The zorgplicht of the school of aanmelding, from receipt."""
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
    """The zorgplicht article of the school of aanmelding, how it was chosen, and the Haarlem
    policy where it set the day of aanmelding."""
    bronnen = (_zorgplicht_bron(keuze.gekozen.school), *keuze.grondslag)
    if st.beleid.centrale_plaatsing and keuze.gekozen.school.soort is Schoolsoort.BAO:
        bronnen += (SEED_004_HAARLEM,)
    return bronnen


def _gedeelde_zorgplicht(st: Stand, keuze: Keuze[Aanmelding]) -> Zorgplichtoordeel | None:
    """Step 1a (regional, ``Beleid.zorgplicht_over_bij_inschrijving``): a school of preference
    that cannot meet the need (it refused, with another school willing) or the school of
    enrolment keeps the zorgplicht until the pupil is enrolled elsewhere; the school now
    registered with shares it meanwhile.

    Grondslag:
        Seed 001 § 8 (ZP-02, regional; the statute is AAN-08).
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
    """Step 1b: no decision yet, and the pupil is temporarily enrolled at the school of
    aanmelding, or the beslistermijn ended and the pupil is not enrolled elsewhere: (a right
    to) temporary enrolment there until the decision (BES-02); at a WPO school not before the
    fourth birthday (an inference rules.md marks UNVERIFIED; the uitleg says so).

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
    """How the dossier shows that the pupil receives extra support at ``school`` on ``op``."""
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
    """Step 2: the aanmelding that decides states no extra support need (the ordinary
    admission rules apply: no zorgplicht for it) or an unknown one (the answer cannot be given
    yet).

    For a pupil enrolled at the same school this passes on to the enrolment (step 5). Enrolled
    elsewhere, an aanmelding without a support need moves nothing (step 5 with a note); with an
    unknown need the answer is unknown, and names the school of enrolment as the fallback: its
    bestuur keeps the pupil until the need at the new school is known (AAN-08).

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (AAN-07, AAN-08: the
        zorgplicht is for pupils who need extra support).
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
    """Step 3 (regional, ``Beleid.morele_zorgplicht``): before any written aanmelding and
    enrolment, a "morele zorgplicht" from the first contact with a school. When the parents
    contacted more schools, the school of their preference takes it on (without a recorded
    preference: the first contacted, flagged as a policy choice).

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 6.1.1 (OVR-10, regional).
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
    """Step 4: the parents turned down an offered suitable place (after the current
    enrolment, if any): the zorgplicht has ended until a new aanmelding.

    Grondslag:
        Kamerstukken II 2011/12, 33106, nr. 3 per seed 003 § 2.2 (ZP-01).
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
    """Step 5: the pupil is enrolled: the bestuur of that school, for as far as the pupil
    needs extra support. A removal, decided or only intended, ends nothing while the pupil is
    enrolled there (VER-01: also a de-facto exclusion without a decision); nor does an
    aanmelding elsewhere without a support need. An enrolment from before 1 August 2014 gives
    a zorgplicht from that day (LAW-01).

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
    """Step 6: only aanmeldingen under an exception run: no zorgplicht for them (AAN-07). An
    aanmelding at a cluster 1/2 institution is one, read from the school (OVR-08).

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
    """Last step: nothing counts on ``op``. An aanmelding from before passend onderwijs is not
    judged by it; otherwise no zorgplicht (or none known, without records).

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
    """The zorgplicht on ``op`` under ``bel``, from the dossier as it stood on ``op``."""
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
    """Which bevoegd gezag carries the zorgplicht for the pupil on ``op``, and why.

    Only what was known on ``op`` counts (:meth:`Dossier.stand_op`). With a regional
    ``beleid`` that changes the answer, the result names the policy and keeps the statutory
    answer in ``wettelijk``.

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 (ZP-01); exceptions WPO art. 40
        lid 3 en 5, WEC art. 40 lid 4 en 6, WVO 2020 art. 8.9 lid 1 en 3 (AAN-07); temporary
        enrolment WPO art. 40 lid 6, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-02). Leden
        per seed 003 (SEED).

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
    """The answer of :func:`financieel_verantwoordelijke`.

    ``bestuur`` and ``school`` are None when no school carries a financial zorgplicht (the law
    knows none; the SWV funds placements through the TLV, ZP-04). ``tot`` is the last day of a
    regional two-year period, if one applies.
    """

    op: dt.date = attrs.field(validator=is_datum)
    bestuur: Schoolbestuur | None = attrs.field(validator=is_type_of_none(Schoolbestuur))
    school: School | None = attrs.field(validator=is_type_of_none(School))
    tot: dt.date | None = attrs.field(validator=is_datum_of_none)
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    uitleg: str = attrs.field(validator=niet_leeg)
    beleid: str | None = attrs.field(default=None, validator=is_tekst_of_none)


def financieel_verantwoordelijke(
    dossier: Dossier, op: dt.date, *, beleid: Beleid | None = None
) -> FinancieleVerantwoordelijkheid:
    """Which school pays for a referral to SBO or SO under a regional distribution model.

    Only with ``Beleid.financiele_zorgplicht_bao_bao`` (Zuid-Kennemerland): a basisschool buys a
    place in SBO or SO from its own ondersteuningsbudget (§ 8.1.2); after a switch between
    basisscholen that is not a verhuizing, of a pupil both directors say has extra support needs,
    the referring school stays financially responsible for a referral within two years (§ 8.1.3).
    For a pupil at a basisschool the referral is its pending TLV request for SBO or SO, else a
    referral made on ``op``; for a pupil already at SBO or SO, the request made at the
    basisschool before, else the placement (rules.md A12). The
    SBO or SO school itself never pays the placement. Without that policy the law knows no
    financial zorgplicht of a school.

    Grondslag:
        Seed 000; ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.2 and § 8.1.3 (ZP-03,
        SP-10, regional).
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
    """The school that referred (``school``) pays from its TOP budget (§ 8.1.2), unless the
    pupil switched to it from another basisschool, not by a verhuizing and with extra support
    needs, at most two years before the referral on ``moment``: then that school (§ 8.1.3)."""
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
