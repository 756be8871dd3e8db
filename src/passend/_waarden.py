"""Gedeelde controles van wat passend binnenkomt.

attrs-validators voor velden van records, de controles van argumenten van publieke functies,
getypeerde converters van tuple-velden, en datumrekenen dat binnen de kalender blijft. Elke
fout is een :class:`~passend.PassendError` die veld en waarde noemt, in het Nederlands.

Grondslag: geen — invoercontroles; de regels die ze gebruiken noemen hun eigen artikelen.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs
from dateutil.relativedelta import relativedelta

from passend._fouten import BuitenBereik, OngeldigeInvoer, TegenstrijdigDossier

if TYPE_CHECKING:
    from passend._aanbod import Capaciteit
    from passend._aanmelding import Aanmelding, Contactmoment, Informatieverzoek, Verlenging
    from passend._bronnen import Bron
    from passend._gebreken import Aandachtspunt, Gebrek
    from passend._inschrijving import Aanbodafwijzing, Inschrijving, Schoolwisselmelding
    from passend._opp import ExtraOndersteuning, Opp
    from passend._overstap import (
        Brugklasbesluit,
        Doorstroomtoets,
        Heroverweging,
        Loting,
        LwooAanwijzing,
        Mdo,
        Mdodeelnemer,
        OnderwijskundigRapport,
        Overstapmoment,
        Schooladvies,
    )
    from passend._partijen import School, Schoolsoort
    from passend._schorsing import Schorsing
    from passend._stappenplan import Stap
    from passend._thuiszitters import Verzuim
    from passend._tijdlijn import Tijdlijnregel
    from passend._tlv import Deskundigenadvies, Tlv
    from passend._verwijdering import Gehoord, Verwijdering
    from passend.bekostiging._begroting import Begrotingsregel
    from passend.bekostiging._top import Schoolbudgetregel
    from passend.termijnen import Termijn

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
T = TypeVar("T")

# --- Arguments of public functions ----------------------------------------------------------


def _soort(waarde: object) -> str:
    """Wat ``waarde`` is, voor een melding: ``'tekst'``, ``'tijdstip (datetime)'``, ``'float'``."""
    if isinstance(waarde, dt.datetime):
        return "tijdstip (datetime)"
    if isinstance(waarde, str):
        return "tekst"
    return "None" if waarde is None else type(waarde).__name__


def controleer_datum(veld: str, waarde: object) -> dt.date:
    """``waarde`` als het precies een ``datetime.date`` is: de controle van elke datum die
    passend aanneemt.

    Een ``datetime`` (of een pandas-``Timestamp``) is een moment, geen dag in het recht, en een
    tekst wordt niet ontleed: beide worden geweigerd, nooit omgezet.

    >>> controleer_datum("op", dt.datetime(2025, 3, 3))
    Traceback (most recent call last):
    ...
    passend._fouten.OngeldigeInvoer: op = datetime.datetime(2025, 3, 3, 0, 0): verwacht een datum, geen tijdstip (datetime); geef een datetime.date mee
    """
    if type(waarde) is not dt.date:
        raise OngeldigeInvoer(
            veld, waarde, f"verwacht een datum, geen {_soort(waarde)}; geef een datetime.date mee"
        )
    return waarde


def controleer_soort(veld: str, waarde: object, soort: type[T]) -> T:
    """``waarde`` als het een ``soort`` is (een klasse, een enum, ``bool`` of ``int``; een
    ``bool`` is geen ``int``, en een datum gaat via :func:`controleer_datum`).

    >>> from passend._partijen import Bestuurssoort
    >>> controleer_soort("bestuur_soort", "openbaar", Bestuurssoort)
    Traceback (most recent call last):
    ...
    passend._fouten.OngeldigeInvoer: bestuur_soort = 'openbaar': verwacht een Bestuurssoort, geen tekst
    """
    if soort is dt.date:
        return cast(T, controleer_datum(veld, waarde))
    if not isinstance(waarde, soort) or (isinstance(waarde, bool) and soort is not bool):
        raise OngeldigeInvoer(veld, waarde, f"verwacht een {soort.__name__}, geen {_soort(waarde)}")
    return waarde


def controleer_optie(veld: str, waarde: object, soort: type[T]) -> T | None:
    """``waarde`` als het None of een ``soort`` is (zie :func:`controleer_soort`)."""
    return None if waarde is None else controleer_soort(veld, waarde, soort)


def controleer_reeks(veld: str, waarde: object, soort: type[T]) -> tuple[T, ...]:
    """``waarde`` als tuple als het een lijst, tuple, set of andere reeks van ``soort`` is (zie
    :func:`controleer_soort`); een tekst is geen lijst van tekens, een dict geen lijst van
    sleutels."""
    if isinstance(waarde, str | bytes | Mapping) or not isinstance(waarde, Iterable):
        raise OngeldigeInvoer(veld, waarde, f"verwacht een lijst, geen {_soort(waarde)}")
    reeks = tuple(waarde)
    for i, element in enumerate(reeks):
        controleer_soort(f"{veld}[{i}]", element, soort)
    return reeks


def controleer_mapping(veld: str, waarde: object) -> Mapping[Any, Any]:
    """``waarde`` als het een mapping (``dict``) is; de aanroeper toetst sleutels en waarden."""
    if not isinstance(waarde, Mapping):
        raise OngeldigeInvoer(veld, waarde, f"verwacht een dict, geen {_soort(waarde)}")
    return waarde


def controleer_geheel(
    veld: str, waarde: object, minimum: int, maximum: int | None = None, *, wat: str = "getal"
) -> int:
    """``waarde`` als geheel getal (``wat``: "aantal weken") van ``minimum`` tot en met
    ``maximum``; een bool of 2.5 wordt geweigerd."""
    if (
        not isinstance(waarde, int)
        or isinstance(waarde, bool)
        or waarde < minimum
        or (maximum is not None and waarde > maximum)
    ):
        bereik = f"≥ {minimum}" if maximum is None else f"van {minimum} tot en met {maximum}"
        raise OngeldigeInvoer(veld, waarde, f"verwacht een geheel {wat} {bereik}")
    return waarde


# --- Date arithmetic within the calendar ------------------------------------------------------


def buiten_kalender(veld: str, waarde: object) -> BuitenBereik:
    """De fout voor een datumberekening waarvan de uitkomst buiten jaar 1-9999 valt."""
    return BuitenBereik(
        veld,
        waarde,
        "de uitkomst valt buiten de kalender (jaar 1 tot en met 9999); controleer de datum",
    )


def plus(d: dt.date, verschil: dt.timedelta | relativedelta, *, veld: str = "datum") -> dt.date:
    """``d + verschil`` (een negatief ``verschil`` telt terug).

    Datumberekeningen die de randen van de kalender kunnen raken, gaan hierlangs, zodat een datum
    bij jaar 1 of 9999 :class:`~passend.BuitenBereik` geeft, nooit een ``OverflowError`` of
    ``ValueError``.

    >>> plus(dt.date(9999, 12, 30), dt.timedelta(weeks=6))
    Traceback (most recent call last):
    ...
    passend._fouten.BuitenBereik: datum = datetime.date(9999, 12, 30): de uitkomst valt buiten de kalender (jaar 1 tot en met 9999); controleer de datum
    """
    try:
        uitkomst: dt.date = d + verschil
    except (OverflowError, ValueError):
        raise buiten_kalender(veld, d) from None
    return uitkomst


def kalenderdag(jaar: int, maand: int, dag: int, *, veld: str = "jaar") -> dt.date:
    """De datum ``jaar-maand-dag`` voor een berekend jaar; buiten 1-9999 een BuitenBereik."""
    if not dt.MINYEAR <= jaar <= dt.MAXYEAR:
        raise buiten_kalender(veld, jaar)
    return dt.date(jaar, maand, dag)


# --- Mapping and tuple fields -----------------------------------------------------------------


def bevroren(waarde: Mapping[Any, Any]) -> Mapping[Any, Any]:
    """Converter van mapping-velden: een alleen-lezen kopie, zodat een record na het aanmaken
    niet kan veranderen. Al het andere laat hij aan de validator van het veld om te weigeren."""
    return MappingProxyType(dict(waarde)) if isinstance(waarde, Mapping) else waarde


def als_tuple(waarden: list[T] | tuple[T, ...]) -> tuple[T, ...]:
    """Converter van tuple-velden: een lijst (uit JSON of een notebook) wordt een tuple.

    Al het andere blijft zoals het is, zodat de validator van het veld (:func:`elk`) het weigert:
    een tekst is geen lijst van teksten, en een set of generator heeft geen volgorde om te
    bewaren.
    """
    return tuple(waarden) if isinstance(waarden, list) else waarden


# One typed converter per element type. The attrs mypy plugin takes a converter's parameter as
# the type of the __init__ argument but cannot bind a generic one, so each tuple field names
# the converter of its element type: mypy then refuses a text where texts are expected, or
# records of the wrong kind. The annotations are spelled out (no alias) so that
# ``typing.get_type_hints`` resolves them in the module of each class.


def als_bronnen(waarden: list[Bron] | tuple[Bron, ...]) -> tuple[Bron, ...]:
    return als_tuple(waarden)


def als_teksten(waarden: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return als_tuple(waarden)


def als_datums(waarden: list[dt.date] | tuple[dt.date, ...]) -> tuple[dt.date, ...]:
    return als_tuple(waarden)


def als_jaren(waarden: list[int] | tuple[int, ...]) -> tuple[int, ...]:
    return als_tuple(waarden)


def als_gehoord(waarden: list[Gehoord] | tuple[Gehoord, ...]) -> tuple[Gehoord, ...]:
    return als_tuple(waarden)


def als_adviezen(
    waarden: list[Deskundigenadvies] | tuple[Deskundigenadvies, ...],
) -> tuple[Deskundigenadvies, ...]:
    return als_tuple(waarden)


def als_verlengingen(waarden: list[Verlenging] | tuple[Verlenging, ...]) -> tuple[Verlenging, ...]:
    return als_tuple(waarden)


def als_informatieverzoeken(
    waarden: list[Informatieverzoek] | tuple[Informatieverzoek, ...],
) -> tuple[Informatieverzoek, ...]:
    return als_tuple(waarden)


def als_aanmeldingen(waarden: list[Aanmelding] | tuple[Aanmelding, ...]) -> tuple[Aanmelding, ...]:
    return als_tuple(waarden)


def als_inschrijvingen(
    waarden: list[Inschrijving] | tuple[Inschrijving, ...],
) -> tuple[Inschrijving, ...]:
    return als_tuple(waarden)


def als_tlvs(waarden: list[Tlv] | tuple[Tlv, ...]) -> tuple[Tlv, ...]:
    return als_tuple(waarden)


def als_opps(waarden: list[Opp] | tuple[Opp, ...]) -> tuple[Opp, ...]:
    return als_tuple(waarden)


def als_verwijderingen(
    waarden: list[Verwijdering] | tuple[Verwijdering, ...],
) -> tuple[Verwijdering, ...]:
    return als_tuple(waarden)


def als_schorsingen(waarden: list[Schorsing] | tuple[Schorsing, ...]) -> tuple[Schorsing, ...]:
    return als_tuple(waarden)


def als_aanbodafwijzingen(
    waarden: list[Aanbodafwijzing] | tuple[Aanbodafwijzing, ...],
) -> tuple[Aanbodafwijzing, ...]:
    return als_tuple(waarden)


def als_ondersteuningen(
    waarden: list[ExtraOndersteuning] | tuple[ExtraOndersteuning, ...],
) -> tuple[ExtraOndersteuning, ...]:
    return als_tuple(waarden)


def als_contactmomenten(
    waarden: list[Contactmoment] | tuple[Contactmoment, ...],
) -> tuple[Contactmoment, ...]:
    return als_tuple(waarden)


def als_schoolwisselmeldingen(
    waarden: list[Schoolwisselmelding] | tuple[Schoolwisselmelding, ...],
) -> tuple[Schoolwisselmelding, ...]:
    return als_tuple(waarden)


def als_begrotingsregels(
    waarden: list[Begrotingsregel] | tuple[Begrotingsregel, ...],
) -> tuple[Begrotingsregel, ...]:
    return als_tuple(waarden)


def als_schoolbudgetregels(
    waarden: list[Schoolbudgetregel] | tuple[Schoolbudgetregel, ...],
) -> tuple[Schoolbudgetregel, ...]:
    return als_tuple(waarden)


def als_schooladviezen(
    waarden: list[Schooladvies] | tuple[Schooladvies, ...],
) -> tuple[Schooladvies, ...]:
    return als_tuple(waarden)


def als_doorstroomtoetsen(
    waarden: list[Doorstroomtoets] | tuple[Doorstroomtoets, ...],
) -> tuple[Doorstroomtoets, ...]:
    return als_tuple(waarden)


def als_heroverwegingen(
    waarden: list[Heroverweging] | tuple[Heroverweging, ...],
) -> tuple[Heroverweging, ...]:
    return als_tuple(waarden)


def als_rapporten(
    waarden: list[OnderwijskundigRapport] | tuple[OnderwijskundigRapport, ...],
) -> tuple[OnderwijskundigRapport, ...]:
    return als_tuple(waarden)


def als_mdos(waarden: list[Mdo] | tuple[Mdo, ...]) -> tuple[Mdo, ...]:
    return als_tuple(waarden)


def als_mdodeelnemers(
    waarden: list[Mdodeelnemer] | tuple[Mdodeelnemer, ...],
) -> tuple[Mdodeelnemer, ...]:
    return als_tuple(waarden)


def als_lotingen(waarden: list[Loting] | tuple[Loting, ...]) -> tuple[Loting, ...]:
    return als_tuple(waarden)


def als_brugklasbesluiten(
    waarden: list[Brugklasbesluit] | tuple[Brugklasbesluit, ...],
) -> tuple[Brugklasbesluit, ...]:
    return als_tuple(waarden)


def als_lwoo_aanwijzingen(
    waarden: list[LwooAanwijzing] | tuple[LwooAanwijzing, ...],
) -> tuple[LwooAanwijzing, ...]:
    return als_tuple(waarden)


def als_overstapmomenten(
    waarden: list[Overstapmoment] | tuple[Overstapmoment, ...],
) -> tuple[Overstapmoment, ...]:
    return als_tuple(waarden)


def als_verzuim(waarden: list[Verzuim] | tuple[Verzuim, ...]) -> tuple[Verzuim, ...]:
    return als_tuple(waarden)


def als_stappen(waarden: list[Stap] | tuple[Stap, ...]) -> tuple[Stap, ...]:
    return als_tuple(waarden)


def als_capaciteiten(waarden: list[Capaciteit] | tuple[Capaciteit, ...]) -> tuple[Capaciteit, ...]:
    return als_tuple(waarden)


def als_scholen(waarden: list[School] | tuple[School, ...]) -> tuple[School, ...]:
    return als_tuple(waarden)


def als_schoolsoorten(
    waarden: list[Schoolsoort] | tuple[Schoolsoort, ...],
) -> tuple[Schoolsoort, ...]:
    return als_tuple(waarden)


def als_termijnen(waarden: list[Termijn] | tuple[Termijn, ...]) -> tuple[Termijn, ...]:
    return als_tuple(waarden)


def als_gebreken(waarden: list[Gebrek] | tuple[Gebrek, ...]) -> tuple[Gebrek, ...]:
    return als_tuple(waarden)


def als_aandachtspunten(
    waarden: list[Aandachtspunt] | tuple[Aandachtspunt, ...],
) -> tuple[Aandachtspunt, ...]:
    return als_tuple(waarden)


def als_tijdlijnregels(
    waarden: list[Tijdlijnregel] | tuple[Tijdlijnregel, ...],
) -> tuple[Tijdlijnregel, ...]:
    return als_tuple(waarden)


def elk(check: Validator) -> Validator:
    """Een tuple (of een omgezette lijst) waarvan elk element ``check`` doorstaat; de fout noemt
    de positie. Een tekst, set, mapping of generator wordt geweigerd."""

    def check_elk(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise OngeldigeInvoer(
                attribute.name, value, f"verwacht een lijst of tuple, geen {_soort(value)}"
            )
        for i, element in enumerate(value):
            try:
                check(instance, attribute, element)
            except OngeldigeInvoer as fout:
                raise OngeldigeInvoer(f"{attribute.name}[{i}]", element, fout.reden) from None

    return check_elk


def elk_een(soort: type) -> Validator:
    """Een tuple waarvan elk element een ``soort`` is (zie :func:`elk`)."""
    return elk(is_type(soort))


def afbeelding(sleutel: Validator, waarde: Validator) -> Validator:
    """Een mapping met sleutels die ``sleutel`` en waarden die ``waarde`` doorstaan; een fout
    noemt de sleutel."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        for k, v in controleer_mapping(attribute.name, value).items():
            try:
                sleutel(instance, attribute, k)
                waarde(instance, attribute, v)
            except OngeldigeInvoer as fout:
                raise OngeldigeInvoer(f"{attribute.name}[{k!r}]", fout.waarde, fout.reden) from None

    return check


# --- Field validators -------------------------------------------------------------------------


def niet_leeg(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Een niet-lege tekst."""
    if not isinstance(value, str) or not value.strip():
        raise OngeldigeInvoer(attribute.name, value, "verwacht een niet-lege tekst")


def niet_leeg_of_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Een niet-lege tekst, of None."""
    if value is not None:
        niet_leeg(instance, attribute, value)


def is_datum(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Een ``datetime.date`` (geen datetime: een tijdstip is geen datum in het recht)."""
    controleer_datum(attribute.name, value)


def is_datum_of_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Een datum, of None voor "(nog) niet gebeurd / niet bekend"."""
    if value is not None:
        controleer_datum(attribute.name, value)


def is_enum(soort: type[enum.Enum]) -> Validator:
    """Een lid van ``soort`` (de waarde, zoals ``"openbaar"``, is geen lid)."""
    return is_type(soort)


def is_type(soort: type) -> Validator:
    """Een instantie van ``soort`` (een ``bool`` is geen ``int``)."""
    if soort is dt.date:
        return is_datum
    geen_bool = soort is not bool and issubclass(bool, soort)

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # The common case in one isinstance; the message is built by controleer_soort.
        if not isinstance(value, soort) or (geen_bool and isinstance(value, bool)):
            controleer_soort(attribute.name, value, soort)

    return check


def is_type_of_none(soort: type) -> Validator:
    """Een instantie van ``soort``, of None."""

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        controleer_optie(attribute.name, value, soort)

    return check


def niet_voor(ander: str, omschrijving: str) -> Validator:
    """De datum is None of niet vóór de datum in veld ``ander`` (bijv. besluit ≥ aanmelding)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: dt.date | None) -> None:
        eerder = getattr(instance, ander)
        if value is not None and eerder is not None and value < eerder:
            raise TegenstrijdigDossier(
                attribute.name, value, f"ligt vóór {omschrijving} ({eerder.isoformat()})"
            )

    return check


def tot_en_met(waarde: dt.date | None, op: dt.date) -> dt.date | None:
    """``waarde`` als die op of vóór ``op`` ligt, anders None (op ``op`` nog niet bekend)."""
    return waarde if waarde is not None and waarde <= op else None


def is_bool(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Een echte ``bool``: ``"nee"``, ``0`` of ``None`` worden geweigerd, niet als waar of onwaar
    gelezen."""
    if not isinstance(value, bool):
        raise OngeldigeInvoer(attribute.name, value, "verwacht True of False")


def is_bool_of_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Een ``bool``, of None voor "niet vastgelegd"."""
    if value is not None and not isinstance(value, bool):
        raise OngeldigeInvoer(attribute.name, value, "verwacht True, False of None (onbekend)")


def is_tekst(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Een tekst; die mag leeg zijn waar een lege tekst een ontbrekend deel vastlegt."""
    if not isinstance(value, str):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een tekst")


def is_tekst_of_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Een tekst, of None."""
    if value is not None:
        is_tekst(instance, attribute, value)


def vervang(waarde: T, **wijzigingen: object) -> T:
    """``waarde`` (an attrs instance) with the given fields replaced, or ``waarde`` itself when
    none of them changes.

    Only for the views passend derives from a record it already checked, such as
    ``stand_op``, which leaves out facts after a day: unlike ``attrs.evolve`` this does not run
    the converters and validators again (most of the cost of every question otherwise). A
    list becomes a tuple, as the converters of the record fields do.
    """
    nieuw: dict[str, object] = {}
    for naam, w in wijzigingen.items():
        if isinstance(w, list):
            w = tuple(w)
        oud = getattr(waarde, naam)
        if w is not oud and w != oud:
            nieuw[naam] = w
    if not nieuw:
        return waarde
    soort = type(waarde)
    kopie = object.__new__(soort)
    velden: tuple[attrs.Attribute[Any], ...] = soort.__attrs_attrs__  # type: ignore[attr-defined]
    for veld in velden:
        # A frozen attrs class refuses setattr; its own __init__ writes fields this way too.
        object.__setattr__(kopie, veld.name, nieuw.get(veld.name, getattr(waarde, veld.name)))
    return kopie
