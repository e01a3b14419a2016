-- skp_plt_update.sql — replace the skp_plt row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as skp_plt_insert.sql. Result: none.
UPDATE skp_plt
SET akhir = ?4, tahun = ?5, kode_unit = ?6, jabatan = ?7, predikat = ?8
WHERE nip = ?1 AND periode = ?2 AND awal = ?3
  AND (akhir IS NOT ?4 OR tahun IS NOT ?5 OR kode_unit IS NOT ?6 OR jabatan IS NOT ?7
    OR predikat IS NOT ?8);
