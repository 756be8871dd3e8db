"""``toets(dossier, op)``: alle procedurele gebreken van een dossier, uit elke proceduremodule.

Elke conceptmodule die een procedure toetst, levert een :data:`Controle` en houdt een catalogus
``dict[GebrekCode, Gebreksoort]`` bij van de codes die zij kan melden; deze module voegt ze
samen. Waar een conceptmodule te lang zou worden, staan de toetsen in een begeleidende module
(``_tlv_toets``, ``_opp_toets``) naast de gegevens.
Open normen die de bibliotheek niet kan beoordelen komen uit :func:`aandachtspunten`, nooit uit
``toets``.
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

#: Een toets: (dossier zoals het er op ``op`` bij lag, op, kalender, beleid) → de gebreken die
#: zij vindt.
Controle = Callable[[Dossier, dt.date, Kalender, Beleid], Iterable[Gebrek]]
#: Een bron van punten om zelf te beoordelen, met dezelfde argumenten als een :data:`Controle`.
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
#: Plaats van elke code in :class:`GebrekCode`: de volgorde waarin gebreken worden gemeld.
_VOLGORDE = {code: i for i, code in enumerate(GebrekCode)}


def catalogus() -> Mapping[GebrekCode, Gebreksoort]:
    """Elke :class:`GebrekCode` die ``toets`` kan melden, met omschrijving, artikelen en
    GPO-categorie, in de volgorde van :class:`GebrekCode`.

    De lijst van codes in de documentatie wordt uit deze catalogus gemaakt.

    Grondslag:
        Elke soort gebrek noemt zijn eigen artikelen (``Gebreksoort.grondslag``).

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
    """De procedurele gebreken die het dossier op ``op`` laat zien.

    Elke toets van aanmelding en toelating, TLV, OPP, verwijdering, bezwaar en schorsing draait
    op het dossier zoals het er op ``op`` bij lag (``Dossier.stand_op``): een gegeven of stap
    met een datum na ``op`` verandert het antwoord nooit. Een stap die nog ontbreekt vóór een
    besluit dat nog niet is genomen (een voorgenomen verwijdering), wordt ook gemeld, zodat een
    school die op tijd ziet.

    De volgorde ligt vast: naar :class:`GebrekCode` (de volgorde van de catalogus), en binnen één
    code in de volgorde van de gegevens in het dossier. Elk :class:`Gebrek` draagt zijn
    ``grondslag``, een Nederlandse ``uitleg`` met de betrokken datums, en de categorie die de
    Geschillencommissie passend onderwijs gebruikt (``gpo_reden``). Open normen zijn geen
    gebreken: zie :func:`aandachtspunten`.

    Grondslag:
        Elk gebrek noemt zijn eigen artikelen; zie :func:`catalogus`.

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
    """Punten om zelf te beoordelen: open normen en feiten die het dossier niet vastlegt.

    Was het onderzoek naar de ondersteuningsbehoefte actueel, was een verwijdering evenredig, is
    een VO-leerling leerplichtig: dat kan de bibliotheek niet beoordelen, dus noemt zij deze
    punten in plaats van ze over te slaan of als gebrek te tellen. Net als bij :func:`toets` telt
    alleen wat op ``op`` bekend was; de volgorde volgt de gegevens van het dossier.

    Grondslag:
        Elk punt noemt zijn eigen artikelen en, waar er een past, de GPO-categorie.
    """
    kal, bel = _standaard(kalender, beleid)
    stand = controleer_soort("dossier", dossier, Dossier).stand_op(op)
    return Aandachtspunten(p for bron in _AANDACHTSBRONNEN for p in bron(stand, op, kal, bel))
