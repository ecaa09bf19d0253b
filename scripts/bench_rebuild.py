"""Benchmark: rebuilding an unchanged corpus (every article from the cache) versus building it from
scratch, for the seeds + dev corpus.

    python scripts/bench_rebuild.py [--repeat 3] [--jobs 1] [--json]

Two views, each the median of --repeat runs:

* command line: wall-clock time of `python -m graph build CORPUS --out OUT --quiet`, what a user
  waits for (interpreter start, imports, model load when something must be extracted, merge);
* in process: `graph.build.build()` with the spaCy model already loaded (what a long-running
  process or the test suite sees).

"from scratch" builds into a fresh output folder; "unchanged" rebuilds into the folder of a
previous build; "one added" rebuilds after adding one article (only it is extracted). The
script checks that the three give byte-identical graph.ttl, graph.trig and claims.csv.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXTRA = ("Date: 2019-04-05\n\nUzbek President Shavkat Mirziyoyev visited Moscow on 4 April 2019. Mirziyoyev met "
         "with Russian President Vladimir Putin in the Kremlin.\n")
COMPARED = ("graph.ttl", "graph.trig", "claims.csv")


def corpus(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for folder in (ROOT / "seeds", ROOT / "tests" / "data" / "dev"):
        for f in sorted(folder.glob("*.txt")):
            shutil.copy(f, dest / f.name)
    return dest


def cli(src: Path, out: Path, jobs: int) -> tuple[float, dict]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "graph", "build", str(src), "--out", str(out), "--quiet",
                           "--jobs", str(jobs)], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed, json.loads((out / "report.json").read_text())["counts"]


def in_process(src: Path, out: Path, jobs: int) -> tuple[float, dict]:
    from graph.build import build
    t = time.perf_counter()
    report = build(src, out, jobs=jobs)
    return time.perf_counter() - t, report.to_dict()["counts"]


def same(a: Path, b: Path) -> bool:
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in COMPARED)


def measure(run, tmp: Path, repeat: int, jobs: int, label: str) -> dict:
    src = corpus(tmp / f"{label}-src")
    scratch, unchanged, added = [], [], []
    counts = {}
    for i in range(repeat):
        out = tmp / f"{label}-out{i}"
        t, c = run(src, out, jobs)
        scratch.append(t)
        counts["scratch"] = c
        t, c = run(src, out, jobs)
        unchanged.append(t)
        counts["unchanged"] = c
        assert c["rebuilt"] == 0 and c["reused"] == counts["scratch"]["articles"], c
        if i == 0:
            assert same(tmp / f"{label}-out0", out)
    # one article added: only it is extracted, and the outputs equal a clean build's
    src2 = tmp / f"{label}-src-added"
    shutil.copytree(src, src2)
    (src2 / "zz-added.txt").write_text(EXTRA, encoding="utf-8")
    for i in range(repeat):
        out = tmp / f"{label}-added{i}"
        shutil.copytree(tmp / f"{label}-out{i}", out)
        t, c = run(src2, out, jobs)
        added.append(t)
        counts["added"] = c
        assert c["rebuilt"] == 1, c
    clean = tmp / f"{label}-added-clean"
    run(src2, clean, jobs)
    identical = same(clean, tmp / f"{label}-added0")
    med = {k: statistics.median(v) for k, v in (("scratch", scratch), ("unchanged", unchanged), ("added", added))}
    return {"articles": counts["scratch"]["articles"], "claims": counts["scratch"]["claims"],
            "seconds": {k: round(v, 3) for k, v in med.items()},
            "runs": {"scratch": [round(x, 3) for x in scratch], "unchanged": [round(x, 3) for x in unchanged],
                     "added": [round(x, 3) for x in added]},
            "ratio_scratch_over_unchanged": round(med["scratch"] / med["unchanged"], 1),
            "incremental_equals_clean": identical}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-rebuild-") as tmp:
        tmp = Path(tmp)
        results = {"command line": measure(cli, tmp, args.repeat, args.jobs, "cli")}
        from graph.nlp import load_nlp
        load_nlp()
        results["in process (model loaded)"] = measure(in_process, tmp, args.repeat, args.jobs, "inproc")
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    first = next(iter(results.values()))
    print(f"seeds + dev corpus: {first['articles']} articles, {first['claims']} claims; jobs={args.jobs}; "
          f"median of {args.repeat} runs")
    print(f"{'':28}{'from scratch':>14}{'unchanged':>12}{'one added':>12}{'ratio':>8}")
    for name, r in results.items():
        s = r["seconds"]
        print(f"{name:28}{s['scratch']:>13.2f}s{s['unchanged']:>11.2f}s{s['added']:>11.2f}s"
              f"{r['ratio_scratch_over_unchanged']:>7.1f}x")
    print("incremental outputs identical to a clean build:",
          all(r["incremental_equals_clean"] for r in results.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
