-- tanggal_data.sql — the data date D of the monthly monitoring (analytics.md
-- §14): the newest tanggal_dinilai, else the day of the latest import.
-- Parameters: none. Result: one row, 'YYYY-MM-DD' or NULL.
SELECT coalesce((SELECT max(substr(tanggal_dinilai, 1, 10)) FROM penilaian),
                (SELECT max(substr(waktu, 1, 10)) FROM import_file));
