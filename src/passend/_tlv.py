"""Toelaatbaarheidsverklaring (TLV): the SWV's statement that a pupil may go to SBO, (V)SO or
PrO (rules.md §4), which SWV is responsible for it (ZP-04), and the terms that run after its
decision. The checks of its procedure are in :mod:`passend._tlv_toets`.
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
    """Kind of TLV; SO/VSO laag, midden, hoog are bekostigingscategorie I, II, III (TLV-04)."""

    SBO = "sbo"
    SO_LAAG = "so categorie I (laag)"
    SO_MIDDEN = "so categorie II (midden)"
    SO_HOOG = "so categorie III (hoog)"
    VSO_LAAG = "vso categorie I (laag)"
    VSO_MIDDEN = "vso categorie II (midden)"
    VSO_HOOG = "vso categorie III (hoog)"
    PRO = "praktijkonderwijs"

    @property
    def schoolsoort(self) -> Schoolsoort:
        """The kind of school this TLV gives access to.

        >>> TlvCategorie.VSO_MIDDEN.schoolsoort
        <Schoolsoort.VSO: 'vso'>
        """
        if self is TlvCategorie.SBO:
            return Schoolsoort.SBO
        if self is TlvCategorie.PRO:
            return Schoolsoort.PRO
        return Schoolsoort.SO if self.name.startswith("SO_") else Schoolsoort.VSO


class TlvUitkomst(enum.Enum):
    """Outcome of a TLV request (TLV-06); the statute calls a refusal *afwijzen*."""

    AFGEGEVEN = "afgegeven"
    #: The decision is postponed (dossier incomplete, regular options still seen). Whether an
    #: aanhouding is a decision open to bezwaar is not in rules.md: passend gives it no term.
    AANGEHOUDEN = "aangehouden"
    AFGEWEZEN = "afgewezen"


#: The outcomes that decide the request; an aanhouding postpones the decision (TLV-06).
BESLUITEN: Final = (TlvUitkomst.AFGEGEVEN, TlvUitkomst.AFGEWEZEN)


class TlvFormulier(enum.Enum):
    """Request forms of SWV Zuid-Kennemerland (seed 004 § 6.1.3); regional, not statute."""

    #: From a regular primary school to SO or SBO (IKC ZK).
    A = "A: van PO naar SO/IKC ZK"
    #: From one form of SO or SBO to another.
    B = "B: van SO/IKC ZK naar SO/IKC ZK"
    #: Voorschools: the child has not been to school yet; a mandated jeugdhulpinstelling asks.
    D = "D: vanuit de voorschoolse jeugdhulpverlening"


class Deskundige(enum.Enum):
    """Professions that may advise on a TLV (TLV-02)."""

    ORTHOPEDAGOOG = "orthopedagoog"
    PSYCHOLOOG = "psycholoog"
    KINDER_OF_JEUGDPSYCHOLOOG = "kinder- of jeugdpsycholoog"
    PEDAGOOG = "pedagoog"
    KINDERPSYCHIATER = "kinderpsychiater"
    MAATSCHAPPELIJK_WERKER = "maatschappelijk werker"
    ARTS = "arts"


#: TLV-02: the first deskundige is an orthopedagoog or psycholoog ...
EERSTE_DESKUNDIGEN: Final = frozenset({Deskundige.ORTHOPEDAGOOG, Deskundige.PSYCHOLOOG})
#: ... the second, depending on the pupil, one of these (a different function than the first).
TWEEDE_DESKUNDIGEN: Final = frozenset(Deskundige) - EERSTE_DESKUNDIGEN


@attrs.frozen(kw_only=True)
class Deskundigenadvies(Weergave):
    """One expert's advice on a TLV request.

    Only an individual, written advice counts; a committee's collective advice does not
    (LBT 18-02-2019, TLV-02).
    """

    deskundige: Deskundige = attrs.field(validator=is_enum(Deskundige))
    datum: dt.date = attrs.field(validator=is_datum)
    individueel: bool = attrs.field(default=True, validator=is_bool)
    schriftelijk: bool = attrs.field(default=True, validator=is_bool)
    #: The expert works for the referring or the new school. Zuid-Kennemerland requires a
    #: second deskundige from outside both schools (seed 004 § 6.1.3); the statute does not.
    in_dienst_van_school: bool = attrs.field(default=False, validator=is_bool)

    @property
    def telt(self) -> bool:
        """True when the advice is individual and written (TLV-02).

        Grondslag:
            WPO art. 18a; LBT collectief advies 18-02-2019 (TLV-02).
        """
        return self.individueel and self.schriftelijk


@attrs.frozen(kw_only=True)
class Tlv(Weergave):
    """A TLV request and, once decided, the SWV's decision on it.

    The SWV sets the duration; there is no statutory minimum (TLV-03), so only
    ``einddatum > ingangsdatum`` is checked. ``einddatum`` is the last day the TLV is valid.

    ``ouders_gehoord_op``: the day the parents were given the chance to give their view
    (Awb 4:8). ``bekendgemaakt_op``: the day the decision was sent; when not recorded, the
    bezwaar term is counted from ``besluit_op`` and its explanation says so.
    ``bezwaar_ontvangen_op``: the day a bezwaar reached the SWV.

    ``formulier``, ``eenzijdig``, ``bemiddeling`` and ``onafhankelijk_onderzoek_op`` record
    the regional procedure of Zuid-Kennemerland (seed 004 § 6.1.3); they are only checked under
    ``Beleid.zuid_kennemerland()``. ``bemiddeling`` is True when mediation or the landelijke
    onderwijsconsulenten were used, or the parents declined them.
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    swv: Samenwerkingsverband = attrs.field(validator=is_type(Samenwerkingsverband))
    categorie: TlvCategorie = attrs.field(validator=is_enum(TlvCategorie))
    aangevraagd_op: dt.date = attrs.field(validator=is_datum)
    aanvrager: School = attrs.field(validator=is_type(School))
    besluit_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("aangevraagd_op", "de aanvraag")]
    )
    uitkomst: TlvUitkomst | None = attrs.field(default=None)
    ingangsdatum: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    einddatum: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    adviezen: tuple[Deskundigenadvies, ...] = attrs.field(
        default=(), converter=als_adviezen, validator=elk(is_type(Deskundigenadvies))
    )
    ouders_gehoord_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    bekendgemaakt_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("besluit_op", "het besluit")]
    )
    bezwaar_ontvangen_op: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("besluit_op", "het besluit")]
    )
    formulier: TlvFormulier | None = attrs.field(default=None)
    eenzijdig: bool = attrs.field(default=False, validator=is_bool)
    bemiddeling: bool = attrs.field(default=False, validator=is_bool)
    onafhankelijk_onderzoek_op: dt.date | None = attrs.field(
        default=None, validator=is_datum_of_none
    )

    def stand_op(self, op: dt.date) -> Tlv | None:
        """This TLV as known on ``op``: None before the request; a later decision left out."""
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
        """True when the TLV is afgegeven and ``op`` lies from ingangsdatum to einddatum.

        An issued TLV without an ingangs- or einddatum raises :class:`~passend.NietBekend`:
        the SWV sets both (TLV-03), and passend does not guess them.

        Grondslag:
            WPO art. 18a, WVO 2020 art. 2.47 (the SWV sets the duration, TLV-03).
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
        """The bezwaar term against the decision: 6 weeks after bekendmaking (Awb).

        An SWV is a bestuursorgaan, so the Awb applies (TLV-05). Parents and the schoolbestuur
        may both object. Example E12: sent 2025-12-09 → last day 2026-01-20. Only after the TLV
        was afgegeven or afgewezen: whether an aanhouding is open to bezwaar is not in rules.md,
        so an aangehouden TLV raises :class:`~passend.NietBekend`.

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
        """The SWV's term to decide on a bezwaar (Awb 7:10), from the end of the bezwaar term.

        The SWV must have a bezwaaradviescommissie (often the LBT); with a committee in the
        sense of Awb 7:13 the term is 12 weeks (``adviescommissie=True``, the default), else 6.
        That the LBT is such a committee is likely but not verified (TLV-05). E12: bekendmaking
        2025-12-09 → decision due 2026-04-14.

        Grondslag:
            Awb art. 7:10, 7:13 (TLV-05, T-06); WPO art. 18a (bezwaaradviescommissie); Atw art. 1
            and 4.
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
    """Why an SWV is responsible for a TLV (ZP-04)."""

    #: The pupil has a valid TLV and moved: the issuing SWV stays responsible (seed 001 § 10).
    BESTAANDE_TLV = "bestaande tlv"
    #: The pupil is enrolled at a school: the SWV of that referring school.
    VERWIJZENDE_SCHOOL = "verwijzende school"
    #: From a cluster 1 or 2 school: the SWV of the woonplaats (seed 001 § 10, N.B.).
    CLUSTER_1_2 = "cluster 1 of 2"
    #: First enrolment (not yet at a school): the SWV of the woonplaats.
    EERSTE_INSCHRIJVING = "eerste inschrijving"
    #: From a primary school (BAO, SBO, SO) to VSO or PrO: the VSO or PrO school of aanmelding
    #: requests the TLV at the SWV VO where the pupil lives (ZP-04).
    WOONPLAATS_VO = "woonplaats bij vso of pro"


@attrs.frozen(kw_only=True)
class VerantwoordelijkSwv(Weergave):
    """The SWV that issues (and pays for) a TLV, why, on which ground."""

    swv: Samenwerkingsverband = attrs.field(validator=is_type(Samenwerkingsverband))
    reden: SwvReden = attrs.field(validator=is_enum(SwvReden))
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
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
    """The SWV responsible for a TLV of ``categorie`` on ``op`` (rules.md ZP-04).

    In this order: a pupil with a TLV that is valid on ``op`` (and, say, moved) keeps the SWV
    that issued it, if that SWV is of the sector of ``categorie``; a pupil enrolled at a school
    (``verwijzende_school``) gets the SWV of that school, except from a cluster 1 or 2 school:
    then, as for a first enrolment, the SWV of the woonplaats. An SBO or SO TLV comes from an
    SWV PO, a VSO or PrO TLV from an SWV VO: a pupil at a primary school (BAO, SBO or SO) who
    goes to VSO or PrO gets it from the SWV VO of the woonplaats, where the VSO or PrO school
    of aanmelding requests it. Without ``categorie`` the sector is not checked. An SWV of the
    wrong sector for ``categorie`` raises :class:`~passend.OngeldigeInvoer`; a fact the answer
    needs and that is missing raises :class:`~passend.NietBekend`.

    Grondslag:
        OCW stroomschema's TLV; WPO art. 18a, WVO 2020 art. 2.47 (ZP-04); seed 001 § 10 for
        moves and cluster 1/2 (SEED).

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


# --- The referral to SBO or SO (seed 004 § 8.1.2-8.1.3, rules.md SP-10, A12) ---------------


@attrs.frozen(kw_only=True)
class Verwijzing:
    """A referral from a regular basisschool to SBO or SO: the referring school, the day of
    the referral and the record that shows it."""

    school: School
    op: dt.date
    blijkt_uit: str


def verwijzing(dossier: Dossier, inschrijving: Inschrijving) -> Verwijzing | None:
    """The referral of the pupil to SBO or SO, seen from the enrolment ``inschrijving``.

    At a basisschool: a TLV for SBO or SO requested during this enrolment and not refused
    (None: no referral yet). At an SBO or SO school: the basisschool the pupil was enrolled at
    before, with the TLV request made there, or else the day of the placement. Whether the
    "verwijzing" of the plan is the TLV request, the decision or the placement is open (rules.md
    A12); passend takes the request, the act of the referring school, and the placement where
    no request is on file.

    Grondslag:
        Ondersteuningsplan SWV Zuid-Kennemerland 2024-2028 § 8.1.2 (the school buys the place)
        and § 8.1.3 (ZP-03, SP-10); WPO art. 18a lid 6 (the school of enrolment requests).
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
    """The bezwaar term of each TLV decision and the SWV's decision term on a bezwaar.

    Only after the TLV was afgegeven or afgewezen; an aanhouding gives no term here (whether it
    is open to bezwaar is not in rules.md, an open point).

    Grondslag:
        Awb art. 6:7, 6:8, 6:9, 7:10, 7:13 (TLV-05).
    """
    for tlv in dossier.tlvs:
        if tlv.uitkomst not in BESLUITEN:
            continue
        yield tlv.bezwaartermijn(kalender=kalender)
        if tlv.bezwaar_ontvangen_op is not None:
            yield tlv.beslistermijn_bezwaar(kalender=kalender, beleid=beleid)
