-- umpan_balik_update.sql — replace the umpan_balik row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as umpan_balik_insert.sql. Result: none.
UPDATE umpan_balik
SET tahun = ?2
WHERE tanggal = ?1 AND nip_pemberi = ?3 AND nip_penerima = ?4 AND jenis = ?5
  AND (tahun IS NOT ?2);
