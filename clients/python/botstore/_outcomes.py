"""Reinforcement results, metrics and administration: the original's ReinforcementFacade,
MetricsFacade and AdminFacade methods.

Why it exists: one part of ``SelfLearningDatabase`` per group of facades; these map onto
``/api/v1/reinforcement``, ``/api/v1/metrics`` and ``/api/v1/admin``.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List

from ._manager_base import ManagerBase, guarded

_PAGE = 1000
_CATEGORIES = ("messages", "persona_reviews", "style_learning", "jargon", "learning_history", "memory",
               "knowledge_graph", "runtime_state")
_CLEAR_FAILED = {"success": False, "deleted": 0}
_EXPORT_KEYS = {"raw_messages": ("id", "sender_id", "message", "group_id", "timestamp"),
                "filtered_messages": ("id", "message", "group_id", "confidence", "timestamp")}


class OutcomesPart(ManagerBase):
    """The manager methods of the original's ReinforcementFacade, MetricsFacade and AdminFacade."""

    # --- reinforcement -------------------------------------------------------------------------------

    @guarded([])
    async def get_learning_history_for_reinforcement(self, group_id: str, limit: int = 50) -> List[Dict[str, Any]]:
        """The group's learning performance history, newest first."""
        return await self._page("/reinforcement/performance-history", {"group_id": group_id}, limit, _PAGE)

    @guarded(False)
    async def save_reinforcement_learning_result(self, group_id: str, result_data: Dict[str, Any]) -> bool:
        """Records a reinforcement-learning result; ``True``."""
        return await self._done("POST", "/reinforcement/learning-results", {**result_data, "group_id": group_id})

    @guarded([])
    async def get_persona_fusion_history(self, group_id: str, limit: int = 10) -> List[Dict[str, Any]]:
        """The group's persona fusions, newest first."""
        return await self._page("/reinforcement/persona-fusions", {"group_id": group_id}, limit, _PAGE)

    @guarded(False)
    async def save_persona_fusion_result(self, group_id: str, fusion_data: Dict[str, Any]) -> bool:
        """Records a persona fusion; ``True``."""
        return await self._done("POST", "/reinforcement/persona-fusions", {**fusion_data, "group_id": group_id})

    @guarded([])
    async def get_learning_performance_history(self, group_id: str, limit: int = 30) -> List[Dict[str, Any]]:
        """As ``get_learning_history_for_reinforcement``, 30 by default."""
        return await self._page("/reinforcement/performance-history", {"group_id": group_id}, limit, _PAGE)

    @guarded(False)
    async def save_strategy_optimization_result(self, group_id: str, optimization_data: Dict[str, Any]) -> bool:
        """Records a strategy optimisation; ``True``."""
        return await self._done("POST", "/reinforcement/strategy-optimizations",
                                {**optimization_data, "group_id": group_id})

    # --- metrics -------------------------------------------------------------------------------------

    @guarded({})
    async def get_group_statistics(self, group_id: str = None) -> Dict[str, Any]:
        """Raw, filtered, persona-review and style-review counts."""
        return await self._get("/metrics/statistics", {"group_id": group_id})

    @guarded({})
    async def get_detailed_metrics(self, group_id: str = None) -> Dict[str, Any]:
        """``{messages: {...}, learning: {...}}`` counts."""
        return await self._get("/metrics/detailed", {"group_id": group_id})

    @guarded({"daily_messages": {}, "recent_batches": []})
    async def get_trends_data(self) -> Dict[str, Any]:
        """``{daily_messages, recent_batches}``."""
        return await self._get("/metrics/trends")

    # --- administration ------------------------------------------------------------------------------

    @guarded(False)
    async def clear_all_messages_data(self) -> bool:
        """Deletes the collected messages and what was learned from them; ``True``."""
        return bool((await self._send("DELETE", "/admin/collected-messages")).json()["success"])

    @guarded({"raw_messages": [], "filtered_messages": []})
    async def export_messages_learning_data(self, group_id: str = None) -> Dict[str, Any]:
        """``{raw_messages: [...], filtered_messages: [...]}`` with the original's keys, of one group or all."""
        params = {"group_id": group_id or None, "table": list(_EXPORT_KEYS)}
        exported: Dict[str, Any] = {table: [] for table in _EXPORT_KEYS}
        response = await self._connection.stream("GET", "/api/v1/admin/export", params=params)
        try:
            async for line in response.aiter_lines():
                if line.strip():
                    record = json.loads(line)
                    keys = _EXPORT_KEYS.get(record["table"])
                    if keys:
                        exported[record["table"]].append({key: record["row"].get(key) for key in keys})
        finally:
            await response.aclose()
        return exported

    async def _clear(self, category: str) -> Dict[str, Any]:
        return _summary((await self._send("DELETE", f"/admin/data/{category}")).json())

    @guarded(_CLEAR_FAILED)
    async def clear_messages_data(self) -> Dict[str, Any]:
        """``{success, deleted}``."""
        return await self._clear("messages")

    @guarded(_CLEAR_FAILED)
    async def clear_persona_reviews_data(self) -> Dict[str, Any]:
        """``{success, deleted}``."""
        return await self._clear("persona_reviews")

    @guarded(_CLEAR_FAILED)
    async def clear_style_learning_data(self) -> Dict[str, Any]:
        """``{success, deleted}``."""
        return await self._clear("style_learning")

    @guarded(_CLEAR_FAILED)
    async def clear_jargon_data(self) -> Dict[str, Any]:
        """``{success, deleted}``."""
        return await self._clear("jargon")

    @guarded(_CLEAR_FAILED)
    async def clear_learning_history_data(self) -> Dict[str, Any]:
        """``{success, deleted}``."""
        return await self._clear("learning_history")

    @guarded(_CLEAR_FAILED)
    async def clear_memory_data(self) -> Dict[str, Any]:
        """``{success, deleted}``."""
        return await self._clear("memory")

    @guarded(_CLEAR_FAILED)
    async def clear_knowledge_graph_data(self) -> Dict[str, Any]:
        """``{success, deleted}``."""
        return await self._clear("knowledge_graph")

    @guarded(_CLEAR_FAILED)
    async def clear_runtime_state_data(self) -> Dict[str, Any]:
        """``{success, deleted}``."""
        return await self._clear("runtime_state")

    @guarded({"success": False, "deleted": 0, "details": {}})
    async def clear_all_plugin_data(self) -> Dict[str, Any]:
        """``{success, deleted, details: {category: {success, deleted}}}``."""
        result = (await self._send("DELETE", "/admin/data")).json()
        details = {category: _summary(cleanup) for category, cleanup in result["details"].items()}
        return {"success": bool(result["success"]), "deleted": int(result["deleted"]), "details": details}

    @guarded({category: 0 for category in _CATEGORIES})
    async def get_data_statistics(self) -> Dict[str, int]:
        """The rows of each of the eight clean-up categories."""
        counts = await self._get("/admin/statistics")
        return {category: int(counts[category]) for category in _CATEGORIES}


def _summary(cleanup: Dict[str, Any]) -> Dict[str, Any]:
    """The original's ``{success, deleted}`` of a clean-up the server reports per table."""
    return {"success": bool(cleanup["success"]), "deleted": int(cleanup["deleted"])}
