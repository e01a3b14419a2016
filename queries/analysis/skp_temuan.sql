-- skp_temuan.sql — data-quality findings from the e-Kinerja SKP spans of year Y
-- (data.md "e-Kinerja BKN exports"; analytics.md §9):
--   jenis 1 = several definitive SKPs of one employee for one period (mutasi,
--             promosi; the result follows skp_ganda);
--   jenis 2 = an employee whose (partial-)year SKPs cover fewer than 12 months
--             of Y (appointment, mutasi in from outside, leave, retirement).
-- Parameters: ?1 year.
-- Result: jenis, nip, kode (periode, or the year), kode_unit (the chosen SKP's,
-- else the latest), rincian; ordered by jenis, nip, kode.
WITH RECURSIVE bulan (m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM bulan WHERE m < 12),
ganda AS (
  SELECT nip, periode, count(*) AS n,
         coalesce(max(CASE WHEN dipakai = 1 THEN kode_unit END), max(kode_unit)) AS kode_unit,
         group_concat(substr(awal, 6) || '..' || substr(akhir, 6), ', ') AS spans
  FROM (SELECT * FROM skp WHERE tahun = ?1 ORDER BY nip, periode, awal)
  GROUP BY nip, periode
  HAVING count(*) > 1
),
span AS (
  SELECT DISTINCT nip, awal, akhir, kode_unit FROM skp
  WHERE tahun = ?1 AND length(periode_skp) = 4
),
cover AS (
  SELECT nip, count(DISTINCT m) AS n, min(awal) AS awal, max(akhir) AS akhir
  FROM span JOIN bulan
    ON m BETWEEN CAST(substr(awal, 6, 2) AS INTEGER) AND CAST(substr(akhir, 6, 2) AS INTEGER)
  GROUP BY nip
)
SELECT 1, nip, periode, kode_unit, n || ' SKP: ' || spans FROM ganda
UNION ALL
SELECT 2, c.nip, CAST(?1 AS TEXT),
       (SELECT s.kode_unit FROM span s WHERE s.nip = c.nip ORDER BY s.akhir DESC LIMIT 1),
       c.n || '/12 bulan: ' || c.awal || '..' || c.akhir
FROM cover c WHERE c.n < 12
ORDER BY 1, 2, 3;
