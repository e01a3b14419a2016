/* template_cols.c — what the data-entry template says about each input
 * column (data.md "Kinds"): its meaning in Indonesian and English and an
 * example value. Whether it is required, and the allowed values of an
 * enumeration, come from the ingest kinds and the domain enums, so they
 * cannot drift from what `kinerja import` accepts.
 */
#include "reports/template/template.h"

#include <string.h>

static const tp_col_info INFO[] = {
    /* unit */
    {"unit", "kode_unit", "Kode unik unit (1-32 huruf, angka, titik, _ atau -).",
     "Unique unit code (1-32 letters, digits, '.', '_' or '-').", "DINKES"},
    {"unit", "nama_unit", "Nama lengkap unit.", "Full name of the unit.", "Dinas Kesehatan"},
    {"unit", "singkatan", "Nama singkat untuk grafik.", "Short name for charts.", "Dinkes"},
    {"unit", "jenis_unit", "Jenis unit.", "Kind of unit.", "DINAS"},
    {"unit", "kode_induk", "Kode unit induk; kosong = unit ini OPD.",
     "Parent unit code; empty = this unit is an OPD.", ""},
    {"unit", "menjadi", "Kode unit penerus setelah penggabungan/ganti nama.",
     "Successor unit code after a merger or rename.", ""},
    {"unit", "berlaku_sampai", "Tahun terakhir unit ada (wajib bila 'menjadi' diisi).",
     "Last year the unit existed (required with 'menjadi').", ""},
    /* pegawai */
    {"pegawai", "nip", "NIP / NI PPPK, 18 angka, diketik sebagai teks.",
     "NIP / NI PPPK, 18 digits, typed as text.", "198609262015051001"},
    {"pegawai", "nama", "Nama lengkap.", "Full name.", "Budi Nasution"},
    {"pegawai", "kode_unit", "Unit kerja saat ini.", "Current unit.", "DINKES"},
    {"pegawai", "jenis_pegawai", "PNS atau PPPK (bawaan PNS).", "PNS or PPPK (default PNS).",
     "PNS"},
    {"pegawai", "golongan", "Golongan PNS I/a-IV/e atau PPPK I-XVII.",
     "PNS grade I/a-IV/e or PPPK I-XVII.", "III/b"},
    {"pegawai", "jabatan", "Nama jabatan.", "Position name.", "Perawat Ahli Pertama"},
    {"pegawai", "jenis_jabatan", "Jenis jabatan.", "Kind of position.", "FUNGSIONAL"},
    {"pegawai", "nip_atasan", "NIP atasan langsung.", "NIP of the direct supervisor.",
     "197805202003122002"},
    {"pegawai", "jenis_kelamin", "L atau P (bawaan dari digit ke-15 NIP).",
     "L or P (default from digit 15 of the NIP).", "L"},
    {"pegawai", "mulai", "Tanggal mulai bekerja di pemerintah daerah ini.",
     "Date the employee joined this government.", "2015-05-01"},
    {"pegawai", "selesai", "Hari terakhir bekerja di sini.", "Last day of service here.", ""},
    {"pegawai", "status", "Status kepegawaian; selain AKTIF wajib mengisi 'selesai'.",
     "Employment status; other than AKTIF requires 'selesai'.", "AKTIF"},
    /* penilaian */
    {"penilaian", "nip", "NIP pegawai yang dinilai.", "NIP of the employee rated.",
     "198609262015051001"},
    {"penilaian", "periode", "Periode: 2025-01 (bulan), 2025-TW1, 2025-S1 atau 2025 (tahunan).",
     "Period: 2025-01 (month), 2025-TW1, 2025-S1 or 2025 (annual).", "2025-01"},
    {"penilaian", "rating_hasil_kerja", "Rating hasil kerja.", "Work result rating.", "SESUAI"},
    {"penilaian", "rating_perilaku", "Rating perilaku kerja.", "Work behaviour rating.",
     "SESUAI"},
    {"penilaian", "predikat", "Predikat kinerja (boleh kosong: dihitung dari matriks).",
     "Performance predikat (may be empty: computed from the matrix).", "BAIK"},
    {"penilaian", "kode_unit", "Unit saat dinilai (bawaan: unit pegawai).",
     "Unit at the time (default: the employee's unit).", "DINKES"},
    {"penilaian", "nip_penilai", "NIP pejabat penilai.", "NIP of the evaluator.",
     "197805202003122002"},
    {"penilaian", "tanggal_dinilai", "Tanggal penilaian diberikan.", "Date the rating was given.",
     "2025-02-03"},
    /* capaian */
    {"capaian", "nip", "NIP pegawai.", "NIP of the employee.", "198609262015051001"},
    {"capaian", "periode", "Periode capaian (seperti penilaian).", "Period (as in penilaian).",
     "2025-01"},
    {"capaian", "indikator", "Teks indikator kinerja individu.", "Individual indicator text.",
     "Jumlah pasien yang dilayani"},
    {"capaian", "target", "Target, angka > 0.", "Target, a number > 0.", "120"},
    {"capaian", "realisasi", "Realisasi, angka >= 0.", "Realisation, a number >= 0.", "118"},
    {"capaian", "kode_rhk", "Kode RHK (bagian dari kunci bila diisi).",
     "RHK code (part of the key when given).", "RHK-1"},
    {"capaian", "jenis_rhk", "UTAMA (bawaan) atau TAMBAHAN.", "UTAMA (default) or TAMBAHAN.",
     "UTAMA"},
    {"capaian", "aspek", "Aspek indikator (bawaan KUANTITAS).", "Aspect (default KUANTITAS).",
     "KUANTITAS"},
    {"capaian", "arah", "NAIK = makin tinggi makin baik; TURUN = makin rendah makin baik.",
     "NAIK = higher is better; TURUN = lower is better.", "NAIK"},
    {"capaian", "satuan", "Satuan ukuran.", "Unit of measure.", "orang"},
    {"capaian", "bobot", "Bobot > 0 (bawaan 1).", "Weight > 0 (default 1).", "1"},
    /* perilaku */
    {"perilaku", "nip", "NIP pegawai.", "NIP of the employee.", "198609262015051001"},
    {"perilaku", "periode", "Periode penilaian perilaku.", "Period of the scores.", "2025-S1"},
    {"perilaku", "nilai", "Nilai dasar BerAKHLAK.", "BerAKHLAK core value.", "AKUNTABEL"},
    {"perilaku", "skor", "Skor 1,0-5,0.", "Score 1.0-5.0.", "4.2"},
    {"perilaku", "sumber", "Sumber penilaian (bawaan ATASAN).", "Source (default ATASAN).",
     "ATASAN"},
    /* skm */
    {"skm", "kode_unit", "Unit layanan yang disurvei.", "Service unit surveyed.", "DINKES"},
    {"skm", "periode", "Periode survei (atau isi tanggal).", "Survey period (or give tanggal).",
     "2025-TW1"},
    {"skm", "tanggal", "Tanggal pengisian (periode = triwulannya).",
     "Date answered (period = its quarter).", "2025-03-12"},
    {"skm", "u1", "U1 Persyaratan, jawaban 1-4.", "U1 requirements, answer 1-4.", "3"},
    {"skm", "u2", "U2 Prosedur, jawaban 1-4.", "U2 procedure, answer 1-4.", "3"},
    {"skm", "u3", "U3 Waktu pelayanan, jawaban 1-4.", "U3 service time, answer 1-4.", "3"},
    {"skm", "u4", "U4 Biaya/tarif, jawaban 1-4.", "U4 cost, answer 1-4.", "4"},
    {"skm", "u5", "U5 Produk layanan, jawaban 1-4.", "U5 product, answer 1-4.", "3"},
    {"skm", "u6", "U6 Kompetensi pelaksana, jawaban 1-4.", "U6 competence, answer 1-4.", "3"},
    {"skm", "u7", "U7 Perilaku pelaksana, jawaban 1-4.", "U7 behaviour, answer 1-4.", "4"},
    {"skm", "u8", "U8 Penanganan pengaduan, jawaban 1-4.", "U8 complaints, answer 1-4.", "3"},
    {"skm", "u9", "U9 Sarana dan prasarana, jawaban 1-4.", "U9 facilities, answer 1-4.", "3"},
    {"skm", "id_responden", "Nomor responden (kunci bila diisi).",
     "Respondent number (the key when given).", "R001"},
    {"skm", "jenis_layanan", "Jenis layanan yang diterima.", "Service received.",
     "Poli Umum"},
    {"skm", "jenis_kelamin", "L atau P.", "L or P.", "P"},
    {"skm", "usia", "Usia responden (tahun).", "Age of the respondent (years).", "34"},
    {"skm", "pendidikan", "Pendidikan terakhir.", "Education.", "SMA"},
    {"skm", "pekerjaan", "Pekerjaan.", "Occupation.", "Wiraswasta"},
    /* umpan_balik */
    {"umpan_balik", "tanggal", "Tanggal umpan balik diberikan.", "Date of the feedback.",
     "2025-02-10"},
    {"umpan_balik", "nip_pemberi", "NIP pimpinan yang memberi.", "NIP of the leader giving it.",
     "197301152000031001"},
    {"umpan_balik", "nip_penerima", "NIP pegawai yang menerima.", "NIP of the employee.",
     "198609262015051001"},
    {"umpan_balik", "jenis", "Jenis umpan balik.", "Kind of feedback.", "APRESIASI"},
    /* kinerja_organisasi */
    {"kinerja_organisasi", "kode_unit", "Kode OPD.", "OPD code.", "DINKES"},
    {"kinerja_organisasi", "tahun", "Tahun (YYYY).", "Year (YYYY).", "2025"},
    {"kinerja_organisasi", "predikat", "Predikat kinerja organisasi.",
     "Organisation performance predikat.", "BAIK"},
    {"kinerja_organisasi", "capaian", "Capaian kinerja organisasi, persen.",
     "Organisation achievement, percent.", "92.5"},
};

const tp_col_info *tp_col_info_of(const char *kind, const char *col) {
  for (size_t i = 0; i < sizeof INFO / sizeof *INFO; i++)
    if (strcmp(INFO[i].kind, kind) == 0 && strcmp(INFO[i].col, col) == 0) return &INFO[i];
  return NULL;
}
