"""SelfLearningDatabase, messages and affection: the original's calls and return shapes."""
from __future__ import annotations

import time
from types import SimpleNamespace

import botstore._messages


async def test_affection_levels_and_the_bots_mood(db, unique):
    group = f"g{unique}"
    assert await db.get_user_affection(group, "42") is None
    assert await db.update_user_affection(group, "42", 75, change_reason="greeting", bot_mood="happy") is True
    assert await db.update_user_affection(group, "43", 500) is True
    affection = await db.get_user_affection(group, "42")
    assert affection["affection_level"] == 75 and affection["user_id"] == "42"
    assert [a["user_id"] for a in await db.get_all_user_affections(group)] == ["42", "43"]
    assert await db.get_total_affection(group) == 175
    assert await db.get_total_affection(f"none{unique}") == 0
    assert await db.get_current_bot_mood(group) is None
    assert await db.save_bot_mood(group, "happy", 0.8, "sunny day", duration_hours=1) is True
    mood = await db.get_current_bot_mood(group)
    assert mood["mood_type"] == "happy" and mood["mood_intensity"] == 0.8


async def test_raw_messages_from_dicts_and_objects_then_listed_marked_and_replayed(db, unique):
    group = f"g{unique}"
    now = int(time.time())
    first = await db.save_raw_message({"sender_id": "1", "sender_name": "Ann", "message": "hello", "group_id": group,
                                       "timestamp": now - 100, "platform": "qq"})
    second = await db.save_raw_message(SimpleNamespace(sender_id="2", sender_name="Bob", message="hi there",
                                                       group_id=group, timestamp=now - 50, platform="qq"))
    assert isinstance(first, int) and second > first
    recent = await db.get_recent_raw_messages(group, limit=200)
    assert [m["id"] for m in recent] == [second, first]
    assert {"sender_id", "message", "group_id", "timestamp"} <= recent[0].keys()
    unprocessed = await db.get_unprocessed_messages(group_id=group)
    assert [m["id"] for m in unprocessed] == [first, second]
    assert [m["id"] for m in await db.get_unprocessed_messages(1, group)] == [first]
    between = await db.get_messages_by_timerange(group, now - 100, now - 60)
    assert [m["id"] for m in between] == [first]
    assert len(await db.get_messages_by_group_and_timerange(group, now - 200, now, limit=500)) == 2
    assert await db.get_messages_for_replay(group) == []
    assert await db.mark_messages_processed([first, second]) is True
    replay = await db.get_messages_for_replay(group, days=30, limit=100)
    assert [m["message_id"] for m in replay] == [second, first]
    assert await db.get_unprocessed_messages(group_id=group) == []


async def test_a_limit_above_the_servers_page_is_fetched_page_by_page(db, unique, monkeypatch):
    monkeypatch.setattr(botstore._messages, "_PAGE", 2)
    group = f"g{unique}"
    ids = [await db.save_raw_message({"sender_id": str(i), "message": f"m{i}", "group_id": group}) for i in range(5)]
    assert sorted(m["id"] for m in await db.get_recent_raw_messages(group, limit=200)) == ids
    assert len(await db.get_recent_raw_messages(group, limit=3)) == 3
    assert [m["id"] for m in await db.get_unprocessed_messages(group_id=group)] == ids


async def test_filtered_messages_bot_messages_and_memories(db, unique):
    group = f"g{unique}"
    raw = await db.save_raw_message({"sender_id": "1", "message": "good one", "group_id": group})
    filtered = await db.add_filtered_message({"raw_message_id": raw, "message": "good one", "sender_id": "1",
                                              "group_id": group, "confidence": 0.9,
                                              "quality_scores": {"clarity": 0.8}, "filter_reason": "ok"})
    assert isinstance(filtered, int)
    recent = await db.get_recent_filtered_messages(group, limit=20)
    assert recent[0]["id"] == filtered and recent[0]["quality_scores"] == {"clarity": 0.8}
    learning = await db.get_filtered_messages_for_learning(limit=1000)
    assert filtered in [m["id"] for m in learning]
    assert await db.save_bot_message(group, "first reply") is True
    assert await db.save_bot_message(group, "second reply", timestamp=int(time.time()) + 5) is True
    assert await db.get_recent_bot_responses(group, limit=10) == ["second reply", "first reply"]
    memory = await db.save_manual_memory(group, "1", "likes tea")
    assert isinstance(memory, int) and memory > 0
    assert await db.save_manual_memory(group, "1", "a fact", memory_type="fact", importance=3) > memory


async def test_message_statistics_have_the_originals_keys(db, unique):
    group = f"g{unique}"
    await db.save_raw_message({"sender_id": "1", "sender_name": "Ann", "message": "a", "group_id": group})
    await db.save_raw_message({"sender_id": "1", "sender_name": "Ann", "message": "b", "group_id": group})
    await db.save_raw_message({"sender_id": "2", "message": "c", "group_id": group})
    one = await db.get_message_statistics(group)
    assert one["group_id"] == group and one["total_messages"] == 3 and one["unprocessed_messages"] == 3
    assert set(await db.get_group_messages_statistics(group)) == {"total_messages", "unprocessed_messages",
                                                                  "filtered_messages", "raw_messages", "group_id"}
    everything = await db.get_message_statistics()
    assert set(everything) == {"total_messages", "raw_messages", "filtered_messages", "bot_messages"}
    assert set(await db.get_messages_statistics()) == set(everything)
    users = await db.get_group_user_statistics(group)
    assert users == {"1": {"message_count": 2, "sender_name": "Ann"}, "2": {"message_count": 1, "sender_name": "2"}}
    groups = await db.get_groups_for_social_analysis()
    mine = [g for g in groups if g["group_id"] == group][0]
    assert mine["message_count"] == 3 and mine["member_count"] == 2
