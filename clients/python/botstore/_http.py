"""The one HTTP connection every client of this package shares the rules of.

Why it exists: both clients need the same base URL and key lookup, one pooled connection, the same
timeouts, the same translation of problem+json into ``BotstoreError`` and the same bounded retry of
a 503 (the server answers 503 with ``Retry-After`` while its database is not ready).
"""
from __future__ import annotations

import asyncio
import os
from typing import Any, Mapping

import httpx

DEFAULT_URL = "http://localhost:9080"


class BotstoreError(Exception):
    """A refused or failed call: ``status`` is the HTTP status (0 when the server could not be
    reached), ``detail`` the problem's explanation of what to fix."""

    def __init__(self, status: int, detail: str, title: str = "", problem: Mapping[str, Any] | None = None):
        super().__init__(f"{status} {title}: {detail}" if title else f"{status}: {detail}")
        self.status = status
        self.detail = detail
        self.title = title
        self.problem: dict[str, Any] = dict(problem or {})


class Connection:
    """Base URL, key, timeouts and retries; one ``httpx.AsyncClient`` reused for every call."""

    def __init__(self, url: str | None = None, key: str | None = None, *, timeout: float = 30.0,
                 max_retries: int = 5, max_backoff: float = 30.0,
                 transport: httpx.AsyncBaseTransport | None = None):
        self.url = (url or os.environ.get("BOTSTORE_URL") or DEFAULT_URL).rstrip("/")
        self.key = key if key is not None else os.environ.get("BOTSTORE_KEY", "")
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_backoff = max_backoff
        self._transport = transport
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None or self._client.is_closed:
            headers = {"Authorization": f"Bearer {self.key}"} if self.key else {}
            self._client = httpx.AsyncClient(base_url=self.url, headers=headers, timeout=self.timeout,
                                             transport=self._transport)
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                      json: Any = None, content: Any = None, headers: Mapping[str, str] | None = None,
                      ok: tuple[int, ...] = ()) -> httpx.Response:
        """Sends one request; a 503 is retried (``Retry-After``, doubling, at most ``max_backoff``
        seconds a wait and ``max_retries`` times). Statuses below 400 and those in ``ok`` are
        returned; any other raises ``BotstoreError``."""
        delay = 0.5
        for attempt in range(self.max_retries + 1):
            try:
                response = await self._http().request(method, path, params=_clean(params), json=json,
                                                       content=content, headers=headers)
            except httpx.HTTPError as error:
                raise BotstoreError(0, f"{method} {path} failed: {error}", "unreachable") from error
            if response.status_code != 503 or attempt == self.max_retries or not _replayable(content):
                break
            await asyncio.sleep(min(_retry_after(response, delay), self.max_backoff))
            delay = min(delay * 2, self.max_backoff)
        if response.status_code < 400 or response.status_code in ok:
            return response
        raise error_of(response)

    async def stream(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                     headers: Mapping[str, str] | None = None, ok: tuple[int, ...] = ()):
        """An open streamed response (the caller closes it); errors as for ``request``."""
        delay = 0.5
        for attempt in range(self.max_retries + 1):
            request = self._http().build_request(method, path, params=_clean(params), headers=headers)
            try:
                response = await self._http().send(request, stream=True)
            except httpx.HTTPError as error:
                raise BotstoreError(0, f"{method} {path} failed: {error}", "unreachable") from error
            if response.status_code != 503 or attempt == self.max_retries:
                break
            await response.aclose()
            await asyncio.sleep(min(_retry_after(response, delay), self.max_backoff))
            delay = min(delay * 2, self.max_backoff)
        if response.status_code < 400 or response.status_code in ok:
            return response
        await response.aread()
        await response.aclose()
        raise error_of(response)


def error_of(response: httpx.Response) -> BotstoreError:
    """The problem+json answer as an exception (a body that is not JSON becomes the detail)."""
    try:
        problem = response.json()
    except ValueError:
        problem = {}
    if not isinstance(problem, dict):
        problem = {}
    detail = str(problem.get("detail") or response.text[:500] or response.reason_phrase)
    return BotstoreError(response.status_code, detail, str(problem.get("title", "")), problem)


def _retry_after(response: httpx.Response, fallback: float) -> float:
    try:
        return max(float(response.headers.get("Retry-After", "")), 0.0)
    except ValueError:
        return fallback


def _replayable(content: Any) -> bool:
    """A streamed upload cannot be sent twice, so its 503 is not retried."""
    return content is None or isinstance(content, (bytes, str))


def _clean(params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Query parameters without the unset ones, booleans as the server spells them."""
    if params is None:
        return None
    out: dict[str, Any] = {}
    for name, value in params.items():
        if value is None:
            continue
        out[name] = ("true" if value else "false") if isinstance(value, bool) else value
    return out
