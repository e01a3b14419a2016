-- penilaian_insert.sql — insert one penilaian row unless its key exists (then
-- penilaian_update.sql decides between replaced and unchanged).
-- Parameters: ?1 nip, ?2 periode, ?3 tahun, ?4 rating_hasil_kerja, ?5 rating_perilaku, ?6 predikat, ?7 predikat_input, ?8 kode_unit, ?9 nip_penilai, ?10 tanggal_dinilai.
-- Result: none.
INSERT INTO penilaian (nip, periode, tahun, rating_hasil_kerja, rating_perilaku, predikat, predikat_input, kode_unit, nip_penilai, tanggal_dinilai)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT (nip, periode) DO NOTHING;
