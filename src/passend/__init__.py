"""passend: Dutch *passend onderwijs* law as a typed, immutable domain model.

Public names are re-exported here, grouped by legal concept; the modules behind them are
private except the namespaces :mod:`passend.termijnen` (statutory terms),
:mod:`passend.bekostiging` (funding), :mod:`passend.json` and :mod:`passend.strategies`.
"""

from passend._aanmelding import (
    Aanmelding,
    Contactmoment,
    Informatieverzoek,
    Ondersteuningsbehoefte,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
)
from passend._beleid import (
    Beleid,
    OppTermijnVanaf,
    Opschortingsinterval,
    Schrikkeldag,
    Verlengingsbasis,
)
from passend._bronnen import WETTEN, Bron, Zekerheid
from passend._dossier import Dossier, lopende_termijnen
from passend._fouten import (
    BuitenBereik,
    NietBekend,
    OngeldigeInvoer,
    OngeldigeJson,
    PassendError,
    TegenstrijdigDossier,
)
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._inschrijving import Aanbodafwijzing, Inschrijving, Schoolwisselmelding
from passend._kalender import Kalender, atw_feestdagen
from passend._leeftijd import (
    Mijlpaal,
    aanmelden_vanaf,
    leeftijd,
    leerplichtig_vanaf,
    toelating_vanaf,
    verjaardag,
    wennen_vanaf,
)
from passend._opp import (
    ExtraOndersteuning,
    Handelingsdeel,
    Instemmer,
    Opp,
    OppVereist,
    Symbiose,
    opp_vereist,
)
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
from passend._tlv import (
    Deskundige,
    Deskundigenadvies,
    SwvReden,
    Tlv,
    TlvCategorie,
    TlvFormulier,
    TlvUitkomst,
    VerantwoordelijkSwv,
    verantwoordelijk_swv,
)
from passend._toets import aandachtspunten, catalogus, toets
from passend._verwijdering import Bezwaar, Gehoord, Gehoorde, Schorsing, Verwijdering
from passend._zorgplicht import (
    FinancieleVerantwoordelijkheid,
    Zorgplichtoordeel,
    ZorgplichtReden,
    financieel_verantwoordelijke,
    zorgplicht,
)
from passend.termijnen import Termijn

__version__ = "0.1.0"

__all__ = [
    # Citations and errors
    "WETTEN",
    "Bron",
    "Zekerheid",
    "PassendError",
    "OngeldigeInvoer",
    "OngeldigeJson",
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
    "Schrikkeldag",
    "OppTermijnVanaf",
    # Parties
    "Regio",
    "Bestuurssoort",
    "Sector",
    "Schoolsoort",
    "Schoolbestuur",
    "School",
    "Samenwerkingsverband",
    "Leerling",
    # Age rules (PO)
    "Mijlpaal",
    "verjaardag",
    "leeftijd",
    "aanmelden_vanaf",
    "wennen_vanaf",
    "toelating_vanaf",
    "leerplichtig_vanaf",
    # Records and the dossier
    "Ondersteuningsbehoefte",
    "Uitzondering",
    "Toelatingsuitkomst",
    "Aanmelding",
    "Contactmoment",
    "Verlenging",
    "Informatieverzoek",
    "Toelatingsbesluit",
    "Inschrijving",
    "Aanbodafwijzing",
    "Schoolwisselmelding",
    "TlvCategorie",
    "TlvUitkomst",
    "Deskundige",
    "Deskundigenadvies",
    "TlvFormulier",
    "Tlv",
    "Handelingsdeel",
    "Instemmer",
    "Symbiose",
    "Opp",
    "ExtraOndersteuning",
    "Gehoorde",
    "Gehoord",
    "Bezwaar",
    "Verwijdering",
    "Schorsing",
    "Dossier",
    # Questions
    "zorgplicht",
    "Zorgplichtoordeel",
    "ZorgplichtReden",
    "financieel_verantwoordelijke",
    "FinancieleVerantwoordelijkheid",
    "lopende_termijnen",
    # TLV and OPP questions
    "SwvReden",
    "VerantwoordelijkSwv",
    "verantwoordelijk_swv",
    "OppVereist",
    "opp_vereist",
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
