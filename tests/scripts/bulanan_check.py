#!/usr/bin/python3
"""bulanan_check.py DB EXPORT_DIR [WORKBOOK.xlsx] — the monthly monitoring of
analytics.md §14, recomputed independently from the database tables and
compared with the export tables of `kinerja export --periode P` (every row,
every figure); then every figure of the workbook compared with the export.

Rules used here, read from the spec (data.md "Roster of a period", §14, §10a):
- roster of month M: mulai <= last day of M (empty = open) and selesai empty or
  >= first day of M; unit: the record for M (result, else known-missing), else
  the latest record of any type ending by the end of M, else pegawai.kode_unit;
  OPD: top-level ancestor after following menjadi.
- expected evaluator for M: the evaluator on the record for M when rated; else
  nip_penilai of the latest other record ending by the end of M, else nip_atasan.
- on time: tanggal_dinilai <= end of M + batas_hari (5); late month: on time <
  tepat_min (0.9) x due; late repeatedly: late in >= 3 of P-5..P.
- months before the first month with monthly records are not due.
- control chart: monthly records by the OPD of their unit; IKP 150/100/75/50/25;
  charted when n >= 5; centre = pooled mean of the 12 months before P, all
  charted; sigma_t = (mean moving range / 1.128) sqrt(nbar / n_t); BATAS beyond
  centre +- 3 sigma_t; RUN8: P and 7 before strictly on one side.
- warnings: steps SB 5 .. SK 1; TURUN_TAJAM when step(P) <= median of up to 6
  preceding monthly records (>= 3) - 2; RENDAH_BERTURUT when P and the previous
  monthly record are both <= 3.
- appreciation gap: on P's roster, last 3 monthly records up to P all SANGAT_BAIK
  with the last = P, no APRESIASI dated within the first day of P-5 .. end of P;
  leader = nip_atasan else the evaluator of the latest monthly record.
Prints a short summary; exit 1 on any difference.
"""
import calendar
import csv
import datetime as dt
import math
import sqlite3
import statistics
import sys
from collections import defaultdict

IKP = {'SANGAT_BAIK': 150.0, 'BAIK': 100.0, 'BUTUH_PERBAIKAN': 75.0, 'KURANG': 50.0,
       'SANGAT_KURANG': 25.0}
STEP = {'SANGAT_BAIK': 5, 'BAIK': 4, 'BUTUH_PERBAIKAN': 3, 'KURANG': 2, 'SANGAT_KURANG': 1}
BATAS, TEPAT_MIN, MIN_N = 5, 0.9, 5
bad = []


def bounds(p):
    y = int(p[:4])
    if len(p) == 4:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if p[5] in 'QS':
        k = int(p[6])
        m0, m1 = (3 * k - 2, 3 * k) if p[5] == 'Q' else (6 * k - 5, 6 * k)
    else:
        m0 = m1 = int(p[5:7])
    return dt.date(y, m0, 1), dt.date(y, m1, calendar.monthrange(y, m1)[1])


def code(p):  # the period order of the engine's keys, for ties between equal ends
    if len(p) == 4:
        return 0
    return {'Q': 20, 'S': 30}.get(p[5], 0) + int(p[5:7] if p[5] not in 'QS' else p[6])


def is_month(p):
    return len(p) == 7 and p[5] not in 'QS'


def madd(p, k):
    i = int(p[:4]) * 12 + int(p[5:7]) - 1 + k
    return '%04d-%02d' % (i // 12, i % 12 + 1)


def main():
    db, outdir = sys.argv[1], sys.argv[2]
    wb_path = sys.argv[3] if len(sys.argv) > 3 else None
    c = sqlite3.connect(db)
    parent, succ = {}, {}
    for k, ind, men in c.execute("SELECT kode_unit, kode_induk, menjadi FROM unit"):
        parent[k], succ[k] = ind, men

    def opd(u):
        n = 0
        while succ.get(u) and n < 64:
            u, n = succ[u], n + 1
        while parent.get(u):
            u = parent[u]
        return u

    emp = {}
    for nip, unit, mulai, selesai, atasan in c.execute(
            "SELECT nip, kode_unit, mulai, selesai, nip_atasan FROM pegawai"):
        emp[nip] = dict(unit=unit, atasan=atasan or 0,
                        mulai=dt.date.fromisoformat(mulai) if mulai else None,
                        selesai=dt.date.fromisoformat(selesai) if selesai else None)
    rec = defaultdict(dict)
    for nip, per, unit, pred, pen, tgl in c.execute(
            "SELECT nip, periode, kode_unit, predikat, nip_penilai, tanggal_dinilai FROM penilaian"):
        rec[nip][per] = dict(unit=unit, pred=pred, pen=pen or 0,
                             tgl=dt.date.fromisoformat(tgl[:10]) if tgl else None,
                             end=bounds(per)[1])
    kos = defaultdict(dict)
    for nip, per, unit in c.execute("SELECT nip, periode, kode_unit FROM penilaian_kosong"):
        kos[nip][per] = unit
    D = c.execute("SELECT max(substr(tanggal_dinilai, 1, 10)) FROM penilaian").fetchone()[0]
    D = dt.date.fromisoformat(D)
    with open(outdir + '/bulanan_kendali.csv') as f:
        P = next(csv.DictReader(f))['periode']
    months = [madd(P, k) for k in range(-12, 1)]
    first = min(m for rr in rec.values() for m in rr if is_month(m))  # months before: not due

    def unit_of(nip, m):
        e = emp[nip]
        a, b = bounds(m)
        if (e['mulai'] and e['mulai'] > b) or (e['selesai'] and e['selesai'] < a):
            return None
        if m in rec[nip]:
            return rec[nip][m]['unit']
        if m in kos[nip]:
            return kos[nip][m]
        best = None
        for q, r in rec[nip].items():
            if r['end'] <= b and (best is None or (r['end'], code(q)) > best[0]):
                best = ((r['end'], code(q)), r['unit'])
        return best[1] if best else e['unit']

    def expected(nip, m):
        b = bounds(m)[1]
        best = None
        for q, r in rec[nip].items():
            if q != m and r['end'] <= b and (best is None or (r['end'], code(q)) > best[0]):
                best = ((r['end'], code(q)), r['pen'])
        return best[1] if best and best[1] else emp[nip]['atasan']

    def ontime(r, m):
        return r['tgl'] is not None and r['tgl'] <= bounds(m)[1] + dt.timedelta(days=BATAS)

    # ---- completeness, belum dinilai, evaluators ----
    kel = {}
    for m in (P, madd(P, -1), madd(P, -12)):
        if m < first:
            continue
        g = defaultdict(lambda: [0, 0, 0, 0])
        for nip in emp:
            u = unit_of(nip, m)
            if u is None:
                continue
            r = rec[nip].get(m)
            for o in (opd(u), 'KOTA'):
                x = g[o]
                x[0] += 1
                if r:
                    x[1] += 1
                    x[2] += r['tgl'] is not None
                    x[3] += ontime(r, m)
        for o, x in g.items():
            kel[(o, m)] = x
    belum = {}
    due = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    ratee_opd = defaultdict(lambda: defaultdict(int))
    for nip in emp:
        for k in range(-5, 1):
            m = madd(P, k)
            u = unit_of(nip, m) if m >= first else None
            if u is None:
                continue
            r = rec[nip].get(m)
            pen = r['pen'] if r and r['pen'] else expected(nip, m)
            if k == 0 and not r:
                late = (D - (bounds(P)[1] + dt.timedelta(days=BATAS))).days
                belum[nip] = (opd(u), pen, max(late, 0))
            if not pen:
                continue
            x = due[pen][m]
            x[0] += 1
            x[1] += r is not None
            x[2] += bool(r and ontime(r, m))
            if k == 0:
                ratee_opd[pen][opd(u)] += 1
    opd_codes = sorted(k for k in parent if not parent[k])

    def check(name, key_cols, want, compare):
        with open('%s/%s.csv' % (outdir, name)) as f:
            got = {tuple(r[k] for k in key_cols): r for r in csv.DictReader(f)}
        for k in sorted(set(got) | set(want)):
            if k not in got or k not in want:
                bad.append('%s %s only in %s' % (name, k, 'python' if k in want else 'export'))
                continue
            for col, v in compare(want[k]).items():
                g = got[k][col]
                if isinstance(v, float) and not math.isnan(v):
                    ok = g != '' and abs(float(g) - v) <= 1e-9 * max(1, abs(v))
                elif isinstance(v, float):
                    ok = g == ''
                else:
                    ok = g == ('' if v is None else str(v))
                if not ok:
                    bad.append('%s %s %s: export %r, python %r' % (name, k, col, g, v))
        return got

    check('bulanan_kelengkapan', ('kode_opd', 'bulan'), kel,
          lambda x: dict(roster=x[0], dinilai=x[1], kelengkapan=x[1] / x[0], bertanggal=x[2],
                         tepat=x[3], tepat_waktu=x[3] / x[2] if x[2] else math.nan))
    check('bulanan_belum_dinilai', ('nip',), {(str(k),): v for k, v in belum.items()},
          lambda v: dict(kode_opd=v[0], nip_penilai=v[1] or None, hari_terlambat=v[2]))
    # if every due rating were on time with the city's share of its month,
    # independently: P(late in >= 3 of the 6 months) per evaluator
    # (binomial sums written out here, not GSL)
    months6 = [madd(P, k) for k in range(-5, 1)]
    q = {}
    for m in months6:
        d = sum(mm[m][0] for mm in due.values() if m in mm)
        o = sum(mm[m][2] for mm in due.values() if m in mm)
        q[m] = o / d if d else 1.0

    def p_late(n, qm):
        if n <= 0:
            return 0.0
        c = math.ceil(TEPAT_MIN * n) - 1
        if c < 0:
            return 0.0
        if c >= n:
            return 1.0
        return sum(math.comb(n, i) * qm ** i * (1 - qm) ** (n - i) for i in range(c + 1))

    def p_berulang(mm):
        dist = [1.0] + [0.0] * 6
        for m in months6:
            pl = p_late(mm[m][0] if m in mm else 0, q[m])
            dist = [dist[j] * (1 - pl) + (dist[j - 1] * pl if j else 0) for j in range(7)]
        return sum(dist[3:])

    pen_want = {}
    for pen, mm in due.items():
        if mm[P][0] == 0:
            continue
        late = sum(1 for m, x in mm.items() if x[0] and x[2] < TEPAT_MIN * x[0])
        if pen in emp and unit_of(pen, P):
            o = opd(unit_of(pen, P))
        else:
            cnt = ratee_opd[pen]
            o = max(opd_codes, key=lambda q: (cnt.get(q, 0), -opd_codes.index(q)))
        x = mm[P]
        pen_want[(str(pen),)] = dict(kode_opd=o, jatuh_tempo=x[0], diberikan=x[1], tepat_waktu=x[2],
                                     bulan_terlambat=late, terdaftar=int(pen in emp),
                                     terlambat_berulang=int(late >= 3),
                                     p_berulang_kebetulan=p_berulang(mm))
    check('bulanan_penilai', ('nip_penilai',), pen_want, lambda v: v)

    # ---- control charts ----
    vals = defaultdict(list)
    for nip, rr in rec.items():
        for m, r in rr.items():
            if m in months:
                v = IKP[r['pred']]
                vals[(opd(r['unit']), m)].append(v)
                vals[('KOTA', m)].append(v)
    kend = {}
    for o in opd_codes + ['KOTA']:
        n = [len(vals[(o, m)]) for m in months]
        mean = [sum(vals[(o, m)]) / n[i] if n[i] >= MIN_N else math.nan
                for i, m in enumerate(months)]
        base = range(12)
        cukup = all(not math.isnan(mean[i]) for i in base)
        centre, lcl, ucl, sig = math.nan, [math.nan] * 13, [math.nan] * 13, [''] * 13
        if cukup:
            centre = sum(sum(vals[(o, months[i])]) for i in base) / sum(n[i] for i in base)
            mr = statistics.fmean(abs(mean[i] - mean[i - 1]) for i in range(1, 12)) / 1.128
            nbar = statistics.fmean(n[i] for i in base)
            for i in range(13):
                if not math.isnan(mean[i]) and mr > 0:
                    s = mr * math.sqrt(nbar / n[i])
                    lcl[i], ucl[i] = centre - 3 * s, centre + 3 * s
                    if mean[i] < lcl[i] or mean[i] > ucl[i]:
                        sig[i] = 'BATAS'
            run = [mean[i] for i in range(5, 13)]
            if all(v > centre for v in run if not math.isnan(v)) and not any(map(math.isnan, run)) \
                    or all(v < centre for v in run) and not any(map(math.isnan, run)):
                sig[12] = (sig[12] + '+' if sig[12] else '') + 'RUN8'
        for i, m in enumerate(months):
            kend[(o, m)] = dict(n=n[i], mean=mean[i], centre=centre, lcl=lcl[i], ucl=ucl[i],
                                sinyal=sig[i], riwayat='CUKUP' if cukup else 'BELUM_CUKUP')
    check('bulanan_kendali', ('kode_opd', 'bulan'), kend, lambda v: v)

    # ---- warnings and appreciation gaps ----
    warn, gap, leaders = {}, {}, defaultdict(lambda: [0, 0])
    lo5 = bounds(madd(P, -5))[0]
    apr = defaultdict(list)
    given = defaultdict(int)
    for t, pem, pen, jenis in c.execute(
            "SELECT tanggal, nip_pemberi, nip_penerima, jenis FROM umpan_balik"):
        d = dt.date.fromisoformat(t[:10])
        if jenis == 'APRESIASI' and lo5 <= d <= bounds(P)[1]:
            apr[pen].append(d)
        if bounds(madd(P, -2))[0] <= d <= bounds(P)[1]:
            given[pem] += 1
    for nip in emp:
        ms = sorted(m for m in rec[nip] if is_month(m) and m <= P)
        if ms and ms[-1] == P:
            s = [STEP[rec[nip][m]['pred']] for m in ms]
            before = s[-7:-1]
            med = statistics.median(before) if len(before) >= 3 else math.nan
            why = []
            if len(before) >= 3 and s[-1] <= med - 2:
                why.append('TURUN_TAJAM')
            if len(s) >= 2 and s[-1] <= 3 and s[-2] <= 3:
                why.append('RENDAH_BERTURUT')
            if why:
                warn[(str(nip),)] = dict(kode_opd=opd(rec[nip][P]['unit']), alasan='+'.join(why),
                                         median_sebelum=float(med))
        u = unit_of(nip, P)
        if u is None:
            continue
        pen = rec[nip][ms[-1]]['pen'] if ms else 0
        lead = emp[nip]['atasan'] or pen
        g = bool(ms and ms[-1] == P and len(ms) >= 3 and
                 all(rec[nip][m]['pred'] == 'SANGAT_BAIK' for m in ms[-3:]) and not apr[nip])
        if g:
            gap[(str(nip),)] = dict(kode_opd=opd(u), nip_pimpinan=lead or None, nip_penilai=pen or None,
                                    periode_terakhir=P)
        if lead:
            leaders[lead][0] += 1
            leaders[lead][1] += g
    check('bulanan_peringatan', ('nip',), warn, lambda v: v)
    check('bulanan_apresiasi', ('nip',), gap, lambda v: v)
    check('bulanan_pimpinan', ('nip_pimpinan',),
          {(str(k),): v for k, v in leaders.items()},
          lambda v_: dict(tim=v_[0], tanpa_apresiasi=v_[1]))
    with open(outdir + '/bulanan_pimpinan.csv') as f:
        for r in csv.DictReader(f):
            k = int(r['nip_pimpinan'])
            if int(r['umpan_balik_3_bulan']) != given[k] or \
                    abs(float(r['per_anggota']) - given[k] / leaders[k][0]) > 1e-12:
                bad.append('bulanan_pimpinan %s feedback: export %s, python %d' %
                           (k, r['umpan_balik_3_bulan'], given[k]))
    print('%s: recomputed %d completeness rows, %d not rated, %d evaluators, %d chart rows, '
          '%d warnings, %d appreciation gaps, %d leaders' %
          (P, len(kel), len(belum), len(pen_want), len(kend), len(warn), len(gap), len(leaders)))
    if wb_path:
        workbook(wb_path, outdir, P)
    for b in bad[:40]:
        print('DIFF', b, file=sys.stderr)
    if bad:
        print('%d differences' % len(bad), file=sys.stderr)
    sys.exit(1 if bad else 0)


# ---- the workbook against the export ---------------------------------------------

def tables(ws, first_header):
    """Every table of a sheet whose header row starts with first_header: a list
    of lists of dicts (header -> value), in sheet order."""
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    out, i = [], 0
    while i < len(rows):
        if rows[i] and rows[i][0] == first_header:
            hdr = [h for h in rows[i] if h is not None]
            t, i = [], i + 1
            while i < len(rows) and rows[i] and rows[i][0] not in (None, '') and \
                    any(v is not None for v in rows[i][1:]):
                t.append(dict(zip(hdr, rows[i])))
                i += 1
            out.append(t)
        else:
            i += 1
    return out


def csvrows(outdir, name):
    with open('%s/%s.csv' % (outdir, name)) as f:
        return list(csv.DictReader(f))


def num(v):
    return math.nan if v in (None, '', '\u2013') else float(v)


def same(a, b):
    a, b = num(a), num(b)
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= 1e-9 * max(1, abs(b))


def workbook(path, outdir, P):
    import warnings
    warnings.filterwarnings('ignore')
    import openpyxl
    wb = openpyxl.load_workbook(path)
    n = 0
    # Belum Dinilai: the employee list
    det = tables(wb['Belum Dinilai'], 'Penilai')[1]
    exp = {r['nip']: r for r in csvrows(outdir, 'bulanan_belum_dinilai')}
    if len(det) != len(exp):
        bad.append('Belum Dinilai: %d rows, export %d' % (len(det), len(exp)))
    for r in det:
        e = exp.get(str(r['NIP']))
        n += 1
        if not e or str(r['NIP penilai'] or '') != e['nip_penilai'] or \
                int(r['Hari terlambat']) != int(e['hari_terlambat']) or r['Kode OPD'] != e['kode_opd']:
            bad.append('Belum Dinilai row %s differs from the export' % r['NIP'])
    summ = tables(wb['Belum Dinilai'], 'Penilai')[0]
    if sum(int(r['Belum dinilai']) for r in summ) != len(exp):
        bad.append('Belum Dinilai: per-evaluator counts do not add up')
    # Penilai
    exp = {r['nip_penilai']: r for r in csvrows(outdir, 'bulanan_penilai')}
    t = tables(wb['Penilai'], 'Penilai')[0]
    if len(t) != len(exp):
        bad.append('Penilai: %d rows, export %d' % (len(t), len(exp)))
    for r in t:
        e = exp.get(str(r['NIP']))
        n += 1
        if not e or [int(r[k]) for k in ('Jatuh tempo', 'Diberikan', 'Tepat waktu',
                                          'Bulan terlambat (dari 6)')] != \
                [int(e[k]) for k in ('jatuh_tempo', 'diberikan', 'tepat_waktu', 'bulan_terlambat')] \
                or (r['Terlambat berulang'] == 'Ya') != (e['terlambat_berulang'] == '1') \
                or not same(r['% tepat waktu'], int(e['tepat_waktu']) / int(e['jatuh_tempo'])):
            bad.append('Penilai row %s differs from the export' % r['NIP'])
    # Kendali: the charted values and the signal table
    exp = {(r['kode_opd'], r['bulan']): r for r in csvrows(outdir, 'bulanan_kendali')}
    kt = tables(wb['Kendali'], 'Kode OPD')
    vals = kt[1]
    if len(vals) != len(exp):
        bad.append('Kendali: %d charted rows, export %d' % (len(vals), len(exp)))
    for r in vals:
        e = exp.get((r['Kode OPD'], r['Bulan']))
        n += 1
        if not e or int(r['n']) != int(e['n']) or (r['Sinyal'] or '') != e['sinyal'] or not all(
                same(r[a], e[b]) for a, b in (('IKP rata-rata', 'mean'), ('Garis tengah', 'centre'),
                                              ('Batas bawah', 'lcl'), ('Batas atas', 'ucl'))):
            bad.append('Kendali row %s %s differs from the export' % (r['Kode OPD'], r['Bulan']))
    for r in kt[0]:
        e = exp[(r['Kode OPD'], P)]
        if not same(r['IKP rata-rata'], e['mean']) or bool(r['Sinyal']) != bool(e['sinyal']) or \
                (r['Riwayat 12 bulan'] == 'Cukup') != (e['riwayat'] == 'CUKUP'):
            bad.append('Kendali signal row %s differs from the export' % r['Kode OPD'])
    # Peringatan Dini, Apresiasi
    exp = {r['nip']: r for r in csvrows(outdir, 'bulanan_peringatan')}
    t = tables(wb['Peringatan Dini'], 'Kode OPD')[0]
    if {str(r['NIP']) for r in t} != set(exp):
        bad.append('Peringatan Dini: the employees differ from the export')
    for r in t:
        e = exp.get(str(r['NIP']), {})
        if r['Kode OPD'] != e.get('kode_opd') or not same(r['Median langkah 6 bulan sebelumnya'],
                                                        e.get('median_sebelum')):
            bad.append('Peringatan Dini row %s differs' % r['NIP'])
    n += len(t)
    exp = {r['nip']: r for r in csvrows(outdir, 'bulanan_apresiasi')}
    at = tables(wb['Apresiasi'], 'Pimpinan')
    for r in at[0]:
        e = exp.get(str(r['NIP']), {})
        if str(r['NIP pimpinan'] or '') != e.get('nip_pimpinan') or r['Kode OPD'] != e.get('kode_opd'):
            bad.append('Apresiasi row %s differs' % r['NIP'])
    if len(at[0]) != len(exp):
        bad.append('Apresiasi: %d rows, export %d' % (len(at[0]), len(exp)))
    exp = {r['nip_pimpinan']: r for r in csvrows(outdir, 'bulanan_pimpinan')}
    if len(at[1]) != len(exp):
        bad.append('Apresiasi leaders: %d rows, export %d' % (len(at[1]), len(exp)))
    for r in at[1]:
        e = exp.get(str(r['NIP']), {})
        if [r['Anggota tim'], r['Berprestasi tanpa apresiasi'], r['Umpan balik diberikan (3 bulan)']] \
                != [int(e.get(k, -1)) for k in ('tim', 'tanpa_apresiasi', 'umpan_balik_3_bulan')] or \
                not same(r['Per anggota tim'], e.get('per_anggota')):
            bad.append('Apresiasi leader row %s differs' % r['NIP'])
    n += len(at[0]) + len(at[1])
    # Ringkasan: completeness and timeliness of P, P-1, P-12 per OPD
    exp = {(r['kode_opd'], r['bulan']): r for r in csvrows(outdir, 'bulanan_kelengkapan')}
    t = tables(wb['Ringkasan'], 'Kode OPD')[0]
    hdr = list(t[0].keys())
    for r in t:
        n += 1
        for j, m in enumerate((P, madd(P, -1), madd(P, -12))):
            e = exp.get((r['Kode OPD'], m))
            kv, tv = r[hdr[4 + j]], r[hdr[7 + j]]
            if e is None:
                if kv not in (None, '\u2013'):
                    bad.append('Ringkasan %s %s: a figure without data' % (r['Kode OPD'], m))
                continue
            if not same(kv, e['kelengkapan']) or not same(tv, e['tepat_waktu']):
                bad.append('Ringkasan %s %s differs from the export' % (r['Kode OPD'], m))
        e = exp[(r['Kode OPD'], P)]
        if int(r['Pegawai dalam daftar']) != int(e['roster']) or int(r['Dinilai']) != int(e['dinilai']):
            bad.append('Ringkasan %s roster/dinilai differ' % r['Kode OPD'])
    print('workbook: %d rows compared with the export tables' % n)


main()
