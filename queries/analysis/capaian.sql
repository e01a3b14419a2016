-- capaian.sql — SKP indicator rows of the loaded years, one row each
-- (capaian is clipped per indicator in C, analytics.md §1.4).
-- Parameters: ?1 first year, ?2 last year.
-- Result: nip, periode, target, realisasi, jenis_rhk, arah, bobot, indikator;
-- ordered by nip, periode (primary key order; '+tahun' as in penilaian.sql).
SELECT nip, periode, target, realisasi, jenis_rhk, arah, bobot, indikator
FROM capaian
WHERE +tahun BETWEEN ?1 AND ?2
ORDER BY nip, periode;
