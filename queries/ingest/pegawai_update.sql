-- pegawai_update.sql — replace the pegawai row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as pegawai_insert.sql. Result: none.
UPDATE pegawai
SET nama = ?2,
    kode_unit = ?3,
    jenis_pegawai = ?4,
    golongan = ?5,
    jabatan = ?6,
    jenis_jabatan = ?7,
    nip_atasan = ?8,
    jenis_kelamin = ?9
WHERE nip = ?1
  AND (nama IS NOT ?2
    OR kode_unit IS NOT ?3
    OR jenis_pegawai IS NOT ?4
    OR golongan IS NOT ?5
    OR jabatan IS NOT ?6
    OR jenis_jabatan IS NOT ?7
    OR nip_atasan IS NOT ?8
    OR jenis_kelamin IS NOT ?9);
