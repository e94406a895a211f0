"""Botstore's Python client.

``PluginStore`` is Nekro Agent's plugin store (``set``/``get``/``delete`` with Nekro's return
values) plus versions, expiry, listing, batches, chat resets and the file area.
``SelfLearningDatabase`` is a drop-in for the self-learning plugin's ``SQLAlchemyDatabaseManager``.
``sync_plugin_store`` and ``sync_database`` are blocking versions of both for scripts.
"""
from ._http import BotstoreError
from .files import PluginFiles
from .plugin_store import CONFLICT, PluginStore
from .rows import Rows
from .self_learning import SelfLearningDatabase
from .sync import sync_database, sync_plugin_store

__all__ = ["BotstoreError", "CONFLICT", "PluginFiles", "PluginStore", "Rows", "SelfLearningDatabase",
           "sync_database", "sync_plugin_store"]
__version__ = "0.1.0"
