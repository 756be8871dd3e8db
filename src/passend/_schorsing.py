"""Schorsing: a pupil kept out of school for a few days as an ordemaatregel (rules.md §7).

The record :class:`Schorsing` and this module's contributions to ``passend.toets``,
``passend.aandachtspunten`` and ``passend.lopende_termijnen``.

"Ten hoogste één week" is read as seven calendar days including the first, and "langer dan
één dag" as more than one calendar day; whether school days are meant is open (rules.md OQ 20).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from passend._beleid import Beleid
from passend._bronnen import SEED_003_SCHORSING, WEC_40A, WPO_40C, WVO_8_14, Bron
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._kalender import Kalender, dagnaam
from passend._partijen import Leerling, School
from passend._waarden import (
    controleer_datum,
    is_bool,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_type,
    niet_voor,
    tot_en_met,
)
from passend.termijnen import Termijn, schorsing_maximum

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = ["Schorsing"]

_SCHORSING = {"WPO": WPO_40C, "WEC": WEC_40A, "WVO 2020": WVO_8_14}


@attrs.frozen(kw_only=True)
class Schorsing:
    """A schorsing (ordemaatregel) from ``begin`` to ``einde``, both days included.

    ``schriftelijk``: the decision was made known in writing and with reasons to the parents
    (and to the VO pupil); None when the dossier does not say (an aandachtspunt, not a defect).
    ``hangende_verwijdering``: the schorsing precedes an intended verwijdering (rules.md OQ 7).
    """

    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    school: School = attrs.field(validator=is_type(School))
    begin: dt.date = attrs.field(validator=is_datum)
    einde: dt.date = attrs.field(validator=[is_datum, niet_voor("begin", "het begin")])
    inspectie_gemeld_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    schriftelijk: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    hangende_verwijdering: bool = attrs.field(default=False, validator=is_bool)

    @property
    def dagen(self) -> int:
        """Length in calendar days, first and last day included (rules.md OQ 20)."""
        return (self.einde - self.begin).days + 1

    @property
    def vo(self) -> bool:
        """True at a VO or PrO school (WVO 2020); False in PO and (V)SO (WPO, WEC)."""
        return self.school.soort.wet == "WVO 2020"

    def stand_op(self, op: dt.date) -> Schorsing | None:
        """This schorsing as known on ``op``: None before it began; a later melding left out."""
        if self.begin > controleer_datum("op", op):
            return None
        return attrs.evolve(self, inspectie_gemeld_op=tot_en_met(self.inspectie_gemeld_op, op))


_C = GebrekCode
_ALLE = tuple(_SCHORSING.values())
GEBREKSOORTEN: dict[GebrekCode, Gebreksoort] = {
    _C.SCHORSING_TE_LANG: Gebreksoort(
        omschrijving="De schorsing duurt langer dan één week (7 kalenderdagen), ook als zij "
        "aan een verwijdering voorafgaat (vo: zie beleidskeuze en open vraag 7).",
        grondslag=_ALLE,
        gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.SCHORSING_NIET_SCHRIFTELIJK: Gebreksoort(
        omschrijving="De schorsing is niet schriftelijk en met redenen meegedeeld.",
        grondslag=_ALLE,
        gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD,
    ),
    _C.SCHORSING_INSPECTIE_NIET_GEMELD: Gebreksoort(
        omschrijving="Een schorsing van meer dan één dag is afgelopen zonder dat zij aan de "
        "Inspectie is gemeld.",
        grondslag=_ALLE,
        gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD,
    ),
}


def _gebrek(code: GebrekCode, uitleg: str, bron: Bron) -> Gebrek:
    return Gebrek(
        code=code, grondslag=(bron,), uitleg=uitleg, gpo_reden=GEBREKSOORTEN[code].gpo_reden
    )


def _mag_lang(s: Schorsing, beleid: Beleid) -> bool:
    """Seed 003's reading: a VO schorsing before a verwijdering may last the whole procedure."""
    return s.vo and s.hangende_verwijdering and beleid.vo_schorsing_zolang_verwijdering_loopt


def _te_lang(s: Schorsing, maximum: Termijn) -> str:
    uitleg = (
        f"De schorsing duurt van {dagnaam(s.begin)} tot en met {dagnaam(s.einde)}: {s.dagen} "
        f"kalenderdagen. Een schorsing duurt ten hoogste één week, dus uiterlijk tot en met "
        f"{dagnaam(maximum.einde)}"
    )
    if not s.hangende_verwijdering:
        return uitleg + "."
    if not s.vo:
        return uitleg + ", ook als de school de leerling wil verwijderen."
    return (
        uitleg + ". Volgens seed 003 (noot 44, Zoontjens 2023) mag een schorsing die aan "
        "verwijdering voorafgaat in het vo duren zolang de verwijderingsprocedure loopt; die "
        "lezing is de beleidskeuze 'vo_schorsing_zolang_verwijdering_loopt' (open vraag 7)."
    )


def _melding_ontbreekt(s: Schorsing) -> bool:
    """A schorsing of more than one day without a melding to the Inspectie (SCH-01, SCH-02)."""
    return s.dagen > 1 and s.inspectie_gemeld_op is None


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """The procedural defects of every schorsing in the dossier (as it stood on ``op``).

    The law sets no day by which the Inspectie must be informed: a missing melding is a defect
    only once the schorsing has ended (``op`` after ``einde``); while it runs, it is an
    aandachtspunt.

    Grondslag:
        WPO art. 40c, WEC art. 40a (SCH-01); WVO 2020 art. 8.14 (SCH-02, article SEED).
    """
    for s in dossier.schorsingen:
        bron = _SCHORSING[s.school.soort.wet]
        maximum = schorsing_maximum(s.begin, schoolsoort=s.school.soort)
        if s.einde > maximum.einde and not _mag_lang(s, beleid):
            yield _gebrek(_C.SCHORSING_TE_LANG, _te_lang(s, maximum), bron)
        if s.schriftelijk is False:
            aan = "de leerling en (onder 18 jaar) de ouders" if s.vo else "de ouders"
            yield _gebrek(
                _C.SCHORSING_NIET_SCHRIFTELIJK,
                f"De schorsing vanaf {dagnaam(s.begin)} is niet schriftelijk en met redenen "
                f"aan {aan} meegedeeld.",
                bron,
            )
        if _melding_ontbreekt(s) and op > s.einde:
            yield _gebrek(
                _C.SCHORSING_INSPECTIE_NIET_GEMELD,
                f"De schorsing van {dagnaam(s.begin)} tot en met {dagnaam(s.einde)} duurde "
                f"{s.dagen} dagen en is afgelopen zonder melding aan de Inspectie. Een schorsing "
                "van meer dan één dag meldt de school schriftelijk en met redenen aan de "
                "Inspectie.",
                bron,
            )


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Schorsing facts to check by hand: a written notice the dossier does not record, a
    running schorsing not yet reported to the Inspectie, and a VO schorsing longer than a week
    that only the seed-003 policy allows.

    Grondslag:
        WPO art. 40c, WEC art. 40a (SCH-01); WVO 2020 art. 8.14 (SCH-02); seed 003 noot 44
        (rules.md OQ 7).
    """
    for s in dossier.schorsingen:
        if _melding_ontbreekt(s) and op <= s.einde:
            yield Aandachtspunt(
                onderwerp="Schorsing nog niet aan de Inspectie gemeld",
                uitleg=f"De schorsing van {dagnaam(s.begin)} tot en met {dagnaam(s.einde)} duurt "
                f"{s.dagen} dagen. Een schorsing van meer dan één dag meldt de school "
                "schriftelijk en met redenen aan de Inspectie. Dat is nog niet vastgelegd; de wet "
                "noemt geen uiterste dag. Ga na of de melding is gedaan en leg haar vast.",
                grondslag=(_SCHORSING[s.school.soort.wet],),
                gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD,
            )
        if s.schriftelijk is None:
            yield Aandachtspunt(
                onderwerp="Schriftelijke mededeling schorsing niet vastgelegd",
                uitleg=f"Het dossier zegt niet of de schorsing vanaf {dagnaam(s.begin)} "
                "schriftelijk en met redenen is meegedeeld. Ga na of dat gebeurde en leg het vast.",
                grondslag=(_SCHORSING[s.school.soort.wet],),
                gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD,
            )
        if _mag_lang(s, beleid) and s.dagen > 7:
            yield Aandachtspunt(
                onderwerp="Lange schorsing tijdens verwijdering (vo)",
                uitleg=f"De schorsing duurt {s.dagen} dagen, langer dan één week. Volgens het "
                f"gekozen beleid '{beleid.naam}' mag dat zolang de verwijderingsprocedure loopt "
                "(seed 003, noot 44); de wet noemt ten hoogste één week (open vraag 7). Ga na "
                "of de procedure echt loopt en of de school onderwijs blijft bieden.",
                grondslag=(WVO_8_14, SEED_003_SCHORSING),
            )


def termijnen(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Termijn]:
    """The maximum duration of each schorsing, as a term (SCH-01, SCH-02).

    Grondslag:
        WPO art. 40c, WEC art. 40a, WVO 2020 art. 8.14.
    """
    for s in dossier.schorsingen:
        yield schorsing_maximum(s.begin, schoolsoort=s.school.soort)
