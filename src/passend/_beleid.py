"""Interpretation choices and regional policy, as explicit named options.

The law leaves some questions open (legal/rules.md, *Open questions*) and regions add rules of
their own. Each choice is a field of :class:`Beleid` whose default is the statutory reading (or,
where the statute is silent, the reading rules.md recommends). Regional presets switch fields on;
a result moved by policy always shows the statutory date beside the policy date.
"""

from __future__ import annotations

import enum

import attrs

from passend._waarden import controleer_optie, is_bool, is_enum, niet_leeg, vervang
from passend._weergave import Weergave

__all__ = [
    "Beleid",
    "OppTermijnVanaf",
    "Opschortingsinterval",
    "Schrikkeldag",
    "Verlengingsbasis",
]


class Verlengingsbasis(enum.Enum):
    """From which end the (at most 4-week) extension of the beslistermijn is counted (OQ 12)."""

    #: Add the extension to the nominal 6-week end; apply the Atw once, at the final end.
    NOMINAAL_EINDE = "nominaal einde"
    #: Add the extension to the Atw-shifted 6-week end.
    ATW_EINDE = "Atw-einde"


class Opschortingsinterval(enum.Enum):
    """How the days of a suspension are counted (OQ 14, E13)."""

    #: From the day of filing up to, not including, the day of the oordeel: ``[van, tot)``.
    HALF_OPEN = "[van, tot)"
    #: Both the day of filing and the day of the oordeel count: ``[van, tot]``.
    GESLOTEN = "[van, tot]"


class Schrikkeldag(enum.Enum):
    """The birthday in a common year of a child born on 29 February (rules.md OQ 17)."""

    #: 1 March: the child reaches an age only once the whole year has passed.
    EERSTE_MAART = "1 maart"
    #: 28 February: the last day of the birth month.
    EIND_FEBRUARI = "28 februari"


class OppTermijnVanaf(enum.Enum):
    """From which day the 6-week OPP term runs at a regular school (OPP-02, OQ 8)."""

    #: The statute: six weeks after the inschrijving. For a need that arose more than six
    #: weeks later the statute names no term; passend then reports an aandachtspunt, no
    #: deadline.
    INSCHRIJVING = "inschrijving"
    #: GPO practice (seed 003): six weeks after the extra support began, if that is later
    #: than the inschrijving.
    START_ONDERSTEUNING = "start extra ondersteuning"


@attrs.frozen(kw_only=True)
class Beleid(Weergave):
    """A set of interpretation choices. ``Beleid()`` is the statutory default.

    >>> Beleid().informatieverzoek_schort_op
    False
    >>> Beleid.rijn_gelderse_vallei().informatieverzoek_schort_op
    True
    """

    #: Name shown in explanations when a choice moved a date.
    naam: str = attrs.field(default="wettelijk", validator=niet_leeg)
    verlenging_vanaf: Verlengingsbasis = attrs.field(
        default=Verlengingsbasis.NOMINAAL_EINDE, validator=is_enum(Verlengingsbasis)
    )
    #: Seed 001 §4: the time between asking parents for information and receiving it is added
    #: to the 6 weeks. Not in the statute (BES-03), so off by default.
    informatieverzoek_schort_op: bool = attrs.field(default=False, validator=is_bool)
    opschorting: Opschortingsinterval = attrs.field(
        default=Opschortingsinterval.HALF_OPEN, validator=is_enum(Opschortingsinterval)
    )
    #: Atw art. 4 (as read by secondary sources) excludes terms longer than 12 weeks, so a
    #: verdaagde Awb 7:10 term of 18 weeks is not Atw-shifted by default (OQ 13).
    atw_bij_termijn_boven_12_weken: bool = attrs.field(default=False, validator=is_bool)
    #: OQ 17 (not researched in rules.md): 1 March, as a secondary source reports for Dutch
    #: law ("juridisch pas op 1 maart een jaar ouder"); an UNVERIFIED default, hence a choice.
    schrikkeldag: Schrikkeldag = attrs.field(
        default=Schrikkeldag.EERSTE_MAART, validator=is_enum(Schrikkeldag)
    )
    #: Seed 001 § 8: the zorgplicht passes to another school only when it *enrols* the pupil,
    #: also after the parents registered there in writing; the school of the later aanmelding
    #: shares it meanwhile ("gedeelde zorgplicht", ZP-02). Statute: it passes at receipt of the
    #: written aanmelding (AAN-08), so off by default.
    zorgplicht_over_bij_inschrijving: bool = attrs.field(default=False, validator=is_bool)
    #: Seed 004 § 6.1.2 (Haarlem): with central placement the aanmelding for zorgplicht purposes
    #: is the day the parents accept the offered place at a basisschool (AAN-06).
    centrale_plaatsing: bool = attrs.field(default=False, validator=is_bool)
    #: Seed 004 § 6.1.1 (Zuid-Kennemerland): a "morele zorgplicht" from the first contact of
    #: parents or professionals with the school, before any written aanmelding.
    morele_zorgplicht: bool = attrs.field(default=False, validator=is_bool)
    #: Seed 000, seed 004 § 8.1.3 (Zuid-Kennemerland): after a bao-bao switch that is not a
    #: verhuizing, the referring school stays financially responsible for two years (ZP-03).
    financiele_zorgplicht_bao_bao: bool = attrs.field(default=False, validator=is_bool)

    #: OPP-02 / OQ 8: the statute names only the inschrijving as start of the OPP term.
    opp_termijn_vanaf: OppTermijnVanaf = attrs.field(
        default=OppTermijnVanaf.INSCHRIJVING, validator=is_enum(OppTermijnVanaf)
    )
    #: Seed 004 § 6.1.3: TLV forms A, B and D and the conditions of an "eenzijdige TLV".
    #: Regional, so off by default; :meth:`zuid_kennemerland` switches it on.
    tlv_formulieren_zuid_kennemerland: bool = attrs.field(default=False, validator=is_bool)

    #: Seed 003 (noot 44, citing Zoontjens 2023): in VO a schorsing that precedes a
    #: verwijdering may last as long as the verwijderingsprocedure. The statute reading (at most
    #: one week, WVO 2020 art. 8.14) is the default (rules.md OQ 7, SCH-02). No regional preset
    #: switches it on: seed 003 is an analysis, not a region's policy.
    vo_schorsing_zolang_verwijdering_loopt: bool = attrs.field(default=False, validator=is_bool)

    #: OQ A2: the OCW timetable counts the VO beslistermijn from the end of the centrale
    #: aanmeldweek ("uiterlijk 12 mei"); the statute from receipt (PV-04). Off by default; when
    #: on, ``lopende_termijnen`` also shows the OCW end next to the statutory one.
    vo_beslistermijn_vanaf_aanmeldweek: bool = attrs.field(default=False, validator=is_bool)
    #: Seed 004 § 6.1.4 (Zuid-Kennemerland): MDO-O between 1 November and 1 February, loting
    #: after the MDO-O, lwoo and PrO aanmelding from 1 January, MDO-T for PrO and VSO (PV-07).
    #: Checked as aandachtspunten, never as statutory defects.
    overstap_zuid_kennemerland: bool = attrs.field(default=False, validator=is_bool)
    #: Seed 004 § 6.1.1 (Zuid-Kennemerland): a school may declare itself "vol" per group on a
    #: capaciteitenlijst; the statute speaks of the school (PL-04, A9).
    capaciteit_per_groep: bool = attrs.field(default=False, validator=is_bool)
    #: Seed 000 (Zuid-Kennemerland): pupils with a support need may get priority on a waiting
    #: list. No national source allows or forbids it (PL-05, A10); shown as a note only.
    voorrang_zorgleerlingen: bool = attrs.field(default=False, validator=is_bool)
    #: Seed 000: the stappenplannen of the receiving and the referring basisschool (SP-00 …
    #: SP-09), a regional checklist; never a defect, never a pause of a statutory term.
    stappenplan_bao_bao: bool = attrs.field(default=False, validator=is_bool)

    @property
    def regionaal(self) -> bool:
        """True when a regional rule (not only an interpretation choice) is switched on.

        The name does not count, and neither do the interpretation choices of open questions
        (extension basis, suspension interval, OPP term start, VO schorsing, 29 February).

        >>> Beleid(naam="eigen").regionaal, Beleid.haarlem().regionaal
        (False, True)
        """
        return vervang(self, naam="wettelijk") != self.zonder_regionale_regels()

    def zonder_regionale_regels(self) -> Beleid:
        """The same interpretation choices with every regional rule off: the statutory answer.

        >>> Beleid.haarlem().zonder_regionale_regels() == Beleid()
        True
        """
        # vervang: no checks again (all values are valid), and the policy itself when it
        # has no regional rule, as the statutory default has not.
        return vervang(
            self,
            naam="wettelijk",
            informatieverzoek_schort_op=False,
            zorgplicht_over_bij_inschrijving=False,
            centrale_plaatsing=False,
            morele_zorgplicht=False,
            financiele_zorgplicht_bao_bao=False,
            tlv_formulieren_zuid_kennemerland=False,
            overstap_zuid_kennemerland=False,
            capaciteit_per_groep=False,
            voorrang_zorgleerlingen=False,
            stappenplan_bao_bao=False,
        )

    @classmethod
    def wettelijk(cls) -> Beleid:
        """The statutory default: every field at its default value."""
        return cls()

    @classmethod
    def rijn_gelderse_vallei(cls) -> Beleid:
        """SWV Rijn & Gelderse Vallei, *Zorgplicht in schema* (seed 001)."""
        return cls(
            naam="Rijn & Gelderse Vallei (seed 001)",
            informatieverzoek_schort_op=True,
            zorgplicht_over_bij_inschrijving=True,
        )

    @classmethod
    def zuid_kennemerland(cls) -> Beleid:
        """SWV Zuid-Kennemerland, ondersteuningsplan 2024-2028 (seeds 000 and 004)."""
        return cls(
            naam="Zuid-Kennemerland (seed 004)",
            morele_zorgplicht=True,
            financiele_zorgplicht_bao_bao=True,
            tlv_formulieren_zuid_kennemerland=True,
            overstap_zuid_kennemerland=True,
            capaciteit_per_groep=True,
            voorrang_zorgleerlingen=True,
            stappenplan_bao_bao=True,
        )

    @classmethod
    def haarlem(cls) -> Beleid:
        """Zuid-Kennemerland plus the central placement of four-year-olds in Haarlem (seed 004)."""
        return attrs.evolve(
            cls.zuid_kennemerland(),
            naam="Haarlem, plaatsingsbeleid (seed 004)",
            centrale_plaatsing=True,
        )


#: The statutory default that every question uses when given no ``beleid``: one shared value
#: (a Beleid is immutable) instead of a new one per call.
_STANDAARD = Beleid()


def beleid_of_standaard(beleid: Beleid | None) -> Beleid:
    """``beleid`` (checked to be a :class:`Beleid`), or the statutory default when None."""
    return controleer_optie("beleid", beleid, Beleid) or _STANDAARD
