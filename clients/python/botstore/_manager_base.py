"""What every method of ``SelfLearningDatabase`` shares: the connection, the error contract and paging.

Why it exists: the original manager's methods return a default (``0``, ``None``, ``False``, ``[]``,
``{}``) when anything goes wrong. Botstore's client says what went wrong instead (``BotstoreError``
with the server's ``detail``) unless it was built with ``swallow_errors=True``; ``guarded`` is that
rule in one place, and ``_page`` turns one large ``limit`` into the server's bounded pages.
"""
from __future__ import annotations

import copy
import functools
import logging
from typing import Any, Awaitable, Callable, Mapping, TypeVar
from urllib.parse import quote

import httpx

from ._http import BotstoreError, Connection

log = logging.getLogger("botstore")

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


def guarded(default: Any) -> Callable[[F], F]:
    """Raises ``BotstoreError`` as it comes, or, on a client with ``swallow_errors``, logs it and
    returns a copy of the original's ``default`` for this method."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        async def call(self: "ManagerBase", *args: Any, **kwargs: Any) -> Any:
            try:
                return await method(self, *args, **kwargs)
            except BotstoreError as error:
                if not self.swallow_errors:
                    raise
                log.warning("botstore: %s failed, returning its default: %s", method.__name__, error)
                return copy.deepcopy(default)

        return call  # type: ignore[return-value]

    return wrap


def seg(value: Any) -> str:
    """One path segment, escaped (ids of chats and users may hold any character)."""
    return quote(str(value), safe="")


class ManagerBase:
    """The connection and the request helpers the domain parts of the manager use."""

    def __init__(self, url: str | None = None, key: str | None = None, *, swallow_errors: bool = False,
                 timeout: float = 30.0, max_retries: int = 5, max_backoff: float = 30.0,
                 transport: httpx.AsyncBaseTransport | None = None):
        self.swallow_errors = swallow_errors
        self._connection = Connection(url, key, timeout=timeout, max_retries=max_retries,
                                      max_backoff=max_backoff, transport=transport)

    async def _get(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        return (await self._connection.request("GET", "/api/v1" + path, params=params)).json()

    async def _find(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        """The answer, or ``None`` for a 404 (the original's "no such row")."""
        response = await self._connection.request("GET", "/api/v1" + path, params=params, ok=(404,))
        return None if response.status_code == 404 else response.json()

    async def _send(self, method: str, path: str, body: Any = None, params: Mapping[str, Any] | None = None,
                    ok: tuple[int, ...] = ()) -> httpx.Response:
        return await self._connection.request(method, "/api/v1" + path, json=body, params=params, ok=ok)

    async def _done(self, method: str, path: str, body: Any = None,
                    params: Mapping[str, Any] | None = None) -> bool:
        """``True`` when the write happened, ``False`` when the row does not exist (404)."""
        return (await self._send(method, path, body, params, ok=(404,))).status_code != 404

    async def _id(self, path: str, body: Any) -> int:
        """POSTs a new row and answers its id, as the original's ``save_*`` methods do."""
        return int((await self._send("POST", path, body)).json()["id"])

    async def _page(self, path: str, params: Mapping[str, Any], limit: int | None, max_page: int,
                    offset: int = 0) -> list[Any]:
        """Up to ``limit`` items (all of them when ``None``) from ``offset`` on, fetched in the
        server's pages of at most ``max_page``."""
        items: list[Any] = []
        while limit is None or len(items) < limit:
            size = max_page if limit is None else min(max_page, limit - len(items))
            page = await self._get(path, {**params, "limit": size, "offset": offset + len(items)})
            items.extend(page)
            if len(page) < size:
                break
        return items


def body_of(data: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """A dict as it is; any other object (the original also took message objects) by its attributes."""
    if isinstance(data, Mapping):
        return dict(data)
    return {name: getattr(data, name) for name in fields if getattr(data, name, None) is not None}


__all__ = ["BotstoreError", "ManagerBase", "body_of", "guarded", "seg"]
