"""``PluginStore``: Nekro Agent's ``plugin.store`` over Botstore's key-value API.

Why it exists: a Nekro plugin keeps its data with ``await store.set(chat_key=..., user_key=...,
store_key=..., value=...)``; with this class the same calls reach Botstore, so moving a plugin is a
change of one import. The rest of the plugin API (versions, compare-and-set, expiry, paged listing,
batches, chat reset, the file area) is here as well.
"""
from __future__ import annotations

from typing import Any, AsyncIterator, Literal, Mapping, Sequence
from urllib.parse import quote

import httpx

from ._http import BotstoreError, Connection
from .files import PluginFiles

#: ``set``/``delete`` result when ``if_version`` no longer matches (nothing was written).
CONFLICT: Literal[2] = 2


class PluginStore:
    """The key-value store (and, as ``files``, the file area) of one plugin ``<author>.<module>``.

    ``url`` and ``key`` default to the environment variables ``BOTSTORE_URL`` and ``BOTSTORE_KEY``.
    One connection is kept and reused; close it with ``await store.close()`` or ``async with``.
    """

    def __init__(self, plugin: str, url: str | None = None, key: str | None = None, *, timeout: float = 30.0,
                 max_retries: int = 5, max_backoff: float = 30.0,
                 transport: httpx.AsyncBaseTransport | None = None):
        self.plugin = plugin
        self._connection = Connection(url, key, timeout=timeout, max_retries=max_retries,
                                      max_backoff=max_backoff, transport=transport)
        self._base = f"/api/v1/plugins/{quote(plugin, safe='')}"
        self.files = PluginFiles(self._connection, self._base + "/files")

    async def __aenter__(self) -> "PluginStore":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Closes the connection (a later call opens a new one)."""
        await self._connection.close()

    # --- Nekro's three calls -------------------------------------------------------------------

    async def get(self, chat_key: str = "", user_key: str = "", store_key: str = "") -> str | None:
        """The value, or ``None`` when the key has none (or it expired), as Nekro's ``get``."""
        entry = await self.entry(chat_key, user_key, store_key)
        return None if entry is None else entry["value"]

    async def set(self, chat_key: str = "", user_key: str = "", store_key: str = "", value: str = "", *,
                  ttl_seconds: int | None = None, if_version: int | None = None) -> Literal[0, 1, 2]:
        """Writes ``value``: ``0`` when the key was created, ``1`` when it was updated (Nekro's
        values). ``ttl_seconds`` makes it expire. ``if_version`` writes only if the entry is still
        at that version (``0``: only if there is none); otherwise nothing is written and the result
        is ``CONFLICT`` (2)."""
        response = await self._connection.request(
            "PUT", self._key_path(store_key), params=_scope(chat_key, user_key),
            json={"value": value, "ttl_seconds": ttl_seconds}, headers=_precondition(if_version), ok=(412,))
        if response.status_code == 412:
            return CONFLICT
        return 0 if response.status_code == 201 else 1

    async def delete(self, chat_key: str = "", user_key: str = "", store_key: str = "", *,
                     if_version: int | None = None) -> Literal[0, 1, 2]:
        """``0`` when a value was deleted, ``1`` when there was none (Nekro's values); with
        ``if_version``, ``CONFLICT`` (2) when the entry is at another version."""
        response = await self._connection.request("DELETE", self._key_path(store_key),
                                                  params=_scope(chat_key, user_key),
                                                  headers=_precondition(if_version), ok=(404, 412))
        return {204: 0, 200: 0, 404: 1}.get(response.status_code, CONFLICT)  # type: ignore[return-value]

    # --- beyond Nekro ----------------------------------------------------------------------------

    async def entry(self, chat_key: str = "", user_key: str = "", store_key: str = "") -> dict[str, Any] | None:
        """``{key, value, version, created_at, updated_at, expires_at}`` or ``None``."""
        response = await self._connection.request("GET", self._key_path(store_key), params=_scope(chat_key, user_key),
                                                  headers={"Accept": "application/json"}, ok=(404,))
        return None if response.status_code == 404 else response.json()

    async def items(self, chat_key: str = "", user_key: str = "", prefix: str = "", *, values: bool = True,
                    page_size: int = 1000) -> AsyncIterator[dict[str, Any]]:
        """Every entry of one scope whose key starts with ``prefix``, in key order; the server's
        pages are fetched as the iteration goes."""
        cursor: str | None = None
        while True:
            page = (await self._connection.request("GET", self._base + "/store", params={
                **_scope(chat_key, user_key), "prefix": prefix, "limit": page_size, "values": values,
                "cursor": cursor})).json()
            for item in page.get("items", []):
                yield item
            cursor = page.get("next_cursor")
            if not cursor:
                return

    async def keys(self, chat_key: str = "", user_key: str = "", prefix: str = "") -> list[str]:
        """The keys of one scope starting with ``prefix``, all pages."""
        return [item["key"] async for item in self.items(chat_key, user_key, prefix, values=False)]

    async def batch(self, operations: Sequence[Mapping[str, Any]], chat_key: str = "",
                    user_key: str = "") -> list[dict[str, Any]]:
        """Up to 100 operations (``{"op": "get"|"set"|"delete", "key", "value", "ttl_seconds",
        "if_match"}``) in one transaction; one result ``{status, value?, version?}`` each. A failed
        ``if_match`` or an invalid operation rejects all of them: ``BotstoreError`` (412 or 400)."""
        response = await self._connection.request("POST", self._base + "/store/_batch",
                                                  params=_scope(chat_key, user_key),
                                                  json={"operations": list(operations)})
        return response.json()["results"]

    async def reset_chat(self, chat_key: str, user_key: str | None = None) -> int:
        """Deletes every entry of one chat (whatever its user_key, or of one user in it); the count."""
        return await self._reset({"chat_key": chat_key, "user_key": user_key})

    async def reset_user(self, user_key: str) -> int:
        """Deletes every entry of one user across chats; the count."""
        return await self._reset({"user_key": user_key})

    async def usage(self) -> dict[str, Any]:
        """``{plugin, entries, files, bytes}``."""
        return (await self._connection.request("GET", self._base)).json()

    async def uninstall(self) -> dict[str, Any]:
        """Removes every entry in every scope and the whole file area; the counts."""
        return (await self._connection.request("DELETE", self._base)).json()

    async def _reset(self, params: dict[str, Any]) -> int:
        if not params.get("chat_key") and not params.get("user_key"):
            raise BotstoreError(400, "a reset needs a chat_key or a user_key", "Bad Request")
        return (await self._connection.request("DELETE", self._base + "/store", params=params)).json()["deleted"]

    def _key_path(self, store_key: str) -> str:
        return f"{self._base}/store/{quote(store_key, safe='/:')}"


def _scope(chat_key: str, user_key: str) -> dict[str, str]:
    return {"chat_key": chat_key, "user_key": user_key}


def _precondition(version: int | None) -> dict[str, str]:
    if version is None:
        return {}
    return {"If-None-Match": "*"} if version == 0 else {"If-Match": f'"{version}"'}
