"""Ondersteuningsbekostiging per leerling (FIN-05): de gedateerde tarieven voor SBO en SO I/II/III.

De tarieven komen uit de pakketgegevens (``data/ondersteuningsbekostiging.json``), met een bron
per bedrag. Een jaar dat niet is nagekeken, wordt niet verzonnen: :func:`tarieven` geeft dan
:class:`~passend.NietBekend`, en elke functie die tarieven nodig heeft, neemt ook eigen
``Tarieven`` aan.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs

from passend._bronnen import Bron, Zekerheid
from passend._fouten import NietBekend, OngeldigeInvoer
from passend._tlv import TlvCategorie
from passend._waarden import bevroren, controleer_mapping, controleer_soort
from passend._weergave import Weergave
from passend.bekostiging._geld import euro, is_niet_negatief_bedrag, op_centen
from passend.bekostiging._velden import controleer_jaar, is_jaar, scenario_bron

__all__ = ["SO_CATEGORIEEN", "Tarieven", "ikc_plaatsingsbedrag", "ikc_tarief", "tarieven"]

#: De drie SO-bekostigingscategorieën (TLV-04): I laag, II midden, III hoog.
SO_CATEGORIEEN: tuple[TlvCategorie, ...] = (
    TlvCategorie.SO_LAAG,
    TlvCategorie.SO_MIDDEN,
    TlvCategorie.SO_HOOG,
)


def _bevroren(waarde: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return bevroren(waarde)


def _check_bedrag(veld: str, bedrag: object) -> None:
    if not isinstance(bedrag, Decimal) or not bedrag.is_finite() or bedrag < 0:
        raise OngeldigeInvoer(veld, bedrag, "verwacht een Decimal-bedrag van 0 of meer")


@attrs.frozen(kw_only=True)
class Tarieven(Weergave):
    """Ondersteuningsbekostiging per leerling per jaar voor SBO en SO categorie I, II en III.

    Bij elk bedrag hoort een :class:`~passend.Bron` in ``bronnen``. Een wat-als is één regel:

    >>> t = tarieven(2024)
    >>> t.sbo, t.so[TlvCategorie.SO_HOOG]
    (Decimal('6634.52'), Decimal('31419.53'))
    >>> duurder = attrs.evolve(t, sbo=Decimal("7000.00"))
    >>> duurder.tarief(TlvCategorie.SBO)
    Decimal('7000.00')
    """

    #: Het kalenderjaar waarin de tarieven gelden.
    jaar: int = attrs.field(validator=is_jaar)
    #: Tarief SBO per leerling per jaar, in euro.
    sbo: Decimal = attrs.field(validator=is_niet_negatief_bedrag)
    #: Tarief per SO-categorie (I, II en III) per leerling per jaar, in euro.
    so: Mapping[TlvCategorie, Decimal] = attrs.field(converter=_bevroren)
    #: De bron van elk tarief, per categorie (``TlvCategorie.SBO`` voor het SBO-tarief).
    bronnen: Mapping[TlvCategorie, Bron] = attrs.field(converter=_bevroren)

    @so.validator
    def _check_so(self, attribute: attrs.Attribute[Any], value: Mapping[Any, Any]) -> None:
        controleer_mapping(attribute.name, value)
        if set(value) != set(SO_CATEGORIEEN):
            raise OngeldigeInvoer(
                attribute.name,
                dict(value),
                "verwacht precies de SO-categorieën I, II en III",
            )
        for categorie, bedrag in value.items():
            _check_bedrag(f"so[{categorie.name}]", bedrag)

    @bronnen.validator
    def _check_bronnen(self, attribute: attrs.Attribute[Any], value: Mapping[Any, Any]) -> None:
        controleer_mapping(attribute.name, value)
        ontbreekt = [c.name for c in (TlvCategorie.SBO, *SO_CATEGORIEEN) if c not in value]
        if ontbreekt:
            raise OngeldigeInvoer(attribute.name, ontbreekt, "bron ontbreekt voor deze tarieven")
        for categorie, bron in value.items():
            if not isinstance(bron, Bron):
                raise OngeldigeInvoer(f"{attribute.name}[{categorie.name}]", bron, "verwacht Bron")

    def tarief(self, categorie: TlvCategorie) -> Decimal:
        """Het tarief van één TLV-categorie; VSO en PrO kent passend niet (:class:`~passend.NietBekend`)."""
        if not isinstance(categorie, TlvCategorie):
            raise OngeldigeInvoer("categorie", categorie, "verwacht een TlvCategorie")
        if categorie is TlvCategorie.SBO:
            return self.sbo
        if categorie in self.so:
            return self.so[categorie]
        raise NietBekend(
            "categorie", categorie.value, "geen tarief in passend (alleen SBO en SO I, II, III)"
        )

    def bron(self, categorie: TlvCategorie) -> Bron:
        """De bron van het tarief van ``categorie``.

        Een tarief dat niet is wat de genoemde regeling vaststelt — een wat-als zoals
        ``attrs.evolve(tarieven(2024), sbo=...)``, of de tarieven van 2024 voor een ander jaar —
        heeft als bron een scenario, nooit die regeling:

        >>> duurder = attrs.evolve(tarieven(2024), sbo=Decimal("7000.00"))
        >>> print(duurder.bron(TlvCategorie.SBO))
        Scenario tarief sbo 2024 € 7.000,00 (Regeling bekostiging WPO en WEC 2024 Stcrt. 2023, 29260 geeft € 6.634,52 voor 2024)
        >>> print(duurder.bron(TlvCategorie.SO_LAAG))
        Regeling bekostiging WPO en WEC 2024 Stcrt. 2023, 29260
        """
        bedrag = self.tarief(categorie)
        bron = self.bronnen[categorie]
        geregeld = _geregeld().get((bron, categorie))
        if geregeld is None or geregeld == (self.jaar, bedrag):
            return bron
        jaar, volgens_regeling = geregeld
        return scenario_bron(
            f"tarief {categorie.value} {self.jaar} {euro(bedrag)} ({bron} geeft "
            f"{euro(volgens_regeling)} voor {jaar})"
        )

    def rijen(self, *, als_getal: bool = False) -> list[dict[str, object]]:
        """Gewone rijen voor ``pandas.DataFrame``: ``categorie``, ``tarief``, ``bron``; het
        tarief als ``Decimal``, of als ``float`` met ``als_getal=True``.

        >>> tarieven(2024).rijen(als_getal=True)[0]
        {'categorie': 'sbo', 'tarief': 6634.52, 'bron': 'Regeling bekostiging WPO en WEC 2024 Stcrt. 2023, 29260'}
        """
        controleer_soort("als_getal", als_getal, bool)
        return [
            {
                "categorie": c.value,
                "tarief": float(self.tarief(c)) if als_getal else self.tarief(c),
                "bron": str(self.bron(c)),
            }
            for c in (TlvCategorie.SBO, *SO_CATEGORIEEN)
        ]


@functools.cache
def _data() -> dict[str, Any]:
    tekst = resources.files("passend").joinpath("data/ondersteuningsbekostiging.json")
    gelezen: dict[str, Any] = json.loads(tekst.read_text(encoding="utf-8"))
    return gelezen


@functools.cache
def _geregeld() -> dict[tuple[Bron, TlvCategorie], tuple[int, Decimal]]:
    """(citation, category) → (year, amount) the shipped regulations set."""
    return {
        (bron, categorie): (jaar, t.tarief(categorie))
        for jaar in map(int, _data()["jaren"])
        for t in (tarieven(jaar),)
        for categorie, bron in t.bronnen.items()
    }


def tarieven(jaar: int) -> Tarieven:
    """De nagekeken tarieven ondersteuningsbekostiging van kalenderjaar ``jaar``.

    Grondslag:
        Regeling bekostiging WPO en WEC van het jaar (2024: Stcrt. 2023, 29260), FIN-05.

    >>> tarieven(2024).so[TlvCategorie.SO_LAAG]
    Decimal('12938.34')
    >>> str(tarieven(2024).bron(TlvCategorie.SBO))
    'Regeling bekostiging WPO en WEC 2024 Stcrt. 2023, 29260'
    >>> tarieven(2025)
    Traceback (most recent call last):
    ...
    passend._fouten.NietBekend: jaar = 2025: tarieven niet geverifieerd (ontbreekt: SBO, SO categorie I, II en III); geef een eigen Tarieven mee
    """
    gegevens = _data()["jaren"].get(str(controleer_jaar("jaar", jaar)))
    if gegevens is None:
        raise NietBekend(
            "jaar",
            jaar,
            "tarieven niet geverifieerd (ontbreekt: SBO, SO categorie I, II en III); "
            "geef een eigen Tarieven mee",
        )
    bron_jaar = Bron(wet=gegevens["regeling"], artikel=gegevens["vindplaats"], regel="FIN-05")
    bedragen: dict[TlvCategorie, Decimal] = {}
    bronnen: dict[TlvCategorie, Bron] = {}
    for sleutel, waarde in gegevens["tarieven"].items():
        categorie = TlvCategorie(sleutel)
        bedragen[categorie] = Decimal(waarde["bedrag"])
        bronnen[categorie] = attrs.evolve(bron_jaar, zekerheid=Zekerheid(waarde["zekerheid"]))
    return Tarieven(
        jaar=jaar,
        sbo=bedragen.pop(TlvCategorie.SBO),
        so=bedragen,
        bronnen=bronnen,
    )


_geladen = tarieven


def kies_tarieven(jaar: int, eigen: Tarieven | None) -> Tarieven:
    """``eigen`` when given (a caller's own or what-if tariffs), else the shipped ones."""
    if eigen is None:
        return _geladen(jaar)
    if not isinstance(eigen, Tarieven):
        raise OngeldigeInvoer("tarieven", eigen, "verwacht Tarieven")
    if eigen.jaar != jaar:
        raise OngeldigeInvoer("tarieven", eigen.jaar, f"tarieven van een ander jaar dan {jaar}")
    return eigen


def ikc_tarief_onafgerond(t: Tarieven, aandeel_sbo: Decimal) -> Decimal:
    """The IKC tariff before rounding: every amount computed from it rounds once, at the end."""
    if not isinstance(aandeel_sbo, Decimal) or not Decimal(0) <= aandeel_sbo <= Decimal(1):
        raise OngeldigeInvoer("aandeel_sbo", aandeel_sbo, "verwacht een Decimal van 0 tot en met 1")
    return aandeel_sbo * t.sbo + (1 - aandeel_sbo) * t.so[TlvCategorie.SO_LAAG]


def ikc_tarief(
    jaar: int, *, aandeel_sbo: Decimal = Decimal("0.7"), tarieven: Tarieven | None = None
) -> Decimal:
    """IKC-tarief van Zuid-Kennemerland: 70 % SBO + 30 % SO categorie I, afgerond op centen.

    De verhouding volgt het historische aantal SBO- en SO-cluster-4-leerlingen op het IKC.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.6 (FIN-05, FIN-07);
        tarieven uit de Regeling bekostiging WPO en WEC van ``jaar``.

    >>> ikc_tarief(2024)
    Decimal('8525.67')
    >>> ikc_tarief(2024, aandeel_sbo=Decimal("1"))
    Decimal('6634.52')
    """
    t = kies_tarieven(jaar, tarieven)
    return op_centen(ikc_tarief_onafgerond(t, aandeel_sbo))


def ikc_plaatsingsbedrag(
    jaar: int, *, aandeel_sbo: Decimal = Decimal("0.7"), tarieven: Tarieven | None = None
) -> Decimal:
    """Jaarbedrag voor een leerling van een ander SWV op het IKC: IKC-tarief min SBO-tarief.

    Het SBO-deel krijgt het IKC al van DUO; het andere SWV betaalt het verschil.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.6 (FIN-05).

    >>> ikc_plaatsingsbedrag(2024)
    Decimal('1891.15')
    """
    t = kies_tarieven(jaar, tarieven)
    return op_centen(ikc_tarief_onafgerond(t, aandeel_sbo) - t.sbo)
