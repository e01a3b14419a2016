-- import_file.sql — the import log for the methodology sheet (reports.md:
-- "the input files with SHA-256 and row counts"); the clock time is left out
-- so outputs stay byte-identical for the same data.
-- Parameters: none.
-- Result: nama_file, kind, format, sha256, n_baris, n_baru, n_ganti, n_sama,
-- n_lewat; ordered by nama_file, kind, sha256.
SELECT nama_file, kind, format, sha256, n_baris, n_baru, n_ganti, n_sama, n_lewat
FROM import_file
ORDER BY nama_file, kind, sha256;
