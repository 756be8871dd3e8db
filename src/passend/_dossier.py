"""Dossier: alle gegevens van één leerling, bij het aanmaken op samenhang gecontroleerd."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from passend import _aanmelding, _bezwaar, _opp, _overstap_toets, _schorsing, _tlv
from passend._aanbod import Capaciteit
from passend._aanmelding import Aanmelding, Contactmoment
from passend._beleid import Beleid, beleid_of_standaard
from passend._fouten import NietBekend, TegenstrijdigDossier
from passend._inschrijving import Aanbodafwijzing, Inschrijving, Schoolwisselmelding
from passend._kalender import KB_ONZEKERHEID, Kalender
from passend._opp import ExtraOndersteuning, Opp
from passend._overstap import (
    Brugklasbesluit,
    Doorstroomtoets,
    Heroverweging,
    Loting,
    LwooAanwijzing,
    Mdo,
    OnderwijskundigRapport,
    Schooladvies,
)
from passend._partijen import Leerling
from passend._stappenplan import Stap
from passend._thuiszitters import Verzuim
from passend._tlv import Tlv
from passend._verwijdering import Schorsing, Verwijdering
from passend._waarden import (
    als_aanbodafwijzingen,
    als_aanmeldingen,
    als_brugklasbesluiten,
    als_capaciteiten,
    als_contactmomenten,
    als_doorstroomtoetsen,
    als_heroverwegingen,
    als_inschrijvingen,
    als_lotingen,
    als_lwoo_aanwijzingen,
    als_mdos,
    als_ondersteuningen,
    als_opps,
    als_rapporten,
    als_schooladviezen,
    als_schoolwisselmeldingen,
    als_schorsingen,
    als_stappen,
    als_tlvs,
    als_verwijderingen,
    als_verzuim,
    controleer_datum,
    controleer_optie,
    controleer_soort,
    elk_een,
    is_type,
    plus,
    vervang,
)
from passend._weergave import Reeks, Weergave
from passend.termijnen import Termijn

__all__ = ["Dossier", "LopendeTermijnen", "Record", "TermijnBron", "lopende_termijnen"]

Record = (
    Aanmelding
    | Inschrijving
    | Tlv
    | Opp
    | ExtraOndersteuning
    | Verwijdering
    | Schorsing
    | Aanbodafwijzing
    | Contactmoment
    | Schoolwisselmelding
    | Schooladvies
    | Doorstroomtoets
    | Heroverweging
    | OnderwijskundigRapport
    | Mdo
    | Loting
    | Brugklasbesluit
    | LwooAanwijzing
    | Verzuim
    | Stap
)


_RECORDVELDEN = (
    "aanmeldingen",
    "inschrijvingen",
    "tlvs",
    "opps",
    "verwijderingen",
    "schorsingen",
    "aanbodafwijzingen",
    "ondersteuningen",
    "contactmomenten",
    "schoolwisselmeldingen",
    "schooladviezen",
    "doorstroomtoetsen",
    "heroverwegingen",
    "onderwijskundige_rapporten",
    "mdos",
    "lotingen",
    "brugklasbesluiten",
    "lwoo_aanwijzingen",
    "verzuim",
    "stappen",
)


@attrs.frozen(kw_only=True)
class Dossier(Weergave):
    """Alle gegevens over één leerling. Gegevens van een andere leerling worden geweigerd.

    >>> import datetime as dt
    >>> from passend import Leerling
    >>> Dossier(leerling=Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1))).aanmeldingen
    ()
    """

    #: De leerling om wie het gaat; elk record moet over deze leerling gaan.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: Aanmeldingen bij scholen, met hun toelatingsbesluit.
    aanmeldingen: tuple[Aanmelding, ...] = attrs.field(
        default=(), converter=als_aanmeldingen, validator=elk_een(Aanmelding)
    )
    #: Inschrijvingen op scholen.
    inschrijvingen: tuple[Inschrijving, ...] = attrs.field(
        default=(), converter=als_inschrijvingen, validator=elk_een(Inschrijving)
    )
    #: Toelaatbaarheidsverklaringen (TLV's).
    tlvs: tuple[Tlv, ...] = attrs.field(default=(), converter=als_tlvs, validator=elk_een(Tlv))
    #: Ontwikkelingsperspectieven (OPP's).
    opps: tuple[Opp, ...] = attrs.field(default=(), converter=als_opps, validator=elk_een(Opp))
    #: Verwijderingen, ook voorgenomen verwijderingen.
    verwijderingen: tuple[Verwijdering, ...] = attrs.field(
        default=(), converter=als_verwijderingen, validator=elk_een(Verwijdering)
    )
    #: Schorsingen.
    schorsingen: tuple[Schorsing, ...] = attrs.field(
        default=(), converter=als_schorsingen, validator=elk_een(Schorsing)
    )
    #: Passende plaatsen die een bevoegd gezag aanbood en die de ouders afwezen (ZP-01).
    aanbodafwijzingen: tuple[Aanbodafwijzing, ...] = attrs.field(
        default=(), converter=als_aanbodafwijzingen, validator=elk_een(Aanbodafwijzing)
    )
    #: Perioden van extra ondersteuning (meer dan basisondersteuning).
    ondersteuningen: tuple[ExtraOndersteuning, ...] = attrs.field(
        default=(), converter=als_ondersteuningen, validator=elk_een(ExtraOndersteuning)
    )
    #: Eerste contacten van ouders of professionals met een school, vóór een schriftelijke
    #: aanmelding.
    contactmomenten: tuple[Contactmoment, ...] = attrs.field(
        default=(), converter=als_contactmomenten, validator=elk_een(Contactmoment)
    )
    #: Meldingen aan het SWV van een overstap tussen twee reguliere basisscholen (ZP-03).
    schoolwisselmeldingen: tuple[Schoolwisselmelding, ...] = attrs.field(
        default=(), converter=als_schoolwisselmeldingen, validator=elk_een(Schoolwisselmelding)
    )
    # PO→VO overstap (issue 13)
    #: Schooladviezen voor de overstap naar het VO.
    schooladviezen: tuple[Schooladvies, ...] = attrs.field(
        default=(), converter=als_schooladviezen, validator=elk_een(Schooladvies)
    )
    #: Uitslagen van de doorstroomtoets.
    doorstroomtoetsen: tuple[Doorstroomtoets, ...] = attrs.field(
        default=(), converter=als_doorstroomtoetsen, validator=elk_een(Doorstroomtoets)
    )
    #: Heroverwegingen van het schooladvies.
    heroverwegingen: tuple[Heroverweging, ...] = attrs.field(
        default=(), converter=als_heroverwegingen, validator=elk_een(Heroverweging)
    )
    #: Onderwijskundige rapporten (OKR) van de school die de leerling verlaat.
    onderwijskundige_rapporten: tuple[OnderwijskundigRapport, ...] = attrs.field(
        default=(), converter=als_rapporten, validator=elk_een(OnderwijskundigRapport)
    )
    #: Multidisciplinaire overleggen (MDO's) over de overstap.
    mdos: tuple[Mdo, ...] = attrs.field(default=(), converter=als_mdos, validator=elk_een(Mdo))
    #: Lotingen bij een VO-school.
    lotingen: tuple[Loting, ...] = attrs.field(
        default=(), converter=als_lotingen, validator=elk_een(Loting)
    )
    #: Besluiten van de VO-school over de brugklas.
    brugklasbesluiten: tuple[Brugklasbesluit, ...] = attrs.field(
        default=(), converter=als_brugklasbesluiten, validator=elk_een(Brugklasbesluit)
    )
    #: Aanvragen van een aanwijzing leerwegondersteuning (lwoo) bij het SWV VO, met het besluit.
    lwoo_aanwijzingen: tuple[LwooAanwijzing, ...] = attrs.field(
        default=(), converter=als_lwoo_aanwijzingen, validator=elk_een(LwooAanwijzing)
    )
    # Finding a place (issue 14)
    #: Verzuim van school (PL-07, thuiszitters).
    verzuim: tuple[Verzuim, ...] = attrs.field(
        default=(), converter=als_verzuim, validator=elk_een(Verzuim)
    )
    #: Stappen van de regionale stappenplannen (SP-01 … SP-09).
    stappen: tuple[Stap, ...] = attrs.field(
        default=(), converter=als_stappen, validator=elk_een(Stap)
    )
    #: De capaciteitsgegevens waarop een school zich bij de aanmelding van deze leerling beriep
    #: (PL-04): feiten over de school, geen gegevens van de leerling, dus niet in :meth:`records`.
    #: Een groepsrecord is dat van de groep waarin de leerling zou komen.
    capaciteiten: tuple[Capaciteit, ...] = attrs.field(
        default=(), converter=als_capaciteiten, validator=elk_een(Capaciteit)
    )

    def __attrs_post_init__(self) -> None:
        for veld, record in self._velden():
            if record.leerling != self.leerling:
                raise TegenstrijdigDossier(
                    veld,
                    record.leerling.id,
                    f"record hoort bij een andere leerling dan {self.leerling.id!r}",
                )

    def _velden(self) -> Iterator[tuple[str, Record]]:
        for veld in _RECORDVELDEN:
            yield from zip(itertools.repeat(veld), getattr(self, veld), strict=False)

    def records(self) -> tuple[Record, ...]:
        """Alle gegevens, in de volgorde van de velden."""
        return tuple(record for _, record in self._velden())

    def stand_op(self, op: dt.date) -> Dossier:
        """Het dossier zoals het op ``op`` was: gegevens en stappen van na ``op`` weggelaten.

        Elke vraag (``zorgplicht``, ``toets``, ``lopende_termijnen``) wordt op deze stand
        beantwoord, zodat een antwoord nooit afhangt van wat na de peildatum gebeurde.

        >>> from passend import Inschrijving, Leerling, School, Schoolbestuur, Bestuurssoort
        >>> from passend import Schoolsoort
        >>> ll = Leerling(id="ll-1", geboortedatum=dt.date(2019, 5, 1))
        >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR)
        >>> s = School(brin="12AB", naam="S", soort=Schoolsoort.BAO, bestuur=b)
        >>> i = Inschrijving(leerling=ll, school=s, ingeschreven_op=dt.date(2024, 9, 1),
        ...                  uitgeschreven_op=dt.date(2025, 1, 6))
        >>> d = Dossier(leerling=ll, inschrijvingen=[i])
        >>> d.stand_op(dt.date(2024, 8, 31)).inschrijvingen
        ()
        >>> d.stand_op(dt.date(2024, 12, 1)).inschrijvingen[0].uitgeschreven_op is None
        True
        """
        controleer_datum("op", op)
        velden: dict[str, Any] = {}
        for veld in _RECORDVELDEN:
            records: tuple[Record, ...] = getattr(self, veld)
            if records:
                bekend = [r for r in (record.stand_op(op) for record in records) if r is not None]
                velden[veld] = bekend
        velden["capaciteiten"] = [c for c in self.capaciteiten if c.stand_op(op) is not None]
        # The records of a valid dossier stay valid and keep their pupil: no checks again, and
        # the dossier itself when nothing in it lies after ``op``.
        return vervang(self, **velden)

    def _repr_html_(self) -> str:
        """Het dossier als tijdlijn tot zijn laatste feit (:func:`passend.tijdlijn`)."""
        # Imported here: the timeline asks the zorgplicht, whose module imports this one.
        from passend._tijdlijn import dossier_html

        return dossier_html(self)


#: Een bron van lopende termijnen: (dossier zoals het op ``op`` was, op, kalender, beleid) →
#: termijnen. Elke begripsmodule levert er een; :func:`lopende_termijnen` voegt ze samen.
TermijnBron = Callable[[Dossier, dt.date, Kalender, Beleid], Iterable[Termijn]]

_TERMIJNBRONNEN: tuple[TermijnBron, ...] = (
    _aanmelding.termijnen,
    _tlv.lopende,
    _opp.lopende,
    _bezwaar.termijnen,
    _schorsing.termijnen,
    _overstap_toets.termijnen,
)


def _raakt_onbekend_jaar(kal: Kalender, t: Termijn) -> bool:
    """True als ``t`` (of het einde waarvandaan geteld is) in een jaar zonder KB-lijst ligt."""
    # Near the ends of the calendar the years beyond it are simply not in the range.
    van = plus(t.begin, -dt.timedelta(days=1) - KB_ONZEKERHEID) if t.begin.year > 1 else t.begin
    tot = plus(t.einde, KB_ONZEKERHEID) if t.einde.year < dt.MAXYEAR else t.einde
    jaren = range(max(van.year, kal.eerste_jaar), min(tot.year, kal.laatste_jaar) + 1)
    return any(jaar not in kal.kb_bekend for jaar in jaren)


class LopendeTermijnen(Reeks[Termijn]):
    """Wat :func:`lopende_termijnen` geeft: een tuple van :class:`~passend.termijnen.Termijn`.

    Het toont zich in Jupyter als tabel en geeft gewone rijen (``rijen()``).
    """

    __slots__ = ()
    titel = "Lopende termijnen"
    leeg = "Geen lopende termijnen."


def lopende_termijnen(
    dossier: Dossier,
    op: dt.date,
    *,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> LopendeTermijnen:
    """De wettelijke termijnen die op ``op`` lopen, op volgorde van einde.

    Elke termijn begon met een feit dat op ``op`` bekend is (:meth:`Dossier.stand_op`; de dag
    van het feit zelf telt mee) en is nog niet afgelopen.

    Grondslag:
        Elke termijn noemt zijn eigen artikelen (zie :mod:`passend.termijnen`).
    """
    dossier = controleer_soort("dossier", dossier, Dossier)
    kal = controleer_optie("kalender", kalender, Kalender) or Kalender.standaard()
    bel = beleid_of_standaard(beleid)
    stand = dossier.stand_op(op)

    def alle(k: Kalender) -> list[Termijn]:
        return [t for bron in _TERMIJNBRONNEN for t in bron(stand, op, k, bel)]

    try:
        termijnen = alle(kal)
    except NietBekend:
        # A missing KB list (rules.md T-04) cannot make a term that ended long before op run
        # again: recompute with the earliest possible ends and drop what surely ended. A term
        # that may still run is only returned when no unknown year could have moved it.
        termijnen = [t for t in alle(kal.ondergrens()) if t.einde >= plus(op, -KB_ONZEKERHEID)]
        if any(_raakt_onbekend_jaar(kal, t) for t in termijnen):
            raise
    termijnen = [t for t in termijnen if not t.verstreken(op)]
    return LopendeTermijnen(sorted(termijnen, key=lambda t: (t.einde, t.naam)))
