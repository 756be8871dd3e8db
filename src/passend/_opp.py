"""Ontwikkelingsperspectief (OPP) and its handelingsdeel (rules.md §5): what an OPP records,
when one is required, and the terms that run for it. The checks of its procedure are in
:mod:`passend._opp_toets`."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

import attrs

from passend import termijnen
from passend._aanmelding import Aanmelding, Ondersteuningsbehoefte, Toelatingsuitkomst
from passend._beleid import Beleid, OppTermijnVanaf
from passend._bronnen import (
    SEED_001_TLV,
    VARIAWET,
    WEC_24,
    WEC_41A,
    WPO_15,
    WPO_40A,
    WVO_2_44,
    WVO_SYMBIOSE,
    Bron,
    per_wet,
)
from passend._fouten import OngeldigeInvoer
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender
from passend._partijen import Leerling, School
from passend._tlv import Tlv, TlvUitkomst
from passend._waarden import (
    als_tuple,
    elk,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_tekst,
    is_type,
    niet_voor,
    tot_en_met,
)
from passend.termijnen import Termijn

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "Blijk",
    "ExtraOndersteuning",
    "Handelingsdeel",
    "Instemmer",
    "Opp",
    "OppStart",
    "OppVereist",
    "Symbiose",
    "behoefte",
    "huidig_opp",
    "lopende",
    "opp_start",
    "opp_vereist",
]

#: Days after a nominal end within which the Atw may still move it. Computed, not a rule of
#: rules.md: in every year whose KB list the Kalender knows, the Atw moves an end by at most
#: :data:`ATW_GROOTSTE_VERSCHUIVING` days; weekends and the feestdagen of Atw art. 3 lid 1-2
#: alone give at most 4 (2017-2030; tests/test_opp.py checks both). The rest leaves room for
#: the KB days of a year whose list is not known.
ATW_MARGE: Final = dt.timedelta(days=10)
#: The largest Atw shift of an end over the years with a known KB list (2024-12-25 → 12-30).
ATW_GROOTSTE_VERSCHUIVING: Final = 5
#: The OPP term: "uiterlijk binnen zes weken na de inschrijving" (OPP-02).
ZES_WEKEN: Final = dt.timedelta(weeks=6)


@attrs.frozen(kw_only=True)
class ExtraOndersteuning:
    """Extra ondersteuning (beyond basisondersteuning) the pupil receives at ``school``.

    From ``vanaf`` up to, not including, ``tot`` (None: still running). In regular PO and VO
    it is one of the facts that show the need for an OPP (OPP-01); a recorded
    ``tot`` ends the need that older facts (an aanmelding, an OPP) showed.
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
    inhoud: str = attrs.field(default="", validator=is_tekst)
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

    ondersteuning: str = attrs.field(validator=is_tekst)
    afwijkingen: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(is_tekst)
    )


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
    uitstroombestemming: str = attrs.field(validator=is_tekst)
    belemmerende_factoren: tuple[str, ...] = attrs.field(
        converter=als_tuple, validator=elk(is_tekst)
    )
    bevorderende_factoren: tuple[str, ...] = attrs.field(
        converter=als_tuple, validator=elk(is_tekst)
    )
    handelingsdeel: Handelingsdeel | None = attrs.field(
        validator=attrs.validators.optional(is_type(Handelingsdeel))
    )
    instemming_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    evaluaties: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_tuple, validator=elk(is_datum)
    )
    leerling_gehoord_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    oogo_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    instemming_door: Instemmer = attrs.field(default=Instemmer.OUDERS, validator=is_enum(Instemmer))
    aanpassingen: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_tuple, validator=elk(is_datum)
    )
    leerling_gehoord_bij: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_tuple, validator=elk(is_datum)
    )
    symbiose: Symbiose | None = attrs.field(
        default=None, validator=attrs.validators.optional(is_type(Symbiose))
    )

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


def _artikel(school: School) -> Bron:
    """The OPP article of the school's sector law (OPP-01)."""
    return per_wet(school.soort.wet, WPO_40A, WEC_41A, WVO_2_44)


# --- When an OPP is required (OPP-01) ----------------------------------------------------------


@attrs.frozen(kw_only=True)
class OppVereist:
    """Whether the pupil needs an OPP on a day, at which school, since when, and why.

    ``vereist`` is False whenever the dossier shows no need; ``zeker`` says whether that rests
    on what the dossier records (True) or on a need the dossier points to but does not confirm
    (False: a need stated as vermoed or onbekend at the aanmelding, a need established at an
    aanmelding elsewhere, a refused TLV request). Then ``passend.aandachtspunten`` names it; an
    unknown need is never a silent "no OPP needed" (OPP-01 as corrected).
    """

    vereist: bool
    #: The school whose bevoegd gezag draws up the OPP (where the pupil is enrolled).
    school: School | None
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_tuple)
    uitleg: str
    zeker: bool
    #: First day the dossier shows the need at ``school`` (at SBO, SO, VSO and PrO the
    #: inschrijving); None when no need is shown or only symbiose or Variawet require the OPP.
    sinds: dt.date | None


@attrs.frozen(kw_only=True)
class Blijk:
    """One fact of the dossier that shows the pupil needs extra support at the regular school of
    enrolment (OPP-01 as corrected, cases 1-4).

    ``sinds`` is the first day it shows the need there (never before the inschrijving),
    ``tekst`` where it was read, ``aanleiding`` how a term counted from ``sinds`` names that day,
    ``beleid`` the regional citations that go with it.
    """

    sinds: dt.date
    tekst: str
    aanleiding: str
    beleid: tuple[Bron, ...] = ()


def inschrijving_op(dossier: Dossier, op: dt.date) -> Inschrijving | None:
    """The enrolment of the pupil on ``op``: of those running, the one with the latest
    ``ingeschreven_op``; on equal days the later record in the dossier (as for the zorgplicht)."""
    lopend = [i for i in dossier.inschrijvingen if i.ingeschreven(op)]
    return max(reversed(lopend), key=lambda i: i.ingeschreven_op, default=None)


def _ondersteuning_beeindigd(dossier: Dossier, school: School, op: dt.date) -> dt.date | None:
    """The day the extra support at ``school`` ended, when some was recorded and none runs on
    ``op``. passend reads a recorded end as the end of the need that earlier facts showed."""
    eigen = [o for o in dossier.ondersteuningen if o.school == school and o.vanaf <= op]
    if not eigen or any(o.tot is None or op < o.tot for o in eigen):
        return None
    return max(o.tot for o in eigen if o.tot is not None)


def _tlv_toont_behoefte(tlv: Tlv, op: dt.date) -> bool:
    """A request not decided (or aangehouden), or an afgegeven TLV that has not expired."""
    if tlv.uitkomst in (None, TlvUitkomst.AANGEHOUDEN):
        return True
    return tlv.uitkomst is TlvUitkomst.AFGEGEVEN and (tlv.einddatum is None or op <= tlv.einddatum)


def _tlv_blijk(tlv: Tlv, inschrijving: Inschrijving) -> Blijk:
    sinds = max(inschrijving.ingeschreven_op, tlv.aangevraagd_op)
    wat = f"TLV ({tlv.categorie.value})"
    if tlv.uitkomst is TlvUitkomst.AFGEGEVEN:
        return Blijk(
            sinds=sinds,
            tekst=f"de afgegeven {wat} van {tlv.aangevraagd_op.isoformat()}, terwijl de leerling "
            f"nog op {inschrijving.school.naam} zit",
            aanleiding="de TLV-aanvraag",
        )
    return Blijk(
        sinds=sinds,
        tekst=f"de TLV-aanvraag van {tlv.aangevraagd_op.isoformat()} ({tlv.categorie.value})",
        aanleiding="de TLV-aanvraag",
        beleid=(SEED_001_TLV,),
    )


def behoefte(dossier: Dossier, inschrijving: Inschrijving, op: dt.date) -> tuple[Blijk, ...]:
    """The facts showing on ``op`` that the pupil needs extra support at the regular school of
    ``inschrijving``, earliest first (OPP-01 as corrected): (1) an aanmelding there with a
    vastgestelde extra ondersteuningsbehoefte (the enrolment shows the admission), (2) an OPP
    vastgesteld there, (3) a TLV requested or afgegeven while the pupil is still there, (4) a
    record of extra support running there. A recorded end of the support closes (1) and (2)
    when they are older; a TLV request stands on its own.

    Grondslag:
        WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-01).
    """
    school, ingeschreven = inschrijving.school, inschrijving.ingeschreven_op
    einde = _ondersteuning_beeindigd(dossier, school, op)

    def actueel(dag: dt.date) -> bool:
        return dag <= op and (einde is None or dag >= einde)

    blijken = [
        Blijk(
            sinds=max(ingeschreven, o.vanaf),
            tekst=f"de extra ondersteuning die de leerling sinds {o.vanaf.isoformat()} krijgt",
            aanleiding="de start van de extra ondersteuning",
        )
        for o in dossier.ondersteuningen
        if o.school == school and o.vanaf <= op and (o.tot is None or op < o.tot)
    ]
    blijken += [
        Blijk(
            sinds=max(ingeschreven, a.ontvangen_op),
            tekst=f"de aanmelding van {a.ontvangen_op.isoformat()} met een vastgestelde extra "
            "ondersteuningsbehoefte, waarop de leerling is "
            + ("toegelaten" if _toegelaten(a) else "ingeschreven"),
            aanleiding="de inschrijving" if a.ontvangen_op <= ingeschreven else "de aanmelding",
        )
        for a in dossier.aanmeldingen
        if a.school == school
        and a.ondersteuningsbehoefte is Ondersteuningsbehoefte.VASTGESTELD
        and actueel(a.ontvangen_op)
    ]
    blijken += [
        Blijk(
            sinds=max(ingeschreven, o.vastgesteld_op),
            tekst=f"het OPP van {o.vastgesteld_op.isoformat()}",
            aanleiding="de vaststelling van het OPP",
        )
        for o in dossier.opps
        if o.school == school and actueel(o.vastgesteld_op)
    ]
    blijken += [
        _tlv_blijk(t, inschrijving)
        for t in dossier.tlvs
        if t.aangevraagd_op <= op and _tlv_toont_behoefte(t, op)
    ]
    return tuple(sorted(blijken, key=lambda b: b.sinds))


def _toegelaten(aanmelding: Aanmelding) -> bool:
    besluit = aanmelding.besluit
    return besluit is not None and besluit.uitkomst is Toelatingsuitkomst.TOEGELATEN


def _twijfels(dossier: Dossier, inschrijving: Inschrijving, op: dt.date) -> list[str]:
    """Facts that point to a need at the regular school of ``inschrijving`` without confirming
    it: a need stated as vermoed or onbekend at an aanmelding there, a need established at an
    aanmelding elsewhere, a refused TLV request (OPP-01: an aandachtspunt, never a "no")."""
    school = inschrijving.school
    einde = _ondersteuning_beeindigd(dossier, school, op)

    def actueel(dag: dt.date) -> bool:
        return dag <= op and (einde is None or dag >= einde)

    open_ = (Ondersteuningsbehoefte.VERMOED, Ondersteuningsbehoefte.ONBEKEND)
    twijfels = [
        f"de aanmelding van {a.ontvangen_op.isoformat()} op {a.school.naam} "
        f"(ondersteuningsbehoefte: {a.ondersteuningsbehoefte.value})"
        for a in dossier.aanmeldingen
        if actueel(a.ontvangen_op)
        and (
            (a.school == school and a.ondersteuningsbehoefte in open_)
            or (
                a.school != school
                and a.ondersteuningsbehoefte is Ondersteuningsbehoefte.VASTGESTELD
            )
        )
    ]
    twijfels += [
        f"de afgewezen TLV-aanvraag van {t.aangevraagd_op.isoformat()} ({t.categorie.value})"
        for t in dossier.tlvs
        if t.uitkomst is TlvUitkomst.AFGEWEZEN and actueel(t.aangevraagd_op)
    ]
    return twijfels


def _regulier(dossier: Dossier, inschrijving: Inschrijving, op: dt.date) -> OppVereist:
    """OPP-01 at a regular school: the need the dossier shows, or where it is left open."""
    school = inschrijving.school
    artikel = _artikel(school)
    blijken = behoefte(dossier, inschrijving, op)
    if blijken:
        beleid = tuple(dict.fromkeys(b for blijk in blijken for b in blijk.beleid))
        uitleg = (
            f"De leerling heeft op {school.naam} extra ondersteuning nodig; dat blijkt uit "
            f"{'; '.join(b.tekst for b in blijken)}. Dan is een OPP nodig ({artikel})."
        )
        if beleid:
            uitleg += (
                " Regionaal beleid vraagt bij een TLV-aanvraag bovendien een OPP met een "
                f"ondertekend handelingsdeel ({', '.join(map(str, beleid))})."
            )
        return OppVereist(
            vereist=True,
            school=school,
            grondslag=(artikel, *beleid),
            uitleg=uitleg,
            zeker=True,
            sinds=blijken[0].sinds,
        )
    return _geen_behoefte(dossier, inschrijving, op)


def _geen_behoefte(dossier: Dossier, inschrijving: Inschrijving, op: dt.date) -> OppVereist:
    """No need shown at the regular school: say what the dossier does hold, or that it is open."""
    school, dag = inschrijving.school, op.isoformat()
    artikel = _artikel(school)
    twijfels = _twijfels(dossier, inschrijving, op)
    einde = _ondersteuning_beeindigd(dossier, school, op)
    geen = [
        a
        for a in dossier.aanmeldingen
        if a.school == school and a.ondersteuningsbehoefte is Ondersteuningsbehoefte.GEEN
    ]
    if twijfels:
        uitleg = (
            f"Of de leerling op {school.naam} extra ondersteuning nodig heeft, is op {dag} "
            f"onbekend: het dossier wijst erop ({'; '.join(twijfels)}), maar bevestigt het niet. "
            f"Blijkt die behoefte, dan is een OPP nodig ({artikel})."
        )
    elif einde is not None:
        uitleg = (
            f"De extra ondersteuning op {school.naam} eindigde op {einde.isoformat()}; het "
            f"dossier toont daarna geen behoefte aan extra ondersteuning. Dan is op een reguliere "
            f"school geen OPP nodig ({artikel})."
        )
    elif geen:
        uitleg = (
            f"Bij de aanmelding van {geen[-1].ontvangen_op.isoformat()} op {school.naam} is "
            "opgegeven dat de leerling geen extra ondersteuning nodig heeft, en het dossier toont "
            f"geen ander teken van die behoefte. Dan is geen OPP nodig ({artikel})."
        )
    else:
        uitleg = (
            f"Het dossier toont op {dag} geen behoefte aan extra ondersteuning op {school.naam}: "
            "geen aanmelding met een vastgestelde behoefte, geen OPP, geen TLV of TLV-aanvraag en "
            "geen vastgelegde extra ondersteuning. Zonder die behoefte is op een reguliere school "
            f"geen OPP nodig ({artikel})."
        )
    return OppVereist(
        vereist=False,
        school=school,
        grondslag=(artikel,),
        uitleg=uitleg,
        zeker=not twijfels,
        sinds=None,
    )


def _vereist(
    dossier: Dossier, op: dt.date, *, symbiose: bool = False, afwijking_onderwijstijd: bool = False
) -> OppVereist:
    ingeschreven = inschrijving_op(dossier, op)
    if ingeschreven is None:
        return OppVereist(
            vereist=False,
            school=None,
            grondslag=(WPO_40A, WEC_41A, WVO_2_44),
            uitleg=f"De leerling staat op {op.isoformat()} nergens ingeschreven. Een OPP stelt "
            "het bevoegd gezag van de school van inschrijving vast.",
            zeker=True,
            sinds=None,
        )
    school = ingeschreven.school
    artikel = _artikel(school)
    if school.soort.gespecialiseerd:
        return OppVereist(
            vereist=True,
            school=school,
            grondslag=(artikel,),
            uitleg=f"{school.naam} is een school voor {school.soort.name}. Daar heeft elke "
            f"leerling een OPP nodig ({artikel}).",
            zeker=True,
            sinds=ingeschreven.ingeschreven_op,
        )
    oordeel = _regulier(dossier, ingeschreven, op)
    if oordeel.vereist or not (symbiose or afwijking_onderwijstijd):
        return oordeel
    if symbiose:
        bron = per_wet(school.soort.wet, WPO_15, WEC_24, WVO_SYMBIOSE)
        uitleg = (
            "De leerling volgt een deel van het onderwijs op een andere school (symbiose). De "
            f"afspraken daarover staan in het OPP ({bron})."
        )
    else:
        bron = VARIAWET
        uitleg = (
            "Voor een afwijking van de onderwijstijd moet de inspectie instemmen, op basis van een "
            f"actueel OPP ({VARIAWET})."
        )
    return OppVereist(
        vereist=True,
        school=school,
        grondslag=(bron, artikel),
        uitleg=uitleg,
        zeker=True,
        sinds=None,
    )


def opp_vereist(
    dossier: Dossier, op: dt.date, *, symbiose: bool = False, afwijking_onderwijstijd: bool = False
) -> OppVereist:
    """Does the pupil need an OPP on ``op``? (rules.md OPP-01, as corrected on 2026-11-30)

    At SBO, SO, VSO and PrO always. At a regular PO or VO school when the dossier shows the
    need for extra ondersteuning (``behoefte``): the pupil was admitted on an aanmelding
    with a vastgestelde need, an OPP was vastgesteld there, a TLV is requested or afgegeven
    while the pupil is still there, or extra support is recorded
    (:class:`ExtraOndersteuning`). The uitleg says where the need was read. A need the dossier
    points to but does not confirm (vermoed, onbekend) gives ``vereist=False, zeker=False``
    and an aandachtspunt, never a plain "no". Also required for ``symbiose`` (OVR-01) and a
    request to deviate from the onderwijstijd (``afwijking_onderwijstijd``, Variawet, OVR-02).
    Seed 001 § 9 (an OPP with signed handelingsdeel in every TLV request) is regional policy,
    cited after the statute. Only what was known on ``op`` counts.

    Grondslag:
        WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-01); WPO art. 15, WEC art. 24
        (symbiose, OVR-01); Variawet (OVR-02); seed 001 § 9 (regional, beside the statute).

    >>> from passend import Bestuurssoort, Dossier, Inschrijving, Leerling, School
    >>> from passend import Schoolbestuur, Schoolsoort
    >>> ll = Leerling(id="ll-1", geboortedatum=dt.date(2017, 3, 1))
    >>> b = Schoolbestuur(id="b", naam="B", soort=Bestuurssoort.OPENBAAR)
    >>> sbo = School(brin="34CD", naam="De Brug", soort=Schoolsoort.SBO, bestuur=b)
    >>> d = Dossier(leerling=ll, inschrijvingen=[
    ...     Inschrijving(leerling=ll, school=sbo, ingeschreven_op=dt.date(2025, 9, 1))])
    >>> oordeel = opp_vereist(d, dt.date(2025, 9, 2))
    >>> oordeel.vereist, oordeel.zeker, [str(b) for b in oordeel.grondslag]
    (True, True, ['WPO art. 40a'])
    """
    if not isinstance(op, dt.date) or isinstance(op, dt.datetime):
        raise OngeldigeInvoer("op", op, "verwacht een datum (datetime.date)")
    return _vereist(
        dossier.stand_op(op), op, symbiose=symbiose, afwijking_onderwijstijd=afwijking_onderwijstijd
    )


# --- The OPP term and the current OPP (OPP-02, OPP-05) -----------------------------------------


@attrs.frozen
class OppStart:
    """The school whose OPP term runs, the statutory start, the start under the policy, and how
    the explanation names that start (``aanleiding``)."""

    school: School
    ingeschreven_op: dt.date
    start: dt.date
    aanleiding: str = "de inschrijving"

    @property
    def nominaal_einde(self) -> dt.date:
        return self.start + ZES_WEKEN

    @property
    def wettelijk_nominaal_einde(self) -> dt.date:
        """Six weeks after the inschrijving, the statutory norm; for a need that arose later
        (no statutory term, OQ 8) the policy's end."""
        if self.start > self.ingeschreven_op + ZES_WEKEN:
            return self.nominaal_einde
        return self.ingeschreven_op + ZES_WEKEN

    def termijn(self, kalender: Kalender, beleid: Beleid) -> Termijn:
        """The OPP term as a :class:`Termijn`; a policy start keeps the statutory end beside it.

        For a need that arose more than six weeks after the inschrijving the law sets no term
        (OQ 8): the term is the policy's alone, and its explanation says so.
        """
        soort = self.school.soort
        if self.start == self.ingeschreven_op:
            return termijnen.opp_termijn(self.start, schoolsoort=soort, kalender=kalender)
        termijn = termijnen.opp_termijn(self.start, schoolsoort=soort, kalender=kalender)
        uitleg = termijn.uitleg.replace("na inschrijving", f"na {self.aanleiding}")
        uitleg += f" Volgens beleid '{beleid.naam}' telt {self.aanleiding};"
        if self.start > self.ingeschreven_op + ZES_WEKEN:
            return attrs.evolve(
                termijn,
                uitleg=f"{uitleg} de wet noemt alleen de inschrijving en geeft geen termijn voor "
                "een behoefte die later ontstond (open vraag 8).",
                beleid=beleid.naam,
            )
        wettelijk = termijnen.opp_termijn(
            self.ingeschreven_op, schoolsoort=soort, kalender=kalender
        )
        return attrs.evolve(
            termijn,
            uitleg=f"{uitleg} de wet noemt de inschrijving (uiterlijk "
            f"{wettelijk.einde.isoformat()}).",
            wettelijk_einde=wettelijk.einde,
            beleid=beleid.naam,
        )


def later_ontstaan(dossier: Dossier, op: dt.date) -> tuple[Inschrijving, Blijk] | None:
    """The enrolment at a regular school and the first fact showing the need there on ``op``,
    when the need showed more than six weeks after the inschrijving (OQ 8)."""
    inschrijving = inschrijving_op(dossier, op)
    if inschrijving is None or inschrijving.school.soort.gespecialiseerd:
        return None
    blijken = behoefte(dossier, inschrijving, op)
    if not blijken or blijken[0].sinds <= inschrijving.ingeschreven_op + ZES_WEKEN:
        return None
    return inschrijving, blijken[0]


def opp_start(dossier: Dossier, op: dt.date, beleid: Beleid) -> OppStart | None:
    """Where and from when the 6-week OPP term runs for the OPP required on ``op`` (OPP-02).

    The term runs from the inschrijving; with ``OppTermijnVanaf.START_ONDERSTEUNING`` from the
    day the need first showed (``behoefte``) when that is later (OQ 8). Under the statutory
    default, a need at a regular school that showed more than six weeks after the inschrijving
    has no term: the law names only the inschrijving (``passend.aandachtspunten`` says so). An
    OPP required only for symbiose or Variawet has no statutory term either.
    """
    inschrijving = inschrijving_op(dossier, op)
    if inschrijving is None:
        return None
    school, ingeschreven_op = inschrijving.school, inschrijving.ingeschreven_op
    if school.soort.gespecialiseerd:
        return OppStart(school, ingeschreven_op, ingeschreven_op)
    blijken = behoefte(dossier, inschrijving, op)
    if not blijken:
        return None
    eerste = blijken[0]
    if beleid.opp_termijn_vanaf is OppTermijnVanaf.START_ONDERSTEUNING:
        return OppStart(school, ingeschreven_op, eerste.sinds, eerste.aanleiding)
    if eerste.sinds > ingeschreven_op + ZES_WEKEN:
        return None
    return OppStart(school, ingeschreven_op, ingeschreven_op)


def huidig_opp(dossier: Dossier, op: dt.date) -> Opp | None:
    """The latest OPP of the school the pupil is enrolled at, while an OPP is required there.

    An OPP that is no longer required (the extra support ended) needs no evaluation.
    """
    vereist = _vereist(dossier, op)
    if not vereist.vereist:
        return None
    opps = [o for o in dossier.opps if o.school == vereist.school]
    return max(opps, key=lambda o: o.vastgesteld_op) if opps else None


def lopende(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Termijn]:
    """The OPP term (while no OPP is vastgesteld) and the next evaluation of the current OPP.

    Grondslag:
        WPO art. 40a lid 1, WEC art. 41a, WVO 2020 art. 2.44 (OPP-02, OPP-05); Atw art. 1.
    """
    start = opp_start(dossier, op, beleid)
    # A term whose nominal end lies more than the Atw margin before ``op`` no longer runs,
    # and is not computed (an old year may lack its Atw calendar).
    if (
        start is not None
        and not any(o.school == start.school for o in dossier.opps)
        and op <= start.nominaal_einde + ATW_MARGE
    ):
        yield start.termijn(kalender, beleid)
    huidig = huidig_opp(dossier, op)
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
