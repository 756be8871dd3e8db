"""The statutory terms against the worked examples of legal/rules.md (E1-E14, quick checks).

Expected dates are copied from rules.md, which computed them by hand from the law; they are
not derived from the code.
"""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from passend import (
    Beleid,
    Bestuurssoort,
    NietBekend,
    OngeldigeInvoer,
    Opschortingsinterval,
    Schoolsoort,
    Verlengingsbasis,
)
from passend import json as pjson
from passend.termijnen import (
    Termijn,
    aanmelden_advies,
    beslistermijn,
    beslistermijn_bezwaar,
    bezwaartermijn,
    gpo_oordeel_termijn,
    gpo_termijn,
    niet_behandelen_termijn,
    opp_termijn,
    opschorten,
    schorsing_maximum,
    tijdelijke_inschrijving_vanaf,
)

D = dt.date
OPENBAAR, BIJZONDER = Bestuurssoort.OPENBAAR, Bestuurssoort.BIJZONDER


def test_e1_beslistermijn_en_verlenging() -> None:
    """T-01: the day of receipt is not counted; six weeks end on receipt + 42 days."""
    zes = beslistermijn(D(2025, 3, 3))
    tien = beslistermijn(
        D(2025, 3, 3), verlenging_weken=4, verlenging_medegedeeld_op=D(2025, 4, 10)
    )
    assert (zes.begin, zes.einde) == (D(2025, 3, 4), D(2025, 4, 14))
    assert tien.einde == D(2025, 5, 12)
    assert tijdelijke_inschrijving_vanaf(tien) == D(2025, 5, 13)


def test_e2_goede_vrijdag_en_verlenging_vanaf_nominaal_einde() -> None:
    assert beslistermijn(D(2025, 3, 7)).einde == D(2025, 4, 22)
    assert beslistermijn(D(2025, 3, 7), verlenging_weken=4).einde == D(2025, 5, 16)
    atw = Beleid(verlenging_vanaf=Verlengingsbasis.ATW_EINDE)
    assert beslistermijn(D(2025, 3, 7), verlenging_weken=4, beleid=atw).einde == D(2025, 5, 20)


def test_e3_termijn_loopt_door_in_de_zomervakantie(kalender: object) -> None:
    t = beslistermijn(D(2025, 5, 14), verlenging_weken=4)
    assert t.einde == D(2025, 7, 23)
    assert tijdelijke_inschrijving_vanaf(t) == D(2025, 7, 24)


def test_e4_ontvangst_op_zaterdag() -> None:
    assert beslistermijn(D(2025, 6, 14)).einde == D(2025, 7, 28)
    assert beslistermijn(D(2025, 6, 14), verlenging_weken=4).einde == D(2025, 8, 25)


def test_e5_hemelvaart_en_kb_dag() -> None:
    assert beslistermijn(D(2025, 4, 17)).einde == D(2025, 6, 2)


def test_e6_bevrijdingsdag_elk_jaar() -> None:
    assert beslistermijn(D(2026, 3, 24)).einde == D(2026, 5, 6)


def test_e7_bezwaar_eindigt_op_koningsdag() -> None:
    t = bezwaartermijn(D(2026, 3, 16), bestuur_soort=OPENBAAR)
    assert (t.begin, t.nominaal_einde, t.einde) == (D(2026, 3, 17), D(2026, 4, 27), D(2026, 4, 28))
    assert t.uiterste_ontvangst == D(2026, 5, 5)
    assert "Koningsdag" in t.uitleg
    assert {str(b) for b in t.grondslag} >= {"Awb art. 6:7", "Awb art. 6:8 lid 1", "Awb art. 6:9"}


def test_e8_bezwaar_eindigt_op_zondag() -> None:
    assert bezwaartermijn(D(2025, 9, 7), bestuur_soort=OPENBAAR).einde == D(2025, 10, 20)


def test_e9_opp() -> None:
    t = opp_termijn(D(2025, 9, 1), schoolsoort=Schoolsoort.BAO)
    assert t.einde == D(2025, 10, 13)
    assert [str(b) for b in t.grondslag] == ["WPO art. 40a lid 1", "Atw art. 1 lid 1"]


def test_e10_opp_op_tweede_kerstdag() -> None:
    assert opp_termijn(D(2025, 11, 14)).einde == D(2025, 12, 29)


def test_e11_nieuwjaar_en_kb_dag_2026() -> None:
    assert beslistermijn(D(2025, 11, 21)).einde == D(2026, 1, 5)


def test_e12_tlv_bezwaar_met_adviescommissie() -> None:
    bezwaar = bezwaartermijn(D(2025, 12, 9), bestuur_soort=OPENBAAR)
    assert bezwaar.einde == D(2026, 1, 20)
    assert bezwaar.uiterste_ontvangst == D(2026, 1, 27)

    def beslis(adviescommissie: bool, verdaging_weken: int = 0) -> dt.date:
        return beslistermijn_bezwaar(
            D(2026, 1, 5),
            bestuur_soort=OPENBAAR,
            bezwaartermijn_einde=bezwaar.einde,
            adviescommissie=adviescommissie,
            verdaging_weken=verdaging_weken,
        ).einde

    assert beslis(adviescommissie=True) == D(2026, 4, 14)
    assert beslis(adviescommissie=True, verdaging_weken=6) == D(2026, 5, 26)
    assert beslis(adviescommissie=False) == D(2026, 3, 3)


def test_e13_bijzonder_bezwaar_met_gpo_opschorting() -> None:
    assert bezwaartermijn(D(2026, 2, 2), bestuur_soort=BIJZONDER).einde == D(2026, 3, 16)
    gpo = [(D(2026, 3, 18), D(2026, 5, 13))]
    t = beslistermijn_bezwaar(D(2026, 3, 11), bestuur_soort=BIJZONDER, opschortingen=gpo)
    assert t.einde == D(2026, 6, 3)
    gesloten = Beleid(opschorting=Opschortingsinterval.GESLOTEN)
    t2 = beslistermijn_bezwaar(
        D(2026, 3, 11), bestuur_soort=BIJZONDER, opschortingen=gpo, beleid=gesloten
    )
    assert t2.einde == D(2026, 6, 4)
    assert "WPO art. 43" in {str(b) for b in t.grondslag}


def test_e14_informatieverzoek_wettelijk_en_regionaal() -> None:
    """BES-03: waiting for information suspends the term only under the regional policy."""
    verzoek = [(D(2025, 3, 10), D(2025, 3, 24))]
    wettelijk = beslistermijn(D(2025, 3, 3), informatieverzoeken=verzoek)
    assert wettelijk.einde == D(2025, 4, 14)
    assert wettelijk.beleid is None
    assert "schort de wettelijke termijn niet op" in wettelijk.uitleg
    regionaal = beslistermijn(
        D(2025, 3, 3), informatieverzoeken=verzoek, beleid=Beleid.rijn_gelderse_vallei()
    )
    assert (regionaal.einde, regionaal.wettelijk_einde) == (D(2025, 4, 28), D(2025, 4, 14))
    assert regionaal.beleid == "Rijn & Gelderse Vallei (Zorgplicht in schema, 2022)"
    assert any(b.bwb_id is None and "Rijn" in b.wet for b in regionaal.grondslag)


@pytest.mark.parametrize(
    ("ontvangen", "verwacht"),
    [
        (D(2025, 3, 15), D(2025, 4, 28)),  # Koningsdag on Saturday 2025-04-26
        (D(2026, 2, 20), D(2026, 4, 7)),  # Goede Vrijdag, weekend, Tweede Paasdag
    ],
)
def test_snelle_controles(ontvangen: dt.date, verwacht: dt.date) -> None:
    assert beslistermijn(ontvangen).einde == verwacht


def test_tien_weken_voor_de_start_is_terugrekening_zonder_atw() -> None:
    t = aanmelden_advies(D(2025, 9, 1))
    assert t.einde == D(2025, 6, 23)
    assert not t.atw_toegepast
    assert "Atw art. 1 lid 2" in {str(b) for b in t.grondslag}
    # Counted back from 2026-07-06, the advised day is Koningsdag 2026-04-27: it stays there.
    assert aanmelden_advies(D(2026, 7, 6)).einde == D(2026, 4, 27)


def test_schorsing_maximum_is_zeven_kalenderdagen() -> None:
    t = schorsing_maximum(D(2026, 3, 9), schoolsoort=Schoolsoort.BAO)
    assert t.einde == D(2026, 3, 15)
    assert [str(b) for b in t.grondslag] == ["WPO art. 40c"]


def test_niet_behandelen_vier_weken() -> None:
    t = niet_behandelen_termijn(D(2025, 4, 1), schoolsoort=Schoolsoort.SO)
    assert t.einde == D(2025, 4, 29)
    assert [b.wet for b in t.grondslag] == ["WEC", "Atw"]


def test_gpo_termijnen_worden_niet_verschoven() -> None:
    # 2026-03-16 + 6 weeks = Monday 2026-04-27, Koningsdag: a soft term, reported nominally.
    verzoek = gpo_termijn(D(2026, 3, 16))
    assert verzoek.einde == D(2026, 4, 27)
    assert not verzoek.atw_toegepast
    assert gpo_oordeel_termijn(D(2026, 3, 18)).einde == D(2026, 5, 27)


def test_verlenging_te_laat_meegedeeld_telt_niet() -> None:
    t = beslistermijn(D(2025, 3, 3), verlenging_weken=4, verlenging_medegedeeld_op=D(2025, 4, 15))
    assert t.einde == D(2025, 4, 14)
    assert "telt niet" in t.uitleg


@pytest.mark.parametrize("weken", [-1, 5, 2.5, True])
def test_verlenging_buiten_bereik(weken: object) -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        beslistermijn(D(2025, 3, 3), verlenging_weken=weken)  # type: ignore[arg-type]
    assert fout.value.code == "ongeldige_invoer"
    assert fout.value.veld == "verlenging_weken"


def test_awb_beslistermijn_vraagt_einde_bezwaartermijn() -> None:
    with pytest.raises(NietBekend, match="bezwaartermijn_einde"):
        beslistermijn_bezwaar(D(2026, 1, 5), bestuur_soort=OPENBAAR)


def test_bijzonder_onderwijs_kent_geen_verdaging() -> None:
    with pytest.raises(OngeldigeInvoer, match="verdaging"):
        beslistermijn_bezwaar(D(2026, 1, 5), bestuur_soort=BIJZONDER, verdaging_weken=2)


def test_termijn_boven_12_weken_alleen_met_beleid_verschoven() -> None:
    # 2025-12-30 + 12 + 6 weeks = Tuesday 2026-05-05, Bevrijdingsdag (Atw art. 4, OQ 13).
    zonder = beslistermijn_bezwaar(
        D(2025, 12, 1),
        bestuur_soort=OPENBAAR,
        bezwaartermijn_einde=D(2025, 12, 30),
        adviescommissie=True,
        verdaging_weken=6,
    )
    assert zonder.einde == D(2026, 5, 5)
    assert not zonder.atw_toegepast
    assert "Atw art. 4" in {str(b) for b in zonder.grondslag}
    met = beslistermijn_bezwaar(
        D(2025, 12, 1),
        bestuur_soort=OPENBAAR,
        bezwaartermijn_einde=D(2025, 12, 30),
        adviescommissie=True,
        verdaging_weken=6,
        beleid=Beleid(atw_bij_termijn_boven_12_weken=True),
    )
    assert met.einde == D(2026, 5, 6)


def test_opschorting_met_omgekeerd_interval() -> None:
    with pytest.raises(OngeldigeInvoer, match="tot"):
        opschorten(beslistermijn(D(2025, 3, 3)), D(2025, 3, 20), D(2025, 3, 10), reden="x")


def test_ongeldige_datum() -> None:
    with pytest.raises(OngeldigeInvoer, match="ontvangen_op"):
        beslistermijn(dt.datetime(2025, 3, 3, 12))


def test_termijn_verstreken_en_loopt() -> None:
    t = beslistermijn(D(2025, 3, 3))
    assert t.loopt(D(2025, 3, 4))
    assert t.loopt(D(2025, 4, 14))
    assert not t.loopt(D(2025, 3, 3))
    assert not t.verstreken(D(2025, 4, 14))
    assert t.verstreken(D(2025, 4, 15))


def test_een_berekende_termijn_gedraagt_zich_als_een_gebouwde() -> None:
    """A term passend computes writes its explanation only when read; to every user it is the
    same value as one built through the constructor with that text."""
    berekend = beslistermijn(D(2025, 3, 3))
    gebouwd = Termijn(**{v.name: getattr(berekend, v.name) for v in attrs.fields(Termijn)})
    assert type(berekend.uitleg) is str
    assert berekend.uitleg.startswith("Beslistermijn aanmelding: 6 weken na ")
    assert berekend == gebouwd
    assert hash(berekend) == hash(gebouwd)
    assert repr(berekend) == repr(gebouwd)
    assert pickle.loads(pickle.dumps(berekend)) == gebouwd
    assert attrs.evolve(berekend) == gebouwd
    assert pjson.dumps(berekend) == pjson.dumps(gebouwd)
    # A changed copy (an extension) keeps the explanation of the six weeks and adds its own.
    verlengd = beslistermijn(D(2025, 3, 3), verlenging_weken=4)
    assert verlengd.einde == D(2025, 5, 12)
    assert verlengd.uitleg.startswith(berekend.uitleg)
    assert verlengd.uitleg.endswith("dus de termijn eindigt op maandag 2025-05-12.")
