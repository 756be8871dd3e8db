"""Invariants of the TLV and OPP rules (issue 4, item 3)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs
from hypothesis import given
from hypothesis import strategies as st

from passend import (
    Aanbodafwijzing,
    Aanmelding,
    Beleid,
    Bestuurssoort,
    Dossier,
    ExtraOndersteuning,
    Handelingsdeel,
    Inschrijving,
    Kalender,
    Leerling,
    Ondersteuningsbehoefte,
    Opp,
    OppTermijnVanaf,
    Samenwerkingsverband,
    School,
    Schoolbestuur,
    Schoolsoort,
    Schorsing,
    Sector,
    Tlv,
    TlvCategorie,
    TlvUitkomst,
    Toelatingsbesluit,
    Toelatingsuitkomst,
    opp_vereist,
)
from passend import strategies as ps
from passend._dossier import lopende_termijnen
from passend._opp_toets import gebreken as opp_gebreken
from passend._toets import aandachtspunten, toets

DAG = dt.timedelta(days=1)
KAL = Kalender.standaard()
LL = Leerling(id="ll-1", geboortedatum=dt.date(2015, 5, 1))
BESTUUR = Schoolbestuur(id="b-1", naam="Stichting", soort=Bestuurssoort.OPENBAAR)
SBO = School(brin="34CD", naam="De Brug", soort=Schoolsoort.SBO, bestuur=BESTUUR)
ANDERE = School(brin="12AB", naam="De Linde", soort=Schoolsoort.BAO, bestuur=BESTUUR)
SWV = Samenwerkingsverband(id="PO2702", naam="SWV", sector=Sector.PO)
GEBEURTENIS = ps.datums(max_value=dt.date(2027, 9, 30))


@st.composite
def goede_dossiers(draw: st.DrawFn) -> tuple[Dossier, dt.date]:
    """An SBO pupil with an OPP that meets every rule, and a day within its first year."""
    ingeschreven = draw(GEBEURTENIS)
    vastgesteld = ingeschreven + draw(st.integers(0, 42)) * DAG
    opp = Opp(
        leerling=LL,
        school=SBO,
        vastgesteld_op=vastgesteld,
        uitstroombestemming="vso arbeidsmarkt",
        belemmerende_factoren=("prikkelverwerking",),
        bevorderende_factoren=("doorzettingsvermogen",),
        handelingsdeel=Handelingsdeel(ondersteuning="kleine groep", afwijkingen="minder uren"),
        oogo_op=vastgesteld - draw(st.integers(0, 14)) * DAG,
        instemming_op=vastgesteld,
        leerling_gehoord_op=vastgesteld,
    )
    dossier = Dossier(
        leerling=LL,
        inschrijvingen=(Inschrijving(leerling=LL, school=SBO, ingeschreven_op=ingeschreven),),
        opps=(opp,),
    )
    return dossier, vastgesteld + draw(st.integers(0, 365)) * DAG


@st.composite
def losse_records(draw: st.DrawFn, rond: dt.date) -> Schorsing | Aanbodafwijzing:
    """A record about another school that has nothing to do with the OPP."""
    begin = rond + draw(st.integers(-200, 200)) * DAG
    if draw(st.booleans()):
        return Schorsing(leerling=LL, school=ANDERE, begin=begin, einde=begin + 2 * DAG)
    return Aanbodafwijzing(leerling=LL, school=ANDERE, afgewezen_op=begin)


def _opp_codes(dossier: Dossier, op: dt.date) -> list[str]:
    return [g.code.value for g in toets(dossier, op) if g.code.value.startswith("opp_")]


@given(goede_dossiers(), st.data())
def test_goed_opp_blijft_goed_met_een_los_record_erbij(
    geval: tuple[Dossier, dt.date], data: st.DataObject
) -> None:
    dossier, op = geval
    assert _opp_codes(dossier, op) == []
    los = data.draw(losse_records(op))
    if isinstance(los, Schorsing):
        meer = attrs.evolve(dossier, schorsingen=(los,))
    else:
        meer = attrs.evolve(dossier, aanbodafwijzingen=(los,))
    assert _opp_codes(meer, op) == []
    assert list(opp_gebreken(meer.stand_op(op), op, KAL, Beleid())) == []


@given(
    ps.datums(),
    st.integers(1, 2000),
    st.integers(-3000, 3000),
    st.sampled_from(TlvUitkomst),
)
def test_tlv_is_nooit_geldig_buiten_zijn_datums(
    ingang: dt.date, duur: int, verschil: int, uitkomst: TlvUitkomst
) -> None:
    einde = ingang + duur * DAG
    tlv = Tlv(
        leerling=LL,
        swv=SWV,
        categorie=TlvCategorie.SBO,
        aangevraagd_op=ingang - 60 * DAG,
        aanvrager=ANDERE,
        besluit_op=ingang - 30 * DAG,
        uitkomst=uitkomst,
        ingangsdatum=ingang,
        einddatum=einde,
    )
    op = ingang + verschil * DAG
    if tlv.geldig_op(op):
        assert ingang <= op <= einde
        assert uitkomst is TlvUitkomst.AFGEGEVEN
    elif uitkomst is TlvUitkomst.AFGEGEVEN:
        assert not ingang <= op <= einde


BAO = School(brin="56EF", naam="De Wilg", soort=Schoolsoort.BAO, bestuur=BESTUUR)
BELEIDEN = st.sampled_from(
    [Beleid(), Beleid(naam="GPO-praktijk", opp_termijn_vanaf=OppTermijnVanaf.START_ONDERSTEUNING)]
)


@given(
    st.dates(dt.date(2023, 8, 1), dt.date(2026, 6, 30)),
    st.integers(0, 400),
    st.integers(0, 500),
    BELEIDEN,
)
def test_toets_handhaaft_precies_de_termijn_die_lopende_termijnen_toont(
    ingeschreven: dt.date, later: int, na: int, beleid: Beleid
) -> None:
    """OPP-02, OQ 8: an OPP is late on ``op`` exactly when the statutory end of the OPP term
    that ``lopende_termijnen`` showed when the support began lies before ``op`` (a policy end is
    shown beside it but excuses nothing); without such a term (a need that arose later, under
    the statute) there is an aandachtspunt instead."""
    vanaf = ingeschreven + later * DAG
    op = vanaf + na * DAG
    dossier = Dossier(
        leerling=LL,
        inschrijvingen=(Inschrijving(leerling=LL, school=BAO, ingeschreven_op=ingeschreven),),
        ondersteuningen=(ExtraOndersteuning(leerling=LL, school=BAO, vanaf=vanaf),),
    )
    getoond = [
        t
        for t in lopende_termijnen(dossier, vanaf, beleid=beleid)
        if t.naam == "Termijn ontwikkelingsperspectief"
    ]
    te_laat = "opp_te_laat" in [g.code.value for g in toets(dossier, op, beleid=beleid)]
    assert te_laat == any(op > t.wettelijk_einde for t in getoond)
    punten = [p.onderwerp for p in aandachtspunten(dossier, op, beleid=beleid)]
    assert ("OPP nodig, geen wettelijke termijn" in punten) == (not getoond)


# --- OPP-01 as corrected: the OPP follows the need the dossier shows (issue 11) ----------------

INGESCHREVEN = dt.date(2024, 9, 2)


@given(
    st.sampled_from(Ondersteuningsbehoefte),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, "aangevraagd", *TlvUitkomst]),
    st.integers(0, 700),
)
def test_een_behoefte_die_het_dossier_toont_vraagt_een_opp_en_twijfel_is_geen_nee(
    behoefte: Ondersteuningsbehoefte,
    met_opp: bool,
    met_steun: bool,
    tlv: TlvUitkomst | Literal["aangevraagd"] | None,
    dagen: int,
) -> None:
    """A pupil admitted at a regular school: each fact OPP-01 names (a vastgestelde need at the
    aanmelding, an OPP, a TLV requested or afgegeven, extra support) makes the OPP required,
    and nothing else does; a need left open (vermoed, onbekend, a refused TLV) is never a sure
    "no" and always an aandachtspunt. The statute is the first ground."""
    op = INGESCHREVEN + dagen * DAG
    aanmelding = Aanmelding(
        leerling=LL,
        school=BAO,
        ontvangen_op=dt.date(2024, 6, 3),
        ondersteuningsbehoefte=behoefte,
        besluit=Toelatingsbesluit(
            datum=dt.date(2024, 7, 1), uitkomst=Toelatingsuitkomst.TOEGELATEN
        ),
    )
    tlvs = []
    if tlv is not None:
        uitkomst = None if tlv == "aangevraagd" else tlv
        besluit = None if uitkomst is None else INGESCHREVEN + 40 * DAG
        tlvs.append(
            Tlv(
                leerling=LL,
                swv=SWV,
                categorie=TlvCategorie.SBO,
                aangevraagd_op=INGESCHREVEN + 10 * DAG,
                aanvrager=BAO,
                besluit_op=besluit,
                uitkomst=uitkomst,
                ingangsdatum=None if besluit is None else besluit,
                einddatum=None if besluit is None else dt.date(2027, 7, 31),
            )
        )
    dossier = Dossier(
        leerling=LL,
        aanmeldingen=(aanmelding,),
        inschrijvingen=(Inschrijving(leerling=LL, school=BAO, ingeschreven_op=INGESCHREVEN),),
        opps=[
            Opp(
                leerling=LL,
                school=BAO,
                vastgesteld_op=INGESCHREVEN + 30 * DAG,
                uitstroombestemming="vmbo",
                belemmerende_factoren=("taal",),
                bevorderende_factoren=("inzet",),
                handelingsdeel=None,
            )
        ]
        if met_opp
        else [],
        ondersteuningen=[ExtraOndersteuning(leerling=LL, school=BAO, vanaf=INGESCHREVEN)]
        if met_steun
        else [],
        tlvs=tlvs,
    )
    # What is known on op (the OPP, the TLV and its decision are dated after the enrolment).
    stand = dossier.stand_op(op)
    getoond = (
        behoefte is Ondersteuningsbehoefte.VASTGESTELD
        or bool(stand.opps)
        or met_steun
        or any(
            t.uitkomst in (None, TlvUitkomst.AANGEHOUDEN, TlvUitkomst.AFGEGEVEN) for t in stand.tlvs
        )
    )
    open_ = behoefte in (Ondersteuningsbehoefte.VERMOED, Ondersteuningsbehoefte.ONBEKEND) or any(
        t.uitkomst is TlvUitkomst.AFGEWEZEN for t in stand.tlvs
    )
    oordeel = opp_vereist(dossier, op)
    assert oordeel.vereist is getoond
    assert str(oordeel.grondslag[0]) == "WPO art. 40a"
    assert "krijgt geen extra ondersteuning" not in oordeel.uitleg
    punten = [p.onderwerp for p in aandachtspunten(dossier, op)]
    twijfel = "OPP: ondersteuningsbehoefte niet vastgesteld" in punten
    if getoond:
        assert oordeel.zeker
        assert oordeel.sinds is not None
        assert not twijfel
    else:
        assert oordeel.zeker is not open_
        assert twijfel is open_
