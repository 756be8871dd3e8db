"""passend: Dutch *passend onderwijs* law as a typed, immutable domain model.

Public names are re-exported here, grouped by legal concept; the modules behind them are
private except the namespaces :mod:`passend.termijnen` (statutory terms),
:mod:`passend.bekostiging` (funding), :mod:`passend.json` and :mod:`passend.strategies`.
"""

from passend._aanmelding import (
    Aanmelding,
    Informatieverzoek,
    Ondersteuningsbehoefte,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
)
from passend._beleid import Beleid, Opschortingsinterval, Verlengingsbasis
from passend._bronnen import WETTEN, Bron, Zekerheid
from passend._dossier import Dossier, lopende_termijnen
from passend._fouten import (
    BuitenBereik,
    NietBekend,
    OngeldigeInvoer,
    PassendError,
    TegenstrijdigDossier,
)
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._inschrijving import Aanbodafwijzing, Inschrijving
from passend._kalender import Kalender, atw_feestdagen
from passend._opp import ExtraOndersteuning, Handelingsdeel, Opp
from passend._partijen import (
    Bestuurssoort,
    Leerling,
    Regio,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
)
from passend._tlv import Deskundige, Deskundigenadvies, Tlv, TlvCategorie, TlvUitkomst
from passend._toets import aandachtspunten, catalogus, toets
from passend._verwijdering import Bezwaar, Gehoord, Gehoorde, Schorsing, Verwijdering
from passend.termijnen import Termijn

__version__ = "0.1.0"

__all__ = [
    # Citations and errors
    "WETTEN",
    "Bron",
    "Zekerheid",
    "PassendError",
    "OngeldigeInvoer",
    "TegenstrijdigDossier",
    "BuitenBereik",
    "NietBekend",
    # Calendar, terms and policy
    "Kalender",
    "atw_feestdagen",
    "Termijn",
    "Beleid",
    "Verlengingsbasis",
    "Opschortingsinterval",
    # Parties
    "Regio",
    "Bestuurssoort",
    "Sector",
    "Schoolsoort",
    "Schoolbestuur",
    "School",
    "Samenwerkingsverband",
    "Leerling",
    # Records and the dossier
    "Ondersteuningsbehoefte",
    "Uitzondering",
    "Toelatingsuitkomst",
    "Aanmelding",
    "Verlenging",
    "Informatieverzoek",
    "Toelatingsbesluit",
    "Inschrijving",
    "Aanbodafwijzing",
    "TlvCategorie",
    "TlvUitkomst",
    "Deskundige",
    "Deskundigenadvies",
    "Tlv",
    "Handelingsdeel",
    "Opp",
    "ExtraOndersteuning",
    "Gehoorde",
    "Gehoord",
    "Bezwaar",
    "Verwijdering",
    "Schorsing",
    "Dossier",
    "lopende_termijnen",
    # Procedural audit
    "GebrekCode",
    "GpoReden",
    "Gebrek",
    "Gebreksoort",
    "Aandachtspunt",
    "toets",
    "aandachtspunten",
    "catalogus",
    "__version__",
]
