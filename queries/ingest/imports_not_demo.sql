-- imports_not_demo.sql — how many imported files did not come from
-- `kinerja demo`? The demo refuses to mix synthetic records into real data.
-- Parameters: none. Result: one integer.
SELECT count(*) FROM import_file WHERE format <> 'demo';
