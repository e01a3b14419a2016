-- penilaian_update.sql — replace the penilaian row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as penilaian_insert.sql. Result: none.
UPDATE penilaian
SET tahun = ?3,
    rating_hasil_kerja = ?4,
    rating_perilaku = ?5,
    predikat = ?6,
    predikat_input = ?7,
    kode_unit = ?8,
    nip_penilai = ?9,
    tanggal_dinilai = ?10
WHERE nip = ?1 AND periode = ?2
  AND (tahun IS NOT ?3
    OR rating_hasil_kerja IS NOT ?4
    OR rating_perilaku IS NOT ?5
    OR predikat IS NOT ?6
    OR predikat_input IS NOT ?7
    OR kode_unit IS NOT ?8
    OR nip_penilai IS NOT ?9
    OR tanggal_dinilai IS NOT ?10);
