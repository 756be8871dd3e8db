"""Reserves van een samenwerkingsverband: de signaleringswaarde van de Inspectie (FIN-06)."""

from __future__ import annotations

from decimal import Decimal

from passend._fouten import OngeldigeInvoer
from passend.bekostiging._geld import controleer_bedrag, op_centen

__all__ = ["MINIMUM_SIGNALERINGSWAARDE", "PERCENTAGE_SIGNALERINGSWAARDE", "signaleringswaarde"]

#: 3,5 % van de totale (bruto) baten.
PERCENTAGE_SIGNALERINGSWAARDE = Decimal("0.035")
#: De signaleringswaarde is nooit lager dan € 250 000.
MINIMUM_SIGNALERINGSWAARDE = Decimal("250000")


def signaleringswaarde(totale_baten: Decimal) -> Decimal:
    """Signaleringswaarde bovenmatig eigen vermogen: max(3,5 % × baten, € 250 000), in centen.

    Eigen vermogen daarboven is *mogelijk* bovenmatig: een signaal voor de Inspectie, geen norm.

    Grondslag:
        Inspectie van het Onderwijs, signaleringswaarde bovenmatig eigen vermogen
        samenwerkingsverbanden (Kamerbrief 2020), FIN-06.

    >>> signaleringswaarde(Decimal("19412806"))
    Decimal('679448.21')
    >>> signaleringswaarde(Decimal("1000000"))
    Decimal('250000.00')
    """
    baten = controleer_bedrag("totale_baten", totale_baten)
    if baten < 0:
        raise OngeldigeInvoer("totale_baten", baten, "mag niet negatief zijn")
    return op_centen(max(PERCENTAGE_SIGNALERINGSWAARDE * baten, MINIMUM_SIGNALERINGSWAARDE))
