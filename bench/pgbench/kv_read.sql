-- Botstore's KV read as PostgreSQL sees it (PluginDataStore.find): one row by plugin, chat, user and key,
-- skipped once expired. run.sh passes plugin, chat, keys (and value) with -D; -M prepared binds them as
-- parameters, as the JDBC driver does.
\set k random(0, :keys - 1)
SELECT target_chat_key, target_user_id, data_key, data_value, version, create_time, update_time, expire_time
  FROM plugin_data
 WHERE plugin_key = :plugin AND target_chat_key = :chat AND target_user_id = '' AND data_key = 'k' || lpad(:k::text, 6, '0')
   AND (expire_time IS NULL OR expire_time > localtimestamp);
