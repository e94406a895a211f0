"""Runs last (pytest takes files in name order): the clean-up methods, which empty every table, and
the check that the suite called every one of the original manager's 118 methods."""
from __future__ import annotations

from pathlib import Path

from conftest import CALLED

CATEGORIES = {"messages", "persona_reviews", "style_learning", "jargon", "learning_history", "memory",
              "knowledge_graph", "runtime_state"}


async def test_the_clean_up_methods_answer_the_originals_shapes(db, unique):
    group = f"g{unique}"
    await db.save_raw_message({"sender_id": "1", "message": "m", "group_id": group})
    counts = await db.get_data_statistics()
    assert set(counts) == CATEGORIES and all(isinstance(v, int) for v in counts.values())
    assert counts["messages"] >= 1
    assert await db.clear_all_messages_data() is True
    for clear in ("clear_messages_data", "clear_persona_reviews_data", "clear_style_learning_data",
                  "clear_jargon_data", "clear_learning_history_data", "clear_memory_data",
                  "clear_knowledge_graph_data", "clear_runtime_state_data"):
        result = await getattr(db, clear)()
        assert set(result) == {"success", "deleted"} and result["success"] is True, clear
    await db.save_raw_message({"sender_id": "1", "message": "m", "group_id": group})
    everything = await db.clear_all_plugin_data()
    assert everything["success"] is True and everything["deleted"] >= 1
    assert set(everything["details"]) == CATEGORIES
    assert (await db.get_data_statistics())["messages"] == 0


def test_every_one_of_the_118_methods_was_called_by_this_suite():
    listed = Path(__file__).parent / "resources" / "upstream-manager-methods.txt"
    methods = {line.split()[1] for line in listed.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    assert len(methods) == 118
    assert sorted(methods - CALLED) == []
