-- penilaian_kosong_update.sql — replace the penilaian_kosong row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as penilaian_kosong_insert.sql. Result: none.
UPDATE penilaian_kosong
SET tahun = ?3,
    kode_unit = ?4
WHERE nip = ?1 AND periode = ?2
  AND (tahun IS NOT ?3
    OR kode_unit IS NOT ?4);
