-- import_log.sql — records an imported file. A file that changed nothing
-- (no inserted or replaced rows) leaves an existing log row as it was, so
-- importing the same files twice leaves the database byte-for-byte alone.
-- Parameters: ?1 sha256, ?2 kind, ?3 nama_file, ?4 format, ?5 n_baris,
-- ?6 n_baru, ?7 n_ganti, ?8 n_sama, ?9 n_lewat, ?10 keterangan (e-Kinerja metadata
-- lines, or NULL). Result: none.
INSERT INTO import_file (sha256, kind, nama_file, format, n_baris, n_baru, n_ganti, n_sama,
                         n_lewat, waktu, keterangan)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%d %H:%M:%S', 'now'), ?10)
ON CONFLICT (sha256, kind) DO UPDATE
SET nama_file = excluded.nama_file, format = excluded.format, n_baris = excluded.n_baris,
    n_baru = excluded.n_baru, n_ganti = excluded.n_ganti, n_sama = excluded.n_sama,
    n_lewat = excluded.n_lewat, waktu = excluded.waktu, keterangan = excluded.keterangan
WHERE excluded.n_baru + excluded.n_ganti > 0;
