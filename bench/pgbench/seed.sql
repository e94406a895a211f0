-- Seeds the benchmark database after Botstore has created its schema (run by run.sh through psql,
-- variables messages, groups, plugin, chat, keys, value_bytes).
--
-- Raw messages for the hot reads: spread evenly over the groups and the last 30 days, the oldest 90%
-- processed, so "unprocessed, oldest first" has to find the recent tenth, as in a running bot.
INSERT INTO raw_messages (sender_id, sender_name, sender_qq, message, group_id, timestamp, platform,
                          message_id, reply_to, created_at, processed)
SELECT 'u' || (i % 500), 'user ' || (i % 500), NULL, 'seeded message ' || i || ': the quick brown fox jumps over the lazy dog',
       'g' || (i % :groups), (extract(epoch FROM now()) - (:messages - i) * (2592000.0 / :messages))::bigint, 'bench',
       NULL, NULL, (extract(epoch FROM now()) - (:messages - i) * (2592000.0 / :messages))::bigint, i <= :messages * 0.9
  FROM generate_series(1, :messages) AS i;
ANALYZE raw_messages;

-- pgbench's own copy of the KV entries, beside Botstore's (another plugin, the same scope and keys).
INSERT INTO plugin_data (plugin_key, target_chat_key, target_user_id, data_key, data_value, version,
                         create_time, update_time, expire_time)
SELECT :'plugin', :'chat', '', 'k' || lpad(i::text, 6, '0'), repeat('v', :value_bytes), 1, localtimestamp, localtimestamp, NULL
  FROM generate_series(0, :keys - 1) AS i;
ANALYZE plugin_data;
