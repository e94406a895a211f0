"""``Rows``: one table through the rows API (``/api/v1/tables/{table}/rows``).

Why it exists: the original's callers also wrote through ``get_session()`` and a repository
(``session.add(Row(...))``). Over HTTP there is no session; ``db.rows("table")`` gives the same
reach (read with filters, insert, update, delete, upsert on a unique key) without SQL.
"""
from __future__ import annotations

from typing import Any, AsyncIterator, List, Mapping, Sequence
from urllib.parse import quote

from ._http import Connection


class Rows:
    """Filters are keyword arguments: ``group_id="g1"`` is equality, ``timestamp__gte=1700000000``
    becomes ``timestamp.gte`` (any ``col__op`` becomes ``col.op``: ``neq``, ``gt``, ``gte``, ``lt``,
    ``lte``, ``in`` with ``"a,b"``, ``is`` with ``"null"``/``"notnull"``); ``order="-col"`` sorts
    descending."""

    def __init__(self, connection: Connection, table: str):
        self.table = table
        self._connection = connection
        self._base = f"/api/v1/tables/{quote(table, safe='')}/rows"

    async def iter(self, *, order: str | None = None, page_size: int = 1000,
                   **filters: Any) -> AsyncIterator[dict[str, Any]]:
        """Every matching row, the server's pages fetched as the iteration goes."""
        cursor: str | None = None
        while True:
            params = {**_filters(filters), "order": order, "limit": page_size, "cursor": cursor}
            page = (await self._connection.request("GET", self._base, params=params)).json()
            for row in page.get("rows", []):
                yield row
            cursor = page.get("next")
            if not cursor:
                return

    async def list(self, *, order: str | None = None, limit: int | None = None, **filters: Any) -> List[dict[str, Any]]:
        """The matching rows (at most ``limit``), all pages."""
        rows: List[dict[str, Any]] = []
        page_size = 1000 if limit is None else max(1, min(limit, 1000))
        async for row in self.iter(order=order, page_size=page_size, **filters):
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
        return rows

    async def count(self, **filters: Any) -> int:
        """How many rows match."""
        params = {**_filters(filters), "limit": 1, "count": True}
        return int((await self._connection.request("GET", self._base, params=params)).json()["total"])

    async def get(self, row_id: Any) -> dict[str, Any] | None:
        """The row with this primary key, or ``None``."""
        response = await self._connection.request("GET", self._row(row_id), ok=(404,))
        return None if response.status_code == 404 else response.json()

    async def insert(self, row: Mapping[str, Any]) -> Any:
        """Inserts one row; its id."""
        return (await self.insert_many([row]))[0]

    async def insert_many(self, rows: Sequence[Mapping[str, Any]]) -> List[Any]:
        """Inserts up to 1,000 rows in one transaction (all or none); their ids in order."""
        response = await self._connection.request("POST", self._base, json=[dict(r) for r in rows])
        return response.json()["ids"]

    async def update(self, row_id: Any, changes: Mapping[str, Any]) -> dict[str, Any] | None:
        """Changes the given columns of one row; the row as it is now, or ``None`` when there is none."""
        response = await self._connection.request("PATCH", self._row(row_id), json=dict(changes), ok=(404,))
        return None if response.status_code == 404 else response.json()

    async def delete(self, row_id: Any) -> bool:
        """``True`` when the row was deleted, ``False`` when there was none."""
        response = await self._connection.request("DELETE", self._row(row_id), ok=(404,))
        return response.status_code != 404

    async def upsert(self, row: Mapping[str, Any], on_conflict: str) -> Any:
        """Inserts the row, or changes the sent columns of the row with the same values of the
        unique key named ``on_conflict`` (e.g. ``ix_learning_sessions_session_id``); its id."""
        response = await self._connection.request("PUT", self._base, params={"on_conflict": on_conflict},
                                                  json=[dict(row)])
        return response.json()["ids"][0]

    def _row(self, row_id: Any) -> str:
        return f"{self._base}/{quote(str(row_id), safe='')}"


def _filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    return {name.replace("__", "."): value for name, value in filters.items()}
