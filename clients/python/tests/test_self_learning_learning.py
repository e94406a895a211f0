"""SelfLearningDatabase, learning: persona and style reviews, snapshots, batches, sessions, statistics."""
from __future__ import annotations

import time


async def test_persona_reviews_from_keywords_and_from_dicts_go_pending_approved_and_back(db, unique):
    group = f"g{unique}"
    by_keywords = await db.add_persona_learning_review(group_id=group, proposed_content="be kind",
                                                       learning_source="style", confidence_score=0.7,
                                                       raw_analysis="because", metadata={"k": 1},
                                                       original_content="old", new_content="new")
    by_dict = await db.add_persona_learning_review({"group_id": group, "update_type": "manual",
                                                    "proposed_content": "be brief"})
    record = await db.save_persona_update_record({"group_id": group, "update_type": "record",
                                                  "original_content": "a", "new_content": "b", "reason": "r"})
    assert isinstance(by_keywords, int) and by_dict > by_keywords and record > by_dict
    review = await db.get_persona_learning_review_by_id(by_keywords)
    assert review["group_id"] == group and review["status"] == "pending" and review["metadata"] == {"k": 1}
    assert (await db.get_persona_update_record_by_id(record))["id"] == record
    assert await db.get_persona_update_record_by_id(10**9) is None
    pending = [r["id"] for r in await db.get_pending_persona_update_records()]
    assert {by_keywords, by_dict, record} <= set(pending)
    assert by_keywords in [r["id"] for r in await db.get_pending_persona_learning_reviews(limit=500, offset=0)]
    assert await db.count_pending_persona_updates() >= 3

    assert await db.update_persona_learning_review_status(by_keywords, "approved", comment="fine",
                                                          modified_content="be very kind", group_id=group) is True
    assert await db.update_persona_update_record_status(record, "rejected", comment="no", group_id=group) is True
    assert await db.update_persona_update_record_status(10**9, "approved") is False
    approved = await db.get_persona_learning_review_by_id(by_keywords)
    assert approved["status"] == "approved" and approved["proposed_content"] == "be very kind"
    reviewed = [r["id"] for r in await db.get_reviewed_persona_update_records(limit=500, offset=0)]
    assert {by_keywords, record} <= set(reviewed)
    assert record in [r["id"] for r in await db.get_reviewed_persona_learning_updates(500, 0, "rejected")]
    assert by_keywords not in [r["id"] for r in await db.get_reviewed_persona_learning_updates(500, 0, "rejected")]
    assert await db.update_persona_learning_review_metadata(by_keywords, {"change_snapshot": {"x": 1}}) is True
    assert (await db.get_persona_learning_review_by_id(by_keywords))["metadata"]["change_snapshot"] == {"x": 1}
    assert await db.update_persona_learning_review_metadata(10**9, {"a": 1}) is False

    assert await db.delete_persona_learning_review_by_id(by_dict) is True
    assert await db.delete_persona_learning_review_by_id(by_dict) is False
    assert await db.delete_persona_update_record(record) is True
    assert await db.delete_persona_update_record(record) is False


async def test_persona_change_snapshots_are_found_by_review(db, unique):
    review = f"r{unique}"
    snapshot = await db.save_persona_change_snapshot({"review_id": review, "review_source": "persona_learning",
                                                      "before_system_prompt": "a", "after_system_prompt": "b"})
    assert isinstance(snapshot, int)
    found = await db.get_persona_change_snapshot("persona_learning", review)
    assert found["id"] == snapshot and found["after_system_prompt"] == "b"
    assert await db.get_persona_change_snapshot("persona_learning", f"none{unique}") is None


async def test_style_reviews_and_approved_few_shots(db, unique):
    group = f"g{unique}"
    first = await db.create_style_learning_review({"group_id": group, "type": "style_learning",
                                                   "learned_patterns": [{"p": 1}], "few_shots_content": "A: hi\nB: yo",
                                                   "description": "d"})
    second = await db.create_style_learning_review({"group_id": group, "few_shots_content": "A: x\nB: y"})
    assert isinstance(first, int) and second > first
    assert {first, second} <= {r["id"] for r in await db.get_pending_style_reviews(limit=500, offset=0)}
    assert await db.update_style_review_status(first, "approved", reviewer_comment="good", group_id=group) is True
    assert await db.update_style_review_status(10**9, "approved") is False
    assert await db.get_approved_few_shots(group, limit=3) == ["A: hi\nB: yo"]
    assert first in [r["id"] for r in await db.get_reviewed_style_learning_updates(limit=500, offset=0)]
    assert first in [r["id"] for r in await db.get_reviewed_style_learning_updates(500, 0, "approved")]
    assert await db.update_style_review_metadata(second, {"note": "n"}) is True
    assert await db.update_style_review_metadata(10**9, {"note": "n"}) is False
    statistics = await db.get_style_learning_statistics()
    assert set(statistics) >= {"total_reviews", "pending_reviews", "approved_reviews"}
    assert await db.delete_style_review_by_id(second) is True
    assert await db.delete_style_review_by_id(second) is False


async def test_sessions_performance_batches_and_learning_statistics(db, unique):
    group = f"g{unique}"
    session = f"s{unique}"
    assert await db.save_learning_session_record(group, {"session_id": session, "start_time": time.time(),
                                                         "message_count": 3, "status": "active"}) is True
    assert await db.save_learning_session_record(group, {"session_id": session, "message_count": 12,
                                                         "learning_quality": 0.9, "status": "completed"}) is True
    sessions = await db.get_learning_sessions(group)
    assert [(s["session_id"], s["message_count"], s["status"]) for s in sessions] == [(session, 12, "completed")]
    assert session in [s["session_id"] for s in await db.get_recent_learning_sessions(days=7)]
    assert await db.save_learning_performance_record(group, {"session_id": session, "quality_score": 0.8,
                                                             "learning_time": 1.5, "success": True,
                                                             "successful_pattern": ["p"]}) is True
    assert isinstance(await db.get_learning_batch_history(group, limit=50), list)
    assert isinstance(await db.get_recent_learning_batches(limit=10), list)
    assert isinstance(await db.count_style_learning_patterns(), int)
    assert await db.count_refined_messages() >= 0
    assert isinstance(await db.get_style_progress_data(group), list)
    assert isinstance(await db.get_style_progress_data(), list)
    assert isinstance(await db.get_learning_patterns_data(group), dict)
