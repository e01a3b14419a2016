-- pegawai_update.sql — replace the pegawai row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged). mulai,
-- selesai and status change only when the file has that column (?13 bits 1, 2, 4),
-- so files without them (e-Kinerja exports, older rosters) keep the dates.
-- Parameters: as pegawai_insert.sql. Result: none.
UPDATE pegawai
SET nama = ?2,
    kode_unit = ?3,
    jenis_pegawai = ?4,
    golongan = ?5,
    jabatan = ?6,
    jenis_jabatan = ?7,
    nip_atasan = ?8,
    jenis_kelamin = ?9,
    mulai = CASE WHEN ?13 & 1 THEN ?10 ELSE mulai END,
    selesai = CASE WHEN ?13 & 2 THEN ?11 ELSE selesai END,
    status = CASE WHEN ?13 & 4 THEN coalesce(?12, 'AKTIF') ELSE status END
WHERE nip = ?1
  AND (nama IS NOT ?2
    OR kode_unit IS NOT ?3
    OR jenis_pegawai IS NOT ?4
    OR golongan IS NOT ?5
    OR jabatan IS NOT ?6
    OR jenis_jabatan IS NOT ?7
    OR nip_atasan IS NOT ?8
    OR jenis_kelamin IS NOT ?9
    OR (?13 & 1 AND mulai IS NOT ?10)
    OR (?13 & 2 AND selesai IS NOT ?11)
    OR (?13 & 4 AND status IS NOT coalesce(?12, 'AKTIF')));
