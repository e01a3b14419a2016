-- kinerja_organisasi_update.sql — replace the kinerja_organisasi row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as kinerja_organisasi_insert.sql. Result: none.
UPDATE kinerja_organisasi
SET predikat = ?3,
    capaian = ?4
WHERE kode_unit = ?1 AND tahun = ?2
  AND (predikat IS NOT ?3
    OR capaian IS NOT ?4);
