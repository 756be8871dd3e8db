"""Meegeleverde voorbeelden: de meerjarenraming 2023-2028 van SWV Zuid-Kennemerland
(ondersteuningsplan 2024-2028 § 12).

:func:`meerjarenraming_zuid_kennemerland` bouwt de tabel na als een
:class:`~passend.bekostiging.Begroting`; :func:`tabel_zuid_kennemerland` geeft de totalen precies
zoals de tabel ze drukt, en :func:`afwijkingen_zuid_kennemerland` somt op waar de gedrukte tabel
zelf niet klopt.

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
    """De meerjarenraming 2023-2028 van SWV Zuid-Kennemerland als
    :class:`~passend.bekostiging.Begroting`.

    Elke regel van de tabel, plus één ``Regelsoort.CORRECTIE`` (de terugplaatsingsondersteuning
    2023 die de tabel toont maar niet meetelt) en regels gemarkeerd als
    ``Regelsoort.AFRONDING``: centen die de tabel verbergt door hele euro's te tonen, elk onder
    € 1. Die centen staan in geen enkele bron; passend reconstrueert ze uit de gedrukte totalen
    van de tabel zelf (de kleinste centen waarvoor elk gedrukt totaal de afronding van de exacte
    som is) en vermeldt ze ook zo: :meth:`~passend.bekostiging.Begroting.rijen`, de tabel in
    Jupyter en :meth:`~passend.bekostiging.Begroting.uitleg` markeren ze met "(reconstructie,
    geen bron)", zodat niemand ze voor begrotingsregels houdt. Ze staan standaard aan, omdat
    alleen met deze centen elk gedrukt totaal uitkomt (resultaat 2024: € -762.957). Met
    ``met_afrondingsverschillen=False`` blijven ze weg: de regels zijn dan precies die van het
    ondersteuningsplan, en sommige totalen wijken € 1 af van de gedrukte (zie
    :func:`afwijkingen_zuid_kennemerland`). Het beginvermogen op 1-1-2023 is afgeleid: eigen
    vermogen 31-12-2023 min resultaat 2023.

    >>> from passend.bekostiging import op_euros
    >>> kaal = meerjarenraming_zuid_kennemerland(met_afrondingsverschillen=False)
    >>> int(op_euros(kaal.resultaat(2024)))
    -762958

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 12; signaleringswaarde FIN-06.
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
    """De totalen precies zoals de tabel ze drukt, per rij en jaar (hele euro's).

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 12.

    >>> tabel_zuid_kennemerland()["resultaat"][2024]
    Decimal('-762957')
    """
    return types.MappingProxyType({k: _per_jaar(v) for k, v in _data()["tabel"].items()})


def bedrag_per_leerling_zuid_kennemerland() -> Mapping[int, Decimal]:
    """De rij "bedrag per leerling voor aftrek verwijzingen en DWS" (2024 € 450 … 2028 € 365).

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 12, FIN-07.
    """
    return _per_jaar(_data()["bedrag_per_leerling"])


@attrs.frozen(kw_only=True)
class Afwijking(Weergave):
    """Een plaats waar de gedrukte tabel zelf niet klopt."""

    #: Het jaar van het cijfer; None voor een cijfer buiten de jaarkolommen.
    jaar: int | None
    #: Welk cijfer (``"totaal baten"``, ``"sub Regulier onderwijs"``).
    cijfer: str
    #: Het cijfer zoals de tabel het drukt, in euro.
    getoond: Decimal
    #: Hetzelfde totaal, berekend uit de cijfers die de tabel drukt; None als er niets op te
    #: tellen valt.
    som_getoond: Decimal | None
    #: Waar het verschil vandaan komt, in woorden.
    uitleg: str

    @property
    def verschil(self) -> Decimal | None:
        """Gedrukt cijfer min de som van de gedrukte delen; None zonder som."""
        return None if self.som_getoond is None else self.getoond - self.som_getoond


def afwijkingen_zuid_kennemerland() -> tuple[Afwijking, ...]:
    """Elk gedrukt totaal dat niet de som is van de gedrukte cijfers waar het voor staat.

    Verschillen van een paar euro komen doordat elk cijfer apart is afgerond; de € 30.000 in
    2023 en het losse cijfer in de rij "totaal baten" zijn fouten in de tabel zelf.

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
