"""SelfLearningDatabase, social, expression and psychological data."""
from __future__ import annotations

import botstore._social_expression as social_part


async def test_profiles_preferences_and_relations(db, unique):
    group = f"g{unique}"
    user = f"u{unique}"
    assert await db.load_user_profile(user) is None
    assert await db.save_user_profile(user, {"qq_name": "Ann", "nicknames": ["A"], "topic_preferences": {"tea": 1}}) \
        is True
    assert await db.save_user_profile(user, {"communication_style": {"tone": "warm"}}) is True
    profile = await db.load_user_profile(user)
    assert profile["qq_name"] == "Ann" and profile["communication_style"] == {"tone": "warm"}
    assert await db.load_user_preferences(user, group) is None
    assert await db.save_user_preferences(user, group, {"favorite_topics": ["tea"], "adaptive_rate": 0.7}) is True
    assert (await db.load_user_preferences(user, group))["favorite_topics"] == ["tea"]

    assert await db.save_social_relation(group, {"from_user": user, "to_user": "b", "relation_type": "friend",
                                                 "strength": 0.8, "frequency": 1}) is True
    assert await db.save_social_relation(group, {"from_user": user, "to_user": "b", "relation_type": "friend",
                                                 "strength": 0.4, "frequency": 1}) is True
    relations = await db.get_social_relations_by_group(group)
    assert len(relations) == 1, "one relation per (from_user, to_user, relation_type)"
    assert set(relations[0]) >= {"from_user", "to_user", "relation_type", "strength", "frequency"}
    assert await db.get_social_relationships(group) == relations
    assert await db.load_social_graph(group) == relations
    mine = await db.get_user_social_relations(group, user)
    assert mine["user_id"] == user and mine["group_id"] == group and len(mine["relations"]) == 1


async def test_expression_patterns_style_profiles_and_language_styles(db, unique, monkeypatch):
    group = f"g{unique}"
    assert await db.load_style_profile(f"p{unique}") is None
    assert await db.save_style_profile(f"p{unique}", {"formality_level": 0.2, "creativity_score": 0.8}) is True
    assert await db.save_style_profile(f"p{unique}", {"formality_level": 0.3}) is True
    profile = await db.load_style_profile(f"p{unique}")
    assert profile["formality_level"] == 0.3 and profile["creativity_score"] == 0.8
    assert await db.save_style_learning_record({"style_type": "casual", "learned_patterns": ["x"],
                                                "confidence_score": 0.5, "sample_count": 3}) is True
    assert await db.save_language_style_pattern(f"l{unique}", {"example_phrases": ["hiya"]}) is True
    assert await db.save_language_style_pattern(f"l{unique}", {"context_type": "greeting"}) is True

    # patterns have no manager writer: the rows API or the expression resource writes them
    for weight in (1, 3):
        await db._db._send("POST", "/expression/patterns", {"group_id": group, "situation": "greeting",
                                                            "expression": f"hi{weight}", "weight": weight})
    patterns = await db.get_group_expression_patterns(group)
    assert [p["expression"] for p in patterns] == ["hi3", "hi1"]
    assert len(await db.get_group_expression_patterns(group, limit=1, persona_id="default")) == 1
    assert len(await db.get_recent_week_expression_patterns(group, limit=50, hours=168)) == 2
    assert isinstance(await db.get_recent_week_expression_patterns(), list)
    monkeypatch.setattr(social_part, "_PAGE", 1)  # every pattern its own page
    grouped = await db.get_all_expression_patterns()
    assert sorted(p["expression"] for p in grouped[group]) == ["hi1", "hi3"]
    statistics = await db.get_expression_patterns_statistics()
    assert statistics["total_patterns"] >= 2 and statistics["groups_with_patterns"] >= 1


async def test_emotion_profiles(db, unique):
    group = f"g{unique}"
    assert await db.load_emotion_profile("u", group) is None
    assert await db.save_emotion_profile("u", group, {"dominant_emotions": {"joy": 0.8}, "empathy_level": 0.7}) is True
    profile = await db.load_emotion_profile("u", group)
    assert profile["dominant_emotions"] == {"joy": 0.8} and profile["empathy_level"] == 0.7
    assert profile["user_id"] == "u" and profile["group_id"] == group
