#!/usr/bin/env python3
"""Prints time(8 MB) / time(1 MB) for every function and shape of benches/pathological.rs, from
criterion's saved estimates (run `cargo bench --bench pathological` first). Linear is ≈ 8.
Other sizes: `scripts/bench_ratios.py 8MB 32MB` after `NASKH_BENCH_MB=8,32 cargo bench …`."""
import json
import pathlib
import sys

SMALL, BIG = (sys.argv[1], sys.argv[2]) if len(sys.argv) == 3 else ("1MB", "8MB")
root = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"
worst = 0.0
rows = []
for shape_dir in sorted(root.glob("pathological_*")):
    for fn_dir in sorted(p for p in shape_dir.iterdir() if p.is_dir() and p.name != "report"):
        t = {}
        for size in (SMALL, BIG):
            est = fn_dir / size / "new" / "estimates.json"
            if est.exists():
                t[size] = json.loads(est.read_text())["mean"]["point_estimate"]
        if len(t) == 2:
            ratio = t[BIG] / t[SMALL]
            worst = max(worst, ratio)
            rows.append((shape_dir.name.removeprefix("pathological_"), fn_dir.name, t[SMALL], t[BIG], ratio))
if not rows:
    sys.exit("no results: run `cargo bench --bench pathological` first")
print(f"{'shape':<16} {'function':<18} {SMALL:>10} {BIG:>10} {'ratio':>6}")
for shape, fn, a, b, r in rows:
    print(f"{shape:<16} {fn:<18} {a / 1e6:>8.2f}ms {b / 1e6:>8.2f}ms {r:>6.1f}")
factor = int(BIG.removesuffix("MB")) / int(SMALL.removesuffix("MB"))
print(f"worst ratio: {worst:.1f} (linear ≈ {factor:g}, quadratic ≈ {factor * factor:g})")
