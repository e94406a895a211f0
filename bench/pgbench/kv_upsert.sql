-- Botstore's KV upsert as PostgreSQL sees it (PluginDataStore.upsert): the atomic upsert that restarts
-- an expired entry at version 1 and hands the written row's version and creation time back.
\set k random(0, :keys - 1)
INSERT INTO plugin_data (plugin_key, target_chat_key, target_user_id, data_key, data_value, version, create_time, update_time, expire_time)
  VALUES (:plugin, :chat, '', 'k' || lpad(:k::text, 6, '0'), :value, 1, localtimestamp, localtimestamp, NULL)
  ON CONFLICT (plugin_key, target_chat_key, target_user_id, data_key) DO UPDATE SET
    data_value = excluded.data_value,
    version = CASE WHEN plugin_data.expire_time <= excluded.update_time THEN 1 ELSE plugin_data.version + 1 END,
    create_time = CASE WHEN plugin_data.expire_time <= excluded.update_time THEN excluded.create_time ELSE plugin_data.create_time END,
    update_time = excluded.update_time, expire_time = excluded.expire_time
  RETURNING version, create_time;
