#!/usr/bin/env bash
# `report briefing --anonymize`: no NIP and no name of an individual anywhere
# in the file (every zip part unpacked and searched for every NIP and name of
# pegawai.csv, every evaluator and feedback NIP), while the same search finds
# people in the named workbook (so the check can fail); pseudonyms are
# "Pegawai NNNN", the same NIP gets the same pseudonym in two runs and on
# every sheet, and the figures still equal the export.
# Usage: t_briefing_anonymize.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=demo.db

"$bin" --quiet demo --employees 600 --csv-dir csv 2> demo.log || fail "demo: $(tail -3 demo.log)"
"$bin" --quiet export --out exp || fail "export failed"
"$bin" --quiet report briefing --out named.xlsx || fail "named briefing"
"$bin" --quiet report briefing --anonymize --out anon.xlsx || fail "anonymised briefing"

/usr/bin/python3 "$here/briefing_privacy.py" named.xlsx csv --present || fail "the search finds nobody in the named workbook"
/usr/bin/python3 "$here/briefing_privacy.py" anon.xlsx csv --absent || fail "a NIP or name in the anonymised workbook"
/usr/bin/python3 "$here/briefing_check.py" anon.xlsx exp demo.db --anonymized || fail "anonymised figures differ from the export"
/usr/bin/python3 "$here/check_xlsx.py" anon.xlsx || fail "check_xlsx on the anonymised briefing"

"$bin" --quiet report briefing --anonymize --out anon2.xlsx || fail "second anonymised run"
cmp -s anon.xlsx anon2.xlsx || fail "pseudonyms are not stable between runs"

# every person shown gets a pseudonym; the same employee the same one on every sheet
/usr/bin/python3 - <<'EOF' || fail "pseudonyms"
import csv, re, warnings
import openpyxl
warnings.filterwarnings("ignore")
named, anon = openpyxl.load_workbook("named.xlsx"), openpyxl.load_workbook("anon.xlsx")
pseudo = re.compile(r"^Pegawai \d{4,}$")
seen = {}
for sheet in ("Teladan", "Perlu Pembinaan"):
    a, n = anon[sheet], named[sheet]
    head_a = [c.value for c in next(r for r in a.iter_rows() if r[0].value == "Kode")]
    head_n = [c.value for c in next(r for r in n.iter_rows() if r[0].value == "Kode")]
    assert "NIP" not in head_a and "NIP" in head_n, (head_a, head_n)
    ja, jn, jnip = head_a.index("Pegawai (disamarkan)"), head_n.index("Nama"), head_n.index("NIP")
    rows_a = [[c.value for c in r] for r in a.iter_rows()]
    rows_n = [[c.value for c in r] for r in n.iter_rows()]
    start = next(i for i, r in enumerate(rows_a) if r[0] == "Kode") + 1
    count = 0
    for ra, rn in zip(rows_a[start:], rows_n[start:]):
        if ra[0] is None or all(v is None for v in ra[1:]):
            break
        p, nip = ra[ja], rn[jnip]
        assert pseudo.match(p), p
        assert seen.setdefault(nip, p) == p, (nip, p, seen[nip])  # one NIP, one pseudonym
        count += 1
    assert count > 0, f"{sheet}: nobody listed"
assert len(set(seen.values())) == len(seen), "two NIPs share a pseudonym"
met = [[c.value for c in r] for r in anon["Metodologi"].iter_rows()]
assert any(r[1] and "--anonymize" in str(r[1]) for r in met), "Metodologi does not say --anonymize"
EOF
echo "ok"
