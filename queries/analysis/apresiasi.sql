-- apresiasi.sql — dates of the APRESIASI feedback events received (analytics.md §10a).
-- Parameters: ?1 first year, ?2 last year. Result: nip_penerima, tanggal (YYYY-MM-DD...);
-- ordered by both.
SELECT nip_penerima, tanggal
FROM umpan_balik
WHERE jenis = 'APRESIASI' AND tahun BETWEEN ?1 AND ?2
ORDER BY nip_penerima, tanggal;
