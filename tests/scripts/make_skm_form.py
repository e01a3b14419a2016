#!/usr/bin/python3
"""Writes SKM survey-form exports (data.md "Survey-form exports") and the same
answers in the native skm kind into OUTDIR.

Usage: make_skm_form.py OUTDIR

Used by tests/scripts/t_skm_form.sh; nothing it writes is committed.

unit.csv      two units (a Dinas and its Puskesmas, singkatan 'PKM Sadabuan')
form.xlsx     a Google-Forms-like export: Timestamp (date cells), Unit
              Layanan (the unit's name or singkatan), profile columns, the
              nine questions as Indonesian question texts in the order of the
              regulation's sample questionnaire (sarana before pengaduan),
              a Saran column; labels with stray spaces and mixed case
form.csv      the same as CSV, timestamps as text DD/MM/YYYY HH:MM:SS
skm.csv       the same answers in the native skm kind (u1..u9 as digits)
lima.csv      a form whose U1..U9 columns use a 1-5 scale (a 5 in row 3)
label.csv     a form with an unknown label ('Sangat tidak sesuai', row 4)
"""
import csv
import datetime
import os
import random
import sys

import openpyxl

LABELS = {
    1: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    2: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
    3: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
    4: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
    5: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    6: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
    7: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah",
        "Sangat sopan dan ramah"],
    8: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal",
        "Dikelola dengan baik"],
    9: ["Buruk", "Cukup", "Baik", "Sangat Baik"],
}
# question texts in the sample questionnaire's order: sarana (9) before pengaduan (8)
QUESTIONS = [
    (1, "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
        "pelayanannya?"),
    (2, "2. Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?"),
    (3, "3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"),
    (4, "4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"),
    (5, "5. Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang "
        "tercantum dalam standar pelayanan dengan hasil yang diberikan?"),
    (6, "6. Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?"),
    (7, "7. Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait "
        "kesopanan dan keramahan?"),
    (9, "8. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"),
    (8, "9. Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?"),
]
PROFILE = ["Jenis Kelamin", "Usia", "Pendidikan Terakhir", "Pekerjaan Utama"]


def messy(label, rnd):
    """The label as people's form tools export it: stray spaces, any case."""
    f = rnd.choice([str, str.upper, str.lower, str.title])
    return rnd.choice(["", " ", "  "]) + f(label).replace(" ", rnd.choice([" ", "  "])) + \
        rnd.choice(["", " "])


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(14)
    with open(os.path.join(out, "unit.csv"), "w", newline="") as f:
        f.write("kode_unit,nama_unit,singkatan,jenis_unit,kode_induk\n"
                "DINKES,Dinas Kesehatan,Dinkes,DINAS,\n"
                "PKM_SADABUAN,Puskesmas Sadabuan,PKM Sadabuan,PUSKESMAS,DINKES\n")
    resp = []
    for i in range(48):
        t = datetime.datetime(2025, 3, 20, 8, 0) + datetime.timedelta(hours=7 * i)
        unit = "Puskesmas Sadabuan" if i % 3 else "PKM Sadabuan"
        ans = {u: rnd.choice([2, 3, 3, 4, 4]) for u in range(1, 10)}
        if i == 5:
            ans[4] = None  # an empty answer is missing, not zero
        prof = [rnd.choice(["Laki-laki", "Perempuan"]), str(rnd.randint(18, 70)),
                rnd.choice(["SMA", "D3", "S1"]), rnd.choice(["PNS", "Wiraswasta", "Petani"])]
        resp.append((t, unit, prof, ans))
    resp.append(resp[7])  # two identical submissions: both kept (occurrence number)
    header = ["Timestamp", "Unit Layanan"] + PROFILE + [q for _, q in QUESTIONS] + \
        ["Saran dan masukan"]

    def labels(ans):
        return [messy(LABELS[u][ans[u] - 1], rnd) if ans[u] else "" for u, _ in QUESTIONS]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Form Responses 1"
    ws.append(header)
    rows_csv = []
    for t, unit, prof, ans in resp:
        lab = labels(ans)
        ws.append([t, unit] + prof + lab + ["Tolong antrean dipercepat"])
        ws.cell(ws.max_row, 1).number_format = "dd/mm/yyyy hh:mm:ss"
        rows_csv.append([t.strftime("%d/%m/%Y %H:%M:%S"), unit] + prof + lab +
                        ["Pelayanan sudah baik, sesuai harapan"])
    wb.save(os.path.join(out, "form.xlsx"))
    with open(os.path.join(out, "form.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows_csv)
    with open(os.path.join(out, "skm.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kode_unit", "tanggal", "id_responden"] + [f"u{u}" for u in range(1, 10)] +
                   ["jenis_kelamin", "usia", "pendidikan", "pekerjaan"])
        for n, (t, unit, prof, ans) in enumerate(resp, start=1):
            w.writerow(["PKM_SADABUAN", t.strftime("%Y-%m-%d"), f"R{n:03d}"] +
                       [ans[u] or "" for u in range(1, 10)] + prof)
    uh = ["Timestamp", "Unit"] + [f"U{u} {q[3:40]}" for u, q in QUESTIONS]
    with open(os.path.join(out, "lima.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(uh)
        for n in range(4):
            w.writerow(["2025-04-0%d 09:00" % (n + 1), "PKM_SADABUAN"] +
                       [5 if (n == 1 and u == 3) else 4 for u, _ in QUESTIONS])
    with open(os.path.join(out, "label.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header[:2] + [q for _, q in QUESTIONS])
        for n in range(5):
            ans = [LABELS[u][2] for u, _ in QUESTIONS]
            if n == 2:
                ans[0] = "Sangat tidak sesuai"
            w.writerow(["2025-04-0%d 09:00" % (n + 1), "Dinkes"] + ans)


if __name__ == "__main__":
    main()
