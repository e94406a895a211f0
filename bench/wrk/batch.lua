-- Botstore message batch ingest: POST the same body of BENCH_BATCH messages (written by
-- bench.py batch-body) to the URL given on wrk's command line, again and again.
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
local file = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_BOT_TOKEN")
wrk.headers["Content-Type"] = "application/json"
