"""Rijksbijdrage van een samenwerkingsverband PO: lichte en zware ondersteuning op de
leerlingtelling van 1 februari van het jaar ervoor, min wat DUO aan SBO- en SO-scholen betaalt
voor de TLV's van het SWV (FIN-01, FIN-02; het regime van vóór 2023, FIN-03, alleen op verzoek).
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

#: Eerste kalenderjaar dat wordt bekostigd op de telling van 1 februari van het jaar ervoor (Wet
#: vereenvoudiging bekostiging po).
EERSTE_JAAR_TELDATUM_1_FEBRUARI = 2023
#: Pre-2023: SBO was paid directly for up to 2 % of the SWV's bao + sbo pupils (FIN-03).
_TWEE_PROCENT = Decimal("0.02")


@attrs.frozen(kw_only=True)
class Ondersteuningsbedragen(Weergave):
    """Bedragen per leerling van het budget van een SWV PO voor één kalenderjaar (Regeling
    bekostiging).

    passend levert ze niet mee: de bedragen voor 2023-2025 zijn niet nagekeken (FIN-01). Neem ze
    uit de Regeling bekostiging WPO en WEC van het jaar en noem die in ``bron``.
    """

    #: Het kalenderjaar waarvoor de bedragen gelden.
    jaar: int = attrs.field(validator=is_jaar)
    #: Bedrag lichte ondersteuning per leerling, in euro.
    lichte_ondersteuning: Decimal = attrs.field(validator=is_niet_negatief_bedrag)
    #: Bedrag zware ondersteuning per leerling, in euro.
    zware_ondersteuning: Decimal = attrs.field(validator=is_niet_negatief_bedrag)
    #: Waar de bedragen vandaan komen (de regeling van het jaar, of eigen invoer).
    bron: Bron = attrs.field(validator=is_type(Bron))


def ondersteuningsbedragen(jaar: int) -> Ondersteuningsbedragen:
    """De meegeleverde bedragen per leerling van ``jaar``; er is nog geen enkel jaar
    nagekeken, dus deze functie geeft altijd :class:`~passend.NietBekend`.

    Grondslag:
        Regeling bekostiging WPO en WEC van ``jaar`` (FIN-01): de bedragen per leerling voor
        lichte en zware ondersteuning; voor geen enkel jaar in rules.md, dus niet meegeleverd.

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
    """Leerlingaantallen van één SWV op een teldatum (zoals geregistreerd in ROD/BRON).

    De TLV-aantallen hebben geen standaardwaarde: een vergeten aantal zou de inhouding door DUO
    stil overslaan. Geef ``sbo_met_tlv=0`` en ``so_met_tlv={}`` als het SWV er echt geen heeft.
    """

    #: De teldatum (sinds 2023: 1 februari van het jaar vóór het bekostigingsjaar).
    teldatum: dt.date = attrs.field(validator=is_datum)
    #: Aantal leerlingen in het basisonderwijs (bao) van het SWV.
    bao: int = attrs.field(validator=is_aantal)
    #: Aantal leerlingen in het speciaal basisonderwijs (sbo) van het SWV.
    sbo: int = attrs.field(validator=is_aantal)
    #: SBO-leerlingen (waar dan ook) met een TLV van dit SWV: DUO houdt hun bekostiging in.
    sbo_met_tlv: int = attrs.field(validator=is_aantal)
    #: SO-leerlingen met een TLV van dit SWV, per bekostigingscategorie I, II en III.
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
    """Het budget van een SWV PO in één jaar en de inhoudingen door DUO; bedragen in centen.

    ``netto`` = lichte + zware (+ impuls, als opgegeven) − inhouding SBO − inhouding SO.
    """

    #: Het kalenderjaar van het budget.
    jaar: int = attrs.field(validator=is_jaar)
    #: De teldatum van de leerlingtelling waarop het budget rust.
    teldatum: dt.date = attrs.field(validator=is_datum)
    #: Lichte ondersteuning: bao-leerlingen × bedrag per leerling, in euro.
    lichte_ondersteuning: Decimal = attrs.field(validator=is_bedrag)
    #: Zware ondersteuning: bao- plus sbo-leerlingen × bedrag per leerling, in euro.
    zware_ondersteuning: Decimal = attrs.field(validator=is_bedrag)
    #: Wat DUO inhoudt voor SBO-leerlingen met een TLV van dit SWV, in euro.
    inhouding_sbo: Decimal = attrs.field(validator=is_bedrag)
    #: Het deel van de SBO-inhouding dat niet meer van de lichte ondersteuning af kan en van de
    #: zware afgaat (afgeleid, niet nagekeken), in euro.
    overloop_sbo: Decimal = attrs.field(validator=is_bedrag)
    #: Wat DUO inhoudt voor SO-leerlingen met een TLV van dit SWV, in euro.
    inhouding_so: Decimal = attrs.field(validator=is_bedrag)
    #: Lichte ondersteuning na de SBO-inhouding (nooit onder nul), in euro.
    lichte_na_inhouding: Decimal = attrs.field(validator=is_bedrag)
    #: Zware ondersteuning na de overloop van de SBO-inhouding en de SO-inhouding, in euro.
    zware_na_inhouding: Decimal = attrs.field(validator=is_bedrag)
    #: Impuls schoolmaatschappelijk werk / risicoleerlingen zoals opgegeven; None: niet
    #: meegerekend.
    impuls: Decimal | None = attrs.field(validator=attrs.validators.optional(is_bedrag))
    #: Wat het SWV overhoudt, in euro; negatief betekent dat het SWV DUO iets schuldig is.
    netto: Decimal = attrs.field(validator=is_bedrag)
    #: Of het oude regime (vóór 2023: teldatum 1 oktober, 2 %-regeling) is toegepast.
    historisch: bool = attrs.field(validator=is_bool)
    #: De bronnen van de berekening: wet, regeling, tarieven en ondersteuningsplan.
    grondslag: tuple[Bron, ...] = attrs.field(validator=is_grondslag)
    #: De berekening in woorden.
    uitleg: str = attrs.field(validator=niet_leeg)

    @property
    def bruto(self) -> Decimal:
        """Lichte plus zware ondersteuning, vóór de inhoudingen."""
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
    """Ondersteuningsbudget van een SWV PO in kalenderjaar ``jaar`` en de inhoudingen door DUO.

    Sinds 2023: lichte ondersteuning op de bao-leerlingen en zware op de bao- plus
    sbo-leerlingen, beide geteld op 1 februari van ``jaar - 1``. DUO houdt het SBO-tarief in
    voor elke SBO-leerling met een TLV van dit SWV (eerst van de lichte ondersteuning, de rest
    van de zware; die volgorde voorbij de lichte ondersteuning is afgeleid) en het SO-tarief per
    categorie van de zware ondersteuning.

    ``impuls`` is de impuls schoolmaatschappelijk werk / risicoleerlingen van het jaar, als
    bedrag: de grondslag daarvan staat niet in rules.md, dus passend telt hem alleen mee als hij
    is opgegeven.

    ``historisch=True`` (alleen voor jaren vóór 2023) rekent met het oude regime: teldatum
    1 oktober van ``jaar - 1`` en de 2 %-regeling (het SWV betaalt alleen voor SBO-leerlingen
    boven 2 % van zijn bao- plus sbo-leerlingen). Die rekenwijze is uit het geheugen (FIN-03,
    niet nagekeken).

    Grondslag:
        WPO (bekostiging samenwerkingsverband) na de Wet vereenvoudiging bekostiging po;
        Regeling bekostiging WPO en WEC van ``jaar`` (FIN-01, FIN-02): het SBO-tarief en het
        SO-tarief van elke ingehouden categorie, elk met bron; historisch FIN-03.

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
