#!/usr/bin/env python3
"""The benchmark's data work that bash does badly: free ports, seeding over HTTP with keep-alive,
the batch body and its SQL twin, pgbench's latency percentiles and the final table. Called by
run.sh, one subcommand a step; standard library only, so python3 is the only need."""

import base64
import glob
import http.client
import json
import socket
import sys
import urllib.parse

# The messages of one ingest batch, identical in Botstore's JSON body and pgbench's INSERT.
MESSAGE = "benchmark message {i}: the quick brown fox jumps over the lazy dog"
TIMESTAMP = 1760000000


def free_port():
    """A TCP port nobody listens on now, so parallel runs (and other servers) do not collide."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])


def post_json(connection, path, body, headers=None):
    connection.request("POST", path, json.dumps(body), {"Content-Type": "application/json", **(headers or {})})
    response = connection.getresponse()
    answer = response.read()
    if not 200 <= response.status < 300:
        sys.exit(f"POST {path} answered {response.status}: {answer[:300]!r}")
    return json.loads(answer)


def seed_kv(url, token, chat, keys, value_bytes):
    """Writes k000000… into one scope of the store through its batch endpoint (100 operations a call)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port)
    value = "v" * int(value_bytes)
    names = [f"k{i:06d}" for i in range(int(keys))]
    for start in range(0, len(names), 100):
        operations = [{"op": "set", "key": k, "value": value} for k in names[start:start + 100]]
        post_json(connection, f"{parts.path}/_batch?chat_key={chat}", {"operations": operations},
                  {"Authorization": f"Bearer {token}"})


def seed_etcd(url, keys, value_bytes):
    """Writes the same keys and value size into etcd, 100 puts a transaction."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port)
    value = base64.b64encode(b"v" * int(value_bytes)).decode()
    names = [f"k{i:06d}" for i in range(int(keys))]
    for start in range(0, len(names), 100):
        puts = [{"requestPut": {"key": base64.b64encode(k.encode()).decode(), "value": value}}
                for k in names[start:start + 100]]
        post_json(connection, "/v3/kv/txn", {"success": puts})
    check = post_json(connection, "/v3/kv/range", {"key": base64.b64encode(names[-1].encode()).decode()})
    if check.get("count") != "1":
        sys.exit(f"etcd does not return the key it was given: {check}")


def messages(count, groups):
    for i in range(int(count)):
        yield {"sender_id": f"u{i % 50}", "sender_name": f"user {i % 50}", "message": MESSAGE.format(i=i),
               "group_id": f"g{i % int(groups)}", "timestamp": TIMESTAMP + i, "platform": "bench"}


def batch_body(path, count, groups):
    """The body of POST /api/v1/messages/batch."""
    with open(path, "w") as out:
        json.dump({"messages": list(messages(count, groups))}, out)


def ingest_sql(path, count, groups):
    """pgbench's twin of the batch: one multi-row INSERT … RETURNING id of the same messages, with
    the columns Botstore's RawMessageInserts writes."""
    rows = [f"('{m['sender_id']}', '{m['sender_name']}', NULL, '{m['message']}', '{m['group_id']}', {m['timestamp']},"
            f" '{m['platform']}', NULL, NULL, extract(epoch from now())::bigint, false)"
            for m in messages(count, groups)]
    with open(path, "w") as out:
        out.write("-- written by bench.py ingest-sql: the messages of bench/wrk/batch.lua's body as one statement\n")
        out.write("INSERT INTO raw_messages (sender_id, sender_name, sender_qq, message, group_id, timestamp, platform,"
                  " message_id, reply_to, created_at, processed) VALUES\n")
        out.write(",\n".join(rows))
        out.write("\nRETURNING id;\n")


def pgbench_latency(prefix):
    """p50 and p99 in ms from pgbench's per-transaction logs (-l): the third field is microseconds."""
    latencies = sorted(int(line.split()[2]) for name in glob.glob(prefix + "*") for line in open(name))
    if not latencies:
        sys.exit(f"no pgbench transaction log under {prefix}")

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] / 1000

    print(f"{percentile(50):.3f} {percentile(99):.3f}")


def table(path):
    """One row per operation: Botstore beside etcd and pgbench, with the ratios of the rates.
    Input lines: operation, system (botstore|etcd|pgbench), rate, p50 ms, p99 ms, the server's CPU
    ms per request as text (- for pgbench), tab-separated."""
    rows = {}
    for line in open(path):
        op, system, rate, p50, p99, cpu = line.rstrip("\n").split("\t")
        rows.setdefault(op, {})[system] = (float(rate), float(p50), float(p99), cpu)

    def rate(row, system):
        return f"{row[system][0]:,.0f}" if system in row else "–"

    def ms(value):
        return f"{value:.2f}" if value < 10 else f"{value:.0f}"

    def lat(row, system):
        return f"{ms(row[system][1])} / {ms(row[system][2])}" if system in row else "–"

    def ratio(row, system):
        if system not in row or "botstore" not in row:
            return "–"
        value = row["botstore"][0] / row[system][0]
        return f"{value:.3f}×" if value < 0.1 else f"{value:.2f}×"

    def cpu(row, system):
        return row[system][3] if system in row else "–"

    header = ["operation", "Botstore rate", "p50 / p99 ms", "etcd rate", "etcd p50 / p99 ms", "pgbench rate",
              "pgbench p50 / p99 ms", "Botstore/etcd", "Botstore/PostgreSQL",
              "CPU ms/request: Botstore + its PostgreSQL", "etcd"]
    lines = [[op, rate(r, "botstore"), lat(r, "botstore"), rate(r, "etcd"), lat(r, "etcd"), rate(r, "pgbench"),
              lat(r, "pgbench"), ratio(r, "etcd"), ratio(r, "pgbench"), cpu(r, "botstore"), cpu(r, "etcd")]
             for op, r in rows.items()]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for line in lines:
        print("| " + " | ".join(line) + " |")


COMMANDS = {"free-port": free_port, "seed-kv": seed_kv, "seed-etcd": seed_etcd, "batch-body": batch_body,
            "ingest-sql": ingest_sql, "pgbench-latency": pgbench_latency, "table": table}

if __name__ == "__main__":
    COMMANDS[sys.argv[1]](*sys.argv[2:])
