-- import_seen.sql — was a file with these bytes imported as this kind?
-- Parameters: ?1 sha256, ?2 kind. Result: one row (1) when it was.
SELECT 1 FROM import_file WHERE sha256 = ?1 AND kind = ?2;
