-- Botstore KV upsert: PUT a BENCH_VALUE_BYTES text value on a random key among BENCH_KEYS of one
-- scope (the plain-text write, no condition: create or replace).
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
local keys = tonumber(os.getenv("BENCH_KEYS"))
local prefix = os.getenv("BENCH_STORE") .. "/k"
local scope = "?chat_key=" .. os.getenv("BENCH_CHAT")
local value = string.rep("v", tonumber(os.getenv("BENCH_VALUE_BYTES")))
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_PLUGIN_TOKEN")
wrk.headers["Content-Type"] = "text/plain"

function request()
  return wrk.format("PUT", string.format("%s%06d%s", prefix, math.random(0, keys - 1), scope), nil, value)
end
