"""``toets(dossier, op)``: every procedural defect of a dossier, from every procedure module.

Each concept module that checks a procedure contributes a :data:`Controle` and keeps a
catalogue ``dict[GebrekCode, Gebreksoort]`` of the codes it can report; this module joins them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from passend import _opp, _tlv
from passend._beleid import Beleid
from passend._dossier import Dossier
from passend._gebreken import Gebrek, GebrekCode, Gebreksoort
from passend._kalender import Kalender

__all__ = ["Controle", "catalogus", "toets"]

#: A check: (dossier as it stood on ``op``, op, calendar, policy) → the defects it finds.
Controle = Callable[[Dossier, dt.date, Kalender, Beleid], Iterable[Gebrek]]

_CONTROLES: tuple[Controle, ...] = (_tlv.gebreken, _opp.gebreken)
_CATALOGI: tuple[Mapping[GebrekCode, Gebreksoort], ...] = (_tlv.GEBREKSOORTEN, _opp.GEBREKSOORTEN)


def catalogus() -> Mapping[GebrekCode, Gebreksoort]:
    """Every :class:`GebrekCode` with its description, articles and GPO category."""
    return MappingProxyType({code: soort for cat in _CATALOGI for code, soort in cat.items()})


def toets(
    dossier: Dossier,
    op: dt.date,
    *,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> tuple[Gebrek, ...]:
    """The procedural defects the dossier shows on ``op``, in a stable order.

    Only what was known on ``op`` counts (:meth:`Dossier.stand_op`).

    Grondslag:
        Each defect cites its own articles; see :func:`catalogus`.
    """
    kal = Kalender.standaard() if kalender is None else kalender
    bel = Beleid() if beleid is None else beleid
    stand = dossier.stand_op(op)
    return tuple(g for controle in _CONTROLES for g in controle(stand, op, kal, bel))
