-- skp_plt_insert.sql — insert one skp_plt row (an e-Kinerja SKP of an acting post) unless
-- its key exists (then skp_plt_update.sql decides between replaced and unchanged).
-- Parameters: ?1 nip, ?2 periode, ?3 awal, ?4 akhir, ?5 tahun, ?6 kode_unit, ?7 jabatan, ?8 predikat.
-- Result: none.
INSERT INTO skp_plt (nip, periode, awal, akhir, tahun, kode_unit, jabatan, predikat)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT (nip, periode, awal) DO NOTHING;
