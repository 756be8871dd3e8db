"""Interpretation choices and regional policy, as explicit named options.

The law leaves some questions open (legal/rules.md, *Open questions*) and regions add rules of
their own. Each choice is a field of :class:`Beleid` whose default is the statutory reading (or,
where the statute is silent, the reading rules.md recommends). Regional presets switch fields on;
a result moved by policy always shows the statutory date beside the policy date.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Beleid", "OppTermijnVanaf", "Opschortingsinterval", "Verlengingsbasis"]


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


class OppTermijnVanaf(enum.Enum):
    """From which day the 6-week OPP term runs at a regular school (OPP-02, OQ 8)."""

    #: The statute: six weeks after the inschrijving, also when the support need arose later.
    INSCHRIJVING = "inschrijving"
    #: GPO practice (seed 003): six weeks after the extra support began, if that is later
    #: than the inschrijving.
    START_ONDERSTEUNING = "start extra ondersteuning"


@attrs.frozen(kw_only=True)
class Beleid:
    """A set of interpretation choices. ``Beleid()`` is the statutory default.

    >>> Beleid().informatieverzoek_schort_op
    False
    >>> Beleid.rijn_gelderse_vallei().informatieverzoek_schort_op
    True
    """

    #: Name shown in explanations when a choice moved a date.
    naam: str = "wettelijk"
    verlenging_vanaf: Verlengingsbasis = Verlengingsbasis.NOMINAAL_EINDE
    #: Seed 001 §4: the time between asking parents for information and receiving it is added
    #: to the 6 weeks. Not in the statute (BES-03), so off by default.
    informatieverzoek_schort_op: bool = False
    opschorting: Opschortingsinterval = Opschortingsinterval.HALF_OPEN
    #: Atw art. 4 (as read by secondary sources) excludes terms longer than 12 weeks, so a
    #: verdaagde Awb 7:10 term of 18 weeks is not Atw-shifted by default (OQ 13).
    atw_bij_termijn_boven_12_weken: bool = False
    #: OPP-02 / OQ 8: the statute names only the inschrijving as start of the OPP term.
    opp_termijn_vanaf: OppTermijnVanaf = OppTermijnVanaf.INSCHRIJVING
    #: Seed 004 § 6.1.3: TLV forms A, B and D and the conditions of an "eenzijdige TLV".
    #: Regional, so off by default; :meth:`zuid_kennemerland` switches it on.
    tlv_formulieren_zuid_kennemerland: bool = False

    @classmethod
    def wettelijk(cls) -> Beleid:
        """The statutory default: every field at its default value."""
        return cls()

    @classmethod
    def rijn_gelderse_vallei(cls) -> Beleid:
        """SWV Rijn & Gelderse Vallei, *Zorgplicht in schema* (seed 001)."""
        return cls(naam="Rijn & Gelderse Vallei (seed 001)", informatieverzoek_schort_op=True)

    @classmethod
    def zuid_kennemerland(cls) -> Beleid:
        """SWV Zuid-Kennemerland, ondersteuningsplan 2024-2028 (seed 004)."""
        return cls(naam="Zuid-Kennemerland (seed 004)", tlv_formulieren_zuid_kennemerland=True)
