-- 1,000,000 raw_messages over 30 days for the hot-read benchmark (PostgreSQL), on a database that
-- holds the original's schema. 20 groups of skewed sizes (the largest about a fifth of all rows),
-- 5,000 senders (a few very active), the newest 10% not yet processed, as the learning pipeline
-- leaves them; 100,000 filtered messages (a tenth of them unprocessed), 50,000 bot messages and a
-- few thousand reviews, batches, patterns and relations. Deterministic (setseed).
SELECT setseed(0.42);
\set now `date +%s`
INSERT INTO raw_messages (sender_id, sender_name, sender_qq, message, group_id, timestamp, platform,
                          message_id, reply_to, created_at, processed)
SELECT 'user_' || s, 'name ' || s, (100000 + s)::text, 'message ' || i || ' ' || repeat('lorem ipsum ', 4),
       'group_' || g, :now - 2592000 + (i::bigint * 2592 / 1000), 'qq', 'm' || i, NULL,
       :now - 2592000 + (i::bigint * 2592 / 1000), i <= 900000
FROM (SELECT i, floor(20 * power(random(), 2))::int AS g, floor(5000 * power(random(), 3))::int AS s
      FROM generate_series(1, 1000000) AS i) AS x;
INSERT INTO filtered_messages (raw_message_id, message, sender_id, group_id, timestamp, confidence,
                               quality_scores, filter_reason, created_at, processed)
SELECT id, message, sender_id, group_id, timestamp, 0.8, '{}', 'ok', created_at, id > 900000 - 10000
FROM raw_messages WHERE id % 10 = 0;
INSERT INTO bot_messages (group_id, message, timestamp, created_at)
SELECT 'group_' || (i % 20), 'reply ' || i, :now - 2592000 + i * 51, :now - 2592000 + i * 51
FROM generate_series(1, 50000) AS i;
INSERT INTO persona_update_reviews (timestamp, group_id, update_type, original_content, new_content, reason, status)
SELECT :now - i * 600, 'group_' || (i % 20), 'prompt', 'a', 'b', 'r',
       CASE WHEN i % 3 = 0 THEN 'pending' WHEN i % 3 = 1 THEN 'approved' ELSE 'rejected' END
FROM generate_series(1, 3000) AS i;
INSERT INTO style_learning_reviews (type, group_id, timestamp, learned_patterns, few_shots_content, status, description)
SELECT 'style', 'group_' || (i % 20), :now - i * 600, '[]', '', 
       CASE WHEN i % 3 = 0 THEN 'pending' WHEN i % 3 = 1 THEN 'approved' ELSE 'rejected' END, 'd'
FROM generate_series(1, 3000) AS i;
INSERT INTO learning_batches (batch_id, batch_name, group_id, start_time, end_time, quality_score,
                              processed_messages, message_count, filtered_count, success, status)
SELECT 'b' || i, 'batch ' || i, 'group_' || (i % 20), :now - i * 900, :now - i * 900 + 60, 0.7, 100, 120, 10,
       true, 'completed'
FROM generate_series(1, 2000) AS i;
INSERT INTO style_learning_patterns (group_id, pattern_type, pattern, usage_count, confidence, last_used, created_at, updated_at)
SELECT 'group_' || (i % 20), 'type_' || (i % 7), 'p' || i, 1, 0.5, :now, :now, :now
FROM generate_series(1, 5000) AS i;
ANALYZE;
