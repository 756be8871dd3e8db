"""De stappenplannen van het directienetwerk Zuid-Kennemerland voor een wissel tussen
basisscholen (rules.md SP-00 … SP-10): een regionale checklist, geen wet.

Voor de *verwijzende* en de *ontvangende* school toont elke stap het gegeven dat bewijst dat hij
is gezet (een :class:`Stap`, een :class:`~passend.Contactmoment`, een
:class:`~passend.Schoolwisselmelding`), of hij open, gedaan of niet van toepassing is, en de dag
waarop hij ertoe doet. Een ontbrekende stap is een aandachtspunt, nooit een gebrek, en hij zet
nooit een wettelijke termijn stil: zodra de ouders de leerling schriftelijk hebben aangemeld bij
de ontvangende school, heeft die school de zorgplicht en loopt haar beslistermijn vanaf de
ontvangst, wat stap SP-02 ook zegt (SP-00).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from passend._aanmelding import Toelatingsuitkomst
from passend._beleid import Beleid, beleid_of_standaard
from passend._bronnen import Bron, Zekerheid
from passend._fouten import OngeldigeInvoer
from passend._gebreken import Aandachtspunt
from passend._kalender import Kalender, dagnaam
from passend._partijen import Leerling, School
from passend._waarden import (
    als_bronnen,
    controleer_datum,
    controleer_optie,
    controleer_soort,
    elk_een,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_tekst_of_none,
    is_type,
    is_type_of_none,
    niet_leeg,
)
from passend._weergave import Reeks, Weergave

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "Kant",
    "Stap",
    "Stapcode",
    "Stappenplan",
    "Stapstand",
    "Stapstatus",
    "Zoeker",
    "stappenplan",
]

STAPPENPLAN_ZK = Bron(
    wet="Directienetwerk Zuid-Kennemerland, stappenplannen zorgplicht",
    artikel="stappenplan ontvangende en verwijzende school",
    zekerheid=Zekerheid.BRONDOCUMENT,
    regel="SP-00",
)
FINANCIEEL_ZK = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 8.1.3",
    zekerheid=Zekerheid.BRONDOCUMENT,
    regel="SP-10",
)


class Kant(enum.Enum):
    """Bij welke school een stap hoort."""

    #: De school waar de ouders hun kind willen aanmelden.
    ONTVANGEND = "ontvangende school"
    #: De school die de leerling verlaat.
    VERWIJZEND = "verwijzende school"


class Stapcode(enum.Enum):
    """De stappen van de twee stappenplannen (regionale afspraken van het directienetwerk
    Zuid-Kennemerland), met de codes uit rules.md als waarde."""

    #: Ontvangende school: ouders ontvangen voor een gesprek; weet de vorige school ervan?
    OUDERS_ONTVANGEN = "SP-01"
    #: Ontvangende school: de eigen school van de ouders neemt contact op voor de overdracht.
    CONTACT_SCHOLEN = "SP-02"
    #: Ontvangende school: gesprek directeur-directeur en ib-ib, ouders bij de overdracht.
    OVERDRACHT = "SP-03"
    #: Ontvangende school: observatie op de verwijzende school, als die nodig en mogelijk is.
    OBSERVATIE = "SP-04"
    #: Ontvangende school: korte evaluatie tussen de directeuren over de overstap.
    EVALUATIE = "SP-05"
    #: Verwijzende school: afspreken wie een andere school zoekt: school, ouders of beide.
    WIE_GAAT_OP_PAD = "SP-06"
    #: Verwijzende school: ouders gewezen op het onderwijsloket (onafhankelijke begeleiding).
    ONDERWIJSLOKET = "SP-07"
    #: Verwijzende school: bij een conflict tijdig contact met een onafhankelijke derde.
    DERDE_BIJ_CONFLICT = "SP-08"
    #: Verwijzende school: onderwijsbehoefte in kaart, liefst met ouders; gesprek
    #: directeur-directeur zodra er een school is.
    BEHOEFTE_IN_KAART = "SP-09"

    @property
    def kant(self) -> Kant:
        """De school die deze stap zet: SP-01 … SP-05 de ontvangende school, SP-06 … SP-09 de
        verwijzende.

        Grondslag:
            Stappenplannen bao-bao van het directienetwerk Zuid-Kennemerland (SP-00 … SP-09).
        """
        return Kant.ONTVANGEND if self.value <= "SP-05" else Kant.VERWIJZEND


_OMSCHRIJVING = {
    Stapcode.OUDERS_ONTVANGEN: "ouders ontvangen voor een gesprek; weet de vorige school ervan?",
    Stapcode.CONTACT_SCHOLEN: "de eigen school van de ouders neemt contact op voor de overdracht",
    Stapcode.OVERDRACHT: "gesprek directeur-directeur en ib-ib, ouders bij de overdracht",
    Stapcode.OBSERVATIE: "observatie op de verwijzende school, als die nodig en mogelijk is",
    Stapcode.EVALUATIE: "korte evaluatie tussen de directeuren over de overstap",
    Stapcode.WIE_GAAT_OP_PAD: "afspreken wie een andere school zoekt: school, ouders of beide",
    Stapcode.ONDERWIJSLOKET: "ouders gewezen op het onderwijsloket (onafhankelijke begeleiding)",
    Stapcode.DERDE_BIJ_CONFLICT: "bij een conflict tijdig contact met een onafhankelijke derde",
    Stapcode.BEHOEFTE_IN_KAART: "onderwijsbehoefte in kaart, liefst met ouders; gesprek "
    "directeur-directeur zodra er een school is",
}


class Zoeker(enum.Enum):
    """Wie een andere school zoekt (SP-06)."""

    #: De verwijzende school.
    SCHOOL = "school"
    #: De ouders.
    OUDERS = "ouders"
    #: School en ouders samen.
    BEIDE = "beide"


@attrs.frozen(kw_only=True)
class Stap(Weergave):
    """Een stap van de stappenplannen, gezet door ``school`` op ``op``."""

    #: De leerling om wie het gaat.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: Welke stap.
    stap: Stapcode = attrs.field(validator=is_enum(Stapcode))
    #: De school die de stap zette.
    school: School = attrs.field(validator=is_type(School))
    #: De dag waarop de stap is gezet.
    op: dt.date = attrs.field(validator=is_datum)
    #: De ouders waren bij de overdracht (SP-03, SP-09); ``None``: niet vastgelegd.
    ouders_aanwezig: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    #: Wie een andere school zoekt (alleen bij SP-06); ``None``: niet vastgelegd of een andere
    #: stap.
    zoeker: Zoeker | None = attrs.field(default=None)

    @zoeker.validator
    def _check_zoeker(self, attribute: attrs.Attribute[Zoeker | None], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, Zoeker):
            raise OngeldigeInvoer(attribute.name, value, "verwacht een Zoeker of None")
        if self.stap is not Stapcode.WIE_GAAT_OP_PAD:
            raise OngeldigeInvoer(attribute.name, value.value, "alleen bij stap SP-06")

    def stand_op(self, op: dt.date) -> Stap | None:
        """Deze stap zoals bekend op ``op``: ``None`` voordat hij is gezet."""
        return self if self.op <= controleer_datum("op", op) else None


class Stapstand(enum.Enum):
    """Open, gedaan of niet van toepassing."""

    #: De stap is nog niet gezet.
    OPEN = "open"
    #: De stap is gezet; ``Stapstatus.blijkt_uit`` noemt het bewijs.
    GEDAAN = "gedaan"
    #: De stap hoeft in deze zaak niet (bijvoorbeeld SP-08 zonder conflict).
    NIET_VAN_TOEPASSING = "niet van toepassing"


@attrs.frozen(kw_only=True)
class Stapstatus(Weergave):
    """Eén regel van de checklist."""

    #: De code van de stap (SP-01 … SP-10).
    stap: str = attrs.field(validator=niet_leeg)
    #: Wat de stap inhoudt.
    omschrijving: str = attrs.field(validator=niet_leeg)
    #: Bij welke school de stap hoort.
    kant: Kant = attrs.field(validator=is_enum(Kant))
    #: De school die de stap zet; ``None``: die school is uit het dossier niet bekend.
    school: School | None = attrs.field(validator=is_type_of_none(School))
    #: Open, gedaan of niet van toepassing.
    status: Stapstand = attrs.field(validator=is_enum(Stapstand))
    #: Het gegeven waaruit blijkt dat de stap is gezet; ``None``: geen.
    blijkt_uit: str | None = attrs.field(validator=is_tekst_of_none)
    #: De dag waarop de stap ertoe doet; ``None``: uit het dossier volgt geen dag.
    uiterlijk: dt.date | None = attrs.field(validator=is_datum_of_none)
    #: De bronnen van de stap.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: De stand van de stap in gewone taal.
    uitleg: str = attrs.field(validator=niet_leeg)


class Stappenplan(Reeks[Stapstatus]):
    """Wat :func:`stappenplan` geeft: een rij per stap, als tabel en als rijen."""

    __slots__ = ()
    titel = "Stappenplan schoolwissel (regionaal)"
    leeg = "Geen stappenplan: geen regionale afspraak gekozen of geen schoolwissel in beeld."


@attrs.frozen
class _Zaak:
    verwijzend: School | None
    ontvangend: School | None
    begin: dt.date
    inschrijving: dt.date | None  # at the receiving school
    besluit: dt.date | None  # decision on the aanmelding at the receiving school


def _zaak(stand: Dossier) -> _Zaak | None:
    """The switch the dossier shows: referring school (of the switch or of the referring steps,
    else where the pupil was enrolled when the case began), receiving school (of the switch, the
    receiving steps, else the first aanmelding or contact elsewhere) and the first day of the
    case: its first step, contact or aanmelding. None when nothing shows a switch."""
    data = [
        *(s.op for s in stand.stappen),
        *(c.op for c in stand.contactmomenten),
        *(a.ontvangen_op for a in stand.aanmeldingen),
    ]
    if not data:
        return None
    begin = min(data)
    melding = max(stand.schoolwisselmeldingen, key=lambda m: m.gewisseld_op, default=None)
    eigen = [s.school for s in stand.stappen if s.stap.kant is Kant.VERWIJZEND]
    ander = [s.school for s in stand.stappen if s.stap.kant is Kant.ONTVANGEND]
    ingeschreven = sorted(stand.inschrijvingen, key=lambda i: i.ingeschreven_op)
    verwijzend = (
        melding.van
        if melding
        else eigen[0]
        if eigen
        else next((i.school for i in ingeschreven if i.ingeschreven(begin)), None)
    )
    kandidaten = [
        *([melding.naar] if melding else []),
        *ander,
        *(a.school for a in sorted(stand.aanmeldingen, key=lambda a: a.ontvangen_op)),
        *(c.school for c in sorted(stand.contactmomenten, key=lambda c: c.op)),
    ]
    ontvangend = next((s for s in kandidaten if s != verwijzend), None)
    if ontvangend is None and not eigen:
        return None
    inschrijving = next((i.ingeschreven_op for i in ingeschreven if i.school == ontvangend), None)
    besluiten = [
        a.besluit.datum
        for a in stand.aanmeldingen
        if a.school == ontvangend
        and a.besluit is not None
        and a.besluit.uitkomst is not Toelatingsuitkomst.NIET_BEHANDELD
    ]
    return _Zaak(verwijzend, ontvangend, begin, inschrijving, min(besluiten, default=None))


def _uiterlijk(code: Stapcode, zaak: _Zaak, gedaan: dict[Stapcode, dt.date]) -> dt.date | None:
    """The day by which ``code`` matters, as far as the dossier shows it."""
    if code in (Stapcode.OUDERS_ONTVANGEN, Stapcode.WIE_GAAT_OP_PAD, Stapcode.ONDERWIJSLOKET):
        return zaak.begin
    if code is Stapcode.CONTACT_SCHOLEN:
        later = [
            d
            for c, d in gedaan.items()
            if c in (Stapcode.OVERDRACHT, Stapcode.OBSERVATIE, Stapcode.EVALUATIE)
        ]
        return min([*later, *filter(None, [zaak.inschrijving, zaak.besluit])], default=None)
    if code in (Stapcode.OVERDRACHT, Stapcode.OBSERVATIE):
        return zaak.inschrijving
    if code is Stapcode.BEHOEFTE_IN_KAART:
        return min(filter(None, [zaak.besluit, zaak.inschrijving]), default=None)
    return None  # SP-05 (after the inschrijving) and SP-08 ("tijdig") name no day


def stappenplan(
    dossier: Dossier,
    op: dt.date,
    *,
    conflict: bool | None = None,
    beleid: Beleid | None = None,
) -> Stappenplan:
    """De checklist van de stappenplannen voor de schoolwissel die het dossier laat zien, op
    ``op``.

    Alleen onder ``Beleid.stappenplan_bao_bao`` (:meth:`Beleid.zuid_kennemerland`); anders
    leeg. ``conflict``: of de relatie met de ouders verstoord is (SP-08 geldt alleen dan);
    ``None`` als dat niet bekend is. De laatste regel is SP-10: de wissel gemeld aan het SWV,
    waarop de financiële zorgplicht van twee jaar rust
    (:func:`~passend.financieel_verantwoordelijke`).

    Grondslag:
        Directienetwerk Zuid-Kennemerland, stappenplannen (SP-00 … SP-09, regionale afspraak,
        geen wet); ondersteuningsplan Zuid-Kennemerland 2024-2028 § 8.1.3 (SP-10).
    """
    from passend._dossier import Dossier  # here: _dossier imports this module

    stand = controleer_soort("dossier", dossier, Dossier).stand_op(op)
    controleer_optie("conflict", conflict, bool)
    bel = beleid_of_standaard(beleid)
    zaak = _zaak(stand) if bel.stappenplan_bao_bao else None
    if zaak is None:
        return Stappenplan(())
    gedaan: dict[Stapcode, dt.date] = {}
    bewijs: dict[Stapcode, Stap] = {}
    for s in sorted(stand.stappen, key=lambda s: s.op):
        if s.school == (zaak.ontvangend if s.stap.kant is Kant.ONTVANGEND else zaak.verwijzend):
            gedaan.setdefault(s.stap, s.op)
            bewijs.setdefault(s.stap, s)
    regels = []
    for code in Stapcode:
        school = zaak.ontvangend if code.kant is Kant.ONTVANGEND else zaak.verwijzend
        uiterlijk = _uiterlijk(code, zaak, gedaan)
        stap = bewijs.get(code)
        if stap is not None:
            status, blijkt = Stapstand.GEDAAN, f"stap {code.value} van {dagnaam(stap.op)}"
            uitleg = "Gedaan"
            if uiterlijk is not None and stap.op > uiterlijk:
                uitleg += f", na {dagnaam(uiterlijk)}"
            if stap.ouders_aanwezig is False:
                uitleg += "; de ouders waren er niet bij"
            if stap.zoeker is not None:
                uitleg += f"; op pad: {stap.zoeker.value}"
            uitleg += "."
        elif code is Stapcode.DERDE_BIJ_CONFLICT and conflict is not True:
            status, blijkt = (
                (Stapstand.NIET_VAN_TOEPASSING if conflict is False else Stapstand.OPEN),
                None,
            )
            uitleg = (
                "Geen conflict: deze stap is niet nodig."
                if conflict is False
                else "Alleen nodig bij een conflict of verstoorde relatie; of die er is, is niet "
                "vastgelegd."
            )
        else:
            status, blijkt = Stapstand.OPEN, None
            uitleg = "Nog niet vastgelegd."
            if code is Stapcode.OBSERVATIE:
                uitleg += " Alleen als observatie nodig en mogelijk is."
        regels.append(
            Stapstatus(
                stap=code.value,
                omschrijving=_OMSCHRIJVING[code],
                kant=code.kant,
                school=school,
                status=status,
                blijkt_uit=blijkt,
                uiterlijk=uiterlijk,
                grondslag=(attrs.evolve(STAPPENPLAN_ZK, regel=code.value),),
                uitleg=uitleg,
            )
        )
    regels.append(_financieel(stand, zaak, op, bel))
    return Stappenplan(regels)


def _financieel(stand: Dossier, zaak: _Zaak, op: dt.date, bel: Beleid) -> Stapstatus:
    """SP-10: the switch reported to the SWV; who pays a referral follows from
    :func:`~passend.financieel_verantwoordelijke` on the same records."""
    # Imported here: the zorgplicht module imports the dossier, which imports this module.
    from passend._zorgplicht import financieel_verantwoordelijke

    melding = next(
        (
            m
            for m in stand.schoolwisselmeldingen
            if m.van == zaak.verwijzend and m.naar == zaak.ontvangend
        ),
        None,
    )
    if melding is None:
        status = Stapstand.OPEN
        uitleg = (
            "De schoolwissel is niet aan het samenwerkingsverband gemeld; zonder melding (in "
            "overleg met de ouders) rust er geen financiële zorgplicht op de verwijzende school."
        )
    elif melding.verhuizing or not melding.extra_ondersteuningsbehoefte:
        status = Stapstand.NIET_VAN_TOEPASSING
        uitleg = (
            "Gemeld, maar de wissel komt door een verhuizing of de directeuren stellen geen extra "
            "ondersteuningsbehoefte vast: geen financiële zorgplicht van twee jaar."
        )
    else:
        status = Stapstand.GEDAAN
        uitleg = financieel_verantwoordelijke(stand, op, beleid=bel).uitleg
    return Stapstatus(
        stap="SP-10",
        omschrijving="schoolwissel met extra ondersteuningsbehoefte, geen verhuizing, gemeld aan "
        "het samenwerkingsverband: twee jaar financiële zorgplicht van de verwijzende school",
        kant=Kant.VERWIJZEND,
        school=zaak.verwijzend,
        status=status,
        blijkt_uit=None
        if melding is None
        else f"schoolwisselmelding van {dagnaam(melding.gewisseld_op)}",
        uiterlijk=None,
        grondslag=(FINANCIEEL_ZK,),
        uitleg=uitleg,
    )


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Stappen van de regionale stappenplannen die nog open zijn als ze ertoe doen: vanaf hun
    dag (SP-05 zodra de leerling op de ontvangende school staat ingeschreven). Nooit een gebrek
    (SP-00).

    Grondslag:
        Directienetwerk Zuid-Kennemerland, stappenplannen (SP-00 … SP-09), regionale afspraak.
    """
    plan = stappenplan(dossier, op, beleid=beleid)
    zaak = _zaak(dossier) if plan else None
    for regel in plan:
        if regel.status is not Stapstand.OPEN or regel.stap in ("SP-04", "SP-08", "SP-10"):
            continue
        aan_de_orde = (
            regel.uiterlijk is not None and regel.uiterlijk <= op
            if regel.stap != "SP-05"
            else zaak is not None and zaak.inschrijving is not None
        )
        if not aan_de_orde:
            continue
        wanneer = f" (aan de orde vanaf {dagnaam(regel.uiterlijk)})" if regel.uiterlijk else ""
        yield Aandachtspunt(
            onderwerp=f"Stappenplan {regel.stap} open",
            uitleg=f"Stap {regel.stap} van de {regel.kant.value}: {regel.omschrijving}{wanneer} "
            "is niet vastgelegd. Dit is een regionale afspraak, geen wettelijke eis; zij schort "
            "geen wettelijke termijn op.",
            grondslag=regel.grondslag,
        )
