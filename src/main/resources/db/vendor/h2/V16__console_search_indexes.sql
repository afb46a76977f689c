-- H2 counterpart of db/vendor/postgresql/V16 (issue 15): H2 has no GIN index, so its
-- search reads the tickets newest first (see TicketFinder); nothing to create. Keeps version 16 taken on both.
SELECT 1;
