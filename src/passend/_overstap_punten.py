"""Punten van de overstap po→vo die alleen een mens kan beoordelen (rules.md PV-01 … PV-08).

Open normen (is het in het belang van de leerling het advies niet te verhogen, een weigering
door een vo-school, de dubbele positie van po- en vo-school), datums die passend niet kent, en
onder ``Beleid.overstap_zuid_kennemerland`` de regionale afspraken van Zuid-Kennemerland
(PV-07): allemaal :class:`~passend.Aandachtspunt`\\ en, nooit wettelijke gebreken.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from passend._aanmelding import loopt
from passend._beleid import Beleid
from passend._bronnen import Bron
from passend._gebreken import Aandachtspunt
from passend._kalender import Kalender, dagnaam
from passend._overstap import (
    KAMERBRIEF_LOTING,
    WPO_HEROVERWEGING,
    WPO_OKR,
    WPO_SCHOOLADVIES,
    WVO_LOTING,
    WVO_SCHOOLADVIES_LEIDEND,
    ZK_OVERSTAP,
    Brugklasgrond,
    Lotingsuitkomst,
    Mdodeelnemer,
    Mdosoort,
    Regime,
    schooljaar,
)
from passend._overstap_toets import (
    PO_SCHOLEN,
    kalender_of_none,
    moment_of_none,
    overstapjaren,
    vo_aanmeldingen,
)
from passend._partijen import Schoolsoort, Sector

if TYPE_CHECKING:
    from passend._dossier import Dossier

__all__ = ["aandachtspunten"]


def _punt(onderwerp: str, uitleg: str, *grondslag: Bron) -> Aandachtspunt:
    return Aandachtspunt(onderwerp=onderwerp, uitleg=uitleg, grondslag=grondslag)


def _kalender_punten(dossier: Dossier) -> Iterator[Aandachtspunt]:
    """Overstap years whose dates passend does not know: nothing is judged on them."""
    for jaar, waar in overstapjaren(dossier).items():
        kal = kalender_of_none(jaar)
        if kal is None:
            yield _punt(
                "Overstapkalender onbekend",
                f"Het dossier toont een overstap in schooljaar {jaar} ({waar}), maar passend kent "
                "de datums van dat schooljaar niet. Advies en toets zijn daarom niet op datums "
                "getoetst; controleer ze met het tijdpad van OCW.",
                WPO_SCHOOLADVIES,
            )
            continue
        namen = (
            ("voorlopig schooladvies", "doorstroomtoets", "definitief schooladvies")
            if kal.regime is Regime.DOORSTROOMTOETS
            else ("schooladvies", "eindtoets")
        )
        onbekend = [n for n in namen if moment_of_none(kal, n) is None]
        if onbekend:
            yield _punt(
                "Overstapdatum niet geverifieerd",
                f"Schooljaar {jaar}: de datum van {', '.join(onbekend)} is niet geverifieerd; "
                "wat daarvan afhangt is niet getoetst.",
                WPO_SCHOOLADVIES,
            )


def _advies_punten(dossier: Dossier) -> Iterator[Aandachtspunt]:
    """Open norms of the advies: the exemption, and not raising after a higher toetsadvies."""
    for t in dossier.doorstroomtoetsen:
        if t.vrijgesteld:
            yield _punt(
                "Vrijstelling van de doorstroomtoets",
                f"De leerling is vrijgesteld ({dagnaam(t.ontvangen_op)}). Ga na of een grond "
                "geldt (zml, meervoudig gehandicapt met zml, korter dan vier jaar in Nederland "
                "met onvoldoende Nederlands) en of de ouders zijn geïnformeerd; het voorlopig "
                "advies geldt dan als definitief.",
                WPO_SCHOOLADVIES,
            )
    for h in dossier.heroverwegingen:
        if h.redenen is not None:
            yield _punt(
                "Niet verhogen in het belang van de leerling?",
                f"Op {dagnaam(h.op)} is het advies {h.niveau.value} geworden met redenen om niet "
                f"(volledig) te verhogen: '{h.redenen}'. Of niet verhogen in het belang van de "
                "leerling is, beoordeelt een mens; ouders kunnen een gesprek vragen en daarna "
                "klagen bij de klachtencommissie (het schooladvies is geen zaak voor de "
                "Geschillencommissie).",
                WPO_HEROVERWEGING,
            )


def _okr_punten(dossier: Dossier) -> Iterator[Aandachtspunt]:
    """A VO aanmelding before any OKR is on file (PV-03: the advies is part of the OKR)."""
    for a in vo_aanmeldingen(dossier):
        if not any(r.opgesteld_op <= a.ontvangen_op for r in dossier.onderwijskundige_rapporten):
            yield _punt(
                "Onderwijskundig rapport bij de aanmelding",
                f"Bij de aanmelding bij {a.school.naam} van {dagnaam(a.ontvangen_op)} is nog geen "
                "onderwijskundig rapport vastgelegd. Het schooladvies maakt er deel van uit; ga "
                "na of de vo-school het rapport heeft.",
                WPO_OKR,
            )


def _vo_punten(dossier: Dossier, op: dt.date, beleid: Beleid) -> Iterator[Aandachtspunt]:
    """VO refusals to judge, the uitgelote pupil, the double PO/VO position (PV-03, PV-05, PV-08)."""
    for b in dossier.brugklasbesluiten:
        if b.niveau is None and b.grond is not Brugklasgrond.TOETSADVIES:
            yield _punt(
                "Weigering door de vo-school",
                f"{b.school.naam} weigerde de leerling op {dagnaam(b.op)} ({b.grond.value}). Een "
                "leerling kan zich alleen aanmelden bij een school die de geadviseerde "
                "schoolsoort aanbiedt; ga na of dat de reden was en of de school bij zorgplicht "
                "een andere school heeft gevonden.",
                WVO_SCHOOLADVIES_LEIDEND,
            )
    for loting in dossier.lotingen:
        if loting.uitkomst is not Lotingsuitkomst.UITGELOOT or loting.uitkomst_op is None:
            continue
        later = [
            a
            for a in dossier.aanmeldingen
            if a.school != loting.school
            and a.school.soort.sector is Sector.VO
            and loopt(a, dossier, op, beleid)
        ]
        if not later:
            yield _punt(
                "Uitgeloot: tijdig elders aanmelden",
                f"De leerling is op {dagnaam(loting.uitkomst_op)} uitgeloot bij "
                f"{loting.school.naam}. Die school heeft geen zorgplicht; de ouders moeten de "
                "leerling tijdig elders aanmelden, en die aanmelding telt dan.",
                WVO_LOTING,
                KAMERBRIEF_LOTING,
            )
    po = [i for i in dossier.inschrijvingen if i.school.soort in PO_SCHOLEN and i.ingeschreven(op)]
    # An aanmelding waiting for, or lost in, a loting carries no zorgplicht (PV-05).
    niet_ingeloot = {
        x.school for x in dossier.lotingen if x.uitkomst is not Lotingsuitkomst.INGELOOT
    }
    vo = [
        a
        for a in vo_aanmeldingen(dossier)
        if loopt(a, dossier, op, beleid) and a.school not in niet_ingeloot
    ]
    if po and vo:
        yield _punt(
            "Dubbele positie po en vo",
            f"De leerling staat ingeschreven bij {po[0].school.naam} en is aangemeld bij "
            f"{', '.join(sorted({a.school.naam for a in vo}))}. De vo-school heeft zorgplicht voor "
            "de aanmelding (bij loting pas na inloting); de basisschool blijft verantwoordelijk "
            "voor de ondersteuning van haar ingeschreven leerling tot die de school verlaat. Die "
            "overlap is afgeleid, niet in de wet gezien (rules.md PV-08, OQ A8).",
            WVO_LOTING,
            WPO_OKR,
        )


def _zk_mdo_punten(dossier: Dossier) -> Iterator[Aandachtspunt]:
    """Zuid-Kennemerland: the MDO-O window, who took part, the needs sent beforehand (PV-07)."""
    for mdo in dossier.mdos:
        if mdo.soort is Mdosoort.MDO_O:
            jaar = int(schooljaar(mdo.op)[:4])
            van, tot = dt.date(jaar, 11, 1), dt.date(jaar + 1, 2, 1)
            if not van <= mdo.op <= tot:
                yield _punt(
                    "MDO-O buiten de regionale periode",
                    f"Het MDO-O met {mdo.vo_school.naam} was op {dagnaam(mdo.op)}; de regionale "
                    f"afspraak is tussen {dagnaam(van)} en {dagnaam(tot)}.",
                    ZK_OVERSTAP,
                )
        nodig = {Mdodeelnemer.OUDERS, Mdodeelnemer.BASISSCHOOL, Mdodeelnemer.VO_SCHOOL}
        if ontbrekend := sorted(d.value for d in nodig - set(mdo.deelnemers)):
            yield _punt(
                f"{mdo.soort.value} zonder vaste deelnemers",
                f"Bij het {mdo.soort.value} van {dagnaam(mdo.op)} ontbraken: "
                f"{', '.join(ontbrekend)}. Afgesproken is ten minste ouders, basisschool en "
                "vo-school, bij voorkeur ook de leerling.",
                ZK_OVERSTAP,
            )
        verstuurd = mdo.behoeften_verstuurd_op
        if verstuurd is None or verstuurd >= mdo.op:
            wanneer = "niet vastgelegd" if verstuurd is None else f"pas op {dagnaam(verstuurd)}"
            yield _punt(
                "Onderwijsbehoeften niet vooraf bij de vo-school",
                f"Vóór het {mdo.soort.value} van {dagnaam(mdo.op)} krijgt de vo-school de "
                f"onderwijsbehoeften op papier; verstuurd: {wanneer}.",
                ZK_OVERSTAP,
            )


def _zk_aanmeld_punten(dossier: Dossier, op: dt.date, beleid: Beleid) -> Iterator[Aandachtspunt]:
    """Zuid-Kennemerland: loting after the MDO-O, PrO/lwoo from 1 January, MDO-T for PrO/VSO."""
    for loting in dossier.lotingen:
        mdo_o = [
            m for m in dossier.mdos if m.soort is Mdosoort.MDO_O and m.vo_school == loting.school
        ]
        if loting.uitkomst_op is not None and any(loting.uitkomst_op < m.op for m in mdo_o):
            yield _punt(
                "Loting vóór het MDO-O",
                f"De loting bij {loting.school.naam} was op {dagnaam(loting.uitkomst_op)}, vóór het "
                "MDO-O met die school; regionaal is afgesproken dat de loting na het MDO-O komt.",
                ZK_OVERSTAP,
            )
    lwoo = {r.aanvrager for r in dossier.lwoo_aanwijzingen}
    for a in vo_aanmeldingen(dossier):
        vroeg = a.school.soort is Schoolsoort.PRO or a.school in lwoo
        if vroeg and a.ontvangen_op < dt.date(int(schooljaar(a.ontvangen_op)[5:]), 1, 1):
            yield _punt(
                "Lwoo of PrO: aanmelden vanaf 1 januari",
                f"De aanmelding bij {a.school.naam} kwam op {dagnaam(a.ontvangen_op)}; regionaal "
                "mogen lwoo- en PrO-leerlingen zich vanaf 1 januari aanmelden (wettelijke basis "
                "van die vroege aanmelding niet gezien, OQ A7).",
                ZK_OVERSTAP,
            )
        if a.school.soort in (Schoolsoort.PRO, Schoolsoort.VSO) and not any(
            m.soort is Mdosoort.MDO_T and m.vo_school == a.school for m in dossier.mdos
        ):
            yield _punt(
                "Geen MDO-T",
                f"Voor de aanmelding bij {a.school.naam} ({a.school.soort.value}) is geen MDO-T "
                "vastgelegd; regionaal volgt de toelating via een MDO-T en een TLV van het "
                "samenwerkingsverband vo.",
                ZK_OVERSTAP,
            )


def aandachtspunten(
    dossier: Dossier, op: dt.date, kalender: Kalender, beleid: Beleid
) -> Iterator[Aandachtspunt]:
    """Wat alleen een mens kan beoordelen in de overstap, en onbekende datums; onder
    ``Beleid.overstap_zuid_kennemerland`` ook de regionale afspraken (nooit gebreken).

    Grondslag:
        PV-01 … PV-05 en PV-08 zoals per punt vermeld; ondersteuningsplan SWV Zuid-Kennemerland
        2024-2028 § 6.1.4 (PV-07).
    """
    yield from _kalender_punten(dossier)
    yield from _advies_punten(dossier)
    yield from _okr_punten(dossier)
    yield from _vo_punten(dossier, op, beleid)
    if beleid.overstap_zuid_kennemerland:
        yield from _zk_mdo_punten(dossier)
        yield from _zk_aanmeld_punten(dossier, op, beleid)
