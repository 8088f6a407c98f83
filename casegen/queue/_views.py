"""The short form of a case that lists show (CLI JSON, the HTTP API's queue)."""

from __future__ import annotations

from typing import Any

from schemas.case import Case


def case_summary(case: Case, group_size: int = 1) -> dict[str, Any]:
    """``id``, ``trace_id``, ``status``, ``sources``, ``revision`` and what a queue shows beside them."""
    return {
        "id": case.id,
        "trace_id": case.provenance.trace_id,
        "status": case.status,
        "revision": case.revision,
        "sources": [source.model_dump(mode="json") for source in case.provenance.sources],
        "service": case.metadata.service,
        "model": case.metadata.model,
        "language": case.metadata.language,
        "labels": list(case.review.labels),
        "duplicate_group": case.duplicate_group,
        "group_size": group_size,
        "reopened": case.reopened is not None,
        "started_at": case.metadata.started_at.isoformat() if case.metadata.started_at else None,
        "updated_at": case.created_at.isoformat(),
        "updated_by": case.author,
    }


def history_entries(revisions: list[Case]) -> list[dict[str, Any]]:
    """A case's revisions, oldest first: author, time, change, status and the difference to the one before."""
    from casegen.cases import changed_fields, diff_cases

    entries: list[dict[str, Any]] = []
    for before, after in zip([None, *revisions[:-1]], revisions, strict=True):
        changes = diff_cases(before, after) if before is not None else ()
        entries.append(
            {
                "revision": after.revision,
                "change": after.change,
                "author": after.author,
                "at": after.created_at.isoformat(),
                "status": after.status,
                "fields": changed_fields(changes),
                "changes": [c.model_dump(mode="json") for c in changes],
            }
        )
    return entries
