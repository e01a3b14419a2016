#!/usr/bin/env python3
"""roster_check.py DB EXPORT_DIR YEAR — recomputes completeness (analytics.md §9)
from the database tables with the roster rule of data.md ("Roster of a period"),
independently of the C engine, and compares every (OPD, period) row of
kualitas_data.csv and every row of kualitas_tahun.csv in EXPORT_DIR.

Roster of period P: start (pegawai.mulai; empty = open, this store keeps no SKP
spans) <= last day of P, and selesai empty or >= first day of P. Unit for P: the
unit of the record for P (result, else known-missing); else the unit of the latest
record ending on or before the end of P (any type); else pegawai.kode_unit. OPD:
top-level ancestor of that unit after following menjadi. Due periods of Y: months
January .. the latest month of Y with a monthly record (result or missing), and
every other period of Y with records.
"""
import calendar
import csv
import datetime as dt
import sqlite3
import sys


def period_bounds(p):
    y = int(p[:4])
    if len(p) == 4:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if p[5] == 'Q':
        q = int(p[6]); m0, m1 = 3 * q - 2, 3 * q
    elif p[5] == 'S':
        s = int(p[6]); m0, m1 = 6 * s - 5, 6 * s
    else:
        m0 = m1 = int(p[5:7])
    return dt.date(y, m0, 1), dt.date(y, m1, calendar.monthrange(y, m1)[1])


def main():
    db, outdir, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
    c = sqlite3.connect(db)
    parent, succ = {}, {}
    for k, ind, men in c.execute("SELECT kode_unit, kode_induk, menjadi FROM unit"):
        parent[k], succ[k] = ind, men

    def opd(u):
        seen = 0
        while succ.get(u) and seen < 64:
            u, seen = succ[u], seen + 1
        while parent.get(u):
            u = parent[u]
        return u

    emp = {}
    for nip, unit, mulai, selesai in c.execute(
            "SELECT nip, kode_unit, mulai, selesai FROM pegawai"):
        emp[nip] = (unit, dt.date.fromisoformat(mulai) if mulai else None,
                    dt.date.fromisoformat(selesai) if selesai else None)
    recs, kosong = {}, {}
    for nip, per, unit, tgl in c.execute(
            "SELECT nip, periode, kode_unit, tanggal_dinilai FROM penilaian"):
        recs.setdefault(nip, {})[per] = (unit, tgl)
    for nip, per, unit in c.execute("SELECT nip, periode, kode_unit FROM penilaian_kosong"):
        kosong.setdefault(nip, {})[per] = unit

    pers = set()
    for d in (recs, kosong):
        for v in d.values():
            pers.update(p for p in v if p.startswith(str(year)))
    months = [int(p[5:7]) for p in pers if len(p) == 7 and p[5] not in 'QS']
    due = {p for p in pers if not (len(p) == 7 and p[5] not in 'QS')}
    if months:
        due.update('%d-%02d' % (year, m) for m in range(1, max(months) + 1))
    due = sorted(due)

    got = {}
    for nip, (cur, mulai, selesai) in emp.items():
        er, ek = recs.get(nip, {}), kosong.get(nip, {})
        for p in due:
            a, b = period_bounds(p)
            if mulai and mulai > b:
                continue
            if selesai and selesai < a:
                continue
            if p in er:
                unit = er[p][0]
            elif p in ek:
                unit = ek[p]
            else:
                best = None
                for q, (u, _) in er.items():
                    e = period_bounds(q)[1]
                    if e <= b and (best is None or (e, q) > best[0]):
                        best = ((e, q), u)
                unit = best[1] if best else cur
            o = opd(unit)
            for key in ((o, p), ('KOTA', p), (o, str(year) + '*'), ('KOTA', str(year) + '*')):
                g = got.setdefault(key, [0, 0])
                g[0] += 1
                g[1] += p in er
    rows = {}
    with open(outdir + '/kualitas_data.csv') as f:
        for r in csv.DictReader(f):
            if int(r['tahun']) == year:
                rows[(r['kode_opd'], r['periode'])] = r
    with open(outdir + '/kualitas_tahun.csv') as f:
        for r in csv.DictReader(f):
            if int(r['tahun']) == year:
                rows[(r['kode_opd'], str(year) + '*')] = r
    bad = 0
    for key in sorted(set(got) | set(rows)):
        g, r = got.get(key), rows.get(key)
        if g is None or r is None:
            print('MISSING', key, 'python' if g is None else 'export', file=sys.stderr)
            bad += 1
            continue
        if int(r['roster']) != g[0] or int(r['dinilai']) != g[1] or \
                abs(float(r['kelengkapan']) - g[1] / g[0]) > 1e-12:
            print('DIFF', key, 'export', r['roster'], r['dinilai'], r['kelengkapan'],
                  'python', g, file=sys.stderr)
            bad += 1
    newest = due[-1] if due else None
    k = got.get(('KOTA', newest))
    print('%d: %d OPD-period rows equal; newest period %s: %d of %d rated (%.2f %%)'
          % (year, len(got) - bad, newest, k[1], k[0], 100.0 * k[1] / k[0]) if k else '')
    sys.exit(1 if bad else 0)


main()
