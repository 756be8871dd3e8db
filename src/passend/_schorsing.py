"""Schorsing: een leerling die als ordemaatregel een paar dagen buiten school wordt gehouden
(rules.md §7).

Het record :class:`Schorsing` en wat deze module bijdraagt aan ``passend.toets``,
``passend.aandachtspunten`` en ``passend.lopende_termijnen``.

"Ten hoogste één week" wordt gelezen als zeven kalenderdagen, de eerste meegeteld, en "langer
dan één dag" als meer dan één kalenderdag; of schooldagen zijn bedoeld, is open (rules.md
OQ 20). Schorsingen voor dezelfde feiten (dezelfde ``aanleiding``) die elkaar opvolgen zonder
schooldag ertussen, zijn voor die week één maatregel (SCH-03). De Geschillencommissie passend
onderwijs behandelt schorsing niet als zodanig, dus een gebrek bij een schorsing heeft geen
GPO-categorie, tenzij is vastgelegd dat de leerling zonder besluit buiten school wordt gehouden
(een feitelijke verwijdering, VER-07).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from passend._beleid import Beleid
from passend._bronnen import (
    GPO_SCHORSINGEN_OP_RIJ,
    SEED_003_SCHORSING,
    WEC_40A,
    WPO_40C,
    WVO_8_14,
    Bron,
)
from passend._fouten import BuitenBereik, OngeldigeInvoer
from passend._gebreken import Aandachtspunt, Gebrek, GebrekCode, Gebreksoort, GpoReden
from passend._kalender import Kalender, atw_feestdagen, dagnaam
from passend._leeftijd import leeftijd
from passend._partijen import Leerling, Regio, School
from passend._waarden import (
    controleer_datum,
    is_bool,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_type,
    niet_voor,
    plus,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave
from passend.termijnen import Termijn, schorsing_maximum

if TYPE_CHECKING:
    from passend._dossier import Dossier
    from passend._verwijdering import Verwijdering

__all__ = ["Schorsing"]

_SCHORSING = {"WPO": WPO_40C, "WEC": WEC_40A, "WVO 2020": WVO_8_14}
_WEEK = 7
#: No run of school holidays is longer, even taking the three regions together (VAK-02: the
#: zomervakantie lasts six weeks and the regions start it at most two weeks apart). A longer gap
#: between two schorsingen holds a school day.
_LANGSTE_VAKANTIE = dt.timedelta(weeks=9)


def _aanleiding(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise OngeldigeInvoer(attribute.name, value, "verwacht een niet-lege tekst of None")


@attrs.frozen(kw_only=True)
class Schorsing(Weergave):
    """Een schorsing (ordemaatregel) van ``begin`` tot en met ``einde``."""

    #: De geschorste leerling.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school die schorst.
    school: School = attrs.field(validator=is_type(School))
    #: De eerste dag van de schorsing.
    begin: dt.date = attrs.field(validator=is_datum)
    #: De laatste dag van de schorsing (telt mee).
    einde: dt.date = attrs.field(validator=[is_datum, niet_voor("begin", "het begin")])
    #: De dag waarop de schorsing aan de Inspectie is gemeld; ``None``: niet gemeld of niet
    #: vastgelegd.
    inspectie_gemeld_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: Het besluit is schriftelijk en met redenen meegedeeld aan de ouders (en aan de
    #: VO-leerling; in het (v)so in plaats daarvan aan de meerderjarige leerling); ``None``: het
    #: dossier zegt het niet (een aandachtspunt, geen gebrek).
    schriftelijk: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    #: De schorsing gaat vooraf aan een voorgenomen verwijdering (rules.md OQ 7).
    hangende_verwijdering: bool = attrs.field(default=False, validator=is_bool)
    #: Een verwijzing naar de feiten waarvoor de schorsing is (een incidentnummer, geen namen);
    #: schorsingen met dezelfde aanleiding die elkaar opvolgen, zijn één maatregel (SCH-03).
    #: ``None``: niet vastgelegd; dan vraagt passend na in plaats van op te tellen.
    aanleiding: str | None = attrs.field(default=None, validator=_aanleiding)

    @property
    def dagen(self) -> int:
        """Duur in kalenderdagen, eerste en laatste dag meegeteld (rules.md OQ 20)."""
        return (self.einde - self.begin).days + 1

    @property
    def vo(self) -> bool:
        """Waar op een VO- of PrO-school (WVO 2020); onwaar in PO en (V)SO (WPO, WEC)."""
        return self.school.soort.wet == "WVO 2020"

    def stand_op(self, op: dt.date) -> Schorsing | None:
        """Deze schorsing zoals bekend op ``op``: ``None`` vóór het begin; een latere melding
        valt weg."""
        if self.begin > controleer_datum("op", op):
            return None
        return vervang(self, inspectie_gemeld_op=tot_en_met(self.inspectie_gemeld_op, op))


_C = GebrekCode
_ALLE = tuple(_SCHORSING.values())
GEBREKSOORTEN: dict[GebrekCode, Gebreksoort] = {
    _C.SCHORSING_TE_LANG: Gebreksoort(
        omschrijving="De schorsing duurt langer dan één week (7 kalenderdagen), ook als zij "
        "aan een verwijdering voorafgaat (vo: zie beleidskeuze en open vraag 7), of wordt "
        "verlengd of herhaald voor dezelfde feiten zonder schooldag ertussen.",
        grondslag=(*_ALLE, GPO_SCHORSINGEN_OP_RIJ),
    ),
    _C.SCHORSING_NIET_SCHRIFTELIJK: Gebreksoort(
        omschrijving="De schorsing is niet schriftelijk en met redenen meegedeeld.",
        grondslag=_ALLE,
    ),
    _C.SCHORSING_INSPECTIE_NIET_GEMELD: Gebreksoort(
        omschrijving="Een schorsing van meer dan één dag is afgelopen zonder dat zij aan de "
        "Inspectie is gemeld.",
        grondslag=_ALLE,
    ),
}


# --- Schorsingen in a row (SCH-03) --------------------------------------------------------------


def _schooldag(d: dt.date, regio: Regio | None, kal: Kalender) -> bool | None:
    """True when pupils of a school in ``regio`` attend on ``d``; None when that depends on a
    school holiday passend cannot place (region not recorded, or a year without holiday data)."""
    if d.weekday() >= 5 or d in atw_feestdagen(d.year):
        return False
    try:
        vrij = [kal.schoolvakantie(d, r) is not None for r in ([regio] if regio else list(Regio))]
    except BuitenBereik:
        return None
    if all(vrij):
        return False
    return None if any(vrij) else True


def _aaneengesloten(a: Schorsing, b: Schorsing, kal: Kalender) -> bool | None:
    """True when ``b`` begins before the pupil had a school day back after ``a`` (SCH-03: "no
    day back at school between them", an interpretation); None when a holiday makes it unsure."""
    if b.begin - a.einde > _LANGSTE_VAKANTIE:
        return False
    if b.begin <= a.einde:
        return True  # overlapping: no day back at all
    twijfel = False
    d = plus(a.einde, dt.timedelta(days=1))
    while d < b.begin:
        dag = _schooldag(d, a.school.regio, kal)
        if dag:
            return False
        twijfel = twijfel or dag is None
        d += dt.timedelta(days=1)
    return None if twijfel else True


def _vervolg(a: Schorsing, b: Schorsing, kal: Kalender) -> bool | None:
    """Whether ``b`` (at the same school) continues ``a`` as one measure: same facts, no school
    day between; None when the facts or the days between are not known."""
    aaneen = _aaneengesloten(a, b, kal)
    if aaneen is False or (a.aanleiding and b.aanleiding and a.aanleiding != b.aanleiding):
        return False
    return None if a.aanleiding is None or b.aanleiding is None else aaneen


def ketens(
    schorsingen: Sequence[Schorsing], kal: Kalender
) -> list[tuple[list[Schorsing], Schorsing | None]]:
    """De schorsingen gegroepeerd tot maatregelen (SCH-03), op volgorde van hun eerste dag, elk
    met de schorsing daarna die haar misschien voortzet (``None`` als dat zeker niet zo is)."""
    uit: list[tuple[list[Schorsing], Schorsing | None]] = []
    # Where in ``uit`` the latest measure of each school stands: a schorsing can only continue
    # that one (looked up, not searched for: searching made ``toets`` quadratic).
    laatste: dict[School, int] = {}
    for s in sorted(schorsingen, key=lambda s: s.begin):
        i = laatste.get(s.school)
        if i is not None:
            keten = uit[i][0]
            vervolg = _vervolg(keten[-1], s, kal)
            if vervolg:
                keten.append(s)
                continue
            if vervolg is None:
                uit[i] = (keten, s)
        laatste[s.school] = len(uit)
        uit.append(([s], None))
    return uit


def _dagen(keten: Sequence[Schorsing]) -> int:
    """The calendar days the measure keeps the pupil out (overlaps counted once)."""
    # Merged as intervals of day numbers, not day by day: a schorsing may span centuries.
    dagen, tot = 0, 0
    for begin, einde in sorted((s.begin.toordinal(), s.einde.toordinal()) for s in keten):
        if einde > tot:
            dagen += einde - max(begin, tot + 1) + 1
            tot = einde
    return dagen


def _verwijderingen_per_school(dossier: Dossier) -> dict[School, list[Verwijdering]]:
    """The verwijderingen of the dossier by school, built once per question for
    :func:`_feitelijk_verwijderd` (per measure through all of them made ``toets`` quadratic)."""
    per_school: dict[School, list[Verwijdering]] = {}
    for v in dossier.verwijderingen:
        per_school.setdefault(v.school, []).append(v)
    return per_school


def _feitelijk_verwijderd(
    keten: Sequence[Schorsing], verwijderingen: dict[School, list[Verwijdering]]
) -> bool:
    """The pupil is recorded as kept out of this school without a decision during the measure."""
    begin, einde = keten[0].begin, max(s.einde for s in keten)
    return any(
        v.feitelijk_sinds is not None
        and v.feitelijk_sinds <= einde
        and (v.besluit_op is None or v.besluit_op > begin)
        for v in verwijderingen.get(keten[0].school, ())
    )


def _gebrek(code: GebrekCode, uitleg: str, gpo: bool, *bron: Bron) -> Gebrek:
    """A schorsing defect; a GPO category only when it is part of a de-facto verwijdering."""
    return Gebrek(
        code=code,
        grondslag=bron,
        uitleg=uitleg,
        gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD if gpo else None,
    )


def _mag_lang(s: Schorsing, beleid: Beleid) -> bool:
    """The KBA Nijmegen analysis's reading: a VO schorsing before a verwijdering may last the
    whole procedure."""
    return s.vo and s.hangende_verwijdering and beleid.vo_schorsing_zolang_verwijdering_loopt


def _te_lang(keten: Sequence[Schorsing], maximum: Termijn) -> str:
    s = keten[0]
    if len(keten) > 1:
        delen = ", ".join(f"{dagnaam(k.begin)} tot en met {dagnaam(k.einde)}" for k in keten)
        uitleg = (
            f"De schorsingen van {delen} gaan over dezelfde feiten ({s.aanleiding}) en volgen "
            f"elkaar op zonder schooldag ertussen: samen één maatregel van {_dagen(keten)} "
            "kalenderdagen. Ook verlengd of herhaald duurt een schorsing ten hoogste één week"
        )
    else:
        uitleg = (
            f"De schorsing duurt van {dagnaam(s.begin)} tot en met {dagnaam(s.einde)}: "
            f"{s.dagen} kalenderdagen. Een schorsing duurt ten hoogste één week, dus uiterlijk "
            f"tot en met {dagnaam(maximum.einde)}"
        )
    if not any(k.hangende_verwijdering for k in keten):
        return uitleg + "."
    if not s.vo:
        return uitleg + ", ook als de school de leerling wil verwijderen."
    return (
        uitleg + ". Volgens de juridische analyse van KBA Nijmegen voor de Geschillencommissie "
        "passend onderwijs (2024, noot 44, met Zoontjens 2023) mag een schorsing die aan "
        "verwijdering voorafgaat in het vo duren zolang de verwijderingsprocedure loopt; die "
        "lezing is de beleidskeuze 'vo_schorsing_zolang_verwijdering_loopt' (open vraag 7)."
    )


def _aan(s: Schorsing) -> str:
    """To whom the written notice goes (SCH-01, SCH-02): PO the parents; (v)so the adult,
    handelingsbekwame pupil instead of the parents; VO the pupil, and the parents under 18."""
    volwassen = leeftijd(s.leerling, s.begin) >= 18
    if s.vo:
        return "de leerling" if volwassen else "de leerling en de ouders"
    if volwassen and s.school.soort.wet == "WEC":
        return "de meerderjarige leerling (of, als die niet handelingsbekwaam is, de ouders)"
    return "de ouders"


def _melding_ontbreekt(s: Schorsing) -> bool:
    """A schorsing of more than one day without a melding to the Inspectie (SCH-01, SCH-02)."""
    return s.dagen > 1 and s.inspectie_gemeld_op is None


def gebreken(dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid) -> Iterator[Gebrek]:
    """De procedurele gebreken van elke schorsing in het dossier (zoals het er op ``op`` bij
    lag).

    Schorsingen voor dezelfde feiten zonder schooldag ertussen tellen samen voor het maximum
    van één week (SCH-03). De wet noemt geen dag waarop de Inspectie uiterlijk moet zijn
    ingelicht: een ontbrekende melding is pas een gebrek als de schorsing voorbij is (``op`` na
    ``einde``); zolang zij loopt, is het een aandachtspunt.

    Grondslag:
        WPO art. 40c, WEC art. 40a (SCH-01); WVO 2020 art. 8.14 (SCH-02, artikel volgens de
        juridische analyse van KBA Nijmegen); praktijk van de GPO bij schorsingen op rij
        (SCH-03).
    """
    verwijderingen = _verwijderingen_per_school(dossier)
    for keten, _ in ketens(dossier.schorsingen, kalender):
        eerste = keten[0]
        bron = _SCHORSING[eerste.school.soort.wet]
        gpo = _feitelijk_verwijderd(keten, verwijderingen)
        maximum = schorsing_maximum(eerste.begin, schoolsoort=eerste.school.soort)
        if _dagen(keten) > _WEEK and not all(_mag_lang(s, beleid) for s in keten):
            extra = (GPO_SCHORSINGEN_OP_RIJ,) if len(keten) > 1 else ()
            yield _gebrek(_C.SCHORSING_TE_LANG, _te_lang(keten, maximum), gpo, bron, *extra)
        for s in keten:
            if s.schriftelijk is False:
                yield _gebrek(
                    _C.SCHORSING_NIET_SCHRIFTELIJK,
                    f"De schorsing vanaf {dagnaam(s.begin)} is niet schriftelijk en met redenen "
                    f"aan {_aan(s)} meegedeeld.",
                    gpo,
                    bron,
                )
            if _melding_ontbreekt(s) and op > s.einde:
                yield _gebrek(
                    _C.SCHORSING_INSPECTIE_NIET_GEMELD,
                    f"De schorsing van {dagnaam(s.begin)} tot en met {dagnaam(s.einde)} duurde "
                    f"{s.dagen} dagen en is afgelopen zonder melding aan de Inspectie. Een "
                    "schorsing van meer dan één dag meldt de school schriftelijk en met redenen "
                    "aan de Inspectie.",
                    gpo,
                    bron,
                )


def _op_rij(
    keten: Sequence[Schorsing], volgende: Schorsing | None, kal: Kalender
) -> Aandachtspunt | None:
    """A schorsing that may continue the measure before it, where the facts or the days between
    are not recorded, and together they would last more than a week (SCH-03)."""
    if volgende is None or _dagen([*keten, volgende]) <= _WEEK:
        return None
    laatste = keten[-1]
    reden = (
        "Het dossier noemt niet bij allebei de aanleiding (aanleiding)"
        if laatste.aanleiding is None or volgende.aanleiding is None
        else "Tussen beide ligt alleen een schoolvakantie die passend voor deze school niet kan "
        "plaatsen (regio of jaar onbekend)"
    )
    return Aandachtspunt(
        onderwerp="Schorsingen op rij",
        uitleg=f"De schorsing vanaf {dagnaam(volgende.begin)} volgt op die tot en met "
        f"{dagnaam(laatste.einde)}. {reden}. Gaat het om dezelfde feiten en was de leerling "
        f"tussendoor niet op school, dan zijn zij één maatregel van {_dagen([*keten, volgende])} "
        "kalenderdagen, en dat is langer dan de week die de wet toestaat.",
        grondslag=(_SCHORSING[laatste.school.soort.wet], GPO_SCHORSINGEN_OP_RIJ),
    )


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Feiten over schorsingen om zelf te beoordelen: een schriftelijke mededeling die het
    dossier niet vastlegt, een lopende schorsing die nog niet aan de Inspectie is gemeld, een
    VO-schorsing van meer dan een week die alleen de beleidskeuze volgens de juridische analyse
    van KBA Nijmegen toestaat, schorsingen die misschien één maatregel zijn, en een maatregel zo
    lang dat de GPO haar als feitelijke verwijdering kan zien.

    Grondslag:
        WPO art. 40c, WEC art. 40a (SCH-01); WVO 2020 art. 8.14 (SCH-02); juridische analyse
        van KBA Nijmegen voor de Geschillencommissie passend onderwijs (2024), noot 44 (rules.md
        OQ 7); SCH-03, VER-07.
    """
    verwijderingen = _verwijderingen_per_school(dossier)
    for keten, volgende in ketens(dossier.schorsingen, kalender):
        bron = _SCHORSING[keten[0].school.soort.wet]
        for s in keten:
            if _melding_ontbreekt(s) and op <= s.einde:
                yield Aandachtspunt(
                    onderwerp="Schorsing nog niet aan de Inspectie gemeld",
                    uitleg=f"De schorsing van {dagnaam(s.begin)} tot en met {dagnaam(s.einde)} "
                    f"duurt {s.dagen} dagen. Een schorsing van meer dan één dag meldt de school "
                    "schriftelijk en met redenen aan de Inspectie. Dat is nog niet vastgelegd; de "
                    "wet noemt geen uiterste dag. Ga na of de melding is gedaan en leg haar vast.",
                    grondslag=(bron,),
                )
            if s.schriftelijk is None:
                yield Aandachtspunt(
                    onderwerp="Schriftelijke mededeling schorsing niet vastgelegd",
                    uitleg=f"Het dossier zegt niet of de schorsing vanaf {dagnaam(s.begin)} "
                    f"schriftelijk en met redenen aan {_aan(s)} is meegedeeld. Ga na of dat "
                    "gebeurde en leg het vast.",
                    grondslag=(bron,),
                )
        dagen = _dagen(keten)
        lang_toegestaan = all(_mag_lang(s, beleid) for s in keten)
        if lang_toegestaan and dagen > _WEEK:
            yield Aandachtspunt(
                onderwerp="Lange schorsing tijdens verwijdering (vo)",
                uitleg=f"De schorsing duurt {dagen} dagen, langer dan één week. Volgens het "
                f"gekozen beleid '{beleid.naam}' mag dat zolang de verwijderingsprocedure loopt "
                "(juridische analyse van KBA Nijmegen, 2024, noot 44); de wet noemt ten hoogste "
                "één week (open vraag 7). Ga na of de procedure echt loopt en of de school "
                "onderwijs blijft bieden.",
                grondslag=(WVO_8_14, SEED_003_SCHORSING),
            )
        elif dagen > _WEEK and not _feitelijk_verwijderd(keten, verwijderingen):
            yield Aandachtspunt(
                onderwerp="Mogelijk feitelijke verwijdering",
                uitleg=f"De leerling is {dagen} kalenderdagen buiten de school gehouden vanaf "
                f"{dagnaam(keten[0].begin)}. De Geschillencommissie passend onderwijs kan zo'n "
                "lange uitsluiting zien als een verwijdering zonder besluit. Houdt de school de "
                "leerling buiten, leg dat dan vast als Verwijdering met feitelijk_sinds; dan "
                "toetst passend de verwijderingsprocedure.",
                grondslag=(bron, GPO_SCHORSINGEN_OP_RIJ),
                gpo_reden=GpoReden.PROCEDURE_NIET_GEVOLGD,
            )
        if (twijfel := _op_rij(keten, volgende, kalender)) is not None:
            yield twijfel


def termijnen(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Termijn]:
    """De maximale duur van elke schorsing, als termijn (SCH-01, SCH-02): één week, min de
    dagen van eerdere schorsingen in dezelfde maatregel (SCH-03); geen als de week op is.

    Grondslag:
        WPO art. 40c, WEC art. 40a, WVO 2020 art. 8.14.
    """
    for keten, _ in ketens(dossier.schorsingen, kalender):
        for i, s in enumerate(keten):
            maximum = schorsing_maximum(s.begin, schoolsoort=s.school.soort)
            over = _WEEK - _dagen(keten[:i])
            if i == 0:
                yield maximum
            elif over > 0:
                einde = plus(s.begin, dt.timedelta(days=over - 1))
                yield attrs.evolve(
                    maximum,
                    nominaal_einde=einde,
                    einde=einde,
                    wettelijk_einde=einde,
                    grondslag=(*maximum.grondslag, GPO_SCHORSINGEN_OP_RIJ),
                    uitleg=f"Voor dezelfde feiten is de leerling al {_dagen(keten[:i])} dagen "
                    f"geschorst. Samen duurt de schorsing ten hoogste één week: deze uiterlijk "
                    f"tot en met {dagnaam(einde)}.",
                )
