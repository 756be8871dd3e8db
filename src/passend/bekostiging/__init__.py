"""Funding of samenwerkingsverbanden passend onderwijs (rules.md §9, FIN-01 … FIN-07).

A public namespace: its names are not re-exported from :mod:`passend`.

- :func:`tarieven`, :class:`Tarieven`, :func:`ikc_tarief` — dated ondersteuningsbekostiging.
"""

from passend.bekostiging._tarieven import (
    SO_CATEGORIEEN,
    Tarieven,
    ikc_plaatsingsbedrag,
    ikc_tarief,
    tarieven,
)

__all__ = [
    "SO_CATEGORIEEN",
    "Tarieven",
    "ikc_plaatsingsbedrag",
    "ikc_tarief",
    "tarieven",
]
