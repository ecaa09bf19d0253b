"""Score the extractor on every annotated set of the repository, one line each.

    python scripts/eval_sets.py [SET ...] [--json]

Each set is a folder of articles with their `*.answers.yaml`: `seeds`, `dev` (tests/data/dev),
`seeds+dev` (the two together: the issue's target), and the held-out sets tests/data/blind* (by
folder name). With no SET every one is scored. For each set the script runs the same commands a
user would, `claimgraph build SET --out TMP --no-cache --quiet` and `claimgraph eval TMP/graph.ttl
SET --format json`, and prints expected and returned rows, recall and precision overall. It prints
no unmatched row: a held-out set stays blind to whoever reads only this output.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def set_folders() -> dict[str, list[Path]]:
    """Set name -> the folders whose files make it up."""
    sets = {"seeds": [ROOT / "seeds"], "dev": [DATA / "dev"], "seeds+dev": [ROOT / "seeds", DATA / "dev"]}
    for d in sorted(DATA.glob("blind*")):
        if d.is_dir():
            sets[d.name] = [d]
    return sets


def score(folders: list[Path], work: Path) -> dict:
    """Build the set's articles and score the graph; the `overall` part of `claimgraph eval --format json`."""
    src = folders[0]
    if len(folders) > 1:        # several folders: one corpus of their files
        src = work / "src"
        src.mkdir()
        for f in folders:
            for p in f.iterdir():
                if p.is_file():
                    shutil.copy(p, src / p.name)
    out = work / "out"
    cli = [sys.executable, "-m", "graph"]
    build = subprocess.run(cli + ["build", str(src), "--out", str(out), "--no-cache", "--quiet"],
                           cwd=ROOT, capture_output=True, text=True)
    if build.returncode not in (0, 1):
        raise SystemExit(f"build of {src} failed (exit {build.returncode}): {build.stderr.strip()}")
    ev = subprocess.run(cli + ["eval", str(out / "graph.ttl"), str(src), "--format", "json"],
                        cwd=ROOT, capture_output=True, text=True)
    if ev.returncode not in (0, 1):
        raise SystemExit(f"eval of {src} failed (exit {ev.returncode}): {ev.stderr.strip()}")
    return json.loads(ev.stdout)["overall"]


def main(argv=None) -> int:
    sets = set_folders()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", metavar="SET", help=f"sets to score (default: all of {', '.join(sets)})")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    unknown = [s for s in args.sets if s not in sets]
    if unknown:
        ap.error(f"unknown set {', '.join(unknown)}: expected one of {', '.join(sets)}")
    results = {}
    for name in args.sets or list(sets):
        with tempfile.TemporaryDirectory() as tmp:
            results[name] = score(sets[name], Path(tmp))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'set':<12} {'expected':>8} {'returned':>8} {'recall':>7} {'precision':>9}")
    for name, o in results.items():
        print(f"{name:<12} {o['expected']:>8} {o['returned']:>8} {o['recall']:>7.3f} {o['precision']:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
