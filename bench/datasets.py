"""Datasets at scale: 100,000 cases in the store, a 10,000-case dataset, on SQLite and on PostgreSQL.

Timed, each beside a baseline measured in the same run on the same store:

- a page of candidates (50 cases a query selects)      vs a raw SELECT of the same pointer and document rows;
- version 1 of the 10,000-case dataset (every digest computed from the stored JSON) and version 2 after 100 of
  its cases were edited (digests reused)                vs a raw SELECT of the 10,000 member documents;
- the diff of the two versions (field-level for the 100) vs a raw SELECT of both versions' member rows;
- an export of version 2 in each format (MB/s)         vs the raw SELECT plus a plain write of the same bytes.

The 100,000 cases are the test suite's realistic cases (captured real-instrumentation traces, redacted by
the real redactor, built and reviewed by casegen) cloned under new trace ids, services and statuses, and
inserted in bulk: pre-serialized documents through SQLAlchemy Core ``INSERT`` executemany, 5,000 rows a
statement, in one transaction (``casegen.persist.save_case``'s per-case compare-and-set would take minutes
and is not what is measured here).

Run: ``.venv/bin/python -m bench.datasets [--cases 100000] [--dataset 10000] [--only sqlite|postgresql]``.
PostgreSQL: a database of its own on 127.0.0.1:5432 (created and dropped), as the tests do.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import insert, text, update

from casegen.cases import case_id_for
from casegen.datasets import make_query
from casegen.datasets.persist import (
    add_all,
    compare_versions,
    create_dataset,
    freeze_version,
    list_candidates,
    load_version,
    version_records,
)
from casegen.export import export_documents, export_formats, exporter
from store import CaseRevisionRow, CaseRow, TraceStore
from tracecase.runtime import tune_gc

sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "support"))
from databases import postgres_database
from dataset_cases import T0, reviewed_cases

CASES = CaseRow.__table__  # type: ignore[attr-defined]
REVISIONS = CaseRevisionRow.__table__  # type: ignore[attr-defined]
STATUSES = ["accepted"] * 6 + ["candidate"] * 3 + ["rejected"]
SERVICES = 20
CHUNK = 5000


def synthetic_rows(count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Pointer and revision rows of ``count`` cases cloned from the realistic templates."""
    templates = [c.model_dump(mode="json") for c in reviewed_cases() if c.content.input.messages]
    pointers, revisions = [], []
    for index in range(count):
        doc = copy.deepcopy(templates[index % len(templates)])
        trace_id = f"{index:032x}"
        doc["id"] = case_id_for(trace_id)
        doc["provenance"]["trace_id"] = trace_id
        doc["status"] = STATUSES[index % len(STATUSES)]
        doc["metadata"]["service"] = f"{doc['metadata']['service']}-{index % SERVICES}"
        doc["revision"] = 1
        if doc["status"] == "accepted" and doc["review"]["expected_output"] is None:
            doc["review"]["expected_output"] = "Please try again in a minute."
        columns = {
            "case_id": doc["id"],
            "trace_id": trace_id,
            "status": doc["status"],
            "service": doc["metadata"]["service"],
            "model": doc["metadata"]["model"],
            "language": doc["metadata"]["language"],
            "convention": doc["metadata"]["convention"],
            "duplicate_group": doc["duplicate_group"],
        }
        created = T0 + timedelta(seconds=index)
        pointers.append(
            {
                **columns,
                "revision": 1,
                "source_kinds": " ".join(sorted({s["kind"] for s in doc["provenance"]["sources"]})),
                "labels": " ".join(doc["review"]["labels"]),
                "started_at": None,
                "created_at": created,
                "updated_at": created,
            }
        )
        revisions.append(
            {
                **columns,
                "revision": 1,
                "change": "created",
                "author": "bench",
                "created_at": created,
                "document": orjson.dumps(doc).decode(),
            }
        )
    return pointers, revisions


def bulk_insert(store: TraceStore, table: Any, rows: list[dict[str, Any]]) -> None:
    with store.transaction() as session:
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(table), rows[start : start + CHUNK])


def timed(action: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Median seconds over ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(url: str, label: str, count: int, size: int, folder: Path) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    store = TraceStore(url)
    pointers, revisions = synthetic_rows(count)
    took, _ = timed(lambda: (bulk_insert(store, CASES, pointers), bulk_insert(store, REVISIONS, revisions)))
    rows.append((f"bulk insert {count:,} cases", f"{took:.1f} s", f"{count / took:,.0f} cases/s"))

    service = pointers[0]["service"]
    query = make_query(["accepted"], [f"service={service}"])

    def page() -> Any:
        with store.transaction() as session:
            return list_candidates(session, query, limit=50)

    def raw_page() -> Any:
        with store.transaction() as session:
            ids = session.execute(
                text(
                    "SELECT case_id, revision FROM cases WHERE status = 'accepted' AND service = :s "
                    "ORDER BY case_id LIMIT 51"
                ),
                {"s": service},
            ).all()
            return session.execute(
                text("SELECT document FROM case_revisions WHERE case_id IN :ids AND revision = 1").bindparams(
                    _expanding("ids")
                ),
                {"ids": [i for i, _ in ids]},
            ).all()

    took, found = timed(page, repeat=5)
    base, _ = timed(raw_page, repeat=5)
    rows.append((f"page of {len(found.cases)} candidates", _ms(took), f"raw SELECT {_ms(base)}"))

    members = [p["case_id"] for p in pointers if p["status"] == "accepted"][:size]
    with store.transaction() as session:
        create_dataset(session, "bench", description="bench", query=None, by="bench", at=T0)
        add_all(session, "bench", members, by="bench", at=T0)

    def raw_documents() -> Any:
        with store.transaction() as session:
            return session.execute(
                text(
                    "SELECT r.document FROM dataset_members m JOIN cases c ON c.case_id = m.case_id "
                    "JOIN case_revisions r ON r.case_id = c.case_id AND r.revision = c.revision "
                    "WHERE m.dataset = 'bench' AND m.removed_at IS NULL"
                )
            ).all()

    def freeze(message: str) -> Any:
        with store.transaction() as session:
            return freeze_version(session, "bench", by="bench", at=T0, message=message).version

    base_docs, docs = timed(raw_documents, repeat=3)
    took, v1 = timed(lambda: freeze("cold"))
    rows.append(
        (f"version 1 of {len(members):,} cases (all digests computed)", _ms(took), f"raw SELECT {_ms(base_docs)}")
    )

    edited = members[:: max(1, size // 100)][:100]
    _edit(store, edited)
    took, v2 = timed(lambda: freeze("warm"))
    rows.append((f"version 2 after {len(edited)} edits", _ms(took), f"raw SELECT {_ms(base_docs)}"))

    def raw_members() -> Any:
        with store.transaction() as session:
            return session.execute(
                text("SELECT case_id, revision, digest FROM dataset_version_members WHERE dataset = 'bench'")
            ).all()

    took, diff = timed(lambda: _diff(store), repeat=3)
    base, _ = timed(raw_members, repeat=3)
    rows.append((f"diff v1 v2 ({len(diff.changed)} changed, field level)", _ms(took), f"raw SELECT {_ms(base)}"))
    assert v1.number == 1 and v2.number == 2 and len(diff.changed) == len(edited)

    for fmt in export_formats():
        out = folder / f"{label}-bench{exporter(fmt).suffix}"
        if fmt == "promptfoo":
            out = folder / f"{label}-bench-promptfoo.json"

        def export(fmt: str = fmt, out: Path = out) -> Any:
            with store.transaction() as session:
                records = version_records(session, load_version(session, "bench", 2))
            return export_documents(records, fmt, out)

        took, result = timed(export)
        data = out.read_bytes()
        write, _ = timed(lambda data=data: (folder / "plain-copy.bin").write_bytes(data))
        megabytes = result.bytes / 1e6
        rows.append(
            (
                f"export {fmt} ({result.cases:,} cases, {megabytes:.1f} MB)",
                f"{took:.2f} s = {megabytes / took:.1f} MB/s",
                f"raw SELECT {_ms(base_docs)} + plain write {write * 1000:.0f} ms ({megabytes / write:,.0f} MB/s)",
            )
        )
    store.close()
    del docs
    return rows


def _expanding(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name, expanding=True)


def _edit(store: TraceStore, case_ids: list[str]) -> None:
    """Revision 2 of each case: a reviewer edited the expected output."""
    with store.transaction() as session:
        found = session.execute(
            text("SELECT case_id, document FROM case_revisions WHERE case_id IN :ids AND revision = 1").bindparams(
                _expanding("ids")
            ),
            {"ids": case_ids},
        ).all()
        rows = []
        for case_id, document in found:
            doc = orjson.loads(document)
            doc.update(revision=2, change="edited", author="editor")
            doc["review"]["expected_output"] = "An edited reference answer."
            rows.append(
                {
                    "case_id": case_id,
                    "revision": 2,
                    "trace_id": doc["provenance"]["trace_id"],
                    "status": doc["status"],
                    "change": "edited",
                    "author": "editor",
                    "created_at": T0 + timedelta(days=1),
                    "document": orjson.dumps(doc).decode(),
                }
            )
        session.execute(insert(REVISIONS), rows)
        session.execute(update(CASES).where(CASES.c.case_id.in_(case_ids)).values(revision=2))


def _diff(store: TraceStore) -> Any:
    with store.transaction() as session:
        return compare_versions(session, "bench", 1, 2)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--dataset", type=int, default=10_000)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    options = parser.parse_args()
    tune_gc()  # as every `tracecase` command does
    with tempfile.TemporaryDirectory(prefix="tracecase-bench-") as tmp:
        folder = Path(tmp)
        for label in ("sqlite", "postgresql"):
            if options.only and options.only != label:
                continue
            if label == "sqlite":
                rows = run(f"sqlite:///{folder / 'bench.db'}", label, options.cases, options.dataset, folder)
            else:
                with postgres_database() as url:
                    rows = run(url, label, options.cases, options.dataset, folder)
            print(f"\n{label}: {options.cases:,} cases in the store, a {options.dataset:,}-case dataset")
            width = max(len(r[0]) for r in rows)
            for what, figure, baseline in rows:
                print(f"  {what:<{width}}  {figure:>24}   baseline: {baseline}")


if __name__ == "__main__":
    main()
