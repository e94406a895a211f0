"""``PluginFiles``: the file area of one plugin (``PluginStore.files``).

Why it exists: uploads and downloads are streamed so that files larger than memory pass through,
and the file area's conditions (ETags, ranges, paged listing, clean-up) become plain arguments.
"""
from __future__ import annotations

import os
from typing import Any, AsyncIterable, AsyncIterator, BinaryIO, Callable, Union
from urllib.parse import quote

from ._http import Connection

#: Called as ``progress(bytes_done, bytes_total_or_None)`` while an upload or download runs.
Progress = Callable[[int, Union[int, None]], None]
Source = Union[bytes, str, "os.PathLike[str]", BinaryIO, AsyncIterable[bytes]]

_CHUNK = 64 * 1024


class PluginFiles:
    """Paths are relative and ``/``-separated (``images/radar.png``)."""

    def __init__(self, connection: Connection, base: str):
        self._connection = connection
        self._base = base

    async def upload(self, path: str, source: Source, *, if_match: str | None = None, if_none_match: bool = False,
                     content_type: str = "application/octet-stream",
                     progress: Progress | None = None) -> dict[str, Any]:
        """Writes a file from bytes, a local path, a binary file object or an async iterable of
        bytes, streamed. ``if_match`` (an ETag) writes only over that version, ``if_none_match``
        only a new file (``BotstoreError`` 412 otherwise). The answer is ``{path, size, etag,
        last_modified, content_type}``."""
        headers = {"Content-Type": content_type}
        if if_match is not None:
            headers["If-Match"] = if_match if if_match.startswith('"') else f'"{if_match}"'
        if if_none_match:
            headers["If-None-Match"] = "*"
        total = _size(source)
        if total is not None:
            headers["Content-Length"] = str(total)
        content: Any = source if isinstance(source, bytes) and progress is None else _chunks(source, total, progress)
        response = await self._connection.request("PUT", self._path(path), content=content, headers=headers)
        return response.json()

    async def download(self, path: str, destination: str | os.PathLike[str] | BinaryIO | None = None, *,
                       start: int | None = None, end: int | None = None,
                       progress: Progress | None = None) -> bytes | int:
        """The file's bytes (from ``start`` to ``end`` inclusive when given); with a destination
        (a path or a binary file object) they are streamed into it and the byte count is returned."""
        if destination is None:
            return b"".join([chunk async for chunk in self.iter_bytes(path, start=start, end=end, progress=progress)])
        if isinstance(destination, (str, os.PathLike)):
            with open(destination, "wb") as out:
                return await self._copy(path, out, start, end, progress)
        return await self._copy(path, destination, start, end, progress)

    async def iter_bytes(self, path: str, *, start: int | None = None, end: int | None = None,
                         progress: Progress | None = None) -> AsyncIterator[bytes]:
        """The file (or the range ``start``-``end``) as an async iterator of chunks."""
        headers = {}
        if start is not None or end is not None:
            headers["Range"] = f"bytes={'' if start is None else start}-{'' if end is None else end}"
        response = await self._connection.stream("GET", self._path(path), headers=headers)
        try:
            total = int(response.headers["Content-Length"]) if "Content-Length" in response.headers else None
            done = 0
            async for chunk in response.aiter_bytes(_CHUNK):
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                yield chunk
        finally:
            await response.aclose()

    async def info(self, path: str) -> dict[str, Any] | None:
        """``{path, size, etag, last_modified, content_type}`` from the headers, or ``None``."""
        response = await self._connection.request("HEAD", self._path(path), ok=(404,))
        if response.status_code == 404:
            return None
        h = response.headers
        return {"path": path, "size": int(h.get("Content-Length", 0)), "etag": h.get("ETag", "").strip('"'),
                "last_modified": h.get("Last-Modified"), "content_type": h.get("Content-Type")}

    async def list(self, prefix: str = "", *, delimiter: str | None = None,
                   page_size: int = 1000) -> AsyncIterator[dict[str, Any]]:
        """Every file under ``prefix`` (``{path, size, last_modified, etag, content_type}``), all
        pages; with ``delimiter="/"`` one level, the sub-directories as ``{"prefix": ...}`` items."""
        cursor: str | None = None
        while True:
            page = (await self._connection.request("GET", self._base, params={
                "prefix": prefix, "delimiter": delimiter, "limit": page_size, "cursor": cursor})).json()
            for common in page.get("common_prefixes", []):
                yield {"prefix": common}
            for item in page.get("items", []):
                yield item
            cursor = page.get("next_cursor")
            if not cursor:
                return

    async def delete(self, path: str) -> bool:
        """``True`` when the file was deleted, ``False`` when there was none."""
        response = await self._connection.request("DELETE", self._path(path), ok=(404,))
        return response.status_code != 404

    async def clean_up(self, prefix: str, older_than: int | None = None, *, all: bool = False) -> dict[str, int]:
        """Deletes the files under ``prefix`` (older than ``older_than`` seconds when given);
        ``{deleted, freed_bytes}``. An empty prefix needs ``all=True``."""
        response = await self._connection.request("DELETE", self._base, params={
            "prefix": prefix, "older_than": older_than, "all": True if all else None})
        return response.json()

    async def _copy(self, path: str, out: BinaryIO, start: int | None, end: int | None,
                    progress: Progress | None) -> int:
        written = 0
        async for chunk in self.iter_bytes(path, start=start, end=end, progress=progress):
            out.write(chunk)
            written += len(chunk)
        return written

    def _path(self, path: str) -> str:
        return f"{self._base}/{quote(path, safe='/')}"


def _size(source: Source) -> int | None:
    if isinstance(source, bytes):
        return len(source)
    if isinstance(source, (str, os.PathLike)):
        return os.path.getsize(source)
    return None


async def _chunks(source: Source, total: int | None, progress: Progress | None) -> AsyncIterator[bytes]:
    """The source as chunks, reporting progress; a path is opened and closed here."""
    done = 0

    def report(chunk: bytes) -> bytes:
        nonlocal done
        done += len(chunk)
        if progress is not None:
            progress(done, total)
        return chunk

    if isinstance(source, bytes):
        for i in range(0, len(source), _CHUNK):
            yield report(source[i:i + _CHUNK])
    elif isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as file:
            while chunk := file.read(_CHUNK):
                yield report(chunk)
    elif hasattr(source, "read"):
        while chunk := source.read(_CHUNK):  # type: ignore[union-attr]
            yield report(chunk)
    else:
        async for chunk in source:  # type: ignore[union-attr]
            yield report(chunk)
