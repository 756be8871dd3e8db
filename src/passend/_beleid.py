"""Interpretation choices and regional policy, as explicit named options.

The law leaves some questions open (legal/rules.md, *Open questions*) and regions add rules of
their own. Each choice is a field of :class:`Beleid` whose default is the statutory reading (or,
where the statute is silent, the reading rules.md recommends). Regional presets switch fields on;
a result moved by policy always shows the statutory date beside the policy date.
"""

from __future__ import annotations

import enum

import attrs

__all__ = ["Beleid", "Opschortingsinterval", "Verlengingsbasis"]


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
    #: Seed 003 (noot 44, citing Zoontjens 2023): in VO a schorsing that precedes a
    #: verwijdering may last as long as the verwijderingsprocedure. The statute reading (at most
    #: one week, WVO 2020 art. 8.14) is the default (rules.md OQ 7, SCH-02). No regional preset
    #: switches it on: seed 003 is an analysis, not a region's policy.
    vo_schorsing_zolang_verwijdering_loopt: bool = False

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
        return cls(naam="Zuid-Kennemerland (seed 004)")
