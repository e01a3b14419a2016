-- skp_insert.sql — insert one skp row (an e-Kinerja SKP) unless
-- its key exists (then skp_update.sql decides between replaced and unchanged).
-- Parameters: ?1 nip, ?2 periode, ?3 awal, ?4 akhir, ?5 periode_skp, ?6 tahun, ?7 kode_unit, ?8 jabatan, ?9 predikat, ?10 dipakai.
-- Result: none.
INSERT INTO skp (nip, periode, awal, akhir, periode_skp, tahun, kode_unit, jabatan, predikat, dipakai)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT (nip, periode, awal) DO NOTHING;
