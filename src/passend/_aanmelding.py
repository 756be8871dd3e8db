"""Aanmelding en het besluit erop: de gegevens waarmee de zorgplicht begint (rules.md §1-2).

Dit zijn feiten zoals een school ze vastlegt. Of ze volgens de regels zijn afgehandeld,
beoordeelt ``passend.toets``; wie de zorgplicht draagt, ``passend.zorgplicht``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from passend._beleid import Beleid, beleid_of_standaard
from passend._bezwaar import Bezwaar
from passend._bronnen import (
    AWB_3_46,
    GPO_EERSTE_VOORKEUR,
    PASSEND_ONDERWIJS_VANAF,
    WEC_40_WEIGEREN,
    WEC_61,
    WEC_CLUSTER_1_2,
    WEC_TAAL,
    WEC_UITZONDERING,
    WET_PASSEND_ONDERWIJS,
    WPO_40_WEIGEREN,
    WPO_63_MOTIVERING,
    WPO_TAAL,
    WPO_UITZONDERING,
    WVO_8_8_MOTIVERING,
    WVO_8_9_WEIGEREN,
    WVO_TAAL,
    WVO_UITZONDERING,
    Bron,
    per_wet,
)
from passend._fouten import NietBekend, OngeldigeInvoer, TegenstrijdigDossier
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender, dagnaam
from passend._leeftijd import verjaardag
from passend._partijen import Bestuurssoort, Leerling, School, Schoolsoort
from passend._verwijdering import andere_school_ontbreekt
from passend._waarden import (
    als_informatieverzoeken,
    als_verlengingen,
    controleer_datum,
    elk_een,
    is_bool,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    is_type_of_none,
    niet_voor,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave
from passend.termijnen import (
    BESLIS_AANMELDING,
    NIET_BEHANDELEN,
    Termijn,
    _zonder_kb_twijfel,
    beslistermijn,
    niet_behandelen_termijn,
)

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "Aanmelding",
    "Contactmoment",
    "geldende_uitzondering",
    "kan_niet_gelden",
    "loopt",
    "niet_behandelen_gegrond",
    "uitzondering_bron",
    "termijnen",
    "wachtlijst",
    "Informatieverzoek",
    "Ondersteuningsbehoefte",
    "Toelatingsbesluit",
    "Toelatingsuitkomst",
    "Uitzondering",
    "Verlenging",
]


class Ondersteuningsbehoefte(enum.Enum):
    """Wat ouders bij de aanmelding meldden (of de school vaststelde) over extra ondersteuning."""

    #: Geen extra ondersteuning nodig.
    GEEN = "geen"
    #: Extra ondersteuning is mogelijk nodig; nog niet vastgesteld.
    VERMOED = "vermoed"
    #: Vastgesteld dat de leerling extra ondersteuning nodig heeft.
    VASTGESTELD = "vastgesteld"
    #: (Nog) niet bekend: het zorgplichtoordeel zegt dat, in plaats van te gissen.
    ONBEKEND = "onbekend"


class Uitzondering(enum.Enum):
    """Gronden waarop de zorgplicht niet geldt voor een aanmelding (AAN-07)."""

    #: De school is vol voor alle leerlingen, niet alleen voor leerlingen met extra
    #: ondersteuning.
    SCHOOL_VOL = "school vol voor alle leerlingen"
    #: De ouders onderschrijven of respecteren de grondslag van de school niet.
    GRONDSLAG_GEWEIGERD = "ouders onderschrijven of respecteren de grondslag niet"
    #: De leerling heeft alleen ondersteuning nodig bij het leren van het Nederlands.
    ALLEEN_TAALONDERSTEUNING = "alleen ondersteuning bij het leren van het Nederlands"
    #: De school is een instelling voor cluster 1 of 2.
    CLUSTER_1_2 = "instelling voor cluster 1 of 2"
    #: De leerling voldoet niet aan de toelatingseisen van het vo.
    VO_TOELATINGSEISEN = "voldoet niet aan de toelatingseisen van het vo"


class Toelatingsuitkomst(enum.Enum):
    """Uitkomst van het besluit op een aanmelding."""

    #: De leerling is toegelaten.
    TOEGELATEN = "toegelaten"
    #: De toelating is geweigerd.
    GEWEIGERD = "geweigerd"
    #: Besloten de aanmelding niet te behandelen (AAN-04).
    NIET_BEHANDELD = "niet behandeld"


def _is_rangnummer(_: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    """A preference rank: 1 (first preference), 2, …, or None when not stated."""
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een rangnummer ≥ 1 of None")


@attrs.frozen(kw_only=True)
class Verlenging(Weergave):
    """De ene verlenging van de beslistermijn, zoals meegedeeld aan de ouders."""

    #: Dag waarop de verlenging aan de ouders is meegedeeld.
    medegedeeld_op: dt.date = attrs.field(validator=is_datum)
    #: Duur van de verlenging in weken (≥ 1). Meer dan 4 kan worden vastgelegd (het gebeurt);
    #: ``passend.toets`` meldt het.
    weken: int = attrs.field()

    @weken.validator
    def _check_weken(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise OngeldigeInvoer(attribute.name, value, "verwacht een geheel aantal weken ≥ 1")


@attrs.frozen(kw_only=True)
class Informatieverzoek(Weergave):
    """Een verzoek aan de ouders om ontbrekende informatie (AAN-04, BES-03)."""

    #: Dag waarop het verzoek is verzonden.
    verzonden_op: dt.date = attrs.field(validator=is_datum)
    #: Einde van de termijn die de school voor de informatie stelde; None: geen termijn gesteld
    #: of niet vastgelegd.
    termijn_tot: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("verzonden_op", "het verzoek")],
    )
    #: Dag waarop de informatie binnenkwam; None: (nog) niet ontvangen.
    ontvangen_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("verzonden_op", "het verzoek")],
    )


@attrs.frozen(kw_only=True)
class Toelatingsbesluit(Weergave):
    """Het besluit op een aanmelding."""

    #: Dag van het besluit.
    datum: dt.date = attrs.field(validator=is_datum)
    #: Toegelaten, geweigerd of niet behandeld.
    uitkomst: Toelatingsuitkomst = attrs.field(validator=is_enum(Toelatingsuitkomst))
    #: De school die zich vóór een weigering bereid verklaarde de leerling toe te laten (BES-04);
    #: None: geen andere school vastgelegd.
    andere_school: School | None = attrs.field(default=None, validator=is_type_of_none(School))
    #: Dag waarop ``andere_school`` zich bereid verklaarde; None: niet vastgelegd.
    andere_school_bereid_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: True als het besluit schriftelijk en met redenen is meegedeeld; None: niet vastgelegd.
    schriftelijk_gemotiveerd: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    #: Het bezwaar van de ouders tegen een weigering (of tegen een besluit de aanmelding niet te
    #: behandelen), met de zaak bij de GPO; getoetst als een bezwaar tegen een verwijdering
    #: (VER-05). None: geen bezwaar.
    bezwaar: Bezwaar | None = attrs.field(default=None)

    @bezwaar.validator
    def _check_bezwaar(
        self, attribute: attrs.Attribute[Bezwaar | None], value: Bezwaar | None
    ) -> None:
        if value is None:
            return
        is_type(Bezwaar)(self, attribute, value)
        if self.uitkomst is Toelatingsuitkomst.TOEGELATEN:
            raise TegenstrijdigDossier(
                attribute.name, value.ontvangen_op, "bezwaar tegen een toelating"
            )
        niet_voor("datum", "het besluit")(self, attribute, value.ontvangen_op)


@attrs.frozen(kw_only=True)
class Aanmelding(Weergave):
    """Een aanmelding van een leerling bij een school, zoals ontvangen door het bevoegd gezag."""

    #: De aangemelde leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school waar de leerling is aangemeld.
    school: School = attrs.field(validator=is_type(School))
    #: Dag waarop het bevoegd gezag de aanmelding ontving.
    ontvangen_op: dt.date = attrs.field(validator=is_datum)
    #: Wat ouders of school bij de aanmelding zeiden over extra ondersteuning.
    ondersteuningsbehoefte: Ondersteuningsbehoefte = attrs.field(
        validator=is_enum(Ondersteuningsbehoefte)
    )
    #: Het voorkeursnummer van de ouders (1 = eerste voorkeur); None (de standaard): niet
    #: vastgelegd. Een niet genoemde voorkeur is onbekend, niet "eerste" (sinds 0.2; daarvoor
    #: was de standaard 1).
    voorkeur: int | None = attrs.field(default=None, validator=_is_rangnummer)
    #: False legt een betwiste, niet-schriftelijke aanmelding vast (AAN-01).
    schriftelijk: bool = attrs.field(default=True, validator=is_bool)
    #: De uitzondering waarop de school zich beriep (AAN-07); een uitzondering die op deze school
    #: niet kan gelden, blijft vastgelegd maar beëindigt geen zorgplicht. None: geen.
    uitzondering: Uitzondering | None = attrs.field(
        default=None, validator=is_type_of_none(Uitzondering)
    )
    #: De (eerste) verlenging van de beslistermijn; None: niet verlengd.
    verlenging: Verlenging | None = attrs.field(default=None, validator=is_type_of_none(Verlenging))
    #: Verzoeken aan de ouders om ontbrekende informatie.
    informatieverzoeken: tuple[Informatieverzoek, ...] = attrs.field(
        default=(), converter=als_informatieverzoeken, validator=elk_een(Informatieverzoek)
    )
    #: Het besluit op de aanmelding; None: (nog) niet besloten.
    besluit: Toelatingsbesluit | None = attrs.field(
        default=None, validator=is_type_of_none(Toelatingsbesluit)
    )
    #: Verlengingen die na de eerste zijn meegedeeld; de wet staat er maar één toe, dus
    #: ``passend.toets`` meldt ze (ze verschuiven de beslistermijn niet).
    verdere_verlengingen: tuple[Verlenging, ...] = attrs.field(
        default=(), converter=als_verlengingen, validator=elk_een(Verlenging)
    )
    #: Centrale plaatsing (Haarlem, AAN-06): de dag waarop de ouders de aangeboden plaats
    #: aanvaardden; None: (nog) niet aanvaard of niet van toepassing.
    plaats_geaccepteerd_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("ontvangen_op", "de ontvangst van de aanmelding")],
    )

    @verlenging.validator
    def _check_verlenging(
        self, attribute: attrs.Attribute[Verlenging | None], value: Verlenging | None
    ) -> None:
        if value is not None:
            niet_voor("ontvangen_op", "de ontvangst van de aanmelding")(
                self, attribute, value.medegedeeld_op
            )

    @verdere_verlengingen.validator
    def _check_verdere(
        self, attribute: attrs.Attribute[tuple[Verlenging, ...]], value: tuple[Verlenging, ...]
    ) -> None:
        for verlenging in value:
            eerste = self.verlenging
            if eerste is None or verlenging.medegedeeld_op < eerste.medegedeeld_op:
                raise TegenstrijdigDossier(
                    attribute.name,
                    verlenging.medegedeeld_op,
                    "een verdere verlenging ligt niet na een eerste verlenging",
                )

    @besluit.validator
    def _check_besluit(
        self, attribute: attrs.Attribute[Toelatingsbesluit | None], value: Toelatingsbesluit | None
    ) -> None:
        if value is not None:
            niet_voor("ontvangen_op", "de ontvangst van de aanmelding")(
                self, attribute, value.datum
            )

    def stand_op(self, op: dt.date) -> Aanmelding | None:
        """Deze aanmelding zoals bekend op ``op``: None vóór ontvangst, latere feiten weggelaten."""
        if self.ontvangen_op > controleer_datum("op", op):
            return None
        verlenging = self.verlenging
        besluit = self.besluit
        return vervang(
            self,
            verlenging=verlenging if verlenging and verlenging.medegedeeld_op <= op else None,
            verdere_verlengingen=[v for v in self.verdere_verlengingen if v.medegedeeld_op <= op],
            informatieverzoeken=[
                vervang(v, ontvangen_op=tot_en_met(v.ontvangen_op, op))
                for v in self.informatieverzoeken
                if v.verzonden_op <= op
            ],
            besluit=(
                vervang(
                    besluit,
                    andere_school_bereid_op=tot_en_met(besluit.andere_school_bereid_op, op),
                    bezwaar=besluit.bezwaar.stand_op(op) if besluit.bezwaar else None,
                )
                if besluit and besluit.datum <= op
                else None
            ),
            plaats_geaccepteerd_op=tot_en_met(self.plaats_geaccepteerd_op, op),
        )

    def aanmeldmoment(self, beleid: Beleid | None = None) -> dt.date | None:
        """De dag vanaf wanneer deze aanmelding telt voor de zorgplicht en de beslistermijn.

        De dag van ontvangst (AAN-01); met ``Beleid.centrale_plaatsing`` op een basisschool de
        dag waarop de ouders de aangeboden plaats aanvaardden, of None zolang ze dat niet deden
        (AAN-06).

        Grondslag:
            WPO art. 40, WEC art. 40 (AAN-01); centrale plaatsing: ondersteuningsplan
            Zuid-Kennemerland § 6.1.2, regionaal beleid (AAN-06).
        """
        bel = beleid_of_standaard(beleid)
        if bel.centrale_plaatsing and self.school.soort is Schoolsoort.BAO:
            return self.plaats_geaccepteerd_op
        return self.ontvangen_op

    def beslistermijn(
        self, *, kalender: Kalender | None = None, beleid: Beleid | None = None
    ) -> Termijn:
        """De beslistermijn van deze aanmelding, met verlenging en informatieverzoeken.

        Een verlenging van meer dan 4 weken werkt niet verder dan de wettelijke 4 weken: de
        termijn wordt met 4 berekend en de uitleg zegt dat (``passend.toets`` meldt het gebrek).

        Grondslag:
            WPO art. 40 lid 6 en 12, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-01, BES-03).
        """
        verlenging = self.verlenging
        weken = min(verlenging.weken, 4) if verlenging else 0
        moment = self.aanmeldmoment(beleid)
        if moment is None:
            raise NietBekend(
                "plaats_geaccepteerd_op",
                None,
                "bij centrale plaatsing loopt de beslistermijn pas vanaf de aanvaarding van de "
                "aangeboden plaats",
            )
        termijn = beslistermijn(
            moment,
            verlenging_weken=weken,
            verlenging_medegedeeld_op=verlenging.medegedeeld_op if verlenging else None,
            informatieverzoeken=[
                (v.verzonden_op, v.ontvangen_op)
                for v in self.informatieverzoeken
                if v.ontvangen_op is not None
            ],
            schoolsoort=self.school.soort,
            kalender=kalender,
            beleid=beleid,
        )
        if verlenging and verlenging.weken > 4:
            termijn = attrs.evolve(
                termijn,
                uitleg=f"{termijn.uitleg} Meegedeeld was een verlenging van {verlenging.weken} "
                "weken; de wet staat ten hoogste 4 weken toe, dus de termijn is met 4 weken "
                "verlengd.",
            )
        return termijn


@attrs.frozen(kw_only=True)
class Contactmoment(Weergave):
    """Eerste contact van ouders of professionals met een school over een leerling.

    Telefonisch of schriftelijk, vóór een schriftelijke aanmelding. Het begint geen wettelijke
    zorgplicht; Zuid-Kennemerland verbindt er een "morele zorgplicht" aan
    (``Beleid.morele_zorgplicht``, ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland
    § 6.1.1): de school vraagt of de ouders meer scholen benaderden en welke hun voorkeur heeft.
    """

    #: De leerling om wie het gaat.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school die werd benaderd.
    school: School = attrs.field(validator=is_type(School))
    #: Dag van het contact.
    op: dt.date = attrs.field(validator=is_datum)
    #: Het antwoord op de vraag naar de voorkeur (1 = de school van voorkeur); None: onbekend.
    voorkeur: int | None = attrs.field(default=None, validator=_is_rangnummer)

    def stand_op(self, op: dt.date) -> Contactmoment | None:
        """Dit contact zoals bekend op ``op``: None vóórdat het plaatsvond."""
        return self if self.op <= controleer_datum("op", op) else None


# --- Exceptions, the decision not to treat, and when an aanmelding runs ------------------------


def uitzondering_bron(school: School, uitzondering: Uitzondering) -> Bron:
    """Het artikel van ``uitzondering`` in de sectorwet van ``school`` (AAN-07)."""
    if uitzondering is Uitzondering.CLUSTER_1_2:
        return WEC_CLUSTER_1_2
    if uitzondering is Uitzondering.ALLEEN_TAALONDERSTEUNING:
        return per_wet(school.soort.wet, WPO_TAAL, WEC_TAAL, WVO_TAAL)
    return per_wet(school.soort.wet, WPO_UITZONDERING, WEC_UITZONDERING, WVO_UITZONDERING)


def kan_niet_gelden(uitzondering: Uitzondering, school: School) -> str | None:
    """Waarom ``uitzondering`` niet kan gelden op ``school`` (een reden in tekst), of None als ze
    wel kan gelden.

    De uitzondering voor de grondslag hoort bij een bijzondere school, de algemene
    toelatingseisen bij het VO (WVO 2020: VO en PrO), cluster 1/2 bij een SO- of VSO-instelling
    van dat cluster (een instelling zonder vastgelegd cluster kan er een zijn). School vol en
    alleen ondersteuning bij het Nederlands kunnen op elke school gelden (AAN-07, OVR-08).

    Grondslag:
        WPO art. 40 lid 3 en 5, WEC art. 40 lid 4 en 6, WVO 2020 art. 8.9 lid 1 en 3 (AAN-07;
        leden alleen uit de brondocumenten); cluster 1/2: OVR-08.
    """
    if (
        uitzondering is Uitzondering.GRONDSLAG_GEWEIGERD
        and school.bestuur.soort is not Bestuurssoort.BIJZONDER
    ):
        return "alleen een bijzondere school kan ouders vragen haar grondslag te respecteren"
    if uitzondering is Uitzondering.VO_TOELATINGSEISEN and school.soort.wet != "WVO 2020":
        return "alleen het voortgezet onderwijs kent algemene toelatingseisen"
    if uitzondering is Uitzondering.CLUSTER_1_2 and (
        school.soort not in (Schoolsoort.SO, Schoolsoort.VSO) or school.cluster not in (None, 1, 2)
    ):
        return "alleen een so- of vso-instelling voor cluster 1 of 2 valt buiten de zorgplicht"
    return None


def geldende_uitzondering(aanmelding: Aanmelding) -> Uitzondering | None:
    """De uitzondering die voor ``aanmelding`` geldt: de vastgelegde, als die op de school kan
    gelden; anders cluster 1/2 als de school zelf zo'n instelling is (OVR-08, gelezen uit
    ``School.cluster``); anders geen."""
    uitzondering = aanmelding.uitzondering
    if uitzondering is not None and kan_niet_gelden(uitzondering, aanmelding.school) is None:
        return uitzondering
    if aanmelding.school.cluster in (1, 2):
        return Uitzondering.CLUSTER_1_2
    return None


def niet_behandelen_gegrond(aanmelding: Aanmelding, besluit: Toelatingsbesluit) -> bool | None:
    """Toont het dossier de grond voor ``besluit`` om ``aanmelding`` niet te behandelen (AAN-04)?

    True als een verzoek om informatie vóór het besluit beantwoord is, of de gestelde termijn
    ervoor ongebruikt afliep; None als een eerder verzonden verzoek geen vastgelegde termijn en
    geen antwoord heeft (een mens moet oordelen); anders False: geen verzoek in het dossier, of
    alleen een waarvan de termijn nog niet was afgelopen.
    """
    if _aanleiding_niet_behandelen(aanmelding, besluit.datum):
        return True
    open_zonder_termijn = any(
        v.verzonden_op <= besluit.datum
        and v.termijn_tot is None
        and (v.ontvangen_op is None or v.ontvangen_op > besluit.datum)
        for v in aanmelding.informatieverzoeken
    )
    return None if open_zonder_termijn else False


def _aanleiding_niet_behandelen(a: Aanmelding, besluit_op: dt.date) -> list[dt.date]:
    """The days from which a decision not to treat ``a`` may run (AAN-04): information that
    came, or a term set for it that ran out unused, before the decision."""
    return [
        d
        for v in a.informatieverzoeken
        if (d := v.ontvangen_op or v.termijn_tot) is not None
        and (d <= besluit_op if v.ontvangen_op else d < besluit_op)
    ]


def _volgt_eruit(aanmelding: Aanmelding, inschrijving: Inschrijving) -> bool:
    """True for the temporary enrolment at the school of ``aanmelding`` while no admission is
    known: it follows from the aanmelding (BES-02) and does not end it."""
    besluit = aanmelding.besluit
    return (
        inschrijving.tijdelijk
        and inschrijving.school == aanmelding.school
        and (besluit is None or besluit.uitkomst is not Toelatingsuitkomst.TOEGELATEN)
    )


class Einddagen:
    """De dagen waarop een inschrijving of een afgewezen plaats een lopende aanmelding beëindigt
    (ZP-01), één keer per vraag gesorteerd: :func:`loopt` zoekt er dan een op door te halveren,
    in plaats van voor elke aanmelding het hele dossier door te lopen (dat maakte ``zorgplicht``
    kwadratisch)."""

    __slots__ = ("altijd", "per_school", "tijdelijk")

    def __init__(self, dossier: Dossier) -> None:
        # Enrolments that end every aanmelding, and turned-down places.
        altijd = [i.ingeschreven_op for i in dossier.inschrijvingen if not i.tijdelijk]
        altijd += [a.afgewezen_op for a in dossier.aanbodafwijzingen]
        self.altijd = sorted(altijd)
        # Temporary enrolments: they end every aanmelding except one at the same school that
        # did not (yet) admit the pupil (they follow from it, BES-02).
        self.tijdelijk = sorted(i.ingeschreven_op for i in dossier.inschrijvingen if i.tijdelijk)
        self.per_school: dict[School, list[dt.date]] = {}
        for i in dossier.inschrijvingen:
            if i.tijdelijk:
                self.per_school.setdefault(i.school, []).append(i.ingeschreven_op)
        for dagen in self.per_school.values():
            dagen.sort()

    def eindigen(self, aanmelding: Aanmelding, van: dt.date, tot: dt.date) -> bool:
        """True als een dag van ``van`` tot en met ``tot`` ``aanmelding`` beëindigt."""
        if _aantal(self.altijd, van, tot):
            return True
        tijdelijk = _aantal(self.tijdelijk, van, tot)
        if not tijdelijk:
            return False
        besluit = aanmelding.besluit
        if besluit is not None and besluit.uitkomst is Toelatingsuitkomst.TOEGELATEN:
            return True
        return tijdelijk > _aantal(self.per_school.get(aanmelding.school, []), van, tot)


def _aantal(dagen: list[dt.date], van: dt.date, tot: dt.date) -> int:
    """Hoeveel van de gesorteerde ``dagen`` van ``van`` tot en met ``tot`` liggen."""
    return bisect.bisect_right(dagen, tot) - bisect.bisect_left(dagen, van)


def loopt(
    aanmelding: Aanmelding,
    dossier: Dossier,
    op: dt.date,
    beleid: Beleid,
    einddagen: Einddagen | None = None,
) -> bool:
    """True als ``aanmelding`` op ``op`` nog loopt.

    Ze telt vanaf haar :meth:`~Aanmelding.aanmeldmoment` en eindigt als de leerling op een
    school wordt ingeschreven of de ouders daarna een aangeboden plaats afwijzen (ZP-01), of als
    het bevoegd gezag besloot haar niet te behandelen op een grond die het dossier toont
    (AAN-04). De tijdelijke inschrijving die eruit volgt (BES-02) beëindigt haar pas met de
    toelating. ``dossier`` is het dossier zoals het op ``op`` was; ``einddagen`` zijn
    :class:`Einddagen`, als de aanroeper naar veel aanmeldingen ervan vraagt.
    """
    moment = aanmelding.aanmeldmoment(beleid)
    if moment is None or moment > op:
        return False
    besluit = aanmelding.besluit
    if (
        besluit is not None
        and besluit.uitkomst is Toelatingsuitkomst.NIET_BEHANDELD
        and niet_behandelen_gegrond(aanmelding, besluit)
    ):
        return False
    if einddagen is not None:
        return not einddagen.eindigen(aanmelding, moment, op)
    ingeschreven = (
        i.ingeschreven_op for i in dossier.inschrijvingen if not _volgt_eruit(aanmelding, i)
    )
    afgewezen = (a.afgewezen_op for a in dossier.aanbodafwijzingen)
    return not any(moment <= d <= op for d in (*ingeschreven, *afgewezen))


def wachtlijst(aanmelding: Aanmelding, leerling: Leerling, beleid: Beleid) -> bool:
    """True voor een "aanmelding" bij een WPO-school (BAO, SBO) vóór de derde verjaardag: een
    plaats op een wachtlijst, geen aanmelding; ze begint geen zorgplicht en geen termijn
    (AAN-02)."""
    moment = aanmelding.aanmeldmoment(beleid)
    return (
        moment is not None
        and aanmelding.school.soort in (Schoolsoort.BAO, Schoolsoort.SBO)
        and moment < verjaardag(leerling, 3, beleid=beleid)  # aanmelden_vanaf, without its text
    )


def termijnen(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Termijn]:
    """De termijnen van elke lopende aanmelding zonder besluit: de beslistermijn en, na een
    verzoek om informatie, de termijn om te besluiten haar niet te behandelen (BES-01, AAN-04).

    Grondslag:
        WPO art. 40 lid 6 en 12, WEC art. 40 lid 7, WVO 2020 art. 8.8 lid 2 (BES-01); WPO art. 40,
        WEC art. 40 (AAN-04).
    """
    for aanmelding in dossier.aanmeldingen:
        if aanmelding.besluit is not None or not loopt(aanmelding, dossier, op, beleid):
            continue
        moment = aanmelding.aanmeldmoment(beleid)
        if moment is None or moment < PASSEND_ONDERWIJS_VANAF:
            continue  # LAW-01: not judged under passend onderwijs
        if wachtlijst(aanmelding, dossier.leerling, beleid):
            continue
        yield aanmelding.beslistermijn(kalender=kalender, beleid=beleid)
        for verzoek in aanmelding.informatieverzoeken:
            # Four weeks after the information came, or after the term set for it ran out unused.
            na = verzoek.ontvangen_op
            if na is None and verzoek.termijn_tot is not None and verzoek.termijn_tot < op:
                na = verzoek.termijn_tot
            if na is not None:
                yield niet_behandelen_termijn(
                    na, schoolsoort=aanmelding.school.soort, kalender=kalender
                )


# --- Checks (toets and aandachtspunten) ------------------------------------------------------

#: De beslistermijn en de ene verlenging ervan (BES-01; lidnummers alleen uit de brondocumenten).
_BESLIS = {
    wet: tuple(b for b in BESLIS_AANMELDING if b.wet == wet) for wet in ("WPO", "WEC", "WVO 2020")
}
_WEIGEREN = {"WPO": WPO_40_WEIGEREN, "WEC": WEC_40_WEIGEREN, "WVO 2020": WVO_8_9_WEIGEREN}
_MOTIVERING = {
    "WPO": WPO_63_MOTIVERING,
    "WEC": attrs.evolve(WEC_61, regel="BES-04"),
    "WVO 2020": WVO_8_8_MOTIVERING,
}
#: What the parents or the school said that makes the zorgplicht bite on a refusal (AAN-07).
_EXTRA_ONDERSTEUNING = (Ondersteuningsbehoefte.VERMOED, Ondersteuningsbehoefte.VASTGESTELD)

_C = GebrekCode
_P = GpoReden
GEBREKSOORTEN: dict[GebrekCode, Gebreksoort] = {
    _C.BESLUIT_AANMELDING_TE_LAAT: Gebreksoort(
        omschrijving="Niet binnen zes weken (met een geldige verlenging: ten hoogste tien weken) "
        "na ontvangst van de schriftelijke aanmelding beslist.",
        grondslag=BESLIS_AANMELDING,
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERLENGING_TE_LANG: Gebreksoort(
        omschrijving="De beslistermijn is met meer dan vier weken verlengd.",
        grondslag=BESLIS_AANMELDING,
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERLENGING_HERHAALD: Gebreksoort(
        omschrijving="De beslistermijn is meer dan eens verlengd; de wet staat één verlenging toe.",
        grondslag=BESLIS_AANMELDING,
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.VERLENGING_TE_LAAT_MEEGEDEELD: Gebreksoort(
        omschrijving="De verlenging is pas na afloop van de zes weken aan de ouders meegedeeld.",
        grondslag=BESLIS_AANMELDING,
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.WEIGERING_ZONDER_ANDERE_SCHOOL: Gebreksoort(
        omschrijving="Een leerling met (vermoedelijk) extra ondersteuningsbehoefte is geweigerd "
        "zonder dat vóór het besluit een andere school bereid was hem toe te laten; bij een "
        "S(B)O-, (V)SO- of PrO-school: met een passende TLV.",
        grondslag=tuple(_WEIGEREN.values()),
        gpo_reden=_P.TE_WEINIG_INSPANNING,
    ),
    _C.WEIGERING_NIET_SCHRIFTELIJK_GEMOTIVEERD: Gebreksoort(
        omschrijving="Een weigering (of besluit de aanmelding niet te behandelen) is niet "
        "schriftelijk en met redenen omkleed.",
        grondslag=(*_MOTIVERING.values(), AWB_3_46),
        gpo_reden=_P.MOTIVERING_ONVOLLEDIG,
    ),
    _C.UITZONDERING_NIET_VAN_TOEPASSING: Gebreksoort(
        omschrijving="De school beriep zich op een uitzondering op de zorgplicht die bij deze "
        "school niet kan gelden (grondslag alleen bij een bijzondere school, "
        "vo-toelatingseisen alleen in het vo, cluster 1 of 2 alleen bij zo'n instelling); de "
        "zorgplicht bleef.",
        grondslag=(WPO_UITZONDERING, WEC_UITZONDERING, WVO_UITZONDERING, WEC_CLUSTER_1_2),
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.NIET_BEHANDELD_ZONDER_INFORMATIEVERZOEK: Gebreksoort(
        omschrijving="Besloten de aanmelding niet te behandelen zonder een verzoek om "
        "informatie waarvan de gestelde termijn vóór het besluit ongebruikt verliep of dat "
        "vóór het besluit beantwoord was; het besluit beëindigt de zorgplicht niet.",
        grondslag=NIET_BEHANDELEN,
        gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
    ),
}


def _gebrek(code: GebrekCode, uitleg: str, grondslag: tuple[Bron, ...]) -> Gebrek:
    return Gebrek(
        code=code, grondslag=grondslag, uitleg=uitleg, gpo_reden=GEBREKSOORTEN[code].gpo_reden
    )


def _verlenging_gebreken(a: Aanmelding, moment: dt.date, kal: Kalender) -> Iterator[Gebrek]:
    """Extension too long, notified too late, or repeated (BES-01)."""
    bron = _BESLIS[a.school.soort.wet]
    if a.verlenging is not None and a.verlenging.weken > 4:
        yield _gebrek(
            _C.VERLENGING_TE_LANG,
            f"Aan de ouders is een verlenging van {a.verlenging.weken} weken meegedeeld; de wet "
            "staat ten hoogste vier weken toe. De termijn telt daarom met vier weken.",
            bron,
        )
    if a.verlenging is not None:
        medegedeeld = a.verlenging.medegedeeld_op
        zes, _ = _zonder_kb_twijfel(
            lambda k: beslistermijn(moment, schoolsoort=a.school.soort, kalender=k),
            medegedeeld,
            kal,
        )
    if a.verlenging is not None and a.verlenging.medegedeeld_op > zes.einde:
        yield _gebrek(
            _C.VERLENGING_TE_LAAT_MEEGEDEELD,
            f"De verlenging is op {dagnaam(a.verlenging.medegedeeld_op)} meegedeeld, na afloop "
            f"van de zes weken op {dagnaam(zes.einde)}. Een te late verlenging telt niet.",
            bron,
        )
    for verder in a.verdere_verlengingen:
        yield _gebrek(
            _C.VERLENGING_HERHAALD,
            f"Op {dagnaam(verder.medegedeeld_op)} is de termijn nog eens verlengd. De wet staat "
            "één verlenging toe; de tweede telt niet.",
            bron,
        )


def _termijn_voor_besluit(a: Aanmelding, op: dt.date, kal: Kalender, beleid: Beleid) -> Termijn:
    """The term the decision on ``a`` is judged by: the beslistermijn, or for a decision not to
    treat the aanmelding after a request for information the 4 weeks of AAN-04."""
    besluit = a.besluit
    if besluit is not None and besluit.uitkomst is Toelatingsuitkomst.NIET_BEHANDELD:
        na = _aanleiding_niet_behandelen(a, besluit.datum)
        if na:
            return niet_behandelen_termijn(max(na), schoolsoort=a.school.soort, kalender=kal)
    return a.beslistermijn(kalender=kal, beleid=beleid)


def _te_laat(
    a: Aanmelding, dossier: Dossier, op: dt.date, kal: Kalender, beleid: Beleid
) -> Gebrek | None:
    """Decided after the statutory end of the term (BES-01, AAN-04), or not decided while the
    aanmelding still ran at that end. A policy that moves the end is named, not followed: the
    statute is the norm (BES-03, E14)."""
    besluit = a.besluit
    beslist = besluit.datum if besluit is not None else op
    termijn, zeker = _zonder_kb_twijfel(
        lambda k: _termijn_voor_besluit(a, op, k, beleid), beslist, kal
    )
    einde = termijn.wettelijk_einde
    # Without a decision the term only binds while the aanmelding runs: parents who enrolled
    # the pupil elsewhere (or turned down an offer) before it ended need no decision.
    if beslist <= einde or (besluit is None and not loopt(a, dossier, einde, beleid)):
        return None
    wanneer = f"pas op {dagnaam(besluit.datum)}" if besluit else f"op {dagnaam(op)} nog niet"
    uitleg = (
        f"Op de aanmelding van {dagnaam(a.ontvangen_op)} is {wanneer} beslist; de termijn "
        f"eindigde op {dagnaam(einde)}. {termijn.uitleg}"
    )
    if termijn.beleid is not None and beslist <= termijn.einde:
        uitleg += (
            f" Volgens beleid '{termijn.beleid}' liep de termijn tot {dagnaam(termijn.einde)}; "
            "de wet kent die verlenging niet, dus het besluit is wettelijk te laat."
        )
    if not zeker:
        uitleg += (
            " De lijst van bij KB gelijkgestelde dagen van dat jaar is niet bekend; het besluit "
            "is ook met die dagen te laat."
        )
    return _gebrek(_C.BESLUIT_AANMELDING_TE_LAAT, uitleg, termijn.grondslag)


def _besluit_gebreken(a: Aanmelding, dossier: Dossier) -> Iterator[Gebrek]:
    """Refusal without another school, no written motivation (BES-04)."""
    wet = a.school.soort.wet
    besluit = a.besluit
    if besluit is None:
        return
    if (
        besluit.uitkomst is Toelatingsuitkomst.GEWEIGERD
        and a.ondersteuningsbehoefte in _EXTRA_ONDERSTEUNING
        and geldende_uitzondering(a) is None
    ):
        reden = andere_school_ontbreekt(
            besluit.andere_school, besluit.andere_school_bereid_op, besluit.datum, dossier.tlvs
        )
        if reden is not None:
            yield _gebrek(
                _C.WEIGERING_ZONDER_ANDERE_SCHOOL,
                f"De leerling is op {dagnaam(besluit.datum)} geweigerd, maar {reden}. Een school "
                "met zorgplicht weigert pas als een andere school bereid is de leerling toe te "
                "laten.",
                (_WEIGEREN[wet],),
            )
    if (
        besluit.uitkomst is not Toelatingsuitkomst.TOEGELATEN
        and besluit.schriftelijk_gemotiveerd is False
    ):
        bijzonder = a.school.bestuur.soort is Bestuurssoort.BIJZONDER
        yield _gebrek(
            _C.WEIGERING_NIET_SCHRIFTELIJK_GEMOTIVEERD,
            f"Het besluit van {dagnaam(besluit.datum)} ({besluit.uitkomst.value}) is niet "
            "schriftelijk en met redenen aan de ouders bekendgemaakt, met de mogelijkheid van "
            "bezwaar.",
            (_MOTIVERING[wet],) if bijzonder else (AWB_3_46,),
        )


def _grond_gebreken(a: Aanmelding) -> Iterator[Gebrek]:
    """An exception that cannot apply at the school, for a pupil who needs (or may need) extra
    support (AAN-07, OVR-08), and a decision not to
    treat the aanmelding without the information request it needs (AAN-04). Neither ends the
    zorgplicht (``passend.zorgplicht`` says so too).

    Grondslag:
        WPO art. 40 lid 3 en 5, WEC art. 40 lid 4 en 6, WVO 2020 art. 8.9 lid 1 en 3 (AAN-07);
        WPO art. 40, WEC art. 40, WVO 2020 hoofdstuk 8 (AAN-04; leden niet gezien).
    """
    if (
        a.uitzondering is not None
        and a.ondersteuningsbehoefte is not Ondersteuningsbehoefte.GEEN
        and (waarom := kan_niet_gelden(a.uitzondering, a.school))
    ):
        # The exceptions the school's own sector law knows, and the cluster 1/2 rule invoked.
        bronnen: tuple[Bron, ...] = (
            per_wet(a.school.soort.wet, WPO_UITZONDERING, WEC_UITZONDERING, WVO_UITZONDERING),
        )
        if a.uitzondering is Uitzondering.CLUSTER_1_2:
            bronnen += (WEC_CLUSTER_1_2,)
        yield _gebrek(
            _C.UITZONDERING_NIET_VAN_TOEPASSING,
            f"Voor de aanmelding bij {a.school.naam} is de uitzondering '{a.uitzondering.value}' "
            f"vastgelegd, maar {waarom}. Die uitzondering beëindigt de zorgplicht dus niet.",
            bronnen,
        )
    besluit = a.besluit
    if (
        besluit is not None
        and besluit.uitkomst is Toelatingsuitkomst.NIET_BEHANDELD
        and niet_behandelen_gegrond(a, besluit) is False
    ):
        yield _gebrek(
            _C.NIET_BEHANDELD_ZONDER_INFORMATIEVERZOEK,
            f"Op {dagnaam(besluit.datum)} is besloten de aanmelding niet te behandelen, maar het "
            "dossier toont geen verzoek om informatie waarvan de gestelde termijn vóór het "
            "besluit ongebruikt verliep of dat vóór het besluit beantwoord was. Niet behandelen "
            "mag alleen dan (AAN-04); dit besluit beëindigt de zorgplicht niet.",
            tuple(b for b in NIET_BEHANDELEN if b.wet == a.school.soort.wet),
        )


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """De procedurele gebreken van elke schriftelijke aanmelding in het dossier (zoals het op
    ``op`` was).

    Een niet-schriftelijke aanmelding begint geen termijn (AAN-01) en wordt hier niet getoetst.

    Grondslag:
        WPO art. 40 lid 4 en 6, 63 lid 2; WEC art. 40 lid 5 en 7, 61; WVO 2020 art. 8.8 lid 2
        en 4, 8.9 lid 2; Awb art. 3:46 (BES-01, BES-04; lidnummers alleen uit de brondocumenten).
    """
    for a in dossier.aanmeldingen:
        moment = a.aanmeldmoment(beleid)
        # Central placement: no term runs before the parents accepted the place (AAN-06); a
        # waiting-list entry before the third birthday starts none either (AAN-02).
        if not a.schriftelijk or moment is None or wachtlijst(a, dossier.leerling, beleid):
            continue
        if moment < PASSEND_ONDERWIJS_VANAF:
            continue  # LAW-01: not judged under passend onderwijs (an aandachtspunt says so)
        yield from _verlenging_gebreken(a, moment, kalender)
        if (laat := _te_laat(a, dossier, op, kalender, beleid)) is not None:
            yield laat
        yield from _besluit_gebreken(a, dossier)
        yield from _grond_gebreken(a)


def _tegelijk_lopend(
    eerder: Aanmelding,
    later: Aanmelding,
    dossier: Dossier,
    einddagen: Einddagen,
    beleid: Beleid,
) -> bool:
    """True when ``eerder`` still ran, undecided or admitted, on the day ``later`` came in.

    ``einddagen`` are those of the whole dossier: :func:`loopt` only looks at days up to
    ``later``'s moment, so they answer as those of the dossier as it stood then would, without
    building that view for every pair."""
    moment = later.aanmeldmoment(beleid)
    toen = None if moment is None else eerder.stand_op(moment)
    if moment is None or toen is None or not loopt(toen, dossier, moment, beleid, einddagen):
        return False
    return toen.besluit is None or toen.besluit.uitkomst is Toelatingsuitkomst.TOEGELATEN


def _tegenstrijdige_voorkeuren(dossier: Dossier, beleid: Beleid) -> Iterator[Aandachtspunt]:
    """Two aanmeldingen at different schools, running at the same time, with the same stated
    preference: the parents' first preference is not clear (AAN-05).

    Grondslag:
        Geschillencommissie passend onderwijs, oordeel 107070 (AAN-05).
    """
    einddagen = Einddagen(dossier)
    for i, later in enumerate(dossier.aanmeldingen):
        for eerder in dossier.aanmeldingen[:i]:
            if (
                later.voorkeur is None
                or later.voorkeur != eerder.voorkeur
                or later.school == eerder.school
            ):
                continue
            a, b = sorted((eerder, later), key=lambda x: x.ontvangen_op)
            if _tegelijk_lopend(a, b, dossier, einddagen, beleid):
                yield Aandachtspunt(
                    onderwerp="Tegenstrijdige voorkeur",
                    uitleg=f"De aanmeldingen bij {a.school.naam} ({dagnaam(a.ontvangen_op)}) "
                    f"en bij {b.school.naam} ({dagnaam(b.ontvangen_op)}) noemen allebei "
                    f"voorkeur {a.voorkeur}. Ga na welke school de ouders als eerste voorkeur "
                    "bedoelen: die heeft de zorgplicht. Tot dan neemt passend de eerst "
                    "ontvangen aanmelding (beleidskeuze).",
                    grondslag=(GPO_EERSTE_VOORKEUR,),
                )


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Open normen en niet vastgelegde feiten van een aanmelding en een weigering, om met de hand
    te beoordelen.

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (BES-04); juridische
        analyse van KBA Nijmegen (2024) bijlage 2 tabel 1 voor de GPO-categorieën.
    """
    yield from _tegenstrijdige_voorkeuren(dossier, beleid)
    for a in dossier.aanmeldingen:
        moment = a.aanmeldmoment(beleid)
        if moment is not None and moment < PASSEND_ONDERWIJS_VANAF:
            yield Aandachtspunt(
                onderwerp="Aanmelding vóór passend onderwijs",
                uitleg=f"De aanmelding bij {a.school.naam} van {dagnaam(moment)} ligt vóór "
                "1 augustus 2014. De regels van passend onderwijs (zorgplicht, beslistermijn, "
                "toets) gelden daarvoor niet; passend beoordeelt haar niet (LAW-01).",
                grondslag=(WET_PASSEND_ONDERWIJS,),
            )
            continue
        if not a.schriftelijk:
            # AAN-01: it may still count (zorgplicht counts it, lopende_termijnen shows its
            # term), but whether it is an aanmelding is for a person to judge.
            yield Aandachtspunt(
                onderwerp="Aanmelding niet schriftelijk",
                uitleg=f"De aanmelding bij {a.school.naam} van {dagnaam(a.ontvangen_op)} is niet "
                "schriftelijk gedaan. Ga na of zij toch als aanmelding geldt (bijvoorbeeld omdat "
                "de school het formulier uitreikte en het kind observeerde); dan gelden de "
                "zorgplicht en de beslistermijn, en toetst passend haar pas als zij schriftelijk "
                "is vastgelegd.",
                grondslag=_BESLIS[a.school.soort.wet],
                gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
            )
        besluit = a.besluit
        if besluit is None or besluit.uitkomst is Toelatingsuitkomst.TOEGELATEN:
            continue
        if (
            besluit.uitkomst is Toelatingsuitkomst.NIET_BEHANDELD
            and niet_behandelen_gegrond(a, besluit) is None
        ):
            yield Aandachtspunt(
                onderwerp="Niet behandelen: termijn van het informatieverzoek onbekend",
                uitleg=f"Op {dagnaam(besluit.datum)} is besloten de aanmelding niet te "
                "behandelen. Het dossier toont een verzoek om informatie zonder vastgelegde "
                "termijn en zonder antwoord. Niet behandelen mag pas als de gestelde termijn "
                "ongebruikt verliep of de aanvulling onvoldoende was (AAN-04): leg de termijn "
                "vast. Tot dan beëindigt het besluit de zorgplicht niet.",
                grondslag=tuple(b for b in NIET_BEHANDELEN if b.wet == a.school.soort.wet),
                gpo_reden=_P.PROCEDURE_NIET_GEVOLGD,
            )
        bron = _WEIGEREN[a.school.soort.wet]
        if a.ondersteuningsbehoefte is Ondersteuningsbehoefte.ONBEKEND:
            yield Aandachtspunt(
                onderwerp="Ondersteuningsbehoefte onbekend",
                uitleg="Niet vastgelegd of de leerling extra ondersteuning nodig heeft. Ga na of "
                "de zorgplicht gold; dan mocht de school pas weigeren als een andere school "
                "bereid was de leerling toe te laten.",
                grondslag=(bron,),
                gpo_reden=_P.ONDERZOEK_ONVOLDOENDE,
            )
        if a.ondersteuningsbehoefte in _EXTRA_ONDERSTEUNING:
            yield Aandachtspunt(
                onderwerp="Onderzoek naar de ondersteuningsbehoefte",
                uitleg="Ga na of de school de ondersteuningsbehoefte zelf, actueel en goed "
                "heeft onderzocht voordat zij besloot.",
                grondslag=(bron,),
                gpo_reden=_P.ONDERZOEK_VEROUDERD,
            )
        if besluit.schriftelijk_gemotiveerd is None:
            yield Aandachtspunt(
                onderwerp="Motivering niet vastgelegd",
                uitleg="Niet vastgelegd of het besluit schriftelijk en met redenen is "
                "bekendgemaakt. Leg dat vast (schriftelijk_gemotiveerd).",
                grondslag=(_MOTIVERING[a.school.soort.wet], AWB_3_46),
                gpo_reden=_P.MOTIVERING_ONVOLLEDIG,
            )
