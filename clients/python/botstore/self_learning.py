"""``SelfLearningDatabase``: a drop-in for the self-learning plugin's ``SQLAlchemyDatabaseManager``.

Why it exists: the plugin and its web UI call the manager's 118 async methods; this class has the
same methods (names, parameters, defaults, return shapes) and serves them from Botstore over HTTP,
so moving the plugin is a change of one import.
"""
from __future__ import annotations

from typing import Any

from ._http import BotstoreError
from ._jargon_persona import JargonPersonaPart
from ._learning import LearningPart
from ._messages import MessagesPart
from ._outcomes import OutcomesPart
from ._social_expression import SocialExpressionPart
from .rows import Rows


class SelfLearningDatabase(MessagesPart, LearningPart, JargonPersonaPart, SocialExpressionPart, OutcomesPart):
    """``SelfLearningDatabase(url=None, key=None, *, swallow_errors=False, timeout=30.0,
    max_retries=5, max_backoff=30.0)``.

    ``url`` and ``key`` default to ``BOTSTORE_URL`` and ``BOTSTORE_KEY``. A failed call raises
    ``BotstoreError`` (with the server's ``detail``); with ``swallow_errors=True`` it is logged and
    the original's default (``0``, ``None``, ``False``, ``[]``, ``{}``) is returned instead.
    """

    _started = False

    @property
    def is_ready(self) -> bool:
        """``True`` between a successful ``start()`` and ``stop()``."""
        return self._started

    async def start(self) -> bool:
        """Waits for the server's database to be ready (a 503 is retried with back-off); ``True``
        when it is. Raises ``BotstoreError`` when it is not, unless ``swallow_errors``."""
        try:
            response = await self._connection.request("GET", "/health/ready")
            self._started = response.json().get("status") == "UP"
        except BotstoreError:
            self._started = False
            if not self.swallow_errors:
                raise
        return self._started

    async def stop(self) -> bool:
        """Closes the connection; ``True``."""
        await self._connection.close()
        self._started = False
        return True

    async def get_session(self):
        """There is no database session over HTTP: use ``rows(table)`` for direct row access."""
        raise BotstoreError(0, "SelfLearningDatabase has no database session; use db.rows('<table>') instead",
                            "not supported")

    def rows(self, table: str) -> Rows:
        """The rows API of one table, for what the original wrote through a session."""
        return Rows(self._connection, table)

    async def __aenter__(self) -> "SelfLearningDatabase":
        await self.start()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.stop()
