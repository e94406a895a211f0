-- A read of the self-learning API: GET the URL given on wrk's command line, with the bot key.
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_BOT_TOKEN")
wrk.headers["Accept"] = "application/json"
