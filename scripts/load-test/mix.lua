-- The load test's mix (README.md here), for wrk:
--   wrk -t2 -c16 -d300s --latency -s scripts/load-test/mix.lua http://127.0.0.1:8080 -- target/load-test
-- Each request picks one of the prepared accounts at random (prepare.sh: accounts.txt) and then:
--   10 %  POST /api/v1/sessions   a cross-training session for today (JSON, bearer token)
--   40 %  GET  /api/v1/advice     the account's advice (bearer token)
--   30 %  GET  /today             the Today page (the account's session cookie)
--   20 %  GET  /library/...       a library page (library.txt), as a visitor without a sign-in
-- Every request asks for gzip, as browsers and most HTTP clients do. Answers that are not 2xx are
-- errors, counted by kind and status and printed at the end with the summary line.

local common = dofile("scripts/load-test/common.lua")
setup = common.setup

local accounts, library = {}, {}
local kinds = {}

function init(args)
    local dir = args[1] or "target/load-test"
    for _, line in ipairs(common.lines(dir .. "/accounts.txt")) do
        local token, cookie = line:match("^(%S+) (%S+)$")
        table.insert(accounts, { token = token, cookie = cookie })
    end
    library = common.lines(dir .. "/library.txt")
    math.randomseed(os.time() * 1000 + id)
end

local function session_body()
    local minutes = math.random(20, 60)
    return string.format(
        '{"date":"%s","activity":"CYCLE","volume":%d,"unit":"MINUTES","durationMin":%d,'
            .. '"rpe":%d,"painDuring":%d,"painAfter":%d,"surface":"road"}',
        os.date("!%Y-%m-%d"), minutes, minutes, math.random(2, 5), math.random(0, 2), math.random(0, 2))
end

-- wrk does not say which request an answer belongs to, so each request carries its kind in its
-- X-Request-Id, which the application sends back (system.logging.RequestIdFilter).
local sent = 0
local function headers(kind, more)
    sent = sent + 1
    more["X-Request-Id"] = string.format("load-%s-%d-%d", kind, id, sent)
    more["Accept-Encoding"] = "gzip"
    return more
end

function request()
    local account = accounts[math.random(#accounts)]
    local roll = math.random(100)
    if roll <= 10 then
        return wrk.format("POST", "/api/v1/sessions", headers("session", {
            ["Authorization"] = "Bearer " .. account.token,
            ["Content-Type"] = "application/json",
            ["Accept"] = "application/json",
        }), session_body())
    elseif roll <= 50 then
        return wrk.format("GET", "/api/v1/advice", headers("advice", {
            ["Authorization"] = "Bearer " .. account.token,
            ["Accept"] = "application/json",
        }))
    elseif roll <= 80 then
        return wrk.format("GET", "/today", headers("today", {
            ["Cookie"] = "RELOAD_SESSION=" .. account.cookie,
            ["Accept"] = "text/html",
        }))
    else
        return wrk.format("GET", library[math.random(#library)], headers("library", {
            ["Accept"] = "text/html",
        }))
    end
end

function response(status, headers, body)
    local echoed = headers["X-Request-Id"] or headers["x-request-id"] or ""
    common.count(echoed:match("^load%-(%a+)%-") or "unknown", status)
end

done = common.done
