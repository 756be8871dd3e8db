"""Wat een school biedt en hoe vol zij is; de kandidatenlijst en het dekkend aanbod van een SWV
(rules.md PL-01 … PL-05).

De zorgplicht is een plicht om *een plek te vinden* (PL-03). Deze module bevat de feiten
waarmee dat zoeken begint — het :class:`Ondersteuningsaanbod` van een school en haar
:class:`Capaciteit` — en drie vragen daarover:

* :func:`schoolvol` beoordeelt de uitzondering "school vol" bij een aanmelding (PL-04);
* :func:`kandidaatscholen` somt de scholen op die kunnen bieden wat een leerling nodig heeft,
  en beslist niets: "bereid tot toelating" blijft een vastgelegd feit (PL-03);
* :func:`dekkend_aanbod` laat beleidsmedewerkers zien welke behoeften geen reguliere school dekt
  (PL-02).

Vormen van ondersteuning zijn codes (``str``). :class:`Ondersteuningsvorm` noemt gangbare
vormen; een SWV voegt eigen codes toe als gewone tekst (``"time-out-plek"``). Een lid van de
enum *is* zijn code, dus ``Ondersteuningsvorm.DYSLEXIE == "dyslexie"`` en JSON houdt de gewone
tekst. De vormen zijn een werkwoordenschat, geen juridische categorieën: geen wet somt ze op.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs
from dateutil.relativedelta import relativedelta

from passend._aanmelding import Aanmelding, Uitzondering
from passend._beleid import Beleid, beleid_of_standaard
from passend._bronnen import (
    WEC_UITZONDERING,
    WPO_18A,
    WPO_UITZONDERING,
    WVO_2_47,
    WVO_UITZONDERING,
    Bron,
    Zekerheid,
    per_wet,
)
from passend._fouten import OngeldigeInvoer
from passend._gebreken import Aandachtspunt, Aandachtspunten
from passend._kalender import Kalender, dagnaam
from passend._partijen import Samenwerkingsverband, School
from passend._waarden import (
    als_bronnen,
    als_scholen,
    als_teksten,
    controleer_datum,
    controleer_optie,
    controleer_reeks,
    controleer_soort,
    elk_een,
    is_bool,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    is_type_of_none,
    niet_leeg,
    plus,
)
from passend._weergave import Reeks, Weergave

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "Aanbodbron",
    "Capaciteit",
    "DekkendAanbod",
    "Dekking",
    "Dekkingsgraad",
    "Kandidaat",
    "Kandidaten",
    "Ondersteuningsaanbod",
    "Ondersteuningsvorm",
    "Ruimte",
    "Schoolvol",
    "dekkend_aanbod",
    "kandidaatscholen",
    "schoolvol",
    "verouderd_aanbod",
]

#: Vanaf deze dag vervalt het aparte schoolondersteuningsprofiel; de schoolgids beschrijft het
#: aanbod (PL-01, Wet versterking positie ouders en leerlingen).
SCHOOLGIDS_VANAF = dt.date(2025, 8, 1)

_S, _O = Zekerheid.BRONDOCUMENT, Zekerheid.ONGEVERIFIEERD
#: PL-01: het SOP, ten minste eens per vier jaar vastgesteld (WPO art. 8; lid niet ingezien,
#: A13).
SOP_WPO = Bron(wet="WPO", artikel="8", regel="PL-01")
SOP_WEC = Bron(wet="WEC", artikel="11", zekerheid=_O, regel="PL-01")
SOP_WVO = Bron(
    wet="WVO 2020",
    artikel="schoolondersteuningsprofiel (artikel niet gezien)",
    zekerheid=_O,
    bwb_id=None,
    regel="PL-01",
)
SCHOOLGIDS = Bron(
    wet="Wet versterking positie ouders en leerlingen in het passend onderwijs (Kamerstuk 36443)",
    artikel="ondersteuningsaanbod in de schoolgids (artikel niet gezien)",
    geldig_vanaf=SCHOOLGIDS_VANAF,
    zekerheid=_O,
    regel="PL-01",
)
#: PL-02: het SWV realiseert een dekkend aanbod (WPO art. 18a, WEC art. 28a, WVO 2020 art. 2.47).
DEKKEND_WPO = attrs.evolve(WPO_18A, regel="PL-02")
DEKKEND_WEC = Bron(wet="WEC", artikel="28a", regel="PL-02")
DEKKEND_WVO = attrs.evolve(WVO_2_47, regel="PL-02")
#: Ondersteuningsplan 2024-2028 van SWV Zuid-Kennemerland § 6.1.1: scholen in Zuid-Kennemerland
#: mogen per groep "vol" verklaren (A9).
CAPACITEIT_PER_GROEP = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 6.1.1 (capaciteitenlijst per groep)",
    zekerheid=_S,
    regel="PL-04",
)
#: Regionale afspraken van het directienetwerk Zuid-Kennemerland: "Zorgleerlingen kunnen
#: voorrang krijgen ondanks de wachtlijst" (PL-05, A10).
VOORRANG_ZORGLEERLINGEN = Bron(
    wet="Directienetwerk Zuid-Kennemerland, afspraken zorgplicht",
    artikel="uitgangspunten (voorrang ondanks de wachtlijst)",
    zekerheid=_S,
    regel="PL-05",
)


class Ondersteuningsvorm(enum.StrEnum):
    """Gangbare vormen van ondersteuning, als codes. Een SWV mag ook elke andere niet-lege code
    gebruiken."""

    #: Ondersteuning bij dyslexie.
    DYSLEXIE = "dyslexie"
    #: Ondersteuning bij dyscalculie.
    DYSCALCULIE = "dyscalculie"
    #: Ondersteuning bij gedrag.
    GEDRAG = "gedrag"
    #: Sociaal-emotionele ondersteuning.
    SOCIAAL_EMOTIONEEL = "sociaal-emotioneel"
    #: Ondersteuning bij taal en spraak.
    TAAL_SPRAAK = "taal-spraak"
    #: Aanbod voor meerbegaafde leerlingen.
    MEER_BEGAAFDHEID = "meerbegaafdheid"
    #: Ondersteuning bij de motoriek.
    MOTORIEK = "motoriek"
    #: Medische ondersteuning.
    MEDISCH = "medisch"
    #: Ondersteuning bij autisme.
    AUTISME = "autisme"
    #: Onderwijs in een kleine groep.
    KLEINE_GROEP = "kleine groep"


class Aanbodbron(enum.Enum):
    """Waar de school haar ondersteuningsaanbod beschrijft (PL-01)."""

    #: Schoolondersteuningsprofiel: tot en met 31 juli 2025, ten minste eens per vier jaar
    #: vastgesteld.
    SCHOOLONDERSTEUNINGSPROFIEL = "schoolondersteuningsprofiel"
    #: Schoolgids: vanaf 1 augustus 2025, elk schooljaar.
    SCHOOLGIDS = "schoolgids"

    @property
    def met_lidwoord(self) -> str:
        """De naam met lidwoord: ``"het schoolondersteuningsprofiel"``."""
        lidwoord = "de" if self is Aanbodbron.SCHOOLGIDS else "het"
        return f"{lidwoord} {self.value}"


def _codes(_: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    """Every element is a non-empty code without surrounding spaces, and none twice."""
    for i, code in enumerate(value):
        if not isinstance(code, str) or not code.strip() or code != code.strip():
            raise OngeldigeInvoer(
                f"{attribute.name}[{i}]",
                code,
                "verwacht een niet-lege code zonder spaties eromheen",
            )
    if len(set(value)) != len(value):
        raise OngeldigeInvoer(attribute.name, value, "een code staat er meer dan eens in")


def _groep(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een niet-lege groepsnaam of None")


@attrs.frozen(kw_only=True)
class Ondersteuningsaanbod(Weergave):
    """De ondersteuning die een school biedt, zoals vastgesteld in haar profiel of schoolgids.

    >>> from passend import Bestuurssoort, School, Schoolbestuur, Schoolsoort
    >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR)
    >>> s = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=b)
    >>> a = Ondersteuningsaanbod(school=s, bron=Aanbodbron.SCHOOLGIDS,
    ...     vastgesteld_op=dt.date(2025, 9, 1), vormen=[Ondersteuningsvorm.DYSLEXIE, "time-out-plek"])
    >>> a.biedt("dyslexie"), a.biedt("gedrag")
    (True, False)
    """

    #: De school die het aanbod doet.
    school: School = attrs.field(validator=is_type(School))
    #: Het document waarin de school het aanbod beschrijft.
    bron: Aanbodbron = attrs.field(validator=is_enum(Aanbodbron))
    #: De dag waarop het profiel of de schoolgids is vastgesteld.
    vastgesteld_op: dt.date = attrs.field(validator=is_datum)
    #: De codes van de vormen van ondersteuning die de school biedt (zie
    #: :class:`Ondersteuningsvorm`); wat hier niet staat, biedt de school niet *volgens dit
    #: gegeven*.
    vormen: tuple[str, ...] = attrs.field(converter=als_teksten, validator=[elk_een(str), _codes])

    def biedt(self, vorm: str) -> bool:
        """Waar als dit gegeven ``vorm`` noemt."""
        return controleer_soort("vorm", vorm, str) in self.vormen

    def verouderd_op(self) -> dt.date:
        """De eerste dag waarop dit gegeven ouder is dan de wet toestaat (PL-01): vier jaar na
        een profiel, één jaar na een schoolgids; een profiel geldt nooit na 1 augustus 2025.

        Grondslag:
            WPO art. 8, WEC art. 11, WVO 2020 (schoolondersteuningsprofiel); de schoolgids
            vanaf 2025-08-01 (PL-01).
        """
        jaren = 1 if self.bron is Aanbodbron.SCHOOLGIDS else 4
        einde = plus(self.vastgesteld_op, relativedelta(years=jaren, days=1))
        if self.bron is Aanbodbron.SCHOOLGIDS:
            return einde
        return min(einde, max(SCHOOLGIDS_VANAF, plus(self.vastgesteld_op, dt.timedelta(days=1))))


@attrs.frozen(kw_only=True)
class Capaciteit(Weergave):
    """De capaciteit van een school zoals vastgesteld op ``vastgesteld_op``."""

    #: De school.
    school: School = attrs.field(validator=is_type(School))
    #: De dag waarop de capaciteit is vastgesteld.
    vastgesteld_op: dt.date = attrs.field(validator=is_datum)
    #: De school (of groep) is vol voor iedere aanmelder.
    vol_voor_iedereen: bool = attrs.field(validator=is_bool)
    #: Het toelatingsbeleid is gepubliceerd (zodat ouders het kunnen zien).
    gepubliceerd: bool = attrs.field(validator=is_bool)
    #: ``None``: de hele school. Een groepsnaam (``"groep 3"``): de capaciteitenlijst van één
    #: groep, die alleen onder regionaal beleid telt (``Beleid.capaciteit_per_groep``, A9). In
    #: het dossier van een leerling is dat de groep waarin de leerling zou komen.
    groep: str | None = attrs.field(default=None, validator=_groep)

    def stand_op(self, op: dt.date) -> Capaciteit | None:
        """Dit gegeven zoals bekend op ``op``: ``None`` vóór de vaststelling."""
        return self if self.vastgesteld_op <= controleer_datum("op", op) else None


def _geldend(
    capaciteit: Iterable[Capaciteit],
    school: School,
    op: dt.date,
    beleid: Beleid,
    groep: str | None,
    *,
    elke_groep: bool = False,
) -> Capaciteit | None:
    """The latest record of ``school`` set on or before ``op`` that counts: of the whole school,
    or (only under the per-group policy) of ``groep``, or of any group with ``elke_groep`` (the
    records in a pupil's dossier are those of the pupil's group)."""
    passend = [
        c
        for c in capaciteit
        if c.school == school
        and c.vastgesteld_op <= op
        and (c.groep is None or (beleid.capaciteit_per_groep and (elke_groep or c.groep == groep)))
    ]
    return max(passend, key=lambda c: (c.vastgesteld_op, c.groep is None), default=None)


# --- PL-04: the exception "school vol" ------------------------------------------------------


@attrs.frozen(kw_only=True)
class Schoolvol(Weergave):
    """Het antwoord van :func:`schoolvol`: telt "school vol" voor deze aanmelding?"""

    #: Waar als de uitzondering "school vol" is aangetoond en telt.
    telt: bool = attrs.field(validator=is_bool)
    #: Het capaciteitsgegeven waarop het antwoord rust; ``None``: er is geen.
    capaciteit: Capaciteit | None = attrs.field(validator=is_type_of_none(Capaciteit))
    #: De regels waarop het antwoord berust.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Het antwoord in gewone taal.
    uitleg: str = attrs.field(validator=niet_leeg)


def schoolvol(
    aanmelding: Aanmelding, moment: dt.date, capaciteit: Iterable[Capaciteit], beleid: Beleid
) -> Schoolvol:
    """Of de uitzondering "school vol" bij ``aanmelding`` (ontvangen op ``moment``) is
    aangetoond.

    Zij telt alleen met een capaciteitsgegeven van die school, vastgesteld op of vóór
    ``moment``, dat de school vol toont voor iedere aanmelder onder gepubliceerd beleid. Anders
    is "vol" gesteld, niet aangetoond: de uitzondering telt niet en de zorgplicht geldt. Een
    volle school beëindigt geen zorgplicht van de school waar de leerling staat ingeschreven;
    dat volgt uit :func:`zorgplicht`, die de inschrijving zelf beoordeelt.

    Grondslag:
        WPO art. 40 lid 5, WEC art. 40 lid 6, WVO 2020 art. 8.9 lid 3 (PL-04, AAN-07; leden
        volgens brondocument, niet geverifieerd); per groep: ondersteuningsplan
        Zuid-Kennemerland § 6.1.1 (A9).
    """
    school = controleer_soort("aanmelding", aanmelding, Aanmelding).school
    controleer_datum("moment", moment)
    capaciteit = controleer_reeks("capaciteit", capaciteit, Capaciteit)
    controleer_soort("beleid", beleid, Beleid)
    wet = per_wet(school.soort.wet, WPO_UITZONDERING, WEC_UITZONDERING, WVO_UITZONDERING)
    grondslag: tuple[Bron, ...] = (attrs.evolve(wet, regel="PL-04"),)
    record = _geldend(capaciteit, school, moment, beleid, None, elke_groep=True)
    naam = f"{school.naam} ({school.brin})"
    if record is None:
        return Schoolvol(
            telt=False,
            capaciteit=None,
            grondslag=grondslag,
            uitleg=f"{naam} zegt vol te zijn, maar het dossier bevat geen capaciteitsgegeven van "
            f"die school van uiterlijk {dagnaam(moment)}: 'vol' is gesteld, niet aangetoond. De "
            "uitzondering telt niet; de zorgplicht geldt.",
        )
    if record.groep is not None:
        grondslag += (CAPACITEIT_PER_GROEP,)
    wat = f"de capaciteitenlijst van {record.groep}" if record.groep else "het capaciteitsgegeven"
    gebrek = [
        reden
        for reden, mis in (
            ("niet vol voor iedere aanmelder", not record.vol_voor_iedereen),
            ("het toelatingsbeleid is niet gepubliceerd", not record.gepubliceerd),
        )
        if mis
    ]
    if gebrek:
        return Schoolvol(
            telt=False,
            capaciteit=record,
            grondslag=grondslag,
            uitleg=f"Volgens {wat} van {naam} van {dagnaam(record.vastgesteld_op)} is de school "
            f"{' en '.join(gebrek)}: de uitzondering 'school vol' telt niet; de zorgplicht geldt.",
        )
    return Schoolvol(
        telt=True,
        capaciteit=record,
        grondslag=grondslag,
        uitleg=f"{naam} is vol voor iedere aanmelder volgens {wat} van "
        f"{dagnaam(record.vastgesteld_op)}, met gepubliceerd beleid: voor deze aanmelding "
        "ontstaat geen zorgplicht.",
    )


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Een aanmelding die is geweigerd als "school vol" zonder het gegeven dat dat aantoont
    (PL-04).

    Grondslag:
        WPO art. 40 lid 5, WEC art. 40 lid 6, WVO 2020 art. 8.9 lid 3 (PL-04).
    """
    for a in dossier.aanmeldingen:
        moment = a.aanmeldmoment(beleid)
        if a.uitzondering is not Uitzondering.SCHOOL_VOL or moment is None:
            continue
        oordeel = schoolvol(a, moment, dossier.capaciteiten, beleid)
        if not oordeel.telt:
            yield Aandachtspunt(
                onderwerp="'School vol' niet aangetoond",
                uitleg=f"{oordeel.uitleg} Leg het capaciteitsgegeven vast dat op de dag van de "
                "aanmelding gold, of behandel de aanmelding met zorgplicht.",
                grondslag=oordeel.grondslag,
            )


# --- PL-03: the candidate list ---------------------------------------------------------------


class Ruimte(enum.Enum):
    """Of een school ruimte heeft, voor zover haar capaciteitsgegevens dat zeggen."""

    #: Het laatste capaciteitsgegeven toont ruimte.
    RUIMTE = "ruimte"
    #: Het laatste capaciteitsgegeven toont de school vol voor iedere aanmelder.
    VOL = "vol"
    #: Er is geen capaciteitsgegeven.
    ONBEKEND = "onbekend"


@attrs.frozen(kw_only=True)
class Kandidaat(Weergave):
    """Eén school op de kandidatenlijst."""

    #: De school.
    school: School = attrs.field(validator=is_type(School))
    #: De behoeften die het aanbod van de school dekt.
    gedekt: tuple[str, ...] = attrs.field(converter=als_teksten, validator=elk_een(str))
    #: De behoeften die het aanbod niet dekt.
    niet_gedekt: tuple[str, ...] = attrs.field(converter=als_teksten, validator=elk_een(str))
    #: De behoeften waarvan het onbekend is (geen aanbod vastgelegd).
    onbekend: tuple[str, ...] = attrs.field(converter=als_teksten, validator=elk_een(str))
    #: Of de school ruimte heeft.
    ruimte: Ruimte = attrs.field(validator=is_enum(Ruimte))
    #: De dag waarop het gebruikte aanbod is vastgesteld; ``None``: geen aanbod vastgelegd.
    aanbod_vastgesteld_op: dt.date | None = attrs.field(validator=is_datum_of_none)
    #: Het antwoord in gewone taal.
    uitleg: str = attrs.field(validator=niet_leeg)


class Kandidaten(Reeks[Kandidaat]):
    """Wat :func:`kandidaatscholen` geeft: de scholen op volgorde, als tabel en als rijen."""

    __slots__ = ()
    titel = "Kandidaatscholen"
    leeg = "Geen scholen om te vergelijken."


def _aanbod_op(
    aanbod: Iterable[Ondersteuningsaanbod], school: School, op: dt.date
) -> Ondersteuningsaanbod | None:
    records = [a for a in aanbod if a.school == school and a.vastgesteld_op <= op]
    return max(records, key=lambda a: a.vastgesteld_op, default=None)


_RUIMTE_VOLGORDE = {Ruimte.RUIMTE: 0, Ruimte.ONBEKEND: 1, Ruimte.VOL: 2}


def kandidaatscholen(
    behoeften: Iterable[str],
    scholen: Iterable[School],
    aanbod: Iterable[Ondersteuningsaanbod],
    capaciteit: Iterable[Capaciteit],
    op: dt.date,
    *,
    swv: Samenwerkingsverband | None = None,
    groep: str | None = None,
    beleid: Beleid | None = None,
) -> Kandidaten:
    """De scholen (van ``swv``, als dat is opgegeven) gerangschikt voor een leerling die op
    ``op`` ``behoeften`` heeft.

    Een behoefte is alleen *gedekt* als het laatste aanbod van de school van op of vóór ``op``
    haar noemt; zonder aanbod is elke behoefte *onbekend*, nooit gedekt. De ruimte komt uit het
    laatste capaciteitsgegeven (van de hele school, of van ``groep`` onder het beleid per
    groep). Elke opgegeven school blijft op de lijst: eerst die waarvan het aanbod meer
    behoeften dekt, dan die waarvan bekend is dat ze er minder missen (een onbekende behoefte is
    geen gemis), dan de ruimte (ruimte, onbekend, vol), dan het BRIN. De lijst beslist niets: of
    een school *bereid tot toelating* is, is een feit dat de school vastlegt (PL-03), en een
    verouderd aanbod wordt nog steeds gelezen, met een opmerking.

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (PL-03: behoefte en de
        profielen van de scholen gewogen); PL-01 voor het aanbod; PL-04 voor de ruimte.

    >>> from passend import Bestuurssoort, School, Schoolbestuur, Schoolsoort
    >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR)
    >>> s = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=b)
    >>> t = School(brin="34CD", naam="Het Anker", soort=Schoolsoort.BAO, bestuur=b)
    >>> a = Ondersteuningsaanbod(school=t, bron=Aanbodbron.SCHOOLGIDS,
    ...     vastgesteld_op=dt.date(2025, 9, 1), vormen=["dyslexie", "gedrag"])
    >>> [(k.school.naam, k.gedekt, k.onbekend) for k in
    ...  kandidaatscholen(["gedrag"], [s, t], [a], [], dt.date(2025, 10, 1))]
    [('Het Anker', ('gedrag',), ()), ('De Linde', (), ('gedrag',))]
    """
    bel = beleid_of_standaard(beleid)
    nodig = tuple(dict.fromkeys(controleer_reeks("behoeften", behoeften, str)))
    _codes(None, attrs.fields(Ondersteuningsaanbod).vormen, nodig)
    scholen = controleer_reeks("scholen", scholen, School)
    aanbod = controleer_reeks("aanbod", aanbod, Ondersteuningsaanbod)
    capaciteit = controleer_reeks("capaciteit", capaciteit, Capaciteit)
    controleer_datum("op", op)
    controleer_optie("swv", swv, Samenwerkingsverband)
    controleer_optie("groep", groep, str)
    lijst: list[Kandidaat] = []
    for school in dict.fromkeys(scholen):
        if swv is not None and school.swv != swv:
            continue
        record = _aanbod_op(aanbod, school, op)
        delen: list[str] = []
        if record is None:
            gedekt: tuple[str, ...] = ()
            niet: tuple[str, ...] = ()
            onbekend = nodig
            delen.append("Geen ondersteuningsaanbod vastgelegd: wat de school biedt is onbekend.")
        else:
            gedekt = tuple(b for b in nodig if record.biedt(b))
            niet = tuple(b for b in nodig if not record.biedt(b))
            onbekend = ()
            delen.append(
                f"Volgens {record.bron.met_lidwoord} van {dagnaam(record.vastgesteld_op)}."
            )
            if op >= record.verouderd_op():
                delen.append("Dat aanbod is ouder dan de wet toestaat (PL-01); vraag het na.")
        cap = _geldend(capaciteit, school, op, bel, groep)
        if cap is None:
            ruimte = Ruimte.ONBEKEND
            delen.append("Geen capaciteitsgegeven: of er plaats is, is onbekend.")
        else:
            ruimte = Ruimte.VOL if cap.vol_voor_iedereen else Ruimte.RUIMTE
            waar = f"in {cap.groep}" if cap.groep else "op school"
            delen.append(
                f"{'Vol' if cap.vol_voor_iedereen else 'Plaats'} {waar} volgens het gegeven van "
                f"{dagnaam(cap.vastgesteld_op)}."
            )
            if cap.vol_voor_iedereen and bel.voorrang_zorgleerlingen:
                delen.append(
                    "Regionale afspraak: een leerling met extra ondersteuningsbehoefte kan "
                    "voorrang krijgen op de wachtlijst (PL-05)."
                )
        lijst.append(
            Kandidaat(
                school=school,
                gedekt=gedekt,
                niet_gedekt=niet,
                onbekend=onbekend,
                ruimte=ruimte,
                aanbod_vastgesteld_op=None if record is None else record.vastgesteld_op,
                uitleg=" ".join(delen),
            )
        )
    lijst.sort(
        key=lambda k: (
            -len(k.gedekt),
            len(k.niet_gedekt),
            _RUIMTE_VOLGORDE[k.ruimte],
            k.school.brin,
        )
    )
    return Kandidaten(lijst)


# --- PL-02: dekkend aanbod --------------------------------------------------------------------


class Dekkingsgraad(enum.Enum):
    """Welke scholen een behoefte dekken."""

    #: Ten minste één reguliere school.
    REGULIER = "een reguliere school"
    #: Alleen scholen voor gespecialiseerd onderwijs.
    ALLEEN_GESPECIALISEERD = "alleen gespecialiseerd onderwijs"
    #: Geen enkele school.
    GEEN = "geen school"


@attrs.frozen(kw_only=True)
class Dekking(Weergave):
    """Eén behoefte in het dekkend aanbod: welke reguliere en welke gespecialiseerde scholen
    haar bieden."""

    #: De code van de behoefte.
    behoefte: str = attrs.field(validator=niet_leeg)
    #: Welke soort scholen de behoefte dekt.
    dekking: Dekkingsgraad = attrs.field(validator=is_enum(Dekkingsgraad))
    #: De reguliere scholen die de behoefte bieden, op BRIN.
    regulier: tuple[School, ...] = attrs.field(converter=als_scholen, validator=elk_een(School))
    #: De gespecialiseerde scholen die de behoefte bieden, op BRIN.
    gespecialiseerd: tuple[School, ...] = attrs.field(
        converter=als_scholen, validator=elk_een(School)
    )
    #: De regels waarop het overzicht berust.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))


class DekkendAanbod(Reeks[Dekking]):
    """Wat :func:`dekkend_aanbod` geeft: een rij per behoefte, als tabel en als rijen."""

    __slots__ = ()
    titel = "Dekkend aanbod"
    leeg = "Geen behoeften of profielen om te vergelijken."


def dekkend_aanbod(
    aanbod: Iterable[Ondersteuningsaanbod],
    op: dt.date,
    *,
    behoeften: Iterable[str] = (),
    swv: Samenwerkingsverband | None = None,
) -> DekkendAanbod:
    """Per behoefte: welke scholen haar op ``op`` bieden (hun laatste aanbod van op of vóór
    ``op``), en of alleen een gespecialiseerde school, of geen school, dat doet.

    De behoeften zijn ``behoeften`` gevolgd door elke vorm die een aanbod noemt. Dit is
    informatie voor beleidsmedewerkers, geen juridische toets van één leerling: het dekkend
    aanbod is de taak van het SWV en de voorwaarde voor de zorgplicht van de scholen, geen
    zorgplicht van het SWV (PL-02).

    Grondslag:
        WPO art. 18a, WEC art. 28a, WVO 2020 art. 2.47 (PL-02; het WVO-artikel volgens
        brondocument, niet geverifieerd).

    >>> from passend import Bestuurssoort, School, Schoolbestuur, Schoolsoort
    >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR)
    >>> s = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=b)
    >>> a = Ondersteuningsaanbod(school=s, bron=Aanbodbron.SCHOOLGIDS,
    ...     vastgesteld_op=dt.date(2025, 9, 1), vormen=["dyslexie"])
    >>> [(d.behoefte, d.dekking.name) for d in dekkend_aanbod([a], dt.date(2025, 10, 1),
    ...                                                        behoeften=["autisme"])]
    [('autisme', 'GEEN'), ('dyslexie', 'REGULIER')]
    """
    gegeven = controleer_reeks("behoeften", behoeften, str)
    _codes(None, attrs.fields(Ondersteuningsaanbod).vormen, tuple(dict.fromkeys(gegeven)))
    aanbod = controleer_reeks("aanbod", aanbod, Ondersteuningsaanbod)
    controleer_datum("op", op)
    controleer_optie("swv", swv, Samenwerkingsverband)
    records = [a for a in aanbod if swv is None or a.school.swv == swv]
    scholen = dict.fromkeys(a.school for a in records)
    laatste = [r for s in scholen if (r := _aanbod_op(records, s, op)) is not None]
    alle = dict.fromkeys([*gegeven, *(v for r in laatste for v in r.vormen)])
    rijen = []
    for behoefte in alle:
        bieden = sorted((r.school for r in laatste if r.biedt(behoefte)), key=lambda s: s.brin)
        regulier = tuple(s for s in bieden if not s.soort.gespecialiseerd)
        speciaal = tuple(s for s in bieden if s.soort.gespecialiseerd)
        graad = (
            Dekkingsgraad.REGULIER
            if regulier
            else Dekkingsgraad.ALLEEN_GESPECIALISEERD
            if speciaal
            else Dekkingsgraad.GEEN
        )
        rijen.append(
            Dekking(
                behoefte=behoefte,
                dekking=graad,
                regulier=regulier,
                gespecialiseerd=speciaal,
                grondslag=(DEKKEND_WPO, DEKKEND_WEC, DEKKEND_WVO),
            )
        )
    volgorde = list(Dekkingsgraad)[::-1]
    return DekkendAanbod(sorted(rijen, key=lambda d: (volgorde.index(d.dekking), d.behoefte)))


def verouderd_aanbod(aanbod: Iterable[Ondersteuningsaanbod], op: dt.date) -> Aandachtspunten:
    """Aanbod dat op ``op`` ouder is dan de wet toestaat, en profielen die nog worden gebruikt
    nadat het profiel verviel (PL-01), als aandachtspunten. Alleen het laatste aanbod van elke
    school wordt beoordeeld.

    Grondslag:
        WPO art. 8, WEC art. 11 (schoolondersteuningsprofiel, PL-01; WEC-artikel en leden niet
        gecontroleerd, A13); Wet versterking positie ouders en leerlingen (schoolgids vanaf
        1 augustus 2025).
    """
    records = controleer_reeks("aanbod", aanbod, Ondersteuningsaanbod)
    controleer_datum("op", op)
    punten = []
    for school in dict.fromkeys(a.school for a in records):
        r = _aanbod_op(records, school, op)
        if r is None or op < r.verouderd_op():
            continue
        sop = per_wet(school.soort.wet, SOP_WPO, SOP_WEC, SOP_WVO)
        termijn = (
            "het ondersteuningsaanbod in de schoolgids wordt elk schooljaar vastgesteld"
            if r.bron is Aanbodbron.SCHOOLGIDS
            else "sinds 1 augustus 2025 staat het aanbod in de schoolgids, niet meer in een "
            "schoolondersteuningsprofiel"
            if op >= SCHOOLGIDS_VANAF
            else "een schoolondersteuningsprofiel wordt ten minste eens in de vier jaar vastgesteld"
        )
        punten.append(
            Aandachtspunt(
                onderwerp="Ondersteuningsaanbod verouderd",
                uitleg=f"Het aanbod van {school.naam} ({school.brin}) komt uit {r.bron.met_lidwoord} "
                f"van {dagnaam(r.vastgesteld_op)}; {termijn}. Vraag het actuele aanbod op.",
                grondslag=(SCHOOLGIDS,) if op >= SCHOOLGIDS_VANAF else (sop,),
            )
        )
    return Aandachtspunten(punten)
