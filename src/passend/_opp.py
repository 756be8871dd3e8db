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
from passend._waarden import (
    als_bronnen,
    als_datums,
    als_teksten,
    controleer_datum,
    controleer_soort,
    elk,
    elk_een,
    is_bool,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_tekst,
    is_type,
    is_type_of_none,
    kalenderdag,
    niet_leeg,
    niet_voor,
    plus,
    tot_en_met,
)
from passend.termijnen import Termijn

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "ExtraOndersteuning",
    "Handelingsdeel",
    "Instemmer",
    "Opp",
    "OppStart",
    "OppVereist",
    "Symbiose",
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
        if self.vanaf > controleer_datum("op", op):
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
        converter=als_teksten, validator=elk(is_tekst)
    )
    bevorderende_factoren: tuple[str, ...] = attrs.field(
        converter=als_teksten, validator=elk(is_tekst)
    )
    handelingsdeel: Handelingsdeel | None = attrs.field(
        validator=attrs.validators.optional(is_type(Handelingsdeel))
    )
    instemming_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    evaluaties: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_datums, validator=elk(is_datum)
    )
    leerling_gehoord_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    oogo_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    instemming_door: Instemmer = attrs.field(default=Instemmer.OUDERS, validator=is_enum(Instemmer))
    aanpassingen: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_datums, validator=elk(is_datum)
    )
    leerling_gehoord_bij: tuple[dt.date, ...] = attrs.field(
        default=(), converter=als_datums, validator=elk(is_datum)
    )
    symbiose: Symbiose | None = attrs.field(
        default=None, validator=attrs.validators.optional(is_type(Symbiose))
    )

    def stand_op(self, op: dt.date) -> Opp | None:
        """This OPP as known on ``op``: None before it was vastgesteld, later facts left out."""
        if self.vastgesteld_op > controleer_datum("op", op):
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
        return kalenderdag(_schooljaar(laatste) + 2, 7, 31, veld="evaluaties")


def _schooljaar(d: dt.date) -> int:
    """The calendar year in which the school year of ``d`` began (1 August)."""
    return d.year if d.month >= 8 else d.year - 1


def _artikel(school: School) -> Bron:
    """The OPP article of the school's sector law (OPP-01)."""
    return per_wet(school.soort.wet, WPO_40A, WEC_41A, WVO_2_44)


# --- When an OPP is required (OPP-01) ----------------------------------------------------------


@attrs.frozen(kw_only=True)
class OppVereist:
    """Whether the pupil needs an OPP on a day, at which school, and why."""

    vereist: bool = attrs.field(validator=is_bool)
    #: The school whose bevoegd gezag draws up the OPP (where the pupil is enrolled).
    school: School | None = attrs.field(validator=is_type_of_none(School))
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    uitleg: str = attrs.field(validator=niet_leeg)


def inschrijving_op(dossier: Dossier, op: dt.date) -> Inschrijving | None:
    """The enrolment of the pupil on ``op``: of those running, the one with the latest
    ``ingeschreven_op``; on equal days the later record in the dossier (as for the zorgplicht)."""
    lopend = [i for i in dossier.inschrijvingen if i.ingeschreven(op)]
    return max(reversed(lopend), key=lambda i: i.ingeschreven_op, default=None)


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
    ingeschreven = inschrijving_op(dossier, op)
    if ingeschreven is None:
        return OppVereist(
            vereist=False,
            school=None,
            grondslag=(WPO_40A, WEC_41A, WVO_2_44),
            uitleg=f"De leerling staat op {op.isoformat()} nergens ingeschreven. Een OPP stelt "
            "het bevoegd gezag van de school van inschrijving vast.",
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
        bron = per_wet(school.soort.wet, WPO_15, WEC_24, WVO_SYMBIOSE)
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
    from passend._dossier import Dossier  # here: _dossier imports this module

    stand = controleer_soort("dossier", dossier, Dossier).stand_op(op)
    controleer_soort("symbiose", symbiose, bool)
    controleer_soort("afwijking_onderwijstijd", afwijking_onderwijstijd, bool)
    return _vereist(stand, op, symbiose=symbiose, afwijking_onderwijstijd=afwijking_onderwijstijd)


# --- The OPP term and the current OPP (OPP-02, OPP-05) -----------------------------------------


@attrs.frozen
class OppStart:
    """The school whose OPP term runs, the statutory start and the start under the policy."""

    school: School
    ingeschreven_op: dt.date
    start: dt.date

    @property
    def nominaal_einde(self) -> dt.date:
        return plus(self.start, ZES_WEKEN)

    @property
    def wettelijk_nominaal_einde(self) -> dt.date:
        """Six weeks after the inschrijving, the statutory norm; for a need that arose later
        (no statutory term, OQ 8) the policy's end."""
        if self.start > plus(self.ingeschreven_op, ZES_WEKEN):
            return self.nominaal_einde
        return plus(self.ingeschreven_op, ZES_WEKEN)

    def termijn(self, kalender: Kalender, beleid: Beleid) -> Termijn:
        """The OPP term as a :class:`Termijn`; a policy start keeps the statutory end beside it.

        For a need that arose more than six weeks after the inschrijving the law sets no term
        (OQ 8): the term is the policy's alone, and its explanation says so.
        """
        soort = self.school.soort
        if self.start == self.ingeschreven_op:
            return termijnen.opp_termijn(self.start, schoolsoort=soort, kalender=kalender)
        termijn = termijnen.opp_termijn(self.start, schoolsoort=soort, kalender=kalender)
        uitleg = termijn.uitleg.replace("na inschrijving", "na de start van de extra ondersteuning")
        uitleg += f" Volgens beleid '{beleid.naam}' telt de start van de extra ondersteuning;"
        if self.start > plus(self.ingeschreven_op, ZES_WEKEN):
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


def later_ontstaan(dossier: Dossier, op: dt.date) -> tuple[Inschrijving, dt.date] | None:
    """The enrolment at a regular school and the start of the extra support running there on
    ``op``, when that support began more than six weeks after the inschrijving (OQ 8)."""
    inschrijving = inschrijving_op(dossier, op)
    if inschrijving is None or inschrijving.school.soort.gespecialiseerd:
        return None
    sinds = _ondersteuning_sinds(dossier, inschrijving.school, op)
    if sinds is None or sinds <= plus(inschrijving.ingeschreven_op, ZES_WEKEN):
        return None
    return inschrijving, sinds


def opp_start(dossier: Dossier, op: dt.date, beleid: Beleid) -> OppStart | None:
    """Where and from when the 6-week OPP term runs for the OPP required on ``op`` (OPP-02).

    The term runs from the inschrijving; with ``OppTermijnVanaf.START_ONDERSTEUNING`` from the
    start of the extra support when that is later (OQ 8). Under the statutory default, extra
    support at a regular school that began more than six weeks after the inschrijving has no
    term: the law names only the inschrijving (``passend.aandachtspunten`` says so). An OPP
    required only for a TLV request, symbiose or Variawet has no statutory term either.
    """
    inschrijving = inschrijving_op(dossier, op)
    if inschrijving is None:
        return None
    school, ingeschreven_op = inschrijving.school, inschrijving.ingeschreven_op
    sinds = _ondersteuning_sinds(dossier, school, op)
    if not school.soort.gespecialiseerd and sinds is None:
        return None
    if beleid.opp_termijn_vanaf is OppTermijnVanaf.START_ONDERSTEUNING and sinds is not None:
        return OppStart(school, ingeschreven_op, max(ingeschreven_op, sinds))
    if later_ontstaan(dossier, op) is not None:
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
        and op <= plus(start.nominaal_einde, ATW_MARGE)
    ):
        yield start.termijn(kalender, beleid)
    huidig = huidig_opp(dossier, op)
    if huidig is not None:
        laatste = max((huidig.vastgesteld_op, *huidig.evaluaties))
        uiterlijk = huidig.volgende_evaluatie_uiterlijk()
        yield Termijn(
            naam="Evaluatie ontwikkelingsperspectief",
            begin=plus(laatste, dt.timedelta(days=1)),
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
