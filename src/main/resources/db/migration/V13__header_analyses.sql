-- Header analyses (issue 13). Portable: H2 (MODE=PostgreSQL) and PostgreSQL. Plain JDBC, no entity,
-- so the header block may be a TEXT. Only the header fields are kept (never a message body), and only
-- when the customer saves a link or files a ticket; an analysis nobody saved leaves no row.

-- "Save a link" on the header page: /h/{id} analyses the kept headers again until the link expires.
CREATE TABLE header_record (
    -- 144 random bits, URL-safe Base64 (24 characters).
    permalink_id  VARCHAR(43)  NOT NULL PRIMARY KEY,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    header_text   TEXT         NOT NULL
);

CREATE INDEX header_record_expires ON header_record (expires_at);

-- The headers a ticket was filed with; staff see them analysed in the ticket view. One per ticket.
CREATE TABLE ticket_header_analysis (
    ticket_id     BIGINT       NOT NULL PRIMARY KEY,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    header_text   TEXT         NOT NULL,
    CONSTRAINT ticket_header_analysis_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
