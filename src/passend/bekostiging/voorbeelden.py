"""Built-in examples: the meerjarenraming 2023-2028 of SWV Zuid-Kennemerland (seed 004 § 12).

:func:`meerjarenraming_zuid_kennemerland` rebuilds the table as a :class:`~passend.bekostiging.Begroting`;
:func:`tabel_zuid_kennemerland` gives the totals exactly as the table prints them, and
:func:`afwijkingen_zuid_kennemerland` lists where the printed table does not add up by itself.

>>> from passend.bekostiging import op_euros
>>> b = meerjarenraming_zuid_kennemerland()
>>> [int(op_euros(b.resultaat(j))) for j in b.jaren]
[-301422, -762957, -585334, -508013, -89615, -790]
>>> [int(op_euros(b.signaleringswaarde(j))) for j in b.jaren]
[653802, 679448, 673608, 657783, 653539, 649317]
"""

from __future__ import annotations

import functools
import json
import types
from collections.abc import Mapping
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs

from passend._bronnen import BEGROTING_ZK, BEGROTING_ZK_AFRONDING
from passend._weergave import Weergave
from passend.bekostiging._begroting import Begroting, Begrotingsregel, Kant, Regelsoort
from passend.bekostiging._geld import op_euros

__all__ = [
    "Afwijking",
    "afwijkingen_zuid_kennemerland",
    "bedrag_per_leerling_zuid_kennemerland",
    "meerjarenraming_zuid_kennemerland",
    "tabel_zuid_kennemerland",
]


@functools.cache
def _data() -> dict[str, Any]:
    pad = resources.files("passend").joinpath("data/begroting_zuid_kennemerland_2023_2028.json")
    gelezen: dict[str, Any] = json.loads(pad.read_text(encoding="utf-8"))
    return gelezen


def _per_jaar(waarden: Mapping[str, str]) -> Mapping[int, Decimal]:
    return types.MappingProxyType({int(j): Decimal(b) for j, b in waarden.items()})


@functools.cache
def meerjarenraming_zuid_kennemerland(*, met_afrondingsverschillen: bool = True) -> Begroting:
    """The meerjarenraming 2023-2028 of SWV Zuid-Kennemerland as a :class:`~passend.bekostiging.Begroting`.

    Every line of the table, plus one ``Regelsoort.CORRECTIE`` (the 2023
    terugplaatsingsondersteuning the table shows but does not add up) and lines marked
    ``Regelsoort.AFRONDING``: cents the table hides by showing whole euros, each under € 1. Those
    cents are in no source; passend reconstructs them from the table's own printed totals (the
    smallest cents for which every printed total is the rounding of the exact sum) and cites
    them as such: :meth:`~passend.bekostiging.Begroting.rijen`, the Jupyter table and
    :meth:`~passend.bekostiging.Begroting.uitleg` mark them "(reconstructie, geen bron)", so
    they cannot be taken for budget lines. They are on by default because only with them every
    printed total comes out (resultaat 2024: € -762.957). With
    ``met_afrondingsverschillen=False`` they are left out: the lines are then
    exactly the seed's, and some totals differ by € 1 from the printed ones (see
    :func:`afwijkingen_zuid_kennemerland`). The opening balance on 1-1-2023 is derived: eigen
    vermogen 31-12-2023 minus resultaat 2023.

    >>> from passend.bekostiging import op_euros
    >>> kaal = meerjarenraming_zuid_kennemerland(met_afrondingsverschillen=False)
    >>> int(op_euros(kaal.resultaat(2024)))
    -762958

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 12 (seed 004); signaleringswaarde
        FIN-06.
    """
    data = _data()
    afronding = Regelsoort.AFRONDING.value
    regels = [
        Begrotingsregel(
            kant=Kant(r["kant"]),
            hoofdgroep=r["hoofdgroep"],
            subgroep=r["subgroep"],
            naam=r["naam"],
            bedragen=_per_jaar(r["bedragen"]),
            bron=BEGROTING_ZK_AFRONDING if r["soort"] == afronding else BEGROTING_ZK,
            soort=Regelsoort(r["soort"]),
            toelichting=r["toelichting"],
        )
        for r in data["regels"]
        if met_afrondingsverschillen or r["soort"] != afronding
    ]
    return Begroting(
        naam="Meerjarenraming SWV Zuid-Kennemerland 2023-2028 (ondersteuningsplan 2024-2028 § 12)",
        jaren=data["jaren"],
        regels=regels,
        eigen_vermogen_begin=Decimal(data["eigen_vermogen_begin"]["bedrag"]),
        weerstandsvermogen=_per_jaar(data["weerstandsvermogen"]),
        grondslag=(BEGROTING_ZK,),
    )


def tabel_zuid_kennemerland() -> Mapping[str, Mapping[int, Decimal]]:
    """The totals exactly as the table prints them, per row label and year (whole euros).

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 12 (seed 004).

    >>> tabel_zuid_kennemerland()["resultaat"][2024]
    Decimal('-762957')
    """
    return types.MappingProxyType({k: _per_jaar(v) for k, v in _data()["tabel"].items()})


def bedrag_per_leerling_zuid_kennemerland() -> Mapping[int, Decimal]:
    """The row "bedrag per leerling voor aftrek verwijzingen en DWS" (2024 € 450 … 2028 € 365).

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 12 (seed 004), FIN-07.
    """
    return _per_jaar(_data()["bedrag_per_leerling"])


@attrs.frozen(kw_only=True)
class Afwijking(Weergave):
    """A place where the printed table does not add up by itself.

    ``jaar`` is None for a figure outside the year columns. ``som_getoond`` is the same total
    computed from the figures the table prints (None when there is nothing to add up).
    """

    jaar: int | None
    cijfer: str
    getoond: Decimal
    som_getoond: Decimal | None
    uitleg: str

    @property
    def verschil(self) -> Decimal | None:
        """Printed figure minus the sum of the printed parts."""
        return None if self.som_getoond is None else self.getoond - self.som_getoond


def afwijkingen_zuid_kennemerland() -> tuple[Afwijking, ...]:
    """Every printed total that is not the sum of the printed figures it stands for.

    Differences of a few euros come from rounding each figure on its own; the € 30.000 in
    2023 and the loose figure in the row "totaal baten" are inconsistencies of the table.

    >>> for a in afwijkingen_zuid_kennemerland()[:2]:
    ...     print(a.jaar, a.cijfer, a.verschil)
    None totaal baten (los cijfer) None
    2023 sub Regulier onderwijs -30000
    """
    data = _data()
    tabel = tabel_zuid_kennemerland()
    getoonde = [r for r in data["regels"] if r["soort"] == Regelsoort.BEDRAG.value]

    def regels(hoofdgroep: str, subgroep: str | None, jaar: int) -> Decimal:
        return sum(
            (
                Decimal(r["bedragen"][str(jaar)])
                for r in getoonde
                if r["hoofdgroep"] == hoofdgroep and (subgroep is None or r["subgroep"] == subgroep)
            ),
            Decimal(0),
        )

    uitkomst = [
        Afwijking(
            jaar=None,
            cijfer=f"{los['rij']} (los cijfer)",
            getoond=Decimal(los["bedrag"]),
            som_getoond=None,
            uitleg=los["toelichting"],
        )
        for los in data["losse_cijfers"]
    ]
    for jaar in data["jaren"]:
        t = {k: v[jaar] for k, v in tabel.items()}
        sommen: dict[str, Decimal] = {
            "totaal rijksbijdragen": regels("I Rijksbijdragen", None, jaar),
            "totaal overige baten": regels("II Overige baten", None, jaar),
            "totaal baten": t["totaal rijksbijdragen"] + t["totaal overige baten"],
            "sub Regulier onderwijs": regels("I Overdrachten", "Regulier onderwijs", jaar),
            "sub Speciaal basisonderwijs en SBO-plus": regels(
                "I Overdrachten", "Speciaal basisonderwijs en SBO-plus", jaar
            ),
            "sub Speciaal onderwijs": regels("I Overdrachten", "Speciaal onderwijs", jaar),
            "totaal overdrachten": t["sub Regulier onderwijs"]
            + t["sub Speciaal basisonderwijs en SBO-plus"]
            + t["sub Speciaal onderwijs"],
            "totaal M&O": regels("II Management & organisatie", None, jaar),
            "totaal uitvoeringsorganisatie": regels("III Uitvoeringsorganisatie swv", None, jaar),
            "totaal lasten": t["totaal overdrachten"]
            + t["totaal M&O"]
            + t["totaal uitvoeringsorganisatie"],
            "resultaat": t["totaal baten"] - t["totaal lasten"],
            "weerstandsvermogen + bestemmingsreserve": t["weerstandsvermogen"]
            + t["bestemmingsreserve"],
            "signaleringswaarde": op_euros(Decimal("0.035") * t["totaal baten"]),
        }
        if jaar - 1 in data["jaren"]:
            sommen["eigen vermogen 31-12"] = (
                tabel["eigen vermogen 31-12"][jaar - 1] + t["resultaat"]
            )
        for cijfer, som in sommen.items():
            getoond = t.get(cijfer, t["eigen vermogen 31-12"])
            if getoond != som:
                uitkomst.append(
                    Afwijking(
                        jaar=jaar,
                        cijfer=cijfer,
                        getoond=getoond,
                        som_getoond=som,
                        uitleg=_uitleg(getoond - som),
                    )
                )
    return tuple(uitkomst)


def _uitleg(verschil: Decimal) -> str:
    if abs(verschil) <= 2:
        return (
            f"Verschil van € {verschil}: afronding. De tabel rondt elk bedrag apart af op hele "
            "euro's; de som van afgeronde delen wijkt dan soms af van het afgeronde totaal."
        )
    return f"Verschil van € {verschil}: de tabel telt een getoond bedrag niet mee in dit totaal."
