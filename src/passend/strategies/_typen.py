"""Which strategy ``st.from_type`` uses for each public class of passend.

:mod:`passend._hypothesis` registers every public attrs class with :func:`voor_type`; this
module is only imported when hypothesis first resolves one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from passend._aanbod import Capaciteit, Dekking, Kandidaat, Ondersteuningsaanbod, Schoolvol
from passend._aanmelding import (
    Aanmelding,
    Contactmoment,
    Informatieverzoek,
    Toelatingsbesluit,
    Verlenging,
)
from passend._beleid import Beleid
from passend._bezwaar import Bezwaar
from passend._bronnen import Bron
from passend._dossier import Dossier
from passend._gebreken import Aandachtspunt, Gebrek, Gebreksoort
from passend._inschrijving import Aanbodafwijzing, Inschrijving, Schoolwisselmelding
from passend._kalender import Kalender
from passend._leeftijd import Mijlpaal
from passend._opp import ExtraOndersteuning, Handelingsdeel, Opp, OppVereist, Symbiose
from passend._overstap import (
    Brugklasbesluit,
    Doorstroomtoets,
    Heroverweging,
    Loting,
    LwooAanwijzing,
    Mdo,
    OnderwijskundigRapport,
    Overstapkalender,
    Overstapmoment,
    Schooladvies,
)
from passend._partijen import Leerling, Samenwerkingsverband, School, Schoolbestuur, Sector
from passend._pro_criteria import (
    Criteriumoordeel,
    Intelligentiemeting,
    LwooCriteria,
    Toetsresultaat,
)
from passend._schorsing import Schorsing
from passend._stappenplan import Stap, Stapstatus
from passend._thuiszitters import Thuiszitter, Thuiszitterdefinitie, Verzuim
from passend._tijdlijn import Overzicht, Tijdlijn, Tijdlijnregel
from passend._tlv import Deskundigenadvies, Tlv, VerantwoordelijkSwv
from passend._verwijdering import Gehoord, Gehoorde, Verwijdering
from passend._zorgplicht import FinancieleVerantwoordelijkheid, Zorgplichtoordeel
from passend.strategies import _basis as b
from passend.strategies import _bekostiging as g
from passend.strategies import _overstap as o
from passend.strategies import _plek as p
from passend.strategies import _records as r
from passend.strategies import _uitkomsten as u
from passend.strategies._dossiers import dossiers
from passend.termijnen import Termijn

__all__ = ["STRATEGIEEN", "voor_type"]


def _van_leerling(
    record: Callable[..., st.SearchStrategy[Any]],
) -> Callable[[], st.SearchStrategy[Any]]:
    """A record of any pupil, at any school, on a day from ``datums()``."""
    return lambda: b.leerlingen().flatmap(lambda ll: record(ll, b.scholen(), b.datums()))


#: Class → a strategy of valid, consistent instances.
STRATEGIEEN: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    Bron: u.bronnen,
    Kalender: u.kalenders,
    Termijn: u.termijnen,
    Beleid: u.beleidskeuzes,
    Schoolbestuur: b.schoolbesturen,
    School: b.scholen,
    Samenwerkingsverband: b.samenwerkingsverbanden,
    Leerling: b.leerlingen,
    Mijlpaal: u.mijlpalen,
    Aanmelding: _van_leerling(r.aanmeldingen),
    Contactmoment: _van_leerling(r.contactmomenten),
    Verlenging: lambda: st.builds(Verlenging, medegedeeld_op=b.datums(), weken=st.integers(1, 6)),
    Informatieverzoek: lambda: b.datums().flatmap(r._informatieverzoek),
    Toelatingsbesluit: lambda: b.datums().flatmap(r._besluit),
    Inschrijving: _van_leerling(r.inschrijvingen),
    Aanbodafwijzing: _van_leerling(r.aanbodafwijzingen),
    Schoolwisselmelding: lambda: b.leerlingen().flatmap(
        lambda ll: r.schoolwisselmeldingen(ll, b.datums())
    ),
    Deskundigenadvies: lambda: b.datums().flatmap(lambda d: r.adviezen(d, None)),
    Tlv: _van_leerling(r.tlvs),
    Handelingsdeel: r.handelingsdelen,
    Symbiose: lambda: b.datums().flatmap(r.symbiosen),
    Opp: _van_leerling(r.opps),
    ExtraOndersteuning: _van_leerling(r.ondersteuningen),
    Gehoord: lambda: st.builds(Gehoord, wie=st.sampled_from(Gehoorde), op=b.datums()),
    Bezwaar: lambda: b.datums().flatmap(r.bezwaren),
    Verwijdering: _van_leerling(r.verwijderingen),
    Schorsing: _van_leerling(r.schorsingen),
    Dossier: dossiers,
    Zorgplichtoordeel: u.zorgplichtoordelen,
    FinancieleVerantwoordelijkheid: u.financiele_verantwoordelijkheden,
    VerantwoordelijkSwv: u.verantwoordelijke_swvs,
    OppVereist: u.opp_vereisten,
    Gebrek: u.gebreken,
    Gebreksoort: u.gebreksoorten,
    Aandachtspunt: u.aandachtspunten,
    Overzicht: u.overzichten,
    Tijdlijn: u.tijdlijnen,
    Tijdlijnregel: u.tijdlijnregels,
    # PO→VO overstap
    Schooladvies: _van_leerling(o.schooladviezen),
    Doorstroomtoets: _van_leerling(o.doorstroomtoetsen),
    Heroverweging: _van_leerling(o.heroverwegingen),
    OnderwijskundigRapport: lambda: b.leerlingen().flatmap(
        lambda ll: o.onderwijskundige_rapporten(ll, b.scholen(), b.scholen(), b.datums())
    ),
    Mdo: lambda: b.leerlingen().flatmap(
        lambda ll: o.mdos(ll, b.scholen(), b.scholen(), b.datums())
    ),
    Loting: _van_leerling(o.lotingen),
    Brugklasbesluit: _van_leerling(o.brugklasbesluiten),
    LwooAanwijzing: lambda: b.leerlingen().flatmap(
        lambda ll: o.lwoo_aanwijzingen(
            ll, b.samenwerkingsverbanden(Sector.VO), b.scholen(), b.datums()
        )
    ),
    Overstapkalender: o.overstapkalenders,
    Overstapmoment: o.overstapmomenten,
    Toetsresultaat: o.toetsresultaten,
    Intelligentiemeting: o.intelligentiemetingen,
    LwooCriteria: o.lwoo_criteria_keuzes,
    Criteriumoordeel: o.criteriumoordelen,
    # Finding a place
    Ondersteuningsaanbod: lambda: p.ondersteuningsaanbod(b.scholen(), b.datums()),
    Capaciteit: lambda: p.capaciteiten(b.scholen(), b.datums()),
    Verzuim: _van_leerling(p.verzuimen),
    Stap: _van_leerling(p.stappen),
    Thuiszitterdefinitie: p.thuiszitterdefinities,
    Schoolvol: u.schoolvol_oordelen,
    Kandidaat: u.kandidaten,
    Dekking: u.dekkingen,
    Thuiszitter: u.thuiszitters,
    Stapstatus: u.stapstatussen,
    # Bekostiging
    **g.PER_KLASSE,
}


def voor_type(soort: type) -> st.SearchStrategy[Any]:
    """The strategy for ``soort``; hypothesis' own inference for a class not in the table."""
    maak = STRATEGIEEN.get(soort)
    return NotImplemented if maak is None else maak()
