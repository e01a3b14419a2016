-- data_terbaru.sql — date of the newest dated record (appraisal, feedback,
-- survey), the reproducible "today" of reports (analytics.md §11).
-- Parameters: none. Result: one row, d = 'YYYY-MM-DD' or NULL.
-- substr(max(x)) = max(substr(x)) (a prefix keeps the text order) and cuts
-- one substr per row of the scan.
SELECT max(d) FROM (
  SELECT substr(max(tanggal_dinilai), 1, 10) AS d FROM penilaian
  UNION ALL SELECT max(tanggal) FROM umpan_balik
  UNION ALL SELECT substr(max(tanggal), 1, 10) FROM skm
);
