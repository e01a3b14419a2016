#!/usr/bin/python3
"""demo_effects.py — checks that the planted effects of `kinerja demo` are
findable, by an independent re-implementation (numpy/scipy) of the tests in
analytics.md §3 (kekuatan/kelemahan), §4 (trend: Newey-West SE with its
floor, BH, tren_min), §5 (curve), §6 (SKM linkage), §7 (evaluators) and §13
(fairness: the PPPK gap adjusted for OPD and jenis jabatan by
Frisch-Waugh-Lovell with alternating projections, HC1), run directly on the
CSV files.

Usage: demo_effects.py CSV_DIR [--verbose]
Exit 0 when every planted effect is found with the label analytics.md gives
it and no unplanted finding is as strong; 1 otherwise (the reasons are
printed). Codes of the planted effects: doc/demo-data.md.

Pure Python (the test dependencies have no numpy/scipy): the Student t
distribution comes from the regularized incomplete beta function below
(Numerical Recipes' continued fraction). Checked against scipy 1.10.1 during
development: welch() against scipy.stats.ttest_ind(equal_var=False) and
ols() against scipy.stats.linregress agree to 1e-10 in p on the demo data.
"""
import csv
import math
import os
import sys
from collections import defaultdict

ALPHA, EFEK_MIN, MIN_KELOMPOK = 0.05, 0.2, 5
TREN_MIN_IKP, KESETARAAN_MIN = 2.0, 5.0
IKP = {"SANGAT_BAIK": 150, "BAIK": 100, "BUTUH_PERBAIKAN": 75, "KURANG": 50, "SANGAT_KURANG": 25}
MATRIX = {("DI_ATAS", "DI_BAWAH"): "KURANG", ("DI_ATAS", "SESUAI"): "BAIK",
          ("DI_ATAS", "DI_ATAS"): "SANGAT_BAIK", ("SESUAI", "DI_BAWAH"): "KURANG",
          ("SESUAI", "SESUAI"): "BAIK", ("SESUAI", "DI_ATAS"): "BAIK",
          ("DI_BAWAH", "DI_BAWAH"): "SANGAT_KURANG", ("DI_BAWAH", "SESUAI"): "BUTUH_PERBAIKAN",
          ("DI_BAWAH", "DI_ATAS"): "BUTUH_PERBAIKAN"}
NILAI = ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF",
         "KOLABORATIF"]
PLANTED = {"PELAYANAN": ("DISDUKCAPIL", "BERORIENTASI_PELAYANAN"), "ADAPTIF": ("DISTAN", "ADAPTIF"),
           "INFLASI": "DPUPR", "TREN": "DLH", "LONGGAR": "RSUD", "SKM_IKP": "PKM.SADABUAN",
           "PPPK": ("jenis_pegawai", "PPPK")}

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def rows(d, name):
    with open(os.path.join(d, name), newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def mean(x):
    return math.fsum(x) / len(x)


def var(x):
    m = mean(x)
    return math.fsum((v - m) ** 2 for v in x) / (len(x) - 1)


def sd(x):
    return math.sqrt(var(x))


def betacf(a, b, x):
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > 1e-300 else 1e-300)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > 1e-300 else 1e-300)
        c = 1.0 + aa / c
        c = c if abs(c) > 1e-300 else 1e-300
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > 1e-300 else 1e-300)
        c = 1.0 + aa / c
        c = c if abs(c) > 1e-300 else 1e-300
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def betainc(a, b, x):
    """Regularized incomplete beta I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    lbt = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(lbt) * betacf(a, b, x) / a
    return 1.0 - math.exp(lbt) * betacf(b, a, 1.0 - x) / b


def t_two_sided(t, df):
    return betainc(df / 2.0, 0.5, df / (df + t * t))


def welch(a, b):
    """Welch t, two-sided p, Cohen's d with the pooled sd (analytics.md §3)."""
    na, nb, va, vb = len(a), len(b), var(a), var(b)
    se2 = va / na + vb / nb
    if se2 == 0:
        return 0.0, 1.0, 0.0
    t = (mean(a) - mean(b)) / math.sqrt(se2)
    df = se2 ** 2 / ((va / na) ** 2 / (na - 1) + (vb / nb) ** 2 / (nb - 1))
    sp = math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2))
    return t, t_two_sided(t, df), (mean(a) - mean(b)) / sp if sp > 0 else 0.0


def ols(x, y):
    """Slope and its two-sided p (df = k - 2), as gsl_fit_linear + t test."""
    mx, my = mean(x), mean(y)
    sxx = math.fsum((v - mx) ** 2 for v in x)
    slope = math.fsum((u - mx) * (v - my) for u, v in zip(x, y)) / sxx
    icpt = my - slope * mx
    rss = math.fsum((v - icpt - slope * u) ** 2 for u, v in zip(x, y))
    se = math.sqrt(rss / (len(x) - 2) / sxx)
    return slope, t_two_sided(slope / se, len(x) - 2) if se > 0 else 0.0


def ols_hac(x, y):
    """Slope, floored Newey-West SE and p (analytics.md §4)."""
    k = len(x)
    mx, my = mean(x), mean(y)
    sxx = math.fsum((a - mx) ** 2 for a in x)
    b = math.fsum((a - mx) * (c - my) for a, c in zip(x, y)) / sxx
    e = [c - my - b * (a - mx) for a, c in zip(x, y)]
    xt = [a - mx for a in x]
    se_ols = math.sqrt(math.fsum(v * v for v in e) / (k - 2) / sxx)
    lag = int(math.floor(4 * (k / 100) ** (2 / 9)))
    meat = math.fsum((e[t] * xt[t]) ** 2 for t in range(k))
    for l in range(1, lag + 1):
        w = 1 - l / (lag + 1)
        meat += 2 * w * math.fsum(e[t] * e[t - l] * xt[t] * xt[t - l] for t in range(l, k))
    se = max(math.sqrt(max(meat, 0) / sxx ** 2) * math.sqrt(k / (k - 2)), se_ols)
    return b, t_two_sided(b / se, k - 2) if se > 0 else 0.0


def fwl_hc1(xs, ys, strata):
    """Coefficient of the indicator xs in OLS of ys on xs plus the fixed
    effects of each list in strata, with its HC1 SE and Student-t p, by
    Frisch-Waugh-Lovell: x and y residualised on the fixed effects by
    alternating projections (demeaning within each set in turn)."""
    def resid(v):
        v = list(v)
        for _ in range(500):
            delta = 0.0
            for s in strata:
                acc = defaultdict(lambda: [0.0, 0])
                for a, g in zip(v, s):
                    acc[g][0] += a
                    acc[g][1] += 1
                for i, g in enumerate(s):
                    m = acc[g][0] / acc[g][1]
                    delta = max(delta, abs(m))
                    v[i] -= m
            if delta < 1e-11:
                break
        return v
    xr, yr = resid(xs), resid(ys)
    sxx = math.fsum(a * a for a in xr)
    b = math.fsum(a * c for a, c in zip(xr, yr)) / sxx
    e = [c - b * a for a, c in zip(xr, yr)]
    n = len(xs)
    rank = 1 + sum(len(set(s)) for s in strata) - (len(strata) - 1)
    df = n - rank
    se = math.sqrt(n / df * math.fsum((a * r) ** 2 for a, r in zip(xr, e))) / sxx
    return b, se, t_two_sided(b / se, df)


def bh(p):
    n = len(p)
    order = sorted(range(n), key=lambda i: p[i])
    q = [0.0] * n
    prev = 1.0
    for rank in range(n, 0, -1):
        i = order[rank - 1]
        prev = min(prev, p[i] * n / rank)
        q[i] = prev
    return q


def fairness(d, Y, pen, ey_ikp, ey_opd):
    """§13: the planted PPPK gap is found (adjusted for OPD and jenis
    jabatan fixed effects, q over the contrasts < alpha, |gap| >= 5 points);
    the gender contrast, not planted, is not."""
    emp = {r["nip"]: r for r in rows(d, "pegawai.csv")}
    contrasts = {"jenis_pegawai": ("PPPK", "PNS"), "jenis_kelamin": ("P", "L")}
    res = {}
    for attr, (g, c) in contrasts.items():
        data = [(1.0 if emp[nip][attr] == g else 0.0, ey_ikp[(y, nip)], ey_opd[(y, nip)],
                 emp[nip]["jenis_jabatan"]) for (y, nip) in ey_ikp
                if y == Y and nip in emp and emp[nip][attr] in (g, c)]
        # drop strata holding one side only (one pass)
        sides = defaultdict(set)
        for x, _, o, j in data:
            sides[("o", o)].add(x)
            sides[("j", j)].add(x)
        data = [t for t in data if len(sides[("o", t[2])]) == 2 and len(sides[("j", t[3])]) == 2]
        b, se, p = fwl_hc1([t[0] for t in data], [t[1] for t in data],
                           [[t[2] for t in data], [t[3] for t in data]])
        res[attr] = (b, se, p)
    q = dict(zip(res, bh([v[2] for v in res.values()])))
    print(f"== kesetaraan {Y} (adjusted for OPD and jenis jabatan):")
    for a, (b, se, p) in res.items():
        print(f"   {a:14s} gap={b:+.2f} se={se:.2f} q={q[a]:.1e}")
    b, se, p = res["jenis_pegawai"]
    check(q["jenis_pegawai"] < ALPHA and b <= -KESETARAAN_MIN,
          f"PPPK rated lower than PNS (adjusted gap {b:+.2f} IKP points)")
    b, se, p = res["jenis_kelamin"]
    check(not (q["jenis_kelamin"] < ALPHA and abs(b) >= KESETARAAN_MIN),
          f"no gender gap flagged (adjusted gap {b:+.2f})")


def main():
    d = sys.argv[1]
    verbose = "--verbose" in sys.argv
    parent, opd_of = {}, {}
    for r in rows(d, "unit.csv"):
        parent[r["kode_unit"]] = r["kode_induk"] or None
        opd_of[r["kode_unit"]] = r["menjadi"] or None  # resolved below
    merged = {k: v for k, v in opd_of.items() if v}

    def top(u):
        u = merged.get(u, u)
        while parent.get(u):
            u = parent[u]
        return u

    opd_of = {u: top(u) for u in parent}
    pen = defaultdict(list)  # (year, nip) -> [(periode, ikp, unit, penilai)]
    annual = {}
    years = set()
    for r in rows(d, "penilaian.csv"):
        per = r["periode"]
        y = int(per[:4])
        years.add(y)
        pred = MATRIX[(r["rating_hasil_kerja"], r["rating_perilaku"])]
        if len(per) == 4:
            annual[(y, r["nip"])] = (pred, r["kode_unit"])
        else:
            pen[(y, r["nip"])].append((per, IKP[pred], r["kode_unit"], r["nip_penilai"]))
    Y = max(years)
    ey_opd, ey_ikp, ey_unit = {}, {}, {}
    for (y, nip), recs in pen.items():
        recs.sort()
        ey_ikp[(y, nip)] = mean([x[1] for x in recs])
        ey_unit[(y, nip)] = recs[-1][2]
        ey_opd[(y, nip)] = opd_of[recs[-1][2]]
    # perilaku and capaian employee-year means
    per_v = defaultdict(lambda: defaultdict(list))
    for r in rows(d, "perilaku.csv"):
        per_v[(int(r["periode"][:4]), r["nip"])][r["nilai"]].append(float(r["skor"]))
    cap = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    for r in rows(d, "capaian.csv"):
        t, re = float(r["target"]), float(r["realisasi"])
        c = 100 * re / t if r["arah"] == "NAIK" else 100 * (2 - re / t)
        c = min(max(c, 0.0), 120.0)
        w = float(r["bobot"])
        acc = cap[(int(r["periode"][:4]), r["nip"])][r["periode"]]
        acc[0] += w * c
        acc[1] += w
    # §3 kekuatan/kelemahan in year Y
    dims = {"ikp": {k: v for k, v in ey_ikp.items() if k[0] == Y}}
    dims["capaian"] = {k: mean([a / b for a, b in v.values()]) for k, v in cap.items()
                       if k[0] == Y and k in ey_opd}
    for n in NILAI:
        dims[n.lower()] = {k: mean(v[n]) for k, v in per_v.items()
                           if k[0] == Y and k in ey_opd and n in v}
    opds = sorted(set(ey_opd[k] for k in ey_opd if k[0] == Y))
    tests = []
    for dim, vals in dims.items():
        by = defaultdict(list)
        for k, v in vals.items():
            by[ey_opd[k]].append(v)
        for o in opds:
            rest = [v for q in opds if q != o for v in by[q]]
            if len(by[o]) < MIN_KELOMPOK:
                continue
            t, p, dd = welch(by[o], rest)
            tests.append([o, dim, len(by[o]), mean(by[o]) - mean(rest), dd, p])
    # the nine SKM unsur, respondent-level, for OPD with survey data in Y
    skm_by = defaultdict(lambda: defaultdict(list))
    for r in rows(d, "skm.csv"):
        if int(r["periode"][:4]) == Y:
            for i in range(1, 10):
                if r[f"u{i}"]:
                    skm_by[f"u{i}"][opd_of[r["kode_unit"]]].append(int(r[f"u{i}"]))
    for dim, by in skm_by.items():
        for o in by:
            rest = [v for q2 in by if q2 != o for v in by[q2]]
            t, p, dd = welch(by[o], rest)
            tests.append([o, dim, len(by[o]), mean(by[o]) - mean(rest), dd, p])
    q = bh([x[5] for x in tests])
    found = {}
    for x, qq in zip(tests, q):
        lab = "KEKUATAN" if qq < ALPHA and x[4] >= EFEK_MIN else \
              "KELEMAHAN" if qq < ALPHA and x[4] <= -EFEK_MIN else "SETARA"
        found[(x[0], x[1])] = (lab, x[4], qq, x[3])
    flagged = sorted([(k, v) for k, v in found.items() if v[0] != "SETARA"], key=lambda kv: -abs(kv[1][1]))
    print(f"== kekuatan/kelemahan {Y}: {len(tests)} tests, {len(flagged)} flagged")
    for k, v in flagged:
        print(f"   {k[0]:16s} {k[1]:24s} {v[0]:9s} d={v[1]:+.2f} diff={v[3]:+.2f} q={v[2]:.1e}")
    o, n = PLANTED["PELAYANAN"]
    check(found.get((o, n.lower()), ("",))[0] == "KEKUATAN", f"{o} KEKUATAN in {n}")
    o, n = PLANTED["ADAPTIF"]
    check(found.get((o, n.lower()), ("",))[0] == "KELEMAHAN", f"{o} KELEMAHAN in {n}")
    expected = {(PLANTED["PELAYANAN"][0], "berorientasi_pelayanan"), (PLANTED["ADAPTIF"][0], "adaptif"),
                (PLANTED["INFLASI"], "ikp")}  # inflated ratings show as a strong IKP, by design
    weakest_planted = min(abs(found[k][1]) for k in expected if k in found)
    stray = [(k, v) for k, v in flagged if k not in expected and abs(v[1]) >= weakest_planted]
    check(not stray, f"no unplanted kekuatan/kelemahan as strong as the planted ones (|d| >= {weakest_planted:.2f})"
          + (f": {stray}" if stray else ""))
    # §4 trend: monthly OPD mean IKP over the window
    series = defaultdict(lambda: defaultdict(list))
    for (y, nip), recs in pen.items():
        for per, v, unit, _ in recs:
            series[opd_of[unit]][per].append(v)
    trend = {}
    for o, s in series.items():
        pers = sorted(s)
        x = [(int(p[:4]) - int(pers[0][:4])) * 12 + int(p[5:]) - int(pers[0][5:]) for p in pers]
        yv = [mean(s[p]) for p in pers]
        if len(x) < 3:
            continue
        slope, p = ols_hac(x, yv)
        trend[o] = [slope * 12, p, len(x)]
    # one BH family (here: the OPD IKP trends, a smaller family than the
    # engine's, so at least as liberal), tren_min and 12 points for a label
    names = sorted(trend)
    qs = bh([trend[o][1] for o in names])
    for o, qq in zip(names, qs):
        s12, p, k = trend[o]
        sig = qq < ALPHA and abs(s12) >= TREN_MIN_IKP and k >= 12
        trend[o] = ("NAIK" if sig and s12 > 0 else "TURUN" if sig else "STABIL", s12, qq)
    moving = sorted([(o, v) for o, v in trend.items() if v[0] != "STABIL"], key=lambda kv: -abs(kv[1][1]))
    print(f"== trend of monthly IKP: {len(moving)} of {len(trend)} OPD not STABIL")
    for o, v in moving:
        print(f"   {o:16s} {v[0]:6s} slope/yr={v[1]:+.2f} q={v[2]:.1e}")
    t = trend.get(PLANTED["TREN"], ("", 0, 1))
    check(t[0] == "TURUN", f"{PLANTED['TREN']} TURUN (slope {t[1]:+.2f} IKP/yr)")
    others = [abs(v[1]) for o, v in moving if o != PLANTED["TREN"]]
    check(not others or max(others) < abs(t[1]) / 2,
          f"other OPD trends are less than half as steep (max {max(others) if others else 0:.2f})")
    # §5 curve for year Y
    org = {(r["kode_unit"], int(r["tahun"])): r["predikat"] for r in rows(d, "kinerja_organisasi.csv")}
    counts = defaultdict(lambda: defaultdict(int))
    for (y, nip), (pred, unit) in annual.items():
        if y == Y:
            counts[opd_of[unit]][pred] += 1
    worst = []
    for o, cnt in counts.items():
        n = sum(cnt.values())
        p = org.get((o, Y))
        sb, b, bp, k = (cnt[x] for x in ("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG"))
        need = 0
        if p == "ISTIMEWA":
            need = max(n // 2 + 1 - sb, sb - math.floor(0.7 * n), 0)
        elif p == "BAIK":
            need = max(n // 2 + 1 - b, b - math.floor(0.7 * n), 1 - bp - k, 0)
        elif p == "BUTUH_PERBAIKAN":
            need = max(math.ceil(0.6 * n) - bp, sb - math.floor(0.1 * n), 0)
        worst.append((need, o, p, n))
    worst.sort(reverse=True)
    print(f"== curve {Y}: lower bound of changes needed, largest first")
    for w in worst[:6]:
        print(f"   {w[1]:16s} {str(w[2]):16s} n={w[3]:5d} changes>={w[0]}")
    infl = [w for w in worst if w[1] == PLANTED["INFLASI"]][0]
    check(infl[2] == "BUTUH_PERBAIKAN" and infl[0] >= 0.4 * infl[3],
          f"{PLANTED['INFLASI']} TIDAK_PATUH against {infl[2]} with >= {infl[0]} changes of {infl[3]}")
    check(all(w[0] <= max(5, 0.1 * w[3]) for w in worst if w[1] != PLANTED["INFLASI"]),
          "every other OPD is within a few changes of its curve")
    check(sum(1 for o in opds if (o, Y) not in org) == 1, "exactly one OPD has no organisation predikat in Y")
    # §6 SKM linkage for year Y
    resp = defaultdict(list)
    for r in rows(d, "skm.csv"):
        if int(r["periode"][:4]) != Y:
            continue
        resp[r["kode_unit"]].append([int(r[f"u{i}"]) if r[f"u{i}"] else None for i in range(1, 10)])
    unit_ikp = defaultdict(list)
    for k, u in ey_unit.items():
        if k[0] == Y:
            unit_ikp[u].append(ey_ikp[k])
    pairs = []
    for u, a in resp.items():
        if unit_ikp.get(u):
            nrr = [mean([row[i] for row in a if row[i] is not None]) for i in range(9)]
            pairs.append((u, 25 * mean(nrr), mean(unit_ikp[u])))
    ikm = [p[1] for p in pairs]
    ikp = [p[2] for p in pairs]
    zi = [(v - mean(ikm)) / sd(ikm) for v in ikm]
    zp = [(v - mean(ikp)) / sd(ikp) for v in ikp]
    flag = [pairs[i][0] for i in range(len(pairs)) if zp[i] >= 1 and zi[i] <= -1]
    print(f"== SKM linkage {Y}: {len(pairs)} units, IKM {min(ikm):.1f}..{max(ikm):.1f}, flagged {flag}")
    if verbose:
        for i, p in enumerate(pairs):
            print(f"   {p[0]:16s} IKM={p[1]:6.2f} z={zi[i]:+.2f}  IKP={p[2]:6.2f} z={zp[i]:+.2f}")
    check(flag == [PLANTED["SKM_IKP"]], f"only {PLANTED['SKM_IKP']} is 'penilaian tinggi, kepuasan rendah'")
    # §7 evaluators in year Y
    ratees = defaultdict(set)
    for (y, nip), recs in pen.items():
        if y == Y:
            for _, _, _, pen_nip in recs:
                ratees[pen_nip].add(nip)
    ev = []
    for e, rs in ratees.items():
        if len(rs) < MIN_KELOMPOK:
            continue
        opd = max(set(ey_opd[(Y, n)] for n in rs), key=lambda o: sum(ey_opd[(Y, n)] == o for n in rs))
        mine = [ey_ikp[(Y, n)] for n in rs]
        other = [v for k, v in ey_ikp.items() if k[0] == Y and ey_opd[k] == opd and k[1] not in rs]
        if len(other) < 2:
            continue
        t, p, _ = welch(mine, other)
        ev.append([e, opd, len(rs), mean(mine) - mean(other), p])
    q = bh([x[4] for x in ev])
    lab = [("LONGGAR" if x[3] > 0 else "KETAT") if qq < ALPHA else "" for x, qq in zip(ev, q)]
    hits = [(x, l) for x, l in zip(ev, lab) if l]
    print(f"== evaluators {Y}: {len(ev)} with >= {MIN_KELOMPOK} ratees, flagged:")
    for x, l in hits:
        print(f"   {x[0]} {x[1]:16s} n={x[2]:3d} diff={x[3]:+.1f} {l}")
    longgar = [x for x, l in hits if l == "LONGGAR" and x[1] == PLANTED["LONGGAR"] and x[2] >= 8]
    check(len(longgar) == 1, f"one LONGGAR pengawas with >= 8 ratees in {PLANTED['LONGGAR']}")
    # The heads of the planted SKM unit rate its staff high by design (effect SKM_IKP).
    skm_heads = {pen_nip for (y, nip), recs in pen.items() if y == Y
                 for _, _, unit, pen_nip in recs if unit == PLANTED["SKM_IKP"]}
    strong = longgar[0][3] if longgar else 0.0
    stray = [x for x, l in hits if x not in longgar and x[0] not in skm_heads and abs(x[3]) >= strong / 2]
    check(not stray, f"no other flagged evaluator differs by half the planted {strong:+.1f} IKP"
          + (f": {stray}" if stray else ""))
    fairness(d, Y, pen, ey_ikp, ey_opd)
    print("\n%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
