"""Ontwikkelingsperspectief (OPP) and its handelingsdeel (rules.md §5): what an OPP records and
the terms that run for it. When one is required (OPP-01) is in :mod:`passend._opp_behoefte`
(``OppVereist`` and ``opp_vereist`` are re-exported here); the checks of its procedure are in
:mod:`passend._opp_toets`."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

import attrs

from passend import termijnen
from passend._beleid import Beleid, OppTermijnVanaf
from passend._fouten import OngeldigeInvoer
from passend._inschrijving import Inschrijving
from passend._kalender import Kalender
from passend._opp_behoefte import (
    Blijk,
    OppVereist,
    behoefte,
    inschrijving_op,
    opp_artikel,
    opp_vereist,
    vereist,
)
from passend._partijen import Leerling, School
from passend._waarden import (
    als_datums,
    als_teksten,
    controleer_datum,
    elk,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_tekst,
    is_type,
    kalenderdag,
    niet_voor,
    plus,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave
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
class ExtraOndersteuning(Weergave):
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
        if self.vanaf > controleer_datum("op", op):
            return None
        return vervang(self, tot=tot_en_met(self.tot, op))


class Instemmer(enum.Enum):
    """Who agrees to the handelingsdeel (OPP-04)."""

    OUDERS = "ouders"
    #: The VSO pupil who is meerderjarig and handelingsbekwaam. passend checks the school
    #: and the age; handelingsbekwaamheid is judged by the school and recorded by this choice.
    MEERDERJARIGE_LEERLING = "meerderjarige, handelingsbekwame vso-leerling"


@attrs.frozen(kw_only=True)
class Symbiose(Weergave):
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
class Handelingsdeel(Weergave):
    """The support and guidance the school offers, and deviations from the programme (OPP-03)."""

    ondersteuning: str = attrs.field(validator=is_tekst)
    afwijkingen: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(is_tekst)
    )


@attrs.frozen(kw_only=True)
class Opp(Weergave):
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
            symbiose = vervang(symbiose, ondertekend_op=tot_en_met(symbiose.ondertekend_op, op))
        return vervang(
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
        uitleg = termijn.uitleg.replace("na inschrijving", f"na {self.aanleiding}")
        uitleg += f" Volgens beleid '{beleid.naam}' telt {self.aanleiding};"
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


def later_ontstaan(dossier: Dossier, op: dt.date) -> tuple[Inschrijving, Blijk] | None:
    """The enrolment at a regular school and the first fact showing the need there on ``op``,
    when the need showed more than six weeks after the inschrijving (OQ 8)."""
    inschrijving = inschrijving_op(dossier, op)
    if inschrijving is None or inschrijving.school.soort.gespecialiseerd:
        return None
    blijken = behoefte(dossier, inschrijving, op)
    if not blijken or blijken[0].sinds <= plus(inschrijving.ingeschreven_op, ZES_WEKEN):
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
    if eerste.sinds > plus(ingeschreven_op, ZES_WEKEN):
        return None
    return OppStart(school, ingeschreven_op, ingeschreven_op)


def huidig_opp(dossier: Dossier, op: dt.date) -> Opp | None:
    """The latest OPP of the school the pupil is enrolled at, while an OPP is required there.

    An OPP that is no longer required (the extra support ended) needs no evaluation.
    """
    oordeel = vereist(dossier, op)
    if not oordeel.vereist:
        return None
    opps = [o for o in dossier.opps if o.school == oordeel.school]
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
            grondslag=(opp_artikel(huidig.school),),
            uitleg="Het OPP wordt ten minste eens per schooljaar (1 augustus tot en met 31 juli) "
            f"geëvalueerd. De laatste evaluatie of vaststelling was op {laatste.isoformat()}. Het "
            "schooljaar daarna moet er een evaluatie zijn, dus uiterlijk op "
            f"{uiterlijk.isoformat()}. Dit is geen termijn in weken; de Algemene termijnenwet "
            "verschuift dit einde niet.",
            atw_toegepast=False,
        )
