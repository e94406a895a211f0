"""Messages, memories and affection: the original's MessageFacade and AffectionFacade methods.

Why it exists: one part of ``SelfLearningDatabase`` per group of facades keeps each file small;
the methods map the original's calls onto ``/api/v1/messages`` and ``/api/v1/affection``.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._manager_base import ManagerBase, body_of, guarded, seg

_PAGE = 1000
_RAW_FIELDS = ("sender_id", "sender_name", "sender_qq", "message", "group_id", "timestamp", "platform",
               "message_id", "reply_to")
_GLOBAL_ZERO = {"total_messages": 0, "raw_messages": 0, "filtered_messages": 0, "bot_messages": 0}


class MessagesPart(ManagerBase):
    """The manager methods of the original's AffectionFacade and MessageFacade."""

    # --- affection ---------------------------------------------------------------------------------

    @guarded(None)
    async def get_user_affection(self, group_id: str, user_id: str) -> Optional[Dict[str, Any]]:
        """The user's affection row in the group, or ``None``."""
        return await self._find(f"/affection/groups/{seg(group_id)}/users/{seg(user_id)}")

    @guarded(False)
    async def update_user_affection(self, group_id: str, user_id: str, new_level: int, change_reason: str = '',
                                    bot_mood: str = '') -> bool:
        """Sets the level (clamped by the server to ``[0, max]``); ``True``."""
        return await self._done("PUT", f"/affection/groups/{seg(group_id)}/users/{seg(user_id)}",
                                {"new_level": new_level, "change_reason": change_reason, "bot_mood": bot_mood})

    @guarded([])
    async def get_all_user_affections(self, group_id: str) -> List[Dict[str, Any]]:
        """Every user's affection row in the group, all pages."""
        return await self._page(f"/affection/groups/{seg(group_id)}/users", {}, None, 10000)

    @guarded(0)
    async def get_total_affection(self, group_id: str) -> int:
        """The sum of the group's affection levels."""
        return int((await self._get(f"/affection/groups/{seg(group_id)}/total"))["total_affection"])

    @guarded(False)
    async def save_bot_mood(self, group_id: str, mood_type: str, mood_intensity: float, mood_description: str,
                            duration_hours: int = 24) -> bool:
        """Starts a new mood now, ending the current one; ``True``."""
        return await self._done("POST", f"/affection/groups/{seg(group_id)}/moods", {
            "mood_type": mood_type, "mood_intensity": mood_intensity, "mood_description": mood_description,
            "duration_hours": duration_hours})

    @guarded(None)
    async def get_current_bot_mood(self, group_id: str) -> Optional[Dict[str, Any]]:
        """The mood in force now, or ``None``."""
        return await self._find(f"/affection/groups/{seg(group_id)}/moods/current")

    # --- raw, filtered and bot messages ------------------------------------------------------------

    @guarded(0)
    async def save_raw_message(self, message_data) -> int:
        """Stores a raw message (a dict or an object with the same attributes); its id."""
        return await self._id("/messages", body_of(message_data, _RAW_FIELDS))

    @guarded(0)
    async def save_manual_memory(self, group_id: str, user_id: str, content: str, memory_type: str = 'manual_remember',
                                 importance: int = 9) -> int:
        """Keeps a memory about a user; its id."""
        return await self._id("/messages/memories", {"group_id": group_id, "user_id": user_id, "content": content,
                                                     "memory_type": memory_type, "importance": importance})

    @guarded([])
    async def get_recent_raw_messages(self, group_id: str, limit: int = 200) -> List[Dict[str, Any]]:
        """The group's latest raw messages, newest first."""
        return await self._page("/messages", {"group_id": group_id}, limit, _PAGE)

    @guarded([])
    async def get_unprocessed_messages(self, limit: Optional[int] = None,
                                       group_id: Optional[str] = None) -> List[Dict[str, Any]]:
        """Raw messages not yet processed, oldest first; all of them when ``limit`` is ``None``."""
        return await self._page("/messages/unprocessed", {"group_id": group_id}, limit, _PAGE)

    @guarded(False)
    async def mark_messages_processed(self, message_ids: List[int]) -> bool:
        """Marks the messages processed (in requests of 10,000 ids); ``True``."""
        ids = list(message_ids)
        for start in range(0, len(ids), 10000):
            await self._send("POST", "/messages/processed", {"message_ids": ids[start:start + 10000]})
        return True

    @guarded([])
    async def get_messages_by_timerange(self, group_id: str, start_time: int, end_time: int,
                                        limit: int = 500) -> List[Dict[str, Any]]:
        """The group's raw messages with ``start_time <= timestamp <= end_time``, oldest first."""
        return await self.get_messages_by_group_and_timerange(group_id, start_time, end_time, limit)

    @guarded([])
    async def get_messages_by_group_and_timerange(self, group_id: str, start_time: int, end_time: int,
                                                  limit: int = 500) -> List[Dict[str, Any]]:
        """As ``get_messages_by_timerange``."""
        return await self._page("/messages/timerange",
                                {"group_id": group_id, "start_time": start_time, "end_time": end_time}, limit, _PAGE)

    @guarded([])
    async def get_messages_for_replay(self, group_id: str, days: int = 30, limit: int = 100) -> List[Dict[str, Any]]:
        """Processed messages of the last ``days``, newest first."""
        return await self._page("/messages/replay", {"group_id": group_id, "days": days}, limit, _PAGE)

    @guarded([])
    async def get_recent_filtered_messages(self, group_id: str, limit: int = 20) -> List[Dict[str, Any]]:
        """The group's latest filtered messages."""
        return await self._page("/messages/filtered", {"group_id": group_id}, limit, _PAGE)

    @guarded([])
    async def get_filtered_messages_for_learning(self, limit: int = 20) -> List[Dict[str, Any]]:
        """Filtered messages not yet learned from, oldest first."""
        return await self._page("/messages/filtered/learning", {}, limit, _PAGE)

    @guarded(0)
    async def add_filtered_message(self, filtered_data: Dict[str, Any]) -> int:
        """Stores a message that passed the filter; its id."""
        return await self._id("/messages/filtered", dict(filtered_data))

    @guarded(False)
    async def save_bot_message(self, group_id: str, message: str, timestamp: int = None) -> bool:
        """Stores a reply the bot sent; ``True``."""
        return await self._done("POST", "/messages/bot", {"group_id": group_id, "message": message,
                                                          "timestamp": timestamp})

    @guarded([])
    async def get_recent_bot_responses(self, group_id: str, limit: int = 10) -> List[str]:
        """The texts of the group's latest bot replies."""
        return await self._page("/messages/bot", {"group_id": group_id}, limit, _PAGE)

    @guarded(_GLOBAL_ZERO)
    async def get_message_statistics(self, group_id: str = None) -> Dict[str, Any]:
        """The counts of one group, or of every group without ``group_id``."""
        return await self._get("/messages/statistics", {"group_id": group_id})

    @guarded(_GLOBAL_ZERO)
    async def get_messages_statistics(self) -> Dict[str, Any]:
        """``{total_messages, raw_messages, filtered_messages, bot_messages}`` over every group."""
        return await self._get("/messages/statistics")

    @guarded({})
    async def get_group_messages_statistics(self, group_id: str) -> Dict[str, Any]:
        """``{total_messages, unprocessed_messages, filtered_messages, raw_messages, group_id}``."""
        return await self._get("/messages/statistics", {"group_id": group_id})

    @guarded({})
    async def get_group_user_statistics(self, group_id: str) -> Dict[str, Dict[str, Any]]:
        """``{sender_id: {message_count, sender_name}}``, most messages first (at most 1000 senders)."""
        return await self._get("/messages/statistics/users", {"group_id": group_id, "limit": _PAGE})

    @guarded([])
    async def get_groups_for_social_analysis(self) -> List[Dict[str, Any]]:
        """Every group with its message, member and relation counts."""
        return await self._page("/messages/statistics/groups", {}, None, _PAGE)
