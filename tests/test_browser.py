"""The interactive page in headless Chromium (Debian's /usr/bin/chromium driven by playwright).

Every request that is not file:// is aborted and recorded: the page must make none. Skipped
when Chromium or playwright is missing, unless CLAIMGRAPH_REQUIRE_BROWSER=1 (CI), which
turns the skip into a failure.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graph import html as page
from test_html import (A1, A2, PAYLOAD_IMG, PAYLOAD_SCRIPT, PAYLOAD_TITLE, RUSSIA, TAJIKISTAN, E, page_json,
                       payload_graph, sample_graph)

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
REQUIRED = os.environ.get("CLAIMGRAPH_REQUIRE_BROWSER") == "1"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
READY = "body[data-ready='1']"   # (wait_for_function would eval a string, which the page's CSP forbids)


def _unavailable(reason: str):
    if REQUIRED:
        pytest.fail(f"{reason}, and CLAIMGRAPH_REQUIRE_BROWSER=1 requires the browser tests to run")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        _unavailable("Chromium is not installed (no /usr/bin/chromium, no 'chromium' on PATH; apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install playwright; no 'playwright install' needed)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A page opened with the network blocked; collects attempted requests and console errors."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("request", lambda r: self.requests.append(r.url)
                     if not r.url.startswith(("file://", "data:")) else None)
        self.page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url}")
                     if not r.url.startswith("file://") else None)
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}")
                     if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector(READY, state="attached", timeout=60_000)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file://", "data:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def dom_point(self, canvas_xy: dict) -> tuple[float, float]:
        """Page coordinates of a point of the network's canvas space."""
        p = self.js("(c) => { const d = cg.network.canvasToDOM(c); const r = document.getElementById('network')"
                    ".getBoundingClientRect(); return {x: d.x + r.left, y: d.y + r.top}; }", canvas_xy)
        return p["x"], p["y"]

    def node_point(self, node_id: str) -> tuple[float, float]:
        return self.dom_point(self.js("(id) => cg.network.getPosition(id)", node_id))

    def counts(self) -> tuple[int, int]:
        return tuple(self.js("[cg.nodeView.length, cg.edgeView.length]"))

    def assert_clean(self):
        assert self.requests == [], f"the page tried to reach the network: {self.requests}"
        assert self.errors == [], f"console errors: {self.errors}"

    def close(self):
        self.page.close()


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("browser") / "graph.html"
    page.write_html(sample_graph(), path)
    return path, page_json(path.read_text(encoding="utf-8"))


def test_page_offline_drawn_and_interactive(browser, sample_html):
    path, data = sample_html
    p = Page(browser, path)
    try:
        # the canvas is drawn with every node and edge
        assert p.counts() == (len(data["nodes"]), len(data["edges"]))
        assert p.js("cg.network.body.nodeIndices.length") == len(data["nodes"])
        assert p.js("window.__graphReady") is True
        inked = p.js("""() => { const c = document.querySelector('#network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""")
        assert inked > 2000
        # the legend: every class and every line style
        legend = p.page.inner_text("#filters")
        for word in ("state", "person", "organisation", "military facility", "literal / figure",
                     "reported", "hedged", "denied / negated", "hypothetical"):
            assert word in legend

        # hovering an edge shows the claim's sentence, its article and modality
        edge = next(e for e in data["edges"] if e["p"].endswith("#borders"))
        a, b = p.js("(e) => [cg.network.getPosition(e.from), cg.network.getPosition(e.to)]", edge)
        x, y = p.dom_point({"x": (a["x"] + b["x"]) / 2, "y": (a["y"] + b["y"]) / 2})
        p.page.mouse.move(x - 40, y - 40)
        p.page.mouse.move(x, y, steps=4)
        p.page.wait_for_selector("#tip:not([hidden])", timeout=5000)
        tip = p.page.inner_text("#tip")
        assert "Tajikistan borders Afghanistan." in tip
        assert A1.title in tip and "2021-05-14" in tip and "asserted" in tip
        assert p.page.eval_on_selector_all("#tip mark", "ms => ms.map(m => m.textContent)") == \
            ["Tajikistan", "Afghanistan"]

        # clicking a node lists every claim about it with its evidence
        x, y = p.node_point(E(RUSSIA))
        p.page.mouse.click(x, y)
        p.page.wait_for_selector("#panel .claim")
        assert p.page.inner_text("#panel h2") == "Russia"
        panel = p.page.inner_text("#panel")
        assert "The Central Asian state hosts about 7,000 troops from Russia." in panel
        assert "Russia has no troops in Afghanistan." in panel          # the negated claim too
        n_claims = sum(1 for c in data["claims"] if E(RUSSIA) in (c["s"], c["o"]) or E(RUSSIA) in c["rn"])
        assert p.page.locator("#panel .claim").count() == n_claims
        assert p.page.locator("#panel a[href='https://example.org/warsaw/tajikistan']").count() >= 1

        # search by an alternative label, then by the preferred one: the node is focused
        p.page.fill("#search", "republic of taj")
        p.page.wait_for_selector("#search-results li")
        assert "Tajikistan" in p.page.inner_text("#search-results")
        p.page.fill("#search", "Tajikistan")
        p.page.press("#search", "Enter")
        p.page.wait_for_timeout(700)                        # the focus animation
        assert p.js("cg.focused") == E(TAJIKISTAN)
        assert p.js("cg.network.getSelectedNodes()") == [E(TAJIKISTAN)]
        view, pos = p.js("[cg.network.getViewPosition(), cg.network.getPosition(cg.focused)]")
        assert abs(view["x"] - pos["x"]) < 5 and abs(view["y"] - pos["y"]) < 5
        assert p.page.inner_text("#panel h2") == "Tajikistan"

        # the article filter hides that article's edges (and nodes only it mentions) and restores them
        art = next(a for a in data["articles"] if a["id"] == A2.id)
        only_a2 = {e["id"] for e in data["edges"]
                   if all(data["claims"][i]["a"] == art["iri"] for i in e["claims"])}
        assert only_a2
        before = p.counts()
        p.page.get_by_role("checkbox", name=A2.title).uncheck()
        hidden_edges = set(p.js("cg.edges.getIds()")) - set(p.js("cg.edgeView.getIds()"))
        assert hidden_edges == only_a2
        assert "Shoigu" not in " ".join(p.js("cg.nodeView.get().map(n => n.label)"))
        # no orphan edge: both ends of every shown edge are shown
        assert p.js("cg.edgeView.get().every(e => cg.nodeView.get(e.from) && cg.nodeView.get(e.to))")
        assert p.js(f"cg.nodeView.get('{E(TAJIKISTAN)}') !== null")  # still has edges from other articles
        p.page.get_by_role("checkbox", name=A2.title).check()
        assert p.counts() == before

        # the class filter: hiding persons hides their edges, never leaves an edge without its end
        p.page.locator("#f-cls input[value=person]").uncheck()
        assert not any(n["cls"] == "person" for n in p.js("cg.nodeView.get()"))
        assert p.js("cg.edgeView.get().every(e => cg.nodeView.get(e.from) && cg.nodeView.get(e.to))")
        p.page.locator("#f-cls input[value=person]").check()
        assert p.counts() == before

        # a predicate filter
        p.page.locator("#f-pred input[type=checkbox]").first.uncheck()
        assert p.counts()[1] < before[1]
        p.page.locator("#f-pred input[type=checkbox]").first.check()
        assert p.counts() == before
        p.assert_clean()
    finally:
        p.close()


def test_article_text_is_shown_as_text_never_run(browser, tmp_path):
    path = tmp_path / "payload.html"
    page.write_html(payload_graph(), path)
    data = page_json(path.read_text(encoding="utf-8"))
    p = Page(browser, path)
    try:
        assert p.counts() == (len(data["nodes"]), len(data["edges"]))
        # open every node's panel and hover every edge: all text goes through textContent
        for n in data["nodes"]:
            p.js("(id) => cg.showNodePanel(id)", n["id"])
        x, y = p.node_point(E(RUSSIA))
        p.page.mouse.click(x, y)
        p.page.wait_for_selector("#panel .claim")
        panel = p.page.inner_text("#panel")
        assert PAYLOAD_SCRIPT in panel
        assert PAYLOAD_IMG.split("\u2028")[0].strip() in panel
        assert PAYLOAD_TITLE in panel
        for e in data["edges"]:
            a, b = p.js("(e) => [cg.network.getPosition(e.from), cg.network.getPosition(e.to)]", e)
            x, y = p.dom_point({"x": (a["x"] + b["x"]) / 2, "y": (a["y"] + b["y"]) / 2})
            p.page.mouse.move(x, y, steps=3)
        p.page.fill("#search", "<script>")
        p.page.wait_for_selector("#search-results li")
        p.page.press("#search", "Enter")
        p.page.wait_for_timeout(300)
        assert p.js("typeof window.__pwned") == "undefined"
        assert p.page.locator("#panel img, #tip img, #panel script, #tip script, #panel svg[onload]").count() == 0
        assert p.page.locator("mark img, blockquote img").count() == 0
        # the javascript: "source" of the article is not made a link
        assert p.page.locator("a[href^='javascript']").count() == 0
        p.assert_clean()
    finally:
        p.close()


def test_seeds_page(browser, seeds_out):
    """The page `claimgraph build seeds` writes (tests/conftest.py builds the seeds once per session)."""
    path = seeds_out / "graph.html"
    data = page_json(path.read_text(encoding="utf-8"))
    assert data["nodes"], "the seeds' graph has no claims between entities"
    p = Page(browser, path)
    try:
        assert p.js("cg.network.body.nodeIndices.length") == len(data["nodes"])
        assert p.counts() == (len(data["nodes"]), len(data["edges"]))
        p.page.fill("#search", "Tajikistan")
        p.page.press("#search", "Enter")
        p.page.wait_for_timeout(700)
        focused = p.js("cg.focused")
        assert focused and p.js("(id) => cg.data.nodes.find(n => n.id === id).label", focused) == "Tajikistan"
        assert p.js("cg.network.getSelectedNodes()") == [focused]
        assert p.page.locator("#panel .claim").count() >= 1
        p.assert_clean()
    finally:
        p.close()


def test_physics_layout_settles_once_then_stops(browser, tmp_path):
    path = tmp_path / "physics.html"
    page.write_html(sample_graph(), path, layout="physics")
    data = page_json(path.read_text(encoding="utf-8"))
    p = Page(browser, path)
    try:
        assert p.js("cg.network.physics.physicsEnabled") is False
        assert p.counts() == (len(data["nodes"]), len(data["edges"]))
        # positions were stored, so nodes hidden and shown again by a filter come back in place
        before = p.js("cg.network.getPositions()")
        p.page.locator("#f-cls input[value=state]").uncheck()
        assert p.counts()[0] < len(data["nodes"])
        p.page.locator("#f-cls input[value=state]").check()
        after = p.js("cg.network.getPositions()")
        assert before.keys() == after.keys()
        assert all(abs(before[k]["x"] - after[k]["x"]) < 1 and abs(before[k]["y"] - after[k]["y"]) < 1 for k in before)
        p.assert_clean()
    finally:
        p.close()


def test_search_for_an_entity_hidden_by_the_filters(browser, sample_html):
    path, data = sample_html
    p = Page(browser, path)
    try:
        p.page.locator("#f-cls input[value=state]").uncheck()
        p.page.fill("#search", "Tajikistan")
        p.page.press("#search", "Enter")
        note = p.page.locator("#search-note")
        assert note.is_visible() and "hidden by the filters" in note.inner_text()
        assert p.page.inner_text("#panel h2") == "Tajikistan"        # its claims are still listed
        note.get_by_role("button", name="show all").click()
        p.page.wait_for_timeout(700)
        assert p.counts() == (len(data["nodes"]), len(data["edges"]))
        assert p.js("cg.focused") == E(TAJIKISTAN)
        p.assert_clean()
    finally:
        p.close()
