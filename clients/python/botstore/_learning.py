"""Learning: the original's LearningFacade methods (reviews, snapshots, batches, sessions, statistics).

Why it exists: one part of ``SelfLearningDatabase`` per group of facades; these map onto
``/api/v1/learning``. Persona update records and persona learning reviews are one table in the
original, so both families of methods reach the same operations.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._manager_base import ManagerBase, guarded, seg

_PAGE = 500
_PERSONA = "/learning/persona-reviews"
_STYLE = "/learning/style-reviews"


class LearningPart(ManagerBase):
    """The manager methods of the original's LearningFacade."""

    # --- persona reviews ---------------------------------------------------------------------------

    @guarded(0)
    async def add_persona_learning_review(self, review_data: Dict[str, Any] = None, group_id: str = None,
                                          proposed_content: str = None, learning_source: str = '',
                                          confidence_score: float = 0.5, raw_analysis: str = '',
                                          metadata: Dict[str, Any] = None, original_content: str = '',
                                          new_content: str = '') -> int:
        """Adds a pending persona review, from ``review_data`` or from the keyword arguments; its id."""
        if review_data is None:
            review_data = {"group_id": group_id or '', "proposed_content": proposed_content or '',
                           "update_type": learning_source, "confidence_score": confidence_score,
                           "reason": raw_analysis, "metadata": metadata or {}, "original_content": original_content,
                           "new_content": new_content}
        return await self._id(_PERSONA, dict(review_data))

    @guarded(0)
    async def save_persona_update_record(self, record_data: Dict[str, Any]) -> int:
        """Adds a pending persona update record; its id."""
        return await self._id(_PERSONA, dict(record_data))

    @guarded(0)
    async def save_persona_change_snapshot(self, snapshot_data: Dict[str, Any]) -> int:
        """Keeps what applying a review changed; its id."""
        return await self._id("/learning/snapshots", dict(snapshot_data))

    @guarded(None)
    async def get_persona_change_snapshot(self, review_source: str, review_id: str) -> Optional[Dict[str, Any]]:
        """The snapshot applied last for the review, or ``None``."""
        return await self._find("/learning/snapshots/latest", {"review_source": review_source,
                                                               "review_id": str(review_id)})

    @guarded([])
    async def get_pending_persona_update_records(self) -> List[Dict[str, Any]]:
        """Every pending persona review, newest first."""
        return await self._page(_PERSONA, {"status": "pending"}, None, _PAGE)

    @guarded(False)
    async def delete_persona_update_record(self, record_id: int) -> bool:
        """``True`` when deleted, ``False`` when there was none."""
        return await self._done("DELETE", f"{_PERSONA}/{seg(record_id)}")

    @guarded(None)
    async def get_persona_update_record_by_id(self, record_id: int) -> Optional[Dict[str, Any]]:
        """The review, or ``None``."""
        return await self._find(f"{_PERSONA}/{seg(record_id)}")

    @guarded([])
    async def get_reviewed_persona_update_records(self, limit: int = 50, offset: int = 0,
                                                  status_filter: Optional[str] = None) -> List[Dict[str, Any]]:
        """Decided reviews (or those of ``status_filter``), latest decision first."""
        return await self._page(_PERSONA, {"status": status_filter or "reviewed"}, limit, _PAGE, offset)

    @guarded(False)
    async def update_persona_update_record_status(self, record_id: int, status: str, comment: str = None,
                                                  group_id: str = None) -> bool:
        """Approves, rejects or reverts one review; ``False`` when there is no such review."""
        return await self._done("PUT", f"{_PERSONA}/{seg(record_id)}/status",
                                {"status": status, "reviewer_comment": comment, "group_id": group_id})

    @guarded([])
    async def get_pending_persona_learning_reviews(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
        """Pending persona reviews, newest first."""
        return await self._page(_PERSONA, {"status": "pending"}, limit, _PAGE, offset)

    @guarded([])
    async def get_reviewed_persona_learning_updates(self, limit: int = 50, offset: int = 0,
                                                    status_filter: str = None) -> List[Dict[str, Any]]:
        """As ``get_reviewed_persona_update_records``."""
        return await self._page(_PERSONA, {"status": status_filter or "reviewed"}, limit, _PAGE, offset)

    @guarded(False)
    async def delete_persona_learning_review_by_id(self, review_id: int) -> bool:
        """``True`` when deleted, ``False`` when there was none."""
        return await self._done("DELETE", f"{_PERSONA}/{seg(review_id)}")

    @guarded(None)
    async def get_persona_learning_review_by_id(self, review_id: int) -> Optional[Dict[str, Any]]:
        """The review, or ``None``."""
        return await self._find(f"{_PERSONA}/{seg(review_id)}")

    @guarded(False)
    async def update_persona_learning_review_status(self, review_id: int, status: str, comment: str = None,
                                                    modified_content: str = None, group_id: str = None) -> bool:
        """Decides one review (``modified_content`` replaces the proposal); ``False`` when absent."""
        return await self._done("PUT", f"{_PERSONA}/{seg(review_id)}/status", {
            "status": status, "reviewer_comment": comment, "modified_content": modified_content,
            "group_id": group_id})

    @guarded(False)
    async def update_persona_learning_review_metadata(self, review_id: int, metadata_patch: Dict[str, Any]) -> bool:
        """Merges the patch into the review's metadata; ``False`` when absent."""
        return await self._done("PATCH", f"{_PERSONA}/{seg(review_id)}/metadata", dict(metadata_patch))

    # --- style reviews -----------------------------------------------------------------------------

    @guarded(0)
    async def create_style_learning_review(self, review_data: Dict[str, Any]) -> int:
        """Adds a style review; its id."""
        return await self._id(_STYLE, dict(review_data))

    @guarded([])
    async def get_pending_style_reviews(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
        """Pending style reviews, newest first."""
        return await self._page(_STYLE, {"status": "pending"}, limit, _PAGE, offset)

    @guarded([])
    async def get_reviewed_style_learning_updates(self, limit: int = 50, offset: int = 0,
                                                  status_filter: str = None) -> List[Dict[str, Any]]:
        """Decided style reviews (or those of ``status_filter``), latest decision first."""
        return await self._page(_STYLE, {"status": status_filter or "reviewed"}, limit, _PAGE, offset)

    @guarded(False)
    async def update_style_review_status(self, review_id: int, status: str, reviewer_comment: str = '',
                                         group_id: str = None) -> bool:
        """Decides one style review; ``False`` when absent."""
        return await self._done("PUT", f"{_STYLE}/{seg(review_id)}/status",
                                {"status": status, "reviewer_comment": reviewer_comment, "group_id": group_id})

    @guarded(False)
    async def update_style_review_metadata(self, review_id: int, metadata_patch: Dict[str, Any]) -> bool:
        """Merges the patch into the review's metadata; ``False`` when absent."""
        return await self._done("PATCH", f"{_STYLE}/{seg(review_id)}/metadata", dict(metadata_patch))

    @guarded(False)
    async def delete_style_review_by_id(self, review_id: int) -> bool:
        """``True`` when deleted, ``False`` when there was none."""
        return await self._done("DELETE", f"{_STYLE}/{seg(review_id)}")

    @guarded([])
    async def get_approved_few_shots(self, group_id: str, limit: int = 3) -> List[str]:
        """The few-shot texts of the group's approved style reviews, newest first."""
        return await self._get("/learning/few-shots", {"group_id": group_id, "limit": min(limit, _PAGE)})

    # --- batches, sessions, performance --------------------------------------------------------------

    @guarded([])
    async def get_learning_batch_history(self, group_id: str = None, limit: int = 50) -> List[Dict[str, Any]]:
        """Learning batches, newest first, of one group or all."""
        return await self._page("/learning/batches", {"group_id": group_id}, limit, _PAGE)

    @guarded([])
    async def get_recent_learning_batches(self, limit: int = 10) -> List[Dict[str, Any]]:
        """The newest learning batches of all groups."""
        return await self._page("/learning/batches", {}, limit, _PAGE)

    @guarded([])
    async def get_learning_sessions(self, group_id: str) -> List[Dict[str, Any]]:
        """The group's latest learning sessions (five, as the original)."""
        return await self._get("/learning/sessions", {"group_id": group_id})

    @guarded([])
    async def get_recent_learning_sessions(self, days: int = 7) -> List[Dict[str, Any]]:
        """Sessions of every group started in the last ``days``."""
        return await self._page("/learning/sessions", {"days": days}, None, _PAGE)

    @guarded(False)
    async def save_learning_session_record(self, group_id: str, session_data: Dict[str, Any]) -> bool:
        """Creates or updates the session ``session_data['session_id']``; ``True``."""
        body = {**session_data, "group_id": group_id}
        session_id = body.pop("session_id", '')
        return await self._done("PUT", f"/learning/sessions/{seg(session_id)}", body)

    @guarded(False)
    async def save_learning_performance_record(self, group_id: str, performance_data: Dict[str, Any]) -> bool:
        """Records one learning run's performance; ``True``."""
        return await self._done("POST", "/learning/performance", {**performance_data, "group_id": group_id})

    # --- statistics ----------------------------------------------------------------------------------

    @guarded(0)
    async def count_pending_persona_updates(self) -> int:
        """Pending persona reviews."""
        return int((await self._get("/learning/statistics/counts"))["pending_persona_updates"])

    @guarded(0)
    async def count_style_learning_patterns(self) -> int:
        """Rows of style_learning_patterns."""
        return int((await self._get("/learning/statistics/counts"))["style_learning_patterns"])

    @guarded(0)
    async def count_refined_messages(self) -> int:
        """Filtered messages."""
        return int((await self._get("/learning/statistics/counts"))["refined_messages"])

    @guarded({})
    async def get_style_learning_statistics(self) -> Dict[str, Any]:
        """``{total_reviews, pending_reviews, approved_reviews}``."""
        return await self._get("/learning/statistics/style-reviews")

    @guarded([])
    async def get_style_progress_data(self, group_id: str = None) -> List[Dict[str, Any]]:
        """The 30 latest scored learning batches."""
        return await self._get("/learning/statistics/style-progress", {"group_id": group_id})

    @guarded({})
    async def get_learning_patterns_data(self, group_id: str = None) -> Dict[str, Any]:
        """``{pattern_type: count}``."""
        return await self._get("/learning/statistics/patterns", {"group_id": group_id})
