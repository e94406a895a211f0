"""``Rows``: one table through the rows API (``/api/v1/tables/{table}/rows``).

Why it exists: the original's callers also wrote through ``get_session()`` and a repository
(``session.add(Row(...))``). Over HTTP there is no session; ``db.rows("table")`` gives the same
reach (read with filters, insert, update, delete, upsert on a unique key) without SQL.
"""
from __future__ import annotations

from typing import Any, AsyncIterator, Mapping, Sequence

from ._http import Connection


class Rows:
    """Filters are keyword arguments: ``group_id="g1"`` is equality, ``timestamp__gte=1700000000``
    becomes ``timestamp.gte`` (any ``col__op`` becomes ``col.op``); ``order="-timestamp"`` sorts."""

    def __init__(self, connection: Connection, table: str):
        self.table = table
        self._connection = connection
        self._base = f"/api/v1/tables/{table}/rows"

    async def iter(self, *, order: str | None = None, page_size: int = 1000,
                   **filters: Any) -> AsyncIterator[dict[str, Any]]:
        """Every matching row, the server's pages fetched as the iteration goes."""
        cursor: str | None = None
        while True:
            params = {**_filters(filters), "order": order, "limit": page_size, "cursor": cursor}
            page = (await self._connection.request("GET", self._base, params=params)).json()
            items = page if isinstance(page, list) else page.get("items", [])
            for row in items:
                yield row
            cursor = None if isinstance(page, list) else page.get("next_cursor")
            if not cursor:
                return

    async def list(self, *, order: str | None = None, limit: int | None = None, **filters: Any) -> list[dict[str, Any]]:
        """The matching rows (at most ``limit``), all pages."""
        rows: list[dict[str, Any]] = []
        page_size = 1000 if limit is None else max(1, min(limit, 1000))
        async for row in self.iter(order=order, page_size=page_size, **filters):
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
        return rows

    async def get(self, row_id: Any) -> dict[str, Any] | None:
        """The row with this id, or ``None``."""
        response = await self._connection.request("GET", f"{self._base}/{row_id}", ok=(404,))
        return None if response.status_code == 404 else response.json()

    async def insert(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """Inserts one row; the row as stored (with its id)."""
        return (await self._connection.request("POST", self._base, json=dict(row))).json()

    async def insert_many(self, rows: Sequence[Mapping[str, Any]]) -> Any:
        """Inserts the rows in one request (all or none)."""
        return (await self._connection.request("POST", self._base, json=[dict(r) for r in rows])).json()

    async def update(self, row_id: Any, changes: Mapping[str, Any]) -> dict[str, Any] | None:
        """Changes the given columns of one row; the row, or ``None`` when there is none."""
        response = await self._connection.request("PATCH", f"{self._base}/{row_id}", json=dict(changes), ok=(404,))
        return None if response.status_code == 404 else response.json()

    async def delete(self, row_id: Any) -> bool:
        """``True`` when the row was deleted, ``False`` when there was none."""
        response = await self._connection.request("DELETE", f"{self._base}/{row_id}", ok=(404,))
        return response.status_code != 404

    async def upsert(self, row: Mapping[str, Any], on_conflict: str) -> dict[str, Any]:
        """Inserts the row, or updates the one with the same value of the unique key ``on_conflict``."""
        return (await self._connection.request("PUT", self._base, params={"on_conflict": on_conflict},
                                               json=dict(row))).json()


def _filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    return {name.replace("__", "."): value for name, value in filters.items()}
