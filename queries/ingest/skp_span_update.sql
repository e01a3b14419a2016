-- skp_span_update.sql — the span columns of an existing skp row from a Laporan
-- SKP, when any differs; its result (predikat, dipakai) is kept.
-- Parameters: as skp_span_insert.sql. Result: none.
UPDATE skp
SET akhir = ?4, periode_skp = ?5, tahun = ?6, kode_unit = ?7, jabatan = ?8
WHERE nip = ?1 AND periode = ?2 AND awal = ?3
  AND (akhir IS NOT ?4 OR periode_skp IS NOT ?5 OR tahun IS NOT ?6 OR kode_unit IS NOT ?7
    OR jabatan IS NOT ?8);
