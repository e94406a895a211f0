-- Botstore KV read: GET a random key among BENCH_KEYS of one scope, the JSON answer
-- ({key, value, version, ...}), as a plugin reads its entries.
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
local keys = tonumber(os.getenv("BENCH_KEYS"))
local prefix = os.getenv("BENCH_STORE") .. "/k"
local scope = "?chat_key=" .. os.getenv("BENCH_CHAT")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_PLUGIN_TOKEN")
wrk.headers["Accept"] = "application/json"

function request()
  return wrk.format("GET", string.format("%s%06d%s", prefix, math.random(0, keys - 1), scope))
end
