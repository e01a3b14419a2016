#!/usr/bin/python3
"""Compares two output folders of libm-compare.c bit for bit, per function.
   libm-compare.py LINUX_DIR WINDOWS_DIR [ALLOWED...]
Prints one line per function (identical, or how many results differ and by
how many units in the last place, with an example). Exit status 1 if a
function not named in ALLOWED differs."""
import array, os, struct, sys

def load(p):
    a = array.array('d')
    with open(p, 'rb') as f:
        a.frombytes(f.read())
    n = len(a) // 3
    return a[:n], a[n:2 * n], a[2 * n:]

def ordinal(x):
    i = struct.unpack('<q', struct.pack('<d', x))[0]
    return i if i >= 0 else -(i & 0x7fffffffffffffff)

lin, win, allowed = sys.argv[1], sys.argv[2], set(sys.argv[3:])
bad = []
for f in sorted(os.listdir(lin)):
    if not f.endswith('.bin'):
        continue
    name = f[:-4]
    ya, xa, za = load(os.path.join(lin, f))
    yb, xb, _ = load(os.path.join(win, f))
    if xa.tobytes() != xb.tobytes():
        print(f'{name:10s} ARGUMENTS DIFFER (the generator is not libm-free)')
        bad.append(name)
        continue
    d = [i for i in range(len(ya)) if struct.pack('<d', ya[i]) != struct.pack('<d', yb[i])
         and not (ya[i] != ya[i] and yb[i] != yb[i])]
    if not d:
        print(f'{name:10s} identical ({len(ya)} arguments)')
        continue
    ulp = max(abs(ordinal(ya[i]) - ordinal(yb[i])) if ya[i] == ya[i] and yb[i] == yb[i] else 1 << 62
              for i in d)
    i = d[0]
    print(f'{name:10s} DIFFERS for {len(d)} of {len(ya)} arguments, up to {ulp} ulp; '
          f'e.g. ({xa[i]!r}, {za[i]!r}): {ya[i]!r} vs {yb[i]!r}'
          + ('' if name not in allowed else ' (allowed: not used by kinerja)'))
    if name not in allowed:
        bad.append(name)
sys.exit(1 if bad else 0)
