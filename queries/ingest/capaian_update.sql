-- capaian_update.sql — replace the capaian row with this key when any value differs;
-- an identical row is left untouched (changes() = 0 means unchanged).
-- Parameters: as capaian_insert.sql. Result: none.
UPDATE capaian
SET tahun = ?3,
    target = ?6,
    realisasi = ?7,
    jenis_rhk = ?8,
    aspek = ?9,
    arah = ?10,
    satuan = ?11,
    bobot = ?12
WHERE nip = ?1 AND periode = ?2 AND kode_rhk = ?4 AND indikator = ?5
  AND (tahun IS NOT ?3
    OR target IS NOT ?6
    OR realisasi IS NOT ?7
    OR jenis_rhk IS NOT ?8
    OR aspek IS NOT ?9
    OR arah IS NOT ?10
    OR satuan IS NOT ?11
    OR bobot IS NOT ?12);
