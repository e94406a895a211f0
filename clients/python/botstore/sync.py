"""Blocking wrappers of both clients, for scripts and notebooks without an event loop.

Why it exists: a one-off script (an import, a report) should not need ``asyncio``. Each wrapper
runs the async client on its own event loop; every coroutine method becomes a plain call and every
async iterator a plain one.
"""
from __future__ import annotations

import asyncio
import inspect
from typing import Any, Callable

from .plugin_store import PluginStore
from .self_learning import SelfLearningDatabase


class _Blocking:
    """Calls the wrapped object's coroutines to completion on a private loop."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop):
        self._target = target
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if inspect.iscoroutinefunction(attribute) or inspect.isasyncgenfunction(attribute):
            return self._blocking(attribute)
        if callable(attribute) and not isinstance(attribute, type):
            return self._wrap_result(attribute)
        if hasattr(attribute, "__dict__") and not isinstance(attribute, (str, bytes, int, float, bool)):
            return _Blocking(attribute, self._loop)
        return attribute

    def _blocking(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            if inspect.isasyncgen(result):
                return self._list(result)
            return self._loop.run_until_complete(result)

        call.__doc__ = method.__doc__
        call.__name__ = method.__name__
        return call

    def _wrap_result(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            return _Blocking(result, self._loop) if hasattr(result, "_connection") else result

        return call

    def _list(self, generator: Any) -> list[Any]:
        async def collect() -> list[Any]:
            return [item async for item in generator]

        return self._loop.run_until_complete(collect())

    def close(self) -> None:
        """Closes the connection and the private loop."""
        closer = getattr(self._target, "stop", None) or self._target.close
        self._loop.run_until_complete(closer())
        self._loop.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def sync_plugin_store(plugin: str, url: str | None = None, key: str | None = None, **options: Any) -> Any:
    """A blocking ``PluginStore``: ``store.set(store_key="k", value="v")`` returns ``0`` or ``1``;
    ``store.items(...)`` and ``store.files.list(...)`` return lists."""
    return _Blocking(PluginStore(plugin, url, key, **options), asyncio.new_event_loop())


def sync_database(url: str | None = None, key: str | None = None, **options: Any) -> Any:
    """A blocking ``SelfLearningDatabase``: ``db.get_total_affection("g1")`` returns an int."""
    return _Blocking(SelfLearningDatabase(url, key, **options), asyncio.new_event_loop())
