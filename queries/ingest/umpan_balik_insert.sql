-- umpan_balik_insert.sql — insert one umpan_balik row unless its key exists (then
-- umpan_balik_update.sql decides between replaced and unchanged).
-- Parameters: ?1 tanggal, ?2 tahun, ?3 nip_pemberi, ?4 nip_penerima, ?5 jenis.
-- Result: none.
INSERT INTO umpan_balik (tanggal, tahun, nip_pemberi, nip_penerima, jenis)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (tanggal, nip_pemberi, nip_penerima, jenis) DO NOTHING;
