-- PostgreSQL only (issue 15): the index behind the queue's search. H2 runs db/vendor/h2/V16 instead.

-- Tickets written before V15 have no pieces yet: the same pieces as SearchGrams, once. Distinct single
-- characters and pairs of each run of non-ASCII, non-space characters of the normalised text, and its
-- ASCII words (letters and digits, the first 60 characters of a longer one).
UPDATE ticket t SET search_grams = left(coalesce((SELECT string_agg(DISTINCT pieces.gram, ' ') FROM (
        SELECT substr(m.r[1], i, 1) AS gram FROM regexp_matches(t.search_text, '[^\x01-\x7f[:space:]]+', 'g') AS m(r),
               generate_series(1, char_length(m.r[1])) AS i
        UNION ALL
        SELECT substr(m.r[1], i, 2) FROM regexp_matches(t.search_text, '[^\x01-\x7f[:space:]]+', 'g') AS m(r),
               generate_series(1, char_length(m.r[1]) - 1) AS i
        UNION ALL
        SELECT left(w.r[1], 60) FROM regexp_matches(t.search_text, '[0-9a-z]+', 'g') AS w(r)) AS pieces), ''), 100000)
    WHERE t.search_grams IS NULL;

-- One GIN index for every term: 至急 is the piece '至急', 容 the piece '容', "User unknown" the words
-- 'user' and 'unknown' (the last one as a prefix), each candidate then checked against the exact text.
-- array_to_tsvector takes the pieces as they are (no parser, no dictionary) and serves prefix queries.
-- Chosen over pg_trgm on search_text: on 3 KB bounces the trigram index made each insert four to five
-- times dearer (720 instead of 3,750 tickets/s for INSERT ... SELECT; the console note has the figures).
CREATE INDEX ticket_search_grams ON ticket USING gin (array_to_tsvector(string_to_array(search_grams, ' ')));
