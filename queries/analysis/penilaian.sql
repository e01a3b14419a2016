-- penilaian.sql — appraisal records of the loaded years.
-- Parameters: ?1 first year, ?2 last year.
-- Result: nip, periode, tahun, predikat, predikat_input, kode_unit, nip_penilai,
-- tanggal_dinilai; ordered by nip, periode (the primary key, so no sort).
-- '+tahun' keeps SQLite on the primary key order instead of the tahun index,
-- which would need a sort of every row.
SELECT nip, periode, tahun, predikat, predikat_input, kode_unit, nip_penilai, tanggal_dinilai
FROM penilaian
WHERE +tahun BETWEEN ?1 AND ?2
ORDER BY nip, periode;
