#!/usr/bin/env bash
# The hot-read benchmark of the learning pipeline (issue 14): on a fresh database of the original's
# schema with 1,000,000 raw messages, times each hot read as it was, then lets Botstore's schema
# sync add its own indexes (bst_ix_*) and counters (botstore_message_counts, botstore_raw_message_*) and times the
# reads as the server now issues them. Prints one Markdown table per backend (median of N runs,
# ms, and the ratio). The database is dropped after.
#
#   bench/hot-reads/run.sh [backend ...] [-n rows] [-r repetitions]
#   bench/hot-reads/run.sh                      # postgresql, 1,000,000 rows, 7 runs
#   bench/hot-reads/run.sh postgresql mysql sqlite
#   bench/hot-reads/run.sh -n 100000 sqlite     # smoke: under a minute
#   EXPLAIN=true bench/hot-reads/run.sh ...     # also print each statement's plan
#
# Needs the local servers the tests use (PostgreSQL 127.0.0.1:5432 user postgres; MariaDB
# 127.0.0.1:3306 root; POSTGRESQL_HOST/PORT, MYSQL_HOST/PORT override), Maven and a JDK. Installs
# nothing. Compiles the persistence module through the reactor first.
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=1000000
reps=7
backends=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) rows="$2"; shift 2 ;;
    -r) reps="$2"; shift 2 ;;
    postgresql|mysql|sqlite) backends+=("$1"); shift ;;
    *) echo "unknown argument: $1 (backends: postgresql mysql sqlite; -n rows; -r repetitions)" >&2; exit 2 ;;
  esac
done
[ ${#backends[@]} -gt 0 ] || backends=(postgresql)

for tool in mvn java; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (install Maven and a JDK)" >&2; exit 1; }
done

# The classpath from this checkout's reactor (api and persistence classes first), never from
# artifacts another checkout may have installed into ~/.m2 meanwhile.
mvn -B -q -pl persistence -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/hot-reads.classpath -Dmdep.includeScope=test
cp="persistence/target/test-classes:persistence/target/classes:api/target/classes:$(cat persistence/target/hot-reads.classpath)"
for backend in "${backends[@]}"; do
  java -cp "$cp" -Dhot.reads.explain="${EXPLAIN:-false}" dev.botstore.persistence.bench.HotReadsBench \
    "$backend" "$rows" "$reps"
done
