-- The bare Spring MVC endpoint of the loadtest profile (README.md here), for wrk:
--   wrk -t2 -c16 -d60s --latency -s scripts/load-test/row.lua http://127.0.0.1:8080 -- target/load-test
-- GET /loadtest/row?id=N for an id picked at random from every account id (prepare.sh:
-- row-ids.txt), as a visitor, asking for gzip as the mix does. Non-2xx answers are errors.

local common = dofile("scripts/load-test/common.lua")
setup = common.setup

local ids = {}

function init(args)
    ids = common.lines((args[1] or "target/load-test") .. "/row-ids.txt")
    math.randomseed(os.time() * 1000 + id)
end

function request()
    return wrk.format("GET", "/loadtest/row?id=" .. ids[math.random(#ids)], {
        ["Accept"] = "application/json",
        ["Accept-Encoding"] = "gzip",
    })
end

function response(status, headers, body)
    common.count("row", status)
end

done = common.done
