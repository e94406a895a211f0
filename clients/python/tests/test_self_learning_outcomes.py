"""SelfLearningDatabase, reinforcement, metrics and the export."""
from __future__ import annotations

import time


async def test_reinforcement_results_fusions_and_performance_history(db, unique):
    group = f"g{unique}"
    assert await db.save_reinforcement_learning_result(group, {"replay_analysis": {"a": 1}, "next_action": "go"}) \
        is True
    assert await db.save_persona_fusion_result(group, {"fusion_result": {"traits": ["kind"]},
                                                       "compatibility_score": 0.9}) is True
    assert await db.save_strategy_optimization_result(group, {"strategy_type": "t",
                                                              "performance_metrics": {"m": 1}}) is True
    fusions = await db.get_persona_fusion_history(group, limit=10)
    assert fusions[0]["fusion_result"] == {"traits": ["kind"]} and fusions[0]["compatibility_score"] == 0.9
    for score in (0.5, 0.9):
        await db.save_learning_performance_record(group, {"session_id": f"s{score}", "quality_score": score,
                                                          "timestamp": int(time.time())})
    history = await db.get_learning_history_for_reinforcement(group, limit=50)
    assert len(history) == 2
    assert set(history[0]) >= {"session_id", "timestamp", "quality_score", "learning_time", "success"}
    assert len(await db.get_learning_performance_history(group, limit=1)) == 1
    assert len(await db.get_learning_performance_history(group)) == 2


async def test_metrics_have_the_originals_keys(db, unique):
    group = f"g{unique}"
    await db.save_raw_message({"sender_id": "1", "message": "m", "group_id": group})
    statistics = await db.get_group_statistics(group)
    assert statistics["raw_messages"] == 1
    assert set(statistics) >= {"raw_messages", "filtered_messages", "persona_reviews", "style_reviews"}
    assert isinstance(await db.get_group_statistics(), dict)
    detailed = await db.get_detailed_metrics(group)
    assert detailed["messages"]["raw"] == 1 and "learning" in detailed
    assert isinstance(await db.get_detailed_metrics(), dict)
    trends = await db.get_trends_data()
    assert set(trends) == {"daily_messages", "recent_batches"}


async def test_export_gives_the_originals_message_dicts(db, unique):
    group = f"g{unique}"
    raw = await db.save_raw_message({"sender_id": "1", "message": "exported", "group_id": group, "timestamp": 1700000000})
    await db.add_filtered_message({"raw_message_id": raw, "message": "exported", "group_id": group, "confidence": 0.5})
    exported = await db.export_messages_learning_data(group)
    assert exported["raw_messages"] == [{"id": raw, "sender_id": "1", "message": "exported", "group_id": group,
                                         "timestamp": 1700000000}]
    assert [set(f) for f in exported["filtered_messages"]] == [{"id", "message", "group_id", "confidence",
                                                               "timestamp"}]
    everything = await db.export_messages_learning_data()
    assert raw in [m["id"] for m in everything["raw_messages"]]
