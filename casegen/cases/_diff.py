"""Field-level difference between two case revisions, as RFC 6902 JSON Patch operations (``jsonpatch``)
with the older value kept beside each operation."""

from __future__ import annotations

import copy
from typing import Any

import jsonpatch
import jsonpointer

from schemas.case import Case, FieldChange

BOOKKEEPING = frozenset({"schema_version", "revision", "change", "author", "created_at", "reopened"})
"""Fields every revision changes or that describe the change itself; a difference never lists them."""


def case_document(case: Case) -> dict[str, Any]:
    """The JSON form of a case that differences are computed on (bookkeeping fields left out)."""
    return case.model_dump(mode="json", exclude=set(BOOKKEEPING))


def diff_cases(older: Case, newer: Case) -> tuple[FieldChange, ...]:
    """What changed from ``older`` to ``newer``; applying the operations in order to ``older``'s document
    gives ``newer``'s. Empty when they differ only in bookkeeping (revision, author, time)."""
    current = case_document(older)
    patch = jsonpatch.make_patch(current, case_document(newer))
    changes: list[FieldChange] = []
    # Each operation's old value is read from the document as the operations before it left it.
    for operation in patch:
        op = operation["op"]
        path = operation["path"]
        source = operation["from"] if op == "move" else path
        old = None if op == "add" else copy.deepcopy(jsonpointer.resolve_pointer(current, source, None))
        new = None if op == "remove" else copy.deepcopy(operation.get("value", old))
        changes.append(FieldChange(op=op, path=path, from_path=operation.get("from"), before=old, after=new))
        jsonpatch.apply_patch(current, [operation], in_place=True)
    return tuple(changes)


def changed_fields(changes: tuple[FieldChange, ...]) -> list[str]:
    """The case fields touched, two levels deep (``content.actual_output``, ``review.labels``), sorted."""
    fields: set[str] = set()
    for change in changes:
        for pointer in (change.path, change.from_path):
            if pointer:
                parts = jsonpointer.JsonPointer(pointer).parts
                fields.add(".".join(parts[:2]) if parts else "")
    return sorted(fields)
