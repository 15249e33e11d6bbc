-- Who started an import and how (REST or the inbox folder), how many rows it actually changed (a
-- re-import of the same file changes none), and why a failed import failed.
alter table sf_import add column imported_by varchar(64);
alter table sf_import add column channel varchar(8);
alter table sf_import add column rows_changed bigint default 0 not null;
alter table sf_import add column failure varchar(500);
