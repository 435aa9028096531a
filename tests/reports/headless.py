"""Drive Debian's headless Chromium over the DevTools protocol, through a pipe.

``--remote-debugging-pipe`` makes Chromium read protocol messages from file descriptor 3 and
write them to descriptor 4, NUL-terminated JSON. No port is opened, nothing is downloaded and
no Python dependency is needed: the tests see the page exactly as a person's browser lays it
out (fonts, wrapping, SVG), at any width, on screen and in print.

Run as a script to refresh the README screenshots::

    .venv/bin/python tests/reports/headless.py docs/screenshots OUT/units/<unit>.html
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM_PACKAGE = "chromium"
FLAGS = (
    "--headless",
    "--no-sandbox",  # tests run as root in CI; the sandbox refuses root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
)

# Width and height of the views the tests and screenshots use (CSS pixels).
DESKTOP = (1280, 900)
PHONE = (390, 844)
# A4 (210 mm) minus the page's 12 mm margins, at 96 CSS pixels per inch.
A4_PRINT_WIDTH = round((210 - 2 * 12) / 25.4 * 96)

LAYOUT_CHECK = """
(() => {
  const viewport = document.documentElement.clientWidth;
  const overflowing = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > viewport + 1 || r.left < -1) {
      overflowing.push(`${el.tagName.toLowerCase()}#${el.id}.${el.getAttribute('class') || ''}`
        + ` [${Math.round(r.left)}, ${Math.round(r.right)}]`);
    }
  }
  const sections = {};
  for (const el of document.querySelectorAll('section[id], header')) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const shown = r.width > 0 && r.height > 0 && style.display !== 'none'
      && style.visibility !== 'hidden' && parseFloat(style.opacity) > 0;
    sections[el.id || el.tagName.toLowerCase()] = shown;
  }
  const charts = [...document.querySelectorAll('svg')].map(svg => {
    const r = svg.getBoundingClientRect();
    return {width: Math.round(r.width), height: Math.round(r.height)};
  });
  const smallest = Math.min(...[...document.querySelectorAll('p, li, td, th, span, a')]
    .filter(el => el.getClientRects().length && el.textContent.trim())
    .map(el => parseFloat(getComputedStyle(el).fontSize)));
  return {
    viewport, scrollWidth: document.documentElement.scrollWidth,
    overflowing: overflowing.slice(0, 20), sections, charts, smallestFont: smallest,
    title: document.title, lang: document.documentElement.lang,
    firstHeading: (document.querySelector('h1') || {}).textContent || '',
    links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
  };
})()
"""


class ChromiumMissing(RuntimeError):
    """Chromium is not installed."""


def find_chromium() -> str:
    """Return the Chromium program, or raise with the package to install."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise ChromiumMissing(
        f"Chromium is not installed: run `make install` as root, or install the Debian package "
        f"'{CHROMIUM_PACKAGE}' (apt-get install --no-install-recommends {CHROMIUM_PACKAGE})"
    )


class Browser:
    """One headless Chromium process and a DevTools connection over its pipe."""

    def __init__(self, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="bukti-chromium-")
        to_chrome_read, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_write = os.pipe()

        def wire_pipes() -> None:  # runs in the child, before exec
            # Move both ends out of the way first: a pipe may already sit on 3 or 4.
            reading, writing = os.dup(to_chrome_read), os.dup(from_chrome_write)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self._process = subprocess.Popen(  # noqa: S603 - a fixed program and flags
            [find_chromium(), *FLAGS, f"--user-data-dir={self._profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,  # our other descriptors are non-inheritable (PEP 446)
            preexec_fn=wire_pipes,  # noqa: PLW1509 - only dup2, before exec
        )
        os.close(to_chrome_read)
        os.close(from_chrome_write)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop Chromium (this process only) and remove its profile."""
        try:
            self.call("Browser.close")
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for fd in (self._to_chrome, self._from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        self._profile.cleanup()

    # --- protocol ---------------------------------------------------------------------------

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_chrome], [], [], remaining)
            if ready:
                chunk = os.read(self._from_chrome, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe (it exited)")
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        """Send one command and return its result; events seen meanwhile are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(reply)

    def wait_event(self, method: str, session: str) -> dict[str, Any]:
        """Wait for an event of a session (one already received counts)."""
        deadline = time.monotonic() + self.timeout
        while True:
            for index, event in enumerate(self._events):
                if event.get("method") == method and event.get("sessionId") == session:
                    return self._events.pop(index)
            self._events.append(self._read_message(deadline))

    def events(self, method: str) -> list[dict[str, Any]]:
        """Every event of this kind received so far."""
        return [event for event in self._events if event.get("method") == method]

    # --- pages ------------------------------------------------------------------------------

    def open(self, path: Path, size: tuple[int, int], *, mobile: bool = False, media: str = "screen") -> Page:
        """Open a local file in a new tab of the given size; return once it has loaded."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network"):
            self.call(f"{domain}.enable", session=session)
        width, height = size
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
            session=session,
        )
        self.call("Emulation.setEmulatedMedia", {"media": media}, session=session)
        self.call("Page.navigate", {"url": path.resolve().as_uri()}, session=session)
        self.wait_event("Page.loadEventFired", session)
        return Page(self, session, target)


class Page:
    """A loaded tab."""

    def __init__(self, browser: Browser, session: str, target: str) -> None:
        self.browser = browser
        self.session = session
        self.target = target

    def evaluate(self, expression: str) -> Any:
        """Evaluate JavaScript in the page (from the test, not from the page) and return the value."""
        result = self.browser.call(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=self.session
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def layout(self) -> dict[str, Any]:
        """Overflow, section visibility, chart sizes and a few facts about the page."""
        return self.evaluate(LAYOUT_CHECK)

    def screenshot(self, path: Path, *, full_page: bool = False) -> Path:
        """Save a PNG of the viewport (or of the whole page)."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            metrics = self.browser.call("Page.getLayoutMetrics", session=self.session)["cssContentSize"]
            params["clip"] = {
                "x": 0,
                "y": 0,
                "width": metrics["width"],
                "height": metrics["height"],
                "scale": 1,
            }
        data = self.browser.call("Page.captureScreenshot", params, session=self.session)["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def pdf(self) -> bytes:
        """Print the page as the browser would, honouring the page's @page size (A4)."""
        data = self.browser.call(
            "Page.printToPDF",
            {"preferCSSPageSize": True, "printBackground": True},
            session=self.session,
        )["data"]
        return base64.b64decode(data)

    def requests(self) -> list[str]:
        """URLs this tab asked for, the page itself included."""
        return [
            event["params"]["request"]["url"]
            for event in self.browser.events("Network.requestWillBeSent")
            if event.get("sessionId") == self.session
        ]

    def close(self) -> None:
        """Close the tab."""
        self.browser.call("Target.closeTarget", {"targetId": self.target})


def main(argv: list[str]) -> int:
    """Save desktop and phone screenshots of each page: ``headless.py OUT_DIR PAGE.html...``."""
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with Browser() as browser:
        for page_path in map(Path, argv[1:]):
            for name, size, mobile in (("desktop", DESKTOP, False), ("phone", PHONE, True)):
                page = browser.open(page_path, size, mobile=mobile)
                target = out / f"{page_path.stem}-{name}.png"
                page.screenshot(target)
                print(target, target.stat().st_size)
                # On a phone, also the first screen of what is missing.
                if mobile and page.evaluate("!!document.getElementById('missing')"):
                    page.evaluate("document.getElementById('missing').scrollIntoView()")
                    target = out / f"{page_path.stem}-{name}-missing.png"
                    page.screenshot(target)
                    print(target, target.stat().st_size)
                page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
