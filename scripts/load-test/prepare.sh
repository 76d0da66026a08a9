#!/usr/bin/env bash
# Prepares the accounts of the load test (README.md here): picks ACCOUNTS generated accounts spread
# over the database, signs each in through the real login form with curl (GET /login for the CSRF
# token and the first session, POST /login with the email, the password and the token) to keep its
# session cookie for the Today page, derives its API token from the generator's seed and number
# (docs/operations.md, "API tokens"), checks both once (GET /today, GET /api/v1/advice: 200), and
# finds the library pages that answer 200. It writes, for mix.lua and row.lua:
#   $OUT/accounts.txt   one line an account: <API token> <session cookie value>
#   $OUT/library.txt    one library path a line
#   $OUT/row-ids.txt    every account id, for row.lua
# Needs the application running (run.sh starts it) and psql on the database it runs on.
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
DB=${DB:-reload_gen}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
ACCOUNTS=${ACCOUNTS:-300}
SEED=${SEED:-1}
PASSWORD=${PASSWORD:-generated-knee-load}
OUT=${OUT:-target/load-test}
PARALLEL=${PARALLEL:-2}
HERE=$(cd "$(dirname "$0")" && pwd)
LIBRARY=${LIBRARY:-$HERE/../../src/main/resources/library}

mkdir -p "$OUT/cookies"
psql=(psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -X -q -A -t -F ' ')

# every n-th generated account by number, so that the accounts are spread over the database
"${psql[@]}" -c "
  SELECT id, email FROM (
    SELECT id, email, row_number() OVER (ORDER BY email) AS rn, count(*) OVER () AS n
    FROM account WHERE email LIKE 'load-%@generated.reload.example') picked
  WHERE (rn - 1) % GREATEST(n / $ACCOUNTS, 1) = 0 ORDER BY email LIMIT $ACCOUNTS" > "$OUT/picked.txt"
picked=$(wc -l < "$OUT/picked.txt")
if [ "$picked" -lt "$ACCOUNTS" ]; then
    echo "prepare: only $picked generated accounts in $DB, asked for $ACCOUNTS" >&2
    [ "$picked" -gt 0 ] || exit 1
fi
"${psql[@]}" -c "SELECT id FROM account ORDER BY id" > "$OUT/row-ids.txt"

# one account: sign in, check, print "<token> <cookie>"
sign_in() {
    local id=$1 email=$2
    local number=$((10#${email:5:5}))
    local jar="$OUT/cookies/$number.txt"
    local token csrf cookie today advice
    token=$(python3 -c 'import base64, hashlib, sys
digest = hashlib.sha256(("reload-generate:%s:%s" % (sys.argv[1], sys.argv[2])).encode()).digest()
print("rl_" + base64.urlsafe_b64encode(digest).decode().rstrip("="))' "$SEED" "$number")
    rm -f "$jar"
    csrf=$(curl -s -c "$jar" -b "$jar" "$BASE_URL/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
    if [ -z "$csrf" ]; then
        echo "prepare: no CSRF token on /login for $email" >&2
        return 1
    fi
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" \
        --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE_URL/login"
    cookie=$(awk '$6 == "RELOAD_SESSION" { print $7 }' "$jar" | tail -1)
    today=$(curl -s -o /dev/null -w '%{http_code}' -b "RELOAD_SESSION=$cookie" "$BASE_URL/today")
    advice=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE_URL/api/v1/advice")
    if [ "$today" != 200 ] || [ "$advice" != 200 ]; then
        echo "prepare: $email: /today answered $today, /api/v1/advice $advice" >&2
        return 1
    fi
    echo "$token $cookie"
}
export -f sign_in
export BASE_URL OUT SEED PASSWORD

start=$(date +%s)
xargs -P "$PARALLEL" -L 1 bash -c 'sign_in "$0" "$1"' < "$OUT/picked.txt" > "$OUT/accounts.txt"
ready=$(wc -l < "$OUT/accounts.txt")
echo "prepare: $ready of $picked accounts signed in with their API tokens in $(( $(date +%s) - start )) s: $OUT/accounts.txt"
[ "$ready" -eq "$picked" ] || { echo "prepare: some accounts failed (above)" >&2; exit 1; }

# the library's conditions and guides that answer 200 (a draft answers 404)
: > "$OUT/library.txt"
for file in "$LIBRARY"/conditions/*.md "$LIBRARY"/guides/*.md; do
    folder=$(basename "$(dirname "$file")")
    path="/library/$folder/$(basename "$file" .md)"
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL$path")" = 200 ]; then
        echo "$path" >> "$OUT/library.txt"
    fi
done
echo "prepare: $(wc -l < "$OUT/library.txt") library pages: $OUT/library.txt"
