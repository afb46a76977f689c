-- The staff console at a million tickets (issue 15). Portable: H2 (MODE=PostgreSQL) and PostgreSQL.
-- The PostgreSQL-only search index is in db/vendor/postgresql/V16.

-- The one- and two-character pieces of the ticket's non-ASCII text and its ASCII words, written with the ticket
-- (SearchGrams): PostgreSQL's GIN index over them finds 至急, 解約 or "User unknown" without reading the tickets.
ALTER TABLE ticket ADD COLUMN search_grams VARCHAR(100000);
-- The old help desk's number of an imported ticket (kept, searchable, shown on top when searched exactly),
-- and what makes an import line a duplicate: "reference:<number>" or "sha256:<hash of the line>".
ALTER TABLE ticket ADD COLUMN external_reference VARCHAR(100);
ALTER TABLE ticket ADD COLUMN import_key VARCHAR(120);
CREATE UNIQUE INDEX ticket_import_key ON ticket (import_key);
CREATE INDEX ticket_external_reference ON ticket (external_reference);

-- The default queue (newest first, the id breaking ties) and each status tab read the page's ids, and the
-- tab counts, from these indexes alone; they replace the two without the id.
CREATE INDEX ticket_created_id ON ticket (created_at, id);
CREATE INDEX ticket_status_created_id ON ticket (status, created_at, id);
DROP INDEX ticket_created;
DROP INDEX ticket_status_created;

-- An exact address puts its tickets on top of a search.
CREATE INDEX ticket_sender ON ticket (sender);
CREATE INDEX ticket_recipient ON ticket (recipient);
CREATE INDEX ticket_contact ON ticket (contact);

-- The dashboard groups a date range by reason, provider and domain: from this index alone, without
-- reading the tickets (90 days of a million tickets are some 80,000 rows of 3 KB).
CREATE INDEX ticket_created_dimensions ON ticket (created_at, primary_reason, receiving_provider, customer_domain);
