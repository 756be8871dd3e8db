"""Rijksbijdrage of a samenwerkingsverband PO: lichte and zware ondersteuning on the pupil
count of 1 February of the previous year, minus what DUO pays SBO and SO schools for the
SWV's TLV's (FIN-01, FIN-02; the pre-2023 regime FIN-03 only on request).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from passend._bronnen import (
    FIN_HISTORISCH,
    FIN_OVERDRACHT,
    FIN_OVERLOOP,
    FIN_SWV_PO,
    FIN_ZWAAR_BAO_SBO,
    Bron,
)
from passend._fouten import BuitenBereik, NietBekend, OngeldigeInvoer, TegenstrijdigDossier
from passend._tlv import TlvCategorie
from passend._waarden import bevroren, controleer_mapping, is_bool, is_datum, is_type, niet_leeg
from passend._weergave import Weergave
from passend.bekostiging._geld import (
    controleer_aantal,
    controleer_bedrag,
    euro,
    is_aantal,
    is_bedrag,
    is_niet_negatief_bedrag,
    op_centen,
)
from passend.bekostiging._tarieven import SO_CATEGORIEEN, Tarieven, kies_tarieven
from passend.bekostiging._velden import (
    controleer_jaar,
    grondslag_van,
    is_grondslag,
    is_jaar,
)

__all__ = [
    "EERSTE_JAAR_TELDATUM_1_FEBRUARI",
    "Leerlingtelling",
    "Ondersteuningsbedragen",
    "Rijksbijdrage",
    "ondersteuningsbedragen",
    "rijksbijdrage_swv_po",
]

#: First calendar year funded on the 1 February count of the year before (Wet vereenvoudiging
#: bekostiging po).
EERSTE_JAAR_TELDATUM_1_FEBRUARI = 2023
#: Pre-2023: SBO was paid directly for up to 2 % of the SWV's bao + sbo pupils (FIN-03).
_TWEE_PROCENT = Decimal("0.02")


@attrs.frozen(kw_only=True)
class Ondersteuningsbedragen(Weergave):
    """Per-pupil amounts of the SWV-PO budget for one calendar year (Regeling bekostiging).

    passend ships none: the amounts for 2023-2025 were not verified (FIN-01). Take them from the
    Regeling bekostiging WPO en WEC of the year and name it in ``bron``.
    """

    jaar: int = attrs.field(validator=is_jaar)
    lichte_ondersteuning: Decimal = attrs.field(validator=is_niet_negatief_bedrag)
    zware_ondersteuning: Decimal = attrs.field(validator=is_niet_negatief_bedrag)
    bron: Bron = attrs.field(validator=is_type(Bron))


def ondersteuningsbedragen(jaar: int) -> Ondersteuningsbedragen:
    """The shipped per-pupil amounts of ``jaar`` — none are verified yet, so this always raises.

    Grondslag:
        Regeling bekostiging WPO en WEC van ``jaar`` (FIN-01): the amounts per leerling for
        lichte and zware ondersteuning; not in rules.md for any year, so not shipped.

    >>> ondersteuningsbedragen(2024)
    Traceback (most recent call last):
    ...
    passend._fouten.NietBekend: jaar = 2024: bedragen lichte en zware ondersteuning per leerling niet geverifieerd; geef Ondersteuningsbedragen mee uit de Regeling bekostiging WPO en WEC 2024
    """
    raise NietBekend(
        "jaar",
        jaar,
        "bedragen lichte en zware ondersteuning per leerling niet geverifieerd; geef "
        f"Ondersteuningsbedragen mee uit de Regeling bekostiging WPO en WEC {jaar}",
    )


def _tellingen(waarde: Mapping[TlvCategorie, int]) -> Mapping[TlvCategorie, int]:
    return bevroren(waarde)


@attrs.frozen(kw_only=True)
class Leerlingtelling(Weergave):
    """Pupil counts of one SWV on a teldatum (as registered in ROD/BRON).

    The TLV counts have no default: a forgotten count would silently skip DUO's deduction.
    Give ``sbo_met_tlv=0`` and ``so_met_tlv={}`` when the SWV really has none.
    """

    teldatum: dt.date = attrs.field(validator=is_datum)
    bao: int = attrs.field(validator=is_aantal)
    sbo: int = attrs.field(validator=is_aantal)
    #: SBO pupils (anywhere) with a TLV of this SWV: DUO deducts their bekostiging.
    sbo_met_tlv: int = attrs.field(validator=is_aantal)
    #: SO pupils with a TLV of this SWV, per bekostigingscategorie I, II, III.
    so_met_tlv: Mapping[TlvCategorie, int] = attrs.field(converter=_tellingen)

    @so_met_tlv.validator
    def _check_so(self, attribute: attrs.Attribute[Any], value: Mapping[Any, Any]) -> None:
        for categorie, aantal in controleer_mapping(attribute.name, value).items():
            if categorie not in SO_CATEGORIEEN:
                raise OngeldigeInvoer(
                    attribute.name, categorie, "verwacht een SO-categorie I, II of III"
                )
            controleer_aantal(f"{attribute.name}[{categorie.name}]", aantal)


@attrs.frozen(kw_only=True)
class Rijksbijdrage(Weergave):
    """The SWV-PO budget of one year and DUO's deductions, every amount in cents.

    ``netto`` = lichte + zware (+ impuls, when given) − inhouding SBO − inhouding SO; the SBO
    deduction is taken from
    lichte ondersteuning first and only the rest from zware (``overloop_sbo``). Negative
    ``netto`` means the SWV owes DUO.
    """

    jaar: int = attrs.field(validator=is_jaar)
    teldatum: dt.date = attrs.field(validator=is_datum)
    lichte_ondersteuning: Decimal = attrs.field(validator=is_bedrag)
    zware_ondersteuning: Decimal = attrs.field(validator=is_bedrag)
    inhouding_sbo: Decimal = attrs.field(validator=is_bedrag)
    overloop_sbo: Decimal = attrs.field(validator=is_bedrag)
    inhouding_so: Decimal = attrs.field(validator=is_bedrag)
    lichte_na_inhouding: Decimal = attrs.field(validator=is_bedrag)
    zware_na_inhouding: Decimal = attrs.field(validator=is_bedrag)
    #: Impuls schoolmaatschappelijk werk / risicoleerlingen as given; None: not included.
    impuls: Decimal | None = attrs.field(validator=attrs.validators.optional(is_bedrag))
    netto: Decimal = attrs.field(validator=is_bedrag)
    historisch: bool = attrs.field(validator=is_bool)
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)
    uitleg: str = attrs.field(validator=niet_leeg)

    @property
    def bruto(self) -> Decimal:
        """Lichte plus zware ondersteuning, before deductions."""
        return self.lichte_ondersteuning + self.zware_ondersteuning


def rijksbijdrage_swv_po(
    jaar: int,
    *,
    telling: Leerlingtelling,
    bedragen: Ondersteuningsbedragen,
    tarieven: Tarieven | None = None,
    impuls: Decimal | None = None,
    historisch: bool = False,
) -> Rijksbijdrage:
    """Ondersteuningsbudget of an SWV-PO for calendar year ``jaar`` and DUO's deductions.

    Since 2023: lichte ondersteuning on the bao pupils and zware on bao + sbo pupils, both
    counted on 1 February of ``jaar - 1``; DUO deducts the SBO tariff for every SBO pupil with a
    TLV of this SWV (from lichte ondersteuning, the rest from zware — that order beyond lichte
    is inferred) and the SO tariff per category from zware ondersteuning.

    ``impuls`` is the impuls schoolmaatschappelijk werk / risicoleerlingen of the year as an
    amount: its basis is not in rules.md, so passend adds it only when given.

    ``historisch=True`` (only for years before 2023) uses the old regime: teldatum 1 October of
    ``jaar - 1`` and the 2 %-regeling (the SWV pays only for SBO pupils above 2 % of its
    bao + sbo pupils). That arithmetic is from memory (FIN-03, UNVERIFIED).

    Grondslag:
        WPO (bekostiging samenwerkingsverband) na de Wet vereenvoudiging bekostiging po;
        Regeling bekostiging WPO en WEC van ``jaar`` (FIN-01, FIN-02): the SBO tariff and the
        SO tariff of every category deducted, each cited; historisch FIN-03.

    >>> from passend import Bron
    >>> bedragen = Ondersteuningsbedragen(jaar=2024, lichte_ondersteuning=Decimal("100"),
    ...     zware_ondersteuning=Decimal("200"), bron=Bron(wet="eigen invoer", artikel="-"))
    >>> telling = Leerlingtelling(teldatum=dt.date(2023, 2, 1), bao=1000, sbo=20, sbo_met_tlv=10,
    ...     so_met_tlv={TlvCategorie.SO_LAAG: 5})
    >>> r = rijksbijdrage_swv_po(2024, telling=telling, bedragen=bedragen)
    >>> r.lichte_ondersteuning, r.zware_ondersteuning, r.inhouding_sbo, r.overloop_sbo
    (Decimal('100000.00'), Decimal('204000.00'), Decimal('66345.20'), Decimal('0.00'))
    >>> r.netto
    Decimal('172963.10')
    """
    controleer_jaar("jaar", jaar)
    if not isinstance(telling, Leerlingtelling):
        raise OngeldigeInvoer("telling", telling, "verwacht een Leerlingtelling")
    if not isinstance(bedragen, Ondersteuningsbedragen):
        raise OngeldigeInvoer("bedragen", bedragen, "verwacht Ondersteuningsbedragen")
    if bedragen.jaar != jaar:
        raise TegenstrijdigDossier(
            "bedragen", bedragen.jaar, f"bedragen van een ander jaar dan {jaar}"
        )
    if not isinstance(historisch, bool):
        raise OngeldigeInvoer("historisch", historisch, "verwacht True of False")
    if historisch and jaar >= EERSTE_JAAR_TELDATUM_1_FEBRUARI:
        raise OngeldigeInvoer(
            "historisch",
            historisch,
            f"het oude regime gold alleen vóór {EERSTE_JAAR_TELDATUM_1_FEBRUARI}",
        )
    if not historisch and jaar < EERSTE_JAAR_TELDATUM_1_FEBRUARI:
        raise BuitenBereik(
            "jaar",
            jaar,
            "vóór 2023 gold teldatum 1 oktober en de 2%-regeling; kies historisch=True",
        )
    teldatum = dt.date(jaar - 1, 10, 1) if historisch else dt.date(jaar - 1, 2, 1)
    if telling.teldatum != teldatum:
        raise TegenstrijdigDossier(
            "telling.teldatum", telling.teldatum, f"verwacht de teldatum {teldatum.isoformat()}"
        )
    t = kies_tarieven(jaar, tarieven)

    licht = telling.bao * bedragen.lichte_ondersteuning
    zwaar = (telling.bao + telling.sbo) * bedragen.zware_ondersteuning
    if historisch:
        boven_2_procent = max(
            Decimal(0), telling.sbo_met_tlv - _TWEE_PROCENT * (telling.bao + telling.sbo)
        )
        inhouding_sbo = boven_2_procent * t.sbo
    else:
        inhouding_sbo = telling.sbo_met_tlv * t.sbo
    inhouding_so = sum(
        (aantal * t.tarief(c) for c, aantal in telling.so_met_tlv.items()), Decimal(0)
    )
    overloop = max(Decimal(0), inhouding_sbo - licht)
    if impuls is not None:
        controleer_bedrag("impuls", impuls)
    # The order of deduction decides which pot shrinks, never the total.
    netto = licht + zwaar + (impuls or 0) - inhouding_sbo - inhouding_so

    grondslag = grondslag_van(
        (FIN_SWV_PO, FIN_ZWAAR_BAO_SBO, FIN_OVERDRACHT, bedragen.bron, t.bron(TlvCategorie.SBO)),
        (t.bron(c) for c in SO_CATEGORIEEN if telling.so_met_tlv.get(c)),
        (FIN_OVERLOOP,) if overloop else (),
        (FIN_HISTORISCH,) if historisch else (),
    )
    uitleg = (
        f"Teldatum {teldatum.isoformat()}: {telling.bao} bao- en {telling.sbo} sbo-leerlingen. "
        f"Lichte ondersteuning {telling.bao} × {euro(bedragen.lichte_ondersteuning)} = "
        f"{euro(op_centen(licht))}; zware ondersteuning {telling.bao + telling.sbo} × "
        f"{euro(bedragen.zware_ondersteuning)} = {euro(op_centen(zwaar))}. "
        f"DUO houdt in: SBO {euro(op_centen(inhouding_sbo))}, SO {euro(op_centen(inhouding_so))}."
    )
    if overloop:
        uitleg += (
            f" De SBO-inhouding is groter dan de lichte ondersteuning; de rest "
            f"({euro(op_centen(overloop))}) gaat af van de zware ondersteuning (afgeleid, niet "
            "geverifieerd)."
        )
    uitleg += (
        " Impuls smw/risicoleerlingen niet meegerekend (niet opgegeven)."
        if impuls is None
        else f" Impuls smw/risicoleerlingen {euro(op_centen(impuls))}."
    )
    if historisch:
        uitleg += " Oud regime (vóór 2023): alleen SBO-leerlingen boven 2 % worden ingehouden (niet geverifieerd)."
    return Rijksbijdrage(
        jaar=jaar,
        teldatum=teldatum,
        lichte_ondersteuning=op_centen(licht),
        zware_ondersteuning=op_centen(zwaar),
        inhouding_sbo=op_centen(inhouding_sbo),
        overloop_sbo=op_centen(overloop),
        inhouding_so=op_centen(inhouding_so),
        lichte_na_inhouding=op_centen(max(Decimal(0), licht - inhouding_sbo)),
        zware_na_inhouding=op_centen(zwaar - overloop - inhouding_so),
        impuls=None if impuls is None else op_centen(impuls),
        netto=op_centen(netto),
        historisch=historisch,
        grondslag=grondslag,
        uitleg=uitleg + f" Netto {euro(op_centen(netto))}.",
    )
