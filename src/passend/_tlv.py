"""Toelaatbaarheidsverklaring (TLV): de verklaring van het SWV dat een leerling naar SBO, (V)SO
of PrO mag (rules.md §4), welk SWV daarvoor verantwoordelijk is (ZP-04), en de termijnen die na
het besluit lopen. De toetsen van de procedure staan in :mod:`passend._tlv_toets`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

import attrs

from passend import termijnen
from passend._beleid import Beleid
from passend._bronnen import OCW_STROOMSCHEMA_TLV, SEED_001_VERHUIZING, WPO_18A, WVO_2_47, Bron
from passend._fouten import NietBekend, OngeldigeInvoer, TegenstrijdigDossier
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender
from passend._partijen import (
    Bestuurssoort,
    Leerling,
    Samenwerkingsverband,
    School,
    Schoolsoort,
    Sector,
)
from passend._waarden import (
    als_adviezen,
    als_bronnen,
    controleer_datum,
    controleer_optie,
    elk,
    elk_een,
    is_bool,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    niet_leeg,
    niet_voor,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave
from passend.termijnen import Termijn

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "Deskundige",
    "Deskundigenadvies",
    "SwvReden",
    "Tlv",
    "TlvCategorie",
    "TlvFormulier",
    "TlvUitkomst",
    "VerantwoordelijkSwv",
    "Verwijzing",
    "lopende",
    "verantwoordelijk_swv",
    "verwijzing",
]


class TlvCategorie(enum.Enum):
    """Soort TLV; SO/VSO laag, midden, hoog zijn bekostigingscategorie I, II, III (TLV-04)."""

    #: Speciaal basisonderwijs.
    SBO = "sbo"
    #: Speciaal onderwijs, bekostigingscategorie I (laag).
    SO_LAAG = "so categorie I (laag)"
    #: Speciaal onderwijs, bekostigingscategorie II (midden).
    SO_MIDDEN = "so categorie II (midden)"
    #: Speciaal onderwijs, bekostigingscategorie III (hoog).
    SO_HOOG = "so categorie III (hoog)"
    #: Voortgezet speciaal onderwijs, bekostigingscategorie I (laag).
    VSO_LAAG = "vso categorie I (laag)"
    #: Voortgezet speciaal onderwijs, bekostigingscategorie II (midden).
    VSO_MIDDEN = "vso categorie II (midden)"
    #: Voortgezet speciaal onderwijs, bekostigingscategorie III (hoog).
    VSO_HOOG = "vso categorie III (hoog)"
    #: Praktijkonderwijs.
    PRO = "praktijkonderwijs"

    @property
    def schoolsoort(self) -> Schoolsoort:
        """De schoolsoort waartoe deze TLV toegang geeft.

        >>> TlvCategorie.VSO_MIDDEN.schoolsoort
        <Schoolsoort.VSO: 'vso'>
        """
        if self is TlvCategorie.SBO:
            return Schoolsoort.SBO
        if self is TlvCategorie.PRO:
            return Schoolsoort.PRO
        return Schoolsoort.SO if self.name.startswith("SO_") else Schoolsoort.VSO


class TlvUitkomst(enum.Enum):
    """Uitkomst van een TLV-aanvraag (TLV-06); de wet noemt een weigering *afwijzen*."""

    #: De TLV is afgegeven.
    AFGEGEVEN = "afgegeven"
    #: Het besluit is uitgesteld (dossier onvolledig, nog reguliere mogelijkheden gezien). Of
    #: een aanhouding een besluit is waartegen bezwaar openstaat, staat niet in rules.md:
    #: passend geeft er geen termijn voor.
    AANGEHOUDEN = "aangehouden"
    #: De aanvraag is afgewezen.
    AFGEWEZEN = "afgewezen"


#: De uitkomsten die op de aanvraag beslissen; een aanhouding stelt het besluit uit (TLV-06).
BESLUITEN: Final = (TlvUitkomst.AFGEGEVEN, TlvUitkomst.AFGEWEZEN)


class TlvFormulier(enum.Enum):
    """Aanvraagformulieren van SWV Zuid-Kennemerland (ondersteuningsplan 2024-2028 § 6.1.3);
    regionaal beleid, geen wet."""

    #: Van een reguliere basisschool naar SO of SBO (IKC ZK).
    A = "A: van PO naar SO/IKC ZK"
    #: Van de ene vorm van SO of SBO naar een andere.
    B = "B: van SO/IKC ZK naar SO/IKC ZK"
    #: Voorschools: het kind ging nog niet naar school; een gemandateerde jeugdhulpinstelling
    #: vraagt aan.
    D = "D: vanuit de voorschoolse jeugdhulpverlening"


class Deskundige(enum.Enum):
    """Beroepen die over een TLV mogen adviseren (TLV-02)."""

    #: Orthopedagoog; kan eerste deskundige zijn.
    ORTHOPEDAGOOG = "orthopedagoog"
    #: Psycholoog; kan eerste deskundige zijn.
    PSYCHOLOOG = "psycholoog"
    #: Kinder- of jeugdpsycholoog; tweede deskundige.
    KINDER_OF_JEUGDPSYCHOLOOG = "kinder- of jeugdpsycholoog"
    #: Pedagoog; tweede deskundige.
    PEDAGOOG = "pedagoog"
    #: Kinderpsychiater; tweede deskundige.
    KINDERPSYCHIATER = "kinderpsychiater"
    #: Maatschappelijk werker; tweede deskundige.
    MAATSCHAPPELIJK_WERKER = "maatschappelijk werker"
    #: Arts; tweede deskundige.
    ARTS = "arts"


#: TLV-02: de eerste deskundige is een orthopedagoog of psycholoog ...
EERSTE_DESKUNDIGEN: Final = frozenset({Deskundige.ORTHOPEDAGOOG, Deskundige.PSYCHOLOOG})
#: ... de tweede, afhankelijk van de leerling, een van deze (een andere functie dan de eerste).
TWEEDE_DESKUNDIGEN: Final = frozenset(Deskundige) - EERSTE_DESKUNDIGEN


@attrs.frozen(kw_only=True)
class Deskundigenadvies(Weergave):
    """Het advies van één deskundige over een TLV-aanvraag.

    Alleen een individueel, schriftelijk advies telt; het gezamenlijke advies van een commissie
    niet (LBT 18-02-2019, TLV-02).
    """

    #: Het beroep van de deskundige.
    deskundige: Deskundige = attrs.field(validator=is_enum(Deskundige))
    #: De dag van het advies.
    datum: dt.date = attrs.field(validator=is_datum)
    #: Het advies is van deze deskundige alleen, niet van een commissie.
    individueel: bool = attrs.field(default=True, validator=is_bool)
    #: Het advies is op schrift gesteld.
    schriftelijk: bool = attrs.field(default=True, validator=is_bool)
    #: De deskundige werkt voor de verwijzende of de nieuwe school. Zuid-Kennemerland eist een
    #: tweede deskundige van buiten beide scholen (ondersteuningsplan 2024-2028 § 6.1.3); de wet
    #: niet.
    in_dienst_van_school: bool = attrs.field(default=False, validator=is_bool)

    @property
    def telt(self) -> bool:
        """Waar als het advies individueel en schriftelijk is (TLV-02).

        Grondslag:
            WPO art. 18a; LBT collectief advies 18-02-2019 (TLV-02).
        """
        return self.individueel and self.schriftelijk


@attrs.frozen(kw_only=True)
class Tlv(Weergave):
    """Een TLV-aanvraag en, zodra erop is beslist, het besluit van het SWV.

    Het SWV bepaalt de duur; er is geen wettelijk minimum (TLV-03), dus alleen
    ``einddatum > ingangsdatum`` wordt gecontroleerd.

    ``formulier``, ``eenzijdig``, ``bemiddeling`` en ``onafhankelijk_onderzoek_op`` leggen de
    regionale procedure van Zuid-Kennemerland vast (ondersteuningsplan 2024-2028 § 6.1.3); ze
    worden alleen getoetst onder ``Beleid.zuid_kennemerland()``.
    """

    #: De leerling voor wie de TLV is aangevraagd.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: Het samenwerkingsverband dat op de aanvraag beslist.
    swv: Samenwerkingsverband = attrs.field(validator=is_type(Samenwerkingsverband))
    #: De gevraagde soort TLV.
    categorie: TlvCategorie = attrs.field(validator=is_enum(TlvCategorie))
    #: De dag van de aanvraag.
    aangevraagd_op: dt.date = attrs.field(validator=is_datum)
    #: De school die de TLV aanvraagt.
    aanvrager: School = attrs.field(validator=is_type(School))
    #: De dag van het besluit; ``None``: nog niet beslist.
    besluit_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("aangevraagd_op", "de aanvraag")]
    )
    #: De uitkomst; ``None`` precies zolang er geen besluitdatum is.
    uitkomst: TlvUitkomst | None = attrs.field(default=None)
    #: De eerste dag waarop de TLV geldt; ``None``: (nog) niet vastgelegd.
    ingangsdatum: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: De laatste dag waarop de TLV geldt; ``None``: (nog) niet vastgelegd.
    einddatum: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: De adviezen van deskundigen over de aanvraag.
    adviezen: tuple[Deskundigenadvies, ...] = attrs.field(
        default=(), converter=als_adviezen, validator=elk(is_type(Deskundigenadvies))
    )
    #: De dag waarop de ouders de kans kregen hun zienswijze te geven (Awb 4:8); ``None``: niet
    #: vastgelegd.
    ouders_gehoord_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: De dag waarop het besluit is verzonden; ``None``: niet vastgelegd, dan telt de
    #: bezwaartermijn vanaf ``besluit_op`` en zegt de uitleg dat.
    bekendgemaakt_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("besluit_op", "het besluit")]
    )
    #: De dag waarop een bezwaar het SWV bereikte; ``None``: geen bezwaar ontvangen.
    bezwaar_ontvangen_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("besluit_op", "het besluit")]
    )
    #: Het aanvraagformulier van Zuid-Kennemerland; ``None``: niet vastgelegd.
    formulier: TlvFormulier | None = attrs.field(default=None)
    #: Het SWV gaf de TLV eenzijdig af, zonder aanvraag van de school (Zuid-Kennemerland).
    eenzijdig: bool = attrs.field(default=False, validator=is_bool)
    #: Er is bemiddeling of de landelijke onderwijsconsulenten ingezet, of de ouders wezen die
    #: af (Zuid-Kennemerland).
    bemiddeling: bool = attrs.field(default=False, validator=is_bool)
    #: De dag van een onafhankelijk onderzoek (Zuid-Kennemerland); ``None``: geen onderzoek
    #: vastgelegd.
    onafhankelijk_onderzoek_op: dt.date | None = attrs.field(
        default=None, validator=is_datum_of_none
    )

    def stand_op(self, op: dt.date) -> Tlv | None:
        """Deze TLV zoals bekend op ``op``: ``None`` vóór de aanvraag; een later besluit valt
        weg."""
        if self.aangevraagd_op > controleer_datum("op", op):
            return None
        bekend = vervang(
            self,
            adviezen=[a for a in self.adviezen if a.datum <= op],
            ouders_gehoord_op=tot_en_met(self.ouders_gehoord_op, op),
            bekendgemaakt_op=tot_en_met(self.bekendgemaakt_op, op),
            bezwaar_ontvangen_op=tot_en_met(self.bezwaar_ontvangen_op, op),
            onafhankelijk_onderzoek_op=tot_en_met(self.onafhankelijk_onderzoek_op, op),
        )
        if self.besluit_op is not None and self.besluit_op <= op:
            return bekend
        return vervang(bekend, besluit_op=None, uitkomst=None, ingangsdatum=None, einddatum=None)

    def geldig_op(self, op: dt.date) -> bool:
        """Waar als de TLV is afgegeven en ``op`` van ingangsdatum tot en met einddatum ligt.

        Een afgegeven TLV zonder ingangs- of einddatum geeft :class:`~passend.NietBekend`:
        het SWV legt beide vast (TLV-03), en passend raadt ze niet.

        Grondslag:
            WPO art. 18a, WVO 2020 art. 2.47 (het SWV bepaalt de duur, TLV-03).
        """
        controleer_datum("op", op)
        if self.uitkomst is not TlvUitkomst.AFGEGEVEN:
            return False
        reden = "het samenwerkingsverband legt de duur van de TLV vast (TLV-03)"
        if self.ingangsdatum is None:
            raise NietBekend("ingangsdatum", None, reden)
        if self.einddatum is None:
            raise NietBekend("einddatum", None, reden)
        return self.ingangsdatum <= op <= self.einddatum

    def bezwaartermijn(self, *, kalender: Kalender | None = None) -> Termijn:
        """De bezwaartermijn tegen het besluit: 6 weken na bekendmaking (Awb).

        Een SWV is een bestuursorgaan, dus de Awb geldt (TLV-05). Ouders en het schoolbestuur
        kunnen allebei bezwaar maken. Voorbeeld E12: verzonden 2025-12-09 → laatste dag
        2026-01-20. Alleen nadat de TLV is afgegeven of afgewezen: of tegen een aanhouding
        bezwaar openstaat, staat niet in rules.md, dus een aangehouden TLV geeft
        :class:`~passend.NietBekend`.

        Grondslag:
            Awb art. 6:7, 6:8 lid 1, 6:9; Atw art. 1 (TLV-05, T-06).

        >>> from passend import Leerling, Samenwerkingsverband, Sector, School, Schoolbestuur
        >>> from passend import Bestuurssoort, Schoolsoort
        >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.BIJZONDER)
        >>> tlv = Tlv(
        ...     leerling=Leerling(id="ll", geboortedatum=dt.date(2017, 1, 1)),
        ...     swv=Samenwerkingsverband(id="PO2702", naam="SWV", sector=Sector.PO),
        ...     categorie=TlvCategorie.SBO, aangevraagd_op=dt.date(2025, 11, 3),
        ...     aanvrager=School(brin="12AB", naam="S", soort=Schoolsoort.BAO, bestuur=b),
        ...     besluit_op=dt.date(2025, 12, 9), uitkomst=TlvUitkomst.AFGEGEVEN,
        ...     bekendgemaakt_op=dt.date(2025, 12, 9))
        >>> tlv.bezwaartermijn().einde
        datetime.date(2026, 1, 20)
        """
        if self.besluit_op is None:
            raise NietBekend("besluit_op", None, "er is nog geen besluit op de TLV-aanvraag")
        if self.uitkomst not in BESLUITEN:
            raise NietBekend(
                "uitkomst",
                self.uitkomst,
                "of tegen een aanhouding bezwaar openstaat, is niet vastgesteld (open punt); "
                "passend geeft alleen een bezwaartermijn na afgeven of afwijzen",
            )
        op = self.bekendgemaakt_op or self.besluit_op
        termijn = termijnen.bezwaartermijn(
            op, bestuur_soort=Bestuurssoort.OPENBAAR, kalender=kalender
        )
        uitleg = f"Bezwaar tegen het TLV-besluit van {self.swv.naam}. {termijn.uitleg}"
        if self.bekendgemaakt_op is None:
            uitleg += (
                " De dag van bekendmaking is niet vastgelegd; gerekend is vanaf de besluitdatum."
            )
        return attrs.evolve(termijn, naam="Bezwaartermijn TLV (Awb)", uitleg=uitleg)

    def beslistermijn_bezwaar(
        self,
        *,
        adviescommissie: bool = True,
        verdaging_weken: int = 0,
        kalender: Kalender | None = None,
        beleid: Beleid | None = None,
    ) -> Termijn:
        """De termijn waarin het SWV op een bezwaar beslist (Awb 7:10), vanaf het einde van de
        bezwaartermijn.

        Het SWV moet een bezwaaradviescommissie hebben (vaak de LBT); met een commissie in de
        zin van Awb 7:13 is de termijn 12 weken (``adviescommissie=True``, de standaard), anders
        6. Dat de LBT zo'n commissie is, is waarschijnlijk maar niet geverifieerd (TLV-05). E12:
        bekendmaking 2025-12-09 → besluit uiterlijk 2026-04-14.

        Grondslag:
            Awb art. 7:10, 7:13 (TLV-05, T-06); WPO art. 18a (bezwaaradviescommissie); Atw art. 1
            en 4.
        """
        if self.bezwaar_ontvangen_op is None:
            raise NietBekend("bezwaar_ontvangen_op", None, "er is geen bezwaar ontvangen")
        termijn = termijnen.beslistermijn_bezwaar(
            self.bezwaar_ontvangen_op,
            bestuur_soort=Bestuurssoort.OPENBAAR,
            bezwaartermijn_einde=self.bezwaartermijn(kalender=kalender).einde,
            adviescommissie=adviescommissie,
            verdaging_weken=verdaging_weken,
            kalender=kalender,
            beleid=beleid,
        )
        return attrs.evolve(termijn, naam="Beslistermijn bezwaar TLV (Awb)")

    @uitkomst.validator
    def _check_uitkomst(
        self, attribute: attrs.Attribute[TlvUitkomst | None], value: TlvUitkomst | None
    ) -> None:
        if value is not None:
            is_enum(TlvUitkomst)(self, attribute, value)
        if (value is None) != (self.besluit_op is None):
            raise TegenstrijdigDossier(
                attribute.name, value, "een uitkomst hoort bij een besluitdatum en omgekeerd"
            )

    @einddatum.validator
    def _check_einde(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and self.ingangsdatum is not None and value <= self.ingangsdatum:
            raise TegenstrijdigDossier(
                attribute.name, value, f"ligt niet na de ingangsdatum ({self.ingangsdatum})"
            )

    @formulier.validator
    def _check_formulier(
        self, attribute: attrs.Attribute[TlvFormulier | None], value: TlvFormulier | None
    ) -> None:
        if value is not None:
            is_enum(TlvFormulier)(self, attribute, value)


# --- Which SWV is responsible (ZP-04) ---------------------------------------------------------


class SwvReden(enum.Enum):
    """Waarom een SWV verantwoordelijk is voor een TLV (ZP-04)."""

    #: De leerling heeft een geldige TLV en is verhuisd: het SWV dat hem afgaf blijft
    #: verantwoordelijk ("Zorgplicht in schema", SWV Rijn & Gelderse Vallei, § 10).
    BESTAANDE_TLV = "bestaande tlv"
    #: De leerling staat ingeschreven op een school: het SWV van die verwijzende school.
    VERWIJZENDE_SCHOOL = "verwijzende school"
    #: Van een school van cluster 1 of 2: het SWV van de woonplaats ("Zorgplicht in schema",
    #: SWV Rijn & Gelderse Vallei, § 10, N.B.).
    CLUSTER_1_2 = "cluster 1 of 2"
    #: Eerste inschrijving (nog niet op een school): het SWV van de woonplaats.
    EERSTE_INSCHRIJVING = "eerste inschrijving"
    #: Van een basisschool (BAO, SBO, SO) naar VSO of PrO: de VSO- of PrO-school van aanmelding
    #: vraagt de TLV aan bij het SWV VO waar de leerling woont (ZP-04).
    WOONPLAATS_VO = "woonplaats bij vso of pro"


@attrs.frozen(kw_only=True)
class VerantwoordelijkSwv(Weergave):
    """Het SWV dat een TLV afgeeft (en betaalt), waarom, en op welke grond."""

    #: Het verantwoordelijke samenwerkingsverband.
    swv: Samenwerkingsverband = attrs.field(validator=is_type(Samenwerkingsverband))
    #: Waarom dit SWV verantwoordelijk is.
    reden: SwvReden = attrs.field(validator=is_enum(SwvReden))
    #: De regels waarop het antwoord berust.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Het antwoord in gewone taal.
    uitleg: str = attrs.field(validator=niet_leeg)


def _tlv_wet(sector: Sector) -> Bron:
    return WPO_18A if sector is Sector.PO else WVO_2_47


def _past(veld: str, swv: Samenwerkingsverband, categorie: TlvCategorie | None) -> None:
    """An SBO or SO TLV comes from an SWV PO, a VSO or PrO TLV from an SWV VO (ZP-04)."""
    if categorie is not None and swv.sector is not categorie.schoolsoort.sector:
        raise OngeldigeInvoer(
            veld,
            swv.id,
            f"een TLV {categorie.value} geeft een samenwerkingsverband "
            f"{categorie.schoolsoort.sector.value} af, {swv.naam} is er een voor de sector "
            f"{swv.sector.value} (ZP-04)",
        )


def verantwoordelijk_swv(
    *,
    op: dt.date,
    woonplaats_swv: Samenwerkingsverband | None,
    verwijzende_school: School | None = None,
    tlv: Tlv | None = None,
    categorie: TlvCategorie | None = None,
) -> VerantwoordelijkSwv:
    """Het SWV dat op ``op`` verantwoordelijk is voor een TLV van ``categorie`` (rules.md ZP-04).

    In deze volgorde: een leerling met een TLV die op ``op`` geldt (en bijvoorbeeld verhuisde)
    houdt het SWV dat hem afgaf, als dat SWV van de sector van ``categorie`` is; een leerling
    die op een school staat ingeschreven (``verwijzende_school``) krijgt het SWV van die
    school, behalve vanuit een school van cluster 1 of 2: dan, net als bij een eerste
    inschrijving, het SWV van de woonplaats. Een TLV voor SBO of SO komt van een SWV PO, een
    TLV voor VSO of PrO van een SWV VO: een leerling op een basisschool (BAO, SBO of SO) die naar
    VSO of PrO gaat, krijgt hem van het SWV VO van de woonplaats, waar de VSO- of PrO-school van
    aanmelding hem aanvraagt. Zonder ``categorie`` wordt de sector niet gecontroleerd. Een SWV
    van de verkeerde sector voor ``categorie`` geeft :class:`~passend.OngeldigeInvoer`; ontbreekt
    een feit dat het antwoord nodig heeft, dan volgt :class:`~passend.NietBekend`.

    Grondslag:
        OCW stroomschema's TLV; WPO art. 18a, WVO 2020 art. 2.47 (ZP-04); "Zorgplicht in
        schema" van SWV Rijn & Gelderse Vallei (2022) § 10 voor verhuizing en cluster 1/2
        (volgens dat regionale document).

    >>> from passend import Samenwerkingsverband, Sector
    >>> thuis = Samenwerkingsverband(id="PO2702", naam="SWV Zuid-Kennemerland", sector=Sector.PO)
    >>> oordeel = verantwoordelijk_swv(op=dt.date(2025, 9, 1), woonplaats_swv=thuis)
    >>> oordeel.swv.naam, oordeel.reden.name
    ('SWV Zuid-Kennemerland', 'EERSTE_INSCHRIJVING')
    """
    controleer_datum("op", op)
    controleer_optie("woonplaats_swv", woonplaats_swv, Samenwerkingsverband)
    controleer_optie("verwijzende_school", verwijzende_school, School)
    controleer_optie("tlv", tlv, Tlv)
    controleer_optie("categorie", categorie, TlvCategorie)
    sector = None if categorie is None else categorie.schoolsoort.sector
    # The sector first: a TLV of another sector never decides, whatever its dates.
    if tlv is not None and sector in (None, tlv.swv.sector) and tlv.geldig_op(op):
        return VerantwoordelijkSwv(
            swv=tlv.swv,
            reden=SwvReden.BESTAANDE_TLV,
            grondslag=(_tlv_wet(tlv.swv.sector), SEED_001_VERHUIZING),
            uitleg=f"De leerling heeft op {op.isoformat()} een geldige TLV van {tlv.swv.naam}. "
            "Dat samenwerkingsverband blijft verantwoordelijk, ook na een verhuizing.",
        )
    naar_vo = (
        sector is Sector.VO
        and verwijzende_school is not None
        and verwijzende_school.soort.sector is Sector.PO
    )
    if verwijzende_school is not None and verwijzende_school.cluster not in (1, 2) and not naar_vo:
        if verwijzende_school.swv is None:
            raise NietBekend(
                "verwijzende_school.swv",
                None,
                "het samenwerkingsverband van de verwijzende school is niet opgegeven",
            )
        swv = verwijzende_school.swv
        _past("verwijzende_school.swv", swv, categorie)
        return VerantwoordelijkSwv(
            swv=swv,
            reden=SwvReden.VERWIJZENDE_SCHOOL,
            grondslag=(_tlv_wet(swv.sector), OCW_STROOMSCHEMA_TLV),
            uitleg=f"De leerling staat ingeschreven op {verwijzende_school.naam}. Het "
            f"samenwerkingsverband van die verwijzende school, {swv.naam}, geeft de TLV af.",
        )
    if woonplaats_swv is None:
        raise NietBekend(
            "woonplaats_swv", None, "het samenwerkingsverband van de woonplaats is nodig"
        )
    _past("woonplaats_swv", woonplaats_swv, categorie)
    if verwijzende_school is not None and verwijzende_school.cluster in (1, 2):
        return VerantwoordelijkSwv(
            swv=woonplaats_swv,
            reden=SwvReden.CLUSTER_1_2,
            grondslag=(_tlv_wet(woonplaats_swv.sector), SEED_001_VERHUIZING),
            uitleg=f"De leerling komt van {verwijzende_school.naam}, een school van cluster "
            f"{verwijzende_school.cluster}. Dan bepaalt de woonplaats het "
            f"samenwerkingsverband: {woonplaats_swv.naam}.",
        )
    if verwijzende_school is not None and categorie is not None:
        return VerantwoordelijkSwv(
            swv=woonplaats_swv,
            reden=SwvReden.WOONPLAATS_VO,
            grondslag=(WVO_2_47, OCW_STROOMSCHEMA_TLV),
            uitleg=f"De leerling gaat van {verwijzende_school.naam} naar het "
            f"{categorie.schoolsoort.name}. Die TLV geeft een samenwerkingsverband VO af: de "
            f"school voor {categorie.schoolsoort.name} waar de leerling is aangemeld, vraagt "
            f"hem aan bij het samenwerkingsverband van de woonplaats, {woonplaats_swv.naam}.",
        )
    return VerantwoordelijkSwv(
        swv=woonplaats_swv,
        reden=SwvReden.EERSTE_INSCHRIJVING,
        grondslag=(_tlv_wet(woonplaats_swv.sector), OCW_STROOMSCHEMA_TLV, SEED_001_VERHUIZING),
        uitleg="De leerling gaat voor het eerst naar school. Het samenwerkingsverband van de "
        f"woonplaats, {woonplaats_swv.naam}, geeft de TLV af en blijft ook na een verhuizing "
        "verantwoordelijk voor deze plaatsing.",
    )


# --- The referral to SBO or SO (ondersteuningsplan ZK § 8.1.2-8.1.3, rules.md SP-10, A12) ---


@attrs.frozen(kw_only=True)
class Verwijzing:
    """Een verwijzing van een reguliere basisschool naar SBO of SO."""

    #: De verwijzende basisschool.
    school: School
    #: De dag van de verwijzing.
    op: dt.date
    #: Het gegeven waaruit de verwijzing blijkt, in woorden (bijvoorbeeld "de TLV-aanvraag voor
    #: sbo").
    blijkt_uit: str


def verwijzing(dossier: Dossier, inschrijving: Inschrijving) -> Verwijzing | None:
    """De verwijzing van de leerling naar SBO of SO, gezien vanuit de inschrijving
    ``inschrijving``.

    Op een basisschool: een TLV voor SBO of SO die tijdens deze inschrijving is aangevraagd en
    niet afgewezen (``None``: nog geen verwijzing). Op een SBO- of SO-school: de basisschool
    waar de leerling eerder stond ingeschreven, met de TLV-aanvraag die daar is gedaan, of anders
    de dag van de plaatsing. Of de "verwijzing" van het plan de TLV-aanvraag, het besluit of de
    plaatsing is, is open (rules.md A12); passend neemt de aanvraag, de handeling van de
    verwijzende school, en de plaatsing als er geen aanvraag in het dossier staat.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.2 (de school koopt de plek in)
        en § 8.1.3 (ZP-03, SP-10); WPO art. 18a lid 6 (de school van inschrijving vraagt aan).
    """
    school = inschrijving.school
    doel: tuple[Schoolsoort, ...]
    if school.soort is Schoolsoort.BAO:
        bao, doel, geplaatst = inschrijving, (Schoolsoort.SBO, Schoolsoort.SO), None
    elif school.soort in (Schoolsoort.SBO, Schoolsoort.SO):
        geplaatst = inschrijving.ingeschreven_op
        eerder = [
            i
            for i in dossier.inschrijvingen
            if i.school.soort is Schoolsoort.BAO and i.ingeschreven_op < geplaatst
        ]
        if not eerder:
            return None
        bao, doel = max(eerder, key=lambda i: i.ingeschreven_op), (school.soort,)
    else:
        return None
    aanvragen = [
        t
        for t in dossier.tlvs
        if t.categorie.schoolsoort in doel
        and t.uitkomst is not TlvUitkomst.AFGEWEZEN
        and bao.ingeschreven_op <= t.aangevraagd_op
        and (geplaatst is None or t.aangevraagd_op <= geplaatst)
    ]
    if aanvragen:
        tlv = max(aanvragen, key=lambda t: t.aangevraagd_op)
        return Verwijzing(
            school=bao.school,
            op=tlv.aangevraagd_op,
            blijkt_uit=f"de TLV-aanvraag voor {tlv.categorie.value}",
        )
    if geplaatst is None:
        return None
    return Verwijzing(
        school=bao.school,
        op=geplaatst,
        blijkt_uit=f"de inschrijving op {school.naam}",
    )


# --- Terms after the decision (TLV-05) --------------------------------------------------------


def lopende(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Termijn]:
    """De bezwaartermijn van elk TLV-besluit en de beslistermijn van het SWV op een bezwaar.

    Alleen nadat de TLV is afgegeven of afgewezen; een aanhouding geeft hier geen termijn (of
    ertegen bezwaar openstaat, staat niet in rules.md: een open punt).

    Grondslag:
        Awb art. 6:7, 6:8, 6:9, 7:10, 7:13 (TLV-05).
    """
    for tlv in dossier.tlvs:
        if tlv.uitkomst not in BESLUITEN:
            continue
        yield tlv.bezwaartermijn(kalender=kalender)
        if tlv.bezwaar_ontvangen_op is not None:
            yield tlv.beslistermijn_bezwaar(kalender=kalender, beleid=beleid)
