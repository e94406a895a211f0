"""``db.rows(table)`` over the rows API (issue 17); skipped while the server has no rows API."""
from __future__ import annotations

import asyncio

import httpx
import pytest

import botstore

from conftest import server_url


@pytest.fixture
async def rows_api(db):
    probe = await db._db._connection.request("GET", "/api/v1/tables/raw_messages/rows",
                                             params={"limit": 1}, ok=(404, 405))
    if probe.status_code in (404, 405):
        pytest.skip(f"{server_url()} has no rows API yet (/api/v1/tables answered {probe.status_code})")
    return db


async def test_rows_insert_filter_order_update_delete_and_upsert(rows_api, unique):
    group = f"g{unique}"
    table = rows_api.rows("raw_messages")
    first = await table.insert({"sender_id": "1", "message": "a", "group_id": group, "timestamp": 100,
                                "created_at": 100, "processed": False})
    await table.insert_many([{"sender_id": "2", "message": "b", "group_id": group, "timestamp": 200,
                              "created_at": 200, "processed": False},
                             {"sender_id": "3", "message": "c", "group_id": group, "timestamp": 300,
                              "created_at": 300, "processed": False}])
    newest_first = await table.list(group_id=group, order="-timestamp")
    assert [r["message"] for r in newest_first] == ["c", "b", "a"]
    assert [r["message"] for r in await table.list(group_id=group, timestamp__gte=200, order="timestamp")] \
        == ["b", "c"]
    paged = [r async for r in table.iter(group_id=group, order="timestamp", page_size=1)]
    assert [r["message"] for r in paged] == ["a", "b", "c"]
    assert (await table.update(first["id"], {"message": "A"}))["message"] == "A"
    assert (await table.get(first["id"]))["message"] == "A"
    assert await table.delete(first["id"]) is True
    assert await table.delete(first["id"]) is False
    assert await table.get(first["id"]) is None
    assert await table.update(first["id"], {"message": "x"}) is None

    sessions = rows_api.rows("learning_sessions")
    session = {"session_id": f"s{unique}", "group_id": group, "start_time": 1.0, "status": "active"}
    await sessions.upsert(session, on_conflict="session_id")
    await sessions.upsert({**session, "status": "completed"}, on_conflict="session_id")
    stored = await sessions.list(session_id=f"s{unique}")
    assert [s["status"] for s in stored] == ["completed"]


def test_the_rows_helper_sends_the_described_query_shape():
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"items": [{"id": 1}], "next_cursor": None})

    async def run():
        db = botstore.SelfLearningDatabase("http://x.test", transport=httpx.MockTransport(handle))
        rows = await db.rows("jargon").list(chat_id="c", count__gte=2, order="-count", limit=5)
        await db.stop()
        return rows

    assert asyncio.run(run()) == [{"id": 1}]
    params = dict(seen[0].url.params)
    assert seen[0].url.path == "/api/v1/tables/jargon/rows"
    assert params == {"chat_id": "c", "count.gte": "2", "order": "-count", "limit": "5"}
