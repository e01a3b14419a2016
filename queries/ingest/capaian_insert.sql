-- capaian_insert.sql — insert one capaian row unless its key exists (then
-- capaian_update.sql decides between replaced and unchanged).
-- Parameters: ?1 nip, ?2 periode, ?3 tahun, ?4 kode_rhk, ?5 indikator, ?6 target, ?7 realisasi, ?8 jenis_rhk, ?9 aspek, ?10 arah, ?11 satuan, ?12 bobot.
-- Result: none.
INSERT INTO capaian (nip, periode, tahun, kode_rhk, indikator, target, realisasi, jenis_rhk, aspek, arah, satuan, bobot)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
ON CONFLICT (nip, periode, kode_rhk, indikator) DO NOTHING;
