-- schema.sql — the current schema (version 2), for a new database.
-- Parameters: none. Result: none.
-- Tables follow ../shared/spec/data.md, one per input kind, plus the import
-- log. Codes are stored in their canonical upper-case spelling; NIPs as
-- 18-digit integers; periods as canonical text ('2025', '2025-S1',
-- '2025-Q3', '2025-07') with the year beside them for indexing; dates as
-- ISO text. Secondary indexes live in indexes.sql so bulk loads can drop
-- and rebuild them.
-- WITHOUT ROWID tables declare their primary-key columns first, in key
-- order: SQLite 3.40 (Debian 12) reports false "NULL value in T.C" from
-- PRAGMA integrity_check when a non-key column sits between key columns
-- (migrate/002.sql rebuilt the tables of version 1 that had one).

CREATE TABLE unit (
  kode_unit      TEXT PRIMARY KEY,
  nama_unit      TEXT NOT NULL,
  singkatan      TEXT,
  jenis_unit     TEXT,
  kode_induk     TEXT REFERENCES unit (kode_unit) DEFERRABLE INITIALLY DEFERRED,
  menjadi        TEXT REFERENCES unit (kode_unit) DEFERRABLE INITIALLY DEFERRED,
  berlaku_sampai INTEGER
) STRICT;

CREATE TABLE pegawai (
  nip            INTEGER PRIMARY KEY,          -- 18 digits
  nama           TEXT NOT NULL,
  kode_unit      TEXT NOT NULL REFERENCES unit (kode_unit),
  jenis_pegawai  TEXT NOT NULL DEFAULT 'PNS',  -- PNS | PPPK
  golongan       TEXT,                         -- canonical 'III/b' or 'IX'
  jabatan        TEXT,
  jenis_jabatan  TEXT,
  nip_atasan     INTEGER,                      -- may be outside the roster
  jenis_kelamin  TEXT,                         -- L | P
  mulai          TEXT,                         -- YYYY-MM-DD joined; NULL = not given
  selesai        TEXT,                         -- YYYY-MM-DD last day of service; NULL = serving
  status         TEXT NOT NULL DEFAULT 'AKTIF' -- AKTIF | PENSIUN | PINDAH | BERHENTI | WAFAT
) STRICT;

CREATE TABLE penilaian (
  nip                INTEGER NOT NULL REFERENCES pegawai (nip),
  periode            TEXT NOT NULL,
  tahun              INTEGER NOT NULL,
  rating_hasil_kerja TEXT NOT NULL,            -- DI_ATAS | SESUAI | DI_BAWAH
  rating_perilaku    TEXT NOT NULL,
  predikat           TEXT NOT NULL,            -- from the PermenPAN-RB 6/2022 matrix
  predikat_input     TEXT,                     -- as supplied, canonical; NULL if not given
  kode_unit          TEXT NOT NULL REFERENCES unit (kode_unit),
  nip_penilai        INTEGER,
  tanggal_dinilai    TEXT,                     -- YYYY-MM-DD[ HH:MM:SS]
  PRIMARY KEY (nip, periode)
) STRICT, WITHOUT ROWID;

-- Appraisals known to be missing (e-Kinerja '-' = not yet rated): they count
-- against completeness but carry no result.
CREATE TABLE penilaian_kosong (
  nip       INTEGER NOT NULL REFERENCES pegawai (nip),
  periode   TEXT NOT NULL,
  tahun     INTEGER NOT NULL,
  kode_unit TEXT NOT NULL REFERENCES unit (kode_unit),
  PRIMARY KEY (nip, periode)
) STRICT, WITHOUT ROWID;

CREATE TABLE capaian (
  nip        INTEGER NOT NULL REFERENCES pegawai (nip),
  periode    TEXT NOT NULL,
  kode_rhk   TEXT NOT NULL DEFAULT '',         -- '' when not given
  indikator  TEXT NOT NULL,
  tahun      INTEGER NOT NULL,
  target     REAL NOT NULL,                    -- > 0
  realisasi  REAL NOT NULL,                    -- >= 0
  jenis_rhk  TEXT NOT NULL DEFAULT 'UTAMA',
  aspek      TEXT NOT NULL DEFAULT 'KUANTITAS',
  arah       TEXT NOT NULL,                    -- NAIK | TURUN (default resolved at import)
  satuan     TEXT,
  bobot      REAL NOT NULL DEFAULT 1,
  PRIMARY KEY (nip, periode, kode_rhk, indikator)
) STRICT, WITHOUT ROWID;

-- BerAKHLAK scores: one wide row per (nip, periode, sumber) holding the seven
-- values, which always come together (doc/store.md); a NULL is a value not
-- given. The view `perilaku` below gives the long shape of data.md (one row
-- per value) for reading and for INSERT.
CREATE TABLE perilaku_skor (
  nip                    INTEGER NOT NULL REFERENCES pegawai (nip),
  periode                TEXT NOT NULL,
  sumber                 TEXT NOT NULL,        -- ATASAN | REKAN | BAWAHAN | DIRI
  tahun                  INTEGER NOT NULL,
  berorientasi_pelayanan REAL,                 -- 1.0 .. 5.0, NULL = not given
  akuntabel              REAL,
  kompeten               REAL,
  harmonis               REAL,
  loyal                  REAL,
  adaptif                REAL,
  kolaboratif            REAL,
  PRIMARY KEY (nip, periode, sumber)
) STRICT, WITHOUT ROWID;

-- One row per respondent. Rows without id_responden are appended (the
-- import log's SHA-256 prevents loading the same file twice).
CREATE TABLE skm (
  id            INTEGER PRIMARY KEY,
  kode_unit     TEXT NOT NULL REFERENCES unit (kode_unit),
  periode       TEXT NOT NULL,
  tahun         INTEGER NOT NULL,
  tanggal       TEXT,
  id_responden  TEXT,
  u1 INTEGER, u2 INTEGER, u3 INTEGER, u4 INTEGER, u5 INTEGER,
  u6 INTEGER, u7 INTEGER, u8 INTEGER, u9 INTEGER,  -- 1..4, NULL = not answered
  jenis_layanan TEXT,
  jenis_kelamin TEXT,
  usia          INTEGER,
  pendidikan    TEXT,
  pekerjaan     TEXT,
  UNIQUE (kode_unit, periode, id_responden)
) STRICT;

-- Every SKP of an e-Kinerja export (data.md "e-Kinerja BKN exports"), one
-- row per SKP and evaluation period: its span, unit, jabatan and result.
-- A mutasi or promosi gives an employee several SKPs in one period; the
-- row whose result is the period's (penilaian) has dipakai = 1 (skp_ganda).
-- A Laporan SKP (no results) gives rows with predikat NULL.
CREATE TABLE skp (
  nip       INTEGER NOT NULL REFERENCES pegawai (nip),
  periode   TEXT NOT NULL,                     -- the evaluation period of the row
  awal      TEXT NOT NULL,                     -- periode_awal_skp, YYYY-MM-DD
  akhir     TEXT NOT NULL,                     -- periode_akhir_skp
  periode_skp TEXT NOT NULL,                   -- the span's own period: 'YYYY' = a (partial-)year SKP
  tahun     INTEGER NOT NULL,
  kode_unit TEXT NOT NULL REFERENCES unit (kode_unit),
  jabatan   TEXT,
  predikat  TEXT,                              -- matrix result; NULL = not rated / no result
  dipakai   INTEGER NOT NULL DEFAULT 0,        -- 1: this SKP's result is the period's
  PRIMARY KEY (nip, periode, awal)
) STRICT, WITHOUT ROWID;

-- Acting posts (PLT/PLH/PJ rows of an export): kept, counted, and left out
-- of every statistic. The NIP need not be on the roster.
CREATE TABLE skp_plt (
  nip       INTEGER NOT NULL,
  periode   TEXT NOT NULL,
  awal      TEXT NOT NULL,
  akhir     TEXT NOT NULL,
  tahun     INTEGER NOT NULL,
  kode_unit TEXT NOT NULL REFERENCES unit (kode_unit),
  jabatan   TEXT,
  predikat  TEXT,
  PRIMARY KEY (nip, periode, awal)
) STRICT, WITHOUT ROWID;

-- skp_ganda = bulan: the period's IKP as the mean of its SKPs' IKP weighted
-- by the days each covers within the period, used instead of the predikat's
-- conversion (analytics.md 1.2).
CREATE TABLE penilaian_ikp (
  nip       INTEGER NOT NULL REFERENCES pegawai (nip),
  periode   TEXT NOT NULL,
  tahun     INTEGER NOT NULL,
  ikp       REAL NOT NULL,
  n_skp     INTEGER NOT NULL,
  PRIMARY KEY (nip, periode)
) STRICT, WITHOUT ROWID;

CREATE TABLE umpan_balik (
  tanggal       TEXT NOT NULL,
  nip_pemberi   INTEGER NOT NULL,               -- may be outside the roster (Wali Kota)
  nip_penerima  INTEGER NOT NULL REFERENCES pegawai (nip),
  jenis         TEXT NOT NULL,                  -- APRESIASI | PERBAIKAN | DIALOG
  tahun         INTEGER NOT NULL,
  PRIMARY KEY (tanggal, nip_pemberi, nip_penerima, jenis)
) STRICT, WITHOUT ROWID;

CREATE TABLE kinerja_organisasi (
  kode_unit  TEXT NOT NULL REFERENCES unit (kode_unit),
  tahun      INTEGER NOT NULL,
  predikat   TEXT NOT NULL,                     -- ISTIMEWA .. SANGAT_KURANG
  capaian    REAL,                              -- percent
  PRIMARY KEY (kode_unit, tahun)
) STRICT, WITHOUT ROWID;

-- One row per distinct file content and kind. Re-importing identical bytes
-- that change nothing leaves this row as it was.
CREATE TABLE import_file (
  sha256     TEXT NOT NULL,
  kind       TEXT NOT NULL,
  nama_file  TEXT NOT NULL,                     -- base name as given
  format     TEXT NOT NULL,                     -- native | ekinerja
  n_baris    INTEGER NOT NULL,                  -- data rows read
  n_baru     INTEGER NOT NULL,                  -- inserted
  n_ganti    INTEGER NOT NULL,                  -- replaced (key existed, values differed)
  n_sama     INTEGER NOT NULL,                  -- key existed with identical values
  n_lewat    INTEGER NOT NULL,                  -- skipped by rule (acting officials, not rated)
  waktu      TEXT NOT NULL,                     -- UTC, YYYY-MM-DD HH:MM:SS
  keterangan TEXT,                              -- e-Kinerja: the metadata lines above the table
  PRIMARY KEY (sha256, kind)
) STRICT;

-- Each unit with its OPD (top-level ancestor) and its depth below it.
-- "Per OPD" statistics roll sub-units up through this view (data.md `unit`).
CREATE VIEW unit_opd AS
WITH RECURSIVE up (kode_unit, kode_opd, depth) AS (
  SELECT kode_unit, kode_unit, 0 FROM unit WHERE kode_induk IS NULL
  UNION ALL
  SELECT u.kode_unit, up.kode_opd, up.depth + 1
  FROM unit u JOIN up ON u.kode_induk = up.kode_unit
)
SELECT kode_unit, kode_opd, depth FROM up;

-- Each unit with the unit its history belongs to after merges and renames:
-- follows `menjadi` to the last successor (trends across years, analytics.md §4).
CREATE VIEW unit_penerus AS
WITH RECURSIVE chain (kode_unit, penerus, steps) AS (
  SELECT kode_unit, kode_unit, 0 FROM unit
  UNION ALL
  SELECT c.kode_unit, u.menjadi, c.steps + 1
  FROM chain c JOIN unit u ON u.kode_unit = c.penerus
  WHERE u.menjadi IS NOT NULL AND c.steps < 32
)
SELECT kode_unit, penerus FROM chain c
WHERE steps = (SELECT max(steps) FROM chain c2 WHERE c2.kode_unit = c.kode_unit);

-- perilaku in the long shape of data.md: one row per BerAKHLAK value, the
-- canonical word in `nilai`. Reading it costs a pass per value; the analysis
-- reads perilaku_skor directly.
CREATE VIEW perilaku (nip, periode, tahun, nilai, sumber, skor) AS
SELECT nip, periode, tahun, 'BERORIENTASI_PELAYANAN', sumber, berorientasi_pelayanan
FROM perilaku_skor WHERE berorientasi_pelayanan IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'AKUNTABEL', sumber, akuntabel
FROM perilaku_skor WHERE akuntabel IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'KOMPETEN', sumber, kompeten
FROM perilaku_skor WHERE kompeten IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'HARMONIS', sumber, harmonis
FROM perilaku_skor WHERE harmonis IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'LOYAL', sumber, loyal
FROM perilaku_skor WHERE loyal IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'ADAPTIF', sumber, adaptif
FROM perilaku_skor WHERE adaptif IS NOT NULL
UNION ALL SELECT nip, periode, tahun, 'KOLABORATIF', sumber, kolaboratif
FROM perilaku_skor WHERE kolaboratif IS NOT NULL;

-- INSERT INTO perilaku (...) VALUES (...) keeps working: the value goes into
-- its column of the wide row (a value already there is replaced).
CREATE TRIGGER perilaku_insert INSTEAD OF INSERT ON perilaku
BEGIN
  SELECT RAISE(ABORT, 'perilaku: unknown nilai (expected BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF or KOLABORATIF)')
  WHERE NEW.nilai IS NULL OR NEW.nilai NOT IN ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN',
                                               'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');
  INSERT INTO perilaku_skor (nip, periode, sumber, tahun, berorientasi_pelayanan, akuntabel,
                             kompeten, harmonis, loyal, adaptif, kolaboratif)
  VALUES (NEW.nip, NEW.periode, coalesce(NEW.sumber, 'ATASAN'), NEW.tahun,
          iif(NEW.nilai = 'BERORIENTASI_PELAYANAN', NEW.skor, NULL),
          iif(NEW.nilai = 'AKUNTABEL', NEW.skor, NULL),
          iif(NEW.nilai = 'KOMPETEN', NEW.skor, NULL),
          iif(NEW.nilai = 'HARMONIS', NEW.skor, NULL),
          iif(NEW.nilai = 'LOYAL', NEW.skor, NULL),
          iif(NEW.nilai = 'ADAPTIF', NEW.skor, NULL),
          iif(NEW.nilai = 'KOLABORATIF', NEW.skor, NULL))
  ON CONFLICT (nip, periode, sumber) DO UPDATE SET
    tahun = excluded.tahun,
    berorientasi_pelayanan = coalesce(excluded.berorientasi_pelayanan, berorientasi_pelayanan),
    akuntabel = coalesce(excluded.akuntabel, akuntabel),
    kompeten = coalesce(excluded.kompeten, kompeten),
    harmonis = coalesce(excluded.harmonis, harmonis),
    loyal = coalesce(excluded.loyal, loyal),
    adaptif = coalesce(excluded.adaptif, adaptif),
    kolaboratif = coalesce(excluded.kolaboratif, kolaboratif);
END;
