"""Who carries the zorgplicht for a pupil on a given day (rules.md ZP-01 with AAN-05…08, BES-02).

The zorgplicht always rests with a bevoegd gezag. :func:`zorgplicht` reads the dossier as it
stood on the peildatum and applies these steps in order; each either decides or passes on, so
the rule that fired can be named (and tested) alone:

1. ``_aanmelding_telt``: a running written aanmelding (the parents' first preference) with a
   (suspected) extra support need → the bestuur of that school, from receipt. Within it:
   ``_behoefte_niet_extra`` (no or an unknown support need), ``_gedeelde_zorgplicht``
   (regional), ``_tijdelijke_inschrijving`` (after the (extended) beslistermijn without a
   decision: the right to temporary enrolment there, BES-02);
2. ``_morele_zorgplicht`` (regional): from the first contact, before any aanmelding;
3. ``_aanbod_afgewezen``: parents turned down an offered suitable place → the zorgplicht has
   ended;
4. ``_ingeschreven_stap``: an enrolled pupil → the bestuur of the school of enrolment;
5. ``_uitzondering_stap``: an aanmelding to which an exception applies → no zorgplicht for it;
6. ``_niets``: nothing counts on that day.

A regional :class:`~passend.Beleid` may change the answer; the statutory answer is then kept in
:attr:`Zorgplichtoordeel.wettelijk`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

import attrs
from dateutil.relativedelta import relativedelta

from passend._aanmelding import (
    Aanmelding,
    Ondersteuningsbehoefte,
    Toelatingsuitkomst,
    Uitzondering,
    loopt,
    wachtlijst,
)
from passend._beleid import Beleid
from passend._bronnen import (
    GPO_EERSTE_VOORKEUR,
    MVT_AANBOD,
    SEED_001_GEDEELD,
    SEED_004_BAO_BAO,
    SEED_004_HAARLEM,
    SEED_004_MOREEL,
    WEC_40_VERWIJDEREN,
    WEC_CLUSTER_1_2,
    WEC_TAAL,
    WEC_TIJDELIJK,
    WEC_UITZONDERING,
    WEC_ZORGPLICHT,
    WPO_40_VERWIJDEREN,
    WPO_TAAL,
    WPO_TIJDELIJK,
    WPO_UITZONDERING,
    WPO_ZORGPLICHT,
    WVO_8_15_VERWIJDEREN,
    WVO_TAAL,
    WVO_TIJDELIJK,
    WVO_UITZONDERING,
    WVO_ZORGPLICHT,
    Bron,
    per_wet,
)
from passend._dossier import Dossier
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender, dagnaam
from passend._leeftijd import aanmelden_vanaf, toelating_vanaf
from passend._partijen import School, Schoolbestuur, Schoolsoort
from passend._weergave import html_tabel
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


class ZorgplichtReden(enum.Enum):
    """Why :func:`zorgplicht` gave its answer."""

    #: A running written aanmelding at the school of first preference.
    AANMELDING = "aanmelding"
    #: The pupil is enrolled at the school.
    INGESCHREVEN = "ingeschreven"
    #: Temporarily enrolled, or entitled to it because the beslistermijn ended without decision.
    TIJDELIJK_INGESCHREVEN = "tijdelijk ingeschreven"
    #: An exception of AAN-07 applies to the aanmelding: no zorgplicht for it.
    UITZONDERING = "uitzondering"
    #: The parents turned down an offered suitable place: the zorgplicht has ended.
    AANBOD_AFGEWEZEN = "aanbod afgewezen"
    #: No extra support need: the ordinary admission rules apply, not the zorgplicht.
    GEEN_EXTRA_ONDERSTEUNING = "geen extra ondersteuning"
    #: The support need is not known: the answer cannot be given yet.
    ONBEKEND = "onbekend"
    #: Records exist, but no aanmelding or enrolment counts on this day.
    GEEN_AANMELDING = "geen aanmelding"
    #: The dossier holds no records.
    GEEN_DOSSIER = "geen dossier"
    #: Regional: a "morele zorgplicht" from the first contact (seed 004 § 6.1.1).
    MOREEL = "morele zorgplicht"


@attrs.frozen(kw_only=True)
class Zorgplichtoordeel:
    """The answer of :func:`zorgplicht`: which bevoegd gezag, since when, and why.

    ``bestuur`` is None when nobody carries the zorgplicht (or it cannot be known). ``school``
    is the school the answer is about; ``ingeschreven_bij`` where the pupil is enrolled on
    ``op``, which can differ. ``gedeeld_met`` names a school that shares the zorgplicht under a
    regional rule. When a regional ``beleid`` changed the answer, ``wettelijk`` holds the
    statutory one.
    """

    op: dt.date
    bestuur: Schoolbestuur | None
    school: School | None
    reden: ZorgplichtReden
    sinds: dt.date | None
    ingeschreven_bij: School | None
    grondslag: tuple[Bron, ...]
    uitleg: str
    uitzondering: Uitzondering | None = None
    gedeeld_met: School | None = None
    beleid: str | None = None
    wettelijk: Zorgplichtoordeel | None = None

    @property
    def heeft_zorgplicht(self) -> bool:
        """True when a bevoegd gezag carries the zorgplicht on ``op``."""
        return self.bestuur is not None

    def _repr_html_(self) -> str:
        """The oordeel as a two-column table in Jupyter (escaped)."""

        def naam(school: School | None) -> str:
            return _schoolnaam(school) if school else "—"

        rijen = [
            ("peildatum", self.op.isoformat()),
            ("bestuur", self.bestuur.naam if self.bestuur else "geen zorgplicht"),
            ("school", naam(self.school)),
            ("reden", self.reden.value),
            ("sinds", self.sinds.isoformat() if self.sinds else "—"),
            ("ingeschreven bij", naam(self.ingeschreven_bij)),
            ("gedeeld met", naam(self.gedeeld_met)),
            ("beleid", self.beleid or "wettelijk"),
            ("grondslag", "; ".join(str(b) for b in self.grondslag)),
            ("uitleg", self.uitleg),
        ]
        return html_tabel(["", "zorgplicht"], rijen, titel="Zorgplichtoordeel")


def _zorgplicht_bron(school: School) -> Bron:
    return per_wet(school.soort.wet, WPO_ZORGPLICHT, WEC_ZORGPLICHT, WVO_ZORGPLICHT)


def _uitzondering_bron(school: School, uitzondering: Uitzondering) -> Bron:
    if uitzondering is Uitzondering.CLUSTER_1_2:
        return WEC_CLUSTER_1_2
    if uitzondering is Uitzondering.ALLEEN_TAALONDERSTEUNING:
        return per_wet(school.soort.wet, WPO_TAAL, WEC_TAAL, WVO_TAAL)
    return per_wet(school.soort.wet, WPO_UITZONDERING, WEC_UITZONDERING, WVO_UITZONDERING)


def _schoolnaam(school: School) -> str:
    return f"{school.naam} ({school.brin})"


def _ingeschreven(dossier: Dossier, op: dt.date) -> Inschrijving | None:
    """The enrolment on ``op``; with overlapping enrolments the most recent one (on the same day:
    the later record), the same rule as the OPP and TLV checks use."""
    lopend = [i for i in dossier.inschrijvingen if i.ingeschreven(op)]
    return max(reversed(lopend), key=lambda i: i.ingeschreven_op, default=None)


@attrs.frozen
class _Keuze:
    """The aanmelding that decides, and the notes on how it was chosen."""

    aanmelding: Aanmelding
    moment: dt.date
    noten: tuple[str, ...]
    grondslag: tuple[Bron, ...]


def _kies(aanmeldingen: list[tuple[Aanmelding, dt.date]]) -> _Keuze:
    """The parents' first preference among ``(aanmelding, aanmeldmoment)`` pairs (AAN-05):
    the lowest rank, among equal ranks the most recent (AAN-08); without any rank, the
    earliest received (a policy choice, flagged)."""
    gerangschikt = [(a, m) for a, m in aanmeldingen if a.voorkeur is not None]
    noten: tuple[str, ...] = ()
    if gerangschikt:
        beste = min(a.voorkeur or 0 for a, _ in gerangschikt)
        gekozen, moment = max(
            ((a, m) for a, m in gerangschikt if a.voorkeur == beste),
            key=lambda am: (am[1], am[0].school.brin),
        )
        if len(aanmeldingen) > 1:
            noten = ("Er lopen meer aanmeldingen; de school van eerste voorkeur telt.",)
    else:
        gekozen, moment = min(aanmeldingen, key=lambda am: (am[1], am[0].school.brin))
        if len(aanmeldingen) > 1:
            noten = (
                "Er lopen meer aanmeldingen zonder opgegeven voorkeur; passend neemt de eerst "
                "ontvangen aanmelding (beleidskeuze: de wet regelt dit niet, AAN-05).",
            )
    bronnen = (GPO_EERSTE_VOORKEUR,) if len(aanmeldingen) > 1 else ()
    return _Keuze(gekozen, moment, noten, bronnen)


# --- The steps of the zorgplicht decision ------------------------------------------------------
# Each step reads the _Stand and either decides (returns a Zorgplichtoordeel) or passes on
# (returns None); _oordeel runs them in the order of the module docstring.


@attrs.frozen
class _Stand:
    """What every step reads: the dossier as it stood on ``op``, the enrolment on that day, the
    aanmeldingen that run on it (with the day each counts from) and the notes gathered so far."""

    dossier: Dossier
    op: dt.date
    kalender: Kalender
    beleid: Beleid
    inschrijving: Inschrijving | None
    lopend: tuple[tuple[Aanmelding, dt.date], ...]
    noten: tuple[str, ...]

    @property
    def hier(self) -> School | None:
        """The school of enrolment on ``op``."""
        return self.inschrijving.school if self.inschrijving else None

    @property
    def kandidaten(self) -> list[tuple[Aanmelding, dt.date]]:
        """The running aanmeldingen to which no exception applies."""
        return [(a, m) for a, m in self.lopend if a.uitzondering is None]


def _uitkomst(
    st: _Stand,
    reden: ZorgplichtReden,
    school: School | None,
    sinds: dt.date | None,
    zin: str,
    grondslag: tuple[Bron, ...],
    *,
    noten: tuple[str, ...] | None = None,
    draagt: bool = True,
    uitzondering: Uitzondering | None = None,
    gedeeld_met: School | None = None,
) -> Zorgplichtoordeel:
    """The oordeel of a step: its sentence, then the notes, then where the pupil is enrolled."""
    tekst = " ".join([zin, *(st.noten if noten is None else noten)])
    if st.hier is not None and st.hier != school:
        tekst += f" De leerling staat ingeschreven bij {_schoolnaam(st.hier)}."
    return Zorgplichtoordeel(
        op=st.op,
        bestuur=school.bestuur if school is not None and draagt else None,
        school=school,
        reden=reden,
        sinds=sinds,
        ingeschreven_bij=st.hier,
        grondslag=grondslag,
        uitleg=tekst,
        uitzondering=uitzondering,
        gedeeld_met=gedeeld_met,
    )


def _stand(dossier: Dossier, op: dt.date, kal: Kalender, bel: Beleid) -> _Stand:
    """Which aanmeldingen run on ``op``, with the day each counts from.

    An aanmelding at central placement counts from the acceptance of the place (AAN-06); one at
    a WPO school before the third birthday is a waiting-list place (AAN-02); either is noted.
    An aanmelding under an exception runs, but starts no zorgplicht (AAN-07): noted too.

    Grondslag:
        WPO art. 40 (AAN-01, AAN-02); seed 004 § 6.1.2 (AAN-06, regional).
    """
    noten: list[str] = []
    lopend: list[tuple[Aanmelding, dt.date]] = []
    for a in dossier.aanmeldingen:
        moment = a.aanmeldmoment(bel)
        if moment is None:
            noten.append(
                f"De aanmelding bij {_schoolnaam(a.school)} telt nog niet: bij centrale "
                "plaatsing is de aanmelding het moment waarop ouders de plaats aanvaarden."
            )
            continue
        if not loopt(a, dossier, op, bel):
            continue
        if wachtlijst(a, dossier.leerling, bel):
            drie = aanmelden_vanaf(dossier.leerling, beleid=bel)
            noten.append(
                f"De aanmelding bij {_schoolnaam(a.school)} van {dagnaam(moment)} "
                f"was vóór de derde verjaardag ({drie.datum.isoformat()}): dat is een "
                "plaats op de wachtlijst, geen aanmelding."
            )
            continue
        lopend.append((a, moment))
    for a, _ in lopend:
        if a.uitzondering is not None:
            noten.append(
                f"Voor de aanmelding bij {_schoolnaam(a.school)} geldt geen zorgplicht: "
                f"{a.uitzondering.value}."
            )
    return _Stand(dossier, op, kal, bel, _ingeschreven(dossier, op), tuple(lopend), tuple(noten))


def _keuze(st: _Stand) -> _Keuze | None:
    """The aanmelding that decides (AAN-05, AAN-08), with the notes that come with it.

    An undecided or admitted aanmelding goes first. A refused one keeps its zorgplicht only
    while the pupil has no other aanmelding and no school: the refusing school must see the
    pupil placed (ZP-01, BES-04).
    """
    kandidaten = st.kandidaten
    open_ = [
        (a, m)
        for a, m in kandidaten
        if a.besluit is None or a.besluit.uitkomst is Toelatingsuitkomst.TOEGELATEN
    ]
    keuzelijst = open_ or ([] if st.inschrijving else kandidaten)
    if not keuzelijst:
        return None
    keuze = _kies(keuzelijst)
    a = keuze.aanmelding
    na: list[str] = []
    if a.besluit is not None and a.besluit.uitkomst is Toelatingsuitkomst.GEWEIGERD:
        na.append(
            f"De toelating is op {dagnaam(a.besluit.datum)} geweigerd; de zorgplicht blijft "
            "tot de leerling elders is aangemeld of ingeschreven (ZP-01)."
        )
    if not a.schriftelijk:
        na.append(
            "De aanmelding was niet schriftelijk; zij telt, maar dat kan worden betwist (AAN-01)."
        )
    return attrs.evolve(keuze, noten=(*keuze.noten, *st.noten, *na))


def _aanmelding_telt(st: _Stand) -> Zorgplichtoordeel | None:
    """Step 1: a running aanmelding (the parents' first preference) decides.

    Without an extra support need, or with an unknown one, nobody carries the zorgplicht for
    it; a regional policy may keep it at the school of enrolment; after the beslistermijn the
    pupil may have a right to temporary enrolment; otherwise the bestuur of the school of
    aanmelding carries it from receipt.

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 (ZP-01, AAN-05, AAN-08).
    """
    keuze = _keuze(st)
    if keuze is None:
        return None
    for stap in (_behoefte_niet_extra, _gedeelde_zorgplicht, _tijdelijke_inschrijving):
        if (oordeel := stap(st, keuze)) is not None:
            return oordeel
    return _aangemeld(st, keuze, keuze.noten, _aanmeldbronnen(st, keuze))


def _aangemeld(
    st: _Stand, keuze: _Keuze, noten: tuple[str, ...], bronnen: tuple[Bron, ...]
) -> Zorgplichtoordeel:
    """The zorgplicht of the school of aanmelding, from receipt."""
    a = keuze.aanmelding
    return _uitkomst(
        st,
        ZorgplichtReden.AANMELDING,
        a.school,
        keuze.moment,
        f"Zorgplicht bij het bestuur van {_schoolnaam(a.school)}: schriftelijk aangemeld op "
        f"{dagnaam(keuze.moment)} met (vermoedelijk) extra ondersteuningsbehoefte.",
        bronnen,
        noten=noten,
    )


def _aanmeldbronnen(st: _Stand, keuze: _Keuze) -> tuple[Bron, ...]:
    """The zorgplicht article of the school of aanmelding, how it was chosen, and the Haarlem
    policy where it set the day of aanmelding."""
    bronnen = (_zorgplicht_bron(keuze.aanmelding.school), *keuze.grondslag)
    if st.beleid.centrale_plaatsing and keuze.aanmelding.school.soort is Schoolsoort.BAO:
        bronnen += (SEED_004_HAARLEM,)
    return bronnen


def _behoefte_niet_extra(st: _Stand, keuze: _Keuze) -> Zorgplichtoordeel | None:
    """Step 1a: no extra support need (the ordinary admission rules apply), or an unknown one
    (the answer cannot be given yet).

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 (AAN-07: the zorgplicht is for
        pupils who need extra support).
    """
    a = keuze.aanmelding
    bronnen = (_zorgplicht_bron(a.school), *keuze.grondslag)
    if a.ondersteuningsbehoefte is Ondersteuningsbehoefte.GEEN:
        return _uitkomst(
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
    if a.ondersteuningsbehoefte is Ondersteuningsbehoefte.ONBEKEND:
        return _uitkomst(
            st,
            ZorgplichtReden.ONBEKEND,
            a.school,
            keuze.moment,
            f"Zorgplicht onbekend: de ondersteuningsbehoefte bij de aanmelding bij "
            f"{_schoolnaam(a.school)} is niet vastgesteld.",
            bronnen,
            noten=keuze.noten,
            draagt=False,
        )
    return None


def _gedeelde_zorgplicht(st: _Stand, keuze: _Keuze) -> Zorgplichtoordeel | None:
    """Step 1b (regional, ``Beleid.zorgplicht_over_bij_inschrijving``): a school of preference
    that cannot meet the need (it refused, with another school willing) or the school of
    enrolment keeps the zorgplicht until the pupil is enrolled elsewhere; the school now
    registered with shares it meanwhile.

    Grondslag:
        Seed 001 § 8 (ZP-02, regional; the statute is AAN-08).
    """
    if not st.beleid.zorgplicht_over_bij_inschrijving:
        return None
    a, inschrijving = keuze.aanmelding, st.inschrijving
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
        eerste = _kies(geweigerd)
        eigenaar, sinds = eerste.aanmelding.school, eerste.moment
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
    return _uitkomst(
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


def _tijdelijke_inschrijving(st: _Stand, keuze: _Keuze) -> Zorgplichtoordeel | None:
    """Step 1c: the beslistermijn ended without a decision and the pupil is not enrolled
    elsewhere: a right to temporary enrolment at the school of aanmelding until the decision
    (BES-02); at a WPO school not before the fourth birthday (an inference rules.md marks
    UNVERIFIED; the uitleg says so).

    Grondslag:
        WPO art. 40 lid 6, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-02); WPO art. 39
        lid 1 (AAN-02).
    """
    a = keuze.aanmelding
    if a.besluit is not None or st.hier not in (None, a.school):
        return None
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
            f"De beslistermijn eindigde op {dagnaam(recht - dt.timedelta(days=1))}, "
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
    return _uitkomst(
        st,
        ZorgplichtReden.TIJDELIJK_INGESCHREVEN,
        a.school,
        recht if zeker else None,
        f"Zorgplicht bij het bestuur van {_schoolnaam(a.school)}: de beslistermijn "
        "is verstreken zonder besluit en de leerling staat niet elders ingeschreven, "
        f"dus heeft zij {zin}",
        (*bronnen, per_wet(a.school.soort.wet, WPO_TIJDELIJK, WEC_TIJDELIJK, WVO_TIJDELIJK)),
        noten=noten,
    )


def _morele_zorgplicht(st: _Stand) -> Zorgplichtoordeel | None:
    """Step 2 (regional, ``Beleid.morele_zorgplicht``): before any written aanmelding and
    enrolment, a "morele zorgplicht" from the first contact with a school.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 6.1.1 (OVR-10, regional).
    """
    if not st.beleid.morele_zorgplicht or st.hier is not None:
        return None
    grens = max((x.afgewezen_op for x in st.dossier.aanbodafwijzingen), default=None)
    contacten = [c for c in st.dossier.contactmomenten if grens is None or c.op > grens]
    if not contacten:
        return None
    c = min(contacten, key=lambda x: (x.op, x.school.brin))
    return _uitkomst(
        st,
        ZorgplichtReden.MOREEL,
        c.school,
        c.op,
        f"Morele zorgplicht bij {_schoolnaam(c.school)} sinds het eerste contact op "
        f"{dagnaam(c.op)} (regionale afspraak); een wettelijke zorgplicht ontstaat pas "
        "bij een schriftelijke aanmelding.",
        (SEED_004_MOREEL,),
    )


def _aanbod_afgewezen(st: _Stand) -> Zorgplichtoordeel | None:
    """Step 3: the parents turned down an offered suitable place (after the current
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
    laatste = max(afwijzingen, key=lambda x: x.afgewezen_op)
    return _uitkomst(
        st,
        ZorgplichtReden.AANBOD_AFGEWEZEN,
        None,
        laatste.afgewezen_op,
        f"Geen zorgplicht meer: de ouders hebben op {dagnaam(laatste.afgewezen_op)} een "
        f"passende plaats op {_schoolnaam(laatste.school)} afgewezen; zij zoeken nu zelf "
        "een school.",
        (_zorgplicht_bron(laatste.school), MVT_AANBOD),
    )


def _ingeschreven_stap(st: _Stand) -> Zorgplichtoordeel | None:
    """Step 4: the pupil is enrolled: the bestuur of that school, for as far as the pupil
    needs extra support. A removal, decided or only intended, ends nothing while the pupil is
    enrolled there (VER-01: also a de-facto exclusion without a decision).

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 (ZP-01); WPO art. 40 lid 11,
        WEC art. 40 lid 18, WVO 2020 art. 8.15 lid 2 (VER-01).
    """
    inschrijving = st.inschrijving
    if inschrijving is None:
        return None
    school, tijdelijk = inschrijving.school, inschrijving.tijdelijk
    bronnen: tuple[Bron, ...] = (_zorgplicht_bron(school),)
    noten = st.noten
    if any(v.school == school for v in st.dossier.verwijderingen):
        noten += (
            "Er loopt een verwijdering, maar zolang de leerling hier ingeschreven staat, blijft "
            "de zorgplicht hier; ook een feitelijke uitsluiting zonder besluit verandert dat "
            "niet (VER-01).",
        )
        bronnen += (
            per_wet(school.soort.wet, WPO_40_VERWIJDEREN, WEC_40_VERWIJDEREN, WVO_8_15_VERWIJDEREN),
        )
    return _uitkomst(
        st,
        ZorgplichtReden.TIJDELIJK_INGESCHREVEN if tijdelijk else ZorgplichtReden.INGESCHREVEN,
        school,
        inschrijving.ingeschreven_op,
        f"Zorgplicht bij het bestuur van {_schoolnaam(school)}: de leerling "
        f"staat daar {'tijdelijk ' if tijdelijk else ''}ingeschreven sinds "
        f"{dagnaam(inschrijving.ingeschreven_op)}, voor zover zij extra ondersteuning nodig "
        "heeft. Een TLV of een andere school die wil toelaten verandert dat pas bij "
        "inschrijving elders.",
        bronnen,
        noten=noten,
    )


def _uitzondering_stap(st: _Stand) -> Zorgplichtoordeel | None:
    """Step 5: only aanmeldingen under an exception run: no zorgplicht for them (AAN-07).

    Grondslag:
        WPO art. 40 lid 3 en 5, WEC art. 40 lid 4 en 6, WVO 2020 art. 8.9 lid 1 en 3 (AAN-07);
        cluster 1/2: WEC (OVR-08).
    """
    uitzonderingen = [(a, m, a.uitzondering) for a, m in st.lopend if a.uitzondering is not None]
    if not uitzonderingen:
        return None
    u = _kies([(a, m) for a, m, _ in uitzonderingen])
    soort = next(s for a, _, s in uitzonderingen if a is u.aanmelding)
    return _uitkomst(
        st,
        ZorgplichtReden.UITZONDERING,
        u.aanmelding.school,
        u.moment,
        f"Geen zorgplicht voor de aanmelding bij {_schoolnaam(u.aanmelding.school)}.",
        (_uitzondering_bron(u.aanmelding.school, soort), *u.grondslag),
        draagt=False,
        uitzondering=soort,
    )


def _niets(st: _Stand) -> Zorgplichtoordeel:
    """Last step: nothing counts on ``op``; no zorgplicht (or none known, without records).

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 (ZP-01).
    """
    if st.dossier.records():
        return _uitkomst(
            st,
            ZorgplichtReden.GEEN_AANMELDING,
            None,
            None,
            "Geen zorgplicht: op deze dag telt geen aanmelding en staat de leerling nergens "
            "ingeschreven.",
            (WPO_ZORGPLICHT, WEC_ZORGPLICHT, WVO_ZORGPLICHT),
        )
    return _uitkomst(
        st,
        ZorgplichtReden.GEEN_DOSSIER,
        None,
        None,
        "Geen zorgplicht bekend: het dossier bevat geen aanmelding of inschrijving.",
        (WPO_ZORGPLICHT, WEC_ZORGPLICHT, WVO_ZORGPLICHT),
    )


#: The steps in the order of the module docstring; the first that decides gives the answer.
_STAPPEN: tuple[Callable[[_Stand], Zorgplichtoordeel | None], ...] = (
    _aanmelding_telt,
    _morele_zorgplicht,
    _aanbod_afgewezen,
    _ingeschreven_stap,
    _uitzondering_stap,
)


def _oordeel(stand: Dossier, op: dt.date, kal: Kalender, bel: Beleid) -> Zorgplichtoordeel:
    """The zorgplicht on ``op`` under ``bel``, from the dossier as it stood on ``op``."""
    st = _stand(stand, op, kal, bel)
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
    kal = Kalender.standaard() if kalender is None else kalender
    bel = Beleid() if beleid is None else beleid
    stand = dossier.stand_op(op)
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
class FinancieleVerantwoordelijkheid:
    """The answer of :func:`financieel_verantwoordelijke`.

    ``bestuur`` and ``school`` are None when no school carries a financial zorgplicht (the law
    knows none; the SWV funds placements through the TLV, ZP-04). ``tot`` is the last day of a
    regional two-year period, if one applies.
    """

    op: dt.date
    bestuur: Schoolbestuur | None
    school: School | None
    tot: dt.date | None
    grondslag: tuple[Bron, ...]
    uitleg: str
    beleid: str | None = None


def financieel_verantwoordelijke(
    dossier: Dossier, op: dt.date, *, beleid: Beleid | None = None
) -> FinancieleVerantwoordelijkheid:
    """Which school pays for a referral to SBO or SO under a regional distribution model.

    Only with ``Beleid.financiele_zorgplicht_bao_bao`` (Zuid-Kennemerland): after a switch
    between basisscholen that is not a verhuizing, of a pupil both directors say has extra
    support needs, the referring school stays financially responsible for two years; otherwise
    the school of enrolment pays from its own budget. Without that policy the law knows no
    financial zorgplicht of a school.

    Grondslag:
        Seed 000; ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.3 (ZP-03, regional).
    """
    bel = Beleid() if beleid is None else beleid
    stand = dossier.stand_op(op)
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
    inschrijving = _ingeschreven(stand, op)
    for melding in sorted(stand.schoolwisselmeldingen, key=lambda m: m.gewisseld_op, reverse=True):
        tot = melding.gewisseld_op + relativedelta(years=2) - dt.timedelta(days=1)
        telt = not melding.verhuizing and melding.extra_ondersteuningsbehoefte
        hier = inschrijving is not None and inschrijving.school == melding.naar
        if telt and hier and op <= tot:
            return FinancieleVerantwoordelijkheid(
                op=op,
                bestuur=melding.van.bestuur,
                school=melding.van,
                tot=tot,
                grondslag=(SEED_004_BAO_BAO,),
                uitleg=f"{_schoolnaam(melding.van)} blijft tot en met {dagnaam(tot)} financieel "
                f"verantwoordelijk voor een verwijzing naar SBO of SO: de leerling wisselde op "
                f"{dagnaam(melding.gewisseld_op)} naar {_schoolnaam(melding.naar)} zonder "
                "verhuizing, met extra ondersteuningsbehoefte.",
                beleid=bel.naam,
            )
    school = inschrijving.school if inschrijving else None
    return FinancieleVerantwoordelijkheid(
        op=op,
        bestuur=school.bestuur if school else None,
        school=school,
        tot=None,
        grondslag=(SEED_004_BAO_BAO,),
        uitleg=(
            f"Geen wisseling die meetelt: {_schoolnaam(school)}, de school van inschrijving, "
            "betaalt een verwijzing uit het eigen budget."
            if school
            else "De leerling staat nergens ingeschreven: geen school is financieel "
            "verantwoordelijk."
        ),
        beleid=bel.naam,
    )
