-- wrk script: POST /api/v1/articles with a distinct ~800-word article per request, paced to a target rate.
-- Usage: wrk -t2 -c10 -d60s -s post-articles.lua http://127.0.0.1:8080 -- <rate-per-second> <seed> <max-per-thread> <c>
-- With max-per-thread > 0, a thread stops after that many answers (used to preload the corpus); c repeats -c.
-- Each of the c connections waits c/rate seconds before each request, so the offered load is about `rate` req/s
-- (Debian's wrk has no -R option). Latency is measured from send to response; see docs/benchmarks.md.

local words = {}
for w in ([[province officials said border trade talks council minister village market drought wheat convoy
highway election court teachers students clinic refugees returned customs prices rain bridge mosque police district
governor budget water power hospital airport spokesman statement agreement delegation ceasefire militants attack
security forces operation casualties families displaced camp aid agency shipment fuel electricity shortage winter
flood harvest farmers livestock exports imports currency bank loans salaries employees ministry education health
women girls schools university exams journalists media freedom report investigation evidence witnesses judge trial
prison release prisoners exchange negotiations envoy capital province northern southern eastern western central
mountain valley river road tunnel pass checkpoint crossing trucks drivers merchants goods fruit vegetables carpets
cotton coal gas pipeline railway project construction funding donors conference summit pledge commitment]]):gmatch("%S+") do
  words[#words + 1] = w
end

local rate = 100
local max_per_thread = nil
local answered = 0
local counter = 0
-- a global: thread:set() in setup() writes globals, which a local would shadow
thread_id = 0
local threads = {}

conns = 1

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

function init(args)
  rate = tonumber(args[1] or "100")
  max_per_thread = args[3] and tonumber(args[3]) ~= 0 and tonumber(args[3]) or nil
  -- wrk does not tell a script its connection count, so it is the 4th argument (the -c value)
  conns = tonumber(args[4] or "1")
  math.randomseed(tonumber(args[2] or "1") * 1000 + thread_id)
end

function delay()
  -- milliseconds each connection waits before its next request
  return math.floor(conns * 1000 / rate)
end

local function article()
  local parts = {}
  for p = 1, 16 do
    local sentence = {}
    for i = 1, 50 do
      sentence[#sentence + 1] = words[math.random(#words)]
    end
    parts[#parts + 1] = table.concat(sentence, " ") .. "."
  end
  return table.concat(parts, "\\n\\n")
end

request = function()
  counter = counter + 1
  local url = string.format("https://load.example/%d/%d/%d", thread_id, counter, math.random(1000000000))
  local body = string.format('{"url":"%s","publisher":"Load Wire %d","publishedAt":"2024-05-01T00:00:00Z","text":"%s"}',
    url, math.random(50), article())
  return wrk.format("POST", "/api/v1/articles", { ["Content-Type"] = "application/json" }, body)
end

local errors = 0
response = function(status, headers, body)
  if status ~= 201 and status ~= 200 then
    errors = errors + 1
  end
  answered = answered + 1
  if max_per_thread and answered >= max_per_thread then
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.2f ms, mean %.2f ms, rate %.1f req/s\n", latency.max / 1000, latency.mean / 1000,
    summary.requests / (summary.duration / 1000000)))
end
