"""What the validators of passend's records demand, as JSON Schema keywords: the one table
that :mod:`passend.json` reads both to check a payload and to write its schema.

Grondslag: none — the wire format; the rules behind the validators cite their own articles.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs

__all__ = ["EISEN", "TYPE", "Eis", "heel", "validatornaam", "validators"]


def heel(kern: str) -> str:
    """A pattern for the whole text. Python's ``$`` also matches before a final newline;
    ``(?!\\n)`` makes the pattern mean the same in Python as in JavaScript."""
    return f"^(?:{kern})$(?!\\n)"


@attrs.frozen
class Eis:
    """What one validator of a record field demands, in JSON Schema terms.

    ``schema``: keywords on the value (with ``elementen``: on each element or mapping value),
    which ``loads`` checks itself and ``json_schema`` writes; ``uitleg`` is the Dutch
    reason when they are not met. ``regel``: a rule over more fields that JSON Schema cannot
    state; the record checks it and the schema names it in a ``description`` (``{ander}``:
    the other field of ``niet_voor``).
    """

    schema: Mapping[str, Any] = attrs.field(factory=dict)
    uitleg: str = ""
    regel: str | None = None
    elementen: bool = False


TYPE: Final = Eis()  # checks the type only: the annotation already says it
_NIET_LEEG: Final = Eis({"minLength": 1, "pattern": r"\S"}, "verwacht een niet-lege tekst")
_NIET_NEGATIEF: Final = {"pattern": heel(r"[0-9]{1,15}(?:\.[0-9]{1,28})?")}
_POSITIEF_BEDRAG: Final = 'verwacht een bedrag van 0 of meer als tekst, zoals "6634.52"'
_BEKOSTIGING: Final = "passend.bekostiging."

#: Every validator on a public record, by module and qualified name. A validator missing here
#: fails ``tests/test_json.py``: add what it demands, so loader and schema keep one truth.
EISEN: Final[Mapping[str, Eis]] = {
    "passend._waarden.is_bool": TYPE,
    "passend._waarden.is_bool_of_none": TYPE,
    "passend._waarden.is_datum": TYPE,
    "passend._waarden.is_datum_of_none": TYPE,
    "passend._waarden.is_enum.<locals>.check": TYPE,
    "passend._waarden.is_type.<locals>.check": TYPE,
    "passend._waarden.is_tekst": TYPE,
    "passend._waarden.niet_leeg": _NIET_LEEG,
    "passend._waarden.niet_voor.<locals>.check": Eis(regel="ligt niet vóór {ander}"),
    "passend._bronnen._check_tekst": _NIET_LEEG,
    "passend._bronnen._check_bwb": Eis(
        {"pattern": heel("BWBR[0-9]{7}")}, "verwacht een BWB-id van de vorm BWBR0000000"
    ),
    "passend._partijen.School._check_brin": Eis(
        {"pattern": heel("[0-9]{2}[A-Z]{2}(?:[0-9]{2})?")},
        "verwacht twee cijfers en twee hoofdletters, eventueel met een vestigingsnummer van "
        "twee cijfers (bijv. '12AB' of '12AB01')",
    ),
    "passend._partijen.School._check_cluster": Eis(
        {"minimum": 1, "maximum": 4}, regel="alleen bij een school van soort 'so' of 'vso'"
    ),
    "passend._aanmelding.Verlenging._check_weken": Eis({"minimum": 1}),
    "passend._aanmelding.Aanmelding._check_voorkeur": Eis({"minimum": 1}),
    "passend._aanmelding.Aanmelding._check_verlenging": Eis(
        regel="medegedeeld_op ligt niet vóór ontvangen_op"
    ),
    "passend._aanmelding.Aanmelding._check_verdere": Eis(
        regel="alleen na een verlenging; elke medegedeeld_op ligt niet vóór die van verlenging"
    ),
    "passend._aanmelding.Aanmelding._check_besluit": Eis(regel="datum ligt niet vóór ontvangen_op"),
    "passend._inschrijving.Schoolwisselmelding._check_bao": Eis(
        regel="van en naar zijn scholen van soort 'bao'"
    ),
    "passend._bezwaar.Bezwaar._check_verdaging": Eis(
        {"minimum": 0, "maximum": 6}, regel="groter dan 0 precies als verdaagd_op is ingevuld"
    ),
    "passend._opp.Symbiose._check_omvang": Eis({"minimum": 1, "maximum": 100}),
    "passend._tlv.Tlv._check_uitkomst": Eis(regel="ingevuld precies als besluit_op is ingevuld"),
    "passend._tlv.Tlv._check_einde": Eis(regel="ligt na ingangsdatum"),
    "passend._tlv.Tlv._check_formulier": TYPE,
    "passend._verwijdering.Verwijdering._check_voornemen": Eis(regel="ligt niet na besluit_op"),
    "passend._verwijdering.Verwijdering._check_bezwaar": Eis(
        regel="alleen bij een besluit_op; ontvangen_op ligt niet vóór besluit_op"
    ),
    "passend._dossier.Dossier.__attrs_post_init__": Eis(
        regel="elk record gaat over de leerling van het dossier"
    ),
    "passend._kalender.Kalender._check_jaren": Eis(regel="ligt niet vóór eerste_jaar"),
    "passend.termijnen.Termijn._check_volgorde": Eis(regel="begin ≤ nominaal_einde ≤ einde"),
    _BEKOSTIGING + "_geld.is_aantal": Eis({"minimum": 0}),
    _BEKOSTIGING + "_geld.is_bedrag": TYPE,
    _BEKOSTIGING + "_geld.is_niet_negatief_bedrag": Eis(_NIET_NEGATIEF, _POSITIEF_BEDRAG),
    _BEKOSTIGING + "_velden.is_jaar": TYPE,
    _BEKOSTIGING + "_velden.is_grondslag": Eis({"minItems": 1}, "verwacht ten minste één Bron"),
    _BEKOSTIGING + "_velden.reeks_van.<locals>.check": TYPE,
    _BEKOSTIGING + "_begroting._tekst_of_none": TYPE,
    _BEKOSTIGING + "_begroting._bron_of_none": TYPE,
    _BEKOSTIGING + "_begroting.Begroting._check_begin": TYPE,
    _BEKOSTIGING + "_begroting.Begroting._check_weerstand": TYPE,
    _BEKOSTIGING + "_begroting.Begroting._check_jaren": Eis(
        {"minItems": 1}, "verwacht opeenvolgende kalenderjaren", "opeenvolgende kalenderjaren"
    ),
    _BEKOSTIGING + "_begroting.Begroting._check_regels": Eis(
        regel="elke regel heeft een bedrag voor elk jaar van jaren"
    ),
    _BEKOSTIGING + "_begroting.Begrotingsregel._check_bedragen": Eis(
        regel="bij soort 'afronding' is elk bedrag kleiner dan € 1"
    ),
    _BEKOSTIGING + "_swv.Leerlingtelling._check_so": Eis(
        {"minimum": 0}, regel="alleen SO-categorieën", elementen=True
    ),
    _BEKOSTIGING + "_tarieven.Tarieven._check_so": Eis(
        _NIET_NEGATIEF, _POSITIEF_BEDRAG, "precies de SO-categorieën", elementen=True
    ),
    _BEKOSTIGING + "_tarieven.Tarieven._check_bronnen": Eis(
        regel="een bron voor sbo en voor elke SO-categorie"
    ),
    _BEKOSTIGING + "_top.TopModel._check_bedragen": Eis(
        _NIET_NEGATIEF, _POSITIEF_BEDRAG, elementen=True
    ),
    _BEKOSTIGING + "_top.TopModel._check_jaren": Eis({"minimum": 1}),
    _BEKOSTIGING + "_top.TopModel._check_fractie": Eis(
        {"pattern": heel(r"0(?:\.[0-9]{1,28})?|1(?:\.0{1,28})?")},
        'verwacht een getal van 0 tot en met 1 als tekst, zoals "0.7"',
    ),
    # Strict API (issue 10): type checks whose rule the annotation already states.
    "passend._waarden.is_type_of_none.<locals>.check": TYPE,
    "passend._waarden.is_tekst_of_none": TYPE,
    "passend._waarden.niet_leeg_of_none": _NIET_LEEG,
    "passend._waarden.afbeelding.<locals>.check": TYPE,
    # Speed (issue 12): the afbeelding check above, skipped for the holidays built when read.
    "passend._kalender._is_vakanties": TYPE,
    "passend._kalender._is_jaar": Eis({"minimum": 1, "maximum": 9999}),
    "passend._aanmelding._is_rangnummer": Eis({"minimum": 1}),
    "passend._aanmelding.Toelatingsbesluit._check_bezwaar": Eis(
        regel="alleen tegen een weigering of niet behandelen; ontvangen_op niet vóór datum"
    ),
    "passend._bezwaar.Bezwaar._check_verzonden": Eis(regel="ligt niet na ontvangen_op"),
    "passend._schorsing._aanleiding": _NIET_LEEG,
    "passend._zorgplicht_stand.Zorgplichtoordeel._check_wettelijk": TYPE,
    # PO→VO overstap (issue 13).
    "passend._overstap.Brugklasbesluit._check_niveau": TYPE,
    "passend._overstap.Doorstroomtoets._check_advies": Eis(
        regel="een toetsadvies precies als vrijgesteld false is"
    ),
    "passend._overstap.Doorstroomtoets._check_vrijgesteld": TYPE,
    "passend._overstap.Heroverweging._check_redenen": _NIET_LEEG,
    "passend._overstap.Loting.__attrs_post_init__": Eis(
        regel="uitkomst en uitkomst_op zijn samen ingevuld of samen leeg"
    ),
    "passend._overstap.Loting._check_uitkomst": TYPE,
    "passend._overstap.LwooAanwijzing.__attrs_post_init__": Eis(
        regel="afgegeven en besluit_op zijn samen ingevuld of samen leeg"
    ),
    "passend._overstap.LwooAanwijzing._check_swv": Eis(regel="een samenwerkingsverband vo"),
    "passend._pro_criteria.LwooCriteria._check_domeinen": Eis({"minimum": 1, "maximum": 4}),
    "passend._pro_criteria._is_fractie": Eis(
        {"pattern": heel(r"0(?:\.[0-9]{1,28})?|1(?:\.0{1,28})?")},
        'verwacht een getal van 0 tot en met 1 als tekst, zoals "0.5"',
    ),
    "passend._pro_criteria._is_int": Eis({"minimum": 1, "maximum": 249}),
    # Finding a place (issue 14).
    "passend._aanbod._codes": Eis(
        {"minLength": 1, "pattern": heel(r"\S(?:.*\S)?")},
        "verwacht een niet-lege code zonder spaties eromheen",
        regel="geen code twee keer",
        elementen=True,
    ),
    "passend._aanbod._groep": _NIET_LEEG,
    "passend._stappenplan.Stap._check_zoeker": Eis(regel="alleen bij stap SP-06"),
    "passend._thuiszitters._geheel": Eis({"minimum": 1}),
}
#: Validators that apply another validator to each element: the name of that one inside.
_PER_ELEMENT: Final = {"passend._waarden.elk.<locals>.check_elk": "check"}


def validatornaam(functie: object) -> str:
    """The key of a validator in :data:`EISEN`: its module and qualified name."""
    return f"{getattr(functie, '__module__', '')}.{getattr(functie, '__qualname__', '')}"


def validators(veld: attrs.Attribute[Any]) -> Iterator[tuple[Any, bool]]:
    """The validators of ``veld`` out of their wrappers, each with whether it checks elements."""
    return _uitgepakt(veld.validator, False)


def _uitgepakt(v: Any, element: bool) -> Iterator[tuple[Any, bool]]:
    soort = type(v).__name__
    if v is None:
        return
    if soort == "_AndValidator":  # attrs: a list of validators, or one added by decorator
        for deel in v._validators:
            yield from _uitgepakt(deel, element)
    elif soort == "_OptionalValidator":
        yield from _uitgepakt(v.validator, element)
    elif soort == "_DeepIterable":
        yield from _uitgepakt(v.member_validator, True)
        yield from _uitgepakt(v.iterable_validator, element)
    elif validatornaam(v) in _PER_ELEMENT:
        yield from _uitgepakt(
            inspect.getclosurevars(v).nonlocals[_PER_ELEMENT[validatornaam(v)]], True
        )
    else:
        yield v, element
