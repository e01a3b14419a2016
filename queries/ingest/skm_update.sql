-- skm_update.sql — replace the skm row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as skm_insert.sql. Result: none.
UPDATE skm
SET tahun = ?3,
    tanggal = ?4,
    u1 = ?6,
    u2 = ?7,
    u3 = ?8,
    u4 = ?9,
    u5 = ?10,
    u6 = ?11,
    u7 = ?12,
    u8 = ?13,
    u9 = ?14,
    jenis_layanan = ?15,
    jenis_kelamin = ?16,
    usia = ?17,
    pendidikan = ?18,
    pekerjaan = ?19
WHERE kode_unit = ?1 AND periode = ?2 AND id_responden = ?5
  AND (tahun IS NOT ?3
    OR tanggal IS NOT ?4
    OR u1 IS NOT ?6
    OR u2 IS NOT ?7
    OR u3 IS NOT ?8
    OR u4 IS NOT ?9
    OR u5 IS NOT ?10
    OR u6 IS NOT ?11
    OR u7 IS NOT ?12
    OR u8 IS NOT ?13
    OR u9 IS NOT ?14
    OR jenis_layanan IS NOT ?15
    OR jenis_kelamin IS NOT ?16
    OR usia IS NOT ?17
    OR pendidikan IS NOT ?18
    OR pekerjaan IS NOT ?19);
