-- wrk: a random path from a file of link tokens (TOKENS), as PREFIX .. token .. SUFFIX; with
-- SLOTS set, a booking request from the answer link instead (a POST to the server function, with
-- a random offered time and mobile), counting how many got a time and how many found it taken.
local tokens, slots = {}, {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
if os.getenv("SLOTS") then
  for line in io.lines(os.getenv("SLOTS")) do slots[#slots + 1] = line end
end
local prefix = os.getenv("PREFIX") or "/nb/svar/"
local suffix = os.getenv("SUFFIX") or ""
local origin = os.getenv("ORIGIN")
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 100 + id)
  booked, taken, other = 0, 0, 0
end

function request()
  local token = tokens[math.random(#tokens)]
  if #slots == 0 then
    return wrk.format("GET", prefix .. token .. suffix, { ["Accept"] = "text/html" })
  end
  local body = "lang=nb&from=answer&token=" .. token .. "&office=larvik&form=office&slot=" ..
    slots[math.random(#slots)]:gsub("@", "%%40") .. "&first_name=Ung&mobile=9" ..
    math.random(1000000, 9999999) .. "&email="
  return wrk.format("POST", "/api/request-booking", {
    ["Origin"] = origin,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

function response(status, headers, body)
  if status < 400 then booked = booked + 1
  elseif status == 409 then taken = taken + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  if #slots == 0 then return end
  local b, t, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    b = b + thread:get("booked"); t = t + thread:get("taken"); o = o + thread:get("other")
  end
  io.write(string.format("  answers: %d got a time, %d found it taken (409), %d other\n", b, t, o))
end
