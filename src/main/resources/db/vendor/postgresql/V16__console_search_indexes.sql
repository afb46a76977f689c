-- PostgreSQL only (issue 15): the indexes behind the queue's search. H2 runs db/vendor/h2/V16 instead.
-- pg_trgm ships with PostgreSQL. It goes to schema public so that dropping a schema of Todoku never drops
-- the extension other schemas use; hence the qualified operator class.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- Tickets written before V15 have no pieces yet: the same pieces as SearchGrams (distinct single
-- characters and pairs of each run of non-ASCII, non-space characters of the normalised text), once.
UPDATE ticket t SET search_grams = left(coalesce((SELECT string_agg(DISTINCT pieces.gram, ' ') FROM (
        SELECT substr(m.r[1], i, 1) AS gram FROM regexp_matches(t.search_text, '[^\x01-\x7f[:space:]]+', 'g') AS m(r),
               generate_series(1, char_length(m.r[1])) AS i
        UNION ALL
        SELECT substr(m.r[1], i, 2) FROM regexp_matches(t.search_text, '[^\x01-\x7f[:space:]]+', 'g') AS m(r),
               generate_series(1, char_length(m.r[1]) - 1) AS i) AS pieces), ''), 100000)
    WHERE t.search_grams IS NULL;

-- Terms with an ASCII word of three or more characters (addresses, "User unknown", codes): trigrams of
-- the normalised text serve LIKE '%term%'.
CREATE INDEX ticket_search_trigrams ON ticket USING gin (search_text public.gin_trgm_ops);

-- Japanese terms of any length, one character included: every one- and two-character piece of the
-- non-ASCII text (SearchGrams), queried with @> and the same expression.
CREATE INDEX ticket_search_grams ON ticket USING gin (string_to_array(search_grams, ' '));
