-- skp_update.sql — replace the skp row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as skp_insert.sql. Result: none.
UPDATE skp
SET akhir = ?4, periode_skp = ?5, tahun = ?6, kode_unit = ?7, jabatan = ?8, predikat = ?9,
    dipakai = ?10
WHERE nip = ?1 AND periode = ?2 AND awal = ?3
  AND (akhir IS NOT ?4 OR periode_skp IS NOT ?5 OR tahun IS NOT ?6 OR kode_unit IS NOT ?7
    OR jabatan IS NOT ?8 OR predikat IS NOT ?9 OR dipakai IS NOT ?10);
