"""Een synthetische populatie: de dossiers van de leerlingen van één PO-samenwerkingsverband.

Om een batch op de schaal van een regio of het land te proberen zonder echte leerlinggegevens.
Elke leerling is verzonnen: pseudonieme ids, willekeurige geboortedata, verzonnen scholen.
Dezelfde ``aantal``, ``zaad`` en ``peildatum`` geven op elke machine dezelfde dossiers in
dezelfde volgorde: elke leerling trekt uit een eigen ``random.Random`` met een tekst als zaad
(``"zaad:nummer"``).

De kansen in :data:`KANSEN` geven *ruwweg* het beeld van zo'n populatie. Alleen de aandelen
leerlingen in SBO en SO hebben een bron (het ondersteuningsplan Zuid-Kennemerland 2024-2028,
leerlingaantallen van 1 februari 2023); elke andere kans is een aanname, gekozen om elk soort
record een aannemelijke plaats te geven, geen statistiek. De dossiers zijn geldig (passend
accepteert ze), en sommige stappen zijn met opzet te laat of ontbreken, zodat ``toets`` iets
te vinden heeft.

Grondslag: geen — verzonnen gegevens om mee te rekenen; de vragen over deze dossiers noemen hun
eigen artikelen.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from passend._aanmelding import (
    Aanmelding,
    Ondersteuningsbehoefte,
    Toelatingsbesluit,
    Toelatingsuitkomst,
)
from passend._dossier import Dossier
from passend._fouten import OngeldigeInvoer
from passend._inschrijving import Inschrijving
from passend._opp import ExtraOndersteuning, Handelingsdeel, Opp
from passend._partijen import (
    Bestuurssoort,
    Leerling,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
)
from passend._tlv import Deskundige, Deskundigenadvies, Tlv, TlvCategorie, TlvUitkomst
from passend._verwijdering import Bezwaar, Gehoord, Gehoorde, Schorsing, Verwijdering

__all__ = ["KANSEN", "populatie"]

#: Kans per soort record: het aandeel leerlingen (of gebeurtenissen) waarbij het voorkomt.
KANSEN: Mapping[str, float] = MappingProxyType(
    {
        # Ondersteuningsplan Zuid-Kennemerland: 544 of about 22 500 pupils of the SWV in SBO
        # (IKC) and 183 in SO (1 February 2023). The only two rates with a source.
        "sbo": 0.024,
        "so": 0.008,
        # Assumptions from here on.
        "ondersteuning_vermoed": 0.06,  # support need suspected at aanmelding
        "ondersteuning_vastgesteld": 0.02,  # support need stated at aanmelding
        "opp": 0.6,  # of the regular pupils with a support need: an OPP on file
        "weigering": 0.05,  # of the aanmeldingen with a support need: refused, other school
        "verhuizing": 0.04,  # changed school once (moved house)
        "tlv_lopend": 0.003,  # a TLV request still awaiting its decision
        "schorsing": 0.004,  # suspended once in the last year
        "verwijdering": 0.001,  # a verwijdering intended or decided in the last year
        "bezwaar": 0.3,  # of the decided verwijderingen: the parents object
        "te_laat": 0.05,  # a step (decision, OPP, melding) comes late or is missing
    }
)

_SWV = Samenwerkingsverband(id="PO-SYN", naam="SWV Synthetisch", sector=Sector.PO)
#: Pupils per regular school: about 22 500 pupils at about 90 schools in Zuid-Kennemerland.
_PER_SCHOOL = 240
_DAG = dt.timedelta(days=1)
#: A TLV needs a second expert of another profession than the orthopedagoog (rules.md TLV-02).
_TWEEDE_DESKUNDIGE = (
    Deskundige.KINDER_OF_JEUGDPSYCHOLOOG,
    Deskundige.MAATSCHAPPELIJK_WERKER,
    Deskundige.ARTS,
)


def _scholen(aantal: int) -> tuple[tuple[School, ...], School, School]:
    """Basisscholen for ``aantal`` pupils under besturen of five schools, one SBO, one SO."""
    besturen = [
        Schoolbestuur(
            id=f"bestuur-{n}",
            naam=f"Stichting {n}",
            soort=Bestuurssoort.OPENBAAR if n % 3 == 0 else Bestuurssoort.BIJZONDER,
        )
        for n in range(max(2, -(-aantal // (_PER_SCHOOL * 5))))
    ]
    bao = tuple(
        School(
            brin=f"{n % 100:02d}{chr(65 + n // 100 % 26)}{chr(65 + n // 2600 % 26)}",
            naam=f"Basisschool {n}",
            soort=Schoolsoort.BAO,
            bestuur=besturen[n % len(besturen)],
            swv=_SWV,
        )
        for n in range(max(3, -(-aantal // _PER_SCHOOL)))
    )
    sbo = School(
        brin="99SB", naam="SBO De Brug", soort=Schoolsoort.SBO, bestuur=besturen[0], swv=_SWV
    )
    so = School(
        brin="99SO",
        naam="SO De Vaart",
        soort=Schoolsoort.SO,
        bestuur=besturen[-1],
        swv=_SWV,
        cluster=4,
    )
    return bao, sbo, so


class _Leerlingverhaal:
    """The history of one pupil, built step by step; nothing is dated after the peildatum."""

    def __init__(
        self, rng: random.Random, leerling: Leerling, peildatum: dt.date, bao: tuple[School, ...]
    ) -> None:
        self.rng, self.leerling, self.peildatum, self.bao = rng, leerling, peildatum, bao
        self.aanmeldingen: list[Aanmelding] = []
        self.inschrijvingen: list[Inschrijving] = []
        self.tlvs: list[Tlv] = []
        self.opps: list[Opp] = []
        self.ondersteuningen: list[ExtraOndersteuning] = []
        self.schorsingen: list[Schorsing] = []
        self.verwijderingen: list[Verwijdering] = []

    def kans(self, soort: str) -> bool:
        return self.rng.random() < KANSEN[soort]

    def na(self, dag: dt.date, van: int, tot: int) -> dt.date | None:
        """A day ``van``…``tot`` days after ``dag``, or None when that is after the peildatum."""
        later = dag + dt.timedelta(days=self.rng.randint(van, tot))
        return later if later <= self.peildatum else None

    def stap(self, dag: dt.date, gewoon: int) -> dt.date | None:
        """The day of a step after ``dag``: usually within ``gewoon`` days, now and then
        (``te_laat``) beyond; None when that is after the peildatum."""
        if self.kans("te_laat"):
            return self.na(dag, gewoon + 1, gewoon * 2)
        return self.na(dag, 1, gewoon)

    def aanmelding(
        self,
        school: School,
        ontvangen: dt.date,
        behoefte: Ondersteuningsbehoefte,
        *,
        weigeren: bool,
    ) -> dt.date | None:
        """An aanmelding and, when taken by the peildatum, its decision; the day of admission."""
        datum = self.stap(ontvangen, 42)
        andere = weigeren and datum is not None
        besluit = None
        if datum is not None:
            besluit = Toelatingsbesluit(
                datum=datum,
                uitkomst=Toelatingsuitkomst.GEWEIGERD if andere else Toelatingsuitkomst.TOEGELATEN,
                andere_school=self.rng.choice(self.bao) if andere else None,
                andere_school_bereid_op=datum - _DAG if andere else None,
                schriftelijk_gemotiveerd=True if andere else None,
            )
        self.aanmeldingen.append(
            Aanmelding(
                leerling=self.leerling,
                school=school,
                ontvangen_op=ontvangen,
                ondersteuningsbehoefte=behoefte,
                voorkeur=1,
                besluit=besluit,
            )
        )
        return None if andere else datum

    def inschrijving(self, school: School, op: dt.date) -> None:
        """Enrol at ``school`` on ``op``, ending the running enrolment the day before."""
        if self.inschrijvingen:
            vorige = self.inschrijvingen.pop()
            self.inschrijvingen.append(
                Inschrijving(
                    leerling=self.leerling,
                    school=vorige.school,
                    ingeschreven_op=vorige.ingeschreven_op,
                    uitgeschreven_op=max(op - _DAG, vorige.ingeschreven_op),
                )
            )
        self.inschrijvingen.append(
            Inschrijving(leerling=self.leerling, school=school, ingeschreven_op=op)
        )


def _dossier(
    nummer: int, zaad: int, peildatum: dt.date, scholen: tuple[tuple[School, ...], School, School]
) -> Dossier:
    bao, sbo, so = scholen
    rng = random.Random(f"{zaad}:{nummer}")
    # PO pupils are 4 to 12; the youngest third of a year group has only just been registered.
    geboren = peildatum - dt.timedelta(days=rng.randint(3 * 365, 12 * 365 + 180))
    leerling = Leerling(id=f"ll-{zaad}-{nummer}", geboortedatum=geboren)
    v = _Leerlingverhaal(rng, leerling, peildatum, bao)
    school = rng.choice(bao)
    trek = rng.random()
    behoefte = (
        Ondersteuningsbehoefte.VASTGESTELD
        if trek < KANSEN["ondersteuning_vastgesteld"]
        else Ondersteuningsbehoefte.VERMOED
        if trek < KANSEN["ondersteuning_vastgesteld"] + KANSEN["ondersteuning_vermoed"]
        else Ondersteuningsbehoefte.GEEN
    )
    extra = behoefte is not Ondersteuningsbehoefte.GEEN
    drie, vier = _verjaardag(geboren, 3), _verjaardag(geboren, 4)
    ontvangen = min(drie + dt.timedelta(days=rng.randint(0, 300)), peildatum)
    if extra and v.kans("weigering"):
        v.aanmelding(school, ontvangen, behoefte, weigeren=True)
        geweigerd = v.aanmeldingen[-1].besluit
        if geweigerd is None or geweigerd.andere_school is None:
            return _klaar(v)
        school, ontvangen = geweigerd.andere_school, geweigerd.datum
    toegelaten = v.aanmelding(school, ontvangen, behoefte, weigeren=False)
    if toegelaten is None or max(toegelaten, vier) > peildatum:
        return _klaar(v)
    v.inschrijving(school, max(toegelaten, vier))
    if v.kans("verhuizing"):
        school = _verhuis(v, bao, behoefte) or school
    gespecialiseerd = rng.random()
    if gespecialiseerd < KANSEN["sbo"] + KANSEN["so"]:
        speciaal = sbo if gespecialiseerd < KANSEN["sbo"] else so
        school = _tlv(v, school, speciaal) or school
    elif v.kans("tlv_lopend"):
        _tlv(v, school, sbo, lopend=True)
    # Every pupil in SBO or SO has an OPP; at a basisschool some pupils with a support need.
    if school.soort is not Schoolsoort.BAO or (extra and v.kans("opp")):
        _opp(v, school)
    if v.kans("schorsing"):
        _schorsing(v, school)
    if v.kans("verwijdering"):
        _verwijdering(v, school)
    return _klaar(v)


def _verjaardag(geboren: dt.date, jaren: int) -> dt.date:
    try:
        return geboren.replace(year=geboren.year + jaren)
    except ValueError:  # 29 February
        return dt.date(geboren.year + jaren, 3, 1)


def _laatste(v: _Leerlingverhaal) -> dt.date:
    return v.inschrijvingen[-1].ingeschreven_op


def _verhuis(
    v: _Leerlingverhaal, bao: tuple[School, ...], behoefte: Ondersteuningsbehoefte
) -> School | None:
    """The family moves: an aanmelding at another basisschool and, once admitted, enrolment."""
    ontvangen = v.na(_laatste(v), 30, 2000)
    nieuw = v.rng.choice(bao)
    if ontvangen is None or nieuw == v.inschrijvingen[-1].school:
        return None
    toegelaten = v.aanmelding(nieuw, ontvangen, behoefte, weigeren=False)
    if toegelaten is None or toegelaten == v.peildatum:
        return None
    v.inschrijving(nieuw, toegelaten + _DAG)
    return nieuw


def _tlv(
    v: _Leerlingverhaal, school: School, speciaal: School, *, lopend: bool = False
) -> School | None:
    """A TLV for SBO or SO requested by the school; when issued, the move to ``speciaal``."""
    aangevraagd = v.na(_laatste(v), 60, 1500)
    if aangevraagd is None:
        return None
    besluit = None if lopend else v.na(aangevraagd, 14, 50)
    ingang = None if besluit is None else besluit + dt.timedelta(days=v.rng.randint(7, 40))
    eindjaar = max(aangevraagd.year + 2, v.peildatum.year + 1)
    categorie = TlvCategorie.SBO if speciaal.soort is Schoolsoort.SBO else TlvCategorie.SO_LAAG
    adviezen = [
        Deskundigenadvies(deskundige=wie, datum=dag)
        for wie in (Deskundige.ORTHOPEDAGOOG, v.rng.choice(_TWEEDE_DESKUNDIGE))
        if (dag := v.na(aangevraagd, 3, 13)) is not None
    ]
    v.tlvs.append(
        Tlv(
            leerling=v.leerling,
            swv=_SWV,
            categorie=categorie,
            aangevraagd_op=aangevraagd,
            aanvrager=school,
            besluit_op=besluit,
            uitkomst=None if besluit is None else TlvUitkomst.AFGEGEVEN,
            ingangsdatum=ingang,
            einddatum=None if ingang is None else dt.date(eindjaar, 7, 31),
            adviezen=adviezen,
            ouders_gehoord_op=v.na(aangevraagd, 1, 12),
            bekendgemaakt_op=None if besluit is None else v.na(besluit, 1, 1),
        )
    )
    if ingang is None or ingang > v.peildatum:
        return None
    v.aanmelding(speciaal, besluit or ingang, Ondersteuningsbehoefte.VASTGESTELD, weigeren=False)
    v.inschrijving(speciaal, ingang)
    return speciaal


def _opp(v: _Leerlingverhaal, school: School) -> None:
    """Extra support from enrolment and its OPP, due within six weeks, evaluated once a year."""
    begin = _laatste(v)
    v.ondersteuningen.append(ExtraOndersteuning(leerling=v.leerling, school=school, vanaf=begin))
    vastgesteld = v.stap(begin, 42)
    if vastgesteld is None:
        return
    evaluaties = []
    evaluatie = vastgesteld + dt.timedelta(days=365)
    while evaluatie <= v.peildatum:
        evaluaties.append(evaluatie)
        evaluatie += dt.timedelta(days=365)
    v.opps.append(
        Opp(
            leerling=v.leerling,
            school=school,
            vastgesteld_op=vastgesteld,
            uitstroombestemming=v.rng.choice(
                ("vmbo-basis", "vmbo-kader", "havo", "praktijkonderwijs")
            ),
            belemmerende_factoren=("concentratie",),
            bevorderende_factoren=("motivatie",),
            handelingsdeel=Handelingsdeel(ondersteuning="ondersteuning in kleine groep"),
            instemming_op=None if v.kans("te_laat") else vastgesteld,
            leerling_gehoord_op=None if v.kans("te_laat") else vastgesteld - dt.timedelta(days=7),
            oogo_op=vastgesteld - dt.timedelta(days=7),
            evaluaties=evaluaties,
            leerling_gehoord_bij=() if v.kans("te_laat") else evaluaties,
        )
    )


def _schorsing(v: _Leerlingverhaal, school: School) -> None:
    """A suspension of one to five days in the last year, mostly reported in time."""
    begin = v.peildatum - dt.timedelta(days=v.rng.randint(0, 365))
    if begin < _laatste(v):
        return
    v.schorsingen.append(
        Schorsing(
            leerling=v.leerling,
            school=school,
            begin=begin,
            einde=begin + dt.timedelta(days=v.rng.randint(0, 4)),
            inspectie_gemeld_op=v.na(begin, 0, 1) if not v.kans("te_laat") else None,
            schriftelijk=True,
        )
    )


def _verwijdering(v: _Leerlingverhaal, school: School) -> None:
    """A verwijdering in the last year: parents and teacher heard, another school found, the
    decision taken (or still intended), sometimes a bezwaar."""
    voorgenomen = v.peildatum - dt.timedelta(days=v.rng.randint(0, 365))
    if voorgenomen < _laatste(v):
        return
    andere = v.rng.choice(v.bao)
    besluit = v.na(voorgenomen, 14, 60)
    gehoord = (
        ()
        if v.kans("te_laat")
        else (
            Gehoord(wie=Gehoorde.OUDERS, op=voorgenomen),
            Gehoord(wie=Gehoorde.LEERKRACHT, op=voorgenomen),
        )
    )
    bezwaar = None
    if besluit is not None and v.kans("bezwaar"):
        ontvangen = v.na(besluit, 5, 40)
        if ontvangen is not None:
            bezwaar = Bezwaar(
                ontvangen_op=ontvangen,
                ouders_gehoord_op=v.na(ontvangen, 7, 21),
                beslist_op=v.na(ontvangen, 20, 56),
            )
    v.verwijderingen.append(
        Verwijdering(
            leerling=v.leerling,
            school=school,
            voorgenomen_op=voorgenomen,
            besluit_op=besluit,
            gehoord=gehoord,
            inspectie_overleg_op=v.na(voorgenomen, 1, 1),
            inspectie_gemeld_op=besluit,
            andere_school=andere,
            andere_school_bereid_op=besluit - _DAG if besluit else None,
            gemotiveerd=besluit is not None,
            leerplichtig=_verjaardag(v.leerling.geboortedatum, 5) <= voorgenomen,
            bezwaar=bezwaar,
        )
    )


def _klaar(v: _Leerlingverhaal) -> Dossier:
    return Dossier(
        leerling=v.leerling,
        aanmeldingen=v.aanmeldingen,
        inschrijvingen=v.inschrijvingen,
        tlvs=v.tlvs,
        opps=v.opps,
        ondersteuningen=v.ondersteuningen,
        schorsingen=v.schorsingen,
        verwijderingen=v.verwijderingen,
    )


def datum_van(veld: str, waarde: object) -> dt.date:
    """``waarde`` als het een ``datetime.date`` is (geen datetime); anders OngeldigeInvoer."""
    if not isinstance(waarde, dt.date) or isinstance(waarde, dt.datetime):
        raise OngeldigeInvoer(veld, waarde, "verwacht een datum (datetime.date)")
    return waarde


def populatie(aantal: int, *, peildatum: dt.date, zaad: int = 0) -> Iterator[Dossier]:
    """``aantal`` verzonnen dossiers van de leerlingen van één PO-samenwerkingsverband.

    Leerlingen van 3 tot 12 jaar, elk op een van ongeveer ``aantal / 240`` basisscholen
    (besturen van vijf scholen), één SBO- en één SO-school: aanmeldingen met hun besluit,
    inschrijvingen, schoolwissels, TLV's, OPP's, schorsingen en verwijderingen volgens
    :data:`KANSEN`. Niets gebeurt na ``peildatum`` (een TLV kan wel langer geldig zijn).
    Dezelfde argumenten geven dezelfde dossiers in dezelfde volgorde; een ander ``zaad`` geeft
    een andere populatie. De dossiers worden één voor één gemaakt, dus een populatie van een
    miljoen vraagt niet meer geheugen dan één dossier.

    >>> import datetime as dt
    >>> eerste = next(populatie(10, peildatum=dt.date(2026, 3, 2), zaad=1))
    >>> eerste.leerling.id, len(eerste.records()) >= 1
    ('ll-1-0', True)
    """
    if isinstance(aantal, bool) or not isinstance(aantal, int) or aantal < 0:
        raise OngeldigeInvoer("aantal", aantal, "verwacht een geheel getal van 0 of meer")
    if isinstance(zaad, bool) or not isinstance(zaad, int):
        raise OngeldigeInvoer("zaad", zaad, "verwacht een geheel getal")
    dag = datum_van("peildatum", peildatum)
    scholen = _scholen(aantal)
    return (_dossier(nummer, zaad, dag, scholen) for nummer in range(aantal))
