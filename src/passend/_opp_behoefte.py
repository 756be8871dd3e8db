"""Wanneer een leerling een OPP nodig heeft (rules.md OPP-01, zoals verbeterd op 2026-11-30):
de behoefte aan extra ondersteuning die het dossier laat zien, waar die is gelezen, en waar het
dossier haar open laat.

Het OPP-record, de termijnen en het huidige OPP staan in :mod:`passend._opp`; de toetsen in
:mod:`passend._opp_toets`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from passend._aanmelding import Aanmelding, Ondersteuningsbehoefte, Toelatingsuitkomst
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
from passend._inschrijving import Inschrijving
from passend._partijen import School
from passend._tlv import Tlv, TlvUitkomst
from passend._waarden import (
    als_bronnen,
    controleer_datum,
    controleer_soort,
    elk_een,
    is_bool,
    is_datum,
    is_datum_of_none,
    is_type_of_none,
    niet_leeg,
)
from passend._weergave import Weergave

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = [
    "Blijk",
    "Inschrijvingen",
    "OppVereist",
    "opp_artikel",
    "behoefte",
    "inschrijving_op",
    "opp_vereist",
    "vereist",
]


def opp_artikel(school: School) -> Bron:
    """Het OPP-artikel van de sectorwet van de school (OPP-01)."""
    return per_wet(school.soort.wet, WPO_40A, WEC_41A, WVO_2_44)


# --- When an OPP is required (OPP-01) ----------------------------------------------------------


@attrs.frozen(kw_only=True)
class OppVereist(Weergave):
    """Of de leerling op een dag een OPP nodig heeft, op welke school, sinds wanneer, en
    waarom.

    Een onbekende behoefte is nooit een stil "geen OPP nodig" (OPP-01 zoals verbeterd):
    ``passend.aandachtspunten`` noemt haar dan.
    """

    #: Waar als een OPP nodig is; onwaar als het dossier geen behoefte laat zien.
    vereist: bool = attrs.field(validator=is_bool)
    #: De school waarvan het bevoegd gezag het OPP opstelt (waar de leerling staat
    #: ingeschreven); ``None``: de leerling staat nergens ingeschreven.
    school: School | None = attrs.field(validator=is_type_of_none(School))
    #: De regels waarop het antwoord berust.
    grondslag: tuple[Bron, ...] = attrs.field(converter=als_bronnen, validator=elk_een(Bron))
    #: Het antwoord in gewone taal, met waar de behoefte is gelezen.
    uitleg: str = attrs.field(validator=niet_leeg)
    #: Waar als het antwoord rust op wat het dossier vastlegt; onwaar als het dossier op een
    #: behoefte wijst maar die niet bevestigt (bij de aanmelding als vermoed of onbekend
    #: opgegeven, elders bij een aanmelding vastgesteld, of een afgewezen TLV-aanvraag).
    zeker: bool = attrs.field(validator=is_bool)
    #: De eerste dag waarop het dossier de behoefte op ``school`` laat zien (op SBO, SO, VSO en
    #: PrO de inschrijving); ``None`` als er geen behoefte blijkt of alleen symbiose of de
    #: Variawet het OPP vragen.
    sinds: dt.date | None = attrs.field(validator=is_datum_of_none)


@attrs.frozen(kw_only=True)
class Blijk:
    """Eén feit uit het dossier dat laat zien dat de leerling extra ondersteuning nodig heeft
    op de reguliere school van inschrijving (OPP-01 zoals verbeterd, gevallen 1-4)."""

    #: De eerste dag waarop het feit de behoefte daar laat zien (nooit vóór de inschrijving).
    sinds: dt.date = attrs.field(validator=is_datum)
    #: Waar de behoefte is gelezen, in woorden.
    tekst: str = attrs.field(validator=niet_leeg)
    #: Hoe een termijn die vanaf ``sinds`` telt die dag noemt (bijvoorbeeld "de TLV-aanvraag").
    aanleiding: str = attrs.field(validator=niet_leeg)
    #: De regionale bronnen die erbij horen; leeg als er geen zijn.
    beleid: tuple[Bron, ...] = attrs.field(
        default=(), converter=als_bronnen, validator=elk_een(Bron)
    )


def inschrijving_op(dossier: Dossier, op: dt.date) -> Inschrijving | None:
    """De inschrijving van de leerling op ``op``: van de lopende die met de laatste
    ``ingeschreven_op``; bij gelijke dagen het latere gegeven in het dossier (zoals bij de
    zorgplicht)."""
    lopend = [i for i in dossier.inschrijvingen if i.ingeschreven(op)]
    return max(reversed(lopend), key=lambda i: i.ingeschreven_op, default=None)


class Inschrijvingen:
    """De inschrijving op een dag zoals :func:`inschrijving_op` haar geeft, voor vragen die het
    voor veel dagen willen weten: één keer per vraag opgebouwd, daarna per dag opgezocht door te
    halveren (voor elke TLV alle inschrijvingen doorlopen maakte ``toets`` kwadratisch)."""

    __slots__ = ("dagen", "op_dag")

    def __init__(self, dossier: Dossier) -> None:
        inschrijvingen = dossier.inschrijvingen
        # The answer only changes on a first day or a day of uitschrijving: one answer per such
        # day, valid until the next one.
        self.dagen = sorted(
            {i.ingeschreven_op for i in inschrijvingen}
            | {i.uitgeschreven_op for i in inschrijvingen if i.uitgeschreven_op is not None}
        )
        self.op_dag: list[Inschrijving | None] = []
        # Walk the days in order; the heap holds the enrolments begun so far, the one with the
        # latest first day (then the latest in the dossier) on top. One that ended never runs
        # again, so it is dropped once it comes on top.
        begonnen = sorted(
            range(len(inschrijvingen)), key=lambda k: inschrijvingen[k].ingeschreven_op
        )
        lopend: list[tuple[int, int]] = []
        volgende = 0
        for dag in self.dagen:
            while volgende < len(begonnen):
                k = begonnen[volgende]
                if inschrijvingen[k].ingeschreven_op > dag:
                    break
                heapq.heappush(lopend, (-inschrijvingen[k].ingeschreven_op.toordinal(), -k))
                volgende += 1
            while lopend and not inschrijvingen[-lopend[0][1]].ingeschreven(dag):
                heapq.heappop(lopend)
            self.op_dag.append(inschrijvingen[-lopend[0][1]] if lopend else None)

    def op(self, dag: dt.date) -> Inschrijving | None:
        """De inschrijving van de leerling op ``dag`` (zie :func:`inschrijving_op`)."""
        k = bisect.bisect_right(self.dagen, controleer_datum("op", dag))
        return self.op_dag[k - 1] if k else None


def _ondersteuning_beeindigd(dossier: Dossier, school: School, op: dt.date) -> dt.date | None:
    """The day the extra support at ``school`` ended, when some was recorded and none runs on
    ``op``. passend reads a recorded end as the end of the need that earlier facts showed."""
    eigen = [o for o in dossier.ondersteuningen if o.school == school and o.vanaf <= op]
    if not eigen or any(o.tot is None or op < o.tot for o in eigen):
        return None
    return max(o.tot for o in eigen if o.tot is not None)


def _actueel(dossier: Dossier, school: School, op: dt.date) -> Callable[[dt.date], bool]:
    """Whether a fact of a given day still shows a need at ``school`` on ``op``: known on
    ``op``, and not older than a recorded end of the extra support there."""
    einde = _ondersteuning_beeindigd(dossier, school, op)
    return lambda dag: dag <= op and (einde is None or dag >= einde)


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
    """De feiten die op ``op`` laten zien dat de leerling extra ondersteuning nodig heeft op de
    reguliere school van ``inschrijving``, vroegste eerst (OPP-01 zoals verbeterd): (1) een
    aanmelding daar met een vastgestelde extra ondersteuningsbehoefte (de inschrijving toont de
    toelating), (2) een OPP dat daar is vastgesteld, (3) een TLV die is aangevraagd of afgegeven
    terwijl de leerling er nog zit, (4) een gegeven van extra ondersteuning die daar loopt. Een
    vastgelegd einde van de ondersteuning sluit (1) en (2) af als die ouder zijn; een
    TLV-aanvraag staat op zichzelf.

    Grondslag:
        WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-01).
    """
    school, ingeschreven = inschrijving.school, inschrijving.ingeschreven_op
    actueel = _actueel(dossier, school, op)

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
    actueel = _actueel(dossier, school, op)

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
    artikel = opp_artikel(school)
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
    artikel = opp_artikel(school)
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


def vereist(
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
    artikel = opp_artikel(school)
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
    """Heeft de leerling op ``op`` een OPP nodig? (rules.md OPP-01, zoals verbeterd op
    2026-11-30)

    Op SBO, SO, VSO en PrO altijd. Op een reguliere PO- of VO-school als het dossier de behoefte
    aan extra ondersteuning laat zien (``behoefte``): de leerling is toegelaten op een
    aanmelding met een vastgestelde behoefte, daar is een OPP vastgesteld, er is een TLV
    aangevraagd of afgegeven terwijl de leerling er nog zit, of er is extra ondersteuning
    vastgelegd (:class:`ExtraOndersteuning`). De uitleg zegt waar de behoefte is gelezen. Een
    behoefte waarop het dossier wijst maar die het niet bevestigt (vermoed, onbekend) geeft
    ``vereist=False, zeker=False`` en een aandachtspunt, nooit een kaal "nee". Ook verplicht bij
    ``symbiose`` (OVR-01) en bij een verzoek om af te wijken van de onderwijstijd
    (``afwijking_onderwijstijd``, Variawet, OVR-02). "Zorgplicht in schema" van SWV Rijn &
    Gelderse Vallei § 9 (een OPP met ondertekend handelingsdeel bij elke TLV-aanvraag) is
    regionaal beleid, genoemd na de wet. Alleen wat op ``op`` bekend was, telt.

    Grondslag:
        WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (OPP-01); WPO art. 15, WEC art. 24
        (symbiose, OVR-01); Variawet (OVR-02); "Zorgplicht in schema" van SWV Rijn & Gelderse
        Vallei (2022) § 9 (regionaal, naast de wet).

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
    from passend._dossier import Dossier  # here: _dossier imports this module

    stand = controleer_soort("dossier", dossier, Dossier).stand_op(op)
    controleer_soort("symbiose", symbiose, bool)
    controleer_soort("afwijking_onderwijstijd", afwijking_onderwijstijd, bool)
    return vereist(stand, op, symbiose=symbiose, afwijking_onderwijstijd=afwijking_onderwijstijd)
