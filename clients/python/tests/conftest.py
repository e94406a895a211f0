"""Shared fixtures: the server under test (``BOTSTORE_URL``, ``BOTSTORE_KEY``) and unique names.

Why it exists: every test talks to a real Botstore (the Failsafe IT ``PythonClientIT`` starts one
and passes its address); names carry a random part so that runs and tests never share rows.
"""
from __future__ import annotations

import os
import uuid

import pytest

import botstore

CALLED: set[str] = set()


class Recording:
    """The manager, noting the name of every method a test calls (the 118 must all be called)."""

    def __init__(self, db: botstore.SelfLearningDatabase):
        self._db = db

    def __getattr__(self, name: str):
        CALLED.add(name)
        return getattr(self._db, name)


@pytest.fixture
def unique() -> str:
    return uuid.uuid4().hex[:12]


@pytest.fixture
async def db():
    database = botstore.SelfLearningDatabase()
    assert await database.start() is True
    yield Recording(database)
    assert await database.stop() is True


@pytest.fixture
async def store(unique):
    plugin_store = botstore.PluginStore(f"pytest.p{unique}")
    yield plugin_store
    await plugin_store.uninstall()
    await plugin_store.close()


def server_url() -> str:
    return os.environ.get("BOTSTORE_URL", "http://localhost:9080")
