"""Indexed attribute keys (``llm.input_messages.0.message.role``) -> one flat row per index.

OpenInference, Traceloop and others flatten lists into ``<prefix>.<i>.<suffix>`` keys. A key is
only an element when the segment after the prefix is numeric, so ``gen_ai.prompt.name`` (a prompt
template name) is never mistaken for Traceloop's ``gen_ai.prompt.0.content``. Rows stay flat
(``{"message.role": ..., "message.tool_calls.0.tool_call.id": ...}``); nested lists are read by
calling :func:`rows` again on a row, so no tree is built for the common flat case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

Row = dict[str, Any]


class _Prefixes:
    """The indexed families adapters declared (``register_adapter(indexed=...)``), one or two dotted
    segments each; read on every span, so kept as a tuple (for ``startswith``) and a set."""

    def __init__(self) -> None:
        self.all: tuple[str, ...] = ()
        self.set: frozenset[str] = frozenset()


PREFIXES = _Prefixes()


def add_indexed_prefixes(prefixes: Iterable[str]) -> bool:
    """Add families (each ending with a dot, at most two segments); ``True`` when any was new."""
    new = [p for p in prefixes if p not in PREFIXES.set]
    for prefix in new:
        if not prefix.endswith(".") or prefix.count(".") > 2:
            raise ValueError(f"indexed family {prefix!r} must end with a dot and have at most two segments")
    if not new:
        return False
    PREFIXES.all = (*PREFIXES.all, *new)
    PREFIXES.set = frozenset(PREFIXES.all)
    return True


def group_indexed(attributes: Mapping[str, Any]) -> dict[str, list[str]]:
    """One pass over the keys: ``{prefix: [keys under it]}`` for the known indexed families."""
    groups: dict[str, list[str]] = {}
    prefixes, prefix_set = PREFIXES.all, PREFIXES.set
    for key in attributes:
        if key.startswith(prefixes):
            first, _, rest = key.partition(".")
            prefix = first + "."
            if prefix not in prefix_set:
                prefix = prefix + rest.partition(".")[0] + "."
            groups.setdefault(prefix, []).append(key)
    return groups


def rows(
    attributes: Mapping[str, Any],
    prefix: str,
    consumed: set[str] | None = None,
    keys: list[str] | None = None,
) -> list[Row]:
    """``[{suffix: value}, ...]`` for keys ``<prefix><i>.<suffix>``, ordered by ``i`` (gaps dropped).

    Matched keys are added to ``consumed`` when given. ``prefix`` ends with a dot; ``keys`` (from
    :func:`group_indexed`) saves scanning every attribute again.
    """
    cut = len(prefix)
    grouped: dict[int, Row] = {}
    for key in [k for k in attributes if k.startswith(prefix)] if keys is None else keys:
        index, dot, suffix = key[cut:].partition(".")
        if not dot or not index.isdigit():
            continue
        if consumed is not None:
            consumed.add(key)
        row = grouped.get(int(index))
        if row is None:
            row = grouped[int(index)] = {}
        row[suffix] = attributes[key]
    return [grouped[i] for i in sorted(grouped)]
