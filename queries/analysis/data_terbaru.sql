-- data_terbaru.sql — date of the newest dated record (appraisal, feedback,
-- survey), the reproducible "today" of reports (analytics.md §11).
-- Parameters: none. Result: one row, d = 'YYYY-MM-DD' or NULL.
SELECT max(d) FROM (
  SELECT max(substr(tanggal_dinilai, 1, 10)) AS d FROM penilaian
  UNION ALL SELECT max(tanggal) FROM umpan_balik
  UNION ALL SELECT max(substr(tanggal, 1, 10)) FROM skm
);
