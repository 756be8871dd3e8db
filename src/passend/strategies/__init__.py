"""Hypothesis-strategieën voor passend (vereist de extra ``hypothesis``).

Gebruik ze om je eigen software te testen tegen de wettelijke invarianten. Elke strategie geeft
alleen geldige, consistente waarden: wat de validatie van passend accepteert, met data in de
goede volgorde. Voorbeeld (getest in ``tests/test_strategies.py``):

>>> from hypothesis import given
>>> from passend import Sector, toets
>>> from passend import strategies as ps
>>> @given(ps.dossiers(sector=Sector.PO, procedures={"tlvs", "opps"}), ps.datums())
... def test_mijn_koppeling(dossier, op):
...     assert all(g.grondslag for g in toets(dossier, op))

De recordstrategieën nemen de leerling, een strategie voor de school en een voor de
sleuteldatum, zodat je ze tot eigen dossiers combineert:

>>> import datetime as dt
>>> from passend import Leerling, Schoolsoort
>>> leerling = Leerling(id="ll-1", geboortedatum=dt.date(2016, 5, 1))
>>> sbo = ps.scholen(Schoolsoort.SBO)
>>> @given(ps.tlvs(leerling, sbo, ps.datums()), ps.opps(leerling, sbo, ps.datums()))
... def test_tlv_en_opp(tlv, opp): ...

Met de extra ``hypothesis`` geïnstalleerd geeft ``st.from_type`` voor elke publieke klasse van
passend (``Dossier``, elk record, elke uitkomst zoals ``Zorgplichtoordeel``) deze strategieën.
Die koppeling kost bij ``import hypothesis`` vrijwel niets: passend wordt pas geladen als je
het zelf importeert, en de strategieën pas als hypothesis er een nodig heeft.
"""

from passend.strategies._basis import (
    brins,
    datums,
    leerlingen,
    samenwerkingsverbanden,
    scholen,
    schoolbesturen,
)
from passend.strategies._dossiers import dossiers
from passend.strategies._overstap import (
    brugklasbesluiten,
    criteriumoordelen,
    doorstroomtoetsen,
    heroverwegingen,
    intelligentiemetingen,
    lotingen,
    lwoo_aanwijzingen,
    lwoo_criteria_keuzes,
    mdos,
    onderwijskundige_rapporten,
    overstapkalenders,
    overstapmomenten,
    schooladviezen,
    toetsresultaten,
)
from passend.strategies._plek import (
    capaciteiten,
    ondersteuningsaanbod,
    ondersteuningsvormen,
    stappen,
    thuiszitterdefinities,
    verzuimen,
)
from passend.strategies._records import (
    aanbodafwijzingen,
    aanmeldingen,
    bezwaren,
    contactmomenten,
    inschrijvingen,
    ondersteuningen,
    opps,
    schoolwisselmeldingen,
    schorsingen,
    tlvs,
    verwijderingen,
)
from passend.strategies._uitkomsten import (
    aandachtspunten,
    beleidskeuzes,
    bronnen,
    dekkingen,
    financiele_verantwoordelijkheden,
    gebreken,
    gebreksoorten,
    kalenders,
    kandidaten,
    mijlpalen,
    opp_vereisten,
    overzichten,
    schoolvol_oordelen,
    stapstatussen,
    termijnen,
    thuiszitters,
    tijdlijnen,
    tijdlijnregels,
    verantwoordelijke_swvs,
    zorgplichtoordelen,
)

__all__ = [
    # Dates and parties
    "datums",
    "brins",
    "schoolbesturen",
    "samenwerkingsverbanden",
    "scholen",
    "leerlingen",
    # Records and the dossier
    "aanmeldingen",
    "contactmomenten",
    "inschrijvingen",
    "aanbodafwijzingen",
    "schoolwisselmeldingen",
    "ondersteuningen",
    "tlvs",
    "opps",
    "verwijderingen",
    "bezwaren",
    "schorsingen",
    "dossiers",
    # PO→VO overstap
    "schooladviezen",
    "doorstroomtoetsen",
    "heroverwegingen",
    "onderwijskundige_rapporten",
    "mdos",
    "lotingen",
    "brugklasbesluiten",
    "lwoo_aanwijzingen",
    "overstapkalenders",
    "overstapmomenten",
    "toetsresultaten",
    "intelligentiemetingen",
    "lwoo_criteria_keuzes",
    "criteriumoordelen",
    # Finding a place
    "ondersteuningsvormen",
    "ondersteuningsaanbod",
    "capaciteiten",
    "verzuimen",
    "stappen",
    "thuiszitterdefinities",
    "schoolvol_oordelen",
    "kandidaten",
    "dekkingen",
    "thuiszitters",
    "stapstatussen",
    # Citations, calendar, policy and answers
    "bronnen",
    "kalenders",
    "beleidskeuzes",
    "termijnen",
    "mijlpalen",
    "zorgplichtoordelen",
    "financiele_verantwoordelijkheden",
    "verantwoordelijke_swvs",
    "opp_vereisten",
    "gebreken",
    "gebreksoorten",
    "aandachtspunten",
    "overzichten",
    "tijdlijnen",
    "tijdlijnregels",
]
