#!/usr/bin/python3
"""briefing_privacy.py — searches every part of a workbook for the NIPs and
names of individuals.

Usage: briefing_privacy.py FILE.xlsx CSV_DIR (--absent | --present)

CSV_DIR holds the input files of the data contract the database was loaded
from: pegawai.csv gives every employee's NIP and name, penilaian.csv the
evaluators (nip_penilai), umpan_balik.csv the givers and receivers of
feedback. Every part of the zip is read: XML parts are searched after
undoing XML escapes (a name with '&' is stored as '&amp;'), binary parts
(PNG images) for the NIP digits as bytes. Names are matched as whole words;
a name made only of words that also name a unit in unit.csv is skipped (it
could appear legitimately) and counted.

--absent: exit 1 if any NIP or name is found (lists them).
--present: exit 1 unless some NIP and some name are found (the positive
control: the same check on a non-anonymised workbook must find people).
"""
import csv
import html
import os
import re
import sys
import zipfile


def column(path, *names):
    out = set()
    if not os.path.exists(path):
        return out
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for n in names:
                if r.get(n):
                    out.add(r[n].strip())
    return out


def main(argv):
    if len(argv) != 3 or argv[2] not in ("--absent", "--present"):
        print(__doc__, file=sys.stderr)
        return 2
    path, d, mode = argv
    nips = column(os.path.join(d, "pegawai.csv"), "nip")
    nips |= column(os.path.join(d, "penilaian.csv"), "nip_penilai")
    nips |= column(os.path.join(d, "umpan_balik.csv"), "nip_pemberi", "nip_penerima")
    names = column(os.path.join(d, "pegawai.csv"), "nama")
    public = set()
    for u in column(os.path.join(d, "unit.csv"), "nama_unit", "singkatan"):
        public |= set(re.findall(r"\w+", u))
    skipped = {n for n in names if set(re.findall(r"\w+", n)) <= public}
    names -= skipped
    name_re = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in
                                               sorted(names, key=len, reverse=True)) + r")(?!\w)")
    found_nips, found_names = set(), set()
    z = zipfile.ZipFile(path)
    for part in z.namelist():
        data = z.read(part)
        if part.endswith(".xml") or part.endswith(".rels"):
            text = html.unescape(data.decode("utf-8"))
            found_nips |= set(re.findall(r"(?<!\d)\d{18}(?!\d)", text)) & nips
            found_names |= set(name_re.findall(text))
        else:
            for nip in nips:
                if nip.encode() in data:
                    found_nips.add(nip)
    print(f"{path}: {len(z.namelist())} parts, {len(nips)} NIPs and {len(names)} names searched "
          f"({len(skipped)} names skipped as unit words); found {len(found_nips)} NIPs, "
          f"{len(found_names)} names")
    if mode == "--absent" and (found_nips or found_names):
        for x in sorted(found_nips)[:10] + sorted(found_names)[:10]:
            print(f"  found: {x}", file=sys.stderr)
        return 1
    if mode == "--present" and not (found_nips and found_names):
        print("  expected NIPs and names in a named workbook", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
