-- indexes.sql — secondary indexes, created after bulk loads.
-- Parameters: none. Result: none. Idempotent.
CREATE INDEX IF NOT EXISTS unit_induk ON unit (kode_induk);
CREATE INDEX IF NOT EXISTS pegawai_unit ON pegawai (kode_unit);
CREATE INDEX IF NOT EXISTS penilaian_tahun ON penilaian (tahun);
CREATE INDEX IF NOT EXISTS capaian_tahun ON capaian (tahun);
CREATE INDEX IF NOT EXISTS perilaku_tahun ON perilaku (tahun);
CREATE INDEX IF NOT EXISTS skm_tahun ON skm (tahun, kode_unit);
CREATE INDEX IF NOT EXISTS umpan_balik_tahun ON umpan_balik (tahun, nip_penerima);
