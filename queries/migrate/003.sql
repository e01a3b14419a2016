-- 003.sql — schema version 2 -> 3: SKP spans, acting posts and the skp_ganda IKP
-- of e-Kinerja exports (issue 10). Parameters: none. Result: none.

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

-- import_file: the metadata lines above an export's table
ALTER TABLE import_file ADD COLUMN keterangan TEXT;
