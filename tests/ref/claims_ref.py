#!/usr/bin/python3
"""claims_ref.py — the reference values of tests/unit/test_analysis_claims.c
(statsmodels 0.13.5, scipy 1.10.1, numpy; Debian python3-statsmodels).
Run: /usr/bin/python3 tests/ref/claims_ref.py (apt-get install python3-statsmodels
python3-scipy; not needed by the test suite itself)."""
import numpy as np, statsmodels.api as sm, scipy.stats as ss, itertools, math
from statsmodels.stats.outliers_influence import OLSInfluence
from statsmodels.stats.meta_analysis import combine_effects
rng = np.random.default_rng(11)
k = 24
e = np.zeros(k); 
for t in range(k):
    e[t] = (0.7 * e[t-1] if t else 0) + rng.normal()
y = np.round(100 + 0.15*np.arange(k) + e, 3)
print("AR_Y", ",".join(repr(float(v)) for v in y))
x = np.arange(k, dtype=float)
L = int(math.floor(4*(k/100)**(2/9)))
print("L", L)
X = sm.add_constant(x)
ols = sm.OLS(y, X).fit()
hac = sm.OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': L, 'use_correction': True})
print("slope", repr(ols.params[1]), "se_ols", repr(ols.bse[1]), "se_hac", repr(hac.bse[1]))
se = max(hac.bse[1], ols.bse[1]); tt = ols.params[1]/se
print("p", repr(2*ss.t.sf(abs(tt), k-2)), "ci_half", repr(ss.t.ppf(0.975, k-2)*se))
# negatively autocorrelated: alternating noise -> HAC below OLS, floor binds
y2 = np.round(50 + 0.1*np.arange(12) + np.array([1,-1]*6)*0.8 + rng.normal(size=12)*0.1, 3)
print("NEG_Y", ",".join(repr(float(v)) for v in y2))
X2 = sm.add_constant(np.arange(12.0)); L2 = int(math.floor(4*(12/100)**(2/9)))
o2 = sm.OLS(y2, X2).fit(); h2 = sm.OLS(y2, X2).fit(cov_type='HAC', cov_kwds={'maxlags': L2, 'use_correction': True})
print("L2", L2, "slope", repr(o2.params[1]), "se_ols", repr(o2.bse[1]), "se_hac", repr(h2.bse[1]))
# HC1 with fixed effects
n = 30
opd = np.array([i % 3 for i in range(n)]); jj = np.array([(i // 3) % 2 for i in range(n)])
g = np.array([1 if (i*7) % 5 < 2 else 0 for i in range(n)])
yy = np.round(100 + 4*opd - 3*jj - 6*g + rng.normal(size=n)*5, 2)
print("FE_Y", ",".join(repr(float(v)) for v in yy))
print("FE_G", ",".join(str(v) for v in g))
D = np.column_stack([np.ones(n), g, opd == 1, opd == 2, jj == 1]).astype(float)
f = sm.OLS(yy, D).fit(cov_type='HC1')
print("hc1 b", repr(f.params[1]), "se", repr(f.bse[1]), "p_t", repr(2*ss.t.sf(abs(f.params[1]/f.bse[1]), n-5)))
# DerSimonian-Laird
yi = np.array([105.2, 101.3, 110.8, 99.4, 103.0, 107.7])
vi = np.array([2.1, 0.8, 4.5, 1.2, 0.3, 3.0])
res = combine_effects(yi, vi, method_re="dl")
tau2 = res.tau2; mu = res.mean_effect_re
print("dl tau2", repr(tau2), "mu", repr(mu), "shrunk", [repr(mu + tau2/(tau2+v)*(a-mu)) for a, v in zip(yi, vi)])
# Q
w = 1/vi; yb = (w*yi).sum()/w.sum(); print("Q", repr(((yi-yb)**2*w).sum()))
# exact permutation p of 2 x k chi-square with fixed margins
row = [4, 0, 1, 0]; tot = [10, 20, 5, 3]
N = sum(tot); nr = sum(row)
def stat(x):
    s = 0
    for a, t in zip(x, tot):
        e1 = t*nr/N; e2 = t - e1; d = a - e1; s += d*d/e1 + d*d/e2
    return s
obs = stat(row)
pex = 0.0
for x in itertools.product(*[range(min(t, nr)+1) for t in tot]):
    if sum(x) != nr: continue
    pr = math.prod(math.comb(t, a) for a, t in zip(x, tot)) / math.comb(N, nr)
    if stat(x) >= obs*(1-64*2.220446049250313e-16): pex += pr
print("mc obs", repr(obs), "p_exact", repr(pex))
tab = np.array([row, [t - a for a, t in zip(row, tot)]])
print("chi2_contingency", ss.chi2_contingency(tab, correction=False)[:3])
# influence
px = np.array([2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 6.0, 2.8, 4.9, 5.1, 9.5])
py = np.array([1.5, 2.9, 2.2, 4.1, 4.4, 2.5, 5.2, 1.9, 3.6, 4.8, 1.0])
loo = [ss.pearsonr(np.delete(px, i), np.delete(py, i)) for i in range(len(px))]
print("loo r", [repr(a[0]) for a in loo]); print("loo p", [repr(a[1]) for a in loo])
fi = sm.OLS(py, sm.add_constant(px)).fit()
print("cook", [repr(v) for v in OLSInfluence(fi).cooks_distance[0]])
