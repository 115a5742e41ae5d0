-- PlanDesk workspace schema, version 4: the identity sequences of the tables that take many rows at once hand out
-- ids in blocks of 4096. H2 writes a sequence's state in a commit of its own each time its cache runs out (every 32
-- ids by default); with WRITE_DELAY=0 each of those commits writes the store to disk, so an import of 200,000 values
-- wrote it 6,000 times and the file grew to 800 MB for 800,000 values. A crash skips at most one block of ids.

ALTER TABLE target ALTER COLUMN id SET CACHE 4096;
ALTER TABLE actual ALTER COLUMN id SET CACHE 4096;
ALTER TABLE change_log ALTER COLUMN id SET CACHE 4096;
ALTER TABLE part ALTER COLUMN id SET CACHE 4096;
ALTER TABLE indicator ALTER COLUMN id SET CACHE 4096;
ALTER TABLE school_figures ALTER COLUMN id SET CACHE 4096;
