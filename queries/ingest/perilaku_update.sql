-- perilaku_update.sql — replace the perilaku row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as perilaku_insert.sql. Result: none.
UPDATE perilaku
SET tahun = ?3,
    skor = ?6
WHERE nip = ?1 AND periode = ?2 AND nilai = ?4 AND sumber = ?5
  AND (tahun IS NOT ?3
    OR skor IS NOT ?6);
