#!/usr/bin/env bash
# The batch-ingest benchmark (issue 14): what Botstore's message counters (botstore_message_counts
# and its bst_tr_* triggers) cost the batch ingest. WRITERS writers each insert BATCHES batches of
# 1,000 raw messages into one group, a transaction a batch, through the server's own insert,
# without the triggers and with them, alternately for ROUNDS rounds. Prints one Markdown row
# (median rows/s of each mode). The database is dropped after.
#
#   bench/ingest/run.sh [postgresql|mysql|sqlite] [WRITERS=4] [BATCHES=10] [ROUNDS=3]
#
# Needs the local servers the tests use (PostgreSQL 127.0.0.1:5432 user postgres; MariaDB
# 127.0.0.1:3306 root), Maven and a JDK; installs nothing. MAVEN_ARGS may carry
# -Dmaven.repo.local=... for the reactor build that comes first.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -pl persistence -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/ingest.classpath -Dmdep.includeScope=test
cp="persistence/target/test-classes:persistence/target/classes:api/target/classes:$(cat persistence/target/ingest.classpath)"
java -cp "$cp" dev.botstore.persistence.bench.IngestBench "${1:-postgresql}" "${2:-4}" "${3:-10}" "${4:-3}"
