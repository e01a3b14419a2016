-- migrate/004.sql — schema version 3 -> 4: primary-key columns first in the
-- WITHOUT ROWID tables capaian, perilaku and umpan_balik.
-- Parameters: none. Result: none. Runs inside the migration transaction
-- (store.c), with foreign keys on: none of these tables is referenced by
-- another, so dropping them checks nothing, and every row copied back
-- references the same pegawai as before.
-- Why: SQLite 3.40 (Debian 12) reports false "NULL value in T.tahun" from
-- PRAGMA integrity_check on WITHOUT ROWID tables whose non-key column is
-- declared between key columns. Same columns, types and constraints as
-- schema.sql; the rows are copied unchanged (key order, so the copy appends).

CREATE TABLE capaian_v2 (
  nip        INTEGER NOT NULL REFERENCES pegawai (nip),
  periode    TEXT NOT NULL,
  kode_rhk   TEXT NOT NULL DEFAULT '',
  indikator  TEXT NOT NULL,
  tahun      INTEGER NOT NULL,
  target     REAL NOT NULL,
  realisasi  REAL NOT NULL,
  jenis_rhk  TEXT NOT NULL DEFAULT 'UTAMA',
  aspek      TEXT NOT NULL DEFAULT 'KUANTITAS',
  arah       TEXT NOT NULL,
  satuan     TEXT,
  bobot      REAL NOT NULL DEFAULT 1,
  PRIMARY KEY (nip, periode, kode_rhk, indikator)
) STRICT, WITHOUT ROWID;
INSERT INTO capaian_v2 (nip, periode, kode_rhk, indikator, tahun, target, realisasi, jenis_rhk,
                        aspek, arah, satuan, bobot)
SELECT nip, periode, kode_rhk, indikator, tahun, target, realisasi, jenis_rhk, aspek, arah,
       satuan, bobot
FROM capaian ORDER BY nip, periode, kode_rhk, indikator;
DROP TABLE capaian;
ALTER TABLE capaian_v2 RENAME TO capaian;

CREATE TABLE perilaku_v2 (
  nip      INTEGER NOT NULL REFERENCES pegawai (nip),
  periode  TEXT NOT NULL,
  nilai    TEXT NOT NULL,
  sumber   TEXT NOT NULL DEFAULT 'ATASAN',
  tahun    INTEGER NOT NULL,
  skor     REAL NOT NULL,
  PRIMARY KEY (nip, periode, nilai, sumber)
) STRICT, WITHOUT ROWID;
INSERT INTO perilaku_v2 (nip, periode, nilai, sumber, tahun, skor)
SELECT nip, periode, nilai, sumber, tahun, skor
FROM perilaku ORDER BY nip, periode, nilai, sumber;
DROP TABLE perilaku;
ALTER TABLE perilaku_v2 RENAME TO perilaku;

CREATE TABLE umpan_balik_v2 (
  tanggal       TEXT NOT NULL,
  nip_pemberi   INTEGER NOT NULL,
  nip_penerima  INTEGER NOT NULL REFERENCES pegawai (nip),
  jenis         TEXT NOT NULL,
  tahun         INTEGER NOT NULL,
  PRIMARY KEY (tanggal, nip_pemberi, nip_penerima, jenis)
) STRICT, WITHOUT ROWID;
INSERT INTO umpan_balik_v2 (tanggal, nip_pemberi, nip_penerima, jenis, tahun)
SELECT tanggal, nip_pemberi, nip_penerima, jenis, tahun
FROM umpan_balik ORDER BY tanggal, nip_pemberi, nip_penerima, jenis;
DROP TABLE umpan_balik;
ALTER TABLE umpan_balik_v2 RENAME TO umpan_balik;
-- its secondary index went with the old table (indexes.sql)
CREATE INDEX IF NOT EXISTS umpan_balik_tahun ON umpan_balik (tahun, nip_penerima);
