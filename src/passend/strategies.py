"""Hypothesis strategies for passend values (needs the ``hypothesis`` extra).

Use them to test your own software against legal invariants::

    from hypothesis import given
    from passend import strategies as ps

    @given(ps.datums())
    def test_iets(d): ...

Record strategies take the pupil, a strategy for the school and one for the key date, so they
combine into dossiers of your own design::

    leerling = Leerling(id="ll-1", geboortedatum=dt.date(2016, 5, 1))
    sbo = ps.scholen(Schoolsoort.SBO)

    @given(ps.tlvs(leerling, sbo, ps.datums()), ps.opps(leerling, sbo, ps.datums()))
    def test_mijn_koppeling(tlv, opp): ...

With the ``hypothesis`` extra installed, ``st.from_type(Leerling)`` (and the other party
classes) resolve to these strategies through the entry point in ``passend._hypothesis``.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

# Records of issues 4 and 5 come from the public package, so moving them between private
# modules does not break this file.
from passend import (
    Bezwaar,
    Deskundige,
    Deskundigenadvies,
    ExtraOndersteuning,
    Gehoord,
    Gehoorde,
    Handelingsdeel,
    Instemmer,
    Opp,
    Schorsing,
    Symbiose,
    Tlv,
    TlvCategorie,
    TlvFormulier,
    TlvUitkomst,
    Verwijdering,
)
from passend._aanmelding import (
    Aanmelding,
    Ondersteuningsbehoefte,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    Uitzondering,
    Verlenging,
)
from passend._dossier import Dossier
from passend._inschrijving import Aanbodafwijzing, Inschrijving
from passend._kalender import Kalender
from passend._partijen import (
    Bestuurssoort,
    Leerling,
    Regio,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Sector,
)

__all__ = [
    "aanmeldingen",
    "bezwaren",
    "brins",
    "datums",
    "dossiers",
    "inschrijvingen",
    "leerlingen",
    "ondersteuningen",
    "opps",
    "samenwerkingsverbanden",
    "scholen",
    "schoolbesturen",
    "schorsingen",
    "tlvs",
    "verwijderingen",
]


def datums(
    min_value: dt.date | None = None, max_value: dt.date | None = None
) -> st.SearchStrategy[dt.date]:
    """Dates on which the standard :class:`~passend.Kalender` can answer every question.

    Defaults to 2023-01-01 … 2028-12-24, years whose KB list is known, leaving room for a term
    end to roll into the next day.
    """
    kal = Kalender.standaard()
    eerste = min(j for j in kal.kb_bekend if j >= 2023)
    return st.dates(
        min_value=min_value or dt.date(eerste, 1, 1),
        max_value=max_value or dt.date(max(kal.kb_bekend), 12, 24),
    )


def brins() -> st.SearchStrategy[str]:
    """BRIN numbers: two digits, two capitals, optionally a two-digit vestiging."""
    letters = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
    cijfers = st.integers(0, 99).map(lambda n: f"{n:02d}")
    vestiging = st.one_of(st.just(""), cijfers)
    return st.tuples(cijfers, letters, vestiging).map("".join)


def _ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(1, 10**6).map(lambda n: f"{prefix}-{n}")


def schoolbesturen() -> st.SearchStrategy[Schoolbestuur]:
    """Openbare and bijzondere besturen with pseudonymous ids."""
    return st.builds(
        Schoolbestuur,
        id=_ids("bestuur"),
        naam=st.just("Bestuur"),
        soort=st.sampled_from(Bestuurssoort),
    )


def samenwerkingsverbanden() -> st.SearchStrategy[Samenwerkingsverband]:
    """SWVs of either sector."""
    return st.builds(
        Samenwerkingsverband, id=_ids("swv"), naam=st.just("SWV"), sector=st.sampled_from(Sector)
    )


def scholen(soort: Schoolsoort | None = None) -> st.SearchStrategy[School]:
    """Schools of ``soort`` (any kind when None); SO/VSO schools get cluster 3 or 4."""
    soorten = st.just(soort) if soort else st.sampled_from(Schoolsoort)

    def bouw(s: Schoolsoort) -> st.SearchStrategy[School]:
        cluster = st.sampled_from([3, 4]) if s in (Schoolsoort.SO, Schoolsoort.VSO) else st.none()
        return st.builds(
            School,
            brin=brins(),
            naam=st.just("School"),
            soort=st.just(s),
            bestuur=schoolbesturen(),
            regio=st.one_of(st.none(), st.sampled_from(Regio)),
            cluster=cluster,
        )

    return soorten.flatmap(bouw)


def leerlingen() -> st.SearchStrategy[Leerling]:
    """Pupils born 2005-2024 with pseudonymous ids."""
    return st.builds(
        Leerling,
        id=_ids("ll"),
        geboortedatum=st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2024, 12, 31)),
    )


def aanmeldingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    ontvangen: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Aanmelding]:
    """Aanmeldingen of ``leerling``: any support need, preference, exception, extension and
    decision, always consistent (a decision and an extension never before receipt)."""

    def bouw(op: dt.date) -> st.SearchStrategy[Aanmelding]:
        later = st.integers(0, 90).map(lambda n: op + dt.timedelta(days=n))
        besluit = st.builds(
            Toelatingsbesluit, datum=later, uitkomst=st.sampled_from(Toelatingsuitkomst)
        )
        verlenging = st.builds(Verlenging, medegedeeld_op=later, weken=st.integers(1, 4))
        return st.builds(
            Aanmelding,
            leerling=st.just(leerling),
            school=school,
            ontvangen_op=st.just(op),
            ondersteuningsbehoefte=st.sampled_from(Ondersteuningsbehoefte),
            voorkeur=st.one_of(st.none(), st.integers(1, 3)),
            schriftelijk=st.booleans(),
            uitzondering=st.one_of(st.none(), st.sampled_from(Uitzondering)),
            verlenging=st.one_of(st.none(), verlenging),
            besluit=st.one_of(st.none(), besluit),
        )

    return ontvangen.flatmap(bouw)


def dossiers(
    min_value: dt.date = dt.date(2023, 1, 1), max_value: dt.date = dt.date(2028, 6, 30)
) -> st.SearchStrategy[Dossier]:
    """Dossiers of one primary-school pupil: up to three aanmeldingen at up to three schools,
    up to two enrolments and a refused offer, all dated between ``min_value`` and
    ``max_value`` (by default years whose KB list is known, so every term can be computed)."""
    dagen = st.dates(min_value=min_value, max_value=max_value)

    def bouw(leerling: Leerling, scholen_: list[School]) -> st.SearchStrategy[Dossier]:
        school = st.sampled_from(scholen_)
        inschrijving = st.tuples(school, dagen, st.one_of(st.none(), dagen), st.booleans()).map(
            lambda t: Inschrijving(
                leerling=leerling,
                school=t[0],
                ingeschreven_op=min(t[1], t[2] or t[1]),
                uitgeschreven_op=max(t[1], t[2]) if t[2] and t[2] != t[1] else None,
                tijdelijk=t[3],
            )
        )
        afwijzing = st.builds(
            Aanbodafwijzing, leerling=st.just(leerling), school=school, afgewezen_op=dagen
        )
        return st.builds(
            Dossier,
            leerling=st.just(leerling),
            aanmeldingen=st.lists(aanmeldingen(leerling, school, dagen), max_size=3),
            inschrijvingen=st.lists(inschrijving, max_size=2),
            aanbodafwijzingen=st.lists(afwijzing, max_size=1),
        )

    po = st.sampled_from([Schoolsoort.BAO, Schoolsoort.SBO]).flatmap(scholen)
    leerling = st.builds(
        Leerling,
        id=_ids("ll"),
        geboortedatum=st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2022, 12, 31)),
    )
    return st.tuples(
        leerling, st.lists(po, min_size=1, max_size=3, unique_by=lambda s: s.brin)
    ).flatmap(lambda t: bouw(*t))


def _na(dag: dt.date, tot: int, vanaf: int = 0) -> st.SearchStrategy[dt.date]:
    """Days ``vanaf`` … ``tot`` days after ``dag``."""
    return st.integers(vanaf, tot).map(lambda n: dag + dt.timedelta(days=n))


def inschrijvingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    ingeschreven: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Inschrijving]:
    """Enrolments of ``leerling``: still running, or ended 1 to 730 days after they began."""

    def bouw(op: dt.date) -> st.SearchStrategy[Inschrijving]:
        return st.builds(
            Inschrijving,
            leerling=st.just(leerling),
            school=school,
            ingeschreven_op=st.just(op),
            uitgeschreven_op=st.one_of(st.none(), _na(op, 730, vanaf=1)),
            tijdelijk=st.booleans(),
        )

    return ingeschreven.flatmap(bouw)


def ondersteuningen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    vanaf: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[ExtraOndersteuning]:
    """Extra ondersteuning of ``leerling``: still running, or ended within two years."""

    def bouw(begin: dt.date) -> st.SearchStrategy[ExtraOndersteuning]:
        return st.builds(
            ExtraOndersteuning,
            leerling=st.just(leerling),
            school=school,
            vanaf=st.just(begin),
            tot=st.one_of(st.none(), _na(begin, 730, vanaf=1)),
        )

    return vanaf.flatmap(bouw)


def _adviezen(
    aangevraagd: dt.date, besluit: dt.date | None
) -> st.SearchStrategy[Deskundigenadvies]:
    """Advices from the request to the decision (or 90 days), and sometimes up to 30 days after."""
    tot = (besluit - aangevraagd).days if besluit else 90
    return st.builds(
        Deskundigenadvies,
        deskundige=st.sampled_from(Deskundige),
        datum=_na(aangevraagd, tot) | _na(aangevraagd, tot + 30),
        # Most advices count; a collective or oral one now and then.
        individueel=st.sampled_from([True, True, True, False]),
        schriftelijk=st.sampled_from([True, True, True, False]),
        in_dienst_van_school=st.booleans(),
    )


@st.composite
def _tlv(
    draw: st.DrawFn,
    leerling: Leerling,
    aanvrager: st.SearchStrategy[School],
    aangevraagd: dt.date,
    swv: st.SearchStrategy[Samenwerkingsverband],
) -> Tlv:
    besluit = draw(st.one_of(st.none(), _na(aangevraagd, 90)))
    uitkomst = None if besluit is None else draw(st.sampled_from(TlvUitkomst))
    ingang = einde = bekendgemaakt = bezwaar = None
    if besluit is not None:
        bekendgemaakt = draw(st.one_of(st.none(), _na(besluit, 7)))
        bezwaar = draw(st.one_of(st.none(), _na(besluit, 60)))
        if uitkomst is TlvUitkomst.AFGEGEVEN:
            ingang = draw(_na(besluit, 60))
            einde = draw(_na(ingang, 1500, vanaf=1))
    # The onafhankelijk onderzoek and the parents' zienswijze fall before or after the decision.
    rond = _na(aangevraagd, 100)
    return Tlv(
        leerling=leerling,
        swv=draw(swv),
        categorie=draw(st.sampled_from(TlvCategorie)),
        aangevraagd_op=aangevraagd,
        aanvrager=draw(aanvrager),
        besluit_op=besluit,
        uitkomst=uitkomst,
        ingangsdatum=ingang,
        einddatum=einde,
        adviezen=draw(st.lists(_adviezen(aangevraagd, besluit), max_size=3)),
        ouders_gehoord_op=draw(st.one_of(st.none(), rond)),
        bekendgemaakt_op=bekendgemaakt,
        bezwaar_ontvangen_op=bezwaar,
        formulier=draw(st.one_of(st.none(), st.sampled_from(TlvFormulier))),
        eenzijdig=draw(st.booleans()),
        bemiddeling=draw(st.booleans()),
        onafhankelijk_onderzoek_op=draw(st.one_of(st.none(), rond)),
    )


def tlvs(
    leerling: Leerling,
    aanvrager: st.SearchStrategy[School],
    aangevraagd: st.SearchStrategy[dt.date],
    swv: st.SearchStrategy[Samenwerkingsverband] | None = None,
) -> st.SearchStrategy[Tlv]:
    """TLV requests of ``leerling`` by ``aanvrager``: any category, pending or decided (any
    outcome, within 90 days), with zero to three deskundigenadviezen of any profession (also
    collective or oral ones), the parents heard or not, and the Zuid-Kennemerland fields.

    Always consistent: a decision never before the request, an outcome exactly when there is
    a decision, an ingangs- and einddatum (einde after ingang) exactly for an issued TLV.
    """
    verband = samenwerkingsverbanden() if swv is None else swv
    return aangevraagd.flatmap(lambda op: _tlv(leerling, aanvrager, op, verband))


_TEKST = st.sampled_from(["", " ", "kleine groep", "vso arbeidsmarkt", "prikkelverwerking"])


@st.composite
def _symbiose(draw: st.DrawFn, vastgesteld: dt.date) -> Symbiose:
    begin = draw(_na(vastgesteld, 60))
    return Symbiose(
        andere_school=draw(scholen()),
        begin=begin,
        einde=draw(st.one_of(st.none(), _na(begin, 365))),
        inhoud=draw(_TEKST),
        omvang_procent=draw(st.one_of(st.none(), st.integers(1, 100))),
        ondertekend_op=draw(st.one_of(st.none(), _na(vastgesteld, 60))),
    )


@st.composite
def _opp(
    draw: st.DrawFn, leerling: Leerling, school: st.SearchStrategy[School], vastgesteld: dt.date
) -> Opp:
    later = _na(vastgesteld, 800, vanaf=1)
    evaluaties = draw(st.lists(later, max_size=3, unique=True).map(sorted))
    aanpassingen = draw(st.lists(later, max_size=2, unique=True).map(sorted))
    momenten = sorted(set(evaluaties) | set(aanpassingen))
    gehoord_bij = draw(st.lists(st.sampled_from(momenten), unique=True)) if momenten else []
    rond = _na(vastgesteld - dt.timedelta(days=30), 60)
    handelingsdeel = st.builds(
        Handelingsdeel, ondersteuning=_TEKST, afwijkingen=st.one_of(st.none(), _TEKST)
    )
    return Opp(
        leerling=leerling,
        school=draw(school),
        vastgesteld_op=vastgesteld,
        uitstroombestemming=draw(_TEKST),
        belemmerende_factoren=draw(st.lists(_TEKST, max_size=2)),
        bevorderende_factoren=draw(st.lists(_TEKST, max_size=2)),
        handelingsdeel=draw(st.one_of(st.none(), handelingsdeel)),
        instemming_op=draw(st.one_of(st.none(), rond)),
        evaluaties=evaluaties,
        leerling_gehoord_op=draw(st.one_of(st.none(), rond)),
        oogo_op=draw(st.one_of(st.none(), rond)),
        instemming_door=draw(st.sampled_from(Instemmer)),
        aanpassingen=aanpassingen,
        leerling_gehoord_bij=sorted(gehoord_bij),
        symbiose=draw(st.one_of(st.none(), _symbiose(vastgesteld))),
    )


def opps(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    vastgesteld: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Opp]:
    """OPPs of ``leerling``, complete or with parts missing: empty or blank uitstroombestemming
    and factors, no or an empty handelingsdeel, OOGO, instemming and the pupil's hearing
    before, on or after the vaststelling or not at all, up to three evaluations and two
    adjustments (the pupil heard at some of them), and sometimes symbiose.

    Always consistent: evaluations and adjustments fall after the vaststelling, and the pupil
    is only recorded as heard at an evaluation or adjustment that took place.
    """
    return vastgesteld.flatmap(lambda op: _opp(leerling, school, op))


@st.composite
def _bezwaar(draw: st.DrawFn, besluit: dt.date) -> Bezwaar:
    ontvangen = draw(_na(besluit, 50))
    ingediend = draw(st.one_of(st.none(), _na(ontvangen, 25)))
    oordeel = None if ingediend is None else draw(st.one_of(st.none(), _na(ingediend, 80, 1)))
    return Bezwaar(
        ontvangen_op=ontvangen,
        ouders_gehoord_op=draw(st.one_of(st.none(), _na(ontvangen, 40))),
        beslist_op=draw(st.one_of(st.none(), _na(ontvangen, 120))),
        gpo_ingediend_op=ingediend,
        gpo_oordeel_op=oordeel,
        adviescommissie=draw(st.booleans()),
    )


def bezwaren(besluit: dt.date) -> st.SearchStrategy[Bezwaar]:
    """Bezwaren against a decision of ``besluit``: received within 50 days, the parents heard
    or not, decided within 120 days or not yet, sometimes with a GPO case (its oordeel after
    the request). Always consistent: nothing before receipt, no oordeel without a request."""
    return _bezwaar(besluit)


@st.composite
def _verwijdering(
    draw: st.DrawFn,
    leerling: Leerling,
    school: st.SearchStrategy[School],
    rond: dt.date,
    andere_school: st.SearchStrategy[School | None],
) -> Verwijdering:
    besluit = draw(st.one_of(st.none(), st.just(rond)))
    stap = _na(rond - dt.timedelta(days=30), 40)
    return Verwijdering(
        leerling=leerling,
        school=draw(school),
        besluit_op=besluit,
        gehoord=draw(
            st.lists(st.builds(Gehoord, wie=st.sampled_from(Gehoorde), op=stap), max_size=4)
        ),
        inspectie_overleg_op=draw(st.one_of(st.none(), stap)),
        inspectie_gemeld_op=draw(st.one_of(st.none(), stap)),
        andere_school=draw(andere_school),
        andere_school_bereid_op=draw(st.one_of(st.none(), stap)),
        gemotiveerd=draw(st.booleans()),
        leerplichtig=draw(st.one_of(st.none(), st.booleans())),
        bezwaar=None if besluit is None else draw(st.one_of(st.none(), bezwaren(besluit))),
    )


def verwijderingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    rond: st.SearchStrategy[dt.date],
    andere_school: st.SearchStrategy[School | None] | None = None,
) -> st.SearchStrategy[Verwijdering]:
    """Verwijderingen of ``leerling``, decided on a day from ``rond`` or still intended: the
    hearings, Inspectie steps and the other school's willingness fall from 30 days before to
    10 days after that day (so some come too late), with or without a bezwaar.

    ``andere_school`` defaults to any school or none. Always consistent: a bezwaar only
    against a decision.
    """
    andere = st.one_of(st.none(), scholen()) if andere_school is None else andere_school
    return rond.flatmap(lambda dag: _verwijdering(leerling, school, dag, andere))


def schorsingen(
    leerling: Leerling,
    school: st.SearchStrategy[School],
    begin: st.SearchStrategy[dt.date],
) -> st.SearchStrategy[Schorsing]:
    """Schorsingen of ``leerling`` of 1 to 15 days, written, not written or not recorded, reported to the Inspectie
    within five days or not, sometimes pending a verwijdering. The end is never before the
    start."""

    def bouw(dag: dt.date) -> st.SearchStrategy[Schorsing]:
        return st.builds(
            Schorsing,
            leerling=st.just(leerling),
            school=school,
            begin=st.just(dag),
            einde=_na(dag, 14),
            inspectie_gemeld_op=st.one_of(st.none(), _na(dag, 5)),
            schriftelijk=st.one_of(st.none(), st.booleans()),
            hangende_verwijdering=st.booleans(),
        )

    return begin.flatmap(bouw)


# --- Finding a place (issue 14): support offers, capacity, absences, stappenplan steps -------
# Kept as one self-contained block with its own imports, so it merges next to other changes.
from passend import (  # noqa: E402
    Aanbodbron,
    Capaciteit,
    Ondersteuningsaanbod,
    Ondersteuningsvorm,
    Stap,
    Stapcode,
    Verzuim,
    Zoeker,
)


def ondersteuningsvormen() -> st.SearchStrategy[str]:
    """Codes of forms of support: the common ones and a few codes of an SWV's own."""
    return st.one_of(
        st.sampled_from(Ondersteuningsvorm),
        st.sampled_from(["time-out-plek", "eigen leerlijn", "ambulante begeleiding"]),
    )


def ondersteuningsaanbod(
    school: st.SearchStrategy[School], vastgesteld: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Ondersteuningsaanbod]:
    """Support offers of a school from ``school``, from a profile or a schoolgids, with up to
    five distinct forms."""
    return st.builds(
        Ondersteuningsaanbod,
        school=school,
        bron=st.sampled_from(Aanbodbron),
        vastgesteld_op=vastgesteld,
        vormen=st.lists(ondersteuningsvormen(), max_size=5, unique=True),
    )


def capaciteiten(
    school: st.SearchStrategy[School], vastgesteld: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Capaciteit]:
    """Capacity records: of the whole school or of one group, full or not, published or not."""
    return st.builds(
        Capaciteit,
        school=school,
        vastgesteld_op=vastgesteld,
        vol_voor_iedereen=st.booleans(),
        gepubliceerd=st.booleans(),
        groep=st.one_of(st.none(), st.sampled_from(["groep 1", "groep 3", "groep 8"])),
    )


def verzuimen(
    leerling: Leerling, school: st.SearchStrategy[School], sinds: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Verzuim]:
    """Absences of ``leerling`` of up to 120 days or still running, with or without a valid
    reason, or a reason not recorded. The return is never before the start."""

    def bouw(dag: dt.date) -> st.SearchStrategy[Verzuim]:
        return st.builds(
            Verzuim,
            leerling=st.just(leerling),
            school=school,
            sinds=st.just(dag),
            terug_op=st.one_of(st.none(), _na(dag, 120)),
            geoorloofd=st.one_of(st.none(), st.booleans()),
        )

    return sinds.flatmap(bouw)


def stappen(
    leerling: Leerling, school: st.SearchStrategy[School], op: st.SearchStrategy[dt.date]
) -> st.SearchStrategy[Stap]:
    """Steps of the stappenplannen; only SP-06 records who goes looking."""

    def bouw(code: Stapcode) -> st.SearchStrategy[Stap]:
        zoeker = (
            st.one_of(st.none(), st.sampled_from(Zoeker))
            if code is Stapcode.WIE_GAAT_OP_PAD
            else st.none()
        )
        return st.builds(
            Stap,
            leerling=st.just(leerling),
            stap=st.just(code),
            school=school,
            op=op,
            ouders_aanwezig=st.one_of(st.none(), st.booleans()),
            zoeker=zoeker,
        )

    return st.sampled_from(Stapcode).flatmap(bouw)
