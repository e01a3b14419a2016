-- indexes.sql — secondary indexes, created after bulk loads.
-- Parameters: none. Result: none. Idempotent.
-- The big fact tables (penilaian, capaian, perilaku) have none on purpose:
-- analysis reads a window of years in primary-key order (nip, periode), and
-- a full scan in key order beats index lookups for such a large share of
-- the rows; maintaining a year index only slowed every import.
CREATE INDEX IF NOT EXISTS unit_induk ON unit (kode_induk);
CREATE INDEX IF NOT EXISTS pegawai_unit ON pegawai (kode_unit);
CREATE INDEX IF NOT EXISTS skm_tahun ON skm (tahun, kode_unit);
CREATE INDEX IF NOT EXISTS umpan_balik_tahun ON umpan_balik (tahun, nip_penerima);
