"""``/datasets``: evaluation datasets (reviewer, like review sets): create from a query, curate members,
freeze versions, read versions, cards and diffs, download exports.

Dataset names may hold one ``/`` (``containment/NAME``): the name is the path up to the route's suffix.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import PlainTextResponse, StreamingResponse
from pydantic import Field

from casegen.datasets import make_query, render_card
from casegen.datasets.persist import (
    add_all,
    add_cases,
    candidate_ids,
    compare_versions,
    create_dataset,
    dataset_card,
    freeze_version,
    list_datasets,
    load_version,
    membership,
    remove_cases,
    require_dataset,
    summarize,
    version_infos,
    version_records,
)
from casegen.exceptions import InputError
from casegen.export import export_documents, export_formats, exporter
from schemas.case import CaseStatus
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext
from tracecase.api.models import Body, MembersBody
from tracecase.api.tokens import Principal

router = APIRouter(prefix="/datasets", tags=["datasets"])
reviewer = allow("reviewer")
_CHUNK = 1 << 20


class DatasetBody(Body):
    name: str = Field(min_length=1, max_length=201)
    description: str | None = Field(default=None, max_length=2000)
    from_status: list[CaseStatus] = Field(default_factory=list, max_length=4, description="Take cases with these.")
    where: list[str] = Field(default_factory=list, max_length=50, description="FIELD=VALUE conditions.")


class VersionBody(Body):
    message: str | None = Field(default=None, max_length=2000)


@router.get("")
def list_all(_: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> list[dict[str, Any]]:
    """Every dataset (containment sets included) with its member count and latest version."""
    with ctx.store.transaction() as session:
        return [summarize(session, dataset).as_json() for dataset in list_datasets(session)]


@router.post("", status_code=201)
def create(
    body: DatasetBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """Create a dataset holding the cases the query selects (no query: empty)."""
    at = ctx.clock()
    with ctx.store.transaction() as session:
        query = make_query(body.from_status, body.where) if body.from_status or body.where else None
        dataset = create_dataset(session, body.name, description=body.description, query=query, by=caller.name, at=at)
        add_all(session, body.name, candidate_ids(session, query) if query else [], by=caller.name, at=at)
        return summarize(session, dataset).as_json()


@router.post("/{name:path}/members")
def add(
    name: str, body: MembersBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """Add cases (each frozen at its current revision by the next version)."""
    with ctx.store.transaction() as session:
        return {"added": add_cases(session, name, body.case_ids, by=caller.name, at=ctx.clock())}


@router.delete("/{name:path}/members/{case_id}")
def remove(
    name: str, case_id: str, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    with ctx.store.transaction() as session:
        return {"removed": remove_cases(session, name, [case_id], by=caller.name, at=ctx.clock())}


@router.post("/{name:path}/versions")
def freeze(
    name: str, body: VersionBody, caller: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """Freeze the members at their current revisions (``created`` false: unchanged since the latest)."""
    with ctx.store.transaction() as session:
        result = freeze_version(session, name, by=caller.name, at=ctx.clock(), message=body.message)
    return {**_version_json(result.version), "created": result.created}


@router.get("/{name:path}/versions/{version}/card", response_class=PlainTextResponse)
def card(
    name: str, version: str, _: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> PlainTextResponse:
    """The version's dataset card, as Markdown."""
    with ctx.store.transaction() as session:
        text = render_card(dataset_card(session, name, version))
    return PlainTextResponse(text, media_type="text/markdown; charset=utf-8")


@router.get("/{name:path}/versions/{version}/export")
def download(
    name: str,
    version: str,
    format: str = Query(description="jsonl, parquet, openai-evals, inspect, promptfoo or ragas."),
    _: Principal = Depends(reviewer),
    ctx: ApiContext = Depends(context),
) -> StreamingResponse:
    """The version exported in ``format``, as a file download."""
    if format not in export_formats():
        raise InputError(f"format: one of {', '.join(export_formats())}")
    with ctx.store.transaction() as session:
        chosen = load_version(session, name, version)
        records = version_records(session, chosen)
    folder = tempfile.TemporaryDirectory(prefix="tracecase-export-")
    filename = f"{name.replace('/', '-')}-v{chosen.number}-{format}{exporter(format).suffix}"
    path = Path(folder.name) / filename
    export_documents(records, format, path)
    headers = {"Content-Disposition": f'attachment; filename="{filename}"', "X-Version-Id": chosen.id}
    return StreamingResponse(_stream(path, folder), media_type="application/octet-stream", headers=headers)


def _stream(path: Path, folder: tempfile.TemporaryDirectory[str]) -> Iterator[bytes]:
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                yield chunk
    finally:
        folder.cleanup()


@router.get("/{name:path}/versions/{version}")
def show_version(
    name: str, version: str, _: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)
) -> dict[str, Any]:
    """A version: id, members (case id, revision, digest) and changelog against the version before."""
    with ctx.store.transaction() as session:
        return load_version(session, name, version).model_dump(mode="json")


@router.get("/{name:path}/diff")
def diff(
    name: str,
    base: str = Query(description="Version number, vN or id (prefix)."),
    target: str = Query(description="Version number, vN or id (prefix)."),
    _: Principal = Depends(reviewer),
    ctx: ApiContext = Depends(context),
) -> dict[str, Any]:
    """Cases added, removed and changed from ``base`` to ``target``, with field-level differences."""
    with ctx.store.transaction() as session:
        return compare_versions(session, name, base, target).model_dump(mode="json")


@router.get("/{name:path}")
def show(name: str, _: Principal = Depends(reviewer), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """A dataset: its summary, current member ids and versions."""
    with ctx.store.transaction() as session:
        dataset = require_dataset(session, name)
        return {
            **summarize(session, dataset).as_json(),
            "query": dataset.query.model_dump(mode="json") if dataset.query else None,
            "case_ids": membership(session, dataset).case_ids,
            "version_list": [v.as_json() for v in version_infos(session, name)],
        }


def _version_json(version: Any) -> dict[str, Any]:
    return {
        "number": version.number,
        "id": version.id,
        "parent": version.parent,
        "message": version.message,
        "cases": len(version.members),
        "created_by": version.created_by,
        "created_at": version.created_at.isoformat(),
    }
