"""SelfLearningDatabase, jargon and persona backups."""
from __future__ import annotations


async def test_jargon_learning_lookup_edit_search_and_removal(db, unique):
    chat = f"c{unique}"
    assert await db.get_jargon(chat, "yyds") is None
    inserted = await db.insert_jargon({"chat_id": chat, "content": "yyds", "raw_content": ["yyds!"],
                                       "meaning": "the greatest", "count": 1})
    assert isinstance(inserted, int)
    assert await db.insert_jargon({"chat_id": chat, "content": "yyds"}) == inserted
    entry = await db.get_jargon(chat, "yyds")
    assert entry["id"] == inserted and entry["meaning"] == "the greatest"
    assert await db.update_jargon({"id": inserted, "chat_id": chat, "meaning": "GOAT", "is_jargon": True,
                                   "count": 4}) is True
    assert await db.update_jargon({"id": 10**9, "meaning": "x"}) is False
    assert (await db.get_jargon_by_id(inserted))["meaning"] == "GOAT"
    upserted = await db.save_or_update_jargon(chat, "awsl", {"meaning": "so cute", "count": 2, "is_jargon": True})
    assert isinstance(upserted, int) and upserted != inserted
    assert await db.save_or_update_jargon(chat, "awsl", {"count": 3}) == upserted
    assert (await db.get_jargon_by_id(upserted))["count"] == 3

    confirmed = await db.get_recent_jargon_list(chat_id=chat, only_confirmed=True)
    assert {j["content"] for j in confirmed} == {"yyds", "awsl"}
    assert await db.get_recent_jargon_list(group_id=chat, limit=50, offset=0) == []
    assert await db.get_jargon_count(chat_id=chat, only_confirmed=True) == 2
    assert await db.get_jargon_count(chat_id=chat) == 0
    assert [j["content"] for j in await db.search_jargon("YY", chat_id=chat)] == ["yyds"]
    statistics = await db.get_jargon_statistics(chat)
    assert statistics["total_candidates"] == 2 and statistics["confirmed_jargon"] == 2
    assert chat in [g["chat_id"] for g in await db.get_jargon_groups()]

    assert await db.set_jargon_global(inserted, True) is True
    assert await db.set_jargon_global(10**9, True) is False
    assert inserted in [j["id"] for j in await db.get_global_jargon_list(limit=500)]
    other = f"o{unique}"
    assert await db.sync_global_jargon_to_group(other) >= 1
    assert await db.sync_global_jargon_to_group(other) == 0
    assert (await db.get_jargon(other, "yyds"))["chat_id"] == other
    assert await db.delete_jargon_by_id(inserted) is True
    assert await db.delete_jargon_by_id(inserted) is False
    assert await db.get_jargon_by_id(inserted) is None


async def test_persona_backups_with_the_originals_argument_orders(db, unique):
    group = f"g{unique}"
    data = {"backup_name": "before", "persona_config": {"prompt": "be kind"}, "backup_reason": "update"}
    assert await db.backup_persona(group, data) is True
    assert data["group_id"] == group  # the original fills in the caller's dict
    assert await db.backup_persona(group, {"backup_name": "second"}) is True
    backups = await db.get_persona_backups(group, limit=10, include_content=False)
    assert [b["backup_name"] for b in backups] == ["second", "before"]
    assert "persona_config" not in backups[1]
    with_content = await db.get_persona_backups(group_id=group, include_content=True)
    assert with_content[1]["persona_config"] == {"prompt": "be kind"}
    assert len(await db.get_persona_backups(1)) == 1  # the legacy form: an int is the limit
    backup_id = backups[1]["id"]
    assert (await db.get_persona_backup(backup_id, group))["backup_name"] == "before"
    assert await db.get_persona_backup(backup_id, f"other{unique}") is None
    restored = await db.restore_persona_backup(group, backup_id)
    assert restored["persona_config"] == {"prompt": "be kind"}
    assert (await db.restore_persona_backup(backup_id))["id"] == backup_id
    assert await db.restore_persona_backup(group, 10**9) is None
    assert await db.delete_persona_backup(backup_id, group) is True
    assert await db.delete_persona_backup(backup_id) is False
    await db.add_persona_learning_review(group_id=group, proposed_content="p")
    history = await db.get_persona_update_history(group, limit=50)
    assert len(history) == 1 and set(history[0]) >= {"id", "timestamp", "group_id", "update_type", "status"}
