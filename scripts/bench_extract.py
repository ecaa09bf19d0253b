"""Benchmark: extraction time and memory of this checkout against a baseline commit, in one run.

    python scripts/bench_extract.py --baseline REF [--repeat 5] [--rounds 2] [--json]

The baseline is `git archive REF` unpacked into a temporary folder. Each tree is measured in its
own worker process (its own `graph` package, its own spaCy pipeline), alternating
baseline / current for --rounds rounds so that machine load drifts hit both alike. A worker parses
every article once (timed as "parse"), then runs `extract_claims` over all parsed articles
--repeat times (timed as "extract", median of the repeats), and reports its peak resident memory.

The corpus is the seeds, the dev articles and the tuning sets under tests/data (never the
held-out sets). The figures that matter are the ratios current / baseline; absolute seconds
depend on the machine.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TUNING_SETS = ("dev", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
               "blind9", "blind10", "blind11", "blind12", "blind13", "blind14")

_WORKER = r"""
import json, resource, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from graph.article import read_article
from graph.extract import extract_claims
from graph.nlp import load_nlp
files, repeat = json.loads(sys.argv[2]), int(sys.argv[3])
nlp = load_nlp()
arts = [read_article(f) for f in files]
t = time.perf_counter()
docs = [nlp(a.text) for a in arts]
parse = time.perf_counter() - t
times = []
for _ in range(repeat):
    t = time.perf_counter()
    n = sum(len(extract_claims(d, a)) for d, a in zip(docs, arts))
    times.append(time.perf_counter() - t)
print(json.dumps({"articles": len(arts), "claims": n, "parse": parse,
                  "extract": statistics.median(times),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def corpus_files() -> list[str]:
    """The article files the benchmark extracts: seeds and the tuning sets, never held-out ones."""
    files = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    for name in TUNING_SETS:
        files += sorted(str(p) for p in (ROOT / "tests" / "data" / name).glob("*.txt"))
    return files


def unpack(ref: str, dest: Path) -> Path:
    """`git archive REF` unpacked into dest; a clear error if REF is not a commit of this repo."""
    proc = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True)
    if proc.returncode:
        sys.exit(f"bench_extract: --baseline {ref!r} is not a commit of {ROOT}: "
                 f"{proc.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def measure(tree: Path, files: list[str], repeat: int) -> dict:
    """One worker run over the corpus with the `graph` package of `tree`."""
    proc = subprocess.run([sys.executable, "-c", _WORKER, str(tree), json.dumps(files), str(repeat)],
                          capture_output=True, text=True, cwd=tree)
    if proc.returncode:
        sys.exit(f"bench_extract: the worker for {tree} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench(baseline: str, repeat: int = 5, rounds: int = 2) -> dict:
    """Median figures per tree over the rounds, and the ratios current / baseline."""
    files = corpus_files()
    runs: dict[str, list[dict]] = {"baseline": [], "current": []}
    with tempfile.TemporaryDirectory() as tmp:
        base = unpack(baseline, Path(tmp))
        for _ in range(rounds):
            runs["baseline"].append(measure(base, files, repeat))
            runs["current"].append(measure(ROOT, files, repeat))
    out = {"baseline_ref": baseline, "articles": len(files), "repeat": repeat, "rounds": rounds}
    for name, rs in runs.items():
        out[name] = {k: statistics.median(r[k] for r in rs) for k in ("parse", "extract", "peak_mb")}
        out[name]["claims"] = rs[-1]["claims"]
    out["ratio"] = {k: out["current"][k] / out["baseline"][k] for k in ("parse", "extract", "peak_mb")}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, help="git commit to compare against (e.g. a tag or hash)")
    ap.add_argument("--repeat", type=int, default=5, help="extraction passes per worker (median)")
    ap.add_argument("--rounds", type=int, default=2, help="baseline/current worker pairs (median)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    r = bench(args.baseline, args.repeat, args.rounds)
    if args.json:
        print(json.dumps(r, indent=2))
        return
    print(f"{r['articles']} articles, extraction x{r['repeat']} per worker, {r['rounds']} rounds")
    print(f"{'':10} {'parse s':>9} {'extract s':>10} {'peak MB':>8} {'claims':>7}")
    for name in ("baseline", "current"):
        f = r[name]
        label = name if name == "current" else f"{r['baseline_ref'][:9]}"
        print(f"{label:10} {f['parse']:9.2f} {f['extract']:10.2f} {f['peak_mb']:8.0f} {f['claims']:7d}")
    q = r["ratio"]
    print(f"{'ratio':10} {q['parse']:9.2f} {q['extract']:10.2f} {q['peak_mb']:8.2f}")


if __name__ == "__main__":
    main()
