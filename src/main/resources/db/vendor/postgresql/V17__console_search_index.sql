-- PostgreSQL counterpart of db/vendor/h2/V17 (issue 15): the GIN index of V16 already serves the search; nothing to
-- create. Keeps version 17 taken on both.
SELECT 1;
