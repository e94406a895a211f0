-- Botstore's KV upsert as PostgreSQL sees it (PluginDataStore.upsert): the atomic upsert that restarts
-- an expired entry at version 1, then the read-back of the row, in one transaction.
\set k random(0, :keys - 1)
BEGIN;
INSERT INTO plugin_data (plugin_key, target_chat_key, target_user_id, data_key, data_value, version, create_time, update_time, expire_time)
  VALUES (:plugin, :chat, '', 'k' || lpad(:k::text, 6, '0'), :value, 1, localtimestamp, localtimestamp, NULL)
  ON CONFLICT (plugin_key, target_chat_key, target_user_id, data_key) DO UPDATE SET
    data_value = excluded.data_value,
    version = CASE WHEN plugin_data.expire_time <= excluded.update_time THEN 1 ELSE plugin_data.version + 1 END,
    create_time = CASE WHEN plugin_data.expire_time <= excluded.update_time THEN excluded.create_time ELSE plugin_data.create_time END,
    update_time = excluded.update_time, expire_time = excluded.expire_time;
SELECT id, plugin_key, target_chat_key, target_user_id, data_key, data_value, version, create_time, update_time, expire_time
  FROM plugin_data
 WHERE plugin_key = :plugin AND target_chat_key = :chat AND target_user_id = '' AND data_key = 'k' || lpad(:k::text, 6, '0')
   AND (expire_time IS NULL OR expire_time > localtimestamp);
END;
