"""Social, expression and psychological data: the original's SocialFacade, ExpressionFacade and
PsychologicalFacade methods.

Why it exists: one part of ``SelfLearningDatabase`` per group of facades; these map onto
``/api/v1/social``, ``/api/v1/expression`` and ``/api/v1/psychological``.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._manager_base import ManagerBase, guarded, seg

_PAGE = 1000


class SocialExpressionPart(ManagerBase):
    """The manager methods of the original's SocialFacade, ExpressionFacade and PsychologicalFacade."""

    # --- social --------------------------------------------------------------------------------------

    @guarded(None)
    async def load_user_profile(self, qq_id: str) -> Optional[Dict[str, Any]]:
        """The user's profile, or ``None``."""
        return await self._find(f"/social/profiles/{seg(qq_id)}")

    @guarded(False)
    async def save_user_profile(self, qq_id: str, profile_data: Dict[str, Any]) -> bool:
        """Creates or updates the profile (fields not sent are kept); ``True``."""
        return await self._done("PUT", f"/social/profiles/{seg(qq_id)}", dict(profile_data))

    @guarded(None)
    async def load_user_preferences(self, user_id: str, group_id: str) -> Optional[Dict[str, Any]]:
        """The user's preferences in the group, or ``None``."""
        return await self._find(f"/social/groups/{seg(group_id)}/users/{seg(user_id)}/preferences")

    @guarded(False)
    async def save_user_preferences(self, user_id: str, group_id: str, prefs: Dict[str, Any]) -> bool:
        """Creates or updates the preferences; ``True``."""
        return await self._done("PUT", f"/social/groups/{seg(group_id)}/users/{seg(user_id)}/preferences", dict(prefs))

    @guarded([])
    async def get_social_relations_by_group(self, group_id: str) -> List[Dict[str, Any]]:
        """Every relation of the group, oldest first, all pages."""
        return await self._page(f"/social/groups/{seg(group_id)}/relations", {}, None, 10000)

    @guarded([])
    async def get_social_relationships(self, group_id: str) -> List[Dict[str, Any]]:
        """As ``get_social_relations_by_group``."""
        return await self.get_social_relations_by_group(group_id)

    @guarded([])
    async def load_social_graph(self, group_id: str) -> List[Dict[str, Any]]:
        """As ``get_social_relations_by_group``."""
        return await self.get_social_relations_by_group(group_id)

    @guarded(False)
    async def save_social_relation(self, group_id: str, relation_data: Dict[str, Any]) -> bool:
        """Adds the relation or merges it into the existing one; ``True``."""
        return await self._done("POST", f"/social/groups/{seg(group_id)}/relations", dict(relation_data))

    @guarded({})
    async def get_user_social_relations(self, group_id: str, user_id: str) -> Dict[str, Any]:
        """``{user_id, group_id, relations}``, whichever side the user is on."""
        return await self._get(f"/social/groups/{seg(group_id)}/users/{seg(user_id)}/relations")

    # --- expression ----------------------------------------------------------------------------------

    @guarded({})
    async def get_all_expression_patterns(self) -> Dict[str, List[Dict[str, Any]]]:
        """``{group_id: [pattern, ...]}`` over every pattern (all pages; no group id is "global")."""
        grouped: Dict[str, List[Dict[str, Any]]] = {}
        offset = 0
        while True:
            page = await self._get("/expression/patterns/grouped", {"limit": _PAGE, "offset": offset})
            count = 0
            for group, patterns in page.items():
                grouped.setdefault(group, []).extend(patterns)
                count += len(patterns)
            offset += count
            if count < _PAGE:
                return grouped

    @guarded({})
    async def get_expression_patterns_statistics(self) -> Dict[str, Any]:
        """``{total_patterns, groups_with_patterns}``."""
        return await self._get("/expression/statistics")

    @guarded([])
    async def get_group_expression_patterns(self, group_id: str, limit: int = None, persona_id: str = 'default',
                                            user_id: str = None) -> List[Dict[str, Any]]:
        """The group's patterns (group-wide, or the user's), heaviest first; all without ``limit``."""
        return await self._page("/expression/patterns", {"group_id": group_id, "persona_id": persona_id,
                                                         "user_id": user_id}, limit, _PAGE)

    @guarded([])
    async def get_recent_week_expression_patterns(self, group_id: str = None, limit: int = 50, hours: int = 168,
                                                  persona_id: str = 'default',
                                                  user_id: str = None) -> List[Dict[str, Any]]:
        """Patterns active in the last ``hours``."""
        return await self._page("/expression/patterns/recent", {
            "group_id": group_id, "hours": hours, "persona_id": persona_id, "user_id": user_id}, limit, _PAGE)

    @guarded(None)
    async def load_style_profile(self, profile_name: str) -> Optional[Dict[str, Any]]:
        """The named style profile, or ``None``."""
        return await self._find(f"/expression/style-profiles/{seg(profile_name)}")

    @guarded(False)
    async def save_style_profile(self, profile_name: str, profile_data: Dict[str, Any]) -> bool:
        """Creates or updates the profile; ``True``."""
        return await self._done("PUT", f"/expression/style-profiles/{seg(profile_name)}", dict(profile_data))

    @guarded(False)
    async def save_style_learning_record(self, record_data: Dict[str, Any]) -> bool:
        """Adds a style-learning record; ``True``."""
        return await self._done("POST", "/expression/style-learning-records", dict(record_data))

    @guarded(False)
    async def save_language_style_pattern(self, language_style: str, pattern_data: Dict[str, Any]) -> bool:
        """Creates or updates the language style, counting one use; ``True``."""
        return await self._done("PUT", f"/expression/language-styles/{seg(language_style)}", dict(pattern_data))

    # --- psychological -------------------------------------------------------------------------------

    @guarded(None)
    async def load_emotion_profile(self, user_id: str, group_id: str) -> Optional[Dict[str, Any]]:
        """The user's emotion profile in the group, or ``None``."""
        return await self._find(f"/psychological/emotion-profiles/{seg(group_id)}/{seg(user_id)}")

    @guarded(False)
    async def save_emotion_profile(self, user_id: str, group_id: str, profile: Dict[str, Any]) -> bool:
        """Creates or updates the emotion profile; ``True``."""
        return await self._done("PUT", f"/psychological/emotion-profiles/{seg(group_id)}/{seg(user_id)}",
                                dict(profile))
