"""``toets(dossier, op)``: every procedural defect of a dossier, from every procedure module.

Each concept module that checks a procedure contributes a :data:`Controle` and keeps a
catalogue ``dict[GebrekCode, Gebreksoort]`` of the codes it can report; this module joins them.
Where a concept module would grow too long, its checks live in a companion module
(``_tlv_toets``, ``_opp_toets``) next to the records.
Open norms the library cannot judge come from :func:`aandachtspunten`, never from ``toets``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from passend import (
    _aanbod,
    _aanmelding,
    _bezwaar,
    _opp_toets,
    _overstap_punten,
    _overstap_toets,
    _schorsing,
    _stappenplan,
    _thuiszitters,
    _tlv_toets,
    _verwijdering_toets,
)
from passend._beleid import Beleid, beleid_of_standaard
from passend._dossier import Dossier
from passend._gebreken import (
    Aandachtspunt,
    Aandachtspunten,
    Gebrek,
    GebrekCode,
    Gebreken,
    Gebreksoort,
)
from passend._kalender import Kalender
from passend._waarden import controleer_optie, controleer_soort

__all__ = ["Aandachtsbron", "Controle", "aandachtspunten", "catalogus", "toets"]

#: A check: (dossier as it stood on ``op``, op, calendar, policy) → the defects it finds.
Controle = Callable[[Dossier, dt.date, Kalender, Beleid], Iterable[Gebrek]]
#: A source of points to check by hand, with the same arguments as a :data:`Controle`.
Aandachtsbron = Callable[[Dossier, dt.date, Kalender, Beleid], Iterable[Aandachtspunt]]

_CONTROLES: tuple[Controle, ...] = (
    _aanmelding.gebreken,
    _tlv_toets.gebreken,
    _opp_toets.gebreken,
    _verwijdering_toets.gebreken,
    _bezwaar.gebreken,
    _schorsing.gebreken,
    _overstap_toets.gebreken,
)
_CATALOGI: tuple[Mapping[GebrekCode, Gebreksoort], ...] = (
    _aanmelding.GEBREKSOORTEN,
    _tlv_toets.GEBREKSOORTEN,
    _opp_toets.GEBREKSOORTEN,
    _verwijdering_toets.GEBREKSOORTEN,
    _bezwaar.GEBREKSOORTEN,
    _schorsing.GEBREKSOORTEN,
    _overstap_toets.GEBREKSOORTEN,
)
_AANDACHTSBRONNEN: tuple[Aandachtsbron, ...] = (
    _aanmelding.aandachtspunten,
    _opp_toets.aandachtspunten,
    _verwijdering_toets.aandachtspunten,
    _bezwaar.aandachtspunten,
    _schorsing.aandachtspunten,
    _overstap_punten.aandachtspunten,
    _aanbod.aandachtspunten,
    _thuiszitters.aandachtspunten,
    _stappenplan.aandachtspunten,
)
#: Position of each code in :class:`GebrekCode`: the order in which defects are reported.
_VOLGORDE = {code: i for i, code in enumerate(GebrekCode)}


def catalogus() -> Mapping[GebrekCode, Gebreksoort]:
    """Every :class:`GebrekCode` ``toets`` can report, with its description, articles and GPO
    category, in the order of :class:`GebrekCode`.

    The documentation's list of codes is generated from this catalogue.

    Grondslag:
        Each kind of defect cites its own articles (``Gebreksoort.grondslag``).

    >>> from passend import GebrekCode
    >>> catalogus()[GebrekCode.VERWIJDERING_LEERKRACHT_NIET_GEHOORD].gpo_reden.value
    'Leerkracht niet gehoord'
    """
    alle = {code: soort for cat in _CATALOGI for code, soort in cat.items()}
    return MappingProxyType({code: alle[code] for code in GebrekCode if code in alle})


def _standaard(kalender: Kalender | None, beleid: Beleid | None) -> tuple[Kalender, Beleid]:
    return (
        controleer_optie("kalender", kalender, Kalender) or Kalender.standaard(),
        beleid_of_standaard(beleid),
    )


def toets(
    dossier: Dossier,
    op: dt.date,
    *,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Gebreken:
    """The procedural defects the dossier shows on ``op``.

    Every check of aanmelding and toelating, TLV, OPP, verwijdering, bezwaar and schorsing runs
    on the dossier as it stood on ``op`` (``Dossier.stand_op``): a record or step dated
    after ``op`` never changes the answer. A step still missing before a decision that has not
    been taken yet (an intended verwijdering) is reported too, so a school sees it in time.

    The order is stable: by :class:`GebrekCode` (the order of the catalogue), and within one
    code in the order of the records in the dossier. Each :class:`Gebrek` carries its
    ``grondslag``, a Dutch ``uitleg`` with the dates involved, and the category the
    Geschillencommissie passend onderwijs uses (``gpo_reden``). Open norms are not defects: see
    :func:`aandachtspunten`.

    Grondslag:
        Each defect cites its own articles; see :func:`catalogus`.

    >>> import datetime as dt
    >>> from passend import (Bestuurssoort, Dossier, Leerling, School, Schoolbestuur,
    ...                      Schoolsoort, Schorsing)
    >>> ll = Leerling(id="ll-1", geboortedatum=dt.date(2017, 5, 1))
    >>> b = Schoolbestuur(id="b", naam="Stichting", soort=Bestuurssoort.OPENBAAR)
    >>> s = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=b)
    >>> schorsing = Schorsing(leerling=ll, school=s, begin=dt.date(2026, 3, 9),
    ...                       einde=dt.date(2026, 3, 18), schriftelijk=True,
    ...                       inspectie_gemeld_op=dt.date(2026, 3, 9))
    >>> [g.code.value for g in toets(Dossier(leerling=ll, schorsingen=[schorsing]),
    ...                              dt.date(2026, 3, 20))]
    ['schorsing_te_lang']
    """
    kal, bel = _standaard(kalender, beleid)
    stand = controleer_soort("dossier", dossier, Dossier).stand_op(op)
    gebreken = [g for controle in _CONTROLES for g in controle(stand, op, kal, bel)]
    return Gebreken(sorted(gebreken, key=lambda g: _VOLGORDE[g.code]))


def aandachtspunten(
    dossier: Dossier,
    op: dt.date,
    *,
    kalender: Kalender | None = None,
    beleid: Beleid | None = None,
) -> Aandachtspunten:
    """Points to check by hand: open norms and facts the dossier does not record.

    Whether the research into the support need was up to date, whether a verwijdering was
    proportionate, whether a VO pupil is leerplichtig: the library cannot judge these, so it
    names them instead of skipping them or counting them as defects. Like :func:`toets`, only
    what was known on ``op`` counts; the order follows the records of the dossier.

    Grondslag:
        Each point cites its own articles and, where one fits, the GPO category.
    """
    kal, bel = _standaard(kalender, beleid)
    stand = controleer_soort("dossier", dossier, Dossier).stand_op(op)
    return Aandachtspunten(p for bron in _AANDACHTSBRONNEN for p in bron(stand, op, kal, bel))
