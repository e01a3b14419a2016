-- capaian_indikator.sql — the SKP indicator rows of one year with their text,
-- for the per-indicator capaian of the Rapor OPD (analytics.md §1.4 per
-- record, grouped by OPD and indicator in C).
-- Parameters: ?1 year.
-- Result: nip, periode, indikator, target, realisasi, jenis_rhk, arah;
-- ordered by nip, periode, kode_rhk, indikator (the primary key order:
-- '+tahun' keeps SQLite on the key order instead of the tahun index and a
-- sort, as analysis/capaian.sql does).
SELECT nip, periode, indikator, target, realisasi, jenis_rhk, arah
FROM capaian
WHERE +tahun = ?1
ORDER BY nip, periode, kode_rhk, indikator;
