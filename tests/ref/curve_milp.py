#!/usr/bin/python3
# Reference values for tests/unit/test_analysis_curve.c (large n): the minimum
# number of predikat changes computed by an independent solver, scipy's MILP
# interface to HiGHS (scipy.optimize.milp), not by kinerja's branch and bound.
# Share rules become count bounds with exact fractions, so no floating product
# decides a bound here. Run: /usr/bin/python3 tests/ref/curve_milp.py
# Output: one line per case, "{rule set, {c0..c4}, minimum}" (-1 = infeasible).
import math
import random
from fractions import Fraction

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

NAMES = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"]
RULES = {
    "ISTIMEWA": "SANGAT_BAIK > 50%; SANGAT_BAIK <= 70%",
    "BAIK": "BAIK > 50%; BAIK <= 70%; BUTUH_PERBAIKAN + KURANG >= 1 orang",
    "BUTUH_PERBAIKAN": "BUTUH_PERBAIKAN >= 60%; SANGAT_BAIK <= 10%",
    "KURANG": "KURANG >= 60%; BUTUH_PERBAIKAN >= 10%; SANGAT_BAIK <= 10%",
    "SANGAT_KURANG": "SANGAT_KURANG >= 60%; BUTUH_PERBAIKAN + KURANG >= 10%; SANGAT_BAIK = 0 orang",
    "TRIANGLE": "SANGAT_BAIK + BAIK >= 40%; BAIK + BUTUH_PERBAIKAN >= 40%; "
                "SANGAT_BAIK + BUTUH_PERBAIKAN >= 40%; SANGAT_BAIK + BAIK + BUTUH_PERBAIKAN <= 60%; "
                "KURANG + SANGAT_KURANG >= 1 orang",
    "OVERLAP": "SANGAT_BAIK + KURANG >= 30%; BAIK + KURANG <= 40%; BAIK + SANGAT_KURANG >= 20%; "
               "SANGAT_BAIK < 30%; BUTUH_PERBAIKAN >= 1 orang",
    "FOURSUM": "SANGAT_BAIK + BAIK + BUTUH_PERBAIKAN + KURANG < 80%; BAIK + KURANG > 35%; "
               "SANGAT_BAIK + BUTUH_PERBAIKAN + SANGAT_KURANG >= 35%; KURANG <= 15%; BAIK < 25%",
}


def parse(text):
    rules = []
    for item in filter(None, (s.strip() for s in text.split(";"))):
        op = next(o for o in (">=", "<=", ">", "<", "=") if o in item)
        lhs, rhs = item.split(op)
        rhs = rhs.strip()
        share = rhs.endswith("%")
        value = Fraction(rhs.rstrip("%").replace("orang", "").strip())
        rules.append(([NAMES.index(t.strip()) for t in lhs.split("+")], op, value, share))
    return rules


def count_bounds(rule, n):
    _, op, v, share = rule
    p = v * n / 100 if share else v
    lo, hi = 0, n
    if op == ">": lo = math.floor(p) + 1
    elif op == ">=": lo = math.ceil(p)
    elif op == "<": hi = math.ceil(p) - 1
    elif op == "<=": hi = math.floor(p)
    else: lo, hi = math.ceil(p), math.floor(p)
    return max(lo, 0), min(hi, n)


def min_changes(text, c):
    # variables x0..x4 (new counts), p0..p4 (increases); minimise sum p
    n = sum(c)
    rows, lb, ub = [], [], []
    for i in range(5):
        row = [0] * 10
        row[i], row[5 + i] = 1, -1
        rows.append(row); lb.append(-np.inf); ub.append(c[i])
    rows.append([1] * 5 + [0] * 5); lb.append(n); ub.append(n)
    for rule in parse(text):
        lo, hi = count_bounds(rule, n)
        if lo > hi:
            return -1
        row = [0] * 10
        for i in rule[0]:
            row[i] = 1
        rows.append(row); lb.append(lo); ub.append(hi)
    res = milp(c=np.array([0] * 5 + [1] * 5), integrality=np.ones(10), bounds=Bounds(0, np.inf),
               constraints=LinearConstraint(np.array(rows), lb, ub))
    if res.status == 2:
        return -1
    assert res.status == 0, res.message
    return int(round(res.fun))


def random_counts(rnd):
    n = rnd.randint(500, 6000)
    cuts = sorted(rnd.randint(0, n) for _ in range(4))
    return [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], cuts[3] - cuts[2], n - cuts[3]]


if __name__ == "__main__":
    rnd = random.Random(20261128)
    for name in RULES:
        for _ in range(3):
            c = random_counts(rnd)
            print('{"%s", {%s}, %d},' % (name, ", ".join(map(str, c)), min_changes(RULES[name], c)))
