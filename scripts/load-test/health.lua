-- /actuator/health (README.md here), for wrk, to set the mix against the cheapest answer there is:
--   wrk -t2 -c16 -d60s --latency -s scripts/load-test/health.lua http://127.0.0.1:8080
-- Non-2xx answers are errors.

local common = dofile("scripts/load-test/common.lua")
setup = common.setup

function request()
    return wrk.format("GET", "/actuator/health", { ["Accept"] = "application/json" })
end

function response(status, headers, body)
    common.count("health", status)
end

done = common.done
