"""Jargon and persona backups: the original's JargonFacade and PersonaFacade methods.

Why it exists: one part of ``SelfLearningDatabase`` per group of facades; these map onto
``/api/v1/jargon`` and ``/api/v1/persona``.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from ._manager_base import ManagerBase, guarded, seg

_PAGE = 500
_ENTRIES = "/jargon/entries"
_PATCHABLE = ("content", "raw_content", "meaning", "is_jargon", "count", "last_inference_count", "is_complete",
              "is_global", "updated_at")
_JARGON_ZERO = {"total_candidates": 0, "confirmed_jargon": 0, "completed_inference": 0, "total_occurrences": 0,
                "average_count": 0, "active_groups": 0}


class JargonPersonaPart(ManagerBase):
    """The manager methods of the original's JargonFacade and PersonaFacade."""

    # --- jargon --------------------------------------------------------------------------------------

    @guarded(None)
    async def get_jargon(self, chat_id: str, content: str) -> Optional[Dict[str, Any]]:
        """The chat's entry for exactly this content, or ``None``."""
        return await self._find(f"{_ENTRIES}/lookup", {"chat_id": chat_id, "content": content})

    @guarded(None)
    async def insert_jargon(self, jargon_data: Dict[str, Any]) -> Optional[int]:
        """Adds an entry (or finds the chat's existing one for the content); its id."""
        return int((await self._send("POST", _ENTRIES, dict(jargon_data))).json()["id"])

    @guarded(False)
    async def update_jargon(self, jargon_data: Dict[str, Any]) -> bool:
        """Changes the fields of entry ``jargon_data['id']`` that it carries; ``False`` when absent."""
        body = {name: value for name, value in jargon_data.items() if name in _PATCHABLE}
        return await self._done("PATCH", f"{_ENTRIES}/{seg(jargon_data['id'])}", body)

    @guarded(_JARGON_ZERO)
    async def get_jargon_statistics(self, group_id: str = None) -> Dict[str, Any]:
        """Counts over one chat, or all chats."""
        return await self._get("/jargon/statistics", {"group_id": group_id})

    @guarded([])
    async def get_recent_jargon_list(self, group_id: str = None, chat_id: str = None, limit: int = 50,
                                     offset: int = 0, only_confirmed: bool = False, pending_only: bool = False,
                                     global_only: bool = False, local_only: bool = False) -> List[Dict[str, Any]]:
        """Entries, newest first; ``only_confirmed=False`` means unconfirmed ones, as in the original."""
        return await self._page(_ENTRIES, {
            "group_id": group_id, "chat_id": chat_id, "only_confirmed": only_confirmed, "pending_only": pending_only,
            "global_only": global_only, "local_only": local_only}, limit, _PAGE, offset)

    @guarded(0)
    async def get_jargon_count(self, chat_id: str = None, only_confirmed: bool = False, pending_only: bool = False,
                               global_only: bool = False, local_only: bool = False) -> int:
        """How many entries the list with the same filters has."""
        return int((await self._get(f"{_ENTRIES}/count", {
            "chat_id": chat_id, "only_confirmed": only_confirmed, "pending_only": pending_only,
            "global_only": global_only, "local_only": local_only}))["count"])

    @guarded([])
    async def search_jargon(self, keyword: str, chat_id: str = None, confirmed_only: bool = False,
                            pending_only: bool = False, global_only: bool = False, local_only: bool = False,
                            limit: int = 50) -> List[Dict[str, Any]]:
        """Entries whose content contains ``keyword`` (literally, any case), highest count first."""
        return await self._get(f"{_ENTRIES}/search", {
            "keyword": keyword, "chat_id": chat_id, "confirmed_only": confirmed_only, "pending_only": pending_only,
            "global_only": global_only, "local_only": local_only, "limit": min(limit, _PAGE)})

    @guarded(None)
    async def get_jargon_by_id(self, jargon_id: int) -> Optional[Dict[str, Any]]:
        """The entry, or ``None``."""
        return await self._find(f"{_ENTRIES}/{seg(jargon_id)}")

    @guarded(False)
    async def delete_jargon_by_id(self, jargon_id: int) -> bool:
        """``True`` when deleted, ``False`` when there was none."""
        return await self._done("DELETE", f"{_ENTRIES}/{seg(jargon_id)}")

    @guarded(False)
    async def set_jargon_global(self, jargon_id: int, is_global: bool) -> bool:
        """Shares the entry with every chat (or stops sharing it); ``False`` when absent."""
        return await self._done("PUT", f"{_ENTRIES}/{seg(jargon_id)}/global", {"is_global": bool(is_global)})

    @guarded(0)
    async def sync_global_jargon_to_group(self, target_chat_id: str) -> int:
        """Copies the confirmed global terms the chat lacks into it; how many were added."""
        response = await self._send("POST", f"/jargon/groups/{seg(target_chat_id)}/global-sync")
        return int(response.json()["added"])

    @guarded(None)
    async def save_or_update_jargon(self, chat_id: str, content: str, jargon_data: Dict[str, Any]) -> Optional[int]:
        """The learning upsert on (chat_id, content); the entry's id."""
        body = {**jargon_data, "chat_id": chat_id, "content": content}
        return int((await self._send("PUT", "/jargon/terms", body)).json()["id"])

    @guarded([])
    async def get_global_jargon_list(self, limit: int = 100) -> List[Dict[str, Any]]:
        """Global entries of every chat."""
        return await self._get("/jargon/global", {"limit": min(limit, _PAGE)})

    @guarded([])
    async def get_jargon_groups(self) -> List[Dict[str, Any]]:
        """The chats that have jargon, most entries first."""
        return await self._get("/jargon/groups")

    # --- persona backups -----------------------------------------------------------------------------

    @guarded(False)
    async def backup_persona(self, group_id: str, backup_data: Dict[str, Any]) -> bool:
        """Keeps a backup (``backup_data`` gets ``group_id`` when it lacks one, as in the original)."""
        backup_data.setdefault("group_id", group_id)
        return await self._done("POST", "/persona/backups", dict(backup_data))

    @guarded([])
    async def get_persona_backups(self, group_id: str = None, limit: int = 10,
                                  include_content: bool = False) -> List[Dict[str, Any]]:
        """Backups, newest first; the legacy call ``get_persona_backups(5)`` means five of every group."""
        if isinstance(group_id, int) and limit == 10:
            group_id, limit = None, group_id
        return await self._page("/persona/backups", {"group_id": group_id, "include_content": include_content},
                                limit, 1000)

    @guarded(None)
    async def restore_persona_backup(self, group_id: Union[str, int],
                                     backup_id: int = None) -> Optional[Dict[str, Any]]:
        """The backup with its content, for the caller to apply; ``restore_persona_backup(7)`` is backup 7."""
        scope: Optional[Union[str, int]] = group_id
        if backup_id is None:
            scope, backup_id = None, int(group_id)
        response = await self._send("POST", f"/persona/backups/{int(backup_id)}/restore",
                                    params={"group_id": scope}, ok=(404,))
        return None if response.status_code == 404 else response.json()

    @guarded(None)
    async def get_persona_backup(self, backup_id: int, group_id: str = None) -> Optional[Dict[str, Any]]:
        """The backup, or ``None`` (also when it is another group's)."""
        return await self._find(f"/persona/backups/{seg(backup_id)}", {"group_id": group_id})

    @guarded(False)
    async def delete_persona_backup(self, backup_id: int, group_id: str = None) -> bool:
        """``True`` when deleted, ``False`` when there was none."""
        return await self._done("DELETE", f"/persona/backups/{seg(backup_id)}", params={"group_id": group_id})

    @guarded([])
    async def get_persona_update_history(self, group_id: str = None, limit: int = 50) -> List[Dict[str, Any]]:
        """Persona updates of any status, newest first."""
        return await self._page("/persona/updates", {"group_id": group_id}, limit, 1000)
