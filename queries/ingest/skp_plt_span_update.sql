-- skp_plt_span_update.sql — the span columns of an existing skp_plt row from a
-- Laporan SKP, when any differs; its predikat is kept.
-- Parameters: as skp_plt_span_insert.sql. Result: none.
UPDATE skp_plt
SET akhir = ?4, tahun = ?5, kode_unit = ?6, jabatan = ?7
WHERE nip = ?1 AND periode = ?2 AND awal = ?3
  AND (akhir IS NOT ?4 OR tahun IS NOT ?5 OR kode_unit IS NOT ?6 OR jabatan IS NOT ?7);
