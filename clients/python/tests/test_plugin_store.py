"""PluginStore against the server: Nekro's calls and return values, then the rest of the plugin API."""
from __future__ import annotations

import asyncio
import io

import pytest

import botstore


async def test_set_get_and_delete_return_exactly_what_nekros_plugin_store_returns(store):
    assert await store.get(store_key="theme") is None
    assert await store.set(store_key="theme", value="dark") == 0
    assert await store.set(store_key="theme", value="light") == 1
    assert await store.get(store_key="theme") == "light"
    assert await store.delete(store_key="theme") == 0
    assert await store.delete(store_key="theme") == 1
    assert await store.get(store_key="theme") is None


async def test_the_four_scopes_keep_their_own_values_under_nekros_keyword_arguments(store):
    await store.set(chat_key="", user_key="", store_key="k", value="plugin")
    await store.set(chat_key="group_1", user_key="", store_key="k", value="chat")
    await store.set(chat_key="", user_key="u7", store_key="k", value="user")
    await store.set(chat_key="group_1", user_key="u7", store_key="k", value="both")
    assert [await store.get(c, u, "k") for c, u in [("", ""), ("group_1", ""), ("", "u7"), ("group_1", "u7")]] \
        == ["plugin", "chat", "user", "both"]


async def test_keys_with_slashes_colons_and_spaces_round_trip(store):
    for key in ["user_prefs:theme", "a/b/c", "with space?%"]:
        assert await store.set(store_key=key, value=key) == 0
        assert await store.get(store_key=key) == key


async def test_compare_and_set_writes_only_over_the_version_read_and_reports_a_conflict(store):
    assert await store.set(store_key="visits", value="1", if_version=0) == 0
    assert await store.set(store_key="visits", value="x", if_version=0) == botstore.CONFLICT
    entry = await store.entry(store_key="visits")
    assert entry["version"] == 1 and entry["value"] == "1"
    assert await store.set(store_key="visits", value="2", if_version=1) == 1
    assert await store.set(store_key="visits", value="3", if_version=1) == botstore.CONFLICT
    assert await store.get(store_key="visits") == "2"
    assert await store.delete(store_key="visits", if_version=1) == botstore.CONFLICT
    assert await store.delete(store_key="visits", if_version=2) == 0


async def test_a_value_with_a_ttl_disappears_when_it_expires(store):
    assert await store.set(store_key="session", value="s", ttl_seconds=1) == 0
    assert (await store.entry(store_key="session"))["expires_at"]
    await asyncio.sleep(2.2)
    assert await store.get(store_key="session") is None


async def test_listing_pages_through_every_key_of_a_scope_in_key_order(store):
    keys = [f"item:{i:03d}" for i in range(25)]
    for key in keys:
        await store.set(chat_key="c", store_key=key, value=key.upper())
    await store.set(chat_key="c", store_key="other", value="-")
    listed = [item async for item in store.items(chat_key="c", prefix="item:", page_size=10)]
    assert [item["key"] for item in listed] == keys
    assert listed[0]["value"] == "ITEM:000"
    assert await store.keys(chat_key="c", prefix="item:") == keys


async def test_a_batch_runs_in_order_and_a_failed_if_match_writes_nothing(store):
    await store.set(user_key="u", store_key="n", value="1")
    results = await store.batch([{"op": "set", "key": "n", "value": "2", "if_match": 1},
                                 {"op": "get", "key": "n"}, {"op": "delete", "key": "absent"}], user_key="u")
    assert [r["status"] for r in results] == [200, 200, 404]
    assert results[1]["value"] == "2"
    with pytest.raises(botstore.BotstoreError) as refused:
        await store.batch([{"op": "set", "key": "m", "value": "x"},
                           {"op": "set", "key": "n", "value": "3", "if_match": 1}], user_key="u")
    assert refused.value.status == 412 and refused.value.detail
    assert await store.get(user_key="u", store_key="m") is None


async def test_a_chat_reset_deletes_every_entry_of_the_chat_and_nothing_else(store):
    await store.set(chat_key="g", store_key="a", value="1")
    await store.set(chat_key="g", user_key="u1", store_key="b", value="2")
    await store.set(chat_key="h", store_key="a", value="3")
    assert await store.reset_chat("g") == 2
    assert await store.get(chat_key="h", store_key="a") == "3"
    await store.set(user_key="u9", store_key="z", value="1")
    assert await store.reset_user("u9") == 1


async def test_an_invalid_key_is_a_botstore_error_with_the_servers_detail(store):
    with pytest.raises(botstore.BotstoreError) as refused:
        await store.set(store_key="x" * 200, value="v")
    assert refused.value.status == 400 and "128" in refused.value.detail


async def test_files_upload_from_bytes_a_path_a_stream_and_an_async_iterator_with_progress(store, tmp_path):
    seen = []
    assert (await store.files.upload("a/bytes.bin", b"0123456789", progress=lambda d, t: seen.append((d, t))))[
        "size"] == 10
    assert seen[-1] == (10, 10)
    local = tmp_path / "local.txt"
    local.write_bytes(b"x" * 200_000)
    assert (await store.files.upload("a/path.txt", local))["size"] == 200_000
    assert (await store.files.upload("a/stream.bin", io.BytesIO(b"stream")))["size"] == 6

    async def chunks():
        yield b"as"
        yield b"ync"

    assert (await store.files.upload("b/iter.bin", chunks()))["size"] == 5
    assert await store.files.download("b/iter.bin") == b"async"


async def test_files_download_to_a_path_as_an_iterator_and_in_ranges(store, tmp_path):
    await store.files.upload("data/blob.bin", bytes(range(256)) * 1000)
    target = tmp_path / "copy.bin"
    assert await store.files.download("data/blob.bin", target) == 256_000
    assert target.read_bytes() == bytes(range(256)) * 1000
    assert b"".join([c async for c in store.files.iter_bytes("data/blob.bin")]) == bytes(range(256)) * 1000
    assert await store.files.download("data/blob.bin", start=10, end=19) == bytes(range(10, 20))
    assert await store.files.download("data/blob.bin", start=255_990) == bytes(range(246, 256))


async def test_files_conditions_info_list_delete_and_clean_up(store):
    first = await store.files.upload("notes.txt", b"v1", if_none_match=True)
    with pytest.raises(botstore.BotstoreError) as refused:
        await store.files.upload("notes.txt", b"v2", if_none_match=True)
    assert refused.value.status == 412
    await store.files.upload("notes.txt", b"v2", if_match=first["etag"])
    info = await store.files.info("notes.txt")
    assert info["size"] == 2 and info["etag"]
    assert await store.files.info("absent.txt") is None
    for i in range(5):
        await store.files.upload(f"temp/{i}.txt", b"t")
    listed = [item async for item in store.files.list("temp/", page_size=2)]
    assert [item["path"] for item in listed] == [f"temp/{i}.txt" for i in range(5)]
    assert {"prefix": "temp/"} in [item async for item in store.files.list(delimiter="/")]
    assert await store.files.delete("temp/0.txt") is True
    assert await store.files.delete("temp/0.txt") is False
    assert await store.files.clean_up("temp/") == {"deleted": 4, "freed_bytes": 4}
    usage = await store.usage()
    assert usage["files"] == 1


def test_the_blocking_wrapper_gives_the_same_answers_without_an_event_loop(unique):
    with botstore.sync_plugin_store(f"pytest.s{unique}") as store:
        assert store.set(store_key="k", value="v") == 0
        assert store.get(store_key="k") == "v"
        assert [item["key"] for item in store.items()] == ["k"]
        store.files.upload("f.txt", b"hi")
        assert store.files.download("f.txt") == b"hi"
        assert store.delete(store_key="k") == 0
        store.uninstall()
