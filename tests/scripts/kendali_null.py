#!/usr/bin/python3
"""kendali_null.py — the chance rate of a control-chart signal (analytics.md
§14 rules, §15 wording), recomputed independently of kinerja's C code.

Usage: kendali_null.py HEADER            (src/analysis/bulanan.h)
       kendali_null.py HEADER EXPORT...  (bulanan_kendali.csv directories of
                                          `export --periode` on a demo
                                          --no-effects database)

1. Simulates 200,000 charts of 13 independent N(0, 1) monthly means with
   equal n: centre = mean of the 12 baseline months, sigma = mean absolute
   moving range of the 12 / 1.128; a signal at P is rule 1 (|x_P - centre| >
   3 sigma) or rule 2 (P and the 7 months before it strictly on one side of
   the centre). The rate must equal KJ_BL_P_KEBETULAN in HEADER within 0.0015
   (the Monte Carlo standard error is 0.0003), so the sentence leaders read
   ("about X signals a month by chance") is true.
2. With EXPORT directories: counts, over those months, the OPD (not the
   city) whose row for P has a signal, and the OPD with limits for P; the
   count must lie within 4 Poisson standard deviations (+3) of the rate
   times the OPD with limits.
"""
import csv
import math
import random
import re
import sys


def simulate(n=200000, seed=20251207):
    """Pure Python (no numpy on a fresh test machine): about 3 s."""
    rng = random.Random(seed)
    gauss = rng.gauss
    hits = 0
    for _ in range(n):
        x = [gauss(0.0, 1.0) for _ in range(13)]
        base = x[:12]
        centre = sum(base) / 12
        sigma = sum(abs(base[i] - base[i - 1]) for i in range(1, 12)) / 11 / 1.128
        if abs(x[12] - centre) > 3 * sigma:
            hits += 1
            continue
        side = [v - centre for v in x[5:13]]
        if all(v > 0 for v in side) or all(v < 0 for v in side):
            hits += 1
    return hits / n


def main():
    text = open(sys.argv[1]).read()
    m = re.search(r"#define KJ_BL_P_KEBETULAN ([0-9.]+)", text)
    if not m:
        sys.exit("KJ_BL_P_KEBETULAN not found in " + sys.argv[1])
    p = float(m.group(1))
    sim = simulate()
    print("chance rate: simulated %.4f, kinerja states %.4f" % (sim, p))
    bad = abs(sim - p) > 0.0015
    if len(sys.argv) > 2:
        signals = limited = 0
        for d in sys.argv[2:]:
            with open(d + "/bulanan_kendali.csv") as f:
                for r in csv.DictReader(f):
                    if r["kode_opd"] == "KOTA" or r["bulan"] != r["periode"]:
                        continue
                    limited += r["lcl"] != ""
                    signals += r["sinyal"] != ""
        e = p * limited
        hi, lo = e + 4 * math.sqrt(e) + 3, max(0.0, e - 4 * math.sqrt(e) - 3)
        print("no-effects data: %d signals among %d OPD-months with limits; expected %.1f "
              "(accepted %.1f .. %.1f)" % (signals, limited, e, lo, hi))
        if limited == 0 or not lo <= signals <= hi:
            bad = True
    sys.exit(1 if bad else 0)


main()
