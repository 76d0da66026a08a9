-- Shared by mix.lua, row.lua and health.lua (README.md here): the threads' error counts, and the
-- one "summary:" line that run.sh reads. Loaded with dofile() relative to the working directory
-- the scripts run from (the repository's root, as run.sh does).

local common = {}
local threads = {}

-- wrk calls setup() once per thread in the main Lua state: keep the threads to read them in done()
function common.setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

-- the lines of a file, without empty ones
function common.lines(path)
    local lines = {}
    local file = assert(io.open(path, "r"), "cannot read " .. path .. ": run prepare.sh first")
    for line in file:lines() do
        if line ~= "" then
            table.insert(lines, line)
        end
    end
    file:close()
    assert(#lines > 0, path .. " is empty")
    return lines
end

-- counts one answer of a kind; anything but 2xx is an error, kept by kind and status
function common.count(kind, status)
    counts = counts or {}
    errors = errors or {}
    counts[kind] = (counts[kind] or 0) + 1
    if status < 200 or status > 299 then
        local key = kind .. " " .. status
        errors[key] = (errors[key] or 0) + 1
    end
end

-- prints the requests and errors of every kind, wrk's own socket errors, and the summary line
function common.done(summary, latency)
    local counts, errors, total_errors = {}, {}, 0
    for _, thread in ipairs(threads) do
        for kind, n in pairs(thread:get("counts") or {}) do
            counts[kind] = (counts[kind] or 0) + n
        end
        for key, n in pairs(thread:get("errors") or {}) do
            errors[key] = (errors[key] or 0) + n
            total_errors = total_errors + n
        end
    end
    local answered = 0
    for _, n in pairs(counts) do answered = answered + n end
    io.write("requests by kind:\n")
    for kind, n in pairs(counts) do
        io.write(string.format("  %-10s %9d  %5.1f %%\n", kind, n, 100 * n / math.max(answered, 1)))
    end
    io.write("errors (non-2xx answers) by kind and status:\n")
    for key, n in pairs(errors) do
        io.write(string.format("  %-14s %9d\n", key, n))
    end
    if total_errors == 0 then io.write("  none\n") end
    local e = summary.errors
    local socket = e.connect + e.read + e.write + e.timeout
    io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
        e.connect, e.read, e.write, e.timeout))
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "summary: requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d socket_errors=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, total_errors, socket))
end

return common
