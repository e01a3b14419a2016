-- penilaian_ikp_update.sql — replace the penilaian_ikp row with this key when any value differs.
-- Parameters: as penilaian_ikp_insert.sql. Result: none.
UPDATE penilaian_ikp
SET tahun = ?3, ikp = ?4, n_skp = ?5
WHERE nip = ?1 AND periode = ?2
  AND (tahun IS NOT ?3 OR ikp IS NOT ?4 OR n_skp IS NOT ?5);
