"""What a school offers and how full it is; the candidate list and the dekkend aanbod of an SWV
(rules.md PL-01 … PL-05).

The zorgplicht is a duty to *find a place* (PL-03). This module holds the facts that search
starts from — a school's :class:`Ondersteuningsaanbod` and its :class:`Capaciteit` — and three
questions about them:

* :func:`schoolvol` judges the exception "school vol" of an aanmelding (PL-04);
* :func:`kandidaatscholen` lists the schools that may offer what a pupil needs, and decides
  nothing: "bereid tot toelating" stays a recorded fact (PL-03);
* :func:`dekkend_aanbod` shows policy staff which needs no regular school covers (PL-02).

Forms of support are codes (``str``). :class:`Ondersteuningsvorm` names common forms; an SWV
adds its own codes as plain texts (``"time-out-plek"``). A member of the enum *is* its code, so
``Ondersteuningsvorm.DYSLEXIE == "dyslexie"`` and JSON keeps the plain text. The forms are a
working vocabulary, not legal categories: no law lists them.
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

#: From this day the separate schoolondersteuningsprofiel lapses; the schoolgids describes the
#: offer (PL-01, Wet versterking positie ouders en leerlingen).
SCHOOLGIDS_VANAF = dt.date(2025, 8, 1)

_S, _O = Zekerheid.SEED, Zekerheid.ONGEVERIFIEERD
#: PL-01: the SOP, set at least once every four years (WPO art. 8; lid not seen, A13).
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
#: PL-02: the SWV realises a dekkend aanbod (WPO art. 18a, WEC art. 28a, WVO 2020 art. 2.47).
DEKKEND_WPO = attrs.evolve(WPO_18A, regel="PL-02")
DEKKEND_WEC = Bron(wet="WEC", artikel="28a", regel="PL-02")
DEKKEND_WVO = attrs.evolve(WVO_2_47, regel="PL-02")
#: Seed 004 § 6.1.1: Zuid-Kennemerland schools may declare "vol" per group (A9).
CAPACITEIT_PER_GROEP = Bron(
    wet="Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028",
    artikel="§ 6.1.1 (capaciteitenlijst per groep)",
    zekerheid=_S,
    regel="PL-04",
)
#: Seed 000: "Zorgleerlingen kunnen voorrang krijgen ondanks de wachtlijst" (PL-05, A10).
VOORRANG_ZORGLEERLINGEN = Bron(
    wet="Directienetwerk Zuid-Kennemerland, afspraken zorgplicht",
    artikel="uitgangspunten (voorrang ondanks de wachtlijst)",
    zekerheid=_S,
    regel="PL-05",
)


class Ondersteuningsvorm(enum.StrEnum):
    """Common forms of support, as codes. An SWV may use any other non-empty code as well."""

    DYSLEXIE = "dyslexie"
    DYSCALCULIE = "dyscalculie"
    GEDRAG = "gedrag"
    SOCIAAL_EMOTIONEEL = "sociaal-emotioneel"
    TAAL_SPRAAK = "taal-spraak"
    MEER_BEGAAFDHEID = "meerbegaafdheid"
    MOTORIEK = "motoriek"
    MEDISCH = "medisch"
    AUTISME = "autisme"
    KLEINE_GROEP = "kleine groep"


class Aanbodbron(enum.Enum):
    """Where the school describes its support offer (PL-01)."""

    #: Schoolondersteuningsprofiel: until 31 July 2025, set at least once every four years.
    SCHOOLONDERSTEUNINGSPROFIEL = "schoolondersteuningsprofiel"
    #: Schoolgids: from 1 August 2025, every school year.
    SCHOOLGIDS = "schoolgids"

    @property
    def met_lidwoord(self) -> str:
        """The name with its Dutch article: ``"het schoolondersteuningsprofiel"``."""
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
    """The support a school offers, as set (``vastgesteld_op``) in its profile or schoolgids.

    ``vormen`` are the codes of the forms of support it offers (see
    :class:`Ondersteuningsvorm`); what is not listed is not offered *according to this record*.

    >>> from passend import Bestuurssoort, School, Schoolbestuur, Schoolsoort
    >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR)
    >>> s = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=b)
    >>> a = Ondersteuningsaanbod(school=s, bron=Aanbodbron.SCHOOLGIDS,
    ...     vastgesteld_op=dt.date(2025, 9, 1), vormen=[Ondersteuningsvorm.DYSLEXIE, "time-out-plek"])
    >>> a.biedt("dyslexie"), a.biedt("gedrag")
    (True, False)
    """

    school: School = attrs.field(validator=is_type(School))
    bron: Aanbodbron = attrs.field(validator=is_enum(Aanbodbron))
    vastgesteld_op: dt.date = attrs.field(validator=is_datum)
    vormen: tuple[str, ...] = attrs.field(converter=als_teksten, validator=[elk_een(str), _codes])

    def biedt(self, vorm: str) -> bool:
        """True when this record lists ``vorm``."""
        return controleer_soort("vorm", vorm, str) in self.vormen

    def verouderd_op(self) -> dt.date:
        """The first day this record is older than the law allows (PL-01): four years after a
        profile, one year after a schoolgids; a profile never outlasts 1 August 2025.

        Grondslag:
            WPO art. 8, WEC art. 11, WVO 2020 (schoolondersteuningsprofiel); the schoolgids
            from 2025-08-01 (PL-01).
        """
        jaren = 1 if self.bron is Aanbodbron.SCHOOLGIDS else 4
        einde = plus(self.vastgesteld_op, relativedelta(years=jaren, days=1))
        if self.bron is Aanbodbron.SCHOOLGIDS:
            return einde
        return min(einde, max(SCHOOLGIDS_VANAF, plus(self.vastgesteld_op, dt.timedelta(days=1))))


@attrs.frozen(kw_only=True)
class Capaciteit(Weergave):
    """A school's capacity as set on ``vastgesteld_op``: full for every applicant or not, and
    whether that admission policy was published (for parents to see).

    ``groep`` None: the whole school. A group name (``"groep 3"``): the capaciteitenlijst of
    one group, which only a regional policy lets count (``Beleid.capaciteit_per_groep``, A9).
    In a pupil's dossier, a group record is the record of the group the pupil would join.
    """

    school: School = attrs.field(validator=is_type(School))
    vastgesteld_op: dt.date = attrs.field(validator=is_datum)
    vol_voor_iedereen: bool = attrs.field(validator=is_bool)
    gepubliceerd: bool = attrs.field(validator=is_bool)
    groep: str | None = attrs.field(default=None, validator=_groep)

    def stand_op(self, op: dt.date) -> Capaciteit | None:
        """This record as known on ``op``: None before it was set."""
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
    """The answer of :func:`schoolvol`: does "school vol" count for this aanmelding?"""

    telt: bool = attrs.field(validator=is_bool)
    capaciteit: Capaciteit | None = attrs.field(validator=is_type_of_none(Capaciteit))
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    uitleg: str = attrs.field(validator=niet_leeg)


def schoolvol(
    aanmelding: Aanmelding, moment: dt.date, capaciteit: Iterable[Capaciteit], beleid: Beleid
) -> Schoolvol:
    """Whether the exception "school vol" of ``aanmelding`` (received on ``moment``) is shown.

    It counts only with a capacity record of that school, set on or before ``moment``, that
    shows it full for every applicant under a published policy. Otherwise "vol" is claimed,
    not shown: the exception does not count and the zorgplicht applies. A full school ends no
    zorgplicht of the school where the pupil is enrolled; that follows from :func:`zorgplicht`,
    which judges the enrolment on its own.

    Grondslag:
        WPO art. 40 lid 5, WEC art. 40 lid 6, WVO 2020 art. 8.9 lid 3 (PL-04, AAN-07; leden
        SEED); per group: ondersteuningsplan Zuid-Kennemerland § 6.1.1 (A9).
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
    """An aanmelding refused as "school vol" without the record that shows it (PL-04).

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
    """Whether a school has room, as far as its capacity records say."""

    RUIMTE = "ruimte"
    VOL = "vol"
    ONBEKEND = "onbekend"


@attrs.frozen(kw_only=True)
class Kandidaat(Weergave):
    """One school on the candidate list: which needs its offer covers, which it does not, which
    are unknown (no offer recorded), and whether it has room."""

    school: School = attrs.field(validator=is_type(School))
    gedekt: tuple[str, ...] = attrs.field(converter=als_teksten, validator=elk_een(str))
    niet_gedekt: tuple[str, ...] = attrs.field(converter=als_teksten, validator=elk_een(str))
    onbekend: tuple[str, ...] = attrs.field(converter=als_teksten, validator=elk_een(str))
    ruimte: Ruimte = attrs.field(validator=is_enum(Ruimte))
    aanbod_vastgesteld_op: dt.date | None = attrs.field(validator=is_datum_of_none)
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
    """The schools (of ``swv``, if given) ranked for a pupil who needs ``behoeften`` on ``op``.

    A need is *covered* only when the school's latest offer of on or before ``op`` lists it;
    without an offer every need is *unknown*, never covered. Room comes from the latest capacity
    record (of the whole school, or of ``groep`` under the per-group policy). Every school
    given stays on the list: first those whose offer covers more needs, then those known to
    miss fewer (an unknown need is not a miss), then room (room, unknown, full), then BRIN. The list decides nothing: whether a school is *bereid tot toelating* is a fact the
    school records (PL-03), and an outdated offer is still read, with a note.

    Grondslag:
        WPO art. 40 lid 4, WEC art. 40 lid 5, WVO 2020 art. 8.9 lid 2 (PL-03: need and the
        profiles of the schools weighed); PL-01 for the offer; PL-04 for room.

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
    """Which schools cover a need."""

    REGULIER = "een reguliere school"
    ALLEEN_GESPECIALISEERD = "alleen gespecialiseerd onderwijs"
    GEEN = "geen school"


@attrs.frozen(kw_only=True)
class Dekking(Weergave):
    """One need in the dekkend aanbod: which regular and which specialised schools offer it."""

    behoefte: str = attrs.field(validator=niet_leeg)
    dekking: Dekkingsgraad = attrs.field(validator=is_enum(Dekkingsgraad))
    regulier: tuple[School, ...] = attrs.field(converter=als_scholen, validator=elk_een(School))
    gespecialiseerd: tuple[School, ...] = attrs.field(
        converter=als_scholen, validator=elk_een(School)
    )
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
    """Per need: which schools offer it on ``op`` (their latest offer of on or before ``op``),
    and whether only a specialised school, or no school, does.

    The needs are ``behoeften`` followed by every form any offer lists. This is information for
    policy staff, not a legal test of one pupil: the dekkend aanbod is the SWV's task and the
    precondition of the schools' zorgplicht, not a zorgplicht of the SWV (PL-02).

    Grondslag:
        WPO art. 18a, WEC art. 28a, WVO 2020 art. 2.47 (PL-02; the WVO article SEED).

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
    """Offers older than the law allows on ``op``, and profiles used after the profile lapsed
    (PL-01), as aandachtspunten. Only the latest offer of each school is judged.

    Grondslag:
        WPO art. 8, WEC art. 11 (schoolondersteuningsprofiel, PL-01; WEC article and leden not
        checked, A13); Wet versterking positie ouders en leerlingen (schoolgids from 1 August
        2025).
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
