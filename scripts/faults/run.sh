#!/usr/bin/env bash
# The fault drills of docs/operations.md ("Faults"), run on their own:
#   PostgresDownFault   PostgreSQL stopped and started under load, on a cluster of its own
#                       (pg_createcluster <version> faults -p 5434, trust auth; dropped afterwards
#                       if this run made it). The shared cluster on 5432 is never stopped. Not in
#                       ./mvnw verify: a cluster on a fixed port is not for two builds at once.
#   KillNineFaultTests  kill -9 during an import and during a burst of writes (also in verify;
#                       PostgreSQL on 127.0.0.1:5432, RELOAD_TEST_POSTGRES_URL to point elsewhere).
#   FullDiskFaultTests  reload.imports.dir and the multipart folder on tiny tmpfs mounts (also in
#                       verify).
# PostgresDownFault and FullDiskFaultTests need root (pg_createcluster, mount): without it they are
# skipped with a message, and with CI=true they fail.
# Usage, as root:  scripts/faults/run.sh      (about two minutes; the log in target/faults/run.log)
set -euo pipefail
cd "$(dirname "$0")/../.."

mkdir -p target/faults
status=0
./mvnw -B -o test -Dtest='PostgresDownFault,KillNineFaultTests,FullDiskFaultTests' \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" >target/faults/run.log 2>&1 || status=$?
grep -E '^fault:|Tests run:|FAIL|BUILD' target/faults/run.log || true
exit "$status"
