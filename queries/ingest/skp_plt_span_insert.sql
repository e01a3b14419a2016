-- skp_plt_span_insert.sql — an acting post from a Laporan SKP (no result):
-- inserted unless its key exists; then skp_plt_span_update.sql changes the span
-- columns only. Parameters: as skp_plt_insert.sql. Result: none.
INSERT INTO skp_plt (nip, periode, awal, akhir, tahun, kode_unit, jabatan, predikat)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT (nip, periode, awal) DO NOTHING;
