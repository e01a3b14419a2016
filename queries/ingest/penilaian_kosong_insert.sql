-- penilaian_kosong_insert.sql — insert one penilaian_kosong row unless its key exists (then
-- penilaian_kosong_update.sql decides between replaced and unchanged).
-- Parameters: ?1 nip, ?2 periode, ?3 tahun, ?4 kode_unit.
-- Result: none.
INSERT INTO penilaian_kosong (nip, periode, tahun, kode_unit)
VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (nip, periode) DO NOTHING;
