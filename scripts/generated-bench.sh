#!/bin/bash
# Usage: bench.sh BASE_URL TOKENS_CSV ACCOUNT_NUMBER...
# For each account: 10 warm-up requests, then 50 timed ones of GET /api/v1/advice (its derived token)
# and of GET /today (signed in with the generated password); prints median, p90, max in ms.
base=$1; tokens=$2; shift 2
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, p90 %.1f ms, max %.1f ms\n", a[int((NR+1)/2)]*1000, a[int(NR*0.9)]*1000, a[NR]*1000}'; }
for n in "$@"; do
  line=$(grep "^$n," "$tokens"); email=$(echo "$line" | cut -d, -f2); token=$(echo "$line" | cut -d, -f3)
  jar=$(mktemp); curl -s -c "$jar" -b "$jar" "$base/login" -o /tmp/login.$$.html
  csrf=$(grep -o 'name="_csrf"[^>]*' /tmp/login.$$.html | grep -o 'value="[^"]*"' | sed 's/value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=$email" --data-urlencode "password=generated-knee-load" --data-urlencode "_csrf=$csrf" "$base/login"
  for i in $(seq 10); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/advice"; curl -s -o /dev/null -b "$jar" "$base/today"; done
  echo "account $n advice: $(for i in $(seq 50); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base/api/v1/advice"; done | stats)"
  echo "account $n today:  $(for i in $(seq 50); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base/today"; done | stats)"
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/today"); echo "  (today answers $code)"
  rm -f "$jar" /tmp/login.$$.html
done
