-- unit_update.sql — replace the unit row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as unit_insert.sql. Result: none.
UPDATE unit
SET nama_unit = ?2,
    singkatan = ?3,
    jenis_unit = ?4,
    kode_induk = ?5,
    menjadi = ?6,
    berlaku_sampai = ?7
WHERE kode_unit = ?1
  AND (nama_unit IS NOT ?2
    OR singkatan IS NOT ?3
    OR jenis_unit IS NOT ?4
    OR kode_induk IS NOT ?5
    OR menjadi IS NOT ?6
    OR berlaku_sampai IS NOT ?7);
