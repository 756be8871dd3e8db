"""Verwijdering: het record van een verwijderingsprocedure (rules.md §6).

De records zijn feiten zoals een school ze vastlegt; hun toetsen voor ``passend.toets`` en
``passend.aandachtspunten`` staan in ``_verwijdering_toets``, het bezwaar en de termijnen
daarvan in ``_bezwaar``, de schorsing in ``_schorsing``.

Een feitelijke uitsluiting (de leerling wordt thuisgehouden zonder verwijderingsbesluit) wordt
vastgelegd als een ``Verwijdering`` met ``feitelijk_sinds`` en beoordeeld als verwijdering
(VER-07); de zorgplicht blijft dan bij de school (VER-01), wat ``passend.zorgplicht``
beoordeelt.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from passend._bezwaar import Bezwaar
from passend._fouten import TegenstrijdigDossier
from passend._kalender import dagnaam
from passend._partijen import Leerling, School, Schoolsoort
from passend._schorsing import Schorsing
from passend._tlv import TlvCategorie, TlvUitkomst
from passend._waarden import (
    als_gehoord,
    controleer_datum,
    elk_een,
    is_bool_of_none,
    is_datum,
    is_datum_of_none,
    is_enum,
    is_type,
    is_type_of_none,
    niet_voor,
    tot_en_met,
    vervang,
)
from passend._weergave import Weergave

if TYPE_CHECKING:
    from passend._tlv import Tlv

__all__ = ["Bezwaar", "Gehoord", "Gehoorde", "Schorsing", "Verwijdering"]


class Gehoorde(enum.Enum):
    """Wie vóór een besluit is gehoord (VER-03)."""

    #: De ouders.
    OUDERS = "ouders"
    #: De groepsleraar of de betrokken leraren.
    LEERKRACHT = "leerkracht"
    #: De leerling: in het vo altijd; in het (v)so de meerderjarige, handelingsbekwame leerling
    #: in plaats van de ouders (de school beoordeelt de handelingsbekwaamheid en legt die vast
    #: door de leerling te horen).
    LEERLING = "leerling"


@attrs.frozen(kw_only=True)
class Gehoord(Weergave):
    """Een hoorzitting of gesprek: wie is gehoord, en op welke dag."""

    #: Wie is gehoord.
    wie: Gehoorde = attrs.field(validator=is_enum(Gehoorde))
    #: De dag waarop is gehoord.
    op: dt.date = attrs.field(validator=is_datum)


@attrs.frozen(kw_only=True)
class Verwijdering(Weergave):
    """Een (voorgenomen) verwijdering van een leerling van een school."""

    #: De leerling die de school wil verwijderen.
    leerling: Leerling = attrs.field(validator=is_type(Leerling))
    #: De school die verwijdert.
    school: School = attrs.field(validator=is_type(School))
    #: De dag van het verwijderingsbesluit; ``None`` zolang de verwijdering alleen is
    #: voorgenomen.
    besluit_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: Wie vóór het besluit is gehoord, en wanneer.
    gehoord: tuple[Gehoord, ...] = attrs.field(
        default=(), converter=als_gehoord, validator=elk_een(Gehoord)
    )
    #: De dag van het overleg met de Inspectie; ``None``: niet vastgelegd.
    inspectie_overleg_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: De dag waarop de verwijdering aan de Inspectie is gemeld; ``None``: niet vastgelegd.
    inspectie_gemeld_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: De school die bereid is de leerling toe te laten (VER-01); ``None``: niet vastgelegd.
    andere_school: School | None = attrs.field(default=None, validator=is_type_of_none(School))
    #: De dag waarop ``andere_school`` bereid was de leerling toe te laten; ``None``: niet
    #: vastgelegd.
    andere_school_bereid_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: Het besluit is schriftelijk en met redenen meegedeeld; ``None`` (de standaard): het
    #: dossier zegt het niet, en ``passend.aandachtspunten`` vraagt ernaar (vóór 0.2 was de
    #: standaard ``False``, waardoor een niet-vastgelegde motivering een gebrek was).
    gemotiveerd: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    #: Het bezwaar tegen het besluit; ``None``: geen bezwaar ontvangen.
    bezwaar: Bezwaar | None = attrs.field(default=None, validator=is_type_of_none(Bezwaar))
    #: Of de leerling onder de Leerplichtwet valt (alleen in het VO van belang: bepaalt het
    #: overleg met de Inspectie en VER-01); ``None``: niet vastgelegd, dan leidt passend het waar
    #: mogelijk af uit de geboortedatum (onder 16: leerplichtig; 18 of ouder: niet) en vraagt
    #: het anders na.
    leerplichtig: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    #: De dag waarop het voornemen tot verwijderen is vastgelegd; vanaf dan is de verwijdering
    #: bekend (zie :meth:`stand_op`); ``None``: niet vastgelegd.
    voorgenomen_op: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)
    #: Het voornemen is met redenen meegedeeld (VER-07); ``None``: niet vastgelegd.
    voornemen_gemotiveerd: bool | None = attrs.field(default=None, validator=is_bool_of_none)
    #: De dag waarop het bevoegd gezag wil beslissen, als het die noemde; passend dateert de
    #: herinneringen bij een voornemen daarop. ``None``: geen dag genoemd.
    besluit_gepland_op: dt.date | None = attrs.field(
        default=None,
        validator=[is_datum_of_none, niet_voor("voorgenomen_op", "het voornemen")],
    )
    #: De leerling wordt sinds deze dag zonder besluit buiten school gehouden (een feitelijke
    #: verwijdering, VER-07); ``None``: niet het geval of niet vastgelegd.
    feitelijk_sinds: dt.date | None = attrs.field(default=None, validator=is_datum_of_none)

    @voorgenomen_op.validator
    def _check_voornemen(
        self, attribute: attrs.Attribute[dt.date | None], value: dt.date | None
    ) -> None:
        if value is not None and self.besluit_op is not None and value > self.besluit_op:
            raise TegenstrijdigDossier(
                attribute.name, value, f"ligt na het besluit ({self.besluit_op.isoformat()})"
            )

    @bezwaar.validator
    def _check_bezwaar(
        self, attribute: attrs.Attribute[Bezwaar | None], value: Bezwaar | None
    ) -> None:
        if value is None:
            return
        if self.besluit_op is None:
            raise TegenstrijdigDossier(
                attribute.name, value.ontvangen_op, "bezwaar zonder verwijderingsbesluit"
            )
        niet_voor("besluit_op", "het besluit")(self, attribute, value.ontvangen_op)

    @property
    def beslisdag(self) -> dt.date | None:
        """De dag waarnaar de stappen vóór een verwijdering worden beoordeeld: het besluit, of
        voor een leerling die zonder besluit buiten school wordt gehouden de eerste dag daarvan
        (VER-07); ``None`` zolang de verwijdering alleen is voorgenomen.

        Grondslag:
            WPO art. 40 lid 11, WEC art. 40 lid 18, WVO 2020 art. 8.15 (VER-01, VER-07).
        """
        return self.besluit_op or self.feitelijk_sinds

    def _eerste_datum(self) -> dt.date | None:
        """The earliest dated fact of this removal, or None when it records no date at all."""
        data = [
            d
            for d in (
                self.voorgenomen_op,
                self.besluit_op,
                self.feitelijk_sinds,
                self.inspectie_overleg_op,
                self.inspectie_gemeld_op,
                self.andere_school_bereid_op,
                *(g.op for g in self.gehoord),
            )
            if d is not None
        ]
        return min(data, default=None)

    def stand_op(self, op: dt.date) -> Verwijdering | None:
        """Deze verwijdering zoals bekend op ``op``: stappen na ``op`` vallen weg.

        Een verwijdering is bekend vanaf haar eerste gedateerde feit: ``voorgenomen_op`` of een
        vastgelegde stap, wat het eerst komt; vóór die dag geeft dit ``None``. Een record zonder
        enige datum (een voornemen waarvan zelfs de dag van vastleggen onbekend is) is niet in
        de tijd te plaatsen: het telt als bekend op elke ``op``, en ``passend.aandachtspunten``
        vraagt om ``voorgenomen_op``. Het antwoord hangt nooit af van feiten na ``op``.
        """
        bekend_vanaf = self._eerste_datum()
        if bekend_vanaf is not None and bekend_vanaf > controleer_datum("op", op):
            return None
        return vervang(
            self,
            voorgenomen_op=tot_en_met(self.voorgenomen_op, op),
            besluit_op=tot_en_met(self.besluit_op, op),
            feitelijk_sinds=tot_en_met(self.feitelijk_sinds, op),
            gehoord=[g for g in self.gehoord if g.op <= op],
            inspectie_overleg_op=tot_en_met(self.inspectie_overleg_op, op),
            inspectie_gemeld_op=tot_en_met(self.inspectie_gemeld_op, op),
            andere_school_bereid_op=tot_en_met(self.andere_school_bereid_op, op),
            bezwaar=self.bezwaar.stand_op(op) if self.bezwaar else None,
        )


#: TLV categories that give access to each kind of specialised school (TLV-04).
_TLV_VOOR: dict[Schoolsoort, frozenset[TlvCategorie]] = {
    Schoolsoort.SBO: frozenset({TlvCategorie.SBO}),
    Schoolsoort.SO: frozenset({TlvCategorie.SO_LAAG, TlvCategorie.SO_MIDDEN, TlvCategorie.SO_HOOG}),
    Schoolsoort.VSO: frozenset(
        {TlvCategorie.VSO_LAAG, TlvCategorie.VSO_MIDDEN, TlvCategorie.VSO_HOOG}
    ),
    Schoolsoort.PRO: frozenset({TlvCategorie.PRO}),
}


def andere_school_ontbreekt(
    andere_school: School | None,
    bereid_op: dt.date | None,
    besluit_op: dt.date | None,
    tlvs: Sequence[Tlv],
    *,
    moment: str = "het besluit",
) -> str | None:
    """Waarom (nog) geen andere school bereid was de leerling toe te laten, of ``None`` als er
    een was.

    Bereid betekent: ``bereid_op`` vastgelegd en niet na ``besluit_op``; een gespecialiseerde
    school (S(B)O, (V)SO, PrO) vraagt bovendien een TLV van een passende categorie, die dan al
    is afgegeven. ``moment`` noemt in de uitleg de dag waarvoor ``besluit_op`` staat.

    Grondslag:
        WPO art. 40 lid 4 en 11, WEC art. 40 lid 5 en 18, WVO 2020 art. 8.9 lid 2 en 8.15 lid 2
        (BES-04, VER-01; lidnummers volgens de juridische analyse van KBA Nijmegen).
    """
    if andere_school is None:
        return "er is geen andere school vastgelegd die bereid is de leerling toe te laten"
    if bereid_op is None:
        return f"niet vastgelegd wanneer {andere_school.naam} bereid was de leerling toe te laten"
    if besluit_op is not None and bereid_op > besluit_op:
        return (
            f"{andere_school.naam} was pas op {dagnaam(bereid_op)} bereid, na {moment} "
            f"op {dagnaam(besluit_op)}"
        )
    categorieen = _TLV_VOOR.get(andere_school.soort)
    if categorieen is None:
        return None
    peildatum = besluit_op or bereid_op
    if any(
        t.uitkomst is TlvUitkomst.AFGEGEVEN
        and t.categorie in categorieen
        and t.besluit_op is not None
        and t.besluit_op <= peildatum
        for t in tlvs
    ):
        return None
    return (
        f"{andere_school.naam} is een {andere_school.soort.value}-school, maar er is geen "
        f"passende TLV afgegeven uiterlijk op {dagnaam(peildatum)}"
    )
