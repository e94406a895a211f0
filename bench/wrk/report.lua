-- Shared by every wrk script of the benchmark (loaded with dofile). wrk itself only prints a human
-- summary and counts just the statuses >= 400, so this counts every non-2xx answer per thread,
-- seeds each thread's random numbers apart, and prints one line run.sh can parse:
--   BENCH requests=… seconds=… rate=… p50_ms=… p99_ms=… failed=… socket_errors=…
local threads = {}
failed = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + thread_id)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    failed = failed + 1
    if failed <= 3 then
      io.stderr:write(string.format("non-2xx answer %d: %s\n", status, string.sub(body or "", 1, 300)))
    end
  end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do
    failures = failures + thread:get("failed")
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("BENCH requests=%d seconds=%.3f rate=%.2f p50_ms=%.3f p99_ms=%.3f failed=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    failures, e.connect + e.read + e.write + e.timeout))
end
