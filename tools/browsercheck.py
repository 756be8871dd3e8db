"""Load every page of the built documentation in headless Chromium, as a reader would.

Usage::

    python tools/browsercheck.py docs/_build/html \\
        --screenshot tutorials/zorgplicht.html --uit docs/_build/screenshots

The site is served on 127.0.0.1 (a port the system picks) for as long as the check runs.
Chromium (Debian's ``chromium``, no browser download) is driven over its DevTools protocol.
A page fails on: a JavaScript error or ``console.error``, a resource that does not load (HTTP
status ≥ 400 or a failed request), a link to a page of the site that does not exist, or a link
to an anchor (``#…``) that is not on its page. Links to other sites are counted, not followed:
the check runs offline. One page is saved as a screenshot (the first screen and the whole page)
for a person to look at. Exit status 0 when every page is clean, 1 otherwise, 2 when Chromium
cannot be started.
"""

from __future__ import annotations

import argparse
import base64
import functools
import http.server
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

#: Chromium as the task asks for it: headless, no GPU, no network of its own, a fresh profile.
CHROMIUM_VLAGGEN = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)
BREEDTE, HOOGTE = 1280, 900
#: Seconds for one page to load; the pages are static files on this machine.
PAGINA_TIJD = 20.0
#: Seconds for the whole check; it stops itself after that.
TOTALE_TIJD = 300.0

JS_PAGINA = """JSON.stringify({
  links: Array.from(document.querySelectorAll("a[href]"), a => a.href),
  ids: Array.from(document.querySelectorAll("[id], a[name]"), e => e.id || e.name),
})"""


class Mislukt(RuntimeError):
    """The check could not run (no Chromium, a page that never loads)."""


@dataclass
class Pagina:
    pad: str  # relative to the site root, e.g. ``tutorials/zorgplicht.html``
    links: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    problemen: list[str] = field(default_factory=list)


# --- The site on 127.0.0.1 ----------------------------------------------------------------------


class _StilleHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def bediend(wortel: Path) -> Iterator[str]:
    """Serve ``wortel`` on 127.0.0.1 for the duration of the block; yields the base URL."""
    handler = functools.partial(_StilleHandler, directory=str(wortel))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        draad.join(timeout=5)


# --- Chromium and its DevTools protocol ----------------------------------------------------------


def chromium_pad() -> str:
    for naam in ("chromium", "chromium-browser"):
        gevonden = shutil.which(naam)
        if gevonden:
            return gevonden
    raise Mislukt("chromium niet gevonden; installeer het Debian-pakket chromium")


@contextmanager
def chromium() -> Iterator[str]:
    """Start Chromium with a fresh profile; yields its DevTools browser URL; stops it after."""
    with tempfile.TemporaryDirectory(prefix="passend-chromium-") as profiel:
        proces = subprocess.Popen(
            [chromium_pad(), *CHROMIUM_VLAGGEN, f"--user-data-dir={profiel}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            poortbestand = Path(profiel) / "DevToolsActivePort"
            einde = time.monotonic() + 30
            while not poortbestand.exists() or len(poortbestand.read_text().split()) < 2:
                if proces.poll() is not None or time.monotonic() > einde:
                    raise Mislukt("chromium start niet (geen DevToolsActivePort)")
                time.sleep(0.1)
            poort, pad = poortbestand.read_text().split()[:2]
            yield f"ws://127.0.0.1:{poort}{pad}"
        finally:
            proces.terminate()
            try:
                proces.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proces.kill()
                proces.wait()


class Devtools:
    """A minimal client: commands with an id, events queued until asked for."""

    def __init__(self, verbinding: ClientConnection) -> None:
        self.verbinding = verbinding
        self.volgnummer = 0
        self.gebeurtenissen: list[dict[str, Any]] = []

    def _ontvang(self, tot: float) -> dict[str, Any]:
        over = tot - time.monotonic()
        if over <= 0:
            raise Mislukt("geen antwoord van chromium binnen de tijd")
        try:
            bericht: dict[str, Any] = json.loads(self.verbinding.recv(timeout=over))
        except TimeoutError:
            raise Mislukt("geen antwoord van chromium binnen de tijd") from None
        return bericht

    def stuur(
        self, methode: str, sessie: str | None = None, tijd: float = PAGINA_TIJD, **params: Any
    ) -> dict[str, Any]:
        self.volgnummer += 1
        bericht: dict[str, Any] = {"id": self.volgnummer, "method": methode, "params": params}
        if sessie:
            bericht["sessionId"] = sessie
        self.verbinding.send(json.dumps(bericht))
        tot = time.monotonic() + tijd
        while True:
            antwoord = self._ontvang(tot)
            if antwoord.get("id") == self.volgnummer:
                if "error" in antwoord:
                    raise Mislukt(f"{methode}: {antwoord['error']}")
                resultaat: dict[str, Any] = antwoord.get("result", {})
                return resultaat
            self.gebeurtenissen.append(antwoord)

    def wacht_op(self, methode: str, tijd: float = PAGINA_TIJD) -> None:
        tot = time.monotonic() + tijd
        while not any(g.get("method") == methode for g in self.gebeurtenissen):
            self.gebeurtenissen.append(self._ontvang(tot))

    def neem(self) -> list[dict[str, Any]]:
        gebeurtenissen, self.gebeurtenissen = self.gebeurtenissen, []
        return gebeurtenissen


def _problemen(gebeurtenissen: list[dict[str, Any]]) -> Iterator[str]:
    """What went wrong while a page loaded, in words."""
    for g in gebeurtenissen:
        methode, p = g.get("method"), g.get("params", {})
        if methode == "Runtime.exceptionThrown":
            details = p["exceptionDetails"]
            yield f"JavaScript-fout: {details.get('exception', {}).get('description') or details['text']}"
        elif methode == "Runtime.consoleAPICalled" and p["type"] in {"error", "assert"}:
            tekst = " ".join(str(a.get("value", a.get("description", ""))) for a in p["args"])
            yield f"console.{p['type']}: {tekst}"
        elif methode == "Log.entryAdded" and p["entry"]["level"] == "error":
            yield f"console: {p['entry']['text']} ({p['entry'].get('url', '')})"
        elif methode == "Network.responseReceived" and p["response"]["status"] >= 400:
            yield f"HTTP {p['response']['status']}: {p['response']['url']}"
        elif methode == "Network.loadingFailed" and not p.get("canceled"):
            yield f"laden mislukt: {p.get('errorText')} ({p.get('type', '')})"


# --- The check ---------------------------------------------------------------------------------


def paginas(wortel: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to the root."""
    return sorted(
        p.relative_to(wortel).as_posix()
        for p in wortel.rglob("*.html")
        if not p.relative_to(wortel).parts[0].startswith("_")
    )


def bezoek(dt: Devtools, sessie: str, basis: str, pagina: Pagina) -> None:
    dt.neem()
    resultaat = dt.stuur("Page.navigate", sessie, url=basis + pagina.pad)
    if resultaat.get("errorText"):
        pagina.problemen.append(f"laadt niet: {resultaat['errorText']}")
        return
    dt.wacht_op("Page.loadEventFired")
    # One more turn of the page's event loop, so errors of its load handlers are in.
    dt.stuur(
        "Runtime.evaluate",
        sessie,
        expression="new Promise(r => setTimeout(r, 50))",
        awaitPromise=True,
    )
    inhoud = dt.stuur("Runtime.evaluate", sessie, expression=JS_PAGINA, returnByValue=True)
    gegevens = json.loads(inhoud["result"]["value"])
    pagina.links, pagina.ids = gegevens["links"], set(gegevens["ids"])
    pagina.problemen += _problemen(dt.neem())


def controleer_links(wortel: Path, basis: str, bezocht: dict[str, Pagina]) -> tuple[int, int]:
    """Every link to the site must reach a file, and its anchor an element there.
    Returns (internal links checked, links to other sites)."""
    intern = extern = 0
    for pagina in bezocht.values():
        for link in pagina.links:
            if not link.startswith(basis):
                extern += link.startswith(("http://", "https://"))
                continue
            intern += 1
            deel = urllib.parse.urlsplit(link)
            pad = urllib.parse.unquote(deel.path).lstrip("/") or "index.html"
            if pad.endswith("/"):
                pad += "index.html"
            if not (wortel / pad).is_file():
                pagina.problemen.append(f"link naar een pagina die niet bestaat: {pad}")
            elif deel.fragment and pad in bezocht:
                anker = urllib.parse.unquote(deel.fragment)
                if anker not in bezocht[pad].ids:
                    pagina.problemen.append(f"link naar een anker dat niet bestaat: {pad}#{anker}")
    return intern, extern


def screenshot(dt: Devtools, sessie: str, doel: Path) -> list[Path]:
    """The first screen and the whole page, as PNG files."""
    doel.parent.mkdir(parents=True, exist_ok=True)
    scherm = doel.with_suffix(".png")
    volledig = doel.with_name(doel.stem + "-volledig.png")
    beeld = dt.stuur("Page.captureScreenshot", sessie, format="png")
    scherm.write_bytes(base64.b64decode(beeld["data"]))
    maten = dt.stuur("Page.getLayoutMetrics", sessie)["cssContentSize"]
    beeld = dt.stuur(
        "Page.captureScreenshot",
        sessie,
        tijd=60,
        format="png",
        captureBeyondViewport=True,
        clip={"x": 0, "y": 0, "width": BREEDTE, "height": maten["height"], "scale": 1},
    )
    volledig.write_bytes(base64.b64decode(beeld["data"]))
    return [scherm, volledig]


def controleer(wortel: Path, screenshot_van: str | None, uit: Path) -> int:
    alle = paginas(wortel)
    if not alle:
        raise Mislukt(f"geen pagina's in {wortel}; bouw eerst de documentatie")
    if screenshot_van and screenshot_van not in alle:
        raise Mislukt(f"{screenshot_van} staat niet in de site")
    begin = time.monotonic()
    bezocht: dict[str, Pagina] = {}
    with bediend(wortel) as basis, chromium() as browser_url:
        with connect(browser_url, max_size=None, open_timeout=10) as verbinding:
            dt = Devtools(verbinding)
            doel = dt.stuur("Target.createTarget", url="about:blank")["targetId"]
            sessie = dt.stuur("Target.attachToTarget", targetId=doel, flatten=True)["sessionId"]
            for domein in ("Page", "Runtime", "Log", "Network"):
                dt.stuur(f"{domein}.enable", sessie)
            dt.stuur(
                "Emulation.setDeviceMetricsOverride",
                sessie,
                width=BREEDTE,
                height=HOOGTE,
                deviceScaleFactor=1,
                mobile=False,
            )
            for pad in alle:
                if time.monotonic() - begin > TOTALE_TIJD:
                    raise Mislukt(f"niet klaar binnen {TOTALE_TIJD:.0f} s")
                bezocht[pad] = pagina = Pagina(pad)
                bezoek(dt, sessie, basis, pagina)
                if pad == screenshot_van:
                    for bestand in screenshot(dt, sessie, uit / Path(pad).stem):
                        print(f"screenshot: {bestand}")
        intern, extern = controleer_links(wortel, basis, bezocht)
    fout = [p for p in bezocht.values() if p.problemen]
    for pagina in fout:
        for probleem in pagina.problemen:
            print(f"{pagina.pad}: {probleem}", file=sys.stderr)
    print(
        f"{len(bezocht)} pagina's geladen in chromium, {intern} interne links gecontroleerd, "
        f"{extern} links naar andere sites niet gevolgd: "
        f"{'geen problemen' if not fout else f'{len(fout)} pagina(s) met problemen'} "
        f"({time.monotonic() - begin:.1f} s)"
    )
    return 1 if fout else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Laad elke pagina van de site in chromium.")
    parser.add_argument("site", type=Path, help="de gebouwde HTML, bijvoorbeeld docs/_build/html")
    parser.add_argument("--screenshot", metavar="PAGINA", help="pagina om vast te leggen")
    parser.add_argument("--uit", type=Path, default=Path("docs/_build/screenshots"))
    args = parser.parse_args(argv)
    try:
        return controleer(args.site, args.screenshot, args.uit)
    except Mislukt as fout:
        print(f"browsercheck: {fout}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
