-- etcd KV upsert: POST /v3/kv/put of a BENCH_VALUE_BYTES value on a random key among BENCH_KEYS,
-- the same keys and value size as Botstore's upsert.
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
dofile(os.getenv("BENCH_DIR") .. "/wrk/base64.lua")
local keys = tonumber(os.getenv("BENCH_KEYS"))
local value = base64(string.rep("v", tonumber(os.getenv("BENCH_VALUE_BYTES"))))
local bodies = {}
for i = 0, keys - 1 do
  bodies[i] = '{"key":"' .. base64(string.format("k%06d", i)) .. '","value":"' .. value .. '"}'
end
wrk.headers["Content-Type"] = "application/json"

function request()
  return wrk.format("POST", "/v3/kv/put", nil, bodies[math.random(0, keys - 1)])
end
