"""De kalender van de Algemene termijnenwet (Atw) en de schoolvakanties per regio.

Wettelijke termijnen in passend onderwijs tellen in kalenderweken; alleen hun laatste dag
schuift op (Atw art. 1) als die valt op een zaterdag, een zondag, een algemeen erkende
feestdag (art. 3 lid 1), Goede Vrijdag (art. 3 lid 2) of een dag die bij Koninklijk Besluit is
gelijkgesteld (art. 3 lid 3).

De feestdagen worden hier berekend (5 mei elk jaar: het pakket ``holidays`` noemt die alleen in
lustrumjaren een vrije dag, rules.md T-05). De KB-dagen zijn meegeleverde gegevens met een bron
per dag; een jaar waarvan de KB-lijst onbekend is, telt nooit als een jaar zonder zulke dagen:
een vraag die ervan afhangt, geeft :class:`~passend.NietBekend`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs
from dateutil.easter import easter

from passend._bronnen import ATW_1, ATW_3, Bron
from passend._fouten import BuitenBereik, NietBekend, OngeldigeInvoer
from passend._partijen import Regio
from passend._waarden import (
    afbeelding,
    bevroren,
    controleer_datum,
    controleer_geheel,
    controleer_soort,
    is_datum,
    is_datum_of_none,
    is_type,
    niet_leeg,
    plus,
    vervang,
)

__all__ = ["KB_ONZEKERHEID", "Kalender", "atw_feestdagen"]

_DAG = dt.timedelta(days=1)
_WEEKDAG = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
#: School-holiday data of ``holidays`` 0.109 is complete up to and including this day
#: (the herfstvakantie 2030 and later are not in it).
_VAKANTIES_TOT = dt.date(2030, 9, 30)
_VAKANTIES_VANAF = dt.date(2015, 1, 1)
#: Hoeveel later een termijn kan eindigen zodra een ontbrekende KB-lijst bekend wordt. Een
#: aanname, geen recht: een KB kan in beginsel elke dag noemen, maar elke bekende lijst
#: (rules.md T-04, 2017-2019, 2023-2028) noemt losse dagen naast een feestdag of weekend, wat een
#: einde hoogstens drie dagen opschuift (27-12-2024 na Kerstmis). Met een week wordt beslist dat
#: een datum te laat is, *wat* de ontbrekende lijst ook zegt; dichterbij geeft passend
#: NietBekend.
KB_ONZEKERHEID = dt.timedelta(days=7)


def dagnaam(d: dt.date) -> str:
    """Weekdag en ISO-datum, voor uitleg: ``'maandag 2025-04-14'``."""
    return f"{_WEEKDAG[d.weekday()]} {d.isoformat()}"


def atw_feestdagen(jaar: int) -> Mapping[dt.date, str]:
    """De algemeen erkende feestdagen van Atw art. 3 lid 1 en Goede Vrijdag (lid 2).

    Berekend voor elk jaar; de KB-gelijkgestelde dagen (lid 3) zitten er niet bij.

    Grondslag:
        Atw art. 3 lid 1 en 2 (rules.md T-04).

    >>> sorted(d.isoformat() for d in atw_feestdagen(2026) if d.weekday() < 5)  # doctest: +NORMALIZE_WHITESPACE
    ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14',
     '2026-05-25', '2026-12-25']
    """
    return _feestdagen(controleer_geheel("jaar", jaar, dt.MINYEAR, dt.MAXYEAR))


@functools.cache
def _feestdagen(jaar: int) -> Mapping[dt.date, str]:
    pasen = easter(jaar)
    koningsdag = dt.date(jaar, 4, 27)
    if koningsdag.weekday() == 6:  # a Sunday Koningsdag is celebrated on Saturday the 26th
        koningsdag = dt.date(jaar, 4, 26)
    dagen = {
        dt.date(jaar, 1, 1): "Nieuwjaarsdag",
        pasen - 2 * _DAG: "Goede Vrijdag",
        pasen: "Eerste Paasdag",
        pasen + _DAG: "Tweede Paasdag",
        koningsdag: "Koningsdag",
        dt.date(jaar, 5, 5): "Bevrijdingsdag",
        pasen + 39 * _DAG: "Hemelvaartsdag",
        pasen + 49 * _DAG: "Eerste Pinksterdag",
        pasen + 50 * _DAG: "Tweede Pinksterdag",
        dt.date(jaar, 12, 25): "Eerste Kerstdag",
        dt.date(jaar, 12, 26): "Tweede Kerstdag",
    }
    return MappingProxyType(dict(sorted(dagen.items())))


def _vakanties(regio: Regio) -> Mapping[dt.date, str]:
    # Imported here: ``holidays`` costs a third of ``import passend`` and only vakanties need it.
    import holidays

    jaren = range(_VAKANTIES_VANAF.year, _VAKANTIES_TOT.year + 1)
    nl = holidays.country_holidays(
        "NL", years=jaren, subdiv=regio.value, categories=("school",), language="nl"
    )
    return MappingProxyType({d: str(naam) for d, naam in sorted(nl.items())})


class _Vakanties(Mapping[Regio, Mapping[dt.date, str]]):
    """The school holidays of every :class:`Regio` from ``holidays``, built when first read:
    importing ``holidays`` and building three regions cost more than the rest of a first
    answer, and no term needs them (T-01). Read-only; built once, always the same."""

    __slots__ = ("_per_regio",)

    def __init__(self) -> None:
        self._per_regio: Mapping[Regio, Mapping[dt.date, str]] | None = None

    def _alle(self) -> Mapping[Regio, Mapping[dt.date, str]]:
        if self._per_regio is None:
            self._per_regio = MappingProxyType({regio: _vakanties(regio) for regio in Regio})
        return self._per_regio

    def __getitem__(self, regio: Regio) -> Mapping[dt.date, str]:
        return self._alle()[regio]

    def __iter__(self) -> Iterator[Regio]:
        return iter(self._alle())

    def __len__(self) -> int:
        return len(self._alle())


def _vakanties_bevroren(
    per_regio: Mapping[Regio, Mapping[dt.date, str]],
) -> Mapping[Regio, Mapping[dt.date, str]]:
    if not isinstance(per_regio, Mapping) or isinstance(per_regio, _Vakanties):
        return per_regio
    return MappingProxyType({regio: bevroren(dagen) for regio, dagen in per_regio.items()})


def _is_jaar(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    controleer_geheel(attribute.name, value, dt.MINYEAR, dt.MAXYEAR)


_DAGEN = afbeelding(is_datum, niet_leeg)
_PER_REGIO = afbeelding(is_type(Regio), _DAGEN)


def _is_vakanties(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # The holidays of ``standaard()`` are read when first needed, not to check them here.
    if not isinstance(value, _Vakanties):
        _PER_REGIO(instance, attribute, value)


@attrs.frozen(kw_only=True)
class Kalender:
    """Atw-kalender (werkdagen, einde van een termijn) en schoolvakanties per :class:`Regio`.

    Een waarde: maak er een met :meth:`standaard` en vul hem aan met
    :meth:`met_gelijkgestelde_dagen` als een nieuw KB verschijnt. Dekt ``eerste_jaar`` …
    ``laatste_jaar``; daarbuiten geeft elke vraag :class:`~passend.BuitenBereik`.

    >>> k = Kalender.standaard()
    >>> k.atw_einde(dt.date(2026, 5, 5))   # Bevrijdingsdag, ook buiten een lustrumjaar
    datetime.date(2026, 5, 6)
    >>> k.atw_einde(dt.date(2025, 5, 30))  # KB-dag na Hemelvaart, daarna het weekend
    datetime.date(2025, 6, 2)
    >>> k.schoolvakantie(dt.date(2025, 7, 23), Regio.NOORD)
    'Zomervakantie'
    """

    #: Eerste jaar dat de kalender dekt.
    eerste_jaar: int = attrs.field(validator=_is_jaar)
    #: Laatste jaar dat de kalender dekt (tot en met).
    laatste_jaar: int = attrs.field(validator=_is_jaar)
    #: Dagen die bij KB zijn gelijkgesteld (Atw art. 3 lid 3), elk met de tekst van de bron.
    gelijkgestelde_dagen: Mapping[dt.date, str] = attrs.field(
        converter=bevroren, validator=_DAGEN, hash=False
    )
    #: Jaren waarvan de KB-lijst volledig is, met het KB dat hem vaststelt.
    kb_bekend: Mapping[int, str] = attrs.field(
        converter=bevroren, validator=afbeelding(_is_jaar, niet_leeg), hash=False
    )
    #: Schoolvakanties per regio: elke vakantiedag met de naam van de vakantie.
    vakanties: Mapping[Regio, Mapping[dt.date, str]] = attrs.field(
        factory=dict,
        converter=_vakanties_bevroren,
        validator=_is_vakanties,
        hash=False,
        repr=False,
    )
    #: Eerste dag waarvoor ``vakanties`` volledig is.
    vakanties_vanaf: dt.date = attrs.field(default=_VAKANTIES_VANAF, validator=is_datum)
    #: Laatste dag (tot en met) waarvoor ``vakanties`` volledig is.
    vakanties_tot: dt.date = attrs.field(default=_VAKANTIES_TOT, validator=is_datum)
    #: Vóór deze dag telt een jaar met een onbekende KB-lijst als een jaar zonder
    #: gelijkgestelde dagen (zie :meth:`ondergrens`); None: nooit aangenomen, zo'n vraag geeft
    #: NietBekend.
    kb_onbekend_leeg_voor: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    @laatste_jaar.validator
    def _check_jaren(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.eerste_jaar:
            raise OngeldigeInvoer(
                attribute.name, value, f"ligt vóór eerste_jaar {self.eerste_jaar}"
            )

    @staticmethod
    @functools.cache
    def standaard() -> Kalender:
        """De Atw-kalender 2014-2030 met de KB-dagen uit ``data/`` en de vakanties van ``holidays``.

        Grondslag:
            Atw art. 1 en 3; schoolvakanties: OCW regio-indeling via ``holidays`` (VAK-01, VAK-02).
        """
        tekst = resources.files("passend").joinpath("data/atw_gelijkgestelde_dagen.json")
        data = json.loads(tekst.read_text(encoding="utf-8"))
        return Kalender(
            eerste_jaar=data["eerste_jaar"],
            laatste_jaar=2030,
            gelijkgestelde_dagen={
                dt.date.fromisoformat(r["datum"]): r["bron"] for r in data["gelijkgestelde_dagen"]
            },
            kb_bekend={int(j): bron for j, bron in data["volledig_bekend"].items()},
            vakanties=_Vakanties(),
        )

    @property
    def grondslag(self) -> tuple[Bron, ...]:
        """Atw art. 1 (het einde schuift op) en art. 3 (welke dagen).

        Grondslag:
            Atw art. 1 lid 1 en art. 3 (rules.md T-02, T-04).
        """
        return (ATW_1, ATW_3)

    def met_gelijkgestelde_dagen(self, jaar: int, dagen: Iterable[dt.date], bron: str) -> Kalender:
        """Een kopie waarin de KB-lijst van ``jaar`` bekend is: precies ``dagen``, vastgesteld door
        ``bron``.

        >>> k = Kalender.standaard().met_gelijkgestelde_dagen(2029, [dt.date(2029, 5, 11)], "KB 2029")
        >>> k.is_werkdag(dt.date(2029, 5, 11)), k.is_werkdag(dt.date(2029, 5, 14))
        (False, True)
        """
        self._in_bereik(dt.date(controleer_geheel("jaar", jaar, dt.MINYEAR, dt.MAXYEAR), 1, 1))
        if not isinstance(dagen, list | tuple):
            raise OngeldigeInvoer("dagen", dagen, "verwacht een lijst of tuple van datums")
        for d in dagen:
            if controleer_datum("dagen", d).year != jaar:
                raise OngeldigeInvoer("dagen", d, f"ligt niet in {jaar}")
        controleer_soort("bron", bron, str)
        nieuw = {d: b for d, b in self.gelijkgestelde_dagen.items() if d.year != jaar}
        nieuw.update(dict.fromkeys(dagen, bron))
        return attrs.evolve(
            self, gelijkgestelde_dagen=nieuw, kb_bekend={**self.kb_bekend, jaar: bron}
        )

    def ondergrens(self) -> Kalender:
        """Een kopie die elk jaar met een onbekende KB-lijst behandelt als een jaar zonder
        gelijkgestelde dagen.

        Haar termijneinden zijn de vroegste die de echte einden kunnen zijn (hoogstens
        ``KB_ONZEKERHEID``, een week, eerder). Alleen om te beslissen wat geldt, wat de KB-lijst
        ook zegt.

        >>> Kalender.standaard().ondergrens().atw_einde(dt.date(2021, 5, 14))
        datetime.date(2021, 5, 14)
        """
        # No checks again: the copy differs in one valid date, and checking the calendar's
        # thousands of days cost a millisecond per question near an unknown KB year.
        return vervang(self, kb_onbekend_leeg_voor=dt.date.max)

    def _in_bereik(self, d: dt.date) -> None:
        if not self.eerste_jaar <= controleer_datum("d", d).year <= self.laatste_jaar:
            raise BuitenBereik(
                "datum",
                d,
                f"de kalender dekt {self.eerste_jaar}-{self.laatste_jaar}; "
                "voor andere jaren zijn de gelijkgestelde dagen niet bekend",
            )

    def vrije_dag(self, d: dt.date) -> str | None:
        """Waarom ``d`` geen Atw-werkdag is (``'zaterdag'``, ``'Koningsdag'``, …), of None.

        Geeft :class:`~passend.NietBekend` voor een weekdag in een jaar waarvan de KB-lijst
        onbekend is.
        """
        return self._vrij(controleer_datum("d", d))

    def _vrij(self, d: dt.date) -> str | None:
        """:meth:`vrije_dag` for a ``d`` known to be a date (the day loops of the terms)."""
        if not self.eerste_jaar <= d.year <= self.laatste_jaar:
            self._in_bereik(d)
        dag = d.weekday()
        if dag >= 5:
            return _WEEKDAG[dag]
        if naam := _feestdagen(d.year).get(d):
            return naam
        if d in self.gelijkgestelde_dagen:
            return "bij KB gelijkgestelde dag"
        leeg_voor = self.kb_onbekend_leeg_voor
        if d.year not in self.kb_bekend and (leeg_voor is None or d >= leeg_voor):
            raise NietBekend(
                "datum",
                d,
                f"niet bekend of {d.isoformat()} bij Koninklijk Besluit is gelijkgesteld aan een "
                f"feestdag: de lijst voor {d.year} ontbreekt (Atw art. 3 lid 3); "
                "vul hem aan met Kalender.met_gelijkgestelde_dagen",
            )
        return None

    def is_werkdag(self, d: dt.date) -> bool:
        """True als ``d`` geen zaterdag, zondag, Atw-feestdag of KB-gelijkgestelde dag is.

        Grondslag:
            Atw art. 1 lid 1 en art. 3.
        """
        return self.vrije_dag(d) is None

    def atw_einde(self, d: dt.date) -> dt.date:
        """De laatste dag van een termijn met nominaal einde ``d``: opgeschoven naar een werkdag.

        Grondslag:
            Atw art. 1 lid 1 (alleen het einde van een termijn schuift op; nooit een termijn die
            terug wordt geteld, art. 1 lid 2).
        """
        d = controleer_datum("d", d)
        while self._vrij(d) is not None:
            d = plus(d, _DAG)
        return d

    def plus_werkdagen(self, d: dt.date, n: int) -> dt.date:
        """De ``n``-de Atw-werkdag na ``d`` (``d`` zelf telt niet mee; ``n=0`` geeft ``d``).

        >>> Kalender.standaard().plus_werkdagen(dt.date(2026, 4, 30), 5)  # over 5 mei
        datetime.date(2026, 5, 8)
        """
        d, n = controleer_datum("d", d), controleer_geheel("n", n, 0, wat="aantal werkdagen")
        while n:
            d = plus(d, _DAG)
            if self._vrij(d) is None:
                n -= 1
        return d

    def schoolvakantie(self, d: dt.date, regio: Regio) -> str | None:
        """Naam van de schoolvakantie van ``regio`` op ``d`` (``'Kerstvakantie'``), of None.

        Wettelijke termijnen lopen door in schoolvakanties (rules.md T-01); dit dient voor uitleg
        en planning. Herfst- en voorjaarsvakantie zijn adviesdata.

        Grondslag:
            OCW regio-indeling en schoolvakanties (rules.md VAK-01, VAK-02); geen termijn (T-01).
        """
        controleer_soort("regio", regio, Regio)
        if not self.vakanties_vanaf <= controleer_datum("d", d) <= self.vakanties_tot:
            raise BuitenBereik(
                "datum",
                d,
                f"schoolvakanties zijn bekend van {self.vakanties_vanaf.isoformat()} "
                f"tot en met {self.vakanties_tot.isoformat()}",
            )
        return self.vakanties.get(regio, {}).get(d)
