#!/usr/bin/env bash
# The load test (README.md here; docs/benchmarks.md, "Load test"), run from the repository's root:
#   scripts/load-test/run.sh
# Builds the jar, starts it on PostgreSQL with the loadtest profile and JFR on, waits until it is
# ready, prepares the accounts (prepare.sh), warms up with the mix, then measures the mix (mix.lua),
# the bare endpoint (row.lua) and /actuator/health (health.lua) with wrk --latency, one after the
# other, and reads the application's CPU time (/proc/<pid>/stat) and the machine's (/proc/stat)
# around each phase. Writes target/load-test/: summary.txt, <phase>.txt (wrk's output), app.log,
# mix.jfr (the whole run; hot-methods.py reads the mix's window of it, phases.txt),
# hot-methods.txt, server-times.txt (the application's own time per route during the mix).
# PostgreSQL, wrk and the application share the machine's cores: every figure includes that.
#
# Settings (environment): DB (reload_gen), DURATION (300 s of mix), CONNECTIONS (16), THREADS (2,
# wrk's), WARMUP (30 s), BARE_DURATION (60 s each for the bare endpoint and health), ACCOUNTS (300),
# PORT (8080), SKIP_BUILD=1 (use the jar in target/), KEEP_LOGGED=1 (keep the sessions the mix
# logged; by default they are deleted after the run so the database stays as generated),
# JAVA_OPTS (more JVM options).
set -euo pipefail

DB=${DB:-reload_gen}
DURATION=${DURATION:-300}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-30}
BARE_DURATION=${BARE_DURATION:-60}
ACCOUNTS=${ACCOUNTS:-300}
PORT=${PORT:-8080}
OUT=target/load-test
BASE_URL=http://127.0.0.1:$PORT
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
HERE=scripts/load-test
export DB PGHOST PGUSER ACCOUNTS OUT BASE_URL

[ -f pom.xml ] && [ -d "$HERE" ] || { echo "run.sh: run it from the repository's root" >&2; exit 1; }
if curl -s -o /dev/null "$BASE_URL/"; then
    echo "run.sh: something already answers on $BASE_URL" >&2
    exit 1
fi
if [ "${SKIP_BUILD:-}" != 1 ]; then
    ./mvnw -B -q -o -DskipTests package
fi
jar=$(ls target/reload-*.jar | grep -v -- '-plain' | head -1)
rm -rf "$OUT"
mkdir -p "$OUT"

psql=(psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -X -q -A -t)
before_sessions=$("${psql[@]}" -c "SELECT COALESCE(MAX(id), 0) FROM activity_session")

{
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 " GB memory" }'), $(uname -sr)"
    echo "load before the run: $(uptime | sed 's/.*load average/load average/')"
    echo "java: $(java -version 2>&1 | sed -n 2p)"
    echo "postgresql: $("${psql[@]}" -c 'SHOW server_version'), database $DB: $("${psql[@]}" -c 'SELECT count(*) FROM account') accounts, $("${psql[@]}" -c "SELECT pg_size_pretty(pg_database_size('$DB'))")"
    echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $THREADS threads, $CONNECTIONS connections"
    echo "jar: $jar"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

# the application, with JFR from the start and a scrape token of its own for its metrics
scrape=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
RELOAD_METRICS_SCRAPE_TOKEN=$scrape \
    java -XX:StartFlightRecording=filename=$OUT/mix.jfr,settings=profile \
         -XX:FlightRecorderOptions=stackdepth=256 ${JAVA_OPTS:-} \
         -jar "$jar" --spring.profiles.active=loadtest --server.port="$PORT" \
         > "$OUT/app.log" 2>&1 &
app=$!
stop_app() {
    if kill -0 "$app" 2>/dev/null; then
        kill -TERM "$app"
        wait "$app" || true
    fi
}
trap stop_app EXIT

echo "run.sh: application $app starting on $DB"
for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health/readiness")" = 200 ]; then
        break
    fi
    kill -0 "$app" 2>/dev/null || { echo "run.sh: the application stopped; see $OUT/app.log" >&2; exit 1; }
    sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health/readiness")" = 200 ] \
    || { echo "run.sh: not ready after 240 s; see $OUT/app.log" >&2; exit 1; }

"$HERE/prepare.sh"

ticks=$(getconf CLK_TCK)
# the application's CPU time (user + system) in ms; the machine's busy CPU time in ms
app_cpu() { awk -v t="$ticks" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / t }' "/proc/$app/stat"; }
machine_cpu() { awk -v t="$ticks" '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / t }' /proc/stat; }
now_ms() { date +%s%3N; }
metrics() {
    curl -s -H "Authorization: Bearer $scrape" "$BASE_URL/actuator/prometheus" \
        | grep -E '^(http_server_requests_seconds_(count|sum)|reload_advice_snapshots_total)\{' || true
}

# one phase: wrk with a script for a duration; its CPU figures in <phase>.cpu
phase() {
    local name=$1 script=$2 seconds=$3
    local a0 m0 t0 a1 m1 t1
    a0=$(app_cpu); m0=$(machine_cpu); t0=$(now_ms)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency -s "$HERE/$script" "$BASE_URL" -- "$OUT" \
        > "$OUT/$name.txt"
    a1=$(app_cpu); m1=$(machine_cpu); t1=$(now_ms)
    echo "$name start_ms=$t0 end_ms=$t1 app_cpu_ms=$(echo "$a1 - $a0" | bc) machine_cpu_ms=$(echo "$m1 - $m0" | bc)" \
        >> "$OUT/phases.txt"
    echo "run.sh: $name: $(grep '^summary:' "$OUT/$name.txt")"
}

echo "run.sh: warming up with the mix for $WARMUP s"
phase warmup mix.lua "$WARMUP"
metrics > "$OUT/metrics-before.txt"
echo "run.sh: the mix for $DURATION s at $CONNECTIONS connections"
phase mix mix.lua "$DURATION"
metrics > "$OUT/metrics-after.txt"
echo "run.sh: the bare endpoint for $BARE_DURATION s"
phase row row.lua "$BARE_DURATION"
echo "run.sh: /actuator/health for $BARE_DURATION s"
phase health health.lua "$BARE_DURATION"
load_after=$(uptime | sed 's/.*load average/load average/')

stop_app
trap - EXIT
logged=$("${psql[@]}" -c "SELECT count(*) FROM activity_session WHERE id > $before_sessions")
if [ "${KEEP_LOGGED:-}" != 1 ]; then
    "${psql[@]}" -c "DELETE FROM activity_session WHERE id > $before_sessions" > /dev/null
    kept="deleted again"
else
    kept="kept"
fi

# the application's own time per route during the mix (Micrometer's http.server.requests)
python3 - "$OUT/metrics-before.txt" "$OUT/metrics-after.txt" > "$OUT/server-times.txt" <<'PY'
import re, sys
def read(path):
    values = {}
    for line in open(path):
        m = re.match(r'http_server_requests_seconds_(count|sum)\{(.*)\} (\S+)', line)
        if m:
            labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
            key = (labels.get("method"), labels.get("uri"), labels.get("status"))
            values[(m.group(1),) + key] = float(m.group(3))
    return values
before, after = read(sys.argv[1]), read(sys.argv[2])
rows = []
for key, total in after.items():
    if key[0] != "count":
        continue
    n = total - before.get(key, 0)
    if n <= 0:
        continue
    seconds = after[("sum",) + key[1:]] - before.get(("sum",) + key[1:], 0)
    rows.append((seconds, n, key[1:]))
print("%-8s %-42s %-6s %9s %12s %10s" % ("method", "route", "status", "requests", "server s", "mean ms"))
for seconds, n, (method, uri, status) in sorted(rows, reverse=True):
    print("%-8s %-42s %-6s %9d %12.1f %10.2f" % (method, uri, status, n, seconds, 1000 * seconds / n))
def gets(path):
    found = {}
    for line in open(path):
        m = re.match(r'reload_advice_snapshots_total\{(.*)\} (\S+)', line)
        if m:
            labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            found[labels.get("result")] = float(m.group(2))
    return found
before_gets, after_gets = gets(sys.argv[1]), gets(sys.argv[2])
print()
for result, total in sorted(after_gets.items()):
    print("records snapshots %s: %d during the mix" % (result, total - before_gets.get(result, 0)))
if after_gets:
    print("(used: the account's snapshot was of the stored version; stale: it was older; absent: none was kept)")
PY

# the summary
python3 - "$OUT" "$DURATION" "$CONNECTIONS" "$THREADS" "$load_after" "$logged" "$kept" > "$OUT/summary.txt" <<'PY'
import re, sys
out, duration, connections, threads, load_after, logged, kept = sys.argv[1:]
def summary(name):
    line = next(l for l in open(f"{out}/{name}.txt") if l.startswith("summary:"))
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}
def cpu(name):
    line = next(l for l in open(f"{out}/phases.txt") if l.startswith(name + " "))
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}
print(open(f"{out}/machine.txt").read().rstrip())
print(f"load after the run: {load_after}")
print("PostgreSQL, wrk and the application share these cores: every figure below includes that.")
print()
print(f"{'phase':<8} {'seconds':>7} {'requests':>9} {'req/s':>8} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'max ms':>7} {'errors':>6} {'app CPU ms/req':>14} {'machine CPU ms/req':>18}")
results = {}
for name in ("mix", "row", "health"):
    s, c = summary(name), cpu(name)
    results[name] = s
    errors = int(s["errors"] + s["socket_errors"])
    print(f"{name:<8} {s['seconds']:>7.0f} {int(s['requests']):>9} {s['rps']:>8.1f} {s['p50_ms']:>7.2f} {s['p90_ms']:>7.2f} "
          f"{s['p99_ms']:>7.2f} {s['max_ms']:>7.1f} {errors:>6} {c['app_cpu_ms'] / s['requests']:>14.2f} "
          f"{c['machine_cpu_ms'] / s['requests']:>18.2f}")
print()
print(f"mix / bare endpoint (requests/s): {results['mix']['rps'] / results['row']['rps']:.2f}")
print(f"mix / health (requests/s): {results['mix']['rps'] / results['health']['rps']:.2f}")
print(f"mix: {duration} s at {connections} connections ({threads} wrk threads); sessions logged by the mix: {logged} ({kept})")
print()
print("the mix by kind:")
text = open(f"{out}/mix.txt").read()
print(text[text.index("requests by kind:"):text.index("summary:")].rstrip())
PY
cat "$OUT/summary.txt"

echo "run.sh: where the time went (JFR, server threads, the mix's window): $OUT/hot-methods.txt"
mix_window=$(grep '^mix ' "$OUT/phases.txt")
python3 "$HERE/hot-methods.py" "$OUT/mix.jfr" \
    --from-ms "$(echo "$mix_window" | sed 's/.*start_ms=\([0-9]*\).*/\1/')" \
    --to-ms "$(echo "$mix_window" | sed 's/.*end_ms=\([0-9]*\).*/\1/')" > "$OUT/hot-methods.txt"
head -60 "$OUT/hot-methods.txt"
