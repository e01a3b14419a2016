-- 002.sql — schema version 1 -> 2: the service dates of an employee
-- (data.md `pegawai`: mulai, selesai, status), which define the roster of a
-- period (the denominator of every completeness figure).
-- Parameters: none. Result: none.
ALTER TABLE pegawai ADD COLUMN mulai TEXT;
ALTER TABLE pegawai ADD COLUMN selesai TEXT;
ALTER TABLE pegawai ADD COLUMN status TEXT NOT NULL DEFAULT 'AKTIF';
