#!/bin/bash
# The README's restore drill: back up a server on SQLite (export + tar of the plugin file areas),
# restore into a new PostgreSQL database and an empty data_dir, and check what came back.
# Run from the repository root after `mvn -DskipTests install`; needs PostgreSQL on 127.0.0.1
# (user postgres, no password) and psql. PORT (default 9080) is where the server listens.
set -eu
PORT=${PORT:-9080}
W=liberty-config/target/liberty/wlp
D=/tmp/botstore-drill; rm -rf $D; mkdir -p $D
S=http://localhost:$PORT
# the drill's own admin key, given to both servers (admin_api_key), so no admin.key file is needed
export ADMIN_API_KEY=${ADMIN_API_KEY:-bst_restore-drill-$(date +%s)}
AUTH=(-H "Authorization: Bearer $ADMIN_API_KEY")
wait_ready() { for i in $(seq 1 90); do curl -sf $S/health/ready >/dev/null && return 0; sleep 2; done; return 1; }
echo "== 1. source server: SQLite, DATA_DIR=$D/source"
DB_TYPE=sqlite DATA_DIR=$D/source HTTP_PORT=$PORT $W/bin/server start botstore >/dev/null; wait_ready
P=$S/api/v1/plugins/drill.weather
curl -sf "${AUTH[@]}" -X PUT -H 'Content-Type: text/plain' --data-binary 'dark' "$P/store/theme?chat_key=g1" -o /dev/null
curl -sf "${AUTH[@]}" -X PUT -H 'Content-Type: application/json' -d '{"value":"42","ttl_seconds":86400}' "$P/store/visits" -o /dev/null
curl -sf "${AUTH[@]}" -X POST -H 'Content-Type: application/json' $S/api/v1/messages/batch -d '{"messages":[{"sender_id":"1","message":"hello","group_id":"g1","timestamp":1760000000},{"sender_id":"2","message":"hi","group_id":"g1","timestamp":1760000005}]}' -o /dev/null
head -c 200000 /dev/urandom > $D/radar.png
curl -sf "${AUTH[@]}" -X PUT -H 'Content-Type: application/octet-stream' --data-binary @$D/radar.png "$P/files/images/radar.png" -o /dev/null
echo "== 2. backup: export + tar of plugin_data"
curl -sf "${AUTH[@]}" $S/api/v1/admin/export > $D/botstore.jsonl
tar -C $D/source -czf $D/plugin-files.tar.gz plugin_data
wc -l < $D/botstore.jsonl; cut -d'"' -f4 $D/botstore.jsonl | sort | uniq -c
$W/bin/server stop botstore >/dev/null
echo "== 3. restore: new PostgreSQL database botstore_drill, new DATA_DIR=$D/restored"
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS botstore_drill' 
POSTGRESQL_HOST=127.0.0.1 POSTGRESQL_DATABASE=botstore_drill DATA_DIR=$D/restored HTTP_PORT=$PORT $W/bin/server start botstore >/dev/null; wait_ready
curl -s $S/health/ready | grep -o '"backend":"[a-z]*"'
curl -sf "${AUTH[@]}" -X POST -H 'Content-Type: application/x-ndjson' --data-binary @$D/botstore.jsonl $S/api/v1/admin/import; echo
mkdir -p $D/restored && tar -C $D/restored -xzf $D/plugin-files.tar.gz
echo "== 4. check"
curl -sf "${AUTH[@]}" -H 'Accept: text/plain' "$P/store/theme?chat_key=g1"; echo
curl -sf "${AUTH[@]}" "$P/store/visits"; echo
curl -sf "${AUTH[@]}" "$S/api/v1/messages/statistics?group_id=g1"; echo
curl -sf "${AUTH[@]}" "$P/files/images/radar.png" -o $D/radar.restored.png && cmp $D/radar.png $D/radar.restored.png && echo "file identical"
curl -sf "${AUTH[@]}" "$P"; echo
$W/bin/server stop botstore >/dev/null
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS botstore_drill WITH (FORCE)'
echo "== done"
