-- skm_insert.sql — insert one skm row unless its key exists (then
-- skm_update.sql decides between replaced and unchanged).
-- Parameters: ?1 kode_unit, ?2 periode, ?3 tahun, ?4 tanggal, ?5 id_responden, ?6 u1, ?7 u2, ?8 u3, ?9 u4, ?10 u5, ?11 u6, ?12 u7, ?13 u8, ?14 u9, ?15 jenis_layanan, ?16 jenis_kelamin, ?17 usia, ?18 pendidikan, ?19 pekerjaan.
-- Result: none.
INSERT INTO skm (kode_unit, periode, tahun, tanggal, id_responden, u1, u2, u3, u4, u5, u6, u7, u8, u9, jenis_layanan, jenis_kelamin, usia, pendidikan, pekerjaan)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
ON CONFLICT (kode_unit, periode, id_responden) DO NOTHING;
