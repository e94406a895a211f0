"""The connection rules, without a server: keys and URL, retries of a 503, errors and swallow_errors."""
from __future__ import annotations

import httpx
import pytest

import botstore


def recording(*answers: httpx.Response):
    """A transport that answers in turn (the last answer repeats) and keeps the requests."""
    requests: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return answers[min(len(requests), len(answers)) - 1]

    return httpx.MockTransport(handle), requests


@pytest.fixture
def slept(monkeypatch) -> list[float]:
    """The waits between retries, recorded instead of slept."""
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("botstore._http.asyncio.sleep", sleep)
    return waits


def problem(status: int, detail: str, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"status": status, "title": "t", "detail": detail},
                          headers={"Content-Type": "application/problem+json", **headers})


async def test_url_and_key_come_from_the_environment_and_the_key_is_sent_as_a_bearer_token(monkeypatch):
    monkeypatch.setenv("BOTSTORE_URL", "http://botstore.test:1234/")
    monkeypatch.setenv("BOTSTORE_KEY", "k-123")
    transport, requests = recording(httpx.Response(200, json={"group_id": "g", "total_affection": 7, "users": 1}))
    db = botstore.SelfLearningDatabase(transport=transport)
    assert await db.get_total_affection("g") == 7
    assert str(requests[0].url) == "http://botstore.test:1234/api/v1/affection/groups/g/total"
    assert requests[0].headers["Authorization"] == "Bearer k-123"
    await db.stop()


async def test_the_constructors_url_and_key_win_over_the_environment(monkeypatch):
    monkeypatch.setenv("BOTSTORE_URL", "http://wrong.test")
    monkeypatch.setenv("BOTSTORE_KEY", "wrong")
    transport, requests = recording(httpx.Response(404, json={"detail": "none"}))
    store = botstore.PluginStore("alice.weather", "http://right.test", "right", transport=transport)
    assert await store.get(store_key="k") is None
    assert requests[0].url.host == "right.test" and requests[0].headers["Authorization"] == "Bearer right"
    await store.close()


async def test_no_key_sends_no_authorization_header(monkeypatch):
    monkeypatch.delenv("BOTSTORE_KEY", raising=False)
    transport, requests = recording(httpx.Response(404, json={}))
    store = botstore.PluginStore("alice.weather", "http://x.test", transport=transport)
    await store.get(store_key="k")
    assert "Authorization" not in requests[0].headers
    await store.close()


async def test_one_connection_serves_every_call_with_the_timeout_given():
    transport, requests = recording(httpx.Response(200, json=[]))
    db = botstore.SelfLearningDatabase("http://x.test", timeout=5.0, transport=transport)
    await db.get_jargon_groups()
    client = db._connection._client
    await db.get_jargon_groups()
    assert db._connection._client is client and client.timeout.read == 5.0
    await db.stop()


async def test_a_503_is_retried_after_its_retry_after_until_the_server_answers(slept):
    transport, requests = recording(problem(503, "starting", **{"Retry-After": "2"}), problem(503, "starting"),
                                    httpx.Response(200, json={"count": 4}))
    db = botstore.SelfLearningDatabase("http://x.test", transport=transport)
    assert await db.get_jargon_count() == 4
    assert len(requests) == 3 and slept == [2.0, 1.0]
    await db.stop()


async def test_retries_of_a_503_are_bounded_in_number_and_in_wait(slept):
    transport, requests = recording(problem(503, "database not ready", **{"Retry-After": "600"}))
    db = botstore.SelfLearningDatabase("http://x.test", max_retries=3, max_backoff=10, transport=transport)
    with pytest.raises(botstore.BotstoreError) as failed:
        await db.get_jargon_count()
    assert failed.value.status == 503 and failed.value.detail == "database not ready"
    assert len(requests) == 4 and slept == [10, 10, 10]
    await db.stop()


async def test_an_error_raises_with_the_problems_detail_and_swallow_errors_gives_the_originals_default():
    transport, _ = recording(problem(400, "limit must be at most 1000"))
    strict = botstore.SelfLearningDatabase("http://x.test", transport=transport)
    with pytest.raises(botstore.BotstoreError) as failed:
        await strict.get_recent_raw_messages("g")
    assert failed.value.status == 400 and failed.value.detail == "limit must be at most 1000"
    lenient = botstore.SelfLearningDatabase("http://x.test", swallow_errors=True, transport=transport)
    assert await lenient.get_recent_raw_messages("g") == []
    assert await lenient.get_total_affection("g") == 0
    assert await lenient.get_user_affection("g", "u") is None
    assert await lenient.update_user_affection("g", "u", 5) is False
    assert await lenient.get_messages_statistics() == {"total_messages": 0, "raw_messages": 0,
                                                       "filtered_messages": 0, "bot_messages": 0}
    assert await lenient.clear_messages_data() == {"success": False, "deleted": 0}
    await strict.stop()
    await lenient.stop()


async def test_an_unreachable_server_is_a_botstore_error_with_status_0():
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    db = botstore.SelfLearningDatabase("http://x.test", transport=httpx.MockTransport(refuse))
    with pytest.raises(botstore.BotstoreError) as failed:
        await db.start()
    assert failed.value.status == 0 and db.is_ready is False
    assert await botstore.SelfLearningDatabase("http://x.test", swallow_errors=True,
                                               transport=httpx.MockTransport(refuse)).start() is False


def test_the_blocking_database_returns_plain_values():
    transport, _ = recording(httpx.Response(200, json={"group_id": "g", "total_affection": 3, "users": 1}))
    with botstore.sync_database("http://x.test", transport=transport) as db:
        assert db.get_total_affection("g") == 3
