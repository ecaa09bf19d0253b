"""Screenshot of a rendered page in headless Chromium (network blocked).

    python scripts/screenshot.py OUT_DIR/graph.html docs/graph.png [--focus Tajikistan] [--width 1500 --height 900]

Opens the page, waits until the layout is ready, optionally searches an entity (which
focuses it and opens its claims in the side panel) and hovers one of its edges so that
the tooltip with the sentence shows, then saves a PNG.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Save a PNG of a claimgraph page.")
    ap.add_argument("page", type=Path)
    ap.add_argument("png", type=Path)
    ap.add_argument("--focus", default="Tajikistan", help="entity to search and focus ('' for none)")
    ap.add_argument("--zoom", type=float, default=0.0, help="zoom level after focusing (default: fit the graph)")
    ap.add_argument("--width", type=int, default=1500)
    ap.add_argument("--height", type=int, default=900)
    args = ap.parse_args(argv)
    if not args.page.is_file():
        print(f"screenshot: {args.page}: no such page", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright
    blocked: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height}, device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file://", "data:"))
                   else (blocked.append(r.request.url), r.abort()))
        page.goto(args.page.resolve().as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=300_000)
        if args.focus:
            page.fill("#search", args.focus)
            page.press("#search", "Enter")
            page.wait_for_timeout(800)
            page.evaluate("document.activeElement.blur()")
            if args.zoom:
                page.evaluate("(z) => cg.network.moveTo({scale: z, position: cg.network.getPosition(cg.focused)})",
                              args.zoom)
            else:
                page.evaluate("cg.network.fit({animation: false})")
            page.wait_for_timeout(300)
            # hover one of the focused entity's edges (the busiest whose middle is clear of nodes),
            # so that the evidence tooltip shows
            pt = page.evaluate("""() => {
                const id = cg.focused; if (!id) return null;
                const net = cg.network, r = document.getElementById('network').getBoundingClientRect();
                const es = cg.edgeView.get({filter: e => e.from === id || e.to === id});
                es.sort((a, b) => b.claims.length - a.claims.length);
                for (const e of es) {
                    const a = net.getPosition(e.from), b = net.getPosition(e.to);
                    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
                        const d = net.canvasToDOM({x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y)});
                        if (d.x < 20 || d.y < 20 || d.x > r.width - 20 || d.y > r.height - 20) continue;
                        if (net.getNodeAt(d) === undefined && net.getEdgeAt(d) === e.id)
                            return {x: d.x + r.left, y: d.y + r.top};
                    }
                }
                return null; }""")
            if pt:
                page.mouse.move(pt["x"] - 30, pt["y"] - 30)
                page.mouse.move(pt["x"], pt["y"], steps=5)
                page.wait_for_timeout(400)
        args.png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.png))
        browser.close()
    if blocked:
        print(f"screenshot: the page tried to reach the network: {blocked}", file=sys.stderr)
        return 1
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
