"""Het zorgplichtoordeel, en het dossier zoals de stappen van :mod:`passend._zorgplicht` het lezen.

:class:`Zorgplichtoordeel` is het antwoord (met zijn :class:`ZorgplichtReden`). :func:`lees`
leest één keer wat elke stap nodig heeft uit het dossier zoals het op de peildatum was: de
lopende aanmeldingen (AAN-01, AAN-02, AAN-06, LAW-01), de inschrijving zoals de wet die ziet
(BES-02), de aanmelding die beslist (AAN-05, AAN-08) en de opmerkingen die de uitleg meekrijgt.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs

from passend._aanbod import schoolvol
from passend._aanmelding import (
    Aanmelding,
    Einddagen,
    Toelatingsuitkomst,
    Uitzondering,
    geldende_uitzondering,
    kan_niet_gelden,
    loopt,
    niet_behandelen_gegrond,
    wachtlijst,
)
from passend._beleid import Beleid
from passend._bronnen import PASSEND_ONDERWIJS_VANAF, Bron
from passend._dossier import Dossier
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender, dagnaam
from passend._leeftijd import aanmelden_vanaf
from passend._overstap import Lotingsuitkomst
from passend._partijen import School, Schoolbestuur
from passend._voorkeur import Keuze, kies
from passend._voorkeur import schoolnaam as _schoolnaam
from passend._waarden import (
    als_bronnen,
    controleer_optie,
    elk_een,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_tekst_of_none,
    is_type_of_none,
    niet_leeg,
)
from passend._weergave import html_tabel

__all__ = ["Stand", "ZorgplichtReden", "Zorgplichtoordeel", "laatste", "lees", "uitkomst"]


class ZorgplichtReden(enum.Enum):
    """Waarom :func:`zorgplicht` zijn antwoord gaf."""

    #: Een lopende schriftelijke aanmelding bij de school van eerste voorkeur.
    AANMELDING = "aanmelding"
    #: De leerling staat ingeschreven op de school.
    INGESCHREVEN = "ingeschreven"
    #: Tijdelijk ingeschreven, of daar recht op omdat de beslistermijn zonder besluit afliep.
    TIJDELIJK_INGESCHREVEN = "tijdelijk ingeschreven"
    #: Een uitzondering van AAN-07 geldt voor de aanmelding: daarvoor geen zorgplicht.
    UITZONDERING = "uitzondering"
    #: De ouders wezen een aangeboden passende plaats af: de zorgplicht is geëindigd.
    AANBOD_AFGEWEZEN = "aanbod afgewezen"
    #: Geen extra ondersteuningsbehoefte: de gewone toelatingsregels gelden, niet de zorgplicht.
    GEEN_EXTRA_ONDERSTEUNING = "geen extra ondersteuning"
    #: De ondersteuningsbehoefte is niet bekend: het antwoord kan nog niet worden gegeven.
    ONBEKEND = "onbekend"
    #: Er zijn gegevens, maar op deze dag telt geen aanmelding of inschrijving.
    GEEN_AANMELDING = "geen aanmelding"
    #: Het dossier bevat geen gegevens.
    GEEN_DOSSIER = "geen dossier"
    #: Regionaal: een "morele zorgplicht" vanaf het eerste contact (ondersteuningsplan
    #: 2024-2028 van SWV Zuid-Kennemerland § 6.1.1).
    MOREEL = "morele zorgplicht"
    #: Vóór 1 augustus 2014, of een aanmelding van daarvóór: passend onderwijs is niet van
    #: toepassing (LAW-01).
    NIET_VAN_TOEPASSING = "niet van toepassing"


@attrs.frozen(kw_only=True)
class Zorgplichtoordeel:
    """Het antwoord van :func:`zorgplicht`: welk bevoegd gezag, sinds wanneer, en waarom."""

    #: De peildatum van het oordeel.
    op: dt.date = attrs.field(validator=is_datum)
    #: Het bevoegd gezag dat de zorgplicht draagt; None: niemand draagt hem (of het is niet te
    #: weten).
    bestuur: Schoolbestuur | None = attrs.field(validator=is_type_of_none(Schoolbestuur))
    #: De school waar het antwoord over gaat; None: geen school.
    school: School | None = attrs.field(validator=is_type_of_none(School))
    #: Waarom dit het antwoord is.
    reden: ZorgplichtReden = attrs.field(validator=is_enum(ZorgplichtReden))
    #: Sinds wanneer de zorgplicht bij ``bestuur`` ligt; None: geen zorgplicht of onbekend.
    sinds: dt.date | None = attrs.field(validator=is_datum_of_none)
    #: Waar de leerling op ``op`` staat ingeschreven; kan verschillen van ``school``. None:
    #: nergens ingeschreven.
    ingeschreven_bij: School | None = attrs.field(validator=is_type_of_none(School))
    #: De wetsartikelen en andere bronnen van het antwoord.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Uitleg in gewone taal, opgebouwd uit de regel die besliste.
    uitleg: str = attrs.field(validator=niet_leeg)
    #: De uitzondering (AAN-07) die voor de aanmelding geldt; None: geen.
    uitzondering: Uitzondering | None = attrs.field(
        default=None, validator=is_type_of_none(Uitzondering)
    )
    #: Een school die de zorgplicht deelt volgens een regionale regel; None: niet gedeeld.
    gedeeld_met: School | None = attrs.field(default=None, validator=is_type_of_none(School))
    #: Naam van het regionale beleid dat het antwoord veranderde; None: het wettelijke antwoord.
    beleid: str | None = attrs.field(default=None, validator=is_tekst_of_none)
    #: Het wettelijke antwoord als een regionaal ``beleid`` het antwoord veranderde; anders
    #: None.
    wettelijk: Zorgplichtoordeel | None = attrs.field(default=None)

    @wettelijk.validator
    def _check_wettelijk(
        self, attribute: attrs.Attribute[Zorgplichtoordeel | None], value: object
    ) -> None:
        controleer_optie(attribute.name, value, Zorgplichtoordeel)

    @property
    def heeft_zorgplicht(self) -> bool:
        """True als een bevoegd gezag op ``op`` de zorgplicht draagt."""
        return self.bestuur is not None

    def _repr_html_(self) -> str:
        """Het oordeel als tabel met twee kolommen in Jupyter (ge-escapet)."""

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


def laatste(inschrijvingen: Iterable[Inschrijving], op: dt.date) -> Inschrijving | None:
    """De inschrijving op ``op``; bij overlappende inschrijvingen de meest recente (op dezelfde
    dag: het latere record), dezelfde regel als in de toetsen van OPP en TLV."""
    lopend = [i for i in inschrijvingen if i.ingeschreven(op)]
    return max(reversed(lopend), key=lambda i: i.ingeschreven_op, default=None)


@attrs.frozen
class Stand:
    """Wat elke stap leest: het dossier zoals het op ``op`` was, de inschrijving op die dag, de
    aanmeldingen die dan lopen (met de dag vanaf wanneer elk telt), die van vóór passend
    onderwijs, de aanmelding die beslist (``keuze``) en de opmerkingen tot nu toe."""

    dossier: Dossier
    op: dt.date
    kalender: Kalender
    beleid: Beleid
    inschrijving: Inschrijving | None
    lopend: tuple[tuple[Aanmelding, dt.date], ...]
    oud: tuple[Aanmelding, ...]
    noten: tuple[str, ...]
    keuze: Keuze[Aanmelding] | None = None

    @property
    def hier(self) -> School | None:
        """De school van inschrijving op ``op``."""
        return self.inschrijving.school if self.inschrijving else None

    @property
    def kandidaten(self) -> list[tuple[Aanmelding, dt.date]]:
        """De lopende aanmeldingen waarvoor geen uitzondering geldt."""
        return [(a, m) for a, m in self.lopend if self.uitzondering(a, m) is None]

    def uitzondering(self, a: Aanmelding, moment: dt.date) -> Uitzondering | None:
        """De uitzondering die voor ``a`` telt: een die op haar school kan gelden (AAN-07,
        OVR-08), en "school vol" alleen waar een capaciteitsgegeven het laat zien (PL-04)."""
        return _telt(a, moment, self.dossier, self.beleid)


def _telt(a: Aanmelding, moment: dt.date, dossier: Dossier, bel: Beleid) -> Uitzondering | None:
    soort = geldende_uitzondering(a)
    if soort is Uitzondering.SCHOOL_VOL:
        return soort if schoolvol(a, moment, dossier.capaciteiten, bel).telt else None
    return soort


def uitkomst(
    st: Stand,
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
    """Het oordeel van een stap: haar zin, de opmerkingen, en waar de leerling ingeschreven is."""
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
        grondslag=tuple(dict.fromkeys(grondslag)),
        uitleg=tekst,
        uitzondering=uitzondering,
        gedeeld_met=gedeeld_met,
    )


def _uitzonderingsnoot(a: Aanmelding, moment: dt.date, dossier: Dossier, bel: Beleid) -> str | None:
    """What the uitleg says of the exception recorded for, or read from the school of, ``a``."""
    naam, vastgelegd = _schoolnaam(a.school), a.uitzondering
    if vastgelegd is not None and (waarom := kan_niet_gelden(vastgelegd, a.school)):
        return (
            f"Voor de aanmelding bij {naam} is de uitzondering '{vastgelegd.value}' vastgelegd, "
            f"maar {waarom}; de zorgplicht blijft (AAN-07)."
        )
    geldt = _telt(a, moment, dossier, bel)
    if geldt is None and vastgelegd is Uitzondering.SCHOOL_VOL:
        return (
            f"Voor de aanmelding bij {naam} is 'school vol' gesteld, maar geen capaciteitsgegeven "
            "laat zien dat de school vol was voor iedere aanmelder; de zorgplicht blijft (PL-04)."
        )
    if geldt is None:
        return None
    bron = "" if geldt is vastgelegd else " (afgeleid uit het cluster van de school, OVR-08)"
    return f"Voor de aanmelding bij {naam} geldt geen zorgplicht: {geldt.value}{bron}."


def _lopende_aanmeldingen(
    dossier: Dossier, op: dt.date, bel: Beleid
) -> tuple[list[tuple[Aanmelding, dt.date]], list[Aanmelding], list[str]]:
    """The aanmeldingen that run on ``op`` with the day each counts from, those received
    before passend onderwijs, and the notes on what was left out and why.

    At central placement an aanmelding counts from the acceptance of the place (AAN-06); one
    at a WPO school before the third birthday is a waiting-list place (AAN-02); one from before
    1 August 2014 is not judged under passend onderwijs (LAW-01).
    """
    noten: list[str] = []
    lopend: list[tuple[Aanmelding, dt.date]] = []
    oud: list[Aanmelding] = []
    einddagen = Einddagen(dossier)
    for a in dossier.aanmeldingen:
        moment = a.aanmeldmoment(bel)
        if moment is None:
            noten.append(
                f"De aanmelding bij {_schoolnaam(a.school)} telt nog niet: bij centrale "
                "plaatsing is de aanmelding het moment waarop ouders de plaats aanvaarden."
            )
        elif not loopt(a, dossier, op, bel, einddagen):
            continue
        elif moment < PASSEND_ONDERWIJS_VANAF:
            oud.append(a)
            noten.append(
                f"De aanmelding bij {_schoolnaam(a.school)} van {dagnaam(moment)} ligt vóór "
                "1 augustus 2014: daarop zijn de regels van passend onderwijs niet van "
                "toepassing (LAW-01)."
            )
        elif wachtlijst(a, dossier.leerling, bel):
            drie = aanmelden_vanaf(dossier.leerling, beleid=bel)
            noten.append(
                f"De aanmelding bij {_schoolnaam(a.school)} van {dagnaam(moment)} "
                f"was vóór de derde verjaardag ({drie.datum.isoformat()}): dat is een "
                "plaats op de wachtlijst, geen aanmelding."
            )
        else:
            telt, noot = _na_loting(a, moment, dossier)
            noten.extend([noot] if noot else [])
            if telt is not None:
                lopend.append((a, telt))
    noten += [n for a, m in lopend if (n := _uitzonderingsnoot(a, m, dossier, bel)) is not None]
    return lopend, oud, noten


def _na_loting(
    a: Aanmelding, moment: dt.date, dossier: Dossier
) -> tuple[dt.date | None, str | None]:
    """Where the school draws lots for the aanmelding, its zorgplicht starts only when the pupil
    is ingeloot; an uitgelote aanmelding no longer counts, so the next one does. Gives the day
    the aanmelding counts from (None: not on this day) and a note for the uitleg.

    Grondslag:
        WVO 2020 art. 8.9 lid 2 with the loting agreements of the region (PV-05).
    """
    loting = max(
        (x for x in dossier.lotingen if x.school == a.school),
        key=lambda x: x.bekend_op,
        default=None,
    )
    if loting is None:
        return moment, None
    school = _schoolnaam(a.school)
    if loting.uitkomst_op is None:
        return None, (
            f"Bij {school} wordt geloot: de zorgplicht voor die aanmelding ontstaat pas als de "
            "leerling is ingeloot (PV-05)."
        )
    if loting.uitkomst is Lotingsuitkomst.UITGELOOT:
        return None, (
            f"De leerling is op {dagnaam(loting.uitkomst_op)} uitgeloot bij {school}: die "
            "aanmelding telt niet meer, een volgende aanmelding wel (PV-05)."
        )
    return max(moment, loting.uitkomst_op), (
        f"Ingeloot bij {school} op {dagnaam(loting.uitkomst_op)}: de zorgplicht van die school "
        "geldt vanaf de inloting (PV-05)."
    )


def _inschrijving(dossier: Dossier, op: dt.date) -> tuple[Inschrijving | None, list[str]]:
    """The enrolment on ``op`` as the law has it (BES-02): a temporary enrolment becomes
    definitive with the admission, and ends with a refusal or a decision not to treat the
    aanmelding, also when the dossier does not (yet) show the uitschrijving."""
    inschrijvingen: list[Inschrijving] = []
    noten: list[str] = []
    # The aanmeldingen per school, once: looking them up per enrolment made this quadratic.
    per_school: dict[School, list[Aanmelding]] = {}
    for a in dossier.aanmeldingen:
        per_school.setdefault(a.school, []).append(a)
    for i in dossier.inschrijvingen:
        besluiten = [
            a.besluit
            for a in per_school.get(i.school, [])
            if a.besluit is not None and a.ontvangen_op <= i.ingeschreven_op <= a.besluit.datum
        ]
        besluit = max(besluiten, key=lambda b: b.datum, default=None)
        if not (i.tijdelijk and besluit is not None and i.ingeschreven(op)):
            inschrijvingen.append(i)
        elif besluit.uitkomst is Toelatingsuitkomst.TOEGELATEN:
            inschrijvingen.append(attrs.evolve(i, tijdelijk=False))
            noten.append(
                f"De tijdelijke inschrijving bij {_schoolnaam(i.school)} is met de toelating op "
                f"{dagnaam(besluit.datum)} definitief geworden (BES-02)."
            )
        else:
            noten.append(
                f"De tijdelijke inschrijving bij {_schoolnaam(i.school)} sinds "
                f"{dagnaam(i.ingeschreven_op)} gold tot het besluit op de aanmelding en eindigde "
                f"dus met het besluit van {dagnaam(besluit.datum)} ({besluit.uitkomst.value}); "
                "het dossier toont de uitschrijving niet (BES-02)."
            )
    return laatste(inschrijvingen, op), noten


def _keuze(st: Stand) -> Keuze[Aanmelding] | None:
    """The aanmelding that decides (AAN-05, AAN-08), with the notes that come with it.

    An undecided or admitted aanmelding goes first. A refused one, or one the school decided
    not to treat without the ground AAN-04 requires, keeps its zorgplicht only while the pupil
    has no other aanmelding and no school: the school must see the pupil placed (ZP-01, BES-04).
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
    keuze = kies(keuzelijst)
    a, besluit = keuze.gekozen, keuze.gekozen.besluit
    na: list[str] = []
    if besluit is not None and besluit.uitkomst is Toelatingsuitkomst.GEWEIGERD:
        na.append(
            f"De toelating is op {dagnaam(besluit.datum)} geweigerd; de zorgplicht blijft "
            "tot de leerling elders is aangemeld of ingeschreven (ZP-01)."
        )
    if besluit is not None and besluit.uitkomst is Toelatingsuitkomst.NIET_BEHANDELD:
        onbekend = niet_behandelen_gegrond(a, besluit) is None
        na.append(
            f"Op {dagnaam(besluit.datum)} is besloten de aanmelding niet te behandelen, maar "
            + (
                "de termijn van het verzoek om informatie is niet vastgelegd"
                if onbekend
                else "het dossier toont geen verzoek om informatie waarvan de termijn verliep "
                "of dat beantwoord werd"
            )
            + " (AAN-04); dat besluit beëindigt de zorgplicht niet: zij blijft tot de leerling "
            "elders is aangemeld of ingeschreven."
        )
    if not a.schriftelijk:
        na.append(
            "De aanmelding was niet schriftelijk; zij telt, maar dat kan worden betwist (AAN-01)."
        )
    return attrs.evolve(keuze, noten=(*keuze.noten, *st.noten, *na))


def lees(dossier: Dossier, op: dt.date, kal: Kalender, bel: Beleid) -> Stand:
    """Alles wat de stappen lezen, één keer afgeleid uit het dossier zoals het op ``op`` was."""
    lopend, oud, noten = _lopende_aanmeldingen(dossier, op, bel)
    inschrijving, inschrijfnoten = _inschrijving(dossier, op)
    st = Stand(
        dossier, op, kal, bel, inschrijving, tuple(lopend), tuple(oud), (*noten, *inschrijfnoten)
    )
    return attrs.evolve(st, keuze=_keuze(st))
