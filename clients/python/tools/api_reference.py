"""Writes API.md, the package's API reference, from its docstrings and signatures.

Why it exists: the reference must say what the code says; ``tests/test_api_reference.py`` fails
when API.md and the docstrings drift apart. Run ``python tools/api_reference.py > API.md``.
"""
from __future__ import annotations

import inspect

import botstore
from botstore.files import PluginFiles
from botstore.rows import Rows

CLASSES = [botstore.PluginStore, PluginFiles, botstore.SelfLearningDatabase, Rows]


def signature(name: str, member: object) -> str:
    """``async name(a: T, b: T = 'x') -> R``, the way the original's signature list writes methods."""
    if isinstance(member, property):
        return f"{name}() -> {member.fget.__annotations__['return']}"
    function = member.__func__ if isinstance(member, (staticmethod, classmethod)) else member
    parameters = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name == "self":
            continue
        text = {"VAR_KEYWORD": "**", "VAR_POSITIONAL": "*"}.get(parameter.kind.name, "") + parameter.name
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and not any(p.startswith("*") for p in parameters):
            parameters.append("*")
        if parameter.annotation is not inspect.Parameter.empty:
            text += f": {parameter.annotation}"
        if parameter.default is not inspect.Parameter.empty:
            text += f" = {parameter.default!r}"
        parameters.append(text)
    returns = inspect.signature(function).return_annotation
    suffix = "" if returns is inspect.Signature.empty else f" -> {returns}"
    prefix = "async " if inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function) else ""
    return f"{prefix}{name}({', '.join(parameters)}){suffix}"


def reference() -> str:
    lines = ["# botstore API reference", "",
             "Generated from the docstrings by `tools/api_reference.py`; see README.md for the guide.", ""]
    for function in (botstore.sync_plugin_store, botstore.sync_database):
        lines += [f"- `{signature(function.__name__, function)}`: {inspect.getdoc(function)}", ""]
    lines += [f"- `BotstoreError`: {inspect.getdoc(botstore.BotstoreError)}", "",
              f"- `CONFLICT = {botstore.CONFLICT}`: the result of `set`/`delete` when `if_version` no longer matches", ""]
    for cls in CLASSES:
        lines += [f"## {cls.__name__}", "", inspect.getdoc(cls) or "", ""]
        for name in sorted(vars(cls) if cls is not botstore.SelfLearningDatabase else dir(cls)):
            member = inspect.getattr_static(cls, name)
            if name.startswith("_") or not (callable(member) or isinstance(member, property)):
                continue
            doc = inspect.getdoc(member.fget if isinstance(member, property) else member) or ""
            lines += [f"- `{signature(name, member)}`", f"  {doc.replace(chr(10), chr(10) + '  ')}", ""]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(reference(), end="")
