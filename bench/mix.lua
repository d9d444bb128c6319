-- wrk: what a day looks like, roughly: half public pages (ten languages), the rest young people
-- opening their answer link, the booking page from it, or the public booking page. Link tokens
-- from the file TOKENS. Browsers' headers: HTML, brotli or gzip.
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
local langs = { "nb", "nn", "se", "en", "uk", "pl", "ar", "so", "ti", "prs" }
local pages = { "", "/rettigheter", "/foresatte", "/tilbud", "/oppfolging", "/personvern", "/tilgjengelighet", "/kontakt" }
local headers = { ["Accept"] = "text/html", ["Accept-Encoding"] = "gzip, deflate, br" }
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 100 + id)
end

function request()
  local r = math.random(100)
  local path
  if r <= 50 then
    path = "/" .. langs[math.random(#langs)] .. pages[math.random(#pages)]
  elseif r <= 80 then
    path = "/nb/svar/" .. tokens[math.random(#tokens)]
  elseif r <= 95 then
    path = "/nb/svar/" .. tokens[math.random(#tokens)] .. "/bestill"
  else
    path = "/nb/bestill"
  end
  return wrk.format("GET", path, headers)
end
