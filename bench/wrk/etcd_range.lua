-- etcd KV read: POST /v3/kv/range for a random key among BENCH_KEYS (linearizable, etcd's default),
-- the same keys as Botstore's read.
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
dofile(os.getenv("BENCH_DIR") .. "/wrk/base64.lua")
local keys = tonumber(os.getenv("BENCH_KEYS"))
local bodies = {}
for i = 0, keys - 1 do
  bodies[i] = '{"key":"' .. base64(string.format("k%06d", i)) .. '"}'
end
wrk.headers["Content-Type"] = "application/json"

function request()
  return wrk.format("POST", "/v3/kv/range", nil, bodies[math.random(0, keys - 1)])
end

-- etcd answers 200 for a key it does not have (no "kvs"); count that as the failure it would be.
local count = response
function response(status, headers, body)
  count(string.find(body, '"kvs"', 1, true) and status or 404, headers, body)
end
