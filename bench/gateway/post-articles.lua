-- wrk script: POST /api/v1/articles with a distinct ~800-word article per request, paced to a target rate.
-- Usage: wrk -t2 -c10 -d60s -s post-articles.lua http://127.0.0.1:8080 -- <rate-per-second> <seed> <max-per-thread> <c>
-- With max-per-thread > 0, a thread stops after that many answers (used to preload the corpus); c repeats -c.
-- Each of the c connections waits c/rate seconds before each request, so the offered load is about `rate` req/s
-- (Debian's wrk has no -R option). Latency is measured from send to response; see docs/benchmarks.md.

-- Words: a made-up vocabulary of 20,000 pronounceable words drawn with Zipf frequencies (exponent 1), as in real
-- text and as in the Java benchmarks (testing's ZipfVocabulary): unrelated articles share common words and short
-- phrases, not passages. (A small uniform vocabulary would make every pair of articles share the paraphrase path's
-- anchors and so send each one through the sentence-embedding model, which real copy does not.)
local syllables = { "ka", "to", "ri", "mel", "san", "dor", "vi", "lu", "pe", "gran", "os", "te", "bar", "ni", "qua",
  "sel", "mo", "fen", "ur", "da", "li", "nor", "ex", "pa", "rum", "ti", "ve", "so", "clar", "em" }
local vocabulary = 20000
local words = {}
local cumulative = {}

local function build_vocabulary()
  math.randomseed(2024)
  local sum = 0
  for w = 1, vocabulary do
    local word = {}
    for s = 1, math.random(4) do
      word[#word + 1] = syllables[math.random(#syllables)]
    end
    words[w] = table.concat(word) .. tostring(w % 97)
    sum = sum + 1 / w
    cumulative[w] = sum
  end
  for w = 1, vocabulary do
    cumulative[w] = cumulative[w] / sum
  end
end

local function word()
  local r, lo, hi = math.random(), 1, vocabulary
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < r then lo = mid + 1 else hi = mid end
  end
  return words[lo]
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
  build_vocabulary()
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
      sentence[#sentence + 1] = word()
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
