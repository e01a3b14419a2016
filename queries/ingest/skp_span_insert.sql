-- skp_span_insert.sql — an SKP span from a Laporan SKP (no results): inserted
-- with predikat NULL unless its key exists; then skp_span_update.sql changes the
-- span columns only, so a Laporan SKP never erases a result loaded before.
-- Parameters: as skp_insert.sql (?9 predikat and ?10 dipakai are NULL and 0).
-- Result: none.
INSERT INTO skp (nip, periode, awal, akhir, periode_skp, tahun, kode_unit, jabatan, predikat,
                 dipakai)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT (nip, periode, awal) DO NOTHING;
