-- ekinerja_latest_period.sql — for each employee, the end of the latest
-- period the database holds an appraisal (or a missing one) for, as
-- year * 100 + month. An e-Kinerja export older than that does not
-- overwrite the employee's roster record (a re-downloaded earlier month must
-- not move them back to their old unit).
-- Parameters: none. Result: nip, akhir (e.g. 202403 for '2024-03' or '2024-Q1').
SELECT nip,
       max(tahun * 100 + CASE
             WHEN length(periode) = 4 THEN 12
             WHEN substr(periode, 6, 1) = 'Q' THEN 3 * CAST(substr(periode, 7) AS INTEGER)
             WHEN substr(periode, 6, 1) = 'S' THEN 6 * CAST(substr(periode, 7) AS INTEGER)
             ELSE CAST(substr(periode, 6) AS INTEGER)
           END) AS akhir
FROM (SELECT nip, periode, tahun FROM penilaian
      UNION ALL
      SELECT nip, periode, tahun FROM penilaian_kosong)
GROUP BY nip;
