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


async def test_rows_insert_filter_order_page_update_delete_and_upsert(rows_api, unique):
    group = f"g{unique}"
    table = rows_api.rows("raw_messages")
    first = await table.insert({"sender_id": "1", "message": "a", "group_id": group, "timestamp": 100,
                                "created_at": 100})
    more = await table.insert_many([{"sender_id": "2", "message": "b", "group_id": group, "timestamp": 200,
                                     "created_at": 200},
                                    {"sender_id": "3", "message": "c", "group_id": group, "timestamp": 300,
                                     "created_at": 300}])
    assert len(more) == 2 and first not in more
    assert [r["message"] for r in await table.list(group_id=group, order="-id")] == ["c", "b", "a"]
    assert [r["message"] for r in await table.list(group_id=group, timestamp__gte=200)] == ["b", "c"]
    assert await table.count(group_id=group) == 3
    paged = [r async for r in table.iter(group_id=group, page_size=1)]
    assert [r["message"] for r in paged] == ["a", "b", "c"]
    assert (await table.update(first, {"message": "A"}))["message"] == "A"
    assert (await table.get(first))["message"] == "A"
    assert await table.delete(first) is True
    assert await table.delete(first) is False
    assert await table.get(first) is None
    assert await table.update(first, {"message": "x"}) is None

    batches = rows_api.rows("learning_batches")
    batch = {"batch_id": f"b{unique}", "batch_name": "first", "group_id": group, "start_time": 1700000000,
             "message_count": 3}
    key = "ix_learning_batches_batch_id"
    batch_id = await batches.upsert(batch, on_conflict=key)
    assert await batches.upsert({**batch, "batch_name": "second"}, on_conflict=key) == batch_id
    stored = await batches.get(batch_id)
    assert stored["batch_name"] == "second" and stored["message_count"] == 3
    assert batch_id in [b["id"] for b in await db_batches(rows_api, group)]


async def db_batches(db, group):
    """The manager sees what the rows API wrote."""
    return await db.get_learning_batch_history(group)


def test_the_rows_helper_sends_the_described_query_shape():
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"rows": [{"id": 1}]})

    async def run():
        db = botstore.SelfLearningDatabase("http://x.test", transport=httpx.MockTransport(handle))
        rows = await db.rows("jargon").list(chat_id="c", count__gte=2, order="-count", limit=5)
        await db.stop()
        return rows

    assert asyncio.run(run()) == [{"id": 1}]
    params = dict(seen[0].url.params)
    assert seen[0].url.path == "/api/v1/tables/jargon/rows"
    assert params == {"chat_id": "c", "count.gte": "2", "order": "-count", "limit": "5"}
