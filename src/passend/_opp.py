"""Ontwikkelingsperspectief (OPP) and its handelingsdeel (rules.md §5): when an OPP is
required, what it must contain, and the checks of its procedure."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

import attrs

from passend import termijnen
from passend._beleid import Beleid, OppTermijnVanaf
from passend._bronnen import (
    BESLUIT_OPP_INHOUD,
    SEED_001_TLV,
    VARIAWET,
    WEC_24,
    WEC_41A,
    WEC_41A_INSTEMMING,
    WET_POSITIE_OUDERS_LEERLINGEN,
    WPO_15,
    WPO_40A,
    WPO_40A_INSTEMMING,
    WVO_2_44,
    WVO_SYMBIOSE,
    Bron,
    voor_wetten,
)
from passend._fouten import NietBekend, OngeldigeInvoer
from passend._gebreken import Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._kalender import Kalender
from passend._partijen import Leerling, School, Schoolsoort
from passend._waarden import (
    als_tuple,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    niet_voor,
    tot_en_met,
)
from passend.termijnen import Termijn

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "GEBREKSOORTEN",
    "ExtraOndersteuning",
    "Handelingsdeel",
    "Instemmer",
    "Opp",
    "OppVereist",
    "Symbiose",
    "gebreken",
    "lopende",
    "opp_vereist",
]

#: Instemming with the handelingsdeel is required for OPPs vastgesteld from this day (OPP-04).
INSTEMMING_VANAF: Final = dt.date(2017, 8, 1)
#: Hoorrecht of the pupil when the OPP is drawn up, adjusted or evaluated (OPP-06, OQ 9).
HOORRECHT_VANAF: Final = dt.date(2025, 8, 1)
#: OVR-01: at most 60 % of the programme may be followed at the other school.
SYMBIOSE_MAXIMUM_PROCENT: Final = 60
#: The Atw never moves an end by more than 9 days (rules.md T-04: Hemelvaart on 7 May).
_ATW_MARGE: Final = dt.timedelta(days=10)


@attrs.frozen(kw_only=True)
class ExtraOndersteuning:
    """Extra ondersteuning (beyond basisondersteuning) the pupil receives at ``school``.

    From ``vanaf`` up to, not including, ``tot`` (None: still running). In regular PO and VO
    this is what makes an OPP required (OPP-01).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    vanaf: dt.date = attrs.field(validator=is_datum)
    tot: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("vanaf", "het begin")]
    )

    def stand_op(self, op: dt.date) -> ExtraOndersteuning | None:
        """This support as known on ``op``: None before it began; a later end left out."""
        if self.vanaf > op:
            return None
        return attrs.evolve(self, tot=tot_en_met(self.tot, op))


class Instemmer(enum.Enum):
    """Who agrees to the handelingsdeel (OPP-04)."""

    OUDERS = "ouders"
    #: The VSO pupil who is meerderjarig and handelingsbekwaam. passend checks the school
    #: and the age; handelingsbekwaamheid is judged by the school and recorded by this choice.
    MEERDERJARIGE_LEERLING = "meerderjarige, handelingsbekwame vso-leerling"


@attrs.frozen(kw_only=True)
class Symbiose:
    """Part of the programme followed at another school, as laid down in the OPP (OVR-01).

    The OPP must state duration (``begin``, ``einde``), content (``inhoud``) and volume
    (``omvang_procent`` of the programme), and both bevoegde gezagen sign it
    (``ondertekend_op``). Unknown parts stay None; ``passend.toets`` reports them.
    """

    andere_school: School = attrs.field(validator=is_type(School))
    begin: dt.date = attrs.field(validator=is_datum)
    einde: dt.date | None = attrs.field(
        default=None, validator=[is_datum_of_none, niet_voor("begin", "het begin")]
    )
    inhoud: str = ""
    omvang_procent: int | None = attrs.field(default=None)
    ondertekend_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    @omvang_procent.validator
    def _check_omvang(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 100
        ):
            raise OngeldigeInvoer(attribute.name, value, "verwacht een percentage van 1 tot 100")


@attrs.frozen(kw_only=True)
class Handelingsdeel:
    """The support and guidance the school offers, and deviations from the programme (OPP-03)."""

    ondersteuning: str
    afwijkingen: str | None = None


@attrs.frozen(kw_only=True)
class Opp:
    """An OPP as vastgesteld by the bevoegd gezag.

    Missing parts are recorded as missing (empty text, empty tuple, ``handelingsdeel=None``);
    ``passend.toets`` reports them. ``oogo_op`` is the day of the op overeenstemming gericht
    overleg; ``instemming_op`` the date ``instemming_door`` (the parents, or the adult
    handelingsbekwame VSO pupil) agreed to the handelingsdeel; ``evaluaties`` and
    ``aanpassingen`` the dates it was evaluated and adjusted; ``leerling_gehoord_op`` when the
    pupil was heard on drawing it up and ``leerling_gehoord_bij`` the evaluation and adjustment
    dates at which the pupil was heard (hoorrecht from 2025-08-01).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    vastgesteld_op: dt.date = attrs.field(validator=is_datum)
    uitstroombestemming: str
    belemmerende_factoren: tuple[str, ...] = attrs.field(converter=als_tuple)
    bevorderende_factoren: tuple[str, ...] = attrs.field(converter=als_tuple)
    handelingsdeel: Handelingsdeel | None
    instemming_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    evaluaties: tuple[dt.date, ...] = attrs.field(default=(), converter=als_tuple)
    leerling_gehoord_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    oogo_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    instemming_door: Instemmer = attrs.field(default=Instemmer.OUDERS, validator=is_enum(Instemmer))
    aanpassingen: tuple[dt.date, ...] = attrs.field(default=(), converter=als_tuple)
    leerling_gehoord_bij: tuple[dt.date, ...] = attrs.field(default=(), converter=als_tuple)
    symbiose: Symbiose | None = None

    def stand_op(self, op: dt.date) -> Opp | None:
        """This OPP as known on ``op``: None before it was vastgesteld, later facts left out."""
        if self.vastgesteld_op > op:
            return None
        symbiose = self.symbiose
        if symbiose is not None:
            symbiose = attrs.evolve(
                symbiose, ondertekend_op=tot_en_met(symbiose.ondertekend_op, op)
            )
        return attrs.evolve(
            self,
            instemming_op=tot_en_met(self.instemming_op, op),
            evaluaties=[d for d in self.evaluaties if d <= op],
            leerling_gehoord_op=tot_en_met(self.leerling_gehoord_op, op),
            oogo_op=tot_en_met(self.oogo_op, op),
            aanpassingen=[d for d in self.aanpassingen if d <= op],
            leerling_gehoord_bij=[d for d in self.leerling_gehoord_bij if d <= op],
            symbiose=symbiose,
        )

    def volgende_evaluatie_uiterlijk(self) -> dt.date:
        """Last day of the school year after the one of the last evaluation (or vaststelling).

        The OPP is evaluated at least once per school year (OPP-05); a school year runs from
        1 August to 31 July.

        Grondslag:
            WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-05).
        """
        laatste = max((self.vastgesteld_op, *self.evaluaties))
        return dt.date(_schooljaar(laatste) + 2, 7, 31)


def _schooljaar(d: dt.date) -> int:
    """The calendar year in which the school year of ``d`` began (1 August)."""
    return d.year if d.month >= 8 else d.year - 1


def _per_wet(school: School, wpo: Bron, wec: Bron, wvo: Bron) -> Bron:
    return {"WPO": wpo, "WEC": wec}.get(school.soort.wet, wvo)


def _artikel(school: School) -> Bron:
    """The OPP article of the school's sector law (OPP-01)."""
    return _per_wet(school, WPO_40A, WEC_41A, WVO_2_44)


def _leeftijd(geboren: dt.date, op: dt.date) -> int:
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


# --- When an OPP is required (OPP-01) ----------------------------------------------------------


@attrs.frozen(kw_only=True)
class OppVereist:
    """Whether the pupil needs an OPP on a day, at which school, and why."""

    vereist: bool
    #: The school whose bevoegd gezag draws up the OPP (where the pupil is enrolled).
    school: School | None
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_tuple)
    uitleg: str


def _inschrijving_op(dossier: Dossier, op: dt.date) -> tuple[School, dt.date] | None:
    """The school the pupil is enrolled at on ``op`` (the latest enrolment), and since when."""
    lopend = sorted(
        (i for i in dossier.inschrijvingen if i.ingeschreven(op)),
        key=lambda i: (i.ingeschreven_op, i.school.brin),
    )
    return (lopend[-1].school, lopend[-1].ingeschreven_op) if lopend else None


def _ondersteuning_sinds(dossier: Dossier, school: School, op: dt.date) -> dt.date | None:
    """Since when extra ondersteuning runs at ``school`` on ``op`` (None: it does not)."""
    lopend = [
        o.vanaf
        for o in dossier.ondersteuningen
        if o.school == school and o.vanaf <= op and (o.tot is None or op < o.tot)
    ]
    return min(lopend) if lopend else None


def _vereist(
    dossier: Dossier, op: dt.date, *, symbiose: bool = False, afwijking_onderwijstijd: bool = False
) -> OppVereist:
    ingeschreven = _inschrijving_op(dossier, op)
    if ingeschreven is None:
        return OppVereist(
            vereist=False,
            school=None,
            grondslag=(WPO_40A, WEC_41A, WVO_2_44),
            uitleg=f"De leerling staat op {op.isoformat()} nergens ingeschreven. Een OPP stelt "
            "het bevoegd gezag van de school van inschrijving vast.",
        )
    school, _ = ingeschreven
    artikel = _artikel(school)
    if school.soort.gespecialiseerd:
        return OppVereist(
            vereist=True,
            school=school,
            grondslag=(artikel,),
            uitleg=f"{school.naam} is een school voor {school.soort.name}. Daar heeft elke "
            f"leerling een OPP nodig ({artikel}).",
        )
    sinds = _ondersteuning_sinds(dossier, school, op)
    if sinds is not None:
        return OppVereist(
            vereist=True,
            school=school,
            grondslag=(artikel,),
            uitleg=f"De leerling krijgt sinds {sinds.isoformat()} extra ondersteuning op "
            f"{school.naam}. Dan is een OPP nodig ({artikel}).",
        )
    if any(t.besluit_op is None and t.aanvrager.bestuur == school.bestuur for t in dossier.tlvs):
        return OppVereist(
            vereist=True,
            school=school,
            grondslag=(SEED_001_TLV, artikel),
            uitleg=f"{school.naam} heeft een TLV aangevraagd. Het OPP met handelingsdeel is de "
            f"basis van die aanvraag ({SEED_001_TLV}).",
        )
    if symbiose:
        bron = _per_wet(school, WPO_15, WEC_24, WVO_SYMBIOSE)
        return OppVereist(
            vereist=True,
            school=school,
            grondslag=(bron, artikel),
            uitleg="De leerling volgt een deel van het onderwijs op een andere school "
            f"(symbiose). De afspraken daarover staan in het OPP ({bron}).",
        )
    if afwijking_onderwijstijd:
        return OppVereist(
            vereist=True,
            school=school,
            grondslag=(VARIAWET, artikel),
            uitleg="Voor een afwijking van de onderwijstijd moet de inspectie instemmen, op basis "
            f"van een actueel OPP ({VARIAWET}).",
        )
    return OppVereist(
        vereist=False,
        school=school,
        grondslag=(artikel,),
        uitleg=f"{school.naam} is een reguliere school en de leerling krijgt op "
        f"{op.isoformat()} geen extra ondersteuning. Dan is geen OPP nodig ({artikel}).",
    )


def opp_vereist(
    dossier: Dossier, op: dt.date, *, symbiose: bool = False, afwijking_onderwijstijd: bool = False
) -> OppVereist:
    """Does the pupil need an OPP on ``op``? (rules.md OPP-01)

    At SBO, SO, VSO and PrO always; at a regular PO or VO school only with extra ondersteuning
    (:class:`ExtraOndersteuning` in ``Dossier.ondersteuningen``). Also as the basis of a pending
    TLV request of the school (seed 001), of ``symbiose`` (OVR-01) and of a request to deviate
    from the onderwijstijd (``afwijking_onderwijstijd``, Variawet, OVR-02). Only what was known
    on ``op`` counts.

    Grondslag:
        WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-01); seed 001 § 9 (TLV request);
        WPO art. 15, WEC art. 24 (symbiose, OVR-01); Variawet (OVR-02).

    >>> from passend import Bestuurssoort, Dossier, Inschrijving, Leerling, School
    >>> from passend import Schoolbestuur, Schoolsoort
    >>> ll = Leerling(id="ll-1", geboortedatum=dt.date(2017, 3, 1))
    >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR)
    >>> sbo = School(brin="34CD", naam="De Brug", soort=Schoolsoort.SBO, bestuur=b)
    >>> d = Dossier(leerling=ll, inschrijvingen=[
    ...     Inschrijving(leerling=ll, school=sbo, ingeschreven_op=dt.date(2025, 9, 1))])
    >>> oordeel = opp_vereist(d, dt.date(2025, 9, 2))
    >>> oordeel.vereist, [str(b) for b in oordeel.grondslag]
    (True, ['WPO art. 40a'])
    """
    if not isinstance(op, dt.date) or isinstance(op, dt.datetime):
        raise OngeldigeInvoer("op", op, "verwacht een datum (datetime.date)")
    return _vereist(
        dossier.stand_op(op), op, symbiose=symbiose, afwijking_onderwijstijd=afwijking_onderwijstijd
    )


@attrs.frozen
class _OppStart:
    """The school whose OPP term runs, the statutory start and the start under the policy."""

    school: School
    ingeschreven_op: dt.date
    start: dt.date

    @property
    def nominaal_einde(self) -> dt.date:
        return self.start + dt.timedelta(weeks=6)


def _opp_start(dossier: Dossier, op: dt.date, beleid: Beleid) -> _OppStart | None:
    """Where and from when the 6-week OPP term runs for the OPP required on ``op`` (OPP-02).

    The term runs from the inschrijving; with ``OppTermijnVanaf.START_ONDERSTEUNING`` at a
    regular school from the start of the extra support when that is later (OQ 8). An OPP
    required only for a TLV request, symbiose or Variawet has no statutory term.
    """
    ingeschreven = _inschrijving_op(dossier, op)
    if ingeschreven is None:
        return None
    school, ingeschreven_op = ingeschreven
    sinds = _ondersteuning_sinds(dossier, school, op)
    if not school.soort.gespecialiseerd and sinds is None:
        return None
    start = ingeschreven_op
    if beleid.opp_termijn_vanaf is OppTermijnVanaf.START_ONDERSTEUNING and sinds is not None:
        start = max(start, sinds)
    return _OppStart(school, ingeschreven_op, start)


def _opp_termijn(start: _OppStart, kalender: Kalender, beleid: Beleid) -> Termijn:
    """The OPP term as a :class:`Termijn`; a policy start keeps the statutory end beside it."""
    soort = start.school.soort
    wettelijk = termijnen.opp_termijn(start.ingeschreven_op, schoolsoort=soort, kalender=kalender)
    if start.start == start.ingeschreven_op:
        return wettelijk
    termijn = termijnen.opp_termijn(start.start, schoolsoort=soort, kalender=kalender)
    return attrs.evolve(
        termijn,
        uitleg=termijn.uitleg.replace("na inschrijving", "na de start van de extra ondersteuning")
        + f" Volgens beleid '{beleid.naam}' telt de start van de extra ondersteuning; de wet "
        f"noemt de inschrijving (uiterlijk {wettelijk.einde.isoformat()}).",
        wettelijk_einde=wettelijk.einde,
        beleid=beleid.naam,
    )


# --- Checks of the OPP (toets) -----------------------------------------------------------------

_P = GpoReden.PROCEDURE_NIET_GEVOLGD
_INHOUD = (WPO_40A, WEC_41A, WVO_2_44, BESLUIT_OPP_INHOUD)
_INSTEMMING = (WPO_40A_INSTEMMING, WEC_41A_INSTEMMING, WVO_2_44)

#: Every code this module reports, with its articles and the GPO category (seed 003).
GEBREKSOORTEN: Final[dict[GebrekCode, Gebreksoort]] = {
    GebrekCode.OPP_TE_LAAT: Gebreksoort(
        omschrijving="Het OPP is niet binnen zes weken na de inschrijving vastgesteld (of, "
        "volgens beleid, na de start van de extra ondersteuning).",
        grondslag=(WPO_40A.met_lid("1"), WEC_41A, WVO_2_44),
        gpo_reden=GpoReden.OPP_ONTBREEKT_OF_TE_LAAT,
    ),
    GebrekCode.OPP_UITSTROOMBESTEMMING_ONTBREEKT: Gebreksoort(
        omschrijving="Het OPP noemt geen te verwachten uitstroombestemming.",
        grondslag=_INHOUD,
        gpo_reden=GpoReden.OPP_ONVOLLEDIG,
    ),
    GebrekCode.OPP_ONDERBOUWING_ONTBREEKT: Gebreksoort(
        omschrijving="De onderbouwing mist de belemmerende of de bevorderende factoren.",
        grondslag=_INHOUD,
        gpo_reden=GpoReden.OPP_ONVOLLEDIG,
    ),
    GebrekCode.OPP_HANDELINGSDEEL_ONTBREEKT: Gebreksoort(
        omschrijving="Het OPP heeft geen handelingsdeel met de ondersteuning en begeleiding.",
        grondslag=_INHOUD,
        gpo_reden=GpoReden.OPP_ONVOLLEDIG,
    ),
    GebrekCode.OPP_GEEN_OOGO: Gebreksoort(
        omschrijving="Het OPP is vastgesteld zonder voorafgaand op overeenstemming gericht "
        "overleg (OOGO) met de ouders.",
        grondslag=(WPO_40A, WEC_41A, WVO_2_44),
        gpo_reden=GpoReden.OUDERS_NIET_TIJDIG_BETROKKEN,
    ),
    GebrekCode.OPP_GEEN_INSTEMMING: Gebreksoort(
        omschrijving="Het handelingsdeel heeft geen instemming van de ouders (of de "
        "meerderjarige, handelingsbekwame vso-leerling); verplicht sinds 2017-08-01.",
        grondslag=_INSTEMMING,
        gpo_reden=_P,
    ),
    GebrekCode.OPP_INSTEMMING_DOOR_LEERLING_ONBEVOEGD: Gebreksoort(
        omschrijving="De leerling stemde zelf in, maar is geen meerderjarige vso-leerling.",
        grondslag=_INSTEMMING,
        gpo_reden=_P,
    ),
    GebrekCode.OPP_NIET_GEEVALUEERD: Gebreksoort(
        omschrijving="Het OPP is een heel schooljaar niet geëvalueerd.",
        grondslag=(WPO_40A, WEC_41A, WVO_2_44),
        gpo_reden=_P,
    ),
    GebrekCode.OPP_LEERLING_NIET_GEHOORD: Gebreksoort(
        omschrijving="De leerling is niet gehoord bij het opstellen, aanpassen of evalueren van "
        "het OPP (hoorrecht, sinds 2025-08-01).",
        grondslag=(WET_POSITIE_OUDERS_LEERLINGEN, WPO_40A, WEC_41A, WVO_2_44),
        gpo_reden=_P,
    ),
    GebrekCode.OPP_SYMBIOSE_ONVOLLEDIG: Gebreksoort(
        omschrijving="Het OPP mist bij symbiose de duur, de inhoud, de omvang of de "
        "ondertekening door beide bevoegde gezagen.",
        grondslag=(WPO_15, WEC_24, WVO_SYMBIOSE),
        gpo_reden=GpoReden.OPP_ONVOLLEDIG,
    ),
    GebrekCode.OPP_SYMBIOSE_TE_OMVANGRIJK: Gebreksoort(
        omschrijving="Meer dan 60 % van het programma wordt op de andere school gevolgd.",
        grondslag=(WPO_15, WEC_24, WVO_SYMBIOSE),
        gpo_reden=_P,
    ),
}


def _gebrek(code: GebrekCode, uitleg: str, school: School) -> Gebrek:
    """A defect citing only the sector law of ``school`` (the catalogue cites all three)."""
    soort = GEBREKSOORTEN[code]
    return Gebrek(
        code=code,
        grondslag=voor_wetten(soort.grondslag, frozenset({school.soort.wet})),
        uitleg=uitleg,
        gpo_reden=soort.gpo_reden,
    )


def _te_laat(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    start = _opp_start(dossier, op, beleid)
    if start is None:
        return
    vastgesteld = sorted(o.vastgesteld_op for o in dossier.opps if o.school == start.school)
    # In time by the nominal end, or still before it: no calendar needed (so an old dossier
    # does not need the Atw days of its year).
    eerste = vastgesteld[0] if vastgesteld else op
    if eerste <= start.nominaal_einde:
        return
    try:
        termijn = _opp_termijn(start, kalender, beleid)
        einde, uitleg = termijn.einde, termijn.uitleg
    except NietBekend:
        # Past the Atw margin after the nominal end it is late whatever that year's calendar.
        if eerste <= start.nominaal_einde + _ATW_MARGE:
            raise
        einde = start.nominaal_einde
        uitleg = "Het einde is zonder de Algemene termijnenwet berekend: die dagen van dat jaar "
        uitleg += "zijn niet bekend, maar verschuiven het einde hooguit negen dagen."
    if eerste <= einde:
        return
    school, uiterlijk = start.school.naam, f"Dat moest uiterlijk op {einde.isoformat()}"
    if vastgesteld:
        tekst = f"{school} stelde het OPP vast op {eerste.isoformat()}. {uiterlijk}."
    else:
        tekst = f"{school} heeft op {op.isoformat()} nog geen OPP vastgesteld. {uiterlijk}."
    yield _gebrek(GebrekCode.OPP_TE_LAAT, f"{tekst} {uitleg}", start.school)


def _inhoud(opp: Opp) -> Iterator[Gebrek]:
    """OPP-03: uitstroombestemming, onderbouwing and handelingsdeel."""
    van = f"Het OPP van {opp.vastgesteld_op.isoformat()}"
    if not opp.uitstroombestemming.strip():
        yield _gebrek(
            GebrekCode.OPP_UITSTROOMBESTEMMING_ONTBREEKT,
            f"{van} noemt geen uitstroombestemming.",
            opp.school,
        )
    ontbrekend = [
        naam
        for naam, factoren in (
            ("belemmerende", opp.belemmerende_factoren),
            ("bevorderende", opp.bevorderende_factoren),
        )
        if not any(f.strip() for f in factoren)
    ]
    if ontbrekend:
        yield _gebrek(
            GebrekCode.OPP_ONDERBOUWING_ONTBREEKT,
            f"{van} noemt geen {' en geen '.join(ontbrekend)} factoren.",
            opp.school,
        )
    if opp.handelingsdeel is None or not opp.handelingsdeel.ondersteuning.strip():
        yield _gebrek(
            GebrekCode.OPP_HANDELINGSDEEL_ONTBREEKT,
            f"{van} heeft geen handelingsdeel met de ondersteuning die de school biedt.",
            opp.school,
        )


def _ouders_en_leerling(opp: Opp, leerling: Leerling) -> Iterator[Gebrek]:
    """OPP-04: OOGO and instemming; who may agree."""
    van = f"Het OPP van {opp.vastgesteld_op.isoformat()}"
    if opp.oogo_op is None or opp.oogo_op > opp.vastgesteld_op:
        yield _gebrek(
            GebrekCode.OPP_GEEN_OOGO,
            f"{van} is vastgesteld zonder dat het dossier een OOGO met de ouders op of vóór die "
            "dag laat zien.",
            opp.school,
        )
    if (
        opp.handelingsdeel is not None
        and opp.vastgesteld_op >= INSTEMMING_VANAF
        and opp.instemming_op is None
    ):
        yield _gebrek(
            GebrekCode.OPP_GEEN_INSTEMMING,
            f"{van} heeft een handelingsdeel zonder instemming van de "
            f"{opp.instemming_door.value}. Sinds 2017-08-01 is die instemming nodig; zonder "
            "instemming is het handelingsdeel niet vastgesteld (de school biedt de "
            "ondersteuning wel).",
            opp.school,
        )
    if opp.instemming_door is Instemmer.MEERDERJARIGE_LEERLING:
        dag = opp.instemming_op or opp.vastgesteld_op
        leeftijd = _leeftijd(leerling.geboortedatum, dag)
        if opp.school.soort is not Schoolsoort.VSO or leeftijd < 18:
            yield _gebrek(
                GebrekCode.OPP_INSTEMMING_DOOR_LEERLING_ONBEVOEGD,
                f"De leerling stemde zelf in op {dag.isoformat()}, maar was toen {leeftijd} jaar "
                f"op een school voor {opp.school.soort.name}. Alleen een meerderjarige, "
                "handelingsbekwame vso-leerling stemt zelf in; anders de ouders.",
                opp.school,
            )


def _hoorrecht(opp: Opp) -> Iterator[Gebrek]:
    """OPP-06: from 2025-08-01 the pupil is heard on drawing up, adjusting and evaluating."""
    momenten = [("opgesteld", opp.vastgesteld_op)]
    momenten += [("aangepast", d) for d in opp.aanpassingen]
    momenten += [("geëvalueerd", d) for d in opp.evaluaties]
    for wat, dag in sorted(momenten, key=lambda m: m[1]):
        if dag < HOORRECHT_VANAF:
            continue
        if wat == "opgesteld":
            gehoord = opp.leerling_gehoord_op is not None and opp.leerling_gehoord_op <= dag
        else:
            gehoord = dag in opp.leerling_gehoord_bij
        if not gehoord:
            yield _gebrek(
                GebrekCode.OPP_LEERLING_NIET_GEHOORD,
                f"Het OPP is op {dag.isoformat()} {wat} zonder dat het dossier laat zien dat "
                "de leerling zijn of haar mening kon geven (hoorrecht sinds 2025-08-01).",
                opp.school,
            )


def _symbiose(opp: Opp) -> Iterator[Gebrek]:
    """OVR-01: duration, content, volume and both signatures; at most 60 %."""
    s = opp.symbiose
    if s is None:
        return
    ontbrekend = [
        naam
        for naam, mist in (
            ("de einddatum (duur)", s.einde is None),
            ("de inhoud", not s.inhoud.strip()),
            ("de omvang", s.omvang_procent is None),
            ("de ondertekening door beide bevoegde gezagen", s.ondertekend_op is None),
        )
        if mist
    ]
    if ontbrekend:
        yield _gebrek(
            GebrekCode.OPP_SYMBIOSE_ONVOLLEDIG,
            f"De symbiose met {s.andere_school.naam} in het OPP mist: {', '.join(ontbrekend)}.",
            opp.school,
        )
    if s.omvang_procent is not None and s.omvang_procent > SYMBIOSE_MAXIMUM_PROCENT:
        yield _gebrek(
            GebrekCode.OPP_SYMBIOSE_TE_OMVANGRIJK,
            f"De leerling volgt {s.omvang_procent} % van het programma op "
            f"{s.andere_school.naam}; ten hoogste {SYMBIOSE_MAXIMUM_PROCENT} % mag.",
            opp.school,
        )


def _huidig(dossier: Dossier, op: dt.date) -> Opp | None:
    """The latest OPP of the school the pupil is enrolled at, while an OPP is required there.

    An OPP that is no longer required (the extra support ended) needs no evaluation.
    """
    vereist = _vereist(dossier, op)
    if not vereist.vereist:
        return None
    opps = [o for o in dossier.opps if o.school == vereist.school]
    return max(opps, key=lambda o: o.vastgesteld_op) if opps else None


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """The defects of the OPPs in ``dossier`` (as it stood on ``op``).

    Grondslag:
        WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-01 … OPP-05); Besluit bekostiging
        WPO (2014) art. 34.7 (contents, OPP-03); Wet versterking positie ouders en leerlingen
        (hoorrecht, OPP-06); WPO art. 15, WEC art. 24 (symbiose, OVR-01).
    """
    yield from _te_laat(dossier, op, kalender, beleid)
    for opp in sorted(dossier.opps, key=lambda o: (o.vastgesteld_op, o.school.brin)):
        yield from _inhoud(opp)
        yield from _ouders_en_leerling(opp, dossier.leerling)
        yield from _hoorrecht(opp)
        yield from _symbiose(opp)
    huidig = _huidig(dossier, op)
    if huidig is not None and op > huidig.volgende_evaluatie_uiterlijk():
        laatste = max((huidig.vastgesteld_op, *huidig.evaluaties))
        yield _gebrek(
            GebrekCode.OPP_NIET_GEEVALUEERD,
            f"Het OPP van {huidig.school.naam} is sinds {laatste.isoformat()} niet geëvalueerd; "
            f"dat moest uiterlijk op {huidig.volgende_evaluatie_uiterlijk().isoformat()} "
            "(ten minste eens per schooljaar).",
            huidig.school,
        )


def lopende(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Termijn]:
    """The OPP term (while no OPP is vastgesteld) and the next evaluation of the current OPP.

    Grondslag:
        WPO art. 40a lid 1, WEC art. 41a, WVO 2020 art. 2.44 (OPP-02, OPP-05); Atw art. 1.
    """
    start = _opp_start(dossier, op, beleid)
    # A term whose nominal end lies more than the Atw margin before ``op`` no longer runs,
    # and is not computed (an old year may lack its Atw calendar).
    if (
        start is not None
        and not any(o.school == start.school for o in dossier.opps)
        and op <= start.nominaal_einde + _ATW_MARGE
    ):
        yield _opp_termijn(start, kalender, beleid)
    huidig = _huidig(dossier, op)
    if huidig is not None:
        laatste = max((huidig.vastgesteld_op, *huidig.evaluaties))
        uiterlijk = huidig.volgende_evaluatie_uiterlijk()
        yield Termijn(
            naam="Evaluatie ontwikkelingsperspectief",
            begin=laatste + dt.timedelta(days=1),
            nominaal_einde=uiterlijk,
            einde=uiterlijk,
            grondslag=(_artikel(huidig.school),),
            uitleg="Het OPP wordt ten minste eens per schooljaar (1 augustus tot en met 31 juli) "
            f"geëvalueerd. De laatste evaluatie of vaststelling was op {laatste.isoformat()}. Het "
            "schooljaar daarna moet er een evaluatie zijn, dus uiterlijk op "
            f"{uiterlijk.isoformat()}. Dit is geen termijn in weken; de Algemene termijnenwet "
            "verschuift dit einde niet.",
            atw_toegepast=False,
        )
