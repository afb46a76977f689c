-- H2 only (issue 15): the embedded database's index of search pieces. H2 has no GIN index (PostgreSQL's is
-- V16), so every piece of ticket.search_grams a search may ask for is a row here, kept by a trigger in the
-- same transaction as the ticket (jp.todoku.tickets.H2SearchIndex). A search finds its candidates through
-- the primary key and checks each against the exact text. PostgreSQL runs db/vendor/postgresql/V17 instead.
CREATE TABLE ticket_gram (
    gram      VARCHAR(64) NOT NULL,
    ticket_id BIGINT      NOT NULL,
    PRIMARY KEY (gram, ticket_id)
);
CREATE ALIAS todoku_index_search_grams FOR 'jp.todoku.tickets.H2SearchIndex.indexAll';
CALL todoku_index_search_grams();
DROP ALIAS todoku_index_search_grams;
CREATE TRIGGER ticket_gram_write AFTER INSERT, UPDATE, DELETE ON ticket FOR EACH ROW CALL 'jp.todoku.tickets.H2SearchIndex';
