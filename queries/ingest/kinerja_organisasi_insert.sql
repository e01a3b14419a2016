-- kinerja_organisasi_insert.sql — insert one kinerja_organisasi row unless its key exists (then
-- kinerja_organisasi_update.sql decides between replaced and unchanged).
-- Parameters: ?1 kode_unit, ?2 tahun, ?3 predikat, ?4 capaian.
-- Result: none.
INSERT INTO kinerja_organisasi (kode_unit, tahun, predikat, capaian)
VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (kode_unit, tahun) DO NOTHING;
