-- tanggal_data.sql — the dates of the monthly monitoring in one scan of
-- penilaian: the newest tanggal_dinilai (the data date D of analytics.md
-- §14, else the day of the latest import) and the newest dated record of
-- analysis/data_terbaru.sql (appraisal, feedback, survey). kj_bulanan_run
-- combines them (analysis/data_terbaru.sql would scan penilaian again).
-- Parameters: none. Result: one row: penilaian, import_file, umpan_balik,
-- skm maxima as 'YYYY-MM-DD' or NULL.
-- substr(max(x)) = max(substr(x)): a prefix of the larger string is never
-- smaller, and it saves a substr per appraisal row.
SELECT (SELECT substr(max(tanggal_dinilai), 1, 10) FROM penilaian),
       (SELECT max(substr(waktu, 1, 10)) FROM import_file),
       (SELECT max(tanggal) FROM umpan_balik),
       (SELECT max(substr(tanggal, 1, 10)) FROM skm);
