-- The statements TicketFinder sends for each page of the benchmark (same SQL, parameters inlined). A search whose
-- matches were all counted (rare token, address, nowhere) reads its page in the few-matches form (OFFSET 0).
-- psql -v rare=q333333x -v rareq="'q333333x':*" -v email=user500000@example0.co.jp \
--      -v emailq="'user500000' & 'example0' & 'co' & 'jp':*" -f bench/console/plans.sql
\pset pager off
SET plan_cache_mode = force_custom_plan;
-- As TicketFinder sets them for its statements.
SET work_mem = '32MB';
\echo '### default queue: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM ticket t WHERE 1 = 1 ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### default queue: tab counts'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ticket t WHERE t.status = 'NEW' AND 1 = 1 LIMIT 10001) c), (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ticket t WHERE t.status = 'IN_PROGRESS' AND 1 = 1 LIMIT 10001) c), (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ticket t WHERE t.status = 'WAITING_FOR_CUSTOMER' AND 1 = 1 LIMIT 10001) c), (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ticket t WHERE t.status = 'RESOLVED' AND 1 = 1 LIMIT 10001) c), (SELECT COUNT(*) FROM (SELECT 1 AS one FROM ticket t WHERE t.status = 'CLOSED' AND 1 = 1 LIMIT 10001) c);
\echo '### page 2,000'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM ticket t WHERE 1 = 1 ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 49975) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### status tab CLOSED: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM ticket t WHERE t.status IN ('CLOSED') ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### search 至急: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST('''至急''' AS tsquery) AND strpos(t.search_text, '至急') > 0 ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### search 至急: tab counts'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.status, COUNT(*) FROM (SELECT t.status FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST('''至急''' AS tsquery) AND strpos(t.search_text, '至急') > 0 LIMIT 1001) c GROUP BY c.status;
\echo '### search rare token: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM (SELECT t.id, t.created_at, t.updated_at, t.status, t.reference_number, t.customer_domain, t.assignee, t.primary_reason, t.receiving_provider FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST(:'rareq' AS tsquery) AND strpos(t.search_text, :'rare') > 0 OFFSET 0) t ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### search rare token: tab counts'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.status, COUNT(*) FROM (SELECT t.status FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST(:'rareq' AS tsquery) AND strpos(t.search_text, :'rare') > 0 LIMIT 1001) c GROUP BY c.status;
\echo '### search e-mail address: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM (SELECT t.id, t.created_at, t.updated_at, t.status, t.reference_number, t.customer_domain, t.assignee, t.primary_reason, t.receiving_provider FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST(:'emailq' AS tsquery) AND strpos(t.search_text, :'email') > 0 OFFSET 0) t ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### search e-mail address: tab counts'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.status, COUNT(*) FROM (SELECT t.status FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST(:'emailq' AS tsquery) AND strpos(t.search_text, :'email') > 0 LIMIT 1001) c GROUP BY c.status;
\echo '### search User unknown: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST('''user'' & ''unknown'':*' AS tsquery) AND strpos(t.search_text, 'user unknown') > 0 ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### search User unknown: tab counts'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.status, COUNT(*) FROM (SELECT t.status FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST('''user'' & ''unknown'':*' AS tsquery) AND strpos(t.search_text, 'user unknown') > 0 LIMIT 1001) c GROUP BY c.status;
\echo '### search nowhere: page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM (SELECT t.id, t.created_at, t.updated_at, t.status, t.reference_number, t.customer_domain, t.assignee, t.primary_reason, t.receiving_provider FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST('''zzqqxxvvnone'':*' AS tsquery) AND strpos(t.search_text, 'zzqqxxvvnone') > 0 OFFSET 0) t ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### search nowhere: tab counts'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.status, COUNT(*) FROM (SELECT t.status FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST('''zzqqxxvvnone'':*' AS tsquery) AND strpos(t.search_text, 'zzqqxxvvnone') > 0 LIMIT 1001) c GROUP BY c.status;
\echo '### search 容 (one character): page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t JOIN (SELECT t.id FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST('''容''' AS tsquery) AND strpos(t.search_text, '容') > 0 ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) p ON p.id = t.id ORDER BY t.created_at DESC, t.id DESC;
\echo '### search 容 (one character): tab counts'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c.status, COUNT(*) FROM (SELECT t.status FROM ticket t WHERE array_to_tsvector(string_to_array(t.search_grams, ' ')) @@ CAST('''容''' AS tsquery) AND strpos(t.search_text, '容') > 0 LIMIT 1001) c GROUP BY c.status;
\echo '### search e-mail address: exact matches on top'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.reference_number, t.status, t.customer_domain, t.direction, t.symptom, t.primary_reason, t.receiving_provider, t.assignee, t.customer_name, t.created_at, t.updated_at FROM ticket t WHERE 1 = 1 AND t.id IN (SELECT id FROM ticket WHERE reference_number = upper(:'email') UNION ALL SELECT id FROM ticket WHERE external_reference = :'email' UNION ALL SELECT id FROM ticket WHERE sender = :'email' UNION ALL SELECT id FROM ticket WHERE recipient = :'email' UNION ALL SELECT id FROM ticket WHERE contact = :'email') ORDER BY t.created_at DESC, t.id DESC LIMIT 5;
\echo '### dashboard: by reason, 90 days'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.primary_reason, count(*) FROM ticket t WHERE t.created_at >= now() - interval '90 days' AND t.created_at < now() GROUP BY t.primary_reason ORDER BY count(*) DESC, t.primary_reason;
\echo '### dashboard: per day, 90 days'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t.created_at FROM ticket t WHERE t.created_at >= now() - interval '90 days' AND t.created_at < now();
